//go:build unix

package article

import "syscall"

// openFlags makes opening a FIFO return at once instead of waiting for a
// writer, should one replace the file between Stat and Open.
const openFlags = syscall.O_NONBLOCK
