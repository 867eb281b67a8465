package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits that keep caption detection to caption-sized lines.
const (
	maxCaptionRunes = 300
	maxCreditRunes  = 60
	maxCreditWords  = 8
)

// creditPrefixes are the words some sites put before a picture credit:
// "Sirhan in 1969 (Image: CDCR)", "Trafalgar Square. Image: Mirrys.".
var creditPrefixes = []string{"image:", "photo:", "picture:", "photograph:", "credit:", "pic:"}

// splitCredit splits a caption line into its text and its credit.
//
// Two forms are read:
//
//	Defence Secretary John Healey (PA)               a credit in parentheses at the end
//	Chief of the Defence Staff Admiral Sir Tony Radakin (Andrew Matthews/PA)
//	Sirhan in 1969 (Image: CDCR)
//	Trafalgar Square. Image: Mirrys.                  Wikinews: "Image:" and the credit
//	Jo JorgensenImage: Jo Jorgensen for President.
//	Keir Starmer in Downing Street. Photograph: Stefan Rousseau/PA
//
// A parenthesis only counts as a credit when it is short (at most
// maxCreditRunes runes and maxCreditWords words), begins with a capital or a
// digit, is not a bare number ("(2019)") and the text before it starts with
// a capital, a digit or a quote mark and does not end a sentence — so "the Ministry of Defence (MoD)" at the end of a wrapped
// line, or "…was confirmed. (Updated)" , is not a caption. An explicit
// "Image:"/"Photo:" label lifts the last two conditions. ok is false when s
// has no credit; text is then s.
func splitCredit(s string) (text, credit string, ok bool) {
	if len(s) > 4*maxCaptionRunes {
		return s, "", false
	}
	if strings.HasSuffix(s, ")") {
		if open := strings.LastIndexByte(s, '('); open >= 0 {
			inner, explicit := stripCreditLabel(strings.TrimSpace(s[open+1 : len(s)-1]))
			text := strings.TrimSpace(s[:open])
			if validCredit(inner, explicit) && text != "" && (explicit || !endsClause(text) && startsCapital(text)) {
				return text, inner, true
			}
		}
	}
	// The credit is at most maxCreditRunes runes: look for a label only in
	// the tail, so a long paragraph is not scanned through.
	tail := max(0, len(s)-4*maxCreditRunes-len("Photograph: ")-1)
	for _, label := range creditLabels {
		if i := lastLabel(s[tail:], label); i >= 0 {
			i += tail
			credit := strings.TrimSpace(strings.TrimSuffix(s[i+len(label):], "."))
			if validCredit(credit, true) && !strings.Contains(credit, ". ") {
				return strings.TrimSpace(s[:i]), credit, true
			}
		}
	}
	return s, "", false
}

// creditLabels introduce a credit outside parentheses: "Trafalgar Square.
// Image: Mirrys." (Wikinews), "Keir Starmer. Photograph: Stefan Rousseau/PA".
var creditLabels = []string{"Image: ", "Photograph: ", "Photo: ", "Picture: "}

// lastLabel is strings.LastIndex(s, label) for a label ending in ": ", found
// from the colons: LastIndex hashes all of s for each label of each paragraph.
func lastLabel(s, label string) int {
	c := len(label) - 2
	for i := strings.LastIndexByte(s, ':'); i >= 0; i = strings.LastIndexByte(s[:i], ':') {
		if j := i - c; j >= 0 && strings.HasPrefix(s[j:], label) {
			return j
		}
	}
	return -1
}

// stripCreditLabel removes an "Image:"-style label from a credit.
func stripCreditLabel(s string) (string, bool) {
	lower := strings.ToLower(s)
	for _, p := range creditPrefixes {
		if strings.HasPrefix(lower, p) {
			return strings.TrimSpace(s[len(p):]), true
		}
	}
	return s, false
}

// validCredit reports whether s is shaped like a picture credit: "PA",
// "Andrew Matthews/PA", "Getty Images", "AP Photo/Evan Vucci".
func validCredit(s string, explicit bool) bool {
	n := utf8.RuneCountInString(s)
	if n == 0 || n > maxCreditRunes || len(strings.Fields(s)) > maxCreditWords {
		return false
	}
	if explicit {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	if strings.Trim(s, "0123456789-–/ ") == "" { // (2019), (1990-1995)
		return false
	}
	return !strings.Contains(s, ". ") && !endsClause(s)
}

// endsClause reports whether s ends the way a sentence or clause does, which
// a caption (before its credit) does not.
func endsClause(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', ':', ';', ',', '”', '"', '’', '…':
		return true
	}
	return false
}

// captionLine makes a Caption of a line known to be a caption, standing
// before paragraph index para.
func captionLine(s string, para int) Caption {
	text, credit, _ := splitCredit(s)
	return Caption{Text: text, Credit: credit, Paragraph: para}
}

// startsCapital reports whether s starts with a capital letter, a digit or an
// opening quote mark, as a caption does.
func startsCapital(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'", r)
}
