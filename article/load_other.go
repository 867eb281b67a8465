//go:build !unix

package article

// openFlags is 0 where there is no non-blocking open; Load still refuses
// non-regular files by their Stat before opening.
const openFlags = 0
