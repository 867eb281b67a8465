package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Why not bubbles list: its delegates draw every item at one fixed height,
// and the Quotes pane shows the selected quote in full (a variable number of
// rows) while the others stay one line; its own filter, paging and quit keys
// would also shadow the reader's (/, q, g). The panes share this cursor
// instead, and each renders its own rows.

// listState is a cursor over n items and the first item shown.
type listState struct {
	cursor, offset int
}

// move steps the cursor by d within n items.
func (l *listState) move(d, n int) {
	if n == 0 {
		l.cursor, l.offset = 0, 0
		return
	}
	l.cursor = min(max(l.cursor+d, 0), n-1)
}

// clamp keeps the cursor within n items.
func (l *listState) clamp(n int) { l.move(0, n) }

// navigate handles the list keys shared by every pane: j/k, page, top and
// bottom. It reports whether the key was one of them.
func (l *listState) navigate(msg tea.KeyPressMsg, keys *keyMap, n, page int) bool {
	switch {
	case key.Matches(msg, keys.Down):
		l.move(1, n)
	case key.Matches(msg, keys.Up):
		l.move(-1, n)
	case key.Matches(msg, keys.PageDown, keys.HalfDown):
		l.move(max(page, 1), n)
	case key.Matches(msg, keys.PageUp, keys.HalfUp):
		l.move(-max(page, 1), n)
	case key.Matches(msg, keys.Top):
		l.move(-n, n)
	case key.Matches(msg, keys.Bottom):
		l.move(n, n)
	default:
		return false
	}
	return true
}

// layout renders items into at most h rows, scrolling so the cursor's item
// is fully shown. item(i, selected) returns the rows of item i.
func (l *listState) layout(n, h int, item func(i int, selected bool) []string) []string {
	if n == 0 || h <= 0 {
		return nil
	}
	if l.cursor < l.offset {
		l.offset = l.cursor
	}
	// Scroll down until the cursor's item fits below the offset; every item
	// takes at least one row, so start no further than h items back.
	l.offset = max(l.offset, l.cursor-h+1)
	for l.offset < l.cursor {
		used := 0
		for i := l.offset; i <= l.cursor; i++ {
			used += len(item(i, i == l.cursor))
		}
		if used <= h {
			break
		}
		l.offset++
	}
	var rows []string
	for i := l.offset; i < n && len(rows) < h; i++ {
		rows = append(rows, item(i, i == l.cursor)...)
	}
	if len(rows) > h {
		rows = rows[:h]
	}
	return rows
}
