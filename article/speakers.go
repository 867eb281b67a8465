package article

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// speaker is the result of the speaker sieve for one quote.
type speaker struct {
	person int    // index into people.persons, or -1
	org    string // organisation name when the speaker is one
	desc   string // description of an unnamed speaker ("a witness")
	typ    string // SpeakerPerson, SpeakerOrganisation, SpeakerUnnamed or ""
}

var noSpeaker = speaker{person: -1}

func (s speaker) found() bool { return s.typ != "" }

// auxiliaries may stand between a speaker and the speech verb ("Mr Zelensky
// has said", "the MoD has said", "he also said").
var auxiliaries = map[string]bool{"has": true, "had": true, "have": true, "was": true, "is": true, "also": true,
	"then": true, "later": true, "earlier": true, "previously": true, "reportedly": true, "further": true,
	"had been": true, "would": true, "will": true, "once": true, "again": true, "last": true, "just": true}

// addresseeVerbs take the listener as their object: "Mr Healey told the
// BBC", "he urged ministers".
var addresseeVerbs = map[string]bool{"told": true, "tell": true, "tells": true, "telling": true, "asked": true,
	"asks": true, "urged": true, "urges": true, "thanked": true, "warned": true, "warns": true, "praised": true,
	"criticised": true, "criticized": true, "called": true, "calls": true, "calling": true, "described": true,
	"describes": true, "describing": true, "quoted": true}

// prepositions before a mention make it an object, not the sentence's subject.
var prepositions = map[string]bool{"by": true, "with": true, "of": true, "to": true, "from": true, "on": true,
	"for": true, "about": true, "against": true, "at": true, "in": true, "into": true, "between": true,
	"and": true, "than": true, "like": true, "including": true, "after": true, "before": true, "over": true, "via": true, "through": true}

// namingCues introduce a name or term rather than someone's words.
var namingCues = map[string]bool{"so-called": true, "dubbed": true, "nicknamed": true, "named": true, "titled": true,
	"entitled": true, "term": true, "word": true, "phrase": true, "slogan": true, "label": true, "motto": true,
	"hashtag": true, "termed": true, "known": true}

// prev2Word returns the lower-cased word two before toks[qt], or "".
func prev2Word(toks []token, text string, qt int) string {
	if qt < 2 {
		return ""
	}
	return strings.ToLower(toks[qt-2].text(text))
}

// thingWords make a capitalised run a thing that cannot speak (a disease, a
// storm, a law), though it is no person either.
var thingWords = map[string]bool{"virus": true, "disease": true, "syndrome": true, "covid-19": true, "covid": true,
	"coronavirus": true, "hurricane": true, "storm": true, "typhoon": true, "cyclone": true, "day": true,
	"week": true, "year": true, "act": true, "bill": true, "law": true, "treaty": true, "accord": true,
	"agreement": true, "convention": true, "declaration": true, "award": true, "prize": true, "cup": true,
	"games": true, "olympics": true, "festival": true, "programme": true, "program": true, "operation": true,
	"constitution": true, "charter": true, "amendment": true}

// thing reports whether an organisation-like name is a thing that cannot speak.
func thing(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if thingWords[w] {
			return true
		}
	}
	return false
}

// textThing reports whether a thing is a text that may be quoted (a law, a
// treaty, a constitution), not a storm or a disease.
func textThing(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch w {
		case "constitution", "charter", "amendment", "act", "bill", "law", "treaty", "accord", "agreement",
			"convention", "declaration":
			return true
		}
	}
	return false
}

// clauseWords start a new clause, whose verb does not attribute the quote
// before it.
var clauseWords = map[string]bool{"while": true, "whereas": true, "but": true, "and": true, "although": true,
	"though": true, "because": true, "since": true, "after": true, "before": true, "when": true, "where": true,
	"which": true, "who": true, "if": true, "unless": true, "until": true, "so": true}

// linkWords may stand between a speech verb and the quote it governs.
var linkWords = map[string]bool{"it": true, "them": true, "him": true, "her": true, "as": true, "that": true,
	"this": true, "was": true, "is": true, "were": true, "be": true, "being": true, "of": true}

// termCues before a quote mark it as a name, title or word mentioned as a
// word rather than someone's words: the “coalition of the willing”,
// so-called “experts”, known as “the I-Man”.
var termCues = map[string]bool{"the": true, "a": true, "an": true, "so-called": true, "dubbed": true,
	"nicknamed": true, "named": true, "titled": true, "entitled": true, "term": true, "word": true,
	"words": true, "phrase": true, "slogan": true, "label": true, "labelled": true, "labeled": true,
	"motto": true, "hashtag": true, "this": true, "that": true}

// definesAfter are the predicates that make the quote before them a word
// being defined or explained, not anyone's words: “COVI” represents the
// coronavirus, “COVID-19” is the name of the disease.
var definesAfter = []string{"is the name", "was the name", "is a name", "represents", "stands for", "is short for",
	"is for", "refers to", "is a term", "is an acronym", "is an abbreviation"}

// namingBefore are the words that put a name or a word being mentioned right
// after them: the WHO's temporary designation “2019-nCoV”; “D” is for
// “disease”; H1N1 was commonly called “swine flu”; they are called “U.S.
// nationals”; ruled in regard to the case “Eva Glawischnig-Piesczek vs.
// Facebook Ireland Limited”. ("Biden called Trump a “national embarrassment”"
// keeps its verb: only "called" after a form of "be" or a frequency adverb
// names.)
var namingBefore = map[string]bool{"designation": true, "case": true, "codename": true, "nickname": true,
	"abbreviation": true, "acronym": true}

// mentioned reports whether the short quote at token qt of field fi is a word
// or name mentioned as such, by what stands right before or after it (rest
// is the field's text after the quote).
func (s *sieve) mentioned(fi, qt int, rest string) bool {
	toks := s.pp.tokens[fi]
	text := s.fields[fi].text
	rest = strings.TrimLeft(rest, " ,")
	for _, d := range definesAfter {
		if len(rest) > len(d) && strings.HasPrefix(rest, d) && (rest[len(d)] == ' ' || rest[len(d)] == ',') {
			return true
		}
	}
	if qt == 0 || qt > len(toks) {
		return false
	}
	// lower-cased into stack buffers: this runs for every short quote
	var b1, b2 [32]byte
	prev := string(lowerBuf(b1[:0], toks[qt-1].text(text)))
	if namingBefore[prev] {
		return true
	}
	if qt >= 2 {
		p2 := string(lowerBuf(b2[:0], toks[qt-2].text(text)))
		if prev == "for" && (p2 == "stands" || p2 == "is" || p2 == "short") {
			return true
		}
		if prev == "called" {
			switch p2 {
			case "is", "are", "was", "were", "be", "been", "being", "commonly", "often", "also", "sometimes", "widely", "usually", "officially":
				return true
			}
		}
	}
	return false
}

// sieve attributes quotes. It holds the article's fields, tokens and people.
type sieve struct {
	fields []field
	pp     *people
	// quoteRanges[f] are the [open, closeEnd) ranges of quotes in field f, in order.
	quoteRanges [][][2]int
	// lastSpeaker is the speaker of the previous speech or partial quote, and its last field.
	lastSpeaker      speaker
	lastSpeakerField int
	// tokAtMemo is tokAt's last question and answer: the rules ask where a
	// quote ends several times, and in a long paragraph each search is
	// ~17 cache misses.
	tokAtMemo [3]int
	// labels[f] is the person labelling interview paragraph f (see
	// interview), nil for an article without labels.
	labels      []int
	interviewee int
	// proper caches properNoun's answers; properBudget bounds how many
	// words it scans the article for, so that the rule stays linear.
	proper       map[string]bool
	properBudget int
	// extraTokens holds the tokens of quote-free paragraphs that a document
	// rule had to read (see docTokens).
	extraTokens map[int][]token
}

func newSieve(fields []field, pp *people, raws []rawQuote) *sieve {
	s := &sieve{fields: fields, pp: pp, quoteRanges: make([][][2]int, len(fields)), lastSpeaker: noSpeaker,
		lastSpeakerField: -10, tokAtMemo: [3]int{-1}, properBudget: maxProperWords}
	// Each field's ranges are cut from one slab, sized by a first count:
	// one allocation per quoted field was a third of a quote-dense text's.
	count := make([]int, len(fields))
	total := 0
	for i := range raws {
		for _, fi := range raws[i].fields {
			count[fi]++
			total++
		}
	}
	slab := make([][2]int, total)
	for fi, n := range count {
		if n > 0 {
			s.quoteRanges[fi], slab = slab[:0:n], slab[n:]
		}
	}
	for i := range raws {
		q := &raws[i]
		for k, p := range q.parts {
			fi := q.fields[k]
			open := p.Start
			if k == 0 {
				open = q.open
			}
			end := p.End
			if k == len(q.parts)-1 {
				end = q.closeEnd
			}
			s.quoteRanges[fi] = append(s.quoteRanges[fi], [2]int{open, end})
		}
	}
	s.interview()
	return s
}

// interview reads the line labels of an interview ("((WN)) Why are you
// running?", "((Wayne Tseng)) In 2020 …"): a label naming a person makes
// that person the speaker of the paragraph and of the unlabelled paragraphs
// after it; any other label ("((WN))", "((WSS))") is the interviewer, whose
// quotes put the interviewee's words to them ("((WN)) On your website you
// state “…”"). The interviewee is the person the headline's "interviews"
// names, else the last (or first) person labelled.
func (s *sieve) interview() {
	cur, asker := -1, false
	first := -1
	for fi, f := range s.fields {
		if !strings.HasPrefix(f.text, "((") {
			if cur >= 0 || asker {
				s.setLabel(fi, cur, asker)
			}
			continue
		}
		e := strings.Index(f.text, "))")
		if e < 0 || e > 64 {
			continue
		}
		cur, asker = -1, true
		for _, m := range s.mentionsIn(fi, 2, e) {
			cur, asker = m.person, false
			break
		}
		// a name the people stage did not take as a mention in the label:
		// "((Rich Bowen))" after "I'm Rich Bowen"; initials ("((WSS))") and
		// "((WN))" are the interviewer
		if inner := strings.TrimSpace(f.text[2:e]); asker && strings.ToUpper(inner) != inner && !strings.Contains(inner, "Wikinews") {
			if names := strings.Fields(inner); len(names) > 0 {
				if p := s.pp.lookup(names); p >= 0 {
					cur, asker = p, false
				} else {
					cur, asker = -1, false // an unknown name: no one, and not the interviewer
				}
			}
		}
		if first < 0 && cur >= 0 {
			first = cur
		}
		s.setLabel(fi, cur, asker)
	}
	if s.labels == nil {
		return
	}
	s.interviewee = first
	if h := s.fields[0]; h.loc == LocHeadline {
		if i := strings.Index(h.text, "interviews "); i >= 0 {
			for _, m := range s.mentionsIn(0, i, len(h.text)) {
				s.interviewee = m.person
				break
			}
		}
	}
}

// setLabel records the label of field fi: a person, or the interviewer.
func (s *sieve) setLabel(fi, person int, asker bool) {
	if s.labels == nil {
		s.labels = make([]int, len(s.fields))
		for i := range s.labels {
			s.labels[i] = noLabel
		}
	}
	if asker {
		person = askerLabel
	}
	s.labels[fi] = person
}

// labels of interview paragraphs: a person's index, or one of these.
const (
	noLabel    = -1
	askerLabel = -2
)

// labelled returns the speaker an interview's labels give the quote at
// toks[qt] of field fi, whose sentence starts at toks[bs]: the labelled
// person for an answer; for the interviewer's turn, when the sentence says
// "you" ("On your website you state “…”"), the person answering next, else
// the interviewee.
func (s *sieve) labelled(fi, bs, qt int) speaker {
	if s.labels == nil {
		return noSpeaker
	}
	switch l := s.labels[fi]; {
	case l >= 0:
		return speaker{person: l, typ: SpeakerPerson}
	case l == askerLabel:
		toks := s.pp.tokens[fi]
		you := false
		for t := bs; t < qt && !you; t++ {
			w := strings.ToLower(toks[t].text(s.fields[fi].text))
			you = w == "you" || w == "your"
		}
		if !you {
			return noSpeaker
		}
		for f := fi + 1; f < len(s.fields) && f <= fi+4; f++ {
			if s.labels[f] >= 0 {
				return speaker{person: s.labels[f], typ: SpeakerPerson}
			}
		}
		if s.interviewee >= 0 {
			return speaker{person: s.interviewee, typ: SpeakerPerson}
		}
	}
	return noSpeaker
}

// bodyAt returns the body named by toks[a:h+1] of field fi, a lower-case
// body noun at h after capitalised nationalities or places ("German
// government", "Chinese authorities") or after "the" alone ("the police"
// → "police"); "" when the words are not such a phrase.
func (s *sieve) bodyAt(fi, a, h int) string {
	toks := s.pp.tokens[fi]
	text := s.fields[fi].text
	if h < a || h >= len(toks) || toks[h].cap || !toks[h].cls.is(bodiesSet) {
		return ""
	}
	m := a
	if m < h && inLower(determiners, toks[m].text(text)) {
		m++
	}
	person := false
	for t := m; t < h; t++ {
		if !toks[t].cap || toks[t].sepPunct && t > m {
			return ""
		}
		if !toks[t].cls.is(nationalitiesSet|placesSet) && !s.isPlaceRun(fi, t) {
			if toks[t].poss || len(s.mentionsIn(fi, toks[t].start, toks[t].end)) == 0 && !s.pp.hasFullSurname(toks[t].text(text)) {
				return ""
			}
			person = true // "The Biden campaign", "the Imus family"
		}
	}
	if w := lower(toks[h].text(text)); (w == "campaign" || w == "family") != person {
		return "" // a campaign or a family is a person's; a government a place's
	}
	if m == h && m == a && !bareBodies[lower(toks[h].text(text))] || h+1 < len(toks) && lower(toks[h+1].text(text)) == "of" {
		return "" // a bare "government": whose? "the government of American Samoa" is an organisation of its own
	}
	// the nationality before a phrase that starts at the noun: "Chinese
	// authorities referred"
	for m == a && m > 0 && !toks[m].sepPunct && toks[m-1].cap &&
		(toks[m-1].cls.is(nationalitiesSet) || !toks[m-1].sentStart && toks[m-1].cls.is(placesSet)) {
		m--
		a = m
	}
	return text[toks[m].start:toks[h].end]
}

// bareBodies speak as the body even without a determiner: "police said".
var bareBodies = map[string]bool{"police": true, "authorities": true}

// isPlaceRun reports whether toks[t] of field fi lies in a place the people
// stage found ("Toronto", "Hong Kong").
func (s *sieve) isPlaceRun(fi, t int) bool {
	toks := s.pp.tokens[fi]
	for _, o := range s.orgsIn(fi, max(0, toks[t].start-32), toks[t].end) {
		if o.start <= toks[t].start && toks[t].end <= o.end {
			return lex.places.has(o.name)
		}
	}
	return false
}

// passiveBefore reports whether a passive speech verb ends toks[a:b] of
// field fi, perhaps before "as": "was described as", "is called".
func (s *sieve) passiveBefore(fi, a, b int) bool {
	toks := s.pp.tokens[fi]
	text := s.fields[fi].text
	v := b - 1
	if v > a && lower(toks[v].text(text)) == "as" {
		v--
	}
	return v > a && isVerb(text, toks[v]) && inLower(beForms, toks[v-1].text(text))
}

// colonLead returns the subject of the last sentence of field fi when the
// field ends with a colon: a pronoun opening it ("He provided Wikinews with
// the text of a message he sent to …:"), else the first person named in it
// who is not the object of a preposition.
func (s *sieve) colonLead(fi int) speaker {
	t := strings.TrimRight(s.fields[fi].text, " ")
	if !strings.HasSuffix(t, ":") {
		return noSpeaker
	}
	st := 0
	for i := len(t) - 2; i > 0; i-- {
		if t[i] == ' ' && (t[i-1] == '.' || t[i-1] == '!' || t[i-1] == '?') && i+1 < len(t) && t[i+1] >= 'A' && t[i+1] <= 'Z' {
			st = i + 1
			break
		}
	}
	if s.inQuote(fi, st) {
		return noSpeaker
	}
	if w, _, _ := strings.Cut(t[st:], " "); w != "" {
		if sex := pronounSex(w); sex != 0 {
			if p := s.pronounReferent(fi, st, sex); p >= 0 {
				return speaker{person: p, typ: SpeakerPerson}
			}
			return noSpeaker
		}
	}
	for _, m := range s.mentionsIn(fi, st, len(t)) {
		if s.inQuote(fi, m.start) {
			continue
		}
		if prev := lastWord(t[st:m.start]); prev != "" && prepositions[lower(prev)] {
			continue
		}
		return speaker{person: m.person, typ: SpeakerPerson}
	}
	return noSpeaker
}

// youSaid reports whether "you" is the subject of a speech verb in
// toks[a:b] of field fi: "you wrote", "you have said".
func (s *sieve) youSaid(fi, a, b int) bool {
	toks := s.pp.tokens[fi]
	text := s.fields[fi].text
	for t := a; t+1 < b; t++ {
		if lower(toks[t].text(text)) != "you" {
			continue
		}
		v := t + 1
		for v < b && auxiliaries[lower(toks[v].text(text))] {
			v++
		}
		if v < b && isVerb(text, toks[v]) {
			return true
		}
	}
	return false
}

// maxLookback bounds how many earlier mentions a backward search visits.
const maxLookback = 64

// mentionsIn returns the person mentions of field fi that start in [lo, hi),
// found by binary search so that a long paragraph costs no more per quote.
func (s *sieve) mentionsIn(fi, lo, hi int) []mentionRef {
	ms := s.pp.mentions[fi]
	i := sort.Search(len(ms), func(i int) bool { return ms[i].start >= lo })
	j := i + sort.Search(len(ms)-i, func(j int) bool { return ms[i+j].start >= hi })
	return ms[i:j]
}

// orgsIn returns the organisation mentions of field fi that start in [lo, hi).
func (s *sieve) orgsIn(fi, lo, hi int) []orgMention {
	os := s.pp.orgs[fi]
	i := sort.Search(len(os), func(i int) bool { return os[i].start >= lo })
	j := i + sort.Search(len(os)-i, func(j int) bool { return os[i+j].start >= hi })
	return os[i:j]
}

// inQuote reports whether byte pos of field fi is inside a quote.
func (s *sieve) inQuote(fi, pos int) bool {
	rs := s.quoteRanges[fi]
	i := sort.Search(len(rs), func(i int) bool { return rs[i][1] > pos })
	return i < len(rs) && rs[i][0] <= pos
}

// tokAt returns the index of the first token of field fi starting at or after pos.
func (s *sieve) tokAt(fi, pos int) int {
	if m := s.tokAtMemo; m[0] == fi && m[1] == pos {
		return m[2]
	}
	toks := s.pp.tokens[fi]
	t := sort.Search(len(toks), func(i int) bool { return toks[i].start >= pos })
	s.tokAtMemo = [3]int{fi, pos, t}
	return t
}

// window bounds for the speaker search, in tokens: the search never looks
// further than this around a quote, so attribution is linear in the text.
const (
	windowBefore = 40
	windowAfter  = 14
)

// attribute runs the sieve over one quote and classifies its kind.
//
// The rules, most precise first (after Muzny et al. 2017 and the
// GenderGapTracker); the first that finds a speaker wins:
//  1. the attribution clause between the parts of an interrupted quote
//     ("A," she said. "B.");
//  2. trailing attribution in the quote's sentence: “…,” he said. / “…,” said
//     Mr Healey. / “…,” Mr Healey told the BBC. — unless a new clause starts
//     first ("… in an “appalling tragedy” while X wrote"), and a source cited
//     with "according to" yields to a person named before the quote;
//  3. a name and speech verb opening the next, quote-free sentence:
//     “Our house is burning.” Macron told the world;
//  4. leading attribution in the sentence, nearest speech verb first: the
//     passive agent ("described by the CBCP as “…”"; a passive verb's own
//     subject never speaks: "Zimbabwe … was called the “breadbasket”"), the
//     subject of the sentence for a participle after a comma ("Sanders shared
//     …, pointing out he had … fewer than … Joe Biden, saying “…”"; a
//     sentence-initial "It" is the organisation that opened the sentence
//     before), the name right before the verb ("Mr Healey said on Saturday:
//     “…”", ", Mick Cash, said"), skipping appositions ("Howard Rubel, a
//     Toronto lawyer …, told"), a name with an affiliation ("Xiaogang Wei of
//     the … Institute commented"), a pronoun or description, the name after
//     the verb ("said Mr Healey", never the listener after "told" nor the
//     subject of the reported clause in "said he was"), then the subject of
//     the sentence (Mr Zelensky called for “pressure” on Moscow and said
//     “…”); a document without an owner ("according to the summary") yields
//     to a person who is the sentence's subject;
//     Before it, in an interviewer's turn, "you wrote “…”" is the
//     interviewee's (rule 6); after it, a passive's agent that follows the
//     quote: "who was described as “knife-obsessed” by the police";
//  5. a sentence opening with a participle whose subject follows the quote:
//     "Calling it “just another apology”, Anna Franowska … told Reuters";
//  6. in an interview, the line label: "((Zara Kay)) … Had I said “…”" (and
//     the unlabelled paragraphs after a label); in the interviewer's turn
//     ("((WN))") a quote the question puts to "you" is the interviewee's;
//     6b. a quote-only paragraph after one ending with a colon is the
//     subject's of that sentence ("He provided Wikinews with the text of a
//     message he sent to AIP vice chairman Mark Seidenberg:");
//  7. a quote-only paragraph continues the previous quote's speaker, and a
//     quote opening a sentence inside a paragraph the speaker of the
//     paragraph's previous quote;
//  8. otherwise the subject of the sentence (a pronoun opening the sentence
//     or a clause before any name counts: "In his message, he appreciated
//     Soleimani's lifepath: “…”"), then the previous speaker when within two
//     paragraphs, then the last person named in this or the previous
//     paragraph.
//
// Pronouns ("he said") whose sentence names nobody before them continue the
// subject of the sentence before (centering: "Mugabe agreed to
// power-sharing in which Tsvangirai became prime minister. “…,” he
// declared"), or of its later coordinate clause ("… while Interior Minister
// Joachim Brudziński wrote …. He tweeted"); "the mother said" is the last
// woman named; "They released a statement" the organisation named before,
// and "It read" the document named before, its owner's. Otherwise pronouns
// resolve to the last person named before the quote,
// outside quotes, whose first name does not contradict the pronoun, passing
// over a name that is the object of a preposition or speech verb for an
// earlier one in the same paragraph ("He said Zelensky is “…”, he added" is
// not Zelensky); descriptions ("the minister said") to the last person whose
// role holds the word; "a witness said" is an unnamed speaker; "a
// spokesperson for the Home Office" and "A Hampshire Police spokesman" are
// the organisation, and so is the owner of a platform account ("an official
// government Twitter account"). A document that speaks ("read the warning",
// "The opinion of the Court … read", "Stardom's official statement read")
// is its owner's — named with it, or with the last such document before
// ("The orange warning issued by Met Éireann"; "the task force released a
// statement") — or, with no owner named, nobody's, and no fallback rule
// gives it one. A body named in lower case after its nationality or place
// is that organisation ("The German government", "Chinese authorities",
// "the police": data/bodies.txt), as are "representatives from Iran"; a
// lone capitalised word the article uses as a proper noun is one too ("Ford
// said"). A report or study is the research named before it ("The study
// was conducted by Imperial College London's …" … "reads the report"), and
// a person's campaign or family is a body ("The Biden campaign
// criticized"). A lone proper noun opening the sentence speaks for a
// participle after it ("Boeing …, telling Wikinews the company “…”"), as do
// spokespeople ("representatives from Iran acknowledged …, blaming “human
// error”"). A bare surname several people share ("Trump" with Donald and
// Melania Trump) was linked by people.go (sharedSurname) to the one the
// article names in full most, so every rule above speaks for that one; and
// a lone word that reads as a place or organisation ("West", "Cherry") is
// the surname of the person named in full with it (rapper Kanye West), not
// a body that speaks.
func (s *sieve) attribute(q *rawQuote, text string) (speaker, string) {
	fi := q.firstField()
	f := s.fields[fi]
	toks := s.pp.tokens[fi]
	words := countWords(text)

	// Tokens of the quote's sentence before the quote (outside other quotes).
	qt := s.tokAt(fi, q.open)
	bs := qt
	for bs > 0 && qt-bs < windowBefore {
		bs--
		if toks[bs].sentStart {
			break
		}
	}
	if bs < qt && toks[bs].sentStart && s.inQuote(fi, toks[bs].start) {
		// the sentence starts inside an earlier quote: begin after it
		for bs < qt && s.inQuote(fi, toks[bs].start) {
			bs++
		}
	}
	before := strings.TrimSpace(f.text[startOf(toks, bs, q.open):q.open])
	sentInitial := sentenceStartsAt(f.text, q.open)

	// Tokens after the quote, to the end of its sentence.
	lf := q.lastField()
	lt := s.pp.tokens[lf]
	at := s.tokAt(lf, q.closeEnd)
	ae := at
	for ae < len(lt) && ae-at < windowAfter && !s.inQuote(lf, lt[ae].start) {
		ae++
		if lt[ae-1].endSent {
			break
		}
	}
	// The words after the quote attribute it only within its sentence:
	// “…,” he said. / “…?” she asked. — not “…”. According to …
	afterOK := q.closed && at < len(lt) && (!lt[at].sentStart || !lt[at].cap && endsSentence(text))
	// … but not a name the quote describes: "He said the “phony” and
	// “nasty” Harris attacked Biden" (a word or three with no punctuation
	// inside or after; a long quote may lack its comma: "“… a rescue
	// mission” Smith told Wikinews yesterday")
	if afterOK && words <= 3 && lt[at].cap && strings.TrimSpace(s.fields[lf].text[q.closeEnd:lt[at].start]) == "" && !strings.ContainsAny(text[len(text)-1:], ",.!?;:") {
		afterOK = false
	}

	var sp speaker = noSpeaker
	rule := 0
	// Rule 1: trailing attribution, and the clause between merged parts.
	for _, g := range q.gaps {
		gf := s.fieldOf(g)
		gs, ge := s.tokAt(gf, g.Start), s.tokAt(gf, g.End)
		if r := s.clause(gf, gs, ge, q.open, fi); r.found() {
			sp, rule = r, 1
			break
		}
	}
	if !sp.found() && afterOK && ae > at {
		if r := s.clause(lf, at, ae, q.open, fi); r.found() {
			sp, rule = r, 1
			// "Pelosi called Trump's conduct a “breach …” according to NBC":
			// a source cited after the quote yields to a speaker before it.
			if at+1 < len(lt) && strings.EqualFold(lt[at].text(s.fields[lf].text), "according") && bs < qt {
				if l := s.leading(fi, bs, qt, q.open); l.found() && l.typ == SpeakerPerson {
					sp, rule = l, 2
				}
			}
		}
	}
	// “Our house is burning.” Macron told the world: a name and a speech
	// verb right after a quote that ended its sentence still attribute it.
	// Not when that sentence brings its own quote: "… the region." Kino
	// Gabriel said, "The statement was a surprise …". Nor when the quote
	// ends a sentence of its own with a speaker: "Duda told local media
	// Adamowicz's heart was restarted by doctors “and there is hope …”."
	// Police spokesman Mariusz Ciarka said …
	if !sp.found() && q.closed && !afterOK && at+1 < len(lt) && lt[at].sentStart && lt[at].cap && !s.quoteInSentence(lf, at) &&
		(sentInitial || bs >= qt || !s.leading(fi, bs, qt, q.open).found()) {
		if r := s.nameBefore(lf, at, verbWithin(lf, lt, at, 4)); r.found() {
			sp, rule = r, 1
		}
	}
	// In the interviewer's turn, words the question puts to "you" are the
	// interviewee's, before any name the sentence holds: "((WN)) On Team
	// Zorin's website, you wrote “…”" (the label itself is no speaker).
	if !sp.found() && s.labels != nil && s.labels[fi] == askerLabel && s.youSaid(fi, bs, qt) {
		if r := s.labelled(fi, bs, qt); r.found() {
			sp, rule = r, 2
		}
	}
	// The passive's agent after the quote: "Amman, who was described as
	// “knife-obsessed” by the police, sent …".
	if !sp.found() && q.closed && len(q.parts) == 1 && at+1 < len(lt) && lf == fi && strings.EqualFold(lt[at].text(s.fields[lf].text), "by") &&
		!lt[at].comma && s.passiveBefore(fi, bs, qt) {
		if r := s.phrase(lf, at+1, min(len(lt), at+10), q.open, fi, true); r.found() {
			sp, rule = r, 2
		}
	}
	// Rule 4: a speech verb earlier in the sentence.
	if !sp.found() && bs < qt {
		if r := s.leading(fi, bs, qt, q.open); r.found() {
			sp, rule = r, 2
		}
		// a document without owner cites the person the sentence is about:
		// "Colin Sutherland, Lord Carloway, … decided, according to the
		// summary, “that …”"
		if sp.typ == speakerDocument {
			if m, ok := s.subject(fi, bs, qt); ok && m.typ == SpeakerPerson {
				sp = m
			}
		}
	}
	kind := s.kind(q, text, words, before, sentInitial, fi, qt, rule != 0)
	// “…, the Prime Minister and the President agreed to stay in close
	// contact over the coming weeks”, Number 10 said: a clause ended by its
	// attribution is speech.
	if kind == KindPartial && rule == 1 && words >= 6 && q.closed && len(q.gaps) == 0 {
		kind = KindSpeech
	}
	if (kind == KindPartial || kind == KindTerm && words >= 4 && !titleCase(text)) && clauseQuote(text) {
		kind = KindSpeech
	}
	if kind == KindTerm && firstPerson(text) {
		kind = KindPartial
	}
	if kind == KindTerm {
		return noSpeaker, kind
	}
	// Rule 5: a sentence opening with a participle whose subject follows the
	// quote: "Calling it as “just another apology”, Anna Franowska … told Reuters".
	if !sp.found() && bs < qt && toks[bs].cap && strings.HasSuffix(toks[bs].text(f.text), "ing") && isVerb(f.text, toks[bs]) && q.closed {
		if m, ok := s.subject(lf, at, min(len(lt), at+windowAfter)); ok && !s.sentenceBreak(lf, at, min(len(lt)-1, at+1)) {
			sp = m
		}
	}
	// Rule 4c: a quote-only paragraph after a paragraph that ends with a
	// colon is the speaker that paragraph's last sentence introduces.
	if !sp.found() && sentInitial && strings.TrimSpace(before) == "" {
		sp = s.introducedBy(fi)
	}
	// Rule 6: in an interview, the line label: "((Zara Kay)) … Had I said
	// “Allah is not gay”, nobody would have that descent."
	if !sp.found() {
		sp = s.labelled(fi, bs, qt)
	}
	// Rule 6b: a quote-only paragraph after a paragraph that ends with a
	// colon belongs to the subject of that last sentence: "Richardson had
	// his own opinion on the matter. He provided Wikinews with the text of a
	// message he sent to AIP vice chairman Mark Seidenberg:" / "“Please let
	// Rocky …”" is Richardson's, not Seidenberg's.
	if !sp.found() && sentInitial && strings.TrimSpace(before) == "" && fi > 0 && s.fields[fi-1].loc == f.loc {
		sp = s.colonLead(fi - 1)
	}
	// Rule 7: a quote-only paragraph continues the previous speaker.
	if !sp.found() && sentInitial && strings.TrimSpace(before) == "" && s.lastSpeaker.found() && fi-s.lastSpeakerField <= 1 {
		sp = s.lastSpeaker
	}
	// Rule 7b: a quote opening a sentence inside a paragraph goes on with the
	// speaker of the paragraph's previous quote, before any name in the
	// sentence before it: "… make up some fake legs" to place at the
	// character Tasha Yar's bridge station. "You could just stick my legs …"
	if !sp.found() && qt > 0 && qt < len(toks) && toks[qt].sentStart && s.lastSpeaker.found() && s.lastSpeakerField == fi {
		sp = s.lastSpeaker
	}
	// Rule 8: fall back to the subject of the sentence, the previous speaker, or the last person named.
	if !sp.found() && bs < qt {
		if m, ok := s.subject(fi, bs, qt); ok {
			sp = m
		}
	}
	if !sp.found() && s.lastSpeaker.found() && fi-s.lastSpeakerField <= 2 {
		sp = s.lastSpeaker
	}
	if !sp.found() {
		if p := s.lastPerson(fi, q.open, 0, 1); p >= 0 {
			sp = speaker{person: p, typ: SpeakerPerson}
		}
	}
	if sp.typ == SpeakerOrganisation {
		sp.org = s.ownName(sp.org)
	}
	if sp.typ == speakerDocument {
		sp = noSpeaker // a document with no owner named: no speaker, and none carried on
	}
	if sp.found() {
		s.lastSpeaker, s.lastSpeakerField = sp, lf
	}
	return sp, kind
}

// ownName drops a person's possessive before an organisation's own name:
// "Trump's State Department" is the State Department ("Erdogan's office"
// has no name of its own and stays).
func (s *sieve) ownName(org string) string {
	for _, mark := range []string{"'s ", "’s "} {
		if i := strings.Index(org, mark); i > 0 && !strings.Contains(org[:i], " ") {
			if rest := org[i+len(mark):]; startsUpper(rest) && s.pp.hasFullSurname(org[:i]) {
				return rest
			}
		}
	}
	return org
}

// nameBefore finds a person named right before the verb toks[v] (after
// auxiliaries): "Mr Healey said", "Mr Zelensky has said", or a name that is
// the whole of a clause set off by commas: "the general secretary of the RMT
// union, Mick Cash, said" — but not the end of an apposition: "Howard Rubel,
// a Toronto lawyer representing Spanton, told the BBC".
func (s *sieve) nameBefore(fi, a, v int) speaker {
	toks := s.pp.tokens[fi]
	text := s.fields[fi].text
	e := v
	for e > a && auxiliaries[lower(toks[e-1].text(text))] && !toks[e].comma {
		e--
	}
	if e <= a {
		return noSpeaker
	}
	for _, m := range s.mentionsIn(fi, toks[a].start, toks[e-1].end) {
		if m.tokLast != e-1 || m.tokFirst < a {
			continue
		}
		if toks[e].comma {
			// the set-off clause is the name, perhaps after its role:
			// ", Mick Cash, said", ", doctoral candidate Maninder Thind, said"
			st := s.tokAt(fi, m.start)
			// an occupation right before the name makes it the clause's head:
			// "Another co-author, civil and environmental engineering
			// professor Julian Marshall, said"
			if st > a && st < len(toks) && !toks[st].sepPunct && !toks[st-1].cap && toks[st-1].cls.is(titlesSet) {
				return speaker{person: m.person, typ: SpeakerPerson}
			}
			for st > a && st < len(toks) && !toks[st].comma && s.tokAt(fi, m.start)-st < 5 && !toks[st].sepPunct {
				st--
				if w := lower(toks[st].text(text)); w == "a" || w == "an" || w == "the" || w == "who" || w == "which" ||
					w == "that" || prepositions[w] || strings.HasSuffix(w, "ing") || toks[st].cls.is(verbsSet) {
					return noSpeaker // "Howard Rubel, a Toronto lawyer representing Spanton, told": Spanton is not the speaker
				}
			}
			if st >= len(toks) || !toks[st].comma {
				return noSpeaker
			}
		}
		// two people as one subject speak as the first named (the
		// annotators' rule, testdata/gold/NOTES-set4.md): "Political
		// commentators such as Brit Hume and Chris Wallace described"
		if f := m.tokFirst; f-2 >= a && lower(toks[f-1].text(text)) == "and" && !toks[f-1].sepPunct && !toks[f].sepPunct {
			for _, o := range s.mentionsIn(fi, toks[max(a, f-8)].start, toks[f-1].start) {
				if o.tokLast == f-2 && o.person != m.person {
					return speaker{person: o.person, typ: SpeakerPerson}
				}
			}
		}
		return speaker{person: m.person, typ: SpeakerPerson}
	}
	return noSpeaker
}

// quoteInSentence reports whether the sentence starting at toks[a] holds a
// quote (looking at most windowBefore words ahead).
func (s *sieve) quoteInSentence(fi, a int) bool {
	toks := s.pp.tokens[fi]
	for t := a; t < len(toks) && t-a < windowBefore; t++ {
		if t > a && toks[t].sentStart {
			return false
		}
		if s.inQuote(fi, toks[t].start) {
			return true
		}
	}
	return false
}

// verbWithin returns the index of the first speech verb in toks[a:a+n], or a
// when there is none (so that nameBefore finds nothing).
func verbWithin(fi int, toks []token, a, n int) int {
	_ = fi
	for v := a + 1; v < len(toks) && v <= a+n; v++ {
		if toks[v].sepPunct {
			break
		}
		if toks[v].cls.is(verbsSet) && !toks[v].cap {
			return v
		}
	}
	return a
}

// skipBack returns where the speaker phrase before the verb toks[v] ends:
// before any auxiliaries ("Mr Zelensky has said") and before an apposition
// set off by commas ("Howard Rubel, a Toronto lawyer representing Spanton,
// told the BBC" -> the phrase ends after "Howard Rubel").
func skipBack(text string, toks []token, a, v int) int {
	e := v
	for e > a && auxiliaries[lower(toks[e-1].text(text))] && !toks[e].comma {
		e--
	}
	// Several appositions may stand in a row: "The account for The Bernie
	// and Sid Show, which replaced Imus in the Morning, hosted by Bernard
	// McGuirk and Sid Rosenberg, who both worked for Imus, tweeted".
	for n := 0; n < 4 && e > a && toks[e].comma; n++ {
		c := e - 1
		for c > a && e-c < 24 && !toks[c].comma && !toks[c].sepPunct {
			c--
		}
		if c <= a || !toks[c].comma {
			break
		}
		if n > 0 && !appositionStart(text, toks[c]) {
			break
		}
		e = c
	}
	return e
}

// appositionStart reports whether a comma-delimited chunk starting with t is
// an aside rather than the subject: which, who, a/an/the, hosted, including.
func appositionStart(text string, t token) bool {
	w := strings.ToLower(t.text(text))
	switch w {
	case "which", "who", "whose", "a", "an", "the", "also", "both", "now", "then", "formerly", "once":
		return true
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || prepositions[w]
}

func startOf(toks []token, i, def int) int {
	if i < len(toks) && toks[i].start < def {
		return toks[i].start
	}
	return def
}

func endsSentence(text string) bool {
	t := strings.TrimRight(text, " ")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

func (s *sieve) fieldOf(sp Span) int {
	for i, f := range s.fields {
		if f.loc == sp.Location && f.loc != LocBody {
			return i
		}
		if f.loc == LocBody && sp.Location == LocBody {
			return i + sp.Para // body fields are Paragraphs in order
		}
	}
	return 0
}

// clause reads an attribution clause toks[a:b] of field fi: a speech verb
// within its first six words with the speaker just before it ("he said",
// "Mr Healey told the BBC") or just after it ("said Mr Healey").
func (s *sieve) clause(fi, a, b, quotePos, quoteField int) speaker {
	toks := s.pp.tokens[fi]
	text := s.fields[fi].text
	// (ten words, or up to windowAfter with no punctuation between: "“…”
	// Crystal C'Bearing of the Northern Arapaho tribal historic preservation
	// office told", but not "“…” not to involve themselves in the conflict,
	// his main presidential rival Joe Biden called")
	punct := false
	for v := a; v < b && v-a < windowAfter; v++ {
		if v > a && toks[v].sepPunct {
			punct = true
		}
		if v-a >= 10 && punct {
			break
		}
		if v > a && toks[v].sepPunct && toks[v].sentStart {
			break
		}
		if clauseWords[lower(toks[v].text(text))] {
			break // "… in an “appalling tragedy” while Interior Minister X wrote": another clause
		}
		if !isVerb(text, toks[v]) {
			continue
		}
		if strings.EqualFold(toks[v].text(text), "according") {
			if v+2 < len(toks) && strings.EqualFold(toks[v+1].text(text), "to") {
				return s.phrase(fi, v+2, min(len(toks), v+16), quotePos, quoteField, true)
			}
			continue
		}
		// speaker before the verb: "he said", "Mr Healey told", "the MoD has said"
		if r := s.nameBefore(fi, a, v); r.found() {
			return r
		}
		e := skipBack(text, toks, a, v)
		// a name with its affiliation: "“…[,]” Crystal C'Bearing of the
		// Northern Arapaho tribal historic preservation office told those
		// gathered"
		if e > a {
			if r := s.affiliated(fi, a, e, a); r.found() {
				return r
			}
			if r := s.phrase(fi, a, e, quotePos, quoteField, false); r.found() {
				return r
			}
		}
		// speaker after the verb: "said Mr Healey", "said a spokesperson for
		// the Home Office" — but after "told" comes the listener: "told the BBC"
		if v+1 < len(toks) && !addresseeVerbs[lower(toks[v].text(text))] {
			return s.phrase(fi, v+1, min(len(toks), v+13), quotePos, quoteField, true)
		}
		return noSpeaker
	}
	return noSpeaker
}

// leading looks for the speaker of a quote in its sentence before it: the
// speaker of the speech verb nearest the quote ("Mr Healey said on Saturday:
// “…”", "he said that officials are “…”"), or "according to X".
func (s *sieve) leading(fi, a, b, quotePos int) speaker {
	toks := s.pp.tokens[fi]
	text := s.fields[fi].text
	// A document with no owner ("according to the summary") yields to a
	// speaker further back: "Colin Sutherland … decided, according to the
	// summary, “…”".
	doc, subj := noSpeaker, noSpeaker
	for v := b - 1; v >= a; v-- {
		if s.inQuote(fi, toks[v].start) || !isVerb(text, toks[v]) {
			continue
		}
		// "Politico quoted Tim Manning, formerly a deputy administrator at
		// FEMA, as saying “…”": the one quoted speaks, not the quoter
		if strings.EqualFold(toks[v].text(text), "quoted") && v+1 < b {
			if r := s.phrase(fi, v+1, min(b, v+6), quotePos, fi, true); r.typ == SpeakerPerson {
				return r
			}
		}
		if strings.EqualFold(toks[v].text(text), "according") {
			if v+2 < b && strings.EqualFold(toks[v+1].text(text), "to") {
				if r := s.phrase(fi, v+2, b, quotePos, fi, true); r.typ == speakerDocument {
					doc = r
				} else if r.found() {
					return r
				}
			}
			continue
		}
		// A verb inside an aside set off by dashes does not govern the quote
		// after it: "John Bercow commented on the matter — which the BBC
		// noted as an unusual move by a Speaker — “…”"
		if strings.Count(text[toks[a].start:toks[v].start], "—")%2 == 1 && strings.Contains(text[toks[v].end:quotePos], "—") {
			continue
		}
		// the passive: "Gutierrez was described by the CBCP as “…”", "a
		// pattern described by Marine Bulletin as “…”" (a name that is no
		// person is the organisation)
		if v+2 < b && strings.EqualFold(toks[v+1].text(text), "by") && !toks[v+1].sepPunct {
			if r := s.phrase(fi, v+2, min(b, v+10), quotePos, fi, true); r.found() {
				return r
			}
			if e := capRunAfter(text, toks, v+2, b); e > v+2 && !toks[v+2].sentStart && !s.inQuote(fi, toks[v+2].start) {
				if r := s.ownerRun(fi, toks, v+2, e); r.found() {
					return r
				}
			}
		}
		// A passive verb's subject is not the speaker: "Zimbabwe … according
		// to CNN, was called the “breadbasket”"; only its agent is (above).
		if v > a && inLower(beForms, toks[v-1].text(text)) {
			continue
		}
		// A participle after a comma takes the subject of the sentence, not
		// the name before the comma: "Sanders shared with his supporters his
		// reasoning, pointing out he had secured around 300 delegates fewer
		// than … Joe Biden, saying “…”"; "It also credited Leonov with making
		// the spacewalk possible, noting on Twitter “…”" is the organisation
		// that opened the sentence before.
		if toks[v].comma && strings.HasSuffix(toks[v].text(text), "ing") {
			if strings.EqualFold(toks[a].text(text), "it") && toks[a].sentStart {
				if o := s.lastOrgSubject(fi, toks[a].start); o != "" {
					return speaker{person: -1, org: o, typ: SpeakerOrganisation}
				}
			} else if r, ok := s.subject(fi, a, v); ok {
				return r
			}
		}
		if r := s.nameBefore(fi, a, v); r.found() {
			return r
		}
		e := skipBack(text, toks, a, v)
		st := e - 6
		if st < a {
			st = a
		}
		if r := s.affiliated(fi, st, e, st-10); r.found() {
			return r
		}
		// the nearest phrase ending just before the verb
		for c := e - 1; c >= st; c-- {
			if r := s.phrase(fi, c, e, quotePos, fi, false); r.found() {
				return r
			}
			if toks[c].sepPunct && c < e-1 {
				break
			}
		}
		// after the verb, the speaker ("said Mr Healey: “…”") but not the
		// subject of the reported clause: "The Aam Aadmi Party in Goa, in its
		// statement, said he was a “gentleman politician”"
		if v+1 < b && !addresseeVerbs[lower(toks[v].text(text))] && !isPronoun(toks[v+1].text(text)) {
			if r := s.phrase(fi, v+1, min(b, v+13), quotePos, fi, true); r.typ == speakerDocument {
				doc = r
			} else if r.found() {
				return r
			}
		}
		// the subject of the sentence: "Mr Zelensky called for “pressure” …
		// and said “…”" — once no speech verb further back names its own
		// speaker: in "… Joe Lockhart questioned whether …, Trump alleged
		// the media was falsely claiming he had suffered from “…”" the
		// subject of "claiming" is no one named, and "Trump alleged" is.
		if !subj.found() {
			if r, ok := s.subject(fi, a, v); ok {
				subj = r
			}
		}
	}
	if subj.found() {
		return subj
	}
	return doc
}

// subject returns the first person or organisation named in toks[a:b] that
// is not the object of a preposition, and not inside a quote.
func (s *sieve) subject(fi, a, b int) (speaker, bool) {
	toks := s.pp.tokens[fi]
	text := s.fields[fi].text
	b = min(b, len(toks))
	if a >= b {
		return noSpeaker, false
	}
	lo, hi := toks[a].start, toks[b-1].end
	// a body opening the sentence: "The German government announced …, and
	// said there was “unequivocal” proof"
	for h := a; h < b && h-a < 4 && (h == a || !toks[h].sepPunct); h++ {
		if o := s.bodyAt(fi, a, h); o != "" && toks[a].sentStart && (h > a+1 || !inLower(determiners, toks[a].text(text))) {
			return speaker{person: -1, org: o, typ: SpeakerOrganisation}, true
		}
	}
	// spokespeople opening the sentence: "On Saturday morning,
	// representatives from Iran acknowledged …, blaming “human error”"
	for t := a; t < b && t-a < 8; t++ {
		if toks[t].sentStart && t > a || s.inQuote(fi, toks[t].start) {
			break
		}
		if toks[t].cap && t > a && !toks[t].sepPunct {
			break // a name comes first
		}
		if o, ok := s.spokesFor(fi, t, min(b, t+1)); ok {
			return speaker{person: -1, org: o, typ: SpeakerOrganisation}, true
		}
	}
	// objectAt reports whether the name starting at token t is the object of
	// a preposition, looking back over the titles before it: "approved by
	// President Donald Trump".
	objectAt := func(t int) bool {
		for t > a && toks[t-1].cap && toks[t-1].cls.is(titlesSet|honorificsSet) {
			t--
		}
		// "US Secretary of State Mike Pompeo": "of" inside a capitalised
		// title is no preposition
		if t >= 2 && t-2 >= a && toks[t-2].cap && strings.EqualFold(toks[t-1].text(text), "of") {
			return false
		}
		return t > 0 && t-1 >= a && prepositions[strings.ToLower(toks[t-1].text(text))]
	}
	// A pronoun opening the sentence or a clause set off by a comma is the
	// subject when it comes before any name: "In his message, he appreciated
	// Soleimani's lifepath: “…”" is the leader named before, not Soleimani.
	pro := -1
	for t := a; t < b && t-a < windowBefore; t++ {
		if (t == a || toks[t].sepPunct) && !s.inQuote(fi, toks[t].start) {
			if w := toks[t].text(text); strings.EqualFold(w, "he") || strings.EqualFold(w, "she") {
				pro = t
				break
			}
		}
	}
	for _, m := range s.mentionsIn(fi, lo, hi) {
		if s.inQuote(fi, m.start) || objectAt(m.tokFirst) {
			continue
		}
		if pro >= 0 && toks[pro].start < m.start {
			break
		}
		return speaker{person: m.person, typ: SpeakerPerson}, true
	}
	if pro >= 0 {
		if p := s.pronounReferent(fi, toks[pro].start, pronounSex(toks[pro].text(text))); p >= 0 {
			return speaker{person: p, typ: SpeakerPerson}, true
		}
	}
	for _, o := range s.orgsIn(fi, lo, hi) {
		if s.inQuote(fi, o.start) {
			continue
		}
		if thing(o.name) {
			// a text that speaks as the subject is a document: "The United
			// States Constitution specifies that officials are removed …
			// for “Treason, Bribery, or other high Crimes …”"
			if textThing(o.name) && !objectAt(s.tokAt(fi, o.start)) {
				return speaker{person: -1, typ: speakerDocument}, true
			}
			continue
		}
		if objectAt(s.tokAt(fi, o.start)) || lex.places.has(o.name) {
			continue
		}
		if inLower(platforms, o.name) {
			if r := s.accountOwner(fi, s.tokAt(fi, o.start)); r.found() {
				return r, true
			}
			continue // the medium, not the speaker
		}
		return speaker{person: -1, org: o.name, typ: SpeakerOrganisation}, true
	}
	// a lone proper noun opening the sentence, as in "Ford said": "Boeing did
	// not release any specific information …, telling Wikinews the company
	// “extends its profound condolences …”" (no common word: properNoun
	// reads the whole article, so it is asked only of likely names)
	if w := toks[a].text(text); toks[a].sentStart && a+1 < b && !toks[a+1].cap && !toks[a+1].sepPunct && !toks[a].poss &&
		!toks[a].cls.is(placesSet|notNamesSet|titlesSet|honorificsSet|nationalitiesSet|commonSet) && pronouns[lower(w)] == 0 &&
		!inLower(determiners, w) && len(s.mentionsIn(fi, lo, toks[a].end)) == 0 && s.properNoun(w) {
		return speaker{person: -1, org: w, typ: SpeakerOrganisation}, true
	}
	return noSpeaker, false
}

// spokesFor finds a spokesperson for an organisation in toks[a:b] of field
// fi: "a spokesperson for the Home Office said", or several:
// "representatives from Iran acknowledged".
func (s *sieve) spokesFor(fi, a, b int) (string, bool) {
	toks := s.pp.tokens[fi]
	text := s.fields[fi].text
	for t := a; t < b; t++ {
		if t+1 >= len(toks) {
			break
		}
		if n := toks[t+1].text(text); !strings.EqualFold(n, "for") && !strings.EqualFold(n, "from") && !strings.EqualFold(n, "at") {
			continue // (the cheap test first: spokespeople are "for", "from" or "at" someone)
		}
		w := lower(toks[t].text(text))
		if toks[t].cls.is(descriptionsSet) || w == "statement" || w == "account" ||
			len(w) > 3 && w[len(w)-1] == 's' && lex.descriptions.has(w[:len(w)-1]) {
			if o, ok := s.orgAt(fi, t+2, min(len(toks), t+9)); ok {
				return o, true
			}
		}
	}
	return "", false
}

// phrase resolves the speaker phrase at toks[a:b]: a person or organisation
// named there, a pronoun, or a description. With fromStart the phrase must
// begin at a ("said Mr Healey"); otherwise it must end at b ("Mr Healey said").
func (s *sieve) phrase(fi, a, b, quotePos, quoteField int, fromStart bool) speaker {
	toks := s.pp.tokens[fi]
	text := s.fields[fi].text
	if a >= b || a >= len(toks) || s.inQuote(fi, toks[a].start) {
		return noSpeaker // quoted words are never the attribution
	}
	for e := a + 1; e < b; e++ {
		if s.inQuote(fi, toks[e].start) {
			b = e // nor is the next quote
			break
		}
	}
	// a document: "read the warning", "The opinion of the Court … read",
	// "according to a statement released by Erdogan's office"
	if d := a; d < b && (inLower(docWords, toks[d].text(text)) ||
		d+1 < b && inLower(docDets, toks[d].text(text)) && inLower(docWords, toks[d+1].text(text))) {
		if !inLower(docWords, toks[d].text(text)) {
			d++
		}
		// "said study co-author Karen Alley": a document word before a noun
		// for a person or a name is no document
		if n := d + 1; n >= len(toks) || toks[n].sepPunct || !toks[n].cap && !personNoun(toks[n], toks[n].text(text)) &&
			!toks[n].cls.is(descriptionsSet) {
			return s.document(fi, d, quotePos, quoteField)
		}
	}
	// a named person: "said Mr Healey", "said University of California, San
	// Diego's chancellor, Pradeep Khosla", "Mr Healey said"
	lo, hi := toks[a].start, toks[min(b, len(toks))-1].end
	for _, m := range s.mentionsIn(fi, lo, hi) {
		if fromStart && m.tokFirst >= a && m.tokLast < b && !s.sentenceBreak(fi, a, m.tokFirst) && !s.inQuote(fi, m.start) &&
			!s.afterPreposition(fi, m.start, a) || !fromStart && m.tokLast == b-1 && m.tokFirst >= a {
			return speaker{person: m.person, typ: SpeakerPerson}
		}
	}
	if o, ok := s.spokesFor(fi, a, b); ok {
		return speaker{person: -1, org: o, typ: SpeakerOrganisation}
	}
	// an organisation's spokesperson: "A Hampshire Police spokesman said",
	// "an Interpol spokesperson stated"
	for t := a; t < b; t++ {
		if w := lower(toks[t].text(text)); w == "spokesperson" || w == "spokesman" || w == "spokeswoman" {
			if o, ok := s.orgAt(fi, max(0, t-5), t); ok && !s.sentenceBreak(fi, max(0, t-5), t) {
				return speaker{person: -1, org: o, typ: SpeakerOrganisation}
			}
		}
	}
	// a named organisation: "Number 10 said", "said the Ministry of Defence"
	for _, o := range s.orgsIn(fi, lo, hi) {
		ot := s.tokAt(fi, o.start)
		oe := s.tokAt(fi, o.end)
		// After the verb one word may stand before the name ("said the
		// Ministry"), but not a preposition: in "also speaking via Twitter"
		// Twitter is the medium, not the speaker.
		if fromStart && (ot == a || ot == a+1 && !prepositions[strings.ToLower(toks[a].text(text))]) && oe <= b || !fromStart && oe == b && ot >= a {
			place := lex.places.has(o.name)
			if place && ot > 0 && prepositions[strings.ToLower(toks[ot-1].text(text))] {
				continue // "residents in Texas said": the place is not the speaker
			}
			if !fromStart && ot > 0 && !toks[ot].sepPunct && (prepositions[lower(toks[ot-1].text(text))] ||
				ot > 1 && lower(toks[ot-1].text(text)) == "the" && prepositions[lower(toks[ot-2].text(text))]) {
				continue // "decided not to play for the Iranian Chess Federation saying": an object
			}
			if place && ot > 0 && toks[ot].comma && toks[ot-1].cap {
				continue // "at his golf club outside Washington, D.C. saying": the second half of an address
			}
			if (!place || !fromStart && oe == b && ot == a) && !thing(o.name) {
				return speaker{person: -1, org: o.name, typ: SpeakerOrganisation}
			}
		}
	}
	// a lone capitalised name that is no known person, right before the
	// verb after a quote: "“Ford is fully cooperating …”, Ford told The Verge";
	// a common word ("ford") or a sentence's first word only when the
	// article uses it as a proper noun: "Ford said in their filing the
	// matter “…”" after "investigating Ford".
	if !fromStart && b-a == 1 && toks[a].cap && !toks[a].afterOpen && len(s.mentionsIn(fi, toks[a].start-64, toks[a].end)) == 0 &&
		(a == 0 || toks[a].sepPunct || !prepositions[lower(toks[a-1].text(text))]) &&
		!toks[a].cls.is(placesSet|notNamesSet|titlesSet|honorificsSet|nationalitiesSet) && pronouns[lower(toks[a].text(text))] == 0 &&
		(a == 0 || toks[a].sepPunct || !toks[a-1].cap) && (b >= len(toks) || !toks[b].sepPunct || toks[b].comma && appositionStart(text, toks[b]) || toks[b].comma && prepositions[lower(toks[b].text(text))]) &&
		(!toks[a].sentStart && !toks[a].cls.is(commonSet) || s.properNoun(toks[a].text(text))) {
		// (or before an aside: "Coles, in its March 8 media release,
		// reported")
		return speaker{person: -1, org: toks[a].text(text), typ: SpeakerOrganisation}
	}
	// a pronoun
	pt := b - 1
	if fromStart {
		pt = a
	}
	w := lower(toks[pt].text(text))
	// "… released a statement addressing Basilashvili's arrest. It read,
	// “…”": "it" is the document named last before, and speaks for its owner.
	if w == "it" && fi == quoteField {
		for d := pt - 1; d >= 0 && pt-d <= 40; d-- {
			if inLower(docWords, toks[d].text(text)) {
				if sp := s.docOwnerIn(fi, toks, d); sp.found() {
					return sp
				}
				break
			}
		}
	}
	if w == "who" && pt > 0 && fi == quoteField && s.labels != nil && s.labels[fi] >= 0 {
		if pw := lower(toks[pt-1].text(text)); pw == "me" || pw == "us" {
			return speaker{person: s.labels[fi], typ: SpeakerPerson}
		}
	}
	if sex, ok := pronouns[w]; ok {
		if w == "i" || w == "we" {
			// in an interview, the speaker of the line: "((Richard
			// Stallman)) … except for people like me who say, “No thanks
			// …”" (elsewhere the writer's own words, no one's)
			if s.labels != nil && fi == quoteField && s.labels[fi] >= 0 {
				return speaker{person: s.labels[fi], typ: SpeakerPerson}
			}
			return noSpeaker
		}
		if w == "they" {
			// a group or a body, never one person: "They concluded that the
			// … agreement … is “null and void”" after a minister spoke
			if s.lastSpeaker.found() && s.lastSpeaker.typ != SpeakerPerson {
				return s.lastSpeaker
			}
			// or the organisation named last, with no person after it: "they
			// [the Iranian Chess Federation] wanted this …. So if there was
			// a picture, they would say, “…”"
			if fi == quoteField {
				if o := s.theyOrg(fi, toks[pt].start); o != "" {
					return speaker{person: -1, org: o, typ: SpeakerOrganisation}
				}
			}
			return speaker{person: -1, typ: speakerDocument} // nobody, and no fallback
		}
		// A pronoun before the quote refers back from where it stands, not
		// from the quote: in "In his message, he appreciated Soleimani's
		// lifepath: “…”" he is the leader named in the sentence before.
		pos := quotePos
		if fi == quoteField && toks[pt].start < quotePos {
			pos = toks[pt].start
		}
		if p := s.pronounReferent(quoteField, pos, sex); p >= 0 {
			return speaker{person: p, typ: SpeakerPerson}
		}
		return noSpeaker
	}
	// a description: "the minister said", "a witness said", "police said"
	dStart := a
	if !fromStart {
		dStart = b - 1
		for dStart > a && !toks[dStart].sepPunct && b-dStart < 5 {
			dw := lower(toks[dStart-1].text(text))
			dStart--
			if dw == "the" || dw == "a" || dw == "an" || dw == "one" || dw == "another" {
				break
			}
		}
	}
	if !fromStart && dStart > 0 && prepositions[lower(toks[dStart-1].text(text))] {
		return noSpeaker // "in relaying the news to parliament said": an object, not the speaker
	}
	det := lower(toks[dStart].text(text))
	head := pt
	if fromStart {
		head = dStart
		for head+1 < b && head-dStart < 4 && !toks[head+1].sepPunct && !isVerb(text, toks[head+1]) && !prepositions[strings.ToLower(toks[head+1].text(text))] {
			head++
		}
		// the first role noun is the head: "a protester using the pseudonym Katya"
		for t := dStart; t < head; t++ {
			if toks[t].cls.is(descriptionsSet|titlesSet) || lex.descriptions.has(strings.TrimSuffix(toks[t].text(text), "s")) {
				if !modifierTitles[strings.ToLower(toks[t].text(text))] {
					head = t
					break
				}
			}
		}
	}
	hw := lower(toks[head].text(text))
	hw = strings.TrimSuffix(hw, "s")
	if det == "the" && (titleWord(hw) || lex.descriptions.has(hw)) && !orgWord(hw) {
		desc := ""
		if dStart < head {
			desc = strings.ToLower(text[toks[dStart+1].start:toks[head].end])
		}
		if p := s.lastPersonWithRole(quoteField, quotePos, desc, hw); p >= 0 {
			return speaker{person: p, typ: SpeakerPerson}
		}
	}
	// "an Interpol spokesperson stated. The spokesperson added …": the
	// spokesperson already quoted speaks for the same organisation
	theBefore := det == "the" || dStart == head && dStart > 0 && !toks[dStart].sepPunct && lower(toks[dStart-1].text(text)) == "the"
	if (hw == "spokesperson" || hw == "spokesman" || hw == "spokeswoman") && theBefore && s.lastSpeaker.typ == SpeakerOrganisation {
		return s.lastSpeaker
	}
	// "The father said “I love my children …”. The mother said …": a
	// parent, spouse or child named by the article, by sex, as a pronoun
	// would be ("the victim's father" has no "the" before the noun).
	if sex := kinSex[hw]; sex != 0 && theBefore {
		if p := s.lastOfSex(quoteField, quotePos, sex); p >= 0 {
			return speaker{person: p, typ: SpeakerPerson}
		}
	}
	if (det == "the" || hw == "police") && orgWord(hw) {
		if o := s.lastOrg(quoteField, quotePos, hw); o != "" {
			return speaker{person: -1, org: o, typ: SpeakerOrganisation}
		}
	}
	// a body named by its nationality or place: "Chinese authorities
	// referred to him as “…”", "in what the police declared a “…” attack"
	if o := s.bodyAt(fi, dStart, head); o != "" {
		return speaker{person: -1, org: o, typ: SpeakerOrganisation}
	}
	if lex.descriptions.has(hw) || toks[head].cls.is(descriptionsSet) {
		return speaker{person: -1, desc: text[toks[dStart].start:toks[head].end], typ: SpeakerUnnamed}
	}
	return noSpeaker
}

// kinSex gives the sex of a kin noun that, after "the", stands for a person
// already named: "The mother said".
var kinSex = map[string]byte{"father": 'm', "mother": 'f', "husband": 'm', "wife": 'f', "son": 'm', "daughter": 'f',
	"brother": 'm', "sister": 'f', "widow": 'f', "widower": 'm', "grandmother": 'f', "grandfather": 'm'}

// beForms before a verb make it passive: "was called", "is described".
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true}

// docWords name a document that speaks: the statement, the warning, the
// opinion of the Court.
var docWords = map[string]bool{"statement": true, "statements": true, "warning": true, "advisory": true,
	"announcement": true, "opinion": true, "ruling": true, "judgment": true, "judgement": true, "summary": true,
	"communique": true, "communiqué": true, "notice": true, "bulletin": true, "release": true,
	"report": true, "study": true, "paper": true}

// studyWords name one piece of research by several words: "The study was
// conducted by …" … "reads the report".
var studyWords = map[string]bool{"report": true, "study": true, "paper": true, "research": true, "findings": true}

// docDets may stand before a document word: "the statement", "a statement".
var docDets = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"this": true, "that": true, "which": true, "whose": true, "official": true, "joint": true, "written": true}

// speakerDocument marks a quote whose words are a document's with no owner
// named, or a group's ("they said" after a person spoke): it gets no
// speaker, and stops the fallbacks from giving it one.
const speakerDocument = "document"

// document resolves a document that speaks (toks[d] of field fi is its
// noun) to the body or person it comes from, or to a speakerDocument:
//   - its owner in the same phrase: "Erdogan's statement", "the opinion of
//     the Court", "a statement released by Erdogan's office";
//   - else the owner of the last such document named before the quote in
//     this or the three paragraphs before: "The orange warning issued by
//     Met Éireann applied to …" … "“…”, read the warning"; "the Combined
//     Joint Task Force Operation Inherent Resolve released a statement" …
//     "“…” read the statement".
func (s *sieve) document(fi, d, quotePos, quoteField int) speaker {
	if sp := s.docOwner(fi, s.pp.tokens[fi], d); sp.found() {
		return sp
	}
	word := strings.ToLower(s.pp.tokens[fi][d].text(s.fields[fi].text))
	for f := quoteField; f >= 0 && f >= quoteField-3; f-- {
		text := s.fields[f].text
		// a long paragraph is searched near the quote only, or in its start
		end, lo := min(len(text), docReach), 0
		if f == quoteField {
			end, lo = quotePos, max(0, quotePos-docReach)
		}
		var toks []token
		for n := 0; n < 4; n++ { // the last few mentions of the word: "Their statement also read" follows "issued a statement"
			i := lastWordIndex(text[lo:end], word)
			if studyWords[word] {
				for w := range studyWords {
					if j := lastWordIndex(text[lo:end], w); j > i {
						i = j
					}
				}
			}
			if i < 0 {
				break
			}
			i += lo
			end = i
			if toks == nil {
				toks = s.docTokens(f)
			}
			t := sort.Search(len(toks), func(k int) bool { return toks[k].start >= i })
			if t < len(toks) && toks[t].start == i {
				if sp := s.docOwnerIn(f, toks, t); sp.found() {
					return sp
				}
			}
		}
	}
	return speaker{person: -1, typ: speakerDocument}
}

// docReach bounds, in bytes, how far back before a quote the sieve looks
// for the document it quotes, so that attribution stays linear.
const docReach = 4000

// docTokens returns the tokens of field fi, tokenising (once) a paragraph
// without quotes, which keeps none.
func (s *sieve) docTokens(fi int) []token {
	if toks := s.pp.tokens[fi]; toks != nil {
		return toks
	}
	if s.extraTokens == nil {
		s.extraTokens = map[int][]token{}
	}
	toks, ok := s.extraTokens[fi]
	if !ok {
		text := s.fields[fi].text
		toks = tokenize(text[:min(len(text), docReach)], nil)
		s.extraTokens[fi] = toks
	}
	return toks
}

// docOwner finds the owner of the document toks[d] of field fi in its own
// phrase: a possessive before it, or "(issued|released|published) by|of|from
// X" after it.
func (s *sieve) docOwner(fi int, toks []token, d int) speaker {
	text := s.fields[fi].text
	// "Stardom's official statement", "The court's summary", "The
	// government statement"
	o := d
	if o > 0 && !toks[o].sepPunct && docDets[strings.ToLower(toks[o-1].text(text))] {
		o--
	}
	if o > 0 && !toks[o].sepPunct && toks[o-1].poss && toks[o-1].cap {
		return s.ownerRun(fi, toks, capRunBack(text, toks, o-1), o)
	}
	if o > 0 && !toks[o].sepPunct && !toks[o-1].cap && orgWord(strings.ToLower(toks[o-1].text(text))) {
		if org := s.fullOrg(fi, toks[o-1].start, strings.ToLower(toks[o-1].text(text))); org != "" {
			return speaker{person: -1, org: org, typ: SpeakerOrganisation}
		}
	}
	t := d + 1
	if t+1 < len(toks) && !toks[t].sepPunct && inLower(beForms, toks[t].text(text)) {
		t++ // "The study was conducted by"
	}
	if t < len(toks) && !toks[t].sepPunct && strings.HasSuffix(strings.ToLower(toks[t].text(text)), "ed") {
		t++ // issued, released, published
	}
	if t+1 < len(toks) && !toks[t].sepPunct {
		switch strings.ToLower(toks[t].text(text)) {
		case "by", "of", "from":
			a := t + 1
			if a < len(toks) && strings.EqualFold(toks[a].text(text), "the") {
				a++
			}
			if e := capRunAfter(text, toks, a, len(toks)); e > a {
				return s.ownerRun(fi, toks, a, e)
			}
		}
	}
	return noSpeaker
}

// docOwnerIn is docOwner for a document named earlier, which may also be
// the object of its owner's verb: "the Combined Joint Task Force Operation
// Inherent Resolve released a statement".
func (s *sieve) docOwnerIn(fi int, toks []token, d int) speaker {
	if sp := s.docOwner(fi, toks, d); sp.found() {
		return sp
	}
	text := s.fields[fi].text
	v := d - 1
	if v >= 0 && docDets[strings.ToLower(toks[v].text(text))] {
		v--
	}
	if v >= 1 && !toks[v].cap && strings.HasSuffix(toks[v].text(text), "ed") && toks[v-1].cap && !toks[v].sepPunct {
		return s.ownerRun(fi, toks, capRunBack(text, toks, v-1), v)
	}
	// "The Georgian Tennis Federation (GFT) released a statement": past
	// the acronym in brackets
	if v >= 2 && !toks[v].cap && strings.HasSuffix(toks[v].text(text), "ed") && toks[v-1].cap && toks[v-2].cap &&
		strings.TrimSpace(text[toks[v-1].end:toks[v].start]) == ")" && strings.TrimSpace(text[toks[v-2].end:toks[v-1].start]) == "(" {
		return s.ownerRun(fi, toks, capRunBack(text, toks, v-2), v-1)
	}
	return noSpeaker
}

// capRunAfter returns where the capitalised name starting at toks[a] (and
// ending before toks[b]) ends: "Met Éireann", "Supreme Court of Puerto
// Rico", "Erdogan's" (a possessive ends it).
func capRunAfter(text string, toks []token, a, b int) int {
	e := a
	for e < len(toks) && e < b && e-a < 10 && (toks[e].cap || e > a && connector(text, toks, e)) && (e == a || !toks[e].sepPunct) {
		e++
		if toks[e-1].poss {
			break
		}
	}
	return e
}

// connector reports whether toks[e] is a lower-case word joining a name's
// parts ("Supreme Court of Puerto Rico", "Department of Health and Human
// Services"), followed by a capitalised word.
func connector(text string, toks []token, e int) bool {
	w := toks[e].text(text)
	return (w == "of" || w == "and" || w == "for") && e+1 < len(toks) && toks[e+1].cap && !toks[e+1].sepPunct
}

// capRunBack returns where the capitalised name ending at toks[e] starts
// (without a leading "The").
func capRunBack(text string, toks []token, e int) int {
	a := e
	for a > 0 && !toks[a].sepPunct && (toks[a-1].cap || a-1 > 0 && connector(text, toks, a-1) && toks[a-2].cap) && e-a < 10 {
		a--
	}
	if a < e && toks[a].cls.is(notNamesSet) {
		a++
	}
	return a
}

// ownerRun turns the name toks[a:e] owning a document into its speaker: a
// person named there, "X's office" for a person's office, an organisation
// named in the article ("the Court" → the last organisation with "court"),
// or the name itself.
func (s *sieve) ownerRun(fi int, toks []token, a, e int) speaker {
	text := s.fields[fi].text
	if a >= e || !toks[a].cap {
		return noSpeaker
	}
	name := text[toks[a].start:toks[e-1].end]
	// "They released a statement which said": a pronoun owns the document
	// for whom it stands — the organisation that opened a sentence before
	// ("the United States Commission on International Religious Freedom
	// (USCIRF) also criticized the move"), or the person — never itself.
	if e-a == 1 && isPronoun(name) {
		if sex := pronounSex(name); sex != 0 {
			if p := s.pronounReferent(fi, toks[a].start, sex); p >= 0 {
				return speaker{person: p, typ: SpeakerPerson}
			}
			return noSpeaker
		}
		if o := s.theyOrg(fi, toks[a].start); o != "" {
			return speaker{person: -1, org: o, typ: SpeakerOrganisation}
		}
		return noSpeaker
	}
	if e < len(toks) && toks[e-1].poss && !toks[e].cap {
		if w := strings.ToLower(toks[e].text(text)); w == "office" || w == "campaign" || w == "government" {
			return speaker{person: -1, org: name + "'s " + w, typ: SpeakerOrganisation}
		}
	}
	for _, m := range s.pp.mentions[fi] {
		if m.start >= toks[a].start && m.end <= toks[e-1].end {
			return speaker{person: m.person, typ: SpeakerPerson}
		}
	}
	for _, o := range s.orgsIn(fi, toks[a].start-len("government of "), toks[e-1].end) {
		if o.end == toks[e-1].end && !lex.places.has(o.name) {
			return speaker{person: -1, org: o.name, typ: SpeakerOrganisation} // "The government of American Samoa issued"
		}
	}
	if e-a == 1 && orgWord(strings.ToLower(name)) {
		if o := s.fullOrg(fi, toks[a].start, strings.ToLower(name)); o != "" {
			return speaker{person: -1, org: o, typ: SpeakerOrganisation}
		}
		return noSpeaker
	}
	if lex.places.has(name) || thing(name) {
		return noSpeaker
	}
	return speaker{person: -1, org: name, typ: SpeakerOrganisation}
}

// fullOrg returns the organisation that "the court", "the government"
// most likely means: among those named in this and the six paragraphs
// before pos whose name holds word, the one the most mentions fit ("Supreme
// Court" fits "Supreme Court of Puerto Rico"), the longest on a tie. In an
// article about the Court of Session, "The court's summary" is the Court of
// Session, though the Supreme Court was named last.
func (s *sieve) fullOrg(fi, pos int, word string) string {
	var names []string
	for f := max(0, fi-6); f <= fi; f++ {
		for _, c := range s.pp.orgs[f] {
			if (f < fi || c.start < pos) && strings.Contains(strings.ToLower(c.name), word) && len(names) < maxLookback {
				names = append(names, strings.ToLower(c.name))
			}
		}
	}
	best, bestN := -1, 0
	for i, o := range names {
		n := 0
		for _, c := range names {
			if strings.Contains(o, c) {
				n++
			}
		}
		if n > bestN || n == bestN && len(o) > len(names[best]) {
			best, bestN = i, n
		}
	}
	if best < 0 {
		return ""
	}
	// the name as the article writes it
	k := 0
	for f := max(0, fi-6); f <= fi; f++ {
		for _, c := range s.pp.orgs[f] {
			if (f < fi || c.start < pos) && strings.Contains(strings.ToLower(c.name), word) && k < maxLookback {
				if k == best {
					return c.name
				}
				k++
			}
		}
	}
	return ""
}

// lastWordIndex returns the byte index of the last whole-word, lower-case
// occurrence of w in s, or -1.
func lastWordIndex(s, w string) int {
	for e := len(s); e > 0; {
		i := strings.LastIndex(s[:e], w)
		if i < 0 {
			return -1
		}
		j := i + len(w)
		if (i == 0 || !isWordByte(s[i-1])) && (j == len(s) || !isWordByte(s[j])) {
			return i
		}
		e = i
	}
	return -1
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// affiliated finds a person named just before toks[e] with an affiliation
// after the name: "Xiaogang Wei of the Beijing Gender Health Education
// Institute commented", "Anna Franowska of “Have no fear” … told Reuters";
// the name starts at toks[first] or after (after a quote: at the first word
// after its closing mark, so that no one named before the quote is taken).
func (s *sieve) affiliated(fi, a, e, first int) speaker {
	toks := s.pp.tokens[fi]
	text := s.fields[fi].text
	ms := s.mentionsIn(fi, 0, toks[min(e, len(toks)-1)].start)
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.tokLast >= e {
			continue
		}
		if m.tokFirst < first || s.inQuote(fi, m.start) {
			break
		}
		if m.tokLast+1 < e {
			w := strings.ToLower(toks[m.tokLast+1].text(text))
			// not the listener: "Speaking to Martin Smith of PBS, he said"
			if (w == "of" || w == "from" || w == "at") && !s.sentenceBreak(fi, m.tokLast, e-1) && !s.objectMention(fi, m) {
				return speaker{person: m.person, typ: SpeakerPerson}
			}
		}
		break
	}
	return noSpeaker
}

// afterPreposition reports whether the word before byte pos (and at or after
// token a) is a preposition: "before the call for Biden" names an object.
func (s *sieve) afterPreposition(fi, pos, a int) bool {
	toks := s.pp.tokens[fi]
	t := s.tokAt(fi, pos) - 1
	return t >= a && t >= 0 && prepositions[strings.ToLower(toks[t].text(s.fields[fi].text))]
}

// sentenceBreak reports whether a sentence ends between toks[a] and toks[b].
func (s *sieve) sentenceBreak(fi, a, b int) bool {
	toks := s.pp.tokens[fi]
	for t := a + 1; t <= b && t < len(toks); t++ {
		if toks[t].sentStart {
			return true
		}
	}
	return false
}

// orgAt returns the organisation named in toks[a:b] of field fi.
func (s *sieve) orgAt(fi, a, b int) (string, bool) {
	toks := s.pp.tokens[fi]
	if a >= b {
		return "", false
	}
	for _, o := range s.orgsIn(fi, toks[a].start, toks[b-1].end) {
		return o.name, true
	}
	return "", false
}

// lastMention returns the person of the last mention before pos in field fi
// or the back fields before it (at most maxLookback a field, newest first)
// that fits, or -1: the one walk back through the names that the rules
// below share.
func (s *sieve) lastMention(fi, pos, back int, fits func(f int, m mentionRef) bool) int {
	for f := fi; f >= 0 && f >= fi-back; f-- {
		ms := s.pp.mentions[f]
		if f == fi {
			ms = s.mentionsIn(f, 0, pos)
		}
		for i := len(ms) - 1; i >= 0 && len(ms)-i <= maxLookback; i-- {
			if fits(f, ms[i]) {
				return ms[i].person
			}
		}
	}
	return -1
}

// lastPerson returns the person named last before pos in field fi or the
// back fields before it (not counting names inside quotes), whose sex does
// not contradict sex.
func (s *sieve) lastPerson(fi, pos int, sex byte, back int) int {
	return s.lastMention(fi, pos, back, func(f int, m mentionRef) bool {
		p := s.pp.persons[m.person]
		return !s.inQuote(f, m.start) && (sex == 0 || p.sex == 0 || p.sex == sex)
	})
}

// lastOfSex returns the last person named before pos in field fi or the
// six fields before it, outside quotes, whose first name gives sex; -1 if
// none.
func (s *sieve) lastOfSex(fi, pos int, sex byte) int {
	return s.lastMention(fi, pos, 6, func(f int, m mentionRef) bool {
		return !s.inQuote(f, m.start) && s.pp.persons[m.person].sex == sex
	})
}

// pronounReferent returns the person a pronoun standing at pos of field fi
// refers to: the last person named before it, outside quotes, whose sex fits
// — passing over a name that is the object of a speech verb or a preposition
// when a fitting person named otherwise comes before it in the same
// paragraph. In "He said Zelensky is “a model of honesty for me”;
// however, “…”, he added." he is Honcharuk, and in "… since he was pardoned
// by Trump. He said “That's pretty cool.”" he is Flynn.
func (s *sieve) pronounReferent(fi, pos int, sex byte) int {
	last := s.lastPerson(fi, pos, sex, 3)
	if last < 0 {
		return -1
	}
	fits := func(m mentionRef) bool {
		p := s.pp.persons[m.person]
		return !s.inQuote(fi, m.start) && (sex == 0 || p.sex == 0 || p.sex == sex)
	}
	// Centering (Grosz, Joshi and Weinstein 1995): a pronoun whose own
	// sentence names no fitting person before it continues the subject of
	// the sentence before, not its last name: "Refusing to give up power,
	// Mugabe agreed to power-sharing in which Tsvangirai became prime
	// minister. “Only God who appointed me will remove me …,” he declared."
	// is Mugabe; "Bloomberg endorsed his former rival, Joe Biden. “Three
	// months ago,” he said" is Bloomberg.
	if toks := s.pp.tokens[fi]; toks != nil {
		// (within centerReach tokens, so that a paragraph with no full
		// stop costs no more than a short one)
		t := s.tokAt(fi, pos)
		e := t - 1 // the last token of the sentence before
		for e >= 0 && !toks[e].endSent && t-e < centerReach {
			e--
		}
		if e >= 0 && toks[e].endSent && len(s.mentionsIn(fi, toks[e].end, pos)) == 0 {
			ps := e - 1
			for ps >= 0 && !toks[ps].endSent && e-ps < centerReach {
				ps--
			}
			// the first subject, or the subject of a later coordinate
			// clause: "Duda said … while Interior Minister Joachim
			// Brudziński wrote …. He tweeted" is Brudziński
			subj := -1
			for _, m := range s.mentionsIn(fi, toks[ps+1].start, toks[e].end) {
				if !fits(m) || m.tokLast < len(toks) && toks[m.tokLast].poss || s.objectMention(fi, m) {
					continue
				}
				if subj < 0 || s.coordinateSubject(fi, m) {
					subj = m.person
				}
			}
			if subj >= 0 {
				return subj
			}
		}
	}
	ms := s.mentionsIn(fi, 0, pos)
	for i := len(ms) - 1; i >= 0 && len(ms)-i <= maxLookback; i-- {
		m := ms[i]
		if !fits(m) {
			continue
		}
		if !s.objectMention(fi, m) {
			return m.person
		}
	}
	return last
}

// centerReach bounds, in tokens, the sentences the centering rule reads.
const centerReach = 120

// coordinators open a clause of their own with its own subject.
var coordinators = map[string]bool{"while": true, "whereas": true, "but": true, "and": true, "although": true, "though": true}

// coordinateSubject reports whether a person mention opens a coordinate
// clause (past the titles before the name): "while Interior Minister
// Joachim Brudziński wrote".
func (s *sieve) coordinateSubject(fi int, m mentionRef) bool {
	toks := s.pp.tokens[fi]
	t := m.tokFirst
	for t > 0 && !toks[t].sepPunct && m.tokFirst-t < 4 && toks[t-1].cls.is(titlesSet|honorificsSet|descriptionsSet|nationalitiesSet) {
		t--
	}
	return t > 0 && !toks[t].sepPunct && inLower(coordinators, toks[t-1].text(s.fields[fi].text)) &&
		m.tokLast+1 < len(toks) && isVerb(s.fields[fi].text, toks[m.tokLast+1])
}

// objectMention reports whether a person mention stands right after a
// preposition or a speech verb (past the titles before the name): "pardoned
// by Trump", "He said Zelensky is" — but "according to Muyembe" names the
// source, who may go on talking. Fields without a quote keep no tokens;
// their names count as subjects.
func (s *sieve) objectMention(fi int, m mentionRef) bool {
	toks := s.pp.tokens[fi]
	if toks == nil || m.tokFirst >= len(toks) {
		return false
	}
	text := s.fields[fi].text
	t := m.tokFirst
	// past the titles and descriptions before the name: "the murder of
	// journalist Jamal Khashoggi"
	for t > 0 && !toks[t].sepPunct && m.tokFirst-t < 4 && toks[t-1].cls.is(titlesSet|honorificsSet|descriptionsSet|nationalitiesSet) {
		t--
	}
	if t == 0 || toks[t].sepPunct || toks[t-1].cap {
		return false
	}
	w := toks[t-1].text(text)
	if w == "to" && t >= 2 && strings.EqualFold(toks[t-2].text(text), "according") {
		return false
	}
	if w == "of" && t >= 2 && toks[t-2].cap {
		return false // "Secretary of State Mike Pompeo"
	}
	// "with Miller describing issues": the subject of an absolute clause
	// (past an affiliation: "with Steve Scalise of Louisiana calling")
	if w == "with" {
		for n := m.tokLast + 1; n < len(toks) && n-m.tokLast <= 4 && (n == m.tokLast+1 || !toks[n].sepPunct); n++ {
			if strings.HasSuffix(toks[n].text(text), "ing") {
				return false
			}
		}
	}
	return inLower(prepositions, w) && w != "and" || isVerb(text, toks[t-1])
}

// lastPersonWithRole returns the last person before pos whose role holds the
// description when it has two words or more ("the Prime Minister"), or else
// the word ("the minister said" -> the last person whose role says
// "minister"), else the last person named.
func (s *sieve) lastPersonWithRole(fi, pos int, desc, word string) int {
	role := func(m mentionRef) string { return strings.ToLower(s.pp.persons[m.person].role) }
	// the whole description first: "the Prime Minister apologised" is the
	// Prime Minister of Slovakia, not the Minister of Economy named since
	if strings.Contains(desc, " ") {
		if p := s.lastMention(fi, pos, 6, func(_ int, m mentionRef) bool {
			r := role(m)
			return strings.Contains(r, desc) && !strings.Contains(r, "deputy") && !strings.Contains(r, "vice")
		}); p >= 0 {
			return p
		}
	}
	if p := s.lastMention(fi, pos, 6, func(_ int, m mentionRef) bool { return strings.Contains(role(m), word) }); p >= 0 {
		return p
	}
	return s.lastPerson(fi, pos, 0, 3)
}

// determiners may open a sentence before a name: "The Verge".
var determiners = map[string]bool{"the": true, "a": true, "an": true}

// maxProperWords is how many words properNoun checks per article.
const maxProperWords = 16

// properNoun reports whether the capitalised word w is a proper noun in the
// article: written capitalised somewhere other than at a sentence's start,
// and never in lower case. "Ford" is one in an article that says
// "investigating Ford"; "Police" is not where the text also says "police".
// (A word written capitalised inside a sentence and never otherwise is the
// classic cue for a name: Mikheev 1999, "A knowledge-free method for
// capitalized word disambiguation".)
func (s *sieve) properNoun(w string) bool {
	if len(w) < 2 || !startsUpper(w) || strings.ToUpper(w) == w && len(w) < 3 {
		return false
	}
	if v, ok := s.proper[w]; ok {
		return v
	}
	if s.properBudget <= 0 {
		return false
	}
	s.properBudget--
	if s.proper == nil {
		s.proper = map[string]bool{}
	}
	lw := strings.ToLower(w)
	mid := false
	for _, f := range s.fields {
		t := f.text
		if wordIndex(t, lw, 0) >= 0 {
			s.proper[w] = false
			return false
		}
		for i := wordIndex(t, w, 0); i >= 0 && f.loc != LocHeadline; i = wordIndex(t, w, i+len(w)) { // a headline may be in title case
			// the end of a longer name is a surname or part of a name:
			// "Adam Schiff", "Alachua Sheriff's Office" (not after a day or
			// an opener: "On Friday Ford disclosed")
			if j := len(strings.TrimRight(t[:i], " ")); j < i && j > 0 && isWordByte(t[j-1]) && startsUpper(lastWord(t[:j])) && !inLower(determiners, lastWord(t[:j])) &&
				!lex.classes(lastWord(t[:j])).is(notNamesSet) {
				s.proper[w] = false
				return false
			}
			if !opensSentence(t, i) {
				mid = true
			}
		}
	}
	s.proper[w] = mid
	return mid
}

// lastOrgSubject returns the organisation that opens a sentence last before
// pos in field fi or the field before ("NASA interrupted its live coverage
// …"), the referent of a sentence-initial "It"; "" when there is none.
func (s *sieve) lastOrgSubject(fi, pos int) string {
	for f := fi; f >= 0 && f >= fi-1; f-- {
		os := s.pp.orgs[f]
		if f == fi {
			os = s.orgsIn(f, 0, pos)
		}
		text := s.fields[f].text
		for i := len(os) - 1; i >= 0 && len(os)-i <= maxLookback; i-- {
			o := os[i]
			if s.inQuote(f, o.start) || thing(o.name) || lex.places.has(o.name) {
				continue
			}
			if opensSentence(text, o.start) {
				return o.name
			}
		}
	}
	return ""
}

// inLower reports whether the lower-case form of w is in set, without
// allocating: the sieve asks this for many words of every quote.
func inLower(set map[string]bool, w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return set[strings.ToLower(w)]
	}
	return set[string(lowerBuf(buf[:0], w))]
}

// isPronoun reports whether w is a personal pronoun that may be a subject.
func isPronoun(w string) bool {
	for p := range pronouns {
		if strings.EqualFold(w, p) {
			return true
		}
	}
	return strings.EqualFold(w, "they")
}

// pronounSex returns the sex a pronoun gives ('m' for "he"), or 0.
func pronounSex(w string) byte {
	for p, sex := range pronouns {
		if strings.EqualFold(w, p) {
			return sex
		}
	}
	return 0
}

// platforms carry others' words: "an official government Twitter account
// made the following announcement" is the government speaking.
var platforms = map[string]bool{"twitter": true, "facebook": true, "instagram": true, "youtube": true,
	"weibo": true, "tiktok": true, "telegram": true, "reddit": true, "linkedin": true}

// accountOwner returns the owner of the platform account whose platform name
// is toks[t] of field fi: "X's Twitter account", "the government Twitter
// account" (the government named in the article), or no one.
func (s *sieve) accountOwner(fi, t int) speaker {
	toks := s.pp.tokens[fi]
	text := s.fields[fi].text
	if t+1 >= len(toks) || toks[t+1].sepPunct {
		return noSpeaker
	}
	switch strings.ToLower(toks[t+1].text(text)) {
	case "account", "accounts", "page", "feed", "channel", "post", "posts":
	default:
		return noSpeaker
	}
	o := t
	if o > 0 && docDets[strings.ToLower(toks[o-1].text(text))] && !toks[o].sepPunct {
		o--
	}
	if o == 0 || toks[o].sepPunct {
		return noSpeaker
	}
	w := toks[o-1].text(text)
	if toks[o-1].poss && toks[o-1].cap {
		return s.ownerRun(fi, toks, capRunBack(text, toks, o-1), o)
	}
	if lw := strings.ToLower(w); !toks[o-1].cap && orgWord(lw) {
		if org := s.fullOrg(fi, toks[o-1].start, lw); org != "" {
			return speaker{person: -1, org: org, typ: SpeakerOrganisation}
		}
	}
	return noSpeaker
}

// opensSentence reports whether the name at byte pos of text opens its
// sentence, perhaps after "the".
func opensSentence(text string, pos int) bool {
	st := strings.TrimRight(text[:pos], " ")
	if n := len(st); n >= 3 && strings.EqualFold(st[n-3:], "the") && (n == 3 || st[n-4] == ' ') {
		st = strings.TrimRight(st[:n-3], " ")
	}
	return sentenceStartsAt(text, len(st))
}

// theyOrg returns the organisation a "they" or "it" at pos of field fi
// stands for: the one that opened a sentence last, or else the last one
// named in the paragraph before pos with no person named after it — by its
// full name when its acronym follows in brackets ("the United States
// Commission on International Religious Freedom (USCIRF)"); "" when none.
func (s *sieve) theyOrg(fi, pos int) string {
	if o := s.lastOrgSubject(fi, pos); o != "" {
		return o
	}
	os := s.orgsIn(fi, 0, pos)
	text := s.fields[fi].text
	for i := len(os) - 1; i >= 0 && len(os)-i <= maxLookback; i-- {
		o := os[i]
		if s.inQuote(fi, o.start) || thing(o.name) || lex.places.has(o.name) {
			continue
		}
		if len(s.mentionsIn(fi, o.end, pos)) > 0 {
			return ""
		}
		if i > 0 && o.start >= 1 && text[o.start-1] == '(' && strings.HasSuffix(strings.TrimRight(text[:o.start-1], " "), os[i-1].name) {
			return os[i-1].name
		}
		return o.name
	}
	return ""
}

// lastOrg returns the last organisation before pos whose name holds word.
func (s *sieve) lastOrg(fi, pos int, word string) string {
	for f := fi; f >= 0 && f >= fi-6; f-- {
		os := s.pp.orgs[f]
		if f == fi {
			os = s.orgsIn(f, 0, pos)
		}
		for i := len(os) - 1; i >= 0 && len(os)-i <= maxLookback; i-- {
			if strings.Contains(strings.ToLower(os[i].name), word) {
				return os[i].name
			}
		}
	}
	return ""
}

// kind classifies a quote as speech, partial or term.
//
//   - speech: several parts or paragraphs; after a colon (which read: “…”);
//     a sentence of its own (“They are afraid …,” he said.); or three words or
//     more right after a speech verb (and said “we must not be afraid …”);
//   - term: a nickname inside a name (Edward “Eddie” Van Halen), a title-case
//     phrase, or a phrase after a determiner or naming word (the “coalition of
//     the willing”, so-called “experts”), unless a speech verb governs it;
//   - partial: a fragment woven into a sentence with a speaker (Mr Zelensky
//     called for “pressure”); a fragment with no speaker and no speech verb in
//     its sentence is a term.
func (s *sieve) kind(q *rawQuote, text string, words int, before string, sentInitial bool, fi, qt int, attributed bool) string {
	if len(q.parts) > 1 {
		return KindSpeech
	}
	toks := s.pp.tokens[fi]
	ftext := s.fields[fi].text
	if (words <= 5 || titleCase(text)) && q.closed && s.mentioned(fi, qt, ftext[q.closeEnd:]) {
		return KindTerm
	}
	if q.closed && (s.namedByNoun(fi, qt) || sentInitial && quoteAsSubject(text, ftext[q.closeEnd:]) || appositionSubject(before, ftext[q.closeEnd:]) || !sentInitial && s.definedAfter(text, fi, q.closeEnd)) {
		return KindTerm
	}
	if strings.HasSuffix(before, ":") && words >= 2 {
		return KindSpeech
	}
	if sentInitial {
		if words >= 3 || attributed {
			return KindSpeech
		}
		return KindTerm
	}
	// A long quote is somebody's words, never a name or a term; one that
	// starts with a capital after a comma is a sentence of its own ("Trump …
	// defended his decision, “As I have stated strongly before, …”).
	if words >= 6 && startsUpper(text) && !termCues[strings.ToLower(lastWord(before))] {
		return KindSpeech
	}
	prev := ""
	if qt > 0 {
		prev = lower(toks[qt-1].text(ftext))
	}
	// a speech verb just before, perhaps with its object: said “…”, calling it
	// “surprisingly disappointing”, Calling it as “just another apology”
	verbBefore := false
	for t := qt - 1; t >= 0 && qt-t <= 3; t-- {
		if isVerb(ftext, toks[t]) {
			verbBefore = true
			break
		}
		if !linkWords[lower(toks[t].text(ftext))] {
			break
		}
	}
	if verbBefore && words >= 4 && (lex.verbs.has(prev) || prev == "that") {
		return KindSpeech
	}
	// a nickname inside a name: Edward “Eddie” Van Halen
	if qt > 0 && toks[qt-1].cap && !toks[qt-1].sentStart {
		if e := s.tokAt(fi, q.closeEnd); e < len(toks) && toks[e].cap && !toks[e].sepPunct {
			return KindTerm
		}
	}
	// A speech verb a few words before a determiner makes the phrase the
	// speaker's words: "Biden called Trump a “national embarrassment”", "he
	// described the attacks as a “dastardly act”"; naming words keep it a
	// term: "nicknamed the “king of coal”".
	if !verbBefore && (prev == "a" || prev == "an" || prev == "the" || prev == "as") && s.governedBy(fi, qt, 6) && !namingCues[prev2Word(toks, ftext, qt)] {
		verbBefore = true
	}
	// "Brudziński said Adamowicz … was in a “serious” condition", "According
	// to Sufianov, the Olympiad shows young people the “social elevators”": a
	// phrase after an article in a sentence a speech verb governs is the
	// speaker's word, not a name (title-case names aside).
	if !verbBefore && (prev == "a" || prev == "an" || prev == "the" || prev == "this") && !titleCase(text) &&
		!namingCues[prev2Word(toks, ftext, qt)] && s.speechVerbInSentence(fi, qt) {
		verbBefore = true
	}
	if !verbBefore && prev == "as" && s.labelledAs(fi, qt) {
		verbBefore = true
	}
	if s.questionQuoted(text, fi, qt) {
		return KindSpeech
	}
	// "Anna Franowska of “Have no fear”": a quoted name after a person's "of"
	// is their organisation's name.
	if prev == "of" && qt >= 2 && toks[qt-2].cap && !toks[qt-2].sentStart && words <= 6 {
		return KindTerm
	}
	// "a program … called “Learning Together”": a title-case name after a
	// naming verb is a name, not the speaker's words
	if (prev == "called" || prev == "named") && words <= 5 && titleCase(text) {
		return KindTerm
	}
	if !verbBefore {
		if termCues[prev] || prev == "as" && !s.verbInClause(fi, qt-1, 8) && prev2Word(toks, ftext, qt) != "such" || prev == "known" {
			return KindTerm
		}
		if words <= 5 && titleCase(text) {
			return KindTerm
		}
	}
	if attributed || verbBefore || words >= 8 || citedPer(ftext[q.closeEnd:]) {
		return KindPartial
	}
	// a speech verb anywhere in the sentence makes a fragment someone's words
	for t := qt - 1; t >= 0 && qt-t < windowBefore; t-- {
		if isVerb(ftext, toks[t]) && !s.inQuote(fi, toks[t].start) {
			return KindPartial
		}
		if toks[t].sentStart {
			break
		}
	}
	for t := s.tokAt(fi, q.closeEnd); t < len(toks) && t-qt < windowBefore; t++ {
		if s.inQuote(fi, toks[t].start) {
			break
		}
		if isVerb(ftext, toks[t]) {
			return KindPartial
		}
		if toks[t].endSent {
			break
		}
	}
	return KindTerm
}

// governedBy reports whether a speech verb governs the quote at toks[qt]
// through its object: "called Trump a “…”", "characterized the attack as
// “…”" — but not through a preposition: "a fire was reported in the “…”".
func (s *sieve) governedBy(fi, qt, n int) bool {
	toks := s.pp.tokens[fi]
	text := s.fields[fi].text
	prep, quote := false, false
	seen := 0
	for i := qt - 2; i >= 0 && seen < n && qt-i <= windowBefore; i-- {
		if s.inQuote(fi, toks[i].start) {
			quote = true // reported speech goes on: said the victims were “…” in an “…”
			continue
		}
		seen++
		if isVerb(text, toks[i]) {
			return !prep || quote
		}
		if w := strings.ToLower(toks[i].text(text)); w != "as" && w != "by" && prepositions[w] {
			prep = true
		}
		if toks[i].sentStart {
			return false
		}
	}
	return false
}

// verbInClause reports whether a speech verb stands within n words before
// toks[t] in its sentence: "he referred to the Rutgers University women's
// basketball team as “nappy headed hos.”" is Imus's words, while "known as
// “the I-Man”" is a name.
func (s *sieve) verbInClause(fi, t, n int) bool {
	toks := s.pp.tokens[fi]
	text := s.fields[fi].text
	seen := 0 // words outside quotes: a quote in between does not count
	for i := t - 1; i >= 0 && seen < n && t-i <= windowBefore; i-- {
		if s.inQuote(fi, toks[i].start) {
			continue
		}
		seen++
		if isVerb(text, toks[i]) {
			return true
		}
		if toks[i].sentStart {
			break
		}
	}
	return false
}

// titleCase reports whether every word of s of four letters or more starts
// with a capital ("Imus in the Morning", "Have No Fear").
func titleCase(s string) bool {
	n := 0
	for len(s) > 0 {
		var w string
		w, s = splitWord(s)
		if len(w) < 4 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !isWordRune(r) {
			continue
		}
		// "Soviet-style", "Trump-like": a capitalised word made an
		// adjective is no name
		if h := strings.LastIndexByte(w, '-'); h > 0 && h+1 < len(w) && w[h+1] >= 'a' && w[h+1] <= 'z' {
			return false
		}
		if r < 'A' || r > 'Z' {
			if !(r > 127 && unicode.ToUpper(r) == r) {
				return false
			}
		}
		n++
	}
	return n > 0
}

// startsUpper reports whether s starts with a capital letter (after any "[").
func startsUpper(s string) bool {
	s = strings.TrimLeft(s, "[.… ")
	for _, r := range s {
		return r >= 'A' && r <= 'Z' || r > 127 && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
	}
	return false
}

// isVerb reports whether a word is a speech verb as written: lower case, or
// capitalised only at the start of a sentence ("Speaking to BBC Sport"), so
// "United States" and "Says Who" in a name are not verbs.
func isVerb(text string, t token) bool {
	if t.cap && !t.sentStart && !t.afterOpen {
		return false
	}
	return t.cls.is(verbsSet)
}

// countWords counts the space-separated words of s without allocating.
func countWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// lastWord returns the last run of letters in s.
func lastWord(s string) string {
	e := len(s)
	for e > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:e])
		if isWordRune(r) {
			break
		}
		e -= size
	}
	b := e
	for b > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:b])
		if !isWordRune(r) {
			break
		}
		b -= size
	}
	return s[b:e]
}
