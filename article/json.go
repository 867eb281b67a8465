package article

import (
	"encoding/json"
	"io"
)

// WriteJSON writes a as one indented JSON object, the `byline --json` output:
// the keys of the model in order, empty lists as [], and text as written
// ("Express & Star", not "Express \u0026 Star").
func WriteJSON(w io.Writer, a *Article) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(a)
}
