package article

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestDetectFormat(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"page.html", "<!DOCTYPE html><html><body><p>x</p></body></html>", "html"},
		{"page.txt", "\n\n  <!doctype HTML>\n<html>", "html"},
		{"saved", "<html lang=en><head><title>x</title>", "html"},
		{"fragment", "<div class=\"article\"><p>Body</p></div>", "html"},
		{"xhtml.xml", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", "html"},
		{"bom.html", "\xef\xbb\xbf<!DOCTYPE html>", "html"},
		{"note", "---\ntitle: T\n---\nBody", "markdown"},
		{"note.txt", "# Radio host Don Imus dies aged 79\n\nText", "markdown"},
		{"note", "Intro\n\n## Reactions\n\nText", "markdown"},
		{"note", "Text\n\n```sh\ncurl x\n```\n", "markdown"},
		{"note", "See [CC BY 2.5](https://creativecommons.org/licenses/by/2.5/).", "markdown"},
		{"note", "![Healey](healey.jpg)", "markdown"},
		{"plain.md", "Just words, no signs at all.", "markdown"},
		{"plain.MARKDOWN", "Just words.", "markdown"},
		{"plain.htm", "Just words.", "html"},
		{"article.txt", "Express & Star\n\nHealey to convene next meeting\n\nBy contributor Caitlin Doherty", "text"},
		{"article.txt", "#Hashtag at the start of a line is not a heading", "text"},
		{"article.txt", "--- a line of dashes\nand text: with a colon", "text"},
		{"article.txt", "Mr Healey said [sic] (in part) that 3 < 4.", "text"},
		{"-", "", "text"},
		{"x.txt", "<not html> at the start, but no tag of a page", "text"},
	}
	for _, tt := range tests {
		if got := DetectFormat(tt.name, []byte(tt.src)); got != tt.want {
			t.Errorf("DetectFormat(%q, %q) = %q, want %q", tt.name, tt.src, got, tt.want)
		}
	}
}

// TestDetectFormatCorpus checks the rules on every real article and
// fixture: the saved text articles are text, the pages HTML, the notes
// Markdown — whatever their names say.
func TestDetectFormatCorpus(t *testing.T) {
	for dir, want := range map[string]string{"articles": "text", "html": "html", "markdown": "markdown"} {
		paths, _ := filepath.Glob(filepath.Join("..", "testdata", dir, "*"))
		n := 0
		for _, p := range paths {
			if strings.HasSuffix(p, ".tsv") || strings.HasSuffix(p, "README.md") {
				continue
			}
			n++
			src := formatsReadFixture(t, filepath.Join(dir, filepath.Base(p)))
			if got := DetectFormat("input", src); got != want {
				t.Errorf("DetectFormat(%s) by content = %q, want %q", p, got, want)
			}
		}
		if n == 0 {
			t.Errorf("no files in testdata/%s", dir)
		}
	}
}
