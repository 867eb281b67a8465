package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"byline/article"
)

func TestAnalysingThenQuotes(t *testing.T) {
	a := seedArticle(t)
	m := New(a, Config{Path: seedPath})
	m = send(t, m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = press(t, m, "1")
	if s := screen(m); !strings.Contains(s, "analysing…") {
		t.Fatalf("before the analysis the pane does not say analysing…:\n%s", s)
	}
	if !strings.Contains(screen(m), a.Paragraphs[0][:40]) {
		t.Error("the text is not shown before the analysis")
	}
	m = send(t, m, analysedMsg{people: []article.Person{}, quotes: []article.Quote{}})
	if s := screen(m); !strings.Contains(s, "No quotes found") || strings.Contains(s, "analysing…") {
		t.Fatalf("after an empty analysis the pane does not say No quotes found:\n%s", s)
	}
	m = send(t, m, seedAnalysis(t, a))
	if n := len(m.quotes.visible); n != 10 {
		t.Errorf("visible quotes = %d, want 10 (14 less 4 terms)", n)
	}
	if s := screen(m); !strings.Contains(s, "John Healey") || !strings.Contains(s, "4 terms hidden · t shows") {
		t.Errorf("quotes pane does not list the quotes, or its hint does not name the terms key:\n%s", s)
	}
	// The hint follows the binding, so a remapped key cannot leave it lying.
	m.keys.Terms.SetKeys("T")
	m.keys.Terms.SetHelp("T", "show/hide terms")
	if s := screen(m); !strings.Contains(s, "4 terms hidden · T shows") {
		t.Errorf("the terms hint does not follow the key map:\n%s", s)
	}
}

func TestInitRunsAnalysis(t *testing.T) {
	a := seedArticle(t)
	m := New(a, Config{Path: seedPath, Theme: "dark"})
	m = send(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	m = send(t, m, runCmd(m.Init())...)
	if !m.analysed() {
		t.Fatal("Init's Cmd did not deliver an analysedMsg")
	}
	if len(a.Quotes) != 0 || len(a.People) != 0 {
		t.Fatal("the reader changed the article")
	}
}

func TestScrollKeys(t *testing.T) {
	m := newSeed(t, 80, 24, Config{})
	h := m.rd.height
	if h != 23 {
		t.Fatalf("text height = %d, want 23 (24 less the status line)", h)
	}
	rowsDown := func(from, to pos) int {
		n := 0
		for p := from; p.less(to); p, _ = m.rd.next(p) {
			n++
		}
		return n
	}
	for _, tc := range []struct {
		keys []string
		rows int
	}{
		{[]string{"j"}, 1}, {[]string{"down"}, 1}, {[]string{"j", "j", "k"}, 1}, {[]string{"j", "up"}, 0},
		{[]string{"space"}, h - 1}, {[]string{"f"}, h - 1}, {[]string{"pgdown"}, h - 1},
		{[]string{"f", "b"}, 0}, {[]string{"f", "f", "pgup"}, h - 1},
		{[]string{"d"}, h / 2}, {[]string{"d", "d", "u"}, h / 2},
		{[]string{"G", "g"}, 0}, {[]string{"end", "home"}, 0},
	} {
		got := press(t, m, tc.keys...)
		if n := rowsDown(pos{}, got.rd.top); n != tc.rows {
			t.Errorf("%v: top moved %d rows, want %d", tc.keys, n, tc.rows)
		}
	}
	for _, k := range []string{"G", "end"} {
		g := press(t, m, k)
		if g.rd.bottom() != g.rd.last() || g.rd.top != g.rd.bottomTop() {
			t.Errorf("%s: the last row is not at the bottom", k)
		}
		if !strings.Contains(screen(g), "This is why the war must end.") {
			t.Errorf("%s: the last paragraph is not on screen", k)
		}
		if g.rd.percent() != 100 {
			t.Errorf("%s: percent = %d", k, g.rd.percent())
		}
		if gg := press(t, g, "j"); gg.rd.top != g.rd.top {
			t.Errorf("%s then j scrolled past the end", k)
		}
	}
	if k := press(t, m, "k"); k.rd.top != (pos{}) {
		t.Error("k at the top moved")
	}
	if s := screen(press(t, m, "f")); !strings.Contains(s, "¶ ") || !strings.Contains(s, "%") {
		t.Errorf("status has no paragraph or percent:\n%s", s)
	}
}

func TestResizeKeepsParagraph(t *testing.T) {
	m := newSeed(t, 120, 40, Config{})
	// Put paragraph 10, second line, at the top.
	b := m.rd.paraBlk[10]
	m.rd.top = pos{b, 1}
	startByte := m.rd.lines(b)[1].start
	for _, sz := range [][2]int{{60, 20}, {20, 5}, {200, 50}, {80, 24}, {120, 40}} {
		m = send(t, m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		if m.rd.top.block != b {
			t.Fatalf("at %dx%d the top block is %d, want %d", sz[0], sz[1], m.rd.top.block, b)
		}
		ls := m.rd.lines(b)[m.rd.top.line]
		if startByte < ls.start || (startByte >= ls.end && m.rd.top.line+1 < len(m.rd.lines(b))) {
			t.Errorf("at %dx%d the top line [%d,%d) does not hold byte %d", sz[0], sz[1], ls.start, ls.end, startByte)
		}
	}
	if m.rd.top != (pos{b, 1}) {
		t.Errorf("back at 120x40 the top is %v, want %v", m.rd.top, pos{b, 1})
	}
}

func TestSearch(t *testing.T) {
	m := newSeed(t, 120, 40, Config{})
	m = send(t, m, append(append(keys("/"), typed("Kyiv")...), keys("enter")...)...)
	if m.searching {
		t.Fatal("Enter did not close the search input")
	}
	if len(m.rd.matches) != 3 || m.rd.current != 0 {
		t.Fatalf("matches = %d, current = %d; want 3, 0", len(m.rd.matches), m.rd.current)
	}
	if s := screen(m); !strings.Contains(s, "/Kyiv 1/3") {
		t.Errorf("status has no match counter:\n%s", lastLine(s))
	}
	for _, step := range []struct {
		key  string
		want int
	}{{"n", 1}, {"n", 2}, {"n", 0}, {"N", 2}, {"N", 1}} {
		m = press(t, m, step.key)
		if m.rd.current != step.want {
			t.Errorf("%s: current = %d, want %d", step.key, m.rd.current, step.want)
		}
		cur := m.rd.matches[m.rd.current]
		p := m.rd.posOf(cur.block, cur.start)
		if p.less(m.rd.top) || m.rd.bottom().less(p) {
			t.Errorf("%s: the current match is off screen", step.key)
		}
	}
	if s := screen(m); !strings.Contains(s, fmt.Sprintf("/Kyiv %d/3", m.rd.current+1)) {
		t.Errorf("counter not updated:\n%s", lastLine(s))
	}
	m = press(t, m, "esc")
	if len(m.rd.matches) != 0 || m.query != "" || strings.Contains(screen(m), "/Kyiv") {
		t.Error("Esc did not clear the search")
	}

	// Smart case.
	for q, want := range map[string]int{"kyiv": 3, "KYIV": 0, "Zelensky": 6, "zelensky": 6, "ZELENSKY": 0, "‘russian’": 1} {
		mm := send(t, m, append(keys("/"), typed(q)...)...)
		if len(mm.rd.matches) != want {
			t.Errorf("search %q: %d matches, want %d", q, len(mm.rd.matches), want)
		}
	}

	// Incremental: matches while typing, Esc goes back to where it started.
	m = press(t, m, "g", "j", "j")
	start := m.rd.top
	m = send(t, m, append(keys("/"), typed("Bridget")...)...)
	if !m.searching || len(m.rd.matches) != 1 || m.rd.top == start {
		t.Fatalf("incremental search did not find and show Bridget (searching %v, %d matches)", m.searching, len(m.rd.matches))
	}
	if s := screen(m); !strings.Contains(lastLine(s), "/Bridget") || !strings.Contains(lastLine(s), "1/1") {
		t.Errorf("search input line: %q", lastLine(s))
	}
	m = press(t, m, "esc")
	if m.searching || m.rd.top != start || len(m.rd.matches) != 0 {
		t.Error("Esc in the search input did not cancel and go back")
	}
	// q is a letter in the search input, not quit.
	m = send(t, m, append(keys("/"), typed("q")...)...)
	if !m.searching || m.search.Value() != "q" {
		t.Error("q in the search input was not typed")
	}
}

func TestStaleSearchDropped(t *testing.T) {
	m := newSeed(t, 80, 24, Config{})
	m = press(t, m, "/")
	m.query, m.searchSeq = "Kyiv", 5
	m = send(t, m, searchMsg{seq: 4, query: "K", matches: []span{{0, 0, 1}}})
	if len(m.rd.matches) != 0 {
		t.Error("a stale search result was installed")
	}
}

func TestFocusAndTabs(t *testing.T) {
	m := newSeed(t, 120, 40, Config{})
	if m.paneOpen || m.focus != focusText {
		t.Fatal("the pane is open at start")
	}
	m = press(t, m, "tab")
	if !m.paneOpen || m.focus != focusPane {
		t.Fatal("Tab did not open and focus the pane")
	}
	m = press(t, m, "tab")
	if m.focus != focusText || !m.paneOpen {
		t.Fatal("Tab did not give the keys back to the text")
	}
	m = press(t, m, "shift+tab")
	if m.focus != focusPane {
		t.Fatal("Shift-Tab did not focus the pane")
	}
	for _, tc := range []struct {
		key string
		tab tabID
	}{{"2", tabPeople}, {"3", tabCaptions}, {"1", tabQuotes}, {"l", tabPeople}, {"l", tabCaptions}, {"l", tabQuotes}, {"h", tabCaptions}} {
		m = press(t, m, tc.key)
		if m.tab != tc.tab || m.focus != focusPane || !m.paneOpen {
			t.Errorf("%s: tab %d focus %d open %v; want tab %d in a focused pane", tc.key, m.tab, m.focus, m.paneOpen, tc.tab)
		}
	}
	if s := screen(m); !strings.Contains(s, "▸ 3 Captions") || !strings.Contains(s, "Defence Secretary John Healey") {
		t.Errorf("the Captions tab is not shown:\n%s", s)
	}
	m = press(t, m, "0")
	if m.paneOpen || m.focus != focusText {
		t.Error("0 did not close the pane")
	}
	m = press(t, m, "2", "esc")
	if m.paneOpen {
		t.Error("Esc did not close the pane")
	}
	// With the text focused, j scrolls the text; with the pane focused, it
	// moves the list.
	m = press(t, m, "2", "j")
	if m.people.list.cursor != 1 || m.rd.top != (pos{}) {
		t.Errorf("j in the People pane: cursor %d, top %v", m.people.list.cursor, m.rd.top)
	}
	m = press(t, m, "k", "G")
	if m.people.list.cursor != len(m.people.people)-1 {
		t.Errorf("G in the pane: cursor %d", m.people.list.cursor)
	}
	m = press(t, m, "g", "tab", "j")
	if m.people.list.cursor != 0 || m.rd.top == (pos{}) {
		t.Error("j with the text focused did not scroll the text")
	}
}

func TestSeedFlow(t *testing.T) {
	m := newSeed(t, 120, 40, Config{})
	m = press(t, m, "1", "s")
	if !m.picker.open {
		t.Fatal("s did not open the speaker picker")
	}
	if s := screen(m); !strings.Contains(s, "Volodymyr Zelensky  7 quotes") || !strings.Contains(s, "John Healey  1 quote") {
		t.Fatalf("the picker does not list speakers with counts:\n%s", s)
	}
	m = send(t, m, typed("Zel")...)
	if len(m.picker.matches) != 1 || m.picker.chosen() != "Volodymyr Zelensky" {
		t.Fatalf("typing Zel leaves %d speakers", len(m.picker.matches))
	}
	m = press(t, m, "enter")
	if m.picker.open || m.quotes.filter != "Volodymyr Zelensky" || m.tab != tabQuotes || m.focus != focusPane {
		t.Fatalf("Enter: picker open %v, filter %q, tab %d, focus %d", m.picker.open, m.quotes.filter, m.tab, m.focus)
	}
	if len(m.quotes.visible) != 7 {
		t.Errorf("Zelensky has %d quotes listed, want 7", len(m.quotes.visible))
	}
	for _, i := range m.quotes.visible {
		if m.quotes.quotes[i].Speaker != "Volodymyr Zelensky" {
			t.Errorf("the filtered list holds a quote by %q", m.quotes.quotes[i].Speaker)
		}
	}
	s := screen(m)
	if !strings.Contains(lastLine(s), "speaker: Volodymyr Zelensky") {
		t.Errorf("status does not show the filter: %q", lastLine(s))
	}
	if strings.Contains(s, "— John Healey") || strings.Contains(s, "— Bridget Brink") {
		t.Errorf("another speaker's quote is listed:\n%s", s)
	}
	// Enter on the third of his quotes scrolls the article to it.
	m = press(t, m, "j", "j", "enter")
	q := m.quotes.quotes[m.quotes.visible[2]]
	if len(m.rd.flash) == 0 {
		t.Fatal("Enter on a quote highlighted nothing")
	}
	para := m.rd.paraBlk[q.Parts[0].Para]
	p := m.rd.posOf(para, q.Parts[0].Start)
	if p.less(m.rd.top) || m.rd.bottom().less(p) {
		t.Errorf("the quote's line %v is not on screen (top %v)", p, m.rd.top)
	}
	if m.rd.top == (pos{}) {
		t.Error("the article did not scroll")
	}
	if !strings.Contains(screen(m), "working to ensure security") {
		t.Errorf("the quote is not on screen:\n%s", screen(m))
	}
	// The highlight clears on its tick.
	m = send(t, m, flashDoneMsg{seq: m.flashSeq})
	if len(m.rd.flash) != 0 {
		t.Error("flashDoneMsg did not clear the highlight")
	}
	// Esc clears the filter, then closes the pane.
	m = press(t, m, "esc")
	if m.quotes.filter != "" || len(m.quotes.visible) != 10 || !m.paneOpen {
		t.Errorf("Esc: filter %q, %d quotes, pane open %v", m.quotes.filter, len(m.quotes.visible), m.paneOpen)
	}
	m = press(t, m, "esc")
	if m.paneOpen {
		t.Error("second Esc did not close the pane")
	}
}

func TestPickerKeys(t *testing.T) {
	m := newSeed(t, 80, 24, Config{})
	m = press(t, m, "s", "down")
	if m.picker.chosen() == m.speakers[0].name {
		t.Error("down did not move in the picker")
	}
	m = press(t, m, "q")
	if !m.picker.open || m.picker.input.Value() != "q" {
		t.Error("q in the picker was not typed")
	}
	m = press(t, m, "esc")
	if m.picker.open || m.quotes.filter != "" {
		t.Error("Esc did not close the picker without filtering")
	}
	m = send(t, m, append(keys("s"), typed("zzzz")...)...)
	if len(m.picker.matches) != 0 || !strings.Contains(screen(m), "no speaker matches") {
		t.Error("a query matching nobody does not say so")
	}
	if m = press(t, m, "enter"); !m.picker.open {
		t.Error("Enter with no match closed the picker")
	}
	m = press(t, m, "ctrl+c")
	// ctrl+c quits from anywhere: the Update returned tea.Quit.
	_, cmd := m.Update(keys("ctrl+c")[0])
	if !isQuit(cmd) {
		t.Error("ctrl+c in the picker does not quit")
	}
}

func TestStepQuotes(t *testing.T) {
	m := newSeed(t, 120, 40, Config{})
	m = send(t, m, filterMsg{speaker: "Volodymyr Zelensky"})
	var got []int
	for i := 0; i < 8; i++ {
		m = press(t, m, "]")
		got = append(got, m.lastStep)
		q := m.quotes.quotes[m.quotes.visible[m.lastStep]]
		if len(m.rd.flash) == 0 || m.rd.flash[0].start != q.Parts[0].Start {
			t.Fatalf("] step %d does not highlight quote %q", i, q.Text)
		}
		if m.quotes.selected() != m.quotes.visible[m.lastStep] {
			t.Error("] does not select the quote in the list")
		}
	}
	if fmt.Sprint(got) != "[0 1 2 3 4 5 6 0]" {
		t.Errorf("] visits %v", got)
	}
	m = press(t, m, "[", "[")
	if m.lastStep != 5 {
		t.Errorf("[ [ from 0 lands on %d, want 5", m.lastStep)
	}
	fresh := newSeed(t, 120, 40, Config{})
	if fresh = press(t, fresh, "["); fresh.lastStep != 9 {
		t.Errorf("[ first goes to %d, want the last quote 9", fresh.lastStep)
	}
}

func TestTerms(t *testing.T) {
	m := newSeed(t, 120, 40, Config{})
	if m.quotes.hidden != 4 || len(m.quotes.visible) != 10 {
		t.Fatalf("terms: %d hidden, %d shown", m.quotes.hidden, len(m.quotes.visible))
	}
	m = press(t, m, "t")
	if m.quotes.hidden != 0 || len(m.quotes.visible) != 14 {
		t.Errorf("t: %d hidden, %d shown", m.quotes.hidden, len(m.quotes.visible))
	}
	m = press(t, m, "1")
	if s := screen(m); !strings.Contains(s, "— term · term") {
		t.Errorf("terms not listed after t:\n%s", s)
	}
	if m = press(t, m, "t"); len(m.quotes.visible) != 10 {
		t.Error("t did not hide the terms again")
	}
}

func TestPeopleAndCaptionsEnter(t *testing.T) {
	m := newSeed(t, 120, 40, Config{})
	m = press(t, m, "2")
	if !regexp.MustCompile(`Volodymyr Zelensky +7 quotes`).MatchString(screen(m)) ||
		!strings.Contains(screen(m), "mentions · Defence Secretary") {
		t.Errorf("the People pane lacks names with quote counts, mentions and roles:\n%s", screen(m))
	}
	m = press(t, m, "j", "j", "j", "enter") // Volodymyr Zelensky
	if m.quotes.filter != "Volodymyr Zelensky" {
		t.Errorf("Enter on a person sets filter %q", m.quotes.filter)
	}
	if len(m.rd.flash) != 1 || m.rd.flash[0].block != m.rd.paraBlk[0] {
		t.Errorf("Enter on Zelensky highlights %v, want his first mention in paragraph 0", m.rd.flash)
	}
	m = newSeed(t, 120, 40, Config{})
	m = press(t, m, "3", "j", "enter")
	b := m.rd.capBlk[1]
	if len(m.rd.flash) != 1 || m.rd.flash[0].block != b {
		t.Fatalf("Enter on the second caption highlights %v", m.rd.flash)
	}
	p := pos{b, 0}
	if p.less(m.rd.top) || m.rd.bottom().less(p) {
		t.Error("the caption is not on screen")
	}
	if s := screen(m); strings.Count(s, "Chief of the Defence Staff Admiral Sir Tony Radakin (Andrew Matthews/PA)") != 1 {
		t.Errorf("the caption is not shown once in the text:\n%s", s)
	}
}

func TestEscOrder(t *testing.T) {
	m := newSeed(t, 120, 40, Config{})
	m = send(t, m, filterMsg{"Volodymyr Zelensky"})
	m = send(t, m, append(append(keys("/"), typed("Kyiv")...), keys("enter")...)...)
	m = press(t, m, "?")
	steps := []struct {
		what string
		ok   func(Model) bool
	}{
		{"help closed", func(m Model) bool { return !m.showHelp && len(m.rd.matches) == 3 }},
		{"search cleared", func(m Model) bool { return len(m.rd.matches) == 0 && m.quotes.filter != "" }},
		{"filter cleared", func(m Model) bool { return m.quotes.filter == "" && m.paneOpen }},
		{"pane closed", func(m Model) bool { return !m.paneOpen }},
	}
	for _, st := range steps {
		var cmd tea.Cmd
		next, cmd := m.Update(keys("esc")[0])
		m = next.(Model)
		if !st.ok(m) || isQuit(cmd) {
			t.Fatalf("Esc: want %s", st.what)
		}
	}
	if m.keys.Back.Enabled() {
		t.Error("Esc is offered with nothing to leave")
	}
}

func isQuit(cmd tea.Cmd) bool {
	for _, msg := range runCmd(cmd) {
		if _, ok := msg.(tea.QuitMsg); ok {
			return true
		}
	}
	return false
}

func TestQuit(t *testing.T) {
	m := newSeed(t, 80, 24, Config{})
	for _, k := range []string{"q", "ctrl+c"} {
		if _, cmd := m.Update(keys(k)[0]); !isQuit(cmd) {
			t.Errorf("%s does not quit", k)
		}
	}
	if _, cmd := m.Update(keys("esc")[0]); isQuit(cmd) {
		t.Error("esc quits")
	}
	// q quits with search matches on screen (the e2e flow ends so).
	s := send(t, m, append(append(keys("/"), typed("Kyiv")...), keys("enter")...)...)
	if _, cmd := s.Update(keys("q")[0]); !isQuit(cmd) {
		t.Error("q does not quit after a search")
	}
	if _, cmd := s.Update(keys("/")[0]); isQuit(cmd) {
		t.Error("/ quits")
	}
}

func TestHelp(t *testing.T) {
	m := newSeed(t, 80, 24, Config{})
	m = press(t, m, "?")
	if !m.showHelp {
		t.Fatal("? did not open help")
	}
	s := screen(m)
	for _, want := range []string{"line down", "page down", "search", "filter by speaker", "quotes", "quit"} {
		if !strings.Contains(s, want) {
			t.Errorf("help lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "next match") {
		t.Error("help offers n (next match) with no search")
	}
	if m = press(t, m, "?"); m.showHelp {
		t.Error("? did not close help")
	}
	m = send(t, m, append(append(keys("/"), typed("Kyiv")...), keys("enter", "?")...)...)
	if !strings.Contains(screen(m), "next match") {
		t.Error("help does not offer n after a search")
	}
	if m = press(t, m, "esc"); m.showHelp || len(m.rd.matches) != 3 {
		t.Error("Esc in help should only close help")
	}
	// Disabled bindings do nothing.
	if m = press(t, newSeed(t, 80, 24, Config{}), "h"); m.paneOpen {
		t.Error("h with no pane opened one")
	}
}

func TestSpeakerFromConfig(t *testing.T) {
	m := newSeed(t, 120, 40, Config{Speaker: "zelensky"})
	if m.quotes.filter != "Volodymyr Zelensky" || !m.paneOpen || len(m.quotes.visible) != 7 {
		t.Errorf("--speaker zelensky: filter %q, pane %v, %d quotes", m.quotes.filter, m.paneOpen, len(m.quotes.visible))
	}
	m = newSeed(t, 120, 40, Config{Speaker: "Nobody"})
	if m.quotes.filter != "" || !strings.Contains(lastLine(screen(m)), "no speaker matches") {
		t.Errorf("unknown --speaker: filter %q, status %q", m.quotes.filter, lastLine(screen(m)))
	}
}

func TestFindSpeaker(t *testing.T) {
	a := seedArticle(t)
	q := seedAnalysis(t, a).quotes
	for in, want := range map[string]string{"Volodymyr Zelensky": "Volodymyr Zelensky", "zelensky": "Volodymyr Zelensky",
		" BRIDGET brink ": "Bridget Brink", "number 10": "Number 10"} {
		if got, err := FindSpeaker(q, in); err != nil || got != want {
			t.Errorf("FindSpeaker(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	_, err := FindSpeaker(q, "Putin")
	if err == nil || !strings.Contains(err.Error(), "known speakers: Bridget Brink, John Healey, Number 10, Volodymyr Zelensky") {
		t.Errorf("FindSpeaker(Putin) error = %v", err)
	}
	if _, err := FindSpeaker(q, "o"); err == nil || !strings.Contains(err.Error(), "ambiguous") {
		t.Errorf("FindSpeaker(o) error = %v", err)
	}
	if _, err := FindSpeaker(nil, "x"); err == nil || !strings.Contains(err.Error(), "known speakers: none") {
		t.Errorf("FindSpeaker with no quotes: %v", err)
	}
}

func TestRemember(t *testing.T) {
	dir := t.TempDir()
	cfg := Config{Remember: true, StateDir: dir}
	m := newSeed(t, 80, 24, cfg)
	m = press(t, m, "f", "j")
	want := m.rd.top
	_, cmd := m.Update(keys("q")[0])
	if !isQuit(cmd) { // runs the save, then quits
		t.Fatal("q does not quit")
	}
	m2 := newSeed(t, 80, 24, cfg)
	m2 = send(t, m2, runCmd(m2.Init())...)
	if m2.rd.top != want {
		t.Errorf("reopened at %v, want %v", m2.rd.top, want)
	}
	// In a narrower window the same words are at the top.
	wantByte := m.rd.lines(want.block)[want.line].start
	narrow := newSeed(t, 40, 20, cfg)
	narrow = send(t, narrow, runCmd(narrow.Init())...)
	if ls := narrow.rd.lines(narrow.rd.top.block)[narrow.rd.top.line]; narrow.rd.top.block != want.block ||
		wantByte < ls.start || wantByte >= ls.end {
		t.Errorf("reopened at 40 columns at %v [%d,%d), want the line holding byte %d of block %d",
			narrow.rd.top, ls.start, ls.end, wantByte, want.block)
	}
	// Moving before the position arrives wins over it.
	m3 := newSeed(t, 80, 24, cfg)
	init := runCmd(m3.Init())
	m3 = press(t, m3, "G")
	if m3 = send(t, m3, init...); m3.rd.top != m3.rd.bottomTop() {
		t.Error("a late remembered position overrode the user's move")
	}
	// --no-remember: nothing read, nothing written.
	other := t.TempDir()
	m4 := newSeed(t, 80, 24, Config{StateDir: other})
	m4 = send(t, m4, runCmd(m4.Init())...)
	if m4.rd.top != (pos{}) {
		t.Error("Remember off restored a position")
	}
	_, cmd = press(t, m4, "j").Update(keys("q")[0])
	runCmd(cmd)
	if ents, _ := os.ReadDir(other); len(ents) != 0 {
		t.Error("Remember off wrote a state file")
	}
	// A corrupt state file is ignored silently.
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		_ = os.WriteFile(filepath.Join(dir, e.Name()), []byte("{garbage"), 0o600)
	}
	m5 := newSeed(t, 80, 24, cfg)
	m5 = send(t, m5, runCmd(m5.Init())...)
	if m5.rd.top != (pos{}) || m5.notice != "" {
		t.Errorf("corrupt state: top %v, notice %q", m5.rd.top, m5.notice)
	}
}

func TestTheme(t *testing.T) {
	light := tea.BackgroundColorMsg{Color: lipgloss.Color("#ffffff")}
	m := newSeed(t, 80, 24, Config{Theme: "auto"})
	if !m.st.isDark {
		t.Fatal("auto starts light")
	}
	if m = send(t, m, light); m.st.isDark {
		t.Error("a light background did not switch the styles")
	}
	if m = send(t, m, tea.BackgroundColorMsg{Color: lipgloss.Color("#101010")}); !m.st.isDark {
		t.Error("a dark background did not switch back")
	}
	if m = send(t, newSeed(t, 80, 24, Config{Theme: "dark"}), light); !m.st.isDark {
		t.Error("--theme dark followed the terminal")
	}
	if m = newSeed(t, 80, 24, Config{Theme: "light"}); m.st.isDark {
		t.Error("--theme light is dark")
	}
}

func TestMouse(t *testing.T) {
	m := newSeed(t, 80, 24, Config{Mouse: true})
	if m.View().MouseMode != tea.MouseModeCellMotion {
		t.Error("--mouse does not turn on mouse reporting")
	}
	if newSeed(t, 80, 24, Config{}).View().MouseMode != tea.MouseModeNone {
		t.Error("mouse reporting on without --mouse")
	}
	m = send(t, m, tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if m.rd.top != (pos{0, 3}) && m.rd.top.block == 0 {
		t.Errorf("wheel down: top %v", m.rd.top)
	}
	if m = send(t, m, tea.MouseWheelMsg{Button: tea.MouseWheelUp}); m.rd.top != (pos{}) {
		t.Errorf("wheel up: top %v", m.rd.top)
	}
}

func lastLine(s string) string {
	return s[strings.LastIndex(s, "\n")+1:]
}

// TestFindAllFold checks the ASCII fast path against the regexp on real text.
func TestFindAllFold(t *testing.T) {
	a := seedArticle(t)
	texts := append([]string{a.Headline, a.Standfirst}, a.Paragraphs...)
	for _, q := range []string{"kyiv", "the", "zelensky", "s", "coalition of the willing", "war.", "e", "xyz"} {
		fast := findAll(q, texts)
		var slow []span
		re := regexp.MustCompile("(?i)" + regexp.QuoteMeta(q))
		for b, t := range texts {
			for _, loc := range re.FindAllStringIndex(t, -1) {
				slow = append(slow, span{b, loc[0], loc[1]})
			}
		}
		if fmt.Sprint(fast) != fmt.Sprint(slow) {
			t.Errorf("findAll(%q): %d matches, the regexp finds %d", q, len(fast), len(slow))
		}
	}
}
