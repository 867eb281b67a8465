package article

import (
	"strings"
	"testing"
)

func TestIsBoilerplate(t *testing.T) {
	for _, s := range []string{
		"Sorry, we are not accepting comments on this article.",
		"Read more", "Read more…", "READ MORE", "Read more: Healey in Kyiv",
		"Sign up to our newsletter", "Sign up to our daily politics briefing",
		"Share this article", "Share on Facebook", "Copy link",
		"We use cookies to improve your experience on our site.",
		"This article requires pre-publication review by an uninvolved reviewer (one not substantially involved in writing the article).",
	} {
		if !isBoilerplate(s) {
			t.Errorf("isBoilerplate(%q) = false", s)
		}
	}
	for _, s := range []string{
		"Overall, 30 countries are expected to contribute to the group, the MoD has said.",
		"Read more about it in his memoir, he said, and you will understand why the talks failed.",
		"Share prices fell sharply on Friday.",
		"Follow us on Twitter, the campaign urged supporters, " + strings.Repeat("and many other things happened that day, ", 5),
		"—Testimony from the chief internal police investigator",
	} {
		if isBoilerplate(s) {
			t.Errorf("isBoilerplate(%q) = true", s)
		}
	}
}
