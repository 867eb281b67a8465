package article

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse proves the parser never panics, on any bytes, and that what it
// returns keeps the model's promises: lists never nil, every text field clean
// (valid UTF-8, no control character, no newline), caption positions in
// range, errors one line naming the source. It is seeded with every real test
// article and variants of the seed; a crasher found by `go test -fuzz` is
// kept by Go in testdata/fuzz/FuzzParse/ beside this package and replayed by
// every plain `go test` run from then on.
func FuzzParse(f *testing.F) {
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		f.Fatalf("no seed articles: %v", err)
	}
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
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
		f.Add([]byte(v))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		a, err := Parse("fuzz.txt", src)
		if err != nil {
			var pe *Error
			if !errors.As(err, &pe) || strings.ContainsAny(err.Error(), "\n\r") || !strings.HasPrefix(err.Error(), "fuzz.txt") {
				t.Fatalf("bad error %T %q", err, err)
			}
			return
		}
		if a.Authors == nil || a.Paragraphs == nil || a.Captions == nil || a.People == nil || a.Quotes == nil {
			t.Fatalf("nil list in %+v", a)
		}
		texts := []string{a.Publication, a.Headline, a.Standfirst, a.Published, a.PublishedText}
		texts = append(texts, a.Paragraphs...)
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
