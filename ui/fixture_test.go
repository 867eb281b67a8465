package ui

import (
	"encoding/json"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"byline/article"
)

const seedPath = "../testdata/articles/000_7c48c41d9fa76df0.txt"

// seedArticle is the seed parsed by article.ParseStructure (the reader's
// input), checked against the shape issue #3 pins for it, so a parser
// change shows here as a clear failure rather than as odd goldens.
func seedArticle(tb testing.TB) *article.Article {
	tb.Helper()
	src, err := os.ReadFile(seedPath)
	if err != nil {
		tb.Fatal(err)
	}
	a, err := article.ParseStructure("000_7c48c41d9fa76df0.txt", src)
	if err != nil {
		tb.Fatal(err)
	}
	if a.Publication != "Express & Star" || len(a.Paragraphs) != 19 || len(a.Captions) != 2 ||
		len(a.Authors) != 1 || a.Authors[0].Name != "Caitlin Doherty" {
		tb.Fatalf("ParseStructure reads the seed as %q, %d paragraphs, %d captions, authors %v; issue #3 pins "+
			"Express & Star, 19, 2, Caitlin Doherty", a.Publication, len(a.Paragraphs), len(a.Captions), a.Authors)
	}
	return a
}

type goldFile struct {
	People []struct {
		Name string  `json:"name"`
		Role *string `json:"role"`
	} `json:"people"`
	Quotes []struct {
		Text        string  `json:"text"`
		Speaker     *string `json:"speaker"`
		SpeakerType *string `json:"speaker_type"`
		Kind        string  `json:"kind"`
	} `json:"quotes"`
}

// seedAnalysis is the seed's people and quotes from the gold annotation,
// with Parts and Spans found in the text, standing in for article.Attribute
// so that the reader's tests pin the reader's behaviour, not the
// attribution's accuracy (which has its own tests and ratchet).
func seedAnalysis(tb testing.TB, a *article.Article) analysedMsg {
	tb.Helper()
	b, err := os.ReadFile("../testdata/gold/000_7c48c41d9fa76df0.json")
	if err != nil {
		tb.Fatal(err)
	}
	var g goldFile
	if err := json.Unmarshal(b, &g); err != nil {
		tb.Fatal(err)
	}
	type loc struct {
		name string
		para int
		text string
	}
	locs := []loc{{article.LocHeadline, 0, a.Headline}, {article.LocStandfirst, 0, a.Standfirst}}
	for i, p := range a.Paragraphs {
		locs = append(locs, loc{article.LocBody, i, p})
	}
	li, off := 0, 0 // search cursor: quotes come in document order
	var quotes []article.Quote
	for _, gq := range g.Quotes {
		q := article.Quote{Text: gq.Text, Kind: gq.Kind}
		if gq.Speaker != nil {
			q.Speaker = *gq.Speaker
		}
		if gq.SpeakerType != nil {
			q.SpeakerType = *gq.SpeakerType
		}
		rest := gq.Text
		for rest != "" && li < len(locs) {
			// The longest prefix of what is left (at a word end) found in
			// this location is the next part.
			found := false
			for k := len(rest); k > 0; k-- {
				if k < len(rest) && rest[k] != ' ' {
					continue
				}
				// The text has no-break spaces where the gold has spaces.
				re := regexp.MustCompile(strings.ReplaceAll(regexp.QuoteMeta(rest[:k]), " ", "[ \u00a0]"))
				if loc := re.FindStringIndex(locs[li].text[off:]); loc != nil {
					s, e := off+loc[0], off+loc[1]
					q.Parts = append(q.Parts, article.Span{Location: locs[li].name, Para: locs[li].para, Start: s, End: e})
					off = e
					rest = strings.TrimSpace(rest[k:])
					found = true
					break
				}
			}
			if !found || rest != "" {
				li, off = li+1, 0
			}
		}
		if rest != "" || len(q.Parts) == 0 {
			tb.Fatalf("gold quote %.30q not found in the seed", gq.Text)
		}
		q.Location = q.Parts[0].Location
		if q.Location == article.LocBody {
			q.Paragraphs = []int{q.Parts[0].Para, q.Parts[len(q.Parts)-1].Para}
		} else {
			q.Paragraphs = []int{}
		}
		quotes = append(quotes, q)
	}
	var people []article.Person
	for _, gp := range g.People {
		p := article.Person{Name: gp.Name, Aliases: []string{}}
		if gp.Role != nil {
			p.Role = *gp.Role
		}
		last := gp.Name[strings.LastIndex(gp.Name, " ")+1:]
		for i, para := range a.Paragraphs {
			for off := 0; ; {
				j := strings.Index(para[off:], last)
				if j < 0 {
					break
				}
				p.Spans = append(p.Spans, article.Span{Location: article.LocBody, Para: i, Start: off + j, End: off + j + len(last)})
				off += j + len(last)
			}
		}
		p.Mentions = len(p.Spans)
		for _, q := range quotes {
			if q.Speaker == p.Name && q.Kind != article.KindTerm {
				p.Quotes++
			}
		}
		people = append(people, p)
	}
	return analysedMsg{people: people, quotes: quotes}
}

// newSeed returns the reader on the seed at w×h, analysed with the gold
// quotes.
func newSeed(tb testing.TB, w, h int, cfg Config) Model {
	tb.Helper()
	a := seedArticle(tb)
	if cfg.Path == "" {
		cfg.Path = seedPath
	}
	m := New(a, cfg)
	m = send(tb, m, tea.WindowSizeMsg{Width: w, Height: h}, seedAnalysis(tb, a))
	return m
}

// send feeds messages to the reader, then runs the Cmds they return (and the
// messages those produce) the way the program would, except that a Cmd that
// does not return within 50ms (a tea.Tick, a cursor blink) is dropped.
func send(tb testing.TB, m Model, msgs ...tea.Msg) Model {
	tb.Helper()
	return drive(tb, m, msgs...)
}

// drive is send's loop for any of the package's models (the reader, the
// library).
func drive[M tea.Model](tb testing.TB, m M, msgs ...tea.Msg) M {
	tb.Helper()
	queue := append([]tea.Msg(nil), msgs...)
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 1000 {
			tb.Fatal("message loop does not settle")
		}
		next, cmd := m.Update(queue[0])
		queue = queue[1:]
		m = next.(M)
		queue = append(queue, runCmd(cmd)...)
	}
	return m
}

func runCmd(c tea.Cmd) []tea.Msg {
	if c == nil {
		return nil
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- c() }()
	select {
	case msg := <-ch:
		if msg == nil {
			return nil
		}
		// tea.Batch and tea.Sequence results: run their Cmds in order.
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
			var out []tea.Msg
			for i := 0; i < v.Len(); i++ {
				out = append(out, runCmd(v.Index(i).Interface().(tea.Cmd))...)
			}
			return out
		}
		return []tea.Msg{msg}
	case <-time.After(50 * time.Millisecond):
		return nil
	}
}

// keys turns key names into key presses: "j", "enter", "esc", "tab",
// "shift+tab", "space", "pgdown", "ctrl+c", "up", "down", "home", "end".
func keys(names ...string) []tea.Msg {
	special := map[string]tea.KeyPressMsg{
		"enter":     {Code: tea.KeyEnter},
		"esc":       {Code: tea.KeyEscape},
		"tab":       {Code: tea.KeyTab},
		"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift},
		"space":     {Code: tea.KeySpace, Text: " "},
		"pgdown":    {Code: tea.KeyPgDown},
		"pgup":      {Code: tea.KeyPgUp},
		"up":        {Code: tea.KeyUp},
		"down":      {Code: tea.KeyDown},
		"home":      {Code: tea.KeyHome},
		"end":       {Code: tea.KeyEnd},
		"backspace": {Code: tea.KeyBackspace},
		"ctrl+c":    {Code: 'c', Mod: tea.ModCtrl},
	}
	var out []tea.Msg
	for _, n := range names {
		if k, ok := special[n]; ok {
			out = append(out, k)
			continue
		}
		r := []rune(n)[0]
		out = append(out, tea.KeyPressMsg{Code: r, Text: n})
	}
	return out
}

// typed turns text into one key press per character.
func typed(s string) []tea.Msg {
	var out []tea.Msg
	for _, r := range s {
		out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return out
}

func press(tb testing.TB, m Model, names ...string) Model {
	tb.Helper()
	return send(tb, m, keys(names...)...)
}

// screen is the view with styling stripped.
func screen(m Model) string {
	return ansi.Strip(m.View().Content)
}
