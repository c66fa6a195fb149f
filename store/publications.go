package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"crosscheck/analysis"
)

// Publication is one report a committed night is to publish: recorded in
// the night's commit, marked published once the file has its name. A run
// killed between the commit and the end of publishing leaves unpublished
// rows; the next run finishes them before anything else (see
// Unpublished), so the night's marks always reach a report.
type Publication struct {
	// RunID is the run that committed the night.
	RunID int64
	// Format is the report's format ("json", "xlsx", "pdf").
	Format string
	// Night is the night the report is for.
	Night analysis.Date
	// Staged is the temporary file the report was written to; Final the
	// path it is to have.
	Staged, Final string
	// Size and SHA256 (hex) describe its content.
	Size   int64
	SHA256 string
	// Published is when it got its name; zero until then.
	Published time.Time
}

// insertPublications records a night's reports within its commit.
func (s *Store) insertPublications(ctx context.Context, tx *sql.Tx, n Night) error {
	if len(n.Publications) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, s.d.q(`INSERT INTO publications (run_id, format, night, staged, final, size, sha256, published) VALUES (?, ?, ?, ?, ?, ?, ?, '')`))
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, p := range n.Publications {
		if _, err := stmt.ExecContext(ctx, n.RunID, p.Format, n.Night.String(), cleanText(p.Staged), cleanText(p.Final), p.Size, p.SHA256); err != nil {
			return fmt.Errorf("record the %s report: %w", p.Format, err)
		}
	}
	return nil
}

// Unpublished returns the reports of committed nights that have not all
// got their names, oldest run first, in the order they were recorded.
func (s *Store) Unpublished(ctx context.Context) ([]Publication, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT run_id, format, night, staged, final, size, sha256 FROM publications
		WHERE run_id IN (SELECT run_id FROM publications WHERE published = '') ORDER BY run_id, format`)
	if err != nil {
		return nil, fmt.Errorf("read unpublished reports from %s: %w", s.desc, err)
	}
	defer rows.Close()
	var out []Publication
	for rows.Next() {
		var p Publication
		var night string
		if err := rows.Scan(&p.RunID, &p.Format, &night, &p.Staged, &p.Final, &p.Size, &p.SHA256); err != nil {
			return nil, fmt.Errorf("read unpublished reports from %s: %w", s.desc, err)
		}
		if p.Night, err = analysis.ParseDate(night); err != nil {
			return nil, fmt.Errorf("read unpublished reports from %s: run %d: %w", s.desc, p.RunID, err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read unpublished reports from %s: %w", s.desc, err)
	}
	return out, nil
}

// Published records that a run's reports have their names (Final may
// differ from the name recorded at the commit), in one transaction. When
// note is not empty the run's log entry is completed too: outcome ok, its
// outputs, and the note as its message (a run whose reports another run
// published).
func (s *Store) Published(ctx context.Context, runID int64, pubs []Publication, note string) error {
	now := formatTime(time.Now())
	err := s.inTx(ctx, nil, func(tx *sql.Tx) error {
		var outputs []string
		for _, p := range pubs {
			if _, err := tx.ExecContext(ctx, s.d.q(`UPDATE publications SET final = ?, published = ? WHERE run_id = ? AND format = ?`),
				cleanText(p.Final), now, runID, p.Format); err != nil {
				return err
			}
			outputs = append(outputs, p.Final)
		}
		if note == "" {
			return nil
		}
		out, err := json.Marshal(outputs)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, s.d.q(`UPDATE runs SET outcome = ?, outputs = ?, error = ?, ended = CASE WHEN ended = '' THEN ? ELSE ended END WHERE id = ?`),
			OutcomeOK, string(out), cleanText(note), now, runID)
		return err
	})
	if err != nil {
		return fmt.Errorf("record the published reports of run %d in %s: %w", runID, s.desc, err)
	}
	return nil
}
