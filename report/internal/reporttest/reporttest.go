// Package reporttest holds the reports the writers' tests share: the
// fixture report (the analysis of fixtures/articles, frozen as JSON), the
// same as a night with a store gives it, and small hand-built reports.
//
// In: testdata/fixture-report.json, found from the module's root. Out:
// *analysis.Report values, each a fresh copy the caller may change, except
// FixtureReport's, which is shared. Only tests import it. It does not run
// the pipeline: the writers' goldens change when the writers do, not with
// every change to extraction.
package reporttest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"crosscheck/analysis"
	"crosscheck/internal/testutil"
)

// FixtureFile is the frozen fixture report, from the module's root. It is
// the report pipeline.Run gives for fixtures/articles at 2024-11-05
// 06:00 UTC, with Inputs as the goldens record them (the path from the
// report folder, where they were first written): the JSON crosscheck
// writes, without "night" (pipeline.Run sets none) and with those inputs.
// It changes only deliberately; to write it again from the pipeline (then
// review the writers' golden diffs, go test ./report/... -update):
//
//	SOURCE_DATE_EPOCH=1730786400 go run ./cmd/crosscheck -db none -formats json \
//	    -date 2024-11-05 -q -progress never -in fixtures/articles -out /tmp/fixture-report
//	sed -e '/^,"night": /d' -e 's|^,"inputs": \["fixtures/articles"\]|,"inputs": ["../fixtures/articles"]|' \
//	    /tmp/fixture-report/2024-11-05/crosscheck-2024-11-05.json \
//	    >report/internal/reporttest/testdata/fixture-report.json
const FixtureFile = "report/internal/reporttest/testdata/fixture-report.json"

var fixture struct {
	once sync.Once
	r    *analysis.Report
	err  error
}

// FixtureReport reads the frozen fixture report (FixtureFile) once and
// returns it, or stops the test. Tests must not modify it (see
// NightlyReport for a copy).
func FixtureReport(tb testing.TB) *analysis.Report {
	tb.Helper()
	path := filepath.Join(testutil.Root(tb), filepath.FromSlash(FixtureFile))
	fixture.once.Do(func() {
		data, err := os.ReadFile(path)
		if err == nil {
			fixture.r, err = DecodeReport(data)
		}
		fixture.err = err
	})
	if fixture.err != nil {
		tb.Fatalf("fixture report %s: %v", path, fixture.err)
	}
	return fixture.r
}

// DecodeReport decodes a report as report.WriteJSON writes it. A key the
// report types do not have is an error, so a frozen report cannot
// silently lose a field the schema has dropped or renamed.
func DecodeReport(data []byte) (*analysis.Report, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var r analysis.Report
	if err := dec.Decode(&r); err != nil {
		return nil, err
	}
	if r.Schema != analysis.Schema {
		return nil, fmt.Errorf("schema %q, want %q", r.Schema, analysis.Schema)
	}
	return &r, nil
}

// Night is the night of NightlyReport.
var Night = analysis.Date{Year: 2024, Month: 11, Day: 5}

// NightlyReport is the fixture report as a night with a store gives it:
// a Run, the first article stored from an earlier night, the high
// discrepancy dismissed the night before and unchanged since (settled),
// and the other one changed tonight, with a review asking for follow-up.
// The fixture report is shared, so it is copied first.
func NightlyReport(tb testing.TB) *analysis.Report {
	tb.Helper()
	r := *FixtureReport(tb)
	r.Articles = slices.Clone(r.Articles)
	r.Discrepancies = slices.Clone(r.Discrepancies)
	r.Run = &analysis.RunInfo{Number: 12, Night: Night, WindowFrom: Night.AddDays(-14), WindowDays: 14,
		New: len(r.Articles) - 1, Stored: 1, Store: "sqlite"}
	for i := range r.Articles {
		r.Articles[i].FirstSeen = Night
	}
	r.Articles[0].Status = analysis.StatusStored
	r.Articles[0].FirstSeen = Night.AddDays(-4)
	if len(r.Discrepancies) < 2 {
		tb.Fatalf("fixture report has %d discrepancies, want at least 2", len(r.Discrepancies))
	}
	for i := range r.Discrepancies {
		d := &r.Discrepancies[i]
		d.FirstSeen = Night.AddDays(-4)
		if d.Severity == "high" {
			d.Mark, d.LastChanged = analysis.MarkUnchanged, Night.AddDays(-2)
			d.Review = &analysis.Review{Discrepancy: d.ID, Status: analysis.ReviewDismissed,
				Notes: "Pyongyang's denial is its standing line; nothing new.", Updated: "2024-11-04T09:12:00Z",
				From: "crosscheck-2024-11-04.xlsx"}
			continue
		}
		d.Mark, d.LastChanged = analysis.MarkChanged, Night
		d.Review = &analysis.Review{Discrepancy: d.ID, Status: analysis.ReviewFollowUp,
			Notes:   "Ask the desk which “reports” give 10,000.\nCheck the NIS briefing of 15 Oct.",
			Updated: "2024-11-04T09:12:00Z", From: "crosscheck-2024-11-04.xlsx"}
	}
	return &r
}

// SmallReport is a report with one article, two claims and one numeric
// discrepancy.
func SmallReport() *analysis.Report {
	v := func(x float64) *float64 { return &x }
	d := func(s string) analysis.Date { t, _ := analysis.ParseDate(s); return t }
	return &analysis.Report{
		Schema:    analysis.Schema,
		Generated: "2024-11-05T06:00:00Z",
		Articles: []analysis.Article{
			{ID: "a1", File: "a.txt", Title: "Troops sent", Outlet: "Wire", Published: d("2024-11-01"), Status: analysis.StatusOK},
		},
		Claims: []analysis.Claim{
			{ID: "c1", Article: "a1", Kind: analysis.KindQuantity, Sentence: "Some 10,000 troops were sent, officials said.", Text: "some 10,000",
				Value: v(10000), Low: v(9000), High: v(11000), Approx: analysis.About, Source: "Officials", SaidOn: d("2024-11-01"), Subject: "x|troops"},
			{ID: "c2", Article: "a1", Kind: analysis.KindQuantity, Sentence: "The ministry said 3,000 troops were sent.", Text: "3,000",
				Value: v(3000), Low: v(3000), High: v(3000), Approx: analysis.Exact, Source: "Ministry", SaidOn: d("2024-11-01"), Subject: "x|troops"},
		},
		Clusters: []analysis.Cluster{{ID: "k1", Label: "X: troops", Claims: []string{"c1", "c2"}, Subject: "x|troops"}},
		Discrepancies: []analysis.Discrepancy{{ID: "d1", Kind: "numeric", Severity: "medium", Summary: "Figures range from 3,000 to some 10,000.",
			Claims: []string{"c1", "c2"}, Class: "conflicting", Cluster: "k1", Subject: "X: troops", Low: v(3000), High: v(10000), Gap: v(2.33),
			Sources: 2, First: d("2024-11-01"), Last: d("2024-11-01")}},
	}
}

// MarkedReport is a small hand-built report with one discrepancy of each
// mark, in report order: unchanged and dismissed (settled, high), new
// (low), changed (high), unchanged and confirmed (medium), and one
// without a mark (medium) whose review is Open without notes.
func MarkedReport() *analysis.Report {
	r := SmallReport()
	r.Run = &analysis.RunInfo{Number: 3, Night: Night, WindowFrom: Night.AddDays(-7), WindowDays: 7, New: 1}
	base := r.Discrepancies[0]
	r.Discrepancies = nil
	for i, m := range []struct {
		sev, mark string
		review    *analysis.Review
	}{
		{"high", analysis.MarkUnchanged, &analysis.Review{Status: analysis.ReviewDismissed, Notes: "Known."}},
		{"low", analysis.MarkNew, nil},
		{"high", analysis.MarkChanged, &analysis.Review{Status: "follow-up", Notes: "Call them."}},
		{"medium", analysis.MarkUnchanged, &analysis.Review{Status: analysis.ReviewConfirmed}},
		{"medium", "", &analysis.Review{Status: "open"}}, // says nothing: not counted as reviewed
	} {
		d := base
		d.ID = fmt.Sprintf("d%016x", 0xa0+i)
		mark := m.mark
		if mark == "" {
			mark = "no mark"
		}
		d.Subject = fmt.Sprintf("Subject %d (%s, %s)", i, m.sev, mark)
		d.Severity, d.Mark, d.Review = m.sev, m.mark, m.review
		if m.mark != "" {
			d.FirstSeen, d.LastChanged = Night.AddDays(-3), Night
		}
		r.Discrepancies = append(r.Discrepancies, d)
	}
	return r
}

// ReviewProblemsReport is NightlyReport with two problems from the
// night's review import, one naming a row, one hostile, and the
// follow-up review made by Jane Analyst.
func ReviewProblemsReport(tb testing.TB) *analysis.Report {
	tb.Helper()
	r := NightlyReport(tb)
	r.Run.ReviewProblems = []string{
		`crosscheck-2024-11-04.xlsx: Discrepancies row 3: status "Done" of d0123456789abcdef is not one of Open, Confirmed, Dismissed, Follow-up; status left as it was, notes kept`,
		"crosscheck-2024-11-03.xlsx: =HYPERLINK(\"x\") not a formula",
	}
	for i := range r.Discrepancies {
		if d := &r.Discrepancies[i]; d.Review != nil && d.Review.Status == analysis.ReviewFollowUp {
			rv := *d.Review
			rv.By = "Jane Analyst"
			d.Review = &rv
		}
	}
	return r
}
