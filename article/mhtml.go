package article

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/textproto"
	"regexp"
	"strings"
)

// htmlMHTMLRe recognises a web archive, what Chrome and Edge write for "Save
// page as… Webpage, Single File" (.mhtml): mail-style headers ("From: <Saved
// by Blink>", "MIME-Version: 1.0") and a multipart/related body whose parts
// are the page and its images.
var htmlMHTMLRe = regexp.MustCompile(`(?is)^(?:[\w-]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*?content-type:\s*multipart/related`)

// htmlIsMHTML reports whether src is a web archive (.mhtml).
func htmlIsMHTML(src []byte) bool {
	head := src
	if len(head) > 4096 {
		head = head[:4096]
	}
	return htmlMHTMLRe.Match(bytes.ReplaceAll(head, []byte("\r\n"), []byte("\n")))
}

// htmlFromMHTML returns the page inside a web archive — its first text/html
// part, with the part's transfer encoding (quoted-printable, base64)
// undone — and that part's Content-Type, whose charset htmlDecode honours.
// ok is false when src is not a readable archive; the caller then reads src
// as a page, so nothing is lost.
func htmlFromMHTML(src []byte) (page []byte, contentType string, ok bool) {
	r := textproto.NewReader(bufio.NewReader(bytes.NewReader(src)))
	header, err := r.ReadMIMEHeader()
	if err != nil && len(header) == 0 {
		return nil, "", false
	}
	mediaType, params, err := mime.ParseMediaType(header.Get("Content-Type"))
	if err != nil || !strings.HasPrefix(mediaType, "multipart/") || params["boundary"] == "" {
		return nil, "", false
	}
	mr := multipart.NewReader(r.R, params["boundary"])
	for {
		part, err := mr.NextRawPart()
		if err != nil {
			return nil, "", false
		}
		ct := part.Header.Get("Content-Type")
		if mt, _, _ := mime.ParseMediaType(ct); mt != "text/html" && mt != "application/xhtml+xml" {
			continue
		}
		var body io.Reader = part
		switch strings.ToLower(strings.TrimSpace(part.Header.Get("Content-Transfer-Encoding"))) {
		case "quoted-printable":
			body = quotedprintable.NewReader(part)
		case "base64":
			body = base64.NewDecoder(base64.StdEncoding, part) // skips line breaks
		}
		page, err := io.ReadAll(body)
		if err != nil && len(page) == 0 {
			return nil, "", false
		}
		return page, ct, true
	}
}
