package library

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"byline/article"
)

// Ref is one quote of the library: Entries[Entry].Article.Quotes[Quote].
type Ref struct{ Entry, Quote int }

// Speaker is one speaker across the library, their name as the fullest
// article gives it, and every quote attributed to them, in entry order.
type Speaker struct {
	Name   string
	Quotes []Ref
}

// honorifics are dropped from the front of a name before comparing:
// "Mr Healey", "Dr. Jane Smith", "Sir Keir Starmer", "President Zelensky".
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "doctor": true,
	"sir": true, "dame": true, "lord": true, "lady": true, "prof": true, "professor": true,
	"rev": true, "reverend": true, "hon": true, "rt": true, "president": true, "senator": true,
	"sen": true, "rep": true, "gov": true, "governor": true, "general": true, "gen": true,
	"the": true,
}

// suffixes are dropped from the end: "Martin Luther King Jr".
var suffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true}

// nameTokens folds a name for comparison: accents removed, lower case,
// apostrophes and full stops dropped ("O’Brien" → "obrien", "J.K." → "jk"),
// any other punctuation a space, then honorifics and suffixes dropped.
// "Mr. John O’Brien Jr" → [john obrien].
func nameTokens(name string) []string {
	folded, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), name)
	if err != nil {
		folded = name
	}
	folded = strings.Map(func(r rune) rune {
		switch {
		case r == '\'' || r == '’' || r == '.':
			return -1
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return unicode.ToLower(r)
		}
		return ' '
	}, folded)
	toks := strings.Fields(folded)
	for len(toks) > 1 && honorifics[toks[0]] {
		toks = toks[1:]
	}
	for len(toks) > 1 && suffixes[toks[len(toks)-1]] {
		toks = toks[:len(toks)-1]
	}
	return toks
}

// Speakers merges the quote speakers of every entry into one list, most
// quoted first (ties by name). Two speakers are the same when, after
// nameTokens, a person's first and last names are equal ("Mr John Healey",
// "John A. Healey" → "john healey"), or an organisation's whole names are;
// a lone name ("Mr Healey" → "healey") joins the one full name in the
// library with that surname, and stays on its own when there are none or
// several (two different Smiths are not guessed between). The name shown
// is the fullest form any article used.
func Speakers(entries []Entry) []Speaker {
	type use struct {
		name  string
		toks  []string
		width int // tokens in the name, honorifics left out
		ref   Ref
	}
	var uses []use
	surnames := map[string]map[string]bool{} // last name → full keys
	for ei, e := range entries {
		if e.Article == nil {
			continue
		}
		for qi, q := range e.Article.Quotes {
			if q.Speaker == "" || q.Kind == article.KindTerm {
				continue
			}
			toks := nameTokens(q.Speaker)
			if len(toks) == 0 {
				continue
			}
			width := len(toks)
			if q.SpeakerType == article.SpeakerPerson || q.SpeakerType == "" {
				if len(toks) >= 2 {
					toks = []string{toks[0], toks[len(toks)-1]}
					last := toks[1]
					if surnames[last] == nil {
						surnames[last] = map[string]bool{}
					}
					surnames[last][strings.Join(toks, " ")] = true
				}
			}
			uses = append(uses, use{q.Speaker, toks, width, Ref{ei, qi}})
		}
	}
	type group struct {
		sp    Speaker
		width int // tokens in the shown name
	}
	groups := map[string]*group{}
	var order []string
	for _, u := range uses {
		k := strings.Join(u.toks, " ")
		if len(u.toks) == 1 {
			if full := surnames[u.toks[0]]; len(full) == 1 {
				for f := range full {
					k = f
				}
			}
		}
		g := groups[k]
		if g == nil {
			g = &group{}
			groups[k] = g
			order = append(order, k)
		}
		if g.sp.Name == "" || u.width > g.width {
			g.sp.Name, g.width = u.name, u.width
		}
		g.sp.Quotes = append(g.sp.Quotes, u.ref)
	}
	out := make([]Speaker, 0, len(order))
	for _, k := range order {
		out = append(out, groups[k].sp)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].Quotes) != len(out[j].Quotes) {
			return len(out[i].Quotes) > len(out[j].Quotes)
		}
		return out[i].Name < out[j].Name
	})
	return out
}
