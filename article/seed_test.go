package article_test

import (
	"encoding/json"
	"os"
	"testing"

	"byline/article"
	"byline/internal/eval"
)

// TestSeedAttribution pins the acceptance of issue 4 on the seed article:
// every speech and partial quote with its speaker, the terms, and the ten
// people with their roles.
func TestSeedAttribution(t *testing.T) {
	const name = "000_7c48c41d9fa76df0"
	src, err := os.ReadFile("../testdata/articles/" + name + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parse(name+".txt", src)
	if err != nil {
		t.Fatal(err)
	}
	// Whole-article figures against the gold file must all be perfect.
	gb, err := os.ReadFile("../testdata/gold/" + name + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var g eval.Gold
	if err := json.Unmarshal(gb, &g); err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(a)
	var p eval.Pred
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatal(err)
	}
	r := eval.Score([]eval.Gold{g}, []*eval.Pred{&p})
	for _, f := range []float64{r.QuoteRecall, r.QuotePrecision, r.SpeakerEndToEnd, r.TermRecall, r.TermPrecision,
		r.PeopleRecall, r.PeoplePrecision} {
		if f != 1 {
			t.Errorf("seed figures not perfect: %s\n%q", r, r.Misses)
			break
		}
	}
	// Every quote in order, with the gold's kind.
	if len(a.Quotes) != len(g.Quotes) {
		t.Errorf("%d quotes, want %d", len(a.Quotes), len(g.Quotes))
	} else {
		for i, q := range a.Quotes {
			if q.Kind != g.Quotes[i].Kind {
				t.Errorf("quote %d %q: kind %s, want %s", i, q.Text, q.Kind, g.Quotes[i].Kind)
			}
		}
	}
	// The four-paragraph Healey quote is one quote.
	var healey, zelensky, number10, brink, terms int
	for _, q := range a.Quotes {
		switch {
		case q.Kind == article.KindTerm:
			if q.Text == "coalition of the willing" {
				terms++
			}
		case q.Speaker == "John Healey":
			healey++
			if q.Paragraphs[1]-q.Paragraphs[0] != 3 || len(q.Parts) != 4 {
				t.Errorf("Healey quote spans paragraphs %v in %d parts, want 4 paragraphs", q.Paragraphs, len(q.Parts))
			}
		case q.Speaker == "Volodymyr Zelensky":
			zelensky++
		case q.Speaker == "Number 10" && q.SpeakerType == article.SpeakerOrganisation:
			number10++
		case q.Speaker == "Bridget Brink":
			brink++
		default:
			t.Errorf("unexpected quote %+v", q)
		}
	}
	if healey != 1 || zelensky != 7 || number10 != 1 || brink != 1 || terms != 3 {
		t.Errorf("healey %d, zelensky %d, number 10 %d, brink %d, terms %d; want 1, 7, 1, 1, 3",
			healey, zelensky, number10, brink, terms)
	}
	roles := map[string]string{"John Healey": "Defence Secretary", "Caitlin Doherty": "Deputy Political Editor",
		"Tony Radakin": "Chief of the Defence Staff", "Bridget Brink": "US ambassador in Kyiv",
		"Andrew Matthews": "photographer", "Volodymyr Zelensky": "", "Vladimir Putin": "", "Donald Trump": "",
		// Only "the Prime Minister and the President" in Number 10's quote,
		// right after the sentence naming Starmer then Macron, gives these.
		"Keir Starmer": "Prime Minister", "Emmanuel Macron": "President"}
	if len(a.People) != len(roles) {
		t.Errorf("%d people, want %d", len(a.People), len(roles))
	}
	for _, p := range a.People {
		want, ok := roles[p.Name]
		if !ok {
			t.Errorf("unexpected person %q", p.Name)
			continue
		}
		if want != "?" && p.Role != want {
			t.Errorf("%s: role %q, want %q", p.Name, p.Role, want)
		}
	}
}
