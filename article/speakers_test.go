package article

import (
	"os"
	"strings"
	"testing"
)

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
		// 2020-conservative-groups-hold-rally-in-washington-d-c.txt
		{"pronoun passes over a name after a preposition",
			[]string{`Former Trump adviser and retired general Michael Flynn was on stage while Trump flew over. This was the first time Flynn made a public speech since he was pardoned by Trump. He said "That's pretty cool. Imagine just being able to jump in a helicopter and just go for a joy ride around Washington".`},
			"That's pretty cool", "Michael Flynn", KindSpeech},
		// corpus 2020-ukrainian-president-rejects-prime-minister-s-res.txt
		{"pronoun passes over the name after a speech verb",
			[]string{"Yesterday, Ukrainian President Volodymyr Zelensky declined Prime Minister Oleksiy Honcharuk's offer to resign after the leak of an audio recording.",
				`Honcharuk filed his resignation after the audio recording was uploaded Wednesday on an anynomous YouTube channel. He said Zelensky is "a model of honesty for me"; however, "to remove any doubts about our respect and trust in the president, I wrote a resignation offer", he added.`},
			"to remove any doubts", "Oleksiy Honcharuk", KindSpeech},
		// 2019-scientists-report-two-life-saving-treatments-for.txt
		{"pronoun: a source after 'according to' is no object",
			[]string{`Professor Jean-Jacques Muyembe, Director General of the DRC's Institut National de Recherche Biomédicale that monitored the trial, said, "From now on, we will no longer say that Ebola is incurable[.]"`,
				`Mike Ryan of the World Health Organization (WHO) told the press the new drugs were only part of the solution: "What will stop Ebola is good surveillance."`,
				`Past EVD outbreak mortality rates have been at least 25%. According to Muyembe, many people do not seek treatment because they see their friends and relatives die after entering a care facility. "Now that 90% of their patients can go into the treatment center and come out completely cured," he told the press, "they will start believing it and building trust in the population and community[.]"`},
			"Now that 90%", "Muyembe", KindSpeech},
		// 2020-united-states-military-kills-qasem-soleimani.txt
		{"6 subject: a pronoun opening the clause comes before a later name",
			[]string{`Sayyid Ali Hosseini Khamenei, the Supreme Leader of Iran, ordered three days of public mourning after the strike. In his message, he appreciated Soleimani's lifepath: "He was a stellar example of those educated and nurtured in Islam and the school of Imam Khomeini (ra)."`},
			"He was a stellar example", "Ali Hosseini Khamenei", KindSpeech},
		// 2019-fan-expo-canada-2019-offers-celebrities-cosplay.txt
		{"5b a sentence-initial quote goes on with the paragraph's previous speaker",
			[]string{`While all agreed that time off was rare as a freelancer, artist Leisha Riddell emphasized the need for boundaries, saying "this weekend, I'm becoming part of the couch and playing video games until my eyes go blurry."`,
				`Actress Denise Crosby is set to appear in the final season of Suits, a Toronto-shot legal series.`,
				`Underwhelmed with her role, she left the series toward the end of its first season. "This is not what I wanted to become an actor for. I actually asked them to make up some fake legs" to place at the character Tasha Yar's bridge station, which was on a risen platform. "You could just stick my legs, just fake legs, and I had no lines[....]"`},
			"You could just stick", "Denise Crosby", KindSpeech},
		// corpus 2020-bernie-sanders-ends-2020-us-presidential-bid.txt
		{"2 a participle after a comma takes the sentence's subject",
			[]string{`Sanders said in his live stream, "I do not make this decision lightly", calling it a "difficult and painful decision".`,
				`In a livestream, Sanders shared with his supporters his reasoning, pointing out he had secured around 300 delegates fewer than former Vice President of the United States Joe Biden, saying "the path toward victory is virtually impossible".`},
			"the path toward victory", "Sanders", ""},
		// 2019-cosmonaut-alexei-leonov-dies-at-age-85.txt
		{"2 a participle after a sentence-initial It: the organisation before",
			[]string{`NASA interrupted its live coverage of an International Space Station spacewalk to mourn Leonov's passing. It also credited Leonov with making the spacewalk possible, noting on Twitter "[h]is venture into the vacuum of space began the history of extravehicular activity".`},
			"[h]is venture", "NASA", ""},
		// corpus 2019-longtime-leader-of-zimbabwe-robert-mugabe-dies-a.txt
		{"2 a passive verb's subject is not the speaker",
			[]string{`Mugabe ruled Zimbabwe, serving as its first prime minister, 1980–1987; then as president, 1987–2017; for 37 years. He supported education, healthcare, and peasant farming, and a few years into his tenure, Zimbabwe had a strong economy and rising literacy rates and, according to CNN, was called the "breadbasket of southern Africa" for its farms.`},
			"breadbasket", "CNN", ""},
		// 2019-francis-d-souza-former-deputy-chief-minister-of.txt
		{"2 the subject of the reported clause after the verb is not the speaker",
			[]string{`Francis D'Souza, former deputy chief minister of Goa, died on Wednesday.`,
				`State Congress President Girish Chodankar called D'Souza "humble and soft-spoken". The Aam Aadmi Party in Goa, in its statement, said he was a "gentleman politician".`},
			"gentleman politician", "Aam Aadmi Party", ""},
		// 2019-u-s-house-issues-subpoena-to-secretary-of-state.txt
		{"2 noting is a speech verb",
			[]string{`Since then, a Republican, Mark Amodei, has publicly voiced support for the impeachment inquiry. He continued by noting that "Using government agencies to, if it's proven, to put your finger on the scale of an election, I don't think that’s right [...]"`},
			"Using government agencies", "Mark Amodei", KindSpeech},
		// corpus 2019-fianc-e-of-murdered-saudi-journalist-demands-jus.txt
		{"pronoun: the listener with an affiliation and a name after 'of journalist' are objects",
			[]string{`The previous day, television broadcaster PBS revealed that in December, Crown Prince Mohammad bin Salman of Saudi Arabia accepted responsibility for the murder of journalist Jamal Khashoggi but did not say he'd ordered it. Speaking to Martin Smith of PBS, he said, "It happened under my watch. I get all the responsibility, because it happened under my watch."`},
			"It happened under my watch", "Mohammad bin Salman", KindSpeech},
		// corpus 2019-queen-elizabeth-agrees-to-suspend-uk-parliament.txt
		{"2 a verb inside a dash aside does not govern the quote after it",
			[]string{`House of Commons Speaker John Bercow commented on the matter — which the BBC noted as an unusual move by a Speaker — "However it is dressed up, it is blindingly obvious that the purpose of [suspending Parliament] now would be to stop [Parliament] debating Brexit."`},
			"However it is dressed up", "John Bercow", KindSpeech},
		// corpus 2019-us-speaker-pelosi-announces-trump-impeachment-in.txt
		{"document: a law as the subject is nobody's words",
			[]string{`President Donald Trump called the call "perfectly fine and routine."`,
				`Impeachment is the process by which a federal official, including the president, can be removed from office by Congress. The United States Constitution specifies that officials are removed from office after being impeached for, and convicted of, "Treason, Bribery, or other high Crimes and Misdemeanors."`},
			"Treason, Bribery", "", ""},
		// 2019-us-department-of-justice-investigating-ford-over.txt
		{"2 a company as the sentence's subject: a word used as a proper noun",
			[]string{`On Friday Ford Motor Company announced the United States Department of Justice was performing a criminal investigation of Ford's internal emission testing practices.`,
				`Ford said in their filing the matter "currently focuses on issues relating to road load estimations, including analytical modeling and coastdown testing", and "does not involve the use of defeat devices" which were an issue with another automaker previously.`},
			"currently focuses", "Ford", ""},
		// 2019-president-trump-says-he-can-and-may-put-us-into.txt
		{"2 a surname the people stage missed is no organisation",
			[]string{`Senate Minority Whip Dick Durbin and incoming chair of the House Intelligence Committee Represenative Adam Schiff both yesterday questioned the President's power to do as he proposed. Schiff called it "a non-starter".`},
			"a non-starter", "!Schiff", ""},
		// 2020-germany-says-alexei-navalny-poisoned-with-novich.txt
		{"8 subject: a body named by its nationality opens the sentence",
			[]string{`Alexei Navalny, a Russian opposition leader, fell ill on a flight.`,
				`The German government announced the tests by a military laboratory found Novichok in Navalny's blood, and said there was "unequivocal" proof he had been poisoned.`},
			"unequivocal", "German government", ""},
		// 2020-first-foreigners-die-from-coronavirus-in-wuhan-c.txt
		{"2 a body with its nationality before the verb",
			[]string{`According to the U.S. embassy in Beijing, the infected 60-year-old western man died in February 6; Chinese authorities referred to him as "Chinese-American." Japanese officials said the Japanese man showed symptoms similar to the coronavirus infection.`},
			"Chinese-American", "Chinese authorities", ""},
		// 2020-police-shoot-man-dead-after-terrorist-related-kn.txt
		{"2 the police as a body, not an unnamed speaker",
			[]string{`The officers eventually shot him dead, reportedly outside a Boots store, at around 14:00 local time in what the police declared a "terrorist-related" attack.`},
			"terrorist-related", "police", ""},
		// 2020-police-shoot-man-dead-after-terrorist-related-kn.txt
		{"2 a passive's agent after the quote",
			[]string{`The attacker, identified as Sudesh Amman, 20, was placed under police surveillance after being released from prison a week ago. Amman, who was described as "knife-obsessed" by the police, sent his girlfriend videos of beheadings.`},
			"knife-obsessed", "police", ""},
		// 2019-us-federal-judge-rules-american-samoans-are-citi.txt (rule 6 above):
		// "The government of American Samoa" stays the organisation of its own.
		// 2020-iran-admits-downing-ukrainian-jet-cites-human-er.txt
		{"4 representatives from a country speak for it",
			[]string{`On Saturday morning, representatives from Iran acknowledged their government had "unintentionally" shot down a Ukrainian passenger jet near Tehran, blaming "human error" and the fear of aggression from the United States.`},
			"unintentionally", "Iran", ""},
		// 2020-on-the-campaign-trail-in-the-usa-august-2020.txt
		{"6b a quote paragraph after a colon: the subject of the sentence, not the listener",
			[]string{`The AIP made the nomination amid three points of controversy: De La Fuente's usual running mate, Darcy Richardson, was left off the ticket in favor of West.`,
				`Richardson had his own opinion on the matter. He provided Wikinews with the text of a message he sent to AIP vice chairman Mark Seidenberg:`,
				`"Please let Rocky [De La Fuente] know that if he runs with the unstable, bi-polar Trump-loving Kanye West in California that I will withdraw as his vice-presidential running mate nationally."`},
			"Please let Rocky", "Darcy Richardson", KindSpeech},
		// 2020-on-the-campaign-trail-in-the-usa-august-2020.txt
		{"2 two people as one subject: the first named",
			[]string{`Political commentators such as Brit Hume and Chris Wallace described the speech as "flat" and lacking energy. Trump's decision to allow part of the convention to take place at the White House raised ethics questions as well.`},
			"flat", "Brit Hume", ""},
		// corpus 2020-on-the-campaign-trail-in-the-usa-august-2020.txt
		{"1 'opines' attributes an interrupted quote",
			[]string{`Eastman does not make a judgment on Harris, arguing that she needs to answer questions on the status of her parents. Andy Martin, a perennial candidate, disagrees.`,
				`"Harris can probably rest easy that despite the renewed debate", Martin opines, "she will not be blocked from taking the oath of office if she and Biden win."`},
			"Harris can probably rest easy", "Andy Martin", KindSpeech},
		// corpus 2019-wikinews-investigates-disappearance-of-indonesia.txt
		{"2 passive agent: a name that is no person is the organisation",
			[]string{`Marine Traffic's AIS tracking database shows a reestablishment of AIS contact by MV Namse Bangdzod on January 6, with a pattern described by Marine Bulletin as "rather hectic and kind of confused".`},
			"rather hectic", "Marine Bulletin", ""},
		{"pronoun: the subject of an absolute clause after 'with' is no object",
			[]string{`Miller and Smith both acknowledged faults with the AIS system on-board as possible explanations, with Miller describing issues with the signal between the transponder and the satellite receiving it as one potential scenario. He too suggested a hypothetical scenario, in which "the AIS equipment has been tampered with or has been turned off for some of the time."`},
			"the AIS equipment", "Miller", ""},
		// corpus 2019-arrest-made-as-mayor-of-gda-sk-poland-stabbed-on.txt
		{"3 the next sentence's name does not take a quote its own sentence attributes",
			[]string{`Polish President Andrzej Duda visited the hospital.`,
				`Duda told local media Adamowicz's heart was restarted by doctors "and there is hope, but his condition is very difficult." Police spokesman Mariusz Ciarka said a press badge was used by the assailant to gain entry.`},
			"and there is hope", "Andrzej Duda", ""},
		// corpus 2019-oil-facilities-in-saudi-arabia-hit-by-drone-atta.txt
		{"2 'of' inside a capitalised title is no preposition",
			[]string{`US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the attacks, saying there was "no evidence the attacks came from Yemen." BBC's Jonathan Marcus said questions remain how much direct Iranian assistance is received by the Houthis.`},
			"no evidence the attacks", "Mike Pompeo", ""},
		// corpus 2020-cairo-summit-denounces-turkish-libyan-maritime-b.txt
		{"pronoun: 'they' is never the one person who spoke last",
			[]string{`Italian Foreign Minister Luigi Di Maio said the summit had been "a missed opportunity".`,
				`They concluded that the November 27 maritime border agreement between Turkey and Libya is "null and void" and "infringes upon the sovereign rights of third states".`},
			"null and void", "", ""},
		// 2019-hurricane-lorenzo-hits-azores-heads-towards-irel.txt
		{"document: the warning is its issuer's",
			[]string{`The orange warning issued by Met Éireann applied to County Galway, County Mayo, County Clare, County Cork, County Kerry and County Limerick and starts at 6 p.m. local time (1700 UTC) tomorrow. "Storm Lorenzo will produce significant swell, high waves and sizeable storm surges. This will lead to wave overtopping, some coastal flooding and damage, especially along western and southern coasts", read the warning.`},
			"Storm Lorenzo will", "Met Éireann", KindSpeech},
		// 2019-coalition-authorities-report-no-casualties-from.txt
		{"document: the statement its owner released paragraphs before",
			[]string{`On Friday, the Combined Joint Task Force Operation Inherent Resolve released a statement saying an attack that day on an Iraqi air base housing U.S. military personnel near Mosul produced no casualties.`,
				`The attack was the latest of several.`,
				`A spokesperson told the Military Times the attack took place at about 7:45 p.m. "No Coalition troops were injured. We appreciate the Iraqi Security Forces immediate response and investigation;" read the statement; "we will not be deterred by these attacks and maintain the right to defend ourselves."`},
			"No Coalition troops", "Combined Joint Task Force Operation Inherent Resolve", KindSpeech},
		// 2019-puerto-rico-supreme-court-removes-governor-pierl.txt
		{"document: the opinion of the Court is the court named in full",
			[]string{`On Wednesday, the Supreme Court of Puerto Rico issued a ruling finding in favor of a lawsuit filed by the Puerto Rico Senate on Sunday against Pedro Pierluisi over his claim to the governorship. Wanda Vázquez, the secretary of justice, was sworn in.`,
				`The opinion of the Court, released on Wednesday, read in part, "[I]t is concluded that the oath of office as governor of the Honorable Pedro R. Pierluisi Urrutia, secretary of state nominated during [an Assembly] recess, is unconstitutional[...]"`},
			"[I]t is concluded", "Supreme Court of Puerto Rico", KindSpeech},
		// 2019-us-president-trump-announces-troop-withdrawal-fr.txt
		{"document: a statement released by a person's office",
			[]string{`According to the BBC, the SDF is largely made up of YPG militia. Kino Gabriel, an SDF spokesman, spoke to reporters. According to a statement released by Erdogan's office, "neutralizing the threat stemming from PKK-YPG terrorist" is an aim of the Turkish military operation.`},
			"neutralizing the threat", "Erdogan's office", ""},
		// corpus 2020-japanese-professional-wrestler-and-netflix-star.txt
		{"document: an owner's official statement",
			[]string{`Kimura was signed for Stardom at the time of her death, having joined them in 2019. Stardom's official statement yesterday read "Stardom fans, We are very sorry to report that our Hana Kimura has passed away."`},
			"Stardom fans", "Stardom", KindSpeech},
		// corpus 2019-scottish-court-finds-suspension-of-uk-parliament.txt
		{"document: an ownerless summary yields to the person the sentence is about",
			[]string{`Colin Sutherland, Lord Carloway, the Lord President of the court decided, according to the summary, "that although advice to HM [Her Majesty] the Queen on the exercise of the royal prerogative of prorogating Parliament was not reviewable, it was unlawful".`},
			"that although advice", "Colin Sutherland", ""},
		// 2019-samoan-government-temporarily-shuts-down-for-nat.txt
		{"6 subject: a platform account is its owner's",
			[]string{`On Thursday local time, the government of Samoa began a planned two-day shutdown to make way for a nationwide vaccination campaign.`,
				`Earlier this week, an official government Twitter account made the following announcement: "Latest update: 3,728 measles cases have been reported since the outbreak with 198 recorded in the last 24 hours."`},
			"Latest update", "government of Samoa", KindSpeech},
		{"term: nickname inside a name",
			[]string{`Edward Lodewijk "Eddie" Van Halen, the lead guitarist of Van Halen, died on Tuesday.`},
			"Eddie", "", KindTerm},
		// 2020-on-the-campaign-trail-in-the-usa-august-2020.txt
		{"a lone surname that reads as a place is the person named in full with it",
			[]string{`One entity whose members challenged Obama's citizenship and now do likewise with Harris, the American Independent Party, nominated a ticket of Alliance Party presidential nominee Rocky De La Fuente for president and rapper Kanye West for vice president. The party, which has ballot access in California, reportedly did not contact West about the nomination. West, a presidential candidate himself, with the Birthday Party, spent much of August seeking ballot access in various states. According to Forbes, West claimed to be in communication with Trump's son-in-law and White House adviser Jared Kushner "almost daily." In mid-August, Kushner, on behalf of the White House, helped broker a deal establishing diplomatic relations between Israel and the United Arab Emirates.`},
			"almost daily", "Kanye West", KindPartial},
		// 2020-on-the-campaign-trail-in-the-usa-august-2020.txt
		{"a bare surname shared by several people is the one named in full most",
			[]string{"As the campaign shifted to August, presumptive Democratic presidential nominee Joe Biden led incumbent President Donald Trump, the presumptive Republican presidential nominee, in the RealClearPolitics head-to-head polling average, 49.4 percent to 42.0 percent.",
				"Just ahead of the 2020 Democratic National Convention, Donald Trump's younger brother Robert died of an unspecified illness.",
				"Other speakers during the four day event included four of Trump's children; First Lady Melania Trump; and Nicholas Sandmann, a former high school student.",
				`Trump described the convention as a "Hollywood-produced infomercial."`},
			"Hollywood-produced", "Donald Trump", KindPartial},
		// 2019-turkey-s-president-erdogan-proposes-converting-h.txt
		{"a pronoun owning a document is the organisation it stands for",
			[]string{`This Thursday the United States Commission on International Religious Freedom (USCIRF) also criticized the move, this time not only implying approval would be required, but also recommending to maintain the status of the monument as a museum. They released a statement which said, "Hagia Sophia bears profound historical and spiritual significance to Muslims and Christians alike, and its status as a museum must be maintained".`},
			"Hagia Sophia bears", "United States Commission on International Religious Freedom", KindSpeech},
		// 2019-california-court-sentences-parents-who-kept-thei.txt
		{"the mother is the last woman named",
			[]string{"David Turpin, 57, and Louise Turpin, 50, were sentenced in Riverside County, California on Friday.",
				`The father said "I love my children and I believe my children love me."`,
				`The mother said "I really look forward to the day I can see them, hug them and tell them I'm sorry."`},
			"I really look forward", "Louise Turpin", KindSpeech},
		// 2019-dozens-dead-in-california-boat-fire.txt
		{"a title before a place-like surname names the person",
			[]string{"USCG Captain Monica Rochester told the press a nearly 24-hour search mission had discovered no further signs in the water.",
				`Commenting on the radio communications, Captain Rochester said the situation had "a lot of adrenaline, a lot of confusion." However, she added, "there are no locked doors in accommodation spaces" where the passengers would have been.`},
			"there are no locked doors", "Monica Rochester", KindSpeech},
		// 2019-longtime-leader-of-zimbabwe-robert-mugabe-dies-a.txt
		{"a pronoun continues the subject of the sentence before, not its last name",
			[]string{"Former Zimbabwean President Robert Mugabe died on Friday; his rival Morgan Tsvangirai died last year.",
				`Refusing to give up power, Mugabe agreed to power-sharing in which Tsvangirai became prime minister. "Only God who appointed me will remove me — not the MDC, not the British," he declared.`},
			"Only God", "Mugabe", KindSpeech},
		// 2020-bloomberg-warren-end-us-presidential-campaigns-f.txt
		{"a pronoun passes over an apposition of the sentence before",
			[]string{`Wednesday, the same day that he dropped out, Michael Bloomberg endorsed his former rival, Joe Biden. "Three months ago," he said, "I entered the race for President to defeat Donald Trump."`},
			"Three months ago", "Michael Bloomberg", KindSpeech},
		// 2019-escape-room-fire-kills-five-teen-girls-in-koszal.txt
		{"a pronoun takes the subject of a later coordinate clause",
			[]string{`President Andrzej Duda said the victims were "joyful girls starting out in life" in an "appalling tragedy" while Interior Minister Joachim Brudziński wrote he had ordered fire safety checks on escape rooms across Poland. He tweeted, "I want to express my sympathy and regrets to the families of the victims of the fire".`},
			"I want to express", "Joachim Brudziński", KindSpeech},
		// 2019-iranian-cargo-plane-crashes-into-karaj-houses.txt
		{"a participle's listener is no speaker; a proper noun opening the sentence is",
			[]string{`Wikinews contacted Boeing in an effort to establish the plane's initial configuration when manufactured. Boeing did not release any specific information about the initial build, telling Wikinews the company "extends its profound condolences to the families and friends of those lost[...] as well as our best wishes for the recovery of those injured."`},
			"extends its profound", "Boeing", KindPartial},
		// 2020-second-us-biden-trump-debate-cancelled-amid-safe.txt
		{"a person's campaign is a body that speaks",
			[]string{"President Donald Trump and former Vice President Joe Biden were due to meet in a second debate.",
				`The second debate was intended to be done in town-hall format. The Biden campaign criticized Trump's refusal to debate virtually, accusing the president of "not want[ing] to face questions from the voters about his failures on COVID and the economy."`},
			"not want[ing]", "Biden campaign", KindPartial},
		// 2020-florida-frog-skull-survey-shows-spikes-say-scien.txt
		{"an apposition holding Ph.D. is skipped",
			[]string{`Lead author Daniel Paluh, a Ph.D. candidate at the University of Florida, said, "Superficially, frogs may look similar, but when you look at their skulls, you see drastic differences."`},
			"Superficially", "Daniel Paluh", KindSpeech},
		// 2020-joe-biden-projected-us-president-elect.txt
		{"the second half of an address does not speak",
			[]string{`Following the announcement of Biden's win, President Donald Trump issued a statement at his golf club outside Washington, D.C. saying, "The simple fact is this election is far from over."`},
			"The simple fact", "Donald Trump", KindSpeech},
		// 2020-georgian-tennis-player-nikoloz-basilashvili-arre.txt
		{"\"It read\" is the document named before, its owner's",
			[]string{`The Georgian Tennis Federation (GFT) released a statement addressing Basilashvili's arrest. It read, "First of all, we would like to state that Georgian Tennis Federation has always condemned any form of violence."`},
			"First of all", "Georgian Tennis Federation", KindSpeech},
		// 2020-iran-admits-downing-ukrainian-jet-cites-human-er.txt
		{"spokespeople opening the sentence speak for a participle after it",
			[]string{`On Saturday morning, representatives from Iran acknowledged their government had "unintentionally" shot down a Ukrainian passenger jet near Tehran, blaming "human error" and the fear of aggression from the United States.`},
			"human error", "Iran", KindPartial},
		// 2020-study-people-infected-by-new-coronavirus-likely.txt
		{"a report is the study named before, its owner's",
			[]string{"The study was conducted by Imperial College London's MRC Centre for Global Infectious Disease Analysis pursuant to a strange case of pneumonia in China. The research team posted their findings online before official publication.",
				`"It is likely that the Wuhan outbreak of a novel coronavirus has caused substantially more cases of moderate or severe respiratory illness than currently reported", reads the report.`},
			"It is likely", "Imperial College London", KindSpeech},
		// 2019-scientists-describe-how-upside-down-rivers-of-wa.txt
		{"a study's co-author is no document",
			[]string{"The study was published in Science Advances.",
				`"Warm water circulation is attacking the undersides of these ice shelves at their most vulnerable points," said study co-author Karen Alley.`},
			"Warm water", "Karen Alley", KindSpeech},
		// 2019-u-s-house-formalizes-rules-for-trump-impeachment.txt
		{"a capitalised word made an adjective is the speaker's word; \"with X of Y calling\" is X",
			[]string{`Republican Representatives attacked the impeachment inquiry, with Steve Scalise of Louisiana calling the investigation into Trump "Soviet-style" and Ross Spano of Florida calling the process "a blatant and obvious coup to unseat a sitting president of the United States."`},
			"Soviet-style", "Steve Scalise", KindPartial},
		// 2020-violence-breaks-out-in-washington-dc-at-pro-trum.txt
		{"accusing someone of words is a speech verb",
			[]string{`President Donald Trump lashed out at the capital city's Democratic mayor Muriel Bowser on Twitter, accusing her of "not doing her job". The president has blamed Democratic leadership for violence.`},
			"not doing her job", "Donald Trump", KindPartial},
		// 2019-us-speaker-pelosi-announces-trump-impeachment-in.txt
		{"directing others to do something is a speech act",
			[]string{`Speaker Nancy Pelosi announced the inquiry. Specifically, she was directing six of the House's committees to "proceed with their investigations under [the] umbrella" of impeachment.`},
			"proceed with", "Nancy Pelosi", KindPartial},
		{"attacking something as words is the attacker's",
			[]string{`Speaker Nancy Pelosi announced the inquiry.`, `President Donald Trump, responding to Pelosi's announcement via Twitter, attacked the impeachment investigation as "Witch Hunt garbage."`},
			"Witch Hunt garbage", "Donald Trump", KindPartial},
		// 2020-on-the-campaign-trail-in-the-usa-august-2020.txt
		{"a short quote before a name describes it; the name does not speak it",
			[]string{`President Donald Trump spoke about Senator Kamala Harris and Joe Biden. He said the "phony" and "nasty" Harris attacked Biden during Democratic debates and blasted her behavior.`},
			"nasty", "Donald Trump", KindPartial},
		// 2019-new-zealand-mosque-murder-suspect-appears-in-cou.txt
		{"a long apposition is skipped",
			[]string{`Professor Greg Barton, Chair In Global Islamic Politics in the Faculty of Arts and Education at the Deakin University, said "The attacker was using a couple of guns, one was a shotgun."`},
			"The attacker", "Greg Barton", KindSpeech},
		// 2019-northern-arapaho-tribe-welcomes-buffalo-herd-in.txt
		{"after the quote, a name with a long affiliation before the verb",
			[]string{`"With everything that's happened to our people, our language, our culture, we feel that bringing the buffalo back here is going to heal us[,]" Crystal C'Bearing of the Northern Arapaho tribal historic preservation office told those gathered to watch the release.`},
			"With everything", "Crystal C'Bearing", KindSpeech},
		// 2019-nyc-mayor-de-blasio-ends-us-presidential-campaig.txt
		{"two attributions between two quotes make two quotes",
			[]string{`Fellow Democrats were more supportive in their comments: "Thank you [Bill de Blasio] for making working families the center of your campaign. Let's keep fighting", wrote Elizabeth Warren on Twitter. Bernie Sanders wrote, "Congratulations to [Bill de Blasio] on running a campaign to lift up working people."`},
			"Congratulations", "Bernie Sanders", KindSpeech},
		// 2020-iran-issues-arrest-warrants-for-36-people-includ.txt
		{"the spokesperson already quoted speaks for the same organisation",
			[]string{`Interpol's constitution prohibits "any intervention or activities of a political, military, religious or racial character," an Interpol spokesperson stated. The spokesperson added regarding Iran's request, they "would not consider requests of this nature"; Interpol didn't disclose at the time whether it received any arrest warrants from Iran.`},
			"would not consider", "Interpol", KindPartial},
		// 2020-stores-in-australia-lower-toilet-paper-limits-pe.txt
		{"a proper noun before an aside speaks",
			[]string{`These changes followed the previous four-pack per transaction restriction introduced by Woolworths and Coles on March 4 and 5 respectively. Coles, in its March 8 media release, reported that with the four-pack restriction in place, "many stores are still selling out within an hour of delivery", and called the demand "unprecedented".`},
			"many stores", "Coles", KindSpeech},
		// 2020-prime-minister-of-slovakia-igor-matovi-tests-pos.txt
		{"a description of two words finds the role that holds both",
			[]string{"Prime Minister of Slovakia Igor Matovič tested positive.",
				`After Deputy Prime Minister for Finance and Minister of Economy Richard Sulík failed to procure sufficient numbers of rapid testing kits, the Prime Minister apologised to the people of his country for "having an idiot as economy minister."`},
			"having an idiot", "Igor Matovič", KindPartial},
		// 2020-iranian-international-master-dorsa-derakhshani-d.txt
		{"an organisation after a preposition is an object, not the speaker",
			[]string{`Having won multiple tournaments as a kid, IM Dorsa Derakhshani decided not to play for the Iranian Chess Federation saying "it wasn't a good fit" for her.`},
			"it wasn't", "Dorsa Derakhshani", KindSpeech},
		// 2019-engineer-killed-while-working-on-travelator-at-l.txt
		{"an official from an organisation named by its acronym",
			[]string{"Transport for London (TfL) told morning rush-hour passengers to take a longer way around.",
				`An official from TfL stated: "We are working with colleagues in the British Transport Police."`},
			"We are working", "Transport for London", KindSpeech},
		// 2020-on-the-campaign-trail-in-the-usa-october-2020.txt
		{"exclaimed is a speech verb",
			[]string{`The only vice presidential debate between Vice President Mike Pence and Democratic vice presidential nominee Kamala Harris took place in Utah. Pence often spoke over his allotted time and interjected. In one exchange, as Pence attempted to interrupt, Harris exclaimed, "Mr. Vice President, I'm speaking."`},
			"Mr. Vice President", "Kamala Harris", KindSpeech},
		// 2020-on-the-campaign-trail-in-the-usa-september-2020.txt
		{"a speech verb with its own speaker further back beats the sentence's first name",
			[]string{"President Donald Trump visited Walter Reed Hospital in November.",
				`At least three unfavorable claims about Trump surfaced in early September. First, after CNN reporter and former Bill Clinton White House Press Secretary Joe Lockhart questioned whether the President's impromptu visit to Walter Reed Hospital last November was the result of a stroke, Trump alleged the media was falsely claiming he had suffered from "mini-strokes."`},
			"mini-strokes", "Donald Trump", KindPartial},
		// 2020-us-president-trump-declares-covid-19-national-em.txt
		{"the one quoted as saying speaks, not the quoter",
			[]string{`Trump did not place the Federal Emergency Management Agency (FEMA) in charge of the government's response to COVID-19, which Politico reported left some experts in disaster management disappointed. Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying "FEMA has an important role in coordinating the larger response to the crisis" and "[i]f there's an emergency, FEMA needs to be involved."`},
			"FEMA has an important", "Tim Manning", KindSpeech},
		{"after the quote, the name after the verb, not an affiliated name before the quote",
			[]string{`Mary Poe of the council called it “a disgrace”, said Tom Jones.`},
			"a disgrace", "Tom Jones", ""},
		// 2019-uk-supreme-court-rules-prorogation-of-parliament.txt
		{"an organisation of two places",
			[]string{`In the High Court of England and Wales, the judges said: "In our view, the decision of the Prime Minister to advise Her Majesty was lawful."`},
			"In our view", "High Court of England and Wales", KindSpeech},
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
			if not, ok := strings.CutPrefix(tt.want, "!"); ok {
				if sameName(q.Speaker, not) {
					t.Errorf("speaker = %q, want anyone else", q.Speaker)
				}
			} else if !sameName(q.Speaker, tt.want) {
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

// Interview labels decide the speaker of an answer and of the quotes a
// question puts to the interviewee (corpus Wikinews interviews).
func TestInterviewLabels(t *testing.T) {
	tests := []struct {
		name     string
		headline string
		paras    []string
		quote    string
		want     string
	}{
		// corpus 2020-zara-kay-tells-wikinews-about-her-non-profit-org.txt
		{"an answer's label", "Zara Kay tells Wikinews about her non-profit organisation",
			[]string{"Zara Kay founded Faithless Hijabi in 2018.",
				`((WN)) What would you say about that sign: being an anti-theist, and then saying "Allah is Gay"?`,
				`((Zara Kay)) As contradictory as it sounds, if you think about it, in your narrative, if somebody who's a theist, who accepts Allah as being a God, their God, or one of the gods, right? Him being gay would only be offensive if you're homophobic, right? Had I said "Allah is not gay", nobody would have that descent.`},
			"Allah is not gay", "Zara Kay"},
		// corpus 2019-wikinews-interviews-2020-us-libertarian-party-pr.txt
		{"the interviewer quotes the interviewee to them", "Wikinews interviews 2020 US Libertarian Party presidential candidate Adam Kokesh",
			[]string{"Adam Kokesh, an Iraq War veteran, activist, radio show host, spoke with Wikinews.",
				`((WN)) On your website you state "American troops abroad will be immediately brought home in a responsible and orderly manner that does not endanger their lives." Can you clarify?`},
			"American troops abroad", "Adam Kokesh"},
		// 2020-wikinews-interviews-2020-melbourne-lord-mayor-ca.txt
		{"the interviewer's 'you wrote' goes before a name in the sentence", "Wikinews interviews 2020 Melbourne Lord Mayor candidate Wayne Tseng",
			[]string{"Wayne Tseng, a Melbourne businessman, spoke with Wikinews.",
				`((WN)) On Team Zorin's website, you wrote "Melbourne is too precious to be used as a test lab for half-baked policies." What are some of the current policies that are under-serving the residents of Melbourne?`},
			"Melbourne is too precious", "Wayne Tseng"},
		// corpus 2020-neuroscientists-tell-wikinews-about-empathy-and.txt
		{"an unlabelled paragraph goes on with the label before", "Neuroscientists tell Wikinews about empathy and harm aversion",
			[]string{"Christian Keysers and Valeria Gazzola spoke to Wikinews.",
				"((Christian Keysers)) So very briefly, what we do is we give a rat a choice between two levers.",
				"((WN)) What did you expect?",
				"((Valeria Gazzola)) Fifty years years ago, so the idea of the two levers.",
				`And, the fact that the rats would prefer the easy lever was also not so straightforward. So we thought "oh, they are gonna prefer the easy lever, and that's it." But at the end, some rats develop a preference on the side.`},
			"oh, they are gonna", "Valeria Gazzola"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, quotes := Attribute(&Article{Headline: tt.headline, Paragraphs: tt.paras})
			for _, q := range quotes {
				if strings.HasPrefix(q.Text, tt.quote) {
					if q.Speaker != tt.want {
						t.Errorf("speaker = %q, want %q", q.Speaker, tt.want)
					}
					return
				}
			}
			t.Fatalf("no quote starting %q in %+v", tt.quote, quotes)
		})
	}
}

// TestOwnName checks on the whole article that a person's possessive before
// an organisation's own name is dropped: "Although Trump's State Department
// asked for any “external party” not to involve themselves" is the State
// Department's (the annotators' name for it).
func TestOwnName(t *testing.T) {
	src, err := os.ReadFile("../testdata/articles/2020-on-the-campaign-trail-in-the-usa-september-2020.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse("2020-on-the-campaign-trail-in-the-usa-september-2020.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	_, quotes := Attribute(a)
	for _, q := range quotes {
		if q.Text == "external party" {
			if q.Speaker != "State Department" {
				t.Errorf("speaker of %q = %q, want State Department", q.Text, q.Speaker)
			}
			return
		}
	}
	t.Error("no quote \"external party\"")
}

// TestHeadlineEcho checks that a headline's quote takes the speaker of the
// body quote it is taken from: the same words as a partial, or a word of a
// longer speech (2020-iran-admits-downing-ukrainian-jet-cites-human-er.txt,
// 2020-study-people-infected-by-new-coronavirus-likely.txt).
func TestHeadlineEcho(t *testing.T) {
	tests := []struct{ headline, para, quote, want string }{
		{"Iran admits downing Ukrainian jet, cites 'human error'",
			`On Saturday morning, representatives from Iran acknowledged their government had "unintentionally" shot down a Ukrainian passenger jet near Tehran, blaming "human error" and the fear of aggression from the United States.`,
			"human error", "Iran"},
		{"Study: people infected by new coronavirus 'likely' hundreds more than confirmed",
			`Dr Neil Ferguson said, "It is likely that the Wuhan outbreak of a novel coronavirus has caused substantially more cases of moderate or severe respiratory illness than currently reported."`,
			"likely", "Neil Ferguson"},
	}
	for _, tt := range tests {
		_, quotes := Attribute(&Article{Headline: tt.headline, Paragraphs: []string{tt.para}})
		if len(quotes) == 0 || quotes[0].Location != LocHeadline || quotes[0].Text != tt.quote {
			t.Fatalf("%q: first quote %+v, want the headline's %q", tt.headline, quotes, tt.quote)
		}
		if quotes[0].Speaker != tt.want {
			t.Errorf("%q: headline speaker = %q, want %q", tt.headline, quotes[0].Speaker, tt.want)
		}
	}
}

// TestInterviewFirstPerson checks that in an interview "I" and "people like
// me who say" are the speaker of the line, and "they" the organisation the
// answer names (2020-wikinews-discusses-drm-and-dmca-with-richard-sta.txt,
// 2020-iranian-international-master-dorsa-derakhshani-d.txt).
func TestInterviewFirstPerson(t *testing.T) {
	_, quotes := Attribute(&Article{Headline: "Wikinews discusses DRM and DMCA with Richard Stallman", Paragraphs: []string{
		"((WN)) What do you think of DRM?",
		`((Richard Stallman)) Then they push browser developers like Firefox into handling the DRM subjugated tools and products except for people like me who say, "No thanks, I don't want any of those at all ever".`,
		"((WN)) Did the chess federation mind?",
		`((Richard Stallman)) I thought that was extremely stupid because they [the Iranian Chess Federation] wanted this. So if there was a picture, they would say, "Oh, it just fell".`,
	}})
	want := map[string]string{"No thanks": "Richard Stallman", "Oh, it just fell": "Iranian Chess Federation"}
	for _, q := range quotes {
		for prefix, sp := range want {
			if strings.HasPrefix(q.Text, prefix) {
				if q.Speaker != sp {
					t.Errorf("speaker of %q = %q, want %q", q.Text, q.Speaker, sp)
				}
				delete(want, prefix)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("quotes not found: %v", want)
	}
}

func TestHasWords(t *testing.T) {
	tests := []struct {
		text, words string
		want        bool
	}{
		{"it is likely that", "likely", true},
		{"unlikely, but likely", "likely", true},
		{"unlikely and likelyx", "likely", false},
		{"human errors, then human error", "human error", true},
		{"likely", "likely", true},
		{"", "likely", false},
	}
	for _, tt := range tests {
		if got := hasWords(tt.text, tt.words); got != tt.want {
			t.Errorf("hasWords(%q, %q) = %v, want %v", tt.text, tt.words, got, tt.want)
		}
	}
}
