// Package ui is byline's terminal reader: a Bubble Tea program that shows
// one article as a calm, scrollable text with Quotes, People and Captions
// panes, a speaker filter, search and help. It takes an *article.Article and
// a Config and never parses text or reads flags or the environment itself.
package ui

import (
	"path/filepath"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"byline/article"
	"byline/internal/state"
)

// Config is how main sets the reader up.
type Config struct {
	// Path is the file the article came from ("-" for standard input): shown
	// in the status line and the key of the remembered reading position.
	Path string
	// Theme is "dark", "light" or "auto" (ask the terminal for its
	// background; "" means auto).
	Theme string
	// NoColor draws without colour (NO_COLOR): bold, italic, underline and
	// reverse video only.
	NoColor bool
	// Mouse turns on mouse wheel scrolling (it costs the terminal's own text
	// selection, hence opt-in).
	Mouse bool
	// Speaker is the speaker filter to open with ("" for none). It must be a
	// Quote.Speaker of the article; main checks it (see FindSpeaker).
	Speaker string
	// Remember restores and saves the reading position in StateDir.
	Remember bool
	// StateDir is where reading positions are kept.
	StateDir string
	// Analysed says the article's People and Quotes already hold the
	// attribution (main ran article.Parse, as it does for --speaker), so the
	// reader shows them at once instead of running article.Attribute.
	Analysed bool
	// Embedded says the reader is inside the library (`byline DIR`): q, and
	// Esc with nothing left to close, go back to the list instead of
	// quitting; Ctrl-C still quits.
	Embedded bool
	// Full, when set, says the article given to New is only the start of a
	// long file (article.ParseHead), there for a first frame that does not
	// wait for the whole file to be parsed. The reader runs Full in a Cmd
	// and shows the whole article in the head's place, at the same spot;
	// only then does it run the attribution and restore the remembered
	// position. An error from Full ends the program (see Model.Err).
	Full func() (*article.Article, error)
}

type focusArea int

const (
	focusText focusArea = iota
	focusPane
)

type tabID int

const (
	tabQuotes tabID = iota
	tabPeople
	tabCaptions
	numTabs
)

var tabNames = [numTabs]string{"Quotes", "People", "Captions"}

// Model is the root of the reader. Its fields are the reader's whole state;
// the article it points to is read, never changed.
type Model struct {
	a    *article.Article
	cfg  Config
	keys keyMap
	st   styles
	help help.Model

	rd       reader
	quotes   quotesPane
	people   peoplePane
	captions captionsPane
	picker   picker

	search    textinput.Model
	searching bool   // the search input is open
	query     string // the last query searched for
	searchSeq int
	anchor    pos // where the search started (incremental search is relative to it)

	paneOpen bool
	tab      tabID
	focus    focusArea
	showHelp bool

	speakers []speakerCount
	lastStep int // index into the visible quotes of the last ]/[ step, -1 none

	flashSeq  int
	notice    string // a one-off message in the status line
	noticeErr bool
	moved     bool // the reader moved before the remembered position arrived

	// partial says the article is still the head of the file (Config.Full
	// has not delivered); wantEnd says the last key was G meanwhile, so the
	// whole article opens at its end. err is Full's error.
	partial bool
	wantEnd bool
	err     error

	width, height int
}

// New returns the reader for a, which must not be changed while the program
// runs (the analysis Cmd reads it concurrently).
func New(a *article.Article, cfg Config) Model {
	if cfg.Theme == "" {
		cfg.Theme = "auto"
	}
	st := newStyles(cfg.Theme != "light", cfg.NoColor)
	m := Model{
		a:        a,
		cfg:      cfg,
		keys:     defaultKeyMap(),
		st:       st,
		help:     help.New(),
		rd:       newReader(a),
		captions: captionsPane{captions: a.Captions},
		picker:   newPicker(&st),
		search:   textinput.New(),
		lastStep: -1,
		partial:  cfg.Full != nil,
	}
	m.help.Styles = st.help
	m.search.Prompt = "/"
	m.search.SetStyles(st.textinput)
	m.rd.setTheme(st.isDark, cfg.NoColor)
	m.quotes.filter = cfg.Speaker
	if cfg.Embedded {
		m.keys.Quit.SetHelp("q", "back to the list")
		m.keys.Back.SetHelp("esc", "back (to the list)")
	}
	m.updateKeys()
	return m
}

// analysedMsg delivers the attribution: the people and quotes of the article.
type analysedMsg struct {
	people []article.Person
	quotes []article.Quote
}

// flashDoneMsg ends the highlight of a jump, unless a newer jump replaced it.
type flashDoneMsg struct{ seq int }

// restoreMsg delivers the remembered reading position.
type restoreMsg struct {
	pos state.Position
	ok  bool
}

// savedMsg reports that the position was saved (or could not be: a position
// is a convenience, so the error is dropped).
type savedMsg struct{}

// flashTime is how long a jumped-to quote, mention or caption stays highlighted.
const flashTime = 1500 * time.Millisecond

// Init starts the analysis, the read of the remembered position and the
// background colour query; the first screen does not wait for any of them.
// When the article is only the head of the file, it starts the parse of
// the whole file instead, and the analysis and the position wait for it.
func (m Model) Init() tea.Cmd {
	var cmds []tea.Cmd
	if m.partial {
		cmds = append(cmds, fullCmd(m.cfg.Full))
	} else {
		cmds = m.articleCmds()
	}
	if m.cfg.Theme == "auto" {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	return tea.Batch(cmds...)
}

// articleCmds are the work on the whole article: the analysis and the read
// of the remembered position.
func (m *Model) articleCmds() []tea.Cmd {
	cmds := []tea.Cmd{analyseCmd(m.a, m.cfg.Analysed)}
	if m.cfg.Remember && m.cfg.StateDir != "" {
		cmds = append(cmds, restoreCmd(m.cfg.StateDir, m.cfg.Path, m.rd.texts))
	}
	return cmds
}

// fullMsg delivers the whole article (Config.Full), or the error that
// parsing it gave.
type fullMsg struct {
	a   *article.Article
	err error
}

// fullCmd parses the whole file off the event loop.
func fullCmd(full func() (*article.Article, error)) tea.Cmd {
	return func() tea.Msg {
		backgroundPriority()
		a, err := full()
		return fullMsg{a: a, err: err}
	}
}

// Err is the error that ended the reader: the whole file, parsed after the
// head was shown (Config.Full), turned out not to be an article. main
// reports it as it reports a parse error before the screen.
func (m Model) Err() error { return m.err }

// analyseCmd runs article.Attribute off the event loop. Attribute reads a and
// does not change it, and nothing else writes to a, so sharing the pointer is
// safe.
func analyseCmd(a *article.Article, done bool) tea.Cmd {
	return func() tea.Msg {
		if done {
			return analysedMsg{people: a.People, quotes: a.Quotes}
		}
		backgroundPriority()
		people, quotes := article.Attribute(a)
		return analysedMsg{people: people, quotes: quotes}
	}
}

// restoreCmd reads the remembered position; texts is the reader's read-only
// block list, hashed to key the position by content.
func restoreCmd(dir, path string, texts []string) tea.Cmd {
	return func() tea.Msg {
		p, ok := state.Load(dir, path, state.Hash(texts...))
		return restoreMsg{pos: p, ok: ok}
	}
}

// saveCmd writes the position; called with copies, on quit.
func saveCmd(dir, path string, texts []string, p state.Position) tea.Cmd {
	return func() tea.Msg {
		_ = state.Save(dir, path, state.Hash(texts...), p)
		return savedMsg{}
	}
}

// Update is the root of the event loop: size and theme, app messages, then
// keys (global first, then the focused child).
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.setSize(msg.Width, msg.Height)
	case tea.BackgroundColorMsg:
		if m.cfg.Theme == "auto" {
			m.setTheme(msg.IsDark())
		}
	case fullMsg:
		cmd = m.setFull(msg)
	case analysedMsg:
		m.setAnalysis(msg)
	case restoreMsg:
		m.restore(msg)
	case searchMsg:
		m.setMatches(msg)
	case jumpMsg:
		cmd = m.jump(msg)
	case filterMsg:
		m.setFilter(msg.speaker)
	case flashDoneMsg:
		if msg.seq == m.flashSeq {
			m.rd.setFlash(nil)
		}
	case tea.MouseWheelMsg:
		m.wantEnd = false
		m.wheel(msg)
	case tea.KeyPressMsg:
		m.notice = ""
		m.wantEnd = false
		m, cmd = m.handleKey(msg)
	}
	m.relayout()
	m.updateKeys()
	return m, cmd
}

// handleKey routes a key: quitting, then open modes (help, search input,
// picker), then the global keys, then the focused child.
func (m Model) handleKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := &m.keys
	switch {
	case key.Matches(msg, k.ForceQuit): // quits, in the library too
		return m, m.quitWith(tea.Quit)
	case m.showHelp:
		if key.Matches(msg, k.Quit) {
			return m, m.quit()
		}
		m.showHelp = false
		return m, nil
	case m.searching:
		return m.updateSearch(msg)
	case m.picker.open:
		var cmd tea.Cmd
		m.picker, cmd = m.picker.update(msg, k)
		return m, cmd
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m, m.quit()
	case key.Matches(msg, k.Back):
		return m, m.back()
	case key.Matches(msg, k.Help):
		m.showHelp = true
	case key.Matches(msg, k.Search):
		return m, m.startSearch()
	case key.Matches(msg, k.NextMatch):
		m.rd.step(1)
		m.moved = true
	case key.Matches(msg, k.PrevMatch):
		m.rd.step(-1)
		m.moved = true
	case key.Matches(msg, k.Speaker):
		m.openTab(tabQuotes, m.paneFocused())
		return m, m.picker.show(m.speakers)
	case key.Matches(msg, k.NextQuote):
		return m, m.stepQuote(1)
	case key.Matches(msg, k.PrevQuote):
		return m, m.stepQuote(-1)
	case key.Matches(msg, k.Terms):
		m.quotes.toggleTerms()
		m.lastStep = -1
	case key.Matches(msg, k.Quotes):
		m.openTab(tabQuotes, true)
	case key.Matches(msg, k.People):
		m.openTab(tabPeople, true)
	case key.Matches(msg, k.Captions):
		m.openTab(tabCaptions, true)
	case key.Matches(msg, k.TabLeft):
		m.openTab((m.tab+numTabs-1)%numTabs, m.focus == focusPane)
	case key.Matches(msg, k.TabRight):
		m.openTab((m.tab+1)%numTabs, m.focus == focusPane)
	case key.Matches(msg, k.ClosePane):
		m.paneOpen, m.focus = false, focusText
	case key.Matches(msg, k.FocusNext, k.FocusPrev):
		m.toggleFocus()
	case m.paneFocused():
		return m.updatePane(msg)
	default:
		m.updateReader(msg)
	}
	return m, nil
}

// updateReader handles the scrolling keys on the text.
func (m *Model) updateReader(msg tea.KeyPressMsg) {
	k, h := &m.keys, max(m.rd.height, 1)
	switch {
	case key.Matches(msg, k.Down):
		m.rd.scroll(1)
	case key.Matches(msg, k.Up):
		m.rd.scroll(-1)
	case key.Matches(msg, k.PageDown):
		m.rd.scroll(max(h-1, 1))
	case key.Matches(msg, k.PageUp):
		m.rd.scroll(-max(h-1, 1))
	case key.Matches(msg, k.HalfDown):
		m.rd.scroll(max(h/2, 1))
	case key.Matches(msg, k.HalfUp):
		m.rd.scroll(-max(h/2, 1))
	case key.Matches(msg, k.Top):
		m.rd.home()
	case key.Matches(msg, k.Bottom):
		m.rd.end()
		m.wantEnd = m.partial // the end of the whole article, once it is here
	default:
		return
	}
	m.moved = true
}

// updatePane hands a key to the focused pane.
func (m Model) updatePane(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	switch m.tab {
	case tabQuotes:
		m.quotes, cmd = m.quotes.update(msg, &m.keys)
	case tabPeople:
		m.people, cmd = m.people.update(msg, &m.keys)
	case tabCaptions:
		m.captions, cmd = m.captions.update(msg, &m.keys)
	}
	return m, cmd
}

func (m *Model) wheel(msg tea.MouseWheelMsg) {
	switch msg.Button {
	case tea.MouseWheelUp:
		m.rd.scroll(-3)
	case tea.MouseWheelDown:
		m.rd.scroll(3)
	default:
		return
	}
	m.moved = true
}

// quit saves the reading position (when remembering) and ends the program,
// or, in the library, goes back to the list.
func (m *Model) quit() tea.Cmd {
	if m.cfg.Embedded {
		return m.quitWith(closeReaderCmd)
	}
	return m.quitWith(tea.Quit)
}

// quitWith saves the reading position (when remembering), then runs end.
func (m *Model) quitWith(end tea.Cmd) tea.Cmd {
	// A head's position would be saved under the head's hash, which no
	// later open matches, in place of the position remembered for the file.
	if m.cfg.Remember && m.cfg.StateDir != "" && !m.partial {
		p := state.Position{Block: m.rd.top.block, Offset: m.rd.topOffset()}
		return tea.Sequence(saveCmd(m.cfg.StateDir, m.cfg.Path, m.rd.texts, p), end)
	}
	return end
}

// back is Esc: it leaves the innermost thing open — search matches, then the
// speaker filter, then the pane; in the library, with nothing open, it goes
// back to the list.
func (m *Model) back() tea.Cmd {
	switch {
	case len(m.rd.matches) > 0 || m.query != "":
		m.rd.clearMatches()
		m.query = ""
	case m.quotes.filter != "":
		m.setFilter("")
	case m.paneOpen:
		m.paneOpen, m.focus = false, focusText
	case m.cfg.Embedded:
		return m.quit()
	}
	return nil
}

// openTab shows a tab, focusing the pane when asked.
func (m *Model) openTab(t tabID, focus bool) {
	m.paneOpen, m.tab = true, t
	if focus {
		m.focus = focusPane
	}
}

// toggleFocus is Tab: between the text and the pane (opening it if closed).
func (m *Model) toggleFocus() {
	if m.focus == focusPane {
		m.focus = focusText
		return
	}
	m.paneOpen, m.focus = true, focusPane
}

// paneFocused says keys go to the pane: it is open, shown and focused.
func (m *Model) paneFocused() bool {
	return m.paneOpen && m.focus == focusPane && m.paneShown()
}

func (m *Model) setTheme(dark bool) {
	m.st = newStyles(dark, m.cfg.NoColor)
	m.rd.setTheme(dark, m.cfg.NoColor)
	m.help.Styles = m.st.help
	m.search.SetStyles(m.st.textinput)
	m.picker.input.SetStyles(m.st.textinput)
}

// analysed reports whether the attribution has arrived; the Quotes pane
// holds the answer, so it is not kept twice.
func (m *Model) analysed() bool { return m.quotes.analysed }

// setAnalysis installs the attribution and applies the initial speaker filter.
func (m *Model) setAnalysis(msg analysedMsg) {
	m.quotes.setQuotes(msg.quotes)
	m.people.setPeople(msg.people)
	m.rd.setQuotes(msg.quotes)
	m.speakers = speakers(msg.quotes)
	if m.cfg.Speaker != "" {
		if name, err := FindSpeaker(msg.quotes, m.cfg.Speaker); err != nil {
			m.notice, m.noticeErr = err.Error(), true
			m.quotes.setFilter("")
		} else {
			m.quotes.setFilter(name)
			m.openTab(tabQuotes, false)
		}
	}
}

// setFilter shows only one speaker's quotes ("" shows all).
func (m *Model) setFilter(speaker string) {
	m.quotes.setFilter(speaker)
	m.lastStep = -1
	if speaker != "" {
		m.paneOpen, m.tab = true, tabQuotes
	}
}

// restore moves to the remembered position, unless the reader has moved.
func (m *Model) restore(msg restoreMsg) {
	if !msg.ok || m.moved || msg.pos.Block >= len(m.rd.blocks) {
		return
	}
	m.rd.top = m.rd.posOf(msg.pos.Block, msg.pos.Offset)
}

// stepQuote is ]/[: the next or previous of the listed quotes (the
// speaker's, when filtered), highlighted in the text in turn.
func (m *Model) stepQuote(d int) tea.Cmd {
	n := len(m.quotes.visible)
	if n == 0 {
		return nil
	}
	if m.lastStep < 0 && d < 0 {
		m.lastStep = n
	}
	m.lastStep = ((m.lastStep+d)%n + n) % n
	m.quotes.list.cursor = m.lastStep
	return m.jump(jumpMsg{jumpQuote, m.quotes.visible[m.lastStep]})
}

// jump scrolls the text to a quote, a person's first mention or a caption
// and highlights it until a tick clears it.
func (m *Model) jump(j jumpMsg) tea.Cmd {
	var spans []span
	switch j.kind {
	case jumpQuote:
		if j.index < len(m.quotes.quotes) {
			spans = m.rd.quoteParts(m.quotes.quotes[j.index])
			m.quotes.selectQuote(j.index)
			for i, v := range m.quotes.visible {
				if v == j.index {
					m.lastStep = i
				}
			}
		}
	case jumpPerson:
		if j.index < len(m.people.people) {
			for _, s := range m.people.people[j.index].Spans {
				if sp, ok := m.rd.spanOf(s); ok {
					spans = append(spans, sp)
					break
				}
			}
		}
	case jumpCaption:
		if j.index < len(m.rd.capBlk) {
			b := m.rd.capBlk[j.index]
			spans = []span{{b, 0, len(m.rd.blocks[b].text)}}
		}
	}
	if len(spans) == 0 {
		m.notice = "not found in the text"
		return nil
	}
	m.rd.setFlash(spans)
	m.rd.reveal(spans[0].block, spans[0].start)
	m.moved = true
	m.flashSeq++
	seq := m.flashSeq
	return tea.Tick(flashTime, func(time.Time) tea.Msg { return flashDoneMsg{seq} })
}

// statusName is the file name for the status line, cleaned: a path comes
// from the command line, not from the model, so it is not clean already.
func (m *Model) statusName() string {
	name := m.cfg.Path
	if name == "" {
		name = m.a.Source
	}
	if name != "-" {
		name = filepath.Base(name)
	}
	return article.Clean(name)
}

// updateKeys disables the bindings that would do nothing now, so they do not
// match and help does not offer them.
func (m *Model) updateKeys() {
	k := &m.keys
	hasMatches := len(m.rd.matches) > 0
	k.NextMatch.SetEnabled(hasMatches)
	k.PrevMatch.SetEnabled(hasMatches)
	k.Speaker.SetEnabled(len(m.speakers) > 0)
	k.NextQuote.SetEnabled(len(m.quotes.visible) > 0)
	k.PrevQuote.SetEnabled(len(m.quotes.visible) > 0)
	k.Terms.SetEnabled(m.analysed())
	k.TabLeft.SetEnabled(m.paneOpen)
	k.TabRight.SetEnabled(m.paneOpen)
	k.ClosePane.SetEnabled(m.paneOpen)
	k.Jump.SetEnabled(m.paneFocused())
	k.Back.SetEnabled(hasMatches || m.query != "" || m.quotes.filter != "" || m.paneOpen || m.cfg.Embedded)
}
