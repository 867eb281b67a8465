package article

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlFigureAttr is the attribute htmlReadFigures puts on each <figure> it
// reads, so the figure can be found again in Readability's output, which
// keeps attributes it does not know.
const htmlFigureAttr = "data-byline-figure"

// htmlFigure is one photo caption read from a <figure>.
type htmlFigure struct{ text, credit string }

// htmlCreditTokens are the class words of a caption's credit element
// (<span class="credit">, "caption__copyright", "photographer").
var htmlCreditTokens = map[string]bool{
	"credit": true, "credits": true, "copyright": true, "source": true, "photographer": true,
	"attribution": true, "byline": true, "author": true, "rights": true,
}

// htmlTrailingMarker is a credit marker left at the end of a caption once
// its credit element is taken out: "Protesters in Whitehall. Photograph:".
var htmlTrailingMarker = regexp.MustCompile(`(?i)[\s|–—-]*\b(?:photo(?:graph)?s?|pictures?|image|credit|source)\s*(?::|by)?\s*$`)

// htmlReadFigures reads the captions of the page's pictures, in page order,
// before Readability changes the page. A picture is a <figure> outside
// boilerplate with a <figcaption> (or an element of class "caption"); a
// <figure> holding a <blockquote> and no image is a quotation, not a
// picture, and is left to the text. The credit is, in order: a credit
// element in the caption (<small>, <cite>, class "credit"/"copyright"/…,
// itemprop=copyrightHolder), a credit element elsewhere in the figure, or
// the credit written at the end of the caption text (formatSplitCredit:
// "Chief of the Defence Staff Admiral Sir Tony Radakin (Andrew
// Matthews/PA)", "… Photograph: Andy Rain/EPA"). A caption with no text
// takes the image's alt text. Each figure read is tagged with htmlFigureAttr.
func htmlReadFigures(doc *html.Node) []htmlFigure {
	var figs []htmlFigure
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if htmlSkipTags[n.DataAtom] && n.DataAtom != atom.Header || htmlIsBoilerplate(n) {
				return
			}
			if n.DataAtom == atom.Figure {
				if f, ok := htmlReadFigure(n); ok {
					n.Attr = append(n.Attr, html.Attribute{Key: htmlFigureAttr, Val: strconv.Itoa(len(figs))})
					figs = append(figs, f)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return figs
}

// htmlReadFigure reads one <figure>; ok is false when it is not a captioned
// picture.
func htmlReadFigure(fig *html.Node) (f htmlFigure, ok bool) {
	var media, quote bool
	var caption *html.Node
	alt := ""
	htmlFind(fig, func(c *html.Node) bool {
		switch c.DataAtom {
		case atom.Img, atom.Picture, atom.Video, atom.Svg, atom.Canvas, atom.Iframe, atom.Object:
			media = true
			if alt == "" {
				alt = htmlAttr(c, "alt")
			}
		case atom.Blockquote:
			quote = true
		case atom.Figcaption:
			if caption == nil {
				caption = c
			}
		}
		return false
	})
	if quote && !media {
		return f, false
	}
	if caption == nil {
		htmlFind(fig, func(c *html.Node) bool {
			for _, t := range htmlClassTokens(c) {
				if t == "caption" {
					caption = c
					return true
				}
			}
			return false
		})
	}
	if caption == nil {
		return f, false
	}
	var creditNodes []*html.Node
	isCredit := func(c *html.Node) bool {
		return c.DataAtom == atom.Small || c.DataAtom == atom.Cite ||
			htmlAnyClass(htmlClassTokens(c), htmlCreditTokens) ||
			htmlHasToken(htmlAttr(c, "itemprop"), "copyrightHolder") ||
			htmlHasToken(htmlAttr(c, "itemprop"), "creditText")
	}
	collect := func(root *html.Node, skip *html.Node) {
		htmlFind(root, func(c *html.Node) bool {
			if c == skip || htmlInside(c, skip) {
				return false
			}
			if isCredit(c) && !htmlInsideAny(c, creditNodes) {
				creditNodes = append(creditNodes, c)
			}
			return false
		})
	}
	collect(caption, nil)
	if len(creditNodes) == 0 {
		collect(fig, caption)
	}
	var credits []string
	for _, c := range creditNodes {
		if t := formatStripCreditMarker(strings.Trim(htmlTextOf(c), "()[] ")); t != "" {
			credits = append(credits, strings.Trim(t, "()[] "))
		}
	}
	text := htmlTextExcept(caption, creditNodes)
	if len(credits) > 0 {
		f.text = strings.TrimSpace(htmlTrailingMarker.ReplaceAllString(text, ""))
		f.credit = strings.Join(credits, ", ")
		if len(f.text) > 0 && strings.HasSuffix(text, ".") && !strings.HasSuffix(f.text, ".") {
			f.text += "."
		}
	} else {
		f.text, f.credit = formatSplitCredit(text)
	}
	if f.text == "" {
		f.text = formatOneLine(alt)
	}
	f.text, f.credit = formatOneLine(f.text), formatOneLine(f.credit)
	return f, f.text != "" || f.credit != ""
}

// htmlInside reports whether n is a descendant of anc (false for a nil
// anc).
func htmlInside(n, anc *html.Node) bool {
	if anc == nil {
		return false
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if p == anc {
			return true
		}
	}
	return false
}

// htmlInsideAny reports whether n is a descendant of any of ancs.
func htmlInsideAny(n *html.Node, ancs []*html.Node) bool {
	for _, a := range ancs {
		if htmlInside(n, a) {
			return true
		}
	}
	return false
}

// htmlTextExcept is htmlTextOf without the text of the given subtrees.
func htmlTextExcept(n *html.Node, except []*html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for _, e := range except {
			if n == e {
				return
			}
		}
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Button:
				return
			case atom.Br:
				b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return formatOneLine(b.String())
}

// htmlPlaceFigures adds the figures' captions to a, each before the
// paragraph its picture stands before. A figure Readability kept is placed
// where it stands in the article (figAt). A figure Readability dropped (it
// often drops a lead picture that sits above the text) is placed before the
// first of the next few paragraphs of the whole page (full) that is in the
// article, or, failing that, after the article paragraph just before it; a
// figure near no article paragraph (a picture in a sidebar) is left out.
// Captions stay in page order and each appears once.
func htmlPlaceFigures(a *Article, figs []htmlFigure, figAt map[int]int, full *htmlBlocks) {
	if len(figs) == 0 {
		return
	}
	where := map[string][]int{}
	for i, p := range a.Paragraphs {
		where[p] = append(where[p], i)
	}
	find := func(text string, from int) int {
		for _, i := range where[text] {
			if i >= from {
				return i
			}
		}
		return -1
	}
	markers := map[int]int{} // figure → index in full.list
	for i, b := range full.list {
		if b.fig >= 0 {
			markers[b.fig] = i
		}
	}
	// near places a dropped figure standing at full.list[m]: before the
	// first of the next 8 page paragraphs that is in the article, else after
	// the nearest of the 3 before it; -1 when none is.
	near := func(m, last int) int {
		for j, seen := m+1, 0; j < len(full.list) && seen < 8; j++ {
			if full.list[j].fig < 0 {
				seen++
				if k := find(full.list[j].text, last); k >= 0 {
					return k
				}
			}
		}
		for j, seen := m-1, 0; j >= 0 && seen < 3; j-- {
			if full.list[j].fig < 0 {
				seen++
				if k := find(full.list[j].text, last); k >= 0 {
					return k + 1
				}
			}
		}
		return -1
	}
	type placed struct {
		fig, para int
	}
	var out []placed
	last := 0
	for i := range figs {
		pos, ok := figAt[i]
		if !ok {
			pos = -1
			if m, found := markers[i]; found {
				pos = near(m, last)
			}
		}
		if pos < 0 {
			continue
		}
		out = append(out, placed{i, pos})
		last = max(last, pos)
	}
	sort.SliceStable(out, func(x, y int) bool { return out[x].para < out[y].para })
	seen := map[htmlFigure]bool{}
	for _, p := range out {
		f := figs[p.fig]
		if seen[f] {
			continue
		}
		seen[f] = true
		a.Captions = append(a.Captions, Caption{Text: f.text, Credit: f.credit, Paragraph: p.para})
	}
}
