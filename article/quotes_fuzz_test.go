package article

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// FuzzQuotes runs the attribution on arbitrary text and checks what it
// promises of any input: it does not panic, does not change the article,
// every quote is built from the text (each part a span inside its
// paragraph, the quote's text those spans joined by single spaces), its
// paragraph range and kind are valid, and every person's mentions point
// inside the text. The fuzz string is made into an article as the parsers
// would make it: cleaned (Clean), its first line the headline, its second
// the standfirst, each further line a paragraph.
func FuzzQuotes(f *testing.F) {
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		"“A,” he said. “B.”\n“C\n“D”",
		"Mr Healey said: “Our coalition, ” he said, “is strong.\n“As Putin prevaricates.”",
		"‘’“”\"'«»„“‹›「」 ’90s rock ’n’ roll Mr. Dr. , said",
		"\"\"\"\"\"\"\"", "“““““”””””", "”“", "“", "said “", "“x” said", "“ ” said Ms ",
		"He said: ‘she told me “no”’ and left.", "« Bonjour », a dit M. Macron.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := fuzzArticle(s)
		before := fmt.Sprintf("%#v", a)
		people, quotes := Attribute(a)
		if fmt.Sprintf("%#v", a) != before {
			t.Fatal("Attribute changed the article")
		}
		if err := analysisProblem(a, people, quotes); err != "" {
			t.Fatal(err)
		}
	})
}

// fuzzArticle makes arbitrary text into an article the way the parsers
// would: clean text, no newline in a field, no empty paragraph.
func fuzzArticle(s string) *Article {
	a := &Article{Authors: []Author{}, Paragraphs: []string{}, Captions: []Caption{}, People: []Person{}, Quotes: []Quote{}}
	for i, line := range strings.Split(Clean(s), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case i == 0:
			a.Headline = line
		case i == 1:
			a.Standfirst = line
		case line != "":
			a.Paragraphs = append(a.Paragraphs, line)
		}
	}
	return a
}

// analysisProblem checks people and quotes found in a (by Attribute, or by
// Parse) against the model's promises, and returns what is wrong, or "".
func analysisProblem(a *Article, people []Person, quotes []Quote) string {
	field := func(sp Span) (string, string) {
		switch sp.Location {
		case LocHeadline:
			return a.Headline, ""
		case LocStandfirst:
			return a.Standfirst, ""
		case LocBody:
			if sp.Para < 0 || sp.Para >= len(a.Paragraphs) {
				return "", fmt.Sprintf("span %+v: no such paragraph (%d)", sp, len(a.Paragraphs))
			}
			return a.Paragraphs[sp.Para], ""
		}
		return "", fmt.Sprintf("span %+v: bad location", sp)
	}
	for _, q := range quotes {
		if !slices.Contains([]string{KindSpeech, KindPartial, KindTerm}, q.Kind) {
			return fmt.Sprintf("quote %q: kind %q", q.Text, q.Kind)
		}
		if len(q.Parts) == 0 {
			return fmt.Sprintf("quote %q: no parts", q.Text)
		}
		var texts []string
		for _, p := range q.Parts {
			text, err := field(p)
			if err != "" {
				return fmt.Sprintf("quote %q: %s", q.Text, err)
			}
			if p.Start < 0 || p.Start > p.End || p.End > len(text) {
				return fmt.Sprintf("quote %q: part %+v outside its %d bytes", q.Text, p, len(text))
			}
			texts = append(texts, text[p.Start:p.End])
		}
		if q.Text != strings.Join(texts, " ") {
			return fmt.Sprintf("quote %q is not its parts %q joined by spaces", q.Text, texts)
		}
		if q.Location != q.Parts[0].Location {
			return fmt.Sprintf("quote %q: location %q, first part in %q", q.Text, q.Location, q.Parts[0].Location)
		}
		if q.Paragraphs == nil {
			return fmt.Sprintf("quote %q: nil paragraphs (JSON null)", q.Text)
		}
		if q.Location == LocBody {
			first, last := q.Parts[0].Para, q.Parts[len(q.Parts)-1].Para
			if len(q.Paragraphs) != 2 || q.Paragraphs[0] != first || q.Paragraphs[1] != last || first > last {
				return fmt.Sprintf("quote %q: paragraphs %v, parts from %d to %d", q.Text, q.Paragraphs, first, last)
			}
		} else if len(q.Paragraphs) != 0 {
			return fmt.Sprintf("quote %q outside the body has paragraphs %v", q.Text, q.Paragraphs)
		}
		// A newline is allowed: it is clean model text (a Markdown list or
		// code block keeps its lines), and Text is made of the paragraph's.
		if !isClean(q.Text) || !isClean(q.Speaker) {
			return fmt.Sprintf("quote %q by %q: unclean text", q.Text, q.Speaker)
		}
	}
	for _, p := range people {
		if p.Name == "" || !isClean(p.Name) || !isClean(p.Role) || p.Aliases == nil {
			return fmt.Sprintf("person %+v: empty or unclean name, role or aliases", p)
		}
		if p.Mentions < 0 || p.Quotes < 0 || p.Quotes > len(quotes) {
			return fmt.Sprintf("person %q: %d mentions, %d quotes of %d", p.Name, p.Mentions, p.Quotes, len(quotes))
		}
		for _, sp := range p.Spans {
			text, err := field(sp)
			if err != "" {
				return fmt.Sprintf("person %q: %s", p.Name, err)
			}
			if sp.Start < 0 || sp.Start >= sp.End || sp.End > len(text) {
				return fmt.Sprintf("person %q: mention %+v outside its %d bytes", p.Name, sp, len(text))
			}
		}
	}
	return ""
}
