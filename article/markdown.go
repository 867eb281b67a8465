package article

import (
	"bytes"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"go.yaml.in/yaml/v3"
	"golang.org/x/net/html"
)

// mdParser is goldmark with the GitHub extensions (tables, strikethrough,
// task lists, bare links), the dialect glamour renders, so that each block
// the model records renders in the reader as it parsed here.
var mdParser = goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser()

// parseMarkdown reads a Markdown article (notes, clippings, a static site's
// posts) into the article model.
//
// YAML front matter, between a first line "---" and a line "---" or "...",
// gives the metadata (see mdReadFrontMatter):
//
//	---
//	title: Healey to convene next ‘coalition of the willing’ meeting next week
//	authors: [Caitlin Doherty, David Hughes]
//	date: 2025-04-05T14:01:00+01:00
//	---
//
// The bytes are decoded as for plain text (see decode). The headline is the
// front matter's title, else the first "# " heading, which is then not
// repeated as a paragraph (nor is a first "# " heading equal to the title),
// else a short first line standing alone (mdTitleLine).
//
// The body is parsed with goldmark (glamour's own parser) and gives one
// paragraph per block: a heading, a paragraph, each item of a list (its
// nested lists included), a whole block quote, a code block, a table, an
// HTML block. Paragraphs[i] is the block's plain reading text — emphasis
// markers, link syntax and escapes removed, link text kept, entities
// decoded, list items marked "• " or "3. " as printed, code as written — and
// Markdown[i] is the block's Markdown source, so the reader can render it
// with glamour block by block, lazily, instead of the whole file at once.
// (List items are separate blocks rather than whole lists so that every
// paragraph index, a quote's or a mention's, points at a few lines the
// reader can jump to.) A paragraph that is a line of site furniture kept by
// a web clipper ("Read more", "Share this article": isBoilerplate, the
// plain-text parser's list) is dropped. A block quote becomes a quotation:
// its text is enclosed in “ ” unless it already starts with a quotation mark
// (formatWrapQuote), so the one quote finder sees it as it sees “…” in text.
//
// Images ![alt](src "title") are not text: each becomes a Caption before
// the paragraph it stands in (or, alone in its paragraph, before the next
// one). The caption is the alt text and the credit split from it as for
// HTML ("Defence Secretary John Healey (PA)"); a title is the credit when it
// reads as one ("Photo: PA"), and the caption when there is no alt text.
func parseMarkdown(name string, src []byte) (*Article, error) {
	// The bytes are read as the plain-text parser reads them (decode): UTF-8,
	// UTF-16 with a BOM, stray Windows-1252 bytes as Windows-1252, binary and
	// empty files refused. Markdown declares no encoding, so a note is read
	// exactly as the same words saved as text would be.
	decoded, err := decode(name, src)
	if err != nil {
		return nil, err
	}
	src = []byte(decoded)
	a := newArticle(name, FormatMarkdown)
	a.Markdown = []string{}
	body, err := mdReadFrontMatter(name, src, a)
	if err != nil {
		return nil, err
	}
	ctx := parser.NewContext()
	body = mdFlatten(body)
	doc := mdParser.Parse(text.NewReader(body), parser.WithContext(ctx))
	b := &mdBuilder{src: body, a: a, refs: ctx.References()}
	b.build(doc)
	mdTitleLine(a, b.firstPlain)
	if a.Headline == "" && len(a.Paragraphs) == 0 {
		return nil, &Error{Name: name, Msg: "empty Markdown article"}
	}
	return a, nil
}

// mdMaxNesting is the deepest nesting of block quotes and lists one line may
// open. goldmark's time grows with the square of the depth (40,000 ">" on
// one line take seconds, a megabyte of them would take minutes); no article
// nests a quote or a list 64 deep.
const mdMaxNesting = 64

// mdFlatten returns src with the container markers that open more than
// mdMaxNesting block quotes or lists at the start of a line removed, and
// leading white space wider than mdMaxIndent narrowed, the text kept:
// ">>>>…>> text" is read as a quote 64 deep holding "text". A source within
// the limits is returned as it is.
func mdFlatten(src []byte) []byte {
	var out []byte
	last := 0
	for start := 0; start < len(src); {
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		if ws := mdLeadingSpace(src[start:end]); ws > mdMaxIndent {
			out = append(out, src[last:start]...)
			out = append(out, bytes.Repeat([]byte(" "), mdMaxIndent)...)
			last = start + ws
		} else if cut, rest := mdDeepPrefix(src[start:end]); cut >= 0 {
			out = append(out, src[last:start+cut]...)
			out = append(out, ' ')
			last = start + rest
		}
		start = end + 1
	}
	if out == nil {
		return src
	}
	return append(out, src[last:]...)
}

// mdMaxIndent is the widest leading white space kept on a line: list
// items nest by indentation, two columns or more a level, so this bounds
// that nesting as mdMaxNesting bounds the markers.
const mdMaxIndent = 256

// mdLeadingSpace returns the number of bytes of spaces and tabs that start
// line.
func mdLeadingSpace(line []byte) int {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	return i
}

// mdDeepPrefix looks at the container markers that start a line (">", "-",
// "*", "+", "1." or "1)", with spaces between). When there are more than
// mdMaxNesting, it returns the offset just after the last marker kept and
// the offset where the line's content starts; otherwise -1, -1.
func mdDeepPrefix(line []byte) (cut, rest int) {
	n, i := 0, 0
	cut = -1
	for i < len(line) {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		j := i
		switch {
		case j < len(line) && line[j] == '>':
			j++
		case j+1 < len(line) && (line[j] == '-' || line[j] == '*' || line[j] == '+') && (line[j+1] == ' ' || line[j+1] == '\t'):
			j++
		default:
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j == i || j >= len(line) || (line[j] != '.' && line[j] != ')') {
				if n > mdMaxNesting {
					return cut, i
				}
				return -1, -1
			}
			j++
		}
		n++
		if n == mdMaxNesting {
			cut = j
		}
		i = j
	}
	if n > mdMaxNesting {
		return cut, len(line)
	}
	return -1, -1
}

// mdTitleLine takes the headline from the first paragraph of a note that
// gives none — no front matter title, no "# " heading — when that paragraph
// is one short line followed by more text, the shape of a plain-text
// article saved as ".md":
//
//	Radio host Don Imus dies aged 79
//
//	United States radio personality …
//
// A first line ending in a full stop is a sentence, not a title, and stays.
func mdTitleLine(a *Article, firstPlain bool) {
	if a.Headline != "" || !firstPlain || len(a.Paragraphs) < 2 {
		return
	}
	p := a.Paragraphs[0]
	if len(p) > 150 || strings.Contains(p, "\n") || strings.HasSuffix(p, ".") {
		return
	}
	a.Headline = p
	a.Paragraphs = a.Paragraphs[1:]
	a.Markdown = a.Markdown[1:]
	for i := range a.Captions {
		a.Captions[i].Paragraph = max(0, a.Captions[i].Paragraph-1)
	}
}

// mdFrontMatterRe finds the closing line of YAML front matter.
var mdFrontMatterRe = regexp.MustCompile(`(?m)^(?:---|\.\.\.)[ \t]*\r?$`)

// mdYAMLLineRe reads the line of a YAML error: "yaml: line 3: mapping values
// are not allowed in this context".
var mdYAMLLineRe = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// mdReadFrontMatter reads YAML front matter, if src starts with one, into a
// and returns the Markdown body after it. The keys read (any case):
//
//	title, headline                          → Headline
//	description, subtitle, summary, excerpt,
//	  standfirst, dek                        → Standfirst
//	author, authors, byline (a string "Anna Smith and Ben Jones", a list of
//	  names, or {name, role} maps)           → Authors
//	date, published, pubdate, publish_date,
//	  published_at, created                  → Published (RFC 3339) and
//	                                           PublishedText (as written)
//	publication, site, site_name, publisher,
//	  source (when not a URL)                → Publication
//	source, url, link, canonical_url,
//	  original_url (a URL)                   → Publication when none is
//	                                           given (the URL's host; the
//	                                           model has no URL field)
//
// A block between "---" lines that is not a YAML mapping is not front
// matter (it is a thematic break and text); one that looks like a mapping
// ("key: value") but is not valid YAML is an error at its line, not
// silently dropped.
func mdReadFrontMatter(name string, src []byte, a *Article) ([]byte, error) {
	first, rest, ok := bytes.Cut(src, []byte("\n"))
	if !ok || strings.TrimRight(string(first), " \t\r") != "---" {
		return src, nil
	}
	loc := mdFrontMatterRe.FindIndex(rest)
	if loc == nil {
		return src, nil
	}
	fm := rest[:loc[0]]
	body := rest[loc[1]:]
	if len(body) > 0 && body[0] == '\n' {
		body = body[1:]
	}
	var root yaml.Node
	if err := yaml.Unmarshal(fm, &root); err != nil {
		if !regexp.MustCompile(`(?m)^[\w-]+:`).Match(fm) {
			return src, nil
		}
		e := &Error{Name: name, Msg: "front matter: " + strings.TrimPrefix(err.Error(), "yaml: ")}
		if m := mdYAMLLineRe.FindStringSubmatch(err.Error()); m != nil {
			n, _ := strconv.Atoi(m[1])
			e.Line, e.Msg = n+1, "front matter: "+m[2]
		}
		return nil, e
	}
	if len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return src, nil
	}
	m := root.Content[0]
	var url string
	for i := 0; i+1 < len(m.Content); i += 2 {
		key := strings.ToLower(strings.ReplaceAll(m.Content[i].Value, "-", "_"))
		val := mdDeref(m.Content[i+1])
		switch key {
		case "title", "headline":
			a.Headline = mdFirstOf(a.Headline, formatOneLine(mdScalar(val)))
		case "description", "subtitle", "summary", "excerpt", "standfirst", "dek":
			a.Standfirst = mdFirstOf(a.Standfirst, formatOneLine(mdScalar(val)))
		case "author", "authors", "byline":
			a.Authors = formatAddAuthors(a.Authors, mdAuthors(val)...)
		case "date", "published", "pubdate", "publish_date", "published_at", "date_published", "created":
			if a.PublishedText == "" {
				a.PublishedText = formatOneLine(mdScalar(val))
				a.Published = formatParseDate(mdScalar(val))
			}
		case "publication", "site", "site_name", "publisher":
			a.Publication = mdFirstOf(a.Publication, formatOneLine(mdScalar(val)))
		case "source", "url", "link", "canonical_url", "original_url":
			v := strings.TrimSpace(mdScalar(val))
			if strings.Contains(v, "://") {
				url = mdFirstOf(url, v)
			} else if key == "source" {
				a.Publication = mdFirstOf(a.Publication, formatOneLine(v))
			}
		}
	}
	if a.Publication == "" {
		a.Publication = formatHost(url)
	}
	return body, nil
}

// mdDeref follows a YAML alias to its value (one step: front matter values
// are scalars and short lists).
func mdDeref(n *yaml.Node) *yaml.Node {
	if n != nil && n.Kind == yaml.AliasNode && n.Alias != nil {
		return n.Alias
	}
	return n
}

// mdScalar returns a scalar's text as written, or "" for lists and maps.
func mdScalar(n *yaml.Node) string {
	if n == nil || n.Kind != yaml.ScalarNode {
		return ""
	}
	return n.Value
}

// mdAuthors reads an author value: "Caitlin Doherty", "Anna Smith and Ben
// Jones", [Anna Smith, Ben Jones], or [{name: Anna Smith, role: Editor}].
func mdAuthors(n *yaml.Node) []Author {
	n = mdDeref(n)
	if n == nil {
		return nil
	}
	switch n.Kind {
	case yaml.ScalarNode:
		return formatParseByline(n.Value)
	case yaml.SequenceNode:
		var out []Author
		for _, c := range n.Content {
			c = mdDeref(c)
			if c != nil && c.Kind != yaml.SequenceNode {
				out = append(out, mdAuthors(c)...)
			}
		}
		return out
	case yaml.MappingNode:
		var au Author
		for i := 0; i+1 < len(n.Content); i += 2 {
			switch strings.ToLower(n.Content[i].Value) {
			case "name":
				au.Name = mdScalar(mdDeref(n.Content[i+1]))
			case "role", "title", "jobtitle", "job_title":
				au.Role = mdScalar(mdDeref(n.Content[i+1]))
			}
		}
		if au.Name != "" {
			return []Author{au}
		}
	}
	return nil
}

// mdFirstOf returns a unless it is empty.
func mdFirstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// mdBuilder fills the article from goldmark's tree.
type mdBuilder struct {
	src    []byte
	a      *Article
	refs   []parser.Reference
	starts []int // source offset where each recorded paragraph's block starts
	sawH1  bool  // whether the first "# " heading has been read

	seenCaps   map[Caption]bool // captions added, by text and credit (Paragraph 0)
	firstPlain bool             // whether paragraph 0 is a plain paragraph block
}

// build walks the top-level blocks, then cuts each recorded block's
// Markdown source out of the body: from the start of its first line to the
// start of the next block that has a known start (so fences, list markers
// and "> " are kept), without trailing blank lines.
func (b *mdBuilder) build(doc ast.Node) {
	var bounds []int // starts of every top-level block and list item
	visit := func(n ast.Node) {
		start := mdStart(n, b.src)
		if start >= 0 {
			bounds = append(bounds, start)
		}
		b.block(n, start)
	}
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if l, ok := n.(*ast.List); ok {
			for it := l.FirstChild(); it != nil; it = it.NextSibling() {
				visit(it)
			}
			continue
		}
		visit(n)
	}
	slices.Sort(bounds)
	b.a.Markdown = make([]string, len(b.starts))
	for i, s := range b.starts {
		s = max(s, 0)
		end := len(b.src)
		if k, _ := slices.BinarySearch(bounds, s+1); k < len(bounds) {
			end = bounds[k]
		}
		md := mdTrimRefDefs(strings.TrimRight(string(b.src[s:end]), " \t\r\n"))
		b.a.Markdown[i] = formatClean(b.withRefs(md))
	}
}

// mdRefDefRe matches a link reference definition line: "[ap]:
// https://apnews.com/ "AP News"".
var mdRefDefRe = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:\s*\S`)

// mdTrimRefDefs removes the link reference definitions that end a block's
// source (they are read by goldmark wherever they are, so they fall in the
// span of the block before them); withRefs gives each block the ones it
// uses.
func mdTrimRefDefs(md string) string {
	for {
		i := strings.LastIndexByte(md, '\n')
		last := md[i+1:]
		if i < 0 || !mdRefDefRe.MatchString(last) {
			return md
		}
		md = strings.TrimRight(md[:i], " \t\r\n")
	}
}

// withRefs appends to a block's source the link reference definitions
// ("[bbc]: https://www.bbc.co.uk/news") it uses, which are elsewhere in the
// file, so the block renders its links on its own.
func (b *mdBuilder) withRefs(md string) string {
	if len(b.refs) == 0 || !strings.Contains(md, "]") {
		return md
	}
	lower := strings.ToLower(md)
	var sb strings.Builder
	for _, r := range b.refs {
		label := strings.ToLower(string(r.Label()))
		if !strings.Contains(lower, "["+label+"]") {
			continue
		}
		sb.WriteString("\n[" + string(r.Label()) + "]: <" + string(r.Destination()) + ">")
		if t := r.Title(); len(t) > 0 {
			sb.WriteString(" " + strconv.Quote(string(t)))
		}
	}
	if sb.Len() == 0 {
		return md
	}
	return md + "\n" + sb.String()
}

// block records one top-level block (or list item) as a paragraph, unless
// it has no text or is the headline.
func (b *mdBuilder) block(n ast.Node, start int) {
	// Trailing white space goes, whatever left it there (a control byte
	// cleaned away at the end of a quoted line); a code block of spaces and
	// no-break spaces has no text at all.
	txt := strings.TrimRight(b.blockText(n, 0), " \n\t")
	if strings.TrimSpace(txt) == "" {
		return
	}
	if _, ok := n.(*ast.Paragraph); ok && !strings.Contains(txt, "\n") && isBoilerplate(txt) {
		// A clipping keeps the page's "Read more" and "Share this article"
		// lines; the plain-text parser's list says which lines those are.
		return
	}
	if h, ok := n.(*ast.Heading); ok && h.Level == 1 && !b.sawH1 {
		b.sawH1 = true
		if b.a.Headline == "" {
			b.a.Headline = txt
			return
		}
		if strings.EqualFold(b.a.Headline, txt) {
			return
		}
	}
	if len(b.a.Paragraphs) == 0 {
		_, b.firstPlain = n.(*ast.Paragraph)
	}
	b.a.Paragraphs = append(b.a.Paragraphs, txt)
	b.starts = append(b.starts, start)
}

// blockText returns the plain reading text of a block; depth is the list
// nesting, for the indentation of nested items.
func (b *mdBuilder) blockText(n ast.Node, depth int) string {
	switch n := n.(type) {
	case *ast.Heading, *ast.Paragraph, *ast.TextBlock:
		return b.inlineText(n)
	case *ast.ThematicBreak:
		return ""
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		return mdCode(n, b.src)
	case *ast.HTMLBlock:
		return mdHTMLText(mdLines(n, b.src))
	case *ast.Blockquote:
		var parts []string
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if t := b.blockText(c, depth); t != "" {
				parts = append(parts, t)
			}
		}
		if len(parts) == 0 {
			return ""
		}
		q := []string{strings.Join(parts, "\n")}
		formatWrapQuote(q)
		return q[0]
	case *ast.List:
		var items []string
		for it := n.FirstChild(); it != nil; it = it.NextSibling() {
			if t := b.blockText(it, depth); t != "" {
				items = append(items, t)
			}
		}
		return strings.Join(items, "\n")
	case *ast.ListItem:
		marker := "• "
		if l, ok := n.Parent().(*ast.List); ok && l.IsOrdered() {
			k := l.Start
			for s := n.PreviousSibling(); s != nil; s = s.PreviousSibling() {
				k++
			}
			marker = strconv.Itoa(k) + ". "
		}
		var parts []string
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			d := depth
			if _, ok := c.(*ast.List); ok {
				d = depth + 1
			}
			if t := b.blockText(c, d); t != "" {
				parts = append(parts, t)
			}
		}
		if len(parts) == 0 {
			return ""
		}
		return strings.Repeat("  ", min(depth, 8)) + marker + strings.Join(parts, "\n")
	case *east.Table:
		var rows []string
		for r := n.FirstChild(); r != nil; r = r.NextSibling() {
			var cells []string
			for c := r.FirstChild(); c != nil; c = c.NextSibling() {
				cells = append(cells, b.inlineText(c))
			}
			rows = append(rows, strings.Join(cells, " | "))
		}
		return strings.Join(rows, "\n")
	}
	if c := n.FirstChild(); c != nil && c.Type() != ast.TypeBlock {
		return b.inlineText(n)
	}
	var parts []string
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t := b.blockText(c, depth); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, "\n")
}

// inlineText returns the plain text of a block's inline content, one line
// per hard line break, and adds the captions of its images.
func (b *mdBuilder) inlineText(n ast.Node) string {
	var sb strings.Builder
	b.inline(n, &sb)
	lines := strings.Split(sb.String(), "\n")
	kept := lines[:0]
	for _, l := range lines {
		if l = formatOneLine(l); l != "" {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "\n")
}

func (b *mdBuilder) inline(n ast.Node, sb *strings.Builder) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			v := c.Segment.Value(b.src)
			if c.IsRaw() {
				sb.Write(v)
			} else {
				sb.Write(mdUnescape(v))
			}
			switch {
			case c.HardLineBreak():
				sb.WriteByte('\n')
			case c.SoftLineBreak():
				sb.WriteByte(' ')
			}
		case *ast.String:
			if c.IsCode() || c.IsRaw() {
				sb.Write(c.Value)
			} else {
				sb.Write(mdUnescape(c.Value))
			}
		case *ast.CodeSpan:
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				switch t := t.(type) {
				case *ast.Text:
					sb.Write(t.Segment.Value(b.src))
				case *ast.String:
					sb.Write(t.Value)
				}
			}
		case *ast.AutoLink:
			sb.Write(c.Label(b.src))
		case *ast.Image:
			b.image(c)
		case *ast.RawHTML:
			var raw []byte
			for i := 0; i < c.Segments.Len(); i++ {
				seg := c.Segments.At(i)
				raw = append(raw, seg.Value(b.src)...)
			}
			if mdBrRe.Match(raw) {
				sb.WriteByte('\n')
			}
		case *east.TaskCheckBox:
			if c.IsChecked {
				sb.WriteString("☑ ")
			} else {
				sb.WriteString("☐ ")
			}
		default:
			b.inline(c, sb)
		}
	}
}

// mdBrRe matches an inline <br>, the one HTML tag that changes the reading
// text (a line break).
var mdBrRe = regexp.MustCompile(`(?i)^<br\s*/?>$`)

// image adds the caption of an image to the article, before the paragraph
// being built.
func (b *mdBuilder) image(img *ast.Image) {
	var sb strings.Builder
	b.inline(img, &sb)
	alt := formatOneLine(sb.String())
	title := formatOneLine(string(mdUnescape(img.Title)))
	text, credit := formatSplitCredit(alt)
	if title != "" {
		tt, tc := formatSplitCredit(title)
		switch {
		case formatHasCreditMarker(title):
			if credit == "" {
				credit = formatStripCreditMarker(title)
			}
		case text == "":
			text, credit = tt, mdFirstOf(credit, tc)
		}
	}
	if text == "" && credit == "" {
		return
	}
	// Each caption once, as for HTML and text: a picture repeated (a lead
	// image shown again at the end) is one picture.
	key := Caption{Text: text, Credit: credit}
	if b.seenCaps[key] {
		return
	}
	if b.seenCaps == nil {
		b.seenCaps = map[Caption]bool{}
	}
	b.seenCaps[key] = true
	b.a.Captions = append(b.a.Captions, Caption{Text: text, Credit: credit, Paragraph: len(b.a.Paragraphs)})
}

// mdUnescape resolves backslash escapes and entity references in text, as
// goldmark's HTML renderer does: "Marks \& Spencer" and "Marks &amp;
// Spencer" read "Marks & Spencer".
func mdUnescape(v []byte) []byte {
	if bytes.IndexByte(v, '\\') < 0 && bytes.IndexByte(v, '&') < 0 {
		return v
	}
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
}

// mdCode returns a code block's text as written (tabs become spaces in
// Clean), without its fences or indentation.
func mdCode(n ast.Node, src []byte) string {
	return strings.TrimRight(formatClean(mdLines(n, src)), " \n")
}

// mdLines returns the source lines of a block, joined.
func mdLines(n ast.Node, src []byte) string {
	var sb strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		sb.Write(seg.Value(src))
	}
	return sb.String()
}

// mdHTMLText returns the visible text of an HTML block, without tags,
// comments, scripts and styles.
func mdHTMLText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var sb strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return formatOneLine(sb.String())
		case html.TextToken:
			if skip == 0 {
				sb.Write(z.Text())
				sb.WriteByte(' ')
			}
		case html.StartTagToken:
			if name, _ := z.TagName(); string(name) == "script" || string(name) == "style" {
				skip++
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); (string(name) == "script" || string(name) == "style") && skip > 0 {
				skip--
			}
		}
	}
}

// mdStart returns the offset of the start of the line where block n begins
// in src, or -1 when the block has no text to place it by (a thematic
// break). A fenced code block begins at its opening fence, the line before
// its first code line.
func mdStart(n ast.Node, src []byte) int {
	p := mdFirstPos(n, src)
	if p < 0 {
		return -1
	}
	return mdLineStart(src, p)
}

// mdLineStart returns the offset of the start of the line holding offset p.
func mdLineStart(src []byte, p int) int {
	p = min(p, len(src))
	return bytes.LastIndexByte(src[:p], '\n') + 1
}

// mdFirstPos returns the offset of the first source byte of n, or -1. A leaf
// block's first line is its first byte; a container's is its first child's
// (children are in source order), so the search stops at the first child
// that has one and costs no more than the block's depth.
func mdFirstPos(n ast.Node, src []byte) int {
	switch c := n.(type) {
	case *ast.FencedCodeBlock:
		if c.Info != nil {
			return c.Info.Segment.Start
		}
		if c.Lines().Len() > 0 {
			if p := mdLineStart(src, c.Lines().At(0).Start); p > 0 {
				return p - 1
			}
		}
		return -1
	case *ast.Text:
		return c.Segment.Start
	}
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return n.Lines().At(0).Start
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if p := mdFirstPos(c, src); p >= 0 {
			return p
		}
	}
	return -1
}
