package ui

import (
	"image/color"
	"regexp"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"byline/article"
	"byline/internal/termcheck"
)

// mdArticle is a Markdown article as the parser gives it: Paragraphs hold
// the plain reading, Markdown the source of the same blocks. The last one
// is hostile: an escape sequence in the text, a link with a non-ASCII URL
// and one with a BEL in it.
func mdArticle() *article.Article {
	blocks := [][2]string{
		{"## Section heading", "Section heading"},
		{"Some *emphasis* and a [link](https://example.com/a?b=c) here, said Mr Healey: “We stand ready.”",
			"Some emphasis and a link here, said Mr Healey: “We stand ready.”"},
		{"- first item", "• first item"},
		{"- second item", "• second item"},
		{"> a block quote", "a block quote"},
		{"```\nfunc main() {\n\treturn\n}\n```", "func main() {\n return\n}"},
		{"Evil \x1b[2J text [bad](https://ex\u00e4mple.com/x) and [bell](https://e.com/\x07x) end.",
			"Evil text bad and bell end."},
	}
	a := &article.Article{Source: "notes.md", Format: article.FormatMarkdown, Headline: "Markdown notes",
		Captions: []article.Caption{}, People: []article.Person{}}
	for _, b := range blocks {
		a.Markdown = append(a.Markdown, b[0])
		a.Paragraphs = append(a.Paragraphs, b[1])
	}
	p := a.Paragraphs[1]
	s := strings.Index(p, "We stand")
	a.Quotes = []article.Quote{{Text: "We stand ready.", Speaker: "John Healey", Kind: article.KindSpeech,
		Location: article.LocBody, Paragraphs: []int{1, 1},
		Parts: []article.Span{{Location: article.LocBody, Para: 1, Start: s, End: s + len("We stand ready.")}}}}
	return a
}

func newMarkdown(t testing.TB, w, h int) Model {
	a := mdArticle()
	m := New(a, Config{Theme: "dark", Path: "notes.md"})
	return send(t, m, tea.WindowSizeMsg{Width: w, Height: h}, analysedMsg{quotes: a.Quotes, people: a.People})
}

var osc8 = regexp.MustCompile("\x1b]8;([^;\x07\x1b]*);([^\x07\x1b]*)(\x07|\x1b\\\\)")

func TestMarkdownRendered(t *testing.T) {
	m := newMarkdown(t, 100, 40)
	raw := m.View().Content
	s := ansi.Strip(raw)
	for _, want := range []string{"## Section heading", "Some emphasis and a link", "https://example.com/a?b=c",
		"• first item", "│ a block quote", "func main() {", "    return"} {
		if !strings.Contains(s, want) {
			t.Errorf("screen lacks %q:\n%s", want, s)
		}
	}
	// List items, one block each, are set as a list: no blank line between.
	if !regexp.MustCompile(`• first item *\n *• second item`).MatchString(s) {
		t.Errorf("list items apart:\n%s", s)
	}
	for _, gone := range []string{"*emphasis*", "](https", "```"} {
		if strings.Contains(s, gone) {
			t.Errorf("raw Markdown %q on screen:\n%s", gone, s)
		}
	}
	// Links are OSC 8 hyperlinks, but only with printable-ASCII URLs.
	links := osc8.FindAllStringSubmatch(raw, -1)
	found := false
	for _, l := range links {
		if !printableASCII(l[1]) || !printableASCII(l[2]) {
			t.Errorf("hyperlink with unsafe URL %q", l[2])
		}
		found = found || l[2] == "https://example.com/a?b=c"
	}
	if !found {
		t.Errorf("no hyperlink to https://example.com/a?b=c in %q", raw)
	}
	if strings.Contains(raw, "ex\u00e4mple") && regexp.MustCompile("\x1b]8;[^;]*;https://ex\u00e4mple").MatchString(raw) {
		t.Error("the non-ASCII URL is a hyperlink")
	}
	// Nothing from the file is an escape sequence: no clear-screen, no BEL
	// but as an OSC terminator.
	if strings.Contains(raw, "\x1b[2J") {
		t.Error("the file's ESC [2J reached the screen")
	}
	if n, ok := strings.Count(raw, "\x07"), len(links); n > ok {
		t.Errorf("%d BELs for %d hyperlinks: one is from the file", n, ok)
	}
}

func TestMarkdownWidths(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {80, 24}, {40, 20}, {20, 5}, {5, 3}} {
		m := newMarkdown(t, size[0], size[1])
		m = press(t, m, "G")
		for _, v := range []string{m.View().Content, func() string { m2 := press(t, m, "g"); return m2.View().Content }()} {
			lines := strings.Split(v, "\n")
			if len(lines) > size[1] {
				t.Errorf("%v: %d lines", size, len(lines))
			}
			for _, l := range lines {
				if w := ansi.StringWidth(l); w > size[0] {
					t.Errorf("%v: line %d cells wide: %q", size, w, ansi.Strip(l))
				}
			}
		}
	}
}

// TestMarkdownHighlights: a search or a jump shows the block's plain text
// with the highlight (the model's offsets index the plain text), and the
// rich rendering comes back when the search is cleared.
func TestMarkdownHighlights(t *testing.T) {
	m := newMarkdown(t, 100, 40)
	m = send(t, m, append(append(keys("/"), typed("emphasis")...), keys("enter")...)...)
	if len(m.rd.matches) != 1 {
		t.Fatalf("matches %v", m.rd.matches)
	}
	s := screen(m)
	if !strings.Contains(s, "Some emphasis and a link here, said Mr Healey") || strings.Contains(s, "https://example.com/a?b=c") {
		t.Errorf("the matched block is not shown as plain text:\n%s", s)
	}
	if !strings.Contains(m.View().Content, m.st.current.Render("emphasis")) {
		t.Error("the match is not highlighted")
	}
	if !strings.Contains(s, "## Section heading") {
		t.Error("the other blocks lost their rendering")
	}
	m = press(t, m, "esc")
	if s := screen(m); !strings.Contains(s, "https://example.com/a?b=c") {
		t.Errorf("Esc did not bring the rendering back:\n%s", s)
	}
	// Jump to the quote: the block turns plain, the quote flashes.
	m = send(t, m, jumpMsg{jumpQuote, 0})
	if len(m.rd.flash) != 1 || !strings.Contains(m.View().Content, m.st.flash.Render("We stand ready.")) {
		t.Errorf("the quote is not highlighted: %v", m.rd.flash)
	}
	m = send(t, m, flashDoneMsg{m.flashSeq})
	if s := screen(m); !strings.Contains(s, "https://example.com/a?b=c") {
		t.Errorf("the rendering did not come back after the flash:\n%s", s)
	}
}

// sgrColour finds an SGR sequence that sets a colour (30–49, 90–107).
var sgrColour = regexp.MustCompile(`\x1b\[(?:[0-9]*;)*(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;[0-9]*)*m`)

// TestMarkdownTheme: NO_COLOR renders Markdown without colour; a theme
// change (the terminal answers with a light background) renders again in
// the light style.
func TestMarkdownTheme(t *testing.T) {
	if !sgrColour.MatchString("\x1b[1;38;5;35m") || sgrColour.MatchString("\x1b[1m") {
		t.Fatal("sgrColour is wrong")
	}
	a := mdArticle()
	m := New(a, Config{Theme: "dark", NoColor: true})
	m = send(t, m, tea.WindowSizeMsg{Width: 100, Height: 40})
	if v := m.View().Content; sgrColour.MatchString(v) {
		t.Errorf("NO_COLOR view holds colour: %q", sgrColour.FindString(v))
	}
	if s := screen(m); !strings.Contains(s, "Section heading") || !strings.Contains(s, "https://example.com/a?b=c") {
		t.Errorf("NO_COLOR Markdown:\n%s", s)
	}
	d := New(mdArticle(), Config{Theme: "auto"})
	d = send(t, d, tea.WindowSizeMsg{Width: 100, Height: 40})
	dark := d.View().Content
	d = send(t, d, tea.BackgroundColorMsg{Color: color.White})
	if d.rd.isDark || d.View().Content == dark {
		t.Error("a light background did not re-render the Markdown")
	}
	if s := screen(d); !strings.Contains(s, "## Section heading") {
		t.Errorf("after the theme change:\n%s", s)
	}
}

// TestMarkdownQuoteWrap: at 76 columns glamour leaves "sick" alone on a
// line without the quote bar; the block is rendered narrower instead.
func TestMarkdownQuoteWrap(t *testing.T) {
	var m mdRenderer
	src := "> He was a rebel, an unapologetic decrier of bullshit, a harsh critic of human behavior & yet " +
		"an unfailing champion of the underdog, especially sick kids. He was one of a kind."
	if !brokenQuote(m.renderAt(src, 76, true, false)) {
		t.Log("glamour no longer breaks this quote at 76: the retry is not exercised")
	}
	for _, w := range []int{76, 60, 40} {
		lines := m.render(src, w, true, false)
		if brokenQuote(lines) {
			t.Errorf("at %d a line lacks the bar: %q", w, lines)
		}
		for _, l := range lines {
			if ansi.StringWidth(l) > w {
				t.Errorf("at %d a line is %d wide", w, ansi.StringWidth(l))
			}
		}
	}
}

// TestMarkdownListIndent: a list item's wrapped lines hang under its text.
func TestMarkdownListIndent(t *testing.T) {
	var m mdRenderer
	src := "- four daughters, Nadine, Ashley, Elizabeth, and Toni, from his previous marriage, and more words to wrap"
	for _, w := range []int{76, 40, 20} {
		lines := m.render(src, w, true, false)
		if len(lines) < 2 {
			t.Fatalf("at %d: %q does not wrap", w, lines)
		}
		for _, l := range lines[1:] {
			if s := ansi.Strip(l); !strings.HasPrefix(s, "  ") || s[2] == ' ' {
				t.Errorf("at %d: %q does not hang under the text", w, s)
			}
		}
		for _, l := range lines {
			if ansi.StringWidth(l) > w {
				t.Errorf("at %d a line is %d wide", w, ansi.StringWidth(l))
			}
		}
	}
}

func TestSafeHyperlinks(t *testing.T) {
	for in, want := range map[string]string{
		"\x1b]8;id=1;https://a.com\x07t\x1b]8;;\x07":    "\x1b]8;id=1;https://a.com\x07t\x1b]8;;\x07",
		"\x1b]8;;https://ex\u00e4mple\x07t\x1b]8;;\x07": "t\x1b]8;;\x07",
		"\x1b]8;;https://a.com\x1b\\t\x1b]8;;\x1b\\":    "\x1b]8;;https://a.com\x1b\\t\x1b]8;;\x1b\\",
		"\x1b]8;;https://a\x9b.com\x07t":                "t",
		"plain":                                         "plain",
		"\x1b]8;;javascript:alert(1)\x07t\x1b]8;;\x07":  "t\x1b]8;;\x07",
		"\x1b]8;;FILE:///etc/passwd\x07t\x1b]8;;\x07":   "t\x1b]8;;\x07",
		"\x1b]8;;mailto:a@b.org\x07t\x1b]8;;\x07":       "\x1b]8;;mailto:a@b.org\x07t\x1b]8;;\x07",
		"\x1b]8;;photo.jpg\x07t\x1b]8;;\x07":            "\x1b]8;;photo.jpg\x07t\x1b]8;;\x07",
		"\x1b]8;;unterminated":                          ";unterminated", // the opener goes, the rest is text
	} {
		if got := safeHyperlinks(in); got != want {
			t.Errorf("safeHyperlinks(%q) = %q, want %q", in, got, want)
		}
	}
}

// bigMarkdown is a Markdown article of at least size bytes: the real
// paragraphs of bigArticle with emphasis and a link in each, a heading
// every tenth block and a list every seventh.
func bigMarkdown(tb testing.TB, size int) *article.Article {
	a := bigArticle(tb, size)
	a.Format = article.FormatMarkdown
	for i, p := range a.Paragraphs {
		var md string
		switch {
		case i%10 == 0:
			md = "## " + p[:min(len(p), 40)]
			a.Paragraphs[i] = p[:min(len(p), 40)]
		case i%7 == 0:
			md = "- " + p + "\n- *second* item"
			a.Paragraphs[i] = p + "\nsecond item"
		default:
			md = "*" + p[:min(len(p), 10)] + "* " + p[min(len(p), 10):] + " [source](https://example.com/" + strconv.Itoa(i) + ")"
			a.Paragraphs[i] = p + " source"
		}
		a.Markdown = append(a.Markdown, md)
	}
	return a
}

// BenchmarkMarkdownPageDown pages through fresh blocks: each page renders
// the blocks that come on screen with glamour (the cost a first read pays).
// The other reader benchmarks (bench_test.go) run on Markdown too.
func BenchmarkMarkdownPageDown(b *testing.B) {
	for _, c := range benchCases {
		if !strings.HasPrefix(c.name, "markdown-") {
			continue
		}
		b.Run(c.name, func(b *testing.B) {
			m := benchModel(b, c.article(b))
			f := keys("f")[0]
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if m.rd.percent() == 100 {
					m.rd.top = pos{}
				}
				m = update(m, f)
				_ = m.View()
			}
		})
	}
}

// TestTooDeep: blocks nested far deeper than any article are shown as plain
// text instead of being handed to glamour, whose recursion overflows the
// stack on them (found by the hostile corpus: a fatal error, not a panic).
func TestTooDeep(t *testing.T) {
	for _, src := range []string{
		strings.Repeat(">", 100_000) + " “Deep,” he said.",
		strings.Repeat("> ", 40) + "quote",
		strings.Repeat("[", 50_000) + "x" + strings.Repeat("](y)", 50_000),
		strings.Repeat("*", 100_000) + "x" + strings.Repeat("*", 100_000),
		strings.Repeat("  ", 40) + "- item",
	} {
		if !tooDeep(src) {
			t.Errorf("tooDeep(%.20q…) = false", src)
		}
		var m mdRenderer
		if lines := m.render(src, 60, true, false); lines != nil {
			t.Errorf("render(%.20q…) went to glamour", src)
		}
	}
	for _, src := range []string{
		"> Mr Healey said: “Our coalition is a stark contrast.”",
		"- item with **bold** and [a link](https://example.org) and ***both***",
		"    code block with [brackets] and *stars*",
		"> > > three levels of quote",
	} {
		if tooDeep(src) {
			t.Errorf("tooDeep(%q) = true", src)
		}
	}
}

// TestMarkdownCharacterReferences: Markdown decodes character references
// after the source is cleaned, so "&#x1b;" in a paragraph, a table cell or a
// code span reached the terminal as a real ESC (a title set, a screen
// cleared); now only glamour's own styling and vetted links come out.
func TestMarkdownCharacterReferences(t *testing.T) {
	for _, src := range []string{
		"Text &#x1b;]0;pwned&#x7; here &#155;2J &#x202e;reversed &#x9b;H &#0; &#127;",
		"| a | b |\n|---|---|\n| `&#x1b;]52;c;cm0K&#7;` | &#x1b;[2J |",
		"`&#x1b;[2J` code and `&#27;c` reset",
		"> quoted &#x1b;P1$r&#x1b;\\ DCS and &#x1b;_Gf=1&#x1b;\\ APC",
		"- item &#x1b;[?1049h alternate screen",
		"[link](https://x.org/&#x1b;]0;t&#7;) and [js](javascript:alert&#40;1&#41;)",
	} {
		var m mdRenderer
		lines := m.render(src, 60, true, false)
		if lines == nil {
			t.Errorf("render(%q) fell back to plain text", src)
		}
		out := strings.Join(lines, "\n")
		if err := termcheck.Check(out, termcheck.Reader); err != nil {
			t.Errorf("render(%q): %v in %q", src, err, out)
		}
		if !strings.Contains(ansi.Strip(out), "pwned") && strings.Contains(src, "pwned") {
			t.Errorf("render(%q) lost the text: %q", src, out)
		}
	}
	if got := onlyStyling("\x1b[1mbold\x1b[m \x1b]8;;https://a.org\x07l\x1b]8;;\x07 \x1b[2J\x1b]0;t\x07\x1bc"); got !=
		"\x1b[1mbold\x1b[m \x1b]8;;https://a.org\x07l\x1b]8;;\x07 ]0;tc" {
		t.Errorf("onlyStyling kept or dropped the wrong sequences: %q", got)
	}
}
