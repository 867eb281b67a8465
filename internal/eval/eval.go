// Package eval scores byline's quotes, speakers and people against gold
// annotations. It is a port of the shared evaluation script
// (shared/eval/score.py): the same text folding, the same 30% coverage rule
// over difflib-style matching blocks of three characters or more, the same
// speaker folding and the same people matching, so the ratchet test and the
// official scorer agree figure for figure.
package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Gold is one annotated article (shared/eval/GUIDE.md).
type Gold struct {
	File   string       `json:"file"`
	People []GoldPerson `json:"people"`
	Quotes []GoldQuote  `json:"quotes"`
}

// GoldPerson is a named person of a gold file.
type GoldPerson struct {
	Name string `json:"name"`
}

// GoldQuote is a quote of a gold file; Speaker is "" for null.
type GoldQuote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	Kind    string `json:"kind"`
}

// Pred is what byline predicted for one article, as in its --json output.
type Pred struct {
	People []struct {
		Name string `json:"name"`
	} `json:"people"`
	Quotes []struct {
		Text    string `json:"text"`
		Speaker string `json:"speaker"`
		Kind    string `json:"kind"`
	} `json:"quotes"`
}

// LoadGold reads every *.json gold file of dir, sorted by name as score.py does.
func LoadGold(dir string) ([]Gold, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("list gold %q: %w", dir, err)
	}
	sort.Strings(names)
	var out []Gold
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("read gold %q: %w", n, err)
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("parse gold %q: %w", n, err)
		}
		if g.File == "" {
			continue // not a gold file (floor.json and the like)
		}
		out = append(out, g)
	}
	return out, nil
}

// Result holds the figures score.py prints.
type Result struct {
	Articles               int     `json:"articles"`
	QuotesGold             int     `json:"quotes_gold"`
	QuoteRecall            float64 `json:"quote_recall"`
	QuoteRecall80          float64 `json:"quote_recall_80"`
	QuotePrecision         float64 `json:"quote_precision"`
	QuoteF1                float64 `json:"quote_f1"`
	SpeakerAccuracyOnFound float64 `json:"speaker_accuracy_on_found"`
	SpeakerEndToEnd        float64 `json:"speaker_end_to_end"`
	SpeakerSurnameOnFound  float64 `json:"speaker_surname_on_found"`
	TermRecall             float64 `json:"term_recall"`
	TermPrecision          float64 `json:"term_precision"`
	PeopleRecall           float64 `json:"people_recall"`
	PeoplePrecision        float64 `json:"people_precision"`
	PeopleF1               float64 `json:"people_f1"`
	// Misses lists every miss, as score.py --verbose does.
	Misses []string `json:"-"`
}

var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true,
	"dame": true, "lord": true, "lady": true, "prof": true, "professor": true, "rev": true, "the": true,
	"president": true, "admiral": true, "general": true, "gen": true, "judge": true, "justice": true, "baroness": true}

var sameSpeaker = []map[string]bool{{"number 10": true, "no 10": true, "downing street": true, "number ten": true,
	"10 downing street": true}}

// NormText folds a quote's text as score.py's norm_text does: NFKC, curly
// marks to straight, white space runs to one space, lower case, and outer
// spaces and marks stripped.
func NormText(s string) string {
	s = norm.NFKC.String(s)
	s = strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`, "\u00a0", " ").Replace(s)
	s = strings.Join(strings.FieldsFunc(s, isPySpace), " ")
	s = strings.ToLower(s)
	return strings.Trim(s, ` "'`)
}

// isPySpace is Python's str.isspace / regex \s for the characters news text holds.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\x1c' || r == '\x1d' || r == '\x1e' || r == '\x1f'
}

// NormName folds a name into its words without honorifics, as norm_name does.
func NormName(s string) []string {
	s = NormText(s)
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || isPySpace(r) || r == '-' || unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		} else {
			b.WriteByte(' ')
		}
	}
	toks := strings.Fields(b.String())
	for len(toks) > 0 && honorifics[toks[0]] {
		toks = toks[1:]
	}
	return toks
}

// SameSpeaker reports whether two speaker names are the same canonical speaker.
func SameSpeaker(gold, pred string) bool {
	if gold == "" || pred == "" {
		return false
	}
	g, p := strings.Join(NormName(gold), " "), strings.Join(NormName(pred), " ")
	if g == p {
		return true
	}
	for _, group := range sameSpeaker {
		if group[g] && group[p] {
			return true
		}
	}
	gt, pt := strings.Fields(g), strings.Fields(p)
	if len(gt) >= 2 && len(pt) >= 2 {
		return gt[0] == pt[0] && gt[len(gt)-1] == pt[len(pt)-1]
	}
	return false
}

func surnameSpeaker(gold, pred string) bool {
	gt, pt := NormName(gold), NormName(pred)
	return len(gt) > 0 && len(pt) > 0 && gt[len(gt)-1] == pt[len(pt)-1]
}

// Covered returns how many characters of gold are covered by pred: the sum
// of difflib.SequenceMatcher(None, gold, pred, autojunk=False) matching
// blocks of size three or more.
func Covered(gold, pred string) int {
	if gold == "" || pred == "" {
		return 0
	}
	n := 0
	for _, b := range matchingBlocks([]rune(gold), []rune(pred)) {
		if b[2] >= 3 {
			n += b[2]
		}
	}
	return n
}

// matchingBlocks is difflib's get_matching_blocks without junk: the longest
// match of a[alo:ahi] and b[blo:bhi] (earliest in a, then in b, on ties),
// then the same on each side of it.
func matchingBlocks(a, b []rune) [][3]int {
	b2j := map[rune][]int{}
	for j, r := range b {
		b2j[r] = append(b2j[r], j)
	}
	type rng struct{ alo, ahi, blo, bhi int }
	queue := []rng{{0, len(a), 0, len(b)}}
	var blocks [][3]int
	j2len := map[int]int{}
	for len(queue) > 0 {
		r := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		i, j, k := longestMatch(a, b2j, r.alo, r.ahi, r.blo, r.bhi, j2len)
		if k > 0 {
			blocks = append(blocks, [3]int{i, j, k})
			if r.alo < i && r.blo < j {
				queue = append(queue, rng{r.alo, i, r.blo, j})
			}
			if i+k < r.ahi && j+k < r.bhi {
				queue = append(queue, rng{i + k, r.ahi, j + k, r.bhi})
			}
		}
	}
	sort.Slice(blocks, func(x, y int) bool {
		if blocks[x][0] != blocks[y][0] {
			return blocks[x][0] < blocks[y][0]
		}
		return blocks[x][1] < blocks[y][1]
	})
	// merge adjacent blocks, as difflib does (sizes only add up, so the
	// coverage sum changes only where two short blocks join into one ≥ 3)
	var out [][3]int
	for _, bl := range blocks {
		if n := len(out); n > 0 && out[n-1][0]+out[n-1][2] == bl[0] && out[n-1][1]+out[n-1][2] == bl[1] {
			out[n-1][2] += bl[2]
			continue
		}
		out = append(out, bl)
	}
	return out
}

func longestMatch(a []rune, b2j map[rune][]int, alo, ahi, blo, bhi int, _ map[int]int) (int, int, int) {
	besti, bestj, bestsize := alo, blo, 0
	j2len := map[int]int{}
	for i := alo; i < ahi; i++ {
		newj2len := map[int]int{}
		for _, j := range b2j[a[i]] {
			if j < blo {
				continue
			}
			if j >= bhi {
				break
			}
			k := j2len[j-1] + 1
			newj2len[j] = k
			if k > bestsize {
				besti, bestj, bestsize = i-k+1, j-k+1, k
			}
		}
		j2len = newj2len
	}
	return besti, bestj, bestsize
}

// Score compares predictions with gold, article by article (preds[i] is the
// prediction for golds[i]; nil when the reader failed on it).
func Score(golds []Gold, preds []*Pred) Result {
	var t struct {
		gold, found30, found80, pred, predOK, spkGold, spkOK, spkSurname, spkOnFound int
		termsGold, termsOK, termsPred, termsPredOK, peopleGold, peoplePred, peopleOK int
	}
	var res Result
	for ai, g := range golds {
		res.Articles++
		p := preds[ai]
		if p == nil {
			res.Misses = append(res.Misses, g.File+": reader error")
			p = &Pred{}
		}
		type pq struct {
			text, speaker, kind string
		}
		var speech, terms []pq
		for _, q := range p.Quotes {
			if q.Kind != "term" {
				speech = append(speech, pq{NormText(q.Text), q.Speaker, q.Kind})
			} else {
				terms = append(terms, pq{NormText(q.Text), q.Speaker, q.Kind})
			}
		}
		var gterms []GoldQuote
		goldCovOfPred := make([]int, len(speech))
		for _, gq := range g.Quotes {
			if gq.Kind == "term" {
				gterms = append(gterms, gq)
				continue
			}
			gt := NormText(gq.Text)
			t.gold++
			best, bestI := 0.0, -1
			for i, s := range speech {
				c := Covered(gt, s.text)
				goldCovOfPred[i] += c
				r := float64(c) / float64(max(1, runeLen(gt)))
				if r > best {
					best, bestI = r, i
				}
			}
			found := best >= 0.3
			if found {
				t.found30++
			}
			if best >= 0.8 {
				t.found80++
			}
			if gq.Speaker != "" {
				t.spkGold++
				predSpk := ""
				if found {
					predSpk = speech[bestI].speaker
				}
				ok := found && SameSpeaker(gq.Speaker, predSpk)
				if ok {
					t.spkOK++
				}
				if found {
					t.spkOnFound++
					if surnameSpeaker(gq.Speaker, predSpk) {
						t.spkSurname++
					}
				}
				if !ok {
					state := "MISSED"
					if found {
						state = "found"
					}
					res.Misses = append(res.Misses, fmt.Sprintf("%s: %s | gold=%s pred=%s | %.60s", g.File, state, gq.Speaker, predSpk, gq.Text))
				}
			} else if !found {
				res.Misses = append(res.Misses, fmt.Sprintf("%s: MISSED (no speaker) | %.60s", g.File, gq.Text))
			}
		}
		for i, s := range speech {
			t.pred++
			if float64(goldCovOfPred[i])/float64(max(1, runeLen(s.text))) >= 0.3 {
				t.predOK++
			} else {
				res.Misses = append(res.Misses, fmt.Sprintf("%s: EXTRA %s | %.60s", g.File, s.kind, s.text))
			}
		}
		for _, gq := range gterms {
			t.termsGold++
			gt := NormText(gq.Text)
			for _, s := range terms {
				if float64(Covered(gt, s.text))/float64(max(1, runeLen(gt))) >= 0.8 {
					t.termsOK++
					break
				}
			}
		}
		for _, s := range terms {
			t.termsPred++
			for _, gq := range gterms {
				if float64(Covered(NormText(gq.Text), s.text))/float64(max(1, runeLen(s.text))) >= 0.8 {
					t.termsPredOK++
					break
				}
			}
		}
		var gnames, pnames [][]string
		for _, gp := range g.People {
			gnames = append(gnames, NormName(gp.Name))
		}
		for _, pp := range p.People {
			pnames = append(pnames, NormName(pp.Name))
		}
		t.peopleGold += len(gnames)
		t.peoplePred += len(pnames)
		for _, gn := range gnames {
			for _, pn := range pnames {
				if peopleMatch(gn, pn) {
					t.peopleOK++
					break
				}
			}
		}
	}
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	f1 := func(r, p float64) float64 {
		if r+p == 0 {
			return 0
		}
		return 2 * r * p / (r + p)
	}
	res.QuotesGold = t.gold
	res.QuoteRecall, res.QuotePrecision = ratio(t.found30, t.gold), ratio(t.predOK, t.pred)
	res.QuoteRecall80 = ratio(t.found80, t.gold)
	res.QuoteF1 = f1(res.QuoteRecall, res.QuotePrecision)
	res.SpeakerAccuracyOnFound = ratio(t.spkOK, t.spkOnFound)
	res.SpeakerEndToEnd = ratio(t.spkOK, t.spkGold)
	res.SpeakerSurnameOnFound = ratio(t.spkSurname, t.spkOnFound)
	res.TermRecall, res.TermPrecision = ratio(t.termsOK, t.termsGold), ratio(t.termsPredOK, t.termsPred)
	res.PeopleRecall, res.PeoplePrecision = ratio(t.peopleOK, t.peopleGold), ratio(t.peopleOK, t.peoplePred)
	res.PeopleF1 = f1(res.PeopleRecall, res.PeoplePrecision)
	return res
}

func peopleMatch(a, b []string) bool {
	return len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] && (len(a) < 2 || len(b) < 2 || a[0] == b[0])
}

func runeLen(s string) int { return len([]rune(s)) }

// String prints the figures in score.py's order and format.
func (r Result) String() string {
	return fmt.Sprintf("articles=%d quotes_gold=%d quote_recall=%.3f quote_recall_80=%.3f quote_precision=%.3f quote_f1=%.3f "+
		"speaker_accuracy_on_found=%.3f speaker_end_to_end=%.3f speaker_surname_on_found=%.3f term_recall=%.3f "+
		"term_precision=%.3f people_recall=%.3f people_precision=%.3f people_f1=%.3f",
		r.Articles, r.QuotesGold, r.QuoteRecall, r.QuoteRecall80, r.QuotePrecision, r.QuoteF1, r.SpeakerAccuracyOnFound,
		r.SpeakerEndToEnd, r.SpeakerSurnameOnFound, r.TermRecall, r.TermPrecision, r.PeopleRecall, r.PeoplePrecision,
		r.PeopleF1)
}
