// Package termcheck finds, in bytes bound for a terminal, anything the
// terminal would act on rather than show: the checks behind the promise that
// no byte of an article file reaches the terminal as a control sequence.
//
// It is written by hand, not on top of an ANSI parser, on purpose: it must be
// stricter than any parser (every ESC that is not one of the few sequences
// allowed is a failure, however malformed) and independent of the libraries
// whose output it checks.
package termcheck

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Policy says which escape sequences the checked output may hold: the
// program's own styling, never anything else.
type Policy struct {
	// SGR allows Select Graphic Rendition sequences, "ESC [ 1 ; 38 ; 5 ; 12 m":
	// colours and attributes, which change how text looks and nothing else.
	SGR bool
	// Hyperlinks allows OSC 8 hyperlinks, "ESC ] 8 ; ; https://x.org ESC \",
	// whose parameters and URL are printable ASCII (no control byte can hide
	// in them) and whose URL is empty (the link's end), relative, or http,
	// https or mailto (not javascript:, file: or a terminal-specific scheme).
	Hyperlinks bool
}

// Plain is the policy for plain output (a pipe, --json): no escape at all.
var Plain = Policy{}

// Styled is the policy for the reader's screen: its own SGR styling only.
var Styled = Policy{SGR: true}

// Reader is the policy for the reader's screen where Markdown is rendered:
// its own SGR styling, and the hyperlinks the Markdown renderer writes for
// links, once their URLs are checked.
var Reader = Policy{SGR: true, Hyperlinks: true}

// Check returns an error describing the first thing in out that a terminal
// would act on, or nil. Besides the sequences p allows, it accepts only
// valid UTF-8 text with newlines: it refuses any other C0 control (NUL, BEL,
// backspace, carriage return, tab, ESC starting any other sequence), DEL,
// the C1 controls U+0080–U+009F (which some terminals read as 8-bit CSI,
// OSC, DCS…), a raw byte 0x80–0xFF that is not part of valid UTF-8 (a raw
// 0x9b is an 8-bit CSI), and the bidi embeddings, overrides and isolates
// U+202A–U+202E and U+2066–U+2069, which reorder what is shown.
func Check(out string, p Policy) error {
	for i := 0; i < len(out); {
		c := out[i]
		if c == 0x1b {
			n, err := sequence(out[i:], p)
			if err != nil {
				return fmt.Errorf("byte %d: %w", i, err)
			}
			i += n
			continue
		}
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n') || c == 0x7f {
				return fmt.Errorf("byte %d: control character %#02x in %q", i, c, around(out, i))
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(out[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return fmt.Errorf("byte %d: invalid UTF-8 byte %#02x in %q", i, c, around(out, i))
		case r >= 0x80 && r <= 0x9f:
			return fmt.Errorf("byte %d: C1 control U+%04X in %q", i, r, around(out, i))
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return fmt.Errorf("byte %d: bidi control U+%04X in %q", i, r, around(out, i))
		}
		i += size
	}
	return nil
}

// sequence checks the escape sequence at the start of s and returns its
// length, or an error when p does not allow it.
func sequence(s string, p Policy) (int, error) {
	switch {
	case p.SGR && len(s) > 1 && s[1] == '[':
		// CSI: parameters, then one final byte; only SGR ("m") with plain
		// numeric parameters (no private marker "?", "<", "=", ">") passes.
		for j := 2; j < len(s); j++ {
			c := s[j]
			switch {
			case c >= '0' && c <= '9', c == ';', c == ':':
				continue
			case c == 'm':
				return j + 1, nil
			}
			return 0, fmt.Errorf("escape sequence %q is not SGR", s[:min(j+1, len(s))])
		}
		return 0, fmt.Errorf("unterminated escape sequence %q", s)
	case p.Hyperlinks && len(s) > 3 && s[1] == ']' && s[2] == '8' && s[3] == ';':
		// OSC 8 ; params ; URL ST, with ST = ESC \ (or BEL).
		for j := 4; j < len(s); j++ {
			c := s[j]
			switch {
			case c == 0x1b && j+1 < len(s) && s[j+1] == '\\':
				return j + 2, checkURL(s[4:j])
			case c == 0x07:
				return j + 1, checkURL(s[4:j])
			case c < 0x20 || c >= 0x7f:
				return 0, fmt.Errorf("hyperlink %q holds byte %#02x", s[:j+1], c)
			}
		}
		return 0, fmt.Errorf("unterminated hyperlink %q", s)
	}
	return 0, fmt.Errorf("escape sequence %q", s[:min(len(s), 8)])
}

// checkURL checks the "params;URL" of an OSC 8 hyperlink: the URL must be
// empty (the end of a link), relative ("photo.jpg", no scheme), or http,
// https or mailto.
func checkURL(pu string) error {
	_, url, ok := strings.Cut(pu, ";")
	if !ok {
		return fmt.Errorf("hyperlink %q has no URL field", pu)
	}
	scheme, _, found := strings.Cut(url, ":")
	if !found || strings.ContainsAny(scheme, "/?#") {
		return nil // no scheme: empty or relative
	}
	switch strings.ToLower(scheme) {
	case "http", "https", "mailto":
		return nil
	}
	return fmt.Errorf("hyperlink to %q: not an http, https or mailto URL", url)
}

// around is a short piece of s around byte i, for messages.
func around(s string, i int) string {
	return s[max(i-12, 0):min(i+12, len(s))]
}
