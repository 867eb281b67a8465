package article

import (
	"strings"
	"unicode/utf8"
)

// maxWrappedRunes is the longest line taken to be hard-wrapped: text saved
// from a page or mailed is wrapped at 72–80 columns, while a file with one
// paragraph per line has lines of hundreds of characters.
const maxWrappedRunes = 100

// parseBody reads the body blocks into paragraphs and captions, dropping site
// boilerplate. It is one pass over the lines.
//
// Within a block, a line joins the one before it into one paragraph when that
// one is at most maxWrappedRunes long (a hard wrap, as in
// "The Defence Secretary is set to convene the next meeting of the\n
// “coalition of the willing” next week, …"); after a longer line a new
// paragraph starts (Wikinews sometimes puts two paragraphs on consecutive
// lines).
//
// A line is a caption, not text, when it starts a paragraph and
//   - the same line follows it in the block: sites print a caption twice
//     ("Defence Secretary John Healey (PA)" twice), credit or not;
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
		for i := 0; i < len(b); i++ {
			s := b[i].text
			if isBoilerplate(s) {
				flush()
				continue
			}
			if len(parts) == 0 && isCaption(b, i, slot) {
				a.Captions = append(a.Captions, captionLine(s, len(a.Paragraphs)))
				for i+1 < len(b) && b[i+1].text == s {
					i++
				}
				continue
			}
			slot = false
			if len(parts) > 0 && len(parts[len(parts)-1]) > maxWrappedRunes &&
				utf8.RuneCountInString(parts[len(parts)-1]) > maxWrappedRunes {
				flush()
			}
			parts = append(parts, s)
		}
		flush()
	}
}

// isCaption applies parseBody's caption rules to line i of b.
func isCaption(b block, i int, slot bool) bool {
	s := b[i].text
	if len(s) > 4*maxCaptionRunes {
		return false
	}
	if i+1 < len(b) && b[i+1].text == s {
		return utf8.RuneCountInString(s) <= maxCaptionRunes
	}
	if _, _, ok := splitCredit(s); ok && (i+1 == len(b) || slot) {
		return true
	}
	return slot && utf8.RuneCountInString(s) <= maxCaptionRunes && !endsWithFullStop(s)
}
