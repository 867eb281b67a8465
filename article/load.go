package article

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// MaxSize is the largest article Load and LoadReader accept: 64 MiB, far
// beyond any real article, small enough to hold in memory.
const MaxSize = 64 << 20

// FileError is a problem reading an article file. It prints as one line,
// "path: what is wrong" ("notes.txt: is a directory"), and unwraps to the
// underlying error (fs.ErrNotExist, fs.ErrPermission…) when there is one.
type FileError struct {
	Path string
	Msg  string
	Err  error
}

// Error returns "path: what is wrong", one line.
func (e *FileError) Error() string { return e.Path + ": " + e.Msg }

// Unwrap returns the underlying error, or nil.
func (e *FileError) Unwrap() error { return e.Err }

// Load reads the article file at path. It refuses, with a *FileError naming
// the file, a missing file, a directory, anything that is not a regular file
// (a FIFO or device: checked with Stat before opening, and opened
// non-blocking where the system allows, so a FIFO never blocks us), a file it
// may not read, and a file larger than MaxSize — the last from its size,
// without reading it.
func Load(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fileError(path, err)
	}
	if err := checkMode(path, info); err != nil {
		return nil, err
	}
	f, err := openFile(path)
	if err != nil {
		return nil, fileError(path, err)
	}
	defer f.Close()
	// The file may have changed between Stat and Open: check what we opened.
	if info, err = f.Stat(); err != nil {
		return nil, fileError(path, err)
	}
	if err := checkMode(path, info); err != nil {
		return nil, err
	}
	// It may still shrink, grow or vanish while we read: the size from Stat
	// is never trusted for reading (no ReadFull of that length). We read up
	// to the cap and keep what we got. The size, at most MaxSize (checkMode),
	// only sizes the first buffer: io.ReadAll's doubling from 512 bytes cost
	// a 10 MB file about 20 copies, twice its size in freshly faulted pages
	// and ~10 ms before the reader's first frame (strace in bench/run's tmux).
	return readSized(path, f, info.Size())
}

// readSized is readCapped with a first buffer for a file of size bytes.
func readSized(name string, r io.Reader, size int64) ([]byte, error) {
	if size <= 0 || size > MaxSize {
		return readCapped(name, r)
	}
	// One byte more than the size, so that a file read whole ends with
	// Read's io.EOF, not with a full buffer to grow.
	buf := make([]byte, 0, size+1)
	for {
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, fileError(name, err)
		}
		if len(buf) == cap(buf) { // it grew: read the rest as a stream
			return readCapped(name, io.MultiReader(bytes.NewReader(buf), r))
		}
	}
}

// file is what Load needs of an open file.
type file interface {
	io.Reader
	Stat() (fs.FileInfo, error)
	Close() error
}

// openFile opens the file Load reads. It is a variable so that tests can
// hand Load a file that shrinks or vanishes between Stat and read, one that
// fails to open, or one that counts the bytes read from it.
var openFile = func(path string) (file, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|openFlags, 0)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// LoadReader reads an article from r (standard input, named "-"), with the
// same MaxSize limit as Load: it stops reading once the limit is passed.
func LoadReader(name string, r io.Reader) ([]byte, error) {
	return readCapped(name, r)
}

func readCapped(name string, r io.Reader) ([]byte, error) {
	src, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, fileError(name, err)
	}
	if len(src) > MaxSize {
		return nil, &FileError{Path: name, Msg: "larger than the 64 MiB limit for an article"}
	}
	return src, nil
}

// checkMode refuses what is not a regular file of at most MaxSize bytes.
func checkMode(path string, info fs.FileInfo) error {
	switch {
	case info.IsDir():
		return &FileError{Path: path, Msg: "is a directory"}
	case !info.Mode().IsRegular():
		return &FileError{Path: path, Msg: fmt.Sprintf("not a regular file (%s)", fileKind(info.Mode()))}
	case info.Size() > MaxSize:
		return &FileError{Path: path, Msg: fmt.Sprintf("file is %s, larger than the 64 MiB limit for an article", humanSize(info.Size()))}
	}
	return nil
}

func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "mode " + m.String()
}

func humanSize(n int64) string {
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}

// fileError turns an error from the file system into a one-line *FileError
// naming path: "no such file", "permission denied", or the system's words.
func fileError(path string, err error) error {
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		msg = "no such file"
	case errors.Is(err, fs.ErrPermission):
		msg = "permission denied"
	}
	return &FileError{Path: path, Msg: msg, Err: err}
}
