package article

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
)

// detectSniffLen is how much of the input DetectFormat looks at: enough for
// a page's <head> prologue or a note's first screens, and constant, so
// detection costs the same on a 60 MB file as on a small one.
const detectSniffLen = 8 << 10

// detectHTMLRe finds the tags that only an HTML document starts with.
var detectHTMLRe = regexp.MustCompile(`(?i)<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|title>|article[\s>]|div[\s>]|p>|p\s|section[\s>]|main[\s>])`)

// detectMarkdownRes are the strong signs of Markdown, which a plain-text
// article saved from a browser does not carry: an ATX heading of level two
// or more at the start of a line ("## Reactions"), a fenced code block, an
// inline link or image with a URL ("[CC BY 2.5](https://…)",
// "![alt](photo.jpg)").
//
// Each is tried only when the text holds its literal part (needs): the
// regexp engine scanning 8 KiB for a link was most of the cost of opening a
// folder of 2,000 articles (a CPU profile of the library benchmark).
var detectMarkdownRes = []struct {
	needs []string // any of these must occur for the regexp to be tried
	re    *regexp.Regexp
}{
	{[]string{"##"}, regexp.MustCompile(`(?m)^#{2,6}[ \t]+\S`)},
	{[]string{"```", "~~~"}, regexp.MustCompile("(?m)^ {0,3}(?:```|~~~)")},
	{[]string{"]("}, regexp.MustCompile(`!?\[[^\]\n]+\]\((?:https?://|/|\./|[\w-]+\.(?:md|html?|jpe?g|png|gif|webp))[^)\s]*(?:\s+"[^"\n]*")?\)`)},
}

// detectFrontMatterRe matches YAML front matter: a first line "---", then a
// "key: value" line.
var detectFrontMatterRe = regexp.MustCompile(`^---[ \t]*\r?\n(?:#[^\n]*\n)*[A-Za-z_][\w-]*:`)

// DetectFormat says which parser an input needs: "html", "markdown"
// or "text" (the values of Article.Format). Content comes first, because files are often misnamed
// (a page saved as "article.txt", a note without an extension), then the
// name's extension. The rules, in order, on the first 8 KiB after a byte
// order mark and leading blank space:
//
//  1. HTML: it starts with "<" and has a tag only HTML documents have
//     ("<!DOCTYPE html>", "<html>", "<head>", "<body>", "<meta …>",
//     "<div>", "<p>" …), or it starts with "<?xml" and has "<html", or it
//     is a web archive (mail headers, then "Content-Type:
//     multipart/related": Chrome's .mhtml);
//  2. Markdown: it starts with YAML front matter ("---" then "title: …");
//  3. Markdown: its first line is an ATX heading ("# Radio host Don Imus
//     dies aged 79"), or it has a strong Markdown sign (detectMarkdownRes: a
//     "## " heading, a ``` fence, a [text](url) link);
//  4. by extension: .html .htm .xhtml .shtml .mhtml .mht are HTML; .md .markdown .mdown
//     .mkd .mkdn .mdwn are Markdown;
//  5. otherwise text.
//
// A plain-text news article never starts with a tag or "---" followed by
// "key:", and the corpus of saved articles has none of the Markdown signs, so
// rules 1–3 do not take text for markup.
func DetectFormat(name string, src []byte) string {
	head := src
	if len(head) > detectSniffLen {
		head = head[:detectSniffLen]
	}
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	lead := bytes.TrimLeft(head, " \t\r\n\f")
	if len(lead) > 0 && lead[0] == '<' {
		if detectHTMLRe.Match(lead) {
			return "html"
		}
		if bytes.HasPrefix(lead, []byte("<?xml")) && bytes.Contains(bytes.ToLower(lead), []byte("<html")) {
			return "html"
		}
	}
	if htmlIsMHTML(head) {
		return "html"
	}
	if detectFrontMatterRe.Match(head) {
		return "markdown"
	}
	first, _, _ := bytes.Cut(lead, []byte("\n"))
	if len(first) > 1 && first[0] == '#' {
		if t := bytes.TrimLeft(first, "#"); len(first)-len(t) <= 6 && len(t) > 1 && (t[0] == ' ' || t[0] == '\t') {
			return "markdown"
		}
	}
	for _, m := range detectMarkdownRes {
		if containsAny(head, m.needs) && m.re.Match(head) {
			return "markdown"
		}
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht":
		return "html"
	case ".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdwn":
		return "markdown"
	}
	return "text"
}

// containsAny reports whether b contains any of subs.
func containsAny(b []byte, subs []string) bool {
	for _, s := range subs {
		if bytes.Contains(b, []byte(s)) {
			return true
		}
	}
	return false
}
