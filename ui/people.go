package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"byline/article"
)

// peoplePane is the People tab: each named person with role, mentions and
// quote count.
type peoplePane struct {
	people   []article.Person
	analysed bool
	list     listState
	width    int
	height   int
}

func (p *peoplePane) setPeople(people []article.Person) {
	p.people, p.analysed = people, true
	p.list = listState{}
}

func (p *peoplePane) setSize(w, h int) { p.width, p.height = w, h }

// update handles the list keys; Enter jumps to the person's first mention
// and filters the quotes by them.
func (p peoplePane) update(msg tea.KeyPressMsg, keys *keyMap) (peoplePane, tea.Cmd) {
	if key.Matches(msg, keys.Jump) {
		if p.list.cursor < len(p.people) {
			return p, tea.Batch(jumpCmd(jumpPerson, p.list.cursor), filterCmd(p.people[p.list.cursor].Name))
		}
		return p, nil
	}
	p.list.navigate(msg, keys, len(p.people), p.height/2)
	return p, nil
}

func (p *peoplePane) view(st *styles, focused bool) []string {
	switch {
	case !p.analysed:
		return []string{st.note.Render(fit("analysing…", p.width))}
	case len(p.people) == 0:
		return []string{st.note.Render(fit("No people found", p.width))}
	}
	return p.list.layout(len(p.people), p.height, func(i int, sel bool) []string {
		person := p.people[i]
		name := st.listItem(sel, focused)
		// Counts first on the second row, so a long role is what gets cut.
		right := ""
		if person.Quotes > 0 {
			right = " " + plural(person.Quotes, "quote")
		}
		first := fit(cursorMark(sel)+person.Name, p.width-displayWidth(right)) + right
		meta := plural(person.Mentions, "mention")
		if person.Role != "" {
			meta += " · " + person.Role
		}
		return []string{name.Render(fit(first, p.width)), st.itemMeta.Render(fit("  "+meta, p.width))}
	})
}

// plural writes "1 quote", "3 quotes".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
