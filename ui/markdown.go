package ui

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"charm.land/glamour/v2"
	"github.com/charmbracelet/x/ansi"

	"byline/article"
)

// Markdown in the reader.
//
// glow renders a whole document with glamour at once, so a big file stalls
// it before the first screen and again on every resize. Here each body
// paragraph of a Markdown article (Article.Markdown[i], the source of
// Paragraphs[i]) is rendered on its own, only when it comes on screen, and
// the rendered lines are cached per block per width and theme, like the
// wrapped lines of text: a key press costs the screen, not the document.
//
// The model's offsets (quote parts, search matches, jumps) index the plain
// text of the paragraph, not the rendered Markdown, whose layout glamour
// owns. So a block shows its rich rendering until something must be
// highlighted in it — a search match or a jump's flash — and then its plain
// text, wrapped and highlighted exactly as a text article's; it turns rich
// again when the search is cleared or the flash ends. The quote colouring
// of quoted speech is not drawn on rich blocks (glamour's emphasis and
// links are). Positions within a rich block map to bytes proportionally
// (line k of n holds byte k·len/n), which is what keeps the paragraph at the
// top of the screen across a resize or a switch between the two.

// mdRenderer renders Markdown blocks at one width and theme; the reader
// keeps one and replaces it when either changes.
type mdRenderer struct {
	width   int
	isDark  bool
	noColor bool
	tr      *glamour.TermRenderer
}

// render returns the rows of one block rendered at width cells, with no
// blank rows around it, each at most width cells wide; nil when glamour
// fails, and the block is then shown as plain text.
func (m *mdRenderer) render(src string, width int, isDark, noColor bool) []string {
	// glamour breaks a block-quote line that comes out exactly as wide as
	// the wrap width, leaving a word alone on a line without its "│ "
	// ("especially\nsick\n│ kids" at 76 columns): then render one column
	// narrower, a few times at most.
	if tooDeep(src) {
		return nil
	}
	if isListItem(src) {
		return m.renderItem(src, width, isDark, noColor)
	}
	var lines []string
	for try := 0; try < 4 && width-try > 0; try++ {
		lines = m.renderAt(src, width-try, isDark, noColor)
		if !brokenQuote(lines) {
			break
		}
	}
	return lines
}

// maxMarkdownDepth is the deepest nesting render hands to glamour. glamour
// renders its tree recursively with large frames (about 14 KB each), so a
// block nested 100,000 deep — "> > > …", a list indented 50,000 times, 50,000
// "[" or "**" — overflows the goroutine stack, a fatal error no recover
// catches, which would kill the reader with the terminal still in raw mode.
// No article nests anything near 32 deep.
const maxMarkdownDepth = 32

// tooDeep says a block's Markdown source may nest deeper than
// maxMarkdownDepth, counting the most of: block-quote and list markers and
// indentation (in steps of two spaces) at the start of a line ("> > - x"),
// open brackets ("[[[x"), and one run of emphasis or strike marks ("***x").
// It overcounts rather than parses; an overcounted block is shown as
// plain text, which loses styling, never words.
func tooDeep(src string) bool {
	if len(src) < maxMarkdownDepth {
		return false
	}
	lineStart, prefix, spaces, brackets, run := true, 0, 0, 0, 0
	var prev byte
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\n' {
			lineStart, prefix, spaces = true, 0, 0
			continue
		}
		if lineStart {
			switch c {
			case ' ':
				spaces++
			case '\t':
				spaces += 4
			case '>', '-', '*', '+':
				prefix++
			default:
				lineStart = false
			}
			if prefix+spaces/2 > maxMarkdownDepth {
				return true
			}
		}
		switch c {
		case '[':
			if brackets++; brackets > maxMarkdownDepth {
				return true
			}
		case ']':
			brackets = max(brackets-1, 0)
		}
		if (c == '*' || c == '_' || c == '~') && c == prev {
			if run++; run > maxMarkdownDepth {
				return true
			}
		} else {
			run = 0
		}
		prev = c
	}
	return false
}

// renderedMarker matches the marker glamour draws before a list item's
// text: "• ", "1. " (the ASCII style draws "* ").
var renderedMarker = regexp.MustCompile(`^(?:[•*-]|[0-9]{1,9}[.)]) `)

// renderItem renders a list item with a hanging indent: glamour starts the
// wrapped lines of an item at the left edge ("• four daughters … previous\n
// marriage."), so the item is rendered narrower by its marker's width and
// those lines are indented under the text.
func (m *mdRenderer) renderItem(src string, width int, isDark, noColor bool) []string {
	lines := m.renderAt(src, width, isDark, noColor)
	if len(lines) < 2 {
		return lines
	}
	marker := renderedMarker.FindString(ansi.Strip(lines[0]))
	k := displayWidth(marker)
	if k == 0 || width-k < 8 {
		return lines
	}
	lines = m.renderAt(src, width-k, isDark, noColor)
	for i := 1; i < len(lines); i++ {
		if t := ansi.Strip(lines[i]); t != "" && t[0] != ' ' {
			lines[i] = spaces(k) + lines[i]
		}
	}
	return lines
}

// brokenQuote says a rendered block quote has a line without the quote bar.
func brokenQuote(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	bar := ""
	for _, b := range []string{"│ ", "| "} {
		if strings.HasPrefix(ansi.Strip(lines[0]), b) {
			bar = b
		}
	}
	if bar == "" {
		return false
	}
	for _, l := range lines[1:] {
		if !strings.HasPrefix(ansi.Strip(l), bar) {
			return true
		}
	}
	return false
}

// renderAt renders one block with glamour wrapping at width.
func (m *mdRenderer) renderAt(src string, width int, isDark, noColor bool) []string {
	if m.tr == nil || m.width != width || m.isDark != isDark || m.noColor != noColor {
		tr, err := glamour.NewTermRenderer(glamour.WithStyles(markdownStyle(isDark, noColor)), glamour.WithWordWrap(width))
		if err != nil {
			return nil
		}
		*m = mdRenderer{width: width, isDark: isDark, noColor: noColor, tr: tr}
	}
	out, err := m.tr.Render(mdSource(src))
	if err != nil {
		return nil
	}
	lines := strings.Split(onlyStyling(safeHyperlinks(out)), "\n")
	blank := func(s string) bool { return strings.TrimSpace(ansi.Strip(s)) == "" }
	for len(lines) > 0 && blank(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && blank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	if len(lines) == 0 {
		return nil
	}
	for i, l := range lines {
		if displayWidth(l) > width {
			lines[i] = ansi.Truncate(l, width, "")
		}
	}
	return lines
}

// listItem matches the start of a Markdown list item: "- ", "* ", "+ ",
// "1. ", "2) ", after up to three spaces.
var listItem = regexp.MustCompile(`^ {0,3}(?:[-*+]|[0-9]{1,9}[.)])(?: |$)`)

// isListItem says a block's Markdown source is a list item.
func isListItem(md string) bool { return md != "" && listItem.MatchString(md) }

// mdSource makes a block's Markdown safe to render: tabs become four spaces
// (Clean would make each one space, flattening code indentation), then
// Clean removes every control character, so that nothing from the file can
// become an escape sequence (glamour passes text through).
func mdSource(src string) string {
	return article.Clean(strings.ReplaceAll(src, "\t", "    "))
}

// safeHyperlinks checks every OSC 8 hyperlink glamour wrote, whose URL comes
// from the file: a link whose parameters and URL are not all printable
// ASCII (no ESC, BEL, ST or anything a terminal might read as a control) is
// dropped, its text kept. mdSource has already removed control characters,
// so this is the second line of defence, and it also drops URLs with
// non-ASCII letters, which some terminals mishandle, and URLs whose scheme is
// not http, https or mailto: a click must not run "javascript:…" or open
// "file:///…" (a relative URL, "photo.jpg", has no scheme and is kept).
//
//	"\x1b]8;id=1;https://example.com\x07text\x1b]8;;\x07" is kept;
//	"\x1b]8;;https://ex\u00e4mple\x07text\x1b]8;;\x07" becomes "text\x1b]8;;\x07".
func safeHyperlinks(s string) string {
	const open = "\x1b]8;"
	if !strings.Contains(s, open) {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, open)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		rest := s[i+len(open):]
		end, termLen := -1, 0
		for j := 0; j < len(rest); j++ {
			if rest[j] == '\a' {
				end, termLen = j, 1
				break
			}
			if rest[j] == '\x1b' && j+1 < len(rest) && rest[j+1] == '\\' {
				end, termLen = j, 2
				break
			}
		}
		switch {
		case end < 0: // unterminated: the opener goes, the rest is text
			s = rest
		case printableASCII(rest[:end]) && safeScheme(rest[:end]):
			b.WriteString(open + rest[:end+termLen])
			s = rest[end+termLen:]
		default: // unsafe parameters or URL: the link goes, its text stays
			s = rest[end+termLen:]
		}
	}
}

// onlyStyling removes from glamour's output everything a terminal would act
// on but its styling: any escape sequence other than SGR ("ESC [ … m") and
// the OSC 8 hyperlinks safeHyperlinks kept, and every control character but
// newline (C0, DEL, C1, the bidi overrides and isolates). mdSource cleans
// the source, but Markdown decodes character references after that:
// "&#x1b;]0;title&#x7;" in a paragraph, a table cell or even a code span
// comes out of glamour as a real ESC … BEL that sets the window title (and
// "&#x1b;[2J" clears the screen, "&#x202e;" reverses the line). Found by
// FuzzRender and the hostile corpus.
func onlyStyling(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == 0x1b:
			n, keep := styleSequence(s[i:])
			if keep {
				b.WriteString(s[i : i+n])
			}
			i += n
		case c == '\n' || (c >= 0x20 && c < 0x7f):
			b.WriteByte(c)
			i++
		case c < utf8.RuneSelf: // C0 or DEL
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r != utf8.RuneError || size > 1 {
				if !(r >= 0x80 && r <= 0x9f) && !(r >= 0x202a && r <= 0x202e) && !(r >= 0x2066 && r <= 0x2069) {
					b.WriteString(s[i : i+size])
				}
			}
			i += size
		}
	}
	return b.String()
}

// styleSequence reads the escape sequence at the start of s and returns its
// length and whether it is styling to keep: an SGR, or an OSC 8 hyperlink
// (already vetted by safeHyperlinks). Any other CSI goes whole; any other
// ESC goes alone, leaving what follows it as plain text.
func styleSequence(s string) (int, bool) {
	if len(s) > 1 && s[1] == '[' {
		for j := 2; j < len(s); j++ {
			c := s[j]
			if c >= 0x40 && c <= 0x7e { // the final byte
				return j + 1, c == 'm' && sgrParams(s[2:j])
			}
			if c < 0x20 || c > 0x3f { // not a parameter or intermediate byte
				return j, false
			}
		}
		return len(s), false
	}
	if strings.HasPrefix(s, "\x1b]8;") {
		for j := 4; j < len(s); j++ {
			switch {
			case s[j] == '\a':
				return j + 1, true
			case s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\':
				return j + 2, true
			case s[j] < 0x20:
				return 1, false
			}
		}
	}
	return 1, false
}

// sgrParams says p holds only SGR parameters: digits, ";" and ":".
func sgrParams(p string) bool {
	for i := 0; i < len(p); i++ {
		if c := p[i]; (c < '0' || c > '9') && c != ';' && c != ':' {
			return false
		}
	}
	return true
}

// safeScheme says the "params;URL" of a hyperlink has an empty or relative
// URL, or one with the http, https or mailto scheme.
func safeScheme(pu string) bool {
	_, url, _ := strings.Cut(pu, ";")
	scheme, _, found := strings.Cut(url, ":")
	if !found || strings.ContainsAny(scheme, "/?#") {
		return true
	}
	switch strings.ToLower(scheme) {
	case "http", "https", "mailto":
		return true
	}
	return false
}

// printableASCII says every byte of s is in ' '…'~'.
func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return true

}
