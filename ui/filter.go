package ui

import (
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/sahilm/fuzzy"

	"byline/article"
)

// editInput hands a key to a filter input and keeps its value terminal-safe:
// a pasted name can hold an escape sequence, and the value is drawn on the
// screen. It reports whether the value changed, so the caller narrows its
// list only then (narrowing is the costly part of a key press).
func editInput(in *textinput.Model, msg tea.Msg) (bool, tea.Cmd) {
	before := in.Value()
	var cmd tea.Cmd
	*in, cmd = in.Update(msg)
	v := in.Value()
	if v == before {
		return false, cmd
	}
	if c := article.Clean(v); c != v {
		in.SetValue(c)
	}
	return true, cmd
}

// fuzzyMatches returns the indices into src that match query, best first
// (sahilm/fuzzy), or every index in order when query is empty, so an empty
// filter shows the whole list as it stands.
func fuzzyMatches(query string, src fuzzy.Source) []int {
	var out []int
	if query == "" {
		for i := range src.Len() {
			out = append(out, i)
		}
		return out
	}
	for _, m := range fuzzy.FindFrom(query, src) {
		out = append(out, m.Index)
	}
	return out
}
