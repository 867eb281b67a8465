package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one line of the article, cleaned and with its white space
// normalized, and its 1-based line number in the input.
type line struct {
	text string
	no   int
}

// block is a run of non-blank lines: a paragraph, a header group or a caption.
type block []line

// splitBlocks splits decoded text into blocks of lines, in one pass.
//
// A line ends at "\n", "\r\n" or a lone "\r" (old Mac files and some web
// "Save as text" output). Each line is cleaned (Clean: no control
// characters, tabs become spaces), then every run of white space — spaces,
// tabs, no-break spaces (U+00A0, which sites put around links) and the other
// Unicode spaces — becomes one space, and the line is trimmed. So
// "\tHe will then chair the\u00a0Ukraine\u00a0Defence Contact Group  " becomes
// "He will then chair the Ukraine Defence Contact Group". A line left empty
// is blank, and blank lines separate blocks.
func splitBlocks(text string) []block {
	lines := make([]line, 0, strings.Count(text, "\n")+1)
	no := 0
	for len(text) > 0 {
		no++
		i := strings.IndexAny(text, "\r\n")
		var raw string
		if i < 0 {
			raw, text = text, ""
		} else {
			raw = text[:i]
			if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			text = text[i+1:]
		}
		lines = append(lines, line{text: normalizeLine(raw), no: no})
	}
	var blocks []block
	start := -1
	for i, ln := range lines {
		switch {
		case ln.text == "" && start >= 0:
			blocks = append(blocks, block(lines[start:i:i]))
			start = -1
		case ln.text != "" && start < 0:
			start = i
		}
	}
	if start >= 0 {
		blocks = append(blocks, block(lines[start:]))
	}
	return blocks
}

// normalizeLine cleans one line and collapses its white space (see
// splitBlocks). Lines that are already plain ASCII with single spaces are
// returned as they are, without allocating.
func normalizeLine(s string) string {
	if isPlainLine(s) {
		return s
	}
	return collapseSpace(Clean(s))
}

// collapseSpace is strings.Join(strings.Fields(s), " ") in one pass and one
// allocation: a 5 MB paragraph of quotes made the slice of words the biggest
// allocation of parsing.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			i += size
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteString(s[i : i+size]) // the bytes as they were, valid or not
		i += size
	}
	return b.String()
}

// isPlainLine reports whether s is printable ASCII with no leading, trailing
// or doubled spaces: the common case, which normalizeLine leaves alone.
func isPlainLine(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || (c == ' ' && prev == ' ') {
			return c >= utf8.RuneSelf && isPlainUnicode(s[i:], prev)
		}
		prev = c
	}
	return true
}

// isPlainUnicode continues isPlainLine past the first non-ASCII byte: valid
// UTF-8 is plain unless it holds a character Clean would drop or a space
// strings.Fields would collapse.
func isPlainUnicode(s string, prev byte) bool {
	prevSpace := prev == ' '
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f || (c == ' ' && prevSpace) {
				return false
			}
			prevSpace = c == ' '
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || dropRune(r) || isUnicodeSpace(r) {
			return false
		}
		prevSpace = false
		i += size
	}
	return true
}

// isUnicodeSpace reports whether r is a non-ASCII white-space character
// (unicode.IsSpace above U+007F).
func isUnicodeSpace(r rune) bool {
	switch r {
	case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}
