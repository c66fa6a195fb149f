package nightly

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"crosscheck/analysis"
	"crosscheck/analysis/compare"
	"crosscheck/pipeline"
	"crosscheck/report"
	"crosscheck/report/xlsx"
	"crosscheck/store"
	"crosscheck/store/storetest"
)

func page(date, title string, paragraphs ...string) string {
	return " date " + date + " " + title + "\n" + title + "\n\n" + strings.Join(paragraphs, "\n\n") + "\n"
}

// feed writes a night's articles into a folder of their own.
func feed(tb testing.TB, files map[string]string) string {
	tb.Helper()
	dir := tb.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

var (
	night1 = map[string]string{
		"nis.txt": page("2026-11-20", "Spy agency says troops sent",
			"South Korea's spy agency said on Friday that North Korea had sent 12,000 troops to Russia."),
		"us.txt": page("2026-11-20", "US gives lower figure",
			"The United States said on Friday that nearly 8,000 North Korean soldiers were positioned near the border."),
	}
	night2 = map[string]string{
		"pentagon.txt": page("2026-11-21", "Pentagon weighs in",
			"The Pentagon said on Saturday that North Korea had sent 10,000 troops to Russia."),
	}
)

// testDB returns a new SQLite store for the tests that need only one
// backend; the scenario tests run on every backend with storetest.Each.
func testDB(tb testing.TB) string {
	return storetest.SQLite(tb)
}

func options(db, out, in string, date string) Options {
	d, err := analysis.ParseDate(date)
	if err != nil {
		panic(err)
	}
	return Options{
		Analysis: pipeline.Config{Inputs: []string{in}, Workers: 2, Now: time.Date(d.Year, d.Month, d.Day, 2, 0, 0, 0, time.UTC)},
		DB:       db, Out: out, Formats: mustFormats("json,xlsx"),
	}
}

func mustFormats(list string) []report.Writer {
	w, err := report.ParseFormats(list)
	if err != nil {
		panic(err)
	}
	return w
}

func troops(tb testing.TB, rep *analysis.Report) analysis.Discrepancy {
	tb.Helper()
	for _, d := range rep.Discrepancies {
		if d.Class == compare.ClassConflicting && strings.Contains(d.Subject, "troops") {
			return d
		}
	}
	tb.Fatalf("no conflicting troops discrepancy in %+v", rep.Discrepancies)
	return analysis.Discrepancy{}
}

// discrepancyRows opens a workbook and reads its Discrepancies sheet; the
// file is closed when the test ends.
func discrepancyRows(tb testing.TB, path string) (*excelize.File, [][]string) {
	tb.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { f.Close() })
	rows, err := f.GetRows("Discrepancies")
	if err != nil {
		tb.Fatal(err)
	}
	return f, rows
}

// review marks a discrepancy in a workbook the way an analyst does: pick
// a status from the drop-down, type a note, save.
func review(tb testing.TB, path, id, status, notes string) {
	tb.Helper()
	f, rows := discrepancyRows(tb, path)
	hdr := -1
	var idCol, stCol, noteCol int
	for r, row := range rows {
		if i := slices.Index(row, "ID"); i >= 0 {
			hdr, idCol, stCol, noteCol = r, i, slices.Index(row, "Status"), slices.Index(row, "Analyst notes")
			break
		}
	}
	if hdr < 0 {
		tb.Fatal("no header row on Discrepancies")
	}
	for r := hdr + 1; r < len(rows); r++ {
		if idCol < len(rows[r]) && rows[r][idCol] == id {
			for col, v := range map[int]string{stCol: status, noteCol: notes} {
				cell, _ := excelize.CoordinatesToCellName(col+1, r+1)
				if err := f.SetCellStr("Discrepancies", cell, v); err != nil {
					tb.Fatal(err)
				}
			}
			if err := f.Save(); err != nil {
				tb.Fatal(err)
			}
			return
		}
	}
	tb.Fatalf("discrepancy %s not in %s", id, path)
}

func workbook(tb testing.TB, paths []string) string {
	tb.Helper()
	for _, p := range paths {
		if strings.HasSuffix(p, ".xlsx") {
			return p
		}
	}
	tb.Fatalf("no workbook among %v", paths)
	return ""
}

// TestThreeNights is the nightly scenario: night 1 finds a discrepancy,
// the analyst confirms it in the workbook; night 2 brings a new figure,
// so the discrepancy is changed and keeps its review; night 3 brings
// nothing new and changes nothing.
func TestThreeNights(t *testing.T) {
	storetest.Each(t, threeNights)
}

func threeNights(t *testing.T, db string) {
	ctx := context.Background()
	out := t.TempDir()

	res1, err := Run(ctx, options(db, out, feed(t, night1), "2026-11-20"))
	if err != nil {
		t.Fatal(err)
	}
	d1 := troops(t, res1.Report)
	if d1.Mark != analysis.MarkNew || d1.Review != nil {
		t.Fatalf("night 1: mark %q review %v, want new and none", d1.Mark, d1.Review)
	}
	wantDir := filepath.Join(out, "2026-11-20")
	for _, p := range res1.Paths {
		if filepath.Dir(p) != wantDir || !strings.HasPrefix(filepath.Base(p), "crosscheck-2026-11-20.") {
			t.Errorf("night 1 wrote %s, want crosscheck-2026-11-20.* in %s", p, wantDir)
		}
	}
	review(t, workbook(t, res1.Paths), d1.ID, "Confirmed", "NIS figure matches “our” sources")

	in2 := feed(t, night2)
	res2, err := Run(ctx, options(db, out, in2, "2026-11-21"))
	if err != nil {
		t.Fatal(err)
	}
	if res2.Imported != 1 {
		t.Errorf("night 2 imported %d reviews from %s, want 1", res2.Imported, res2.ImportedFrom)
	}
	d2 := troops(t, res2.Report)
	if d2.ID != d1.ID {
		t.Fatalf("the discrepancy's ID changed from %s to %s", d1.ID, d2.ID)
	}
	if d2.Mark != analysis.MarkChanged || len(d2.Claims) != 3 {
		t.Errorf("night 2: mark %q with %d claims, want changed with 3", d2.Mark, len(d2.Claims))
	}
	if d2.Review == nil || d2.Review.Status != analysis.ReviewConfirmed || d2.Review.Notes != "NIS figure matches “our” sources" {
		t.Errorf("night 2 review = %+v, want the analyst's Confirmed and note", d2.Review)
	}
	if d2.FirstSeen.String() != "2026-11-20" || d2.LastChanged.String() != "2026-11-21" {
		t.Errorf("night 2 dates: first seen %s, last changed %s", d2.FirstSeen, d2.LastChanged)
	}
	// The workbook shows both the change and the review.
	got, _, err := xlsx.ReadReviews(workbook(t, res2.Paths))
	if err != nil {
		t.Fatal(err)
	}
	if i := slices.IndexFunc(got, func(r analysis.Review) bool { return r.Discrepancy == d1.ID }); i < 0 || got[i].Status != analysis.ReviewConfirmed {
		t.Errorf("night 2 workbook does not show the review: %+v", got)
	}
	if mark := cellBeside(t, workbook(t, res2.Paths), d1.ID, "Change"); !strings.EqualFold(mark, "changed") {
		t.Errorf("night 2 workbook Change column = %q, want Changed", mark)
	}
	stored := 0
	for _, a := range res2.Report.Articles {
		if a.Status == analysis.StatusStored {
			stored++
		}
	}
	if stored != 2 {
		t.Errorf("night 2 has %d stored articles from the window, want 2", stored)
	}

	before := snapshot(t, db)
	res3, err := Run(ctx, options(db, out, in2, "2026-11-22"))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range res3.Report.Articles {
		if a.Status != analysis.StatusStored {
			t.Errorf("night 3: %s has status %s, want stored (not analysed again)", a.File, a.Status)
		}
	}
	for _, d := range res3.Report.Discrepancies {
		if d.Mark != analysis.MarkUnchanged {
			t.Errorf("night 3: %s is %s, want unchanged", d.Subject, d.Mark)
		}
	}
	d3 := troops(t, res3.Report)
	if d3.Review == nil || d3.Review.Status != analysis.ReviewConfirmed || d3.LastChanged.String() != "2026-11-21" {
		t.Errorf("night 3: review %+v, last changed %s", d3.Review, d3.LastChanged)
	}
	// Only the night each discrepancy was last reported moves on.
	after := snapshot(t, db)
	for _, s := range []state{before, after} {
		states := s.data["discrepancies"].(map[string]store.DiscrepancyState)
		for id, d := range states {
			d.LastSeen = analysis.Date{}
			states[id] = d
		}
	}
	if !reflect.DeepEqual(before.data, after.data) {
		t.Errorf("night 3 changed the stored articles, claims, discrepancies or reviews:\nbefore %+v\nafter  %+v", before.data, after.data)
	}
}

// cellBeside returns the value in the column headed header on the row of
// the discrepancy id.
func cellBeside(tb testing.TB, path, id, header string) string {
	tb.Helper()
	_, rows := discrepancyRows(tb, path)
	col := -1
	for _, row := range rows {
		if i := slices.Index(row, header); i >= 0 && slices.Contains(row, "ID") {
			col = i
			continue
		}
		if col >= 0 && slices.Contains(row, id) && col < len(row) {
			return row[col]
		}
	}
	return ""
}

// state is what a run may change in the store, apart from its run log.
type state struct {
	data map[string]any
}

func snapshot(tb testing.TB, db string) state {
	tb.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		tb.Fatal(err)
	}
	defer st.Close()
	arts, claims, err := st.Window(ctx, analysis.Date{Year: 1900, Month: 1, Day: 1}, analysis.Date{Year: 2999, Month: 1, Day: 1})
	if err != nil {
		tb.Fatal(err)
	}
	states, err := st.DiscrepancyStates(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	reviews, err := st.Reviews(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	return state{data: map[string]any{"articles": arts, "claims": claims, "reviews": reviews, "discrepancies": states}}
}

func reportFiles(tb testing.TB, out string) []string {
	tb.Helper()
	var files []string
	filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	return files
}

// TestKilledRun cancels night 2 at each stage in turn: the store and the
// output folder must be as before, and the next run must do the whole
// night's work.
func TestKilledRun(t *testing.T) {
	storetest.Each(t, killedRun)
}

func killedRun(t *testing.T, dsn string) {
	for _, at := range []string{"lock", "read", "window", "compare", "history", "reports", "commit"} {
		t.Run(at, func(t *testing.T) {
			db, out := dsn, t.TempDir()
			if strings.HasPrefix(dsn, "postgres") {
				db = storetest.Postgres(t) // a fresh schema per stage
			} else {
				db = storetest.SQLite(t)
			}
			if _, err := Run(context.Background(), options(db, out, feed(t, night1), "2026-11-20")); err != nil {
				t.Fatal(err)
			}
			before, files := snapshot(t, db), reportFiles(t, out)
			in2 := feed(t, night2)

			ctx, cancel := context.WithCancel(context.Background())
			opt := options(db, out, in2, "2026-11-21")
			opt.Stage = func(name string) {
				if name == at {
					cancel()
				}
			}
			_, err := Run(ctx, opt)
			cancel()
			if err == nil {
				t.Fatalf("run cancelled at %s returned no error", at)
			}
			if !errors.Is(err, context.Canceled) {
				t.Errorf("error %v does not say the run was cancelled", err)
			}
			if after := snapshot(t, db); !reflect.DeepEqual(before.data, after.data) {
				t.Errorf("store changed by a run cancelled at %s", at)
			}
			if got := reportFiles(t, out); !slices.Equal(got, files) {
				t.Errorf("output folder changed by a run cancelled at %s:\nbefore %v\nafter  %v", at, files, got)
			}

			res, err := Run(context.Background(), options(db, out, in2, "2026-11-21"))
			if err != nil {
				t.Fatalf("the run after the killed one: %v", err)
			}
			if d := troops(t, res.Report); d.Mark != analysis.MarkChanged || len(d.Claims) != 3 {
				t.Errorf("after the killed run: mark %q with %d claims, want changed with 3", d.Mark, len(d.Claims))
			}
			st, err := store.Open(context.Background(), db)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			runs, err := st.Runs(context.Background(), 10)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range runs {
				got = append(got, r.Outcome)
			}
			want := []string{"ok", "interrupted", "ok"}
			if at == "lock" {
				want = []string{"ok", "ok"} // stopped before the run was logged
			}
			if !slices.Equal(got, want) {
				t.Errorf("run log outcomes (newest first) = %v, want %v", got, want)
			}
		})
	}
}

// TestLockHeld: a second run on a store in use stops at once with the
// other run named, and does nothing.
func TestLockHeld(t *testing.T) {
	ctx := context.Background()
	db, out := testDB(t), t.TempDir()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	lk, err := st.Lock(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer lk.Release()
	_, err = Run(ctx, options(db, out, feed(t, night1), "2026-11-20"))
	var locked *store.LockedError
	if !errors.As(err, &locked) {
		t.Fatalf("second run: %v, want a *store.LockedError", err)
	}
	if locked.Holder.PID != os.Getpid() {
		t.Errorf("lock holder pid %d, want %d", locked.Holder.PID, os.Getpid())
	}
	if files := reportFiles(t, out); len(files) != 0 {
		t.Errorf("a locked-out run wrote %v", files)
	}
}

// TestSameNightTwice: a second run the same night never overwrites the
// first run's files.
func TestSameNightTwice(t *testing.T) {
	ctx := context.Background()
	db, out := testDB(t), t.TempDir()
	in := feed(t, night1)
	res1, err := Run(ctx, options(db, out, in, "2026-11-20"))
	if err != nil {
		t.Fatal(err)
	}
	res2, err := Run(ctx, options(db, out, in, "2026-11-20"))
	if err != nil {
		t.Fatal(err)
	}
	for i := range res2.Paths {
		if res2.Paths[i] == res1.Paths[i] || !strings.Contains(filepath.Base(res2.Paths[i]), "2026-11-20-2.") {
			t.Errorf("second run wrote %s (first wrote %s), want a -2 name", res2.Paths[i], res1.Paths[i])
		}
	}
	if d := troops(t, res2.Report); d.Mark != analysis.MarkUnchanged {
		t.Errorf("same night again: mark %q, want unchanged", d.Mark)
	}
}

// TestOldArticlesRerun: tonight's inputs are compared whatever their
// date, also when they are already stored and older than the window.
func TestOldArticlesRerun(t *testing.T) {
	ctx := context.Background()
	db, out := testDB(t), t.TempDir()
	old := map[string]string{}
	for name, text := range night1 {
		old[name] = strings.Replace(text, "2026-11-20", "2024-10-18", 1)
	}
	in := feed(t, old)
	res1, err := Run(ctx, options(db, out, in, "2026-11-20"))
	if err != nil {
		t.Fatal(err)
	}
	res2, err := Run(ctx, options(db, out, in, "2026-11-21"))
	if err != nil {
		t.Fatal(err)
	}
	if len(res2.Report.Claims) != len(res1.Report.Claims) || len(res2.Report.Discrepancies) != len(res1.Report.Discrepancies) {
		t.Errorf("rerun of stored old articles: %d claims, %d discrepancies; first run had %d and %d",
			len(res2.Report.Claims), len(res2.Report.Discrepancies), len(res1.Report.Claims), len(res1.Report.Discrepancies))
	}
	if d := troops(t, res2.Report); d.Mark != analysis.MarkUnchanged {
		t.Errorf("rerun: mark %q, want unchanged", d.Mark)
	}
}

// TestWithoutStore: DB "" runs the plain pipeline into the night folder.
func TestWithoutStore(t *testing.T) {
	out := t.TempDir()
	res, err := Run(context.Background(), options("", out, feed(t, night1), "2026-11-20"))
	if err != nil {
		t.Fatal(err)
	}
	if d := troops(t, res.Report); d.Mark != "" || res.Report.Run != nil {
		t.Errorf("without a store: mark %q, run %+v; want neither", d.Mark, res.Report.Run)
	}
	if len(res.Paths) != 2 || filepath.Dir(res.Paths[0]) != filepath.Join(out, "2026-11-20") {
		t.Errorf("wrote %v", res.Paths)
	}
}

func TestWorkbookKey(t *testing.T) {
	names := []string{"2026-11-20", "2026-11-20-2", "2026-11-20-10", "2026-11-21"}
	for i := 1; i < len(names); i++ {
		if workbookKey(names[i-1]) >= workbookKey(names[i]) {
			t.Errorf("%s should sort before %s", names[i-1], names[i])
		}
	}
	if workbookKey("notes") != "" {
		t.Error("a name without a date has a key")
	}
}

// TestClaimRuns: each article's claims are found as a piece of the slice,
// and an article whose claims are not together keeps them all, in order.
func TestClaimRuns(t *testing.T) {
	cs := []analysis.Claim{{ID: "1", Article: "a"}, {ID: "2", Article: "a"}, {ID: "3", Article: "b"}, {ID: "4", Article: "a"}}
	m := map[string][]analysis.Claim{}
	claimRuns(cs, m)
	claimRuns([]analysis.Claim{{ID: "5", Article: "b"}}, m)
	ids := func(cs []analysis.Claim) (s string) {
		for _, c := range cs {
			s += c.ID
		}
		return s
	}
	if got := ids(m["a"]); got != "124" {
		t.Errorf("article a: claims %q, want 124", got)
	}
	if got := ids(m["b"]); got != "35" {
		t.Errorf("article b: claims %q, want 35", got)
	}
	if got := ids(cs); got != "1234" {
		t.Errorf("the input was changed: %q", got)
	}
}

// TestOrderClaims: claims are put in order of their key in place, claims
// with the same key keeping their order.
func TestOrderClaims(t *testing.T) {
	rank := map[string]int{"c": 0, "a": 1, "b": 2}
	var cs []analysis.Claim
	for i, art := range []string{"a", "a", "b", "c", "a", "c", "b", "b", "a"} {
		cs = append(cs, analysis.Claim{ID: strconv.Itoa(i), Article: art})
	}
	orderClaims(cs, func(c *analysis.Claim) int { return rank[c.Article] })
	var got string
	for _, c := range cs {
		got += c.Article + c.ID + " "
	}
	if want := "c3 c5 a0 a1 a4 a8 b2 b6 b7 "; got != want {
		t.Errorf("ordered: %s, want %s", got, want)
	}
}
