package article

import (
	"fmt"
	"os"
	"testing"
)

// TestDebugDump prints the attribution of the article named by BYLINE_DUMP (a
// development aid; skipped otherwise).
func TestDebugDump(t *testing.T) {
	path := os.Getenv("BYLINE_DUMP")
	if path == "" {
		t.Skip("set BYLINE_DUMP=FILE to print its attribution")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(path, src)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range a.People {
		fmt.Printf("P %-28s role=%q mentions=%d quotes=%d aliases=%q\n", p.Name, p.Role, p.Mentions, p.Quotes, p.Aliases)
	}
	for _, q := range a.Quotes {
		fmt.Printf("Q %-7s %-22s %-12s %v %.70q\n", q.Kind, q.Speaker, q.SpeakerType, q.Paragraphs, q.Text)
	}
}
