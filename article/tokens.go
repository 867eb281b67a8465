package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a field.
type token struct {
	start, end int     // the word, without a possessive ’s or a sentence's full stop
	cap        bool    // starts with an upper-case letter
	sentStart  bool    // first word of the field or of a sentence
	afterOpen  bool    // first word after an opening quote mark
	punctDot   bool    // followed by a full stop that belongs to it (Mr., U.S., J.)
	sepPunct   bool    // punctuation, not only space, between the previous word and this one
	comma      bool    // a comma between the previous word and this one
	endSent    bool    // a sentence ends right after this word (. ! ?)
	poss       bool    // possessive: Starmer’s
	cls        wordSet // the word lists holding the word (one lookup, at tokenising)
}

// abbreviations keep their full stop without ending a sentence ("Mr. Healey").
var abbreviations = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true,
	"sen": true, "rep": true, "gov": true, "lt": true, "col": true, "capt": true, "sgt": true, "prof": true,
	"rev": true, "jr": true, "sr": true, "no": true, "fr": true, "hon": true, "mt": true, "vs": true, "inc": true,
	"co": true, "corp": true, "ltd": true, "u.s": true, "u.k": true, "u.n": true, "e.g": true, "i.e": true}

// tokenize splits text into words. A word is letters and digits, joined by
// inner hyphens, apostrophes and full stops (al-Assad, O’Brien, U.S.); a
// trailing ’s is marked possessive and left out of the word.
func tokenize(text string, dst []token) []token {
	if dst == nil {
		// about one word per space: len(text)/6 fell short of most
		// paragraphs, and the append that grew it copied every token
		n := strings.Count(text, " ")
		dst = make([]token, 0, n+n/8+2)
	}
	sepPunct, comma, sentEnd := false, false, true
	openMark := false
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if !isWordRune(r) {
			switch {
			case unicode.IsSpace(r):
			case r == '.' || r == '!' || r == '?':
				sentEnd, sepPunct = true, true
				if len(dst) > 0 && dst[len(dst)-1].end == i {
					dst[len(dst)-1].endSent = true
				}
			case r == ',':
				comma, sepPunct = true, true
			case r == '“' || r == '‘' || r == '"' || r == '„' || r == '«':
				sepPunct, openMark = true, true
			default:
				sepPunct = true
			}
			i += size
			continue
		}
		start := i
		j := i + size
		for j < len(text) {
			r2, s2 := rune(text[j]), 1
			if r2 >= utf8.RuneSelf {
				r2, s2 = utf8.DecodeRuneInString(text[j:])
			}
			if isWordRune(r2) {
				j += s2
				continue
			}
			if r2 == '-' || r2 == '’' || r2 == '\'' || r2 == '.' {
				r3, _ := utf8.DecodeRuneInString(text[j+s2:])
				if j+s2 < len(text) && isWordRune(r3) {
					j += s2
					continue
				}
			}
			break
		}
		end := j
		t := token{start: start, cap: unicode.IsUpper(r), sentStart: sentEnd, afterOpen: openMark, sepPunct: sepPunct, comma: comma}
		if end-start > 3 && (text[end-2:end] == "'s" || text[end-2:end] == "'S") {
			end -= 2
			t.poss = true
		} else if end-start > 4 && text[end-4:end] == "’s" {
			end -= 4
			t.poss = true
		}
		t.end = end
		if !t.cap && end-start > 3 && (text[start+2] == '-' || text[start+3] == '-' || text[start+1] == '\'' || text[start] == 'd' && text[start+1] == 0xe2) {
			t.cap = particleName(text[start:end]) // "al-Muhandis", "d'Estaing"
		}
		sepPunct, comma, sentEnd, openMark = false, false, false, false
		if j < len(text) && text[j] == '.' {
			w := text[start:end]
			var buf [8]byte
			// a full stop before a lower-case word ends no sentence either:
			// "a Ph.D. candidate", "etc. and"
			if len(w) <= 4 && (abbreviations[string(lowerBuf(buf[:0], w))] || (len(w) == 1 && t.cap)) || lowerNext(text, j+1) {
				t.punctDot = true
				j++ // the full stop is part of the word: no sentence end
			}
		}
		t.cls = lex.classes(text[t.start:t.end])
		dst = append(dst, t)
		i = j
	}
	return dst
}

func (t token) text(s string) string { return s[t.start:t.end] }

// lowerNext reports whether text at i is one space and a lower-case ASCII
// letter: the word after a full stop that ends no sentence.
func lowerNext(text string, i int) bool {
	return i+1 < len(text) && text[i] == ' ' && text[i+1] >= 'a' && text[i+1] <= 'z'
}

// particleName reports whether w is a name that opens with a lower-case
// Arabic particle joined by a hyphen to a capitalised word ("al-Muhandis",
// "el-Sisi", "bin-Salman") or with d' ("d'Estaing"): a name word,
// capitalised or not.
func particleName(w string) bool {
	for _, d := range []string{"d'", "d’"} {
		if rest, ok := strings.CutPrefix(w, d); ok {
			return rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' // "Giscard d'Estaing"
		}
	}
	p, rest, ok := strings.Cut(w, "-")
	if !ok || rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
		return false
	}
	switch p {
	case "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ibn", "abu", "ul", "ud":
		return true
	}
	return false
}
