package ui

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/sahilm/fuzzy"

	"byline/article"
	"byline/internal/library"
)

// Sort orders of the library list (--sort).
const (
	SortDate  = "date"  // newest first; undated, then unread and failed files last
	SortTitle = "title" // by headline, ignoring case
	SortName  = "name"  // by path
)

// sortOrders is the cycle of the `o` key.
var sortOrders = []string{SortDate, SortTitle, SortName}

// shelfRow is one article of the list, its strings prepared once when it
// loads so that sorting, filtering and drawing do no work per frame.
type shelfRow struct {
	entry    int // index into the library's entries
	path     string
	name     string // the path relative to the root, cleaned
	title    string // headline, or the name when there is none
	meta     string // "Publication · By A and B · 3 quotes"
	date     string // the date as shown
	sortKey  string // Published, RFC 3339, for sorting by date
	err      string
	pending  bool   // not loaded yet
	haystack string // what the filter matches against
	lower    string // the haystack in lower case, for compact
}

// newShelfRow prepares the row of entry i. Every string from a file is
// cleaned: the model's already are, but a path is not.
func newShelfRow(i int, root string, e library.Entry, loaded bool) shelfRow {
	name, err := filepath.Rel(root, e.Path)
	if err != nil {
		name = e.Path
	}
	r := shelfRow{entry: i, path: e.Path, name: article.Clean(name), pending: !loaded, err: e.Err}
	r.title = r.name
	if a := e.Article; a != nil {
		if a.Headline != "" {
			r.title = a.Headline
		}
		var meta []string
		if a.Publication != "" {
			meta = append(meta, a.Publication)
		}
		if by := article.BylineText(a.Authors); by != "" {
			meta = append(meta, by)
		}
		if e.Analysed {
			meta = append(meta, plural(countQuotes(a.Quotes), "quote"))
		} else {
			meta = append(meta, "analysing…")
		}
		r.meta = strings.Join(meta, " · ")
		r.sortKey = a.Published
		r.date = shortDate(a)
	}
	r.haystack = r.title + " " + r.meta + " " + r.name
	r.lower = strings.ToLower(r.haystack)
	return r
}

// countQuotes counts the speech and partial quotes (terms are not quotes
// anyone said).
func countQuotes(qs []article.Quote) int {
	n := 0
	for _, q := range qs {
		if q.Kind != article.KindTerm {
			n++
		}
	}
	return n
}

// shortDate is the date for a list row: "2019-05-13" from the machine
// date, else the date as written, else "" (a bare "Published" line is no
// date).
func shortDate(a *article.Article) string {
	if len(a.Published) >= 10 {
		return a.Published[:10]
	}
	return dateText(a)
}

// shelf is the list of the library's articles: sorted, filtered as you type
// after `/` (sahilm/fuzzy, best match first), with a cursor.
type shelf struct {
	rows    []shelfRow
	visible []int // indices into rows, in the order shown
	sortBy  string
	input   textinput.Model
	typing  bool // the filter input has the keys
	query   string
	list    listState
	moved   bool // the user moved the cursor: loading keeps it on its article
	width   int
	height  int
}

func newShelf(st *styles, sortBy string) shelf {
	in := textinput.New()
	in.Prompt = "/"
	in.Placeholder = "filter by headline, publication, author, file"
	in.SetStyles(st.textinput)
	if sortBy == "" {
		sortBy = SortDate
	}
	return shelf{input: in, sortBy: sortBy}
}

// less is the sort order of rows.
func (s *shelf) less(a, b *shelfRow) bool {
	if a.pending != b.pending { // loaded first: the list fills in from the top
		return b.pending
	}
	switch s.sortBy {
	case SortTitle:
		ta, tb := strings.ToLower(a.title), strings.ToLower(b.title)
		if ta != tb {
			return ta < tb
		}
	case SortDate:
		if (a.sortKey == "") != (b.sortKey == "") {
			return b.sortKey == ""
		}
		if a.sortKey != b.sortKey {
			return a.sortKey > b.sortKey
		}
		if (a.err == "") != (b.err == "") {
			return b.err != ""
		}
	}
	return a.path < b.path
}

// setRows replaces the rows (a batch loaded), re-sorts and re-filters, and
// keeps the cursor on the entry it was on.
func (s *shelf) setRows(rows []shelfRow) {
	cur := s.selected()
	if !s.moved { // untouched, the cursor stays on the first row
		cur = -1
		s.list = listState{}
	}
	s.rows = rows
	s.resort(cur)
}

// resort sorts the rows, filters them, and puts the cursor on entry cur (-1
// keeps its index).
func (s *shelf) resort(cur int) {
	sort.SliceStable(s.rows, func(i, j int) bool { return s.less(&s.rows[i], &s.rows[j]) })
	s.refilter(cur)
}

// cycleSort is `o`: the next sort order.
func (s *shelf) cycleSort() {
	for i, o := range sortOrders {
		if o == s.sortBy {
			s.sortBy = sortOrders[(i+1)%len(sortOrders)]
			break
		}
	}
	s.resort(s.selected())
}

// haystacks adapts the rows to fuzzy.Source.
type haystacks []shelfRow

func (h haystacks) String(i int) string { return h[i].haystack }
func (h haystacks) Len() int            { return len(h) }

// refilter recomputes the visible rows for the query and puts the cursor on
// entry cur when it is still shown.
func (s *shelf) refilter(cur int) {
	s.visible = s.visible[:0]
	if s.query == "" {
		for i := range s.rows {
			s.visible = append(s.visible, i)
		}
	} else {
		q := strings.ToLower(s.query)
		for _, m := range fuzzy.FindFrom(s.query, haystacks(s.rows)) {
			if compact(s.rows[m.Index].lower, q) {
				s.visible = append(s.visible, m.Index)
			}
		}
	}
	for i, v := range s.visible {
		if s.rows[v].entry == cur {
			s.list.cursor = i
			return
		}
	}
	s.list.clamp(len(s.visible))
}

// compact says a fuzzy match is close-knit enough to show: the shortest
// stretch of h holding the letters of q in order (both lower case) is at
// most three times q's length plus six bytes. A subsequence match alone
// lets "imus" match "United States military kills" — most of a library —
// while typos and skipped letters ("rdio hst" for "Radio host") still match.
// (sahilm/fuzzy ranks the matches, but its matched indexes are greedy from
// the left, not the shortest stretch, so it is measured here.)
func compact(h, q string) bool {
	if q == "" {
		return true
	}
	limit := 3*len(q) + 6
	for i := 0; i < len(h); i++ {
		if h[i] != q[0] {
			continue
		}
		k, j := 1, i+1
		for ; k < len(q) && j < len(h) && j-i < limit; j++ {
			if h[j] == q[k] {
				k++
			}
		}
		if k == len(q) && j-i <= limit {
			return true
		}
	}
	return false
}

// selected is the entry under the cursor, or -1.
func (s *shelf) selected() int {
	if s.list.cursor < len(s.visible) {
		return s.rows[s.visible[s.list.cursor]].entry
	}
	return -1
}

func (s *shelf) setSize(w, h int) {
	s.width, s.height = w, h
	s.input.SetWidth(max(w-2, 1))
}

// startFilter is `/`: the input takes the keys, with the current query.
func (s *shelf) startFilter() tea.Cmd {
	s.typing = true
	s.input.SetValue(s.query)
	s.input.CursorEnd()
	return s.input.Focus()
}

// clearFilter shows every row again, the cursor kept on its entry.
func (s *shelf) clearFilter() {
	cur := s.selected()
	s.typing, s.query = false, ""
	s.input.Reset()
	s.input.Blur()
	s.refilter(cur)
}

// updateInput handles a key while the filter input is open: Esc clears the
// filter, ↑/↓ move, Enter is handled by the root (it reads the article),
// anything else edits the query and narrows the list at once.
func (s shelf) updateInput(msg tea.KeyPressMsg, keys *libKeyMap) (shelf, tea.Cmd) {
	switch {
	case key.Matches(msg, keys.Cancel):
		s.clearFilter()
		return s, nil
	case key.Matches(msg, keys.PickPrev):
		s.list.move(-1, len(s.visible))
		s.moved = true
		return s, nil
	case key.Matches(msg, keys.PickNext):
		s.list.move(1, len(s.visible))
		s.moved = true
		return s, nil
	}
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	if v := article.Clean(s.input.Value()); v != s.query {
		if v != s.input.Value() {
			s.input.SetValue(v)
		}
		s.query = v
		s.list = listState{}
		s.refilter(-1)
		s.list.cursor = 0
	}
	return s, cmd
}

// update handles the list keys.
func (s shelf) update(msg tea.KeyPressMsg, keys *libKeyMap) shelf {
	page := max(s.height/shelfItemRows-1, 1)
	n := len(s.visible)
	s.moved = true
	switch {
	case key.Matches(msg, keys.Down):
		s.list.move(1, n)
	case key.Matches(msg, keys.Up):
		s.list.move(-1, n)
	case key.Matches(msg, keys.PageDown):
		s.list.move(page, n)
	case key.Matches(msg, keys.PageUp):
		s.list.move(-page, n)
	case key.Matches(msg, keys.Top):
		s.list.move(-n, n)
	case key.Matches(msg, keys.Bottom):
		s.list.move(n, n)
	}
	return s
}

// shelfItemRows is the height of one article in the list.
const shelfItemRows = 2

// view renders the list rows in s.width × s.height: per article, the
// headline with the date at the right, then publication, byline and quote
// count (or the error, or "loading…") below it.
func (s *shelf) view(st *styles) []string {
	if len(s.visible) == 0 {
		msg := "No articles here"
		if s.query != "" {
			msg = "No article matches /" + s.query
		}
		return []string{st.note.Render(fit("  "+msg, s.width))}
	}
	return s.list.layout(len(s.visible), s.height, func(i int, sel bool) []string {
		r := &s.rows[s.visible[i]]
		date := r.date
		dw := displayWidth(date)
		titleW := s.width - dw - 3
		if titleW < 10 {
			date, dw, titleW = "", 0, s.width-2
		}
		title := cursorMark(sel) + r.title
		line1 := fit(title, titleW+2) + " " + fit(date, dw)
		line1 = fit(line1, s.width)
		var line2 string
		meta := st.itemMeta
		switch {
		case r.err != "":
			line2, meta = "  ✗ "+r.err, st.itemError
		case r.pending:
			line2 = "  loading…"
		default:
			line2 = "  " + r.meta
		}
		line2 = fit(line2, s.width)
		if sel {
			return []string{st.itemSelected.Render(line1), meta.Render(line2)}
		}
		return []string{st.headline.Render(line1), meta.Render(line2)}
	})
}

// counter is "12/2000" (shown / all) for the header.
func (s *shelf) counter() string {
	if s.query == "" {
		return fmt.Sprintf("%d articles", len(s.rows))
	}
	return fmt.Sprintf("%d/%d articles", len(s.visible), len(s.rows))
}
