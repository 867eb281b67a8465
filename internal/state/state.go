// Package state remembers where the reader was in each article: one small
// JSON file per article under the state directory
// ($XDG_STATE_HOME/byline/, else ~/.local/state/byline/), keyed by the
// article's path and a hash of its content, so an edited file starts again
// at the top. Files are written atomically (temp file + rename), and a
// missing or corrupt file reads as "no position", silently: a reading
// position is a convenience, never a reason to fail.
package state

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
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

// Load returns the position saved for path when the content hash still
// matches; ok is false when there is none, it is unreadable or corrupt, or
// the file changed since.
func Load(dir, path, hash string) (pos Position, ok bool) {
	b, err := os.ReadFile(file(dir, path))
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
// in dir and renames it over the old one, so a crash never leaves half a file.
func Save(dir, path, hash string, pos Position) (err error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("save reading position: %w", err)
	}
	abs := path
	if a, err := filepath.Abs(path); err == nil {
		abs = a
	}
	b, err := json.Marshal(record{Path: abs, Hash: hash, Pos: pos})
	if err != nil {
		return fmt.Errorf("save reading position: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".pos-*")
	if err != nil {
		return fmt.Errorf("save reading position: %w", err)
	}
	defer func() {
		if err != nil {
			_ = os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(b); err != nil {
		_ = tmp.Close()
		return fmt.Errorf("save reading position: %w", err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("save reading position: %w", err)
	}
	if err = os.Rename(tmp.Name(), file(dir, path)); err != nil {
		return fmt.Errorf("save reading position: %w", err)
	}
	return nil
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
