package article

// Attribute finds the people and quotes of an article and who said each
// quote. It reads a and does not change it; it never panics on any input.
//
// Stages: the fields (headline, standfirst, paragraphs) are scanned for
// quoted spans (quotes.go), then for people and organisations (people.go),
// then each quote goes through the speaker sieve, which also classifies it as
// speech, partial or term (speakers.go).
func Attribute(a *Article) (people []Person, quotes []Quote) {
	useLexicon()
	if a == nil {
		return []Person{}, []Quote{}
	}
	fields, firstBody := articleFields(a)
	raws := findQuotes(fields, firstBody)
	pp := findPeople(a, fields, raws)
	sv := newSieve(fields, pp, raws)
	quotes = make([]Quote, 0, len(raws))
	// Each quote's Parts and Paragraphs are cut from two slabs, capped so
	// that an append by a caller copies, and each person's name is joined
	// once: per-quote allocations dominated quote-dense text.
	nParts := 0
	for i := range raws {
		nParts += len(raws[i].parts)
	}
	partSlab := make([]Span, 0, nParts)
	paraSlab := make([]int, 0, 2*len(raws))
	names := make([]string, len(pp.persons))
	for i := range raws {
		q := &raws[i]
		text := quoteText(fields, q)
		sp, kind := sv.attribute(q, text)
		partSlab = append(partSlab, q.parts...)
		out := Quote{Text: text, Kind: kind, Location: fields[q.firstField()].loc, Paragraphs: []int{},
			Parts: partSlab[len(partSlab)-len(q.parts) : len(partSlab) : len(partSlab)]}
		if out.Location == LocBody {
			paraSlab = append(paraSlab, fields[q.firstField()].para, fields[q.lastField()].para)
			out.Paragraphs = paraSlab[len(paraSlab)-2 : len(paraSlab) : len(paraSlab)]
		}
		if kind != KindTerm {
			out.SpeakerType = sp.typ
			switch sp.typ {
			case SpeakerPerson:
				if names[sp.person] == "" {
					names[sp.person] = pp.persons[sp.person].name()
				}
				out.Speaker = names[sp.person]
				pp.persons[sp.person].quotes++
			case SpeakerOrganisation:
				out.Speaker = sp.org
			case SpeakerUnnamed:
				out.SpeakerDescription = sp.desc
			}
		}
		quotes = append(quotes, out)
	}
	echoHeadline(quotes, pp)
	// Names may grow after a quote was attributed ("Zelensky" → "Volodymyr
	// Zelensky" is settled in findPeople, so this is only a safeguard).
	people = buildPeople(pp, fields)
	return people, quotes
}
