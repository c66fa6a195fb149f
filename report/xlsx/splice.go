package xlsx

// The data rows of the workbook's four tables (Discrepancies, Claims,
// Timeline, Articles) take one route, and this file is all of it: they
// are encoded here, byte for byte as excelize's StreamWriter.SetRow would
// encode them, deflated in chunks on all CPUs while the sheets are built,
// and spliced, still compressed, into the worksheets excelize writes.
// Everything else in the workbook (header rows, column widths, panes,
// hyperlinks, tables, conditional formats, data validation, print setup,
// the Summary sheet, styles, charts) is excelize's own output.
//
// Why not StreamWriter.SetRow: measured with BenchmarkWriteXLSX (200,000
// claims, 10,000 articles, 5,000 subjects, 500 discrepancies; go test
// ./report/xlsx -run XXX -bench WriteXLSX -benchtime 1x -count 3
// -benchmem, on this project's 2-core machine), the same workbook written
// both ways:
//
//	                      time         allocations  allocated  peak heap in use
//	spliced rows (here)   1.51-1.57 s  0.46 M       138 MB     136 MB
//	StreamWriter.SetRow   5.5-6.9 s    45.1 M       1,589 MB   247-307 MB
//
// On a whole night of 10,000 generated articles (118,642 claims, 17,054
// discrepancies; -db none -formats xlsx), the workbook took 2.6-3.1 s
// after the comparison against 5.9-10.8 s, and the run's peak RSS was
// 0.60 GB against 0.82 GB. SetRow is 2 to 4.5 times slower and allocates
// 100 times as often, and a 100,000-article night has 1.2 million claim
// rows.
//
// The other way out, owning the whole sheet writer, would gain nothing
// measurable: what excelize still writes of a data sheet is what lies
// around the rows (at most 310 KB a sheet in the benchmark, mostly its
// 2,000 hyperlinks), and the splice costs one search of it; and it would
// mean writing the hyperlink relationships, tables, panes and print
// settings that excelize keeps in step with the rest of the package.
//
// What is spliced where:
//
//  1. newTable starts a dataRows for each data sheet (newDataRows). Its
//     rows are encoded by appendRow as SetRow writes them (inline strings,
//     styles, numbers, row heights, escapes, the cell length limit):
//     TestRowsMatchExcelize writes every kind of cell both ways and
//     compares the bytes.
//  2. The row XML is cut into chunks of rowsChunk (1 MiB), each deflated
//     on a goroutine of its own and ended with a sync flush, so that the
//     chunks, kept in row order, join into one deflate stream. Of each
//     chunk only the deflated bytes, the CRC-32 and the size are kept.
//  3. When the sheet is finished, writePlaceholder puts one row through
//     SetRow where the data goes: row 2, one inline-string cell holding a
//     marker (the sheet's name between two U+E000, a private-use
//     character; only the header row comes before it in the sheet).
//  4. Write hands excelize a zipWriter as its ZipWriter. The zipWriter
//     holds each worksheet back until excelize has written all of it, and
//     in a sheet holding a marker replaces the placeholder row, from
//     `<row r="2"` to its `</row>`, by the data rows: the entry is
//     written raw (CreateRaw) as the XML before the placeholder, deflated
//     and sync-flushed, then the rows' chunks as they are, then the XML
//     after the placeholder, deflated to the end.
//  5. A raw zip entry needs the CRC-32 of its whole uncompressed content.
//     The rows' uncompressed bytes are gone by then (their buffers are
//     reused once deflated), so the CRC is combined from the pieces' CRCs
//     and lengths: crc32Combine, zlib's crc32_combine (hash/crc32 has
//     none). TestCRC32Combine checks it against the CRC of the joined
//     bytes, and TestXLSXSplicedChunks writes the rows in 4 KiB chunks
//     and reads back every entry (archive/zip checks each CRC and size)
//     and every row.
//
// The zipWriter also makes the archive deterministic, its entries in name
// order (excelize writes streamed sheets in map order), and keeps it out
// of memory past spillLimit, in a temporary file (excelize's own writer
// buffers the whole archive).

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Cells.

// cellKind is what a cell of a data row holds.
type cellKind uint8

const (
	cellNone   cellKind = iota // no cell at all
	cellBlank                  // a styled cell with no value
	cellString                 // an inline string
	cellFloat                  // a number
	cellInt                    // an integer
)

// cell is one cell of a data row.
type cell struct {
	kind  cellKind
	style int
	s     string
	n     float64
	i     int
}

// Encoding (step 1).

// appendRow appends row n as SetRow writes it: <row r="n">, then each
// cell with its reference, style and value, inline strings escaped.
func appendRow(b []byte, n int, height float64, cells []cell) []byte {
	b = append(b, `<row r="`...)
	b = strconv.AppendInt(b, int64(n), 10)
	b = append(b, '"')
	if height > 0 {
		b = append(b, ` ht="`...)
		b = strconv.AppendFloat(b, height, 'f', -1, 64)
		b = append(b, `" customHeight="1"`...)
	}
	b = append(b, '>')
	for col, c := range cells {
		if c.kind == cellNone {
			continue
		}
		b = append(b, `<c r="`...)
		b = appendColumn(b, col+1)
		b = strconv.AppendInt(b, int64(n), 10)
		b = append(b, '"')
		if c.style != 0 {
			b = append(b, ` s="`...)
			b = strconv.AppendInt(b, int64(c.style), 10)
			b = append(b, '"')
		}
		switch c.kind {
		case cellBlank:
			b = append(b, `></c>`...)
		case cellFloat:
			b = append(b, `><v>`...)
			b = strconv.AppendFloat(b, c.n, 'f', -1, 64)
			b = append(b, `</v></c>`...)
		case cellInt:
			b = append(b, `><v>`...)
			b = strconv.AppendInt(b, int64(c.i), 10)
			b = append(b, `</v></c>`...)
		case cellString:
			b = append(b, ` t="inlineStr"><is><t`...)
			s := trimCell(c.s)
			if s != "" && (spaceByte(s[0]) || spaceByte(s[len(s)-1])) {
				b = append(b, ` xml:space="preserve"`...)
			}
			b = append(b, '>')
			b = appendText(b, s)
			b = append(b, `</t></is></c>`...)
		}
	}
	return append(b, `</row>`...)
}

// appendColumn appends the letters of column col (1-based): A, Z, AA.
func appendColumn(b []byte, col int) []byte {
	var tmp [8]byte
	i := len(tmp)
	for col > 0 {
		col--
		i--
		tmp[i] = byte('A' + col%26)
		col /= 26
	}
	return append(b, tmp[i:]...)
}

// spaceByte reports whether a cell starting or ending with c must keep
// its spaces (excelize's test: tab, newline, carriage return, space).
func spaceByte(c byte) bool { return c == '\t' || c == '\n' || c == '\r' || c == ' ' }

// maxCellChars is the most UTF-16 units a cell holds.
const maxCellChars = 32767

// trimCell cuts s to what a cell holds, counting UTF-16 units as Excel
// does.
func trimCell(s string) string {
	if len(s) <= maxCellChars {
		return s // fewer bytes than units allowed
	}
	n := 0
	for i, r := range s {
		if n += utf16.RuneLen(r); n > maxCellChars {
			return s[:i]
		}
	}
	return s
}

// appendText appends s escaped as encoding/xml.EscapeText does, except
// that newlines stay as they are (what excelize writes): characters XML
// cannot hold become U+FFFD. Text containing "_xHHHH_" is escaped as
// excelize escapes it, so Excel shows it as written.
func appendText(b []byte, s string) []byte {
	start := len(b)
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < utf8.RuneSelf && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' {
			i++
			continue
		}
		r, width := utf8.DecodeRuneInString(s[i:])
		var esc string
		switch {
		case r == '"':
			esc = "&#34;"
		case r == '\'':
			esc = "&#39;"
		case r == '&':
			esc = "&amp;"
		case r == '<':
			esc = "&lt;"
		case r == '>':
			esc = "&gt;"
		case r == '\t':
			esc = "&#x9;"
		case r == '\n':
			i += width
			continue
		case r == '\r':
			esc = "&#xD;"
		case !inCharRange(r) || (r == utf8.RuneError && width == 1):
			esc = "\uFFFD"
		default:
			i += width
			continue
		}
		b = append(b, s[last:i]...)
		b = append(b, esc...)
		i += width
		last = i
	}
	b = append(b, s[last:]...)
	if bytes.Contains(b[start:], []byte("_x")) {
		escaped := bstrMarshal(string(b[start:]))
		b = append(b[:start], escaped...)
	}
	return b
}

// inCharRange reports whether XML 1.0 allows r in text.
func inCharRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

var (
	bstr       = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)
	bstrEscape = regexp.MustCompile(`x[a-fA-F\d]{4}_`)
)

// bstrMarshal escapes "_xHHHH_" sequences, which Excel would read as
// escaped characters, exactly as excelize does (its bstrMarshal).
func bstrMarshal(s string) string {
	var out []byte
	matches, l, cursor := bstr.FindAllStringSubmatchIndex(s, -1), len(s), 0
	for _, m := range matches {
		out = append(out, s[cursor:m[0]]...)
		sub := s[m[0]:m[1]]
		if sub == "_x005F_" {
			cursor = m[1]
			if m[1]+6 <= l && bstrEscape.MatchString(s[m[1]:m[1]+6]) {
				if _, err := strconv.Unquote(`"\u` + s[m[1]+1:m[1]+5] + `"`); err == nil {
					out = append(out, sub+"x005F"+sub...)
					continue
				}
			}
			out = append(out, sub+"x005F_"...)
			continue
		}
		if bstr.MatchString(sub) {
			cursor = m[1]
			if _, err := strconv.Unquote(`"\u` + s[m[0]+2:m[1]-1] + `"`); err == nil {
				out = append(out, "_x005F"+sub...)
				continue
			}
		}
	}
	if cursor < l {
		out = append(out, s[cursor:]...)
	}
	return string(out)
}

// Deflating (step 2) and the placeholder (step 3).

// rowsChunk is how much row XML is deflated as one piece. Each piece is
// compressed on its own (its window starts empty), so a larger piece
// compresses slightly better; 1 MiB loses well under 1%.
var rowsChunk = 1 << 20

// deflateLevel is the level archive/zip deflates entries at, so the
// spliced rows compress like the rest of the workbook.
const deflateLevel = 5

// dataRows collects one sheet's data rows as deflated SpreadsheetML (steps 1
// and 2 above). Rows are added in order with add; chunks are compressed
// on a pool of goroutines and collected in order, so the result does not
// depend on timing.
type dataRows struct {
	// marker is the text of the placeholder cell that the rows replace
	// (see writePlaceholder).
	marker string

	buf   []byte     // row XML not yet handed to a compressor
	queue chan *part // chunks in row order, compressed or being compressed
	done  chan struct{}

	// Set by the collector, read after done is closed.
	out  spill  // the deflated chunks, each ending in a sync flush
	crc  uint32 // CRC-32 of the uncompressed rows
	size int64  // uncompressed size of the rows
	err  error
}

// part is one chunk of rows and its deflated form.
type part struct {
	raw  []byte
	size int
	out  *bytes.Buffer
	crc  uint32
	done chan struct{}
}

// compressors bounds the goroutines deflating chunks at once, across
// all workbooks being written.
var compressors = make(chan struct{}, runtime.GOMAXPROCS(0))

// Deflate state (about 1 MB each) and chunk buffers are kept on free
// lists rather than in a sync.Pool, which a collection empties: on a large
// night the workbook's rows pass through gigabytes of chunks, and each new
// buffer would add to the garbage the collector chases.
var (
	flaters = freeList(func() *flate.Writer {
		w, _ := flate.NewWriter(nil, deflateLevel)
		return w
	})
	// Buffers are sized for the usual chunk (tests set rowsChunk far
	// larger to get one piece; a buffer then grows as needed).
	buffers = freeList(func() []byte { return make([]byte, 0, min(rowsChunk, 1<<20)+64<<10) })
	outs    = freeList(func() *bytes.Buffer { return bytes.NewBuffer(make([]byte, 0, min(rowsChunk, 1<<20)/4)) })
)

// free is a bounded free list.
type free[T any] struct {
	free  chan T
	fresh func() T
}

func freeList[T any](fresh func() T) *free[T] {
	return &free[T]{free: make(chan T, 4*runtime.GOMAXPROCS(0)+4), fresh: fresh}
}

// get returns a kept value or a fresh one.
func (l *free[T]) get() T {
	select {
	case v := <-l.free:
		return v
	default:
		return l.fresh()
	}
}

// put keeps v for reuse, unless the list is full.
func (l *free[T]) put(v T) {
	select {
	case l.free <- v:
	default:
	}
}

// newDataRows starts collecting the data rows of sheet; a temporary file,
// if the deflated rows need one, goes in tmpDir.
func newDataRows(sheet, tmpDir string) *dataRows {
	r := &dataRows{marker: "\ue000crosscheck rows of " + sheet + "\ue000", buf: buffers.get()[:0],
		queue: make(chan *part, 2*cap(compressors)), done: make(chan struct{})}
	r.out.dir = tmpDir
	go r.collect()
	return r
}

// collect appends the compressed chunks to out in row order.
func (r *dataRows) collect() {
	defer close(r.done)
	for p := range r.queue {
		<-p.done
		if r.err != nil {
			continue
		}
		if _, err := r.out.Write(p.out.Bytes()); err != nil {
			r.err = err
		}
		r.crc = crc32Combine(r.crc, p.crc, int64(p.size))
		r.size += int64(p.size)
		p.out.Reset()
		outs.put(p.out)
	}
}

// add encodes one row of cells (cellNone cells are left out) as sheet row n,
// height points tall (0: the default height).
func (r *dataRows) add(n int, height float64, cells []cell) {
	r.buf = appendRow(r.buf, n, height, cells)
	if len(r.buf) >= rowsChunk {
		r.flush()
	}
}

// flush hands the pending row XML to a compressor.
func (r *dataRows) flush() {
	if len(r.buf) == 0 {
		return
	}
	p := &part{raw: r.buf, size: len(r.buf), out: outs.get(), done: make(chan struct{})}
	r.buf = buffers.get()[:0]
	r.queue <- p
	compressors <- struct{}{}
	go func() {
		defer func() { <-compressors; close(p.done) }()
		p.crc = crc32.ChecksumIEEE(p.raw)
		w := flaters.get()
		w.Reset(p.out)
		_, _ = w.Write(p.raw) // writes to a bytes.Buffer cannot fail
		_ = w.Flush()
		flaters.put(w)
		buffers.put(p.raw)
		p.raw = nil
	}()
}

// finish compresses the last rows and waits for every chunk.
func (r *dataRows) finish() error {
	r.flush()
	buffers.put(r.buf)
	r.buf = nil
	close(r.queue)
	<-r.done
	return r.err
}

// abandon stops collecting (the workbook is not being written) and removes
// the temporary file. It may be called after finish.
func (r *dataRows) abandon() error {
	select {
	case <-r.done:
	default:
		close(r.queue)
		<-r.done
	}
	return r.out.close()
}

// placeholderRow is the sheet row of the placeholder: the first data
// row, right under the header.
const placeholderRow = 2

// writePlaceholder compresses the last rows, waits for every chunk, and
// writes the placeholder row the rows replace (step 3 above): the marker
// in the first cell of row 2. The sheet's header must be written, and
// nothing else after it.
func (r *dataRows) writePlaceholder(sw *excelize.StreamWriter) error {
	if err := sw.SetRow("A"+strconv.Itoa(placeholderRow), []any{r.marker}); err != nil {
		return err
	}
	return r.finish()
}

// The archive (step 4).

var _ excelize.ZipWriter = (*zipWriter)(nil)

// spillLimit is how much of the unordered archive is kept in memory before
// it moves to a temporary file.
const spillLimit = 8 << 20

// zipWriter is the excelize.ZipWriter Write gives excelize. It splices each
// data sheet's rows in place of its placeholder row (step 4 above), and
// makes the archive deterministic and bounded in memory: it collects the
// entries in a scratch archive (in memory while small, then in a temporary
// file) and on Close copies them, still compressed, to dst in name order.
type zipWriter struct {
	dst     io.Writer
	scratch spill
	zw      *zip.Writer
	rows    []*dataRows

	sheet     string       // the worksheet being written, if any
	sheetData bytes.Buffer // what excelize wrote of it
}

// newZipWriter returns a zipWriter that writes the final archive to dst and
// splices in the given sheets' rows.
func newZipWriter(dst io.Writer, rows []*dataRows, tmpDir string) *zipWriter {
	z := &zipWriter{dst: dst, rows: rows}
	z.scratch.dir = tmpDir
	z.zw = zip.NewWriter(&z.scratch)
	return z
}

// Create adds an entry to the scratch archive. A worksheet is held back
// until excelize has written all of it (see endSheet).
func (z *zipWriter) Create(name string) (io.Writer, error) {
	if err := z.endSheet(); err != nil {
		return nil, err
	}
	if strings.HasPrefix(name, "xl/worksheets/") && path.Ext(name) == ".xml" {
		z.sheet = name
		return &z.sheetData, nil
	}
	return z.zw.Create(name)
}

// AddFS adds the files of fsys to the scratch archive.
func (z *zipWriter) AddFS(fsys fs.FS) error {
	if err := z.endSheet(); err != nil {
		return err
	}
	return z.zw.AddFS(fsys)
}

// endSheet writes the worksheet held back: as excelize wrote it when it
// holds no marker (the Summary), else with the placeholder row, from
// `<row r="2"` to its `</row>`, replaced by the rows that carry the
// marker.
func (z *zipWriter) endSheet() error {
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
		start := bytes.LastIndex(data[:at], []byte(`<row r="`+strconv.Itoa(placeholderRow)+`"`))
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

// writeSpliced writes the entry name raw as head, the deflated rows, then
// tail. The deflate streams are joined as deflate allows: every piece but
// the last ends in a sync flush (a byte-aligned, non-final empty block),
// and the CRC is combined from the pieces' (step 5 above).
func (z *zipWriter) writeSpliced(name string, head []byte, r *dataRows, tail []byte) error {
	var h, t bytes.Buffer
	fw := flaters.get()
	fw.Reset(&h)
	_, _ = fw.Write(head)
	_ = fw.Flush()
	fw.Reset(&t)
	_, _ = fw.Write(tail)
	_ = fw.Close()
	flaters.put(fw)

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
func (z *zipWriter) Close() (err error) {
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

// spill is a write buffer that moves to a temporary file once it holds
// more than spillLimit bytes.
type spill struct {
	dir  string // where the temporary file goes; "" for the system's
	buf  bytes.Buffer
	file *os.File
	size int64
	err  error
}

// Write appends p; a failure is kept in s.err and reported on Close.
func (s *spill) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	if s.file == nil && s.buf.Len()+len(p) > spillLimit {
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
func (s *spill) readerAt() io.ReaderAt {
	if s.file != nil {
		return s.file
	}
	return bytes.NewReader(s.buf.Bytes())
}

// close removes the temporary file, if any.
func (s *spill) close() error {
	s.buf = bytes.Buffer{}
	if s.file == nil {
		return nil
	}
	name := s.file.Name()
	err := s.file.Close()
	s.file = nil
	return errors.Join(err, os.Remove(name))
}

// The CRC (step 5).

// crc32Combine returns the CRC-32 (IEEE) of A followed by B from crcA,
// crcB and the length of B (zlib's crc32_combine).
func crc32Combine(crcA, crcB uint32, lenB int64) uint32 {
	if lenB <= 0 {
		return crcA
	}
	var even, odd [32]uint32
	odd[0] = 0xedb88320 // the polynomial: one zero bit
	row := uint32(1)
	for n := 1; n < 32; n++ {
		odd[n] = row
		row <<= 1
	}
	gf2Square(&even, &odd) // two zero bits
	gf2Square(&odd, &even) // four zero bits
	for {
		gf2Square(&even, &odd) // one zero byte, then doubling
		if lenB&1 != 0 {
			crcA = gf2Times(&even, crcA)
		}
		if lenB >>= 1; lenB == 0 {
			break
		}
		gf2Square(&odd, &even)
		if lenB&1 != 0 {
			crcA = gf2Times(&odd, crcA)
		}
		if lenB >>= 1; lenB == 0 {
			break
		}
	}
	return crcA ^ crcB
}

func gf2Times(mat *[32]uint32, vec uint32) uint32 {
	var sum uint32
	for i := 0; vec != 0; i, vec = i+1, vec>>1 {
		if vec&1 != 0 {
			sum ^= mat[i]
		}
	}
	return sum
}

func gf2Square(square, mat *[32]uint32) {
	for n := range square {
		square[n] = gf2Times(mat, mat[n])
	}
}
