package ui

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"byline/article"
)

// searchMsg delivers the matches of one query; seq drops stale results when
// the query changed while the search ran.
type searchMsg struct {
	seq     int
	query   string
	matches []span
}

// searchCmd finds every match of query in the blocks, off the event loop:
// texts is the reader's block list, which is never written after New.
//
// Smart case, as in less -i and vim's smartcase: a query with no upper-case
// letter matches any case ("kyiv" finds "Kyiv"); one with an upper-case
// letter matches exactly. Case-insensitive search uses regexp's (?i) so the
// offsets are into the original text even where case folding changes byte
// lengths.
func searchCmd(seq int, query string, texts []string) tea.Cmd {
	return func() tea.Msg {
		return searchMsg{seq: seq, query: query, matches: findAll(query, texts)}
	}
}

func findAll(query string, texts []string) []span {
	if query == "" {
		return nil
	}
	var ms []span
	if hasUpper(query) {
		for b, t := range texts {
			for off := 0; ; {
				i := strings.Index(t[off:], query)
				if i < 0 {
					break
				}
				ms = append(ms, span{b, off + i, off + i + len(query)})
				off += i + len(query)
			}
		}
		return ms
	}
	if isASCII(query) {
		lq := strings.ToLower(query)
		for b, t := range texts {
			for off := 0; ; {
				i := indexFoldASCII(t[off:], lq)
				if i < 0 {
					break
				}
				ms = append(ms, span{b, off + i, off + i + len(lq)})
				off += i + len(lq)
			}
		}
		return ms
	}
	re := regexp.MustCompile("(?i)" + regexp.QuoteMeta(query))
	for b, t := range texts {
		for _, loc := range re.FindAllStringIndex(t, -1) {
			ms = append(ms, span{b, loc[0], loc[1]})
		}
	}
	return ms
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// indexFoldASCII finds lower-case ASCII q in s ignoring ASCII case: the
// common query, ten times faster than a (?i) regexp on a big article. (It
// does not fold the few non-ASCII letters Unicode folds to ASCII, such as
// the Kelvin sign to k; a query with non-ASCII letters uses the regexp.)
func indexFoldASCII(s, q string) int {
	if q == "" {
		return 0
	}
	c0, c1 := q[0], q[0]
	if 'a' <= c0 && c0 <= 'z' {
		c1 = c0 - 'a' + 'A'
	}
	for off := 0; off+len(q) <= len(s); {
		i := strings.IndexByte(s[off:], c0)
		if c1 != c0 {
			if j := strings.IndexByte(s[off:], c1); j >= 0 && (i < 0 || j < i) {
				i = j
			}
		}
		if i < 0 || off+i+len(q) > len(s) {
			return -1
		}
		at := off + i
		if equalFoldASCII(s[at:at+len(q)], q) {
			return at
		}
		off = at + 1
	}
	return -1
}

// equalFoldASCII compares t with lower-case ASCII q, ignoring ASCII case.
func equalFoldASCII(t, q string) bool {
	for i := 0; i < len(q); i++ {
		c := t[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != q[i] {
			return false
		}
	}
	return true
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// startSearch opens the search input; the search runs as the user types.
func (m *Model) startSearch() tea.Cmd {
	m.searching = true
	m.anchor = m.rd.top
	m.rd.clearMatches()
	m.query = ""
	m.search.Reset()
	return m.search.Focus()
}

// updateSearch handles a key while the search input is open: Enter keeps the
// matches, Esc cancels and goes back to where the search started, anything
// else edits the query and searches again.
func (m Model) updateSearch(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Choose):
		m.searching = false
		m.search.Blur()
		if m.query == "" {
			m.rd.clearMatches()
		}
		return m, nil
	case key.Matches(msg, m.keys.Cancel):
		m.searching = false
		m.search.Blur()
		m.rd.clearMatches()
		m.query = ""
		m.rd.top = m.anchor
		return m, nil
	}
	var cmd tea.Cmd
	m.search, cmd = m.search.Update(msg)
	v := m.search.Value()
	if c := article.Clean(v); c != v {
		m.search.SetValue(c)
		v = c
	}
	if v == m.query {
		return m, cmd
	}
	m.query = v
	m.searchSeq++
	if v == "" {
		m.rd.clearMatches()
		m.rd.top = m.anchor
		return m, cmd
	}
	return m, tea.Batch(cmd, searchCmd(m.searchSeq, v, m.rd.texts))
}

// setMatches installs the results of the latest search; the first match at
// or after where the search started becomes current and is shown.
func (m *Model) setMatches(msg searchMsg) {
	if msg.seq != m.searchSeq {
		return
	}
	top := m.rd.top
	m.rd.top = m.anchor
	m.rd.setMatches(msg.matches)
	if len(msg.matches) == 0 {
		m.rd.top = top
	}
	m.moved = true
}

// counter is the "3/11" match counter.
func (m *Model) counter() string {
	switch {
	case m.query == "":
		return ""
	case len(m.rd.matches) == 0:
		return "no match"
	}
	return fmt.Sprintf("%d/%d", m.rd.current+1, len(m.rd.matches))
}

// FindSpeaker resolves a --speaker NAME against the speakers of quotes:
// an exact name (any case), else the one speaker whose name contains NAME
// anywhere, in any case ("zelensky" or "Zel" → "Volodymyr Zelensky"; a NAME
// inside two names is ambiguous and an error). The error lists the known
// speakers, for main to print.
func FindSpeaker(quotes []article.Quote, name string) (string, error) {
	sp := speakers(quotes)
	want := strings.ToLower(strings.TrimSpace(name))
	var found []string
	for _, s := range sp {
		if strings.ToLower(s.name) == want {
			return s.name, nil
		}
		if want != "" && strings.Contains(strings.ToLower(s.name), want) {
			found = append(found, s.name)
		}
	}
	if len(found) == 1 {
		return found[0], nil
	}
	var known []string
	for _, s := range sp {
		known = append(known, s.name)
	}
	sort.Strings(known)
	list := "none"
	if len(known) > 0 {
		list = strings.Join(known, ", ")
	}
	if len(found) > 1 {
		return "", fmt.Errorf("speaker %q is ambiguous: %s", article.Clean(name), strings.Join(found, ", "))
	}
	return "", fmt.Errorf("no speaker matches %q; known speakers: %s", article.Clean(name), list)
}
