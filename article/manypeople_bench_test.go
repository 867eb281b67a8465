package article

import (
	"fmt"
	"strings"
	"testing"
)

// manyPeople is an article naming n different people in full, each then
// mentioned again by a lone word that is no one's surname (the first name):
// the shape that made people.lookup loop over every person per mention.
func manyPeople(n int) []byte {
	firsts := []string{"Alice", "Bridget", "Carlos", "Dmitri", "Elena", "Farah", "Gustav", "Hiroshi", "Ingrid", "Jamal"}
	syll := []string{"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po"}
	var b strings.Builder
	b.WriteString("Many people\n\n")
	for i := range n {
		sur := strings.ToUpper(syll[i%10][:1]) + syll[i%10][1:] + syll[i/10%10] + syll[i/100%10] + syll[i/1000%10] + "nen"
		f := firsts[(i*7)%len(firsts)]
		fmt.Fprintf(&b, "Minister %s %s said \"we will act\" on Monday. Later %s spoke again.\n\n", f, sur, f)
	}
	return []byte(b.String())
}

// BenchmarkManyPeople measures attribution on articles naming 1,000 to
// 8,000 people: the time per byte must not grow with the number of people.
func BenchmarkManyPeople(b *testing.B) {
	for _, n := range []int{1000, 2000, 4000, 8000} {
		src := manyPeople(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := Parse("many.txt", src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
