package termcheck

import "testing"

// TestCheck pins what passes and what fails, so that the hostile-corpus and
// fuzz tests built on Check cannot pass by checking nothing.
func TestCheck(t *testing.T) {
	tests := []struct {
		name  string
		out   string
		p     Policy
		fails bool
	}{
		{"text", "Healey said: “We stand with Ukraine.”\nnext ‘line’ 中文 👍🏽", Plain, false},
		{"empty", "", Plain, false},
		{"SGR in plain", "\x1b[1mbold\x1b[m", Plain, true},
		{"SGR styled", "\x1b[1;38;5;12mbold\x1b[m \x1b[38:2::1:2:3m", Styled, false},
		{"cursor move", "\x1b[10A", Styled, true},
		{"cursor home", "\x1b[H\x1b[2J", Styled, true},
		{"alternate screen", "\x1b[?1049h", Styled, true},
		{"private SGR lookalike", "\x1b[?1m", Styled, true},
		{"unterminated CSI", "text\x1b[1;2", Styled, true},
		{"reset ESC c", "\x1bc", Styled, true},
		{"title OSC 0", "\x1b]0;pwned\x07", Styled, true},
		{"title OSC 2", "\x1b]2;pwned\x1b\\", Styled, true},
		{"clipboard OSC 52", "\x1b]52;c;cm0gLXJmIH4=\x07", Styled, true},
		{"hyperlink not allowed", "\x1b]8;;https://x.org\x1b\\x\x1b]8;;\x1b\\", Styled, true},
		{"hyperlink allowed", "\x1b]8;;https://x.org\x1b\\x\x1b]8;;\x1b\\", Policy{SGR: true, Hyperlinks: true}, false},
		{"hyperlink with ESC inside", "\x1b]8;;https://x\x1b[2J\x1b\\", Policy{Hyperlinks: true}, true},
		{"hyperlink with id", "\x1b]8;id=3;https://x.org/a?b=c\x07x\x1b]8;;\x07", Reader, false},
		{"javascript hyperlink", "\x1b]8;;javascript:alert(1)\x1b\\x\x1b]8;;\x1b\\", Reader, true},
		{"relative hyperlink", "\x1b]8;;x.jpg\x07x\x1b]8;;\x07", Reader, false},
		{"file hyperlink", "\x1b]8;;file:///etc/passwd\x07x\x1b]8;;\x07", Reader, true},
		{"DCS", "\x1bP1$r\x1b\\", Styled, true},
		{"APC", "\x1b_Gf=100\x1b\\", Styled, true},
		{"PM", "\x1b^x\x1b\\", Styled, true},
		{"SOS", "\x1bXx\x1b\\", Styled, true},
		{"lone ESC at end", "x\x1b", Styled, true},
		{"NUL", "a\x00b", Plain, true},
		{"BEL", "a\x07b", Plain, true},
		{"CR", "a\rb", Plain, true},
		{"tab", "a\tb", Plain, true},
		{"DEL", "a\x7fb", Plain, true},
		{"raw 8-bit CSI byte", "a\x9b2Jb", Plain, true},
		{"U+009B CSI", "a\u009b2Jb", Plain, true},
		{"U+009D OSC", "a\u009d0;x\u009cb", Plain, true},
		{"U+0085 NEL", "a\u0085b", Plain, true},
		{"overlong ESC", "a\xc0\x9bb", Plain, true},
		{"invalid UTF-8", "caf\xe9", Plain, true},
		{"RLO", "a\u202eb", Plain, true},
		{"LRE", "a\u202ab", Plain, true},
		{"RLI", "a\u2067b", Plain, true},
		{"PDI", "a\u2069b", Plain, true},
		{"LRM is a mark, not an override", "a\u200eb", Plain, false},
	}
	for _, tt := range tests {
		err := Check(tt.out, tt.p)
		if (err != nil) != tt.fails {
			t.Errorf("%s: Check(%q) = %v, want failure %v", tt.name, tt.out, err, tt.fails)
		}
	}
}
