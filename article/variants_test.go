package article

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// Variants of real articles: each transformation is something a saved or
// mailed article really goes through, and must not change what is parsed.

func crlf(s string) string    { return strings.ReplaceAll(s, "\n", "\r\n") }
func loneCR(s string) string  { return strings.ReplaceAll(s, "\n", "\r") }
func withBOM(s string) string { return "\ufeff" + s }

// wrap72 hard-wraps every line longer than 72 columns at spaces (not at
// no-break spaces), as a mail client or "fold -s -w 72" does.
func wrap72(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		for len([]rune(line)) > 72 {
			r := []rune(line)
			cut := strings.LastIndex(string(r[:72]), " ")
			if cut <= 0 {
				break
			}
			out = append(out, line[:cut])
			line = line[cut+1:]
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// tabs indents every line with a tab and turns its first space into a tab.
func tabs(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = "\t" + strings.Replace(l, " ", "\t", 1)
		}
	}
	return strings.Join(lines, "\n")
}

// trailing adds spaces and a tab at the end of every line.
func trailing(s string) string {
	return strings.ReplaceAll(s, "\n", "  \t \n")
}

func toWindows1252(t *testing.T, s string) string {
	t.Helper()
	b, err := charmap.Windows1252.NewEncoder().String(s)
	if err != nil {
		t.Skipf("not encodable in Windows-1252: %v", err)
	}
	return b
}

var transforms = []struct {
	name string
	f    func(*testing.T, string) string
}{
	{"CRLF", func(_ *testing.T, s string) string { return crlf(s) }},
	{"lone CR", func(_ *testing.T, s string) string { return loneCR(s) }},
	{"BOM", func(_ *testing.T, s string) string { return withBOM(s) }},
	{"BOM and CRLF", func(_ *testing.T, s string) string { return withBOM(crlf(s)) }},
	{"hard-wrapped at 72", func(_ *testing.T, s string) string { return wrap72(s) }},
	{"hard-wrapped at 72, CRLF", func(_ *testing.T, s string) string { return crlf(wrap72(s)) }},
	{"tabs", func(_ *testing.T, s string) string { return tabs(s) }},
	{"trailing spaces", func(_ *testing.T, s string) string { return trailing(s) }},
	{"Windows-1252", toWindows1252},
	{"Windows-1252, wrapped, CRLF", func(t *testing.T, s string) string { return toWindows1252(t, crlf(wrap72(s))) }},
}

func parseString(t *testing.T, s string) *Article {
	t.Helper()
	a, err := ParseStructure("t", []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestVariants parses the seed and Wikinews articles after each transform and
// wants exactly the model of the original.
func TestVariants(t *testing.T) {
	files := []string{
		seedPath,
		"../testdata/articles/2019-paris-court-jails-two-police-in-high-profile-rap.txt",
		"../testdata/articles/2019-conservative-party-wins-majority-in-2019-uk-gene.txt",
		"../testdata/articles/2020-guitarist-eddie-van-halen-dies-aged-65.txt",
		"../testdata/articles/2019-european-court-of-justice-says-facebook-must-rem.txt",
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want := parseString(t, string(src))
		for _, tr := range transforms {
			t.Run(f[strings.LastIndex(f, "/")+1:]+"/"+tr.name, func(t *testing.T) {
				got := parseString(t, tr.f(t, string(src)))
				if !reflect.DeepEqual(got, want) {
					t.Errorf("differs from the original:\n got %+v\nwant %+v", got, want)
				}
				if f == seedPath {
					checkSeed(t, got)
				}
			})
		}
	}
}

// seedWith returns the seed with old replaced by new (which must occur).
func seedWith(t *testing.T, pairs ...string) string {
	t.Helper()
	s := string(readSeed(t))
	for i := 0; i < len(pairs); i += 2 {
		if !strings.Contains(s, pairs[i]) {
			t.Fatalf("seed lacks %q", pairs[i])
		}
		s = strings.ReplaceAll(s, pairs[i], pairs[i+1])
	}
	return s
}

const (
	cap1 = "Defence Secretary John Healey (PA)\n"
	cap2 = "Chief of the Defence Staff Admiral Sir Tony Radakin (Andrew Matthews/PA)\n"
)

// TestSeedCaptionVariants: captions printed once, without credit, or both.
func TestSeedCaptionVariants(t *testing.T) {
	base := parseString(t, string(readSeed(t)))
	noCredit := []Caption{{"Defence Secretary John Healey", "", 0}, {"Chief of the Defence Staff Admiral Sir Tony Radakin", "", 4}}
	tests := []struct {
		name       string
		src        string
		captions   []Caption
		paragraphs []string
	}{
		{"printed once", seedWith(t, cap1+cap1, cap1, cap2+cap2, cap2), base.Captions, base.Paragraphs},
		{"no credit, twice", seedWith(t, " (PA)", "", " (Andrew Matthews/PA)", ""), noCredit, base.Paragraphs},
		// Once and uncredited: the lead picture's slot still says caption; in
		// the body the line cannot be told from a subheading and stays text.
		{"no credit, once", seedWith(t, cap1+cap1, cap1, cap2+cap2, cap2, " (PA)", "", " (Andrew Matthews/PA)", ""),
			noCredit[:1], append(append(append([]string{}, base.Paragraphs[:4]...), "Chief of the Defence Staff Admiral Sir Tony Radakin"), base.Paragraphs[4:]...)},
		{"caption after the last paragraph", seedWith(t, cap2+cap2+"\n", "", "comments on this article.", "comments on this article.\n\n"+cap2+cap2),
			[]Caption{base.Captions[0], {"Chief of the Defence Staff Admiral Sir Tony Radakin", "Andrew Matthews/PA", 19}}, base.Paragraphs},
		{"caption block after a blank line", seedWith(t, "Published\n"+cap1, "Published\n\n"+cap1), base.Captions, base.Paragraphs},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseString(t, tt.src)
			if !reflect.DeepEqual(a.Captions, tt.captions) {
				t.Errorf("captions = %+v, want %+v", a.Captions, tt.captions)
			}
			if !reflect.DeepEqual(a.Paragraphs, tt.paragraphs) {
				t.Errorf("paragraphs differ: got %d, want %d\n%q", len(a.Paragraphs), len(tt.paragraphs), a.Paragraphs)
			}
		})
	}
}

// TestSeedHeaderVariants: other bylines and each date form on the seed.
func TestSeedHeaderVariants(t *testing.T) {
	const by = "By contributor Caitlin Doherty, Deputy Political Editor"
	tests := []struct {
		name, old, new     string
		authors            []Author
		published, pubText string
	}{
		{"By NAME", by, "By Caitlin Doherty", []Author{{"Caitlin Doherty", ""}}, "", "Published"},
		{"By NAME and NAME", by, "By Caitlin Doherty and Sam Blewett", []Author{{"Caitlin Doherty", ""}, {"Sam Blewett", ""}}, "", "Published"},
		{"By NAME, ROLE and NAME", by, "By Caitlin Doherty, Deputy Political Editor and Sam Blewett",
			[]Author{{"Caitlin Doherty", "Deputy Political Editor"}, {"Sam Blewett", ""}}, "", "Published"},
		{"Published with date and time", "\nPublished\n", "\nPublished 12 April 2025, 10:31\n",
			[]Author{{"Caitlin Doherty", "Deputy Political Editor"}}, "2025-04-12T10:31:00Z", "Published 12 April 2025, 10:31"},
		{"Published: with weekday", "\nPublished\n", "\nPublished: Sat 12 Apr 2025\n",
			[]Author{{"Caitlin Doherty", "Deputy Political Editor"}}, "2025-04-12T00:00:00Z", "Published: Sat 12 Apr 2025"},
		{"Published ISO 8601", "\nPublished\n", "\nPublished 2025-04-12T10:31:00+01:00\n",
			[]Author{{"Caitlin Doherty", "Deputy Political Editor"}}, "2025-04-12T10:31:00+01:00", "Published 2025-04-12T10:31:00+01:00"},
		{"bare ISO date", "\nPublished\n", "\n2025-04-12\n",
			[]Author{{"Caitlin Doherty", "Deputy Political Editor"}}, "2025-04-12T00:00:00Z", "2025-04-12"},
		{"Wikinews dateline", "\nPublished\n", "\nSaturday, April 12, 2025\n",
			[]Author{{"Caitlin Doherty", "Deputy Political Editor"}}, "2025-04-12T00:00:00Z", "Saturday, April 12, 2025"},
	}
	base := parseString(t, string(readSeed(t)))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseString(t, seedWith(t, tt.old, tt.new))
			if !reflect.DeepEqual(a.Authors, tt.authors) || a.Published != tt.published || a.PublishedText != tt.pubText {
				t.Errorf("authors %+v published %q %q; want %+v %q %q", a.Authors, a.Published, a.PublishedText, tt.authors, tt.published, tt.pubText)
			}
			if a.Headline != base.Headline || a.Standfirst != base.Standfirst || a.Publication != base.Publication ||
				!reflect.DeepEqual(a.Paragraphs, base.Paragraphs) || !reflect.DeepEqual(a.Captions, base.Captions) {
				t.Errorf("the rest of the article changed: %+v", a)
			}
		})
	}
}

// TestBoilerplateInBody: site lines anywhere in the body are dropped, and the
// paragraphs around them are kept whole.
func TestBoilerplateInBody(t *testing.T) {
	base := parseString(t, string(readSeed(t)))
	src := seedWith(t,
		"\nOverall, 30 countries", "\nRead more\n\nSign up to our newsletter\nShare this article\n\nOverall, 30 countries",
		"comments on this article.", "comments on this article.\n\nWe use cookies to improve your experience.\n")
	a := parseString(t, src)
	if !reflect.DeepEqual(a.Paragraphs, base.Paragraphs) {
		t.Errorf("paragraphs = %q", a.Paragraphs)
	}
}

func TestNoArticleText(t *testing.T) {
	_, err := ParseStructure("t.txt", []byte("Read more\n\nSign up to our newsletter\n"))
	if err == nil || err.Error() != "t.txt: no article text (only site boilerplate or a byline)" {
		t.Errorf("err = %v", err)
	}
}

// TestLongLines: a 5 MB line without spaces and 100,000 paragraphs parse in
// linear time (BenchmarkParse measures it) and keep every byte of text.
func TestLongLines(t *testing.T) {
	long := strings.Repeat("x", 5<<20)
	a := parseString(t, "Headline\n\n"+long+"\n")
	if len(a.Paragraphs) != 1 || len(a.Paragraphs[0]) != len(long) {
		t.Errorf("long line: %d paragraphs", len(a.Paragraphs))
	}
	many := strings.Repeat("A short paragraph.\n\n", 100000)
	a = parseString(t, "Headline\n\n"+many)
	if len(a.Paragraphs) != 100000 {
		t.Errorf("got %d paragraphs, want 100000", len(a.Paragraphs))
	}
}
