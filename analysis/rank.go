package analysis

import (
	"cmp"
	"slices"
	"strings"
)

// SeverityRank orders severities from the most serious: high 0, medium
// 1, low 2, anything else 3.
func SeverityRank(s string) int {
	switch strings.ToLower(s) {
	case "high":
		return 0
	case "medium":
		return 1
	case "low":
		return 2
	}
	return 3
}

// Rank puts findings in the one order every output shows them in and
// numbers them (Rank, from 1): findings an analyst has settled (dismissed
// and unchanged since) last; otherwise the most severe first, then those
// with more independent sources, then the wider gap, then by ID (unique,
// so the order is total). The workbook, the briefing and the JSON report
// show the same rank for each finding.
func Rank(ds []Discrepancy) {
	order := RankOrder(ds, true)
	sorted := make([]Discrepancy, len(ds))
	for k, i := range order {
		sorted[k] = ds[i]
		sorted[k].Rank = k + 1
	}
	copy(ds, sorted)
}

// RankOrder returns the indexes of ds in the one order: by their Rank
// when every finding has one (as Rank left them; the writers use this),
// else, or when fresh is set, by the ranking rule itself.
func RankOrder(ds []Discrepancy, fresh bool) []int {
	order := make([]int, len(ds))
	ranked := !fresh
	for i := range order {
		order[i] = i
		if ds[i].Rank <= 0 {
			ranked = false
		}
	}
	if ranked {
		slices.SortStableFunc(order, func(i, j int) int { return cmp.Compare(ds[i].Rank, ds[j].Rank) })
		return order
	}
	gap := func(d *Discrepancy) float64 {
		if d.Gap == nil {
			return 0
		}
		return *d.Gap
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := &ds[i], &ds[j]
		return cmp.Or(
			cmpBool(a.Settled(), b.Settled()),
			cmp.Compare(SeverityRank(a.Severity), SeverityRank(b.Severity)),
			cmp.Compare(b.Sources, a.Sources),
			cmp.Compare(gap(b), gap(a)),
			strings.Compare(a.ID, b.ID),
		)
	})
	return order
}

// cmpBool orders false before true.
func cmpBool(x, y bool) int {
	switch {
	case x == y:
		return 0
	case x:
		return 1
	}
	return -1
}
