package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"byline/article"
)

// quotesPane is the Quotes tab: the article's quotes, optionally only one
// speaker's, with terms (scare quotes) hidden unless asked for.
type quotesPane struct {
	quotes    []article.Quote
	visible   []int // indices into quotes, in document order
	hidden    int   // terms left out
	filter    string
	showTerms bool
	analysed  bool
	list      listState
	width     int
	height    int
}

// setQuotes installs the analysis result.
func (p *quotesPane) setQuotes(q []article.Quote) {
	p.quotes, p.analysed = q, true
	p.rebuild()
}

// rebuild recomputes the visible quotes after a change of filter or terms.
func (p *quotesPane) rebuild() {
	p.visible, p.hidden = nil, 0
	for i, q := range p.quotes {
		if p.filter != "" && q.Speaker != p.filter {
			continue
		}
		if q.Kind == article.KindTerm && !p.showTerms {
			p.hidden++
			continue
		}
		p.visible = append(p.visible, i)
	}
	p.list = listState{}
}

func (p *quotesPane) setFilter(speaker string) {
	p.filter = speaker
	p.rebuild()
}

func (p *quotesPane) toggleTerms() {
	sel := p.selected()
	p.showTerms = !p.showTerms
	p.rebuild()
	p.selectQuote(sel)
}

// selected is the index of the quote under the cursor, or -1.
func (p *quotesPane) selected() int {
	if p.list.cursor < len(p.visible) {
		return p.visible[p.list.cursor]
	}
	return -1
}

// selectQuote puts the cursor on quote qi if it is shown.
func (p *quotesPane) selectQuote(qi int) {
	for i, v := range p.visible {
		if v == qi {
			p.list.cursor = i
			return
		}
	}
}

func (p *quotesPane) setSize(w, h int) { p.width, p.height = w, h }

// update handles the list keys; Enter asks the root to jump to the quote.
func (p quotesPane) update(msg tea.KeyPressMsg, keys *keyMap) (quotesPane, tea.Cmd) {
	if key.Matches(msg, keys.Jump) {
		if qi := p.selected(); qi >= 0 {
			return p, jumpCmd(jumpQuote, qi)
		}
		return p, nil
	}
	p.list.navigate(msg, keys, len(p.visible), p.height/3)
	return p, nil
}

// view renders the list rows (without the tab bar) in p.width × p.height.
// termsKey is the key that shows the hidden terms, taken from its binding so
// the hint cannot drift from the key map.
func (p *quotesPane) view(st *styles, focused bool, termsKey string) []string {
	var head []string
	if p.filter != "" {
		head = append(head, st.statusAccent.Render(fit(fmt.Sprintf("%s · %d", p.filter, len(p.visible)), p.width)))
	}
	if p.hidden > 0 && p.analysed {
		head = append(head, st.note.Render(fit(fmt.Sprintf("%d terms hidden · %s shows", p.hidden, termsKey), p.width)))
	}
	switch {
	case !p.analysed:
		return append(head, st.note.Render(fit("analysing…", p.width)))
	case len(p.visible) == 0 && p.filter != "":
		return append(head, st.note.Render(fit("No quotes by "+p.filter, p.width)))
	case len(p.visible) == 0:
		return append(head, st.note.Render(fit("No quotes found", p.width)))
	}
	rows := p.list.layout(len(p.visible), p.height-len(head), func(i int, sel bool) []string {
		q := p.quotes[p.visible[i]]
		return quoteItem(st, q, p.width, max(p.height/3, 3), sel, focused)
	})
	return append(head, rows...)
}

// quoteItem renders one quote: the words (in full, up to maxRows rows, when
// selected in a focused pane, else cut to one line) and "— speaker · kind".
func quoteItem(st *styles, q article.Quote, w, maxRows int, sel, focused bool) []string {
	text := "“" + q.Text + "”"
	var rows []string
	if sel && focused {
		rows = quoteRows(st, text, w, maxRows)
	} else {
		rows = append(rows, st.listItem(sel, focused).Render(fit(cursorMark(sel)+text, w)))
	}
	rows = append(rows, st.itemMeta.Render(fit("  — "+speakerLabel(q)+" · "+q.Kind, w)))
	return rows
}

// quoteRows renders the words of the quote under a focused cursor in full,
// wrapped to w, so a long quote can be read without jumping to it; at most
// maxRows rows, the last cut with "…" when the quote runs on.
func quoteRows(st *styles, text string, w, maxRows int) []string {
	var rows []string
	lines := wrapText(text, max(w-2, 1))
	for i, l := range lines {
		row := text[l.start:l.end]
		if i == maxRows-1 && i+1 < len(lines) {
			row = text[l.start:] // cut with … by fit
		}
		rows = append(rows, st.itemSelected.Render(fit("  "+row, w)))
		if i == maxRows-1 {
			break
		}
	}
	return rows
}

// speakerLabel names who said a quote, or why no one is named.
func speakerLabel(q article.Quote) string {
	switch {
	case q.Speaker != "":
		return q.Speaker
	case q.SpeakerDescription != "":
		return q.SpeakerDescription
	case q.Kind == article.KindTerm:
		return "term"
	}
	return "unattributed"
}

// cursorMark marks the cursor row so it shows without colour too.
func cursorMark(sel bool) string {
	if sel {
		return "› "
	}
	return "  "
}

// Kinds of jump, for jumpMsg.
const (
	jumpQuote = iota
	jumpPerson
	jumpCaption
)

// jumpMsg asks the root to scroll the article to a quote, a person's first
// mention or a caption, and highlight it.
type jumpMsg struct {
	kind, index int
}

func jumpCmd(kind, index int) tea.Cmd {
	return func() tea.Msg { return jumpMsg{kind, index} }
}

// filterMsg asks the root to show only one speaker's quotes.
type filterMsg struct{ speaker string }

func filterCmd(speaker string) tea.Cmd {
	return func() tea.Msg { return filterMsg{speaker} }
}
