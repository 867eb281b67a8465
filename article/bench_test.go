package article

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpus is every test article, concatenated with blank lines between.
func corpus(b *testing.B) []byte {
	b.Helper()
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatal("no test articles")
	}
	var all bytes.Buffer
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		all.Write(src)
		all.WriteString("\n\n")
	}
	return all.Bytes()
}

// repeatTo repeats src until it is size bytes long.
func repeatTo(src []byte, size int) []byte {
	out := bytes.Repeat(src, size/len(src)+1)
	return out[:size]
}

// BenchmarkParse measures the structural parse (ParseStructure: decode,
// split, header, body; attribution is benchmarked on its own) on the seed and
// on 1 MB and 10 MB inputs built by repeating the real test articles, plus the
// shapes that would expose quadratic work: one 5 MB line without a space,
// 100,000 short paragraphs, a hard-wrapped article and a Windows-1252 one.
// Goal: ≥ 50 MB/s, flat from 1 MB to 10 MB.
//
//	go test ./article -run '^$' -bench BenchmarkParse -benchtime 5x
func BenchmarkParse(b *testing.B) {
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		b.Fatal(err)
	}
	all := corpus(b)
	inputs := []struct {
		name string
		src  []byte
	}{
		{"seed", seed},
		{"1MB", repeatTo(all, 1<<20)},
		{"10MB", repeatTo(all, 10<<20)},
		{"5MB-one-line", []byte("Headline\n\n" + strings.Repeat("x", 5<<20))},
		{"100k-paragraphs", []byte("Headline\n\n" + strings.Repeat("A short paragraph.\n\n", 100000))},
		{"1MB-no-blank-lines", repeatTo([]byte(strings.ReplaceAll(wrap72(string(all)), "\n\n", "\n")), 1<<20)},
		{"1MB-wrapped-CRLF", repeatTo([]byte(crlf(wrap72(string(all)))), 1<<20)},
		{"1MB-windows-1252", repeatTo(bytes.ReplaceAll(all, []byte("’"), []byte{0x92}), 1<<20)},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ParseStructure("bench", in.src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
