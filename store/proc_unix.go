//go:build unix

package store

import (
	"errors"
	"syscall"
)

// processAlive reports whether a process with the given ID is running on
// this host. A process we may not signal (EPERM) is running.
func processAlive(pid int) bool {
	if pid <= 0 {
		return false
	}
	err := syscall.Kill(pid, 0)
	return !errors.Is(err, syscall.ESRCH)
}
