package article

import (
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// This file holds the helpers that the HTML and Markdown readers share: dates
// from metadata, photo credits, quotation marks for block quotes, authors from
// a byline string. Their names start with "format" so that they cannot clash
// with the plain-text parser's helpers in the same package.
//
// formatParseDate, formatSplitCredit and formatParseByline look like copies of
// the text parser's parseDate (date.go), splitCredit (captions.go) and
// parseByline (header.go), and are not, on purpose. The text parser must
// decide whether a line of prose IS a date, a credit or a byline, so it is
// strict: "By Thursday, the ministry had…" is no byline, and "The launch pad
// at dawn | Credit: NASA" in a body is a sentence. Here the page or the front
// matter has already said what the field is (<meta name="author">, a
// <figcaption>, "date:"), so they read leniently: "Anna Smith" with no "By"
// is a byline, "Photo by Jane Doe" a credit, "2025-04-05T14:01:00+0100" a
// date. Where the two agree on a grammar they share its rule
// (formatSplitAuthors uses endsWithRoleNoun), and the word dates a text
// article prints ("Saturday 12th April 2025 10:31 BST") stay the text
// parser's: metadata holds machine dates.

// formatDateLayouts are the machine date forms found in page metadata and
// front matter, most specific first: "2025-04-05T14:01:00+01:00",
// "2025-04-05T14:01:00.000Z", "2025-04-05T14:01:00+0100", "2025-04-05 14:01",
// "2025-04-05", "Sat, 05 Apr 2025 14:01:00 +0100", "5 April 2025",
// "April 5, 2025".
var formatDateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Monday, January 2, 2006",
	"Monday 2 January 2006",
	"Monday, 2 January 2006",
	"2 January 2006 15:04",
	"2 January 2006, 15:04",
	"2 January 2006",
	"2 Jan 2006",
	"January 2, 2006 15:04",
	"January 2, 2006",
	"Jan 2, 2006",
}

// formatParseDate reads a date written in one of formatDateLayouts and
// returns it in RFC 3339, keeping the zone the text gives and using UTC when
// it gives none; "" when the text is not a date it knows. Machine dates in
// metadata are unambiguous, so no guessing (day/month order, "yesterday") is
// done here.
func formatParseDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return ""
	}
	for _, layout := range formatDateLayouts {
		t, err := time.ParseInLocation(layout, s, time.UTC)
		if err == nil {
			return t.Format(time.RFC3339)
		}
	}
	return ""
}

// formatCreditRe finds a photo credit written after the caption: a marker
// word and a colon or "by" ("… Photograph: Andy Rain/EPA", "Photo by Jane
// Doe", "Image credit: NASA"), or a copyright sign ("© Reuters"). The marker
// must start the caption or follow a sentence end, a bar or a dash, so a
// caption that merely mentions a photo keeps its words.
var formatCreditRe = regexp.MustCompile(`(?i)(?:^|[.!?]\s+|\s+[|–—-]\s+|\s+)((?:photo(?:graph)?s?|pictures?|pic|image|illustration|credit|source|image credit|photo credit|foto)\s*(?::|by\s)\s*|©\s*|\(c\)\s+)(\S.*)$`)

// formatSplitCredit splits a photo caption into its text and its credit,
// following the forms newspapers use:
//
//	Chief of the Defence Staff Admiral Sir Tony Radakin (Andrew Matthews/PA)
//	Protesters in Whitehall. Photograph: Andy Rain/EPA
//	The launch pad at dawn | Credit: NASA
//
// A trailing parenthesis is a credit when it is short (at most eight words)
// and holds no sentence punctuation, so "(left)" in the middle of a caption
// stays, and "(PA)" at its end goes to the credit. A caption that is only a
// credit ("Photo: Reuters") gives an empty text.
func formatSplitCredit(caption string) (text, credit string) {
	caption = strings.TrimSpace(caption)
	if caption == "" {
		return "", ""
	}
	if strings.HasSuffix(caption, ")") {
		if open := formatMatchingParen(caption); open >= 0 {
			inner := strings.TrimSpace(caption[open+1 : len(caption)-1])
			if formatLooksLikeCredit(inner) {
				text = strings.TrimSpace(caption[:open])
				credit = formatStripCreditMarker(inner)
				return strings.TrimRight(text, " ,;:–—-"), credit
			}
		}
	}
	if m := formatCreditRe.FindStringSubmatchIndex(caption); m != nil {
		text = strings.TrimSpace(caption[:m[0]])
		credit = strings.TrimSpace(caption[m[4]:m[5]])
		if text != "" && !strings.ContainsAny(text[len(text)-1:], ".!?") && caption[m[0]] == '.' {
			text += "."
		}
		return strings.TrimRight(text, " |–—-"), strings.TrimRight(credit, ".")
	}
	return caption, ""
}

// formatPositionWords are the parentheses a caption uses to point at the
// picture ("John Healey (left) with Sébastien Lecornu (right)"), which are
// not credits.
var formatPositionWords = map[string]bool{
	"left": true, "right": true, "centre": true, "center": true, "top": true, "bottom": true,
	"above": true, "below": true, "pictured": true, "inset": true, "front": true, "back": true,
	"file": true, "file photo": true, "second left": true, "second right": true, "l": true, "r": true,
}

// formatLooksLikeCredit reports whether the text of a trailing parenthesis is
// a credit: it has a credit marker ("Photo: Reuters"), or it is a short
// proper name or agency ("PA", "Andrew Matthews/PA", "Getty Images") — at
// most eight words, starting with a capital or a digit, with no sentence
// punctuation, and not a position word such as "left".
func formatLooksLikeCredit(inner string) bool {
	if inner == "" {
		return false
	}
	if formatHasCreditMarker(inner) {
		return true
	}
	if formatPositionWords[strings.ToLower(inner)] || len(strings.Fields(inner)) > 8 || strings.ContainsAny(inner, ".!?;") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(inner)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// formatHasCreditMarker reports whether s starts with a credit marker such
// as "Photo:" or "©".
func formatHasCreditMarker(s string) bool {
	m := formatCreditRe.FindStringSubmatchIndex(s)
	return m != nil && m[2] == 0
}

// formatStripCreditMarker removes a leading credit marker: "Photo: Jane Doe"
// gives "Jane Doe".
func formatStripCreditMarker(s string) string {
	if m := formatCreditRe.FindStringSubmatchIndex(s); m != nil && m[2] == 0 {
		return strings.TrimSpace(s[m[4]:m[5]])
	}
	return strings.TrimSpace(s)
}

// formatMatchingParen returns the index of the "(" that the final ")" of s
// closes, or -1.
func formatMatchingParen(s string) int {
	depth := 0
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ')':
			depth++
		case '(':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// formatQuoteOpeners are the marks that open a quotation, so a block quote
// written with its own marks is not given a second pair.
const formatQuoteOpeners = "“\"‘«„‹「『"

// formatWrapQuote encloses the paragraphs of one block quote in quotation
// marks, the way a newspaper prints a quote that runs over several
// paragraphs: an opening “ on every paragraph and the closing ” on the last
// only. Nothing is added when the first paragraph already starts with a
// quotation mark, so a block quote written as “…” or "…" stays as written.
// This is what lets the one quote finder (Attribute) see <blockquote> and
// Markdown "> " quotes without knowing where the text came from.
func formatWrapQuote(paras []string) {
	if len(paras) == 0 {
		return
	}
	if r, _ := utf8.DecodeRuneInString(paras[0]); strings.ContainsRune(formatQuoteOpeners, r) {
		return
	}
	for i, p := range paras {
		if !strings.HasPrefix(p, "“") {
			paras[i] = "“" + p
		}
	}
	if last := paras[len(paras)-1]; !strings.HasSuffix(last, "”") {
		paras[len(paras)-1] = last + "”"
	}
}

// formatRoleWords are words that make the part after a comma in a byline a
// job title rather than a second name: "By Caitlin Doherty, Deputy Political
// Editor".
var formatRoleWords = map[string]bool{
	"editor": true, "correspondent": true, "reporter": true, "writer": true, "journalist": true,
	"columnist": true, "contributor": true, "staff": true, "producer": true, "analyst": true,
	"critic": true, "chief": true, "head": true, "bureau": true, "desk": true, "senior": true,
	"deputy": true, "political": true, "political editor": true, "news": true, "team": true,
	"reporting": true, "photographer": true, "presenter": true,
	"commentator": true, "director": true, "fellow": true, "professor": true, "author": true,
}

// formatBylineRe strips the words that introduce a byline: "By", "Written
// by", "Words by", "By contributor" (the seed's "By contributor Caitlin
// Doherty" names Caitlin Doherty).
var formatBylineRe = regexp.MustCompile(`(?i)^(?:(?:written|words|reporting|story|text)\s+)?by:?\s+(?:contributors?\s+)?`)

// formatAndRe separates the names of a byline: "Anna Smith and Ben Jones".
var formatAndRe = regexp.MustCompile(`\s+(?:and|&)\s+|;\s*`)

// formatParseByline reads the authors from a byline string, the grammar
// being
//
//	byline = ["By"] author { ("," | " and " | " & " | ";") author }
//	author = name ["," role]
//
// where the part after a comma is a role when it holds a role word
// ("Editor", "Correspondent", "Staff", "in") or a lower-case word, and
// another name otherwise: "By Caitlin Doherty, Deputy Political Editor" is
// one author with a role, "By Anna Smith, Ben Jones and Cara Lee" three.
func formatParseByline(s string) []Author {
	s = strings.Join(strings.Fields(s), " ")
	s = formatBylineRe.ReplaceAllString(s, "")
	s = strings.TrimRight(s, " .,;|")
	if s == "" || len(s) > 300 {
		return nil
	}
	var out []Author
	for _, part := range formatSplitAuthors(s) {
		pieces := strings.Split(part, ",")
		for i := 0; i < len(pieces); i++ {
			name := strings.TrimSpace(pieces[i])
			if name == "" {
				continue
			}
			role := ""
			if i+1 < len(pieces) && formatIsRole(pieces[i+1]) {
				role = strings.TrimSpace(strings.Join(pieces[i+1:], ","))
				i = len(pieces)
			}
			if formatIsRole(name) && len(out) > 0 && out[len(out)-1].Role == "" {
				out[len(out)-1].Role = name
				continue
			}
			out = append(out, Author{Name: formatClean(name), Role: formatClean(role)})
		}
	}
	return out
}

// formatSplitAuthors splits a byline at "and", "&" and ";", except where
// the "and" is inside a role: in "Jane Smith, Home Affairs and Security
// Editor" the part after "and" has no comma and ends in a role noun, so it
// ends the role begun after the comma, and "Home Affairs" is no second
// author. This is the rule parseByline applies to a text byline.
func formatSplitAuthors(s string) []string {
	parts := formatAndRe.Split(s, -1)
	seps := formatAndRe.FindAllString(s, -1)
	out := parts[:1]
	for i, p := range parts[1:] {
		if prev := out[len(out)-1]; strings.Contains(prev, ",") && !strings.Contains(p, ",") && endsWithRoleNoun(p) {
			out[len(out)-1] = prev + seps[i] + p
			continue
		}
		out = append(out, p)
	}
	return out
}

// formatIsRole reports whether a byline piece is a job title ("Deputy
// Political Editor", "in Kyiv") rather than a name.
func formatIsRole(s string) bool {
	for _, w := range strings.Fields(s) {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if formatRoleWords[lw] {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// formatAddAuthors appends the authors not already in list (compared by
// name, ignoring case and spacing), so an author named by both JSON-LD and a
// byline element is listed once.
func formatAddAuthors(list []Author, more ...Author) []Author {
	for _, a := range more {
		a.Name = strings.TrimSpace(strings.Join(strings.Fields(formatClean(a.Name)), " "))
		a.Role = strings.TrimSpace(strings.Join(strings.Fields(formatClean(a.Role)), " "))
		a.Name = formatBylineRe.ReplaceAllString(a.Name, "")
		if a.Name == "" || len(a.Name) > 120 {
			continue
		}
		dup := false
		for i, b := range list {
			if strings.EqualFold(a.Name, b.Name) {
				dup = true
				if list[i].Role == "" {
					list[i].Role = a.Role
				}
			}
		}
		if !dup {
			list = append(list, a)
		}
	}
	return list
}

// formatHost returns the host of a URL without "www.", e.g. "express.co.uk"
// for "https://www.express.co.uk/news/1", or "" when s is not an absolute URL.
func formatHost(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		return ""
	}
	return formatClean(strings.TrimPrefix(u.Hostname(), "www."))
}

// formatEscapeRe matches a whole terminal escape sequence: CSI ("ESC [ 2 J",
// or the 8-bit CSI U+009B), a terminated OSC ("ESC ] 0 ; title BEL", "ESC ]
// 8 ; ; url ESC \\"), and the short ESC forms. Lengths are bounded, and an
// OSC without its terminator loses only "ESC ]", so no text after a stray
// ESC is swallowed.
var formatEscapeRe = regexp.MustCompile("(?:\x1b\\[|\u009b)[0-?]{0,32}[ -/]{0,4}[@-~]?|(?:\x1b\\]|\u009d)[^\x07\x1b\u009c]{0,512}(?:\x07|\x1b\\\\|\u009c)|\x1b[ -/]{0,4}[0-~]?")

// formatClean is Clean that also removes the rest of each escape sequence,
// not only its ESC: a page or a note has no reason to hold one, and
// "Renée Dupont\x1b[5m" should read "Renée Dupont", not "Renée Dupont[5m".
// (Text decoded from "&#27;[2J" is an ESC too and goes the same way.)
func formatClean(s string) string {
	if strings.ContainsRune(s, 0x1b) || strings.ContainsRune(s, 0x9b) || strings.ContainsRune(s, 0x9d) {
		s = formatEscapeRe.ReplaceAllString(s, "")
	}
	return Clean(s)
}

// formatOneLine cleans s and collapses every run of white space — newlines,
// tabs, no-break spaces and the other Unicode spaces — to one space, and
// trims it: headlines, names and the lines of a paragraph are single lines.
// This is the plain-text parser's rule (splitBlocks), so "the\u00a0Ukraine"
// from a page and from a text file read the same.
func formatOneLine(s string) string {
	s = formatClean(s)
	if formatIsOneLine(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// formatIsOneLine reports whether formatOneLine would return s unchanged,
// without allocating (the common case).
func formatIsOneLine(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case '\t', '\n', '\r', '\f', '\v':
				return false
			case ' ':
				if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
					return false
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		i += size
	}
	return true
}
