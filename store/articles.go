package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"sync"

	"crosscheck/analysis"
)

// knownBatch is how many content hashes one KnownArticles query asks for.
const knownBatch = 500

// KnownArticles returns, for the content hashes already stored, the stored
// article (with FirstSeen). Hashes not stored are absent from the map.
func (s *Store) KnownArticles(ctx context.Context, hashes []string) (map[string]analysis.Article, error) {
	known := make(map[string]analysis.Article)
	err := byHash(ctx, s.db, s.d, "data", hashes, func(rows *sql.Rows) error {
		arts, err := decodeAll[analysis.Article](rows, 0)
		for _, a := range arts {
			known[a.ContentHash] = a
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("look up articles in %s: %w", s.desc, err)
	}
	return known, nil
}

// byHash selects column from the stored articles whose content hash is
// among hashes, knownBatch hashes at a time, and hands each batch's rows
// to read, which must close them.
func byHash(ctx context.Context, q querier, d *dialect, column string, hashes []string, read func(*sql.Rows) error) error {
	seen := make(map[string]bool, len(hashes))
	batch := make([]any, 0, knownBatch)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		query := `SELECT ` + column + ` FROM articles WHERE content_hash IN (` + params(len(batch)) + `)`
		rows, err := q.QueryContext(ctx, d.q(query), batch...)
		if err != nil {
			return err
		}
		batch = batch[:0]
		return read(rows)
	}
	for _, h := range hashes {
		if h == "" || seen[h] {
			continue
		}
		seen[h] = true
		batch = append(batch, h)
		if len(batch) == knownBatch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

// params returns n comma-separated placeholders.
func params(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("?, ", n-1) + "?"
}

// Window returns the stored articles dated within [from, to], ordered by
// date then ID, and their claims, article by article in that order and
// each article's in the order committed. An article's date is its
// Published date, or its FirstSeen night when it has no publication date.
// A zero from or to leaves that end of the window open.
func (s *Store) Window(ctx context.Context, from, to analysis.Date) ([]analysis.Article, []analysis.Claim, error) {
	where, args := windowWhere(from, to)
	var arts []analysis.Article
	var claims []analysis.Claim
	err := s.inTx(ctx, &s.d.readTx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, s.d.q(`SELECT a.data FROM articles a`+where+` ORDER BY a.day, a.id`), args...)
		if err != nil {
			return err
		}
		if arts, err = decodeAll[analysis.Article](rows, 0); err != nil {
			return fmt.Errorf("stored article: %w", err)
		}
		// Counted first, so the claims (half a gigabyte for a million)
		// are decoded into their final slice rather than copied there.
		var n int
		join := ` FROM articles a JOIN claims c ON c.article_id = a.id` + where
		if err := tx.QueryRowContext(ctx, s.d.q(`SELECT COUNT(*)`+join), args...).Scan(&n); err != nil {
			return err
		}
		rows, err = tx.QueryContext(ctx, s.d.q(`SELECT c.data`+join+` ORDER BY a.day, a.id, c.seq`), args...)
		if err != nil {
			return err
		}
		if claims, err = decodeAll[analysis.Claim](rows, n); err != nil {
			return fmt.Errorf("stored claim: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("read window %s to %s from %s: %w", from, to, s.desc, err)
	}
	return arts, claims, nil
}

// windowWhere is the WHERE clause selecting articles (as a) dated within
// [from, to].
func windowWhere(from, to analysis.Date) (string, []any) {
	var conds []string
	var args []any
	if !from.IsZero() {
		conds = append(conds, `a.day >= ?`)
		args = append(args, from.String())
	}
	if !to.IsZero() {
		conds = append(conds, `a.day <= ?`)
		args = append(args, to.String())
	}
	if len(conds) == 0 {
		return "", nil
	}
	return ` WHERE ` + strings.Join(conds, ` AND `), args
}

// decodeChunk is how many rows one decoding job holds.
const decodeChunk = 256

// decodeAll decodes the JSON in the single column of every row, in order,
// and closes rows. Decoding JSON costs more than reading it, so the rows
// are decoded in chunks on every CPU while they are read. size, when it
// is the number of rows, lets them be decoded straight into the slice
// returned; rows past it are decoded aside and joined at the end.
func decodeAll[T any](rows *sql.Rows, size int) ([]T, error) {
	defer rows.Close()
	type job struct {
		i   int
		raw [][]byte
	}
	jobs := make(chan job)
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		out     = make([]T, max(size, 0))
		parts   = make(map[int][]T) // chunks that do not fit in out
		total   int
		decErr  error
		workers = runtime.GOMAXPROCS(0)
	)
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				var dst []T
				if start := j.i * decodeChunk; start+len(j.raw) <= len(out) {
					dst = out[start : start+len(j.raw)]
				} else {
					dst = make([]T, len(j.raw))
					mu.Lock()
					parts[j.i] = dst
					mu.Unlock()
				}
				var err error
				for k, b := range j.raw {
					if err = json.Unmarshal(b, &dst[k]); err != nil {
						break
					}
					// Claims share their recurring names, as when extracted.
					if in, ok := any(&dst[k]).(interface{ Intern() }); ok {
						in.Intern()
					}
				}
				if err != nil {
					mu.Lock()
					if decErr == nil {
						decErr = err
					}
					mu.Unlock()
				}
			}
		})
	}
	n := 0
	chunk := make([][]byte, 0, decodeChunk)
	send := func() {
		jobs <- job{n, chunk}
		total += len(chunk)
		n++
		chunk = make([][]byte, 0, decodeChunk)
	}
	var readErr error
	for rows.Next() {
		var raw []byte // Scan copies into a new slice
		if readErr = rows.Scan(&raw); readErr != nil {
			break
		}
		chunk = append(chunk, raw)
		if len(chunk) == decodeChunk {
			send()
		}
	}
	if readErr == nil {
		readErr = rows.Err()
	}
	if len(chunk) > 0 {
		send()
	}
	close(jobs)
	wg.Wait()
	if readErr != nil {
		return nil, readErr
	}
	if decErr != nil {
		return nil, decErr
	}
	if total == 0 {
		return nil, nil
	}
	if len(parts) == 0 {
		return out[:total], nil
	}
	all := make([]T, 0, total)
	for i := range n {
		if p, ok := parts[i]; ok {
			all = append(all, p...)
		} else {
			start := i * decodeChunk
			all = append(all, out[start:min(start+decodeChunk, total)]...)
		}
	}
	return all, nil
}

// scanJSON calls f with the single column of every row, then closes rows.
// The bytes are valid only during the call.
func scanJSON(rows *sql.Rows, f func(data []byte) error) error {
	defer rows.Close()
	var data sql.RawBytes
	for rows.Next() {
		if err := rows.Scan(&data); err != nil {
			return err
		}
		if err := f(data); err != nil {
			return err
		}
	}
	return rows.Err()
}
