package article

import (
	"strings"
	"unicode/utf8"
)

// wordTable is the lexicon's map from a lower-case word to the lists holding
// it, as an open-addressing hash table whose keys share one string. Every
// token is looked up once; with a Go map of the ~25,000 listed words each
// lookup was a lower-cased copy, a hash and two or three cache misses, a
// fifth of the attribution's time. Here the word is lower-cased and hashed
// in one pass, and a slot of 8 bytes holds its length, so most misses
// stop at the slot.
type wordTable struct {
	slots []wordSlot
	keys  string
	mask  uint64
}

// wordSlot is one entry: the key is keys[off:off+n]; n == 0 is empty.
type wordSlot struct {
	off uint32
	n   uint16
	set wordSet
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// newWordTable builds the table of words, whose keys are lower case.
func newWordTable(words map[string]wordSet) wordTable {
	size := 1
	for size < 2*len(words) {
		size *= 2
	}
	t := wordTable{slots: make([]wordSlot, size), mask: uint64(size - 1)}
	var keys strings.Builder
	for w, set := range words {
		if w == "" || len(w) > 0xffff || keys.Len()+len(w) > 0xffffffff {
			continue // never a key: the lists hold no blank and no such long line
		}
		h := uint64(fnvOffset)
		for i := 0; i < len(w); i++ {
			h = (h ^ uint64(w[i])) * fnvPrime
		}
		i := (h ^ h>>32) & t.mask
		for t.slots[i].n != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wordSlot{off: uint32(keys.Len()), n: uint16(len(w)), set: set}
		keys.WriteString(w)
	}
	t.keys = keys.String()
	return t
}

// get returns the lists holding the lower-cased w: words[lower(w)].
func (t *wordTable) get(w string) wordSet {
	var arr [64]byte
	if len(w) > len(arr) {
		return t.find(strings.ToLower(w))
	}
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return t.find(string(lowerBuf(arr[:0], w)))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		arr[i] = c
		h = (h ^ uint64(c)) * fnvPrime
	}
	return t.lookup(arr[:len(w)], h)
}

// find returns the lists holding w, which is lower case already.
func (t *wordTable) find(w string) wordSet {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * fnvPrime
	}
	return t.lookup([]byte(w), h)
}

func (t *wordTable) lookup(w []byte, h uint64) wordSet {
	if len(w) == 0 || len(t.slots) == 0 {
		return 0
	}
	for i := (h ^ h>>32) & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s.n == 0 {
			return 0
		}
		if int(s.n) == len(w) && t.keys[s.off:s.off+uint32(s.n)] == string(w) {
			return s.set
		}
	}
}
