package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// paneMode is where the side pane goes at the current size.
type paneMode int

const (
	paneHidden paneMode = iota
	paneSide            // beside the text, at 110 columns and more
	paneDrawer          // below the text, on narrower windows
)

// Layout thresholds.
const (
	sideMinWidth   = 110 // the issue: beside the text at ≥ 110 columns
	drawerMinWidth = 24
	drawerMinRows  = 10 // body rows needed before a drawer leaves text to read
)

// geometry is the layout at the current size.
type geometry struct {
	mode          paneMode
	bodyH, status int
	textW, textH  int
	paneW, paneH  int // the pane's content area (inside its border/padding)
}

func (m *Model) geometry() geometry {
	g := geometry{}
	if m.height >= 2 {
		g.status = 1
	}
	g.bodyH = max(m.height-g.status, 0)
	g.textW, g.textH = m.width, g.bodyH
	if !m.paneOpen {
		return g
	}
	switch {
	case m.width >= sideMinWidth && g.bodyH >= 3:
		g.mode = paneSide
		w := min(max(m.width/3, 32), 44)
		g.textW = m.width - w
		g.paneW, g.paneH = w-2, g.bodyH-1 // "│ " before, tab bar above
	case m.width >= drawerMinWidth && g.bodyH >= drawerMinRows:
		g.mode = paneDrawer
		h := g.bodyH / 2
		g.textH = g.bodyH - h
		g.paneW, g.paneH = m.width-2, h-2 // rule and tab bar above, " " before
	}
	return g
}

// paneShown says the open pane fits on screen.
func (m *Model) paneShown() bool { return m.geometry().mode != paneHidden }

// setSize records the window size and lays the children out.
func (m *Model) setSize(w, h int) {
	m.width, m.height = max(w, 0), max(h, 0)
	m.relayout()
}

// relayout gives each child its size; the reader keeps its top paragraph.
func (m *Model) relayout() {
	g := m.geometry()
	if g.textW != m.rd.width || g.textH != m.rd.height {
		m.rd.setSize(g.textW, g.textH)
	}
	m.quotes.setSize(g.paneW, g.paneH)
	m.people.setSize(g.paneW, g.paneH)
	m.captions.setSize(g.paneW, g.paneH)
	m.help.SetWidth(m.width)
}

// View draws the screen: the text, the pane beside or below it, and the
// status line; or the help over the body.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	if m.cfg.Mouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	return v
}

func (m Model) render() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	g := m.geometry()
	var body []string
	switch {
	case m.showHelp:
		body = m.helpView(m.width, g.bodyH)
	default:
		text := m.rd.view(&m.st)
		if m.picker.open && g.mode == paneHidden {
			text = overlayRows(text, m.picker.view(&m.st, g.textW, g.textH), g.textW)
		}
		body = m.withPane(text, g)
	}
	if g.status > 0 {
		body = append(body, m.statusLine())
	}
	return strings.Join(body, "\n")
}

// overlayRows replaces the first rows of base with top, each fitted to w.
func overlayRows(base, top []string, w int) []string {
	for i := 0; i < len(top) && i < len(base); i++ {
		base[i] = fit(top[i], w)
	}
	return base
}

// withPane puts the pane beside or below the text rows.
func (m *Model) withPane(text []string, g geometry) []string {
	if g.mode == paneHidden {
		return text
	}
	content := m.paneRows(g)
	switch g.mode {
	case paneSide:
		bar := m.st.paneBorder.Render("│")
		for i := range text {
			text[i] += bar + " " + content[i]
		}
		return text
	default: // drawer
		text = append(text, m.st.paneBorder.Render(strings.Repeat("─", m.width)))
		for _, r := range content {
			text = append(text, " "+r+" ")
		}
		return text
	}
}

// paneRows is the tab bar and the active tab's rows, paneH+1 rows of paneW.
func (m *Model) paneRows(g geometry) []string {
	rows := []string{m.tabBar(g.paneW)}
	focused := m.focus == focusPane
	var content []string
	switch {
	case m.picker.open:
		content = m.picker.view(&m.st, g.paneW, g.paneH)
	case m.tab == tabQuotes:
		content = m.quotes.view(&m.st, focused, m.keys.Terms.Help().Key)
	case m.tab == tabPeople:
		content = m.people.view(&m.st, focused)
	default:
		content = m.captions.view(&m.st, focused)
	}
	blank := spaces(g.paneW)
	for i := 0; i < g.paneH; i++ {
		if i < len(content) {
			rows = append(rows, fit(content[i], g.paneW))
		} else {
			rows = append(rows, blank)
		}
	}
	return rows
}

// tabBar is "Quotes 1  People 2  Captions 3", the active tab marked (and
// "▸" when the pane has the keys).
func (m *Model) tabBar(w int) string {
	var parts []string
	for i, name := range tabNames {
		label := fmt.Sprintf(" %d %s ", i+1, name)
		if tabID(i) == m.tab {
			mark := " "
			if m.focus == focusPane {
				mark = "▸"
			}
			parts = append(parts, mark+m.st.tabActive.Render(label))
		} else {
			parts = append(parts, " "+m.st.tab.Render(label))
		}
	}
	return fit(strings.Join(parts, ""), w)
}

// statusLine is the bottom row: the search input while searching, else the
// file, paragraph and percent, filter, matches, analysis note and `?` hint.
func (m *Model) statusLine() string {
	if m.searching {
		// Not on the status bar's background: the input draws its own
		// cursor, whose reset would cut the bar short.
		line := m.search.View()
		if c := m.counter(); c != "" {
			line += "  " + c
		}
		return fit(line, m.width)
	}
	left := fmt.Sprintf(" %s  ¶ %d/%d  %d%%", m.statusName(), m.rd.paragraph(), m.rd.nParas, m.rd.percent())
	if m.quotes.filter != "" {
		left += "  speaker: " + m.quotes.filter
	}
	if m.query != "" {
		left += "  /" + m.query + " " + m.counter()
	}
	if !m.analysed() {
		left += "  analysing…"
	}
	if m.notice != "" {
		left += "  " + m.notice
	}
	// From the binding, as the help screen is, so the hint cannot drift.
	h := m.keys.Help.Help()
	right := " " + h.Key + " " + h.Desc + " "
	style := m.st.status
	if m.noticeErr && m.notice != "" {
		style = m.st.statusError
	}
	if room := m.width - displayWidth(right); room >= 10 {
		return style.Render(fit(left, room) + right)
	}
	return style.Render(fit(left, m.width))
}
