package article

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

const seedPath = "../testdata/articles/000_7c48c41d9fa76df0.txt"

func readSeed(t testing.TB) []byte {
	t.Helper()
	src, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// TestSeed pins the acceptance expectations of issue 3 for the seed article.
func TestSeed(t *testing.T) {
	a, err := ParseStructure("seed.txt", readSeed(t))
	if err != nil {
		t.Fatal(err)
	}
	checkSeed(t, a)
}

// checkSeed asserts everything issue 3 says the seed must parse to. The
// variant tests reuse it: a CRLF, BOM, wrapped… seed must parse the same.
func checkSeed(t *testing.T, a *Article) {
	t.Helper()
	want := struct{ pub, head, stand, pubText, published string }{
		"Express & Star",
		"Healey to convene next ‘coalition of the willing’ meeting next week",
		"John Healey will host defence ministers in Brussels alongside his French counterpart.",
		"Published", "",
	}
	got := struct{ pub, head, stand, pubText, published string }{a.Publication, a.Headline, a.Standfirst, a.PublishedText, a.Published}
	if got != want {
		t.Errorf("header = %+v\nwant     %+v", got, want)
	}
	if wantA := []Author{{"Caitlin Doherty", "Deputy Political Editor"}}; !reflect.DeepEqual(a.Authors, wantA) {
		t.Errorf("authors = %+v, want %+v", a.Authors, wantA)
	}
	if len(a.Paragraphs) != 19 {
		t.Fatalf("got %d paragraphs, want 19:\n%s", len(a.Paragraphs), strings.Join(a.Paragraphs, "\n"))
	}
	if p := a.Paragraphs[0]; !strings.HasPrefix(p, "The Defence Secretary is set to convene the next meeting of the “coalition of the willing” next week") {
		t.Errorf("first paragraph = %q", p)
	}
	if p := a.Paragraphs[18]; !strings.HasPrefix(p, "Bridget Brink, the US ambassador in Kyiv") || !strings.HasSuffix(p, "This is why the war must end.”") {
		t.Errorf("last paragraph = %q", p)
	}
	if p := a.Paragraphs[2]; p != "He will then chair the Ukraine Defence Contact Group with his opposite number from Germany on Friday." {
		t.Errorf("paragraph 2 (no-break spaces) = %q", p)
	}
	seen := map[string]bool{}
	for i, p := range a.Paragraphs {
		if seen[p] {
			t.Errorf("paragraph %d is a duplicate: %q", i, p)
		}
		seen[p] = true
		for _, bad := range []string{"By contributor", "Sorry, we are not accepting", "(PA)", "Express & Star"} {
			if strings.Contains(p, bad) {
				t.Errorf("paragraph %d holds %q: %q", i, bad, p)
			}
		}
	}
	wantC := []Caption{
		{"Defence Secretary John Healey", "PA", 0},
		{"Chief of the Defence Staff Admiral Sir Tony Radakin", "Andrew Matthews/PA", 4},
	}
	if !reflect.DeepEqual(a.Captions, wantC) {
		t.Errorf("captions = %+v, want %+v", a.Captions, wantC)
	}
	if a.People == nil || a.Quotes == nil || len(a.People) != 0 || len(a.Quotes) != 0 {
		t.Errorf("ParseStructure must leave People and Quotes empty and non-nil: %v %v", a.People, a.Quotes)
	}
	if a.Format != "text" {
		t.Errorf("format = %q, want text", a.Format)
	}
}
