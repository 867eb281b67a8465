package ui

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// lineSpan is one wrapped line of a block: the bytes text[start:end], with the
// spaces at the break left out.
type lineSpan struct{ start, end int }

// wrapText breaks text into lines of at most width display cells and returns
// them as byte ranges into text, so that quote spans, search matches and
// highlights (all byte offsets into the model's strings) can be styled on the
// wrapped lines without mapping back from rendered strings.
//
// The unit is the grapheme cluster measured as ansi.StringWidth measures it
// (ansi.FirstGraphemeCluster with GraphemeWidth), so "e\u0301" is one cell,
// "日本" four and "👩‍👩‍👧" two, exactly as the width test later checks. A line may
// break at a run of spaces (the spaces are dropped), after a hyphen, dash or
// slash, and before or after a wide (East Asian or emoji) cluster, since CJK
// text has no spaces; a word longer than the line is cut at a cluster
// boundary. "\n" forces a break. x/ansi's own Wordwrap returns a new string,
// which loses the byte offsets this reader styles by, hence this small loop.
//
// Example, width 10: "The Defence Secretary" → "The", "Defence", "Secretary".
func wrapText(text string, width int) []lineSpan {
	if width < 1 {
		width = 1
	}
	var (
		lines     []lineSpan
		lineStart int
		lineW     int
		brkEnd    = -1 // where the line would end at the last break opportunity
		brkNext   = -1 // where the next line would start after it
		brkW      int  // width used up to brkNext
		prevSpace bool
	)
	emit := func(end int) {
		lines = append(lines, lineSpan{lineStart, end})
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c == '\n' {
			emit(trimEnd(text, lineStart, i))
			i++
			lineStart, lineW, brkEnd, brkNext, prevSpace = i, 0, -1, -1, false
			continue
		}
		if c == ' ' {
			if i == lineStart { // spaces at the start of a wrapped line are dropped
				i++
				lineStart = i
				continue
			}
			if !prevSpace {
				brkEnd = i
			}
			i++
			lineW++
			brkNext, brkW, prevSpace = i, lineW, true
			continue
		}
		var cluster string
		var w int
		if c < utf8.RuneSelf && (i+1 >= len(text) || text[i+1] < utf8.RuneSelf) {
			cluster, w = text[i:i+1], 1 // ASCII fast path: no combining mark follows
		} else {
			cluster, w = ansi.FirstGraphemeCluster(text[i:], ansi.GraphemeWidth)
		}
		if w >= 2 && i > lineStart && !prevSpace { // may break before a wide cluster
			brkEnd, brkNext, brkW = i, i, lineW
		}
		prevSpace = false
		if lineW+w > width && i > lineStart {
			if brkNext > lineStart {
				emit(trimEnd(text, lineStart, brkEnd))
				lineStart = brkNext
				lineW -= brkW
			} else {
				emit(i)
				lineStart, lineW = i, 0
			}
			brkEnd, brkNext = -1, -1
		}
		i += len(cluster)
		lineW += w
		if w >= 2 || c == '-' || cluster == "—" || cluster == "–" || c == '/' {
			brkEnd, brkNext, brkW = i, i, lineW
		}
	}
	if end := trimEnd(text, lineStart, len(text)); end > lineStart || len(lines) == 0 {
		emit(end)
	}
	return lines
}

// trimEnd returns end moved back over trailing spaces, but not before start.
func trimEnd(text string, start, end int) int {
	for end > start && text[end-1] == ' ' {
		end--
	}
	return end
}

// displayWidth is the width of s in cells, as the terminal will draw it.
func displayWidth(s string) int { return ansi.StringWidth(s) }

// fit cuts s (which may hold styling) to at most w cells, ending with "…"
// when cut, and pads it with spaces to exactly w cells. The result is one
// row: a newline in s (model text may keep one, as a Markdown list item's
// lines do) becomes a space, or the row would push the screen down.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if strings.IndexByte(s, '\n') >= 0 {
		s = strings.ReplaceAll(s, "\n", " ")
	}
	if displayWidth(s) > w {
		s = ansi.Truncate(s, w, "…")
	}
	if pad := w - displayWidth(s); pad > 0 {
		s += spaces(pad)
	}
	return s
}

// spaces returns n spaces.
func spaces(n int) string {
	if n <= 0 {
		return ""
	}
	const run = "                                                                                "
	if n <= len(run) {
		return run[:n]
	}
	b := make([]byte, n)
	for i := range b {
		b[i] = ' '
	}
	return string(b)
}
