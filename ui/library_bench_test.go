package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// corpusDirs are where the Wikinews corpus is looked for: $BYLINE_CORPUS,
// then /work/shared beside the main checkout and beside a worktree.
func corpusDir() string {
	for _, d := range []string{os.Getenv("BYLINE_CORPUS"), "../../shared/corpus/wikinews", "../../../shared/corpus/wikinews"} {
		if d == "" {
			continue
		}
		if fs, _ := filepath.Glob(filepath.Join(d, "*.txt")); len(fs) > 0 {
			return d
		}
	}
	return ""
}

// library2000 writes 2,000 article files into a temporary folder by cycling
// through the Wikinews corpus (CC BY 2.5, see testdata/articles/SOURCES.tsv),
// 100 files to a subfolder as a real archive would be.
func library2000(b *testing.B) string {
	b.Helper()
	corpus := corpusDir()
	if corpus == "" {
		b.Skip("the Wikinews corpus is not found: set BYLINE_CORPUS to its folder")
	}
	files, _ := filepath.Glob(filepath.Join(corpus, "*.txt"))
	srcs := make([][]byte, len(files))
	for i, f := range files {
		var err error
		if srcs[i], err = os.ReadFile(f); err != nil {
			b.Fatal(err)
		}
	}
	dir := b.TempDir()
	for i := 0; i < 2000; i++ {
		sub := filepath.Join(dir, fmt.Sprintf("%02d", i/100))
		if i%100 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				b.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("%04d.txt", i)), srcs[i%len(srcs)], 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

// BenchmarkLibrary2000 opens a folder of 2,000 articles as the program
// does — the scan Cmd, the worker pool on every core, the batches through
// Update — and reports the time to the first list frame (the scan and the
// rows, pending) and to the full list (every file parsed and sorted), and
// the cost of one key in the filter over 2,000 rows.
func BenchmarkLibrary2000(b *testing.B) {
	dir := library2000(b)
	var first, full, analysed, filter time.Duration
	for i := 0; i < b.N; i++ {
		start := time.Now()
		l := NewLibrary(LibraryConfig{Root: dir, Reader: Config{Theme: "dark"}})
		next, _ := l.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		next, cmd := next.(Library).Update(scanCmd(dir, runtime.NumCPU())())
		_ = next.(Library).View()
		first += time.Since(start)
		for cmd != nil {
			next, cmd = next.(Library).Update(cmd())
		}
		l = next.(Library)
		_ = l.View()
		listed, done := l.Elapsed()
		full += listed + time.Since(start) - done // from Init, not from the scan's end
		analysed += time.Since(start)
		if len(l.shelf.rows) != 2000 || l.loading() {
			b.Fatalf("%d rows, loading %v", len(l.shelf.rows), l.loading())
		}
		l = sendLib(b, l, keys("/")...)
		t := time.Now()
		for _, k := range typed("election") {
			next, _ = l.Update(k)
			l = next.(Library)
			_ = l.View()
		}
		filter += time.Since(t) / 8
		if len(l.shelf.visible) == 0 {
			b.Fatalf("the filter matches nothing: query %q typing %v\n%s", l.shelf.query, l.shelf.typing, libScreen(l))
		}
	}
	b.ReportMetric(float64(first.Microseconds())/1000/float64(b.N), "ms-first-frame")
	b.ReportMetric(float64(full.Microseconds())/1000/float64(b.N), "ms-full-list")
	b.ReportMetric(float64(analysed.Microseconds())/1000/float64(b.N), "ms-analysed")
	b.ReportMetric(float64(filter.Microseconds())/1000/float64(b.N), "ms-filter-key")
}
