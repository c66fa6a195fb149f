package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"

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
//
// Worksheets are held back until excelize has written them whole: a sheet
// with a placeholder row for data rows collected by xlRows gets those rows
// spliced in (see writeSpliced).
type xlZip struct {
	dst     io.Writer
	scratch xlSpill
	zw      *zip.Writer
	rows    []*xlRows

	sheet     string       // the worksheet being written, if any
	sheetData bytes.Buffer // what excelize wrote of it
}

// newXLZip returns an xlZip that writes the final archive to dst and
// splices in the given sheets' rows.
func newXLZip(dst io.Writer, rows []*xlRows, tmpDir string) *xlZip {
	z := &xlZip{dst: dst, rows: rows}
	z.scratch.dir = tmpDir
	z.zw = zip.NewWriter(&z.scratch)
	return z
}

// Create adds an entry to the scratch archive.
func (z *xlZip) Create(name string) (io.Writer, error) {
	if err := z.endSheet(); err != nil {
		return nil, err
	}
	if strings.HasPrefix(name, "xl/worksheets/") && path.Ext(name) == ".xml" && len(z.rows) > 0 {
		z.sheet = name
		return &z.sheetData, nil
	}
	return z.zw.Create(name)
}

// AddFS adds the files of fsys to the scratch archive.
func (z *xlZip) AddFS(fsys fs.FS) error {
	if err := z.endSheet(); err != nil {
		return err
	}
	return z.zw.AddFS(fsys)
}

// endSheet writes the worksheet held back, with its data rows spliced in
// when it has a placeholder.
func (z *xlZip) endSheet() error {
	if z.sheet == "" {
		return nil
	}
	name, data := z.sheet, z.sheetData.Bytes()
	defer func() { z.sheet = ""; z.sheetData.Reset() }()
	for _, r := range z.rows {
		at := bytes.Index(data, []byte(r.marker))
		if at < 0 {
			continue
		}
		start := bytes.LastIndex(data[:at], []byte(`<row r="2"`))
		end := bytes.Index(data[at:], []byte(`</row>`))
		if start < 0 || end < 0 {
			return fmt.Errorf("%s: placeholder row not found", name)
		}
		return z.writeSpliced(name, data[:start], r, data[at+end+len(`</row>`):])
	}
	w, err := z.zw.Create(name)
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

// writeSpliced writes the entry name as head, the deflated rows, then
// tail. The deflate streams are joined as deflate allows: every piece but
// the last ends in a sync flush (a byte-aligned, non-final empty block),
// and the CRC is combined from the pieces'.
func (z *xlZip) writeSpliced(name string, head []byte, r *xlRows, tail []byte) error {
	var h, t bytes.Buffer
	fw := xlFlaters.get()
	fw.Reset(&h)
	_, _ = fw.Write(head)
	_ = fw.Flush()
	fw.Reset(&t)
	_, _ = fw.Write(tail)
	_ = fw.Close()
	xlFlaters.put(fw)

	crc := crc32.ChecksumIEEE(head)
	crc = crc32Combine(crc, r.crc, r.size)
	crc = crc32Combine(crc, crc32.ChecksumIEEE(tail), int64(len(tail)))
	w, err := z.zw.CreateRaw(&zip.FileHeader{
		Name:               name,
		Method:             zip.Deflate,
		CRC32:              crc,
		CompressedSize64:   uint64(h.Len()) + uint64(r.out.size) + uint64(t.Len()),
		UncompressedSize64: uint64(len(head)) + uint64(r.size) + uint64(len(tail)),
	})
	if err != nil {
		return err
	}
	if _, err := w.Write(h.Bytes()); err != nil {
		return err
	}
	if _, err := io.Copy(w, io.NewSectionReader(r.out.readerAt(), 0, r.out.size)); err != nil {
		return err
	}
	_, err = w.Write(t.Bytes())
	return err
}

// Close finishes the scratch archive and copies its entries to dst sorted
// by name ("[Content_Types].xml" sorts first), then removes the scratch.
func (z *xlZip) Close() (err error) {
	defer func() { err = errors.Join(err, z.scratch.close()) }()
	if err := z.endSheet(); err != nil {
		return err
	}
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
	dir  string // where the temporary file goes; "" for the system's
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
		f, err := os.CreateTemp(s.dir, "crosscheck-xlsx-*")
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
