package eval

import (
	"flag"
	"reflect"
	"testing"
)

// update is accepted so that "go test ./... -update" (which rewrites the
// golden files of other packages) also runs here; this package has none.
var _ = flag.Bool("update", false, "rewrite golden files (none in this package)")

// The want values were computed with Python's difflib, as score.py uses it.
func TestCovered(t *testing.T) {
	tests := []struct {
		gold, pred string
		want       int
	}{
		{"coalition of the willing", "the coalition of the willing talks", 24},
		{"abcxyzabc", "xyzabcabc", 6},
		{"we must not be afraid", "we must not be afraid to pressure", 21},
		{"grateful to all the countries", "tangible progress", 0},
		{"aaaa bbbb aaaa", "bbbb aaaa aaaa bbbb", 9},
		{"héllo wörld", "wörld héllo", 5},
		{"", "x", 0},
	}
	for _, tt := range tests {
		if got := Covered(tt.gold, tt.pred); got != tt.want {
			t.Errorf("Covered(%q, %q) = %d, want %d", tt.gold, tt.pred, got, tt.want)
		}
	}
}

func TestNormText(t *testing.T) {
	if got := NormText("  “They are afraid to even say the word ‘Russian’,”\u00a0 "); got != "they are afraid to even say the word 'russian'," {
		t.Errorf("NormText = %q", got)
	}
}

func TestNormNameAndSpeakers(t *testing.T) {
	if got := NormName("Sir Tony Radakin"); !reflect.DeepEqual(got, []string{"tony", "radakin"}) {
		t.Errorf("NormName = %q", got)
	}
	tests := []struct {
		gold, pred string
		want       bool
	}{
		{"Volodymyr Zelensky", "Mr Volodymyr Zelensky", true},
		{"Number 10", "Downing Street", true},
		{"Tony Radakin", "Tony Luke Radakin", true},
		{"Karsten Warholm", "Warholm", false},
		{"Bridget Brink", "", false},
	}
	for _, tt := range tests {
		if got := SameSpeaker(tt.gold, tt.pred); got != tt.want {
			t.Errorf("SameSpeaker(%q, %q) = %v", tt.gold, tt.pred, got)
		}
	}
}

func TestScore(t *testing.T) {
	golds := []Gold{{File: "a.txt",
		People: []GoldPerson{{Name: "John Healey"}, {Name: "Bridget Brink"}},
		Quotes: []GoldQuote{
			{Text: "coalition of the willing", Kind: "term"},
			{Text: "Horrified that tonight a ballistic missile struck", Speaker: "Bridget Brink", Kind: "speech"},
			{Text: "pressure", Speaker: "Volodymyr Zelensky", Kind: "partial"},
		}}}
	p := &Pred{}
	p.People = append(p.People, struct {
		Name string `json:"name"`
	}{"John Healey"})
	p.Quotes = append(p.Quotes, struct {
		Text    string `json:"text"`
		Speaker string `json:"speaker"`
		Kind    string `json:"kind"`
	}{"coalition of the willing", "", "term"}, struct {
		Text    string `json:"text"`
		Speaker string `json:"speaker"`
		Kind    string `json:"kind"`
	}{"Horrified that tonight a ballistic missile struck near", "Bridget Brink", "speech"})
	r := Score(golds, []*Pred{p})
	if r.QuoteRecall != 0.5 || r.QuotePrecision != 1 || r.SpeakerEndToEnd != 0.5 || r.TermRecall != 1 ||
		r.PeopleRecall != 0.5 || r.PeoplePrecision != 1 {
		t.Errorf("Score = %s", r)
	}
	if len(r.Misses) != 1 {
		t.Errorf("misses = %q, want the missed Zelensky quote", r.Misses)
	}
}
