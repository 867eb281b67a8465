package article

import (
	"reflect"
	"testing"
)

// quotesOf runs quote finding over paragraphs and returns each quote's text.
func quotesOf(headline string, paras ...string) []string {
	a := &Article{Headline: headline, Paragraphs: paras}
	fields, fb := articleFields(a)
	var out []string
	for _, q := range findQuotes(fields, fb) {
		out = append(out, quoteText(fields, &q))
	}
	return out
}

func TestScanQuotes(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"curly double", `Mr Zelensky called for “pressure” on Moscow and said “we must not be afraid”.`,
			[]string{"pressure", "we must not be afraid"}},
		{"British single in a headline", "Healey to convene next ‘coalition of the willing’ meeting next week",
			[]string{"coalition of the willing"}},
		{"apostrophes are not marks", "“That’s why in the week ahead we will also convene the group,” said Starmer’s aide about rock ’n’ roll in the ’90s.",
			[]string{"That’s why in the week ahead we will also convene the group,"}},
		{"nested single stays inside", "“They are afraid to even say the word ‘Russian’ when speaking about the missile that murdered children,” he said.",
			[]string{"They are afraid to even say the word ‘Russian’ when speaking about the missile that murdered children,"}},
		{"straight quotes", `Senator Lindsey Graham spoke on Fox News, "This is going to lead to ISIS' reemergence."`,
			[]string{"This is going to lead to ISIS' reemergence."}},
		{"straight single nested", `Warholm said, "I thought 'I'm going to die but it's going to be worth it'."`,
			[]string{"I thought 'I'm going to die but it's going to be worth it'."}},
		{"misused opening mark as apostrophe", "Bartlett tweeted: “I‘m beyond grateful to him for being my boss.”",
			[]string{"I‘m beyond grateful to him for being my boss."}},
		{"guillemets and low-high marks", "Il a dit « non » et er sagte „ja“.", []string{"non", "ja"}},
		{"unbalanced ends at the paragraph end", "He said “this never closes", []string{"this never closes"}},
		// 2020-open-source-game-developer-perttu-ahola- (corpus), 2020-iranian-international-master-dorsa-derak (corpus)
		{"an unclosed single mark is an apostrophe", "When I started posting about it on the Irrlicht forums and other places on the 'net, it immediately became obvious there was interest for such a thing.",
			nil},
		{"an unclosed single mark before a year", "The third one was in Iran. Yeah, in 2013. I won that. '14 was in India: New Delhi.", nil},
		{"an unclosed double mark stays a quote", "He said “this never closes", []string{"this never closes"}},
		// 2019-world-leaders-call-to-address-amazo…, 2019-slippery-business-materials-scienti…,
		// 2020-on-the-campaign-trail-in-the-usa-august-2020, and a corpus article
		// (2019-fianc-e-of-murdered-saudi-journalist-dem…) for the two quotes
		{"split mid-sentence around its attribution", `"We stand ready" tweeted Johnson "to provide whatever help we can to bring them under control and help protect one of Earth's greatest wonders."`,
			[]string{"We stand ready to provide whatever help we can to bring them under control and help protect one of Earth's greatest wonders."}},
		{"split mid-sentence, a longer attribution", `"Our team" study co-author Tak-Sing Wong said in a press release "has developed a robust bio-inspired, liquid, sludge-, and bacteria-repellent coating that can essentially make a toilet self-cleaning[.]" Wong is Penn State's Wormley Early Career Professor of Engineering.`,
			[]string{"Our team has developed a robust bio-inspired, liquid, sludge-, and bacteria-repellent coating that can essentially make a toilet self-cleaning[.]"}},
		{"split with a comma outside the marks", `"Harris can probably rest easy that despite the renewed debate", Martin opines, "she will not be blocked from taking the oath of office if she and Biden win."`,
			[]string{"Harris can probably rest easy that despite the renewed debate she will not be blocked from taking the oath of office if she and Biden win."}},
		{"a participle after the attribution takes a quote of its own", `"True justice takes time and I know it's painful, but that's the reality of the world we live in," she said, asking Cengiz to be "patient and resilient."`,
			[]string{"True justice takes time and I know it's painful, but that's the reality of the world we live in,", "patient and resilient."}},
		// 2019-us-president-trump-announces-troop-withdrawal-fr…
		{"straight marks nested mid-sentence", `also criticized the decision via Twitter. "The WH statement tonight on Syria after Trump spoke with Erdogan demonstrates a complete lack of understanding of anything happening on the ground. The "United States" is not holding any ISIS detainees. They are all being held by the SDF, which Trump just served up to Turkey." McGurk later wrote, "The SDF suffered thousands of casualties in the Raqqa battle."`,
			[]string{`The WH statement tonight on Syria after Trump spoke with Erdogan demonstrates a complete lack of understanding of anything happening on the ground. The "United States" is not holding any ISIS detainees. They are all being held by the SDF, which Trump just served up to Turkey.`, "The SDF suffered thousands of casualties in the Raqqa battle."}},
		// 2020-zara-kay-tells-wikinews-about-her-non-pr… (corpus): a lost closing mark
		{"a straight mark after a sentence end closes", `I'm always reminded of "what if my family were in that situation? "What if they were told go back to where you came from?" I think every person who values people's rights should be fighting against anti-Muslim bigotry.`,
			[]string{"what if my family were in that situation?"}},
		// 2019-coalition-authorities-report-no-casualties-from…
		{"an attribution ending in a semicolon", `"No Coalition troops were injured. We appreciate the Iraqi Security Forces immediate response and investigation. Coalition forces are in Iraq at the invitation of the Government of Iraq to defeat ISIS remnants;" read the statement; "we will not be deterred by these attacks and maintain the right to defend ourselves." Seventeen rockets struck near the base, according to Iraqi military.`,
			[]string{"No Coalition troops were injured. We appreciate the Iraqi Security Forces immediate response and investigation. Coalition forces are in Iraq at the invitation of the Government of Iraq to defeat ISIS remnants; we will not be deterred by these attacks and maintain the right to defend ourselves."}},
		{"possessive plural after a closed quote", "the ‘coalition of the willing’ leaders’ meeting", []string{"coalition of the willing"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quotesOf("x", tt.in)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("quotes = %q, want %q", got, tt.want)
			}
		})
	}
}

// The seed's four-paragraph Healey quote: each paragraph opens, only the last closes.
func TestMultiParagraphQuote(t *testing.T) {
	got := quotesOf("x",
		"Mr Healey said on Saturday: “Our coalition of nations is a stark contrast to Russia.",
		"“As Putin prevaricates over a ceasefire, we will continue.",
		"“However, we will not jeopardise the peace by forgetting about the war.",
		"“That’s why in the week ahead we will also convene the Ukraine Defence Contact Group.”",
		"Sir Keir Starmer also discussed the “progress” of the talks.")
	want := []string{"Our coalition of nations is a stark contrast to Russia. As Putin prevaricates over a ceasefire, we will continue. " +
		"However, we will not jeopardise the peace by forgetting about the war. That’s why in the week ahead we will also convene the Ukraine Defence Contact Group.",
		"progress"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("quotes = %q\nwant %q", got, want)
	}
}

// An unclosed quote not continued by the next paragraph ends at its paragraph.
func TestUnclosedQuoteDoesNotSwallow(t *testing.T) {
	got := quotesOf("x", "He said “this never closes.", "The next paragraph has “its own” quote.")
	want := []string{"this never closes.", "its own"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("quotes = %q, want %q", got, want)
	}
}

// "A," she said. "B." is one quote whose parts are joined by one space.
func TestInterruptedQuoteIsOne(t *testing.T) {
	got := quotesOf("x", `"The statement was a surprise," Gabriel said. "We can say that it is a stab in the back for the SDF."`)
	want := []string{"The statement was a surprise, We can say that it is a stab in the back for the SDF."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("quotes = %q, want %q", got, want)
	}
	// Two fragments in one sentence stay two quotes.
	got = quotesOf("x", "Mr Zelensky called for “pressure” on Moscow and said “we must not be afraid”.")
	if len(got) != 2 {
		t.Errorf("quotes = %q, want two", got)
	}
}

// Parts carry byte offsets without the marks, so the reader can highlight them.
func TestQuoteParts(t *testing.T) {
	p := "Bridget Brink posted a message which read: “Horrified that tonight a ballistic missile struck.”"
	_, quotes := Attribute(&Article{Headline: "x", Paragraphs: []string{p}})
	if len(quotes) != 1 || len(quotes[0].Parts) != 1 {
		t.Fatalf("quotes = %+v", quotes)
	}
	sp := quotes[0].Parts[0]
	if got := p[sp.Start:sp.End]; got != "Horrified that tonight a ballistic missile struck." || sp.Location != LocBody || sp.Para != 0 {
		t.Errorf("part %+v = %q", sp, got)
	}
}

// 100,000 opening marks cost no more than ordinary text and find nothing absurd.
func TestManyMarks(t *testing.T) {
	s := ""
	for i := 0; i < 1000; i++ {
		s += "“"
	}
	if got := quotesOf("x", s+"end"); len(got) != 1 {
		t.Errorf("got %d quotes", len(got))
	}
}

// A quote in single marks over two paragraphs (British style) is not a stray
// apostrophe: the next paragraph continues it (dropStray keeps it).
func TestMultiParagraphSingleQuote(t *testing.T) {
	got := quotesOf("x",
		"He said: ‘Our coalition of nations is a stark contrast to Russia.",
		"‘As Putin prevaricates over a ceasefire, we will continue.’")
	want := []string{"Our coalition of nations is a stark contrast to Russia. As Putin prevaricates over a ceasefire, we will continue."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("quotes = %q, want %q", got, want)
	}
}

// A quote opened in one paragraph and closed in the next, with no mark
// reopening it, is one quote (2020-on-the-campaign-trail-in-the-usa-august-2020,
// lines 37-38); a next paragraph that opens a quote of its own does not close
// the open one.
func TestQuoteClosedInNextParagraph(t *testing.T) {
	got := quotesOf("x",
		`"Please let Rocky [De La Fuente] know that if he runs with the unstable, bi-polar Trump-loving Kanye West in California that I will withdraw as his vice-presidential running mate nationally.`,
		`I've spent my entire adult life battling the duopoly and certainly DO NOT want my name associated with a candidacy that peripherally includes a Trump/GOP plant like the unhinged rapper .... [AIP co-founder] Bill Shearer must be rolling over in his grave." Richardson has since reconciled with De La Fuente and remains "fully committed" to the campaign.`)
	want := []string{`Please let Rocky [De La Fuente] know that if he runs with the unstable, bi-polar Trump-loving Kanye West in California that I will withdraw as his vice-presidential running mate nationally. I've spent my entire adult life battling the duopoly and certainly DO NOT want my name associated with a candidacy that peripherally includes a Trump/GOP plant like the unhinged rapper .... [AIP co-founder] Bill Shearer must be rolling over in his grave.`,
		"fully committed"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("quotes = %q, want %q", got, want)
	}
	got = quotesOf("x", "He said “this never closes.", "The next paragraph has “its own” quote.")
	if want := []string{"this never closes.", "its own"}; !reflect.DeepEqual(got, want) {
		t.Errorf("quotes = %q, want %q", got, want)
	}
}
