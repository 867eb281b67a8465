package article

import (
	"regexp"
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"strings"
)

// connectors may stand inside a capitalised run: "Chief of the Defence
// Staff", "Bashir al Assad", "Ludwig van Beethoven".
var connectors = map[string]bool{"of": true, "the": true, "for": true, "de": true, "van": true, "von": true,
	"der": true, "den": true, "al": true, "el": true, "bin": true, "ibn": true, "da": true, "di": true, "du": true,
	"la": true, "le": true, "del": true, "dos": true, "das": true, "y": true, "and": false, "dela": true,
	"della": true, "delos": true}

// nameParticles (header.go) may stand inside a name itself, not only inside a role.

// pronouns that can stand for a speaker.
var pronouns = map[string]byte{"he": 'm', "she": 'f', "they": 0, "i": 0, "we": 0}

// evidence grades how sure a capitalised run is to name a person.
type evidence int

const (
	evNone   evidence = iota
	evWeak            // capitalised, nothing else known: "Kryvyi Rih"
	evStrong          // honorific, title, first name or known surname: "Mr Healey", "Bridget Brink"
)

// candidate is a capitalised run that may name a person.
type candidate struct {
	field        int
	start, end   int      // the mention as written, honorific included ("Mr Healey")
	nameStart    int      // where the name proper starts ("Healey")
	names        []string // the name's words ("John", "Healey")
	role         string   // the title before the name ("Defence Secretary")
	honorific    bool
	ev           evidence
	nick         string // a nickname given in quotes inside the name
	suffix       string // a generational suffix after the name: "Sr", "II"
	firstTok     int    // token index of the name's first word in its field
	lastTok      int    // token index of the name's last word
	speechNearby bool
	birthName    bool // after "born" or "née": "Ginger Baker was born Peter Edward Baker"
}

// orgMention is a capitalised run naming an organisation or place that may
// speak ("Number 10 said", "the Ministry of Defence said").
type orgMention struct {
	field, start, end int
	name              string
	known             bool // in data/orgs.txt
}

// personBuild is a person being assembled from mentions.
type personBuild struct {
	names      []string
	firstLower string // names[0] in lower case, kept in step with names
	nick       string // a nickname (lower case) the article gives in quotes
	role       string
	sex        byte
	spans      []Span
	order      int // reading position of the first mention
	quotes     int
	fromText   bool
	sovereign  string // "Pope" of "Pope Francis": see sovereignTitle
	suffix     string // "II" of "Elizabeth II", "Sr" of "Robert Cummings Sr"
}

func (p *personBuild) name() string {
	if p.suffix != "" {
		return strings.Join(p.names, " ") + " " + p.suffix
	}
	if p.sovereign != "" {
		return p.sovereign + " " + p.names[0]
	}
	return strings.Join(p.names, " ")
}
func (p *personBuild) first() string { return p.firstLower }

func (p *personBuild) setNames(names []string) {
	p.names, p.firstLower = names, foldName(names[0])
}

// mentionRef places a mention of a person in a field.
type mentionRef struct {
	start, end int
	tokFirst   int
	tokLast    int
	person     int
}

// people is everything people.go learns about an article, for the speaker
// rules to consult.
type people struct {
	persons  []*personBuild
	byLast   map[string][]int
	byWord   map[string][]int // every folded word of every name a person had: lookups by first or inner name
	mentions [][]mentionRef   // per field, in order
	orgs     [][]orgMention   // per field, in order
	tokens   [][]token        // per field
	acronyms map[string]string
}

func titleWord(w string) bool   { return lex.titles.has(w) }
func orgWord(w string) bool     { return lex.orgWords.has(w) }
func nationality(w string) bool { return lex.nationalities.has(w) }

// postNominals follow a name without being part of it.
var postNominals = map[string]bool{"QC": true, "KC": true, "MP": true, "MEP": true, "MSP": true, "Jr": true,
	"Sr": true, "OBE": true, "MBE": true, "CBE": true, "KBE": true, "PhD": true, "MD": true, "II": true, "III": true}

// generational suffixes are part of a name, as the article writes it.
var generational = map[string]bool{"Jr": true, "Sr": true, "II": true, "III": true}

// modifierTitles are title words that qualify a role but are not one by
// themselves ("Home", "Foreign", "Deputy").
var modifierTitles = map[string]bool{"home": true, "foreign": true, "deputy": true, "vice": true, "prime": true,
	"former": true, "acting": true, "interim": true, "first": true, "state": true, "grand": true, "supreme": true,
	"chief": false, "political": true, "executive": false, "assistant": true, "shadow": true, "defence": true,
	"defense": true, "health": true, "justice": true, "finance": true, "interior": true, "education": true,
	"transport": true, "culture": true, "trade": true, "diplomatic": true, "economics": true, "science": true}

// onBodies are the bodies whose names go on with "on": "Commission on
// Presidential Debates", "Committee on Foreign Affairs".
var onBodies = map[string]bool{"commission": true, "committee": true, "subcommittee": true, "council": true,
	"conference": true, "convention": true, "panel": true, "forum": true, "summit": true, "caucus": true}

// findRuns lists the capitalised runs of a field's tokens as [i, j) ranges.
// A run is capitalised words with only spaces between them, and may hold
// lower-case connectors between capitalised words (Chief of the Defence
// Staff). A sentence-initial common word is left out ("Overall", "The").
func findRuns(text string, toks []token, dst [][2]int) [][2]int {
	for i := 0; i < len(toks); {
		if !toks[i].cap {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && !toks[j].sepPunct && (!toks[j-1].poss || toks[j].cap && toks[j].cls.is(orgWordsSet)) && !toks[j-1].endSent {
			if toks[j].cap {
				j++
				continue
			}
			// a lower-case connector followed by a capitalised word, after a
			// title or organisation word (Chief of the Defence Staff, Ministry
			// of Defence) or as a name particle (Bashir al Assad); not "Karsten
			// Warholm of Norway"
			w := toks[j].text(text)
			pw := toks[j-1].text(text)
			joins := nameParticles[w] || toks[j-1].cls.is(titlesSet|orgWordsSet) || connectors[pw]
			if connectors[w] && joins && j+1 < len(toks) && toks[j+1].cap && !toks[j+1].sepPunct && !toks[j].poss {
				j += 2
				continue
			}
			// "of the": Chief of the Defence Staff, Ministry of the Interior
			if connectors[w] && joins && j+2 < len(toks) && connectors[toks[j+1].text(text)] && toks[j+2].cap &&
				!toks[j+1].sepPunct && !toks[j+2].sepPunct {
				j += 3
				continue
			}
			// "on" after a body that is on something: the United States
			// Commission on International Religious Freedom, the Commission
			// on Presidential Debates (not "Trump on Monday")
			if w == "on" && onBodies[strings.ToLower(pw)] && j+1 < len(toks) && toks[j+1].cap && !toks[j+1].sepPunct && !toks[j+1].cls.is(notNamesSet) {
				j += 2
				continue
			}
			// "and" between the places an organisation is of: the High
			// Court of England and Wales (not "Ohio and Michigan")
			if w == "and" && j+1 < len(toks) && toks[j+1].cap && !toks[j+1].sepPunct && toks[j+1].cls.is(placesSet) &&
				toks[j-1].cls.is(placesSet) && j-2 > i && toks[j-2].text(text) == "of" {
				j += 2
				continue
			}
			// "and" inside an organisation's name: Baylor Scott and White
			// Medical Center, The Bernie and Sid Show
			if w == "and" && j+1 < len(toks) && toks[j+1].cap && !toks[j+1].sepPunct {
				e := j + 1
				for e < len(toks) && toks[e].cap && (e == j+1 || !toks[e].sepPunct) {
					e++
				}
				if toks[e-1].cls.is(orgWordsSet) {
					j = e
					continue
				}
			}
			break
		}
		dst = append(dst, [2]int{i, j})
		i = j
	}
	return dst
}

// foldName lower-cases a name word and drops its accents, so "Kaczyński"
// in the body and "Kaczynski" in an ASCII headline are one person.
func foldName(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(w)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case 'ł':
			r = 'l'
		case 'Ł':
			r = 'L'
		case 'ø':
			r = 'o'
		case 'đ':
			r = 'd'
		case 'ı':
			r = 'i'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// accented reports whether any of the words has a non-ASCII letter.
func accented(words []string) bool {
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			if w[i] >= utf8.RuneSelf {
				return true
			}
		}
	}
	return false
}

// hyphenTitle reports whether a hyphenated word is made of title words
// ("Vice-President", "Director-General").
func hyphenTitle(w string) bool {
	if !strings.Contains(w, "-") {
		return false
	}
	for _, p := range strings.Split(w, "-") {
		if !lex.titles.has(p) {
			return false
		}
	}
	return true
}

// adjectiveSuffix reports whether a hyphenated word makes an adjective of a
// name ("Sanders-backed", "Trump-appointed"): not a name itself.
func adjectiveSuffix(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i < 0 {
		return false
	}
	switch strings.ToLower(w[i+1:]) {
	case "backed", "based", "led", "born", "era", "style", "appointed", "owned", "funded", "linked", "allied",
		"affiliated", "supported", "like", "esque", "run", "controlled", "inspired", "themed", "related", "made":
		return true
	}
	return false
}

// acronym reports whether w is written in capitals (ISIS, SDF, BBC): an
// organisation or a thing, not a name.
func acronym(w string) bool {
	up, low := 0, 0
	for _, r := range w {
		switch {
		case r >= 'a' && r <= 'z':
			low++
		case r >= 'A' && r <= 'Z':
			up++
		}
	}
	return up >= 2 && up > low // ISIS, SDF, TfL, MoD; not McGurk, DeVos
}

// analyseRun splits a run into its role prefix and its name, and grades it.
//
//	"Defence Secretary John Healey"                       -> role "Defence Secretary", name John Healey
//	"Chief of the Defence Staff Admiral Sir Tony Radakin" -> role "Chief of the Defence Staff Admiral", name Tony Radakin
//	"Mr Zelensky"                                         -> honorific, name Zelensky
//	"Ministry of Defence", "Downing Street"               -> no name (an organisation)
func analyseRun(text string, toks []token, i, j int) (c candidate, org bool) {
	// Leave out words that are never names at the start of a run: "Tuesday",
	// "Does", "I", "Fourteen-year-old".
	for i < j && (toks[i].cls.is(notNamesSet) || strings.HasSuffix(toks[i].text(text), "-year-old")) {
		i++
	}
	// Leave out a sentence-initial common word: "Overall", "The", "Writing".
	for i < j && (toks[i].sentStart || toks[i].afterOpen) {
		w := toks[i].text(text)
		if ok, _ := lex.firstName(w); ok && j-i > 1 {
			break
		}
		if fn, _ := lex.firstName(w); toks[i].cls.is(commonSet) && !toks[i].cls.is(honorificsSet|titlesSet|nationalitiesSet|orgWordsSet|lastNamesSet) && !fn {
			if _, known := lex.org(w); known {
				break
			}
			i++
			continue
		}
		// "Broadcaster Piers Morgan", "Voter Kitty Mak": an occupation
		// capitalised only because it starts the sentence
		if j-i >= 3 && !toks[i].cls.is(honorificsSet|titlesSet|nationalitiesSet|orgWordsSet) {
			if fn, _ := lex.firstName(toks[i+1].text(text)); fn {
				i++
				continue
			}
		}
		break
	}
	if i >= j {
		return c, false
	}
	// Post-nominals are not part of the name: "Judge Durham Hall QC"; a
	// generational suffix is kept apart and added to the name at the end
	// ("Queen Elizabeth II" is Elizabeth II, "Robert Cummings Sr.").
	suffix := ""
	for j > i+1 && postNominals[toks[j-1].text(text)] {
		if w := toks[j-1].text(text); generational[w] && suffix == "" {
			suffix = w
		}
		j--
	}
	// A title word right after a known first name is a surname: "the duo of
	// Didier Queloz and Michel Mayor".
	titleSurname := j-i >= 2 && toks[j-1].cls.is(titlesSet) && !toks[j-1].cls.is(honorificsSet|orgWordsSet|notNamesSet) &&
		!toks[j-2].cls.is(titlesSet|honorificsSet|orgWordsSet|placesSet) && toks[j-2].cap
	if titleSurname {
		titleSurname = lex.commonFirstName(toks[j-2].text(text))
	}
	// So is an organisation word after a first name that a lower-case noun
	// for a person introduces: "rapper Kanye West".
	if j-i == 2 && i > 0 && !toks[i].sepPunct && toks[j-1].cls.is(orgWordsSet) && !toks[j-1].cls.is(placesSet|titlesSet|honorificsSet) &&
		!toks[i].cls.is(orgWordsSet|titlesSet|placesSet) && personNoun(toks[i-1], toks[i-1].text(text)) && !companyNouns[toks[i-1].text(text)] {
		titleSurname, _ = lex.firstName(toks[i].text(text))
	}
	// The name is the longest tail of name words (particles allowed inside).
	k := j
	for k > i {
		w := toks[k-1].text(text)
		if toks[k-1].cap && !toks[k-1].cls.is(honorificsSet|titlesSet|orgWordsSet|nationalitiesSet|notNamesSet) && !acronym(w) && !hyphenTitle(w) && !adjectiveSuffix(w) || (!toks[k-1].cap && nameParticles[w] && k < j) ||
			k == j && titleSurname || k < j && firstNameOrgWord(toks[k-1], w) ||
			k < j && len(w) == 1 && toks[k-1].cap && toks[k-1].punctDot { // an initial, even "I.": "Wayne A. I. Frederick"
			k--
			continue
		}
		break
	}
	for k < j && !toks[k].cap { // a name does not start with a particle
		k++
	}
	// The end of a title is no part of the name after it: "Director of
	// National Intelligence John Ratcliffe" — a common word before a known
	// first name and a surname.
	for j-k >= 3 && k > i {
		w := toks[k].text(text)
		if fn, _ := lex.firstName(w); fn || !lex.common.has(w) || !lex.commonFirstName(toks[k+1].text(text)) {
			break
		}
		k++
	}
	// A place before a name that opens with a known first name is not part of
	// it, but of the role: "then-governor of Alaska Sarah Palin".
	// The place may start before the name's tail with a word no name holds:
	// "New" (a nationality word) of "Senator from New York Hillary Clinton".
	placeRole := ""
	from := k
	if k == i+1 && toks[i].cap && toks[i].cls.is(nationalitiesSet) {
		from = i
	}
	for e := k; e < k+2 && e+2 < j; e++ {
		if lex.places.has(text[toks[from].start:toks[e].end]) && !toks[e+1].cls.is(placesSet) {
			if fn, _ := lex.firstName(toks[e+1].text(text)); fn {
				if from == i && i >= 2 && toks[i-1].text(text) == "of" && !toks[i-1].sepPunct && personNoun(toks[i-2], toks[i-2].text(text)) {
					placeRole = text[toks[i-2].start:toks[e].end]
				}
				k = e + 1
				break
			}
		}
	}
	hasOrg := false
	for t := i; t < j; t++ {
		if toks[t].cls.is(orgWordsSet) && (t < k || !firstNameOrgWord(toks[t], toks[t].text(text))) && !(t == j-1 && titleSurname) {
			hasOrg = true
		}
	}
	if k >= j || hasOrg && toks[j-1].cap && toks[j-1].cls.is(orgWordsSet) {
		return c, true
	}
	if hasOrg {
		// "Transport for London Commissioner Andy Byford" and "the United
		// Nations Nikki Haley" name a person after an organisation; a name
		// part with neither a title nor a name's evidence belongs to the
		// organisation ("Ukraine Defence Contact Group").
		title := false
		for t := i; t < k; t++ {
			if toks[t].cls.is(titlesSet) {
				title = true
			}
		}
		if !title && grade(text, toks, k, j, false) != evStrong {
			return c, true
		}
	}
	c.firstTok, c.lastTok = k, j-1
	c.start, c.nameStart, c.end = toks[k].start, toks[k].start, toks[j-1].end
	if k == i && i > 0 && !toks[i].sepPunct {
		w := strings.ToLower(toks[i-1].text(text))
		c.birthName = w == "born" || w == "née" || w == "nee"
	}
	c.names = make([]string, 0, j-k)
	c.suffix = suffix
	for t := k; t < j; t++ {
		c.names = append(c.names, toks[t].text(text))
	}
	// Honorifics directly before the name; the title words before them are the role.
	h := k
	for h > i && toks[h-1].cls.is(honorificsSet) && !acronym(toks[h-1].text(text)) {
		h--
		c.honorific = true
	}
	if c.honorific {
		c.start = toks[h].start
	}
	title := false
	for t := i; t < h; t++ {
		if toks[t].cls.is(titlesSet) || hyphenTitle(toks[t].text(text)) {
			title = true
		}
	}
	r0 := i
	for r0 < h && (connectors[toks[r0].text(text)] || strings.EqualFold(toks[r0].text(text), "the")) {
		r0++
	}
	if title && r0 < h {
		c.role = text[toks[r0].start:toks[h-1].end]
		if toks[h-1].punctDot {
			c.role = strings.TrimSuffix(c.role, ".")
		}
	}
	if c.role == "" {
		c.role = placeRole
	}
	if c.role == "" {
		c.role = roleBefore(text, toks, i)
	}
	if c.role == "" {
		c.role = apposition(text, toks, j)
	}
	c.role = singularTitle(c.role)
	if strings.EqualFold(c.role, "Honorable") || strings.EqualFold(c.role, "Honourable") {
		c.role = "" // a style of address, not a role: "the Honorable Pedro R. Pierluisi Urrutia"
	}
	// A title vouches for the name it stands before, not for the object of
	// its "of": "Archbishop of Gdańsk", "Mayor of London Sadiq Khan", and a
	// qualifier alone ("Grand Bahama") vouches for nothing.
	vouch := c.honorific
	for t := i; t < h; t++ {
		if w := toks[t].text(text); titleWord(w) && !modifierTitles[strings.ToLower(w)] || hyphenTitle(w) {
			vouch = true
		}
	}
	objectOfTitle := false
	if k > i && connectors[toks[k-1].text(text)] && !c.honorific {
		vouch = false
		// skip the place the title is of: "Mayor of London Sadiq Khan"
		for k < j-2 {
			w := toks[k].text(text)
			if k+1 < j-2 && lex.places.has(text[toks[k].start:toks[k+1].end]) { // "Hong Kong Carrie Lam"
				k += 2
				continue
			}
			if fn, _ := lex.firstName(toks[k+1].text(text)); lex.places.has(w) || fn && !lex.lastNames.has(w) {
				k++
				continue
			}
			break
		}
		if k != c.firstTok {
			if c.role != "" && !c.honorific { // "Mayor of" + "Koszalin" -> "Mayor of Koszalin"
				if rs := strings.Index(text[:toks[k].start], c.role); rs >= 0 {
					c.role = text[rs:toks[k-1].end]
				}
			}
			c.firstTok, c.start, c.nameStart = k, toks[k].start, toks[k].start
			c.names = nil
			for t := k; t < j; t++ {
				c.names = append(c.names, toks[t].text(text))
			}
			vouch = true
		} else if w := toks[k-1].text(text); title && (w == "of" || w == "for") {
			objectOfTitle = true
		}
	}
	c.ev = grade(text, toks, k, j, vouch)
	if objectOfTitle {
		c.ev = evNone // "the Chief Technological Officer of Red Hat": what the title is of
	}
	if c.honorific && c.ev == evNone && !lex.places.has(text[toks[k].start:toks[j-1].end]) {
		c.ev = evStrong // "Mrs May", "Mr Young": after an honorific even a common word is a name
	}
	// After a locative preposition a capitalised run names a place unless a
	// title or a known first name says otherwise: "in El Paso", "in Tsuen Wan".
	if c.ev != evNone && !vouch && k == i && i > 0 && !toks[i].sepPunct && locatives[strings.ToLower(toks[i-1].text(text))] {
		if fn, _ := lex.firstName(toks[k].text(text)); !fn || placeAfter(text, toks, j) {
			c.ev = evNone // and "in Karol Bagh, New Delhi": a known place after a comma
		}
	}
	// A name of two words or more that opens with a Spanish or Portuguese
	// word for a place names a place: "El Paso", "San Juan", "Ciudad Juárez",
	// "Puerto Rican".
	if !vouch && !c.honorific && j-k >= 2 && placePrefixes[toks[k].text(text)] {
		c.ev = evNone
	}
	// Titles of works: "a supposed movie called Argo", and a list of them in
	// brackets after an artist's name, "Comic artist Jenn St-Onge (Nancy Drew,
	// Jem and the Misfits)".
	if !vouch && !c.honorific && k == i && (workCalled(text, toks, i) || worksInBrackets(text, toks[i].start)) {
		c.ev = evNone
	}
	// A ship's prefix names a ship: "MV Professor Albrecht Penck".
	for t := i; t < k; t++ {
		if shipPrefixes[toks[t].text(text)] {
			c.ev = evNone
		}
	}
	// "St Margaret's at Cliffe", "St Vincent": a saint's single name names
	// a place, a church or a hospital.
	if c.honorific && len(c.names) == 1 && k > 0 {
		if h := strings.ToLower(strings.TrimSuffix(toks[k-1].text(text), ".")); h == "st" || h == "saint" {
			c.ev = evNone // and "free medical care at St Vincent": a hospital
		}
	}
	if c.ev == evWeak && c.role != "" && j-k >= 2 {
		c.ev = evStrong // "Pradeep Khosla, the chancellor": a role vouches for the name
	}
	// "Sudesh Amman, 20, was placed under police surveillance": an age set
	// off by commas after a name of two words or more vouches for a person.
	// So does the relative "who", which is for people (organisations take
	// "which"): "He was being met by Abu Mahdi al-Muhandis, who was also killed".
	if c.ev == evWeak && j-k >= 2 && (ageAfter(text[toks[j-1].end:]) || strings.HasPrefix(text[toks[j-1].end:], ", who ")) {
		c.ev = evStrong
	}
	// A lower-case occupation right before a single name: "classical composer Mozart".
	if c.ev == evWeak && j-k == 1 && k == i && i > 0 && !toks[i].sepPunct && !toks[i-1].cap &&
		toks[i-1].cls.is(titlesSet) && !modifierTitles[strings.ToLower(toks[i-1].text(text))] {
		c.ev = evStrong
	}
	// A lower-case noun for a person right before a name of two to four
	// words vouches for it: "said UCL astronomer Angelos Tsiaras", "including
	// ophthalmologist Li Wenliang", "then-prime-minister Thaksin Shinawatra".
	if c.ev == evWeak && j-k >= 2 && j-k <= 4 && k == i && i > 0 && !toks[i].sepPunct && personNoun(toks[i-1], toks[i-1].text(text)) &&
		!companyNouns[toks[i-1].text(text)] {
		c.ev = evStrong
	}
	// "the killing of Qasem Soleimani", "the arrest of Jong Woo Son": what
	// happens to a person, then "of", vouches for a name of two words or more.
	if c.ev == evWeak && j-k >= 2 && k == i && i >= 2 && toks[i-1].text(text) == "of" && !toks[i].sepPunct && !toks[i-1].sepPunct &&
		personEvents[strings.ToLower(toks[i-2].text(text))] {
		c.ev = evStrong
	}
	// "the late Shyamala Gopalan": only a person is late.
	if c.ev == evWeak && j-k >= 2 && k == i && i >= 2 && toks[i-1].text(text) == "late" && strings.EqualFold(toks[i-2].text(text), "the") && !toks[i].sepPunct && !toks[i-1].sepPunct {
		c.ev = evStrong
	}
	// "de Vera et al": an author of a paper.
	if c.ev == evWeak && j+1 < len(toks) && toks[j].text(text) == "et" && toks[j+1].text(text) == "al" && !toks[j].sepPunct {
		c.ev = evStrong
	}
	// A name right before a lower-case noun of data/eponyms.txt (one or two
	// words may stand between) names a thing named after someone: "NASA's
	// James Webb space telescope".
	for t := j; !vouch && t < len(toks) && t < j+3 && !toks[t].sepPunct && !toks[t].cap && !toks[t].cls.is(verbsSet); t++ {
		if toks[t].cls.is(eponymsSet) {
			c.ev = evNone
			break
		}
		if functionWords[toks[t].text(text)] || strings.HasSuffix(toks[t].text(text), "ed") {
			break // "Biden said the award", "Mr Smith won the prize"
		}
	}
	// A fictional character is not a person: "to place at the character
	// Tasha Yar's bridge station", "dressed as Pokemon species Charizard".
	if !vouch && k == i && characterBefore(text, toks, i) {
		c.ev = evNone
	}
	// "Mike McCready of Pearl Jam": a name's "of" introduces its band, team or firm.
	if c.ev != evNone && !vouch && k == i && i >= 2 && toks[i-1].text(text) == "of" && !toks[i-1].sepPunct && toks[i-2].cap && !toks[i-2].cls.is(titlesSet|orgWordsSet) {
		c.ev = evNone
	}
	return c, false
}

// ageAfter reports whether rest, the text right after a name, starts with an
// age set off by a comma: ", 20," / ", aged 79." / ", 45 years old".
func ageAfter(rest string) bool {
	rest, ok := strings.CutPrefix(rest, ", ")
	if !ok {
		return false
	}
	rest = strings.TrimPrefix(rest, "aged ")
	n := 0
	for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	rest = rest[n:]
	return rest == "" || rest[0] == ',' || rest[0] == '.' || strings.HasPrefix(rest, " years old") || strings.HasPrefix(rest, " year-old")
}

// singularTitle gives the role of one person of a plural title before a
// list of names: "Representatives Eliot Engel, Adam Schiff" -> "Representative".
func singularTitle(role string) string {
	if len(role) < 4 || role[len(role)-1] != 's' && !strings.HasSuffix(role, "men") {
		return role
	}
	sp := strings.LastIndexByte(role, ' ') + 1 // "Vice Presidents", "former presidents"
	if strings.ContainsAny(role, "’'") || strings.Contains(role, " of ") {
		return role // "one of President Zelensky's aides": a plural that belongs
	}
	head, last := role[:sp], role[sp:]
	if one, ok := strings.CutSuffix(last, "men"); ok && titleWord(one+"man") {
		return head + one + "man"
	}
	if one := last[:len(last)-1]; len(one) > 2 && (titleWord(one) || occupationsSet.has(one)) {
		return head + one
	}
	return role
}

// firstNameOrgWord reports whether an organisation word is also a first
// name, which it is inside a person's name: "Bill de Blasio", "Bill Clinton".
func firstNameOrgWord(t token, w string) bool {
	if !t.cap || !t.cls.is(orgWordsSet) || t.cls.is(placesSet|titlesSet) {
		return false
	}
	return lex.commonFirstName(w)
}

// workNouns name works and bodies that are called something.
var workNouns = map[string]bool{"movie": true, "film": true, "book": true, "novel": true, "album": true, "song": true,
	"show": true, "series": true, "play": true, "musical": true, "website": true, "site": true, "app": true,
	"game": true, "programme": true, "program": true, "documentary": true, "podcast": true, "band": true,
	"group": true, "company": true, "firm": true, "organisation": true, "organization": true, "project": true,
	"operation": true, "campaign": true, "ship": true, "vessel": true, "boat": true, "horse": true, "dog": true}

// workCalled reports whether the run at toks[i] follows "called", "titled"
// or "named" after a noun for a work: "a supposed movie called Argo".
func workCalled(text string, toks []token, i int) bool {
	if i < 2 || toks[i].sepPunct && !toks[i].afterOpen {
		return false
	}
	switch toks[i-1].text(text) {
	case "called", "titled", "entitled", "named", "dubbed":
	default:
		return false
	}
	for b := i - 2; b >= 0 && b >= i-4; b-- {
		if workNouns[strings.ToLower(toks[b].text(text))] {
			return true
		}
		if toks[b+1].sepPunct {
			break
		}
	}
	return false
}

// worksInBrackets reports whether the run starting at pos opens a bracket
// that follows a name (two capitalised words, neither a common word nor an
// organisation, title or place word) and holds a list: "Jenn St-Onge (Nancy Drew, Jem and the Misfits)", the
// artist's works.
func worksInBrackets(text string, pos int) bool {
	if pos < 3 || text[pos-1] != '(' || text[pos-2] != ' ' {
		return false
	}
	end := strings.IndexByte(text[pos:], ')')
	if end < 0 || !strings.Contains(text[pos:pos+end], ", ") {
		return false
	}
	before := strings.Fields(text[max(0, pos-80) : pos-2])
	if len(before) < 2 {
		return false
	}
	first, last := before[len(before)-2], before[len(before)-1]
	for _, w := range []string{first, last} {
		if w[0] < 'A' || w[0] > 'Z' || acronym(w) || lex.classes(w).is(commonSet|orgWordsSet|titlesSet|placesSet|nationalitiesSet) {
			return false
		}
	}
	return true
}

// placePrefixes open place names, capitalised as written there.
var placePrefixes = map[string]bool{"El": true, "Los": true, "Las": true, "San": true, "Santa": true, "Santo": true,
	"São": true, "Ciudad": true, "Puerto": true, "Porto": true}

// shipPrefixes stand before a ship's name.
var shipPrefixes = map[string]bool{"MV": true, "HMS": true, "USS": true, "RV": true, "SS": true, "HMAS": true,
	"HMCS": true, "HMNZS": true, "INS": true}

// placeAfter reports whether a known place follows the run ending before
// toks[j], after a comma: "in Karol Bagh, New Delhi".
func placeAfter(text string, toks []token, j int) bool {
	if j >= len(toks) || !toks[j].comma || !toks[j].cap {
		return false
	}
	for e := j + 1; e <= len(toks) && e <= j+3; e++ {
		if lex.places.has(text[toks[j].start:toks[e-1].end]) {
			return true
		}
		if e < len(toks) && (toks[e].sepPunct || !toks[e].cap) {
			break
		}
	}
	return false
}

// companyNouns say what a person does but name firms as often ("toilet
// paper producer Who Gives a Crap"): they give a role, not evidence.
var companyNouns = map[string]bool{"producer": true, "maker": true, "supplier": true, "retailer": true,
	"distributor": true, "carrier": true, "exporter": true, "importer": true, "lender": true, "shipper": true,
	"contractor": true, "wholesaler": true, "brewer": true, "grower": true, "trader": true, "developer": true,
	"publisher": true, "operator": true, "owner": true, "insurer": true, "manufacturer": true, "builder": true}

// personNoun reports whether the lower-case word w (the text of t) says what
// a person is or does: a title word ("minister") or a noun of
// data/occupations.txt ("astronomer", "activist", "incumbent"). A hyphenated
// word counts by its last part ("then-prime-minister"); a qualifier alone
// ("deputy", "former") does not count.
func personNoun(t token, w string) bool {
	if t.cap {
		return false
	}
	cls := t.cls
	if h := strings.LastIndexByte(w, '-'); h >= 0 {
		w = w[h+1:]
		cls = lex.classes(w)
	}
	return cls.is(titlesSet|occupationsSet) && !modifierTitles[strings.ToLower(w)]
}

// personEvents are what happens to a person, named before "of" and the
// person: "the killing of Qasem Soleimani".
var personEvents = map[string]bool{"killing": true, "death": true, "assassination": true, "murder": true, "arrest": true,
	"funeral": true, "execution": true, "impeachment": true, "resignation": true, "kidnapping": true, "abduction": true,
	"detention": true, "burial": true, "extradition": true, "acquittal": true, "conviction": true, "sentencing": true}

// functionWords are the words that end a noun phrase (articles,
// prepositions, pronouns, auxiliaries).
var functionWords = map[string]bool{"the": true, "a": true, "an": true, "and": true, "or": true, "but": true, "to": true,
	"of": true, "for": true, "with": true, "in": true, "on": true, "at": true, "by": true, "from": true, "is": true,
	"was": true, "are": true, "were": true, "has": true, "had": true, "have": true, "will": true, "would": true,
	"his": true, "her": true, "their": true, "its": true, "won": true, "wins": true, "win": true, "got": true}

// characterCues are the words right before a fictional character's name;
// costumeVerbs take "as" before one ("dressed as", "cosplaying as").
var (
	characterCues = map[string]bool{"character": true, "characters": true, "superhero": true, "villain": true,
		"protagonist": true, "antagonist": true, "mascot": true, "avatar": true, "alter": true}
	costumeVerbs = map[string]bool{"dressed": true, "cosplaying": true, "cosplayed": true, "cosplays": true,
		"costumed": true, "disguised": true, "cosplay": true}
)

// characterBefore reports whether the run at toks[i] follows a cue for a
// fictional character: "the character Tasha Yar", "dressed as Charizard".
func characterBefore(text string, toks []token, i int) bool {
	if i == 0 || toks[i].sepPunct {
		return false
	}
	w := toks[i-1].text(text) // the cues are lower-case words
	if characterCues[w] {
		return true
	}
	return w == "as" && i >= 2 && !toks[i-1].sepPunct && costumeVerbs[strings.ToLower(toks[i-2].text(text))]
}

// regnalTitles are the titles of sovereigns and popes, which stand before a
// given name as part of how the person is named ("Pope Francis", "King
// Charles", "Queen Elizabeth").
var regnalTitles = map[string]bool{"pope": true, "king": true, "queen": true, "emperor": true, "empress": true,
	"prince": true, "princess": true, "tsar": true, "sultan": true}

// sovereignTitle returns the title that belongs to a person's name: when the
// article knows the person by one name only and writes a sovereign's title
// right before it ("On Thursday, Pope Francis announced new church law"),
// the title is part of how the person is named, so the canonical name is
// "Pope Francis", not "Francis". A person with a surname ("Princess
// Ubolratana Mahidol") keeps the title as a role.
func sovereignTitle(p *personBuild, fields []field) string {
	if len(p.names) != 1 {
		return ""
	}
	for _, sp := range p.spans {
		if sp.Para < 0 || sp.Para >= len(fields) {
			continue
		}
		before := fields[sp.Para].text[:sp.Start]
		if !strings.HasSuffix(before, " ") {
			continue
		}
		before = before[:len(before)-1]
		w := before[strings.LastIndexAny(before, " \n\t(“\"")+1:]
		if len(w) > 0 && w[0] >= 'A' && w[0] <= 'Z' && regnalTitles[strings.ToLower(w)] {
			return w
		}
	}
	return ""
}

// pairedTitlesRe finds a coordinated pair of definite titles: "the Prime
// Minister and the President".
var pairedTitlesRe = regexp.MustCompile(`\bthe ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) and the ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)\b`)

// pairedTitles gives roles from a discourse pattern of news reports: a
// sentence naming two people, then, opening the next paragraph's first
// sentence, a coordinated pair of definite titles that refer back to them in
// the same order:
//
//	Sir Keir Starmer also discussed the “progress” … in a phone call with Emmanuel Macron on Saturday, Downing Street said.
//	In a conversation …, “the Prime Minister and the President agreed to stay in close contact …”, Number 10 said.
//
// gives Keir Starmer the role "Prime Minister" and Emmanuel Macron
// "President". Only when the earlier sentence names exactly two people,
// neither has a role yet, and every word of both titles is a title word.
func pairedTitles(pp *people, fields []field) {
	for fi := 1; fi < len(fields); fi++ {
		text := fields[fi].text
		if !strings.Contains(text, " and the ") {
			continue
		}
		m := pairedTitlesRe.FindStringSubmatchIndex(text)
		if m == nil || strings.ContainsAny(text[:m[0]], ".!?") {
			continue // not in the paragraph's first sentence
		}
		t1, t2 := text[m[2]:m[3]], text[m[4]:m[5]]
		if t1 == t2 || !allTitleWords(t1) || !allTitleWords(t2) {
			continue
		}
		prev := fields[fi-1].text
		last := strings.TrimRight(prev, " .!?”’\"")
		from := strings.LastIndexAny(last, ".!?") + 1
		var who []int
		for _, mr := range pp.mentions[fi-1] {
			if mr.start >= from && !slices.Contains(who, mr.person) {
				who = append(who, mr.person)
			}
		}
		if len(who) != 2 || pp.persons[who[0]].role != "" || pp.persons[who[1]].role != "" {
			continue
		}
		pp.persons[who[0]].role, pp.persons[who[1]].role = t1, t2
	}
}

// allTitleWords reports whether every word of s is a title word ("Prime
// Minister", "President").
func allTitleWords(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if !titleWord(w) {
			return false
		}
	}
	return true
}

// governmentsOf appends the governments named as "the government of" a
// place to orgs: "The government of American Samoa issued a statement" is
// an organisation that speaks, named as the article names it.
func governmentsOf(text string, toks []token, fi int, orgs []orgMention) []orgMention {
	for t := 0; t+2 < len(toks); t++ {
		if toks[t].end-toks[t].start != len("government") || !strings.EqualFold(toks[t].text(text), "government") || toks[t+1].text(text) != "of" || toks[t+1].sepPunct || toks[t+2].sepPunct {
			continue
		}
		e := t + 2
		for e < len(toks) && e-t < 6 && toks[e].cap && (e == t+2 || !toks[e].sepPunct) && !toks[e].sentStart {
			e++
			if toks[e-1].poss {
				break
			}
		}
		if e == t+2 || !lex.places.has(text[toks[t+2].start:toks[e-1].end]) {
			continue
		}
		orgs = append(orgs, orgMention{field: fi, start: toks[t].start, end: toks[e-1].end, name: "government of " + text[toks[t+2].start:toks[e-1].end]})
		t = e - 1
	}
	return orgs
}

// listedPeople promotes the weak names of a list of three or more names
// that holds a sure person: "Three American Samoans, Pale Tuli, Rosavita
// Tuli, and John Fitisemanu, who had moved to Utah", "Representatives Eliot
// Engel, Adam Schiff, and Elijah Cummings". A list is names joined by ", ",
// ", and " or " and "; only names of two or three words, none of them a
// place and the last not a common word, are promoted.
func listedPeople(fields []field, cands []candidate) {
	joined := func(a, b candidate) bool {
		if a.field != b.field || a.end > b.start {
			return false
		}
		switch fields[a.field].text[a.end:b.start] {
		case ", ", ", and ", " and ":
			return true
		}
		return false
	}
	for i := 0; i < len(cands); {
		j := i + 1
		for j < len(cands) && joined(cands[j-1], cands[j]) {
			j++
		}
		if j-i >= 3 {
			sure := false
			for _, c := range cands[i:j] {
				if c.ev == evStrong && len(c.names) >= 2 {
					sure = true
				}
			}
			for k := i; sure && k < j; k++ {
				c := &cands[k]
				if c.ev != evWeak || len(c.names) < 2 || len(c.names) > 3 {
					continue
				}
				// the surname must not be a common word; a first name may
				// be ("Pale Tuli")
				ok := !lex.common.has(c.names[len(c.names)-1])
				for _, w := range c.names {
					if lex.places.has(w) {
						ok = false
					}
				}
				if ok {
					c.ev = evStrong
				}
			}
		}
		i = j
	}
}

// grade says how sure the name toks[k:j] is to be a person.
func grade(text string, toks []token, k, j int, titled bool) evidence {
	joined := text[toks[k].start:toks[j-1].end]
	if lex.places.has(joined) {
		return evNone
	}
	if _, ok := lex.org(joined); ok {
		return evNone
	}
	if titled {
		// "Transport Workers" is a title before a common noun, not a name
		for t := k; t < j; t++ {
			w := toks[t].text(text)
			fn, _ := lex.firstName(w)
			if !lex.common.has(w) || fn || lex.lastNames.has(w) {
				return evStrong
			}
		}
		return evNone
	}
	n := j - k
	first := toks[k].text(text)
	last := toks[j-1].text(text)
	if n >= 2 && n <= 5 {
		lastOK := !lex.common.has(last) || lex.lastNames.has(last)
		if fn, _ := lex.firstName(first); fn && (lastOK || !toks[k].sentStart && !toks[k].afterOpen || !lex.common.has(first)) && !lex.places.has(last) {
			return evStrong // "Bridget Brink"; mid-sentence also "Mick Cash"
		}
		if lex.lastNames.has(last) && !lex.common.has(first) && !lex.places.has(first) && !lex.places.has(last) {
			return evStrong
		}
	}
	if lex.places.has(first) && n == 1 {
		return evNone
	}
	return evWeak
}

// locatives are prepositions of place.
var locatives = map[string]bool{"in": true, "near": true, "outside": true, "across": true, "throughout": true,
	"towards": true, "toward": true, "into": true, "at": true, "around": true, "inside": true}

// inRanges reports whether pos lies in one of the sorted ranges.
func inRanges(rs [][2]int, pos int) bool {
	i := sort.Search(len(rs), func(i int) bool { return rs[i][1] > pos })
	return i < len(rs) && rs[i][0] <= pos
}

// isNickname checks the exact shape NAME “Nick” NAME: only an opening mark
// before the nickname and only a closing mark after it.
func isNickname(text string, prevEnd int, nick token, nextStart int) bool {
	before := strings.TrimSpace(text[prevEnd:nick.start])
	after := strings.TrimSpace(text[nick.end:nextStart])
	return (before == "“" || before == "\"" || before == "‘" || before == "'") &&
		(after == "”" || after == "\"" || after == "’" || after == "'")
}

// kinWords name family members; a capitalised run after one is a person.
var kinWords = map[string]bool{"wife": true, "husband": true, "son": true, "sons": true, "daughter": true,
	"daughters": true, "brother": true, "brothers": true, "sister": true, "sisters": true, "mother": true,
	"father": true, "parents": true, "children": true, "child": true, "widow": true, "widower": true,
	"partner": true, "fiancée": true, "fiancé": true, "fiance": true, "fiancee": true, "grandson": true,
	"granddaughter": true, "nephew": true, "niece": true, "cousin": true, "uncle": true, "aunt": true,
	"grandchildren": true, "stepson": true, "stepdaughter": true, "girlfriend": true, "boyfriend": true}

// kinBefore returns the kin word right before toks[i] ("wife Dierdre
// Coleman", "four daughters, Nadine"), or "".
func kinBefore(text string, toks []token, i int) string {
	if i == 0 || toks[i].sentStart || toks[i].afterOpen {
		return ""
	}
	w := toks[i-1].text(text)
	if kinWords[w] {
		return strings.TrimSuffix(w, "s")
	}
	return ""
}

// listContinues reports whether toks[i] continues a list whose previous item
// ended before toks[end]: only a comma and/or "and" lie between.
func listContinues(text string, toks []token, end, i int) bool {
	if toks[i].sentStart || toks[i].afterOpen {
		return false
	}
	if i == end {
		return toks[i].comma
	}
	return i == end+1 && toks[end].text(text) == "and"
}

// titleOfBefore reads a lower-case role of the form "TITLE of …" right before
// a name: "vice president of women and family affairs Masoumeh Ebtekar".
func titleOfBefore(text string, toks []token, i int) string {
	if i == 0 || toks[i].sepPunct {
		return ""
	}
	of := false
	for b := i - 1; b >= 0 && i-b <= 8; b-- {
		t := toks[b]
		if t.cap || t.cls.is(verbsSet) {
			return ""
		}
		w := t.text(text)
		if w == "of" || w == "for" {
			of = true
		}
		if of && t.cls.is(titlesSet) && !modifierTitles[strings.ToLower(w)] && b < i-2 {
			s := b
			for s > 0 && toks[s-1].cls.is(titlesSet) && !toks[s].sepPunct {
				s--
			}
			return text[toks[s].start:toks[i-1].end]
		}
		if t.sepPunct || t.sentStart {
			return ""
		}
	}
	return ""
}

// roleBefore reads a lower-case role just before a name, as in "Labour
// leader Jeremy Corbyn" or "transport secretary Grant Shapps": up to five
// words with no punctuation between them, holding a title word.
func roleBefore(text string, toks []token, i int) string {
	if i == 0 {
		return ""
	}
	// "San Diego's chancellor, Pradeep Khosla", "transport secretary, Grant
	// Shapps": a title word, a comma, the name
	if toks[i].comma && toks[i-1].cls.is(titlesSet) && !modifierTitles[strings.ToLower(toks[i-1].text(text))] {
		b := i - 1
		for b > 0 && i-1-b < 3 && !toks[b].sepPunct && !toks[b].sentStart && (toks[b-1].cls.is(titlesSet | nationalitiesSet)) {
			b--
		}
		return text[toks[b].start:toks[i-1].end]
	}
	if toks[i].sepPunct {
		return ""
	}
	b := i
	title := false
	for b > 0 && i-b < 5 {
		w := toks[b-1].text(text)
		isT := titleWord(w) || personNoun(toks[b-1], w)
		if !(isT || nationality(w) || (toks[b-1].cap && !toks[b-1].sentStart)) {
			break
		}
		title = title || isT
		b--
		if toks[b].sepPunct || toks[b].sentStart {
			break
		}
	}
	if !title || b == i {
		return ""
	}
	for b < i && !toks[b].cls.is(titlesSet) && !toks[b].cls.is(nationalitiesSet) && !toks[b].cap && !personNoun(toks[b], toks[b].text(text)) {
		b++
	}
	if b >= i {
		return ""
	}
	return text[toks[b].start:toks[i-1].end]
}

// apposition reads a role set off by commas after a name: "Bridget Brink,
// the US ambassador in Kyiv, posted a message" -> "US ambassador in Kyiv".
// The phrase starts with the/a/an, a title or a nationality, runs to the next
// comma or full stop, and is at most nine words with no speech verb.
func apposition(text string, toks []token, j int) string {
	if j >= len(toks) || !toks[j].comma {
		return ""
	}
	w := strings.ToLower(toks[j].text(text))
	s := j
	oneOf := false // "Andriy Yermak, one of President Zelensky's aides"
	if w == "the" || w == "a" || w == "an" {
		s++
	} else if w == "one" && j+2 < len(toks) && toks[j+1].text(text) == "of" && !toks[j+1].sepPunct {
		oneOf = true
	} else if !titleWord(w) && !nationality(w) {
		return ""
	}
	e := s
	for e < len(toks) && e-s < 9 {
		if e > s && toks[e].sepPunct {
			break
		}
		if toks[e].cls.is(verbsSet) || pronouns[strings.ToLower(toks[e].text(text))] != 0 {
			return ""
		}
		e++
		if toks[e-1].endSent {
			break
		}
	}
	if e == s || e-s >= 9 && e < len(toks) && !toks[e].sepPunct {
		return ""
	}
	role := text[toks[s].start:toks[e-1].end]
	if toks[e-1].poss {
		return ""
	}
	// The head noun (the last word before a preposition or participle) must
	// name a role: "US ambassador in Kyiv", "a Toronto lawyer representing
	// Spanton"; not "the home town of Mr Zelensky".
	head := s
	if oneOf {
		if head = s + 2; head >= e {
			return ""
		}
	}
	for t := head; t < e; t++ {
		w := strings.ToLower(toks[t].text(text))
		if t > s && (prepositions[w] || strings.HasSuffix(w, "ing")) {
			break
		}
		head = t
	}
	hw := toks[head].text(text)
	if oneOf && !toks[head].cap && lex.classes(strings.TrimSuffix(hw, "s")).is(titlesSet|occupationsSet|descriptionsSet) {
		return role // a plural noun for people: "aides", "founders"
	}
	if oneOf || !(titleWord(hw) || lex.descriptions.has(hw) || lex.descriptions.has(strings.TrimSuffix(hw, "s")) || personNoun(toks[head], hw)) || modifierTitles[strings.ToLower(hw)] {
		return "" // "Kryvyi Rih, the home town of Mr Zelensky": not a person's role
	}
	return role
}

// findPeople finds the people named in the fields, the byline and the
// caption credits, and where each field names them.
//
// A person needs evidence: an honorific or title ("Mr Healey", "Defence
// Secretary John Healey"), a known first name ("Bridget Brink"), a known
// surname ("Kino Gabriel"), or the surname of a person already found
// ("Volodymyr Zelensky" after "Mr Zelensky"; "Healey" after "John Healey").
// Mentions of one surname are one person unless their first names differ.
func findPeople(a *Article, fields []field, raws []rawQuote) *people {
	// Names inside a quoted title are not people: “Make the World Greta Again”.
	titled := make([][][2]int, len(fields))
	for i := range raws {
		q := &raws[i]
		if len(q.parts) != 1 {
			continue
		}
		p := q.parts[0]
		if t := fields[q.fields[0]].text[p.Start:p.End]; countWords(t) <= 8 && titleCase(t) {
			titled[q.fields[0]] = append(titled[q.fields[0]], [2]int{p.Start, p.End})
		}
	}
	pp := &people{byLast: map[string][]int{}, byWord: map[string][]int{}, acronyms: map[string]string{}, mentions: make([][]mentionRef, len(fields)),
		orgs: make([][]orgMention, len(fields)), tokens: make([][]token, len(fields))}
	var cands []candidate
	var runs [][2]int
	var lone []loneName
	// Only fields holding a quote keep their tokens for the speaker sieve;
	// the others share one scratch slice, which keeps the heap small.
	quoted := make([]bool, len(fields))
	for i := range raws {
		for _, f := range raws[i].fields {
			quoted[f] = true
		}
	}
	// The kept tokens are cut from one slab, each field's part sized as
	// tokenize sizes it (one word a space); a field with more words than
	// that grows out of its part on its own.
	var scratch []token
	room := func(text string) int { n := strings.Count(text, " "); return n + n/8 + 2 }
	total := 0
	for fi, f := range fields {
		if quoted[fi] {
			total += room(f.text)
		}
	}
	tokSlab := make([]token, 0, total)
	for fi, f := range fields {
		var toks []token
		if quoted[fi] {
			k, n := len(tokSlab), room(f.text)
			toks = tokenize(f.text, tokSlab[k:k:k+n])
			tokSlab = tokSlab[:k+n]
			pp.tokens[fi] = toks
		} else {
			scratch = tokenize(f.text, scratch[:0])
			toks = scratch
		}
		runs = findRuns(f.text, toks, runs[:0])
		// "the Catholic Bishops' Conference of the Philippines (CBCP)": an
		// acronym in brackets names the words before it whose initials it
		// spells, possessives and connectors included.
		for t := 1; t < len(toks); t++ {
			if toks[t].start > 0 && f.text[toks[t].start-1] == '(' && acronym(toks[t].text(f.text)) {
				if st, name, ok := acronymSource(f.text, toks, t); ok {
					pp.orgs[fi] = append(pp.orgs[fi], orgMention{field: fi, start: toks[st].start, end: toks[t-1].end, name: name})
					pp.acronyms[toks[t].text(f.text)] = name
				}
			}
		}
		pp.orgs[fi] = governmentsOf(f.text, toks, fi, pp.orgs[fi])
		kinEnd := -1 // token index where the last run of a kin list ended
		skipRuns := 0
		for ri, r := range runs {
			if skipRuns > 0 {
				skipRuns--
				continue
			}
			if inRanges(titled[fi], toks[r[0]].start) {
				continue
			}
			// Edward Lodewijk “Eddie” Van Halen: a nickname in quotes between
			// two runs joins them into one name, the nickname an alias.
			nick := ""
			if ri+2 < len(runs) && runs[ri+1][0] == r[1] && runs[ri+1][1]-runs[ri+1][0] == 1 && runs[ri+2][0] == runs[ri+1][1] &&
				isNickname(f.text, toks[r[1]-1].end, toks[r[1]], toks[runs[ri+2][0]].start) && !toks[r[1]-1].poss {
				nick = toks[r[1]].text(f.text)
			}
			runOrg, runIsOrg := orgRun(f.text, toks, r[0], r[1])
			if o, ok := runOrg, runIsOrg; ok && o.known {
				if r[1]-r[0] == 1 && !toks[r[0]].poss && (r[0] == 0 || !strings.EqualFold(toks[r[0]-1].text(f.text), "the")) {
					// "Bloomberg endorsed his former rival" after "Michael
					// Bloomberg": a known organisation's name may be the
					// surname of a person named in full (see 2b below)
					lone = append(lone, loneName{toks[r[0]].start, int32(fi), int32(r[0]), int32(len(pp.orgs[fi])), int32(toks[r[0]].end - toks[r[0]].start)})
				}
				pp.orgs[fi] = append(pp.orgs[fi], orgMention{field: fi, start: o.start, end: o.end, name: o.name})
				continue
			}
			if name, ok := definesAcronym(f.text, toks, r[0], r[1]); ok {
				o := orgMention{field: fi, start: toks[r[0]].start, end: toks[r[1]-1].end, name: name}
				if strings.EqualFold(toks[r[0]].text(f.text), "the") {
					o.start = toks[r[0]+1].start
				}
				pp.orgs[fi] = append(pp.orgs[fi], o)
				pp.acronyms[toks[r[1]].text(f.text)] = o.name
				continue
			}
			c, org := analyseRun(f.text, toks, r[0], r[1])
			if org || c.names == nil {
				if r[1]-r[0] == 1 && !toks[r[0]].poss && (r[0] == 0 || !strings.EqualFold(toks[r[0]-1].text(f.text), "the")) {
					// "West" may be Kanye West's surname: see 2b below
					org := -1
					if runIsOrg {
						org = len(pp.orgs[fi])
					}
					lone = append(lone, loneName{toks[r[0]].start, int32(fi), int32(r[0]), int32(org), int32(toks[r[0]].end - toks[r[0]].start)})
				}
				if o, ok := runOrg, runIsOrg; ok {
					if full, ok := pp.acronyms[o.name]; ok {
						o.name = full
					}
					pp.orgs[fi] = append(pp.orgs[fi], orgMention{field: fi, start: o.start, end: o.end, name: o.name})
				}
				continue
			}
			// "A couple from Florida, Richard and Lisa Parry": a first name
			// alone before "and" and a first name with a surname shares it.
			if len(c.names) == 1 && !c.honorific && c.ev != evNone && ri+1 < len(runs) && runs[ri+1][0] == r[1]+1 && runs[ri+1][1]-runs[ri+1][0] == 2 &&
				toks[r[1]].text(f.text) == "and" && !toks[r[1]].sepPunct && !toks[r[1]+1].sepPunct {
				fn1 := lex.commonFirstName(c.names[0]) // not "Giuliani and Andriy Yermak"
				fn2, _ := lex.firstName(toks[runs[ri+1][0]].text(f.text))
				if last := toks[runs[ri+1][0]+1]; fn1 && fn2 && !last.cls.is(placesSet|orgWordsSet|titlesSet) && !last.poss {
					c.names = append(c.names, last.text(f.text))
					c.ev = evStrong
				}
			}
			// Kin lists name people: "his second wife Dierdre Coleman, their
			// two sons Wyatt and Zachary, and four daughters, Nadine, Ashley"
			if kin := kinBefore(f.text, toks, r[0]); kin != "" || kinEnd >= 0 && listContinues(f.text, toks, kinEnd, r[0]) {
				if c.ev != evNone || len(c.names) == 1 {
					c.ev = evStrong
				}
				if c.role == "" {
					c.role = kin
				}
				kinEnd = r[1]
			} else {
				kinEnd = -1
			}
			if c.ev == evWeak && len(c.names) >= 2 {
				if role := titleOfBefore(f.text, toks, r[0]); role != "" {
					c.ev, c.role = evStrong, role
				}
			}
			if c.ev == evNone {
				// "The Foreign Ministry of Iraq" is one organisation; a place
				// alone may speak for its government ("Northern Ireland has
				// suggested"), which the speaker rules take only right before a verb.
				org := int32(-1)
				if o, ok := runOrg, runIsOrg; ok && c.firstTok > r[0] {
					org = int32(len(pp.orgs[fi]))
					pp.orgs[fi] = append(pp.orgs[fi], orgMention{field: fi, start: o.start, end: o.end, name: o.name})
				} else if name := f.text[toks[c.firstTok].start:toks[c.lastTok].end]; lex.places.has(name) {
					org = int32(len(pp.orgs[fi]))
					pp.orgs[fi] = append(pp.orgs[fi], orgMention{field: fi, start: toks[c.firstTok].start, end: toks[c.lastTok].end, name: name})
				}
				if c.firstTok > r[0] && c.firstTok == c.lastTok && r[1] == c.lastTok+1 && toks[c.firstTok-1].cls.is(titlesSet|honorificsSet) {
					// "Captain Rochester" after "USCG Captain Monica
					// Rochester": a title before a lone place-like word may
					// name a person's surname (see 2b below)
					t := toks[c.firstTok]
					lone = append(lone, loneName{t.start, int32(fi), int32(c.firstTok), org, int32(t.end - t.start)})
				}
				continue
			}
			// "Transport for London Commissioner Andy Byford": the organisation before the person
			if k := c.firstTok; k > r[0] {
				if o, ok := orgRun(f.text, toks, r[0], k); ok {
					pp.orgs[fi] = append(pp.orgs[fi], orgMention{field: fi, start: o.start, end: o.end, name: o.name})
				}
			}
			if nick != "" && c.lastTok == r[1]-1 {
				// the run after the nickname completes the name
				r2 := runs[ri+2]
				for t := r2[0]; t < r2[1]; t++ {
					c.names = append(c.names, toks[t].text(f.text))
				}
				c.lastTok, c.end, c.nick = r2[1]-1, toks[r2[1]-1].end, nick
				if c.ev == evWeak {
					c.ev = evStrong
				}
			}
			c.field = fi
			c.speechNearby = speechAdjacent(f.text, toks, c.firstTok, c.lastTok)
			if len(cands) == cap(cands) {
				cands = slices.Grow(cands, len(cands)) // double, not the 1.25x of append on big slices
			}
			cands = append(cands, c)
			if nick != "" && c.nick != "" {
				skipRuns = 2
			}
		}
	}
	listedPeople(fields, cands)
	order := func(c candidate) int { return c.field<<32 | c.start }
	// Byline authors come first in reading order after the headline.
	for _, au := range a.Authors {
		if toks := strings.Fields(au.Name); len(toks) > 0 {
			p := pp.add(toks, -1)
			if p.role == "" {
				p.role = au.Role
			}
		}
	}
	// 1. Multi-word names with strong evidence; names that carry a nickname
	// first, so that "Eddie Van Halen" in a headline finds Edward Lodewijk
	// “Eddie” Van Halen of the body.
	for _, c := range cands {
		if c.ev == evStrong && len(c.names) >= 2 && c.nick != "" {
			pp.attach(c, order(c), true)
		}
	}
	for _, c := range cands {
		if c.ev == evStrong && len(c.names) >= 2 && c.nick == "" {
			pp.attach(c, order(c), true)
		}
	}
	// 2. Single names with an honorific or title: "Mr Healey", "President Macron".
	for _, c := range cands {
		if c.ev == evStrong && len(c.names) == 1 {
			pp.attach(c, order(c), true)
		}
	}
	// 2b. A lone word that reads as a place ("West") is the surname of a
	// person named in full ("rapper Kanye West"): a mention of that person,
	// and no place that speaks.
	// Not after "the" ("the West"). Backwards, so that the organisation
	// mentions' indices hold as they are deleted.
	for li := len(lone) - 1; li >= 0; li-- {
		l := lone[li]
		fi, end := int(l.field), l.start+int(l.n)
		w := fields[fi].text[l.start:end]
		if !pp.hasFullSurname(w) {
			continue
		}
		c := candidate{field: fi, start: l.start, end: end, nameStart: l.start, names: []string{w},
			ev: evWeak, firstTok: int(l.tok), lastTok: int(l.tok)}
		pp.attach(c, order(c), false)
		if l.org >= 0 {
			pp.orgs[fi] = slices.Delete(pp.orgs[fi], int(l.org), int(l.org)+1)
		}
	}
	// 3. Weak runs: a known person's surname, or a name that speaks ("Wong said").
	speaking := map[string]bool{}
	for _, c := range cands {
		if c.ev == evWeak && c.speechNearby {
			speaking[strings.ToLower(c.names[len(c.names)-1])] = true
		}
	}
	done := make([]bool, len(cands))
	for ci, c := range cands {
		if c.ev != evWeak {
			continue
		}
		// A name that speaks is a person when none of its words is a common
		// word or place and, for a single word, it is a known first or last
		// name ("Rob Bartlett tweeted", "Wong said"; not "Facebook said").
		known, plain := false, true
		for i, w := range c.names {
			fn, _ := lex.firstName(w)
			switch {
			case fn || lex.lastNames.has(w):
				known = true
			case lex.places.has(w):
				plain = false
			case lex.common.has(w) && (i == len(c.names)-1 || len(c.names) == 1):
				// "Rob Bartlett" may start with a common word; a name ends in
				// one only after a known first name ("Steve Peers")
				if fn, _ := lex.firstName(c.names[0]); !fn || len(c.names) == 1 {
					plain = false
				}
			}
		}
		// So is a full name whose surname speaks elsewhere ("Karsten Warholm"
		// … "Warholm said").
		full := len(c.names) >= 2 && len(c.names) <= 4 && speaking[strings.ToLower(c.names[len(c.names)-1])]
		if (c.speechNearby && (known || len(c.names) >= 2) || full) && plain && len(c.names) <= 4 {
			pp.attach(c, order(c), true)
			done[ci] = true
		}
	}
	for ci, c := range cands {
		if c.ev == evWeak && !done[ci] {
			pp.attach(c, order(c), false)
		}
	}
	// Caption text names people and their roles ("Defence Secretary John
	// Healey"); it has no span in the body, so it adds no mention.
	for _, cp := range a.Captions {
		toks := tokenize(cp.Text, nil)
		for _, r := range findRuns(cp.Text, toks, nil) {
			c, org := analyseRun(cp.Text, toks, r[0], r[1])
			if org || c.names == nil || c.ev != evStrong {
				continue
			}
			i := pp.lookup(c.names)
			if i < 0 {
				p := pp.add(c.names, 1<<61)
				p.role = c.role
				continue
			}
			if p := pp.persons[i]; p.role == "" {
				p.role = c.role
			}
		}
	}
	// Photographers from caption credits: "Andrew Matthews/PA".
	for _, cp := range a.Captions {
		for _, part := range strings.Split(cp.Credit, "/") {
			if i := strings.IndexByte(part, '('); i >= 0 { // "Thomas Davies (flickr)"
				part = part[:i]
			}
			toks := strings.Fields(strings.TrimSpace(part))
			if !creditName(toks) {
				continue
			}
			p := pp.add(toks, 1<<62)
			if p.role == "" {
				p.role = "photographer"
			}
		}
	}
	for fi := range pp.mentions {
		sortMentions(pp.mentions[fi])
		slices.SortStableFunc(pp.orgs[fi], func(a, b orgMention) int { return a.start - b.start })
	}
	for _, p := range pp.persons {
		if p.suffix == "" {
			p.sovereign = sovereignTitle(p, fields)
		}
	}
	pairedTitles(pp, fields)
	return pp
}

// creditName reports whether the words of a caption credit name a person:
// two to four words with no organisation, title or function word ("Jo
// Jorgensen for President", "House of Representatives" name no one) that open
// with a known first name ("Andrew Matthews", "Chris j wood") or are all
// capitalised words that are neither common words nor places ("Markham
// Robinson", "Pax Ahimsa Gethen", "Дмитрий Кошелев").
func creditName(toks []string) bool {
	if len(toks) < 2 || len(toks) > 4 {
		return false
	}
	for _, w := range toks {
		if cls := lex.classes(w); cls.is(orgWordsSet|titlesSet|notNamesSet) || functionWords[strings.ToLower(w)] || acronym(w) {
			return false
		}
	}
	if _, known := lex.org(strings.Join(toks, " ")); known {
		return false
	}
	if fn, _ := lex.firstName(toks[0]); fn {
		return true
	}
	for _, w := range toks {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || lex.classes(w).is(commonSet|placesSet) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
				return false
			}
		}
	}
	return true
}

func sortMentions(ms []mentionRef) {
	slices.SortStableFunc(ms, func(a, b mentionRef) int { return a.start - b.start })
}

// add finds or creates the person with these name words.
func (pp *people) add(names []string, order int) *personBuild {
	if i := pp.lookup(names); i >= 0 {
		p := pp.persons[i]
		if len(names) > len(p.names) {
			pp.rename(i, names)
		}
		return p
	}
	p := &personBuild{order: order}
	p.setNames(names)
	if fn, g := lex.firstName(names[0]); fn && len(names) > 1 {
		p.sex = g
	}
	pp.persons = append(pp.persons, p)
	l := foldName(names[len(names)-1])
	pp.byLast[l] = append(pp.byLast[l], len(pp.persons)-1)
	pp.index(len(pp.persons) - 1)
	return p
}

// index files person i under every word of its name, so that a lookup by
// first or inner name reads the persons who have that word, not all of them.
func (pp *people) index(i int) {
	p := pp.persons[i]
	for k, w := range p.names {
		f := foldName(w)
		if k == 0 {
			f = p.first()
		}
		if ids := pp.byWord[f]; len(ids) == 0 || ids[len(ids)-1] != i {
			pp.byWord[f] = append(ids, i)
		}
	}
}

// candidates returns the persons with the word w in their name or any of
// the surnames lasts, each once, in the order of pp.persons.
func (pp *people) candidates(w string, lasts ...string) []int {
	out := slices.Clone(pp.byWord[w])
	for _, l := range lasts {
		out = append(out, pp.byLast[l]...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// lookup finds the person these name words refer to: same surname and a
// compatible first name (equal, an initial of it, or absent on one side), or
// a lone word equal to a person's first name when only one person has it.
func (pp *people) lookup(names []string) int {
	return pp.lookupKey(names, foldName(names[len(names)-1]))
}

// lookupKey is lookup with the folded surname already computed.
func (pp *people) lookupKey(names []string, last string) int {
	best := -1
	for _, i := range pp.byLast[last] {
		p := pp.persons[i]
		if len(names) == 1 || len(p.names) == 1 {
			best = i // the last match wins: the most recent such person
			continue
		}
		a, b := foldName(names[0]), p.first()
		if a == b || a == p.nick || strings.HasPrefix(b, strings.TrimSuffix(a, ".")) && len(a) <= 2 || strings.HasPrefix(a, strings.TrimSuffix(b, ".")) && len(b) <= 2 {
			return i
		}
		// a short form of the first name: "Mitch Stoltz" and "Mitchell
		// Stoltz", "Stan Štefl" and "Stanislav Štefl"
		if len(a) >= 3 && len(b) >= 3 && (strings.HasPrefix(b, a) || strings.HasPrefix(a, b)) && len(names) == len(p.names) && sameSex(a, b) {
			return i
		}
	}
	if best >= 0 {
		return best
	}
	if len(names) != 1 {
		return pp.lookupCompound(names)
	}
	// A lone word may be the first name of one person ("Walter" for Walter
	// Munk) or an inner surname ("Rosselló" for Ricardo Rosselló Nevares).
	match := -1
	for _, i := range pp.candidates(last) { // its first or an inner name
		p := pp.persons[i]
		hit := len(p.names) >= 2 && p.first() == last
		for k := 1; k < len(p.names)-1 && !hit; k++ {
			hit = foldName(p.names[k]) == last && len(p.names[k]) > 2
		}
		if hit {
			if match >= 0 && match != i {
				return -1
			}
			match = i
		}
	}
	return match
}

// sameSex reports whether two first names may be one person's: not when the
// lists give them different sexes (Paul and Paula, Eric and Erica), nor
// when either is unknown and one is the other with a final "a" or "e"
// (Daniel and Daniela, Louis and Louise).
func sameSex(a, b string) bool {
	fa, sa := lex.firstName(a)
	fb, sb := lex.firstName(b)
	if fa && fb && sa != 0 && sb != 0 {
		return sa == sb
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b) == len(a)+1 && (b[len(b)-1] == 'a' || b[len(b)-1] == 'e') {
		return false
	}
	return true
}

// lookupCompound finds the one person whose name holds these name words in
// a longer or shorter form: the same first name with the shorter form's
// surname inside the longer ("Wanda Vázquez" and "Wanda Vázquez Garced",
// "Pedro Pierluisi" and "Pedro R. Pierluisi Urrutia", as Spanish double
// surnames are written), or the shorter form the tail of the longer one
// (see tailName).
func (pp *people) lookupCompound(names []string) int {
	match := -1
	f0, fl := foldName(names[0]), foldName(names[len(names)-1])
	// A hit has this surname among its names (this the shorter form), or its
	// surname among these inner names (this the longer form), or this
	// surname (the tail).
	lasts := []string{fl}
	for _, w := range names[1 : len(names)-1] {
		lasts = append(lasts, foldName(w))
	}
	for _, i := range pp.candidates(fl, lasts...) {
		p := pp.persons[i]
		if len(p.names) < 2 || len(p.names) == len(names) {
			continue
		}
		short, long := names, p.names
		if len(short) > len(long) {
			short, long = long, short
		}
		hit := false
		if p.first() == f0 && len(short[len(short)-1]) > 2 {
			ls := fl // the shorter form's surname, inside the longer form
			if len(names) > len(p.names) {
				ls = foldName(short[len(short)-1])
			}
			for k := 1; k < len(long)-1 && !hit; k++ {
				hit = foldName(long[k]) == ls
			}
		}
		// the tail: the same surname, which only the persons filed under it have
		if !hit && len(short) >= 2 && slices.Contains(pp.byLast[fl], i) && tailName(short[0], long[:len(long)-len(short)]) {
			hit = true
			for k := range short {
				hit = hit && foldName(short[len(short)-1-k]) == foldName(long[len(long)-1-k])
			}
		}
		if hit {
			if match >= 0 && match != i {
				return -1
			}
			match = i
		}
	}
	return match
}

// tailName reports whether a name that opens with the word w may be the
// tail of a longer name that opens with the words extra: w is a particle
// ("De La Fuente" of "Rocky De La Fuente"), or a word that is neither a
// common word nor a first name ("Pierluisi Urrutia" of "Pedro R. Pierluisi
// Urrutia"), or extra is only initials ("Shiva Parvathi" of "B Shiva
// Parvathi"). Not "Red Hat" of "Will Red Hat".
func tailName(w string, extra []string) bool {
	if nameParticles[strings.ToLower(w)] {
		return true
	}
	if fn, _ := lex.firstName(w); !fn && !lex.common.has(w) {
		return true
	}
	for _, e := range extra {
		if len(strings.TrimSuffix(e, ".")) > 1 {
			return false
		}
	}
	return true
}

// loneName is a lone capitalised word read as a place, and the index of
// its organisation mention, kept in case it is a person's surname.
type loneName struct {
	start           int
	field, tok, org int32 // org -1 for none
	n               int32 // the word's length in bytes
}

// hasFullSurname reports whether a person named in full has the surname w
// (as written; folded here, without allocating for a short ASCII word).
func (pp *people) hasFullSurname(w string) bool {
	var persons []int
	var buf [32]byte
	if n := len(w); n <= len(buf) {
		for i := 0; i < n; i++ {
			c := w[i]
			if c >= utf8.RuneSelf {
				n = -1
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		if n >= 0 {
			persons = pp.byLast[string(buf[:n])]
		} else {
			persons = pp.byLast[foldName(w)]
		}
	} else {
		persons = pp.byLast[foldName(w)]
	}
	for _, i := range persons {
		if len(pp.persons[i].names) >= 2 {
			return true
		}
	}
	return false
}

// sharedSurname picks, for a lone surname that several people of the
// article share ("Trump" with Donald Trump and Melania Trump), the one it
// means: the one whose name the article has written most so far (full
// names are linked before lone surnames: Donald Trump over Melania Trump,
// Elijah Cummings over his wife and parents, Usman Khan over Sadiq Khan),
// then the first named. -1 when the surname is not shared: lookup decides.
// The nearest person named before is no guide: in "Maya Rockeymoore
// Cummings … said Cummings “worked until his last breath”" and "his
// parents, Robert Cummings Sr. and Ruth Elma Cummings, were sharecroppers.
// In grade school, Cummings …" Cummings is Elijah.
func (pp *people) sharedSurname(c candidate, last string) int {
	if len(c.names) != 1 {
		return -1
	}
	shared := pp.byLast[last]
	n := 0
	for _, i := range shared {
		if len(pp.persons[i].names) >= 2 {
			n++
		}
	}
	if n < 2 {
		return -1
	}
	best := -1
	for _, i := range shared {
		p := pp.persons[i]
		if len(p.names) < 2 {
			continue
		}
		if best < 0 || len(p.spans) > len(pp.persons[best].spans) ||
			len(p.spans) == len(pp.persons[best].spans) && p.order < pp.persons[best].order {
			best = i
		}
	}
	return best
}

// rename gives person i the fuller form names, and files it under the new
// surname too (the old one still finds it).
func (pp *people) rename(i int, names []string) {
	p := pp.persons[i]
	p.setNames(names)
	l := foldName(names[len(names)-1])
	if !slices.Contains(pp.byLast[l], i) {
		pp.byLast[l] = append(pp.byLast[l], i)
	}
	pp.index(i)
}

// attach links a candidate mention to its person, creating one if allowed.
func (pp *people) attach(c candidate, order int, create bool) {
	last := foldName(c.names[len(c.names)-1])
	i := pp.sharedSurname(c, last)
	if i < 0 {
		i = pp.lookupKey(c.names, last)
	}
	if i < 0 && c.birthName && len(c.names) >= 2 {
		// a birth name is another name of the person it is said of, who
		// keeps the name the article uses: "Ginger Baker was born Peter
		// Edward Baker" (née: the surname may differ, so only a shared
		// one is taken)
		ms := pp.mentions[c.field]
		for mi := len(ms) - 1; mi >= 0 && len(ms)-mi <= maxLookback; mi-- {
			k := ms[mi].person
			if p := pp.persons[k]; ms[mi].start < c.start && len(p.names) > 0 && foldName(p.names[len(p.names)-1]) == last {
				p.fromText = true
				pp.mentions[c.field] = appendDoubling(pp.mentions[c.field], mentionRef{start: c.start, end: c.end,
					tokFirst: c.firstTok, tokLast: c.lastTok, person: k})
				p.spans = appendDoubling(p.spans, Span{Para: c.field, Start: c.start, End: c.end})
				return
			}
		}
	}
	if i < 0 {
		if !create {
			return
		}
		pp.add(c.names, order)
		i = pp.lookup(c.names)
		if i < 0 {
			return
		}
	}
	p := pp.persons[i]
	if len(c.names) > len(p.names) && (foldName(c.names[len(c.names)-1]) == foldName(p.names[len(p.names)-1]) || len(p.names) >= 2 && foldName(c.names[0]) == p.first()) ||
		len(c.names) == len(p.names) && accented(c.names) && !accented(p.names) ||
		len(c.names) == len(p.names) && len(c.names[0]) > len(p.names[0]) && strings.HasPrefix(foldName(c.names[0]), p.first()) && sameSex(c.names[0], p.names[0]) {
		pp.rename(i, c.names) // the fullest form ("Mitchell" over "Mitch"), and "Kaczyński" over a headline's "Kaczynski"
	}
	if order < p.order {
		p.order = order
	}
	if p.role == "" && c.role != "" {
		p.role = c.role
	}
	if c.nick != "" {
		p.nick = foldName(c.nick)
	}
	if c.suffix != "" && p.suffix == "" {
		p.suffix = c.suffix
	}
	p.fromText = true
	pp.mentions[c.field] = appendDoubling(pp.mentions[c.field], mentionRef{start: c.start, end: c.end,
		tokFirst: c.firstTok, tokLast: c.lastTok, person: i})
	p.spans = appendDoubling(p.spans, Span{Para: c.field, Start: c.start, End: c.end}) // Location fixed in build
}

// speechAdjacent reports whether a speech verb stands right after the name
// ("Wong said") or right before it ("said Wong").
func speechAdjacent(text string, toks []token, first, last int) bool {
	if last+1 < len(toks) && !toks[last+1].sepPunct && toks[last+1].cls.is(verbsSet) {
		return true
	}
	// an apposition between the name and the verb: "Sharif Hotak, of the
	// Maidan Wardak provincial council, described", "Howard Rubel, a Toronto
	// lawyer representing Spanton, told the BBC"
	if last+1 < len(toks) && toks[last+1].comma {
		for t := last + 2; t < len(toks) && t-last < 14; t++ {
			if toks[t].sentStart || toks[t].afterOpen {
				break
			}
			if toks[t].comma {
				if toks[t].cls.is(verbsSet) || t+1 < len(toks) && toks[t+1].cls.is(verbsSet) && !toks[t+1].sepPunct && auxiliaries[strings.ToLower(toks[t].text(text))] {
					return true
				}
				break
			}
		}
	}
	// an affiliation before the verb: "Xiaogang Wei of the Beijing Gender
	// Health Education Institute commented"
	if last+1 < len(toks) && !toks[last+1].sepPunct && toks[last+1].text(text) == "of" {
		for t := last + 2; t < len(toks) && t-last < 14; t++ {
			if toks[t].sentStart || toks[t].afterOpen {
				break
			}
			if toks[t].cls.is(verbsSet) {
				return true
			}
		}
	}
	return first > 0 && !toks[first].sepPunct && toks[first-1].cls.is(verbsSet)
}

// definesAcronym reports whether the run toks[i:j] is followed by its own
// acronym in brackets, as in "Transport for London (TfL) told passengers" or
// "the Syrian Democratic Forces (SDF)": the run names an organisation.
func definesAcronym(text string, toks []token, i, j int) (string, bool) {
	if j >= len(toks) || j-i < 2 || !acronym(toks[j].text(text)) || !strings.HasSuffix(text[:toks[j].start], "(") {
		return "", false
	}
	if strings.EqualFold(toks[i].text(text), "the") {
		i++
	}
	var initials []rune
	for t := i; t < j; t++ {
		if toks[t].cap {
			initials = append(initials, []rune(toks[t].text(text))[0])
		}
	}
	acr := toks[j].text(text)
	n := 0
	for _, r := range acr {
		if r >= 'A' && r <= 'Z' {
			if n >= len(initials) || initials[n] != r {
				return "", false
			}
			n++
		}
	}
	if n != len(initials) {
		return "", false
	}
	return text[toks[i].start:toks[j-1].end], true
}

// acronymSource finds the words before the acronym toks[j] whose capitals
// spell it, walking back over capitalised words and connectors.
func acronymSource(text string, toks []token, j int) (int, string, bool) {
	acr := toks[j].text(text)
	var caps []rune
	for _, r := range acr {
		if r >= 'A' && r <= 'Z' {
			caps = append(caps, r)
		}
	}
	n := len(caps)
	t := j - 1
	for t >= 0 && n > 0 && j-t < 12 {
		w := toks[t].text(text)
		if toks[t].cap {
			if []rune(w)[0] != caps[n-1] {
				return 0, "", false
			}
			n--
		} else if !connectors[w] && w != "and" {
			return 0, "", false
		}
		if n == 0 {
			break
		}
		if toks[t].sentStart {
			return 0, "", false
		}
		t--
	}
	if n != 0 || t < 0 {
		return 0, "", false
	}
	return t, text[toks[t].start:toks[j-1].end], true
}

// orgRun names the organisation in a capitalised run that holds an
// organisation word or is a known speaking body: "the Ministry of Defence",
// "Number 10", "Downing Street", "Transport for London".
func orgRun(text string, toks []token, i, j int) (orgMention, bool) {
	// "Number 10": a capitalised word followed by a number.
	if j < len(toks) && !toks[j].sepPunct {
		if c, ok := lex.org(text[toks[i].start:toks[j].end]); ok {
			return orgMention{start: toks[i].start, end: toks[j].end, name: c, known: true}, true
		}
	}
	for i < j && toks[i].cls.is(notNamesSet) {
		i++ // "the", "a", "Although …"
	}
	if i >= j {
		return orgMention{}, false
	}
	// An acronym is an organisation: "TfL", "the SDF".
	if j-i == 1 && acronym(toks[i].text(text)) {
		return orgMention{start: toks[i].start, end: toks[i].end, name: toks[i].text(text)}, true
	}
	s := text[toks[i].start:toks[j-1].end]
	if c, ok := lex.org(s); ok {
		return orgMention{start: toks[i].start, end: toks[j-1].end, name: c, known: true}, true
	}
	if j-i == 1 && toks[i].cls.is(orgWordsSet|nationalitiesSet) {
		return orgMention{}, false // "Court", "Office", "Western" alone name no one
	}
	for t := i; t < j; t++ {
		if toks[t].cls.is(orgWordsSet) {
			return orgMention{start: toks[i].start, end: toks[j-1].end, name: s}, true
		}
	}
	return orgMention{}, false
}

// buildPeople turns the assembled people into the model's Persons, in order
// of first mention, with mention spans in the article's fields.
func buildPeople(pp *people, fields []field) []Person {
	idx := make([]int, len(pp.persons))
	for i := range idx {
		idx[i] = i
	}
	// stable insertion sort by order (few people)
	for i := 1; i < len(idx); i++ {
		for j := i; j > 0 && pp.persons[idx[j]].order < pp.persons[idx[j-1]].order; j-- {
			idx[j], idx[j-1] = idx[j-1], idx[j]
		}
	}
	out := make([]Person, 0, len(idx))
	for _, i := range idx {
		p := pp.persons[i]
		name := p.name()
		per := Person{Name: name, Role: p.role, Aliases: []string{}, Quotes: p.quotes, Spans: make([]Span, 0, len(p.spans))}
		seen := map[string]bool{name: true}
		for _, s := range p.spans {
			f := fields[s.Para]
			sp := Span{Location: f.loc, Para: f.para, Start: s.Start, End: s.End}
			per.Spans = append(per.Spans, sp)
			if form := f.text[s.Start:s.End]; !seen[form] {
				seen[form] = true
				per.Aliases = append(per.Aliases, form)
			}
		}
		per.Mentions = len(per.Spans)
		out = append(out, per)
	}
	return out
}
