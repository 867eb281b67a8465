package library

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"byline/article"
)

const seed = "../../testdata/articles/000_7c48c41d9fa76df0.txt"

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func paths(root string, es []Entry) []string {
	var out []string
	for _, e := range es {
		rel, _ := filepath.Rel(root, e.Path)
		out = append(out, rel)
	}
	return out
}

// TestScanSymlinkLoop: a folder holding a link to its parent (and one to
// itself) is walked once; the walk ends, and each file is listed once per
// path that reaches it before the loop closes.
func TestScanSymlinkLoop(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, "a.txt"), "Headline\n\nBody.\n")
	write(t, filepath.Join(root, "sub", "b.md"), "# Title\n\nBody.\n")
	if err := os.Symlink("..", filepath.Join(root, "sub", "up")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if err := os.Symlink(".", filepath.Join(root, "self")); err != nil {
		t.Fatal(err)
	}
	es, err := Scan(root)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := paths(root, es), []string{"a.txt", "sub/b.md"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Scan = %q, want %q", got, want)
	}
}

// TestScanChoosesArticles: known extensions in any case and sniffed files
// without extension are candidates; other extensions and hidden names are
// not; a broken link with an article's name is listed with its error.
func TestScanChoosesArticles(t *testing.T) {
	root := t.TempDir()
	for _, n := range []string{"a.TXT", "b.html", "c.htm", "d.md", "e.markdown", "noext", "f.json", "g.tsv", ".hidden.txt", ".git/h.txt"} {
		write(t, filepath.Join(root, n), "Headline\n\nBody.\n")
	}
	if err := os.Symlink("missing.txt", filepath.Join(root, "broken.txt")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	es, err := Scan(root)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"a.TXT", "b.html", "broken.txt", "c.htm", "d.md", "e.markdown", "noext"}
	if got := paths(root, es); !reflect.DeepEqual(got, want) {
		t.Errorf("Scan = %q, want %q", got, want)
	}
	for _, e := range es {
		if strings.HasSuffix(e.Path, "broken.txt") && !strings.Contains(e.Err, "no such file") {
			t.Errorf("broken link error = %q", e.Err)
		}
	}
}

// TestLoadAllKeepsErrors: a file that fails to parse and a binary file
// without extension; the first is listed with its one-line error, the
// second is skipped, the good one parses — all in the order given.
func TestLoadAllKeepsErrors(t *testing.T) {
	root := t.TempDir()
	b, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(root, "1-seed.txt"), string(b))
	write(t, filepath.Join(root, "2-empty.txt"), "")
	write(t, filepath.Join(root, "3-binary"), "\x89PNG\r\n\x1a\n\x00\x00\x00")
	es, err := Scan(root)
	if err != nil {
		t.Fatal(err)
	}
	es = LoadAll(es, runtime.NumCPU())
	if len(es) != 3 {
		t.Fatalf("got %d entries", len(es))
	}
	if es[0].Article == nil || es[0].Err != "" || es[0].Article.Headline == "" || !es[0].Analysed {
		t.Errorf("seed: %+v", es[0])
	}
	if es[1].Article != nil || !strings.Contains(es[1].Err, "empty") || strings.Contains(es[1].Err, "\n") {
		t.Errorf("empty file: %+v", es[1])
	}
	if !es[2].Skip {
		t.Errorf("binary without extension not skipped: %+v", es[2])
	}
}

func entry(quotes ...article.Quote) Entry {
	return Entry{Article: &article.Article{Quotes: quotes}}
}

func q(speaker, typ string) article.Quote {
	return article.Quote{Speaker: speaker, SpeakerType: typ, Kind: article.KindSpeech, Text: "x"}
}

// TestSpeakersMerge: honorifics, case, punctuation and a lone surname fold
// into one speaker; two full names with one surname stay apart, and a lone
// surname shared by them is not guessed.
func TestSpeakersMerge(t *testing.T) {
	es := []Entry{
		entry(q("Mr Healey", "person"), q("John Healey", "person")),
		entry(q("JOHN HEALEY", "person"), q("Dr. John A. Healey", "person"), q("Number 10", "organisation")),
		entry(q("Jane Smith", "person"), q("Tom Smith", "person"), q("Smith", "person")),
		{Err: "broken"},
		entry(q("number 10", "organisation"), q("Sir Keir Starmer", "person"), q("Starmer", "person")),
	}
	got := map[string]int{}
	for _, s := range Speakers(es) {
		got[s.Name] = len(s.Quotes)
	}
	want := map[string]int{"Dr. John A. Healey": 4, "Number 10": 2, "Sir Keir Starmer": 2,
		"Jane Smith": 1, "Tom Smith": 1, "Smith": 1}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Speakers = %v, want %v", got, want)
	}
	if sp := Speakers(es); sp[0].Name != "Dr. John A. Healey" || sp[0].Quotes[0] != (Ref{0, 0}) {
		t.Errorf("first speaker = %+v", sp[0])
	}
}

func TestNameTokens(t *testing.T) {
	for in, want := range map[string]string{
		"Mr. John O’Brien Jr":     "john obrien",
		"Zelénsky":                "zelensky",
		"Mr":                      "mr",
		"The Ministry of Defence": "ministry of defence",
	} {
		if got := strings.Join(nameTokens(in), " "); got != want {
			t.Errorf("nameTokens(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRunTwoPasses: every article comes first with its structure (not
// final), then analysed (final); a failed file comes once, final; and the
// analysis does not change the structure's Article value.
func TestRunTwoPasses(t *testing.T) {
	root := t.TempDir()
	b, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(root, "a.txt"), string(b))
	write(t, filepath.Join(root, "b.txt"), string(b))
	write(t, filepath.Join(root, "c.txt"), "")
	es, _ := Scan(root)
	ch := make(chan Result)
	go Run(context.Background(), es, 2, ch)
	seen := map[int][]Result{}
	for r := range ch {
		seen[r.Index] = append(seen[r.Index], r)
	}
	for i := 0; i < 2; i++ {
		rs := seen[i]
		if len(rs) != 2 || rs[0].Final || !rs[1].Final || rs[0].Entry.Analysed || !rs[1].Entry.Analysed {
			t.Fatalf("entry %d: %+v", i, rs)
		}
		if rs[0].Entry.Article == rs[1].Entry.Article {
			t.Error("the analysis changed the structure's Article in place")
		}
	}
	if rs := seen[2]; len(rs) != 1 || !rs[0].Final || rs[0].Entry.Err == "" {
		t.Errorf("failed file: %+v", rs)
	}
}

// TestWriteListFields: whatever a file name or a headline holds, each
// article is one line of five tab-separated, terminal-safe fields.
func TestWriteListFields(t *testing.T) {
	entries := []Entry{
		{Path: "a\tb\nc.txt", Article: &article.Article{Headline: "Head\tline\n\x1b[2Jhere", Published: "2025-04-12T10:31:00Z",
			Quotes: []article.Quote{{Kind: article.KindSpeech}, {Kind: article.KindTerm}}}},
		{Path: "bad\r\n.txt", Err: "bad\r\n.txt: permission\tdenied"},
		{Path: "skipped.bin", Skip: true},
	}
	var b strings.Builder
	if err := WriteList(&b, entries, "name"); err != nil {
		t.Fatal(err)
	}
	want := "a b c.txt\t2025-04-12\t1\t-\tHead line [2Jhere\n" +
		"bad .txt\t-\t-\terror\tbad .txt: permission denied\n"
	if got := b.String(); got != want {
		t.Errorf("WriteList =\n%q\nwant\n%q", got, want)
	}
}
