package article

import "testing"

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		// Wikinews datelines, from testdata/articles.
		{"Saturday, February 2, 2019", "2019-02-02T00:00:00Z"},
		{"Monday, December 16, 2019", "2019-12-16T00:00:00Z"},
		// The forms issue 3 names.
		{"12 April 2025, 10:31", "2025-04-12T10:31:00Z"},
		{"Sat 12 Apr 2025", "2025-04-12T00:00:00Z"},
		{"2025-04-12", "2025-04-12T00:00:00Z"},
		{"2025-04-12T10:31:00Z", "2025-04-12T10:31:00Z"},
		{"2025-04-12T10:31:00+01:00", "2025-04-12T10:31:00+01:00"},
		{"2025-04-12T10:31", "2025-04-12T10:31:00Z"},
		{"2025-04-12 10:31", "2025-04-12T10:31:00Z"},
		// Other common shapes.
		{"Saturday 12th April 2025 10:31 BST", "2025-04-12T10:31:00+01:00"},
		{"Feb. 2, 2019 at 3:05 pm EST", "2019-02-02T15:05:00-05:00"},
		{"10:31 BST, 12 April 2025", "2025-04-12T10:31:00+01:00"},
		{"12 April 2025 10.31am", "2025-04-12T10:31:00Z"},
		{"12 April 2025 12:05am", "2025-04-12T00:05:00Z"},
		{"12 April 2025 10:31 GMT", "2025-04-12T10:31:00Z"},
		{"12 April 2025 10:31 +0200", "2025-04-12T10:31:00+02:00"},
		{"1 May 2020", "2020-05-01T00:00:00Z"},
		// Not dates.
		{"31 April 2025", ""},
		{"12 April", ""},
		{"April 2025", ""},
		{"by Reuters", ""},
		{"12 April 2025 in Kyiv", ""},
		{"12 April 2025 25:00", ""},
		{"2025-13-45", ""},
		{"Defence Secretary John Healey", ""},
		{"2,019 people on May 12, 2019", ""},
		{"13pm 12 April 2025", ""},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("parseDate(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestParsePublished(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"Published", "", true},
		{"Published 12 April 2025, 10:31", "2025-04-12T10:31:00Z", true},
		{"Published: Sat 12 Apr 2025", "2025-04-12T00:00:00Z", true},
		{"Published on 2025-04-12T10:31:00Z", "2025-04-12T10:31:00Z", true},
		{"PUBLISHED: 12 April 2025", "2025-04-12T00:00:00Z", true},
		{"First published 2 February 2019", "2019-02-02T00:00:00Z", true},
		{"Posted 12 April 2025", "2025-04-12T00:00:00Z", true},
		{"Published figures show inflation rose.", "", false},
		{"Publishers met on Friday.", "", false},
	}
	for _, tt := range tests {
		got, ok := parsePublished(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parsePublished(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
