package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"byline/article"
	"byline/internal/library"
)

// libFixture is a library of four files: the seed (with its gold quotes),
// an older article quoting "Mr Healey", an undated one, and a file that
// failed to parse; the entries as Scan finds them (pending) and as the
// workers return them (loaded).
func libFixture(t *testing.T) (root string, pending, loaded []library.Entry) {
	t.Helper()
	root = "/lib"
	seed := seedArticle(t)
	an := seedAnalysis(t, seed)
	seed.People, seed.Quotes = an.people, an.quotes
	para := "Mr Healey said: “We stand ready to help.” Nobody else spoke."
	start := strings.Index(para, "We stand")
	old := &article.Article{
		Source: "old.txt", Format: "text", Headline: "Older news from the ministry", Publication: "Wikinews",
		Published: "2019-01-02T00:00:00Z", Paragraphs: []string{para},
		Authors: []article.Author{{Name: "Ann Writer"}},
		Quotes: []article.Quote{{Text: "We stand ready to help.", Speaker: "Mr Healey", SpeakerType: article.SpeakerPerson,
			Kind: article.KindSpeech, Location: article.LocBody, Paragraphs: []int{0, 0},
			Parts: []article.Span{{Location: article.LocBody, Para: 0, Start: start, End: start + len("We stand ready to help.")}}}},
	}
	undated := &article.Article{Source: "undated.txt", Format: "text", Headline: "Undated piece", Paragraphs: []string{"Text."}}
	paths := []string{"/lib/a/seed.txt", "/lib/old.txt", "/lib/broken.txt", "/lib/undated.txt"}
	for _, p := range paths {
		pending = append(pending, library.Entry{Path: p})
	}
	loaded = []library.Entry{
		{Path: paths[0], Article: seed, Analysed: true},
		{Path: paths[1], Article: old, Analysed: true},
		{Path: paths[2], Err: "/lib/broken.txt:1:1: empty article (the file has no bytes)"},
		{Path: paths[3], Article: undated, Analysed: true},
	}
	return root, pending, loaded
}

func results(es []library.Entry, idx ...int) []library.Result {
	var out []library.Result
	for _, i := range idx {
		out = append(out, library.Result{Index: i, Entry: es[i], Final: true})
	}
	return out
}

// sendLib feeds messages to the library and runs the Cmds they return, as
// send does for the reader.
func sendLib(tb testing.TB, l Library, msgs ...tea.Msg) Library {
	tb.Helper()
	return drive(tb, l, msgs...)
}

func libScreen(l Library) string { return ansi.Strip(l.View().Content) }

// loadedLib is the fixture library fully loaded at w×h.
func loadedLib(t *testing.T, w, h int, sortBy string) (Library, []library.Entry) {
	root, pending, loaded := libFixture(t)
	l := NewLibrary(LibraryConfig{Root: root, Sort: sortBy, Reader: Config{Theme: "dark"}})
	l = sendLib(t, l, tea.WindowSizeMsg{Width: w, Height: h}, scannedMsg{entries: pending},
		loadedMsg{results: results(loaded, 0, 1, 2, 3), done: true})
	return l, loaded
}

// shownTitles is the headline (or file name) of each visible row, in order.
func shownTitles(l Library) []string {
	var out []string
	for _, v := range l.shelf.visible {
		out = append(out, l.shelf.rows[v].title)
	}
	return out
}

func TestLibraryFillsIn(t *testing.T) {
	root, pending, loaded := libFixture(t)
	l := NewLibrary(LibraryConfig{Root: root, Reader: Config{Theme: "dark"}})
	l = sendLib(t, l, tea.WindowSizeMsg{Width: 100, Height: 30})
	if s := libScreen(l); !strings.Contains(s, "reading the folder") {
		t.Errorf("before the scan:\n%s", s)
	}
	l = sendLib(t, l, scannedMsg{entries: pending})
	s := libScreen(l)
	if strings.Count(s, "loading…") != 4 || !strings.Contains(s, "read 0/4") {
		t.Errorf("after the scan, want four loading rows and 0/4:\n%s", s)
	}
	l = sendLib(t, l, loadedMsg{results: results(loaded, 1, 2)})
	s = libScreen(l)
	if !strings.Contains(s, "read 2/4") || strings.Count(s, "loading…") != 2 {
		t.Errorf("half loaded, want read 2/4 and two loading rows:\n%s", s)
	}
	if got := shownTitles(l)[0]; got != "Older news from the ministry" {
		t.Errorf("first row while loading = %q, want the loaded article before pending files", got)
	}
	l = sendLib(t, l, loadedMsg{results: results(loaded, 0, 3), done: true})
	// The seed gives no date: it goes with the undated, by path.
	want := []string{"Older news from the ministry", seedArticle(t).Headline, "Undated piece", "broken.txt"}
	if got := shownTitles(l); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("rows = %q, want newest first, undated, then the error: %q", got, want)
	}
	s = libScreen(l)
	for _, w := range []string{"4 articles", "read in ", "✗ /lib/broken.txt:1:1: empty article", "Wikinews · By Ann Writer · 1 quote",
		"2019-01-02", "Express & Star"} {
		if !strings.Contains(s, w) {
			t.Errorf("screen lacks %q:\n%s", w, s)
		}
	}
	if strings.Contains(s, "loading…") || strings.Contains(s, "/4 ") {
		t.Errorf("loading shown after the last batch:\n%s", s)
	}
	for _, r := range l.shelf.rows {
		if r.entry == 0 && r.date != "" {
			t.Errorf("the seed's bare \"Published\" line shows as its date %q", r.date)
		}
	}
	if listed, analysed := l.Elapsed(); l.loading() || listed == 0 || analysed == 0 {
		t.Errorf("loading=%v elapsed=%v, %v after done", l.loading(), listed, analysed)
	}
}

// TestLibrarySkipsSniffedOut: a file without extension that is not text
// leaves the list.
func TestLibrarySkipsSniffedOut(t *testing.T) {
	root, pending, loaded := libFixture(t)
	loaded[3] = library.Entry{Path: pending[3].Path, Skip: true}
	l := NewLibrary(LibraryConfig{Root: root, Reader: Config{Theme: "dark"}})
	l = sendLib(t, l, tea.WindowSizeMsg{Width: 100, Height: 30}, scannedMsg{entries: pending},
		loadedMsg{results: results(loaded, 0, 1, 2, 3), done: true})
	if n := len(l.shelf.rows); n != 3 {
		t.Errorf("%d rows, want 3", n)
	}
}

// TestLibraryTwoPasses: the structure comes first (headline, date,
// "analysing…"), then the analysis (the quote count); an article opened
// before its analysis is analysed by the reader.
func TestLibraryTwoPasses(t *testing.T) {
	root, pending, loaded := libFixture(t)
	old := loaded[1]
	structure := old
	a := *old.Article
	a.Quotes, a.People = []article.Quote{}, []article.Person{}
	structure.Article, structure.Analysed = &a, false
	l := NewLibrary(LibraryConfig{Root: root, Reader: Config{Theme: "dark"}})
	l = sendLib(t, l, tea.WindowSizeMsg{Width: 100, Height: 30}, scannedMsg{entries: pending},
		loadedMsg{results: append(results(loaded, 0, 2, 3), library.Result{Index: 1, Entry: structure})})
	s := libScreen(l)
	if !strings.Contains(s, "Wikinews · By Ann Writer · analysing…") || !strings.Contains(s, "analysed 3/4") || !l.loading() {
		t.Errorf("structure only:\n%s", s)
	}
	// Attribute first: it loads the word lists, so the reader's own analysis
	// Cmd below is quick enough for runCmd's wait on a loaded machine.
	_, quotes := article.Attribute(&a)
	r := sendLib(t, l, keys("enter")...) // the older article, not analysed yet
	if r.mode != modeReading || !r.reader.analysed() || len(r.reader.quotes.quotes) != len(quotes) {
		t.Errorf("the reader did not run the analysis itself: analysed %v", r.reader.analysed())
	}
	l = sendLib(t, l, loadedMsg{results: results(loaded, 1), done: true})
	if s := libScreen(l); !strings.Contains(s, "Wikinews · By Ann Writer · 1 quote") || l.loading() {
		t.Errorf("analysed:\n%s", s)
	}
}

func TestLibrarySort(t *testing.T) {
	l, _ := loadedLib(t, 100, 30, SortTitle)
	got := strings.Join(shownTitles(l), "|")
	if !strings.HasPrefix(got, "broken.txt|Healey to convene") || !strings.HasSuffix(got, "Older news from the ministry|Undated piece") {
		t.Errorf("by title: %q", got)
	}
	l = sendLib(t, l, keys("o")...) // title → name
	if got := shownTitles(l); got[0] != seedArticle(t).Headline || got[1] != "broken.txt" {
		t.Errorf("by name (a/seed.txt, broken.txt, …): %q", got)
	}
	if s := libScreen(l); !strings.Contains(s, "by name") {
		t.Errorf("header does not say the order:\n%s", s)
	}
}

func TestLibraryFilter(t *testing.T) {
	l, _ := loadedLib(t, 100, 30, "")
	l = sendLib(t, l, keys("j", "j")...)
	l = sendLib(t, l, append(keys("/"), typed("undat")...)...)
	if got := shownTitles(l); len(got) != 1 || got[0] != "Undated piece" {
		t.Fatalf("filter undat: %q", got)
	}
	if s := libScreen(l); !strings.Contains(s, "/undat") || !strings.Contains(s, "1/4 articles") {
		t.Errorf("filter not shown:\n%s", s)
	}
	// Esc clears the filter; the cursor stays on the article it was on.
	l = sendLib(t, l, keys("esc")...)
	if len(l.shelf.visible) != 4 || l.shelf.selectedRow().title != "Undated piece" {
		t.Errorf("after Esc: %d rows, cursor on %q", len(l.shelf.visible), l.shelf.selectedRow().title)
	}
	// Type, Enter reads the best match; Esc comes back to the filtered list.
	l = sendLib(t, l, append(keys("/"), typed("ministry")...)...)
	l = sendLib(t, l, keys("enter")...)
	if l.mode != modeReading || l.reader.a.Headline != "Older news from the ministry" {
		t.Fatalf("Enter in the filter: mode %v", l.mode)
	}
	l = sendLib(t, l, keys("esc")...)
	if l.mode != modeShelf || l.shelf.query != "ministry" || len(l.shelf.visible) != 1 {
		t.Errorf("back from the reader: mode %v query %q", l.mode, l.shelf.query)
	}
	// `/` edits the query; a query nothing matches says so.
	l = sendLib(t, l, append(keys("/"), typed("zzzzqq")...)...)
	if s := libScreen(l); !strings.Contains(s, "No article matches /ministryzzzzqq") {
		t.Errorf("no match:\n%s", s)
	}
}

func TestLibraryOpenAndBack(t *testing.T) {
	l, _ := loadedLib(t, 100, 30, "")
	l = sendLib(t, l, keys("enter")...) // the first: the older article
	if l.mode != modeReading {
		t.Fatal("Enter does not read")
	}
	s := ansi.Strip(l.View().Content)
	if !strings.Contains(s, "Mr Healey said") || !strings.Contains(s, "old.txt") {
		t.Errorf("reader screen:\n%s", s)
	}
	l = sendLib(t, l, keys("j", "1")...) // keys go to the reader
	if !l.reader.paneOpen {
		t.Error("`1` did not reach the reader")
	}
	l = sendLib(t, l, keys("esc")...) // closes the pane first
	if l.mode != modeReading {
		t.Fatal("Esc left the reader with its pane open")
	}
	l = sendLib(t, l, keys("esc")...)
	if l.mode != modeShelf || l.shelf.selectedRow().title != "Older news from the ministry" {
		t.Fatalf("Esc: mode %v, cursor on %q", l.mode, l.shelf.selectedRow().title)
	}
	// q in the reader is back too; q in the list quits.
	l = sendLib(t, l, keys("enter")...)
	next, cmd := l.Update(keys("q")[0])
	for _, msg := range runCmd(cmd) {
		if _, ok := msg.(tea.QuitMsg); ok {
			t.Fatal("q in the reader quits the library")
		}
		next, _ = next.(Library).Update(msg)
	}
	l = next.(Library)
	if l.mode != modeShelf {
		t.Fatal("q in the reader does not go back")
	}
	if _, cmd := l.Update(keys("q")[0]); !isQuit(cmd) {
		t.Error("q in the list does not quit")
	}
	// Ctrl-C quits from the reader too.
	r := sendLib(t, l, keys("enter")...)
	if _, cmd := r.Update(keys("ctrl+c")[0]); r.mode != modeReading || !isQuit(cmd) {
		t.Error("ctrl+c in the library's reader does not quit")
	}
	// A failed file opens nothing.
	l = sendLib(t, l, keys("G", "enter")...)
	if l.mode != modeShelf {
		t.Error("the error row opened")
	}
}

func TestLibrarySpeakers(t *testing.T) {
	l, _ := loadedLib(t, 100, 40, "")
	l = sendLib(t, l, keys("S")...)
	s := libScreen(l)
	if l.mode != modeSpeakers || !strings.Contains(s, "Speakers across the library") {
		t.Fatalf("S:\n%s", s)
	}
	// The seed's "John Healey" and the older article's "Mr Healey" are one.
	var healey *library.Speaker
	for i, sp := range l.voices.speakers {
		if strings.Contains(sp.Name, "Healey") {
			if healey != nil {
				t.Errorf("Healey listed twice: %q and %q", healey.Name, sp.Name)
			}
			healey = &l.voices.speakers[i]
			l.voices.list.cursor = i
		}
	}
	if healey == nil || healey.Name != "John Healey" {
		t.Fatalf("no John Healey in %+v", l.voices.speakers)
	}
	if !strings.Contains(s, "John Healey  "+plural(len(healey.Quotes), "quote")) {
		t.Errorf("count not shown:\n%s", s)
	}
	// The footer offers only what works here: no sort order, Enter named
	// for what it does.
	if !strings.Contains(s, "enter their quotes") || strings.Contains(s, "sort order") {
		t.Errorf("speakers footer:\n%s", s)
	}
	if s := libScreen(sendLib(t, l, keys("?")...)); !strings.Contains(s, "filtering: choose the highlighted") {
		t.Errorf("speakers help:\n%s", s)
	}
	if sorted := sendLib(t, l, keys("o")...); sorted.shelf.sortBy != l.shelf.sortBy {
		t.Error("o changed the sort order from the speakers view")
	}
	l = sendLib(t, l, keys("enter")...)
	s = libScreen(l)
	if !strings.Contains(s, "John Healey · ") || !strings.Contains(s, "— Older news from the ministry · 2019-01-02 · old.txt") {
		t.Errorf("Healey's quotes:\n%s", s)
	}
	if !strings.Contains(s, "enter read at the quote") || strings.Contains(s, "/ filter") {
		t.Errorf("a speaker's quotes footer:\n%s", s)
	}
	l = sendLib(t, l, keys("G", "enter")...) // the last: the older article's
	if l.mode != modeReading || l.reader.a.Headline != "Older news from the ministry" {
		t.Fatalf("Enter on a quote: mode %v", l.mode)
	}
	if len(l.reader.rd.flash) != 1 || l.reader.rd.flash[0].start != strings.Index(l.reader.a.Paragraphs[0], "We stand") {
		t.Errorf("the quote is not highlighted: %+v", l.reader.rd.flash)
	}
	// A late flash tick of this reader does not end the highlight of the
	// next one.
	stale := flashDoneMsg{l.reader.flashSeq}
	l = sendLib(t, l, keys("esc")...)
	l = sendLib(t, l, keys("enter")...)
	l = sendLib(t, l, stale)
	if l.mode != modeReading || len(l.reader.rd.flash) != 1 {
		t.Error("a closed reader's flash tick ended the open reader's highlight")
	}
	// Back returns to the speaker's quotes, then the speakers, then the list.
	l = sendLib(t, l, keys("esc")...)
	if l.mode != modeSpeakers || l.voices.chosen < 0 {
		t.Fatal("Esc from the reader does not return to the quotes")
	}
	l = sendLib(t, l, keys("esc", "esc")...)
	if l.mode != modeShelf {
		t.Fatal("Esc does not come back to the list")
	}
	if s := libScreen(l); !strings.Contains(s, "enter read") || !strings.Contains(s, "o sort order") {
		t.Errorf("the list's footer is not restored:\n%s", s)
	}
}

func TestLibraryFitsAndHelp(t *testing.T) {
	l, _ := loadedLib(t, 100, 30, "")
	for _, size := range [][2]int{{100, 30}, {40, 10}, {20, 5}, {1, 1}} {
		l = sendLib(t, l, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		lines := strings.Split(l.View().Content, "\n")
		if len(lines) > size[1] {
			t.Errorf("%v: %d lines", size, len(lines))
		}
		for _, ln := range lines {
			if w := ansi.StringWidth(ln); w > size[0] {
				t.Errorf("%v: line %d cells wide: %q", size, w, ansi.Strip(ln))
			}
		}
	}
	l = sendLib(t, l, tea.WindowSizeMsg{Width: 100, Height: 30})
	l = sendLib(t, l, keys("?")...)
	if s := libScreen(l); !strings.Contains(s, "speakers") || !strings.Contains(s, "filter") {
		t.Errorf("help:\n%s", s)
	}
}

// TestLibraryLoadsFolder runs the real Cmds on a folder: the scan, the
// worker pool and the batches, until the list is full.
func TestLibraryLoadsFolder(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"one.txt", "two.txt", "sub/three.txt", "bad.txt"} {
		_ = os.MkdirAll(filepath.Dir(filepath.Join(dir, n)), 0o755)
		b := src
		if n == "bad.txt" {
			b = nil
		}
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	l := NewLibrary(LibraryConfig{Root: dir, Reader: Config{Theme: "dark"}, Workers: 2})
	l = sendLib(t, l, tea.WindowSizeMsg{Width: 80, Height: 20})
	msg := scanCmd(dir, 2)()
	next, cmd := l.Update(msg)
	for deadline := time.Now().Add(10 * time.Second); cmd != nil && time.Now().Before(deadline); {
		next, cmd = next.(Library).Update(cmd())
	}
	l = next.(Library)
	if l.loading() || len(l.shelf.rows) != 4 {
		t.Fatalf("loading=%v rows=%d", l.loading(), len(l.shelf.rows))
	}
	if r := l.shelf.rows[3]; r.title != "bad.txt" || !strings.Contains(r.err, "empty") {
		t.Errorf("last row %+v", r)
	}
}

func TestCompactMatch(t *testing.T) {
	if compact("united states military kills", "imus") {
		t.Error("letters strewn over a line pass as a match")
	}
	for _, h := range []string{"radio host don imus dies", "conservative party wins majority in 2019 uk general election"} {
		for _, q := range []string{"imus", "rdio hst", "election", "conservative"} {
			if strings.Contains(h, q) && !compact(h, q) {
				t.Errorf("compact(%q, %q) is false", h, q)
			}
		}
	}
	if !compact("radio host", "rdio hst") {
		t.Error("a match with skipped letters is dropped")
	}
}

// TestLibrarySpeakerFilter: `/` in the speakers narrows them as you type
// (q is text there, not quit); Enter chooses; Esc steps back out.
func TestLibrarySpeakerFilter(t *testing.T) {
	l, _ := loadedLib(t, 100, 40, "")
	l = sendLib(t, l, keys("S", "/")...)
	next, cmd := l.Update(keys("q")[0])
	if isQuit(cmd) {
		t.Fatal("q in the speaker filter quits")
	}
	l = next.(Library)
	l = sendLib(t, l, keys("backspace")...)
	l = sendLib(t, l, typed("heal")...)
	if len(l.voices.shown) != 1 || l.voices.speakers[l.voices.shown[0]].Name != "John Healey" {
		var names []string
		for _, i := range l.voices.shown {
			names = append(names, l.voices.speakers[i].Name)
		}
		t.Fatalf("/heal shows %q", names)
	}
	if s := libScreen(l); !strings.Contains(s, "/heal") || strings.Contains(s, "Zelensky") {
		t.Errorf("filtered speakers:\n%s", s)
	}
	l = sendLib(t, l, keys("enter")...)
	if l.voices.chosen < 0 || l.voices.speakers[l.voices.chosen].Name != "John Healey" {
		t.Fatal("Enter in the filter did not choose Healey")
	}
	l = sendLib(t, l, keys("esc")...) // to the filtered speakers
	if l.voices.chosen >= 0 || len(l.voices.shown) != 1 {
		t.Fatal("Esc from the quotes")
	}
	l = sendLib(t, l, keys("esc")...) // clears the filter
	if len(l.voices.shown) != len(l.voices.speakers) || l.mode != modeSpeakers {
		t.Fatal("Esc did not clear the speaker filter")
	}
	l = sendLib(t, l, keys("esc")...)
	if l.mode != modeShelf {
		t.Fatal("Esc did not return to the list")
	}
}

func TestLibraryMouse(t *testing.T) {
	root, pending, loaded := libFixture(t)
	l := NewLibrary(LibraryConfig{Root: root, Reader: Config{Theme: "dark", Mouse: true}})
	l = sendLib(t, l, tea.WindowSizeMsg{Width: 100, Height: 30}, scannedMsg{entries: pending},
		loadedMsg{results: results(loaded, 0, 1, 2, 3), done: true})
	if l.View().MouseMode != tea.MouseModeCellMotion {
		t.Error("--mouse does not turn the mouse on")
	}
	l = sendLib(t, l, tea.MouseWheelMsg{Button: tea.MouseWheelDown}, tea.MouseWheelMsg{Button: tea.MouseWheelDown},
		tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	if l.shelf.list.cursor != 1 {
		t.Errorf("wheel: cursor %d, want 1", l.shelf.list.cursor)
	}
}

// selectedRow is the row under the cursor, or nil.
func (s *shelf) selectedRow() *shelfRow {
	if s.list.cursor < len(s.visible) {
		return &s.rows[s.visible[s.list.cursor]]
	}
	return nil
}
