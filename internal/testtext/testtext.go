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

// Long is a plain-text article file of at least size bytes: the seed whole,
// then the bodies of the Wikinews test articles (headline cut, as bench/run's
// tail -n +3) repeated. It reads ../testdata/articles, so it serves tests of
// the packages one level below the repository root.
func Long(tb testing.TB, size int) []byte {
	tb.Helper()
	seed, err := os.ReadFile("../testdata/articles/000_7c48c41d9fa76df0.txt")
	if err != nil {
		tb.Fatal(err)
	}
	files, _ := filepath.Glob("../testdata/articles/20*.txt")
	if len(files) == 0 {
		tb.Fatal("no Wikinews test articles in ../testdata/articles")
	}
	var b strings.Builder
	b.Write(seed)
	b.WriteString("\n\n")
	for b.Len() < size {
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			_, body, _ := strings.Cut(string(src), "\n\n")
			b.WriteString(body)
			b.WriteString("\n\n")
		}
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
