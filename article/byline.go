package article

import "strings"

// BylineText is the byline as one line of text, the same in the reader and
// in plain output: "By Caitlin Doherty, Deputy Political Editor", "By Ann
// Lee and Bo Chan", "By Ann Lee, Editor; Bo Chan and Cy Dee". Authors are
// joined by "; " (a role has commas of its own) with " and " before the
// last; authors without a name are left out; "" when none is left.
func BylineText(authors []Author) string {
	var names []string
	for _, a := range authors {
		switch {
		case a.Name == "":
		case a.Role == "":
			names = append(names, a.Name)
		default:
			names = append(names, a.Name+", "+a.Role)
		}
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return "By " + names[0]
	}
	return "By " + strings.Join(names[:len(names)-1], "; ") + " and " + names[len(names)-1]
}
