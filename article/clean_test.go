package article

import "testing"

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Healey to convene next ‘coalition of the willing’", "Healey to convene next ‘coalition of the willing’"},
		{"a\x1b[2Jb", "a[2Jb"},
		{"title\x1b]0;pwned\x07end", "title]0;pwnedend"},
		{"c1\u009b31mred", "c131mred"},
		{"tab\there", "tab here"},
		{"line\r\nend", "line\nend"},
		{"nul\x00del\x7f", "nuldel"},
		{"bidi\u202eevil\u2066x\u2069", "bidievilx"},
		{"bad\xffutf8", "bad\ufffdutf8"},
		{"overlong\xc0\xafslash", "overlong\ufffd\ufffdslash"},
	}
	for _, tt := range tests {
		if got := Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCleanLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain.txt: no such file", "plain.txt: no such file"},
		{"a\nb.txt: permission denied", "a b.txt: permission denied"},
		{"crlf\r\nname", "crlf name"},
		{"esc\x1b[2Jname\n", "esc[2Jname "},
	}
	for _, tt := range tests {
		if got := CleanLine(tt.in); got != tt.want {
			t.Errorf("CleanLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
