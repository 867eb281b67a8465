package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusText is every test article, joined.
func corpusText(tb testing.TB) string {
	tb.Helper()
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	var all strings.Builder
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		all.Write(src)
	}
	return all.String()
}

// TestWordTable checks that the table answers as the map it replaces, for
// every listed word in several casings and for every word of the test
// articles.
func TestWordTable(t *testing.T) {
	useLexicon()
	check := func(w string) {
		t.Helper()
		if got, want := lex.classes(w), lex.classesMap(w); got != want {
			t.Errorf("classes(%q) = %b, want %b", w, got, want)
		}
	}
	for w := range lex.words {
		check(w)
		check(strings.ToUpper(w))
		check(strings.ToUpper(w[:1]) + w[1:])
	}
	for _, w := range []string{"", "İstanbul", "KELVIN", "\u212Aelvin", "Ⱥ", strings.Repeat("Ab", 40), "ÅSA", "\xff\xfe", "Saïd"} {
		check(w)
	}
	for _, w := range strings.Fields(corpusText(t)) {
		check(w)
	}
}

// BenchmarkClasses looks up every word of the test articles.
func BenchmarkClasses(b *testing.B) {
	useLexicon()
	words := strings.Fields(corpusText(b))
	b.Run("table", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				lex.classes(w)
			}
		}
	})
	b.Run("map", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				lex.classesMap(w)
			}
		}
	})
}
