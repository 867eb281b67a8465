package article

// Attribute finds the people and quotes of an article and who said each
// quote. It reads a and does not change it; it never panics on any input.
//
// Stages: the fields (headline, standfirst, paragraphs) are scanned for
// quoted spans (quotes.go), then for people and organisations (people.go),
// then each quote goes through the speaker sieve, which also classifies it as
// speech, partial or term (speakers.go).
func Attribute(a *Article) (people []Person, quotes []Quote) {
	if a == nil {
		return []Person{}, []Quote{}
	}
	fields, firstBody := articleFields(a)
	raws := findQuotes(fields, firstBody)
	pp := findPeople(a, fields, raws)
	sv := newSieve(fields, pp, raws)
	quotes = make([]Quote, 0, len(raws))
	for i := range raws {
		q := &raws[i]
		text := quoteText(fields, q)
		sp, kind := sv.attribute(q, text)
		out := Quote{Text: text, Kind: kind, Location: fields[q.firstField()].loc, Paragraphs: []int{},
			Parts: append([]Span(nil), q.parts...)}
		if out.Location == LocBody {
			out.Paragraphs = []int{fields[q.firstField()].para, fields[q.lastField()].para}
		}
		if kind != KindTerm {
			out.SpeakerType = sp.typ
			switch sp.typ {
			case SpeakerPerson:
				out.Speaker = pp.persons[sp.person].name()
				pp.persons[sp.person].quotes++
			case SpeakerOrganisation:
				out.Speaker = sp.org
			case SpeakerUnnamed:
				out.SpeakerDescription = sp.desc
			}
		}
		quotes = append(quotes, out)
	}
	// Names may grow after a quote was attributed ("Zelensky" → "Volodymyr
	// Zelensky" is settled in findPeople, so this is only a safeguard).
	people = buildPeople(pp, fields)
	return people, quotes
}
