package xlsx

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"crosscheck/analysis"
	"crosscheck/report/internal/reporttest"
)

// TestOrderDiscrepancies checks the Discrepancies sheet order: settled
// last, otherwise the most severe first, then report order.
func TestOrderDiscrepancies(t *testing.T) {
	settled := func(sev string) analysis.Discrepancy {
		return analysis.Discrepancy{Severity: sev, Mark: analysis.MarkUnchanged, Review: &analysis.Review{Status: analysis.ReviewDismissed}}
	}
	for _, tc := range []struct {
		name     string
		in       []analysis.Discrepancy
		want     []int // indexes of in, in sheet order
		wantOpen int
	}{
		{"empty", nil, []int{}, 0},
		{"severity, then report order", []analysis.Discrepancy{{Severity: "low"}, {Severity: "high"}, {Severity: "low"}, {Severity: "medium"}},
			[]int{1, 3, 0, 2}, 4},
		{"settled last, by severity", []analysis.Discrepancy{settled("low"), {Severity: "low"}, settled("high"), {Severity: "medium"}},
			[]int{3, 1, 2, 0}, 2},
		{"all settled", []analysis.Discrepancy{settled("low"), settled("high")}, []int{1, 0}, 0},
		// regressions: dismissed but changed, and unchanged but not
		// dismissed, are not settled.
		{"dismissed but changed", []analysis.Discrepancy{
			settled("high"),
			{Severity: "low", Mark: analysis.MarkChanged, Review: &analysis.Review{Status: analysis.ReviewDismissed}},
			{Severity: "low", Mark: analysis.MarkUnchanged, Review: &analysis.Review{Status: analysis.ReviewConfirmed}},
		}, []int{1, 2, 0}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, open := orderDiscrepancies(tc.in)
			idx := []int{}
			for _, d := range got {
				idx = append(idx, int(d))
			}
			if !slices.Equal(idx, tc.want) || open != tc.wantOpen {
				t.Errorf("orderDiscrepancies = %v, %d open; want %v, %d", idx, open, tc.want, tc.wantOpen)
			}
		})
	}
}

// TestXLSXNightly checks what a night with a store adds to the workbook:
// the Change and First seen columns, reviews filled in, settled rows last,
// the night on the Summary, stored articles.
func TestXLSXNightly(t *testing.T) {
	r := reporttest.MarkedReport()
	f := mustOpenXLSX(t, mustWriteXLSX(t, r, Options{}))
	rows := mustRows(t, f, "Discrepancies")
	cell := func(row []string, header string) string {
		i := col(t, "Discrepancies", header) - 1
		if i >= len(row) {
			return ""
		}
		return row[i]
	}
	type want struct{ id, severity, change, firstSeen, status, notes string }
	wants := []want{
		{"d00000000000000a2", "high", "Changed", "2024-11-02", "Follow-up", "Call them."},
		{"d00000000000000a3", "medium", "Unchanged", "2024-11-02", "Confirmed", ""},
		{"d00000000000000a4", "medium", "", "", "Open", ""},
		{"d00000000000000a1", "low", "New", "2024-11-02", "Open", ""},
		{"d00000000000000a0", "high", "Unchanged", "2024-11-02", "Dismissed", "Known."}, // settled: last
	}
	if len(rows) != len(wants)+1 {
		t.Fatalf("Discrepancies has %d rows, want %d", len(rows), len(wants)+1)
	}
	for i, w := range wants {
		row := rows[i+1]
		got := want{cell(row, "ID"), cell(row, "Severity"), cell(row, "Change"), cell(row, "First seen"), cell(row, "Status"), cell(row, "Analyst notes")}
		if got != w {
			t.Errorf("Discrepancies row %d = %+v, want %+v", i+2, got, w)
		}
	}
	cf, err := f.GetConditionalFormats("Discrepancies")
	if err != nil || len(cf["C2:C6"]) != 2 {
		t.Errorf("GetConditionalFormats(Discrepancies) = %v, %v; want the New and Changed rules on C2:C6", cf, err)
	}

	// The Summary: the night, the window, the marks; the top list skips
	// the settled discrepancy and says so.
	summary := map[string]string{}
	var top []string
	var all []string
	for i, row := range mustRows(t, f, "Summary") {
		if len(row) >= 2 {
			summary[row[0]] = row[1]
		}
		all = append(all, strings.Join(row, "\t"))
		if ok, target, _ := f.GetCellHyperLink("Summary", cellName(t, 1, i+1)); ok {
			top = append(top, row[0])
			if id, _ := f.GetCellValue("Discrepancies", strings.TrimPrefix(target, "Discrepancies!")); id != row[0] {
				t.Errorf("Summary link %s goes to %s, which holds %q", row[0], target, id)
			}
			if row[2] != markText(r.Discrepancies[slices.IndexFunc(r.Discrepancies, func(d analysis.Discrepancy) bool { return d.ID == row[0] })].Mark) {
				t.Errorf("Summary top row %q: Change = %q", row, row[2])
			}
		}
	}
	for label, want := range map[string]string{
		"Night": "2024-11-05", "Compared from": "2024-10-29", "Window (days)": "7", "New articles": "1", "Stored articles": "0",
		"new": "1", "changed": "1", "unchanged": "2", "Reviewed": "3", "dismissed, unchanged": "1", "stored": "0",
	} {
		if got := summary[label]; got != want {
			t.Errorf("Summary %q = %q, want %q", label, got, want)
		}
	}
	if want := []string{"d00000000000000a2", "d00000000000000a3", "d00000000000000a4", "d00000000000000a1"}; !slices.Equal(top, want) {
		t.Errorf("Summary top discrepancies = %q, want %q (the settled one left out)", top, want)
	}
	if !slices.ContainsFunc(all, func(l string) bool { return strings.HasPrefix(l, "Left out: 1 dismissed earlier and unchanged since") }) {
		t.Errorf("Summary does not say that a settled discrepancy was left out:\n%s", strings.Join(all, "\n"))
	}

	t.Run("all settled", func(t *testing.T) {
		r := reporttest.MarkedReport()
		r.Discrepancies = r.Discrepancies[:1]
		f := mustOpenXLSX(t, mustWriteXLSX(t, r, Options{}))
		found := false
		for _, row := range mustRows(t, f, "Summary") {
			found = found || slices.Contains(row, "No discrepancies need attention: the 1 discrepancy found was dismissed earlier and has not changed since.")
		}
		if !found {
			t.Errorf("Summary does not say that nothing needs attention")
		}
	})

	t.Run("stored article", func(t *testing.T) {
		r := reporttest.NightlyReport(t)
		f := mustOpenXLSX(t, mustWriteXLSX(t, r, Options{}))
		rows := mustRows(t, f, "Articles")
		status, seen := col(t, "Articles", "Status")-1, col(t, "Articles", "First seen")-1
		if rows[1][status] != "stored" || rows[1][seen] != "2024-11-01" || rows[2][seen] != "2024-11-05" {
			t.Errorf("Articles rows = %q, %q; want the first stored, first seen 2024-11-01, the next 2024-11-05", rows[1], rows[2])
		}
		cf, err := f.GetConditionalFormats("Articles")
		if err != nil {
			t.Fatal(err)
		}
		for ref, rules := range cf {
			for _, rule := range rules {
				if strings.Contains(rule.Value, "stored") {
					t.Errorf("Articles %s colours stored articles (%+v), like a failure", ref, rule)
				}
			}
		}
	})
}

// analystEdit edits a workbook as an analyst would in Excel: it sets the
// Status and Analyst notes cells of the discrepancies named in edits and
// saves the file.
func analystEdit(tb testing.TB, path string, edits map[string][2]string) {
	tb.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		tb.Fatalf("excelize.OpenFile = %v", err)
	}
	defer f.Close()
	rows := mustRows(tb, f, "Discrepancies")
	id, status, notes := slices.Index(rows[0], "ID"), slices.Index(rows[0], "Status"), slices.Index(rows[0], "Analyst notes")
	done := 0
	for i, row := range rows[1:] {
		e, ok := edits[row[id]]
		if !ok {
			continue
		}
		if err := f.SetCellStr("Discrepancies", cellName(tb, status+1, i+2), e[0]); err != nil {
			tb.Fatal(err)
		}
		if err := f.SetCellStr("Discrepancies", cellName(tb, notes+1, i+2), e[1]); err != nil {
			tb.Fatal(err)
		}
		done++
	}
	if done != len(edits) {
		tb.Fatalf("analystEdit: edited %d of %d discrepancies", done, len(edits))
	}
	if err := f.Save(); err != nil {
		tb.Fatalf("Save = %v", err)
	}
}

// writeXLSXFile writes r as a workbook at dir/name and returns its path.
func writeXLSXFile(tb testing.TB, r *analysis.Report, dir, name string) string {
	tb.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, mustWriteXLSX(tb, r, Options{Marking: "UNCLASSIFIED"}), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// mustReadReviews reads the reviews of a workbook, which must have no
// warnings.
func mustReadReviews(tb testing.TB, path string) map[string]analysis.Review {
	tb.Helper()
	reviews, warnings, err := ReadReviews(path)
	if err != nil {
		tb.Fatalf("ReadReviews(%s) = %v", filepath.Base(path), err)
	}
	if len(warnings) > 0 {
		tb.Errorf("ReadReviews(%s) warnings = %q, want none", filepath.Base(path), warnings)
	}
	out := map[string]analysis.Review{}
	for _, rv := range reviews {
		out[rv.Discrepancy] = rv
	}
	if len(out) != len(reviews) {
		tb.Errorf("ReadReviews(%s) gave %d reviews for %d discrepancies", filepath.Base(path), len(reviews), len(out))
	}
	return out
}

// analystReviews are the edits of the tests: the fixture's two
// discrepancies, one confirmed with notes in curly quotes on two lines,
// one dismissed.
var analystNotes = "Checked with the desk: “12,000” is the NIS figure.\nThe US says ‘nearly 8,000’ — both stand."

// fixtureEdits returns the edits for r's discrepancies and the reviews
// ReadReviews should give after them, from a workbook named file.
func fixtureEdits(r *analysis.Report, file string) (map[string][2]string, map[string]analysis.Review) {
	edits := map[string][2]string{}
	want := map[string]analysis.Review{}
	for i, d := range r.Discrepancies {
		status, notes := analysis.ReviewConfirmed, analystNotes
		if i%2 == 1 {
			status, notes = analysis.ReviewDismissed, "  Duplicate of the split on troops.  "
		}
		edits[d.ID] = [2]string{status, notes}
		want[d.ID] = analysis.Review{Discrepancy: d.ID, Status: status, Notes: strings.TrimSpace(notes), From: file}
	}
	return edits, want
}

// TestReadReviewsAnalystEdit reads back a workbook written by Write
// and edited by an analyst.
func TestReadReviewsAnalystEdit(t *testing.T) {
	r := reporttest.FixtureReport(t)
	path := writeXLSXFile(t, r, t.TempDir(), "crosscheck-2024-11-05.xlsx")
	edits, want := fixtureEdits(r, "crosscheck-2024-11-05.xlsx")
	analystEdit(t, path, edits)
	if got := mustReadReviews(t, path); !reflect.DeepEqual(got, want) {
		t.Errorf("ReadReviews = %+v\nwant %+v", got, want)
	}
}

// TestReadReviewsPrefill checks that the reviews a report carries come
// back from its workbook unchanged: marks and reviews round-trip.
func TestReadReviewsPrefill(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    *analysis.Report
	}{
		{"nightly fixture", reporttest.NightlyReport(t)},
		{"every mark", reporttest.MarkedReport()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeXLSXFile(t, tc.r, t.TempDir(), "night.xlsx")
			got := mustReadReviews(t, path)
			if len(got) != len(tc.r.Discrepancies) {
				t.Errorf("ReadReviews gave %d reviews, want one per discrepancy (%d)", len(got), len(tc.r.Discrepancies))
			}
			for _, d := range tc.r.Discrepancies {
				status, notes := analysis.ReviewOpen, ""
				if d.Review != nil {
					status, _ = analysis.ParseReviewStatus(d.Review.Status)
					notes = d.Review.Notes
				}
				want := analysis.Review{Discrepancy: d.ID, Status: status, Notes: notes, From: "night.xlsx"}
				if got[d.ID] != want {
					t.Errorf("review of %s = %+v, want %+v", d.ID, got[d.ID], want)
				}
			}
		})
	}
}

// TestReadReviewsLibreOffice edits a workbook, re-saves it with
// LibreOffice as an analyst without Excel would, and reads the reviews
// back from the re-saved file.
func TestReadReviewsLibreOffice(t *testing.T) {
	soffice := lookSoffice(t, "re-save round trip of reviews")
	r := reporttest.NightlyReport(t)
	dir := t.TempDir()
	path := writeXLSXFile(t, r, dir, "crosscheck-2024-11-05.xlsx")
	edits, want := fixtureEdits(r, "crosscheck-2024-11-05.xlsx")
	analystEdit(t, path, edits)
	outDir := filepath.Join(dir, "resaved")
	if err := os.Mkdir(outDir, 0o755); err != nil {
		t.Fatal(err)
	}
	resaved := convertSoffice(t, soffice, dir, path, "xlsx", outDir)
	// The file read back is LibreOffice's, not a copy of ours.
	f, err := excelize.OpenFile(resaved)
	if err != nil {
		t.Fatal(err)
	}
	app, err := f.GetAppProps()
	f.Close()
	if err != nil || !strings.HasPrefix(app.Application, "LibreOffice") {
		t.Fatalf("re-saved workbook's application = %+v, %v; want LibreOffice", app, err)
	}
	if got := mustReadReviews(t, resaved); !reflect.DeepEqual(got, want) {
		t.Errorf("ReadReviews(re-saved by LibreOffice) = %+v\nwant %+v", got, want)
	}
	if got := mustReadReviews(t, path); !reflect.DeepEqual(got, want) {
		t.Errorf("ReadReviews(edited) = %+v\nwant %+v", got, want)
	}
}

// reviewSheet writes a workbook whose Discrepancies sheet has the given
// rows (nil for an empty row), last saved by Jane Analyst, and returns
// its path.
func reviewSheet(tb testing.TB, rows ...[]string) string {
	tb.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetDocProps(&excelize.DocProperties{Creator: "crosscheck", LastModifiedBy: "Jane Analyst"}); err != nil {
		tb.Fatal(err)
	}
	if err := f.SetSheetName("Sheet1", "Notes"); err != nil {
		tb.Fatal(err)
	}
	if _, err := f.NewSheet("discrepancies "); err != nil { // names match in any case, trimmed
		tb.Fatal(err)
	}
	for i, row := range rows {
		for j, v := range row {
			if err := f.SetCellStr("discrepancies ", cellName(tb, j+1, i+1), v); err != nil {
				tb.Fatal(err)
			}
		}
	}
	path := filepath.Join(tb.TempDir(), "edited.xlsx")
	if err := f.SaveAs(path); err != nil {
		tb.Fatal(err)
	}
	return path
}

// TestReadReviews checks header finding, status normalisation, skipped
// rows and warnings on hand-made sheets.
func TestReadReviews(t *testing.T) {
	const (
		id1 = "d0123456789abcdef"
		id2 = "dfedcba9876543210"
		id3 = "d00000000000000ff"
	)
	rv := func(id, status, notes string) analysis.Review {
		return analysis.Review{Discrepancy: id, Status: status, Notes: notes, From: "edited.xlsx", By: "Jane Analyst"}
	}
	for _, tc := range []struct {
		name     string
		rows     [][]string
		want     []analysis.Review
		warnings []string
	}{
		{"header in row 3, columns moved",
			[][]string{{"Reviewed by J."}, nil,
				{"Analyst notes", "Severity", "  status ", "id"},
				{"fine", "high", "CONFIRMED", id1},
				{"", "low", "", id2},
			},
			[]analysis.Review{rv(id1, "Confirmed", "fine"), rv(id2, "Open", "")}, nil},
		{"no notes column",
			[][]string{{"ID", "Status"}, {id1, "dismissed"}},
			[]analysis.Review{rv(id1, "Dismissed", "")}, nil},
		{"status spellings",
			[][]string{{"ID", "Status", "Analyst notes"},
				{id1, "follow up", ""}, {id2, " Follow-Up ", ""}, {id3, "New", ""}},
			[]analysis.Review{rv(id1, "Follow-up", ""), rv(id2, "Follow-up", ""), rv(id3, "Open", "")}, nil},
		{"notes trimmed, line breaks kept",
			[][]string{{"ID", "Status", "Analyst notes"}, {id1, "Open", "  “quoted”\r\nsecond line \n"}},
			[]analysis.Review{rv(id1, "Open", "“quoted”\nsecond line")}, nil},
		{"upper-case ID",
			[][]string{{"ID", "Status"}, {strings.ToUpper(id1), "Confirmed"}},
			[]analysis.Review{rv(id1, "Confirmed", "")}, nil},
		{"rows skipped",
			[][]string{{"ID", "Status", "Analyst notes"},
				{id1, "Done", "x"},
				{"Total", "", ""},
				{"d123", "Confirmed", ""},
				{"", "Dismissed", ""},
				nil,
				{id2, "Confirmed", "first"},
				{id2, "Dismissed", "second"},
				{id3, "Dismissed", ""},
			},
			[]analysis.Review{rv(id2, "Confirmed", "first"), rv(id3, "Dismissed", "")},
			[]string{
				`discrepancies  row 2: status "Done" of ` + id1 + ` is not one of Open, Confirmed, Dismissed, Follow-up; status left as it was, notes kept`,
				`discrepancies  row 4: "d123" is not a discrepancy ID; row skipped`,
				`discrepancies  row 5: a status or notes but no discrepancy ID; row skipped`,
				`discrepancies  row 8: ` + id2 + ` was already reviewed on row 7; row skipped`,
			}},
		{"header only", [][]string{{"ID", "Status"}}, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, warnings, err := ReadReviews(reviewSheet(t, tc.rows...))
			if err != nil {
				t.Fatalf("ReadReviews = %v", err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ReadReviews = %+v\nwant %+v", got, tc.want)
			}
			if !slices.Equal(warnings, tc.warnings) {
				t.Errorf("ReadReviews warnings = %q\nwant %q", warnings, tc.warnings)
			}
		})
	}
}

// TestReadReviewsErrors checks that a file ReadReviews cannot use gives an
// error naming it.
func TestReadReviewsErrors(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte("ID,Status\nd0123456789abcdef,Confirmed\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	noSheet := filepath.Join(dir, "other.xlsx")
	f := excelize.NewFile()
	if err := f.SaveAs(noSheet); err != nil {
		t.Fatal(err)
	}
	f.Close()
	for _, tc := range []struct {
		name, path, want string
	}{
		{"missing", filepath.Join(dir, "gone.xlsx"), "gone.xlsx"},
		{"not a workbook", text, "not an Excel workbook"},
		{"no Discrepancies sheet", noSheet, "no Discrepancies sheet"},
		{"no Status header", reviewSheet(t, []string{"ID", "State"}, []string{"d0123456789abcdef", "Confirmed"}), `no header row with "ID" and "Status"`},
		{"no ID header", reviewSheet(t, []string{"Discrepancy", "Status"}), `no header row with "ID" and "Status"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _, err := ReadReviews(tc.path)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), filepath.Base(tc.path)) {
				t.Errorf("ReadReviews(%s) = %v, %v; want an error naming the file and saying %q", filepath.Base(tc.path), got, err, tc.want)
			}
		})
	}
}

// reviewedReport is a report of n discrepancies, every third with a
// review, and nothing else: the Discrepancies sheet of a long night.
func reviewedReport(n int) *analysis.Report {
	r := &analysis.Report{Schema: analysis.Schema, Generated: "2024-11-05T06:00:00Z"}
	r.Discrepancies = make([]analysis.Discrepancy, n)
	for i := range r.Discrepancies {
		d := &r.Discrepancies[i]
		*d = analysis.Discrepancy{ID: fmt.Sprintf("d%016x", i), Kind: "numeric", Severity: []string{"high", "medium", "low"}[i%3],
			Class: "conflicting", Subject: fmt.Sprintf("Country %d: troops", i), Summary: "Figures range from about 10,000 to about 16,000.",
			Mark: analysis.MarkUnchanged, FirstSeen: reporttest.Night.AddDays(-i % 14)}
		if i%3 == 0 {
			d.Review = &analysis.Review{Discrepancy: d.ID, Status: analysis.ReviewStatuses[i%4], Notes: fmt.Sprintf("Note %d,\nchecked.", i)}
		}
	}
	return r
}

// BenchmarkReadReviews reads the reviews of a long night's workbook.
func BenchmarkReadReviews(b *testing.B) {
	const n = 20000
	path := writeXLSXFile(b, reviewedReport(n), b.TempDir(), "big.xlsx")
	for b.Loop() {
		reviews, _, err := ReadReviews(path)
		if err != nil || len(reviews) != n {
			b.Fatalf("ReadReviews = %d reviews, %v; want %d", len(reviews), err, n)
		}
	}
}

// FuzzReviewStatus checks the normalisation of what analysts type in the
// Status and ID cells: a status that is accepted is one of
// analysis.ReviewStatuses and reads back as itself; an accepted ID is
// "d" and 16 lower-case hex digits.
func FuzzReviewStatus(f *testing.F) {
	for _, s := range []string{"", "Open", "follow up", "FOLLOW-UP", " Dismissed ", "New", "Done", "d0123456789ABCDEF", "d123"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if st, ok := analysis.ParseReviewStatus(s); ok {
			if !slices.Contains(analysis.ReviewStatuses, st) {
				t.Fatalf("analysis.ParseReviewStatus(%q) = %q, not a review status", s, st)
			}
			if again, ok := analysis.ParseReviewStatus(st); !ok || again != st {
				t.Fatalf("analysis.ParseReviewStatus(%q) = %q, %v; want itself", st, again, ok)
			}
		}
		if id, ok := discrepancyID(s); ok {
			if again, ok := discrepancyID(id); !ok || again != id || len(id) != 17 || id != strings.ToLower(id) {
				t.Fatalf("discrepancyID(%q) = %q, not a canonical ID", s, id)
			}
		}
	})
}
