// Package startup keeps byline's start free of a hidden subprocess.
//
// lipgloss v2 builds a package-level colour writer at init time, and its
// colour detection runs "tmux info" whenever $TMUX is set: ~30 ms before the
// first frame in every tmux session (seen with strace while measuring
// bench/run), for a writer byline never uses. Go initialises packages in
// import-path order once their imports are ready (the spec, since Go 1.21),
// so this package, imported by main and depending only on os, runs before
// charm.land/lipgloss: it hides $TMUX for the duration of the other
// packages' init, and Restore puts it back before main does anything else.
// The reader's own colour profile comes from the environment and terminfo
// (see main.colorProfile).
package startup

import "os"

var tmux, hadTMUX = os.LookupEnv("TMUX")

func init() {
	if hadTMUX {
		os.Unsetenv("TMUX")
	}
}

// Restore puts back the environment that init changed. main calls it first.
func Restore() {
	if hadTMUX {
		os.Setenv("TMUX", tmux)
	}
}
