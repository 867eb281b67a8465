package article

import (
	"reflect"
	"testing"
)

func TestParseByline(t *testing.T) {
	tests := []struct {
		in   string
		want []Author
	}{
		{"By contributor Caitlin Doherty, Deputy Political Editor", []Author{{"Caitlin Doherty", "Deputy Political Editor"}}},
		{"By Caitlin Doherty", []Author{{"Caitlin Doherty", ""}}},
		{"By Caitlin Doherty and Sam Blewett", []Author{{"Caitlin Doherty", ""}, {"Sam Blewett", ""}}},
		{"By Caitlin Doherty, Deputy Political Editor and Sam Blewett", []Author{{"Caitlin Doherty", "Deputy Political Editor"}, {"Sam Blewett", ""}}},
		{"By Caitlin Doherty, Deputy Political Editor and Sam Blewett, Political Correspondent",
			[]Author{{"Caitlin Doherty", "Deputy Political Editor"}, {"Sam Blewett", "Political Correspondent"}}},
		{"By Caitlin Doherty & Sam Blewett", []Author{{"Caitlin Doherty", ""}, {"Sam Blewett", ""}}},
		{"By Jane Smith, Home Affairs and Security Editor", []Author{{"Jane Smith", "Home Affairs and Security Editor"}}},
		{"By Jane Smith, John Brown and Ann Lee", []Author{{"Jane Smith", ""}, {"John Brown", ""}, {"Ann Lee", ""}}},
		{"By Ludwig van Beethoven, PA", []Author{{"Ludwig van Beethoven", "PA"}}},
		{"By May Bulman, Social Affairs Correspondent", []Author{{"May Bulman", "Social Affairs Correspondent"}}},
		{"BY CONTRIBUTORS Sean O'Neill", []Author{{"Sean O'Neill", ""}}},
		// Body sentences that start with "By" are not bylines.
		{"By Thursday, the ministry had received 300 complaints.", nil},
		{"By the end of the week, talks had stalled.", nil},
		{"By 2030 the fleet will be replaced", nil},
		{"By contrast, the US embassy said little", nil},
		{"Bystanders filmed the attack", nil},
	}
	for _, tt := range tests {
		got, ok := parseByline(tt.in)
		if !reflect.DeepEqual(got, tt.want) || ok != (tt.want != nil) {
			t.Errorf("parseByline(%q) = %+v, %v; want %+v", tt.in, got, ok, tt.want)
		}
	}
}

// TestHeaderShapes pins which title line is what, on real headlines.
func TestHeaderShapes(t *testing.T) {
	const (
		pub   = "Express & Star"
		head  = "Healey to convene next ‘coalition of the willing’ meeting next week"
		stand = "John Healey will host defence ministers in Brussels alongside his French counterpart."
		by    = "By contributor Caitlin Doherty, Deputy Political Editor"
		body  = "The Defence Secretary is set to convene the next meeting of the “coalition of the willing” next week, as the head of the British armed forces has been in Kyiv for discussions with Volodymyr Zelensky."
		wn    = "Paris court jails two police in high-profile rape case"
		wnp   = "After a jury trial in Paris, two French police officers were found guilty on Thursday of raping a Canadian tourist in 2014. Both on Thursday received seven-year prison terms. The case has attracted widespread attention."
	)
	tests := []struct {
		name                                   string
		src                                    string
		publication, headline, standfirst, pub string
		paragraphs                             int
	}{
		{"full seed head", pub + "\n\n" + head + "\n\n" + stand + "\n\n" + by + "\nPublished\n\n" + body, pub, head, stand, "Published", 1},
		{"no publication", head + "\n\n" + stand + "\n\n" + by + "\n\n" + body, "", head, stand, "", 1},
		{"no standfirst", pub + "\n\n" + head + "\n\n" + by + "\n\n" + body, pub, head, "", "", 1},
		{"headline and byline only", head + "\n\n" + by + "\n\n" + body, "", head, "", "", 1},
		{"byline in the headline's block", head + "\n" + by + "\n\n" + body, "", head, "", "", 1},
		{"no meta: publication and headline", pub + "\n\n" + head + "\n\n" + body, pub, head, "", "", 1},
		{"wikinews with dateline", wn + "\n\nSaturday, February 2, 2019\n\n" + wnp, "", wn, "", "Saturday, February 2, 2019", 1},
		{"wikinews without dateline", wn + "\n\n" + wnp + "\n\n" + body, "", wn, "", "", 2},
		{"dateline in the headline's block", wn + "\nSaturday, February 2, 2019 \n" + wnp, "", wn, "", "Saturday, February 2, 2019", 1},
		{"Published then date on the next line", head + "\n\nPublished\n12 April 2025\n\n" + body, "", head, "", "Published 12 April 2025", 1},
		{"title lines in one block with the byline", head + "\n" + stand + "\n" + by + "\n\n" + body, "", head, stand, "", 1},
		{"no blank lines at all", wn + "\n" + wnp + "\n" + body + "\n", "", wn, "", "", 2},
		{"no blank lines, wrapped", wn + "\n" + "After a jury trial in Paris, two French police officers were found\nguilty on Thursday of raping a Canadian tourist in 2014.\n" + body, "", wn, "", "", 2},
		{"Updated line set aside", head + "\n\n" + by + "\nPublished 12 April 2025, 10:31\nUpdated 13 April 2025, 09:12\n\n" + body, "", head, "", "Published 12 April 2025, 10:31", 1},
		{"boilerplate before the headline", "Skip to main content\n\n" + head + "\n\n" + body, "", head, "", "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseStructure("t", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if a.Publication != tt.publication || a.Headline != tt.headline || a.Standfirst != tt.standfirst || a.PublishedText != tt.pub || len(a.Paragraphs) != tt.paragraphs || len(a.Captions) != 0 {
				t.Errorf("got publication %q headline %q standfirst %q published_text %q, %d paragraphs, captions %v",
					a.Publication, a.Headline, a.Standfirst, a.PublishedText, len(a.Paragraphs), a.Captions)
			}
		})
	}
}
