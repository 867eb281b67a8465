package ui

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"byline/article"
)

// checkFits asserts the view is exactly h rows of at most w cells, and that
// once the reader's own styling is stripped no escape or control character
// is left (so nothing from the file reached the terminal as a sequence).
func checkFits(t *testing.T, m Model, w, h int, what string) {
	t.Helper()
	v := m.View().Content
	rows := strings.Split(v, "\n")
	if len(rows) != h {
		t.Errorf("%s at %dx%d: %d rows", what, w, h, len(rows))
	}
	for i, r := range rows {
		if got := ansi.StringWidth(r); got > w {
			t.Errorf("%s at %dx%d: row %d is %d cells: %q", what, w, h, i, got, ansi.Strip(r))
		}
	}
	for _, r := range ansi.Strip(v) {
		if r == 0x1b || (r < 0x20 && r != '\n') || (r >= 0x7f && r <= 0x9f) || !utf8.ValidRune(r) {
			t.Fatalf("%s at %dx%d: control character %U on screen", what, w, h, r)
		}
	}
}

var sizes = [][2]int{{20, 5}, {1, 1}, {2, 2}, {10, 3}, {24, 10}, {40, 12}, {60, 20}, {80, 24}, {100, 30},
	{109, 30}, {110, 30}, {120, 40}, {160, 45}, {200, 50}, {300, 80}}

func TestEveryRowFits(t *testing.T) {
	for _, sz := range sizes {
		w, h := sz[0], sz[1]
		m := newSeed(t, w, h, Config{})
		checkFits(t, m, w, h, "text")
		checkFits(t, press(t, m, "G"), w, h, "end")
		checkFits(t, press(t, m, "1"), w, h, "quotes")
		checkFits(t, press(t, m, "1", "j", "j"), w, h, "quote selected")
		checkFits(t, press(t, m, "2"), w, h, "people")
		checkFits(t, press(t, m, "3"), w, h, "captions")
		checkFits(t, press(t, m, "s"), w, h, "picker")
		checkFits(t, press(t, m, "?"), w, h, "help")
		checkFits(t, send(t, m, append(keys("/"), typed("Kyiv")...)...), w, h, "search")
		checkFits(t, send(t, m, filterMsg{"Volodymyr Zelensky"}), w, h, "filter")
	}
}

// TestHostileText feeds a model holding every kind of text that could
// break a layout or a terminal: wide CJK, emoji sequences, combining marks,
// a word longer than any line, and (in the path and the search input, which
// are not cleaned by the model) escape sequences.
func TestHostileText(t *testing.T) {
	a := &article.Article{
		Headline:   "日本語の見出しがとても長い場合でも折り返されるべきです👩‍👩‍👧‍👦🇬🇧",
		Standfirst: "Cafe\u0301 na\u0308ive " + strings.Repeat("x", 300),
		Authors:    []article.Author{{Name: "李小龍"}},
		Paragraphs: []string{
			strings.Repeat("中文段落没有空格", 40),
			strings.Repeat("emoji 👍🏽 and flags 🇺🇦 mixed with text ", 20),
			"combining: " + strings.Repeat("a\u0301\u0302\u0303 ", 50),
			"",
		},
		Captions: []article.Caption{{Text: "写真 📷", Credit: "", Paragraph: 1}},
	}
	for _, sz := range sizes {
		w, h := sz[0], sz[1]
		m := New(a, Config{Path: "/tmp/\x1b]0;evil\x07\x1b[31mred\u202e.txt"})
		m = send(t, m, tea.WindowSizeMsg{Width: w, Height: h}, analysedMsg{})
		checkFits(t, m, w, h, "hostile")
		for i := 0; i < 30; i++ {
			m = press(t, m, "j")
		}
		checkFits(t, m, w, h, "hostile scrolled")
		checkFits(t, send(t, m, append(keys("/"), typed("\x1b[2J中")...)...), w, h, "hostile search")
		checkFits(t, press(t, m, "G"), w, h, "hostile end")
	}
	m := send(t, New(a, Config{Path: "a\x1b[31m.txt"}), tea.WindowSizeMsg{Width: 80, Height: 10})
	if s := m.View().Content; strings.Contains(s, "\x1b[31m.txt") {
		t.Error("the path reached the terminal unsanitised")
	}
}

func TestWrapText(t *testing.T) {
	for _, tc := range []struct {
		text  string
		width int
		want  string
	}{
		{"The Defence Secretary", 10, "The|Defence|Secretary"},
		{"The Defence Secretary", 11, "The Defence|Secretary"},
		{"a  b", 1, "a|b"},
		{"abcdefghij", 4, "abcd|efgh|ij"},
		{"long-term plan", 6, "long-|term|plan"},
		{"日本語です", 4, "日本|語で|す"},
		{"e\u0301e\u0301e\u0301", 2, "e\u0301e\u0301|e\u0301"},
		{"👍🏽👍🏽👍🏽", 4, "👍🏽👍🏽|👍🏽"},
		{"", 5, ""},
		{"one\ntwo", 10, "one|two"},
	} {
		var got []string
		for _, l := range wrapText(tc.text, tc.width) {
			got = append(got, tc.text[l.start:l.end])
		}
		if s := strings.Join(got, "|"); s != tc.want {
			t.Errorf("wrapText(%q, %d) = %q, want %q", tc.text, tc.width, s, tc.want)
		}
	}
	// Every line fits, no text is lost, at many widths.
	texts := []string{seedArticle(t).Paragraphs[7], strings.Repeat("中文段落没有空格 ", 30), strings.Repeat("👩‍👩‍👧 a\u0301 ", 30)}
	for _, text := range texts {
		for w := 2; w < 90; w++ {
			var b strings.Builder
			for _, l := range wrapText(text, w) {
				if got := ansi.StringWidth(text[l.start:l.end]); got > w {
					t.Fatalf("width %d: line %q is %d cells", w, text[l.start:l.end], got)
				}
				b.WriteString(text[l.start:l.end])
			}
			if strings.ReplaceAll(b.String(), " ", "") != strings.ReplaceAll(text, " ", "") {
				t.Fatalf("width %d: wrapping lost text", w)
			}
		}
	}
}

// TestGoldenViews pins the seed's screens. The goldens keep the styling
// (golden escapes it in diffs): that is what pins the theme; the
// assertions beside each say what must be on screen whatever the styling.
func TestGoldenViews(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {200, 50}} {
		for _, noColor := range []bool{false, true} {
			name := fmt.Sprintf("%dx%d_dark", sz[0], sz[1])
			if noColor {
				name = fmt.Sprintf("%dx%d_nocolor", sz[0], sz[1])
			}
			t.Run(name, func(t *testing.T) {
				m := newSeed(t, sz[0], sz[1], Config{Theme: "dark", NoColor: noColor, Path: "000_7c48c41d9fa76df0.txt"})
				m = press(t, m, "1") // the Quotes pane open and focused
				v := m.View().Content
				golden.RequireEqual(t, v)
				s := ansi.Strip(v)
				for _, want := range []string{"Express & Star", "Healey to convene next ‘coalition of the willing’",
					"By Caitlin Doherty, Deputy Political Editor", "▣ Defence Secretary John Healey (PA)",
					"1 Quotes", "— John Healey · speech", "000_7c48c41d9fa76df0.txt", "? help"} {
					if !strings.Contains(s, want) {
						t.Errorf("screen lacks %q", want)
					}
				}
				if strings.Contains(s, "Published") {
					t.Error("an empty Published line is shown")
				}
				side := strings.Contains(s, "│ ▸ 1 Quotes")
				if side != (sz[0] >= 110) {
					t.Errorf("pane beside the text = %v at width %d", side, sz[0])
				}
				// The measure is at most 76 columns, centred.
				for _, row := range strings.Split(s, "\n") {
					if i := strings.Index(row, "The Defence Secretary is set"); i >= 0 {
						textW := sz[0]
						if side {
							textW = sz[0] - min(max(sz[0]/3, 32), 44)
						}
						if want := (textW - 76) / 2; i != want {
							t.Errorf("body starts at column %d, want %d (centred)", i, want)
						}
					}
				}
				hasColour := strings.Contains(v, "38;2;") || strings.Contains(v, "48;2;")
				if hasColour == noColor {
					t.Errorf("NO_COLOR %v but colour sequences present = %v", noColor, hasColour)
				}
				if !strings.Contains(v, "\x1b[1m") && !strings.Contains(v, ";1m") && !strings.Contains(v, "[1;") {
					t.Error("the headline is not bold")
				}
			})
		}
	}
}
