package main

import (
	"errors"
	"fmt"
	"runtime"

	"byline/internal/library"
	"byline/internal/state"
	"byline/ui"
)

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
	return runProgram(ui.NewLibrary(cfg), opts)
}
