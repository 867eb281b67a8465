package ui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	gansi "charm.land/glamour/v2/ansi"
	gstyles "charm.land/glamour/v2/styles"
	"charm.land/lipgloss/v2"
)

// styles holds every style the reader draws with. It is built in one place by
// newStyles so that a theme change (tea.BackgroundColorMsg, --theme) or
// NO_COLOR swaps all of them at once.
//
// Body text keeps the terminal's own foreground, which the user chose to be
// readable on their background. Every colour set here was checked for WCAG AA
// (contrast ratio ≥ 4.5:1, see styles_test.go) against a black and a #1e1e1e
// background (dark) and a white and a #f5f5f5 background (light).
type styles struct {
	isDark  bool
	noColor bool

	publication lipgloss.Style
	headline    lipgloss.Style
	standfirst  lipgloss.Style
	byline      lipgloss.Style
	date        lipgloss.Style
	body        lipgloss.Style
	caption     lipgloss.Style
	quote       lipgloss.Style // speech and partial quotes in the text
	match       lipgloss.Style // a search match
	current     lipgloss.Style // the current search match
	flash       lipgloss.Style // a quote, mention or caption just jumped to

	status       lipgloss.Style
	statusAccent lipgloss.Style
	statusError  lipgloss.Style
	paneBorder   lipgloss.Style
	tab          lipgloss.Style
	tabActive    lipgloss.Style
	item         lipgloss.Style
	itemMeta     lipgloss.Style
	itemSelected lipgloss.Style // the cursor row of a focused list
	itemCursor   lipgloss.Style // the cursor row of an unfocused list
	note         lipgloss.Style // "analysing…", "No quotes found"
	itemError    lipgloss.Style // a library file that could not be read

	// The library's loading bar (bubbles progress draws it).
	progressFull, progressEmpty color.Color
	overlay                     lipgloss.Style // the box around the picker and help

	help      help.Styles
	textinput textinput.Styles
}

// Colours, as (light background, dark background) pairs.
var (
	dimLight, dimDark       = lipgloss.Color("#5c5c5c"), lipgloss.Color("#a8a8a8")
	quoteLight, quoteDark   = lipgloss.Color("#1d5b8f"), lipgloss.Color("#9ecbf0")
	accentLight, accentDark = lipgloss.Color("#8a4b00"), lipgloss.Color("#f0b866")
	matchBgLight            = lipgloss.Color("#fff0a8")
	matchBgDark             = lipgloss.Color("#5a4a00")
	errLight, errDark       = lipgloss.Color("#b00020"), lipgloss.Color("#ff8a80")
	barLight, barDark       = lipgloss.Color("#e4e4e4"), lipgloss.Color("#303030")
)

// newStyles builds the styles for a dark or light background; with noColor
// (NO_COLOR set) it uses only bold, italic, underline, faint-free reverse video
// so the reader stays fully usable without colour.
func newStyles(isDark, noColor bool) styles {
	s := styles{isDark: isDark, noColor: noColor}
	plain := lipgloss.NewStyle()
	s.body = plain
	s.headline = plain.Bold(true)
	s.standfirst = plain.Italic(true)
	s.flash = plain.Reverse(true)
	s.current = plain.Reverse(true).Bold(true)
	s.itemSelected = plain.Reverse(true)
	s.itemCursor = plain.Bold(true)
	s.tabActive = plain.Bold(true).Reverse(true)
	s.overlay = plain.Border(lipgloss.RoundedBorder()).Padding(0, 1)

	if noColor {
		s.publication = plain.Bold(true)
		s.byline = plain
		s.date = plain
		s.caption = plain.Italic(true)
		s.quote = plain.Italic(true)
		s.match = plain.Underline(true)
		s.status = plain.Reverse(true)
		s.statusAccent = plain.Reverse(true).Bold(true)
		s.statusError = plain.Reverse(true).Bold(true)
		s.paneBorder = plain
		s.tab = plain
		s.item = plain
		s.itemMeta = plain
		s.note = plain.Italic(true)
		s.itemError = plain.Bold(true)
		s.progressFull, s.progressEmpty = lipgloss.NoColor{}, lipgloss.NoColor{}
		s.help = help.Styles{
			Ellipsis: plain, ShortKey: plain.Bold(true), ShortDesc: plain, ShortSeparator: plain,
			FullKey: plain.Bold(true), FullDesc: plain, FullSeparator: plain,
		}
		s.textinput = textinput.Styles{
			Focused: textinput.StyleState{Text: plain, Placeholder: plain, Suggestion: plain, Prompt: plain.Bold(true)},
			Blurred: textinput.StyleState{Text: plain, Placeholder: plain, Suggestion: plain, Prompt: plain},
			Cursor:  textinput.CursorStyle{Shape: tea.CursorBlock},
		}
		return s
	}

	ld := lipgloss.LightDark(isDark)
	dim := ld(dimLight, dimDark)
	accent := ld(accentLight, accentDark)
	bar := ld(barLight, barDark)
	s.publication = plain.Foreground(accent).Bold(true)
	s.byline = plain.Foreground(dim)
	s.date = plain.Foreground(dim)
	s.caption = plain.Foreground(dim).Italic(true)
	s.quote = plain.Foreground(ld(quoteLight, quoteDark))
	s.match = plain.Background(ld(matchBgLight, matchBgDark))
	s.status = plain.Background(bar)
	s.statusAccent = plain.Background(bar).Foreground(accent).Bold(true)
	s.statusError = plain.Background(bar).Foreground(ld(errLight, errDark)).Bold(true)
	s.paneBorder = plain.Foreground(dim)
	s.tab = plain.Foreground(dim)
	s.item = plain
	s.itemMeta = plain.Foreground(dim)
	s.note = plain.Foreground(dim).Italic(true)
	s.itemError = plain.Foreground(ld(errLight, errDark))
	s.progressFull, s.progressEmpty = accent, bar
	s.overlay = s.overlay.BorderForeground(dim)
	s.help = helpStyles(dim, accent)
	s.textinput = textinput.DefaultStyles(isDark)
	s.textinput.Cursor.Blink = false
	return s
}

// helpStyles colours the bubbles help view with the reader's palette: the
// bubbles defaults use greys that fail AA contrast for the descriptions.
func helpStyles(dim, accent color.Color) help.Styles {
	plain := lipgloss.NewStyle()
	return help.Styles{
		Ellipsis:       plain.Foreground(dim),
		ShortKey:       plain.Foreground(accent),
		ShortDesc:      plain.Foreground(dim),
		ShortSeparator: plain.Foreground(dim),
		FullKey:        plain.Foreground(accent).Bold(true),
		FullDesc:       plain,
		FullSeparator:  plain.Foreground(dim),
	}
}

// baseStyle is the style of a block of the document.
func (s *styles) baseStyle(k blockKind) lipgloss.Style {
	switch k {
	case blockPublication:
		return s.publication
	case blockHeadline:
		return s.headline
	case blockStandfirst:
		return s.standfirst
	case blockByline:
		return s.byline
	case blockDate:
		return s.date
	case blockCaption:
		return s.caption
	}
	return s.body
}

// layerStyle is the style of a highlighted piece of a row.
func (s *styles) layerStyle(layer int, base lipgloss.Style) lipgloss.Style {
	switch layer {
	case layerQuote:
		return s.quote
	case layerMatch:
		return s.match
	case layerCurrent:
		return s.current
	case layerFlash:
		return s.flash
	}
	return base
}

// markdownStyle is the glamour style Markdown blocks are rendered with:
// glamour's dark or light style (its ASCII one under NO_COLOR), without
// the document margin and blank lines (the reader lays out and spaces the
// blocks itself), and with body text in the terminal's own colour, as the
// rest of the reader's text is.
func markdownStyle(isDark, noColor bool) gansi.StyleConfig {
	var s gansi.StyleConfig
	switch {
	case noColor:
		s = gstyles.ASCIIStyleConfig
	case isDark:
		s = gstyles.DarkStyleConfig
	default:
		s = gstyles.LightStyleConfig
	}
	zero := uint(0)
	s.Document.Margin = &zero
	s.Document.BlockPrefix, s.Document.BlockSuffix = "", ""
	s.Document.Color = nil
	return s
}

// listItem is the style of a row in a side list: the cursor row is reversed
// in the focused pane and only bold in the others, so the eye finds the focus
// at once while each pane keeps its place.
func (s *styles) listItem(sel, focused bool) lipgloss.Style {
	switch {
	case sel && focused:
		return s.itemSelected
	case sel:
		return s.itemCursor
	}
	return s.item
}
