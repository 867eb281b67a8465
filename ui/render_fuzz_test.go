package ui

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"byline/article"
	"byline/internal/termcheck"
)

// fuzzKeys are the keys FuzzRender presses, one per byte of its key string:
// every binding of the reader, and typed text for search and the picker.
var fuzzKeys = keys("j", "k", "space", "b", "d", "u", "g", "G", "/", "n", "N", "enter", "esc",
	"tab", "shift+tab", "1", "2", "3", "h", "l", "0", "s", "]", "[", "t", "?", "a", "e", "“", "中", "pgdown", "backspace")

// FuzzRender draws arbitrary article text in the reader at arbitrary sizes
// after arbitrary keys and checks the exact screen string: the reader's own
// SGR styling is the only escape sequence in it (termcheck.Styled: no other
// CSI, no OSC, DCS or APC, no C0 or C1 control, no bidi control), every line
// fits the width (ansi.StringWidth) and there are no more lines than rows.
//
// The bytes become an article the way main makes one, by
// article.ParseStructure, or, when they are not an article, by hand from
// their cleaned lines (so the view is always fuzzed); the quotes are those
// article.Attribute finds plus one made-up quote per paragraph, so that
// quote styling and highlights are drawn over arbitrary text too.
func FuzzRender(f *testing.F) {
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	hostile, _ := filepath.Glob("../testdata/hostile/*.*")
	markdown, _ := filepath.Glob("../testdata/markdown/*.md")
	files = append(append(files[:min(len(files), 6)], hostile...), markdown...)
	for i, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, uint8(i*37), uint8(i*11), "jG1s\x00]")
		}
	}
	f.Add([]byte("中文標題\n\n全角の文章です。“引用”と彼は言った。👍🏽👨‍👩‍👧 e\u0301\u0301\u0301"), uint8(9), uint8(4), "jjG/中\x01")
	f.Add([]byte("H\n\n"+strings.Repeat("x", 500)), uint8(0), uint8(0), "")
	f.Fuzz(func(t *testing.T, src []byte, w, h uint8, keyBytes string) {
		width, height := 1+int(w)%240, 1+int(h)%70
		name := "fuzz.txt" // the format from the content, else…
		if w%2 == 1 {
			name = "fuzz.md" // …Markdown, rendered by glamour
		}
		a := fuzzArticle(name, src)
		m := New(a, Config{Path: "fuzz.txt", Theme: "dark"})
		people, quotes := article.Attribute(a)
		quotes = append(quotes, madeUpQuotes(a)...)
		m = fuzzSend(t, m, tea.WindowSizeMsg{Width: width, Height: height}, analysedMsg{people: people, quotes: quotes})
		checkFuzzView(t, m, width, height, "open")
		for i := 0; i < len(keyBytes) && i < 24; i++ {
			k := fuzzKeys[int(keyBytes[i])%len(fuzzKeys)]
			m = fuzzSend(t, m, k)
			checkFuzzView(t, m, width, height, k.(tea.KeyPressMsg).String())
		}
		// And once more after a resize, which re-wraps what is on screen.
		w2, h2 := 1+int(w/3+h)%200, 1+int(h/2+w)%60
		m = fuzzSend(t, m, tea.WindowSizeMsg{Width: w2, Height: h2})
		checkFuzzView(t, m, w2, h2, "resize")
	})
}

// fuzzSend is send for the fuzzer: it runs at once the Cmds that compute
// (the reader's own, such as a search, and tea.Batch and tea.Sequence
// around them) and drops the timers (a highlight's tea.Tick, a cursor
// blink), known by their function's package, so that no input waits.
func fuzzSend(t *testing.T, m Model, msgs ...tea.Msg) Model {
	t.Helper()
	for steps := 0; len(msgs) > 0; steps++ {
		if steps > 1000 {
			t.Fatal("message loop does not settle")
		}
		next, cmd := m.Update(msgs[0])
		m = next.(Model)
		msgs = append(msgs[1:], runComputing(cmd)...)
	}
	return m
}

func runComputing(c tea.Cmd) []tea.Msg {
	if c == nil {
		return nil
	}
	name := runtime.FuncForPC(reflect.ValueOf(c).Pointer()).Name()
	if !strings.HasPrefix(name, "byline/") && !strings.HasPrefix(name, "charm.land/bubbletea/v2.compactCmds") {
		return nil
	}
	msg := c()
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
		var out []tea.Msg
		for i := range v.Len() {
			out = append(out, runComputing(v.Index(i).Interface().(tea.Cmd))...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}

// fuzzArticle is the reader's input for arbitrary bytes read as name: the parsed
// structure, or, when src is not an article, its cleaned lines as
// paragraphs under the first as headline.
func fuzzArticle(name string, src []byte) *article.Article {
	if a, err := article.ParseStructure(name, src); err == nil {
		return a
	}
	a := &article.Article{Source: "fuzz.txt", Format: "text", Authors: []article.Author{}, Paragraphs: []string{},
		Captions: []article.Caption{}, People: []article.Person{}, Quotes: []article.Quote{}}
	for i, line := range strings.Split(article.Clean(string(src)), "\n") {
		if line = strings.TrimSpace(line); i == 0 {
			a.Headline = line
		} else if line != "" {
			a.Paragraphs = append(a.Paragraphs, line)
		}
	}
	return a
}

// madeUpQuotes gives each paragraph a quote over its middle half, cut at
// rune boundaries as a real span is, attributed to one speaker.
func madeUpQuotes(a *article.Article) []article.Quote {
	var qs []article.Quote
	for i, p := range a.Paragraphs {
		s, e := runeStart(p, len(p)/4), runeStart(p, len(p)*3/4)
		if s >= e {
			continue
		}
		qs = append(qs, article.Quote{Text: p[s:e], Speaker: "Fuzz Speaker", Kind: article.KindSpeech,
			Location: article.LocBody, Paragraphs: []int{i, i},
			Parts: []article.Span{{Location: article.LocBody, Para: i, Start: s, End: e}}})
	}
	return qs
}

func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

func checkFuzzView(t *testing.T, m Model, w, h int, after string) {
	t.Helper()
	v := m.View().Content
	if err := termcheck.Check(v, termcheck.Reader); err != nil {
		t.Fatalf("view at %dx%d after %s: %v", w, h, after, err)
	}
	lines := strings.Split(v, "\n")
	if len(lines) > h {
		t.Fatalf("view at %dx%d after %s has %d lines:\n%s", w, h, after, len(lines), ansi.Strip(v))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Fatalf("view at %dx%d after %s: line %d is %d wide: %q", w, h, after, i+1, lw, ansi.Strip(l))
		}
	}
}
