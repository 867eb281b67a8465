package article

import "strconv"

// Formats that ParseAs and ParseStructureAs accept; "" means detect it.
const (
	FormatText     = "text"
	FormatHTML     = "html"
	FormatMarkdown = "markdown"
)

// Parse reads an article in any format (detected from the content, then the
// name): its structure, then who said what (Attribute).
func Parse(name string, src []byte) (*Article, error) { return ParseAs(name, src, "") }

// ParseAs is Parse with the format given: FormatText, FormatHTML,
// FormatMarkdown, or "" to detect it.
func ParseAs(name string, src []byte, format string) (*Article, error) {
	a, err := ParseStructureAs(name, src, format)
	if err != nil {
		return nil, err
	}
	a.People, a.Quotes = Attribute(a)
	return a, nil
}

// ParseStructure reads an article's header, paragraphs and captions in any
// format, leaving People and Quotes empty and non-nil: the fast part of
// Parse, which lets the reader show the text before the attribution is done.
func ParseStructure(name string, src []byte) (*Article, error) {
	return ParseStructureAs(name, src, "")
}

// ParseStructureAs is ParseStructure with the format given, or "" to detect it.
func ParseStructureAs(name string, src []byte, format string) (*Article, error) {
	if format == "" {
		format = DetectFormat(name, src)
	}
	switch format {
	case FormatText:
		return parseText(name, src)
	case FormatHTML:
		return parseHTML(name, src)
	case FormatMarkdown:
		return parseMarkdown(name, src)
	default:
		return nil, &Error{Name: name, Msg: "unknown format " + strconv.Quote(format)}
	}
}

// newArticle returns the article read from name in format with every list
// empty and non-nil, as Article promises (so --json prints [] and never
// null); each format's reader then fills in what it finds.
func newArticle(name, format string) *Article {
	return &Article{
		Source:     name,
		Format:     format,
		Authors:    []Author{},
		Paragraphs: []string{},
		Captions:   []Caption{},
		People:     []Person{},
		Quotes:     []Quote{},
	}
}

// parseText reads a plain-text article's header, paragraphs and
// captions (see doc.go for the accepted shapes), leaving People and Quotes
// empty and non-nil. name is used as Source and in errors.
//
// The stages, each a function of the one before: decode (checks the bytes
// are text, decodes them to UTF-8), splitBlocks (lines, cleaned and
// normalized, grouped into blank-line-separated blocks), parseHeader
// (publication, headline, standfirst, byline, date), parseBody (paragraphs,
// captions, no boilerplate). It returns an *Error when src is not a text
// article, is empty or whitespace-only, or holds no text but site
// boilerplate. None of the stages panics on any input (FuzzParse checks it),
// so there is nothing to recover here.
func parseText(name string, src []byte) (*Article, error) {
	text, err := decode(name, src)
	if err != nil {
		return nil, err
	}
	blocks := splitBlocks(text)
	h := parseHeader(blocks)
	a := newArticle(name, FormatText)
	a.Publication, a.Headline, a.Standfirst = h.publication, h.headline, h.standfirst
	a.Published, a.PublishedText = h.published, h.publishedText
	if h.authors != nil {
		a.Authors = h.authors
	}
	if h.bodyBlock < len(blocks) {
		body := blocks[h.bodyBlock:]
		body[0] = body[0][h.bodyLine:]
		parseBody(body, h.pictureSlot, a)
	}
	if a.Headline == "" && len(a.Paragraphs) > 0 {
		// Byline first, then the title: "By Jane Smith\n\nHeadline\n\n…".
		a.Headline, a.Paragraphs = a.Paragraphs[0], a.Paragraphs[1:]
		for i := range a.Captions {
			a.Captions[i].Paragraph = max(0, a.Captions[i].Paragraph-1)
		}
	}
	if a.Headline == "" && len(a.Paragraphs) == 0 && len(a.Captions) == 0 {
		return nil, &Error{Name: name, Msg: "no article text (only site boilerplate or a byline)"}
	}
	return a, nil
}
