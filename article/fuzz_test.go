package article

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzFormats are the ways FuzzParse calls ParseAs: format detection from
// the content then each kind of name, and each format forced.
var fuzzFormats = []struct{ name, format string }{
	{"fuzz.txt", ""}, {"fuzz.html", ""}, {"fuzz.md", ""},
	{"fuzz.txt", FormatText}, {"fuzz.html", FormatHTML}, {"fuzz.md", FormatMarkdown},
}

// FuzzParse proves the parser never panics, on any bytes in any format, and
// that what it returns keeps the model's promises: lists never nil, every
// text field clean (valid UTF-8, no control character, no newline), caption
// positions in range, quotes and people whose spans point inside the text,
// errors one line naming the source. The fuzzer picks the format with the
// second argument (fuzzFormats: detected from a .txt, .html or .md name, or
// given as text, HTML or Markdown), so every reader and the detection are
// fuzzed by one target. It is seeded with every real test article, HTML and
// Markdown file, the hostile corpus and variants of the seed; a crasher
// found by `go test -fuzz` is kept by Go in testdata/fuzz/FuzzParse/ beside
// this package and replayed by every plain `go test` run from then on.
func FuzzParse(f *testing.F) {
	var files []string
	for _, pattern := range []string{"../testdata/articles/*.txt", "../testdata/html/*.html",
		"../testdata/markdown/*.md", "../testdata/hostile/*.*"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		f.Fatal("no seed articles")
	}
	for i, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src, uint8(i))
	}
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		f.Fatal(err)
	}
	s := string(seed)
	for _, v := range []string{
		crlf(s), loneCR(s), withBOM(s), wrap72(s), tabs(s), trailing(s),
		strings.ReplaceAll(s, "(PA)", "("), "By\n\nPublished\n\n(", "\xff\xfe", "\xfe\xff\x00",
		"Image: .\n\nImage: (", "By and , and", "Published: 31 February 2025", "\r\r\r\n\n\r",
		"a (b) (c)\na (b) (c)\n", s[:len(s)/3] + "\x00",
	} {
		for format := range uint8(len(fuzzFormats)) {
			f.Add([]byte(v), format)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte, format uint8) {
		ff := fuzzFormats[int(format)%len(fuzzFormats)]
		a, err := ParseAs(ff.name, src, ff.format)
		if err != nil {
			var pe *Error
			if !errors.As(err, &pe) || strings.ContainsAny(err.Error(), "\n\r") || !strings.HasPrefix(err.Error(), ff.name) {
				t.Fatalf("bad error %T %q", err, err)
			}
			return
		}
		if ff.format != "" && a.Format != ff.format {
			t.Fatalf("ParseAs(%q) gave format %q", ff.format, a.Format)
		}
		if a.Format != FormatText && a.Format != FormatHTML && a.Format != FormatMarkdown {
			t.Fatalf("format %q", a.Format)
		}
		if a.Markdown != nil && len(a.Markdown) != len(a.Paragraphs) {
			t.Fatalf("%d Markdown sources for %d paragraphs", len(a.Markdown), len(a.Paragraphs))
		}
		for _, md := range a.Markdown {
			if !isClean(md) {
				t.Fatalf("unclean Markdown source %q", md)
			}
		}
		if err := analysisProblem(a, a.People, a.Quotes); err != "" {
			t.Fatal(err)
		}
		if a.Authors == nil || a.Paragraphs == nil || a.Captions == nil || a.People == nil || a.Quotes == nil {
			t.Fatalf("nil list in %+v", a)
		}
		texts := []string{a.Publication, a.Headline, a.Standfirst, a.Published, a.PublishedText}
		if a.Format == FormatText {
			// The text reader joins hard-wrapped lines; the Markdown and
			// HTML readers may keep a list's or a code block's lines, which
			// the model allows (newline is the one control it keeps).
			texts = append(texts, a.Paragraphs...)
		}
		for _, p := range a.Paragraphs {
			if !utf8.ValidString(p) || !isClean(p) {
				t.Fatalf("unclean paragraph %q", p)
			}
		}
		for _, au := range a.Authors {
			texts = append(texts, au.Name, au.Role)
		}
		for _, c := range a.Captions {
			texts = append(texts, c.Text, c.Credit)
			if c.Paragraph < 0 || c.Paragraph > len(a.Paragraphs) {
				t.Fatalf("caption %+v out of range (%d paragraphs)", c, len(a.Paragraphs))
			}
		}
		for _, s := range texts {
			if !utf8.ValidString(s) || !isClean(s) || strings.Contains(s, "\n") || s != strings.TrimSpace(s) {
				t.Fatalf("unclean text %q", s)
			}
		}
		for _, p := range a.Paragraphs {
			if p == "" {
				t.Fatalf("empty paragraph")
			}
		}
	})
}
