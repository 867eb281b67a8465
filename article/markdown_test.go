package article

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// formatsMarkdownFixtures are the Markdown articles under testdata/markdown.
var formatsMarkdownFixtures = []string{
	"01_front_matter.md",
	"02_no_front_matter.md",
}

func TestMarkdownGolden(t *testing.T) {
	for _, name := range formatsMarkdownFixtures {
		t.Run(name, func(t *testing.T) {
			a, err := parseMarkdown(name, formatsReadFixture(t, filepath.Join("markdown", name)))
			if err != nil {
				t.Fatal(err)
			}
			formatsCheckModel(t, a, "markdown")
			base := strings.TrimSuffix(name, ".md")
			formatsGolden(t, base+".json", formatsJSON(t, a))
			blocks, err := json.MarshalIndent(a.Markdown, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			formatsGolden(t, base+".blocks.json", append(blocks, '\n'))
		})
	}
}

// TestMarkdownFrontMatter reads the seed article clipped to Markdown with
// front matter, emphasis, links, images and a block quote.
func TestMarkdownFrontMatter(t *testing.T) {
	a, err := parseMarkdown("seed.md", formatsReadFixture(t, "markdown/01_front_matter.md"))
	if err != nil {
		t.Fatal(err)
	}
	formatsCheckModel(t, a, "markdown")
	if want := "Healey to convene next ‘coalition of the willing’ meeting next week"; a.Headline != want {
		t.Errorf("Headline = %q", a.Headline)
	}
	if a.Publication != "Express & Star" || a.Standfirst != "John Healey will host defence ministers in Brussels alongside his French counterpart." {
		t.Errorf("Publication, Standfirst = %q, %q", a.Publication, a.Standfirst)
	}
	if want := []Author{{"Caitlin Doherty", "Deputy Political Editor"}, {"David Hughes", ""}}; fmt.Sprint(a.Authors) != fmt.Sprint(want) {
		t.Errorf("Authors = %+v, want %+v", a.Authors, want)
	}
	if a.Published != "2025-04-05T14:01:00+01:00" || a.PublishedText != "2025-04-05T14:01:00+01:00" {
		t.Errorf("Published = %q, %q", a.Published, a.PublishedText)
	}
	seed := formatsSeedParagraphs(t)
	want := append(append([]string{}, seed[:18]...),
		"Bridget Brink, the US ambassador in Kyiv, posted a message on Friday which read:",
		"“Horrified that tonight a ballistic missile struck near a playground and restaurant in Kryvyi Rih. More than 50 people injured and 16 killed, including 6 children. This is why the war must end.”")
	if len(a.Paragraphs) != len(want) {
		t.Fatalf("%d paragraphs, want %d (the # heading equal to the title is not one):\n%s", len(a.Paragraphs), len(want), strings.Join(a.Paragraphs, "\n"))
	}
	for i := range want {
		if a.Paragraphs[i] != want[i] {
			t.Errorf("paragraph %d =\n%q\nwant\n%q", i, a.Paragraphs[i], want[i])
		}
	}
	for i, sub := range map[int]string{
		0:  "*Volodymyr Zelensky*",
		1:  "[Ministry of Defence](https://www.gov.uk/government/organisations/ministry-of-defence)",
		2:  "**Germany**",
		19: "> Horrified that tonight",
	} {
		if !strings.Contains(a.Markdown[i], sub) {
			t.Errorf("Markdown[%d] = %q, lacks %q", i, a.Markdown[i], sub)
		}
	}
	for i, m := range a.Markdown {
		if strings.Contains(m, "![") || strings.Contains(m, "title:") {
			t.Errorf("Markdown[%d] holds an image or front matter: %q", i, m)
		}
	}
	wantCaps := []Caption{
		{"Defence Secretary John Healey", "PA", 0},
		{"Chief of the Defence Staff Admiral Sir Tony Radakin", "Andrew Matthews/PA", 4},
	}
	if fmt.Sprint(a.Captions) != fmt.Sprint(wantCaps) {
		t.Errorf("Captions = %+v, want %+v", a.Captions, wantCaps)
	}
}

// TestMarkdownNotes reads a researcher's notes on a Wikinews article: no
// front matter, a setext headline, lists, block quotes, a code block, a
// reference link and an image.
func TestMarkdownNotes(t *testing.T) {
	a, err := parseMarkdown("imus.md", formatsReadFixture(t, "markdown/02_no_front_matter.md"))
	if err != nil {
		t.Fatal(err)
	}
	formatsCheckModel(t, a, "markdown")
	if a.Headline != "Radio host Don Imus dies aged 79" || len(a.Authors) != 0 || a.Published != "" {
		t.Errorf("Headline, Authors, Published = %q, %+v, %q", a.Headline, a.Authors, a.Published)
	}
	find := func(prefix string) int {
		for i, p := range a.Paragraphs {
			if strings.HasPrefix(p, prefix) {
				return i
			}
		}
		t.Errorf("no paragraph starts with %q in %q", prefix, a.Paragraphs)
		return -1
	}
	checks := []struct{ prefix, text, md string }{
		{"United States", "philanthropist Don Imus, known to fans as the I-Man, died", "[Associated Press][ap]"},
		{"• his second wife", "• his second wife Dierdre Coleman;", "- his second wife Dierdre Coleman;"},
		{"• their two sons", "• their two sons:\n  1. Wyatt\n  2. Zachary", "- their two sons:\n  1. Wyatt\n  2. Zachary"},
		{"Reactions", "Reactions", "## Reactions"},
		{"“He was a rebel", "human behavior & yet an unfailing champion", "> He was a rebel"},
		{`"I-Man.`, `"I-Man. We salute you. You paved the way for us and many more. A radio legend indeed. RIP #Imus"`, `> "I-Man.`},
		{"curl -s", "curl -s 'https://en.wikinews.org/wiki/Radio_host_Don_Imus_dies_aged_79' > imus.html", "```sh\ncurl -s"},
	}
	for _, c := range checks {
		i := find(c.prefix)
		if i < 0 {
			continue
		}
		if !strings.Contains(a.Paragraphs[i], c.text) {
			t.Errorf("paragraph %d = %q, lacks %q", i, a.Paragraphs[i], c.text)
		}
		if !strings.Contains(a.Markdown[i], c.md) {
			t.Errorf("Markdown[%d] = %q, lacks %q", i, a.Markdown[i], c.md)
		}
	}
	if i := find("United States"); i >= 0 && !strings.Contains(a.Markdown[i], "[ap]: <https://apnews.com/>") {
		t.Errorf("Markdown[%d] lacks the reference definition it uses: %q", i, a.Markdown[i])
	}
	if i := find("“He was a rebel"); i >= 0 && !strings.HasSuffix(a.Paragraphs[i], "You’ve earned it.”") {
		t.Errorf("block quote not closed: %q", a.Paragraphs[i])
	}
	if i := find("curl -s"); i >= 0 && !strings.HasSuffix(a.Markdown[i], "```") {
		t.Errorf("code block source lacks its closing fence: %q", a.Markdown[i])
	}
	for i, p := range a.Paragraphs {
		if strings.ContainsAny(p, "*[]") || strings.Contains(p, " _") || strings.Contains(p, "_ ") {
			t.Errorf("markup in plain paragraph %d: %q", i, p)
		}
	}
	if want := []Caption{{"Don Imus at the 2008 Imus Ranch benefit", "Wikimedia Commons", 1}}; fmt.Sprint(a.Captions) != fmt.Sprint(want) {
		t.Errorf("Captions = %+v, want %+v", a.Captions, want)
	}
}

// TestMarkdownRules pins the front matter and block rules one by one.
func TestMarkdownRules(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		check func(a *Article) string
	}{
		{"author string with two names, YAML date",
			"---\ntitle: T\nauthor: Anna Smith and Ben Jones\ndate: 2025-04-12\n---\nBody.\n",
			func(a *Article) string {
				if len(a.Authors) != 2 || a.Published != "2025-04-12T00:00:00Z" || a.PublishedText != "2025-04-12" {
					return fmt.Sprintf("%+v %q %q", a.Authors, a.Published, a.PublishedText)
				}
				return ""
			}},
		{"authors as a flow list, source as a name, url host as fallback",
			"---\ntitle: T\nauthors: [Xu Li, Yara Khan]\nsource: Reuters\n---\nBody.\n",
			func(a *Article) string {
				if fmt.Sprint(a.Authors) != fmt.Sprint([]Author{{"Xu Li", ""}, {"Yara Khan", ""}}) || a.Publication != "Reuters" {
					return fmt.Sprintf("%+v %q", a.Authors, a.Publication)
				}
				return ""
			}},
		{"url gives the publication's host",
			"---\ntitle: T\nurl: https://www.bbc.co.uk/news/articles/c1\n---\nBody.\n",
			func(a *Article) string {
				if a.Publication != "bbc.co.uk" {
					return a.Publication
				}
				return ""
			}},
		{"CRLF and BOM",
			"\xef\xbb\xbf---\r\ntitle: Windows note\r\nauthor: Jane Doe\r\n---\r\nFirst line\r\nsame paragraph.\r\n\r\nSecond.\r\n",
			func(a *Article) string {
				if a.Headline != "Windows note" || strings.Join(a.Paragraphs, "|") != "First line same paragraph.|Second." {
					return fmt.Sprintf("%q %q", a.Headline, a.Paragraphs)
				}
				return ""
			}},
		{"dashes that are not front matter",
			"---\nJust a rule above some text.\n---\n\nBody.\n",
			func(a *Article) string {
				if a.Headline != "" || len(a.Paragraphs) != 2 {
					return fmt.Sprintf("%q %q", a.Headline, a.Paragraphs)
				}
				return ""
			}},
		{"no title and no h1",
			"## Section\n\nText.\n",
			func(a *Article) string {
				if a.Headline != "" || strings.Join(a.Paragraphs, "|") != "Section|Text." {
					return fmt.Sprintf("%q %q", a.Headline, a.Paragraphs)
				}
				return ""
			}},
		{"escapes, entities, code spans, autolinks, strikethrough, hard breaks",
			"# T\n\nMarks \\& Spencer &amp; co said `x < y` at <https://example.com> ~~not~~ here  \nnext line.\n",
			func(a *Article) string {
				if want := "Marks & Spencer & co said x < y at https://example.com not here\nnext line."; strings.Join(a.Paragraphs, "|") != want {
					return fmt.Sprintf("%q", a.Paragraphs)
				}
				return ""
			}},
		{"html blocks and inline html",
			"# T\n\n<script>alert(1)</script>\n\n<div class=\"note\">A <b>boxed</b> note.</div>\n\nSay <span>hi</span><br>there.\n",
			func(a *Article) string {
				if want := "A boxed note.|Say hi\nthere."; strings.Join(a.Paragraphs, "|") != want {
					return fmt.Sprintf("%q", a.Paragraphs)
				}
				return ""
			}},
		{"task list and table",
			"# T\n\n- [x] called the council\n- [ ] called the police\n\n| Who | Said |\n|-----|------|\n| Dupont | We will not be intimidated |\n",
			func(a *Article) string {
				if want := "• ☑ called the council|• ☐ called the police|Who | Said\nDupont | We will not be intimidated"; strings.Join(a.Paragraphs, "|") != want {
					return fmt.Sprintf("%q", a.Paragraphs)
				}
				if !strings.HasPrefix(a.Markdown[2], "| Who | Said |") {
					return fmt.Sprintf("table source %q", a.Markdown[2])
				}
				return ""
			}},
		{"image alone and inline, with credit in alt and title",
			"# T\n\n![Crowds in the square (Andy Rain/EPA)](a.jpg)\n\nText with ![an inline picture](b.jpg \"Photo: Jane Doe\") in it.\n\n![](c.jpg \"The pier at dusk\")\n",
			func(a *Article) string {
				want := []Caption{{"Crowds in the square", "Andy Rain/EPA", 0}, {"an inline picture", "Jane Doe", 0}, {"The pier at dusk", "", 1}}
				if fmt.Sprint(a.Captions) != fmt.Sprint(want) || strings.Join(a.Paragraphs, "|") != "Text with in it." {
					return fmt.Sprintf("%+v %q", a.Captions, a.Paragraphs)
				}
				return ""
			}},
		{"Windows-1252 bytes and UTF-16",
			"# Caf\xe9 \x93owner\x94\n\nSaid \x93no\x94 to \xa34,000.\n",
			func(a *Article) string {
				if a.Headline != "Café “owner”" || a.Paragraphs[0] != "Said “no” to £4,000." {
					return fmt.Sprintf("%q %q", a.Headline, a.Paragraphs)
				}
				return ""
			}},
		{"plain text saved as .md: a short first line is the headline",
			"Radio host Don Imus dies aged 79\n\n![Imus (AP)](i.jpg)\n\nUnited States radio personality Don Imus died on Friday.\n\nHe was 79.\n",
			func(a *Article) string {
				if a.Headline != "Radio host Don Imus dies aged 79" || len(a.Paragraphs) != 2 || len(a.Markdown) != 2 ||
					fmt.Sprint(a.Captions) != fmt.Sprint([]Caption{{"Imus", "AP", 0}}) {
					return fmt.Sprintf("%q %q %+v", a.Headline, a.Paragraphs, a.Captions)
				}
				return ""
			}},
		{"a first sentence is not a headline",
			"It rained all day.\n\nThe end.\n",
			func(a *Article) string {
				if a.Headline != "" || len(a.Paragraphs) != 2 {
					return fmt.Sprintf("%q %q", a.Headline, a.Paragraphs)
				}
				return ""
			}},
		{"a clipping's site furniture is not text",
			"# T\n\nFirst.\n\nRead more\n\nShare this article\n\nLast.\n",
			func(a *Article) string {
				if strings.Join(a.Paragraphs, "|") != "First.|Last." {
					return fmt.Sprintf("%q", a.Paragraphs)
				}
				return ""
			}},
		{"escape sequences are removed everywhere",
			"---\ntitle: \"Bad\\e[2J title\"\n---\n# Heading\x1b[31m\n\nText \x1b]0;pwned\x07 and \u009b31m.\n",
			func(a *Article) string {
				if a.Headline != "Bad title" || a.Paragraphs[0] != "Heading" || a.Paragraphs[1] != "Text and ." {
					return fmt.Sprintf("%q %q", a.Headline, a.Paragraphs)
				}
				return ""
			}},
	}
	for _, tt := range tests {
		a, err := parseMarkdown(tt.name, []byte(tt.src))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		formatsCheckModel(t, a, "markdown")
		if msg := tt.check(a); msg != "" {
			t.Errorf("%s: %s", tt.name, msg)
		}
	}
}

// TestMarkdownErrors checks that broken front matter and empty input are
// errors at a position, naming the input.
func TestMarkdownErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"---\ntitle: T\nauthor: [unclosed\n---\nBody.\n", "notes.md:"},
		{"---\ntitle: T\nsummary: a: b\n---\nBody.\n", "notes.md:3: front matter: mapping values are not allowed in this context"},
		{"---\ntitle: a: b\n---\nBody.\n", "notes.md: front matter: mapping values are not allowed in this context"},
		{"", "notes.md: empty article"},
		{"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "notes.md: not a text article (binary data"},
		{"---\ntitle: \"\"\n---\n\n<!-- only a comment -->\n", "notes.md: empty Markdown article"},
	}
	for _, tt := range tests {
		_, err := parseMarkdown("notes.md", []byte(tt.src))
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("parseMarkdown(%q) error = %v, want %q…", tt.src, err, tt.want)
		}
	}
}

func FuzzParseMarkdown(f *testing.F) {
	for _, name := range formatsMarkdownFixtures {
		f.Add(formatsReadFixture(f, filepath.Join("markdown", name)))
	}
	f.Add([]byte("---\na: &x [*x]\n---\n- ```\n  code\n- > q\n"))
	f.Add([]byte("1. ![a](b \"Photo: c\")\n   - [ ] x\n\n[r]: /u"))
	f.Fuzz(func(t *testing.T, src []byte) {
		a, err := parseMarkdown("fuzz.md", src)
		if err != nil {
			return
		}
		formatsCheckModel(t, a, "markdown")
	})
}

// formatsBigMarkdown returns the front-matter fixture with its body
// repeated to about size bytes.
func formatsBigMarkdown(tb testing.TB, size int) []byte {
	src := string(formatsReadFixture(tb, "markdown/01_front_matter.md"))
	i := strings.Index(src, "![Defence")
	var b strings.Builder
	b.WriteString(src)
	for b.Len() < size {
		b.WriteString("\n")
		b.WriteString(src[i:])
	}
	return []byte(b.String())
}

func BenchmarkParseMarkdown(b *testing.B) {
	src := formatsBigMarkdown(b, 1<<20)
	b.Run(fmt.Sprintf("%dKB", len(src)>>10), func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			if _, err := parseMarkdown("big.md", src); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestMarkdownBigIsComplete checks that the benchmark's input parses whole.
func TestMarkdownBigIsComplete(t *testing.T) {
	src := formatsBigMarkdown(t, 1<<20)
	a, err := parseMarkdown("big.md", src)
	if err != nil {
		t.Fatal(err)
	}
	copies := strings.Count(string(src), "![Defence")
	// The copies repeat the same two pictures, which are captioned once.
	if len(a.Paragraphs) != 20*copies || len(a.Captions) != 2 {
		t.Errorf("%d paragraphs and %d captions from %d copies", len(a.Paragraphs), len(a.Captions), copies)
	}
}

// formatsDeepMarkdown are notes nested far beyond any real one; goldmark's
// time grows with the square of the depth, so these took minutes before
// mdFlatten (BenchmarkParseMarkdownDeep measures them now).
var formatsDeepMarkdown = map[string]string{
	"quotes":      strings.Repeat(">", 1<<20) + " deep text",
	"lists":       strings.Repeat("- ", 1<<19) + "deep text",
	"ordered":     strings.Repeat("1. ", 300000) + "deep text",
	"indentation": formatsIndented(2000),
}

func formatsIndented(levels int) string {
	var b strings.Builder
	for i := 0; i < levels; i++ {
		b.WriteString(strings.Repeat(" ", 2*i) + "- level\n")
	}
	b.WriteString(strings.Repeat(" ", 2*levels) + "- deep text\n")
	return b.String()
}

// TestMarkdownDeepNesting checks that deep nesting keeps its text, and
// that a 100-deep quote is still a quote.
func TestMarkdownDeepNesting(t *testing.T) {
	for name, src := range formatsDeepMarkdown {
		a, err := parseMarkdown(name, []byte(src))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		formatsCheckModel(t, a, "markdown")
		if text := strings.Join(a.Paragraphs, "\n"); !strings.Contains(text, "deep text") {
			t.Errorf("%s: text lost: %.200q", name, text)
		}
	}
	a, err := parseMarkdown("q", []byte(strings.Repeat(">", 100)+" deep quote\n"))
	if err != nil || len(a.Paragraphs) != 1 || a.Paragraphs[0] != "“deep quote”" {
		t.Errorf("100-deep quote: %q, %v", a.Paragraphs, err)
	}
	if src := []byte("> > - 1. shallow\n"); !bytes.Equal(mdFlatten(src), src) {
		t.Error("mdFlatten changed a note within the limits")
	}
}

func BenchmarkParseMarkdownDeep(b *testing.B) {
	for _, name := range []string{"quotes", "indentation"} {
		src := []byte(formatsDeepMarkdown[name])
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := parseMarkdown(name, src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
