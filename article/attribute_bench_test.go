package article

import (
	"os"
	"strings"
	"testing"
)

// benchInputs builds the benchmark inputs: the seed, the seed and the test
// articles repeated to 1 MB and 10 MB, 100,000 quote marks in one paragraph,
// and one 5 MB paragraph of real sentences without a blank line.
func benchInputs(b *testing.B) map[string][]byte {
	b.Helper()
	seed, err := os.ReadFile("../testdata/articles/000_7c48c41d9fa76df0.txt")
	if err != nil {
		b.Fatal(err)
	}
	var corpus strings.Builder
	corpus.Write(seed)
	for _, n := range []string{"2019-us-president-trump-announces-troop-withdrawal-fr.txt",
		"2019-radio-host-don-imus-dies-aged-79.txt", "2020-face-coverings-to-be-mandatory-on-public-transpo.txt"} {
		if t, err := os.ReadFile("../testdata/articles/" + n); err == nil {
			corpus.WriteString("\n\n")
			corpus.Write(t)
		}
	}
	body := corpus.String()
	grow := func(n int) []byte {
		var s strings.Builder
		s.WriteString("Headline ‘coalition of the willing’\n\n")
		for s.Len() < n {
			s.WriteString(body)
			s.WriteString("\n\n")
		}
		return []byte(s.String())
	}
	para := strings.Join(strings.Fields(body), " ")
	var one strings.Builder
	one.WriteString("One paragraph\n\n")
	for one.Len() < 5<<20 {
		one.WriteString(para)
		one.WriteByte(' ')
	}
	marks := "Marks\n\n" + strings.Repeat("“a ‘b’ ” said Mr Healey ", 100000/4)
	return map[string][]byte{
		"seed":         seed,
		"1MB":          grow(1 << 20),
		"10MB":         grow(10 << 20),
		"100kMarks":    []byte(marks),
		"5MBParagraph": []byte(one.String()),
	}
}

// BenchmarkParseAll measures the whole pipeline, structure and attribution
// (BenchmarkParse in bench_test.go measures the structure alone).
func BenchmarkParseAll(b *testing.B) {
	in := benchInputs(b)
	for _, name := range []string{"seed", "1MB", "10MB", "100kMarks", "5MBParagraph"} {
		src := in[name]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := Parse(name, src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAttribute measures attribution alone, on a parsed article.
func BenchmarkAttribute(b *testing.B) {
	in := benchInputs(b)
	for _, name := range []string{"seed", "1MB", "10MB", "100kMarks", "5MBParagraph"} {
		a, err := ParseStructure(name, in[name])
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(in[name])))
			for b.Loop() {
				Attribute(a)
			}
		})
	}
}
