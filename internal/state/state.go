// Package state remembers where the reader was in each article: one small
// JSON file per article under the state directory
// ($XDG_STATE_HOME/byline/, else ~/.local/state/byline/), keyed by the
// article's path and a hash of its content, so an edited file starts again
// at the top. A missing or corrupt file reads as "no position", silently: a
// reading position is a convenience, never a reason to fail.
//
// What it survives, and why (each has a test):
//   - two readers closing at once: each writes a whole temporary file in the
//     state directory and renames it over the article's file, and rename is
//     atomic, so a reader sees one writer's record or the other's, never a
//     mix; the last rename wins.
//   - other articles' positions: one file per article, so a write, a torn
//     or corrupt file, or a failure for one article never touches another's.
//   - a full disk or a read-only directory: the temporary file is written
//     and synced before the rename, so a failed write leaves the old file as
//     it was; the temporary file is removed and the error returned (the
//     reader drops it).
//   - a corrupt, truncated, huge or strange (FIFO, directory) state file: it
//     is read only if it is a regular file, at most maxRecord bytes, and
//     ignored unless it decodes to a sane record; it is left in place until
//     the next save for that article replaces it.
package state

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Position is a reading position: the block of the document at the top of
// the screen and the byte offset in it where the top line starts. A byte,
// not a wrapped line number, so that the position means the same words
// when the file is reopened in a window of another width.
type Position struct {
	Block  int `json:"block"`
	Offset int `json:"offset"`
}

// record is what one state file holds.
type record struct {
	Path string   `json:"path"`
	Hash string   `json:"hash"`
	Pos  Position `json:"position"`
}

// DefaultDir returns $XDG_STATE_HOME/byline, or ~/.local/state/byline when
// XDG_STATE_HOME is unset or not absolute (as the XDG spec says to ignore a
// relative one).
func DefaultDir() (string, error) {
	if d := os.Getenv("XDG_STATE_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "byline"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find state directory: %w", err)
	}
	return filepath.Join(home, ".local", "state", "byline"), nil
}

// file is the state file for an article path.
func file(dir, path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	sum := sha256.Sum256([]byte(path))
	return filepath.Join(dir, hex.EncodeToString(sum[:12])+".json")
}

// maxRecord is more than any record (a path, a hash, two numbers) needs; a
// bigger state file is not ours, and is not read whole.
const maxRecord = 64 << 10

// Load returns the position saved for path when the content hash still
// matches; ok is false when there is none, it is unreadable or corrupt, or
// the file changed since.
func Load(dir, path, hash string) (pos Position, ok bool) {
	b, err := fsys.readRecord(file(dir, path))
	if err != nil {
		return Position{}, false
	}
	var r record
	if json.Unmarshal(b, &r) != nil || r.Hash != hash || r.Pos.Block < 0 || r.Pos.Offset < 0 {
		return Position{}, false
	}
	return r.Pos, true
}

// Save records pos for path and hash, atomically: it writes a temporary file
// in dir, syncs it and renames it over the old one, so a crash, a full disk
// or a concurrent Save never leaves half a file, and a failure leaves the
// old position as it was.
func Save(dir, path, hash string, pos Position) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("save reading position: %w", err)
		}
	}()
	if err := fsys.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	abs := path
	if a, err := filepath.Abs(path); err == nil {
		abs = a
	}
	b, err := json.Marshal(record{Path: abs, Hash: hash, Pos: pos})
	if err != nil {
		return err
	}
	tmp, err := fsys.CreateTemp(dir, ".pos-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = fsys.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(b); err != nil {
		_ = tmp.Close()
		return err
	}
	// Synced before the rename: otherwise a crash soon after could leave
	// the new name on an empty file, losing the old position too.
	if err = tmp.Sync(); err != nil {
		_ = tmp.Close()
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return fsys.Rename(tmp.Name(), file(dir, path))
}

// fileSystem is what Load and Save need of the file system; tests replace
// fsys to make a disk full, a directory read-only (which mode bits do not
// do for root), or a rename fail.
type fileSystem interface {
	MkdirAll(dir string, perm os.FileMode) error
	CreateTemp(dir, pattern string) (tempFile, error)
	Rename(from, to string) error
	Remove(name string) error
	readRecord(name string) ([]byte, error)
}

// tempFile is what Save writes through.
type tempFile interface {
	io.Writer
	Sync() error
	Close() error
	Name() string
}

var fsys fileSystem = osFS{}

// osFS is the real file system.
type osFS struct{}

func (osFS) MkdirAll(dir string, perm os.FileMode) error { return os.MkdirAll(dir, perm) }
func (osFS) Rename(from, to string) error                { return os.Rename(from, to) }
func (osFS) Remove(name string) error                    { return os.Remove(name) }

func (osFS) CreateTemp(dir, pattern string) (tempFile, error) {
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// readRecord reads a state file: only a regular file (a FIFO put there
// would block the read forever), and at most maxRecord bytes of it.
func (osFS) readRecord(name string) ([]byte, error) {
	info, err := os.Lstat(name)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", name)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxRecord+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxRecord {
		return nil, fmt.Errorf("%s: larger than a record", name)
	}
	return b, nil
}

// Hash returns the content hash Load and Save key positions by.
func Hash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}
