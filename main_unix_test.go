//go:build unix

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestFIFO: a named pipe is refused at once, not waited on.
func TestFIFO(t *testing.T) {
	p := filepath.Join(t.TempDir(), "pipe.txt")
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skip("no mkfifo:", err)
	}
	r := byline(t, nil, p)
	if want := "byline: " + p + ": not a regular file"; r.code != 1 || !strings.HasPrefix(r.stderr, want) {
		t.Errorf("exit %d, stderr %q; want %q", r.code, r.stderr, want)
	}
}

// TestNoTmuxProbeAtStart pins internal/startup: inside tmux, starting byline
// must not run "tmux info" (lipgloss's init would, costing ~30 ms before the
// first frame). A fake tmux first on PATH records any call.
func TestNoTmuxProbeAtStart(t *testing.T) {
	dir := t.TempDir()
	marker := filepath.Join(dir, "called")
	fake := "#!/bin/sh\necho \"$@\" >> " + marker + "\n"
	if err := os.WriteFile(filepath.Join(dir, "tmux"), []byte(fake), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("script"); err != nil {
		t.Skip("needs script(1) to give byline a terminal")
	}
	// script gives byline a pseudo-terminal as stdout: colour detection only
	// probes tmux for a terminal.
	cmd := exec.Command("script", "-qec", bin+" --json "+seed, "/dev/null")
	cmd.Env = append(os.Environ(), "TMUX=/tmp/tmux-0/default,1,0", "PATH="+dir+":"+os.Getenv("PATH"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("byline --json on a pty: %v\n%s", err, out)
	}
	if b, err := os.ReadFile(marker); err == nil {
		t.Errorf("byline ran tmux at start: tmux %s", b)
	}
}
