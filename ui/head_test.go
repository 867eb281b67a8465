package ui

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"byline/article"
	"byline/internal/testtext"
)

// newHead is the reader as main opens a long file: on its head, with the
// whole parse as Config.Full, sized w x h. It returns the message Full
// delivers, for the test to send when it chooses.
func newHead(tb testing.TB, src []byte, w, h int, cfg Config) (Model, fullMsg) {
	tb.Helper()
	head := article.ParseHead("long.txt", src, "")
	if head == nil {
		tb.Fatal("ParseHead: nil for a long text article")
	}
	cfg.Path = "long.txt"
	cfg.Full = func() (*article.Article, error) { return article.ParseStructureAs("long.txt", src, "") }
	m := New(head, cfg)
	var full fullMsg
	for _, msg := range runAll(m.Init()) {
		if f, ok := msg.(fullMsg); ok {
			full = f
		}
	}
	if full.a == nil {
		tb.Fatalf("Init does not parse the whole file: %+v", full)
	}
	return send(tb, m, tea.WindowSizeMsg{Width: w, Height: h}), full
}

// TestHeadThenFull: a long file opens on its head — the header and the
// first paragraphs on screen, no analysis, no other Cmd — and when the
// whole article arrives it takes the head's place where the reader stands,
// with the analysis started then.
func TestHeadThenFull(t *testing.T) {
	src := testtext.Long(t, 300<<10)
	m, full := newHead(t, src, 120, 40, Config{Theme: "dark"})
	if !m.partial || m.rd.nParas >= len(full.a.Paragraphs) {
		t.Fatalf("the head has %d paragraphs of %d", m.rd.nParas, len(full.a.Paragraphs))
	}
	first := screen(m)
	if !strings.Contains(first, "coalition of the willing") || !strings.Contains(first, "The Defence Secretary") {
		t.Fatalf("the head's first screen lacks the headline or the text:\n%s", first)
	}
	m = press(t, m, "pgdown", "j", "j")
	top, before := m.rd.top, screen(m)

	next, cmd := m.Update(full)
	m = next.(Model)
	if m.partial || m.rd.nParas != len(full.a.Paragraphs) || m.a != full.a {
		t.Fatalf("after the whole article: partial %v, %d paragraphs, want %d", m.partial, m.rd.nParas, len(full.a.Paragraphs))
	}
	if m.rd.top != top {
		t.Errorf("the top moved from %v to %v when the whole article arrived", top, m.rd.top)
	}
	if got := screen(m); stripStatus(got) != stripStatus(before) {
		t.Errorf("the text on screen changed when the whole article arrived:\n%s\n---\n%s", before, got)
	}
	var analysed bool
	for _, msg := range runAll(cmd) {
		if _, ok := msg.(analysedMsg); ok {
			analysed = true
			m = send(t, m, msg)
		}
	}
	if !analysed || !m.analysed() {
		t.Fatal("the analysis does not run once the whole article is here")
	}
	m = press(t, m, "G")
	// (a 40-row screen holds at most 40 blocks, however short the last ones)
	if m.rd.top != m.rd.bottomTop() || m.rd.top.block < len(m.rd.blocks)-40 {
		t.Errorf("G after the whole article: top %v, want the end of %d blocks", m.rd.top, len(m.rd.blocks))
	}
}

// runAll runs c and the Cmds of its batches, without runCmd's time limit:
// parsing and analysing a long article takes longer than a key's Cmd.
func runAll(c tea.Cmd) []tea.Msg {
	if c == nil {
		return nil
	}
	msg := c()
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
		var out []tea.Msg
		for i := 0; i < v.Len(); i++ {
			out = append(out, runAll(v.Index(i).Interface().(tea.Cmd))...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}

// sendFull sends the whole article and delivers what its Cmds return (the
// analysis, the remembered position, the search) with runAll: under the
// race detector on a loaded machine they can outlast runCmd's limit.
func sendFull(tb testing.TB, m Model, full fullMsg) Model {
	tb.Helper()
	next, cmd := m.Update(full)
	m = next.(Model)
	for _, msg := range runAll(cmd) {
		next, _ = m.Update(msg)
		m = next.(Model)
	}
	return m
}

// stripStatus drops the status line (its paragraph count grows with the
// whole article).
func stripStatus(s string) string {
	lines := strings.Split(s, "\n")
	return strings.Join(lines[:len(lines)-1], "\n")
}

// TestHeadG: G pressed on the head goes to the end of the head at once and
// to the end of the whole article when it arrives; any later key cancels
// that.
func TestHeadG(t *testing.T) {
	src := testtext.Long(t, 300<<10)
	m, full := newHead(t, src, 100, 30, Config{Theme: "dark"})
	m = press(t, m, "G")
	if m.rd.top != m.rd.bottomTop() {
		t.Fatalf("G on the head: top %v, want its end %v", m.rd.top, m.rd.bottomTop())
	}
	m = sendFull(t, m, full)
	// (a 40-row screen holds at most 40 blocks, however short the last ones)
	if m.rd.top != m.rd.bottomTop() || m.rd.top.block < len(m.rd.blocks)-40 {
		t.Errorf("G then the whole article: top %v, want the end (%d blocks)", m.rd.top, len(m.rd.blocks))
	}

	m, full = newHead(t, src, 100, 30, Config{Theme: "dark"})
	m = press(t, m, "G", "k")
	top := m.rd.top
	m = sendFull(t, m, full)
	if m.rd.top != top {
		t.Errorf("G, k, then the whole article: top %v, want %v (where k left it)", m.rd.top, top)
	}
}

// TestHeadSearch: a search typed on the head is run again over the whole
// article when it arrives, so the counter counts every match.
func TestHeadSearch(t *testing.T) {
	src := testtext.Long(t, 300<<10)
	m, full := newHead(t, src, 100, 30, Config{Theme: "dark"})
	m = press(t, m, "/")
	m = send(t, m, typed("said")...)
	m = press(t, m, "enter")
	onHead := len(m.rd.matches)
	if onHead == 0 {
		t.Fatal("no match for said in the head")
	}
	m = sendFull(t, m, full)
	want := len(findAll("said", m.rd.texts))
	if len(m.rd.matches) != want || want <= onHead {
		t.Errorf("matches after the whole article: %d, want %d (the head had %d)", len(m.rd.matches), want, onHead)
	}
	if !strings.Contains(lastLine(screen(m)), "/"+itoa(want)) {
		t.Errorf("status line %q does not count %d matches", lastLine(screen(m)), want)
	}
}

func itoa(n int) string {
	s := ""
	for ; n > 0 || s == ""; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

// TestHeadRemember: the remembered position is read only once the whole
// article is here (it is keyed by the whole text's hash) and applied then;
// quitting before that saves nothing, so the file's remembered position is
// kept.
func TestHeadRemember(t *testing.T) {
	src := testtext.Long(t, 300<<10)
	dir := t.TempDir()
	cfg := Config{Theme: "dark", Remember: true, StateDir: dir}

	m, full := newHead(t, src, 100, 30, cfg)
	m = sendFull(t, m, full)
	m = press(t, m, "pgdown", "pgdown", "j")
	saved := m.rd.top
	_, cmd := m.Update(keys("q")[0])
	runCmd(cmd)

	m, full = newHead(t, src, 100, 30, cfg)
	if m.rd.top != (pos{}) {
		t.Fatalf("the head opened at %v, want the top until the whole article is here", m.rd.top)
	}
	_, cmd = m.Update(keys("q")[0])
	if !isQuit(cmd) {
		t.Fatal("q on the head does not quit")
	}
	m = sendFull(t, m, full)
	if m.rd.top != saved {
		t.Errorf("after the whole article: top %v, want the remembered %v (a quit on the head must not overwrite it)", m.rd.top, saved)
	}
}

// TestHeadError: when the whole file turns out not to be an article, the
// reader quits and reports the error (main prints it and exits 1).
func TestHeadError(t *testing.T) {
	src := testtext.Long(t, 300<<10)
	m, _ := newHead(t, src, 100, 30, Config{Theme: "dark"})
	bad := errors.New("long.txt: not a text article")
	next, cmd := m.Update(fullMsg{err: bad})
	if m = next.(Model); !errors.Is(m.Err(), bad) || !isQuit(cmd) {
		t.Errorf("Full's error: Err() = %v, quit %v; want the error and a quit", m.Err(), isQuit(cmd))
	}
}

// TestCarryPosAcrossChangedBlocks: a position in a block the whole article
// holds differently (here a caption the head did not have shifts the
// paragraphs) lands on the row of the whole article that shows the same
// byte of the document.
func TestCarryPosAcrossChangedBlocks(t *testing.T) {
	long := strings.Repeat("The quick brown fox jumps over the lazy dog. ", 20)
	head := &article.Article{Headline: "H", Paragraphs: []string{"First.", long, long}}
	whole := &article.Article{Headline: "H", Paragraphs: []string{"First.", long + "More words.", long},
		Captions: []article.Caption{{Text: "A caption", Paragraph: 2}}}
	old, rd := newReader(head), newReader(whole)
	old.setSize(40, 10)
	rd.setSize(40, 10)
	same := sameBlocks(&old, &rd)
	p := pos{block: old.paraBlk[1], line: 3}
	if p.block < same {
		t.Fatalf("block %d is the same in both (%d alike): the test needs a changed block", p.block, same)
	}
	got := carryPos(&old, &rd, p, same)
	want := old.offsets[p.block] + old.offsetOf(p)
	if g := rd.offsets[got.block] + rd.offsetOf(got); got.block != rd.paraBlk[1] || g != want {
		t.Errorf("carried to block %d byte %d, want block %d byte %d", got.block, g, rd.paraBlk[1], want)
	}
	if got := carryPos(&old, &rd, pos{block: old.paraBlk[0]}, same); got != (pos{block: rd.paraBlk[0]}) {
		t.Errorf("an unchanged block moved: %+v", got)
	}
}
