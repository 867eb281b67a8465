package e2e

import "flag"

// update is accepted so that "go test ./... -update" (which regenerates the
// golden files of the other packages) also runs here; nothing here is golden.
var _ = flag.Bool("update", false, "rewrite golden files (none in this package)")
