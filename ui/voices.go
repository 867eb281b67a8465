package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"byline/internal/library"
)

// voices is "who said what across the library" (`S`): every speaker of the
// folder with their quote count, and, once one is chosen, their quotes from
// every article (headline, date, quote).
type voices struct {
	speakers []library.Speaker
	ready    bool // the speakers have been gathered
	stale    bool // more articles loaded since they were gathered
	list     listState
	chosen   int // index into speakers of the speaker shown, -1 for the list
	quotes   listState
	width    int
	height   int
}

// speakersMsg delivers the speakers gathered from n loaded entries.
type speakersMsg struct {
	speakers []library.Speaker
	loaded   int
}

// speakersCmd merges the speakers of the entries off the event loop:
// entries is a copy of the library's slice, and the articles it points to
// are never changed.
func speakersCmd(entries []library.Entry, loaded int) tea.Cmd {
	return func() tea.Msg {
		return speakersMsg{speakers: library.Speakers(entries), loaded: loaded}
	}
}

// openQuoteMsg asks the library to open entry at quote (an index into its
// Article.Quotes), scrolled there and highlighted.
type openQuoteMsg struct{ entry, quote int }

func (v *voices) set(sp []library.Speaker) {
	v.speakers, v.ready, v.stale = sp, true, false
	v.list.clamp(len(sp))
	if v.chosen >= len(sp) {
		v.chosen = -1
	}
}

func (v *voices) setSize(w, h int) { v.width, v.height = w, h }

// update handles the keys: list movement; Enter chooses a speaker, or opens
// the article at the quote under the cursor. It reports whether Esc was
// consumed (a chosen speaker goes back to the list).
func (v voices) update(msg tea.KeyPressMsg, keys *libKeyMap) (voices, tea.Cmd, bool) {
	l, n := &v.list, len(v.speakers)
	page := max(v.height-1, 1)
	if v.chosen >= 0 {
		l, n = &v.quotes, len(v.speakers[v.chosen].Quotes)
		page = max(v.height/3, 1)
	}
	switch {
	case key.Matches(msg, keys.Back):
		if v.chosen >= 0 {
			v.chosen = -1
			return v, nil, true
		}
		return v, nil, false
	case key.Matches(msg, keys.Open):
		if v.chosen < 0 {
			if l.cursor < n {
				v.chosen, v.quotes = l.cursor, listState{}
			}
			return v, nil, true
		}
		if l.cursor < n {
			r := v.speakers[v.chosen].Quotes[l.cursor]
			return v, func() tea.Msg { return openQuoteMsg{r.Entry, r.Quote} }, true
		}
	case key.Matches(msg, keys.Down):
		l.move(1, n)
	case key.Matches(msg, keys.Up):
		l.move(-1, n)
	case key.Matches(msg, keys.PageDown):
		l.move(page, n)
	case key.Matches(msg, keys.PageUp):
		l.move(-page, n)
	case key.Matches(msg, keys.Top):
		l.move(-n, n)
	case key.Matches(msg, keys.Bottom):
		l.move(n, n)
	}
	return v, nil, true
}

// title is the header line of the view.
func (v *voices) title() string {
	if v.chosen >= 0 {
		s := v.speakers[v.chosen]
		return fmt.Sprintf("%s · %s", s.Name, plural(len(s.Quotes), "quote"))
	}
	return fmt.Sprintf("Speakers across the library · %d", len(v.speakers))
}

// view renders the speakers, or the chosen speaker's quotes, in w × h.
func (v *voices) view(st *styles, entries []library.Entry) []string {
	switch {
	case !v.ready:
		return []string{st.note.Render(fit("  gathering speakers…", v.width))}
	case len(v.speakers) == 0:
		return []string{st.note.Render(fit("  No quotes found in these articles", v.width))}
	case v.chosen < 0:
		return v.list.layout(len(v.speakers), v.height, func(i int, sel bool) []string {
			s := v.speakers[i]
			line := fit(fmt.Sprintf("%s%s  %s", cursorMark(sel), s.Name, plural(len(s.Quotes), "quote")), v.width)
			if sel {
				return []string{st.itemSelected.Render(line)}
			}
			return []string{st.item.Render(line)}
		})
	}
	refs := v.speakers[v.chosen].Quotes
	return v.quotes.layout(len(refs), v.height, func(i int, sel bool) []string {
		r := refs[i]
		a := entries[r.Entry].Article
		q := a.Quotes[r.Quote]
		head := a.Headline
		if d := shortDate(a); d != "" {
			head += " · " + d
		}
		rows := []string{}
		text := "“" + q.Text + "”"
		if sel {
			lines := wrapText(text, max(v.width-2, 1))
			for j, ln := range lines {
				row := text[ln.start:ln.end]
				if j == 3 && j+1 < len(lines) {
					row = text[ln.start:] // cut with … by fit
				}
				rows = append(rows, st.itemSelected.Render(fit("  "+row, v.width)))
				if j == 3 {
					break
				}
			}
		} else {
			rows = append(rows, st.item.Render(fit(cursorMark(false)+text, v.width)))
		}
		return append(rows, st.itemMeta.Render(fit("  — "+head, v.width)))
	})
}
