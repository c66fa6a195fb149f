package xlsx

import (
	"archive/zip"
	"bytes"
	"hash/crc32"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// trickyCells are cells whose encoding has a rule: escapes, kept
// spaces, characters XML cannot hold, "_xHHHH_" sequences, the cell
// length limit, numbers of every shape, styled blanks.
func trickyCells() [][]cell {
	long := strings.Repeat("é", 20000) + strings.Repeat("😀", 10000) // past 32,767 UTF-16 units
	strs := []string{
		"plain", `He said "no" & 'yes' <b>`, " leading", "trailing ", "\ttab", "tab\t", "\nnew", "line\nbreak",
		"cr\r\nlf", "nul\x00byte", "bad \xff utf8", "bell\x07", "\ufffe\uffff", "_x0041_", "a_x005F_x0041_b",
		"_x005F_", "_xZZZZ_ and _x00e9_", "=1+1", "Кириллица — “quotes”", long, "",
	}
	var rows [][]cell
	for i, s := range strs {
		rows = append(rows, []cell{{kind: cellString, style: 1 + i%3, s: s}, {}, {kind: cellString, s: s}})
	}
	nums := []float64{0, 1, -3.5, 0.1, 45517, 1e15, 1e21, 1.4285714285714286, 123456789.125, -0.0001}
	for i, n := range nums {
		rows = append(rows, []cell{{kind: cellFloat, style: 4, n: n}, {kind: cellInt, style: 5, i: i * -1000}, {kind: cellBlank, style: 9}, {kind: cellInt, i: 7}})
	}
	return rows
}

// excelizeValue is c as a value for StreamWriter.SetRow.
func excelizeValue(c cell) any {
	var v any
	switch c.kind {
	case cellNone:
		return nil
	case cellString:
		v = c.s
	case cellFloat:
		v = c.n
	case cellInt:
		v = c.i
	}
	if c.style == 0 {
		if v == nil {
			return excelize.Cell{}
		}
		return v
	}
	return excelize.Cell{StyleID: c.style, Value: v}
}

// sheetRows returns the XML between <sheetData> and </sheetData> of the
// first worksheet of a workbook.
func sheetRows(tb testing.TB, data []byte) string {
	tb.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		tb.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name != "xl/worksheets/sheet1.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			tb.Fatal(err)
		}
		b, err := io.ReadAll(rc) // checks the CRC at the end
		rc.Close()
		if err != nil {
			tb.Fatal(err)
		}
		s := string(b)
		i, j := strings.Index(s, "<sheetData>"), strings.Index(s, "</sheetData>")
		if i < 0 || j < 0 {
			tb.Fatalf("no sheetData in %q", s)
		}
		return s[i+len("<sheetData>") : j]
	}
	tb.Fatal("no sheet1.xml")
	return ""
}

// TestRowsMatchExcelize: the row writer writes the bytes excelize's
// StreamWriter.SetRow writes, for every kind of cell.
func TestRowsMatchExcelize(t *testing.T) {
	rows := trickyCells()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	var ours []byte
	for i, row := range rows {
		height := float64(i%3) * 22.5
		vals := make([]any, len(row))
		for k, c := range row {
			vals[k] = excelizeValue(c)
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		var opts []excelize.RowOpts
		if height > 0 {
			opts = append(opts, excelize.RowOpts{Height: height})
		}
		if err := sw.SetRow(cell, vals, opts...); err != nil {
			t.Fatal(err)
		}
		ours = appendRow(ours, i+1, height, row)
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	theirs := sheetRows(t, buf.Bytes())
	if string(ours) != theirs {
		a, b := string(ours), theirs
		for i := range min(len(a), len(b)) {
			if a[i] != b[i] {
				lo := max(0, i-80)
				t.Fatalf("rows differ at byte %d:\nours:     %q\nexcelize: %q", i, a[lo:min(len(a), i+80)], b[lo:min(len(b), i+80)])
			}
		}
		t.Fatalf("rows differ in length: ours %d bytes, excelize %d", len(a), len(b))
	}
}

// TestColumnLetters checks column names across the letter boundaries.
func TestColumnLetters(t *testing.T) {
	for _, col := range []int{1, 2, 26, 27, 52, 53, 702, 703, 16384} {
		want, _ := excelize.ColumnNumberToName(col)
		if got := string(appendColumn(nil, col)); got != want {
			t.Errorf("column %d = %q, want %q", col, got, want)
		}
	}
}

// TestCRC32Combine checks the combined CRC against the CRC of the joined
// bytes.
func TestCRC32Combine(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range [][2]int{{0, 0}, {0, 5}, {5, 0}, {1, 1}, {1000, 3}, {3, 70000}, {1 << 16, 1<<20 + 7}} {
		a, b := make([]byte, n[0]), make([]byte, n[1])
		for i := range a {
			a[i] = byte(rng.Uint32())
		}
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		want := crc32.ChecksumIEEE(append(append([]byte(nil), a...), b...))
		if got := crc32Combine(crc32.ChecksumIEEE(a), crc32.ChecksumIEEE(b), int64(len(b))); got != want {
			t.Errorf("crc32Combine(%d, %d bytes) = %08x, want %08x", n[0], n[1], got, want)
		}
	}
}

// TestXLSXSplicedChunks writes a workbook whose rows are deflated in many
// small chunks and checks that the archive is sound (every entry's CRC and
// size) and that excelize reads back every row.
func TestXLSXSplicedChunks(t *testing.T) {
	defer func(n int) { rowsChunk = n }(rowsChunk)
	r := syntheticReport(3000, 10)
	rowsChunk = 1 << 30
	whole := mustWriteXLSX(t, r, Options{})
	rowsChunk = 4096
	chunked := mustWriteXLSX(t, r, Options{})

	zr, err := zip.NewReader(bytes.NewReader(chunked), int64(len(chunked)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(io.Discard, rc); err != nil {
			t.Errorf("%s: %v", f.Name, err)
		}
		rc.Close()
	}
	fw, fc := mustOpenXLSX(t, whole), mustOpenXLSX(t, chunked)
	for _, sheet := range fw.GetSheetList() {
		if !slices.EqualFunc(mustRows(t, fw, sheet), mustRows(t, fc, sheet), slices.Equal) {
			t.Errorf("%s reads differently when its rows are deflated in small chunks", sheet)
		}
	}
	rows := mustRows(t, fc, sheetClaims)
	if len(rows) != len(r.Claims)+1 {
		t.Fatalf("Claims has %d rows, want %d", len(rows), len(r.Claims)+1)
	}
	if last := rows[len(rows)-1]; !strings.HasPrefix(last[0], "c") {
		t.Errorf("last claim row starts %q", last[0])
	}
}
