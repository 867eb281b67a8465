package article

import (
	"reflect"
	"strings"
	"testing"
)

func texts(blocks []block) [][]string {
	var out [][]string
	for _, b := range blocks {
		var lines []string
		for _, l := range b {
			lines = append(lines, l.text)
		}
		out = append(out, lines)
	}
	return out
}

func TestSplitBlocks(t *testing.T) {
	const a, b = "Bridget Brink, the US ambassador in Kyiv, posted a message on Friday", "Sorry, we are not accepting comments on this article."
	tests := []struct {
		name, in string
		want     [][]string
	}{
		{"LF", a + "\n\n" + b + "\n", [][]string{{a}, {b}}},
		{"CRLF", a + "\r\n\r\n" + b + "\r\n", [][]string{{a}, {b}}},
		{"lone CR", a + "\r\r" + b + "\r", [][]string{{a}, {b}}},
		{"mixed ends, no final newline", a + "\r\n\r" + b, [][]string{{a}, {b}}},
		{"lines in a block", a + "\r\n" + b, [][]string{{a, b}}},
		{"blank lines of spaces and tabs", a + "\n \t \n\u00a0\n" + b, [][]string{{a}, {b}}},
		{"tabs and trailing spaces", "\tBridget Brink,\tthe US ambassador in Kyiv,  posted a message on Friday \t ", [][]string{{a}}},
		{"no-break spaces", "He will then chair the\u00a0Ukraine\u00a0Defence", [][]string{{"He will then chair the Ukraine Defence"}}},
		{"escapes removed", "Brink\x1b[2J said\x1b]52;c;cm0K\x07 \u202eyes\u009b31m", [][]string{{"Brink[2J said]52;c;cm0K yes31m"}}},
		{"smart punctuation kept", "‘coalition of the willing’ — “yes”…", [][]string{{"‘coalition of the willing’ — “yes”…"}}},
	}
	for _, tt := range tests {
		if got := texts(splitBlocks(tt.in)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: splitBlocks(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestSplitLineNumbers(t *testing.T) {
	blocks := splitBlocks("one\r\ntwo\r\rthree\nfour")
	var got []int
	for _, b := range blocks {
		for _, l := range b {
			got = append(got, l.no)
		}
	}
	if want := []int{1, 2, 4, 5}; !reflect.DeepEqual(got, want) {
		t.Errorf("line numbers = %v, want %v", got, want)
	}
}

// collapseSpace must agree with strings.Join(strings.Fields(s), " "), which
// it replaces for speed, on Unicode spaces and invalid bytes alike.
func TestCollapseSpace(t *testing.T) {
	for _, s := range []string{"", "  a  b ", "\u00a0x\u2003y\tz\n", "a\xffb  c", "“a ‘b’ ” said Mr Healey", " \u3000 "} {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}
