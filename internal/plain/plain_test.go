package plain

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"byline/article"

	"github.com/charmbracelet/x/ansi"
)

func seed(t *testing.T) *article.Article {
	t.Helper()
	src, err := os.ReadFile("../../testdata/articles/000_7c48c41d9fa76df0.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.ParseStructure("seed", src)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func render(t *testing.T, a *article.Article, width int) string {
	t.Helper()
	var b bytes.Buffer
	if err := Render(&b, a, width); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestRenderSeed checks the seed at several widths against golden files in
// testdata/ (go test ./... -update rewrites them) and, beside them, the
// behaviour: no line wider than asked, every paragraph's words in order,
// captions marked before the paragraph their picture stands before.
func TestRenderSeed(t *testing.T) {
	a := seed(t)
	for _, width := range []int{40, 80, 120} {
		t.Run(strconv.Itoa(width), func(t *testing.T) {
			got := render(t, a, width)
			for i, l := range strings.Split(got, "\n") {
				if w := ansi.StringWidth(l); w > width {
					t.Errorf("line %d is %d cells wide, want ≤ %d: %q", i+1, w, width, l)
				}
			}
			// Wrapping may break after a hyphen ("long-\nterm"): compare
			// without white space.
			if noSpace(got) != noSpace(wantWords(a)) {
				t.Errorf("text lost or reordered")
			}
			for _, c := range []string{"[Picture: Defence Secretary John Healey (PA)]", "[Picture: Chief of the Defence Staff Admiral Sir Tony Radakin (Andrew Matthews/PA)]"} {
				if !strings.Contains(noSpace(got), noSpace(c)) {
					t.Errorf("caption %q not marked", c)
				}
			}
			golden := filepath.Join("testdata", "seed-"+strconv.Itoa(width)+".txt")
			if *update {
				os.MkdirAll("testdata", 0o755)
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("output differs from %s (go test ./... -update rewrites it)", golden)
			}
		})
	}
}

// wantWords is the article's text in reading order, unwrapped.
func wantWords(a *article.Article) string {
	parts := []string{a.Headline, a.Standfirst, "By " + a.Authors[0].Name + ", " + a.Authors[0].Role, a.Publication + " · " + a.PublishedText}
	next := 0
	for i, p := range a.Paragraphs {
		for ; next < len(a.Captions) && a.Captions[next].Paragraph <= i; next++ {
			parts = append(parts, "[Picture: "+a.Captions[next].Text+" ("+a.Captions[next].Credit+")]")
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " ")
}

func TestRenderLayout(t *testing.T) {
	a := &article.Article{
		Headline:      "Paris court jails two police in high-profile rape case",
		PublishedText: "Saturday, February 2, 2019",
		Published:     "2019-02-02T00:00:00Z",
		Authors:       []article.Author{{Name: "Caitlin Doherty", Role: "Deputy Political Editor"}, {Name: "Sam Blewett"}},
		Paragraphs:    []string{"One.", "Two."},
		Captions:      []article.Caption{{Text: "Sirhan in 1969", Credit: "CDCR", Paragraph: 1}, {Text: "", Credit: "Nicholas Moreau", Paragraph: 2}, {Text: "Hobbits", Paragraph: 2}},
	}
	want := "Paris court jails two police in high-profile rape case\n\n" +
		"By Caitlin Doherty, Deputy Political Editor and Sam Blewett\nSaturday, February 2, 2019\n\n" +
		"One.\n\n[Picture: Sirhan in 1969 (CDCR)]\n\nTwo.\n\n[Picture: (Nicholas Moreau)]\n\n[Picture: Hobbits]\n"
	if got := render(t, a, 80); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestRenderNoEscapes: even a model built by hand with escape sequences in
// it renders without a single escape or control byte.
func TestRenderNoEscapes(t *testing.T) {
	a := &article.Article{
		Headline:   "Title\x1b]52;c;cm0gLXJmIH4K\x07",
		Paragraphs: []string{"Body\x1b[2J text \u009b31m and \u202eevil"},
		Captions:   []article.Caption{{Text: "pic\x1b[31m", Credit: "PA\x07"}},
	}
	got := render(t, a, 80)
	for _, r := range got {
		if (r < 0x20 && r != '\n') || (r >= 0x7f && r <= 0x9f) || r == '\u202e' {
			t.Fatalf("output holds %U: %q", r, got)
		}
	}
}

// TestRenderLongWord: a word longer than the width is broken, not left to
// overflow, and a narrow width is raised to MinWidth.
func TestRenderLongWord(t *testing.T) {
	a := &article.Article{Headline: "H", Paragraphs: []string{strings.Repeat("x", 1000)}}
	for _, l := range strings.Split(render(t, a, 5), "\n") {
		if len(l) > MinWidth {
			t.Fatalf("line of %d", len(l))
		}
	}
}

func noSpace(s string) string { return strings.Join(strings.Fields(s), "") }
