package e2e

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeLong writes a plain-text article of about size bytes, as bench/run
// makes its articles (the seed, then the Wikinews bodies repeated), ending
// with tail.
func writeLong(t *testing.T, path string, size int, tail string) {
	t.Helper()
	var b bytes.Buffer
	seedText, err := os.ReadFile(filepath.Join("../..", seed))
	if err != nil {
		t.Fatal(err)
	}
	b.Write(seedText)
	b.WriteString("\n\n")
	files, _ := filepath.Glob("../../testdata/articles/20*.txt")
	for b.Len() < size {
		for _, f := range files {
			if b.Len() >= size {
				break // the size holds however many articles testdata has
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			_, body, _ := strings.Cut(string(src), "\n\n")
			b.WriteString(body + "\n\n")
		}
	}
	b.WriteString(tail)
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
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
	tm.keys("q")
	tm.waitText("FIRST-DONE")
	tm.waitFor("the second run at the remembered position", func(s string) bool {
		return strings.Contains(s, "The very last paragraph") && strings.Contains(s, "100%") && !strings.Contains(s, "FIRST-DONE")
	})
	tm.keys("q")
	if got := tm.waitFile("exit.txt"); got != "EXIT=0" {
		t.Errorf("exit %s, want EXIT=0", got)
	}
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
