package article

import (
	"strings"
	"testing"
)

func TestSplitCredit(t *testing.T) {
	tests := []struct {
		in, text, credit string
		ok               bool
	}{
		{"Defence Secretary John Healey (PA)", "Defence Secretary John Healey", "PA", true},
		{"Chief of the Defence Staff Admiral Sir Tony Radakin (Andrew Matthews/PA)", "Chief of the Defence Staff Admiral Sir Tony Radakin", "Andrew Matthews/PA", true},
		{"Sirhan in 1969 (Image: CDCR)", "Sirhan in 1969", "CDCR", true},
		{"University would score a couple of tries out wide. (Image: Patrick Gillett)", "University would score a couple of tries out wide.", "Patrick Gillett", true},
		{"Trafalgar Square. Image: Mirrys.", "Trafalgar Square.", "Mirrys", true},
		{"Jo JorgensenImage: Jo Jorgensen for President.", "Jo Jorgensen", "Jo Jorgensen for President", true},
		{"Image: Nicholas Moreau.", "", "Nicholas Moreau", true},
		{"Keir Starmer in Downing Street. Photograph: Stefan Rousseau/PA", "Keir Starmer in Downing Street.", "Stefan Rousseau/PA", true},
		{"Defence Secretary John Healey. Picture: PA", "Defence Secretary John Healey.", "PA", true},
		// Not credits.
		{"the Ministry of Defence (MoD)", "the Ministry of Defence (MoD)", "", false},
		{"Overall, 30 countries are expected to contribute to the group, the MoD has said.", "Overall, 30 countries are expected to contribute to the group, the MoD has said.", "", false},
		{"Eddie Van Halen (1955-2020)", "Eddie Van Halen (1955-2020)", "", false},
		{"The case has attracted widespread attention. (Updated)", "The case has attracted widespread attention. (Updated)", "", false},
		{"Defence Secretary John Healey (who spoke to reporters on Friday evening after the meeting ended late)", "Defence Secretary John Healey (who spoke to reporters on Friday evening after the meeting ended late)", "", false},
		{"(PA)", "(PA)", "", false},
		{"The Photo: Reuters agency said the picture was staged by the army on the orders of the general staff. Officials denied it.", "The Photo: Reuters agency said the picture was staged by the army on the orders of the general staff. Officials denied it.", "", false},
	}
	for _, tt := range tests {
		text, credit, ok := splitCredit(tt.in)
		if text != tt.text || credit != tt.credit || ok != tt.ok {
			t.Errorf("splitCredit(%q) = %q, %q, %v; want %q, %q, %v", tt.in, text, credit, ok, tt.text, tt.credit, tt.ok)
		}
	}
}

// TestLastLabel checks that lastLabel finds what strings.LastIndex finds.
func TestLastLabel(t *testing.T) {
	for _, s := range []string{"", ":", ": ", "Image: ", "x Image: y", "Image: a Image: b", "Photograph: a. Photo: b",
		"mage: Image:", "Image:Image: ", "a: b: Picture: c: d", "Photo: ", "hoto: Photo: x"} {
		for _, label := range creditLabels {
			if got, want := lastLabel(s, label), strings.LastIndex(s, label); got != want {
				t.Errorf("lastLabel(%q, %q) = %d, want %d", s, label, got, want)
			}
		}
	}
}
