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

// The outcomes of a run.
const (
	OutcomeRunning     = "running"     // started, not finished
	OutcomeOK          = "ok"          // finished and committed
	OutcomeFailed      = "failed"      // stopped by an error
	OutcomeInterrupted = "interrupted" // cancelled, or found still running by a later run
)

// RunRecord is one entry of the store's log of runs.
type RunRecord struct {
	// ID is the run's number in the store.
	ID int64
	// Night is the date the run is for.
	Night analysis.Date
	// Started and Ended are when the run began and ended; Ended is zero
	// while it runs (and for a run that was interrupted by its process
	// being killed).
	Started, Ended time.Time
	// Inputs are the paths the run was asked to read.
	Inputs []string
	// Outcome is one of the Outcome constants.
	Outcome string
	// NewArticles counts articles analysed for the first time,
	// StoredArticles those whose claims came from the store; Claims and
	// Discrepancies count what the run reported.
	NewArticles, StoredArticles, Claims, Discrepancies int
	// Outputs are the files the run wrote.
	Outputs []string
	// Error says why a run failed or was interrupted.
	Error string
}

// StartRun records a run as "running" in its own transaction and sets the
// run ID of the lock this Store holds. Any earlier run still "running" (its
// process was killed) is marked "interrupted". Call it while holding Lock.
func (s *Store) StartRun(ctx context.Context, night analysis.Date, inputs []string, started time.Time) (int64, error) {
	if night.IsZero() {
		return 0, errors.New("start run: no night given")
	}
	if started.IsZero() {
		started = time.Now()
	}
	in, err := json.Marshal(inputs)
	if err != nil {
		return 0, fmt.Errorf("start run: %w", err)
	}
	l := s.held()
	var id int64
	err = s.inTx(ctx, nil, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, s.d.q(`INSERT INTO runs (night, started, inputs, outcome) VALUES (?, ?, ?, ?) RETURNING id`),
			night.String(), formatTime(started), string(in), OutcomeRunning).Scan(&id)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, s.d.q(`UPDATE runs SET outcome = ?, error = ? WHERE outcome = ? AND id <> ?`),
			OutcomeInterrupted, fmt.Sprintf("did not finish: still marked running when run %d started", id), OutcomeRunning, id)
		if err != nil {
			return err
		}
		if l == nil {
			return nil
		}
		h := l.Holder()
		_, err = tx.ExecContext(ctx, s.d.q(`UPDATE locks SET run_id = ? WHERE name = ? AND pid = ? AND host = ? AND started = ?`),
			id, lockName, h.PID, h.Host, formatTime(h.Started))
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("start run in %s: %w", s.desc, err)
	}
	if l != nil {
		l.mu.Lock()
		l.holder.RunID = id
		l.mu.Unlock()
	}
	return id, nil
}

// FinishRun records the end of the run r.ID: Ended (now when zero),
// Outcome, the counts, Outputs and Error.
func (s *Store) FinishRun(ctx context.Context, r RunRecord) error {
	switch r.Outcome {
	case OutcomeOK, OutcomeFailed, OutcomeInterrupted:
	default:
		return fmt.Errorf("finish run %d: outcome %q is not ok, failed or interrupted", r.ID, r.Outcome)
	}
	if r.Ended.IsZero() {
		r.Ended = time.Now()
	}
	out, err := json.Marshal(r.Outputs)
	if err != nil {
		return fmt.Errorf("finish run %d: %w", r.ID, err)
	}
	res, err := s.db.ExecContext(ctx, s.d.q(`UPDATE runs SET ended = ?, outcome = ?, new_articles = ?, stored_articles = ?, claims = ?, discrepancies = ?, outputs = ?, error = ? WHERE id = ?`),
		formatTime(r.Ended), r.Outcome, r.NewArticles, r.StoredArticles, r.Claims, r.Discrepancies, string(out), r.Error, r.ID)
	if err != nil {
		return fmt.Errorf("finish run %d in %s: %w", r.ID, s.desc, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("finish run %d in %s: %w", r.ID, s.desc, err)
	} else if n == 0 {
		return fmt.Errorf("finish run %d: no such run in %s", r.ID, s.desc)
	}
	return nil
}

// Runs returns up to limit runs, newest first; all of them when limit is
// 0 or less.
func (s *Store) Runs(ctx context.Context, limit int) ([]RunRecord, error) {
	query := `SELECT id, night, started, ended, inputs, outcome, new_articles, stored_articles, claims, discrepancies, outputs, error FROM runs ORDER BY id DESC`
	var args []any
	if limit > 0 {
		query += ` LIMIT ?`
		args = append(args, limit)
	}
	rows, err := s.db.QueryContext(ctx, s.d.q(query), args...)
	if err != nil {
		return nil, fmt.Errorf("read runs from %s: %w", s.desc, err)
	}
	defer rows.Close()
	var runs []RunRecord
	for rows.Next() {
		var r RunRecord
		var night, started, ended, inputs, outputs string
		if err := rows.Scan(&r.ID, &night, &started, &ended, &inputs, &r.Outcome,
			&r.NewArticles, &r.StoredArticles, &r.Claims, &r.Discrepancies, &outputs, &r.Error); err != nil {
			return nil, fmt.Errorf("read runs from %s: %w", s.desc, err)
		}
		if err := decodeRun(&r, night, started, ended, inputs, outputs); err != nil {
			return nil, fmt.Errorf("read run %d from %s: %w", r.ID, s.desc, err)
		}
		runs = append(runs, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read runs from %s: %w", s.desc, err)
	}
	return runs, nil
}

func decodeRun(r *RunRecord, night, started, ended, inputs, outputs string) error {
	var err error
	if r.Night, err = analysis.ParseDate(night); err != nil {
		return err
	}
	if r.Started, err = parseTime(started); err != nil {
		return err
	}
	if r.Ended, err = parseTime(ended); err != nil {
		return err
	}
	if err := json.Unmarshal([]byte(inputs), &r.Inputs); err != nil {
		return fmt.Errorf("inputs: %w", err)
	}
	if err := json.Unmarshal([]byte(outputs), &r.Outputs); err != nil {
		return fmt.Errorf("outputs: %w", err)
	}
	if len(r.Inputs) == 0 {
		r.Inputs = nil
	}
	if len(r.Outputs) == 0 {
		r.Outputs = nil
	}
	return nil
}
