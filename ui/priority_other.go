//go:build !linux

package ui

// backgroundPriority does nothing here: elsewhere than Linux setpriority
// changes the whole process, not one thread (see priority_linux.go).
func backgroundPriority() {}
