package article

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// formatsHTMLFixtures are the saved pages under testdata/html, each named
// by the behaviour it pins.
var formatsHTMLFixtures = []string{
	"01_news_og_jsonld.html",
	"02_wikinews_quotes.html",
	"03_hostile_windows1252.html",
}

func TestHTMLGolden(t *testing.T) {
	for _, name := range formatsHTMLFixtures {
		t.Run(name, func(t *testing.T) {
			src := formatsReadFixture(t, filepath.Join("html", name))
			a, err := parseHTML(name, src)
			if err != nil {
				t.Fatal(err)
			}
			formatsCheckModel(t, a, "html")
			formatsGolden(t, strings.TrimSuffix(name, ".html")+".json", formatsJSON(t, a))
		})
	}
}

// formatsFurniture are words of the page furniture in the fixtures; none may
// reach the text.
var formatsFurniture = []string{
	"cookie", "Accept all", "Share on", "Sign up", "newsletter", "inbox", "Read more",
	"Related articles", "Sorry, we are not accepting comments", "Comments", "Privacy notice",
	"All rights reserved", "dataLayer", "window.", "Navigation", "Jump to", "Log in",
	"Have an opinion", "Please enable JavaScript", "Hidden text", "PWNED", "Great café",
	"click me", "Email this article", "Manage preferences",
}

func formatsNoFurniture(t *testing.T, a *Article) {
	t.Helper()
	for i, p := range a.Paragraphs {
		for _, f := range formatsFurniture {
			if strings.Contains(p, f) {
				t.Errorf("paragraph %d holds furniture %q: %q", i, f, p)
			}
		}
	}
	for _, c := range a.Captions {
		for _, f := range formatsFurniture {
			if strings.Contains(c.Text+c.Credit, f) {
				t.Errorf("caption holds furniture %q: %+v", f, c)
			}
		}
	}
}

// TestHTMLNews reads a news page built around the seed article and expects
// exactly the model issue 3 pins for the seed, plus what the page's
// metadata adds (the second author, the date).
func TestHTMLNews(t *testing.T) {
	a, err := parseHTML("news.html", formatsReadFixture(t, "html/01_news_og_jsonld.html"))
	if err != nil {
		t.Fatal(err)
	}
	formatsCheckModel(t, a, "html")
	formatsNoFurniture(t, a)
	if a.Publication != "Express & Star" {
		t.Errorf("Publication = %q", a.Publication)
	}
	if want := "Healey to convene next ‘coalition of the willing’ meeting next week"; a.Headline != want {
		t.Errorf("Headline = %q, want %q (entities decoded, no \" | Site\")", a.Headline, want)
	}
	if want := "John Healey will host defence ministers in Brussels alongside his French counterpart."; a.Standfirst != want {
		t.Errorf("Standfirst = %q", a.Standfirst)
	}
	wantAuthors := []Author{{"Caitlin Doherty", "Deputy Political Editor"}, {"David Hughes", "Political Editor"}}
	if fmt.Sprint(a.Authors) != fmt.Sprint(wantAuthors) {
		t.Errorf("Authors = %+v, want %+v (two JSON-LD authors stay two)", a.Authors, wantAuthors)
	}
	if a.Published != "2025-04-05T14:01:00+01:00" || a.PublishedText != "Published 5 April 2025, 14:01" {
		t.Errorf("Published = %q, %q", a.Published, a.PublishedText)
	}
	want := formatsSeedParagraphs(t)
	if len(a.Paragraphs) != len(want) {
		t.Fatalf("%d paragraphs, want %d:\n%s", len(a.Paragraphs), len(want), strings.Join(a.Paragraphs, "\n"))
	}
	for i := range want {
		if a.Paragraphs[i] != want[i] {
			t.Errorf("paragraph %d =\n%q\nwant\n%q", i, a.Paragraphs[i], want[i])
		}
	}
	wantCaps := []Caption{
		{"Defence Secretary John Healey", "PA", 0},
		{"Chief of the Defence Staff Admiral Sir Tony Radakin", "Andrew Matthews/PA", 4},
	}
	if fmt.Sprint(a.Captions) != fmt.Sprint(wantCaps) {
		t.Errorf("Captions = %+v, want %+v", a.Captions, wantCaps)
	}
	if a.Markdown != nil {
		t.Errorf("Markdown = %q for HTML input, want nil", a.Markdown)
	}
}

// TestHTMLWikinews reads a Wikinews page whose quotes are marked up as <q>
// and <blockquote>, and expects them as quotation marks in the text.
func TestHTMLWikinews(t *testing.T) {
	a, err := parseHTML("imus.html", formatsReadFixture(t, "html/02_wikinews_quotes.html"))
	if err != nil {
		t.Fatal(err)
	}
	formatsCheckModel(t, a, "html")
	formatsNoFurniture(t, a)
	if a.Headline != "Radio host Don Imus dies aged 79" {
		t.Errorf("Headline = %q (the \" - Wikinews, the free news source\" suffix must go)", a.Headline)
	}
	if a.Publication != "Wikinews" || a.Published != "2019-12-30T00:00:00Z" || a.PublishedText != "Monday, December 30, 2019" {
		t.Errorf("Publication, Published, PublishedText = %q, %q, %q", a.Publication, a.Published, a.PublishedText)
	}
	if !strings.HasPrefix(a.Paragraphs[0], "United States radio personality") {
		t.Errorf("first paragraph %q; the date line must not be a paragraph", a.Paragraphs[0])
	}
	text := strings.Join(a.Paragraphs, "\n")
	for _, want := range []string{
		"basketball team as “nappy headed hos.” He later apologized",  // <q>
		"statement on the death read: “Don loved and adored Deirdre,", // <q>
		"“He was a rebel, an unapologetic decrier",                    // <blockquote>, opening mark
		"Rest easy Cowboy. You’ve earned it.”\n— Rob Bartlett",        // closing mark, attribution outside
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	if strings.Contains(text, "“— Rob Bartlett") {
		t.Error("the tweet's attribution line is inside the quotation marks")
	}
}

// formatsHostile returns the hostile page with a script of size bytes
// where the fixture says BIG-SCRIPT.
func formatsHostile(t testing.TB, size int) []byte {
	src := formatsReadFixture(t, "html/03_hostile_windows1252.html")
	var big bytes.Buffer
	big.Grow(size + 100)
	for big.Len() < size {
		big.WriteString("var s='\x1b[2J<p>Injected paragraph</p>&#27;'; document.write(s); // café \x9b\n")
	}
	return bytes.Replace(src, []byte("/*BIG-SCRIPT*/"), big.Bytes(), 1)
}

// TestHTMLHostile reads a Windows-1252 page full of escape sequences with
// a 5 MB inline script, a script in a figcaption and broken nesting.
func TestHTMLHostile(t *testing.T) {
	src := formatsHostile(t, 5<<20)
	if len(src) < 5<<20 {
		t.Fatalf("hostile page is %d bytes", len(src))
	}
	a, err := parseHTML("hostile.html", src)
	if err != nil {
		t.Fatal(err)
	}
	formatsCheckModel(t, a, "html")
	formatsNoFurniture(t, a)
	for _, s := range formatsStrings(a) {
		if strings.Contains(s, "Injected") || strings.Contains(s, "document.write") || strings.Contains(s, "pwned") || strings.Contains(s, "[2J") {
			t.Errorf("script text reached the model: %q", s)
		}
		if strings.ContainsAny(s, "\x1b\x07\u009b\u202e") || strings.Contains(s, "Ã") {
			t.Errorf("escape or mojibake in %q", s)
		}
	}
	if want := "Café owner defies vandals gnol in “Market Street”"; a.Headline != want {
		t.Errorf("Headline = %q, want %q: Windows-1252 decoded, escape sequences and bidi controls removed", a.Headline, want)
	}
	if want := []Caption{{"Renée Dupont outside her café on Market Street", "Jane Doe/Reuters", 0}}; fmt.Sprint(a.Captions) != fmt.Sprint(want) {
		t.Errorf("Captions = %+v, want %+v (script in figcaption dropped)", a.Captions, want)
	}
	if len(a.Authors) != 1 || a.Authors[0].Name != "Renée Dupont" || a.Publication != "The Hostile Times" {
		t.Errorf("Authors, Publication = %+v, %q", a.Authors, a.Publication)
	}
	text := strings.Join(a.Paragraphs, "\n")
	for _, want := range []string{
		"£4,000 (about €5,000)",
		"“We will not be intimidated,” said Renée Dupont",
		"we’ll be serving coffee",
		"after reports of breaking glass",               // broken <b><i> nesting keeps the words in order
		"“look at what more can be done”",               // unclosed <p> in a <div>
		"The text <script>alert(1)</script> is written", // escaped markup is text
		"raised more than £1,200",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Hidden text") {
		t.Error("display:none text reached the paragraphs")
	}
}

// TestHTMLCharset checks that the declared encoding is honoured, and an
// undeclared page is UTF-8 when valid, even past the first 1024 bytes.
func TestHTMLCharset(t *testing.T) {
	pad := strings.Repeat("<p>Plain ASCII filler text for the first kilobyte of the page.</p>\n", 30)
	tests := []struct {
		name string
		src  string
		want string
	}{
		{"meta charset windows-1252", "<html><head><meta charset=\"windows-1252\"><title>x</title></head><body><p>caf\xe9 \x93quoted\x94</p></body></html>", "café “quoted”"},
		{"http-equiv latin1", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><title>x</title></head><body><p>na\xefve \x80</p></body></html>", "naïve €"},
		{"undeclared utf-8 late accent", "<html><head><title>x</title></head><body>" + pad + "<p>Zoë’s café</p></body></html>", "Zoë’s café"},
		{"undeclared invalid utf-8", "<html><head><title>x</title></head><body><p>caf\xe9</p></body></html>", "café"},
		{"utf-8 bom", "\xef\xbb\xbf<html><head><title>x</title></head><body><p>Zoë</p></body></html>", "Zoë"},
		{"web archive part charset, base64", "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: text/html; charset=windows-1252\r\nContent-Transfer-Encoding: base64\r\n\r\nPHA+Y2Fm6TwvcD4=\r\n--b--\r\n", "café"},
		{"declared utf-8 with a stray byte", "<html><head><meta charset=utf-8><title>x</title></head><body><p>Zoë \xff</p></body></html>", "Zoë \ufffd"},
	}
	for _, tt := range tests {
		a, err := parseHTML(tt.name, []byte(tt.src))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got := a.Paragraphs[len(a.Paragraphs)-1]; got != tt.want {
			t.Errorf("%s: last paragraph %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestHTMLRules pins the walker's and metadata's rules one by one on small
// pages shaped like the real ones.
func TestHTMLRules(t *testing.T) {
	page := func(head, body string) []byte {
		return []byte("<!DOCTYPE html><html><head><meta charset=utf-8>" + head + "</head><body>" + body + "</body></html>")
	}
	tests := []struct {
		name  string
		src   []byte
		check func(a *Article) string
	}{
		{"json-ld @graph with @id references",
			page(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
				{"@type":"Organization","@id":"#org","name":"The Guardian"},
				{"@type":"Person","@id":"#p1","name":"Jessica Elgot","jobTitle":"Chief political correspondent"},
				{"@type":["NewsArticle"],"headline":"Starmer sets out plan","author":[{"@id":"#p1"}],"publisher":{"@id":"#org"},"datePublished":"2025-04-06T18:00:00Z"}]}</script>`,
				`<p>Body text.</p>`),
			func(a *Article) string {
				if a.Publication != "The Guardian" || a.Headline != "Starmer sets out plan" || len(a.Authors) != 1 ||
					a.Authors[0] != (Author{"Jessica Elgot", "Chief political correspondent"}) || a.Published != "2025-04-06T18:00:00Z" {
					return fmt.Sprintf("%+v", a)
				}
				return ""
			}},
		{"json-ld author as one string with two names",
			page(`<script type="application/ld+json">{"@type":"ReportageNewsArticle","headline":"H","author":"Anna Smith and Ben Jones"}</script>`, `<p>Body.</p>`),
			func(a *Article) string {
				if len(a.Authors) != 2 || a.Authors[1].Name != "Ben Jones" {
					return fmt.Sprintf("%+v", a.Authors)
				}
				return ""
			}},
		{"malformed json-ld is skipped",
			page(`<title>Real title | Site</title><script type="application/ld+json">{"@type":"NewsArticle", "headline": </script>`, `<p>Body.</p>`),
			func(a *Article) string {
				if a.Headline != "Real title" {
					return a.Headline
				}
				return ""
			}},
		{"rel=author links and byline element",
			page(`<title>T</title>`, `<article><h1>T</h1><p class="byline">By <a rel="author" href="/a/x">Xu Li</a> and <a rel="author" href="/a/y">Yara Khan</a></p><p>Body.</p></article>`),
			func(a *Article) string {
				if fmt.Sprint(a.Authors) != fmt.Sprint([]Author{{"Xu Li", ""}, {"Yara Khan", ""}}) {
					return fmt.Sprintf("%+v", a.Authors)
				}
				if len(a.Paragraphs) != 1 || a.Paragraphs[0] != "Body." {
					return fmt.Sprintf("byline or headline in paragraphs: %q", a.Paragraphs)
				}
				return ""
			}},
		{"meta author only",
			page(`<meta name="author" content="Caitlin Doherty"><title>T</title>`, `<p>Body.</p>`),
			func(a *Article) string {
				if len(a.Authors) != 1 || a.Authors[0].Name != "Caitlin Doherty" {
					return fmt.Sprintf("%+v", a.Authors)
				}
				return ""
			}},
		{"time element gives the date",
			page(`<title>T</title>`, `<article><p>Published <time datetime="2025-04-12T10:31">12 April 2025, 10:31</time></p><p>Body.</p></article>`),
			func(a *Article) string {
				if a.Published != "2025-04-12T10:31:00Z" || a.PublishedText != "12 April 2025, 10:31" {
					return a.Published + " / " + a.PublishedText
				}
				return ""
			}},
		{"nested q and lists and headings",
			page(`<title>T</title>`, `<article><h2>What was said</h2><p>She said <q>he called it <q>absurd</q></q>.</p><ol start="3"><li>Third</li><li>Fourth<ul><li>nested</li></ul></li></ol><pre>  code
  kept</pre></article>`),
			func(a *Article) string {
				want := []string{"What was said", "She said “he called it ‘absurd’”.", "3. Third", "4. Fourth", "  • nested", "  code\n  kept"}
				if strings.Join(a.Paragraphs, "|") != strings.Join(want, "|") {
					return fmt.Sprintf("%q", a.Paragraphs)
				}
				return ""
			}},
		{"blockquote already in marks and multi-paragraph",
			page(`<title>T</title>`, `<article><blockquote><p>“Marked already.”</p></blockquote><blockquote><p>One.</p><p>Two.</p><footer>— A Speaker</footer></blockquote></article>`),
			func(a *Article) string {
				want := []string{"“Marked already.”", "“One.", "“Two.”", "— A Speaker"}
				if strings.Join(a.Paragraphs, "|") != strings.Join(want, "|") {
					return fmt.Sprintf("%q", a.Paragraphs)
				}
				return ""
			}},
		{"br is a line break, whitespace collapses",
			page(`<title>T</title>`, `<p>Line   one<br>line
			two</p>`),
			func(a *Article) string {
				if len(a.Paragraphs) != 1 || a.Paragraphs[0] != "Line one\nline two" {
					return fmt.Sprintf("%q", a.Paragraphs)
				}
				return ""
			}},
		{"figure caption with cite credit and a credit-only figure",
			page(`<title>T</title>`, `<article><p>Before.</p><figure><img src=a.jpg alt="alt a"><figcaption>Crowds in the square. <cite>Photograph: Andy Rain/EPA</cite></figcaption></figure><p>After.</p><figure><img src=b.jpg alt="Lecornu and Healey"><figcaption><span class="credit">Getty Images</span></figcaption></figure></article>`),
			func(a *Article) string {
				want := []Caption{{"Crowds in the square.", "Andy Rain/EPA", 1}, {"Lecornu and Healey", "Getty Images", 2}}
				if fmt.Sprint(a.Captions) != fmt.Sprint(want) {
					return fmt.Sprintf("%+v", a.Captions)
				}
				return ""
			}},
		{"a figure Readability drops after the text is placed after the last paragraph before it",
			page(`<title>T</title>`, `<article><p>The council said on Monday that the repairs to the old bridge would take several weeks, and that traffic would be diverted through the town centre.</p><p>The mayor said the work was overdue and that the council had asked for the money three years ago, without success until this spring.</p><p>Residents said they welcomed the repairs but worried about the noise, the dust and the queues of lorries in the narrow streets of the old town.</p></article><div class="after"><figure><img src=b.jpg><figcaption>The old bridge at dusk (Photo: Jane Doe)</figcaption></figure></div>`),
			func(a *Article) string {
				want := []Caption{{"The old bridge at dusk", "Jane Doe", 3}}
				if len(a.Paragraphs) != 3 || fmt.Sprint(a.Captions) != fmt.Sprint(want) {
					return fmt.Sprintf("%d paragraphs, %+v", len(a.Paragraphs), a.Captions)
				}
				return ""
			}},
		{"pull-quote figure is text, not a caption",
			page(`<title>T</title>`, `<article><p>Before.</p><figure><blockquote><p>Words.</p></blockquote><figcaption>— Someone</figcaption></figure></article>`),
			func(a *Article) string {
				if len(a.Captions) != 0 || !strings.Contains(strings.Join(a.Paragraphs, "|"), "“Words.”") {
					return fmt.Sprintf("%q %+v", a.Paragraphs, a.Captions)
				}
				return ""
			}},
		{"old page: paragraphs as <br><br>, byline in <b>, site in <title>",
			page(`<title>Old site story - Daily Bugle</title>`, `<div id="story"><figure><img src=a.jpg><figcaption>The shop (Photo: Peter Parker)</figcaption></figure><b>By Ben Urich</b><br><br>The council said the repairs would take several weeks.<br><br>"We will rebuild," said the owner.<br>She smiled.</div>`),
			func(a *Article) string {
				want := []string{"The council said the repairs would take several weeks.", "\"We will rebuild,\" said the owner.\nShe smiled."}
				if a.Headline != "Old site story" || fmt.Sprint(a.Authors) != fmt.Sprint([]Author{{"Ben Urich", ""}}) || strings.Join(a.Paragraphs, "|") != strings.Join(want, "|") {
					return fmt.Sprintf("%q %+v %q", a.Headline, a.Authors, a.Paragraphs)
				}
				if fmt.Sprint(a.Captions) != fmt.Sprint([]Caption{{"The shop", "Peter Parker", 0}}) {
					return fmt.Sprintf("%+v", a.Captions)
				}
				return ""
			}},
		{"section and site after the headline",
			page(`<meta property="og:site_name" content="The Guardian"><meta property="og:title" content="Storm hits coast | Weather | The Guardian">`, `<p>Body.</p>`),
			func(a *Article) string {
				if a.Headline != "Storm hits coast" {
					return a.Headline
				}
				return ""
			}},
		{"a headline with a dash keeps it",
			page(`<meta property="og:title" content="Storm - what we know so far">`, `<p>Body.</p>`),
			func(a *Article) string {
				if a.Headline != "Storm - what we know so far" {
					return a.Headline
				}
				return ""
			}},
		{"furniture classes and roles",
			page(`<title>T</title>`, `<div class="cookieConsent">We use cookies</div><article class="article-body ad-free"><p>Kept.</p><div class="social-share">Tweet this</div><div id="newsletter_box"><p>Get the email</p></div><div role="complementary"><p>Sidebar</p></div><section class="related"><p>Other story</p></section><div class="comments-area"><p>A reader said</p></div><p>Also kept.</p></article>`),
			func(a *Article) string {
				if strings.Join(a.Paragraphs, "|") != "Kept.|Also kept." {
					return fmt.Sprintf("%q", a.Paragraphs)
				}
				return ""
			}},
	}
	for _, tt := range tests {
		a, err := parseHTML(tt.name, tt.src)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		formatsCheckModel(t, a, "html")
		if msg := tt.check(a); msg != "" {
			t.Errorf("%s: %s", tt.name, msg)
		}
	}
}

// TestHTMLErrors checks that a page with no text is an error naming the
// input, and never a panic.
func TestHTMLErrors(t *testing.T) {
	_, err := parseHTML("photo.html", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	if err == nil || !strings.HasPrefix(err.Error(), "photo.html: not a text article (binary data") {
		t.Errorf("binary page: error = %v", err)
	}
	utf16 := []byte{0xFF, 0xFE}
	for _, r := range "<html><body><p>Zoë</p></body></html>" {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	if a, err := parseHTML("utf16.html", utf16); err != nil || len(a.Paragraphs) != 1 || a.Paragraphs[0] != "Zoë" {
		t.Errorf("UTF-16 page: %v, %v", a, err)
	}
	for _, src := range []string{"", "<html></html>", "<html><head><script>var x;</script></head><body><nav>Home</nav></body></html>"} {
		_, err := parseHTML("empty.html", []byte(src))
		if err == nil || !strings.HasPrefix(err.Error(), "empty.html: ") {
			t.Errorf("parseHTML(%q) error = %v, want empty.html: …", src, err)
		}
	}
}

func FuzzParseHTML(f *testing.F) {
	for _, name := range formatsHTMLFixtures {
		f.Add(formatsReadFixture(f, filepath.Join("html", name)))
	}
	f.Add(formatsReadFixture(f, "html/04_news_single_file.mhtml"))
	f.Add([]byte("MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\nContent-Type: text/html; charset=windows-1252\nContent-Transfer-Encoding: base64\n\nPHA+Y2Fm6TwvcD4=\n--b--\n"))
	f.Add([]byte("<figure><figcaption>(</figcaption></figure><p>x"))
	f.Add([]byte("<blockquote><blockquote><q><q>x</q></q></blockquote>"))
	f.Add([]byte(`<script type="application/ld+json">[[[{"@type":"NewsArticle","author":[[{"@id":"x"}]]}]]]</script>`))
	f.Fuzz(func(t *testing.T, src []byte) {
		a, err := parseHTML("fuzz.html", src)
		if err != nil {
			return
		}
		formatsCheckModel(t, a, "html")
	})
}

// formatsBigHTML returns a news page of about size bytes: the news fixture
// with its body repeated, figures included.
func formatsBigHTML(tb testing.TB, size int) []byte {
	src := string(formatsReadFixture(tb, "html/01_news_og_jsonld.html"))
	start := strings.Index(src, `<div class="article-body">`)
	end := strings.Index(src[start:], "\n      </div>\n") + start
	body := src[start+len(`<div class="article-body">`) : end]
	var b strings.Builder
	b.WriteString(src[:end])
	for b.Len() < size {
		b.WriteString(body)
	}
	b.WriteString(src[end:])
	return []byte(b.String())
}

func BenchmarkParseHTML(b *testing.B) {
	for _, size := range []int{1 << 20} {
		src := formatsBigHTML(b, size)
		b.Run(fmt.Sprintf("%dKB", len(src)>>10), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := parseHTML("big.html", src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	src := formatsHostile(b, 5<<20)
	b.Run("hostile-5MB-script", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			if _, err := parseHTML("hostile.html", src); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestHTMLBigIsComplete checks that a 1 MB page keeps all its paragraphs:
// the benchmark input is a real result, not an early exit.
func TestHTMLBigIsComplete(t *testing.T) {
	if testing.Short() {
		t.Skip("1 MB page")
	}
	src := formatsBigHTML(t, 1<<20)
	start := time.Now()
	a, err := parseHTML("big.html", src)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("parsed %d KB in %v", len(src)>>10, time.Since(start))
	copies := strings.Count(string(src), "The Defence Secretary is set to convene")
	if n := len(a.Paragraphs); n < 19*copies-19 {
		t.Errorf("%d paragraphs from %d copies of the 19-paragraph body", n, copies)
	}
}

// TestHTMLMatchesText checks that the news page and the seed saved as text
// give the same article: the formats share one model, so the panes, the
// library and the speaker merge see the same text whatever the file was.
func TestHTMLMatchesText(t *testing.T) {
	text, err := ParseStructure("seed.txt", formatsReadFixture(t, "articles/000_7c48c41d9fa76df0.txt"))
	if err != nil {
		t.Fatal(err)
	}
	page, err := parseHTML("seed.html", formatsReadFixture(t, "html/01_news_og_jsonld.html"))
	if err != nil {
		t.Fatal(err)
	}
	if page.Publication != text.Publication || page.Headline != text.Headline || page.Standfirst != text.Standfirst {
		t.Errorf("header differs:\nhtml %q / %q / %q\ntext %q / %q / %q", page.Publication, page.Headline, page.Standfirst, text.Publication, text.Headline, text.Standfirst)
	}
	if strings.Join(page.Paragraphs, "\n") != strings.Join(text.Paragraphs, "\n") {
		t.Errorf("paragraphs differ:\nhtml %q\ntext %q", page.Paragraphs, text.Paragraphs)
	}
	if fmt.Sprint(page.Captions) != fmt.Sprint(text.Captions) {
		t.Errorf("captions differ:\nhtml %+v\ntext %+v", page.Captions, text.Captions)
	}
	if len(text.Authors) == 0 || len(page.Authors) == 0 || page.Authors[0] != text.Authors[0] {
		t.Errorf("first author differs: html %+v, text %+v", page.Authors, text.Authors)
	}
}

// formatsDeepHTML are pages nested far beyond any real one: the HTML5 tree
// builder and Readability spend time in proportion to the depth on every
// tag, so these took minutes before htmlFlatten (BenchmarkParseHTML/deep
// measures them now).
var formatsDeepHTML = map[string]string{
	"divs":        strings.Repeat("<div>", 50000) + "deep text",
	"blockquotes": strings.Repeat("<blockquote>", 20000) + "deep text",
	"formatting":  "<p>" + strings.Repeat("<b><i>", 20000) + "deep text",
	"lists":       strings.Repeat("<ul><li>", 20000) + "deep text",
	"script":      strings.Repeat("<div>", 300) + "<script>var secret = 1;</script><style>p{}</style><p>deep text",
}

// TestHTMLDeepNesting checks that deep nesting keeps its text and still
// keeps scripts out of it.
func TestHTMLDeepNesting(t *testing.T) {
	for name, src := range formatsDeepHTML {
		a, err := parseHTML(name, []byte(src))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		formatsCheckModel(t, a, "html")
		text := strings.Join(a.Paragraphs, "\n")
		if !strings.Contains(text, "deep text") || strings.Contains(text, "secret") || strings.Contains(text, "p{}") {
			t.Errorf("%s: paragraphs %q", name, a.Paragraphs)
		}
	}
	if src := []byte("<div><p>shallow</p></div>"); !bytes.Equal(htmlFlatten(src), src) {
		t.Error("htmlFlatten changed a page within the depth limit")
	}
}

func BenchmarkParseHTMLDeep(b *testing.B) {
	for _, name := range []string{"divs", "blockquotes"} {
		src := []byte(formatsDeepHTML[name])
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := parseHTML(name, src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestHTMLWebArchive reads the news page saved by Chrome as a single file
// (.mhtml: quoted-printable page, a stylesheet and an image as parts) and
// expects the same article as from the page itself.
func TestHTMLWebArchive(t *testing.T) {
	src := formatsReadFixture(t, "html/04_news_single_file.mhtml")
	if got := DetectFormat("page", src); got != "html" {
		t.Errorf("DetectFormat = %q, want html", got)
	}
	archived, err := parseHTML("page.mhtml", src)
	if err != nil {
		t.Fatal(err)
	}
	page, err := parseHTML("page.mhtml", formatsReadFixture(t, "html/01_news_og_jsonld.html"))
	if err != nil {
		t.Fatal(err)
	}
	formatsCheckModel(t, archived, "html")
	if got, want := formatsJSON(t, archived), formatsJSON(t, page); !bytes.Equal(got, want) {
		t.Errorf("archive reads\n%s\nwant the page's\n%s", got, want)
	}
	// Not an archive after all: read as a page, nothing lost.
	broken := []byte("MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"x\"\n\n<p>Words kept.</p>")
	if a, err := parseHTML("broken.mhtml", broken); err != nil || !strings.Contains(strings.Join(a.Paragraphs, "|"), "Words kept.") {
		t.Errorf("broken archive: %v, %v", a, err)
	}
}
