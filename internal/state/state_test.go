package state

import (
	"os"
	"path/filepath"
	"testing"
)

func TestSaveLoad(t *testing.T) {
	dir := t.TempDir()
	if _, ok := Load(dir, "a.txt", "h1"); ok {
		t.Fatal("Load found a position before any Save")
	}
	if err := Save(dir, "a.txt", "h1", Position{Block: 7, Offset: 2}); err != nil {
		t.Fatal(err)
	}
	got, ok := Load(dir, "a.txt", "h1")
	if !ok || got != (Position{7, 2}) {
		t.Fatalf("Load = %v, %v; want {7 2}, true", got, ok)
	}
	if _, ok := Load(dir, "a.txt", "h2"); ok {
		t.Fatal("Load returned a position for changed content")
	}
	if _, ok := Load(dir, "b.txt", "h1"); ok {
		t.Fatal("Load returned a position for another path")
	}
	// Overwrite, and no temporary files are left behind.
	if err := Save(dir, "a.txt", "h1", Position{Block: 1}); err != nil {
		t.Fatal(err)
	}
	if got, _ := Load(dir, "a.txt", "h1"); got != (Position{1, 0}) {
		t.Fatalf("after overwrite Load = %v", got)
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 1 {
		t.Fatalf("state dir holds %d files, want 1", len(ents))
	}
}

func TestCorruptIgnored(t *testing.T) {
	dir := t.TempDir()
	for _, junk := range []string{"", "{", "null", `{"hash":"h","position":{"block":-4}}`, "\x00\xff"} {
		if err := os.WriteFile(file(dir, "a.txt"), []byte(junk), 0o600); err != nil {
			t.Fatal(err)
		}
		if p, ok := Load(dir, "a.txt", "h"); ok {
			t.Errorf("corrupt %q loaded as %v", junk, p)
		}
	}
}

func TestSaveUnwritable(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(dir, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Save(dir, "a.txt", "h", Position{}); err == nil {
		t.Fatal("Save into a file (not a directory) succeeded")
	}
}

func TestDefaultDir(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", "/x/state")
	if d, _ := DefaultDir(); d != "/x/state/byline" {
		t.Errorf("DefaultDir = %q", d)
	}
	t.Setenv("XDG_STATE_HOME", "relative")
	t.Setenv("HOME", "/home/u")
	if d, _ := DefaultDir(); d != "/home/u/.local/state/byline" {
		t.Errorf("DefaultDir with relative XDG_STATE_HOME = %q", d)
	}
}
