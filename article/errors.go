package article

import "fmt"

// Error is a problem with an input, at a position when one is known. It prints
// like go/scanner: "name:line:col: msg", or "name: msg" without a position.
type Error struct {
	Name string // the source name, as given to Parse
	Line int    // 1-based line, or 0 when the error is about the whole input
	Col  int    // 1-based column in bytes, or 0
	Msg  string // what is wrong, lower case, no trailing punctuation
}

// Error returns the message with its position, "name:line:col: msg", leaving
// out the column and then the line when they are not known, so an editor or
// a terminal can jump to the place.
func (e *Error) Error() string {
	switch {
	case e.Line > 0 && e.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %s", e.Name, e.Line, e.Col, e.Msg)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.Name, e.Line, e.Msg)
	default:
		return fmt.Sprintf("%s: %s", e.Name, e.Msg)
	}
}
