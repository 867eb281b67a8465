package article

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// spyFile wraps the file Load opened: it counts the bytes read and can run a
// hook before the first read, to change the file under Load's feet.
type spyFile struct {
	file
	read        int64
	beforeFirst func()
}

func (s *spyFile) Read(p []byte) (int, error) {
	if s.beforeFirst != nil {
		s.beforeFirst()
		s.beforeFirst = nil
	}
	n, err := s.file.Read(p)
	s.read += int64(n)
	return n, err
}

// spyOpen replaces openFile for one test; before (if set) runs between
// Load's Stat of the opened file and its first read. It returns the spies,
// one per open, to inspect afterwards.
func spyOpen(t *testing.T, before func()) *[]*spyFile {
	t.Helper()
	var spies []*spyFile
	real := openFile
	openFile = func(path string) (file, error) {
		f, err := real(path)
		if err != nil {
			return nil, err
		}
		s := &spyFile{file: f, beforeFirst: before}
		spies = append(spies, s)
		return s, nil
	}
	t.Cleanup(func() { openFile = real })
	return &spies
}

const raceArticle = "Healey to convene next meeting\n\nJohn Healey will host defence ministers in Brussels.\n\nMr Healey said: “Our coalition of nations is a stark contrast.”\n"

// TestLoadShrinks: a file truncated after Load looked at its size is read as
// what is there when it is read, never as an error or a padded buffer.
func TestLoadShrinks(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(p, []byte(raceArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, keep := range []int{40, 0} {
		t.Run(fmt.Sprint(keep), func(t *testing.T) {
			if err := os.WriteFile(p, []byte(raceArticle), 0o644); err != nil {
				t.Fatal(err)
			}
			spyOpen(t, func() {
				if err := os.Truncate(p, int64(keep)); err != nil {
					t.Error(err)
				}
			})
			src, err := Load(p)
			if err != nil || string(src) != raceArticle[:keep] {
				t.Errorf("Load of a file cut to %d bytes while read = %q, %v; want the %d bytes left", keep, src, err, keep)
			}
		})
	}
	// Cut to nothing, the article is then refused by the parser as empty,
	// one clear error rather than a crash.
	if _, err := Parse(p, nil); err == nil || !strings.Contains(err.Error(), "empty article") {
		t.Errorf("Parse of the emptied file = %v", err)
	}
}

// TestLoadGrows: a file that grows past the limit while it is read is
// refused after MaxSize+1 bytes, however much more there is.
func TestLoadGrows(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(p, []byte(raceArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	spies := spyOpen(t, func() {
		if err := os.Truncate(p, MaxSize+1<<20); err != nil { // sparse
			t.Error(err)
		}
	})
	_, err := Load(p)
	if err == nil || err.Error() != p+": larger than the 64 MiB limit for an article" {
		t.Errorf("Load of a file grown past the limit = %v", err)
	}
	if n := (*spies)[0].read; n > MaxSize+1 {
		t.Errorf("read %d bytes, want at most MaxSize+1 = %d", n, MaxSize+1)
	}
}

// TestLoadVanishes: a file removed between Stat and Open is "no such file";
// one removed after Open is still read whole (the open file keeps its data).
func TestLoadVanishes(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(p, []byte(raceArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	real := openFile
	openFile = func(path string) (file, error) {
		if err := os.Remove(path); err != nil {
			t.Error(err)
		}
		return real(path)
	}
	_, err := Load(p)
	openFile = real
	if err == nil || err.Error() != p+": no such file" || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load of a file removed before Open = %v; want %q", err, p+": no such file")
	}

	if err := os.WriteFile(p, []byte(raceArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	spyOpen(t, func() {
		if err := os.Remove(p); err != nil {
			t.Error(err)
		}
	})
	src, err := Load(p)
	if err != nil || string(src) != raceArticle {
		t.Errorf("Load of a file removed while open = %q, %v; want it whole", src, err)
	}
}

// TestLoadReplacedByFIFO: a regular file swapped for a named pipe between
// Stat and Open is refused from the Stat of what was opened, and the open
// itself does not wait for a writer (O_NONBLOCK).
func TestLoadReplacedByFIFO(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(p, []byte(raceArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(p+".fifo", 0o644); err != nil {
		t.Skip("no mkfifo:", err)
	}
	real := openFile
	t.Cleanup(func() { openFile = real })
	openFile = func(path string) (file, error) {
		if err := os.Rename(path+".fifo", path); err != nil {
			t.Error(err)
		}
		return real(path)
	}
	done := make(chan error, 1)
	go func() {
		_, err := Load(p)
		done <- err
	}()
	err := waitLoad(t, done)
	if err == nil || err.Error() != p+": not a regular file (a named pipe)" {
		t.Errorf("Load of a file replaced by a FIFO = %v", err)
	}
}

// TestLoadTooBigReadsNothing: a 70 MB file is refused from its size, before
// a single byte of it is read.
func TestLoadTooBigReadsNothing(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(p, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(p, 70<<20); err != nil { // sparse: nothing written
		t.Fatal(err)
	}
	spies := spyOpen(t, nil)
	_, err := Load(p)
	if err == nil || err.Error() != p+": file is 70.0 MiB, larger than the 64 MiB limit for an article" {
		t.Errorf("Load(70 MB) = %v", err)
	}
	for _, s := range *spies {
		if s.read > 0 {
			t.Errorf("Load read %d bytes of a file it refused by its size", s.read)
		}
	}
}

// TestLoadOpenErrors: the errors Open can meet become one line naming the
// file, even as root (who may open a mode-000 file): injected here, and for
// real below when the test is not run as root.
func TestLoadOpenErrors(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(p, []byte(raceArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	real := openFile
	t.Cleanup(func() { openFile = real })
	for errno, want := range map[syscall.Errno]string{
		syscall.EACCES: "permission denied",
		syscall.EPERM:  "permission denied",
		syscall.ELOOP:  syscall.ELOOP.Error(),
		syscall.EIO:    syscall.EIO.Error(),
	} {
		openFile = func(path string) (file, error) {
			return nil, &fs.PathError{Op: "open", Path: path, Err: errno}
		}
		if _, err := Load(p); err == nil || err.Error() != p+": "+want {
			t.Errorf("Load with open failing %v = %v; want %q", errno, err, p+": "+want)
		}
	}
	openFile = real

	if os.Geteuid() == 0 {
		t.Log("running as root: the real mode-000 case is checked only as another user")
		return
	}
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(p); err == nil || err.Error() != p+": permission denied" {
		t.Errorf("Load of a mode-000 file = %v", err)
	}
}

// TestLoadReadError: a read that fails half way (a disk error, a file on a
// network share gone away) is one line naming the file.
func TestLoadReadError(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(p, []byte(raceArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	real := openFile
	t.Cleanup(func() { openFile = real })
	openFile = func(path string) (file, error) {
		f, err := real(path)
		if err != nil {
			return nil, err
		}
		return failingFile{f}, nil
	}
	if _, err := Load(p); err == nil || err.Error() != p+": "+syscall.EIO.Error() {
		t.Errorf("Load with a failing read = %v", err)
	}
}

type failingFile struct{ file }

func (f failingFile) Read(p []byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: "x", Err: syscall.EIO}
}

// waitLoad waits for a Load running in a goroutine, failing the test rather
// than hanging when it blocks.
func waitLoad(t *testing.T, done <-chan error) error {
	t.Helper()
	select {
	case err := <-done:
		return err
	case <-time.After(time.Minute): // a generous bound: this is about blocking, not speed
		t.Fatal("Load blocked")
		return nil
	}
}
