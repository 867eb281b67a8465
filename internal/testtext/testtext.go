// Package testtext makes the generated inputs that the tests and benchmarks
// of article/, ui/ and the command share: long articles made the way
// bench/run makes its articles, and hostile quote shapes.
package testtext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Long is a plain-text article file of about size bytes (it stops after the
// article that reaches size): the seed whole, then the bodies of the
// Wikinews test articles (headline cut, as bench/run's tail -n +3) repeated.
// It reads ../testdata/articles, so it serves tests of the packages one level
// below the repository root; LongAt serves any other.
func Long(tb testing.TB, size int) []byte { return LongAt(tb, "..", size) }

// LongAt is Long for a package whose path to the repository root is root.
func LongAt(tb testing.TB, root string, size int) []byte {
	tb.Helper()
	articles := filepath.Join(root, "testdata", "articles")
	seed, err := os.ReadFile(filepath.Join(articles, "000_7c48c41d9fa76df0.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(articles, "20*.txt"))
	if len(files) == 0 {
		tb.Fatalf("no Wikinews test articles in %s", articles)
	}
	var b strings.Builder
	b.Write(seed)
	b.WriteString("\n\n")
	for i := 0; b.Len() < size; i++ {
		src, err := os.ReadFile(files[i%len(files)])
		if err != nil {
			tb.Fatal(err)
		}
		_, body, _ := strings.Cut(string(src), "\n\n")
		b.WriteString(body)
		b.WriteString("\n\n")
	}
	return []byte(b.String())
}

// MixedMarks writes n quotation marks of every style the parser knows, in a
// scrambled order, with " said Mr Healey " after every fifth and a paragraph
// break after every 997th: the hostile shape that mixes openings, closings and
// apostrophes with speakers (testdata/hostile's quotes-mixed.txt, and
// article's BenchmarkParseAll/100kMarksMixed).
func MixedMarks(b *strings.Builder, n int) {
	marks := []string{"“", "”", "\"", "'", "‘", "’", "«", "»", "„", "‹", "›", "「", "」"}
	for i := range n {
		b.WriteString(marks[(i*7+i/13)%len(marks)])
		if i%5 == 0 {
			b.WriteString(" said Mr Healey ")
		}
		if i%997 == 0 {
			b.WriteString("\n\n")
		}
	}
}
