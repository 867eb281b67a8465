package state

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
)

// TestConcurrentWriters: two readers closing at once, over and over. Every
// Load in between sees one writer's whole record or the other's, never a
// torn or empty file; at the end the file holds one of the two; the other
// article's position is untouched and no temporary file is left.
func TestConcurrentWriters(t *testing.T) {
	dir := t.TempDir()
	other := Position{Block: 3, Offset: 14}
	if err := Save(dir, "other.txt", "h", other); err != nil {
		t.Fatal(err)
	}
	a, b := Position{Block: 1, Offset: 111}, Position{Block: 22, Offset: 2}
	if err := Save(dir, "a.txt", "h", a); err != nil {
		t.Fatal(err)
	}
	const rounds = 300
	var wg sync.WaitGroup
	for _, p := range []Position{a, b} {
		wg.Go(func() {
			for range rounds {
				if err := Save(dir, "a.txt", "h", p); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	stop := make(chan struct{})
	var reads, bad int
	var rwg sync.WaitGroup
	rwg.Go(func() {
		for {
			select {
			case <-stop:
				return
			default:
			}
			got, ok := Load(dir, "a.txt", "h")
			reads++
			if !ok || (got != a && got != b) {
				bad++
				t.Errorf("Load during concurrent saves = %v, %v; want %v or %v", got, ok, a, b)
				return
			}
		}
	})
	wg.Wait()
	close(stop)
	rwg.Wait()
	t.Logf("%d loads during %d concurrent saves", reads, 2*rounds)
	if got, ok := Load(dir, "a.txt", "h"); !ok || (got != a && got != b) {
		t.Errorf("after the race Load = %v, %v", got, ok)
	}
	if got, ok := Load(dir, "other.txt", "h"); !ok || got != other {
		t.Errorf("the other article's position = %v, %v; want %v", got, ok, other)
	}
	assertOnlyRecords(t, dir, 2)
}

// TestConcurrentProcesses is TestConcurrentWriters with two real processes
// (this test binary, re-run as a helper), as two byline readers would be.
func TestConcurrentProcesses(t *testing.T) {
	if dir := os.Getenv("BYLINE_STATE_HELPER_DIR"); dir != "" {
		block, _ := strconv.Atoi(os.Getenv("BYLINE_STATE_HELPER_BLOCK"))
		for range 200 {
			if err := Save(dir, "a.txt", "h", Position{Block: block}); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
		}
		os.Exit(0)
	}
	dir := t.TempDir()
	if err := Save(dir, "other.txt", "h", Position{Block: 9}); err != nil {
		t.Fatal(err)
	}
	var cmds []*exec.Cmd
	for _, block := range []int{100, 200} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestConcurrentProcesses$")
		cmd.Env = append(os.Environ(), "BYLINE_STATE_HELPER_DIR="+dir, fmt.Sprint("BYLINE_STATE_HELPER_BLOCK=", block))
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
	}
	waited := make(chan error, len(cmds))
	for _, c := range cmds {
		go func() { waited <- c.Wait() }()
	}
	torn, loads := 0, 0
	for running := len(cmds); running > 0; {
		select {
		case err := <-waited:
			if err != nil {
				t.Errorf("helper: %v", err)
			}
			running--
		default:
			// Read while both write: every record seen is one of theirs.
			if got, ok := Load(dir, "a.txt", "h"); ok && got.Block != 100 && got.Block != 200 {
				torn++
			}
			loads++
		}
	}
	t.Logf("%d loads while two processes saved", loads)
	if torn > 0 {
		t.Errorf("%d loads saw a position neither process wrote", torn)
	}
	if got, ok := Load(dir, "a.txt", "h"); !ok || (got.Block != 100 && got.Block != 200) {
		t.Errorf("after two processes Load = %v, %v", got, ok)
	}
	if got, ok := Load(dir, "other.txt", "h"); !ok || got.Block != 9 {
		t.Errorf("the other article's position = %v, %v", got, ok)
	}
	assertOnlyRecords(t, dir, 2)
}

// faultyFS is the real file system with one operation failing.
type faultyFS struct {
	osFS
	mkdir, create, write, sync, rename error
}

func (f faultyFS) MkdirAll(dir string, perm os.FileMode) error {
	if f.mkdir != nil {
		return &fs.PathError{Op: "mkdir", Path: dir, Err: f.mkdir}
	}
	return f.osFS.MkdirAll(dir, perm)
}

func (f faultyFS) CreateTemp(dir, pattern string) (tempFile, error) {
	if f.create != nil {
		return nil, &fs.PathError{Op: "createtemp", Path: dir, Err: f.create}
	}
	t, err := f.osFS.CreateTemp(dir, pattern)
	if err != nil {
		return nil, err
	}
	return faultyTemp{t, f.write, f.sync}, nil
}

func (f faultyFS) Rename(from, to string) error {
	if f.rename != nil {
		return &os.LinkError{Op: "rename", Old: from, New: to, Err: f.rename}
	}
	return f.osFS.Rename(from, to)
}

type faultyTemp struct {
	tempFile
	write, sync error
}

func (t faultyTemp) Write(p []byte) (int, error) {
	if t.write != nil {
		// A full disk takes part of the write before it fails.
		n, _ := t.tempFile.Write(p[:len(p)/2])
		return n, &fs.PathError{Op: "write", Path: t.Name(), Err: t.write}
	}
	return t.tempFile.Write(p)
}

func (t faultyTemp) Sync() error {
	if t.sync != nil {
		return &fs.PathError{Op: "sync", Path: t.Name(), Err: t.sync}
	}
	return t.tempFile.Sync()
}

// withFS runs the rest of the test with f as the file system.
func withFS(t *testing.T, f fileSystem) {
	t.Helper()
	old := fsys
	fsys = f
	t.Cleanup(func() { fsys = old })
}

// TestSaveFailuresKeepOldState: a full disk (at write or at sync), a
// read-only directory (injected: root ignores mode bits), a directory that
// cannot be made and a failed rename each make Save return an error, leave
// the article's old position and every other position as they were, and
// leave no temporary file behind.
func TestSaveFailuresKeepOldState(t *testing.T) {
	for name, f := range map[string]faultyFS{
		"disk full at write": {write: syscall.ENOSPC},
		"disk full at sync":  {sync: syscall.ENOSPC},
		"quota at write":     {write: syscall.EDQUOT},
		"read-only dir":      {create: syscall.EACCES},
		"read-only fs":       {create: syscall.EROFS},
		"rename fails":       {rename: syscall.EIO},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			old := Position{Block: 5, Offset: 7}
			if err := Save(dir, "a.txt", "h", old); err != nil {
				t.Fatal(err)
			}
			if err := Save(dir, "b.txt", "h", Position{Block: 2}); err != nil {
				t.Fatal(err)
			}
			withFS(t, f)
			err := Save(dir, "a.txt", "h", Position{Block: 99})
			if err == nil || !strings.HasPrefix(err.Error(), "save reading position: ") {
				t.Fatalf("Save = %v; want the failure", err)
			}
			if got, ok := Load(dir, "a.txt", "h"); !ok || got != old {
				t.Errorf("after the failed Save, Load = %v, %v; want the old %v", got, ok, old)
			}
			if got, ok := Load(dir, "b.txt", "h"); !ok || got != (Position{Block: 2}) {
				t.Errorf("the other article's position = %v, %v", got, ok)
			}
			assertOnlyRecords(t, dir, 2)
		})
	}
	t.Run("no state dir", func(t *testing.T) {
		withFS(t, faultyFS{mkdir: syscall.EACCES})
		if err := Save(filepath.Join(t.TempDir(), "new"), "a.txt", "h", Position{}); !errors.Is(err, fs.ErrPermission) {
			t.Errorf("Save with the directory refused = %v", err)
		}
	})
}

// TestReadOnlyDirForReal: the read-only directory by its mode, which only
// binds a user who is not root.
func TestReadOnlyDirForReal(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root, who writes into a mode-0500 directory: TestSaveFailuresKeepOldState injects EACCES")
	}
	dir := t.TempDir()
	old := Position{Block: 5}
	if err := Save(dir, "a.txt", "h", old); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(dir, 0o700) })
	if err := Save(dir, "a.txt", "h", Position{Block: 6}); err == nil {
		t.Error("Save into a read-only directory succeeded")
	}
	if got, ok := Load(dir, "a.txt", "h"); !ok || got != old {
		t.Errorf("Load from the read-only directory = %v, %v; want %v", got, ok, old)
	}
}

// TestTruncatedAndStrangeRecords: every truncation of a real record, a huge
// file, a directory and a FIFO in a record's place read as "no position"
// at once; the bad file is not removed by Load, does not disturb another
// article's position, and the next Save replaces it.
func TestTruncatedAndStrangeRecords(t *testing.T) {
	dir := t.TempDir()
	if err := Save(dir, "b.txt", "h", Position{Block: 2}); err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs("a.txt")
	whole, err := json.Marshal(record{Path: abs, Hash: "h", Pos: Position{Block: 12, Offset: 34}})
	if err != nil {
		t.Fatal(err)
	}
	name := file(dir, "a.txt")
	for n := range len(whole) {
		if err := os.WriteFile(name, whole[:n], 0o600); err != nil {
			t.Fatal(err)
		}
		if p, ok := Load(dir, "a.txt", "h"); ok {
			t.Errorf("record cut to %d bytes %q loaded as %v", n, whole[:n], p)
		}
	}
	huge := append(append([]byte(nil), whole[:len(whole)-1]...), []byte(strings.Repeat(" ", maxRecord)+"}")...)
	if err := os.WriteFile(name, huge, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, ok := Load(dir, "a.txt", "h"); ok {
		t.Error("a record padded past maxRecord loaded")
	}
	if _, err := os.Stat(name); err != nil {
		t.Errorf("Load removed the bad record: %v", err)
	}
	if err := os.Remove(name); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(name, 0o600); err == nil {
		if _, ok := Load(dir, "a.txt", "h"); ok { // would block forever without the mode check
			t.Error("a FIFO loaded as a record")
		}
		os.Remove(name)
	}
	if err := os.Mkdir(name, 0o700); err != nil {
		t.Fatal(err)
	}
	if _, ok := Load(dir, "a.txt", "h"); ok {
		t.Error("a directory loaded as a record")
	}
	os.Remove(name)
	if err := os.WriteFile(name, whole[:10], 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Save(dir, "a.txt", "h", Position{Block: 1}); err != nil {
		t.Fatalf("Save over a corrupt record: %v", err)
	}
	if got, ok := Load(dir, "a.txt", "h"); !ok || got != (Position{Block: 1}) {
		t.Errorf("after Save over a corrupt record, Load = %v, %v", got, ok)
	}
	if got, ok := Load(dir, "b.txt", "h"); !ok || got != (Position{Block: 2}) {
		t.Errorf("the other article's position = %v, %v", got, ok)
	}
}

// assertOnlyRecords checks dir holds exactly n record files and nothing
// else: no temporary file left by a failed or concurrent Save.
func assertOnlyRecords(t *testing.T, dir string, n int) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	if len(ents) != n {
		t.Errorf("state dir holds %q; want %d records and nothing else", names, n)
	}
	for _, name := range names {
		if strings.HasPrefix(name, ".pos-") {
			t.Errorf("temporary file %s left behind", name)
		}
	}
}
