package nightly

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"hash/crc32"
	"io"
	"os"
	"os/user"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"crosscheck/analysis"
	"crosscheck/report/xlsx"
	"crosscheck/store"
)

// copyFile copies a workbook, as an analyst saving a copy to mail it.
func copyFile(tb testing.TB, from, to string) {
	tb.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		tb.Fatal(err)
	}
}

// setAuthor sets a workbook's last author, as Excel does on saving.
func setAuthor(tb testing.TB, path, name string) {
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
	props.LastModifiedBy = name
	if err := f.SetDocProps(props); err != nil {
		tb.Fatal(err)
	}
	if err := f.Save(); err != nil {
		tb.Fatal(err)
	}
}

// storedReviews returns the store's reviews.
func storedReviews(tb testing.TB, db string) map[string]analysis.Review {
	tb.Helper()
	st, err := store.Open(context.Background(), db)
	if err != nil {
		tb.Fatal(err)
	}
	defer st.Close()
	reviews, err := st.Reviews(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return reviews
}

// TestReviewStaleWorkbook: a colleague's review imported by hand from a
// copy of night 1's workbook survives the next night's import of the
// (older) night 1 workbook; an edit made in that workbook is applied,
// and only what was edited.
func TestReviewStaleWorkbook(t *testing.T) {
	for _, tc := range []struct {
		name             string
		edit             func(t *testing.T, path, id string) // the edit in night 1's own workbook
		status, notes    string                              // the review after night 2
		by, from         string
		imported         int
		colleagueTouched bool
	}{
		{"untouched", func(*testing.T, string, string) {}, "Confirmed", "Checked with the desk", "Kim Colleague", "colleague.xlsx", 0, true},
		{"notes edited", func(t *testing.T, path, id string) { review(t, path, id, "Open", "Ask Seoul too") },
			"Confirmed", "Ask Seoul too", "", "crosscheck-2026-11-20.xlsx", 1, true},
		{"status edited", func(t *testing.T, path, id string) { review(t, path, id, "Follow-up", "") },
			"Follow-up", "Checked with the desk", "", "crosscheck-2026-11-20.xlsx", 1, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			db, out := testDB(t), t.TempDir()
			res1, err := Run(ctx, options(db, out, feed(t, night1), "2026-11-20"))
			if err != nil {
				t.Fatal(err)
			}
			d1 := troops(t, res1.Report)
			w1 := workbook(t, res1.Paths)

			colleague := filepath.Join(t.TempDir(), "colleague.xlsx")
			copyFile(t, w1, colleague)
			review(t, colleague, d1.ID, "Confirmed", "Checked with the desk")
			setAuthor(t, colleague, "Kim Colleague")
			if n, warnings, err := ImportReviews(ctx, db, []string{colleague}); err != nil || n != 1 || len(warnings) > 0 {
				t.Fatalf("ImportReviews = %d, %q, %v; want 1 review", n, warnings, err)
			}
			tc.edit(t, w1, d1.ID)

			res2, err := Run(ctx, options(db, out, feed(t, night2), "2026-11-21"))
			if err != nil {
				t.Fatal(err)
			}
			if res2.Imported != tc.imported {
				t.Errorf("night 2 imported %d reviews, want %d", res2.Imported, tc.imported)
			}
			d2 := troops(t, res2.Report)
			if d2.Review == nil || d2.Review.Status != tc.status || d2.Review.Notes != tc.notes {
				t.Fatalf("night 2 review = %+v, want %s with notes %q", d2.Review, tc.status, tc.notes)
			}
			got := storedReviews(t, db)[d1.ID]
			if got.Status != tc.status || got.Notes != tc.notes || got.By != tc.by || got.From != tc.from {
				t.Errorf("stored review = %+v, want %s, %q, by %q from %s", got, tc.status, tc.notes, tc.by, tc.from)
			}
			if p := res2.Report.Run.ReviewProblems; len(p) > 0 {
				t.Errorf("review problems = %q, want none", p)
			}
		})
	}
}

// TestReviewUnknownStatusKeepsNotes: a status that is not a review
// status keeps the row's notes (and the status as it was), and the
// problem is reported in the run's summary and in the next workbook.
func TestReviewUnknownStatusKeepsNotes(t *testing.T) {
	ctx := context.Background()
	db, out := testDB(t), t.TempDir()
	res1, err := Run(ctx, options(db, out, feed(t, night1), "2026-11-20"))
	if err != nil {
		t.Fatal(err)
	}
	d1 := troops(t, res1.Report)
	review(t, workbook(t, res1.Paths), d1.ID, "Done", "Called the ministry")

	res2, err := Run(ctx, options(db, out, feed(t, night2), "2026-11-21"))
	if err != nil {
		t.Fatal(err)
	}
	d2 := troops(t, res2.Report)
	if d2.Review == nil || d2.Review.Status != analysis.ReviewOpen || d2.Review.Notes != "Called the ministry" {
		t.Errorf("night 2 review = %+v, want Open (as it was) with the notes kept", d2.Review)
	}
	problems := res2.Report.Run.ReviewProblems
	if len(problems) != 1 || !strings.Contains(problems[0], "crosscheck-2026-11-20.xlsx") ||
		!strings.Contains(problems[0], "row 2") || !strings.Contains(problems[0], `"Done"`) {
		t.Errorf("review problems = %q, want one naming the file, the row and the status", problems)
	}
	w2 := workbook(t, res2.Paths)
	if notes := cellBeside(t, w2, d1.ID, "Analyst notes"); notes != "Called the ministry" {
		t.Errorf("night 2 workbook notes = %q, want the notes kept", notes)
	}
	f, err := excelize.OpenFile(w2)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Summary")
	if err != nil {
		t.Fatal(err)
	}
	var summary []string
	for _, r := range rows {
		summary = append(summary, strings.Join(r, " "))
	}
	if !slices.Contains(summary, "Review import problems") || !slices.ContainsFunc(summary, func(l string) bool { return strings.Contains(l, `"Done"`) }) {
		t.Errorf("night 2 Summary lacks the review import problem:\n%s", strings.Join(summary, "\n"))
	}
}

// TestReviewImportAuthor: a hand import records who made the reviews:
// the workbook's last author, or else the user who ran the import.
func TestReviewImportAuthor(t *testing.T) {
	ctx := context.Background()
	db, out := testDB(t), t.TempDir()
	res1, err := Run(ctx, options(db, out, feed(t, night1), "2026-11-20"))
	if err != nil {
		t.Fatal(err)
	}
	d1 := troops(t, res1.Report)
	w1 := workbook(t, res1.Paths)
	named := filepath.Join(t.TempDir(), "named.xlsx")
	copyFile(t, w1, named)
	review(t, named, d1.ID, "Confirmed", "one")
	setAuthor(t, named, "Jane Analyst")
	if _, _, err := ImportReviews(ctx, db, []string{named}); err != nil {
		t.Fatal(err)
	}
	if got := storedReviews(t, db)[d1.ID]; got.By != "Jane Analyst" || got.From != "named.xlsx" || got.Updated == "" {
		t.Errorf("review = %+v, want by Jane Analyst from named.xlsx, with a time", got)
	}

	// A workbook still naming crosscheck as its author names nobody.
	anon := filepath.Join(t.TempDir(), "anon.xlsx")
	copyFile(t, w1, anon)
	review(t, anon, d1.ID, "Dismissed", "two")
	u, err := user.Current()
	if err != nil {
		t.Skip("no current user:", err)
	}
	if _, _, err := ImportReviews(ctx, db, []string{anon}); err != nil {
		t.Fatal(err)
	}
	if got := storedReviews(t, db)[d1.ID]; got.By != u.Username || got.By == "crosscheck" {
		t.Errorf("review = %+v, want by %q (the user who ran the import)", got, u.Username)
	}
}

// zipBomb rewrites the workbook at path so that its Discrepancies sheet
// (xl/worksheets/sheet2.xml) inflates to size bytes of zeros. The
// deflate stream is built from one compressed MiB repeated, so making it
// costs neither time nor memory.
func zipBomb(tb testing.TB, path string, size int64) {
	tb.Helper()
	const chunk = 1 << 20
	if size%chunk != 0 {
		tb.Fatalf("zipBomb: size %d is not a whole number of MiB", size)
	}
	zeros := make([]byte, chunk)
	var piece bytes.Buffer
	fw, _ := flate.NewWriter(&piece, flate.BestCompression)
	fw.Write(zeros)
	fw.Flush() // non-final blocks that refer only to themselves: they can be repeated
	var crc uint32
	for range size / chunk {
		crc = crc32.Update(crc, crc32.IEEETable, zeros)
	}
	stream := append(bytes.Repeat(piece.Bytes(), int(size/chunk)), 0x03, 0x00) // and an empty final block

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
	for _, f := range zr.File {
		if f.Name != "xl/worksheets/sheet2.xml" {
			if err := zw.Copy(f); err != nil {
				tb.Fatal(err)
			}
			continue
		}
		w, err := zw.CreateRaw(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, CRC32: crc,
			CompressedSize64: uint64(len(stream)), UncompressedSize64: uint64(size)})
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := io.Copy(w, bytes.NewReader(stream)); err != nil {
			tb.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// TestReviewZipBombNight: a previous workbook whose sheet inflates past
// the limit is refused without being read; the night goes on without its
// reviews and says so in the run's review problems.
func TestReviewZipBombNight(t *testing.T) {
	ctx := context.Background()
	db, out := testDB(t), t.TempDir()
	res1, err := Run(ctx, options(db, out, feed(t, night1), "2026-11-20"))
	if err != nil {
		t.Fatal(err)
	}
	w1 := workbook(t, res1.Paths)
	zipBomb(t, w1, 300<<20)
	res2, err := Run(ctx, options(db, out, feed(t, night2), "2026-11-21"))
	if err != nil {
		t.Fatalf("night 2 after a zip bomb: %v", err)
	}
	if res2.Imported != 0 {
		t.Errorf("imported %d reviews from a zip bomb", res2.Imported)
	}
	problems := res2.Report.Run.ReviewProblems
	if len(problems) != 1 || !strings.Contains(problems[0], "crosscheck-2026-11-20.xlsx") ||
		!strings.Contains(problems[0], "xl/worksheets/sheet2.xml inflates to 300.0 MiB, over the 256 MiB limit") ||
		!strings.Contains(problems[0], "goes on without") {
		t.Errorf("review problems = %q, want the file, the part, its size and that the night goes on without it", problems)
	}
	if strings.Contains(strings.Join(problems, "\n"), out) {
		t.Errorf("review problems %q give the output folder's path", problems)
	}
	// Nothing is left beside the workbook.
	entries, _ := os.ReadDir(filepath.Dir(w1))
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") || strings.HasPrefix(e.Name(), "excelize") {
			t.Errorf("left behind in the night folder: %s", e.Name())
		}
	}
}

// TestChangedReviews: what a workbook's rows change in the stored
// reviews, with and without the values the rows were written with.
func TestChangedReviews(t *testing.T) {
	now := time.Date(2026, 11, 22, 2, 30, 0, 0, time.UTC)
	const d = "d0123456789abcdef"
	stored := analysis.Review{Discrepancy: d, Status: "Confirmed", Notes: "Checked with the desk", From: "colleague.xlsx", By: "Kim"}
	row := func(status, notes, wStatus, wNotes string) xlsx.ReviewRow {
		r := xlsx.ReviewRow{Review: analysis.Review{Discrepancy: d, Status: status, Notes: notes, From: "night.xlsx", By: "Sam"},
			Written: wStatus != "", WrittenStatus: wStatus, WrittenNotes: wNotes}
		if status == "Done" {
			r.Status, r.BadStatus = "", "Done"
		}
		return r
	}
	for _, tc := range []struct {
		name          string
		row           xlsx.ReviewRow
		stored        bool
		want          bool // a change
		status, notes string
	}{
		{"as written, store newer", row("Open", "", "Open", ""), true, false, "", ""},
		{"as written, nothing stored", row("Confirmed", "x", "Confirmed", "x"), false, false, "", ""},
		{"notes edited", row("Open", "Ask Seoul", "Open", ""), true, true, "Confirmed", "Ask Seoul"},
		{"status edited", row("Dismissed", "", "Open", ""), true, true, "Dismissed", "Checked with the desk"},
		{"both edited", row("Follow-up", "Call", "Open", ""), true, true, "Follow-up", "Call"},
		{"edited back to the stored review", row("Confirmed", "Checked with the desk", "Open", ""), true, false, "", ""},
		{"edited, nothing stored", row("Open", "first", "Open", ""), false, true, "Open", "first"},
		{"unknown status, notes edited", row("Done", "Called", "Open", ""), true, true, "Confirmed", "Called"},
		{"unknown status, notes as written", row("Done", "", "Open", ""), true, false, "", ""},
		{"old workbook: differs from the store", row("Open", "", "", ""), true, true, "Open", ""},
		{"old workbook: same as the store", row("Confirmed", "Checked with the desk", "", ""), true, false, "", ""},
		{"old workbook: untouched, nothing stored", row("Open", "", "", ""), false, false, "", ""},
		{"old workbook: unknown status keeps the stored one", row("Done", "Called", "", ""), true, true, "Confirmed", "Called"},
		{"old workbook: unknown status, nothing stored", row("Done", "Called", "", ""), false, true, "Open", "Called"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reviews := map[string]analysis.Review{}
			if tc.stored {
				reviews[d] = stored
			}
			got := Changed([]xlsx.ReviewRow{tc.row}, reviews, now)
			if !tc.want {
				if len(got) != 0 || (tc.stored && reviews[d] != stored) {
					t.Errorf("Changed = %+v (stored now %+v), want no change", got, reviews[d])
				}
				return
			}
			want := analysis.Review{Discrepancy: d, Status: tc.status, Notes: tc.notes, From: "night.xlsx", By: "Sam", Updated: "2026-11-22T02:30:00Z"}
			if len(got) != 1 || got[0] != want || reviews[d] != want {
				t.Errorf("Changed = %+v (stored now %+v), want %+v", got, reviews[d], want)
			}
		})
	}
}
