package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"byline/article"
)

// bigArticle is an article of at least size bytes made by repeating the
// paragraphs of the real articles in testdata/articles.
func bigArticle(tb testing.TB, size int) *article.Article {
	tb.Helper()
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	var paras []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, p := range strings.Split(string(b), "\n\n") {
			if p = strings.TrimSpace(strings.ReplaceAll(p, "\n", " ")); p != "" {
				paras = append(paras, article.Clean(p))
			}
		}
	}
	a := &article.Article{Headline: "A long article", Captions: []article.Caption{}}
	n := 0
	for i := 0; n < size; i++ {
		p := paras[i%len(paras)]
		a.Paragraphs = append(a.Paragraphs, p)
		n += len(p) + 2
	}
	return a
}

var benchSizes = []struct {
	name string
	size int
}{{"4KB", 4 << 10}, {"1MB", 1 << 20}, {"10MB", 10 << 20}}

func benchModel(b *testing.B, size int) Model {
	a := bigArticle(b, size)
	m := New(a, Config{Theme: "dark"})
	m = send(b, m, tea.WindowSizeMsg{Width: 120, Height: 40}, analysedMsg{})
	return m
}

func update(m Model, msg tea.Msg) Model {
	next, _ := m.Update(msg)
	return next.(Model)
}

// BenchmarkKeyJ is one `j` press and the frame it draws.
func BenchmarkKeyJ(b *testing.B) {
	for _, sz := range benchSizes {
		b.Run(sz.name, func(b *testing.B) {
			m := benchModel(b, sz.size)
			j := keys("j")[0]
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if i%50 == 0 {
					m.rd.top = pos{}
				}
				m = update(m, j)
				_ = m.View()
			}
		})
	}
}

// BenchmarkKeyG is one `G` press (wrapping backwards from the end, the
// end-of-document position not cached) and its frame.
func BenchmarkKeyG(b *testing.B) {
	for _, sz := range benchSizes {
		b.Run(sz.name, func(b *testing.B) {
			m := benchModel(b, sz.size)
			g := keys("G")[0]
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				m.rd.top, m.rd.maxTopOK = pos{}, false
				m = update(m, g)
				_ = m.View()
			}
		})
	}
}

// BenchmarkResize is one window resize (alternating two sizes, so the
// screen's paragraphs are re-wrapped each time) and its frame.
func BenchmarkResize(b *testing.B) {
	for _, sz := range benchSizes {
		b.Run(sz.name, func(b *testing.B) {
			m := benchModel(b, sz.size)
			m.rd.top = pos{block: len(m.rd.blocks) / 2}
			msgs := []tea.Msg{tea.WindowSizeMsg{Width: 100, Height: 30}, tea.WindowSizeMsg{Width: 120, Height: 40}}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				m = update(m, msgs[i%2])
				_ = m.View()
			}
		})
	}
}

// BenchmarkOpen is New and the first frame: the one cost that grows with
// the document (the block index), paid once.
func BenchmarkOpen(b *testing.B) {
	for _, sz := range benchSizes {
		b.Run(sz.name, func(b *testing.B) {
			a := bigArticle(b, sz.size)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				m := New(a, Config{Theme: "dark"})
				m = update(m, tea.WindowSizeMsg{Width: 120, Height: 40})
				_ = m.View()
			}
		})
	}
}

// BenchmarkSearch is the search Cmd over the whole document (it runs off
// the event loop; a key press in the search input only starts it).
func BenchmarkSearch(b *testing.B) {
	for _, sz := range benchSizes {
		b.Run(sz.name, func(b *testing.B) {
			m := benchModel(b, sz.size)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				_ = findAll("kyiv", m.rd.texts)
			}
		})
	}
}
