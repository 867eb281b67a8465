package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// header is what parseHeader reads before the body.
type header struct {
	publication, headline, standfirst string
	authors                           []Author
	published, publishedText          string
	// body is where the body starts: block index and line index in it.
	bodyBlock, bodyLine int
	// pictureSlot is true when the body starts mid-way through the block
	// that held the byline: lines there are the lead picture's caption.
	pictureSlot bool
}

// Header limits: a title line longer than these is a paragraph.
const (
	maxTitleLines       = 3 // publication, headline, standfirst
	maxHeadlineRunes    = 250
	maxStandfirstRunes  = 600
	maxPublicationRunes = 40
	maxPublicationWords = 5
	maxBylineRunes      = 200
)

// parseHeader reads the article's head: the title lines, then the meta lines
// (byline, "Published" line, dateline).
//
// The seed shows the full shape, one title line per block, then a block
// holding the byline, the Published line and the lead picture's caption:
//
//	Express & Star                                  publication
//	Healey to convene next ‘coalition of the willing’ meeting next week
//	John Healey will host defence ministers in Brussels alongside his French counterpart.
//	By contributor Caitlin Doherty, Deputy Political Editor
//	Published
//	Defence Secretary John Healey (PA)              (caption: the body's business)
//
// Wikinews is headline, blank line, dateline ("Saturday, February 2, 2019"),
// paragraphs. When meta lines follow at most three title lines, those are:
// one — the headline; two — headline and standfirst, unless the first is
// short like a site name ("Express & Star") and the second does not end with a
// full stop, then publication and headline; three — publication, headline,
// standfirst. With no meta lines the first block is the headline, or the
// publication when it is short and the next block is a single headline-like
// line (and more follows).
func parseHeader(blocks []block) header {
	var h header
	var titles []string
	bi, li, found := 0, 0, false
scan:
	for ; bi < len(blocks) && len(titles) <= maxTitleLines; bi++ {
		// A block's lines before a meta line are titles, hard wraps joined:
		// "Headline\nStandfirst.\nBy NAME" is two titles and a byline.
		var title block
		for li = 0; li < len(blocks[bi]) && len(title) <= maxTitleLines*maxCaptionLines; li++ {
			ln := blocks[bi][li]
			if isBoilerplate(ln.text) {
				continue
			}
			if isMetaLine(ln.text) {
				found = true
				break
			}
			title = append(title, ln)
		}
		for len(title) > 0 {
			n := firstRun(title)
			titles = append(titles, joinLines(title[:n]))
			title = title[n:]
		}
		if found {
			break scan
		}
	}
	if found && titlesFit(titles) {
		h.setTitles(titles)
		h.readMeta(blocks, bi, li)
		return h
	}
	return headerWithoutMeta(blocks)
}

// titlesFit reports whether the lines before the first meta line can be
// title lines: at most three, none as long as a body paragraph.
func titlesFit(titles []string) bool {
	if len(titles) > maxTitleLines {
		return false
	}
	for i, t := range titles {
		limit := maxHeadlineRunes
		if i == len(titles)-1 {
			limit = maxStandfirstRunes
		}
		if utf8.RuneCountInString(t) > limit {
			return false
		}
	}
	return true
}

func (h *header) setTitles(t []string) {
	switch len(t) {
	case 1:
		h.headline = t[0]
	case 2:
		if isPublicationLike(t[0]) && !endsWithFullStop(t[1]) {
			h.publication, h.headline = t[0], t[1]
		} else {
			h.headline, h.standfirst = t[0], t[1]
		}
	case 3:
		h.publication, h.headline, h.standfirst = t[0], t[1], t[2]
	}
}

// readMeta consumes the run of meta lines starting at blocks[bi][li], across
// blocks, and records where the body starts.
func (h *header) readMeta(blocks []block, bi, li int) {
	for ; bi < len(blocks); bi, li = bi+1, 0 {
		metaHere := false
		for ; li < len(blocks[bi]); li++ {
			s := blocks[bi][li].text
			if isBoilerplate(s) {
				continue
			}
			if !h.meta(s) {
				h.bodyBlock, h.bodyLine, h.pictureSlot = bi, li, metaHere
				return
			}
			metaHere = true
		}
	}
	h.bodyBlock, h.bodyLine = len(blocks), 0
}

// meta records s if it is a meta line and reports whether it was.
func (h *header) meta(s string) bool {
	if authors, ok := parseByline(s); ok {
		h.authors = append(h.authors, authors...)
		return true
	}
	if isUpdatedLine(s) {
		return true
	}
	if date, ok := parsePublished(s); ok {
		if h.publishedText == "" {
			h.published, h.publishedText = date, s
		}
		return true
	}
	if date, ok := parseDate(s); ok {
		switch {
		case h.publishedText == "":
			h.published, h.publishedText = date, s
		case h.published == "":
			// "Published" on one line, the date on the next.
			h.published, h.publishedText = date, h.publishedText+" "+s
		}
		return true
	}
	return false
}

// headerWithoutMeta reads an article with no byline, Published line or
// dateline near the top (see parseHeader).
func headerWithoutMeta(blocks []block) header {
	var h header
	bi := 0
	for bi < len(blocks) && allBoilerplate(blocks[bi]) {
		bi++
	}
	if bi >= len(blocks) {
		h.bodyBlock = bi
		return h
	}
	if bi+2 < len(blocks) && len(blocks[bi]) == 1 && len(blocks[bi+1]) == 1 && isPublicationLike(blocks[bi][0].text) {
		next := blocks[bi+1][0].text
		if utf8.RuneCountInString(next) <= maxHeadlineRunes && !endsClause(next) && !isBoilerplate(next) {
			h.publication, h.headline, h.bodyBlock = blocks[bi][0].text, next, bi+2
			return h
		}
	}
	// The headline is the first block's first paragraph; in a file with no
	// blank lines the rest of the block is the body.
	n := firstRun(blocks[bi])
	h.headline = joinLines(blocks[bi][:n])
	if n < len(blocks[bi]) {
		h.bodyBlock, h.bodyLine = bi, n
	} else {
		h.bodyBlock = bi + 1
	}
	return h
}

// firstRun returns how many lines at the start of b make one paragraph, hard
// wraps joined (see wrapsInto).
func firstRun(b block) int {
	width := wrapWidth(b)
	n := 1
	for n < len(b) && wrapsInto(b[n-1].text, b[n].text, width) {
		n++
	}
	return n
}

func allBoilerplate(b block) bool {
	for _, ln := range b {
		if !isBoilerplate(ln.text) {
			return false
		}
	}
	return true
}

// isMetaLine reports whether s is a byline, a Published line or a dateline.
func isMetaLine(s string) bool {
	var h header
	return h.meta(s)
}

// isPublicationLike reports whether s could be a site's name: short, no
// sentence punctuation at the end, starting with a capital or digit.
func isPublicationLike(s string) bool {
	if utf8.RuneCountInString(s) > maxPublicationRunes || len(strings.Fields(s)) > maxPublicationWords || endsClause(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// endsWithFullStop reports whether s ends with a full stop, perhaps inside a
// closing quote: standfirsts do, headlines do not.
func endsWithFullStop(s string) bool {
	s = strings.TrimRight(s, "\"”’'")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "…")
}

// parsePublished reads a Published line: "Published", "Published 12 April
// 2025, 10:31", "Published: Sat 12 Apr 2025", "Published on 2025-04-12",
// "First published 2 February 2019", "Posted 12 April 2025". What follows
// the word must be nothing or a date; date is "" when it is nothing.
func parsePublished(s string) (date string, ok bool) {
	if len(s) > 100 {
		return "", false
	}
	rest, found := "", false
	for _, p := range []string{"published", "first published", "posted"} {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			rest, found = s[len(p):], true
			break
		}
	}
	if !found || (rest != "" && rest[0] != ' ' && rest[0] != ':') {
		return "", false
	}
	rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), ":"))
	if len(rest) >= 3 && strings.EqualFold(rest[:3], "on ") {
		rest = rest[3:]
	}
	if rest == "" {
		return "", true
	}
	return parseDate(rest)
}

// nameParticles are the lower-case words allowed inside a person's name.
var nameParticles = map[string]bool{
	"de": true, "da": true, "van": true, "von": true, "der": true, "den": true, "di": true, "du": true,
	"la": true, "le": true, "bin": true, "al": true, "el": true, "ibn": true, "y": true, "dos": true,
	"das": true, "del": true, "ter": true, "ten": true, "af": true, "dela": true, "della": true, "delos": true,
}

// roleNouns end a job title: a byline piece ending in one is a role, not a
// name ("Home Affairs and Security Editor").
var roleNouns = map[string]bool{
	"editor": true, "editors": true, "correspondent": true, "correspondents": true, "reporter": true,
	"reporters": true, "writer": true, "writers": true, "journalist": true, "journalists": true,
	"columnist": true, "producer": true, "analyst": true, "contributor": true, "staff": true,
	"desk": true, "team": true, "critic": true, "presenter": true, "commentator": true,
	"director": true, "chief": true, "photographer": true, "reporting": true,
}

// parseByline reads a byline into its authors. Forms, from real bylines:
//
//	By contributor Caitlin Doherty, Deputy Political Editor   → Caitlin Doherty (Deputy Political Editor)
//	By Caitlin Doherty                                         → Caitlin Doherty
//	By Caitlin Doherty and Sam Blewett                         → two authors, no roles
//	By Caitlin Doherty, Deputy Political Editor and Sam Blewett → the first with a role
//	By Jane Smith, Home Affairs and Security Editor           → one author: "and" inside a role
//	By Jane Smith, John Brown and Ann Lee                      → three authors
//
// "contributor" (or "contributors") after "By" is the site's label, not part
// of a name. Names are one to six words, each capitalised or a particle ("de",
// "van"), never a weekday or month — so the body sentence "By Thursday, the
// ministry had…" is no byline.
func parseByline(s string) ([]Author, bool) {
	if len(s) > 4*maxBylineRunes || len(s) < 4 || !strings.EqualFold(s[:3], "by ") {
		return nil, false
	}
	if utf8.RuneCountInString(s) > maxBylineRunes {
		return nil, false
	}
	rest := strings.TrimSpace(s[3:])
	for _, label := range []string{"contributors ", "contributor "} {
		if len(rest) > len(label) && strings.EqualFold(rest[:len(label)], label) {
			rest = strings.TrimSpace(rest[len(label):])
			break
		}
	}
	var pieces []string
	for _, p := range splitAny(rest, " and ", " & ") {
		p = strings.Trim(p, " ,")
		if p == "" {
			return nil, false
		}
		// "Home Affairs and Security Editor": the piece after "and" ends a role.
		if n := len(pieces); n > 0 && !strings.Contains(p, ",") && strings.Contains(pieces[n-1], ",") && endsWithRoleNoun(p) {
			pieces[n-1] += " and " + p
			continue
		}
		pieces = append(pieces, p)
	}
	var authors []Author
	for _, p := range pieces {
		parts := strings.Split(p, ",")
		name := strings.TrimSpace(parts[0])
		if !isPersonName(name) {
			return nil, false
		}
		a := Author{Name: name}
		for _, part := range parts[1:] {
			part = strings.TrimSpace(part)
			switch {
			case part == "":
			case a.Role == "" && (endsWithRoleNoun(part) || !isPersonName(part) || len(strings.Fields(part)) < 2):
				a.Role = part
			case a.Role == "" || isPersonName(part) && !endsWithRoleNoun(part):
				// "By Jane Smith, John Brown and Ann Lee": another author.
				authors = append(authors, a)
				a = Author{Name: part}
			default:
				a.Role += ", " + part
			}
		}
		authors = append(authors, a)
	}
	return authors, len(authors) > 0
}

// splitAny splits s at every occurrence of any of the separators.
func splitAny(s string, seps ...string) []string {
	var out []string
	for {
		cut, at := -1, 0
		for _, sep := range seps {
			if i := strings.Index(s, sep); i >= 0 && (cut < 0 || i < cut) {
				cut, at = i, len(sep)
			}
		}
		if cut < 0 {
			return append(out, s)
		}
		out = append(out, s[:cut])
		s = s[cut+at:]
	}
}

func endsWithRoleNoun(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && roleNouns[strings.ToLower(f[len(f)-1])]
}

// isPersonName reports whether s is shaped like a person's name: one to six
// words, each capitalised ("O'Neill", "Smith-Jones", "J.") or a particle, not
// starting with "The", and not a lone weekday or month ("Thursday", but
// "May Bulman" is a name).
func isPersonName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	for i, w := range words {
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if nameParticles[lw] && i > 0 {
			continue
		}
		if (len(words) == 1 && (weekdays[lw] || months[lw] != 0)) || (i == 0 && lw == "the") {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && !strings.ContainsRune(".'’-", c) {
				return false
			}
		}
	}
	return true
}

// joinLines joins a block's lines with spaces.
func joinLines(b block) string {
	if len(b) == 1 {
		return b[0].text
	}
	parts := make([]string, len(b))
	for i, ln := range b {
		parts[i] = ln.text
	}
	return strings.Join(parts, " ")
}

// isUpdatedLine reports whether s is a site's "last updated" stamp: "Updated",
// "Updated 13 April 2025, 09:12", "Last updated: 2025-04-13". It is a meta
// line, read and set aside: the model keeps the publication date only, and a
// stamp left in the body would read as a caption or a paragraph.
func isUpdatedLine(s string) bool {
	if len(s) > 100 {
		return false
	}
	for _, p := range []string{"last updated", "updated", "last modified", "modified"} {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s[len(p):]), ":"))
			if len(rest) >= 3 && strings.EqualFold(rest[:3], "on ") {
				rest = rest[3:]
			}
			if rest == "" {
				return len(s) == len(p)
			}
			_, ok := parseDate(rest)
			return ok
		}
	}
	return false
}
