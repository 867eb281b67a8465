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
	// short answers for every word of one to three ASCII letters (the, of,
	// a, said is not, but he, to, in, on are), a third of the words of
	// news text, indexed by shortIndex without hashing.
	short []wordSet
}

// shortIndex numbers a word of one to three ASCII letters in any case
// (letters 1 to 26 in base 27); ok is false for any other word.
func shortIndex(w string) (i int, ok bool) {
	if len(w) == 0 || len(w) > 3 {
		return 0, false
	}
	for k := 0; k < len(w); k++ {
		c := w[k] | 0x20 // lower case for letters
		if c < 'a' || c > 'z' {
			return 0, false
		}
		i = i*27 + int(c-'a'+1)
	}
	return i, true
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
	t.short = make([]wordSet, 27*27*27)
	var w [3]byte
	for n := 1; n <= 3; n++ {
		for x := 0; x < 1<<(5*n); x++ {
			ok := true
			for k := 0; k < n; k++ {
				c := byte(x>>(5*k)) & 31
				ok = ok && c < 26
				w[k] = 'a' + c
			}
			if i, _ := shortIndex(string(w[:n])); ok {
				t.short[i] = t.find(string(w[:n]))
			}
		}
	}
	return t
}

// get returns the lists holding the lower-cased w: words[lower(w)].
func (t *wordTable) get(w string) wordSet {
	if i, ok := shortIndex(w); ok && t.short != nil {
		return t.short[i]
	}
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
