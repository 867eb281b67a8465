package article

import "testing"

func TestBylineText(t *testing.T) {
	tests := []struct {
		in   []Author
		want string
	}{
		{nil, ""},
		{[]Author{{Name: "", Role: "Editor"}}, ""},
		{[]Author{{"Caitlin Doherty", "Deputy Political Editor"}}, "By Caitlin Doherty, Deputy Political Editor"},
		{[]Author{{"Caitlin Doherty", "Deputy Political Editor"}, {"David Hughes", "Political Editor"}},
			"By Caitlin Doherty, Deputy Political Editor and David Hughes, Political Editor"},
		{[]Author{{"Ann Lee", ""}, {"Bo Chan", ""}, {"Cy Dee", ""}}, "By Ann Lee; Bo Chan and Cy Dee"},
	}
	for _, tt := range tests {
		if got := BylineText(tt.in); got != tt.want {
			t.Errorf("BylineText(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
