package article

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestLoadErrorMapping checks the file-system errors Load meets, injected, so
// that "permission denied" is tested even as root (where CI runs and a
// mode-000 file is readable).
func TestLoadErrorMapping(t *testing.T) {
	tests := []struct {
		err    error
		want   string
		target error
	}{
		{&fs.PathError{Op: "open", Path: "a.txt", Err: syscall.EACCES}, "a.txt: permission denied", fs.ErrPermission},
		{&fs.PathError{Op: "open", Path: "a.txt", Err: syscall.EPERM}, "a.txt: permission denied", fs.ErrPermission},
		{&fs.PathError{Op: "stat", Path: "a.txt", Err: syscall.ENOENT}, "a.txt: no such file", fs.ErrNotExist},
		{&fs.PathError{Op: "read", Path: "a.txt", Err: syscall.EIO}, "a.txt: input/output error", syscall.EIO},
	}
	for _, tt := range tests {
		err := fileError("a.txt", tt.err)
		if err.Error() != tt.want || !errors.Is(err, tt.target) {
			t.Errorf("fileError(%v) = %q (is %v: %v); want %q", tt.err, err, tt.target, errors.Is(err, tt.target), tt.want)
		}
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(good, []byte("Headline\n\nText.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if src, err := Load(good); err != nil || string(src) != "Headline\n\nText.\n" {
		t.Errorf("Load(good) = %q, %v", src, err)
	}
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, MaxSize+1); err != nil { // sparse
		t.Fatal(err)
	}
	tests := []struct{ path, want string }{
		{filepath.Join(dir, "missing.txt"), "no such file"},
		{dir, "is a directory"},
		{big, "file is 64.0 MiB, larger than the 64 MiB limit for an article"},
	}
	if fifo := filepath.Join(dir, "fifo"); syscall.Mkfifo(fifo, 0o644) == nil {
		tests = append(tests, struct{ path, want string }{fifo, "not a regular file (a named pipe)"})
	}
	for _, tt := range tests {
		_, err := Load(tt.path)
		var fe *FileError
		if err == nil || err.Error() != tt.path+": "+tt.want || !errors.As(err, &fe) {
			t.Errorf("Load(%s) = %v; want %q", tt.path, err, tt.path+": "+tt.want)
		}
	}
}

func TestLoadReader(t *testing.T) {
	src, err := LoadReader("-", strings.NewReader("Headline\n\nText.\n"))
	if err != nil || string(src) != "Headline\n\nText.\n" {
		t.Errorf("LoadReader = %q, %v", src, err)
	}
	// One byte over the limit, without holding a 64 MiB string in the test.
	_, err = LoadReader("-", io.LimitReader(zeros{}, MaxSize+1))
	if err == nil || err.Error() != "-: larger than the 64 MiB limit for an article" {
		t.Errorf("LoadReader(64 MiB + 1) = %v", err)
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}
