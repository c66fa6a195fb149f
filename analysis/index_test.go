package analysis

import (
	"fmt"
	"slices"
	"sync"
	"testing"
)

// indexReport is a small report with every awkward join: repeated IDs, a
// claim without a subject listed in a cluster, a claim in no cluster, a
// discrepancy that lists a claim twice and an unknown one, a claim whose
// article is missing, and a discrepancy in an unknown cluster.
func indexReport() *Report {
	return &Report{
		Articles: []Article{{ID: "a1"}, {ID: "a2"}, {ID: "a1", File: "again"}, {ID: "a3"}},
		Claims: []Claim{
			{ID: "c1", Article: "a1", Subject: "x"},
			{ID: "c2", Article: "a2", Subject: "x"},
			{ID: "c3", Article: "a1", Subject: "y"},
			{ID: "c4", Article: "a2"},                          // no subject
			{ID: "c5", Article: "gone", Subject: "z"},          // no such article, in no cluster
			{ID: "c1", Article: "a2", Subject: "x", Offset: 9}, // a repeated ID
		},
		Clusters: []Cluster{
			{ID: "kx", Subject: "x", Claims: []string{"c1", "c2"}},
			{ID: "ky", Subject: "y", Claims: []string{"c3", "c4", "c1"}}, // c1 is kx's; c4 has no subject
			{ID: "kx", Subject: "x2"},                                    // a repeated ID
		},
		Discrepancies: []Discrepancy{
			{ID: "d1", Cluster: "kx", Claims: []string{"c2", "c1", "c2", "nope"}},
			{ID: "d2", Cluster: "ky", Claims: []string{"c3", "c1"}},
			{ID: "d3", Cluster: "elsewhere", Claims: []string{"c5"}},
			{ID: "d1", Cluster: "kx"}, // a repeated ID, no claims
		},
	}
}

func ints(s []int32) []int {
	out := []int{}
	for _, v := range s {
		out = append(out, int(v))
	}
	return out
}

func TestIndex(t *testing.T) {
	r := indexReport()
	x := NewIndex(r)

	for _, tc := range []struct {
		name string
		got  int
		want int
	}{
		{"ClaimIndex(c1)", x.ClaimIndex("c1"), 0},
		{"ClaimIndex(c5)", x.ClaimIndex("c5"), 4},
		{"ClaimIndex(none)", x.ClaimIndex("none"), -1},
		{"ArticleIndex(a1)", x.ArticleIndex("a1"), 0},
		{"ArticleIndex(a3)", x.ArticleIndex("a3"), 3},
		{"ArticleIndex(gone)", x.ArticleIndex("gone"), -1},
		{"ClusterIndex(kx)", x.ClusterIndex("kx"), 0},
		{"ClusterIndex(ky)", x.ClusterIndex("ky"), 1},
		{"DiscrepancyIndex(d1)", x.DiscrepancyIndex("d1"), 0},
		{"DiscrepancyIndex(d3)", x.DiscrepancyIndex("d3"), 2},
		{"DiscrepancyIndex(empty)", x.DiscrepancyIndex(""), -1},

		{"ClaimArticle(c1)", x.ClaimArticle(0), 0},
		{"ClaimArticle(c5)", x.ClaimArticle(4), -1},
		{"ClaimArticle(second c1)", x.ClaimArticle(5), 1},
		{"ClaimCluster(c1)", x.ClaimCluster(0), 0},
		{"ClaimCluster(c3)", x.ClaimCluster(2), 1},
		{"ClaimCluster(c4: no subject)", x.ClaimCluster(3), -1},
		{"ClaimCluster(c5: listed nowhere)", x.ClaimCluster(4), -1},
		{"ClaimCluster(second c1: its ID names the first)", x.ClaimCluster(5), -1},
	} {
		if tc.got != tc.want {
			t.Errorf("%s = %d, want %d", tc.name, tc.got, tc.want)
		}
	}
	if c := x.Claim("c1"); c != &r.Claims[0] {
		t.Errorf("Claim(c1) = %p, want the first c1", c)
	}
	if x.Article("gone") != nil || x.Cluster("none") != nil || x.Discrepancy("none") != nil || x.Claim("none") != nil {
		t.Error("a lookup of an unknown ID is not nil")
	}
	if a, c, d := x.Article("a3"), x.Cluster("ky"), x.Discrepancy("d3"); a != &r.Articles[3] || c != &r.Clusters[1] || d != &r.Discrepancies[2] {
		t.Error("Article, Cluster or Discrepancy does not point into the report")
	}

	for _, tc := range []struct {
		name string
		got  []int32
		want []int
	}{
		{"DiscrepancyClaims(d1)", x.DiscrepancyClaims(0), []int{1, 0}}, // c2, c1: each once, unknown IDs left out
		{"DiscrepancyClaims(d2)", x.DiscrepancyClaims(1), []int{2, 0}},
		{"DiscrepancyClaims(d3)", x.DiscrepancyClaims(2), []int{4}},
		{"DiscrepancyClaims(second d1)", x.DiscrepancyClaims(3), []int{}},
		{"ClaimDiscrepancies(c1)", x.ClaimDiscrepancies(0), []int{0, 1}},
		{"ClaimDiscrepancies(c2)", x.ClaimDiscrepancies(1), []int{0}},
		{"ClaimDiscrepancies(c4)", x.ClaimDiscrepancies(3), []int{}},
		{"ClaimDiscrepancies(second c1)", x.ClaimDiscrepancies(5), []int{}},
		{"ClusterDiscrepancies(kx)", x.ClusterDiscrepancies(0), []int{0, 3}},
		{"ClusterDiscrepancies(ky)", x.ClusterDiscrepancies(1), []int{1}},
		{"ClusterDiscrepancies(second kx)", x.ClusterDiscrepancies(2), []int{0, 3}},
		{"ArticleClaims(a1)", x.ArticleClaims(0), []int{0, 2}},
		{"ArticleClaims(a2)", x.ArticleClaims(1), []int{1, 3, 5}},
		{"ArticleClaims(second a1)", x.ArticleClaims(2), []int{0, 2}},
		{"ArticleClaims(a3)", x.ArticleClaims(3), []int{}},
	} {
		if got := ints(tc.got); !slices.Equal(got, tc.want) {
			t.Errorf("%s = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestIndexEmpty(t *testing.T) {
	x := NewIndex(&Report{})
	if x.ClaimIndex("c1") != -1 || x.ArticleIndex("") != -1 || x.Cluster("k") != nil || x.Discrepancy("d") != nil {
		t.Error("an empty report's index finds something")
	}
}

// TestIndexConcurrent asks one index from several goroutines at once:
// the first question builds the joins, once (run with -race).
func TestIndexConcurrent(t *testing.T) {
	r := &Report{}
	for i := range 1000 {
		id := fmt.Sprintf("c%d", i)
		r.Claims = append(r.Claims, Claim{ID: id, Subject: "s"})
		r.Clusters = append(r.Clusters, Cluster{ID: "k" + id, Claims: []string{id}})
	}
	x := NewIndex(r)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := g; i < len(r.Claims); i += 4 {
				if c := x.ClaimCluster(x.ClaimIndex(r.Claims[i].ID)); c != i {
					t.Errorf("ClaimCluster(c%d) = %d", i, c)
				}
			}
		})
	}
	wg.Wait()
}

// TestIDTableCollisions fills a table with many IDs, so that probes run
// into each other, and finds each.
func TestIDTableCollisions(t *testing.T) {
	ids := make([]string, 5000)
	for i := range ids {
		ids[i] = fmt.Sprintf("id-%d", i%4000) // the last 1,000 repeat
	}
	tab := newIDTable(len(ids), func(i int) string { return ids[i] })
	for i, id := range ids {
		if got := tab.find(id); got != i%4000 {
			t.Fatalf("find(%q) = %d, want %d (the first)", id, got, i%4000)
		}
	}
	if got := tab.find("id-4000"); got != -1 {
		t.Errorf("find(unknown) = %d, want -1", got)
	}
}
