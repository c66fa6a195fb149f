package report

import (
	"archive/zip"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/xuri/excelize/v2"

	"crosscheck/analysis"
)

// The headers ReadReviews looks for on the Discrepancies sheet. Reviews
// are found by header name, not by column, so the header text must not
// change: WriteXLSX writes exactly these.
const (
	xlHeaderID     = "ID"
	xlHeaderStatus = "Status"
	xlHeaderNotes  = "Analyst notes"
)

// ReadReviews reads the analysts' reviews back from a workbook written by
// WriteXLSX and edited in Excel or LibreOffice: one Review per row of the
// Discrepancies sheet that has a discrepancy ID ("d" and 16 hex digits),
// with the Status normalised to one of analysis.ReviewStatuses (empty is
// Open), the notes trimmed, and From set to the workbook's file name.
//
// The header row is found by its names (ID, Status and, if present,
// Analyst notes; any case, any columns, any row), so analysts may insert,
// move or hide columns and rows. Rows without an ID are skipped; a row
// whose status is not a review status is skipped with a warning, as are a
// malformed ID and a repeated one; the warnings name the row. The sheet
// is read row by row, never whole.
//
// It returns an error, naming the file, when the file is not a workbook,
// has no Discrepancies sheet, or that sheet has no ID and Status headers.
func ReadReviews(path string) (reviews []analysis.Review, warnings []string, err error) {
	name := filepath.Base(path)
	f, err := excelize.OpenFile(path)
	if err != nil {
		if errors.Is(err, zip.ErrFormat) || errors.Is(err, excelize.ErrWorkbookFileFormat) {
			return nil, nil, fmt.Errorf("read reviews from %s: not an Excel workbook (.xlsx): %w", path, err)
		}
		return nil, nil, fmt.Errorf("read reviews from %s: %w", path, err)
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("read reviews from %s: %w", path, cerr)
		}
	}()
	sheet := ""
	for _, s := range f.GetSheetList() {
		if strings.EqualFold(strings.TrimSpace(s), xlDiscrepancies) {
			sheet = s
			break
		}
	}
	if sheet == "" {
		return nil, nil, fmt.Errorf("read reviews from %s: no %s sheet (sheets: %s)", path, xlDiscrepancies, strings.Join(f.GetSheetList(), ", "))
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, nil, fmt.Errorf("read reviews from %s: %w", path, err)
	}
	defer rows.Close()

	idCol, statusCol, notesCol := -1, -1, -1
	seen := map[string]int{} // discrepancy ID -> row it was read from
	for n := 1; rows.Next(); n++ {
		// Raw values: the text as stored. Formatting every cell (dates
		// above all) would take most of the time on a long sheet, and
		// none of the columns read is a number.
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, nil, fmt.Errorf("read reviews from %s: %s row %d: %w", path, sheet, n, err)
		}
		if idCol < 0 {
			idCol, statusCol, notesCol = xlReviewHeader(cells)
			continue
		}
		get := func(col int) string {
			if col < 0 || col >= len(cells) {
				return ""
			}
			return strings.TrimSpace(strings.ReplaceAll(cells[col], "\r\n", "\n"))
		}
		rawID, rawStatus, notes := get(idCol), get(statusCol), get(notesCol)
		if rawID == "" {
			if rawStatus != "" || notes != "" {
				warnings = append(warnings, fmt.Sprintf("%s row %d: a status or notes but no discrepancy ID; row skipped", sheet, n))
			}
			continue
		}
		id, ok := xlDiscrepancyID(rawID)
		if !ok {
			if rawStatus != "" || notes != "" {
				warnings = append(warnings, fmt.Sprintf("%s row %d: %q is not a discrepancy ID; row skipped", sheet, n, xlTruncate(rawID, 40)))
			}
			continue
		}
		status, ok := xlReviewStatus(rawStatus)
		if !ok {
			warnings = append(warnings, fmt.Sprintf("%s row %d: status %q of %s is not one of %s; row skipped",
				sheet, n, xlTruncate(rawStatus, 40), id, strings.Join(analysis.ReviewStatuses, ", ")))
			continue
		}
		if first, dup := seen[id]; dup {
			warnings = append(warnings, fmt.Sprintf("%s row %d: %s was already reviewed on row %d; row skipped", sheet, n, id, first))
			continue
		}
		seen[id] = n
		reviews = append(reviews, analysis.Review{Discrepancy: id, Status: status, Notes: notes, From: name})
	}
	if err := rows.Error(); err != nil {
		return nil, nil, fmt.Errorf("read reviews from %s: %w", path, err)
	}
	if idCol < 0 {
		return nil, nil, fmt.Errorf("read reviews from %s: the %s sheet has no header row with %q and %q columns", path, sheet, xlHeaderID, xlHeaderStatus)
	}
	return reviews, warnings, nil
}

// reviewed reports whether a review says anything: a status other than
// Open, or notes. A workbook gives every discrepancy an Open review with no
// notes until an analyst touches it; those are not counted as reviewed.
func reviewed(rv *analysis.Review) bool {
	if rv == nil {
		return false
	}
	status, ok := xlReviewStatus(rv.Status)
	return !ok || status != analysis.ReviewOpen || strings.TrimSpace(rv.Notes) != ""
}

// xlReviewHeader returns the columns of the ID, Status and Analyst notes
// headers when cells is the header row; idCol is -1 when it is not (it
// lacks ID or Status). notesCol is -1 when there is no notes column.
func xlReviewHeader(cells []string) (idCol, statusCol, notesCol int) {
	idCol, statusCol, notesCol = -1, -1, -1
	for i, c := range cells {
		c = strings.TrimSpace(c)
		switch {
		case idCol < 0 && strings.EqualFold(c, xlHeaderID):
			idCol = i
		case statusCol < 0 && strings.EqualFold(c, xlHeaderStatus):
			statusCol = i
		case notesCol < 0 && strings.EqualFold(c, xlHeaderNotes):
			notesCol = i
		}
	}
	if idCol < 0 || statusCol < 0 {
		return -1, -1, -1
	}
	return idCol, statusCol, notesCol
}

// xlDiscrepancyID returns s as a discrepancy ID ("d" and 16 lower-case hex
// digits), accepting upper case, and whether it is one.
func xlDiscrepancyID(s string) (string, bool) {
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

// xlReviewStatus returns the review status s names, as spelled in
// analysis.ReviewStatuses, and whether it names one. Case, surrounding
// space and the hyphen of Follow-up do not matter ("follow up" is
// Follow-up); empty is Open, and so is "New", the default the workbook's
// drop-down offered before reviews were carried over from night to night.
func xlReviewStatus(s string) (string, bool) {
	key := xlStatusKey(s)
	if key == "" || key == "new" {
		return analysis.ReviewOpen, true
	}
	for _, st := range analysis.ReviewStatuses {
		if xlStatusKey(st) == key {
			return st, true
		}
	}
	return "", false
}

// xlStatusKey lower-cases a status and drops its spaces, hyphens and
// underscores.
func xlStatusKey(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\u00a0', '-', '\u2010', '\u2011', '\u2013', '_':
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}
