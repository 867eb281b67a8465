package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxWrappedRunes is the longest line taken to be hard-wrapped: text saved
// from a page or mailed is wrapped at 72–80 columns, while a file with one
// paragraph per line has lines of hundreds of characters.
const maxWrappedRunes = 100

// parseBody reads the body blocks into paragraphs and captions, dropping site
// boilerplate. It is one pass over the lines.
//
// Within a block, a line joins the one before it into one paragraph when the
// one before was hard-wrapped (see wrapsInto), as in
//
//	The Defence Secretary is set to convene the next meeting of the
//	“coalition of the willing” next week, as the head of the British armed
//
// and starts a new paragraph otherwise: Wikinews sometimes puts paragraphs,
// and its interviews questions and answers, on consecutive lines.
//
// A line is a caption, not text, when it starts a paragraph and
//   - the same line follows it in the block: sites print a caption twice
//     ("Defence Secretary John Healey (PA)" twice), credit or not — or the
//     same few lines, when a caption was hard-wrapped (see doubled);
//   - it ends its block and carries a credit (see splitCredit):
//     "Chief of the Defence Staff Admiral Sir Tony Radakin (Andrew Matthews/PA)";
//   - it is in the lead picture's slot (pictureSlot: after the byline and
//     Published line in their block), is at most maxCaptionRunes long and does
//     not end with a full stop: "Defence Secretary John Healey".
//
// A line printed once without a credit elsewhere in the body stays text: it
// cannot be told from a subheading, and keeping it loses nothing. Pull-quote
// credits ("—Testimony from the chief internal police investigator", on
// Wikinews, whose pull quote itself was lost when the page was saved) stay
// text too, as written, for the same reason.
func parseBody(blocks []block, pictureSlot bool, a *Article) {
	var parts []string
	flush := func() {
		switch len(parts) {
		case 0:
			return
		case 1:
			a.Paragraphs = append(a.Paragraphs, parts[0])
		default:
			a.Paragraphs = append(a.Paragraphs, strings.Join(parts, " "))
		}
		parts = parts[:0]
	}
	for bi, b := range blocks {
		slot := pictureSlot && bi == 0
		width := wrapWidth(b)
		for i := 0; i < len(b); i++ {
			s := b[i].text
			if isBoilerplate(s) {
				flush()
				continue
			}
			if len(parts) > 0 && !wrapsInto(parts[len(parts)-1], s, width) {
				flush()
			}
			if len(parts) == 0 {
				if k := doubled(b[i:]); k > 0 {
					// The caption, perhaps hard-wrapped over k lines, twice.
					a.Captions = append(a.Captions, captionLine(joinLines(b[i:i+k]), len(a.Paragraphs)))
					i += 2*k - 1
					continue
				}
				if isCaption(b, i, slot) {
					a.Captions = append(a.Captions, captionLine(s, len(a.Paragraphs)))
					continue
				}
			}
			slot = false
			parts = append(parts, s)
		}
		flush()
	}
}

// maxCaptionLines is the most lines a hard-wrapped caption spans.
const maxCaptionLines = 4

// doubled returns k when the first k lines of b are printed again right
// after them and make a caption-sized text — a caption printed twice, as
// "Defence Secretary John Healey (PA)" in the seed, or the same wrapped over
// two lines, twice — and 0 otherwise.
func doubled(b block) int {
	for k := 1; k <= maxCaptionLines && 2*k <= len(b); k++ {
		n := 0
		same := true
		for j := 0; j < k && same; j++ {
			n += len(b[j].text)
			same = b[j].text == b[k+j].text
		}
		if n > 4*maxCaptionRunes {
			return 0
		}
		if same && utf8.RuneCountInString(joinLines(b[:k])) <= maxCaptionRunes {
			return k
		}
	}
	return 0
}

// isCaption applies parseBody's rules for a caption printed once to line i
// of b.
func isCaption(b block, i int, slot bool) bool {
	s := b[i].text
	if len(s) > maxCaptionRunes && (len(s) > 4*maxCaptionRunes || utf8.RuneCountInString(s) > maxCaptionRunes) {
		return false // a paragraph, not a caption
	}
	if _, _, ok := splitCredit(s); ok && (i+1 == len(b) || slot) {
		return true
	}
	return slot && !endsWithFullStop(s)
}

// minWrapWidth is the narrowest wrap width believed: two short lines in a
// block ("So, how are you doing?" / "((WN)) I am doing well.") are two
// paragraphs, not one wrapped at 24 columns.
const minWrapWidth = 40

// wrapWidth estimates the width a block was hard-wrapped at: its longest line
// of at most maxWrappedRunes that is not printed twice, or 0 — the block is not wrapped — when that is
// under minWrapWidth or when it is the only such line (a headline above
// unwrapped paragraphs).
func wrapWidth(b block) int {
	w, lines := 0, 0
	for i, ln := range b {
		if len(ln.text) > 4*maxWrappedRunes ||
			i > 0 && b[i-1].text == ln.text || i+1 < len(b) && b[i+1].text == ln.text {
			continue // too long, or a caption printed twice
		}
		if n := utf8.RuneCountInString(ln.text); n <= maxWrappedRunes {
			lines++
			w = max(w, n)
		}
	}
	if w < minWrapWidth || lines < 2 {
		return 0
	}
	return w
}

// wrapsInto reports whether line prev was hard-wrapped before next, in a
// block wrapped at width: prev and next are no longer than maxWrappedRunes,
// and prev was full — the first word of next would not have fitted after it. A greedy
// wrapper (fmt, fold -s, a mail client) breaks only such lines, so a short
// line followed by one that would have fitted ends its paragraph. Whatever
// the widths, a line starting in lower case continues a line that does not
// end with a full stop: the sentence runs on.
func wrapsInto(prev, next string, width int) bool {
	if r, _ := utf8.DecodeRuneInString(next); unicode.IsLower(r) && !endsWithFullStop(prev) {
		return true // "…So do\nsee it.": a sentence running on
	}
	if width == 0 || len(prev) > 4*maxWrappedRunes {
		return false
	}
	n := utf8.RuneCountInString(prev)
	if n > maxWrappedRunes {
		return false
	}
	if len(next) > 4*maxWrappedRunes || utf8.RuneCountInString(next) > maxWrappedRunes {
		return false // a wrapped paragraph's lines are all short
	}
	first := next
	if i := strings.IndexByte(next, ' '); i >= 0 {
		first = next[:i]
	}
	return n+1+utf8.RuneCountInString(first) > width
}
