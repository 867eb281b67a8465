package ui

import (
	"fmt"
	"sort"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"byline/article"
)

// speakerCount is one speaker of the article and how many quotes they have.
type speakerCount struct {
	name  string
	count int
}

// speakers lists the named speakers of quotes, most quoted first, ties in
// order of first quote.
func speakers(quotes []article.Quote) []speakerCount {
	idx := map[string]int{}
	var out []speakerCount
	for _, q := range quotes {
		if q.Speaker == "" {
			continue
		}
		i, ok := idx[q.Speaker]
		if !ok {
			i = len(out)
			idx[q.Speaker] = i
			out = append(out, speakerCount{name: q.Speaker})
		}
		out[i].count++
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].count > out[j].count })
	return out
}

// picker is the speaker picker opened by `s`: a text input that narrows the
// speakers fuzzily (sahilm/fuzzy, as fzf-style pickers do), arrows move,
// Enter chooses, Esc closes.
type picker struct {
	open     bool
	input    textinput.Model
	speakers []speakerCount
	matches  []int // indices into speakers, best first
	list     listState
}

func newPicker(st *styles) picker {
	in := textinput.New()
	in.Prompt = "speaker: "
	in.Placeholder = "type to narrow"
	in.SetStyles(st.textinput)
	return picker{input: in}
}

// names adapts the speakers to fuzzy.Source.
type names []speakerCount

func (n names) String(i int) string { return n[i].name }
func (n names) Len() int            { return len(n) }

// show opens the picker over the given speakers.
func (p *picker) show(sp []speakerCount) tea.Cmd {
	p.open, p.speakers = true, sp
	p.input.Reset()
	p.narrow()
	return p.input.Focus()
}

func (p *picker) close() {
	p.open = false
	p.input.Blur()
}

// narrow recomputes the matches for the input.
func (p *picker) narrow() {
	p.matches = fuzzyMatches(p.input.Value(), names(p.speakers))
	p.list = listState{}
}

// chosen is the speaker under the cursor, or "".
func (p *picker) chosen() string {
	if p.list.cursor < len(p.matches) {
		return p.speakers[p.matches[p.list.cursor]].name
	}
	return ""
}

// update handles a key while the picker is open: Enter chooses (a filterMsg),
// Esc closes, ↑/↓ move, anything else edits the input.
func (p picker) update(msg tea.KeyPressMsg, keys *keyMap) (picker, tea.Cmd) {
	switch {
	case key.Matches(msg, keys.Cancel):
		p.close()
		return p, nil
	case key.Matches(msg, keys.Choose):
		name := p.chosen()
		if name == "" {
			return p, nil
		}
		p.close()
		return p, filterCmd(name)
	case key.Matches(msg, keys.PickPrev):
		p.list.move(-1, len(p.matches))
		return p, nil
	case key.Matches(msg, keys.PickNext):
		p.list.move(1, len(p.matches))
		return p, nil
	}
	changed, cmd := editInput(&p.input, msg)
	if changed {
		p.narrow()
	}
	return p, cmd
}

// view renders the picker box content in w × h.
func (p *picker) view(st *styles, w, h int) []string {
	p.input.SetWidth(max(w-len(p.input.Prompt)-1, 1))
	rows := []string{fit(p.input.View(), w)}
	if len(p.matches) == 0 {
		return append(rows, st.note.Render(fit("no speaker matches", w)))
	}
	rows = append(rows, p.list.layout(len(p.matches), h-1, func(i int, sel bool) []string {
		s := p.speakers[p.matches[i]]
		line := fit(fmt.Sprintf("%s%s  %s", cursorMark(sel), s.name, plural(s.count, "quote")), w)
		return []string{st.listItem(sel, true).Render(line)}
	})...)
	return rows
}
