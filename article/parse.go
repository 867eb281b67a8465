package article

import (
	"strings"
)

// Parse reads an article: its structure (ParseStructure), then who said what
// (Attribute).
func Parse(name string, src []byte) (*Article, error) {
	a, err := ParseStructure(name, src)
	if err != nil {
		return nil, err
	}
	a.People, a.Quotes = Attribute(a)
	return a, nil
}

// ParseStructure reads an article's header, paragraphs and captions, leaving
// People and Quotes empty.
//
// TEMPORARY (lead, for the helpers to build against): headline, blank line,
// paragraphs. The parser branch replaces this with the real parser.
func ParseStructure(name string, src []byte) (*Article, error) {
	text := strings.ReplaceAll(Clean(string(src)), "\r", "")
	a := &Article{Source: name, Format: "text", Authors: []Author{}, Paragraphs: []string{},
		Captions: []Caption{}, People: []Person{}, Quotes: []Quote{}}
	for i, block := range strings.Split(text, "\n\n") {
		block = strings.TrimSpace(strings.ReplaceAll(block, "\n", " "))
		if block == "" {
			continue
		}
		if i == 0 {
			a.Headline = block
			continue
		}
		a.Paragraphs = append(a.Paragraphs, block)
	}
	if a.Headline == "" {
		return nil, &Error{Name: name, Msg: "empty article"}
	}
	return a, nil
}
