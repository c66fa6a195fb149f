package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"crosscheck/analysis"
	"crosscheck/report/internal/reporttest"
)

// zipBomb rewrites the workbook at path so that its part named part
// inflates to size bytes of zeros (a whole number of MiB). The deflate
// stream is one compressed MiB repeated (non-final blocks that refer
// only to themselves), so making it costs the test neither time nor
// memory: 300 MiB take about 300 KB.
func zipBomb(tb testing.TB, path, part string, size int64) {
	tb.Helper()
	const chunk = 1 << 20
	if size%chunk != 0 {
		tb.Fatalf("zipBomb: size %d is not a whole number of MiB", size)
	}
	zeros := make([]byte, chunk)
	var piece bytes.Buffer
	fw, _ := flate.NewWriter(&piece, flate.BestCompression)
	fw.Write(zeros)
	fw.Flush()
	var crc uint32
	for range size / chunk {
		crc = crc32.Update(crc, crc32.IEEETable, zeros)
	}
	stream := append(bytes.Repeat(piece.Bytes(), int(size/chunk)), 0x03, 0x00) // an empty final block

	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		tb.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	found := false
	for _, f := range zr.File {
		if f.Name != part {
			if err := zw.Copy(f); err != nil {
				tb.Fatal(err)
			}
			continue
		}
		found = true
		w, err := zw.CreateRaw(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, CRC32: crc,
			CompressedSize64: uint64(len(stream)), UncompressedSize64: uint64(size)})
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := io.Copy(w, bytes.NewReader(stream)); err != nil {
			tb.Fatal(err)
		}
	}
	if !found {
		tb.Fatalf("zipBomb: no part %s in %s", part, path)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// leftBehind lists what is in dir besides the files named.
func leftBehind(tb testing.TB, dir string, names ...string) []string {
	tb.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		tb.Fatal(err)
	}
	var extra []string
	for _, e := range entries {
		if !slices.Contains(names, e.Name()) {
			extra = append(extra, e.Name())
		}
	}
	return extra
}

// TestReadReviewsZipBomb: a workbook whose parts declare more than the
// limits is refused at once, naming the file, the part and the sizes,
// without inflating it and without leaving anything behind. A part the
// reader never needs (another sheet) is not inflated at all.
func TestReadReviewsZipBomb(t *testing.T) {
	for _, tc := range []struct {
		name, part, want string
	}{
		{"Discrepancies sheet", "xl/worksheets/sheet2.xml", "sheet xl/worksheets/sheet2.xml inflates to 300.0 MiB, over the 256 MiB limit"},
		{"document properties", "docProps/app.xml", "part docProps/app.xml inflates to 300.0 MiB, over the 32 MiB limit"},
		{"Claims sheet, not read", "xl/worksheets/sheet3.xml", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := writeXLSXFile(t, reviewedReport(3), dir, "bomb.xlsx")
			zipBomb(t, path, tc.part, 300<<20)
			if fi, err := os.Stat(path); err != nil || fi.Size() > 2<<20 {
				t.Fatalf("the bomb is %v bytes (%v), want under 2 MB", fi.Size(), err)
			}
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			start := time.Now()
			reviews, _, err := ReadReviews(path)
			took := time.Since(start)
			runtime.ReadMemStats(&after)
			switch {
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "bomb.xlsx")):
				t.Errorf("ReadReviews(bomb) = %d reviews, %v; want an error naming the file and saying %q", len(reviews), err, tc.want)
			case tc.want == "" && (err != nil || len(reviews) != 3):
				t.Errorf("ReadReviews(bomb in an unread part) = %d reviews, %v; want the 3 reviews", len(reviews), err)
			}
			if took > 3*time.Second {
				t.Errorf("ReadReviews took %v: it read the bomb", took)
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
				t.Errorf("ReadReviews allocated %d MiB", alloc>>20)
			}
			if extra := leftBehind(t, dir, "bomb.xlsx"); len(extra) > 0 {
				t.Errorf("ReadReviews left %q beside the workbook", extra)
			}
		})
	}
}

// TestReadReviewsLimits: a file over the size limit, a sheet of more
// rows than the limit and a row of more cells are refused with the
// reason; lowering the limits stands for files that reach them.
func TestReadReviewsLimits(t *testing.T) {
	defer func(l limits) { readLimits = l }(readLimits)
	path := writeXLSXFile(t, reviewedReport(5), t.TempDir(), "night.xlsx")
	for _, tc := range []struct {
		name string
		set  func(*limits)
		want string
	}{
		{"file", func(l *limits) { l.file = 4 << 10 }, "over the 4 KiB limit"},
		{"total", func(l *limits) { l.total = 8 << 10 }, "inflate to"},
		{"rows", func(l *limits) { l.rows = 4 }, "more than 4 rows"},
		{"cells", func(l *limits) { l.cells = 10 }, "more than 10 cells"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			readLimits = defaultLimits
			tc.set(&readLimits)
			_, _, err := ReadReviews(path)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "night.xlsx") {
				t.Errorf("ReadReviews = %v; want an error naming the file and saying %q", err, tc.want)
			}
		})
	}
	readLimits = defaultLimits
	if got, _, err := ReadReviews(path); err != nil || len(got) != 5 {
		t.Errorf("ReadReviews within the limits = %d reviews, %v", len(got), err)
	}
}

// TestReadReviewsSpillFolder: large sheets are spilled into a folder of
// the caller's choosing (by default beside the workbook), which is gone
// when ReadReviewRows returns.
func TestReadReviewsSpillFolder(t *testing.T) {
	defer func(l limits) { readLimits = l }(readLimits)
	readLimits.xml = 1 << 10 // spill every sheet over 1 KiB
	dir, spill := t.TempDir(), t.TempDir()
	path := writeXLSXFile(t, reviewedReport(200), dir, "night.xlsx")
	var seen []string
	spillHook = func(folder string) {
		entries, _ := os.ReadDir(folder)
		for _, e := range entries {
			seen = append(seen, filepath.Join(folder, e.Name()))
		}
	}
	defer func() { spillHook = nil }()
	rows, _, err := ReadReviewRows(path, ReadOptions{TmpDir: spill})
	if err != nil || len(rows) != 200 {
		t.Fatalf("ReadReviewRows = %d rows, %v", len(rows), err)
	}
	if len(seen) == 0 || !slices.ContainsFunc(seen, func(p string) bool { return strings.HasPrefix(p, spill+string(filepath.Separator)) }) {
		t.Errorf("spilled %q, want files in %s", seen, spill)
	}
	if extra := leftBehind(t, spill); len(extra) > 0 {
		t.Errorf("left %q in the spill folder", extra)
	}
	seen = nil
	if _, _, err := ReadReviewRows(path, ReadOptions{}); err != nil {
		t.Fatal(err)
	}
	if len(seen) == 0 || !strings.HasPrefix(seen[0], dir+string(filepath.Separator)) {
		t.Errorf("spilled %q, want files beside the workbook in %s", seen, dir)
	}
	if extra := leftBehind(t, dir, "night.xlsx"); len(extra) > 0 {
		t.Errorf("left %q beside the workbook", extra)
	}
}

// TestReadReviewRowsWritten: the workbook carries, in two hidden columns
// at the right of the table, the Status and notes each row was written
// with; ReadReviewRows returns them with the row's current values, and
// a row keeps its own when the analyst sorts the sheet.
func TestReadReviewRowsWritten(t *testing.T) {
	r := reviewedReport(6)
	dir := t.TempDir()
	path := writeXLSXFile(t, r, dir, "night.xlsx")
	f := mustOpenXLSX(t, mustReadFile(t, path))
	sheet := mustRows(t, f, sheetDiscrepancies)
	hdr := sheet[0]
	rowOf := map[string]int{} // discrepancy ID -> sheet row as written
	for i, row := range sheet[1:] {
		rowOf[row[0]] = i + 2
	}
	n := len(hdr)
	if n < 2 || hdr[n-2] != "Status as written" || hdr[n-1] != "Notes as written" {
		t.Fatalf("Discrepancies headers end %q, want the two as-written columns last", hdr[max(0, n-3):])
	}
	for _, c := range []int{n - 1, n} {
		name := string(appendColumn(nil, c))
		if visible, err := f.GetColVisible(sheetDiscrepancies, name); err != nil || visible {
			t.Errorf("column %s (%s) visible = %v, %v; want hidden", name, hdr[c-1], visible, err)
		}
	}
	tables, err := f.GetTables(sheetDiscrepancies)
	if err != nil || len(tables) != 1 || !strings.HasPrefix(tables[0].Range, "A1:"+string(appendColumn(nil, n))) {
		t.Errorf("Discrepancies table = %+v, %v; want it to span the as-written columns", tables, err)
	}
	f.Close()

	// The analyst edits row 2, then sorts the rows backwards.
	first := r.Discrepancies[0] // reviewed: Open with a note (i%4 == 0)
	analystEdit(t, path, map[string][2]string{first.ID: {"Confirmed", "Checked."}})
	reverseRows(t, path)
	rows, warnings, err := ReadReviewRows(path, ReadOptions{})
	if err != nil || len(warnings) > 0 {
		t.Fatalf("ReadReviewRows = %v, %q", err, warnings)
	}
	if len(rows) != len(r.Discrepancies) {
		t.Fatalf("ReadReviewRows gave %d rows, want %d", len(rows), len(r.Discrepancies))
	}
	for _, row := range rows {
		i := slices.IndexFunc(r.Discrepancies, func(d analysis.Discrepancy) bool { return d.ID == row.Discrepancy })
		d := r.Discrepancies[i]
		wantStatus, wantNotes := reviewCells(d.Review)
		if !row.Written || row.WrittenStatus != wantStatus || row.WrittenNotes != wantNotes {
			t.Errorf("%s (row %d): written %v %q %q, want %q %q", d.ID, row.Row, row.Written, row.WrittenStatus, row.WrittenNotes, wantStatus, wantNotes)
		}
		if d.ID == first.ID {
			if row.Status != "Confirmed" || row.Notes != "Checked." {
				t.Errorf("edited row = %+v, want Confirmed, Checked.", row.Review)
			}
		} else if row.Status != wantStatus || row.Notes != wantNotes {
			t.Errorf("%s: %q %q, want as written", d.ID, row.Status, row.Notes)
		}
		if want := len(r.Discrepancies) + 3 - rowOf[d.ID]; row.Row != want {
			t.Errorf("%s read from row %d, want %d (sorted backwards)", d.ID, row.Row, want)
		}
	}
}

// TestReadReviewRowsStatusProblems: an unknown status keeps the row, its
// notes and what it was written with, with the status left empty (to be
// kept as it was) and a warning naming the row.
func TestReadReviewRowsStatusProblems(t *testing.T) {
	const id = "d0123456789abcdef"
	path := reviewSheet(t, []string{"ID", "Status", "Analyst notes", "Status as written", "Notes as written"},
		[]string{id, "Done", "Called the ministry", "Follow-up", "Call them"})
	rows, warnings, err := ReadReviewRows(path, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := ReviewRow{Review: analysis.Review{Discrepancy: id, Status: "", Notes: "Called the ministry", From: "edited.xlsx", By: "Jane Analyst"},
		Row: 2, BadStatus: "Done", Written: true, WrittenStatus: "Follow-up", WrittenNotes: "Call them"}
	if len(rows) != 1 || rows[0] != want {
		t.Errorf("ReadReviewRows = %+v, want %+v", rows, want)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], `row 2: status "Done" of `+id) || !strings.Contains(warnings[0], "notes kept") {
		t.Errorf("warnings = %q", warnings)
	}
}

// TestReadReviewsAuthor: By is the workbook's last author, else its
// creator; crosscheck (an untouched workbook) and nobody are unknown,
// and then ReadOptions.By stands in.
func TestReadReviewsAuthor(t *testing.T) {
	for _, tc := range []struct {
		creator, last, fallback, want string
	}{
		{"crosscheck", "Jane Analyst", "", "Jane Analyst"},
		{"Kim", "", "", "Kim"},
		{"crosscheck", "crosscheck", "", ""},
		{"crosscheck", " CrossCheck ", "root", "root"},
		{"", "", "root", "root"},
	} {
		path := writeXLSXFile(t, reviewedReport(1), t.TempDir(), "night.xlsx")
		setDocAuthor(t, path, tc.creator, tc.last)
		rows, _, err := ReadReviewRows(path, ReadOptions{By: tc.fallback})
		if err != nil || len(rows) != 1 || rows[0].By != tc.want {
			t.Errorf("creator %q, last %q, fallback %q: %+v, %v; want by %q", tc.creator, tc.last, tc.fallback, rows, err, tc.want)
		}
	}
}

// TestXLSXAuthor: the workbook's own author is crosscheck.
func TestXLSXAuthor(t *testing.T) {
	f := mustOpenXLSX(t, mustWriteXLSX(t, reviewedReport(1), Options{}))
	props, err := f.GetDocProps()
	if err != nil || props.Creator != "crosscheck" || props.LastModifiedBy != "crosscheck" {
		t.Errorf("doc props = %+v, %v; want crosscheck as creator and last author", props, err)
	}
}

// TestXLSXReviewProblems: the problems of the night's review import are
// listed on the Summary sheet (the briefing's are tested in report/pdf).
func TestXLSXReviewProblems(t *testing.T) {
	r := reporttest.ReviewProblemsReport(t)
	f := mustOpenXLSX(t, mustWriteXLSX(t, r, Options{}))
	var lines []string
	for _, row := range mustRows(t, f, sheetSummary) {
		lines = append(lines, strings.Join(row, "\t"))
	}
	i := slices.Index(lines, "Review import problems")
	if i < 0 || i+2 >= len(lines) || lines[i+1] != r.Run.ReviewProblems[0] || lines[i+2] != r.Run.ReviewProblems[1] {
		t.Errorf("Summary lacks the review import problems:\n%s", strings.Join(lines, "\n"))
	}
}

func mustReadFile(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// reverseRows sorts the data rows of the Discrepancies sheet backwards,
// every cell moving with its row, as sorting in Excel does.
func reverseRows(tb testing.TB, path string) {
	tb.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	rows := mustRows(tb, f, sheetDiscrepancies)
	width := len(rows[0])
	for i, row := range rows[1:] {
		vals := make([]any, width)
		for j := range vals {
			vals[j] = ""
		}
		for j, v := range row {
			vals[j] = v
		}
		if err := f.SetSheetRow(sheetDiscrepancies, cellName(tb, 1, len(rows)-i), &vals); err != nil {
			tb.Fatal(err)
		}
	}
	if err := f.Save(); err != nil {
		tb.Fatal(err)
	}
}

// setDocAuthor sets a workbook's creator and last author.
func setDocAuthor(tb testing.TB, path, creator, last string) {
	tb.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	props, err := f.GetDocProps()
	if err != nil {
		tb.Fatal(err)
	}
	props.Creator, props.LastModifiedBy = creator, last
	if err := f.SetDocProps(props); err != nil {
		tb.Fatal(err)
	}
	if err := f.Save(); err != nil {
		tb.Fatal(err)
	}
}
