package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"byline/article"
)

// TestHighlightInsideCluster: a search match or a quote edge inside a
// grapheme cluster must not split it with a style sequence, which would
// make the terminal draw the row wider than it was wrapped (found by
// FuzzRender: "©" inside the emoji sequence "©\u200d👧").
func TestHighlightInsideCluster(t *testing.T) {
	para := "Sign ©\u200d👧 and “cafe\u0301” here, e\u0301 again ©\u200d👧."
	a := &article.Article{Headline: "Clusters", Paragraphs: []string{para},
		Authors: []article.Author{}, Captions: []article.Caption{}, People: []article.Person{}, Quotes: []article.Quote{}}
	// A quote whose span ends between "e" and its combining accent.
	s := strings.Index(para, "cafe")
	q := article.Quote{Text: "cafe", Kind: article.KindSpeech, Location: article.LocBody, Paragraphs: []int{0, 0},
		Parts: []article.Span{{Location: article.LocBody, Para: 0, Start: s, End: s + len("cafe")}}}
	const w = 30
	m := New(a, Config{Path: "c.txt", Theme: "dark"})
	m = send(t, m, tea.WindowSizeMsg{Width: w, Height: 8}, analysedMsg{quotes: []article.Quote{q}})
	m = send(t, m, append(keys("/"), append(typed("©"), keys("enter")...)...)...)
	if len(m.rd.matches) != 2 {
		t.Fatalf("search found %d matches, want 2", len(m.rd.matches))
	}
	for _, query := range []string{"", "e"} { // "e" matches before each accent too
		if query != "" {
			m = send(t, m, append(keys("esc", "/"), append(typed(query), keys("enter")...)...)...)
		}
		v := m.View().Content
		for i, l := range strings.Split(v, "\n") {
			if lw := ansi.StringWidth(l); lw > w {
				t.Errorf("search %q: line %d is %d wide at width %d: %q", query, i+1, lw, w, ansi.Strip(l))
			}
		}
		if !strings.Contains(ansi.Strip(v), "©\u200d👧") || !strings.Contains(ansi.Strip(v), "cafe\u0301") {
			t.Errorf("the clusters are not drawn whole:\n%s", ansi.Strip(v))
		}
	}
}

// TestFitOneRow: fit always returns one row, even for text that keeps a
// newline (a Markdown list item's quote in the Quotes pane; found by
// FuzzRender).
func TestFitOneRow(t *testing.T) {
	for _, s := range []string{"two\nlines", "“a list:\n1. one\n2. two”", "\n", "end\n"} {
		for _, w := range []int{1, 5, 40} {
			if got := fit(s, w); strings.Contains(got, "\n") || ansi.StringWidth(got) != w {
				t.Errorf("fit(%q, %d) = %q", s, w, got)
			}
		}
	}
}
