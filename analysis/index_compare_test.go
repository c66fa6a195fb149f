package analysis_test

import (
	"fmt"
	"testing"

	"crosscheck/analysis"
	"crosscheck/analysis/compare"
)

// TestIndexJoinsAsClusterKey checks that joining a claim to the cluster
// that lists it (what the writers do, through the Index) gives the
// cluster compare.ClusterKey names, for clusters made by
// compare.ClusterClaims: subjects, subsets and claims without a subject.
func TestIndexJoinsAsClusterKey(t *testing.T) {
	var claims []analysis.Claim
	for i := range 200 {
		c := analysis.Claim{ID: fmt.Sprintf("c%03d", i), Subject: fmt.Sprintf("North Korea|troops%d", i%7)}
		switch i % 5 {
		case 0:
			c.Subset = "First Group"
		case 1:
			c.Subject = ""
		}
		claims = append(claims, c)
	}
	r := &analysis.Report{Claims: claims, Clusters: compare.ClusterClaims(claims)}
	x := analysis.NewIndex(r)
	bySubject := map[string]int{}
	for i, cl := range r.Clusters {
		bySubject[cl.Subject] = i
	}
	for k := range r.Claims {
		want, ok := bySubject[compare.ClusterKey(&r.Claims[k])]
		if !ok || r.Claims[k].Subject == "" {
			want = -1
		}
		if got := x.ClaimCluster(k); got != want {
			t.Errorf("ClaimCluster(%s) = %d, want %d (by ClusterKey %q)", r.Claims[k].ID, got, want, compare.ClusterKey(&r.Claims[k]))
		}
	}
}
