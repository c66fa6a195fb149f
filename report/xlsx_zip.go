package report

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"slices"

	"github.com/xuri/excelize/v2"
)

// xlSpillLimit is how much of the unordered archive is kept in memory before
// it moves to a temporary file.
const xlSpillLimit = 8 << 20

// xlZip is an excelize.ZipWriter that makes the archive deterministic
// and keeps memory bounded. excelize writes streamed sheets in map order
// and buffers the whole archive in memory; xlZip instead collects the
// entries in a scratch archive (in memory while small, then in a temporary
// file) and on Close copies them, still compressed, to dst in name order.
type xlZip struct {
	dst     io.Writer
	scratch xlSpill
	zw      *zip.Writer
}

// newXLZip returns an xlZip that writes the final archive to dst.
func newXLZip(dst io.Writer) *xlZip {
	z := &xlZip{dst: dst}
	z.zw = zip.NewWriter(&z.scratch)
	return z
}

// Create adds an entry to the scratch archive.
func (z *xlZip) Create(name string) (io.Writer, error) { return z.zw.Create(name) }

// AddFS adds the files of fsys to the scratch archive.
func (z *xlZip) AddFS(fsys fs.FS) error { return z.zw.AddFS(fsys) }

// Close finishes the scratch archive and copies its entries to dst sorted
// by name ("[Content_Types].xml" sorts first), then removes the scratch.
func (z *xlZip) Close() (err error) {
	defer func() { err = errors.Join(err, z.scratch.close()) }()
	if err := z.zw.Close(); err != nil {
		return err
	}
	if err := z.scratch.err; err != nil {
		return err
	}
	zr, err := zip.NewReader(z.scratch.readerAt(), z.scratch.size)
	if err != nil {
		return err
	}
	files := slices.Clone(zr.File)
	slices.SortStableFunc(files, func(a, b *zip.File) int {
		switch {
		case a.Name < b.Name:
			return -1
		case a.Name > b.Name:
			return 1
		}
		return 0
	})
	out := zip.NewWriter(z.dst)
	for _, f := range files {
		if err := out.Copy(f); err != nil {
			return err
		}
	}
	return out.Close()
}

// xlSpill is a write buffer that moves to a temporary file once it holds
// more than xlSpillLimit bytes.
type xlSpill struct {
	buf  bytes.Buffer
	file *os.File
	size int64
	err  error
}

// Write appends p; a failure is kept in s.err and reported on Close.
func (s *xlSpill) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	if s.file == nil && s.buf.Len()+len(p) > xlSpillLimit {
		f, err := os.CreateTemp("", "crosscheck-xlsx-*")
		if err == nil {
			_, err = s.buf.WriteTo(f)
			s.buf = bytes.Buffer{}
		}
		if err != nil {
			if f != nil {
				f.Close()
				os.Remove(f.Name())
			}
			s.err = err
			return 0, err
		}
		s.file = f
	}
	var n int
	var err error
	if s.file != nil {
		n, err = s.file.Write(p)
	} else {
		n, err = s.buf.Write(p)
	}
	s.size += int64(n)
	if err != nil {
		s.err = err
	}
	return n, err
}

// readerAt returns the bytes written so far.
func (s *xlSpill) readerAt() io.ReaderAt {
	if s.file != nil {
		return s.file
	}
	return bytes.NewReader(s.buf.Bytes())
}

// close removes the temporary file, if any.
func (s *xlSpill) close() error {
	s.buf = bytes.Buffer{}
	if s.file == nil {
		return nil
	}
	name := s.file.Name()
	err := s.file.Close()
	s.file = nil
	return errors.Join(err, os.Remove(name))
}

// interface check
var _ excelize.ZipWriter = (*xlZip)(nil)
