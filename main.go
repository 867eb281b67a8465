// Command byline reads a news article in the terminal.
//
// This is the reader branch's minimal main: it launches and tests the reader.
// The real main.go (flags, plain-text and JSON output, error handling) comes
// from the parser branch; the block marked READER below is what to port.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"byline/article"
	"byline/internal/state"
	"byline/ui"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// options are the command's flags.
type options struct {
	path string
	// READER flags.
	theme      string
	mouse      bool
	speaker    string
	noRemember bool
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("byline", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opts options
	readerFlags(fs, &opts)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: byline [flags] FILE")
		return 2
	}
	opts.path = fs.Arg(0)
	src, err := readSource(opts.path, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "byline: %v\n", err)
		return 1
	}
	a, err := article.ParseStructure(opts.path, src)
	if err != nil {
		fmt.Fprintf(stderr, "byline: %v\n", err)
		return 1
	}
	if f, ok := stdout.(*os.File); !ok || !term.IsTerminal(f.Fd()) {
		printPlain(stdout, a)
		return 0
	}
	if err := runReader(a, opts); err != nil {
		fmt.Fprintf(stderr, "byline: %v\n", err)
		return 1
	}
	return 0
}

func readSource(path string, stdin io.Reader) ([]byte, error) {
	if path == "-" {
		return io.ReadAll(stdin)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("open article %q: %w", path, err)
	}
	return b, nil
}

// printPlain is a stand-in for the parser branch's plain output.
func printPlain(w io.Writer, a *article.Article) {
	fmt.Fprintln(w, a.Headline)
	for _, p := range a.Paragraphs {
		fmt.Fprintln(w)
		fmt.Fprintln(w, p)
	}
}

// ---- READER: port this block onto the parser branch's main.go ----

// readerFlags defines the reader's flags on fs.
func readerFlags(fs *flag.FlagSet, opts *options) {
	fs.StringVar(&opts.theme, "theme", "auto", "colour theme: dark, light or auto (ask the terminal)")
	fs.BoolVar(&opts.mouse, "mouse", false, "scroll with the mouse wheel (disables the terminal's text selection)")
	fs.StringVar(&opts.speaker, "speaker", "", "open with the quotes filtered to this speaker")
	fs.BoolVar(&opts.noRemember, "no-remember", false, "do not restore or save the reading position")
}

// runReader opens the article in the terminal reader and returns when the
// user quits.
//
// --speaker needs the attribution to check NAME (and to fail with exit 1
// and the list of known speakers on stderr, before the screen is taken), so
// with --speaker the attribution runs here, synchronously, and the reader is
// told (Config.Analysed) not to run it again. Without --speaker the reader
// starts at once on the structure and runs article.Attribute in a tea.Cmd.
func runReader(a *article.Article, opts options) error {
	switch opts.theme {
	case "dark", "light", "auto":
	default:
		return fmt.Errorf("--theme %q: want dark, light or auto", opts.theme)
	}
	cfg := ui.Config{
		Path:     opts.path,
		Theme:    opts.theme,
		NoColor:  noColor(),
		Mouse:    opts.mouse,
		Remember: !opts.noRemember,
	}
	if cfg.Remember {
		dir, err := state.DefaultDir()
		cfg.StateDir = dir
		cfg.Remember = err == nil
	}
	if opts.speaker != "" {
		people, quotes := article.Attribute(a)
		name, err := ui.FindSpeaker(quotes, opts.speaker)
		if err != nil {
			return err
		}
		b := *a // a copy, so the caller's article is not changed
		b.People, b.Quotes = people, quotes
		a = &b
		cfg.Speaker, cfg.Analysed = name, true
	}
	if _, err := tea.NewProgram(ui.New(a, cfg)).Run(); err != nil {
		return fmt.Errorf("run reader: %w", err)
	}
	return nil
}

// noColor reports NO_COLOR set to any non-empty value (no-color.org).
func noColor() bool { return strings.TrimSpace(os.Getenv("NO_COLOR")) != "" }

// ---- end READER ----
