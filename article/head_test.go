package article

import (
	"bytes"
	"slices"
	"strconv"
	"testing"

	"byline/internal/testtext"
)

// TestParseHead: the head of a long text article is its whole parse's start
// — the same header, captions and paragraphs, all but the last of which are
// equal (the last may be cut short) — whatever its line ends.
func TestParseHead(t *testing.T) {
	lf := testtext.Long(t, 300<<10)
	for name, src := range map[string][]byte{
		"LF":   lf,
		"CRLF": bytes.ReplaceAll(lf, []byte("\n"), []byte("\r\n")),
		"CR":   bytes.ReplaceAll(lf, []byte("\n"), []byte("\r")),
	} {
		t.Run(name, func(t *testing.T) {
			head := ParseHead("long.txt", src, "")
			if head == nil {
				t.Fatal("nil head for a long text article")
			}
			full, err := ParseStructure("long.txt", src)
			if err != nil {
				t.Fatal(err)
			}
			if head.Headline != full.Headline || head.Publication != full.Publication || head.Standfirst != full.Standfirst ||
				head.Published != full.Published || !slices.Equal(head.Authors, full.Authors) {
				t.Errorf("head's header differs: %q %q %v, want %q %q %v", head.Headline, head.Publication, head.Authors, full.Headline, full.Publication, full.Authors)
			}
			n := len(head.Paragraphs)
			if n < 10 || n >= len(full.Paragraphs) {
				t.Fatalf("head has %d paragraphs of %d", n, len(full.Paragraphs))
			}
			if !slices.Equal(head.Paragraphs[:n-1], full.Paragraphs[:n-1]) {
				t.Error("the head's paragraphs are not the whole article's first")
			}
			if len(head.Captions) == 0 || !slices.Equal(head.Captions, full.Captions[:len(head.Captions)]) {
				t.Errorf("head's captions %v are not the whole article's first", head.Captions)
			}
		})
	}
}

// TestParseHeadNil: no head where the whole parse is fast anyway, where a
// cut would change the text, or where the whole file is an error to report
// before the screen.
func TestParseHeadNil(t *testing.T) {
	long := testtext.Long(t, 300<<10)
	noBlank := slices.Clone(long)
	for bytes.Contains(noBlank, []byte("\n\n")) {
		noBlank = bytes.ReplaceAll(noBlank, []byte("\n\n"), []byte("\n"))
	}
	nul := append(slices.Clone(long), 0)
	utf16 := append([]byte{0xFF, 0xFE}, long...)
	html := append([]byte("<!DOCTYPE html><html><body><p>"), long...)
	for name, c := range map[string]struct {
		src    []byte
		format string
	}{
		"short":            {long[:60<<10], ""},
		"no blank line":    {noBlank, ""},
		"NUL at the end":   {nul, ""},
		"UTF-16":           {utf16, ""},
		"HTML":             {html, ""},
		"given Markdown":   {long, FormatMarkdown},
		"detected as HTML": {long, FormatHTML},
	} {
		if ParseHead("long.txt", c.src, c.format) != nil {
			t.Errorf("%s: a head, want nil", name)
		}
	}
}

// BenchmarkParseHead is the parse the reader's first frame waits for on a
// long text file, against the whole parse (BenchmarkParse).
func BenchmarkParseHead(b *testing.B) {
	for _, size := range []int{1, 10} {
		src := testtext.Long(b, size<<20)
		b.Run(strconv.Itoa(size)+"MB", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if ParseHead("long.txt", src, "") == nil {
					b.Fatal("nil head")
				}
			}
		})
	}
}
