//go:build !unix

package pipeline

import (
	"io/fs"
	"os"
)

// openInput opens an input file for reading. Without O_NONBLOCK the type
// check made before opening is the only guard against a named pipe.
func openInput(path string) (*os.File, error) {
	return os.Open(path)
}

// dirKey identifies a folder by its real path, so a folder reached again
// through a link is recognised.
func dirKey(path string, _ fs.FileInfo) string {
	return realPathKey(path)
}
