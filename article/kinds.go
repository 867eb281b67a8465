package article

import "strings"

// Rules of the quote kind (speech, partial, term) that the sieve's kind
// method consults, each with the real sentence it was written from. They are
// kept here, apart from the speaker sieve, so that each stays one small
// predicate with its own test (kinds_test.go).

// namingVerbs put a name or a word right after them when they follow a noun
// as a reduced relative clause: "a process called “exfiltration.”".
var namingVerbs = map[string]bool{"called": true, "named": true, "dubbed": true, "nicknamed": true,
	"titled": true, "entitled": true, "labelled": true, "labeled": true, "known": true}

// determiners that open the noun phrase a naming verb follows.
var nounDeterminers = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true,
	"its": true, "their": true, "his": true, "her": true, "our": true, "new": true}

// namedByNoun reports whether the quote at toks[qt] is the name a noun phrase
// is given, as in "Guy has been associated with the discovery of a pattern
// called a “glider”" and "He specialized in removing people …, a process
// called “exfiltration.”" (both from Wikinews): a determiner, a lower-case
// noun that is neither a person nor a pronoun, a naming verb, then the quote
// with at most an article between. "Labour Party leader Jeremy Corbyn called
// the move a “smash and grab …”" has an object between, and "the minister
// called “…”" has a person as the noun: both stay the speaker's words.
func (s *sieve) namedByNoun(fi, qt int) bool {
	toks := s.pp.tokens[fi]
	text := s.fields[fi].text
	var b [16]byte
	low := func(i int) string { return string(lowerBuf(b[:0], toks[i].text(text))) }
	k := qt - 1
	if k >= 0 {
		switch low(k) {
		case "a", "an", "the":
			k--
		}
	}
	if k < 2 {
		return false
	}
	w := low(k)
	if w == "as" && low(k-1) == "known" {
		k--
		w = "known"
	} else if w == "known" {
		return false // "known" needs its "as"
	}
	if !namingVerbs[w] || k < 2 || toks[k].sepPunct {
		return false
	}
	noun := toks[k-1]
	if noun.cap || noun.sentStart || noun.poss || noun.cls.is(verbsSet|descriptionsSet|titlesSet) || linkWords[low(k-1)] {
		return false
	}
	for d := k - 2; d >= 0 && d >= k-3; d-- {
		if nounDeterminers[low(d)] {
			return true
		}
		if toks[d+1].sepPunct {
			break
		}
	}
	return false
}

// copulas after a quote that opens a sentence make the quote the subject of
// the writer's sentence: a name or a word being talked about.
var copulas = []string{"is", "was", "are", "were", "has", "had", "have", "became", "becomes", "remains",
	"remained", "means", "meant", "represents", "became"}

// appositionSubject reports whether a quote set off by commas names the
// subject of the writer's sentence, whose verb follows it: "Roberts says his
// event, “Storm Area 51, They Can't Stop All of Us”, was posted as a joke."
// (2019-millions-don-t-turn-up-to-storm-us-airbase-for-e).
func appositionSubject(before, rest string) bool {
	if !strings.HasSuffix(before, ",") || !strings.HasPrefix(rest, ", ") {
		return false
	}
	return quoteAsSubject("x", rest[1:])
}

// quoteAsSubject reports whether a quote that opens its sentence is the
// subject of a copula in the writer's words: "“Law and order” was a common
// theme at the convention." and "…: “COVID-19” is to replace the WHO's
// temporary designation" (Wikinews). Speech ends in punctuation inside or
// right after its marks (“…,” he said); a subject runs straight on into a
// lower-case verb.
func quoteAsSubject(text, rest string) bool {
	if text == "" || strings.ContainsAny(text[len(text)-1:], ",.!?;:…") || !strings.HasPrefix(rest, " ") {
		return false
	}
	rest = rest[1:]
	for _, c := range copulas {
		if len(rest) > len(c) && strings.HasPrefix(rest, c) && rest[len(c)] == ' ' {
			return true
		}
	}
	return false
}

// subordinators open a clause of the writer's own inside a reported
// sentence: "I always believed that, you know, if you are a “social animal”"
// — the verb before it does not govern the phrase after it.
var subordinators = map[string]bool{"if": true, "unless": true, "whether": true, "when": true, "because": true,
	"while": true, "although": true, "though": true}

// speechVerbInSentence reports whether a speech verb stands before toks[qt]
// in its sentence, outside quotes and not before a subordinate clause that
// holds the quote.
func (s *sieve) speechVerbInSentence(fi, qt int) bool {
	toks := s.pp.tokens[fi]
	text := s.fields[fi].text
	var b [16]byte
	for t := qt - 1; t >= 0 && qt-t < windowBefore; t-- {
		if isVerb(text, toks[t]) && !s.inQuote(fi, toks[t].start) {
			return true
		}
		if toks[t].sentStart || subordinators[string(lowerBuf(b[:0], toks[t].text(text)))] {
			break
		}
	}
	return false
}

// questionQuoted reports whether a quote is a question someone asked or
// answered with, in a sentence that a speech verb governs: "Gary Johnson
// responded to a reporter's question about the Syrian city of Aleppo with
// “What is Aleppo?”" (Wikinews). A title-case look ("What", "Aleppo") does
// not make such a question a title.
func (s *sieve) questionQuoted(text string, fi, qt int) bool {
	t := strings.TrimRight(text, " ")
	return strings.HasSuffix(t, "?") && countWords(t) >= 2 && startsUpper(t) && s.speechVerbInSentence(fi, qt)
}

// labelledAs reports whether a speech verb in the clause governs the "as"
// right before the quote at toks[qt], so that the quote is the speaker's
// label, even a title-case one: "Chinese authorities referred to him as
// “Chinese-American.”" (Wikinews). "known as", "such as", "so as" and the
// passive "referred to as" are no speaker's label.
func (s *sieve) labelledAs(fi, qt int) bool {
	toks := s.pp.tokens[fi]
	text := s.fields[fi].text
	if qt < 2 {
		return false
	}
	switch prev2Word(toks, text, qt) {
	case "known", "such", "so", "same", "well", "to": // "often referred to as “The Lion Man”": a name
		return false
	}
	return s.verbInClause(fi, qt-1, 8)
}

// introducedBy returns the speaker that the body paragraph before field fi
// introduces when it ends with a colon, from its last sentence's speech verb:
// "Seidenberg defended the payments in comments on Ballot Access News and
// denied any allegation of quid pro quo:" then the quote-only paragraph
// "“[T]he advance[s] received from Rocky [were] to cover hotels …”"
// (2020-on-the-campaign-trail-in-the-usa-august-2020). A quote joined over
// several paragraphs before it must not hand its speaker on instead.
func (s *sieve) introducedBy(fi int) speaker {
	if fi == 0 || s.fields[fi-1].loc != LocBody || s.fields[fi].loc != LocBody {
		return noSpeaker
	}
	prev := s.fields[fi-1].text
	if !strings.HasSuffix(strings.TrimRight(prev, " \t"), ":") {
		return noSpeaker
	}
	toks := s.pp.tokens[fi-1]
	b := len(toks) - 1
	for b > 0 && !toks[b].sentStart && len(toks)-b < windowBefore {
		b--
	}
	if b < 0 {
		return noSpeaker
	}
	return s.leading(fi-1, b, len(toks), len(prev))
}

// definedAfter reports whether the quote is followed by an apposition that
// says what it is, with no speech verb before the apposition ends: "The
// employees were reportedly concerned about the calculation of “road load”,
// a measurement of ordinary resistance factors such as tire resistance and
// aerodynamic drag." (2019-us-department-of-justice-investigating-ford-over);
// "He received the “Hero of the Soviet Union”, the Soviet Union's highest
// honor". A quote with punctuation inside its marks is a sentence cut by its
// attribution, and "“…”, the Lord Mayor candidate told Wikinews" is one.
func (s *sieve) definedAfter(text string, fi, closeEnd int) bool {
	if text == "" || strings.ContainsAny(text[len(text)-1:], ",.!?;:…") || countWords(text) > 6 {
		return false
	}
	f := s.fields[fi].text
	rest := f[closeEnd:]
	var det string
	for _, d := range []string{", a ", ", an ", ", the "} {
		if strings.HasPrefix(rest, d) {
			det = d
		}
	}
	if det == "" {
		return false
	}
	toks := s.pp.tokens[fi]
	// no speech verb in the apposition's first words
	for t := s.tokAt(fi, closeEnd+len(det)); t < len(toks) && t-s.tokAt(fi, closeEnd) < 12; t++ {
		if toks[t].comma || toks[t].sepPunct && t > s.tokAt(fi, closeEnd+len(det)) {
			return true // the apposition ended without a speech verb
		}
		if isVerb(f, toks[t]) {
			return false
		}
		if toks[t].endSent {
			return true
		}
	}
	return true
}

// clauseSubjects open a clause when they start a quote: a quote that begins
// with one is a sentence someone said, not a fragment of one.
var clauseSubjects = map[string]bool{"i": true, "we": true, "they": true, "he": true, "she": true, "it": true,
	"you": true, "there": true, "everyone": true, "everybody": true, "nobody": true, "i'm": true, "we're": true,
	"they're": true, "it's": true, "there's": true, "that's": true, "i've": true, "we've": true, "i'll": true,
	"we'll": true, "he's": true, "she's": true, "you're": true}

// finiteVerbs are auxiliaries and common finite verbs: after a subject of one
// to three words they make the quote a clause ("the AIS equipment has been
// tampered with", "everyone started screaming").
var finiteVerbs = map[string]bool{"has": true, "have": true, "had": true, "is": true, "are": true, "was": true,
	"were": true, "will": true, "would": true, "can": true, "could": true, "must": true, "should": true,
	"may": true, "might": true, "do": true, "does": true, "did": true, "shall": true, "isn't": true,
	"wasn't": true, "don't": true, "doesn't": true, "didn't": true, "won't": true, "can't": true,
	"couldn't": true, "started": true, "continues": true}

// clauseQuote reports whether a quote of three words or more is a clause —
// speech, in the guide's terms, even inside the writer's sentence: it opens
// with an editor's lower-cased capital ("[h]is venture into the vacuum of
// space began …", the start of a sentence), with a subject pronoun ("they
// raped me", "there is nothing to be ashamed of"), or with a short subject
// and a finite verb ("the AIS equipment has been tampered with …"). A
// predicate with no subject stays partial ("appear not to have shown any
// respect …", "are still waiting").
func clauseQuote(text string) bool {
	var words [4]string
	var bufs [4][16]byte
	n := 0
	for rest := text; n < len(words); n++ {
		var w string
		if w, rest = nextWord(rest); w == "" {
			break
		}
		words[n] = string(lowerBuf(bufs[n][:0], w))
	}
	if n < 3 {
		return false
	}
	if len(text) > 3 && text[0] == '[' && text[2] == ']' && text[1] >= 'a' && text[1] <= 'z' {
		return true
	}
	if clauseSubjects[words[0]] {
		return true
	}
	if finiteVerbs[words[0]] || words[0] == "to" {
		return false
	}
	for i := 1; i < n; i++ {
		if finiteVerbs[words[i]] && words[i-1] != "to" {
			return true
		}
	}
	return false
}

// nextWord returns the first space-separated word of s, without the marks
// and punctuation around it and with ’ as ', and the rest of s.
func nextWord(s string) (w, rest string) {
	w, rest = splitWord(s)
	w = strings.Trim(w, ",.;:!?\"“”‘'[]")
	if strings.Contains(w, "’") {
		w = strings.ReplaceAll(w, "’", "'")
	}
	return w, rest
}

// splitWord returns the first word of s separated by ASCII white space, as
// it stands, and the rest of s, without allocating: quote-dense text calls
// it once per word of every quote.
func splitWord(s string) (w, rest string) {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r') {
		i++
	}
	j := i
	for j < len(s) && !(s[j] == ' ' || s[j] == '\n' || s[j] == '\t' || s[j] == '\r') {
		j++
	}
	return s[i:j], s[j:]
}

// firstPersonWords are the words that make a quote somebody's own words.
var firstPersonWords = map[string]bool{"i": true, "me": true, "my": true, "mine": true, "we": true, "us": true,
	"our": true, "ours": true, "i'm": true, "we're": true, "i've": true, "we've": true, "i'd": true, "we'd": true,
	"i'll": true, "we'll": true, "myself": true, "ourselves": true}

// firstPerson reports whether a quote speaks in the first person, so that it
// is someone's words and no term: "Then just 19 years old, she looked at the
// role as a “chance to face my demons,” having questioned her abilities for
// years." (2019-toronto-s-anime-north-2019-brings-t…). Titles ("Storm Area
// 51, They Can't Stop All of Us") and hashtags ("#we want freedom of
// speech#") are terms however they speak.
func firstPerson(text string) bool {
	if len(text) > 2000 || titleCase(text) || strings.Contains(text, "#") {
		return false // a term that long is no term but an unbalanced mark
	}
	var buf [16]byte
	for rest := text; rest != ""; {
		var w string
		w, rest = nextWord(rest)
		if len(w) <= 10 && firstPersonWords[string(lowerBuf(buf[:0], w))] {
			return true
		}
	}
	return false
}

// echoHeadline gives a headline or standfirst term the kind and speaker of
// the body's partial quote with the same words: the headline "Police shoot
// man dead after 'terrorist-related' knife attack in London" echoes "in what
// the police declared a “terrorist-related” attack"
// (2020-police-shoot-man-dead-after-terrorist-related-kn). Headlines quote
// the words the body attributes; only the first few are looked at, so a
// headline full of marks costs nothing. A headline quote the sieve gave no
// speaker takes the body's too: "Iran admits downing Ukrainian jet, cites
// 'human error'".
func echoHeadline(quotes []Quote, pp *people) {
	seen := 0
	for i := range quotes {
		h := &quotes[i]
		if h.Location == LocBody {
			break
		}
		if seen++; seen > 8 {
			return
		}
		if h.Kind != KindTerm && h.Speaker != "" {
			continue
		}
		for j := i + 1; j < len(quotes); j++ {
			b := &quotes[j]
			if b.Location != LocBody || b.Kind != KindPartial || h.Kind != KindTerm && b.Speaker == "" || !strings.EqualFold(strings.Trim(b.Text, ".,;:!? "), strings.Trim(h.Text, ".,;:!? ")) {
				continue
			}
			h.Kind = b.Kind
			echoSpeaker(h, b, pp)
			break
		}
		// a headline's word taken from a longer quote in the body: "Study:
		// people infected by new coronavirus 'likely' hundreds more than
		// confirmed" and "“It is likely that the Wuhan outbreak …”, reads the
		// report"
		if h.Kind != KindTerm && h.Speaker == "" {
			words := strings.ToLower(strings.Trim(h.Text, ".,;:!? "))
			for j := i + 1; j < len(quotes) && words != ""; j++ {
				if b := &quotes[j]; b.Location == LocBody && b.Kind == KindSpeech && b.Speaker != "" && hasWords(strings.ToLower(b.Text), words) {
					echoSpeaker(h, b, pp)
					break
				}
			}
		}
	}
}

// echoSpeaker gives the headline quote h the speaker of the body quote b.
func echoSpeaker(h, b *Quote, pp *people) {
	h.Speaker, h.SpeakerType, h.SpeakerDescription = b.Speaker, b.SpeakerType, b.SpeakerDescription
	if b.SpeakerType == SpeakerPerson {
		for k := range pp.persons {
			if pp.persons[k].name() == b.Speaker {
				pp.persons[k].quotes++
				break
			}
		}
	}
}

// hasWords reports whether text holds words as whole words.
func hasWords(text, words string) bool { return wordIndex(text, words, 0) >= 0 }

// wordIndex returns where words next stand in text at or after off as whole
// words (no word byte on either side), or -1. A hit inside a word goes on
// after that word, so that a search is linear in the text.
func wordIndex(text, words string, off int) int {
	if words == "" {
		return -1
	}
	for off <= len(text) {
		i := strings.Index(text[off:], words)
		if i < 0 {
			return -1
		}
		i += off
		j := i + len(words)
		if (i == 0 || !isWordByte(text[i-1])) && (j == len(text) || !isWordByte(text[j])) {
			return i
		}
		for off = i + 1; off < len(text) && isWordByte(text[off]); off++ {
		}
	}
	return -1
}

// citedPer reports whether the text after a quote cites its source with
// "per": "videos with no age restriction, “offensive to some audiences” per
// YouTube community and age-restricted videos"
// (2020-github-blocks-public-access-to-youtube-dl-after). "per" must be
// followed by a capitalised name, so "per cent" and "per day" are not cited.
func citedPer(rest string) bool {
	rest = strings.TrimPrefix(rest, ",")
	if !strings.HasPrefix(rest, " per ") {
		return false
	}
	rest = strings.TrimPrefix(rest[len(" per "):], "the ")
	return startsUpper(rest)
}
