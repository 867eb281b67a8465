package article

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decode checks that src is a text article and returns it as UTF-8.
//
// Accepted: UTF-8 (with or without a byte-order mark), UTF-16 with a
// byte-order mark, and Windows-1252 / Latin-1. A file is not a text article
// when it holds a NUL byte (every binary format we are likely to be handed —
// PNG, JPEG, PDF, ZIP, executables — does) or when more than one byte in ten is
// a control character other than tab, newline, carriage return, vertical tab
// or form feed. An empty file, or one holding only whitespace, is refused too:
// there is nothing to read.
//
// Bytes that are not valid UTF-8 are read as Windows-1252, one byte at a
// time, while valid UTF-8 sequences are kept. So a file saved as
// Windows-1252 ("caf\xe9") reads "café", and a UTF-8 file with one stray
// Windows-1252 byte keeps its other accents: neither becomes mojibake.
func decode(name string, src []byte) (string, error) {
	if len(src) == 0 {
		return "", &Error{Name: name, Msg: "empty article (the file has no bytes)"}
	}
	switch {
	case bytes.HasPrefix(src, []byte{0xEF, 0xBB, 0xBF}):
		src = src[3:]
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}), bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		u, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(src)
		if err != nil {
			return "", &Error{Name: name, Msg: "not a text article (broken UTF-16)"}
		}
		src = u
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		line, col := position(src, i)
		return "", &Error{Name: name, Msg: fmt.Sprintf("not a text article (binary data: NUL byte at line %d, column %d)", line, col)}
	}
	if n := countControls(src); n > 0 && n*10 > len(src) {
		return "", &Error{Name: name, Msg: fmt.Sprintf("not a text article (binary data: %d of %d bytes are control characters)", n, len(src))}
	}
	var text string
	if utf8.Valid(src) {
		text = string(src)
	} else {
		text = fromWindows1252(src)
	}
	if strings.TrimSpace(text) == "" {
		return "", &Error{Name: name, Msg: "empty article (the file holds only whitespace)"}
	}
	return text, nil
}

// countControls counts the bytes that no text file holds: C0 controls other
// than the whitespace ones (\t \n \v \f \r), and DEL.
func countControls(src []byte) int {
	n := 0
	for _, c := range src {
		if (c < 0x20 && (c < '\t' || c > '\r')) || c == 0x7f {
			n++
		}
	}
	return n
}

// fromWindows1252 returns src with its valid UTF-8 sequences kept and every
// other byte decoded as Windows-1252.
func fromWindows1252(src []byte) string {
	var b strings.Builder
	b.Grow(len(src) + len(src)/8)
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(charmap.Windows1252.DecodeByte(c))
			i++
			continue
		}
		b.Write(src[i : i+size])
		i += size
	}
	return b.String()
}

// position returns the 1-based line and byte column of offset i in src.
func position(src []byte, i int) (line, col int) {
	line = 1 + bytes.Count(src[:i], []byte{'\n'})
	col = i + 1 - (bytes.LastIndexByte(src[:i], '\n') + 1)
	return line, col
}
