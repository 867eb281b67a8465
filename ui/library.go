package ui

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/progress"
	tea "charm.land/bubbletea/v2"

	"byline/article"
	"byline/internal/library"
)

// LibraryConfig is how main sets the library view (`byline DIR`) up.
type LibraryConfig struct {
	// Root is the folder whose articles are listed (recursively).
	Root string
	// Sort is SortDate (newest first, the default), SortTitle or SortName.
	Sort string
	// Reader is the configuration of the reader an article opens in; its
	// Path, Speaker and Analysed are set per article.
	Reader Config
	// Workers is the number of files parsed at once; 0 means one per core.
	Workers int
}

// libMode is what the library shows.
type libMode int

const (
	modeShelf    libMode = iota // the list of articles
	modeSpeakers                // the speakers across the library (S)
	modeReading                 // an article, in the reader
)

// Library is the root model of `byline DIR`: the list of the folder's
// articles, filled in while they are parsed in the background, the
// speakers across them, and the reader an article opens in. Esc or q in
// the reader comes back to the list where it was.
type Library struct {
	cfg  LibraryConfig
	keys libKeyMap
	st   styles
	help help.Model
	bar  progress.Model

	entries []library.Entry // in scan order; an entry is replaced, never changed
	loaded  []bool          // the entry's structure (or error) has come
	final   []bool          // the entry will not change again (analysed or failed)
	nLoaded int
	nFinal  int
	scanned bool
	scanErr string
	results <-chan library.Result
	started time.Time
	listed  time.Duration // time to the full list (every file's structure read)
	elapsed time.Duration // time to the end (every article analysed)

	shelf  shelf
	voices voices
	mode   libMode
	reader Model
	back   libMode // where Esc/q in the reader returns to
	// seq is where the next reader's flash and search counters start, past
	// every earlier reader's: a tick or search result of a closed reader
	// arriving late can then never match the open one's.
	seq int

	showHelp      bool
	width, height int
}

// NewLibrary returns the library view of cfg.Root; Init starts the scan.
func NewLibrary(cfg LibraryConfig) Library {
	if cfg.Reader.Theme == "" {
		cfg.Reader.Theme = "auto"
	}
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.NumCPU()
	}
	st := newStyles(cfg.Reader.Theme != "light", cfg.Reader.NoColor)
	l := Library{
		cfg:    cfg,
		keys:   defaultLibKeyMap(),
		st:     st,
		help:   help.New(),
		shelf:  newShelf(&st, cfg.Sort),
		voices: newVoices(&st),
	}
	l.help.Styles = st.help
	l.bar = l.newBar()
	return l
}

// newBar is the loading progress bar in the library's colours.
func (l *Library) newBar() progress.Model {
	b := progress.New(progress.WithColors(l.st.progressFull), progress.WithFillCharacters('█', '░'))
	b.EmptyColor = l.st.progressEmpty
	b.SetWidth(max(l.width-2, 10))
	return b
}

// scannedMsg delivers the folder's candidate files, and the channel on
// which the workers send each parsed one.
type scannedMsg struct {
	entries []library.Entry
	results <-chan library.Result
	err     error
}

// loadedMsg delivers a batch of parsed files; done says the channel closed.
type loadedMsg struct {
	results []library.Result
	done    bool
}

// closeReaderMsg asks the library to close the reader and show the list.
type closeReaderMsg struct{}

func closeReaderCmd() tea.Msg { return closeReaderMsg{} }

// Init scans the folder, off the event loop, and asks for the background.
func (l Library) Init() tea.Cmd {
	cmds := []tea.Cmd{scanCmd(l.cfg.Root, l.cfg.Workers)}
	if l.cfg.Reader.Theme == "auto" {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	return tea.Batch(cmds...)
}

// scanCmd walks root and starts the worker pool (library.Run, one worker
// per core) on a copy of the entries; results come back through the
// channel, read by waitCmd in batches.
func scanCmd(root string, workers int) tea.Cmd {
	return func() tea.Msg {
		entries, err := library.Scan(root)
		if err != nil {
			return scannedMsg{err: err}
		}
		ch := make(chan library.Result, 4*workers)
		jobs := append([]library.Entry(nil), entries...)
		go library.Run(context.Background(), jobs, workers, ch)
		return scannedMsg{entries: entries, results: ch}
	}
}

// Batching: a batch ends batchTime after its first result or at batchMax
// results, so the list fills in about twenty times a second however fast
// the workers are, and the event loop is never flooded.
const (
	batchTime = 50 * time.Millisecond
	batchMax  = 512
)

// waitCmd waits for the next batch of parsed files.
func waitCmd(ch <-chan library.Result) tea.Cmd {
	return func() tea.Msg {
		r, ok := <-ch
		if !ok {
			return loadedMsg{done: true}
		}
		batch := []library.Result{r}
		timer := time.NewTimer(batchTime)
		defer timer.Stop()
		for len(batch) < batchMax {
			select {
			case r, ok := <-ch:
				if !ok {
					return loadedMsg{results: batch, done: true}
				}
				batch = append(batch, r)
			case <-timer.C:
				return loadedMsg{results: batch}
			}
		}
		return loadedMsg{results: batch}
	}
}

// Update is the root of the event loop (see update), after which the keys
// are brought in line with the view the message left on screen.
func (l Library) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := l.update(msg)
	if lib, ok := m.(Library); ok {
		lib.updateKeys()
		return lib, cmd
	}
	return m, cmd
}

// updateKeys disables the keys that would do nothing in the view shown and
// names Enter for what it does there, so the footer and the `?` screen never
// lie (the reader's updateKeys does the same): the speakers view has no sort
// order, and its quotes no filter.
func (l *Library) updateKeys() {
	k := &l.keys
	speakers := l.mode == modeSpeakers
	k.Sort.SetEnabled(!speakers)
	k.Filter.SetEnabled(!speakers || l.voices.chosen < 0)
	k.Accept.SetHelp("enter", "filtering: read the highlighted")
	if speakers {
		k.Accept.SetHelp("enter", "filtering: choose the highlighted")
	}
	switch {
	case speakers && l.voices.chosen < 0:
		k.Open.SetHelp("enter", "their quotes")
	case speakers:
		k.Open.SetHelp("enter", "read at the quote")
	default:
		k.Open.SetHelp("enter", "read")
	}
}

// update handles one message: library messages first, whatever is shown
// (loading goes on while an article is read), then the reader's own
// messages and keys when it is open, then the list's keys.
func (l Library) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		l.setSize(msg.Width, msg.Height)
		if l.mode == modeReading {
			return l.updateReader(msg)
		}
		return l, nil
	case tea.BackgroundColorMsg:
		if l.cfg.Reader.Theme == "auto" {
			l.setTheme(msg.IsDark())
		}
		if l.mode == modeReading {
			return l.updateReader(msg)
		}
		return l, nil
	case scannedMsg:
		return l, l.setScanned(msg)
	case loadedMsg:
		return l, l.addResults(msg)
	case speakersMsg:
		l.voices.set(msg.speakers)
		l.voices.stale = msg.loaded < l.nFinal
		return l, nil
	case openQuoteMsg:
		return l, l.open(msg.entry, msg.quote)
	case closeReaderMsg:
		l.mode = l.back
		l.seq = max(l.reader.flashSeq, l.reader.searchSeq) + 1
		return l, nil
	}
	if l.mode == modeReading {
		return l.updateReader(msg)
	}
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return l.handleKey(msg)
	case tea.MouseWheelMsg:
		l.wheel(msg)
	}
	return l, nil
}

// wheel moves the cursor of the list shown by one item a notch (--mouse).
func (l *Library) wheel(msg tea.MouseWheelMsg) {
	d := 0
	switch msg.Button {
	case tea.MouseWheelUp:
		d = -1
	case tea.MouseWheelDown:
		d = 1
	}
	switch {
	case l.mode == modeSpeakers && l.voices.chosen >= 0:
		l.voices.quotes.move(d, len(l.voices.speakers[l.voices.chosen].Quotes))
	case l.mode == modeSpeakers:
		l.voices.list.move(d, len(l.voices.shown))
	default:
		l.shelf.list.move(d, len(l.shelf.visible))
		l.shelf.moved = true
	}
}

// updateReader hands a message to the open reader.
func (l Library) updateReader(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := l.reader.Update(msg)
	l.reader = m.(Model)
	return l, cmd
}

// handleKey routes a key in the list or the speakers view.
func (l Library) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := &l.keys
	switch {
	case key.Matches(msg, k.ForceQuit):
		return l, tea.Quit
	case l.showHelp:
		l.showHelp = false
		if key.Matches(msg, k.Quit) {
			return l, tea.Quit
		}
		return l, nil
	case l.mode == modeSpeakers && l.voices.typing:
		var cmd tea.Cmd
		l.voices, cmd = l.voices.updateInput(msg, k)
		return l, cmd
	case l.shelf.typing:
		if key.Matches(msg, k.Accept) {
			l.shelf.typing = false
			l.shelf.input.Blur()
			return l, l.openSelected()
		}
		var cmd tea.Cmd
		l.shelf, cmd = l.shelf.updateInput(msg, k)
		return l, cmd
	case key.Matches(msg, k.Help):
		l.showHelp = true
		return l, nil
	case key.Matches(msg, k.Quit):
		return l, tea.Quit
	}
	if l.mode == modeSpeakers {
		if key.Matches(msg, k.Speakers) {
			return l, l.showSpeakers()
		}
		var cmd tea.Cmd
		var used bool
		l.voices, cmd, used = l.voices.update(msg, k)
		if !used && key.Matches(msg, k.Back) {
			l.mode = modeShelf
		}
		return l, cmd
	}
	switch {
	case key.Matches(msg, k.Filter):
		return l, l.shelf.startFilter()
	case key.Matches(msg, k.Back):
		if l.shelf.query != "" {
			l.shelf.clearFilter()
		}
	case key.Matches(msg, k.Open):
		return l, l.openSelected()
	case key.Matches(msg, k.Speakers):
		return l, l.showSpeakers()
	case key.Matches(msg, k.Sort):
		l.shelf.cycleSort()
	default:
		l.shelf = l.shelf.update(msg, k)
	}
	return l, nil
}

// showSpeakers is S: the speakers view, gathered (again, when more
// articles loaded since) in a Cmd.
func (l *Library) showSpeakers() tea.Cmd {
	l.mode = modeSpeakers
	if l.voices.ready && !l.voices.stale {
		return nil
	}
	if !l.voices.ready {
		l.voices.chosen = -1
	}
	return speakersCmd(append([]library.Entry(nil), l.entries...), l.nFinal)
}

// openSelected reads the article under the list cursor.
func (l *Library) openSelected() tea.Cmd {
	i := l.shelf.selected()
	if i < 0 {
		return nil
	}
	return l.open(i, -1)
}

// open shows entry i in the reader, at quote qi (scrolled there and
// highlighted) when qi ≥ 0. A file that has not loaded yet or failed opens
// nothing: its row already says why.
func (l *Library) open(i, qi int) tea.Cmd {
	if i < 0 || i >= len(l.entries) || l.entries[i].Article == nil {
		return nil
	}
	e := l.entries[i]
	a := e.Article
	cfg := l.cfg.Reader
	cfg.Path, cfg.Speaker, cfg.Analysed, cfg.Embedded = e.Path, "", e.Analysed, true
	if cfg.Theme == "auto" {
		cfg.Theme = "light"
		if l.st.isDark {
			cfg.Theme = "dark"
		}
	}
	r := New(a, cfg)
	r.flashSeq, r.searchSeq = l.seq, l.seq
	r.setSize(l.width, l.height)
	var cmds []tea.Cmd
	if e.Analysed {
		r.setAnalysis(analysedMsg{people: a.People, quotes: a.Quotes})
	} else { // not analysed yet: the reader runs the attribution itself
		cmds = append(cmds, analyseCmd(a, false))
	}
	if qi >= 0 && qi < len(a.Quotes) {
		cmds = append(cmds, r.jump(jumpMsg{jumpQuote, qi}))
	} else if cfg.Remember && cfg.StateDir != "" {
		cmds = append(cmds, restoreCmd(cfg.StateDir, cfg.Path, r.rd.texts))
	}
	r.relayout()
	r.updateKeys()
	l.reader, l.back, l.mode = r, l.mode, modeReading
	return tea.Batch(cmds...)
}

// setScanned installs the candidate files as pending rows and starts
// reading the workers' results.
func (l *Library) setScanned(msg scannedMsg) tea.Cmd {
	l.scanned = true
	if msg.err != nil {
		l.scanErr = article.Clean(msg.err.Error())
		return nil
	}
	l.started = time.Now()
	l.entries = msg.entries
	l.loaded = make([]bool, len(msg.entries))
	l.final = make([]bool, len(msg.entries))
	rows := make([]shelfRow, len(msg.entries))
	for i, e := range msg.entries {
		rows[i] = newShelfRow(i, l.cfg.Root, e, false)
	}
	l.shelf.setRows(rows)
	l.results = msg.results
	if l.results == nil {
		return nil
	}
	return waitCmd(l.results)
}

// addResults installs a batch of results: each changed row is rebuilt,
// skipped files (no extension, not text) leave the list, and the list is
// re-sorted with the cursor kept on its article.
func (l *Library) addResults(msg loadedMsg) tea.Cmd {
	changed := map[int]bool{}
	for _, r := range msg.results {
		i := r.Index
		if i < 0 || i >= len(l.entries) || l.final[i] {
			continue
		}
		l.entries[i], changed[i] = r.Entry, true
		if !l.loaded[i] {
			l.loaded[i] = true
			l.nLoaded++
		}
		if r.Final {
			l.final[i] = true
			l.nFinal++
		}
	}
	rows := make([]shelfRow, 0, len(l.shelf.rows))
	for _, row := range l.shelf.rows {
		e := l.entries[row.entry]
		if e.Skip {
			continue
		}
		if changed[row.entry] {
			row = newShelfRow(row.entry, l.cfg.Root, e, true)
		}
		rows = append(rows, row)
	}
	l.shelf.setRows(rows)
	if l.voices.ready {
		l.voices.stale = true
	}
	if l.listed == 0 && l.nLoaded == len(l.entries) && !l.started.IsZero() {
		l.listed = time.Since(l.started)
	}
	if msg.done || l.nFinal == len(l.entries) {
		if l.elapsed == 0 && !l.started.IsZero() {
			l.elapsed = time.Since(l.started)
		}
		l.results = nil
		return nil
	}
	if l.results == nil {
		return nil
	}
	return waitCmd(l.results)
}

// loading says files are still being parsed.
func (l *Library) loading() bool { return !l.scanned || l.nFinal < len(l.entries) }

func (l *Library) setSize(w, h int) {
	l.width, l.height = max(w, 0), max(h, 0)
	l.relayout()
}

// Layout: a title row and a progress (or filter) row above the list, the
// help line below it.
const libChromeRows = 3

func (l *Library) relayout() {
	body := max(l.height-libChromeRows, 0)
	l.shelf.setSize(l.width, body)
	l.voices.setSize(l.width, body)
	l.bar.SetWidth(max(l.width-2, 4))
	l.help.SetWidth(l.width)
}

func (l *Library) setTheme(dark bool) {
	l.st = newStyles(dark, l.cfg.Reader.NoColor)
	l.help.Styles = l.st.help
	l.shelf.input.SetStyles(l.st.textinput)
	l.voices.input.SetStyles(l.st.textinput)
	l.bar = l.newBar()
}

// View draws the list or the speakers, or the reader when it is open.
func (l Library) View() tea.View {
	if l.mode == modeReading {
		return l.reader.View()
	}
	v := tea.NewView(l.render())
	v.AltScreen = true
	if l.cfg.Reader.Mouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	return v
}

func (l Library) render() string {
	if l.width <= 0 || l.height <= 0 {
		return ""
	}
	body := max(l.height-libChromeRows, 0)
	var rows []string
	if l.showHelp {
		rows = l.helpView(l.width, l.height)
		return strings.Join(rows, "\n")
	}
	title, second := l.header()
	rows = append(rows, title, second)
	var list []string
	switch {
	case l.scanErr != "":
		list = []string{l.st.itemError.Render(fit("  "+l.scanErr, l.width))}
	case !l.scanned:
		list = []string{l.st.note.Render(fit("  reading the folder…", l.width))}
	case l.mode == modeSpeakers:
		list = l.voices.view(&l.st, l.entries, l.cfg.Root)
	default:
		list = l.shelf.view(&l.st)
	}
	blank := spaces(l.width)
	for i := 0; i < body; i++ {
		if i < len(list) {
			rows = append(rows, fit(list[i], l.width))
		} else {
			rows = append(rows, blank)
		}
	}
	rows = append(rows, fit(" "+l.help.ShortHelpView(l.keys.ShortHelp()), l.width))
	return strings.Join(rows[:min(len(rows), l.height)], "\n")
}

// header is the title row ("byline · DIR · 120 articles · by date") and the
// second row: the filter input, the progress bar while loading, the
// speaker's title, or the load time.
func (l *Library) header() (string, string) {
	title := " byline · " + article.Clean(l.cfg.Root)
	if l.scanned && l.scanErr == "" {
		title += " · " + l.shelf.counter() + " · by " + l.shelf.sortBy
	}
	if l.mode == modeSpeakers {
		title = " " + l.voices.title()
	}
	first := l.st.status.Render(fit(title, l.width))
	var second string
	switch {
	case l.mode == modeShelf && (l.shelf.typing || l.shelf.query != ""):
		if l.shelf.typing {
			second = l.shelf.input.View()
		} else {
			second = l.st.statusAccent.Render("/" + l.shelf.query)
		}
	case l.loading() && l.scanned && len(l.entries) > 0:
		// Two passes (library.Run): reading, then analysing; the bar
		// covers both.
		n := len(l.entries)
		pct := float64(l.nLoaded+l.nFinal) / float64(2*n)
		label := fmt.Sprintf(" read %d/%d ", l.nLoaded, n)
		if l.nLoaded == n {
			label = fmt.Sprintf(" analysed %d/%d ", l.nFinal, n)
		}
		l.bar.SetWidth(max(l.width-displayWidth(label)-2, 4))
		second = " " + l.bar.ViewAs(pct) + l.st.note.Render(label)
	case l.mode == modeSpeakers && l.voices.stale:
		second = l.st.note.Render(" more articles loaded · " + l.keys.Speakers.Help().Key + " again to count them")
	case l.mode == modeShelf && l.elapsed > 0:
		second = l.st.note.Render(fmt.Sprintf(" read in %v on %d cores", l.elapsed.Round(time.Millisecond), l.cfg.Workers))
	}
	return first, fit(second, l.width)
}

// helpView is the library's `?` screen, generated from its key bindings.
func (l *Library) helpView(w, h int) []string {
	lines := []string{l.st.headline.Render(fit(" byline library — keys (any key closes)", w)), spaces(w)}
	for _, ln := range splitLines(l.help.FullHelpView(l.keys.FullHelp())) {
		lines = append(lines, fit(" "+ln, w))
	}
	for len(lines) < h {
		lines = append(lines, spaces(w))
	}
	return lines[:h]
}

// Elapsed is the time from the scan to the full list (every file's
// structure read) and to the end (every article analysed), each 0 until
// reached: the library benchmark's figures.
func (l Library) Elapsed() (listed, analysed time.Duration) { return l.listed, l.elapsed }
