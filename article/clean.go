package article

import (
	"strings"
	"unicode/utf8"
)

// Clean returns s as valid UTF-8 that is safe to write to a terminal: every
// control character but newline is removed (C0, DEL, C1 — so a raw ESC or an
// 8-bit CSI cannot start an escape sequence), tabs become spaces, and the bidi
// embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069),
// which can reorder what a reader sees, are removed. Invalid bytes become
// U+FFFD. Everything else, smart punctuation included, is kept as written.
func Clean(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case r == '\t':
			b.WriteByte(' ')
		case dropRune(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// CleanLine is Clean for text that must stay on one line, such as an error
// message naming a file: "a\nb.txt" is a legal file name, and its newline
// would otherwise split "byline: a\nb.txt: permission denied" in two, so each
// newline becomes a space.
func CleanLine(s string) string {
	return strings.ReplaceAll(Clean(s), "\n", " ")
}

// isClean reports whether Clean would return s unchanged, without allocating.
func isClean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n') || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || dropRune(r) {
			return false
		}
		i += size
	}
	return true
}

func dropRune(r rune) bool {
	switch {
	case r == '\n':
		return false
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}
