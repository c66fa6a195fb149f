package analysis

import (
	"reflect"
	"testing"
)

func TestSummarize(t *testing.T) {
	r := &Report{
		Articles: []Article{{Status: StatusOK}, {Status: StatusOK}, {Status: StatusStored}, {Status: StatusSkipped}, {Status: StatusFailed}},
		Claims:   []Claim{{Kind: KindQuantity}, {Kind: KindStance}, {Kind: KindQuantity}},
		Clusters: []Cluster{{}, {}},
		Discrepancies: []Discrepancy{
			{Severity: "high", Mark: MarkUnchanged, Review: &Review{Status: ReviewDismissed}}, // settled
			{Severity: "high", Mark: MarkNew},
			{Severity: "low", Mark: MarkChanged, Review: &Review{Status: "open"}},            // a review, not given
			{Severity: "High", Mark: MarkUnchanged, Review: &Review{Status: "", Notes: "x"}}, // given: notes
			{Severity: "medium"},
		},
	}
	want := Summary{
		Articles: 5, OK: 2, Stored: 1, Skipped: 1, Failed: 1,
		Claims: 3, Figures: 2, Positions: 1, Subjects: 2,
		Discrepancies: 5, Severity: map[string]int{"high": 2, "High": 1, "low": 1, "medium": 1},
		Marked: true, New: 1, Changed: 1, Unchanged: 2,
		Reviewed: 2, Reviews: 3, Settled: 1,
	}
	got := Summarize(r)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Summarize =\n%+v\nwant\n%+v", got, want)
	}
	c := r.Counts()
	if got.OK != c[StatusOK] || got.Stored != c[StatusStored] || got.Skipped != c[StatusSkipped] || got.Failed != c[StatusFailed] {
		t.Errorf("Summarize's statuses %+v differ from Counts %v", got, c)
	}

	empty := Summarize(&Report{})
	if empty.Marked || empty.Articles != 0 || empty.Severity == nil || len(empty.Severity) != 0 {
		t.Errorf("Summarize(empty) = %+v", empty)
	}
}
