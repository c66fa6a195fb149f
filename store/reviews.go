package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"crosscheck/analysis"
)

// DiscrepancyState is what the store remembers of a discrepancy, to mark
// tonight's as new, changed or unchanged.
type DiscrepancyState struct {
	// ID is the discrepancy's stable ID.
	ID string
	// FirstSeen is the night it was first reported, LastChanged the night
	// its claims last changed, LastSeen the last night it was reported.
	FirstSeen, LastChanged, LastSeen analysis.Date
	// Claims are the IDs of its claims when last reported.
	Claims []string
}

// DiscrepancyStates returns the stored state of every discrepancy ever
// reported, by ID.
func (s *Store) DiscrepancyStates(ctx context.Context) (map[string]DiscrepancyState, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, first_seen, last_changed, last_seen, claims FROM discrepancies`)
	if err != nil {
		return nil, fmt.Errorf("read discrepancies from %s: %w", s.desc, err)
	}
	defer rows.Close()
	states := make(map[string]DiscrepancyState)
	for rows.Next() {
		var st DiscrepancyState
		var first, changed, seen string
		var claims []byte
		if err := rows.Scan(&st.ID, &first, &changed, &seen, &claims); err != nil {
			return nil, fmt.Errorf("read discrepancies from %s: %w", s.desc, err)
		}
		if err := decodeState(&st, first, changed, seen, claims); err != nil {
			return nil, fmt.Errorf("read discrepancy %s from %s: %w", st.ID, s.desc, err)
		}
		states[st.ID] = st
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read discrepancies from %s: %w", s.desc, err)
	}
	return states, nil
}

func decodeState(st *DiscrepancyState, first, changed, seen string, claims []byte) error {
	var err error
	if st.FirstSeen, err = analysis.ParseDate(first); err != nil {
		return err
	}
	if st.LastChanged, err = analysis.ParseDate(changed); err != nil {
		return err
	}
	if st.LastSeen, err = analysis.ParseDate(seen); err != nil {
		return err
	}
	return json.Unmarshal(claims, &st.Claims)
}

// Reviews returns the current review of each discrepancy that has one, by
// discrepancy ID, with who made it (By), from which workbook (From) and
// when (Updated).
func (s *Store) Reviews(ctx context.Context) (map[string]analysis.Review, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT discrepancy, status, notes, updated, source, by_whom FROM reviews`)
	if err != nil {
		return nil, fmt.Errorf("read reviews from %s: %w", s.desc, err)
	}
	defer rows.Close()
	reviews := make(map[string]analysis.Review)
	for rows.Next() {
		var r analysis.Review
		if err := rows.Scan(&r.Discrepancy, &r.Status, &r.Notes, &r.Updated, &r.From, &r.By); err != nil {
			return nil, fmt.Errorf("read reviews from %s: %w", s.desc, err)
		}
		reviews[r.Discrepancy] = r
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read reviews from %s: %w", s.desc, err)
	}
	return reviews, nil
}

// PutReviews stores reviews in one transaction and returns how many
// changed. A review with the same status and notes as the stored one
// changes nothing; a changed one replaces it and is added to the review
// history, which keeps every version with who made it (By, stored as
// by_whom), the workbook it came from (From, stored as source) and when
// (Updated). Updated (RFC 3339) is set to now when empty.
func (s *Store) PutReviews(ctx context.Context, reviews []analysis.Review) (int, error) {
	var changed int
	err := s.inTx(ctx, nil, func(tx *sql.Tx) error {
		var err error
		changed, err = s.putReviews(ctx, tx, reviews, 0)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store reviews in %s: %w", s.desc, err)
	}
	return changed, nil
}

// putReviews stores reviews within tx; runID, when not 0, is recorded in
// the history.
func (s *Store) putReviews(ctx context.Context, tx *sql.Tx, reviews []analysis.Review, runID int64) (int, error) {
	if len(reviews) == 0 {
		return 0, nil
	}
	get, err := tx.PrepareContext(ctx, s.d.q(`SELECT status, notes FROM reviews WHERE discrepancy = ?`))
	if err != nil {
		return 0, err
	}
	defer get.Close()
	put, err := tx.PrepareContext(ctx, s.d.q(`INSERT INTO reviews (discrepancy, status, notes, updated, source, by_whom) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (discrepancy) DO UPDATE SET status = excluded.status, notes = excluded.notes, updated = excluded.updated,
			source = excluded.source, by_whom = excluded.by_whom`))
	if err != nil {
		return 0, err
	}
	defer put.Close()
	history, err := tx.PrepareContext(ctx, s.d.q(`INSERT INTO review_history (discrepancy, status, notes, updated, source, by_whom, run_id) VALUES (?, ?, ?, ?, ?, ?, ?)`))
	if err != nil {
		return 0, err
	}
	defer history.Close()

	now := time.Now().UTC().Format(time.RFC3339)
	changed := 0
	for _, r := range reviews {
		if r.Discrepancy == "" {
			return 0, fmt.Errorf("review %q has no discrepancy ID", r.Status)
		}
		var status, notes string
		err := get.QueryRowContext(ctx, r.Discrepancy).Scan(&status, &notes)
		switch {
		case err == nil && status == r.Status && notes == r.Notes:
			continue
		case err != nil && !errors.Is(err, sql.ErrNoRows):
			return 0, fmt.Errorf("review of %s: %w", r.Discrepancy, err)
		}
		if r.Updated == "" {
			r.Updated = now
		}
		args := []any{r.Discrepancy, cleanText(r.Status), cleanText(r.Notes), r.Updated, cleanText(r.From), cleanText(r.By)}
		if _, err := put.ExecContext(ctx, args...); err != nil {
			return 0, fmt.Errorf("review of %s: %w", r.Discrepancy, err)
		}
		if _, err := history.ExecContext(ctx, append(args, nullID(runID))...); err != nil {
			return 0, fmt.Errorf("review history of %s: %w", r.Discrepancy, err)
		}
		changed++
	}
	return changed, nil
}
