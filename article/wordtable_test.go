package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
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

// TestWordTable checks that the tables answer as the maps they replace
// (classes, firstName, org), for every listed word in several casings and
// for every word of the test articles.
func TestWordTable(t *testing.T) {
	useLexicon()
	words, firstNames, orgs := lexiconMaps()
	givenNames := loadNames("givennames")
	check := func(w string) {
		t.Helper()
		if got, want := lex.classes(w), classesMap(words, w); got != want {
			t.Errorf("classes(%q) = %b, want %b", w, got, want)
		}
		var arr [64]byte
		g, ok := firstNames[string(lowerBuf(arr[:0], w))]
		if common := lex.commonFirstName(w); len(w) <= 64 && common != ok {
			t.Errorf("commonFirstName(%q) = %v, want %v", w, common, ok)
		}
		if !ok { // the shorter list first, then the longer one of given names
			g, ok = givenNames[string(lowerBuf(arr[:0], w))]
		}
		if fn, sex := lex.firstName(w); len(w) <= 64 && (fn != ok || sex != g) {
			t.Errorf("firstName(%q) = %v, %q, want %v, %q", w, fn, sex, ok, g)
		}
		c, ok := orgs[string(lowerBuf(arr[:0], w))]
		if org, known := lex.org(w); len(w) <= 64 && (org != c || known != ok) {
			t.Errorf("org(%q) = %q, %v, want %q, %v", w, org, known, c, ok)
		}
	}
	for w := range words {
		check(w)
		check(strings.ToUpper(w))
		check(strings.ToUpper(w[:1]) + w[1:])
	}
	for _, a := range "aBz" {
		for _, b := range "aQz" {
			for _, c := range "abcdefghijklmnopqrstuvwxyzAZ" {
				check(string([]rune{a, b, c}))
				check(string([]rune{b, c}))
				check(string(c))
			}
		}
	}
	for w := range firstNames {
		check(w)
		check(strings.ToUpper(w[:1]) + w[1:])
	}
	for w := range orgs {
		check(w)
		check(strings.ToUpper(w))
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
	all, _, _ := lexiconMaps()
	b.Run("map", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				classesMap(all, w)
			}
		}
	})
}

// classesMap is classes by the Go map of lexiconMaps, which the table
// replaced: the reference for TestWordTable and BenchmarkClasses.
func classesMap(words map[string]wordSet, w string) wordSet {
	lower := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			lower = false
			break
		}
	}
	if lower {
		return words[w] // most words: no copy needed
	}
	var arr [64]byte
	if len(w) > len(arr) {
		return words[strings.ToLower(w)]
	}
	return words[string(lowerBuf(arr[:0], w))]
}
