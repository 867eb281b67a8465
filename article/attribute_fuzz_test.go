package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzAttribute checks that attribution never panics, keeps its spans inside
// the text they point into, and never changes the article it reads.
func FuzzAttribute(f *testing.F) {
	paths, _ := filepath.Glob("../testdata/articles/*.txt")
	for _, p := range paths[:min(len(paths), 12)] {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("“A,” he said. “B.”\n\n“C\n\n“D”")
	f.Add("‘’“”\"'«»„“ ’90s rock ’n’ roll Mr. Dr. , said")
	f.Fuzz(func(t *testing.T, s string) {
		a := &Article{Headline: "Headline ‘x’", Paragraphs: splitParas(s)}
		before := append([]string(nil), a.Paragraphs...)
		people, quotes := Attribute(a)
		for i := range before {
			if a.Paragraphs[i] != before[i] {
				t.Fatal("Attribute changed the article")
			}
		}
		for _, q := range quotes {
			for _, p := range q.Parts {
				checkSpan(t, a, p)
			}
		}
		for _, p := range people {
			for _, sp := range p.Spans {
				checkSpan(t, a, sp)
			}
		}
	})
}

func splitParas(s string) []string { return strings.Split(s, "\n\n") }

func checkSpan(t *testing.T, a *Article, sp Span) {
	t.Helper()
	var text string
	switch sp.Location {
	case LocHeadline:
		text = a.Headline
	case LocStandfirst:
		text = a.Standfirst
	case LocBody:
		if sp.Para < 0 || sp.Para >= len(a.Paragraphs) {
			t.Fatalf("span %+v: no such paragraph", sp)
		}
		text = a.Paragraphs[sp.Para]
	default:
		t.Fatalf("span %+v: bad location", sp)
	}
	if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
		t.Fatalf("span %+v outside %d bytes", sp, len(text))
	}
}
