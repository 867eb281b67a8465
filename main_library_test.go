package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// libDir is a folder with the seed, a Wikinews article in a subfolder, an
// empty file and a link to its parent folder (a loop).
func libDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range map[string]string{
		"seed.txt":     seed,
		"sub/wiki.txt": "testdata/articles/2019-radio-host-don-imus-dies-aged-79.txt",
	} {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name)
		_ = os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_ = os.Symlink("..", filepath.Join(dir, "sub", "loop"))
	return dir
}

// TestFolderJSON: --json DIR prints one array sorted by path, the failed
// file as {source, error}, and exits 0.
func TestFolderJSON(t *testing.T) {
	dir := libDir(t)
	r := byline(t, nil, "--json", dir)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var items []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &items); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, r.stdout)
	}
	var got []string
	for _, it := range items {
		got = append(got, filepath.Base(it["source"].(string)))
	}
	if strings.Join(got, " ") != "empty.txt seed.txt wiki.txt" {
		t.Errorf("sources %q", got)
	}
	if e, _ := items[0]["error"].(string); !strings.Contains(e, "empty article") || len(items[0]) != 2 {
		t.Errorf("error entry %v", items[0])
	}
	if items[1]["headline"] == nil || items[1]["quotes"] == nil {
		t.Errorf("article entry lacks the model: %v", items[1])
	}
}

// TestFolderPlain: piped, DIR prints one tab-separated line per file,
// newest first, the failed file last with its error.
func TestFolderPlain(t *testing.T) {
	dir := libDir(t)
	r := byline(t, nil, dir)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines:\n%s", len(lines), r.stdout)
	}
	if f := strings.Split(lines[0], "\t"); len(f) != 5 || !strings.HasSuffix(f[0], "wiki.txt") || f[1] != "2019-12-30" ||
		f[4] != "Radio host Don Imus dies aged 79" {
		t.Errorf("first line %q", lines[0])
	}
	if !strings.Contains(lines[2], "empty.txt\t-\t-\terror\t") {
		t.Errorf("last line %q", lines[2])
	}
	if r := byline(t, nil, "--sort", "title", dir); !strings.HasSuffix(strings.Split(r.stdout, "\n")[0], "the file has no bytes)") {
		t.Errorf("--sort title: %q", r.stdout)
	}
	if r := byline(t, nil, "--sort", "size", dir); r.code != 2 {
		t.Errorf("--sort size: exit %d", r.code)
	}
}

// TestPipeWithoutDash: with no FILE and a pipe on standard input, the pipe
// is the article ("curl … | byline --json").
func TestPipeWithoutDash(t *testing.T) {
	src, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	r := byline(t, src, "--json")
	if r.code != 0 || !strings.Contains(r.stdout, `"source": "-"`) || !strings.Contains(r.stdout, "Caitlin Doherty") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	r = byline(t, src)
	if r.code != 0 || !strings.Contains(r.stdout, "Healey to convene") {
		t.Errorf("plain: exit %d, stderr %q", r.code, r.stderr)
	}
	r = byline(t, nil)
	if r.code != 1 || r.stderr != "byline: -: empty article (the file has no bytes)\n" {
		t.Errorf("empty pipe: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestFolderErrors: --speaker is for one article; an unreadable folder is
// exit 1 with one line.
func TestFolderErrors(t *testing.T) {
	dir := libDir(t)
	if r := byline(t, nil, "--speaker", "Healey", dir); r.code != 2 || !strings.Contains(r.stderr, "press S") {
		t.Errorf("--speaker DIR: exit %d, stderr %q", r.code, r.stderr)
	}
	if os.Getuid() == 0 {
		return // root reads a mode-000 folder
	}
	locked := filepath.Join(dir, "locked")
	if err := os.Mkdir(locked, 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(locked, 0o755)
	if r := byline(t, nil, locked); r.code != 1 || r.stderr != "byline: "+locked+": permission denied\n" {
		t.Errorf("locked folder: exit %d, stderr %q", r.code, r.stderr)
	}
}
