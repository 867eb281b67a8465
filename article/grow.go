package article

import "slices"

// appendDoubling is append for a slice that may grow long: append grows a
// big slice by only 1.25x, copying each element about five times over,
// where a quote-dense article's mentions and quotes grow to 100,000s.
func appendDoubling[T any](s []T, v T) []T {
	if len(s) == cap(s) {
		s = slices.Grow(s, len(s)+1)
	}
	return append(s, v)
}
