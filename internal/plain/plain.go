// Package plain renders an article as plain text for a pipe or a file: what
// `byline FILE | cat` prints. The output has no escape sequences and no
// colour, whatever the article holds, and lines no wider than the width asked
// for (in terminal cells, so wide characters count double).
package plain

import (
	"bufio"
	"io"
	"strings"

	"byline/article"

	"github.com/charmbracelet/x/ansi"
)

// MinWidth is the narrowest width Render wraps to; a narrower request is
// raised to it so that words stay readable.
const MinWidth = 20

// Render writes a as plain text wrapped at width cells: the headline, the
// standfirst, the byline, the publication and date, then the paragraphs, each
// caption marked where its picture stands, as
//
//	[Picture: Defence Secretary John Healey (PA)]
//
// Blocks are separated by one blank line. Every string goes through
// article.Clean first, so no escape sequence can reach the output even from
// a model that was built by hand.
func Render(w io.Writer, a *article.Article, width int) error {
	width = max(width, MinWidth)
	bw := bufio.NewWriter(w)
	r := renderer{w: bw, width: width}
	r.block(a.Headline)
	r.block(a.Standfirst)
	r.meta(article.BylineText(a.Authors), joinNonEmpty(" · ", a.Publication, dateLine(a)))
	next := 0
	for i, p := range a.Paragraphs {
		for next < len(a.Captions) && a.Captions[next].Paragraph <= i {
			r.block(caption(a.Captions[next]))
			next++
		}
		r.block(p)
	}
	for ; next < len(a.Captions); next++ {
		r.block(caption(a.Captions[next]))
	}
	return bw.Flush()
}

type renderer struct {
	w       *bufio.Writer
	width   int
	started bool
}

// block writes s wrapped, after a blank line unless it is the first.
func (r *renderer) block(s string) {
	s = article.Clean(s)
	if strings.TrimSpace(s) == "" {
		return
	}
	if r.started {
		r.w.WriteByte('\n')
	}
	r.started = true
	r.w.WriteString(ansi.Wrap(s, r.width, ""))
	r.w.WriteByte('\n')
}

// meta writes the byline and date lines as one block.
func (r *renderer) meta(lines ...string) {
	var kept []string
	for _, l := range lines {
		if l = article.Clean(l); l != "" {
			kept = append(kept, ansi.Wrap(l, r.width, ""))
		}
	}
	if len(kept) == 0 {
		return
	}
	if r.started {
		r.w.WriteByte('\n')
	}
	r.started = true
	r.w.WriteString(strings.Join(kept, "\n"))
	r.w.WriteByte('\n')
}

// dateLine is the date as the article wrote it, or the machine date when
// only that is known.
func dateLine(a *article.Article) string {
	if a.PublishedText != "" {
		return a.PublishedText
	}
	return a.Published
}

func caption(c article.Caption) string {
	text := c.Text
	if c.Credit != "" {
		text = joinNonEmpty(" ", text, "("+c.Credit+")")
	}
	return "[Picture: " + text + "]"
}

func joinNonEmpty(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}
