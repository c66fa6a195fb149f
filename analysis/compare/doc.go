// Package compare groups claims into subjects and finds where they
// disagree: ClusterClaims keys each claim by who or where and what is
// counted (subsets linked to their totals), and Compare looks at each
// cluster on its own for conflicting figures, revisions, rising tallies,
// internal contradictions and split or changed positions, with a
// severity and a summary an analyst can paste.
//
// In: []analysis.Claim (tonight's and the window's). Out: []Cluster and
// []Discrepancy, in a deterministic order.
package compare
