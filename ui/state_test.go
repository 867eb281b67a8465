package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUnwritableState: when the reading position cannot be kept — the state
// directory cannot be made (a file stands in its place), or the seed's record
// is a directory (neither readable as a record nor replaceable by a rename)
// — the reader opens at the top, reads and quits as usual, and says nothing
// about it on screen.
func TestUnwritableState(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "state")
	if err := os.WriteFile(blocker, []byte("not a directory"), 0o600); err != nil {
		t.Fatal(err)
	}
	recordIsDir := t.TempDir()
	m := newSeed(t, 80, 24, Config{Remember: true, StateDir: recordIsDir})
	_, cmd := press(t, m, "j").Update(keys("q")[0])
	runCmd(cmd) // saves: the one record file
	ents, _ := os.ReadDir(recordIsDir)
	if len(ents) != 1 {
		t.Fatalf("state dir holds %d files after a save, want 1", len(ents))
	}
	rec := filepath.Join(recordIsDir, ents[0].Name())
	if err := os.Remove(rec); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(rec, "x"), 0o700); err != nil {
		t.Fatal(err)
	}

	for _, dir := range []string{filepath.Join(blocker, "byline"), recordIsDir} {
		cfg := Config{Remember: true, StateDir: dir}
		m := newSeed(t, 80, 24, cfg)
		m = send(t, m, runCmd(m.Init())...)
		if m.rd.top != (pos{}) || m.notice != "" {
			t.Errorf("state in %s: opened at %v with notice %q; want the top, silently", dir, m.rd.top, m.notice)
		}
		m = press(t, m, "G", "k")
		top := m.rd.top
		next, cmd := m.Update(keys("q")[0])
		if !isQuit(cmd) {
			t.Errorf("state in %s: q does not quit when the position cannot be saved", dir)
		}
		if m = next.(Model); m.rd.top != top || m.notice != "" || !strings.Contains(screen(m), "¶") {
			t.Errorf("state in %s: the reader changed on a failed save: top %v, notice %q", dir, m.rd.top, m.notice)
		}
	}
}
