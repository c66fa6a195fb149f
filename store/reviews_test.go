package store

import (
	"context"
	"database/sql"
	"reflect"
	"testing"

	"crosscheck/analysis"
)

// TestReviewHistoryByWhom: who made a review is stored with it and read
// back by Reviews, and every version in the history keeps who, from
// which workbook and when.
func TestReviewHistoryByWhom(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := mustOpen(t, dsn)
		first := analysis.Review{Discrepancy: "x1", Status: analysis.ReviewConfirmed, Notes: "NIS figure",
			Updated: "2026-11-21T08:00:00Z", From: "crosscheck-2026-11-20.xlsx", By: "Jane Analyst"}
		if n, err := s.PutReviews(ctx, []analysis.Review{first}); err != nil || n != 1 {
			t.Fatalf("PutReviews = %d, %v; want 1", n, err)
		}
		second := analysis.Review{Discrepancy: "x1", Status: analysis.ReviewDismissed, Notes: "NIS figure",
			Updated: "2026-11-22T02:30:00Z", From: "crosscheck-2026-11-21.xlsx", By: "Sam"}
		n := Night{RunID: 9, Night: date(t, "2026-11-22"), Reviews: []analysis.Review{second}}
		if err := s.Commit(ctx, n); err != nil {
			t.Fatal(err)
		}
		got, err := s.Reviews(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if want := map[string]analysis.Review{"x1": second}; !reflect.DeepEqual(got, want) {
			t.Errorf("Reviews() = %+v, want %+v", got, want)
		}
		rows, err := s.db.QueryContext(ctx, `SELECT status, notes, updated, source, by_whom, run_id FROM review_history WHERE discrepancy = 'x1' ORDER BY id`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		type version struct {
			status, notes, updated, source, by string
			run                                sql.NullInt64
		}
		var history []version
		for rows.Next() {
			var v version
			if err := rows.Scan(&v.status, &v.notes, &v.updated, &v.source, &v.by, &v.run); err != nil {
				t.Fatal(err)
			}
			history = append(history, v)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		want := []version{
			{"Confirmed", "NIS figure", "2026-11-21T08:00:00Z", "crosscheck-2026-11-20.xlsx", "Jane Analyst", sql.NullInt64{}},
			{"Dismissed", "NIS figure", "2026-11-22T02:30:00Z", "crosscheck-2026-11-21.xlsx", "Sam", sql.NullInt64{Int64: 9, Valid: true}},
		}
		if !reflect.DeepEqual(history, want) {
			t.Errorf("review history = %+v\nwant %+v", history, want)
		}
	})
}
