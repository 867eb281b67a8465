package ui

import (
	"fmt"
	"path/filepath"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"byline/article"
	"byline/internal/library"
)

// voices is "who said what across the library" (`S`): every speaker of the
// folder with their quote count, narrowed as you type after `/` (fuzzy, as
// the reader's speaker picker), and, once one is chosen, their quotes from
// every article (headline, date, quote).
type voices struct {
	speakers []library.Speaker
	ready    bool  // the speakers have been gathered
	stale    bool  // more articles loaded since they were gathered
	shown    []int // indices into speakers: all, or the filter's matches
	input    textinput.Model
	typing   bool
	list     listState
	chosen   int // index into speakers of the speaker shown, -1 for the list
	quotes   listState
	width    int
	height   int
}

func newVoices(st *styles) voices {
	in := textinput.New()
	in.Prompt = "/"
	in.Placeholder = "speaker"
	in.SetStyles(st.textinput)
	return voices{input: in, chosen: -1}
}

// speakerNames adapts the speakers to fuzzy.Source.
type speakerNames []library.Speaker

func (n speakerNames) String(i int) string { return n[i].Name }
func (n speakerNames) Len() int            { return len(n) }

// narrow recomputes the shown speakers for the filter.
func (v *voices) narrow() {
	v.shown = fuzzyMatches(v.input.Value(), speakerNames(v.speakers))
	v.list.clamp(len(v.shown))
}

// updateInput handles a key while the filter input is open: Enter chooses
// the highlighted speaker, Esc clears the filter, ↑/↓ move, anything else
// narrows.
func (v voices) updateInput(msg tea.KeyPressMsg, keys *libKeyMap) (voices, tea.Cmd) {
	switch {
	case key.Matches(msg, keys.Cancel):
		v.typing = false
		v.input.Reset()
		v.input.Blur()
		v.narrow()
		return v, nil
	case key.Matches(msg, keys.Accept):
		v.typing = false
		v.input.Blur()
		if v.list.cursor < len(v.shown) {
			v.chosen, v.quotes = v.shown[v.list.cursor], listState{}
		}
		return v, nil
	case key.Matches(msg, keys.PickPrev):
		v.list.move(-1, len(v.shown))
		return v, nil
	case key.Matches(msg, keys.PickNext):
		v.list.move(1, len(v.shown))
		return v, nil
	}
	changed, cmd := editInput(&v.input, msg)
	if changed {
		v.list = listState{}
		v.narrow()
	}
	return v, cmd
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
	name := ""
	if v.chosen >= 0 && v.chosen < len(v.speakers) {
		name = v.speakers[v.chosen].Name
	}
	v.speakers, v.ready, v.stale = sp, true, false
	v.chosen = -1
	for i, s := range sp { // the speaker shown stays shown after a recount
		if name != "" && s.Name == name {
			v.chosen = i
		}
	}
	v.narrow()
}

func (v *voices) setSize(w, h int) { v.width, v.height = w, h }

// update handles the keys: list movement; Enter chooses a speaker, or opens
// the article at the quote under the cursor. It reports whether Esc was
// consumed (a chosen speaker goes back to the list).
func (v voices) update(msg tea.KeyPressMsg, keys *libKeyMap) (voices, tea.Cmd, bool) {
	l, n := &v.list, len(v.shown)
	page := max(v.height-1, 1)
	if v.chosen >= 0 {
		l, n = &v.quotes, len(v.speakers[v.chosen].Quotes)
		page = max(v.height/3, 1)
	}
	switch {
	case key.Matches(msg, keys.Back):
		switch {
		case v.chosen >= 0:
			v.chosen = -1
		case v.input.Value() != "":
			v.input.Reset()
			v.narrow()
		default:
			return v, nil, false
		}
		return v, nil, true
	case key.Matches(msg, keys.Filter) && v.chosen < 0:
		v.typing = true
		return v, v.input.Focus(), true
	case key.Matches(msg, keys.Open):
		if v.chosen < 0 {
			if l.cursor < n {
				v.chosen, v.quotes = v.shown[l.cursor], listState{}
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

// view renders the speakers, or the chosen speaker's quotes, in w × h;
// each quote's article is named by headline, date and file (relative to
// root), since a folder often holds one story twice.
func (v *voices) view(st *styles, entries []library.Entry, root string) []string {
	switch {
	case !v.ready:
		return []string{st.note.Render(fit("  gathering speakers…", v.width))}
	case len(v.speakers) == 0:
		return []string{st.note.Render(fit("  No quotes found in these articles", v.width))}
	case v.chosen < 0:
		var head []string
		if v.typing || v.input.Value() != "" {
			v.input.SetWidth(max(v.width-3, 1))
			head = []string{fit(v.input.View(), v.width)}
			if len(v.shown) == 0 {
				return append(head, st.note.Render(fit("  No speaker matches", v.width)))
			}
		}
		return append(head, v.list.layout(len(v.shown), v.height-len(head), func(i int, sel bool) []string {
			s := v.speakers[v.shown[i]]
			line := fit(fmt.Sprintf("%s%s  %s", cursorMark(sel), s.Name, plural(len(s.Quotes), "quote")), v.width)
			return []string{st.listItem(sel, true).Render(line)}
		})...)
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
		if rel, err := filepath.Rel(root, entries[r.Entry].Path); err == nil {
			head += " · " + article.Clean(rel)
		}
		rows := []string{}
		text := "“" + q.Text + "”"
		if sel {
			rows = quoteRows(st, text, v.width, 4)
		} else {
			rows = append(rows, st.item.Render(fit(cursorMark(false)+text, v.width)))
		}
		return append(rows, st.itemMeta.Render(fit("  — "+head, v.width)))
	})
}
