package article

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"byline/internal/testtext"
)

// benchCase is one named benchmark input.
type benchCase struct {
	name string
	src  []byte
}

// benchInputs builds the benchmark inputs: the seed, the seed and the test
// articles repeated to 1 MB and 10 MB, 100,000 quote marks in one paragraph,
// one 5 MB paragraph of real sentences without a blank line, and the
// quote-dense shapes of TestHostileGenerated (hostile_test.go): 100,000
// short quoted paragraphs, 100,000 marks of 13 kinds mixed, and 100,000
// paragraphs each opening a quote that never closes. Issue #4's budget: the
// first three ≥ 20 MB/s and flat; the others no slower per byte than 10MB.
func benchInputs(b *testing.B) []benchCase {
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
	var paras strings.Builder
	paras.WriteString("Paragraphs\n\n")
	for i := range 100_000 {
		fmt.Fprintf(&paras, "Paragraph %d: he said “yes”.\n\n", i)
	}
	var mixed strings.Builder
	mixed.WriteString("Mixed marks\n\n")
	testtext.MixedMarks(&mixed, 100_000)
	return []benchCase{
		{"seed", seed},
		{"1MB", grow(1 << 20)},
		{"10MB", grow(10 << 20)},
		{"100kMarks", []byte(marks)},
		{"5MBParagraph", []byte(one.String())},
		{"100kParagraphs", []byte(paras.String())},
		{"100kMarksMixed", []byte(mixed.String())},
		{"100kOpenParagraphs", []byte("Open quotes\n\n" + strings.Repeat("“We will\n\n", 100_000))},
	}
}

// BenchmarkParseAll measures the whole pipeline, structure and attribution
// (BenchmarkParse in bench_test.go measures the structure alone).
func BenchmarkParseAll(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(in.name, in.src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAttribute measures attribution alone, on a parsed article.
func BenchmarkAttribute(b *testing.B) {
	for _, in := range benchInputs(b) {
		a, err := ParseStructure(in.name, in.src)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.src)))
			b.ReportAllocs()
			for b.Loop() {
				Attribute(a)
			}
		})
	}
}
