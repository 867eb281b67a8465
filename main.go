// Command byline reads a news article in the terminal: the text, and panes
// for its quotes, the people named and the photo captions. Piped, it prints
// the article as plain text; with --json, as its model.
//
// main.go holds only the flags, the terminal decision and the exit codes.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"byline/article"
	"byline/internal/library"
	"byline/internal/plain"
	"byline/internal/startup"
	"byline/internal/state"
	"byline/ui"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
)

// Exit codes.
const (
	exitOK    = 0 // the article was shown
	exitInput = 1 // the input could not be read or is not an article
	exitUsage = 2 // bad flags or arguments
)

func main() {
	startup.Restore()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// options are the parsed command line and the streams to use.
type options struct {
	json    bool
	width   int
	format  string
	path    string // the article file, or "-" for standard input
	noColor bool   // NO_COLOR is set: no colour, whatever the output

	// The reader's flags (see runReader).
	theme      string // --theme dark|light|auto
	mouse      bool   // --mouse
	speaker    string // --speaker NAME
	noRemember bool   // --no-remember
	sort       string // --sort date|title|name, for a folder

	stdin          io.Reader
	stdout, stderr io.Writer
}

// formats are the accepted values of --format.
var formats = []string{"auto", "text", "html", "markdown"}

// usageError is a mistake on the command line: exit status 2, with usage.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// run is the whole command, testable: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	// The parser does not panic (FuzzParse); should anything else, the user
	// still gets one line and a status, not a stack trace.
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "byline: internal error: %s (please report it)\n", article.CleanLine(fmt.Sprint(r)))
			code = exitInput
		}
	}()
	opts, err := parseFlags(args, stdin, stdout, stderr)
	if errors.Is(err, flag.ErrHelp) {
		usage(stdout)
		return exitOK
	}
	if err == nil {
		err = show(opts)
	}
	return exitCode(err, stderr)
}

// exitCode is the one place errors become exit statuses and messages: one
// line on stderr, "byline: PATH: what is wrong", never a stack trace.
func exitCode(err error, stderr io.Writer) int {
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errVersion):
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "byline: %s\n", article.CleanLine(ue.msg))
		usage(stderr)
		return exitUsage
	default:
		fmt.Fprintf(stderr, "byline: %s\n", article.CleanLine(err.Error()))
		return exitInput
	}
}

// errVersion ends a successful --version run.
var errVersion = errors.New("version printed")

func parseFlags(args []string, stdin io.Reader, stdout, stderr io.Writer) (options, error) {
	opts := options{stdin: stdin, stdout: stdout, stderr: stderr, noColor: os.Getenv("NO_COLOR") != ""}
	fs := newFlagSet(&opts)
	var version bool
	fs.BoolVar(&version, "version", false, "print byline's version and exit")
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return opts, err
			}
			return opts, &usageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		// Flags may follow the file: "byline notes.txt --json".
		positional = append(positional, args[0])
		args = args[1:]
	}
	if version {
		fmt.Fprintln(stdout, "byline", versionString())
		return opts, errVersion
	}
	switch {
	case len(positional) == 0 && !isTerminal(stdin):
		positional = []string{"-"} // "curl … | byline": the article is the pipe
	case len(positional) == 0:
		return opts, &usageError{"missing FILE (use - for standard input)"}
	case len(positional) > 1:
		return opts, &usageError{fmt.Sprintf("one FILE at a time, got %d", len(positional))}
	}
	opts.path = positional[0]
	if opts.width < plain.MinWidth {
		return opts, &usageError{fmt.Sprintf("--width %d is too narrow (at least %d)", opts.width, plain.MinWidth)}
	}
	if opts.theme != "dark" && opts.theme != "light" && opts.theme != "auto" {
		return opts, &usageError{fmt.Sprintf("--theme %q: want dark, light or auto", opts.theme)}
	}
	if opts.sort != "date" && opts.sort != "title" && opts.sort != "name" {
		return opts, &usageError{fmt.Sprintf("--sort %q: want date, title or name", opts.sort)}
	}
	if !slices.Contains(formats, opts.format) {
		return opts, &usageError{fmt.Sprintf("--format %q: want one of %s", opts.format, strings.Join(formats, ", "))}
	}
	return opts, nil
}

// newFlagSet declares every flag but --version; usage is printed by usage.
func newFlagSet(opts *options) *flag.FlagSet {
	fs := flag.NewFlagSet("byline", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.BoolVar(&opts.json, "json", false, "print the article model as one JSON object")
	fs.IntVar(&opts.width, "width", 80, "wrap plain output at `N` columns")
	fs.StringVar(&opts.format, "format", "auto", "input format: auto, text, html or markdown")
	fs.StringVar(&opts.theme, "theme", "auto", "reader colours: dark, light or auto (ask the terminal)")
	fs.BoolVar(&opts.mouse, "mouse", false, "scroll the reader with the mouse wheel")
	fs.StringVar(&opts.speaker, "speaker", "", "open the reader with the quotes filtered to speaker `NAME`")
	fs.BoolVar(&opts.noRemember, "no-remember", false, "do not restore or save the reading position")
	fs.StringVar(&opts.sort, "sort", "date", "order of a folder's articles: date, title or name")
	return fs
}

// usage lists every flag, one line each.
func usage(w io.Writer) {
	fmt.Fprint(w, `usage: byline [flags] FILE
       byline [flags] -        read the article from standard input
       … | byline [flags]      the same, when standard input is a pipe
       byline [flags] DIR      the library: every article in a folder

Reads a news article: on a terminal in the reader, otherwise as plain text.
A folder lists its articles (plain: one tab-separated line each; --json: an array).

flags:
  --json            print the article model as one JSON object
  --width N         wrap plain output at N columns (default 80)
  --format FORMAT   input format: auto, text, html or markdown (default auto: from the content, then the name)
  --theme THEME     reader colours: dark, light or auto (default auto: ask the terminal)
  --mouse           scroll the reader with the mouse wheel (costs the terminal's text selection)
  --speaker NAME    open the reader with the quotes filtered to NAME's (exit 1 if no speaker matches)
  --no-remember     do not restore or save the reading position ($XDG_STATE_HOME/byline)
  --sort ORDER      a folder's articles by date (newest first), title or name (default date)
  --version         print byline's version and exit
  --help            print this help and exit

exit status: 0 ok, 1 the input could not be read or is not an article, 2 bad usage
`)
}

// show reads, parses and prints the article, or the folder's articles.
func show(opts options) error {
	if opts.path != "-" {
		if info, err := os.Stat(opts.path); err == nil && info.IsDir() {
			return showLibrary(opts)
		}
	}
	var src []byte
	var err error
	if opts.path == "-" {
		src, err = article.LoadReader("-", opts.stdin)
	} else {
		src, err = article.Load(opts.path)
	}
	if err != nil {
		return err
	}
	// The reader shows the text as soon as its structure is parsed and runs
	// the attribution in the background, so it gets the structure only.
	reader := !opts.json && isTerminal(opts.stdout)
	format := opts.format
	if format == "auto" {
		format = "" // detected from the content, then the name
	}
	if reader {
		limitMemory(len(src))
	}
	if reader && opts.speaker == "" {
		// A long text file: the reader shows its head at once and parses
		// the whole file in the background (ui.Config.Full).
		if head := article.ParseHead(opts.path, src, format); head != nil {
			full := func() (*article.Article, error) { return article.ParseStructureAs(opts.path, src, format) }
			err := runReader(head, full, opts)
			if errors.Is(err, errNoTTY) {
				fmt.Fprintln(opts.stderr, "byline: no terminal to read keys from (standard input is the article): printing it as plain text")
				a, err := parseInput(opts.path, src, format, true)
				if err != nil {
					return err
				}
				return plain.Render(opts.stdout, a, opts.width)
			}
			return err
		}
	}
	a, err := parseInput(opts.path, src, format, !reader)
	if err != nil {
		return err
	}
	switch {
	case opts.json:
		return article.WriteJSON(opts.stdout, a)
	case reader:
		err := runReader(a, nil, opts)
		if errors.Is(err, errNoTTY) {
			fmt.Fprintln(opts.stderr, "byline: no terminal to read keys from (standard input is the article): printing it as plain text")
			return plain.Render(opts.stdout, a, opts.width)
		}
		return err
	default:
		return plain.Render(opts.stdout, a, opts.width)
	}
}

// parseInput parses src, read from name, as format ("" to detect it): the
// structure, and the attribution too when attribute is set.
func parseInput(name string, src []byte, format string, attribute bool) (*article.Article, error) {
	if !attribute {
		return article.ParseStructureAs(name, src, format)
	}
	return article.ParseAs(name, src, format)
}

// runReader opens the article, parsed for structure only, in the terminal
// reader and returns when the user quits. When full is not nil, a is only
// the head of a long file and the reader parses the whole file with full
// (ui.Config.Full); its error, if any, is returned.
//
// --speaker needs the attribution to check NAME (and to fail with exit 1
// and the list of known speakers on stderr, before the screen is taken), so
// with --speaker the attribution runs here, synchronously, and the reader is
// told (Config.Analysed) not to run it again. Without --speaker the reader
// starts at once and runs article.Attribute in a tea.Cmd.
func runReader(a *article.Article, full func() (*article.Article, error), opts options) error {
	cfg := ui.Config{
		Full:     full,
		Path:     opts.path,
		Theme:    opts.theme,
		NoColor:  opts.noColor,
		Mouse:    opts.mouse,
		Remember: !opts.noRemember && opts.path != "-",
	}
	if cfg.Remember {
		dir, err := state.DefaultDir()
		cfg.StateDir, cfg.Remember = dir, err == nil
	}
	if opts.speaker != "" {
		people, quotes := article.Attribute(a)
		name, err := ui.FindSpeaker(quotes, opts.speaker)
		if err != nil {
			return fmt.Errorf("%s: %w", opts.path, err)
		}
		b := *a // a copy: the caller's article is not changed
		b.People, b.Quotes = people, quotes
		a = &b
		cfg.Speaker, cfg.Analysed = name, true
	}
	final, err := runProgram(ui.New(a, cfg), opts)
	if m, ok := final.(ui.Model); ok && err == nil {
		err = m.Err()
	}
	return err
}

// limitMemory sets the Go runtime's soft memory limit for the reader of an
// article of size bytes: 15 MiB and 10 bytes per byte of the article.
//
// The attribution of a long article holds about 8 bytes per byte of text
// at its peak (83 MB live for 10 MB, GODEBUG=gctrace=1), and with the
// default GOGC=100 the heap grew to twice that before a collection: 172 MB
// of peak RSS for a 10 MB file, against issue #7's budget of 10x the file
// + 30 MB. The limit is Go's share of that budget (the other ~15 MB is the
// binary's own mapped pages, which the runtime does not count). A tighter
// limit (20 MiB + 8x, tried first) kept the collector running all through
// the background analysis and cost the keys pressed meanwhile: at 10 MB
// bench/run measured j 39.5 ms and page down 47.7 ms with it, 17.7 and 22.4
// ms at this limit, 23.6 and 21.3 ms with none (but 176 MB of RSS).
// A small article never comes near the limit, so nothing changes for it.
// It is a soft limit: should an odd article need more, the runtime goes
// past it, spending at most half the CPU on collection rather than failing.
// GOMEMLIMIT in the environment overrides it.
func limitMemory(size int) {
	if _, set := os.LookupEnv("GOMEMLIMIT"); set {
		return
	}
	debug.SetMemoryLimit(15<<20 + 10*int64(size))
}

// errNoTTY says the reader has no terminal to take keys from.
var errNoTTY = errors.New("no terminal for input")

// runProgram runs a Bubble Tea program on the terminal. When standard
// input is not a terminal (the article came down a pipe, or stdin is
// redirected), the keys are read from the controlling terminal, /dev/tty,
// opened here so that its absence is a clear errNoTTY (the caller falls
// back to plain output) rather than an error from inside the program.
func runProgram(model tea.Model, opts options) (tea.Model, error) {
	var popts []tea.ProgramOption
	if !isTerminal(opts.stdin) {
		in, out, err := tea.OpenTTY()
		if err != nil {
			return nil, errNoTTY
		}
		defer in.Close()
		defer out.Close()
		popts = append(popts, tea.WithInput(in))
	}
	// 120 frames a second, Bubble Tea's most: a key's frame waits for the
	// renderer's next tick, and at the default 60 that wait (up to 16.7 ms)
	// was most of the ~20 ms bench/run measured per key press, against
	// ~0.1 ms of work (go test ./ui -bench Key).
	popts = append(popts, tea.WithColorProfile(colorProfile(os.Environ())), tea.WithFPS(120))
	final, err := tea.NewProgram(model, popts...).Run()
	if err != nil {
		return final, fmt.Errorf("run the reader: %w", err)
	}
	return final, nil
}

// colorProfile is the terminal's colour support from the environment and
// terminfo. Bubble Tea's own detection also runs "tmux info" when inside
// tmux, which costs ~30 ms before the first frame on every start (measured
// with strace in bench/run's tmux); byline starts without spawning anything.
// The price: in tmux, 24-bit colour needs COLORTERM=truecolor (else 256
// colours, which the styles are chosen to survive).
func colorProfile(environ []string) colorprofile.Profile {
	p := colorprofile.Env(environ)
	for _, kv := range environ {
		if t, ok := strings.CutPrefix(kv, "TERM="); ok && p > colorprofile.NoTTY && p != colorprofile.Ascii {
			p = max(p, colorprofile.Terminfo(t))
		}
	}
	return p
}

// isTerminal reports whether a stream (standard input or output) is a
// terminal: only an *os.File can be one, so a test's buffer never is.
func isTerminal(stream any) bool {
	f, ok := stream.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// versionString is the module version, or the commit for a development build.
func versionString() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := info.Main.Version
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
	}
	return v
}

// showLibrary shows a folder's articles: on a terminal, the library view
// (the list fills in while the files are parsed); with --json, one JSON
// array of the models sorted by path, failed files as {source, error};
// otherwise the plain list, one tab-separated line per article in --sort
// order (see library.WriteList). A file that fails is listed, never fatal:
// the exit status is 0 whenever the folder could be read.
func showLibrary(opts options) error {
	if opts.speaker != "" {
		return &usageError{"--speaker filters one article's quotes; in a folder, press S for the speakers"}
	}
	if !opts.json && isTerminal(opts.stdout) {
		err := runLibrary(opts)
		if !errors.Is(err, errNoTTY) {
			return err
		}
		fmt.Fprintln(opts.stderr, "byline: no terminal to read keys from: printing the list as plain text")
	}
	entries, err := library.Scan(opts.path)
	if err != nil {
		return fmt.Errorf("%s: %w", opts.path, err)
	}
	entries = library.LoadAll(entries, runtime.NumCPU())
	if opts.json {
		return library.WriteJSON(opts.stdout, entries)
	}
	return library.WriteList(opts.stdout, entries, opts.sort)
}

// runLibrary runs the library view until the user quits.
func runLibrary(opts options) error {
	cfg := ui.LibraryConfig{
		Root: opts.path,
		Sort: opts.sort,
		Reader: ui.Config{
			Theme:    opts.theme,
			NoColor:  opts.noColor,
			Mouse:    opts.mouse,
			Remember: !opts.noRemember,
		},
	}
	if cfg.Reader.Remember {
		dir, err := state.DefaultDir()
		cfg.Reader.StateDir, cfg.Reader.Remember = dir, err == nil
	}
	_, err := runProgram(ui.NewLibrary(cfg), opts)
	return err
}
