package article

import "bytes"

// The reader shows a long plain-text article from its start while the rest
// is parsed (ParseHead). Below headMinSize the whole parse costs well under
// a millisecond, about what the head saves; at 100 KB it was ~2 ms of the
// first frame (go test ./ui -bench FirstFrame). headSize is many screens of
// text (a 120x40 screen shows ~3 KB) and parses in ~0.3 ms.
const (
	headMinSize = 64 << 10
	headSize    = 32 << 10
)

// ParseHead parses the start of a long plain-text article: the header and
// the paragraphs of about its first 32 KB, cut at a blank line. It lets the
// reader draw its first screen of a 10 MB file without waiting for the whole
// file to be parsed; the caller parses src whole (ParseStructureAs) and
// shows that once it is ready, in place of the head.
//
// It returns nil, and the caller parses src whole before showing anything,
// when the head would not be the same text as the start of the whole
// article or could hide an error the whole parse reports: src shorter than
// 64 KB, a format (given, or detected from src's start) other than plain
// text, UTF-16 (its bytes cannot be cut at a line end), a NUL byte anywhere
// (the whole file is then refused as binary), no blank line in the head, or
// a head that does not parse.
func ParseHead(name string, src []byte, format string) *Article {
	if len(src) < headMinSize {
		return nil
	}
	if format == "" {
		format = DetectFormat(name, src)
	}
	if format != FormatText {
		return nil
	}
	if bytes.HasPrefix(src, []byte{0xFF, 0xFE}) || bytes.HasPrefix(src, []byte{0xFE, 0xFF}) {
		return nil
	}
	if bytes.IndexByte(src, 0) >= 0 {
		return nil
	}
	head := src[:headSize]
	// The last blank line, with LF, CRLF or CR line ends.
	cut := max(bytes.LastIndex(head, []byte("\n\n")), bytes.LastIndex(head, []byte("\n\r\n")), bytes.LastIndex(head, []byte("\r\r")))
	if cut <= 0 {
		return nil
	}
	a, err := parseText(name, src[:cut])
	if err != nil || len(a.Paragraphs) == 0 {
		return nil
	}
	return a
}
