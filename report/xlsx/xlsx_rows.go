package xlsx

import (
	"bytes"
	"compress/flate"
	"hash/crc32"
	"regexp"
	"runtime"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// The data rows of the big sheets are written here rather than through
// excelize's StreamWriter.SetRow, which costs about 36 µs and 225
// allocations a row: on a 100,000-article night (1.2 million claim rows)
// that was most of the workbook's time. xlRows encodes a row as the same
// SpreadsheetML SetRow writes (byte for byte: see TestXLRowsMatchExcelize),
// deflates it in chunks on all CPUs while the workbook is still being
// built, and the finished rows are spliced into the sheet excelize writes
// (see xlZip), in place of a placeholder row.

// xlKind is what a cell of a data row holds.
type xlKind uint8

const (
	xlNone   xlKind = iota // no cell at all
	xlBlank                // a styled cell with no value
	xlString               // an inline string
	xlFloat                // a number
	xlInt                  // an integer
)

// xlCell is one cell of a data row.
type xlCell struct {
	kind  xlKind
	style int
	s     string
	n     float64
	i     int
}

// xlRowsChunk is how much row XML is deflated as one piece. Each piece is
// compressed on its own (its window starts empty), so a larger piece
// compresses slightly better; 1 MiB loses well under 1%.
var xlRowsChunk = 1 << 20

// xlDeflateLevel is the level archive/zip deflates entries at, so the
// spliced rows compress like the rest of the workbook.
const xlDeflateLevel = 5

// xlRows collects one sheet's data rows as deflated SpreadsheetML. Rows are
// added in order with add; chunks are compressed on a pool of goroutines
// and collected in order, so the result does not depend on timing.
type xlRows struct {
	// marker is the text of the placeholder cell that the rows replace.
	marker string

	buf   []byte       // row XML not yet handed to a compressor
	queue chan *xlPart // chunks in row order, compressed or being compressed
	done  chan struct{}

	// Set by the collector, read after done is closed.
	out  xlSpill // the deflated chunks, each ending in a sync flush
	crc  uint32  // CRC-32 of the uncompressed rows
	size int64   // uncompressed size of the rows
	err  error
}

// xlPart is one chunk of rows and its deflated form.
type xlPart struct {
	raw  []byte
	size int
	out  *bytes.Buffer
	crc  uint32
	done chan struct{}
}

// xlCompressors bounds the goroutines deflating chunks at once, across
// all workbooks being written.
var xlCompressors = make(chan struct{}, runtime.GOMAXPROCS(0))

// Deflate state (about 1 MB each) and chunk buffers are kept on free
// lists rather than in a sync.Pool, which a collection empties: on a large
// night the workbook's rows pass through gigabytes of chunks, and each new
// buffer would add to the garbage the collector chases.
var (
	xlFlaters = xlFreeList(func() *flate.Writer {
		w, _ := flate.NewWriter(nil, xlDeflateLevel)
		return w
	})
	// Buffers are sized for the usual chunk (tests set xlRowsChunk far
	// larger to get one piece; a buffer then grows as needed).
	xlBuffers = xlFreeList(func() []byte { return make([]byte, 0, min(xlRowsChunk, 1<<20)+64<<10) })
	xlOuts    = xlFreeList(func() *bytes.Buffer { return bytes.NewBuffer(make([]byte, 0, min(xlRowsChunk, 1<<20)/4)) })
)

// xlFree is a bounded free list.
type xlFree[T any] struct {
	free  chan T
	fresh func() T
}

func xlFreeList[T any](fresh func() T) *xlFree[T] {
	return &xlFree[T]{free: make(chan T, 4*runtime.GOMAXPROCS(0)+4), fresh: fresh}
}

// get returns a kept value or a fresh one.
func (l *xlFree[T]) get() T {
	select {
	case v := <-l.free:
		return v
	default:
		return l.fresh()
	}
}

// put keeps v for reuse, unless the list is full.
func (l *xlFree[T]) put(v T) {
	select {
	case l.free <- v:
	default:
	}
}

// newXLRows starts collecting the rows that replace the placeholder cell
// holding marker.
func newXLRows(marker, tmpDir string) *xlRows {
	r := &xlRows{marker: marker, buf: xlBuffers.get()[:0], queue: make(chan *xlPart, 2*cap(xlCompressors)), done: make(chan struct{})}
	r.out.dir = tmpDir
	go r.collect()
	return r
}

// collect appends the compressed chunks to out in row order.
func (r *xlRows) collect() {
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
		xlOuts.put(p.out)
	}
}

// add encodes one row of cells (xlNone cells are left out) as sheet row n,
// height points tall (0: the default height).
func (r *xlRows) add(n int, height float64, cells []xlCell) {
	r.buf = xlAppendRow(r.buf, n, height, cells)
	if len(r.buf) >= xlRowsChunk {
		r.flush()
	}
}

// flush hands the pending row XML to a compressor.
func (r *xlRows) flush() {
	if len(r.buf) == 0 {
		return
	}
	p := &xlPart{raw: r.buf, size: len(r.buf), out: xlOuts.get(), done: make(chan struct{})}
	r.buf = xlBuffers.get()[:0]
	r.queue <- p
	xlCompressors <- struct{}{}
	go func() {
		defer func() { <-xlCompressors; close(p.done) }()
		p.crc = crc32.ChecksumIEEE(p.raw)
		w := xlFlaters.get()
		w.Reset(p.out)
		_, _ = w.Write(p.raw) // writes to a bytes.Buffer cannot fail
		_ = w.Flush()
		xlFlaters.put(w)
		xlBuffers.put(p.raw)
		p.raw = nil
	}()
}

// finish compresses the last rows and waits for every chunk.
func (r *xlRows) finish() error {
	r.flush()
	xlBuffers.put(r.buf)
	r.buf = nil
	close(r.queue)
	<-r.done
	return r.err
}

// abandon stops collecting (the workbook is not being written) and removes
// the temporary file. It may be called after finish.
func (r *xlRows) abandon() error {
	select {
	case <-r.done:
	default:
		close(r.queue)
		<-r.done
	}
	return r.out.close()
}

// xlAppendRow appends row n as SetRow writes it: <row r="n">, then each
// cell with its reference, style and value, inline strings escaped.
func xlAppendRow(b []byte, n int, height float64, cells []xlCell) []byte {
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
		if c.kind == xlNone {
			continue
		}
		b = append(b, `<c r="`...)
		b = xlAppendColumn(b, col+1)
		b = strconv.AppendInt(b, int64(n), 10)
		b = append(b, '"')
		if c.style != 0 {
			b = append(b, ` s="`...)
			b = strconv.AppendInt(b, int64(c.style), 10)
			b = append(b, '"')
		}
		switch c.kind {
		case xlBlank:
			b = append(b, `></c>`...)
		case xlFloat:
			b = append(b, `><v>`...)
			b = strconv.AppendFloat(b, c.n, 'f', -1, 64)
			b = append(b, `</v></c>`...)
		case xlInt:
			b = append(b, `><v>`...)
			b = strconv.AppendInt(b, int64(c.i), 10)
			b = append(b, `</v></c>`...)
		case xlString:
			b = append(b, ` t="inlineStr"><is><t`...)
			s := xlTrimCell(c.s)
			if s != "" && (xlSpaceByte(s[0]) || xlSpaceByte(s[len(s)-1])) {
				b = append(b, ` xml:space="preserve"`...)
			}
			b = append(b, '>')
			b = xlAppendText(b, s)
			b = append(b, `</t></is></c>`...)
		}
	}
	return append(b, `</row>`...)
}

// xlAppendColumn appends the letters of column col (1-based): A, Z, AA.
func xlAppendColumn(b []byte, col int) []byte {
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

// xlSpaceByte reports whether a cell starting or ending with c must keep
// its spaces (excelize's test: tab, newline, carriage return, space).
func xlSpaceByte(c byte) bool { return c == '\t' || c == '\n' || c == '\r' || c == ' ' }

// xlMaxCellChars is the most UTF-16 units a cell holds.
const xlMaxCellChars = 32767

// xlTrimCell cuts s to what a cell holds, counting UTF-16 units as Excel
// does.
func xlTrimCell(s string) string {
	if len(s) <= xlMaxCellChars {
		return s // fewer bytes than units allowed
	}
	n := 0
	for i, r := range s {
		if n += utf16.RuneLen(r); n > xlMaxCellChars {
			return s[:i]
		}
	}
	return s
}

// xlAppendText appends s escaped as encoding/xml.EscapeText does, except
// that newlines stay as they are (what excelize writes): characters XML
// cannot hold become U+FFFD. Text containing "_xHHHH_" is escaped as
// excelize escapes it, so Excel shows it as written.
func xlAppendText(b []byte, s string) []byte {
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
		case !xlInCharRange(r) || (r == utf8.RuneError && width == 1):
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
		escaped := xlBstrMarshal(string(b[start:]))
		b = append(b[:start], escaped...)
	}
	return b
}

// xlInCharRange reports whether XML 1.0 allows r in text.
func xlInCharRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

var (
	xlBstr       = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)
	xlBstrEscape = regexp.MustCompile(`x[a-fA-F\d]{4}_`)
)

// xlBstrMarshal escapes "_xHHHH_" sequences, which Excel would read as
// escaped characters, exactly as excelize does (its bstrMarshal).
func xlBstrMarshal(s string) string {
	var out []byte
	matches, l, cursor := xlBstr.FindAllStringSubmatchIndex(s, -1), len(s), 0
	for _, m := range matches {
		out = append(out, s[cursor:m[0]]...)
		sub := s[m[0]:m[1]]
		if sub == "_x005F_" {
			cursor = m[1]
			if m[1]+6 <= l && xlBstrEscape.MatchString(s[m[1]:m[1]+6]) {
				if _, err := strconv.Unquote(`"\u` + s[m[1]+1:m[1]+5] + `"`); err == nil {
					out = append(out, sub+"x005F"+sub...)
					continue
				}
			}
			out = append(out, sub+"x005F_"...)
			continue
		}
		if xlBstr.MatchString(sub) {
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
