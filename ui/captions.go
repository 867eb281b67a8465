package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"byline/article"
)

// captionsPane is the Captions tab: each photo caption with its credit. It
// needs no analysis, so it is filled from the start.
type captionsPane struct {
	captions []article.Caption
	list     listState
	width    int
	height   int
}

func (p *captionsPane) setSize(w, h int) { p.width, p.height = w, h }

// update handles the list keys; Enter jumps to the caption in the text.
func (p captionsPane) update(msg tea.KeyPressMsg, keys *keyMap) (captionsPane, tea.Cmd) {
	if key.Matches(msg, keys.Jump) {
		if p.list.cursor < len(p.captions) {
			return p, jumpCmd(jumpCaption, p.list.cursor)
		}
		return p, nil
	}
	p.list.navigate(msg, keys, len(p.captions), p.height/2)
	return p, nil
}

func (p *captionsPane) view(st *styles, focused bool) []string {
	if len(p.captions) == 0 {
		return []string{st.note.Render(fit("No captions", p.width))}
	}
	return p.list.layout(len(p.captions), p.height, func(i int, sel bool) []string {
		c := p.captions[i]
		text := st.listItem(sel, focused)
		credit := c.Credit
		if credit == "" {
			credit = "no credit"
		}
		return []string{text.Render(fit(cursorMark(sel)+captionMark+c.Text, p.width)), st.itemMeta.Render(fit("  "+credit, p.width))}
	})
}
