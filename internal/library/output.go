package library

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"byline/article"
)

// errorEntry is a file that could not be read, in the --json array.
type errorEntry struct {
	Source string `json:"source"`
	Error  string `json:"error"`
}

// WriteJSON writes the entries as one indented JSON array, sorted by path:
// each article's model as `byline --json FILE` prints it, and each file
// that failed as {"source": PATH, "error": "one line"}. Skipped files
// (not text) are left out. An empty folder prints [].
func WriteJSON(w io.Writer, entries []Entry) error {
	sorted := append([]Entry(nil), entries...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Path < sorted[j].Path })
	items := make([]any, 0, len(sorted))
	for _, e := range sorted {
		switch {
		case e.Skip:
		case e.Article != nil:
			items = append(items, e.Article)
		default:
			items = append(items, errorEntry{Source: e.Path, Error: e.Err})
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(items)
}

// SortEntries orders entries as the library list does: "date" newest first
// (undated after dated, failed files last, ties by path), "title" by
// headline ignoring case, "name" by path.
func SortEntries(entries []Entry, by string) {
	title := func(e Entry) string {
		if e.Article != nil && e.Article.Headline != "" {
			return strings.ToLower(e.Article.Headline)
		}
		return strings.ToLower(filepath.Base(e.Path))
	}
	date := func(e Entry) string {
		if e.Article != nil {
			return e.Article.Published
		}
		return ""
	}
	sort.SliceStable(entries, func(i, j int) bool {
		a, b := entries[i], entries[j]
		switch by {
		case "title":
			if ta, tb := title(a), title(b); ta != tb {
				return ta < tb
			}
		case "date", "":
			da, db := date(a), date(b)
			if (da == "") != (db == "") {
				return db == ""
			}
			if da != db {
				return da > db
			}
			if (a.Err == "") != (b.Err == "") {
				return b.Err != ""
			}
		}
		return a.Path < b.Path
	})
}

// WriteList writes the plain list of `byline DIR | cat`: one line per
// file, in the list's order (SortEntries), as tab-separated fields, so
// that cut, sort and awk can take it apart:
//
//	PATH  DATE  QUOTES  PUBLICATION  HEADLINE
//	PATH  -     -       error        the one-line error
//
// DATE is YYYY-MM-DD or "-"; every field is cleaned of control
// characters, tabs and newlines.
func WriteList(w io.Writer, entries []Entry, by string) error {
	sorted := append([]Entry(nil), entries...)
	SortEntries(sorted, by)
	bw := bufio.NewWriter(w)
	field := func(s string) string {
		// Clean turns tabs to spaces and drops \r; CleanLine the newlines.
		s = article.CleanLine(s)
		if s == "" {
			return "-"
		}
		return s
	}
	for _, e := range sorted {
		if e.Skip {
			continue
		}
		if e.Article == nil {
			fmt.Fprintf(bw, "%s\t-\t-\terror\t%s\n", field(e.Path), field(e.Err))
			continue
		}
		a := e.Article
		d := a.Published
		if len(d) >= 10 {
			d = d[:10]
		}
		n := 0
		for _, q := range a.Quotes {
			if q.Kind != article.KindTerm {
				n++
			}
		}
		fmt.Fprintf(bw, "%s\t%s\t%d\t%s\t%s\n", field(e.Path), field(d), n, field(a.Publication), field(a.Headline))
	}
	return bw.Flush()
}
