package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"crosscheck/analysis"
)

// ClaimsOf returns the stored claims of the given articles, article by
// article in the order given and each article's in the order committed.
// Tonight's inputs already stored are compared whatever their date, so
// their claims are read by article rather than by window.
func (s *Store) ClaimsOf(ctx context.Context, articleIDs []string) ([]analysis.Claim, error) {
	by := make(map[string][]analysis.Claim, len(articleIDs))
	err := s.inTx(ctx, &s.d.readTx, func(tx *sql.Tx) error {
		clear(by)
		for start := 0; start < len(articleIDs); start += knownBatch {
			batch := articleIDs[start:min(start+knownBatch, len(articleIDs))]
			args := make([]any, len(batch))
			for i, id := range batch {
				args[i] = id
			}
			rows, err := tx.QueryContext(ctx, s.d.q(`SELECT data FROM claims WHERE article_id IN (`+params(len(batch))+`) ORDER BY article_id, seq`), args...)
			if err != nil {
				return err
			}
			err = scanJSON(rows, func(data []byte) error {
				var c analysis.Claim
				if err := json.Unmarshal(data, &c); err != nil {
					return fmt.Errorf("stored claim: %w", err)
				}
				by[c.Article] = append(by[c.Article], c)
				return nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read claims from %s: %w", s.desc, err)
	}
	var out []analysis.Claim
	for _, id := range articleIDs {
		out = append(out, by[id]...)
		delete(by, id)
	}
	return out, nil
}
