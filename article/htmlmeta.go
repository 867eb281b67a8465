package article

import (
	"encoding/json"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlMeta is what a page says about its article outside the article text:
// the <head> metadata, JSON-LD, and the byline and date elements that
// Readability drops from the body.
type htmlMeta struct {
	publication   string
	headline      string
	standfirst    string
	authors       []Author
	published     string // RFC 3339, or ""
	publishedText string // as written
	url           string
}

// htmlPage collects, in one walk over the parsed page, every source of
// metadata, so htmlReadMeta can then choose among them by priority.
type htmlPage struct {
	meta       map[string]string // <meta> name or property (lower case) → first content
	title      string            // <title>
	h1         string            // first <h1> outside boilerplate
	canonical  string            // <link rel=canonical>
	jsonLD     []string          // bodies of <script type="application/ld+json">
	standfirst string            // first element with a standfirst class
	bylines    [][]Author        // authors of each byline element, in page order
	relAuthors []Author          // <a rel=author>
	propAuthor []Author          // itemprop=author
	propDate   string            // itemprop=datePublished
	times      []htmlTime        // <time datetime> outside boilerplate
}

// htmlDateClasses are the class words of an element showing the
// publication date without a <time>.
var htmlDateClasses = map[string]bool{"published": true, "publish-date": true, "pubdate": true, "dateline": true, "article-date": true}

// htmlTime is one <time> element: its machine value and its visible text.
type htmlTime struct{ datetime, text string }

// htmlStandfirstClasses are the class tokens sites give the summary under
// the headline ("standfirst" at the Guardian and Express & Star, "dek" in
// US papers).
var htmlStandfirstClasses = map[string]bool{
	"standfirst": true, "dek": true, "strapline": true, "subheadline": true, "sub-headline": true,
	"subtitle": true, "article-summary": true, "article-standfirst": true, "article-dek": true,
}

// htmlBylineClasses are the class tokens of byline elements.
var htmlBylineClasses = map[string]bool{
	"byline": true, "author": true, "authors": true, "article-author": true, "contributor": true,
	"contributors": true, "author-name": true, "byline-name": true, "writer": true,
}

// htmlProfileHref finds links to an author page inside a byline
// ("/profile/caitlin-doherty", "/author/jane-doe"), which name one author
// each.
var htmlProfileHref = regexp.MustCompile(`(?i)/(?:authors?|profiles?|people|staff|journalists?|writers?|contributors?|by)/`)

// htmlScanPage walks the whole page once, before Readability changes it,
// and gathers the raw metadata.
func htmlScanPage(doc *html.Node) *htmlPage {
	p := &htmlPage{meta: map[string]string{}}
	var walk func(n *html.Node, boiler bool)
	walk = func(n *html.Node, boiler bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(strings.TrimSpace(htmlAttr(n, "property")))
				if key == "" {
					key = strings.ToLower(strings.TrimSpace(htmlAttr(n, "name")))
				}
				if key == "" {
					key = strings.ToLower(strings.TrimSpace(htmlAttr(n, "itemprop")))
				}
				if content := strings.TrimSpace(htmlAttr(n, "content")); key != "" && content != "" {
					if _, ok := p.meta[key]; !ok {
						p.meta[key] = content
					}
				}
			case atom.Title:
				if p.title == "" && !htmlInSVG(n) {
					p.title = htmlTextOf(n)
				}
				return
			case atom.Link:
				if htmlHasToken(htmlAttr(n, "rel"), "canonical") && p.canonical == "" {
					p.canonical = htmlAttr(n, "href")
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(htmlAttr(n, "type")), "application/ld+json") {
					p.jsonLD = append(p.jsonLD, htmlRawText(n))
				}
				return
			case atom.Style, atom.Noscript, atom.Template:
				return
			}
			if !boiler && htmlIsBoilerplate(n) {
				boiler = true
			}
			if !boiler {
				p.scanElement(n)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, boiler)
		}
	}
	walk(doc, false)
	return p
}

// scanElement records what one element outside boilerplate says about the
// article: a headline, a standfirst, a byline, a date.
func (p *htmlPage) scanElement(n *html.Node) {
	classes := htmlClassTokens(n)
	switch {
	case n.DataAtom == atom.H1:
		if p.h1 == "" {
			p.h1 = htmlTextOf(n)
		}
	case n.DataAtom == atom.Time:
		if dt := strings.TrimSpace(htmlAttr(n, "datetime")); dt != "" {
			p.times = append(p.times, htmlTime{datetime: dt, text: htmlTextOf(n)})
		}
	}
	if n.DataAtom != atom.Time && (htmlAnyClass(classes, htmlDateClasses) || strings.EqualFold(htmlAttr(n, "id"), "publishDate")) {
		// A date shown without <time>: MediaWiki's <strong class="published"><span
		// class="value-title" title="2019-12-30"></span>Monday, December 30, 2019</strong>.
		dt := ""
		htmlFind(n, func(c *html.Node) bool {
			for _, k := range []string{"datetime", "content", "title"} {
				if v := htmlAttr(c, k); formatParseDate(v) != "" {
					dt = v
					return true
				}
			}
			return false
		})
		if text := htmlTextOf(n); text != "" && len(text) < 80 && htmlYearRe.MatchString(text) {
			if dt == "" && formatParseDate(text) != "" {
				dt = text
			}
			if dt != "" {
				p.times = append(p.times, htmlTime{datetime: dt, text: text})
			}
		}
	}
	if strings.EqualFold(htmlAttr(n, "itemprop"), "datePublished") && p.propDate == "" {
		for _, k := range []string{"content", "datetime"} {
			if v := strings.TrimSpace(htmlAttr(n, k)); v != "" {
				p.propDate = v
				break
			}
		}
	}
	if n.DataAtom == atom.A && htmlHasToken(htmlAttr(n, "rel"), "author") {
		p.relAuthors = formatAddAuthors(p.relAuthors, formatParseByline(htmlTextOf(n))...)
	}
	if htmlHasToken(htmlAttr(n, "itemprop"), "author") {
		name := ""
		htmlFind(n, func(c *html.Node) bool {
			if htmlHasToken(htmlAttr(c, "itemprop"), "name") {
				name = htmlAttr(c, "content")
				if name == "" {
					name = htmlTextOf(c)
				}
				return true
			}
			return false
		})
		if name != "" {
			p.propAuthor = formatAddAuthors(p.propAuthor, Author{Name: name})
		} else if c := htmlAttr(n, "content"); c != "" {
			p.propAuthor = formatAddAuthors(p.propAuthor, formatParseByline(c)...)
		} else {
			p.propAuthor = formatAddAuthors(p.propAuthor, formatParseByline(htmlTextOf(n))...)
		}
	}
	if p.standfirst == "" && n.DataAtom != atom.Meta && n.DataAtom != atom.Body && n.DataAtom != atom.Html && htmlAnyClass(classes, htmlStandfirstClasses) {
		if t := htmlTextOf(n); len(t) > 20 {
			p.standfirst = t
		}
	}
	if n.DataAtom != atom.Meta && n.DataAtom != atom.Body && n.DataAtom != atom.A && htmlAnyClass(classes, htmlBylineClasses) && !htmlInsideByline(n) {
		p.bylines = append(p.bylines, htmlBylineAuthors(n))
	}
}

// htmlInsideByline reports whether an ancestor of n is already a byline
// element, so nested byline parts are read once, with their container.
func htmlInsideByline(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && htmlAnyClass(htmlClassTokens(a), htmlBylineClasses) {
			return true
		}
	}
	return false
}

// htmlBylineAuthors reads the authors of one byline element. Links to author
// pages (rel=author or an href like "/profile/jane-doe") name one author
// each, which keeps "Anna Smith and Ben Jones" two even when the text around
// them is odd; otherwise the element's text is read as a byline string
// ("By contributor Caitlin Doherty, Deputy Political Editor"), without the
// text of any <time> in it.
func htmlBylineAuthors(n *html.Node) []Author {
	var linked []Author
	htmlFind(n, func(c *html.Node) bool {
		if c.DataAtom == atom.A && (htmlHasToken(htmlAttr(c, "rel"), "author") || htmlProfileHref.MatchString(htmlAttr(c, "href"))) {
			linked = formatAddAuthors(linked, formatParseByline(htmlTextOf(c))...)
		}
		return false
	})
	text := formatParseByline(htmlTextSkipping(n, atom.Time))
	if len(linked) == 0 {
		return text
	}
	// The text may give the roles the links leave out.
	for i := range linked {
		for _, t := range text {
			if strings.EqualFold(t.Name, linked[i].Name) && linked[i].Role == "" {
				linked[i].Role = t.Role
			}
		}
	}
	return linked
}

// htmlReadMeta chooses the article's metadata from what the page offers.
// For each field the most deliberate source wins:
//
//   - publication: og:site_name, JSON-LD publisher.name, application-name,
//     then the host of og:url or the canonical link;
//   - headline: og:title, JSON-LD headline, twitter:title, the first <h1>,
//     then <title> — any of them without a trailing " | Site" naming the
//     publication (and <title> without its last " | " part in any case);
//   - standfirst: the visible standfirst element (class "standfirst", "dek",
//     …), then description, og:description, twitter:description, JSON-LD
//     description;
//   - authors: the first source that names any — JSON-LD author (an array of
//     two stays two), the first byline element, rel=author links,
//     itemprop=author, meta author, then Readability's byline — and the later
//     sources only add roles to names already found;
//   - date: article:published_time, JSON-LD datePublished,
//     itemprop=datePublished, date / pubdate / dc.date metas, then the first
//     <time datetime>; PublishedText is the visible text of the <time> that
//     gives the same date when there is one (it is what the reader saw), else
//     the value as written in the metadata.
func htmlReadMeta(p *htmlPage) htmlMeta {
	ld := htmlReadJSONLD(p.jsonLD)
	var m htmlMeta
	m.url = htmlFirst(p.meta["og:url"], p.canonical, ld.url)
	m.publication = formatOneLine(htmlFirst(p.meta["og:site_name"], ld.publisher, p.meta["application-name"], formatHost(m.url)))

	m.headline = htmlFirst(
		htmlStripSite(p.meta["og:title"], m.publication, false),
		htmlStripSite(ld.headline, m.publication, false),
		htmlStripSite(p.meta["twitter:title"], m.publication, false),
		htmlStripSite(p.h1, m.publication, false),
		htmlStripSite(p.title, m.publication, true))

	m.standfirst = formatOneLine(htmlFirst(p.standfirst, p.meta["description"], p.meta["og:description"],
		p.meta["twitter:description"], ld.description))

	sources := [][]Author{ld.authors}
	if len(p.bylines) > 0 {
		sources = append(sources, p.bylines[0])
	}
	sources = append(sources, p.relAuthors, p.propAuthor)
	for _, key := range []string{"author", "article:author", "dc.creator", "parsely-author", "sailthru.author"} {
		if v := p.meta[key]; v != "" && !strings.Contains(v, "://") {
			sources = append(sources, formatParseByline(v))
		}
	}
	for _, src := range sources {
		if len(m.authors) == 0 {
			m.authors = formatAddAuthors(nil, src...)
			continue
		}
		for _, a := range src {
			for i := range m.authors {
				if strings.EqualFold(m.authors[i].Name, a.Name) && m.authors[i].Role == "" {
					m.authors[i].Role = formatOneLine(a.Role)
				}
			}
		}
	}

	raw := htmlFirst(p.meta["article:published_time"], ld.datePublished, p.propDate, p.meta["date"],
		p.meta["pubdate"], p.meta["dc.date"], p.meta["dc.date.issued"], p.meta["publish-date"])
	if raw == "" && len(p.times) > 0 {
		raw = p.times[0].datetime
	}
	if raw != "" {
		m.published = formatParseDate(raw)
		m.publishedText = formatOneLine(raw)
		for _, t := range p.times {
			if (t.datetime == raw || (m.published != "" && formatParseDate(t.datetime) == m.published)) && htmlYearRe.MatchString(t.text) {
				m.publishedText = formatOneLine(t.text)
				break
			}
		}
	}
	return m
}

// htmlYearRe finds a year in the visible text of a <time>, which tells a
// date as written ("Saturday 5 April 2025 14:01") from a relative one ("5
// hours ago") that a saved page has made meaningless.
var htmlYearRe = regexp.MustCompile(`\b(1[89]|20|21)\d\d\b`)

// htmlSiteSep matches the separators sites put between a headline and their
// name in <title>: "Healey to convene … | Express & Star".
var htmlSiteSep = regexp.MustCompile(`\s+(?:[|–—·:»]|::|-)\s+`)

// htmlStripSite removes the site's name and section from the end of a
// title, as sites write them in <title> and og:title:
//
//	Radio host Don Imus dies aged 79 - Wikinews, the free news source
//	Storm hits coast | Weather | The Guardian
//	Old site story - Daily Bugle                       (<title> only)
//
// A trailing part starting with the publication's name goes, whatever the
// separator; then trailing " | Section" parts of at most three words (a
// headline rarely holds " | "); and, for <title> (fromTitle), which always
// carries the site's name, one last " - Site" part of at most four words.
func htmlStripSite(title, publication string, fromTitle bool) string {
	title = formatOneLine(title)
	pub := strings.TrimPrefix(strings.ToLower(publication), "the ")
	stripped := false
	for {
		locs := htmlSiteSep.FindAllStringIndex(title, -1)
		if len(locs) == 0 {
			return title
		}
		last := locs[len(locs)-1]
		head, sep, tail := strings.TrimSpace(title[:last[0]]), title[last[0]:last[1]], title[last[1]:]
		ltail := strings.TrimPrefix(strings.ToLower(tail), "the ")
		words := len(strings.Fields(tail))
		switch {
		case head == "":
			return title
		case pub != "" && strings.HasPrefix(ltail, pub):
		case strings.Contains(sep, "|") && words <= 3:
		case fromTitle && !stripped && words <= 4:
		default:
			return title
		}
		title, stripped = head, true
	}
}

// htmlLD is what the page's JSON-LD says about its article.
type htmlLD struct {
	headline, description, datePublished, publisher, url string
	authors                                              []Author
}

// htmlReadJSONLD reads schema.org JSON-LD blocks: the first object whose
// @type is an article type (NewsArticle, ReportageNewsArticle, BlogPosting,
// …), found at the top level, in an array or in an @graph, with @id
// references (to a Person or the publishing Organization) resolved within
// the page. Malformed JSON is skipped: metadata is optional, the article
// text is not.
func htmlReadJSONLD(blocks []string) htmlLD {
	var objs []map[string]any
	var collect func(v any, depth int)
	collect = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				collect(e, depth+1)
			}
		case map[string]any:
			objs = append(objs, v)
			if g, ok := v["@graph"]; ok {
				collect(g, depth+1)
			}
		}
	}
	for _, b := range blocks {
		b = strings.TrimSpace(b)
		b = strings.TrimSuffix(strings.TrimPrefix(b, "<![CDATA["), "]]>")
		var v any
		if json.Unmarshal([]byte(b), &v) == nil {
			collect(v, 0)
		}
	}
	byID := map[string]map[string]any{}
	for _, o := range objs {
		if id, ok := o["@id"].(string); ok && len(o) > 1 {
			byID[id] = o
		}
	}
	resolve := func(v any) any {
		if o, ok := v.(map[string]any); ok {
			if id, ok := o["@id"].(string); ok && len(o) == 1 {
				if full, ok := byID[id]; ok {
					return full
				}
			}
		}
		return v
	}
	var art map[string]any
	for _, o := range objs {
		if htmlLDIsArticle(o["@type"]) {
			art = o
			break
		}
	}
	if art == nil {
		for _, o := range objs {
			if _, ok := o["headline"]; ok {
				art = o
				break
			}
		}
	}
	var ld htmlLD
	if art == nil {
		return ld
	}
	ld.headline = htmlLDString(art["headline"])
	ld.description = htmlLDString(art["description"])
	ld.datePublished = htmlLDString(art["datePublished"])
	ld.url = htmlLDString(art["url"])
	if ld.url == "" {
		if o, ok := resolve(art["mainEntityOfPage"]).(map[string]any); ok {
			ld.url = htmlLDString(o["@id"])
		} else {
			ld.url = htmlLDString(art["mainEntityOfPage"])
		}
	}
	switch pub := resolve(art["publisher"]).(type) {
	case map[string]any:
		ld.publisher = htmlLDString(pub["name"])
	case string:
		ld.publisher = pub
	}
	authors := art["author"]
	if authors == nil {
		authors = art["creator"]
	}
	list, ok := authors.([]any)
	if !ok {
		list = []any{authors}
	}
	for _, a := range list {
		switch a := resolve(a).(type) {
		case map[string]any:
			ld.authors = formatAddAuthors(ld.authors, Author{Name: htmlLDString(a["name"]), Role: htmlLDString(a["jobTitle"])})
		case string:
			ld.authors = formatAddAuthors(ld.authors, formatParseByline(a)...)
		}
	}
	return ld
}

// htmlLDIsArticle reports whether a JSON-LD @type (a string or a list) names
// a kind of article.
func htmlLDIsArticle(t any) bool {
	switch t := t.(type) {
	case string:
		t = strings.TrimPrefix(strings.TrimPrefix(t, "http://schema.org/"), "https://schema.org/")
		return strings.HasSuffix(t, "Article") || strings.HasSuffix(t, "Posting") || t == "Report"
	case []any:
		for _, e := range t {
			if htmlLDIsArticle(e) {
				return true
			}
		}
	}
	return false
}

// htmlLDString returns a JSON-LD value as a string: a string itself, the
// first string of a list, or the @value / name of an object.
func htmlLDString(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(html.UnescapeString(v))
	case []any:
		for _, e := range v {
			if s := htmlLDString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		if s := htmlLDString(v["@value"]); s != "" {
			return s
		}
		return htmlLDString(v["name"])
	}
	return ""
}

// htmlFirst returns the first non-blank string.
func htmlFirst(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return strings.TrimSpace(s)
		}
	}
	return ""
}
