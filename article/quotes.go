package article

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// field is one run of article text that quotes and names are found in: the
// headline, the standfirst or one body paragraph.
type field struct {
	loc  string
	para int // index into Paragraphs for body fields
	text string
}

// articleFields lists the headline, standfirst and body paragraphs of a, in
// reading order. Body fields come last, so fields[i] for i >= firstBody is
// Paragraphs[i-firstBody].
func articleFields(a *Article) (fields []field, firstBody int) {
	fields = make([]field, 0, len(a.Paragraphs)+2)
	if a.Headline != "" {
		fields = append(fields, field{loc: LocHeadline, text: a.Headline})
	}
	if a.Standfirst != "" {
		fields = append(fields, field{loc: LocStandfirst, text: a.Standfirst})
	}
	firstBody = len(fields)
	for i, p := range a.Paragraphs {
		fields = append(fields, field{loc: LocBody, para: i, text: p})
	}
	return fields, firstBody
}

// qspan is one top-level quoted span in a field. text[open] is the opening
// mark, text[start:end] the words inside (trimmed), and text[closeEnd:] what
// follows the closing mark (closeEnd == len(text) when the quote is unclosed).
type qspan struct {
	open, start, end, closeEnd int
	mark                       rune
	closed                     bool
}

// maxQuoteDepth bounds the nesting the scanner tracks; marks nested deeper are
// ignored, so a run of 100,000 opening marks costs no more than ordinary text.
const maxQuoteDepth = 8

type openMark struct {
	r        rune
	pos, end int
}

func isDoubleMark(r rune) bool {
	switch r {
	case '“', '”', '"', '„', '«', '»':
		return true
	}
	return false
}

func isSingleOpen(r rune) bool { return r == '‘' || r == '\'' || r == '‹' }

func isWordRune(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiWordRune[r]
	}
	return isWideWordRune(r)
}

// asciiWordRune marks the ASCII letters and digits.
var asciiWordRune = func() (t [utf8.RuneSelf]bool) {
	for r := range t {
		t[r] = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return t
}()

// isWideWordRune is isWordRune beyond ASCII, apart so that isWordRune inlines.
func isWideWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// opensAfter reports whether a mark after prev can open a quote: at the start,
// after a space or opening punctuation ("(“", "—“", ": ‘").
func opensAfter(prev rune) bool {
	switch prev {
	case 0, '(', '[', '{', '—', '–', '-', '/', '“', '‘', '"', '\'', '„', '«', ':':
		return true
	}
	return unicode.IsSpace(prev)
}

// elidedApostrophe reports whether a single mark at s[i] (width size) begins
// an elision rather than a quote: ’90s, ’n’ (rock ’n’ roll), ’em, ’til.
func elidedApostrophe(s string, i, size int) bool {
	rest := s[i+size:]
	if len(rest) > 0 && rest[0] >= '0' && rest[0] <= '9' {
		j := 0
		for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
			j++
		}
		return j == 2 && j < len(rest) && rest[j] == 's' // ’90s
	}
	for _, w := range []string{"n’", "n'", "n‘", "em ", "til ", "cause ", "tis "} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// scanQuotes finds the top-level quoted spans of one field in one pass.
//
// Grammar, from how news text is set:
//   - “ „ « open a double quote; ” » close the nearest open double; “ closes
//     an open „ (German „…“); a straight " closes an open " and opens otherwise.
//   - ‘ opens a single quote unless it follows a letter (a misused apostrophe:
//     I‘m); ’ closes the nearest open single quote only after a word or
//     punctuation and before a non-letter, so That’s, Starmer’s, Imus’ and
//     ’90s stay apostrophes: "Healey to convene next ‘coalition of the willing’
//     meeting". A straight ' follows the same rules.
//   - A mark nested inside an open quote stays inside it (“the word ‘Russian’
//     when…”); closing an outer quote closes whatever is still open inside it.
//   - A quote still open at the end of the field ends there (closed = false).
func scanQuotes(s string, dst []qspan) []qspan {
	var stack [maxQuoteDepth]openMark
	n := 0
	prev := rune(0)
	push := func(r rune, i, size int) {
		if n < maxQuoteDepth {
			stack[n] = openMark{r, i, i + size}
			n++
		}
	}
	closeAt := func(j, i, size int) {
		if j == 0 {
			dst = appendDoubling(dst, qspan{open: stack[0].pos, start: stack[0].end, end: i, closeEnd: i + size,
				mark: stack[0].r, closed: true})
		}
		n = j
	}
	nearest := func(match func(rune) bool) int {
		for j := n - 1; j >= 0; j-- {
			if match(stack[j].r) {
				return j
			}
		}
		return -1
	}
	isDoubleOpen := func(r rune) bool { return r == '“' || r == '„' || r == '"' }
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && c != '"' && c != '\'' {
			prev = rune(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		next, _ := utf8.DecodeRuneInString(s[i+size:])
		if i+size >= len(s) {
			next = 0
		}
		switch r {
		case '“':
			switch {
			case n > 0 && stack[n-1].r == '„':
				closeAt(n-1, i, size)
			case n > 0 && stack[n-1].r == '“' && !opensAfter(prev) && (next == 0 || !isWordRune(next)):
				closeAt(n-1, i, size) // a “ set where ” was meant: “word.“
			default:
				push(r, i, size)
			}
		case '„', '«':
			push(r, i, size)
		case '”':
			if j := nearest(isDoubleOpen); j >= 0 {
				closeAt(j, i, size)
			}
		case '»':
			if j := nearest(func(r rune) bool { return r == '«' }); j >= 0 {
				closeAt(j, i, size)
			}
		case '"':
			// A straight mark after a space and before a word, in the middle
			// of a sentence, opens, even inside an open straight quote: "The
			// WH statement … The "United States" is not holding any ISIS
			// detainees. …" (After a sentence end, as in "… in that
			// situation? "What if …", the open quote has lost its closing
			// mark, and this one closes it.)
			nestedOpen := unicode.IsSpace(prev) && isWordRune(next) && midSentence(s[:i])
			if j := nearest(func(r rune) bool { return r == '"' }); j >= 0 && !nestedOpen {
				closeAt(j, i, size)
			} else if next != 0 && !unicode.IsSpace(next) {
				push(r, i, size)
			}
		case '‘', '\'', '’':
			switch {
			case isWordRune(prev) && isWordRune(next):
				// That’s, don't: an apostrophe inside a word.
			case r != '’' && opensAfter(prev) && next != 0 && !unicode.IsSpace(next):
				if !elidedApostrophe(s, i, size) && !(prev == '[' && strings.HasPrefix(s[i+size:], "s]")) { // other['s]
					push(r, i, size)
				}
			case r == '‘' && isWordRune(prev):
				// I‘m: a misused opening mark as an apostrophe.
			case prev != 0 && !unicode.IsSpace(prev):
				if j := nearest(isSingleOpen); j >= 0 {
					closeAt(j, i, size)
				}
			}
		}
		prev = r
		i += size
	}
	if n > 0 {
		dst = append(dst, qspan{open: stack[0].pos, start: stack[0].end, end: len(s), closeEnd: len(s),
			mark: stack[0].r})
	}
	return dst
}

// midSentence reports whether the text before a space ends in a word or a
// comma, not at a sentence end or a mark.
func midSentence(before string) bool {
	before = strings.TrimRightFunc(before, unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(before)
	return isWordRune(r) || r == ','
}

// trimSpan narrows text[start:end] to exclude surrounding white space.
func trimSpan(text string, start, end int) (int, int) {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}

// rawQuote is a quote found in the text before its kind and speaker are known.
type rawQuote struct {
	parts []Span
	// fields index the field of each part (parallel to parts).
	fields []int
	// gaps are the attribution clauses between merged parts ("A," she said. "B.").
	gaps []Span
	// open is the byte offset of the opening mark in the first part's field;
	// closeEnd the offset just after the closing mark in the last part's field.
	open, closeEnd int
	mark           rune
	closed         bool
}

func (q *rawQuote) firstField() int { return q.fields[0] }
func (q *rawQuote) lastField() int  { return q.fields[len(q.fields)-1] }

// findQuotes finds every quote in the fields, in document order.
//
// Two joins make one quote of several spans:
//   - an attribution between two spans of one paragraph: “A,” she said. “B.”
//     (see attributionGap);
//   - a quote left open at the end of a body paragraph whose next paragraph
//     starts with an opening mark of the same kind: the multi-paragraph quote,
//     “Our coalition … for a friend.¶“As Putin prevaricates …”.
func findQuotes(fields []field, firstBody int) []rawQuote {
	var out []rawQuote
	var spans []qspan
	var spanSlab []Span
	var intSlab []int
	pending := -1 // index in out of a body quote left open at its paragraph's end
	for fi, f := range fields {
		spans = scanQuotes(f.text, spans[:0])
		k := 0
		if pending >= 0 {
			if len(spans) > 0 && fi > firstBody && f.loc == LocBody && continues(f.text, spans[0], out[pending].mark) {
				sp := spans[0]
				q := &out[pending]
				st, en := trimSpan(f.text, sp.start, sp.end)
				q.parts = appendDoubling(q.parts, Span{Location: f.loc, Para: f.para, Start: st, End: en})
				q.fields = appendDoubling(q.fields, fi)
				q.closeEnd, q.closed = sp.closeEnd, sp.closed
				k = 1
				if sp.closed {
					pending = -1
				}
			} else if c, size, ok := closesOpenQuote(f.text, out[pending].mark); ok && fi > firstBody && f.loc == LocBody {
				// The paragraph ends the open quote without reopening it:
				// scan what follows the closing mark on its own.
				q := &out[pending]
				st, en := trimSpan(f.text, 0, c)
				q.parts = append(q.parts, Span{Location: f.loc, Para: f.para, Start: st, End: en})
				q.fields = append(q.fields, fi)
				q.closeEnd, q.closed = c+size, true
				pending = -1
				spans = scanQuotes(f.text[c+size:], spans[:0])
				for i := range spans {
					sp := &spans[i]
					sp.open, sp.start, sp.end, sp.closeEnd = sp.open+c+size, sp.start+c+size, sp.end+c+size, sp.closeEnd+c+size
				}
			} else {
				out = dropStray(out, pending)
				pending = -1
			}
		}
		for ; k < len(spans); k++ {
			sp := spans[k]
			st, en := trimSpan(f.text, sp.start, sp.end)
			if st == en {
				continue
			}
			if !sp.closed && f.loc != LocBody && !isDoubleMark(sp.mark) {
				continue // a stray apostrophe in the headline or standfirst (see dropStray)
			}
			part := Span{Location: f.loc, Para: f.para, Start: st, End: en}
			if len(out) > 0 && k > 0 {
				last := &out[len(out)-1]
				// Only a one-part quote: a quote continued from an earlier
				// paragraph has its open offset in that paragraph, not in
				// f.text (FuzzQuotes found the slice panic when it was used).
				if last.lastField() == fi && last.closed && len(last.fields) == 1 {
					if gs, ge, ok := attributionGap(f.text, last.open, last.closeEnd, sp.open); ok {
						last.gaps = append(last.gaps, Span{Location: f.loc, Para: f.para, Start: gs, End: ge})
						last.parts = append(last.parts, part)
						last.fields = append(last.fields, fi)
						last.closeEnd, last.closed = sp.closeEnd, sp.closed
						if !sp.closed && f.loc == LocBody {
							pending = len(out) - 1
						}
						continue
					}
				}
			}
			// One-element slices cut from shared slabs, capped so that a
			// later append copies: two allocations per quote were a fifth
			// of the cost of quote-dense text.
			if len(spanSlab) == cap(spanSlab) {
				n := min(256, max(16, 2*cap(spanSlab)))
				spanSlab, intSlab = make([]Span, 0, n), make([]int, 0, n)
			}
			if len(out) == cap(out) {
				out = slices.Grow(out, len(out)) // double: append grows big slices by only 1.25x, copying each quote ~5 times
			}
			spanSlab, intSlab = append(spanSlab, part), append(intSlab, fi)
			n := len(spanSlab)
			out = append(out, rawQuote{parts: spanSlab[n-1 : n : n], fields: intSlab[n-1 : n : n], open: sp.open,
				closeEnd: sp.closeEnd, mark: sp.mark, closed: sp.closed})
			if !sp.closed && f.loc == LocBody {
				pending = len(out) - 1
			}
		}
	}
	if pending >= 0 {
		out = dropStray(out, pending)
	}
	return out
}

// closesOpenQuote reports whether a paragraph that does not reopen a quote
// left open by the previous paragraph closes it: its first double mark is a
// closing one (” or », or a straight " after a word and not before one). c is
// the mark's offset, size its width. The source set a quote over two lines
// with a mark only at each end (2020-on-the-campaign-trail-in-the-usa-august-2020):
//
//	"It’s a long shot I’ll grant you, but our ticket may draw enough votes …
//	Think about it for a second, who would votes for our ticket? … receptacle ever."
func closesOpenQuote(text string, open rune) (c, size int, ok bool) {
	if !isDoubleMark(open) {
		return 0, 0, false
	}
	prev := rune(0)
	for i, r := range text {
		if isDoubleMark(r) {
			next, _ := utf8.DecodeRuneInString(text[i+utf8.RuneLen(r):])
			switch {
			case r == '”' || r == '»':
				return i, utf8.RuneLen(r), true
			case r == '"' && prev != 0 && !unicode.IsSpace(prev) && !isWordRune(next):
				return i, 1, true
			}
			return 0, 0, false
		}
		prev = r
	}
	return 0, 0, false
}

// dropStray removes out[i] when it is a one-part quote opened by a single
// mark that never closes and is not continued by the next paragraph: that
// mark was an apostrophe the scanner could not tell from an opening mark, as
// in "When I started posting about it on the Irrlicht forums and other places
// on the 'net, it immediately became obvious …" (Wikinews), not a quote
// running to the end of the paragraph. An unclosed double mark stays a quote
// that ends with its paragraph. (A quote nested after the stray mark in the
// same paragraph goes with it: the price of one pass.)
func dropStray(out []rawQuote, i int) []rawQuote {
	if i == len(out)-1 && !out[i].closed && len(out[i].parts) == 1 && !isDoubleMark(out[i].mark) {
		return out[:i]
	}
	return out
}

// continues reports whether a paragraph's first span opens at the paragraph's
// start with a mark of the same family as the open quote it would continue.
func continues(text string, sp qspan, mark rune) bool {
	st, _ := trimSpan(text, 0, len(text))
	return sp.open == st && isDoubleMark(sp.mark) == isDoubleMark(mark)
}

// attributionGap reports whether text[closeEnd:nextOpen] is the attribution
// of an interrupted quote, as in
//
//	“The statement was a surprise,” Gabriel said. “We can say that it is a stab in the back.”
//
// The first span must start a sentence and end in , . ! ? (inside or just
// outside its marks); the gap must be a short clause (≤ 10 words) holding a
// speech verb and ending in , . or : before the next opening mark.
func attributionGap(text string, open, closeEnd, nextOpen int) (int, int, bool) {
	if nextOpen-closeEnd > 160 || !sentenceStartsAt(text, open) {
		return 0, 0, false
	}
	inner := strings.TrimRightFunc(text[:closeEnd], func(r rune) bool { return isDoubleMark(r) || r == '’' || r == '\'' })
	gap := text[closeEnd:nextOpen]
	g := strings.TrimSpace(gap)
	if g == "" {
		return 0, 0, false
	}
	innerPunct := strings.HasSuffix(inner, ",") || strings.HasSuffix(inner, ".") || strings.HasSuffix(inner, "!") || strings.HasSuffix(inner, "?")
	last := g[len(g)-1]
	// "… served up to Turkey." McGurk later wrote, "The SDF suffered …": a
	// first part that ends its sentence, then a new sentence leading in to
	// the next quote, make two quotes.
	if (strings.HasSuffix(inner, ".") || strings.HasSuffix(inner, "!") || strings.HasSuffix(inner, "?")) && last == ',' && startsUpper(g) {
		return 0, 0, false
	}
	// “We stand ready” tweeted Johnson “to provide whatever help we can …”:
	// a first part cut without punctuation, and a second that goes on in
	// lower case, are one sentence around its attribution. (“…,” she said,
	// asking Cengiz to be “patient and resilient.” is two quotes.) The
	// attribution may end in a semicolon: "… ISIS remnants;" read the
	// statement; "we will not be deterred …"
	if innerPunct || !continuesLower(text, nextOpen) || strings.ContainsAny(g[:len(g)-1], ".!?;") {
		if !innerPunct && g[0] != ',' {
			return 0, 0, false
		}
		if last != ',' && last != '.' && last != ':' {
			return 0, 0, false
		}
	}
	// Two speech verbs are two attributions, so two quotes: "“…”, wrote
	// Elizabeth Warren on Twitter. Bernie Sanders wrote, “…”".
	words, verbs := 0, 0
	for _, w := range strings.FieldsFunc(g, func(r rune) bool { return !isWordRune(r) && r != '-' }) {
		words++
		if lex.verbs.has(w) {
			verbs++
		}
	}
	if verbs != 1 || words > 10 {
		return 0, 0, false
	}
	st, en := trimSpan(text, closeEnd, nextOpen)
	return st, en, true
}

// continuesLower reports whether the quote opening at text[open] starts with
// a lower-case letter.
func continuesLower(text string, open int) bool {
	_, size := utf8.DecodeRuneInString(text[open:])
	r, _ := utf8.DecodeRuneInString(text[open+size:])
	return unicode.IsLower(r)
}

// sentenceStartsAt reports whether text[i] begins a sentence: nothing but
// space before it in the field, or a sentence end (. ! ? :) or a closing mark.
func sentenceStartsAt(text string, i int) bool {
	before := strings.TrimRightFunc(text[:i], unicode.IsSpace)
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	switch r {
	case '.', '!', '?', ':', '”', '"', '’', ')':
		return true
	}
	return false
}

// quoteText joins the parts of q with one space.
func quoteText(fields []field, q *rawQuote) string {
	if len(q.parts) == 1 {
		p := q.parts[0]
		return fields[q.fields[0]].text[p.Start:p.End]
	}
	var b strings.Builder
	n := len(q.parts) - 1
	for _, p := range q.parts {
		n += p.End - p.Start
	}
	b.Grow(n)
	for i, p := range q.parts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(fields[q.fields[i]].text[p.Start:p.End])
	}
	return b.String()
}
