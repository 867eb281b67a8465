package ui

import (
	"image/color"
	"math"
	"testing"

	"charm.land/lipgloss/v2"
)

func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrast is the WCAG 2 contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// TestContrastAA checks every text colour of both themes against typical
// backgrounds of that kind at the WCAG AA ratio for body text, 4.5:1. The
// body itself keeps the terminal's foreground; the status bar is checked
// with typical terminal foregrounds on its background.
func TestContrastAA(t *testing.T) {
	for _, tc := range []struct {
		dark bool
		bgs  []string
		fg   string // a typical terminal foreground for this theme
	}{
		{true, []string{"#000000", "#1e1e1e", "#282c34"}, "#d0d0d0"},
		{false, []string{"#ffffff", "#f5f5f5", "#fdf6e3"}, "#1e1e1e"},
	} {
		st := newStyles(tc.dark, false)
		cols := st.textColours()
		if len(cols) < 5 {
			t.Fatalf("only %d text colours found", len(cols))
		}
		for _, bg := range tc.bgs {
			for _, c := range cols {
				if r := contrast(c, lipgloss.Color(bg)); r < 4.5 {
					t.Errorf("dark=%v: %v on %s has contrast %.2f < 4.5", tc.dark, c, bg, r)
				}
			}
		}
		bar := st.status.GetBackground()
		for _, c := range []color.Color{lipgloss.Color(tc.fg), st.statusAccent.GetForeground(), st.statusError.GetForeground()} {
			if r := contrast(c, bar); r < 4.5 {
				t.Errorf("dark=%v: status text %v on the bar has contrast %.2f", tc.dark, c, r)
			}
		}
		if r := contrast(lipgloss.Color(tc.fg), st.match.GetBackground()); r < 4.5 {
			t.Errorf("dark=%v: text on a search match has contrast %.2f", tc.dark, r)
		}
	}
}

func TestNoColorStyles(t *testing.T) {
	st := newStyles(true, true)
	for _, s := range []lipgloss.Style{st.publication, st.headline, st.caption, st.quote, st.match, st.current,
		st.flash, st.status, st.itemSelected, st.tabActive, st.note} {
		if fg := s.GetForeground(); fg != nil {
			if _, ok := fg.(lipgloss.NoColor); !ok {
				t.Errorf("NO_COLOR style has a foreground %v", fg)
			}
		}
		if bg := s.GetBackground(); bg != nil {
			if _, ok := bg.(lipgloss.NoColor); !ok {
				t.Errorf("NO_COLOR style has a background %v", bg)
			}
		}
	}
	// Highlights must stay visible without colour.
	if !st.current.GetReverse() || !st.flash.GetReverse() || !st.match.GetUnderline() || !st.itemSelected.GetReverse() {
		t.Error("NO_COLOR highlights are not reverse/underline")
	}
}

// textColours lists the foreground colours styles use for text, for the
// contrast test.
func (s styles) textColours() []color.Color {
	var out []color.Color
	for _, st := range []lipgloss.Style{s.publication, s.byline, s.caption, s.quote, s.itemMeta, s.note, s.itemError,
		s.tab, s.tabActive, s.paneBorder, s.help.ShortKey, s.help.ShortDesc} {
		// GetForeground never returns nil: unset is lipgloss.NoColor.
		if c := st.GetForeground(); !isNoColor(c) {
			out = append(out, c)
		}
	}
	return out
}

func isNoColor(c color.Color) bool {
	_, ok := c.(lipgloss.NoColor)
	return ok
}
