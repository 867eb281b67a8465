package ui

import (
	"runtime"
	"syscall"
)

// backgroundPriority lowers the scheduling priority of the calling
// goroutine's work, for a Cmd that parses or analyses a long article while
// the user reads: on 2 cores such a Cmd (2 s of attribution at 10 MB)
// otherwise competes on equal terms with the event loop, the renderer and
// the terminal itself, and a key's frame waited for it (bench/run: j, page
// down and G at 10 MB up to 2x their cost at 4 KB).
//
// Linux keeps a nice value per thread, so the goroutine is locked to its OS
// thread and only that thread is lowered. The goroutine is never unlocked:
// when the Cmd's goroutine ends, Go ends the thread with it, so the lowered
// priority is never handed to other goroutines.
func backgroundPriority() {
	runtime.LockOSThread()
	_ = syscall.Setpriority(syscall.PRIO_PROCESS, syscall.Gettid(), 10)
}
