package ui

import "charm.land/bubbles/v2/key"

// keyMap holds every key the reader answers to. Help is generated from these
// same bindings (bubbles help), and a binding that would do nothing right now
// is disabled by updateKeys, so it neither matches nor shows in help.
type keyMap struct {
	Down, Up             key.Binding
	PageDown, PageUp     key.Binding
	HalfDown, HalfUp     key.Binding
	Top, Bottom          key.Binding
	Search               key.Binding
	NextMatch, PrevMatch key.Binding
	FocusNext, FocusPrev key.Binding
	Quotes, People       key.Binding
	Captions             key.Binding
	TabLeft, TabRight    key.Binding
	ClosePane            key.Binding
	Jump                 key.Binding
	Speaker              key.Binding
	NextQuote, PrevQuote key.Binding
	Terms                key.Binding
	Help                 key.Binding
	Back                 key.Binding
	Quit, ForceQuit      key.Binding

	// In the search input and the speaker picker, where letters are text.
	Choose, Cancel     key.Binding
	PickNext, PickPrev key.Binding
}

// defaultKeyMap returns the less/vim key set of issue #5.
func defaultKeyMap() keyMap {
	return keyMap{
		Down:      key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("j/↓", "line down")),
		Up:        key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("k/↑", "line up")),
		PageDown:  key.NewBinding(key.WithKeys("space", "f", "pgdown"), key.WithHelp("space/f", "page down")),
		PageUp:    key.NewBinding(key.WithKeys("b", "pgup"), key.WithHelp("b/pgup", "page up")),
		HalfDown:  key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "half page down")),
		HalfUp:    key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "half page up")),
		Top:       key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "top")),
		Bottom:    key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "bottom")),
		Search:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		NextMatch: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match")),
		PrevMatch: key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous match")),
		FocusNext: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "focus pane/text")),
		FocusPrev: key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "focus back")),
		Quotes:    key.NewBinding(key.WithKeys("1"), key.WithHelp("1", "quotes")),
		People:    key.NewBinding(key.WithKeys("2"), key.WithHelp("2", "people")),
		Captions:  key.NewBinding(key.WithKeys("3"), key.WithHelp("3", "captions")),
		TabLeft:   key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "previous tab")),
		TabRight:  key.NewBinding(key.WithKeys("l"), key.WithHelp("l", "next tab")),
		ClosePane: key.NewBinding(key.WithKeys("0"), key.WithHelp("0", "close pane")),
		Jump:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go to in text")),
		Speaker:   key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "filter by speaker")),
		NextQuote: key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next quote")),
		PrevQuote: key.NewBinding(key.WithKeys("["), key.WithHelp("[", "previous quote")),
		Terms:     key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "show/hide terms")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit now")),
		Choose:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "search/choose")),
		Cancel:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel input")),
		PickNext:  key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓/ctrl+n", "next speaker")),
		PickPrev:  key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑/ctrl+p", "previous speaker")),
	}
}

// ShortHelp is the one-line hint; the status line shows only `?` itself, so
// this is used by the help overlay's footer.
func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Help, k.Search, k.Quotes, k.Speaker, k.Back, k.Quit}
}

// FullHelp is the `?` screen, one column per kind of key.
func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Down, k.Up, k.PageDown, k.PageUp, k.HalfDown, k.HalfUp, k.Top, k.Bottom},
		{k.Search, k.NextMatch, k.PrevMatch, k.Speaker, k.NextQuote, k.PrevQuote, k.Terms},
		{k.Quotes, k.People, k.Captions, k.TabLeft, k.TabRight, k.FocusNext, k.FocusPrev, k.ClosePane, k.Jump},
		{k.Help, k.Back, k.Quit, k.ForceQuit},
		{k.Choose, k.Cancel, k.PickNext, k.PickPrev},
	}
}

// libKeyMap holds the keys of the library view (`byline DIR`): its list of
// articles, the speakers across the library and their quotes. Help is
// generated from these bindings as the reader's is.
type libKeyMap struct {
	Down, Up         key.Binding
	PageDown, PageUp key.Binding
	Top, Bottom      key.Binding
	Filter           key.Binding
	Open             key.Binding
	Speakers         key.Binding
	Sort             key.Binding
	Back             key.Binding
	Help             key.Binding
	Quit, ForceQuit  key.Binding

	// In the filter input, where letters are text.
	Accept, Cancel     key.Binding
	PickNext, PickPrev key.Binding
}

// defaultLibKeyMap returns the library's keys: the reader's movement keys,
// `/` to filter, Enter to read, S for the speakers across the library.
func defaultLibKeyMap() libKeyMap {
	return libKeyMap{
		Down:      key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("j/↓", "down")),
		Up:        key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("k/↑", "up")),
		PageDown:  key.NewBinding(key.WithKeys("space", "f", "pgdown", "d"), key.WithHelp("space/f", "page down")),
		PageUp:    key.NewBinding(key.WithKeys("b", "pgup", "u"), key.WithHelp("b/pgup", "page up")),
		Top:       key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "first")),
		Bottom:    key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "last")),
		Filter:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		Open:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read")),
		Speakers:  key.NewBinding(key.WithKeys("S"), key.WithHelp("S", "speakers")),
		Sort:      key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "sort order")),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit now")),
		Accept:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "filtering: read the highlighted")),
		Cancel:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "filtering: clear the filter")),
		PickNext:  key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓/ctrl+n", "filtering: next")),
		PickPrev:  key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑/ctrl+p", "filtering: previous")),
	}
}

// ShortHelp is the library's footer line.
func (k libKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Open, k.Filter, k.Speakers, k.Sort, k.Back, k.Quit, k.Help}
}

// FullHelp is the library's `?` screen.
func (k libKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom},
		{k.Open, k.Filter, k.Speakers, k.Sort, k.Back, k.Help, k.Quit, k.ForceQuit},
		{k.Accept, k.Cancel, k.PickNext, k.PickPrev},
	}
}
