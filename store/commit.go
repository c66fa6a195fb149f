package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"crosscheck/analysis"
)

// Night is what one run adds to the store.
type Night struct {
	// RunID is the run, as StartRun returned it; 0 when none was started.
	RunID int64
	// Night is the date the run is for.
	Night analysis.Date
	// Articles are the articles analysed for the first time tonight, with
	// FirstSeen set (Night when left zero). Each must have a ContentHash.
	Articles []analysis.Article
	// Claims are the night's claims, article by article. Only those of
	// Articles are written: claims of articles stored on earlier nights
	// (a report's window) are skipped, so a caller can pass a whole
	// report's claims without copying out tonight's.
	Claims []analysis.Claim
	// Clusters are tonight's subjects.
	Clusters []analysis.Cluster
	// Discrepancies are tonight's discrepancies, with Mark, FirstSeen and
	// LastChanged set (Night when left zero). Their Review is not stored
	// here: see Reviews.
	Discrepancies []analysis.Discrepancy
	// Reviews are the reviews imported tonight, stored as PutReviews
	// does.
	Reviews []analysis.Review
	// Publications are the reports the night is to publish once
	// committed (RunID and Night are taken from the Night).
	Publications []Publication
}

// Commit writes a night's results in one transaction: on any error, or
// when ctx is cancelled, it rolls back and the store is exactly as
// before. An article whose content hash is already stored is left as it
// is, and so are its claims, so committing the same night twice changes
// nothing the second time. Subjects and discrepancies are upserted: a
// discrepancy keeps the FirstSeen it was first stored with, and takes
// tonight's LastChanged, claims and details, with LastSeen set to Night.
func (s *Store) Commit(ctx context.Context, n Night) error {
	if err := n.check(); err != nil {
		return fmt.Errorf("commit %s to %s: %w", n.Night, s.desc, err)
	}
	err := s.inTx(ctx, nil, func(tx *sql.Tx) error {
		if err := s.checkLock(ctx, tx); err != nil {
			return err
		}
		added, err := s.insertArticles(ctx, tx, n)
		if err != nil {
			return err
		}
		if err := s.insertClaims(ctx, tx, n.Claims, added); err != nil {
			return err
		}
		if err := s.upsertSubjects(ctx, tx, n); err != nil {
			return err
		}
		if err := s.upsertDiscrepancies(ctx, tx, n); err != nil {
			return err
		}
		if _, err = s.putReviews(ctx, tx, n.Reviews, n.RunID); err != nil {
			return err
		}
		return s.insertPublications(ctx, tx, n)
	})
	if err != nil {
		return fmt.Errorf("commit %s to %s: %w", n.Night, s.desc, err)
	}
	return nil
}

// check finds what would make n fail half-way, before anything is written.
func (n *Night) check() error {
	if n.Night.IsZero() {
		return errors.New("no night given")
	}
	ids := make(map[string]bool, len(n.Articles))
	for _, a := range n.Articles {
		if a.ContentHash == "" {
			return fmt.Errorf("article %s (%s) has no content hash", a.ID, a.File)
		}
		if a.ID == "" {
			return fmt.Errorf("article with content hash %s has no ID", a.ContentHash)
		}
		ids[a.ID] = true
	}
	return nil
}

// insertArticles adds the articles not stored yet and returns their IDs.
func (s *Store) insertArticles(ctx context.Context, tx *sql.Tx, n Night) (map[string]bool, error) {
	hashes := make([]string, len(n.Articles))
	for i, a := range n.Articles {
		hashes[i] = a.ContentHash
	}
	stored := make(map[string]bool)
	if err := byHash(ctx, tx, s.d, "content_hash", hashes, func(rows *sql.Rows) error {
		defer rows.Close()
		for rows.Next() {
			var hash string
			if err := rows.Scan(&hash); err != nil {
				return err
			}
			stored[hash] = true
		}
		return rows.Err()
	}); err != nil {
		return nil, fmt.Errorf("look up articles: %w", err)
	}
	ins, err := s.newInserter(ctx, tx, `INSERT INTO articles (id, content_hash, first_seen, published, day, outlet, title, file, run_id, data)`, 10, ` ON CONFLICT DO NOTHING`)
	if err != nil {
		return nil, err
	}
	defer ins.close()
	added := make(map[string]bool, len(n.Articles))
	for _, a := range n.Articles {
		if stored[a.ContentHash] {
			continue
		}
		stored[a.ContentHash] = true // a second copy tonight is a duplicate
		if a.FirstSeen.IsZero() {
			a.FirstSeen = n.Night
		}
		data, err := json.Marshal(&a)
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", a.ID, err)
		}
		day := a.Published
		if day.IsZero() {
			day = a.FirstSeen
		}
		if err := ins.add(a.ID, a.ContentHash, a.FirstSeen.String(), nullDate(a.Published), day.String(),
			cleanText(a.Outlet), cleanText(a.Title), cleanText(a.File), nullID(n.RunID), string(data)); err != nil {
			return nil, fmt.Errorf("insert articles: %w", err)
		}
		added[a.ID] = true
	}
	if err := ins.flush(); err != nil {
		return nil, fmt.Errorf("insert articles: %w", err)
	}
	return added, nil
}

// insertClaims adds the claims of the articles added tonight, numbering
// them within their article in the order given.
func (s *Store) insertClaims(ctx context.Context, tx *sql.Tx, claims []analysis.Claim, added map[string]bool) error {
	ins, err := s.newInserter(ctx, tx, `INSERT INTO claims (id, article_id, seq, kind, subject, measure, source, data)`, 8, ` ON CONFLICT DO NOTHING`)
	if err != nil {
		return err
	}
	defer ins.close()
	seq := make(map[string]int, len(added))
	for i := range claims {
		c := &claims[i]
		if !added[c.Article] {
			continue
		}
		data, err := json.Marshal(c)
		if err != nil {
			return fmt.Errorf("claim %s: %w", c.ID, err)
		}
		k := seq[c.Article]
		seq[c.Article] = k + 1
		if err := ins.add(c.ID, c.Article, k, string(c.Kind), cleanText(c.Subject), cleanText(c.Measure), cleanText(c.Source), string(data)); err != nil {
			return fmt.Errorf("insert claims: %w", err)
		}
	}
	if err := ins.flush(); err != nil {
		return fmt.Errorf("insert claims: %w", err)
	}
	return nil
}

func (s *Store) upsertSubjects(ctx context.Context, tx *sql.Tx, n Night) error {
	if len(n.Clusters) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, s.d.q(`INSERT INTO subjects (id, subject, label, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET subject = excluded.subject, label = excluded.label, last_seen = excluded.last_seen`))
	if err != nil {
		return fmt.Errorf("upsert subjects: %w", err)
	}
	defer stmt.Close()
	night := n.Night.String()
	for _, c := range n.Clusters {
		if _, err := stmt.ExecContext(ctx, c.ID, cleanText(c.Subject), cleanText(c.Label), night, night); err != nil {
			return fmt.Errorf("upsert subject %s: %w", c.ID, err)
		}
	}
	return nil
}

func (s *Store) upsertDiscrepancies(ctx context.Context, tx *sql.Tx, n Night) error {
	if len(n.Discrepancies) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, s.d.q(`INSERT INTO discrepancies (id, cluster, class, kind, subject, severity, summary, first_seen, last_changed, last_seen, claims, data)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET cluster = excluded.cluster, class = excluded.class, kind = excluded.kind,
			subject = excluded.subject, severity = excluded.severity, summary = excluded.summary,
			last_changed = excluded.last_changed, last_seen = excluded.last_seen,
			claims = excluded.claims, data = excluded.data`))
	if err != nil {
		return fmt.Errorf("upsert discrepancies: %w", err)
	}
	defer stmt.Close()
	for _, d := range n.Discrepancies {
		if d.ID == "" {
			return fmt.Errorf("discrepancy %q (%s) has no ID", d.Summary, d.Cluster)
		}
		if d.FirstSeen.IsZero() {
			d.FirstSeen = n.Night
		}
		if d.LastChanged.IsZero() {
			d.LastChanged = n.Night
		}
		d.Review = nil
		claims := d.Claims
		if claims == nil {
			claims = []string{}
		}
		ids, err := json.Marshal(claims)
		if err != nil {
			return fmt.Errorf("discrepancy %s: %w", d.ID, err)
		}
		data, err := json.Marshal(&d)
		if err != nil {
			return fmt.Errorf("discrepancy %s: %w", d.ID, err)
		}
		if _, err := stmt.ExecContext(ctx, d.ID, d.Cluster, d.Class, d.Kind, cleanText(d.Subject), d.Severity, cleanText(d.Summary),
			d.FirstSeen.String(), d.LastChanged.String(), n.Night.String(), string(ids), string(data)); err != nil {
			return fmt.Errorf("upsert discrepancy %s: %w", d.ID, err)
		}
	}
	return nil
}

func nullDate(d analysis.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// inserter adds rows to a table with multi-row INSERTs, to save round
// trips: full batches go through one prepared statement, the rows left
// over through one more statement at flush.
type inserter struct {
	ctx        context.Context
	tx         *sql.Tx
	d          *dialect
	head, tail string
	cols, rows int
	full       *sql.Stmt
	args       []any
}

// newInserter prepares "head VALUES (...), (...) tail" for a batch of
// rows of cols columns.
func (s *Store) newInserter(ctx context.Context, tx *sql.Tx, head string, cols int, tail string) (*inserter, error) {
	rows := s.d.batchRows
	if rows*cols > s.d.maxParams {
		rows = s.d.maxParams / cols
	}
	in := &inserter{ctx: ctx, tx: tx, d: s.d, head: head, tail: tail, cols: cols, rows: rows}
	full, err := tx.PrepareContext(ctx, in.query(rows))
	if err != nil {
		return nil, fmt.Errorf("prepare %s: %w", head, err)
	}
	in.full = full
	in.args = make([]any, 0, rows*cols)
	return in, nil
}

func (in *inserter) query(rows int) string {
	row := "(" + params(in.cols) + ")"
	var b strings.Builder
	b.Grow(len(in.head) + len(in.tail) + rows*(len(row)+2) + 8)
	b.WriteString(in.head)
	b.WriteString(" VALUES ")
	for i := 0; i < rows; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(row)
	}
	b.WriteString(in.tail)
	return in.d.q(b.String())
}

// add queues one row, and writes the batch when it is full.
func (in *inserter) add(vals ...any) error {
	if len(vals) != in.cols {
		return fmt.Errorf("%d values for %d columns", len(vals), in.cols)
	}
	in.args = append(in.args, vals...)
	if len(in.args) < in.rows*in.cols {
		return nil
	}
	_, err := in.full.ExecContext(in.ctx, in.args...)
	clear(in.args)
	in.args = in.args[:0]
	return err
}

// flush writes the rows queued.
func (in *inserter) flush() error {
	if len(in.args) == 0 {
		return nil
	}
	_, err := in.tx.ExecContext(in.ctx, in.query(len(in.args)/in.cols), in.args...)
	in.args = in.args[:0]
	return err
}

func (in *inserter) close() { in.full.Close() }
