package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"crosscheck/analysis"
)

// BenchmarkCommit commits a night of 10,000 new articles with 10 claims
// each into a fresh store, the size of a busy night.
func BenchmarkCommit(b *testing.B) {
	const articles, claimsEach = 10_000, 10
	arts := make([]analysis.Article, articles)
	for i := range arts {
		arts[i] = article(b, i, fmt.Sprintf("2026-11-%02d", 1+i%28), "2026-11-21")
	}
	n := night(date(b, "2026-11-21"), arts, claimsEach)
	for i := range n.Claims {
		n.Claims[i].ID = fmt.Sprintf("c%s-%02d", n.Claims[i].Article, i%claimsEach)
	}
	run := func(b *testing.B, newDSN func(b *testing.B, i int) string) {
		ctx := context.Background()
		for i := 0; b.Loop(); i++ {
			b.StopTimer()
			s := mustOpen(b, newDSN(b, i))
			b.StartTimer()
			if err := s.Commit(ctx, n); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(n.Claims))*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
	}
	b.Run("sqlite", func(b *testing.B) {
		dir := b.TempDir()
		run(b, func(b *testing.B, i int) string { return filepath.Join(dir, fmt.Sprintf("bench-%d.db", i)) })
	})
	b.Run("postgres", func(b *testing.B) {
		run(b, func(b *testing.B, _ int) string { return postgresDSN(b) })
	})
}
