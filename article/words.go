package article

import (
	"embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The word lists are data, not code (see data/README.md for their sources and
// licences), so a rule can be widened by adding a line rather than a branch.
//
//go:embed data/*.txt
var dataFS embed.FS

// wordSet names one word list; all lists share one map from a lower-case
// word to the lists holding it, so classifying a word costs one lookup.
type wordSet uint16

// The word lists.
const (
	verbsSet wordSet = 1 << iota
	honorificsSet
	titlesSet
	orgWordsSet
	nationalitiesSet
	descriptionsSet
	commonSet
	placesSet
	lastNamesSet
	notNamesSet
	occupationsSet
	eponymsSet
	bodiesSet
)

// lexicon holds every word list the attribution rules consult.
type lexicon struct {
	table         wordTable // every list's words, for classes (wordtable.go)
	firstTable    wordTable // data/firstnames.txt: 1<<15 | the sex byte
	givenTable    wordTable // data/givennames.txt, the longer list: the same
	orgTable      wordTable // orgs: 1 + the index of the name in orgNames
	orgNames      []string
	verbs         wordSet // said, told, added, according, ...
	honorifics    wordSet // mr, sir, dr, ...
	titles        wordSet // president, secretary, admiral, ...
	orgWords      wordSet // ministry, street, party, ...
	nationalities wordSet // british, us, turkish, ...
	descriptions  wordSet // witness, resident, spokesperson, ...
	common        wordSet // the 10,000 most common English words
	places        wordSet // countries, states, capitals (lower case)
	lastNames     wordSet // known surnames (lower case)
}

// lexiconMaps reads the embedded word lists into maps: every list's words
// (lower case) to the lists holding them, first names to 'f', 'm' or 0, and
// the forms of each speaking organisation to its canonical name.
// loadLexicon turns them into tables and lets them go (kept, they were 2.8
// MB of live heap for the whole run); TestWordTable checks the tables
// against them.
func lexiconMaps() (words map[string]wordSet, firstNames map[string]byte, orgs map[string]string) {
	words, firstNames, orgs = map[string]wordSet{}, map[string]byte{}, map[string]string{}
	for name, set := range map[string]wordSet{"verbs": verbsSet, "honorifics": honorificsSet, "titles": titlesSet,
		"orgwords": orgWordsSet, "nationalities": nationalitiesSet, "descriptions": descriptionsSet,
		"common": commonSet, "places": placesSet, "lastnames": lastNamesSet, "notnames": notNamesSet,
		"occupations": occupationsSet, "eponyms": eponymsSet, "bodies": bodiesSet} {
		for _, line := range readLines(name) {
			words[strings.ToLower(line)] |= set
		}
	}
	for _, line := range readLines("firstnames") {
		name, sex, _ := strings.Cut(line, " ")
		var g byte
		if sex == "f" || sex == "m" {
			g = sex[0]
		}
		firstNames[strings.ToLower(name)] = g
	}
	for _, line := range readLines("orgs") {
		forms := strings.Split(line, "=")
		canon := strings.TrimSpace(forms[0])
		for _, f := range forms {
			orgs[strings.ToLower(strings.TrimSpace(f))] = canon
		}
	}
	return words, firstNames, orgs
}

// lex is the lexicon, loaded by useLexicon on the first Attribute rather than
// at package init: parsing the embedded lists takes ~10 ms, which the reader
// would otherwise spend before its first frame (GODEBUG=inittrace=1), while
// the structure parse that the first frame needs does not consult them.
var (
	lex     *lexicon
	lexOnce sync.Once
)

// useLexicon loads lex once; every entry into the attribution calls it.
func useLexicon() { lexOnce.Do(func() { lex = loadLexicon() }) }

func loadLexicon() *lexicon {
	l := &lexicon{
		verbs:         verbsSet,
		honorifics:    honorificsSet,
		titles:        titlesSet,
		orgWords:      orgWordsSet,
		nationalities: nationalitiesSet,
		descriptions:  descriptionsSet,
		common:        commonSet,
		places:        placesSet,
		lastNames:     lastNamesSet,
	}
	words, firstNames, orgs := lexiconMaps()
	l.table = newWordTable(words)
	first := make(map[string]wordSet, len(firstNames))
	for name, g := range firstNames {
		first[name] = 1<<15 | wordSet(g)
	}
	l.firstTable = newWordTable(first)
	given := make(map[string]wordSet)
	for name, g := range loadNames("givennames") {
		given[name] = 1<<15 | wordSet(g)
	}
	l.givenTable = newWordTable(given)
	org := make(map[string]wordSet, len(orgs))
	for name, canon := range orgs {
		l.orgNames = append(l.orgNames, canon)
		org[name] = wordSet(len(l.orgNames))
	}
	l.orgTable = newWordTable(org)
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

// lower is strings.ToLower for a word that does not outlive its caller:
// inlined, the result of a word of ≤ 32 bytes stays on the caller's stack,
// so comparing or looking up a lower-cased word allocates nothing.
func lower(w string) string {
	var buf [32]byte
	return string(lowerBuf(buf[:0], w))
}

// classes returns the word lists holding the lower-cased w. The map lookup
// with a converted byte slice does not allocate.
func (l *lexicon) classes(w string) wordSet {
	return l.table.get(w)
}

// is reports whether the lists c include any of s.
func (c wordSet) is(s wordSet) bool { return c&s != 0 }

// has reports whether the lower-cased w is in the list s.
func (s wordSet) has(w string) bool { return lex.classes(w)&s != 0 }

// firstName reports whether w is a known first name, and its usual sex
// ('f', 'm' or 0 when used for both or unknown).
func (l *lexicon) firstName(w string) (bool, byte) {
	var arr [64]byte
	if len(w) > len(arr) {
		return false, 0
	}
	if v := l.firstTable.get(w); v != 0 {
		return true, byte(v)
	}
	if v := l.givenTable.get(w); v != 0 {
		return true, byte(v)
	}
	return false, 0
}

// commonFirstName reports whether w is a first name of data/firstnames.txt,
// the shorter list of names that are seldom anything else.
func (l *lexicon) commonFirstName(w string) bool {
	return l.firstTable.get(w) != 0
}

// loadNames reads data/NAME.txt, lines of "name" or "name f|m", straight from
// the embedded file into a map sized for it.
func loadNames(name string) map[string]byte {
	b, err := dataFS.ReadFile("data/" + name + ".txt")
	if err != nil {
		panic("article: missing embedded word list " + name) // a build defect, not an input error
	}
	rest := string(b)
	m := make(map[string]byte, strings.Count(rest, "\n"))
	for rest != "" {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		n, sex, _ := strings.Cut(line, " ")
		var g byte
		if sex == "f" || sex == "m" {
			g = sex[0]
		}
		m[n] = g
	}
	return m
}

// org returns the canonical name of a known speaking organisation.
func (l *lexicon) org(name string) (string, bool) {
	var arr [64]byte
	if len(name) > len(arr) {
		return "", false
	}
	if v := l.orgTable.get(name); v != 0 {
		return l.orgNames[v-1], true
	}
	return "", false
}
