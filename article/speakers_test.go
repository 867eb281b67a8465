package article

import "testing"

// attributed runs Attribute over paragraphs and returns the quotes.
func attributed(paras ...string) ([]Person, []Quote) {
	return Attribute(&Article{Headline: "Headline", Paragraphs: paras})
}

// One test per sieve rule, each with sentences from real articles (the seed
// and Wikinews). want is the speaker of the quote holding the given text.
func TestSpeakerRules(t *testing.T) {
	tests := []struct {
		rule  string
		paras []string
		quote string
		want  string
		kind  string
	}{
		{"1 trailing: he said",
			[]string{"Writing on X on Saturday, Mr Zelensky thanked nations including the UK for their support.",
				"“They are afraid to even say the word ‘Russian’ when speaking about the missile that murdered children,” he said."},
			"They are afraid", "Zelensky", KindSpeech},
		{"1 trailing: organisation says",
			[]string{"In a conversation which also touched on the tariff measures announced by Donald Trump, “the Prime Minister and the President agreed to stay in close contact over the coming weeks”, Number 10 said."},
			"the Prime Minister", "Number 10", ""},
		{"1 trailing: Downing Street is Number 10",
			[]string{"“The Prime Minister spoke to the President this morning,” Downing Street said."},
			"The Prime Minister spoke", "Number 10", KindSpeech},
		{"1 trailing: said NAME with a title",
			[]string{`"Walter was the most brilliant scientist I have ever known," said University of California, San Diego's chancellor, Pradeep Khosla.`},
			"Walter was", "Pradeep Khosla", KindSpeech},
		{"2 leading: the medium after a preposition is no speaker",
			[]string{"On Tuesday, United States President Donald Trump announced he had asked for national security advisor John R. Bolton's resignation Monday night, and that Bolton tendered it the next morning.",
				`Bolton gave a different account of events, also speaking via Twitter: "I offered to resign last night and President Trump said, 'Let's talk about it tomorrow.' "`},
			"I offered to resign", "John R Bolton", KindSpeech},
		{"6 subject: a passive agent behind its title is no subject",
			[]string{`In a statement released after the attack, the United States Department of Defense justified the strike, which was approved by President Donald Trump, as "defensive" in nature: "At the direction of the President, the U.S. military has taken decisive defensive action to protect U.S. personnel abroad."`},
			"At the direction", "United States Department of Defense", KindSpeech},
		{"1 interrupted quote",
			[]string{`"The statement was a surprise," Kino Gabriel said. "We can say that it is a stab in the back for the SDF."`},
			"The statement was a surprise", "Kino Gabriel", KindSpeech},
		{"2 leading with colon",
			[]string{"Bridget Brink, the US ambassador in Kyiv, posted a message on Friday which read: “Horrified that tonight a ballistic missile struck near a playground.”"},
			"Horrified", "Bridget Brink", KindSpeech},
		{"2 leading: name set off by commas",
			[]string{`In a statement, the current bishop, Allan Casicas, said, "It is with great sadness that I announce the death of Most Rev. Dinualdo Gutierrez."`},
			"It is with great sadness", "Allan Casicas", KindSpeech},
		{"2 leading: apposition skipped",
			[]string{`Howard Rubel, a Toronto lawyer representing Spanton, told the BBC after the verdict "My client is of course very relieved with the verdict."`},
			"My client", "Howard Rubel", KindSpeech},
		{"2 leading: affiliation after the name",
			[]string{`Xiaogang Wei of the Beijing Gender Health Education Institute commented on the Legislative Yuan's decision: "The Chinese government has pointed to cultural tradition."`},
			"The Chinese government", "Xiaogang Wei", KindSpeech},
		{"3 in the sentence: subject of a speech verb",
			[]string{"Mr Zelensky called for “pressure” on Moscow and said “we must not be afraid to pressure the one who continues this war”."},
			"pressure", "Zelensky", KindPartial},
		{"3 according to",
			[]string{`According to Dr. Tom Frieden, formerly the director of the United States' Centers for Disease Control and Prevention, the pandemic is "unprecedented."`},
			"unprecedented", "Tom Frieden", KindPartial},
		{"3b participle opener",
			[]string{`Calling it as "just another apology", Anna Franowska, an abuse victim support charity worker, told Reuters the statement was prepared early.`},
			"just another apology", "Anna Franowska", KindPartial},
		{"4 pronoun after the subject",
			[]string{"Mr Zelensky has said he is “grateful to all the countries” supporting the effort.",
				"In a post on X reflecting on his meeting, he said that officials are “working to ensure security in Ukraine”."},
			"working to ensure", "Zelensky", KindPartial},
		{"4 unnamed speaker",
			[]string{`"Basic investigations weren't done," a witness said.`},
			"Basic investigations", "", KindSpeech},
		{"4 spokesperson for an organisation",
			[]string{`"We are working with colleagues in the British Transport Police," a spokesperson for Transport for London (TfL) said.`},
			"We are working", "Transport for London", KindSpeech},
		{"5 quote-only paragraph continues",
			[]string{`Senator Lindsey Graham spoke on Fox News, "This is going to lead to ISIS' reemergence."`,
				`"ISIS is not defeated. The biggest lie being told by the administration is that ISIS is defeated."`},
			"ISIS is not defeated", "Lindsey Graham", KindSpeech},
		{"1 next sentence: name and verb after a closed quote",
			[]string{"Emmanuel Macron called for action.", "“Our house is burning. Literally.” Macron told the world on Thursday via Twitter."},
			"Our house is burning", "Emmanuel Macron", KindSpeech},
		{"1 not the next sentence's own quote",
			[]string{`The Syrian Democratic Forces (SDF) said it was given "assurances from the US that it would not allow any operations." Kino Gabriel said, "The statement was a surprise."`},
			"assurances", "Syrian Democratic Forces", ""},
		{"4 listener after told is not the speaker",
			[]string{"Mr Zelensky met reporters.", "“We will not give up,” he told the BBC."},
			"We will not give up", "Zelensky", KindSpeech},
		{"4 organisation spokesman",
			[]string{`A Hampshire Police spokesman said "We were called at 8.10am today to reports of a collision."`},
			"We were called", "Hampshire Police", KindSpeech},
		{"partial: a determiner after a nearby speech verb",
			[]string{"Joe Biden called Trump a “national embarrassment” for his performance."},
			"national embarrassment", "Joe Biden", KindPartial},
		{"term: a title-case name after called",
			[]string{`The University of Cambridge had been hosting a program at Fishmongers' Hall called "Learning Together".`},
			"Learning Together", "", KindTerm},
		{"2 passive agent, acronym with a possessive",
			[]string{"Dinualdo Gutierrez died, according to the Catholic Bishops' Conference of the Philippines (CBCP).",
				`Gutierrez was described by the CBCP as "a strong advocate for the environment in a province threatened by mining interests."`},
			"a strong advocate", "Catholic Bishops' Conference of the Philippines", KindPartial},
		{"2 a place speaking for its government",
			[]string{`Wales have made no recommendation regarding face covering. Northern Ireland has suggested people "think about" it.`},
			"think about", "Northern Ireland", KindPartial},
		{"2 an organisation of a place",
			[]string{`The Foreign Ministry of Iraq characterized the attack as "a serious violation of Iraqi sovereignty".`},
			"a serious violation", "Foreign Ministry of Iraq", KindPartial},
		{"term: determiner before a phrase",
			[]string{"Sir Keir Starmer also discussed the “progress” of the “coalition of the willing” talks in a phone call with Emmanuel Macron on Saturday, Downing Street said."},
			"coalition of the willing", "", KindTerm},
		{"term: a word being explained",
			[]string{`Reportedly, "COVI" represents the coronavirus, "D" is for "disease," and "19" for the year it was first detected, 2019.`},
			"COVI", "", KindTerm},
		{"term: the expansion after 'is for'",
			[]string{`Reportedly, "COVI" represents the coronavirus, "D" is for "disease," and "19" for the year it was first detected, 2019.`},
			"disease", "", KindTerm},
		{"term: a designation",
			[]string{`On Tuesday, the World Health Organization (WHO) announced the official name of the disease: "COVID-19" is to replace the WHO's temporary designation "2019-nCoV."`},
			"2019-nCoV", "", KindTerm},
		{"term: 'called' after a form of 'be' names",
			[]string{`Instead, they are called "U.S. nationals" on their passports.`},
			"U.S. nationals", "", KindTerm},
		{"partial: 'called' with an object keeps its speaker",
			[]string{`Former Vice President Joe Biden called Donald Trump a "national embarrassment" on Tuesday.`},
			"national embarrassment", "Joe Biden", KindPartial},
		{"4 pronoun refers back from where it stands, not from the quote",
			[]string{"Yesterday, Ukrainian President Volodymyr Zelensky declined Prime Minister Oleksiy Honcharuk's offer to resign after the leak of an audio recording.",
				"Honcharuk filed his resignation after the audio recording was uploaded Wednesday on an anonymous YouTube channel.",
				`He said Zelensky is "a model of honesty for me"; however, he wanted no doubts.`},
			"a model of honesty", "Oleksiy Honcharuk", KindPartial},
		{"2 leading: a name set off by commas after its occupation",
			[]string{`Another co-author, civil and environmental engineering professor Julian Marshall, said, "We've seen in our previous research that our society is more segregated by race than by income."`},
			"We've seen", "Julian Marshall", KindSpeech},
		{"6 subject: the government of a place speaks",
			[]string{`The government of American Samoa issued a statement agreeing the issue should be decided by Congress and not by judges: "imposition of citizenship by judicial fiat would fail to recognize American Samoa's sovereignty."`},
			"imposition of citizenship", "government of American Samoa", KindSpeech},
		{"term: nickname inside a name",
			[]string{`Edward Lodewijk "Eddie" Van Halen, the lead guitarist of Van Halen, died on Tuesday.`},
			"Eddie", "", KindTerm},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			_, quotes := attributed(tt.paras...)
			var q *Quote
			for i := range quotes {
				if len(quotes[i].Text) >= len(tt.quote) && quotes[i].Text[:len(tt.quote)] == tt.quote {
					q = &quotes[i]
				}
			}
			if q == nil {
				t.Fatalf("no quote starting %q in %+v", tt.quote, quotes)
			}
			if !sameName(q.Speaker, tt.want) {
				t.Errorf("speaker = %q, want %q", q.Speaker, tt.want)
			}
			if tt.kind != "" && q.Kind != tt.kind {
				t.Errorf("kind = %q, want %q", q.Kind, tt.kind)
			}
		})
	}
}

// sameName accepts a full name for a wanted surname ("Volodymyr Zelensky" for "Zelensky").
func sameName(got, want string) bool {
	if got == want {
		return true
	}
	return want != "" && len(got) > len(want) && got[len(got)-len(want)-1:] == " "+want
}

func TestUnnamedSpeakerHasDescription(t *testing.T) {
	_, quotes := attributed(`"Basic investigations weren't done," a witness said.`)
	if len(quotes) != 1 || quotes[0].SpeakerType != SpeakerUnnamed || quotes[0].SpeakerDescription != "a witness" || quotes[0].Speaker != "" {
		t.Errorf("quotes = %+v", quotes)
	}
}

func TestTermsHaveNoSpeaker(t *testing.T) {
	_, quotes := attributed("The Defence Secretary is set to convene the next meeting of the “coalition of the willing” next week, Mr Healey said.")
	if len(quotes) != 1 || quotes[0].Kind != KindTerm || quotes[0].Speaker != "" || quotes[0].SpeakerType != "" {
		t.Errorf("quotes = %+v", quotes)
	}
}
