package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"byline/internal/testtext"
)

// writeLong writes a plain-text article of about size bytes, as bench/run
// makes its articles (testtext.LongAt), ending with tail.
func writeLong(t *testing.T, path string, size int, tail string) {
	t.Helper()
	src := append(testtext.LongAt(t, "../..", size), tail...)
	if err := os.WriteFile(path, src, 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestLongFile: a 2 MB file opens on its head (the whole file is parsed
// behind it); G then reaches the whole file's last paragraph, the analysis
// fills the panes, and the position is remembered for the whole file.
func TestLongFile(t *testing.T) {
	dir := build(t)
	writeLong(t, filepath.Join(dir, "long.txt"), 2<<20, "The very last paragraph of the long file ends here.\n")
	tm := start(t, dir, 120, 40, "sh -c './byline long.txt; echo FIRST-DONE; sleep 0.5; ./byline long.txt; echo EXIT=$? > exit.txt'")
	tm.waitText("coalition of the willing")
	tm.keys("G")
	tm.waitFor("the whole file's end", func(s string) bool {
		return strings.Contains(s, "The very last paragraph of the long file ends here.") && strings.Contains(s, "100%")
	})
	tm.waitFor("the analysis", func(s string) bool { return !strings.Contains(s, "analysing") })
	tm.reopen("The very last paragraph")
}

// TestLongFileError: a long file whose head is text but whose whole is not
// an article (a tail of control bytes, over a tenth of the file) is shown
// from its head, then the reader ends with the parse's one-line error and
// exit status 1, as when the error comes before the screen.
func TestLongFileError(t *testing.T) {
	dir := build(t)
	writeLong(t, filepath.Join(dir, "long.txt"), 200<<10, strings.Repeat("\x01", 100<<10))
	tm := start(t, dir, 100, 30, "sh -c './byline long.txt 2>err.txt; echo EXIT=$? > exit.txt'")
	if got := tm.waitFile("exit.txt"); got != "EXIT=1" {
		t.Errorf("exit %s, want EXIT=1", got)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "err.txt"))
	if !strings.Contains(string(b), "not a text article (binary data") || strings.Count(string(b), "\n") != 1 {
		t.Errorf("stderr = %q", b)
	}
}
