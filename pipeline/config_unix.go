//go:build unix

package pipeline

import "syscall"

// configNonBlock opens a config file without blocking should it turn
// into a FIFO between the check and the open.
const configNonBlock = syscall.O_NONBLOCK
