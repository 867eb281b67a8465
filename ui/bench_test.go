package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"byline/article"
	"byline/internal/testtext"
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

// benchCases are the articles every reader benchmark runs on: text at 4 KB,
// 1 MB and 10 MB, and Markdown (each block rendered with glamour when it
// comes on screen) at 4 KB and 1 MB. Budget (issue #5): the 10 MB cost of a
// key or a resize within 2x of the 4 KB cost.
var benchCases = []struct {
	name    string
	article func(testing.TB) *article.Article
}{
	{"4KB", func(tb testing.TB) *article.Article { return bigArticle(tb, 4<<10) }},
	{"1MB", func(tb testing.TB) *article.Article { return bigArticle(tb, 1<<20) }},
	{"10MB", func(tb testing.TB) *article.Article { return bigArticle(tb, 10<<20) }},
	{"markdown-4KB", func(tb testing.TB) *article.Article { return bigMarkdown(tb, 4<<10) }},
	{"markdown-1MB", func(tb testing.TB) *article.Article { return bigMarkdown(tb, 1<<20) }},
}

// benchModel is the reader on a, sized 120x40 and analysed.
func benchModel(b *testing.B, a *article.Article) Model {
	m := New(a, Config{Theme: "dark"})
	return send(b, m, tea.WindowSizeMsg{Width: 120, Height: 40}, analysedMsg{})
}

func update(m Model, msg tea.Msg) Model {
	next, _ := m.Update(msg)
	return next.(Model)
}

// benchEach runs body as a sub-benchmark on every case's reader.
func benchEach(b *testing.B, body func(b *testing.B, m Model)) {
	for _, c := range benchCases {
		b.Run(c.name, func(b *testing.B) { body(b, benchModel(b, c.article(b))) })
	}
}

// BenchmarkKeyJ is one `j` press and the frame it draws.
func BenchmarkKeyJ(b *testing.B) {
	benchEach(b, func(b *testing.B, m Model) {
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

// BenchmarkKeyG is one `G` press (wrapping backwards from the end, the
// end-of-document position not cached) and its frame.
func BenchmarkKeyG(b *testing.B) {
	benchEach(b, func(b *testing.B, m Model) {
		g := keys("G")[0]
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			m.rd.top, m.rd.maxTopOK = pos{}, false
			m = update(m, g)
			_ = m.View()
		}
	})
}

// BenchmarkResize is one window resize (alternating two sizes, so the
// screen's paragraphs are re-wrapped each time) and its frame.
func BenchmarkResize(b *testing.B) {
	benchEach(b, func(b *testing.B, m Model) {
		m.rd.top = pos{block: len(m.rd.blocks) / 2}
		msgs := []tea.Msg{tea.WindowSizeMsg{Width: 100, Height: 30}, tea.WindowSizeMsg{Width: 120, Height: 40}}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			m = update(m, msgs[i%2])
			_ = m.View()
		}
	})
}

// BenchmarkOpen is New and the first frame: the one cost that grows with
// the document (the block index), paid once.
func BenchmarkOpen(b *testing.B) {
	for _, c := range benchCases {
		b.Run(c.name, func(b *testing.B) {
			a := c.article(b)
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
	benchEach(b, func(b *testing.B, m Model) {
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			_ = findAll("kyiv", m.rd.texts)
		}
	})
}

// BenchmarkFirstFrame is what the reader's first frame waits for once main
// has the file's bytes, as main does it: the head of a long text file
// (article.ParseHead) or else the whole structure parsed, then New, the
// window size and the first View. The whole parse of a long file runs
// after it, in a Cmd (see Config.Full). Sizes as bench/run's articles.
func BenchmarkFirstFrame(b *testing.B) {
	for _, c := range []struct {
		name string
		size int
	}{{"4KB", 4 << 10}, {"100KB", 100 << 10}, {"1MB", 1 << 20}, {"10MB", 10 << 20}} {
		src := testtext.Long(b, c.size)[:c.size]
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for i := 0; i < b.N; i++ {
				a := article.ParseHead("a.txt", src, "")
				var full func() (*article.Article, error)
				if a == nil {
					var err error
					if a, err = article.ParseStructure("a.txt", src); err != nil {
						b.Fatal(err)
					}
				} else {
					full = func() (*article.Article, error) { return article.ParseStructure("a.txt", src) }
				}
				m := New(a, Config{Theme: "dark", Full: full})
				m = update(m, tea.WindowSizeMsg{Width: 120, Height: 40})
				if v := m.View(); !strings.Contains(v.Content, "coalition") {
					b.Fatal("no headline in the first frame")
				}
			}
		})
	}
}
