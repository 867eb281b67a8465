package article

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// parseHTML reads a web page saved from a browser ("Save page as…") or
// fetched with curl into the article model.
//
// A web archive (.mhtml, "Save page as… Webpage, Single File") is read as
// the page inside it (htmlFromMHTML). The body text is what Readability (codeberg.org/readeck/go-readability/v2,
// a port of Firefox's reader view) picks as the article; everything it
// drops — the site name, the headline, the standfirst, the authors, the date
// — is taken from the page itself (see htmlReadMeta), and the photo captions
// from its <figure>s (see htmlReadFigures). The steps:
//
//  1. bytes to UTF-8 by the page's own declaration (htmlDecode), so a
//     Windows-1252 page shows "café", never "cafÃ©";
//  2. one HTML5 parse (golang.org/x/net/html), which decodes entities, so
//     "&#27;[2J" in a title is an ESC character before Clean removes it;
//     tags nested deeper than htmlMaxDepth are dropped first (htmlFlatten),
//     so hostile nesting costs linear time;
//  3. metadata and figures read from the untouched page;
//  4. Readability picks the article's container; htmlWalk turns it into
//     paragraphs: one per block element (p, li, h2–h6, blockquote, pre, table
//     row), scripts, styles, forms, nav, footers, asides and elements whose
//     class or id says share bar, cookie notice, newsletter, comments,
//     related links or advert (htmlIsBoilerplate) never reaching the text;
//  5. quotes marked up as quotes are given quotation marks (a <q> becomes
//     “…”, a <blockquote> not already in marks becomes “…”, see
//     formatWrapQuote), so the one quote finder, Attribute, sees them;
//  6. paragraphs that repeat the headline, the standfirst or the byline, and
//     lines of site furniture ("Read more", "Sign up to our newsletter"),
//     are dropped.
//
// When Readability finds no article (a very short page), the whole page body
// is read the same way, so a page with text always gives text. A page with no
// text at all is an error, and so is binary data (htmlCheckBinary).
func parseHTML(name string, src []byte) (*Article, error) {
	contentType := ""
	if htmlIsMHTML(src) {
		if page, ct, ok := htmlFromMHTML(src); ok {
			src, contentType = page, ct
		}
	}
	if err := htmlCheckBinary(name, src); err != nil {
		return nil, err
	}
	doc, err := html.Parse(bytes.NewReader(htmlFlatten(htmlDecode(src, contentType))))
	if err != nil {
		return nil, &Error{Name: name, Msg: "read HTML: " + err.Error()}
	}
	page := htmlScanPage(doc)
	meta := htmlReadMeta(page)
	figs := htmlReadFigures(doc)
	htmlPrepare(doc)
	full := htmlWalk(doc)
	htmlStrip(doc)

	rp := readability.NewParser()
	rp.KeepClasses = true // htmlWalk still needs the classes that mark boilerplate
	var body *htmlBlocks
	if ra, err := rp.ParseAndMutate(doc, nil); err == nil {
		if ra.Node != nil {
			if b := htmlWalk(ra.Node); b.count() > 0 {
				body = b
			}
		}
		if meta.headline == "" {
			meta.headline = formatOneLine(ra.Title())
		}
		if meta.publication == "" {
			meta.publication = formatOneLine(ra.SiteName())
		}
		if len(meta.authors) == 0 && ra.Byline() != "" {
			meta.authors = formatAddAuthors(nil, formatParseByline(ra.Byline())...)
		}
	}
	if body == nil {
		body = full
	}

	a := newArticle(name, FormatHTML)
	a.Publication, a.Headline, a.Standfirst = meta.publication, meta.headline, meta.standfirst
	a.Published, a.PublishedText = meta.published, meta.publishedText
	if meta.authors != nil {
		a.Authors = meta.authors
	}
	figAt := map[int]int{} // figure index → paragraph it stands before
	for _, b := range body.list {
		if b.fig >= 0 {
			if _, seen := figAt[b.fig]; !seen {
				figAt[b.fig] = len(a.Paragraphs)
			}
			continue
		}
		if htmlIsFurniture(b.text, a, len(a.Paragraphs)) {
			continue
		}
		a.Paragraphs = append(a.Paragraphs, b.text)
	}
	if i := htmlBylineParagraph(a); i >= 0 {
		for f, p := range figAt {
			if p > i {
				figAt[f] = p - 1
			}
		}
	}
	htmlPlaceFigures(a, figs, figAt, full)
	if a.Headline == "" && len(a.Paragraphs) == 0 {
		return nil, &Error{Name: name, Msg: "no article text in HTML page"}
	}
	return a, nil
}

// htmlPrepare rewrites the few constructs whose meaning the walk and
// Readability would lose: a <footer> inside a <blockquote> is the quote's
// attribution ("— Rob Bartlett"), not the page footer, so it becomes a
// paragraph starting with a dash (which keeps it outside the quotation
// marks, see htmlIsAttribution).
func htmlPrepare(doc *html.Node) {
	var walk func(n *html.Node, bq bool)
	walk = func(n *html.Node, bq bool) {
		if n.Type == html.ElementNode {
			if n.DataAtom == atom.Blockquote {
				bq = true
			}
			if n.DataAtom == atom.Footer && bq {
				n.DataAtom, n.Data = atom.P, "p"
				if !htmlIsAttribution(htmlTextOf(n)) {
					n.InsertBefore(&html.Node{Type: html.TextNode, Data: "— "}, n.FirstChild)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, bq)
		}
	}
	walk(doc, false)
}

// htmlStrip removes from the page everything that is never article text —
// scripts, styles, navigation, forms, furniture (htmlIsBoilerplate) — before
// Readability reads it. Readability has its own idea of clutter, but on a
// short page it retries without it, and it rewrites a <div> holding one <p>
// into that <p>, losing the class that said "newsletter"; removing the
// furniture first keeps it out whatever Readability decides.
func htmlStrip(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			if (htmlSkipTags[c.DataAtom] && c.DataAtom != atom.Header && c.DataAtom != atom.Img && c.DataAtom != atom.Picture && c.DataAtom != atom.Head && c.DataAtom != atom.Title && c.DataAtom != atom.Meta && c.DataAtom != atom.Link) || htmlIsBoilerplate(c) {
				n.RemoveChild(c)
			} else {
				htmlStrip(c)
			}
		} else if c.Type == html.CommentNode {
			n.RemoveChild(c)
		}
		c = next
	}
}

// htmlBylineParagraph takes the authors from a byline written as a plain
// paragraph — "<b>By Ben Urich</b><br><br>…" on an old page, with no class
// to find it by — when the page named no author otherwise: one of the first
// two paragraphs, short, starting "By" and naming people (capitalised words).
// The paragraph is then metadata, not text, as in the plain-text parser; its
// index is returned (-1 when there is none).
func htmlBylineParagraph(a *Article) int {
	if len(a.Authors) > 0 {
		return -1
	}
	for i := 0; i < len(a.Paragraphs) && i < 2; i++ {
		p := a.Paragraphs[i]
		if len(p) > 100 || !formatBylineRe.MatchString(p) || strings.ContainsAny(p, ".!?:“\"") {
			continue
		}
		authors := formatParseByline(p)
		if len(authors) == 0 {
			continue
		}
		for _, au := range authors {
			for _, w := range strings.Fields(au.Name) {
				if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
					return -1
				}
			}
		}
		a.Authors = authors
		a.Paragraphs = append(a.Paragraphs[:i], a.Paragraphs[i+1:]...)
		return i
	}
	return -1
}

// htmlDecode returns the page as UTF-8. The encoding is the one the page
// declares — a byte order mark, the charset of its Content-Type (a web
// archive's part header), or <meta charset="windows-1252"> / <meta
// http-equiv="Content-Type" content="text/html; charset=…"> in its first
// 1024 bytes, read by golang.org/x/net/html/charset as browsers do, with
// ISO-8859-1 meaning Windows-1252 — and, for a page that declares none,
// UTF-8 when the whole page is valid UTF-8 and Windows-1252 otherwise.
// (charset.DetermineEncoding alone looks at 1024 bytes only, and would call
// an undeclared UTF-8 page whose first accent comes later Windows-1252.)
func htmlDecode(src []byte, contentType string) []byte {
	e, _, certain := charset.DetermineEncoding(src, contentType)
	if !certain && !htmlDeclaresCharset(src) {
		if utf8.Valid(src) {
			e = encoding.Nop
		} else {
			e = charmap.Windows1252
		}
	}
	if e == encoding.Nop || e == nil {
		return bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	}
	out, err := e.NewDecoder().Bytes(src)
	if err != nil {
		return src
	}
	return bytes.TrimPrefix(out, []byte("\xef\xbb\xbf"))
}

// htmlCheckBinary refuses what is not a page but binary data misnamed
// ".html" (an image, a PDF), by the plain-text parser's test (decode): a NUL
// byte, or more than one byte in ten a control character. A UTF-16 page,
// whose byte order mark says so, is full of NULs and is let through.
func htmlCheckBinary(name string, src []byte) error {
	if bytes.HasPrefix(src, []byte{0xFF, 0xFE}) || bytes.HasPrefix(src, []byte{0xFE, 0xFF}) {
		return nil
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		line, col := position(src, i)
		return &Error{Name: name, Msg: fmt.Sprintf("not a text article (binary data: NUL byte at line %d, column %d)", line, col)}
	}
	if n := countControls(src); n > 0 && n*10 > len(src) {
		return &Error{Name: name, Msg: fmt.Sprintf("not a text article (binary data: %d of %d bytes are control characters)", n, len(src))}
	}
	return nil
}

// htmlMaxDepth is the deepest element nesting parseHTML keeps. Real pages
// nest a few dozen deep; the HTML5 tree builder (and Readability) spend time
// proportional to the depth on every tag, so 50,000 unclosed <div>s — 250 KB
// — would take minutes.
const htmlMaxDepth = 256

// htmlRawTextTags are the elements whose content the tokenizer reads as raw
// text: when their start tag is dropped, their content must go too, or a
// script would become words.
var htmlRawTextTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Textarea: true, atom.Title: true, atom.Xmp: true,
	atom.Iframe: true, atom.Noembed: true, atom.Noframes: true, atom.Noscript: true, atom.Plaintext: true,
}

// htmlFlatten returns the page with the tags nested deeper than
// htmlMaxDepth removed and their text kept, so hostile nesting costs linear
// time; a page within the limit is returned as it is, after one tokenizer
// pass. Depth is counted from the tokens (start tags of non-void elements
// open, end tags close), which overestimates what the tree builder keeps
// open, and so never flattens less than it should.
func htmlFlatten(src []byte) []byte {
	depth, deepest := 0, 0
	z := html.NewTokenizer(bytes.NewReader(src))
	for deepest <= htmlMaxDepth {
		tt := z.Next()
		if tt == html.ErrorToken {
			return src
		}
		name, _ := z.TagName()
		depth = htmlDepthAfter(tt, name, depth)
		deepest = max(deepest, depth)
	}
	var out bytes.Buffer
	out.Grow(len(src))
	z = html.NewTokenizer(bytes.NewReader(src))
	depth = 0
	skipRaw := false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out.Bytes()
		}
		raw := z.Raw()
		name, _ := z.TagName() // once: TagName consumes the name
		before := depth
		depth = htmlDepthAfter(tt, name, depth)
		wasRaw := skipRaw
		skipRaw = false
		switch {
		case tt == html.TextToken:
			if !wasRaw {
				out.Write(raw)
			}
		case max(before, depth) <= htmlMaxDepth:
			out.Write(raw)
		case tt == html.StartTagToken:
			skipRaw = htmlRawTextTags[atom.Lookup(name)]
		}
	}
}

// htmlDepthAfter returns the nesting depth after token tt.
func htmlDepthAfter(tt html.TokenType, name []byte, depth int) int {
	switch tt {
	case html.StartTagToken:
		if !htmlVoidTags[atom.Lookup(name)] {
			return depth + 1
		}
	case html.EndTagToken:
		return max(depth-1, 0)
	}
	return depth
}

// htmlVoidTags are the elements that have no end tag.
var htmlVoidTags = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true, atom.Param: true, atom.Keygen: true,
}

// htmlCharsetRe finds a charset declaration in the page's first bytes.
var htmlCharsetRe = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=`)

// htmlDeclaresCharset reports whether the first 1024 bytes declare an
// encoding with a <meta>, the only place besides a BOM a saved page can.
func htmlDeclaresCharset(src []byte) bool {
	if len(src) > 1024 {
		src = src[:1024]
	}
	return htmlCharsetRe.Match(src)
}

// htmlBlock is one paragraph of text, or (fig >= 0, text "") the place of
// figure number fig among the paragraphs.
type htmlBlock struct {
	text string
	fig  int
}

// htmlBlocks is the output of htmlWalk.
type htmlBlocks struct{ list []htmlBlock }

// count returns the number of text paragraphs.
func (b *htmlBlocks) count() int {
	n := 0
	for _, x := range b.list {
		if x.fig < 0 {
			n++
		}
	}
	return n
}

// htmlWalker turns a tree into paragraphs, one per block element.
type htmlWalker struct {
	out     htmlBlocks
	lines   []string        // finished lines of the current paragraph (<br>)
	cur     strings.Builder // the line being written
	pre     int             // depth inside <pre>
	quote   int             // depth inside <q>
	prefix  string          // list marker for the next paragraph
	afterBr bool            // a <br> and only white space since it
	lists   []htmlList
}

// htmlList is an open <ul> or <ol> and the number of its next item.
type htmlList struct {
	ordered bool
	next    int
}

// htmlBlockTags are the elements that end a paragraph before and after
// them.
var htmlBlockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Thead: true,
	atom.Tbody: true, atom.Tfoot: true, atom.Caption: true, atom.Address: true, atom.Details: true,
	atom.Summary: true, atom.Center: true, atom.Hr: true, atom.Fieldset: true, atom.Hgroup: true,
	atom.Body: true, atom.Html: true, atom.Figure: true,
}

// htmlWalk reads the paragraphs under root, skipping boilerplate, the
// article header (headline, standfirst and byline are metadata) and figure
// captions (which htmlReadFigures reads), and marking where each figure
// stands.
func htmlWalk(root *html.Node) *htmlBlocks {
	w := &htmlWalker{}
	w.walk(root)
	w.flush()
	return &w.out
}

func (w *htmlWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		if w.afterBr && strings.TrimSpace(n.Data) != "" {
			w.afterBr = false
		}
		return
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	if n.DataAtom == 0 {
		// Readability renames elements (a <div> of text becomes a <p>) by
		// their Data alone.
		n.DataAtom = atom.Lookup([]byte(n.Data))
	}
	if htmlIsBoilerplate(n) || htmlIsHeaderPart(n) {
		return
	}
	if n.DataAtom == atom.Header {
		// The article's header holds metadata, read elsewhere, and often the
		// lead picture, whose place is kept.
		htmlFind(n, func(c *html.Node) bool {
			if i, err := strconv.Atoi(htmlAttr(c, htmlFigureAttr)); err == nil && c.DataAtom == atom.Figure {
				w.flush()
				w.out.list = append(w.out.list, htmlBlock{fig: i})
			}
			return false
		})
		return
	}
	if htmlSkipTags[n.DataAtom] {
		return
	}
	if n.DataAtom == atom.Br {
		switch {
		case w.pre > 0:
			w.cur.WriteByte('\n')
		case w.afterBr && strings.TrimSpace(w.cur.String()) == "":
			// "text<br><br>text": the old way of writing paragraphs.
			w.flush()
		default:
			w.lines = append(w.lines, w.cur.String())
			w.cur.Reset()
			w.afterBr = true
		}
		return
	}
	if n.DataAtom == atom.Figcaption {
		return
	}
	block := htmlBlockTags[n.DataAtom]
	if block {
		w.flush()
	}
	if n.DataAtom == atom.Figure {
		if i, err := strconv.Atoi(htmlAttr(n, htmlFigureAttr)); err == nil {
			w.out.list = append(w.out.list, htmlBlock{fig: i})
			return
		}
	}
	start := len(w.out.list)
	switch n.DataAtom {
	case atom.Ul, atom.Ol:
		l := htmlList{ordered: n.DataAtom == atom.Ol, next: 1}
		if s, err := strconv.Atoi(htmlAttr(n, "start")); err == nil && s > -1e6 && s < 1e6 {
			l.next = s
		}
		w.lists = append(w.lists, l)
		defer func() { w.lists = w.lists[:len(w.lists)-1] }()
	case atom.Li:
		indent := ""
		if len(w.lists) > 1 {
			indent = strings.Repeat("  ", min(len(w.lists)-1, 8))
		}
		if len(w.lists) > 0 && w.lists[len(w.lists)-1].ordered {
			top := &w.lists[len(w.lists)-1]
			w.prefix = indent + strconv.Itoa(top.next) + ". "
			top.next++
		} else {
			w.prefix = indent + "• "
		}
	case atom.Pre:
		w.pre++
		defer func() { w.pre-- }()
	case atom.Q:
		open, closing := "“", "”"
		if w.quote%2 == 1 {
			open, closing = "‘", "’"
		}
		w.quote++
		w.cur.WriteString(open)
		defer func() { w.quote--; w.cur.WriteString(closing) }()
	case atom.Td, atom.Th:
		if strings.TrimSpace(w.cur.String()) != "" {
			w.cur.WriteString(" | ")
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if block {
		w.flush()
	}
	if n.DataAtom == atom.Blockquote {
		var idx []int
		var paras []string
		for i := start; i < len(w.out.list); i++ {
			if w.out.list[i].fig < 0 && !htmlIsAttribution(w.out.list[i].text) {
				idx = append(idx, i)
				paras = append(paras, w.out.list[i].text)
			}
		}
		formatWrapQuote(paras)
		for k, i := range idx {
			w.out.list[i].text = paras[k]
		}
	}
}

// htmlIsAttribution reports whether a paragraph of a block quote is its
// attribution line rather than the quoted words: "— Rob Bartlett
// (@robbartlett) December 29, 2019", as an embedded tweet or a <footer>
// gives it. It is kept as a paragraph, outside the quotation marks.
func htmlIsAttribution(p string) bool {
	return strings.HasPrefix(p, "—") || strings.HasPrefix(p, "–") || strings.HasPrefix(p, "―") ||
		strings.HasPrefix(p, "-- ") || strings.HasPrefix(p, "- ")
}

// flush ends the current paragraph. Outside <pre>, runs of white space
// become one space and each <br> a newline; inside, the text is kept as
// written.
func (w *htmlWalker) flush() {
	var text string
	if w.pre > 0 {
		text = strings.Trim(formatClean(w.cur.String()), "\n")
		text = strings.TrimRightFunc(text, unicode.IsSpace)
	} else {
		lines := append(w.lines, w.cur.String())
		kept := lines[:0]
		for _, l := range lines {
			if l = formatOneLine(l); l != "" {
				kept = append(kept, l)
			}
		}
		text = strings.Join(kept, "\n")
	}
	w.lines = w.lines[:0]
	w.cur.Reset()
	w.afterBr = false
	if strings.TrimSpace(text) == "" {
		return
	}
	w.out.list = append(w.out.list, htmlBlock{text: w.prefix + text, fig: -1})
	w.prefix = ""
}

// htmlSkipTags never hold article text.
var htmlSkipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Head: true,
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Button: true,
	atom.Dialog: true, atom.Menu: true, atom.Select: true, atom.Input: true, atom.Textarea: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true, atom.Math: true,
	atom.Canvas: true, atom.Video: true, atom.Audio: true, atom.Img: true, atom.Picture: true,
	atom.Header: true, atom.Title: true, atom.Meta: true, atom.Link: true, atom.Label: true,
	atom.Option: true, atom.Datalist: true, atom.Output: true, atom.Progress: true, atom.Meter: true,
}

// htmlBoilerTokens are the class and id words (split at spaces, "-", "_"
// and camelCase humps) that mark site furniture: "share-bar",
// "cookieBanner", "newsletter-signup", "comments", "related-articles". They
// mark furniture wherever they appear.
var htmlBoilerTokens = map[string]bool{
	"share": true, "sharing": true, "shares": true, "sharebar": true, "social": true, "cookie": true,
	"cookies": true, "consent": true, "gdpr": true, "newsletter": true, "newsletters": true,
	"subscribe": true, "signup": true, "comment": true, "comments": true, "disqus": true,
	"outbrain": true, "taboola": true, "breadcrumb": true, "breadcrumbs": true, "pullquote": true,
	"popup": true, "modal": true, "trending": true, "mostread": true,
}

// htmlWeakBoilerTokens mark furniture too ("ad-slot", "related", "tags"),
// but sites also put them on the article's own container ("article-body
// ad-free", "story-content paywall"), so they count only on an element that
// does not also call itself the article (htmlArticleTokens).
var htmlWeakBoilerTokens = map[string]bool{
	"advert": true, "advertisement": true, "ad": true, "ads": true, "adslot": true, "sponsor": true,
	"sponsored": true, "promo": true, "promos": true, "related": true, "recommended": true,
	"paywall": true, "subscription": true, "nav": true, "navbar": true, "navigation": true,
	"menu": true, "footer": true, "masthead": true, "toolbar": true, "overlay": true, "tags": true,
	"skip": true, "print": true, "widget": true, "banner": true,
}

// htmlArticleTokens are the class and id words of an article's container.
var htmlArticleTokens = map[string]bool{
	"article": true, "body": true, "content": true, "main": true, "story": true, "text": true,
	"post": true, "entry": true, "page": true,
}

// htmlBoilerSubstrings catch the same furniture when a site runs words
// together ("cookiebanner", "sharetools", "mostpopular").
var htmlBoilerSubstrings = []string{"cookie", "newsletter", "sharebar", "sharetool", "socialshare",
	"outbrain", "taboola", "consent", "gdpr", "breadcrumb", "mostpopular", "mostread",
	"most-read", "most-popular", "pull-quote", "pullquote", "signup", "sign-up"}

// htmlBoilerRoles are ARIA roles of furniture.
var htmlBoilerRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true, "dialog": true,
	"alertdialog": true, "search": true, "menu": true, "menubar": true, "toolbar": true,
}

// htmlIsBoilerplate reports whether an element is site furniture rather
// than the article, from its class, id and role, or is hidden (hidden,
// aria-hidden, display:none).
func htmlIsBoilerplate(n *html.Node) bool {
	if n.DataAtom == atom.Html || n.DataAtom == atom.Body {
		return false
	}
	if _, ok := htmlAttrOK(n, "hidden"); ok {
		return true
	}
	if strings.EqualFold(htmlAttr(n, "aria-hidden"), "true") {
		return true
	}
	if st := strings.ToLower(htmlAttr(n, "style")); st != "" {
		st = strings.ReplaceAll(st, " ", "")
		if strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
			return true
		}
	}
	if htmlBoilerRoles[strings.ToLower(strings.TrimSpace(htmlAttr(n, "role")))] {
		return true
	}
	tokens := htmlClassTokens(n)
	if htmlAnyClass(tokens, htmlBoilerTokens) {
		return true
	}
	if htmlAnyClass(tokens, htmlWeakBoilerTokens) && !htmlAnyClass(tokens, htmlArticleTokens) {
		return true
	}
	names := strings.ToLower(htmlAttr(n, "class") + " " + htmlAttr(n, "id"))
	for _, s := range htmlBoilerSubstrings {
		if strings.Contains(names, s) {
			return true
		}
	}
	return false
}

// htmlIsHeaderPart reports whether an element is the article's byline,
// which parseHTML reads as metadata. (A standfirst element is not skipped
// here: it is dropped only where it repeats the standfirst, so a "summary"
// box in the body is never lost.)
func htmlIsHeaderPart(n *html.Node) bool {
	return htmlAnyClass(htmlClassTokens(n), htmlBylineClasses) ||
		htmlHasToken(htmlAttr(n, "rel"), "author") || htmlHasToken(htmlAttr(n, "itemprop"), "author")
}

// htmlFurnitureRe matches whole paragraphs of site furniture that can sit
// inside an article's container without a telling class: "Read more", "Sign
// up to our newsletter", "Sorry, we are not accepting comments on this
// article.", "Share this article", "Advertisement".
var htmlFurnitureRe = regexp.MustCompile(`(?i)^(?:read more|advertisement|advert|sponsored|sign up (?:to|for) (?:our|the)[\w\s]* newsletters?.*|sorry, we are not accepting comments on this article|comments are closed.*|share(?: this)?(?: article| story| page)?|share on \w+|follow us on \w+|click here to .*|related(?: articles| stories| content)?|we use cookies.*|accept(?: all)?(?: cookies)?|subscribe(?: now)?|most read|(?:\d+ )?comments?|skip to (?:main )?content|back to top)[.!:…]*$`)

// htmlIsFurniture reports whether a paragraph is not article text: site
// furniture (the plain-text parser's list, isBoilerplate, and
// htmlFurnitureRe), or a repeat of the headline, of the standfirst (as the first
// paragraph) or of the byline and date lines.
func htmlIsFurniture(p string, a *Article, index int) bool {
	if isBoilerplate(p) || len(p) <= 200 && htmlFurnitureRe.MatchString(p) {
		return true
	}
	if a.Headline != "" && strings.EqualFold(p, a.Headline) {
		return true
	}
	if index == 0 && a.Standfirst != "" && strings.EqualFold(p, a.Standfirst) {
		return true
	}
	if a.PublishedText != "" && (p == a.PublishedText || p == "Published "+a.PublishedText || p == "Published: "+a.PublishedText) {
		return true
	}
	if p == "Published" || p == "Updated" {
		return true
	}
	if len(a.Authors) > 0 && len(p) < 160 && formatBylineRe.MatchString(p) {
		for _, au := range formatParseByline(p) {
			if strings.EqualFold(au.Name, a.Authors[0].Name) {
				return true
			}
		}
	}
	return false
}

// htmlAttr returns the value of attribute key, or "".
func htmlAttr(n *html.Node, key string) string {
	v, _ := htmlAttrOK(n, key)
	return v
}

// htmlAttrOK returns the value of attribute key and whether it is present.
func htmlAttrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

// htmlHasToken reports whether a space-separated attribute value (rel,
// itemprop) holds token, ignoring case.
func htmlHasToken(val, token string) bool {
	for _, f := range strings.Fields(val) {
		if strings.EqualFold(f, token) {
			return true
		}
	}
	return false
}

// htmlClassTokens returns the words of an element's class and id, whole and
// split at "-", "_" and camelCase humps, in lower case: class="article__byline
// shareBar" gives "article__byline", "article", "byline", "sharebar",
// "share", "bar".
func htmlClassTokens(n *html.Node) []string {
	raw := htmlAttr(n, "class") + " " + htmlAttr(n, "id")
	if strings.TrimSpace(raw) == "" {
		return nil
	}
	var out []string
	for _, f := range strings.Fields(raw) {
		out = append(out, strings.ToLower(f))
		var word []rune
		prevLower := false
		emit := func() {
			if len(word) > 0 {
				out = append(out, strings.ToLower(string(word)))
				word = word[:0]
			}
		}
		for _, r := range f {
			switch {
			case r == '-' || r == '_':
				emit()
				prevLower = false
				continue
			case unicode.IsUpper(r) && prevLower:
				emit()
			}
			word = append(word, r)
			prevLower = unicode.IsLower(r) || unicode.IsDigit(r)
		}
		emit()
	}
	return out
}

// htmlAnyClass reports whether any token is in set.
func htmlAnyClass(tokens []string, set map[string]bool) bool {
	for _, t := range tokens {
		if set[t] {
			return true
		}
	}
	return false
}

// htmlTextOf returns the visible text of n on one line, without scripts,
// styles and other non-text elements.
func htmlTextOf(n *html.Node) string {
	return htmlTextSkipping(n)
}

// htmlTextSkipping is htmlTextOf that also leaves out the given elements
// (a byline's <time>).
func htmlTextSkipping(n *html.Node, skip ...atom.Atom) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			b.WriteByte(' ')
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Button:
				return
			}
			for _, s := range skip {
				if n.DataAtom == s {
					return
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return formatOneLine(b.String())
}

// htmlRawText returns the text children of n as they are (a script's
// source).
func htmlRawText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// htmlFind calls match on every element under n in document order until it
// returns true.
func htmlFind(n *html.Node, match func(*html.Node) bool) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if match(c) || htmlFind(c, match) {
				return true
			}
		}
	}
	return false
}

// htmlInSVG reports whether n is inside an <svg>, whose <title> is an icon's
// name, not the page's.
func htmlInSVG(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Svg || a.Namespace == "svg" {
			return true
		}
	}
	return n.Namespace == "svg"
}
