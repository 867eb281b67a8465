package article

import (
	"embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The word lists are data, not code (see data/README.md for their sources and
// licences), so a rule can be widened by adding a line rather than a branch.
//
//go:embed data/*.txt
var dataFS embed.FS

// wordSet is a set of lower-case words.
type wordSet map[string]struct{}

// lexicon holds every word list the attribution rules consult.
type lexicon struct {
	verbs         wordSet           // said, told, added, according, ...
	honorifics    wordSet           // mr, sir, dr, ...
	titles        wordSet           // president, secretary, admiral, ...
	orgWords      wordSet           // ministry, street, party, ...
	nationalities wordSet           // british, us, turkish, ...
	descriptions  wordSet           // witness, resident, spokesperson, ...
	common        wordSet           // the 10,000 most common English words
	places        wordSet           // countries, states, cities (lower case)
	lastNames     wordSet           // known surnames (lower case)
	firstNames    map[string]byte   // known first names (lower case) -> 'f', 'm' or 0
	orgs          map[string]string // speaking organisations (lower case) -> canonical name
}

var lex = loadLexicon()

func loadLexicon() *lexicon {
	l := &lexicon{
		verbs:         readSet("verbs"),
		honorifics:    readSet("honorifics"),
		titles:        readSet("titles"),
		orgWords:      readSet("orgwords"),
		nationalities: readSet("nationalities"),
		descriptions:  readSet("descriptions"),
		common:        readSet("common"),
		places:        readSet("places"),
		lastNames:     readSet("lastnames"),
		firstNames:    map[string]byte{},
		orgs:          map[string]string{},
	}
	for _, line := range readLines("firstnames") {
		name, sex, _ := strings.Cut(line, " ")
		var g byte
		if sex == "f" || sex == "m" {
			g = sex[0]
		}
		l.firstNames[strings.ToLower(name)] = g
	}
	for _, line := range readLines("orgs") {
		forms := strings.Split(line, "=")
		canon := strings.TrimSpace(forms[0])
		for _, f := range forms {
			l.orgs[strings.ToLower(strings.TrimSpace(f))] = canon
		}
	}
	return l
}

// readLines returns the non-blank, non-comment lines of data/NAME.txt.
func readLines(name string) []string {
	b, err := dataFS.ReadFile("data/" + name + ".txt")
	if err != nil {
		panic("article: missing embedded word list " + name) // a build defect, not an input error
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

func readSet(name string) wordSet {
	s := wordSet{}
	for _, line := range readLines(name) {
		s[strings.ToLower(line)] = struct{}{}
	}
	return s
}

// lowerBuf lower-cases w into buf without allocating when w is short; the
// result is only valid until buf is reused.
func lowerBuf(buf []byte, w string) []byte {
	buf = buf[:0]
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		i += size
	}
	return buf
}

// has reports whether the lower-cased w is in s. The map lookup with a
// converted byte slice does not allocate.
func (s wordSet) has(w string) bool {
	var arr [64]byte
	if len(w) > len(arr) {
		_, ok := s[strings.ToLower(w)]
		return ok
	}
	_, ok := s[string(lowerBuf(arr[:0], w))]
	return ok
}

// firstName reports whether w is a known first name, and its usual sex
// ('f', 'm' or 0 when used for both or unknown).
func (l *lexicon) firstName(w string) (bool, byte) {
	var arr [64]byte
	if len(w) > len(arr) {
		return false, 0
	}
	g, ok := l.firstNames[string(lowerBuf(arr[:0], w))]
	return ok, g
}

// org returns the canonical name of a known speaking organisation.
func (l *lexicon) org(name string) (string, bool) {
	var arr [64]byte
	if len(name) > len(arr) {
		return "", false
	}
	c, ok := l.orgs[string(lowerBuf(arr[:0], name))]
	return c, ok
}
