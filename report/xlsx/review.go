package xlsx

import (
	"archive/zip"
	"bytes"
	"cmp"
	"encoding/binary"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"crosscheck/analysis"
)

// The headers ReadReviews looks for on the Discrepancies sheet. Reviews
// are found by header name, not by column, so the header text must not
// change: Write writes exactly these. The two "as written" columns,
// hidden at the right of the table, hold the Status and notes each row
// was written with, so that an import changes only what the analyst
// changed in that workbook.
const (
	headerID            = "ID"
	headerStatus        = "Status"
	headerNotes         = "Analyst notes"
	headerWrittenStatus = "Status as written"
	headerWrittenNotes  = "Notes as written"
)

// ReviewRow is one row of a workbook's Discrepancies sheet with a
// discrepancy ID, as ReadReviewRows reads it.
type ReviewRow struct {
	// Review is the row as the analyst left it: Status normalised to one
	// of analysis.ReviewStatuses (empty when the cell holds something
	// else: see BadStatus), Notes trimmed, From the workbook's file name
	// and By its last author (empty when unknown). Updated is not set.
	analysis.Review
	// Row is the sheet row it was read from.
	Row int
	// BadStatus is the Status cell's text when it is not a review status;
	// Status is then empty, meaning "leave the status as it was".
	BadStatus string
	// Written reports whether the row carries the Status and notes it was
	// written with (WrittenStatus, normalised like Status when it is a
	// review status, and WrittenNotes): workbooks written before these
	// columns existed, and rows added by hand, do not.
	Written                     bool
	WrittenStatus, WrittenNotes string
}

// ReadOptions tune ReadReviewRows.
type ReadOptions struct {
	// TmpDir is the folder in which the reader makes its spill folder: a
	// sheet or shared-string table too large to hold in memory is
	// inflated into it while it is read, and the folder is removed before
	// ReadReviewRows returns. Empty means the workbook's own folder, or
	// the system's temporary folder when that cannot be written.
	TmpDir string
	// By names who made the reviews when the workbook names nobody (its
	// last author and creator are empty or "crosscheck"), such as the
	// user running review import. Empty leaves By empty then.
	By string
}

// limits cap what ReadReviewRows reads from a workbook, so that a
// small file that inflates to gigabytes (a zip bomb) is refused before
// anything is inflated. The sizes are those the zip's central directory
// declares, which archive/zip holds each part to while inflating it.
type limits struct {
	file      int64 // size of the workbook file
	entries   int   // parts listed in the zip's central directory
	directory int64 // size of the central directory
	sheet     int64 // the Discrepancies sheet, and the shared strings, inflated
	part      int64 // any other part read, inflated
	total     int64 // all the parts read, inflated
	xml       int64 // parts larger than this are inflated to the spill folder, not held in memory
	rows      int   // rows of the Discrepancies sheet
	cells     int   // cells in one row
}

// defaultLimits are far above what any night's workbook needs (its
// Discrepancies sheet takes about 3 KB a row), and far below what would
// hurt the machine. Sheets other than the Discrepancies sheet, and
// pictures, are never inflated, so they count against no limit.
var defaultLimits = limits{
	file:      1 << 30,
	entries:   10000,
	directory: 4 << 20,
	sheet:     256 << 20,
	part:      32 << 20,
	total:     512 << 20,
	xml:       16 << 20,
	rows:      2000000,
	cells:     16384, // Excel's columns
}

// readLimits are the limits in force (tests lower them).
var readLimits = defaultLimits

// spillHook, when set, is called with the spill folder just before the
// workbook is closed (tests look inside).
var spillHook func(folder string)

// ReadReviews reads the analysts' reviews back from a workbook written by
// Write and edited in Excel or LibreOffice: one Review per row of the
// Discrepancies sheet that has a discrepancy ID ("d" and 16 hex digits),
// as ReadReviewRows reads them, with default options. Rows whose status
// is not a review status are left out (ReadReviewRows keeps them, with
// their notes); the warnings say so.
func ReadReviews(path string) ([]analysis.Review, []string, error) {
	rows, warnings, err := ReadReviewRows(path, ReadOptions{})
	if err != nil {
		return nil, nil, err
	}
	var reviews []analysis.Review
	for _, r := range rows {
		if r.Status != "" {
			reviews = append(reviews, r.Review)
		}
	}
	return reviews, warnings, nil
}

// ReadReviewRows reads the rows of a workbook's Discrepancies sheet that
// have a discrepancy ID: each with the Status normalised to one of
// analysis.ReviewStatuses (empty is Open), the notes trimmed, From set to
// the workbook's file name, By to its last author (or creator; a workbook
// still naming crosscheck names nobody, and then opt.By stands in), and,
// when the workbook carries them, the Status and notes the row was
// written with.
//
// The header row is found by its names (ID, Status and, if present,
// Analyst notes, Status as written and Notes as written; any case, any
// columns, any row), so analysts may insert, move, sort or hide columns
// and rows. Rows without an ID are skipped; so are a malformed ID and a
// repeated one, with a warning. A row whose status is not a review status
// is kept with its notes and an empty Status, with a warning. Warnings
// name the row. The sheet is read row by row, never whole.
//
// The workbook is checked before anything in it is inflated: a file over
// 1 GiB, the Discrepancies sheet or the shared strings inflating to over
// 256 MiB, another part read to over 32 MiB, or all of them to over
// 512 MiB are refused, as are sheets of more than 2,000,000 rows or rows
// of more than 16,384 cells. Other sheets are never inflated.
//
// It returns an error, naming the file, when the file is not a workbook,
// is over a limit, has no Discrepancies sheet, or that sheet has no ID
// and Status headers.
func ReadReviewRows(path string, opt ReadOptions) (out []ReviewRow, warnings []string, err error) {
	name := filepath.Base(path)
	lim := readLimits
	fail := func(err error) ([]ReviewRow, []string, error) {
		if errors.Is(err, zip.ErrFormat) || errors.Is(err, excelize.ErrWorkbookFileFormat) {
			return nil, nil, fmt.Errorf("read reviews from %s: not an Excel workbook (.xlsx): %w", path, err)
		}
		return nil, nil, fmt.Errorf("read reviews from %s: %w", path, err)
	}
	file, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("read reviews: %w", err)
	}
	defer file.Close()
	spill, err := spillFolder(opt.TmpDir, filepath.Dir(path))
	if err != nil {
		return fail(fmt.Errorf("make a spill folder: %w", err))
	}
	defer func() {
		if rerr := os.RemoveAll(spill); err == nil && rerr != nil {
			err = fmt.Errorf("read reviews from %s: %w", path, rerr)
		}
	}()
	f, err := openChecked(file, spill, lim)
	if err != nil {
		return fail(err)
	}
	defer func() {
		if spillHook != nil {
			spillHook(spill)
		}
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("read reviews from %s: %w", path, cerr)
		}
	}()
	sheet := ""
	for _, s := range f.GetSheetList() {
		if strings.EqualFold(strings.TrimSpace(s), sheetDiscrepancies) {
			sheet = s
			break
		}
	}
	if sheet == "" {
		return nil, nil, fmt.Errorf("read reviews from %s: no %s sheet (sheets: %s)", path, sheetDiscrepancies, strings.Join(f.GetSheetList(), ", "))
	}
	by := ""
	if props, err := f.GetDocProps(); err == nil {
		by = cmp.Or(author(props.LastModifiedBy), author(props.Creator))
	}
	by = cmp.Or(by, author(opt.By))

	rows, err := f.Rows(sheet)
	if err != nil {
		return fail(err)
	}
	defer rows.Close()

	cols := reviewColumns{id: -1}
	seen := map[string]int{} // discrepancy ID -> row it was read from
	for n := 1; rows.Next(); n++ {
		if n > lim.rows {
			return nil, nil, fmt.Errorf("read reviews from %s: the %s sheet has more than %d rows", path, sheet, lim.rows)
		}
		// Raw values: the text as stored. Formatting every cell (dates
		// above all) would take most of the time on a long sheet, and
		// none of the columns read is a number.
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, nil, fmt.Errorf("read reviews from %s: %s row %d: %w", path, sheet, n, err)
		}
		if len(cells) > lim.cells {
			return nil, nil, fmt.Errorf("read reviews from %s: %s row %d has more than %d cells", path, sheet, n, lim.cells)
		}
		if cols.id < 0 {
			cols = reviewHeader(cells)
			continue
		}
		get := func(col int) string {
			if col < 0 || col >= len(cells) {
				return ""
			}
			return strings.TrimSpace(strings.ReplaceAll(cells[col], "\r\n", "\n"))
		}
		rawID, rawStatus, notes := get(cols.id), get(cols.status), get(cols.notes)
		if rawID == "" {
			if rawStatus != "" || notes != "" {
				warnings = append(warnings, fmt.Sprintf("%s row %d: a status or notes but no discrepancy ID; row skipped", sheet, n))
			}
			continue
		}
		id, ok := discrepancyID(rawID)
		if !ok {
			if rawStatus != "" || notes != "" {
				warnings = append(warnings, fmt.Sprintf("%s row %d: %q is not a discrepancy ID; row skipped", sheet, n, truncate(rawID, 40)))
			}
			continue
		}
		if first, dup := seen[id]; dup {
			warnings = append(warnings, fmt.Sprintf("%s row %d: %s was already reviewed on row %d; row skipped", sheet, n, id, first))
			continue
		}
		seen[id] = n
		row := ReviewRow{Review: analysis.Review{Discrepancy: id, Notes: notes, From: name, By: by}, Row: n}
		if status, ok := analysis.ParseReviewStatus(rawStatus); ok {
			row.Status = status
		} else {
			row.BadStatus = rawStatus
			warnings = append(warnings, fmt.Sprintf("%s row %d: status %q of %s is not one of %s; status left as it was, notes kept",
				sheet, n, truncate(rawStatus, 40), id, strings.Join(analysis.ReviewStatuses, ", ")))
		}
		if ws := get(cols.writtenStatus); ws != "" {
			if status, ok := analysis.ParseReviewStatus(ws); ok {
				ws = status
			}
			row.Written, row.WrittenStatus, row.WrittenNotes = true, ws, get(cols.writtenNotes)
		}
		out = append(out, row)
	}
	if err := rows.Error(); err != nil {
		return fail(err)
	}
	if cols.id < 0 {
		return nil, nil, fmt.Errorf("read reviews from %s: the %s sheet has no header row with %q and %q columns", path, sheet, headerID, headerStatus)
	}
	return out, warnings, nil
}

// author returns a workbook author's name on one line, or "" when it
// names nobody: empty, or crosscheck itself (the author of a workbook
// nobody has saved since it was written).
func author(s string) string {
	s = truncate(oneLine(s), 100)
	if strings.EqualFold(s, "crosscheck") {
		return ""
	}
	return s
}

// spillFolder makes the folder a workbook is inflated into while it is
// read: in dir when given, else beside the workbook, or else in the
// system's temporary folder. Its name marks it as a crosscheck temporary
// of this process (".crosscheck-read.tmp-PID-…"), so a run can tell the
// leftovers of a killed one.
func spillFolder(dir, workbookDir string) (string, error) {
	pattern := ".crosscheck-read.tmp-" + strconv.Itoa(os.Getpid()) + "-*"
	if dir != "" {
		return os.MkdirTemp(dir, pattern)
	}
	if d, err := os.MkdirTemp(workbookDir, pattern); err == nil {
		return d, nil
	}
	return os.MkdirTemp("", pattern)
}

// openChecked opens the workbook file for reading reviews, after
// checking what its zip declares against lim. Only the parts needed are
// given to excelize: they are copied, still compressed, into a workbook
// in the spill folder (removed once opened), leaving out the sheets other
// than the Discrepancies sheet and the pictures, which are never
// inflated. excelize inflates what it is given under the same limits,
// large parts into the spill folder.
func openChecked(file *os.File, spill string, lim limits) (*excelize.File, error) {
	fi, err := file.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	size := fi.Size()
	if size > lim.file {
		return nil, fmt.Errorf("the file is %s, over the %s limit", sizeText(size), limitText(lim.file))
	}
	if err := checkDirectory(file, size, lim); err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(file, size)
	if err != nil {
		return nil, err
	}
	sheetPart, otherSheets := sheetParts(zr, lim)
	var keep []*zip.File
	var total uint64
	for _, zf := range zr.File {
		name := strings.TrimPrefix(strings.ReplaceAll(zf.Name, "\\", "/"), "/")
		lower := strings.ToLower(name)
		if otherSheets[lower] || strings.HasPrefix(lower, "xl/media/") {
			continue
		}
		limit, kind := lim.part, "part"
		switch {
		case lower == sheetPart || strings.HasPrefix(lower, "xl/worksheets/"):
			limit, kind = lim.sheet, "sheet"
		case lower == "xl/sharedstrings.xml":
			limit, kind = lim.sheet, "shared strings"
		}
		if zf.UncompressedSize64 > uint64(limit) {
			return nil, fmt.Errorf("%s %s inflates to %s, over the %s limit", kind, name, sizeText(zf.UncompressedSize64), limitText(limit))
		}
		total += zf.UncompressedSize64
		keep = append(keep, zf)
	}
	if total > uint64(lim.total) {
		return nil, fmt.Errorf("the parts to read inflate to %s, over the %s limit", sizeText(total), limitText(lim.total))
	}

	tmp, err := os.CreateTemp(spill, "read-*.xlsx")
	if err != nil {
		return nil, err
	}
	defer os.Remove(tmp.Name())
	zw := zip.NewWriter(tmp)
	for _, zf := range keep {
		if err = zw.Copy(zf); err != nil {
			break
		}
	}
	if err == nil {
		err = zw.Close()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	return excelize.OpenFile(tmp.Name(), excelize.Options{
		UnzipSizeLimit:    lim.total,
		UnzipXMLSizeLimit: min(lim.xml, lim.total),
		TmpDir:            spill,
	})
}

// checkDirectory refuses a zip whose central directory lists more
// parts, or takes more bytes, than lim allows: archive/zip reads the whole
// directory into memory, a few hundred bytes a part, before any part can
// be looked at. A file without an end-of-directory record is left for
// archive/zip to refuse.
func checkDirectory(r io.ReaderAt, size int64, lim limits) error {
	const eocdLen, maxComment = 22, 65535
	tail := make([]byte, min(size, eocdLen+maxComment))
	if _, err := r.ReadAt(tail, size-int64(len(tail))); err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	i := bytes.LastIndex(tail, []byte("PK\x05\x06"))
	if i < 0 || len(tail)-i < eocdLen {
		return nil
	}
	le := binary.LittleEndian
	entries, dirSize := uint64(le.Uint16(tail[i+10:])), uint64(le.Uint32(tail[i+12:]))
	// Zip64: the locator just before the record points at the real counts.
	if loc := int64(len(tail)-i) + 20; size >= loc {
		locator := make([]byte, 20)
		if _, err := r.ReadAt(locator, size-int64(len(tail))+int64(i)-20); err == nil && bytes.HasPrefix(locator, []byte("PK\x06\x07")) {
			rec := make([]byte, 56)
			if off := le.Uint64(locator[8:]); size >= 56 && off <= uint64(size-56) {
				if _, err := r.ReadAt(rec, int64(off)); err == nil && bytes.HasPrefix(rec, []byte("PK\x06\x06")) {
					entries, dirSize = le.Uint64(rec[32:]), le.Uint64(rec[40:])
				}
			}
		}
	}
	if entries > uint64(lim.entries) {
		return fmt.Errorf("the file lists %d parts, over the %d limit", entries, lim.entries)
	}
	if dirSize > uint64(lim.directory) {
		return fmt.Errorf("the file's table of contents takes %s, over the %s limit", sizeText(dirSize), limitText(lim.directory))
	}
	return nil
}

// sheetParts finds, from the workbook's relationships, the part holding
// the Discrepancies sheet and those holding the other sheets, all lower
// case. When the Discrepancies sheet's part cannot be found, it returns
// "" and no other sheets: every sheet is then read, under the limits.
func sheetParts(zr *zip.Reader, lim limits) (discrepancies string, others map[string]bool) {
	parts := make(map[string]*zip.File, len(zr.File))
	for _, zf := range zr.File {
		parts[strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(zf.Name, "\\", "/"), "/"))] = zf
	}
	read := func(name string) []byte {
		zf := parts[strings.ToLower(name)]
		if zf == nil || zf.UncompressedSize64 > uint64(lim.part) {
			return nil
		}
		rc, err := zf.Open()
		if err != nil {
			return nil
		}
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, lim.part))
		if err != nil {
			return nil
		}
		return b
	}
	// The workbook part, from the package relationships.
	workbook := "xl/workbook.xml"
	for _, rel := range relationships(read("_rels/.rels")) {
		if strings.HasSuffix(rel[1], "/officeDocument") {
			workbook = strings.TrimPrefix(rel[2], "/")
			break
		}
	}
	dir := path.Dir(workbook)
	targets := map[string]string{} // relationship ID -> part
	for _, rel := range relationships(read(path.Join(dir, "_rels", path.Base(workbook)+".rels"))) {
		target := path.Join(dir, rel[2])
		if strings.HasPrefix(rel[2], "/") {
			target = path.Clean(rel[2])[1:]
		}
		targets[rel[0]] = strings.ToLower(target)
	}
	others = map[string]bool{}
	d := xml.NewDecoder(bytes.NewReader(read(workbook)))
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		el, ok := tok.(xml.StartElement)
		if !ok || el.Name.Local != "sheet" {
			continue
		}
		var name, id string
		for _, a := range el.Attr {
			switch {
			case a.Name.Local == "name" && a.Name.Space == "":
				name = a.Value
			case a.Name.Local == "id" && a.Name.Space != "":
				id = a.Value
			}
		}
		target, ok := targets[id]
		if !ok {
			continue
		}
		if discrepancies == "" && strings.EqualFold(strings.TrimSpace(name), sheetDiscrepancies) {
			discrepancies = target
		} else {
			others[target] = true
		}
	}
	if discrepancies == "" || parts[discrepancies] == nil {
		return "", nil
	}
	delete(others, discrepancies)
	return discrepancies, others
}

// relationships returns the ID, type and target of each relationship
// in a relationships part.
func relationships(data []byte) [][3]string {
	var rels struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(data, &rels) != nil {
		return nil
	}
	out := make([][3]string, len(rels.Rel))
	for i, r := range rels.Rel {
		out[i] = [3]string{r.ID, r.Type, strings.ReplaceAll(r.Target, "\\", "/")}
	}
	return out
}

// sizeText writes a size in bytes for people, with one decimal: "300.0
// MiB", "2.0 GiB", "900 bytes".
func sizeText[T int64 | uint64](n T) string {
	for _, u := range units {
		if uint64(n) >= u.size {
			return fmt.Sprintf("%.1f %s", float64(n)/float64(u.size), u.unit)
		}
	}
	return fmt.Sprintf("%d bytes", uint64(n))
}

// limitText writes a limit in bytes, whole when it is: "256 MiB".
func limitText(n int64) string {
	for _, u := range units {
		if uint64(n) >= u.size && uint64(n)%u.size == 0 {
			return fmt.Sprintf("%d %s", uint64(n)/u.size, u.unit)
		}
	}
	return sizeText(n)
}

var units = []struct {
	size uint64
	unit string
}{{1 << 30, "GiB"}, {1 << 20, "MiB"}, {1 << 10, "KiB"}}

// reviewColumns are the columns of the headers ReadReviewRows reads;
// -1 for a header that is not there.
type reviewColumns struct {
	id, status, notes, writtenStatus, writtenNotes int
}

// reviewHeader returns the columns of the review headers when cells is
// the header row; id is -1 when it is not (it lacks ID or Status).
func reviewHeader(cells []string) reviewColumns {
	c := reviewColumns{-1, -1, -1, -1, -1}
	for i, cell := range cells {
		cell = strings.TrimSpace(cell)
		for _, h := range []struct {
			col  *int
			name string
		}{
			{&c.id, headerID}, {&c.status, headerStatus}, {&c.notes, headerNotes},
			{&c.writtenStatus, headerWrittenStatus}, {&c.writtenNotes, headerWrittenNotes},
		} {
			if *h.col < 0 && strings.EqualFold(cell, h.name) {
				*h.col = i
				break
			}
		}
	}
	if c.id < 0 || c.status < 0 {
		return reviewColumns{-1, -1, -1, -1, -1}
	}
	return c
}

// discrepancyID returns s as a discrepancy ID ("d" and 16 lower-case hex
// digits), accepting upper case, and whether it is one.
func discrepancyID(s string) (string, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if len(s) != 17 || s[0] != 'd' {
		return "", false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return "", false
		}
	}
	return s, true
}
