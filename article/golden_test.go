package article

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestGolden compares the --json output (Parse, then WriteJSON) of every test
// article with its golden file in testdata/golden/; `go test ./... -update`
// rewrites them. Source is the path as given from the repository root, so a
// golden file is byte for byte what `byline --json testdata/articles/X.txt`
// prints. Beside the golden comparison, each Wikinews article is checked for
// behaviour: the headline is its first line, the dateline's date is the one
// in SOURCES.tsv, and every other line is a paragraph or a caption.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(files) < 11 {
		t.Fatalf("want the seed and at least 10 Wikinews articles, got %d (%v)", len(files), err)
	}
	dates := sourceDates(t)
	for _, f := range files {
		name := strings.TrimPrefix(f, "../")
		base := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(base, func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(name, src)
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := WriteJSON(&got, a); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("..", "testdata", "golden", base+".json")
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./... -update)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("--json output differs from %s (go test ./... -update rewrites it):\n%s", golden, firstDiff(got.String(), string(want)))
			}
			if date, ok := dates[filepath.Base(f)]; ok {
				checkWikinews(t, src, a, date, brokenLines[filepath.Base(f)])
			}
		})
	}
}

// brokenLines counts, per Wikinews article, the source lines that break a
// sentence in the middle ("…her parents were from foreign" / "countries and
// not US citizens…"): the parser rightly joins each to the line before, so
// the article has that many fewer paragraphs than non-blank lines.
var brokenLines = map[string]int{
	"2020-on-the-campaign-trail-in-the-usa-august-2020.txt":     1,
	"2020-astronomer-anthony-boccaletti-discusses-observat.txt": 3,
	// interview transcripts broken mid-sentence ("… Do you mean the
	// developer, do you mean" / "a user?")
	"2020-wikinews-discusses-drm-and-dmca-with-richard-sta.txt": 5,
	"2020-zara-kay-tells-wikinews-about-her-non-profit-org.txt": 3,
}

// checkWikinews asserts what every Wikinews test article must parse to: one
// paragraph or caption per non-blank line after the headline (less the
// published line and the broken lines).
func checkWikinews(t *testing.T, src []byte, a *Article, date string, broken int) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(string(src)), "\n")
	if a.Headline != strings.TrimSpace(lines[0]) {
		t.Errorf("headline %q, want the first line %q", a.Headline, lines[0])
	}
	nonblank := 0
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			nonblank++
		}
	}
	want := nonblank - 1 - broken
	if a.Published != "" {
		want--
		if !strings.HasPrefix(a.Published, date) {
			t.Errorf("published %q, SOURCES.tsv says %s", a.Published, date)
		}
	}
	if got := len(a.Paragraphs) + len(a.Captions); got != want {
		t.Errorf("%d paragraphs and %d captions, want %d lines in all", len(a.Paragraphs), len(a.Captions), want)
	}
	if a.Publication != "" || a.Standfirst != "" || len(a.Authors) != 0 {
		t.Errorf("Wikinews has no publication line, standfirst or byline: %q %q %v", a.Publication, a.Standfirst, a.Authors)
	}
}

// sourceDates reads file → date from testdata/articles/SOURCES.tsv.
func sourceDates(t *testing.T) map[string]string {
	f, err := os.Open("../testdata/articles/SOURCES.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) == 3 && fields[0] != "file" {
			m[fields[0]] = fields[2]
		}
	}
	return m
}

// firstDiff shows the first differing line of two texts.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return ""
}
