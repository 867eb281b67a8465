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

// boilerplateFirst holds the first bytes, lower-cased, of every boilerplate
// line and prefix.
var boilerplateFirst = func() (first [256]bool) {
	for _, list := range [][]string{boilerplateLines, boilerplatePrefixes} {
		for _, s := range list {
			first[s[0]] = true
			if c := s[0]; c >= 'a' && c <= 'z' {
				first[c-'a'+'A'] = true
			}
		}
	}
	return first
}()

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// boilerplateByLen groups boilerplateLines by length, so a line is compared
// (case-insensitively, without allocating) only with those of its length.
var boilerplateByLen = func() map[int][]string {
	m := make(map[int][]string)
	for _, s := range boilerplateLines {
		m[len(s)] = append(m[len(s)], s)
	}
	return m
}()

// isBoilerplate reports whether a (normalized) line is site furniture, not
// article text: "Sorry, we are not accepting comments on this article."
func isBoilerplate(s string) bool {
	if s == "" || !boilerplateFirst[lowerASCII(s[0])] {
		return false // the common case, decided without allocating
	}
	if len(s) > maxBoilerplateRunes && (len(s) > 4*maxBoilerplateRunes || utf8.RuneCountInString(s) > maxBoilerplateRunes) {
		return false
	}
	key := strings.TrimRight(s, ".…:!>» ")
	for _, b := range boilerplateByLen[len(key)] {
		if strings.EqualFold(key, b) {
			return true
		}
	}
	for _, p := range boilerplatePrefixes {
		if len(key) >= len(p) && strings.EqualFold(key[:len(p)], p) {
			return true
		}
	}
	return false
}
