// Package library finds the articles in a folder and parses them on all
// cores: what `byline DIR` lists and `byline --json DIR` prints.
//
// Which files are articles: a file is read when its name ends in .txt,
// .html, .htm, .md or .markdown (any case), or when it has no extension at all
// and its first bytes sniff as text (http.DetectContentType says text/…:
// "README", "article" saved by curl -o). Files with any other extension
// (.json, .tsv, .jpg, .go…) are not articles and are not listed; neither are
// hidden files and folders (a name starting with "."). Symbolic links are
// followed, to files and to folders, but a folder is entered only once,
// by its real path, so a link to a parent folder (a loop) ends the walk
// there instead of running forever. A file that cannot be read or parsed is
// kept, with its one-line error, never dropped.
package library

import (
	"context"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"byline/article"
)

// Entry is one article of the library: its path and its model, or the
// one-line reason it could not be read.
type Entry struct {
	// Path is the file, as found under the root (root joined with the
	// names walked, links not resolved).
	Path string
	// Article is the parsed model, with People and Quotes; nil when Err is set.
	Article *article.Article
	// Err is the one-line error, "" when the file parsed.
	Err string
	// Skip says the file had no extension and did not sniff as text: it is
	// not an article and is not listed.
	Skip bool
	// Analysed says Article's People and Quotes hold the attribution; until
	// then they are empty (the structure is read first, see Run).
	Analysed bool
}

// extensions are the names read as articles whatever their content.
var extensions = map[string]bool{".txt": true, ".html": true, ".htm": true, ".md": true, ".markdown": true}

// Known reports whether a file name is read by its extension, as opposed to
// a name with no extension, which is sniffed.
func Known(name string) bool { return extensions[strings.ToLower(filepath.Ext(name))] }

// candidate says whether a file name may hold an article: a known extension,
// or none (then it is sniffed when loaded).
func candidate(name string) bool {
	return Known(name) || filepath.Ext(name) == ""
}

// Scan walks root and returns an Entry per candidate file, sorted by path;
// subfolders that cannot be read are entries too, with their error. An
// unreadable root is an error ("permission denied"). It follows
// symbolic links but enters each real folder once (see the package comment).
func Scan(root string) ([]Entry, error) {
	real, err := filepath.EvalSymlinks(root)
	if err != nil {
		return nil, errors.New(errText(err))
	}
	if _, err := os.ReadDir(root); err != nil { // the folder itself: an error, not an entry
		return nil, errors.New(errText(err))
	}
	w := walker{seen: map[string]bool{}}
	w.walk(root, real)
	sort.Slice(w.out, func(i, j int) bool { return w.out[i].Path < w.out[j].Path })
	return w.out, nil
}

type walker struct {
	seen map[string]bool // real paths of the folders entered
	out  []Entry
}

func (w *walker) walk(dir, real string) {
	if w.seen[real] {
		return
	}
	w.seen[real] = true
	items, err := os.ReadDir(dir)
	if err != nil && len(items) == 0 {
		w.out = append(w.out, Entry{Path: dir, Err: article.CleanLine(dir + ": " + errText(err))})
		return
	}
	for _, it := range items {
		name := it.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		p := filepath.Join(dir, name)
		mode := it.Type()
		if mode&os.ModeSymlink != 0 {
			info, err := os.Stat(p)
			if err != nil { // a broken link: listed if its name is an article's
				if candidate(name) {
					w.out = append(w.out, Entry{Path: p, Err: article.CleanLine(p + ": " + errText(err))})
				}
				continue
			}
			mode = info.Mode().Type()
		}
		switch {
		case mode.IsDir():
			r, err := filepath.EvalSymlinks(p)
			if err != nil {
				continue
			}
			w.walk(p, r)
		case mode.IsRegular() && candidate(name):
			w.out = append(w.out, Entry{Path: p})
		}
	}
}

// LoadStructure reads one file and parses its structure (header,
// paragraphs, captions: article.ParseStructure, the fast part), or returns
// the one-line error, or Skip for a file without extension that is not text.
func LoadStructure(path string) Entry {
	src, err := article.Load(path)
	if err != nil {
		return Entry{Path: path, Err: article.CleanLine(err.Error())}
	}
	if !Known(path) && !strings.HasPrefix(http.DetectContentType(src), "text/") {
		return Entry{Path: path, Skip: true}
	}
	a, err := article.ParseStructure(path, src)
	if err != nil {
		return Entry{Path: path, Err: article.CleanLine(err.Error())}
	}
	return Entry{Path: path, Article: a}
}

// Analyse returns e with its article's attribution (article.Attribute) in
// a new Article value: the one e points to is not changed, so whoever holds
// it may keep reading it.
func Analyse(e Entry) Entry {
	if e.Article == nil || e.Analysed {
		return e
	}
	a := *e.Article
	a.People, a.Quotes = article.Attribute(e.Article)
	e.Article, e.Analysed = &a, true
	return e
}

// Result is one loaded entry and its index in the list given to Run. Final
// says the entry will not change again: it is analysed, or it failed or
// was skipped; otherwise its structure is read and its analysis follows.
type Result struct {
	Index int
	Entry Entry
	Final bool
}

// Run loads entries on n workers (at least one) in two passes and sends
// each result on out as it is done, in completion order, closing out when
// all are done or ctx is cancelled: first every file's structure
// (LoadStructure, fast: the list fills in with headlines and dates), then
// every article's attribution (Analyse, about ten times slower: the quote
// counts and speakers follow). Entries that already carry an error are
// passed through. The workers share nothing but the job channel, out, and
// each its own index of the parsed slice.
func Run(ctx context.Context, entries []Entry, n int, out chan<- Result) {
	defer close(out)
	parsed := make([]Entry, len(entries))
	pool(ctx, len(entries), n, out, func(i int) (Result, bool) {
		e := entries[i]
		if e.Err == "" {
			e = LoadStructure(e.Path)
		}
		parsed[i] = e
		return Result{Index: i, Entry: e, Final: e.Article == nil}, true
	})
	// pool has returned: every write to parsed happened before this read.
	pool(ctx, len(entries), n, out, func(i int) (Result, bool) {
		if parsed[i].Article == nil {
			return Result{}, false
		}
		return Result{Index: i, Entry: Analyse(parsed[i]), Final: true}, true
	})
}

// pool runs job(i) for i in [0, count) on n workers, sending the results
// it returns with ok on out, and returns when all are done or ctx ends.
func pool(ctx context.Context, count, n int, out chan<- Result, job func(int) (Result, bool)) {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range max(n, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				r, ok := job(i)
				if !ok {
					continue
				}
				select {
				case out <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
feed:
	for i := 0; i < count; i++ {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
}

// LoadAll loads every entry on n workers and returns them, analysed, in
// the order given.
func LoadAll(entries []Entry, n int) []Entry {
	out := make([]Entry, len(entries))
	ch := make(chan Result, n)
	go Run(context.Background(), entries, n, ch)
	for r := range ch {
		out[r.Index] = r.Entry
	}
	return out
}

func errText(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		err = pe.Err
	}
	switch {
	case os.IsNotExist(err):
		return "no such file"
	case os.IsPermission(err):
		return "permission denied"
	}
	return err.Error()
}
