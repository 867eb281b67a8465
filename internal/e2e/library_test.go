package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// libFiles are the articles of the test library: the seed, four Wikinews
// articles (one in a subfolder) and an empty file that fails.
var libFiles = map[string]string{
	"lib/seed.txt":       seed,
	"lib/imus.txt":       "testdata/articles/2019-radio-host-don-imus-dies-aged-79.txt",
	"lib/leonov.txt":     "testdata/articles/2019-cosmonaut-alexei-leonov-dies-at-age-85.txt",
	"lib/2019/tory.txt":  "testdata/articles/2019-conservative-party-wins-majority-in-2019-uk-gene.txt",
	"lib/2019/water.txt": "testdata/articles/2019-astronomers-find-water-vapour-in-atmosphere-of-e.txt",
}

func makeLibrary(t *testing.T, dir string) {
	t.Helper()
	for dst, src := range libFiles {
		b, err := os.ReadFile(filepath.Join("../..", src))
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, dst)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "lib", "empty.txt"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	_ = os.Symlink("..", filepath.Join(dir, "lib", "2019", "up")) // a loop: must not hang
}

// TestLibraryFlow: `byline lib` lists the folder, `/imus` narrows it, Enter
// reads, Esc comes back to the filtered list, Esc clears the filter, `S`
// lists the speakers across the library (Enter on one, Enter on a quote
// opens its article), and q quits with status 0.
func TestLibraryFlow(t *testing.T) {
	dir := build(t)
	makeLibrary(t, dir)
	tm := start(t, dir, 110, 30, "sh -c './byline lib; echo EXIT=$? > exit.txt'")
	tm.waitText("6 articles")
	// The list appears at once and fills in: wait until every file is read.
	tm.waitText("✗ lib/empty.txt")
	s := tm.waitFor("every row filled in", func(s string) bool { return !strings.Contains(s, "loading…") })
	for _, want := range []string{"Radio host Don Imus dies aged 79", "2019-12-30", "✗ lib/empty.txt", "Healey to convene"} {
		if !strings.Contains(s, want) {
			t.Errorf("list lacks %q:\n%s", want, s)
		}
	}
	// Newest first: Imus (30 December) above the election (16 December).
	if strings.Index(s, "Don Imus") > strings.Index(s, "Conservative Party wins") {
		t.Errorf("not newest first:\n%s", s)
	}

	tm.keys("/")
	tm.text("imus")
	s = tm.waitText("1/6 articles")
	if strings.Contains(s, "Conservative Party") {
		t.Errorf("the filter kept other articles:\n%s", s)
	}
	tm.keys("Enter")
	tm.waitText("known to fans as the I-Man")
	tm.waitText("imus.txt")
	tm.keys("Escape")
	s = tm.waitText("1/6 articles")
	if !strings.Contains(s, "/imus") {
		t.Errorf("the filter is gone after reading:\n%s", s)
	}
	tm.keys("Escape")
	tm.waitText("lib · 6 articles · by date")

	tm.keys("S")
	tm.waitText("Speakers across the library")
	tm.waitFor("a speaker with a quote count", func(s string) bool {
		return regexp.MustCompile(`› .+  \d+ quotes?`).MatchString(s)
	})
	tm.keys("Enter")
	s = tm.waitText(" — ")
	// The first quote's opening words, to find in the article.
	m := regexp.MustCompile(`(?m)^  “(\S+ \S+ \S+)`).FindStringSubmatch(s)
	if m == nil {
		t.Fatalf("no quote listed:\n%s", s)
	}
	tm.keys("Enter")
	s = tm.waitText("¶ ")
	if strings.Contains(s, " — ") || !strings.Contains(strings.Join(strings.Fields(s), " "), m[1]) {
		t.Errorf("the article is not open at the quote %q:\n%s", m[1], s)
	}
	tm.keys("q") // back to the speaker's quotes
	tm.waitText(" — ")
	tm.keys("Escape")
	tm.waitText("Speakers across the library")
	tm.keys("Escape")
	tm.waitText("lib · 6 articles · by date")
	tm.keys("q")
	if got := tm.waitFile("exit.txt"); got != "EXIT=0" {
		t.Errorf("byline exited with %s", got)
	}
}

// TestStdinReader: `cat FILE | byline` opens the reader on the pipe and
// takes keys from the terminal.
func TestStdinReader(t *testing.T) {
	dir := build(t)
	copySeed(t, dir)
	tm := start(t, dir, 100, 30, "sh -c 'cat seed.txt | ./byline; echo EXIT=$? > exit.txt'")
	tm.waitText("coalition of the willing")
	s := tm.waitText("? help")
	if !strings.Contains(s, " -  ¶ ") {
		t.Errorf("status line does not name standard input:\n%s", s)
	}
	tm.keys("G")
	tm.waitText("100%")
	tm.keys("q")
	if got := tm.waitFile("exit.txt"); got != "EXIT=0" {
		t.Errorf("byline exited with %s", got)
	}
}

// TestStdinNoTTY: with no controlling terminal to read keys from (setsid),
// a piped article prints as plain text with a note, and exits 0.
func TestStdinNoTTY(t *testing.T) {
	dir := build(t)
	copySeed(t, dir)
	// setsid -w: a new session without a controlling terminal, stdout
	// still the tmux pane (so byline would open the reader), and its status.
	tm := start(t, dir, 100, 30, "sh -c 'cat seed.txt | setsid -w ./byline 2>err.txt; echo EXIT=$? > exit.txt; sleep 5'")
	if got := tm.waitFile("exit.txt"); got != "EXIT=0" {
		t.Errorf("exit %s", got)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "err.txt")); !strings.Contains(string(b), "no terminal to read keys from") {
		t.Errorf("stderr %q", b)
	}
	if s := tm.screen(); !strings.Contains(s, "This is why the war must end") {
		t.Errorf("the article's end is not on screen:\n%s", s)
	}
}

// TestNoFile: no FILE with the terminal on standard input is a usage error.
func TestNoFile(t *testing.T) {
	dir := build(t)
	tm := start(t, dir, 100, 30, "sh -c './byline 2>err.txt; echo EXIT=$? > exit.txt'")
	if got := tm.waitFile("exit.txt"); got != "EXIT=2" {
		t.Errorf("exit %s, want EXIT=2", got)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "err.txt")); !strings.Contains(string(b), "missing FILE") {
		t.Errorf("stderr %q", b)
	}
}

// mdFixture is a Markdown test article (the seed clipped to Markdown, with
// links).
const mdFixture = "testdata/markdown/01_front_matter.md"

// TestMarkdownReader: a Markdown article opens rendered (the link's URL
// shown after its text, no Markdown syntax); a search shows the matched
// block as plain text with the counter, and Esc renders it again.
func TestMarkdownReader(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("../..", mdFixture))
	if err != nil {
		t.Fatal(err)
	}
	dir := build(t)
	if err := os.WriteFile(filepath.Join(dir, "notes.md"), b, 0o600); err != nil {
		t.Fatal(err)
	}
	tm := start(t, dir, 100, 40, "sh -c './byline notes.md; echo EXIT=$? > exit.txt'")
	s := tm.waitText("https://www.gov.uk/government/organisations/ministry-of-defence")
	for _, gone := range []string{"](http", "**Germany**", "*Volodymyr"} {
		if strings.Contains(s, gone) {
			t.Errorf("Markdown syntax %q on screen:\n%s", gone, s)
		}
	}
	tm.keys("/")
	tm.text("Ministry of Defence")
	tm.keys("Enter")
	tm.waitFor("the match in the plain block", func(s string) bool {
		return regexp.MustCompile(`/Ministry of Defence 1/\d`).MatchString(s) &&
			!strings.Contains(s, "https://www.gov.uk/government/organisations/ministry-of-defence")
	})
	tm.keys("Escape")
	tm.waitText("https://www.gov.uk/government/organisations/ministry-of-defence")
	tm.keys("q")
	if got := tm.waitFile("exit.txt"); got != "EXIT=0" {
		t.Errorf("byline exited with %s", got)
	}
}
