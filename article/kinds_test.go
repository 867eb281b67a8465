package article

import (
	"os"
	"strings"
	"testing"
)

// kindOf returns the kind of the quote starting with prefix in paras, or "".
func kindOf(t *testing.T, prefix string, paras ...string) string {
	t.Helper()
	_, quotes := attributed(paras...)
	for _, q := range quotes {
		if len(q.Text) >= len(prefix) && q.Text[:len(prefix)] == prefix {
			return q.Kind
		}
	}
	t.Fatalf("no quote starting %q in %+v", prefix, quotes)
	return ""
}

// One case per kind rule of kinds.go, each a sentence from a Wikinews
// article in testdata/articles (named in the case), with the gold kind.
func TestKindRules(t *testing.T) {
	tests := []struct {
		rule  string
		file  string
		para  string
		quote string
		want  string
	}{
		{"named by a noun: a pattern called a", "2020-british-mathematician-richard-k-guy-dies-at-103",
			`Guy has been associated with the discovery of a pattern called a "glider" in Conway's Game of Life, a cellular automaton — a discrete model consisting of a grid of cells — devised by mathematician John Horton Conway around 1970.`,
			"glider", KindTerm},
		{"named by a noun: a process called", "2019-former-u-s-intelligence-agent-tony-mendez-archit",
			`He specialized in removing people from areas that had become dangerous for them, a process called "exfiltration." He studied Hollywood makeup and special effects for use in his work.`,
			"exfiltration.", KindTerm},
		{"named by a noun: a person calling is no naming", "2019-queen-elizabeth-agrees-to-suspend-uk-parliament",
			`Labour Party leader Jeremy Corbyn called the move a "smash and grab on our democracy".`,
			"smash and grab", KindPartial},
		{"subject of a copula", "2020-on-the-campaign-trail-in-the-usa-august-2020",
			`"Law and order" was a common theme at the convention. Most speeches were given from Washington D.C.`,
			"Law and order", KindTerm},
		{"subject of a copula after a colon", "2020-world-health-organization-names-new-coronavirus",
			`On Tuesday, the World Health Organization (WHO) announced the official name of the coronavirus-induced disease first recognized about two months ago in Wuhan, China: "COVID-19" is to replace the WHO's temporary designation "2019-nCoV."`,
			"COVID-19", KindTerm},
		{"article in a reported sentence", "2019-arrest-made-as-mayor-of-gda-sk-poland-stabbed-on",
			`Brudziński said Adamowicz required resuscitation, and was in a "serious" condition; TVN24 reported he received surgery.`,
			"serious", KindPartial},
		{"article after according to", "2019-students-compete-in-second-international-neurosu",
			`According to Sufianov, the Olympiad shows young people the "social elevators" available to them.`,
			"social elevators", KindPartial},
		{"article in the writer's own if-clause", "2020-neuroscientists-tell-wikinews-about-empathy-and",
			`And I think it is a complex — I mean, to me it was in a way trivial, because I always believed that, you know, if you are a "social animal", whether you are a rat, or a person, we are still animals, right?`,
			"social animal", KindTerm},
		{"a question answered with", "2020-wikinews-interviews-jo-jorgensen-u-s-libertarian",
			`During the 2016 campaign, Gary Johnson responded to a reporter's question about the Syrian city of Aleppo with "What is Aleppo?" This seems to be one thing people most remember about Johnson.`,
			"What is Aleppo?", KindSpeech},
		{"as after a verb with its object: the speaker's label", "2020-first-foreigners-die-from-coronavirus-in-wuhan-c",
			`According to the U.S. embassy in Beijing, the infected 60-year-old western man died in February 6; Chinese authorities referred to him as "Chinese-American." Japanese officials said the Japanese man showed symptoms similar to the coronavirus infection and was suspected to have it; his death, they reported, was officially described as viral pneumonia.`,
			"Chinese-American.", KindPartial},
		{"passive referred to as: a name", "../shared/corpus/wikinews/2019-south-african-lion-man-killed-by-his-lio",
			`Van Biljon, reportedly often referred to as "The Lion Man", had been in the lions' area attempting to mend a fence at the time, according to local news media.`,
			"The Lion Man", KindTerm},
		{"such as is no naming", "2019-wikinews-investigates-disappearance-of-indonesia",
			`Dr. Tristan Smith of University College London, a shipping researcher with expert experience interpreting AIS results, explained to Wikinews that crews might turn their AIS transponders off on purpose for security reasons, such as "in certain sea areas where piracy is a risk" in order to "avoid attracting unwanted attention. This can involve them being turned off for several days at a time."`,
			"in certain sea areas", KindPartial},
		{"this in a reported sentence", "2020-on-the-campaign-trail-in-the-usa-august-2020",
			`Martin says the founders constructed this "significant barrier" to "prevent foreigners from coming to the US and procreating a baby who would then be eligible for the presidency."`,
			"significant barrier", KindPartial},
		{"a long title after a naming word", "2019-european-court-of-justice-says-facebook-must-rem",
			`On Thursday, the European Court of Justice (ECJ) — the supreme court on matters of European Union (EU) law — ruled in regard to the case "Eva Glawischnig-Piesczek vs. Facebook Ireland Limited".`,
			"Eva Glawischnig-Piesczek", KindTerm},
		{"speech verb (data): indicated", "2019-toronto-serial-killer-bruce-mcarthur-pleads-guil",
			`Toronto Police, which indicated on Monday a "significant development" was likely at Tuesday's hearing, face allegations they failed to react quickly enough to the series of disappearances.`,
			"significant development", KindPartial},
		{"speech verb (data): noting that", "2019-u-s-house-issues-subpoena-to-secretary-of-state",
			`He continued by noting that "Using government agencies to, if it's proven, to put your finger on the scale of an election, I don't think that’s right [...] If it turns out that it's something along those lines, then there's a problem."`,
			"Using government agencies", KindSpeech},
		{"defined by an apposition", "2019-us-department-of-justice-investigating-ford-over",
			`The employees were reportedly concerned about the calculation of "road load", a measurement of ordinary resistance factors such as tire resistance and aerodynamic drag.`,
			"road load", KindTerm},
		{"an apposition that attributes defines nothing", "2020-wikinews-interviews-2020-melbourne-lord-mayor-ca",
			`Tseng also formed Chinese Precinct Chamber of Commerce, an organisation responsible for many "community bond building initiatives", the Lord Mayor candidate told Wikinews.`,
			"community bond", KindPartial},
		{"an apposition naming the subject", "2019-millions-don-t-turn-up-to-storm-us-airbase-for-e",
			`Roberts says his event, "Storm Area 51, They Can't Stop All of Us", was posted as a joke.`,
			"Storm Area 51", KindTerm},
		{"a clause: a subject pronoun", "2019-paris-court-jails-two-police-in-hig",
			`She told a guard at the door, in French and English, "they raped me".`,
			"they raped me", KindSpeech},
		{"a clause: a subject and a finite verb", "2019-wikinews-investigates-disappearance-of-indonesia",
			`He too suggested a hypothetical scenario, in which "the AIS equipment has been tampered with or has been turned off for some of the time — either intentionally or accidentally or due to a power malfunction."`,
			"the AIS equipment", KindSpeech},
		{"a predicate with no subject stays partial", "2019-nine-jailed-over-sexual-abuse-in-bradford-englan",
			`Judge Durham Hall QC said they "appear not to have shown any respect for the minimum standards of decent behaviour."`,
			"appear not to have", KindPartial},
		{"a clause is speech, not a term", "../shared/corpus/wikinews/2020-on-the-campaign-trail-in-the-usa-june-2020",
			`A judge agreed the book may have contained classified materials but ruled that "the damage is done" with advanced copies made available to the media.`,
			"the damage is done", KindSpeech},
		{"first person words are someone's", "2019-toronto-s-anime-north-2019-brings-t",
			`Then just 19 years old, she looked at the role as a "chance to face my demons," having questioned her abilities for years.`,
			"chance to face my demons", KindPartial},
		{"a source cited with per", "2020-github-blocks-public-access-to-youtube-dl-after",
			`Some of the tests include checking if the script can download Creative Commons licensed videos, videos which did not have square pixels, videos with no age restriction, "offensive to some audiences" per YouTube community and age-restricted videos.`,
			"offensive to some audiences", KindPartial},
		{"a title stays a title", "2020-philippines-largest-television-netw",
			`Republic Act No. 3846, also known as the "Radio Control Law", states "no person, firm, company, association, or corporation shall construct, install, establish, or operate a radio transmitting station, or radio receiving station used for commercial purposes, or a radio broadcasting station, without having first obtained a franchise therefor from the Congress of the Philippines."`,
			"Radio Control Law", KindTerm},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			if got := kindOf(t, tt.quote, tt.para); got != tt.want {
				t.Errorf("%s: kind of %q = %q, want %q", tt.file, tt.quote, got, tt.want)
			}
		})
	}
}

// A quote-only paragraph after a paragraph ending in a colon belongs to the
// speaker that paragraph introduces, not to the speaker of the quote before
// (2020-on-the-campaign-trail-in-the-usa-august-2020, lines 42-47: Robinson
// "writes:" a quote set over two lines, then "Seidenberg defended the payments
// … and denied any allegation of quid pro quo:" and his quote).
func TestIntroducedByColon(t *testing.T) {
	src, err := os.ReadFile("../testdata/articles/2020-on-the-campaign-trail-in-the-usa-august-2020.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse("campaign.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"It’s a long shot": "Markham Robinson", "[T]he advance[s]": "Mark Seidenberg"}
	for _, q := range a.Quotes {
		for prefix, who := range want {
			if strings.HasPrefix(q.Text, prefix) {
				if q.Speaker != who {
					t.Errorf("speaker of %q = %q, want %q", prefix, q.Speaker, who)
				}
				if prefix == "It’s a long shot" && !strings.HasSuffix(q.Text, "receptacle ever.") {
					t.Errorf("the quote set over two lines is cut: %q", q.Text)
				}
				delete(want, prefix)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("quotes not found: %v", want)
	}
}

func TestClauseQuote(t *testing.T) {
	for text, want := range map[string]bool{
		"[h]is venture into the vacuum of space began the history of extravehicular activity": true, // 2019-cosmonaut-alexei-leonov-dies-at-age-85
		"everyone started screaming":        true,  // 2020-three-children-seriously-injured-as-bus-hits-bri
		"there is nothing to be ashamed of": true,  // 2019-nine-jailed-over-sexual-abuse-in-bradford-englan
		"are still waiting":                 false, // a predicate
		"surprisingly disappointing":        false, // too short for a clause
		"prevent foreigners from coming to the US and procreating a baby who would then be eligible for the presidency.": false, // 2020-on-the-campaign-trail-in-the-usa-august-2020
	} {
		if got := clauseQuote(text); got != want {
			t.Errorf("clauseQuote(%q) = %v, want %v", text, got, want)
		}
	}
}

// A headline's scare quote takes the kind of the body's partial quote with the
// same words (2020-police-shoot-man-dead-after-terrorist-related-kn).
func TestEchoHeadline(t *testing.T) {
	_, quotes := Attribute(&Article{Headline: "Police shoot man dead after 'terrorist-related' knife attack in London",
		Paragraphs: []string{`The officers eventually shot him dead, reportedly outside a Boots store, at around 14:00 local time in what the police declared a "terrorist-related" attack.`}})
	if len(quotes) != 2 || quotes[0].Kind != KindPartial || quotes[1].Kind != KindPartial || quotes[0].Speaker != quotes[1].Speaker {
		t.Errorf("quotes = %+v, want two partials with one speaker", quotes)
	}
}

func TestCitedPer(t *testing.T) {
	for rest, want := range map[string]bool{
		" per YouTube community and age-restricted videos.": true,
		", per the BBC.":            true,
		" per cent of the vote.":    false,
		" per day, the report said": false,
	} {
		if got := citedPer(rest); got != want {
			t.Errorf("citedPer(%q) = %v, want %v", rest, got, want)
		}
	}
}
