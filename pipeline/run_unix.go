//go:build unix

package pipeline

import (
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// openInput opens an input file for reading without blocking: opening a
// named pipe that replaced the file after it was checked returns at once
// instead of waiting for a writer (the caller checks the open file's type).
// O_NONBLOCK has no effect on reading a regular file.
func openInput(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}

// dirKey identifies a folder by device and inode, so a folder reached
// again through a link is recognised.
func dirKey(path string, st fs.FileInfo) string {
	if s, ok := st.Sys().(*syscall.Stat_t); ok {
		return fmt.Sprintf("dev:%d:%d", uint64(s.Dev), uint64(s.Ino))
	}
	return realPathKey(path)
}
