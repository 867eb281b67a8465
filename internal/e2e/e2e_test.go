// Package e2e drives the built byline binary in a real terminal (tmux) the
// way a person would, and reads the screen back.
package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

const seed = "testdata/articles/000_7c48c41d9fa76df0.txt"

// term is one tmux server running one session.
type term struct {
	t      *testing.T
	socket string
	dir    string
}

// build compiles byline into a temporary directory.
func build(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		skipOutsideCI(t, "tmux is not installed: the end-to-end test needs it (CI installs it)")
	}
	touchSources(t)
	dir := t.TempDir()
	bin := filepath.Join(dir, "byline")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Dir = "../.."
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return dir
}

// skipOutsideCI skips the test, except under CI (CI set, as .ci/run sets
// it), where a skipped end-to-end test would let a broken reader pass: there
// it fails.
func skipOutsideCI(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatal("CI: " + why)
	}
	t.Skip(why)
}

// touchSources reads the module's Go sources so that go test's cache,
// which records the files a test opens, reruns this test when the program
// changes (the go build subprocess's reads are not recorded).
func touchSources(t *testing.T) {
	_ = filepath.WalkDir("../..", func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if strings.HasSuffix(p, ".go") || d.Name() == "go.mod" || d.Name() == "go.sum" {
			_, _ = os.ReadFile(p)
		}
		return nil
	})
}

// start runs shell command line in a w×h tmux session in dir.
func start(t *testing.T, dir string, w, h int, line string) *term {
	t.Helper()
	// The server's socket lives in a temporary directory of its own, so the
	// test never touches the user's tmux and leaves nothing behind.
	sockDir, err := os.MkdirTemp("", "byline-e2e")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(sockDir) })
	tm := &term{t: t, socket: filepath.Join(sockDir, "tmux"), dir: dir}
	cmd := exec.Command("tmux", "-S", tm.socket, "-f", "/dev/null", "new-session", "-d", "-s", "e2e",
		"-x", fmt.Sprint(w), "-y", fmt.Sprint(h), "-c", dir, line)
	cmd.Env = append(os.Environ(), "XDG_STATE_HOME="+filepath.Join(dir, "state"), "TERM=xterm-256color")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("tmux new-session: %v\n%s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("tmux", "-S", tm.socket, "kill-server").Run() })
	return tm
}

func (tm *term) tmux(args ...string) string {
	out, _ := exec.Command("tmux", append([]string{"-S", tm.socket}, args...)...).CombinedOutput()
	return string(out)
}

// keys sends tmux key names ("Enter", "Escape") or literal text (-l).
func (tm *term) keys(k ...string) { tm.tmux(append([]string{"send-keys", "-t", "e2e"}, k...)...) }
func (tm *term) text(s string)    { tm.tmux("send-keys", "-t", "e2e", "-l", s) }
func (tm *term) screen() string   { return tm.tmux("capture-pane", "-p", "-t", "e2e") }

// waitFor polls the screen until ok holds, failing after a deadline.
func (tm *term) waitFor(what string, ok func(string) bool) string {
	tm.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		s := tm.screen()
		if ok(s) {
			tm.t.Logf("%s: on screen after %v", what, time.Since(deadline.Add(-10*time.Second)).Round(time.Millisecond))
			return s
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("timed out waiting for %s; screen:\n%s", what, s)
		}
		time.Sleep(40 * time.Millisecond)
	}
}

func (tm *term) waitText(s string) string {
	tm.t.Helper()
	return tm.waitFor(fmt.Sprintf("%q", s), func(sc string) bool { return strings.Contains(sc, s) })
}

// waitFile waits for the file the shell writes when byline exits.
func (tm *term) waitFile(name string) string {
	tm.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if b, err := os.ReadFile(filepath.Join(tm.dir, name)); err == nil && strings.HasSuffix(string(b), "\n") {
			return strings.TrimSpace(string(b))
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("byline did not exit; screen:\n%s", tm.screen())
		}
		time.Sleep(40 * time.Millisecond)
	}
}

func copySeed(t *testing.T, dir string) {
	b, err := os.ReadFile(filepath.Join("../..", seed))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "seed.txt"), b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestSeedFlow is the flow at 120×40: open the seed, `1`, `s`, type
// `Zel`, Enter (only Zelensky's quotes), Enter on a quote (the article
// scrolls to it), resize to 60×20 and back, `/Kyiv` Enter with the counter,
// `q` with exit status 0.
func TestSeedFlow(t *testing.T) {
	dir := build(t)
	copySeed(t, dir)
	tm := start(t, dir, 120, 40, "sh -c './byline seed.txt; echo EXIT=$? > exit.txt'")
	tm.waitText("coalition of the willing")
	tm.waitText("? help")

	tm.keys("1")
	s := tm.waitText("— John Healey")
	if !strings.Contains(s, "▸ 1 Quotes") {
		t.Errorf("`1` did not open and focus the Quotes tab:\n%s", s)
	}
	tm.keys("s")
	tm.waitText("speaker:")
	tm.text("Zel")
	tm.waitFor("the picker narrowed to Zelensky", func(s string) bool {
		return strings.Contains(s, "Volodymyr Zelensky") && !strings.Contains(s, "John Healey  1 quote")
	})
	tm.keys("Enter")
	s = tm.waitText("speaker: Volodymyr Zelensky")
	for _, other := range []string{"— John Healey", "— Bridget Brink", "— Number 10"} {
		if strings.Contains(s, other) {
			t.Errorf("the filtered list shows %q:\n%s", other, s)
		}
	}
	if !strings.Contains(s, "— Volodymyr Zelensky") {
		t.Errorf("the filtered list shows none of Zelensky's quotes:\n%s", s)
	}
	if strings.Contains(s, "Mr Zelensky has said he is") {
		t.Fatal("the quote's paragraph is on screen before the jump; the test proves nothing")
	}
	tm.keys("Enter")
	// The first of his quotes is in "Mr Zelensky has said he is
	// “grateful to all the countries” …": the text, not the list.
	tm.waitText("Mr Zelensky has said he is")

	// Resize keeps the paragraph at the top at the top: the top line after
	// a resize is the line that holds the first word of the top line before.
	before := topLine(tm.screen())
	tm.tmux("resize-window", "-t", "e2e", "-x", "60", "-y", "20")
	s = tm.waitFor("the 60×20 layout", func(s string) bool {
		lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
		return len(lines) <= 20 && strings.Contains(s, "? help") && maxWidth(lines) <= 60
	})
	if first := strings.Fields(before); len(first) > 0 && !strings.Contains(topLine(s), first[0]) {
		t.Errorf("at 60×20 the top line %q does not hold %q, the first word of the top line before", topLine(s), first[0])
	}
	tm.tmux("resize-window", "-t", "e2e", "-x", "120", "-y", "40")
	s = tm.waitFor("the 120×40 layout", func(s string) bool {
		return maxWidth(strings.Split(s, "\n")) > 100 && strings.Contains(s, "? help")
	})
	if topLine(s) != before {
		t.Errorf("back at 120×40 the top line is %q, want %q", topLine(s), before)
	}
	if !strings.Contains(s, "Mr Zelensky has said he is") {
		t.Errorf("back at 120×40 the quote's paragraph is gone:\n%s", s)
	}

	tm.keys("/")
	tm.text("Kyiv")
	tm.keys("Enter")
	tm.waitFor("the match counter", func(s string) bool {
		return regexp.MustCompile(`/Kyiv [1-3]/3`).MatchString(s)
	})

	tm.keys("q")
	if got := tm.waitFile("exit.txt"); got != "EXIT=0" {
		t.Errorf("byline exited with %s", got)
	}
}

// TestUnknownSpeaker: --speaker with a name that matches nobody fails before
// the screen is taken, with exit status 1 and the known speakers on stderr.
func TestUnknownSpeaker(t *testing.T) {
	dir := build(t)
	copySeed(t, dir)
	tm := start(t, dir, 100, 20, "sh -c './byline --speaker Nobody seed.txt 2>err.txt; echo EXIT=$? > exit.txt'")
	if got := tm.waitFile("exit.txt"); got != "EXIT=1" {
		t.Errorf("exit %s, want EXIT=1", got)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "err.txt"))
	if !strings.Contains(string(b), `no speaker matches "Nobody"; known speakers:`) || strings.Count(string(b), "\n") != 1 {
		t.Errorf("stderr = %q", b)
	}
}

// reopen quits a first run left at the end (started as "sh -c './byline F;
// echo FIRST-DONE; sleep 0.5; ./byline F; echo EXIT=$? > exit.txt'") and
// checks that the second run opens at the remembered end, showing last,
// and exits 0.
func (tm *term) reopen(last string) {
	tm.t.Helper()
	tm.keys("q")
	tm.waitText("FIRST-DONE")
	tm.waitFor("the second run at the remembered position", func(s string) bool {
		return strings.Contains(s, "100%") && strings.Contains(s, last) && !strings.Contains(s, "FIRST-DONE")
	})
	tm.keys("q")
	if got := tm.waitFile("exit.txt"); got != "EXIT=0" {
		tm.t.Errorf("second run: %s, want EXIT=0", got)
	}
}

// TestRemembersPosition: reopening the seed resumes where it was left.
func TestRemembersPosition(t *testing.T) {
	dir := build(t)
	copySeed(t, dir)
	tm := start(t, dir, 80, 24, "sh -c './byline seed.txt; echo FIRST-DONE; sleep 0.5; ./byline seed.txt; echo EXIT=$? > exit.txt'")
	tm.waitText("? help")
	tm.keys("G")
	tm.waitText("100%")
	tm.reopen("This is why the war must end")
	// The position is remembered in the state directory, never in the article.
	got, err := os.ReadFile(filepath.Join(dir, "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("../..", seed))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("the reader changed the article file")
	}
}

// topLine is the first non-blank line of the text column (left of the pane).
func topLine(screen string) string {
	for _, l := range strings.Split(screen, "\n") {
		if i := strings.Index(l, "│"); i >= 0 {
			l = l[:i]
		}
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}

func maxWidth(lines []string) int {
	w := 0
	for _, l := range lines {
		w = max(w, len([]rune(strings.TrimRight(l, " "))))
	}
	return w
}
