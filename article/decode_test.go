package article

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// A real line of the seed, in each encoding decode reads.
const seedLine = "Mr Healey said on Saturday: “Our coalition of nations, working at pace and willing to stand with\u00a0Ukraine\u00a0for the long-term”"

func encode(t *testing.T, s string, enc interface{ Bytes([]byte) ([]byte, error) }) []byte {
	t.Helper()
	b, err := enc.Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecode(t *testing.T) {
	w1252 := encode(t, seedLine, charmap.Windows1252.NewEncoder())
	tests := []struct {
		name string
		src  []byte
		want string
	}{
		{"utf-8", []byte(seedLine), seedLine},
		{"utf-8 with BOM", append([]byte("\xEF\xBB\xBF"), seedLine...), seedLine},
		{"utf-16 LE with BOM", encode(t, seedLine, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder()), seedLine},
		{"utf-16 BE with BOM", encode(t, seedLine, unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder()), seedLine},
		{"windows-1252", w1252, seedLine},
		{"latin-1 accents", []byte("Quai des Orf\xe8vres, caf\xe9"), "Quai des Orfèvres, café"},
		{"utf-8 with one stray 1252 byte", []byte("Fernández said \x93yes\x94"), "Fernández said “yes”"},
	}
	for _, tt := range tests {
		got, err := decode("t", tt.src)
		if err != nil || got != tt.want {
			t.Errorf("%s: decode = %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}

func TestDecodeRefuses(t *testing.T) {
	tests := []struct {
		name string
		src  []byte
		want string
	}{
		{"empty", nil, "t: empty article (the file has no bytes)"},
		{"whitespace", []byte(" \t\r\n\n \u00a0\n"), "t: empty article (the file holds only whitespace)"},
		{"BOM only", []byte("\xEF\xBB\xBF\n"), "t: empty article (the file holds only whitespace)"},
		{"NUL", []byte("Headline\n\nab\x00c"), "t: not a text article (binary data: NUL byte at line 3, column 3)"},
		{"PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "t: not a text article (binary data: NUL byte at line 3, column 1)"},
		{"control bytes", []byte(strings.Repeat("\x01\x02x", 10)), "t: not a text article (binary data: 20 of 30 bytes are control characters)"},
	}
	for _, tt := range tests {
		_, err := decode("t", tt.src)
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: err = %v; want %q", tt.name, err, tt.want)
		}
		if _, ok := err.(*Error); !ok {
			t.Errorf("%s: err is %T, want *Error", tt.name, err)
		}
	}
	// A few escape sequences in real text do not make it binary.
	if _, err := decode("t", []byte(seedLine+"\x1b[2J\x1b]52;c;cm0K\x07")); err != nil {
		t.Errorf("text with escapes refused: %v", err)
	}
}
