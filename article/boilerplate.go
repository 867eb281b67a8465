package article

import (
	"strings"
	"unicode/utf8"
)

// boilerplateLines are whole lines that news sites print around an article
// and that are not part of it. They are compared lower-cased, without the
// final punctuation, so "Read more", "Read more…" and "READ MORE" all match.
// Add a site's line here, not a rule in the code.
var boilerplateLines = []string{
	"sorry, we are not accepting comments on this article",
	"comments are closed",
	"comments have been disabled for this article",
	"read more",
	"read more about",
	"read next",
	"more on this story",
	"related articles",
	"related stories",
	"related topics",
	"sign up to our newsletter",
	"sign up to our newsletters",
	"sign up for our newsletter",
	"subscribe to our newsletter",
	"share this article",
	"share this story",
	"share this",
	"share",
	"share on facebook",
	"share on twitter",
	"share on x",
	"share on whatsapp",
	"share on linkedin",
	"share via email",
	"copy link",
	"link copied",
	"advertisement",
	"story continues below advertisement",
	"article continues below",
	"skip to content",
	"skip to main content",
	"back to top",
	"accept cookies",
	"accept all cookies",
	"reject all",
	"manage cookies",
	"cookie settings",
	"this article requires pre-publication review by an uninvolved reviewer (one not substantially involved in writing the article)",
}

// boilerplatePrefixes start lines that are site furniture whatever follows:
// "Read more: Healey in Kyiv", "We use cookies to improve your experience".
// Only lines of at most maxBoilerplateRunes are checked, so a body paragraph
// that happens to begin "Follow us on…" and runs on is kept.
var boilerplatePrefixes = []string{
	"read more:",
	"sign up to our ",
	"sign up for our ",
	"subscribe to our newsletter",
	"share this article on ",
	"follow us on ",
	"we use cookies",
	"this website uses cookies",
	"this site uses cookies",
	"by continuing to use this site",
	"click here to sign up",
	"-article last amended:", // Wikinews review template
	"article last amended:",
	"copyright ©",
	"© copyright",
}

const maxBoilerplateRunes = 160

var boilerplateSet = func() map[string]bool {
	m := make(map[string]bool, len(boilerplateLines))
	for _, s := range boilerplateLines {
		m[s] = true
	}
	return m
}()

// isBoilerplate reports whether a (normalized) line is site furniture, not
// article text: "Sorry, we are not accepting comments on this article."
func isBoilerplate(s string) bool {
	if len(s) > 4*maxBoilerplateRunes || utf8.RuneCountInString(s) > maxBoilerplateRunes {
		return false
	}
	key := strings.ToLower(strings.TrimRight(s, ".…:!>» "))
	if boilerplateSet[key] {
		return true
	}
	for _, p := range boilerplatePrefixes {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
}
