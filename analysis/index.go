package analysis

import (
	"hash/maphash"
	"sync"
)

// Index joins a report's articles, claims, clusters and discrepancies,
// once, for every reader of the report (the workbook and the briefing
// share one): each by its ID, and claim -> article, claim -> cluster,
// claim -> discrepancies, discrepancy -> claims, cluster ->
// discrepancies and article -> claims.
//
// Articles, claims, clusters and discrepancies are named by their index
// in the Report's slices, and the joins are slices of such indexes
// (int32), never maps keyed by ID, so the index of a night of a million
// claims takes a few tens of megabytes. Where IDs repeat, the first
// article, claim, cluster or discrepancy with the ID is the one an ID
// names.
//
// A claim belongs to the first cluster that lists its ID in
// Cluster.Claims, unless it has no Subject (a claim without a subject
// joins no cluster, as in the comparison). A discrepancy's claims are
// those of its Claims that name a claim of the report, each once, in the
// order listed.
//
// NewIndex is cheap: the joins are worked out on the first question, once,
// and an Index may then be read from several goroutines at once. The
// Report must not change while its Index is in use; the slices returned
// are the Index's own, not to be modified.
type Index struct {
	// Report is the report indexed.
	Report *Report

	once sync.Once
	j    joins
}

// NewIndex returns the index of r.
func NewIndex(r *Report) *Index { return &Index{Report: r} }

// joins are the Index's tables, built on first use.
type joins struct {
	claims, articles, clusters, discrepancies idTable

	claimArticle []int32 // by claim: its article, -1 for none
	claimCluster []int32 // by claim: its cluster, -1 for none

	claimDiscrepancies   csr // by claim: its discrepancies, in report order
	discrepancyClaims    csr // by discrepancy: its claims, in the order listed
	clusterDiscrepancies csr // by cluster (the first with its ID): its discrepancies, in report order
	articleClaims        csr // by article (the first with its ID): its claims, in report order
}

// get returns the joins, building them on the first call.
func (x *Index) get() *joins {
	x.once.Do(x.build)
	return &x.j
}

func (x *Index) build() {
	r, j := x.Report, &x.j
	j.claims = newIDTable(len(r.Claims), func(i int) string { return r.Claims[i].ID })
	j.articles = newIDTable(len(r.Articles), func(i int) string { return r.Articles[i].ID })
	j.clusters = newIDTable(len(r.Clusters), func(i int) string { return r.Clusters[i].ID })
	j.discrepancies = newIDTable(len(r.Discrepancies), func(i int) string { return r.Discrepancies[i].ID })

	j.claimArticle = make([]int32, len(r.Claims))
	for k := range r.Claims {
		j.claimArticle[k] = int32(j.articles.find(r.Claims[k].Article))
	}
	j.articleClaims = newCSR(len(r.Articles), func(add func(row, v int32)) {
		for k, a := range j.claimArticle {
			if a >= 0 {
				add(a, int32(k))
			}
		}
	})

	j.claimCluster = make([]int32, len(r.Claims))
	for k := range j.claimCluster {
		j.claimCluster[k] = -1
	}
	for ci := range r.Clusters {
		for _, id := range r.Clusters[ci].Claims {
			if k := j.claims.find(id); k >= 0 && j.claimCluster[k] < 0 && r.Claims[k].Subject != "" {
				j.claimCluster[k] = int32(ci)
			}
		}
	}

	// A discrepancy's claims, each once (last[k] is the last discrepancy,
	// plus one, that took claim k), filled row after row.
	last := make([]int32, len(r.Claims))
	dc := csr{at: make([]int32, len(r.Discrepancies)+1)}
	for d := range r.Discrepancies {
		for _, id := range r.Discrepancies[d].Claims {
			if k := j.claims.find(id); k >= 0 && last[k] != int32(d+1) {
				last[k] = int32(d + 1)
				dc.of = append(dc.of, int32(k))
			}
		}
		dc.at[d+1] = int32(len(dc.of))
	}
	j.discrepancyClaims = dc
	j.claimDiscrepancies = newCSR(len(r.Claims), func(add func(row, v int32)) {
		for d := range r.Discrepancies {
			for _, k := range dc.row(d) {
				add(k, int32(d))
			}
		}
	})
	j.clusterDiscrepancies = newCSR(len(r.Clusters), func(add func(row, v int32)) {
		for d := range r.Discrepancies {
			if ci := j.clusters.find(r.Discrepancies[d].Cluster); ci >= 0 {
				add(int32(ci), int32(d))
			}
		}
	})
}

// ClaimIndex returns the index of the claim with the given ID, or -1.
func (x *Index) ClaimIndex(id string) int { return x.get().claims.find(id) }

// ArticleIndex returns the index of the article with the given ID, or -1.
func (x *Index) ArticleIndex(id string) int { return x.get().articles.find(id) }

// ClusterIndex returns the index of the cluster with the given ID, or -1.
func (x *Index) ClusterIndex(id string) int { return x.get().clusters.find(id) }

// DiscrepancyIndex returns the index of the discrepancy with the given
// ID, or -1.
func (x *Index) DiscrepancyIndex(id string) int { return x.get().discrepancies.find(id) }

// Claim returns the claim with the given ID, or nil.
func (x *Index) Claim(id string) *Claim {
	if k := x.ClaimIndex(id); k >= 0 {
		return &x.Report.Claims[k]
	}
	return nil
}

// Article returns the article with the given ID, or nil.
func (x *Index) Article(id string) *Article {
	if a := x.ArticleIndex(id); a >= 0 {
		return &x.Report.Articles[a]
	}
	return nil
}

// Cluster returns the cluster with the given ID, or nil.
func (x *Index) Cluster(id string) *Cluster {
	if c := x.ClusterIndex(id); c >= 0 {
		return &x.Report.Clusters[c]
	}
	return nil
}

// Discrepancy returns the discrepancy with the given ID, or nil.
func (x *Index) Discrepancy(id string) *Discrepancy {
	if d := x.DiscrepancyIndex(id); d >= 0 {
		return &x.Report.Discrepancies[d]
	}
	return nil
}

// ClaimArticle returns the index of the article claim k was found in,
// or -1 when the report has no article of its Article ID.
func (x *Index) ClaimArticle(k int) int { return int(x.get().claimArticle[k]) }

// ClaimCluster returns the index of the cluster claim k belongs to, or -1.
func (x *Index) ClaimCluster(k int) int { return int(x.get().claimCluster[k]) }

// ClaimDiscrepancies returns the indexes of the discrepancies claim k is
// in, in report order, each once.
func (x *Index) ClaimDiscrepancies(k int) []int32 { return x.get().claimDiscrepancies.row(k) }

// DiscrepancyClaims returns the indexes of the claims of discrepancy d, in
// the order its Claims lists them, each once, leaving out IDs that name no
// claim of the report.
func (x *Index) DiscrepancyClaims(d int) []int32 { return x.get().discrepancyClaims.row(d) }

// ClusterDiscrepancies returns the indexes of the discrepancies within
// cluster c (those whose Cluster is c's ID), in report order.
func (x *Index) ClusterDiscrepancies(c int) []int32 {
	j := x.get()
	return j.clusterDiscrepancies.row(j.clusters.find(x.Report.Clusters[c].ID))
}

// ArticleClaims returns the indexes of the claims found in article a
// (those whose Article is a's ID), in report order.
func (x *Index) ArticleClaims(a int) []int32 {
	j := x.get()
	return j.articleClaims.row(j.articles.find(x.Report.Articles[a].ID))
}

// csr is a one-to-many join in compressed rows: row i's values are
// of[at[i]:at[i+1]].
type csr struct {
	at, of []int32
}

// newCSR builds a csr of n rows from fill, which calls add(row, value) for
// each pair, rows in any order, values of one row in the order they are to
// have; fill is called twice (count, then place) and must give the same
// pairs both times.
func newCSR(n int, fill func(add func(row, v int32))) csr {
	at := make([]int32, n+1)
	fill(func(row, _ int32) { at[row+1]++ })
	for i := range n {
		at[i+1] += at[i]
	}
	of := make([]int32, at[n])
	next := make([]int32, n)
	copy(next, at[:n])
	fill(func(row, v int32) {
		of[next[row]] = v
		next[row]++
	})
	return csr{at, of}
}

// row returns row i's values; none for i < 0.
func (c csr) row(i int) []int32 {
	if i < 0 {
		return nil
	}
	return c.of[c.at[i]:c.at[i+1]:c.at[i+1]]
}

// idTable finds the first of n items with an ID: an open-addressing hash
// table of item indexes, four bytes a slot, where a map from ID would
// cost several times that.
type idTable struct {
	slots []int32 // index+1 of an item; 0 for an empty slot
	seed  maphash.Seed
	id    func(int) string
}

func newIDTable(n int, id func(int) string) idTable {
	size := 8
	for size < n+n/2 {
		size <<= 1
	}
	t := idTable{slots: make([]int32, size), seed: maphash.MakeSeed(), id: id}
	mask := uint64(size - 1)
	for i := range n {
		key := id(i)
		for h := maphash.String(t.seed, key) & mask; ; h = (h + 1) & mask {
			if t.slots[h] == 0 {
				t.slots[h] = int32(i + 1)
				break
			}
			if id(int(t.slots[h]-1)) == key {
				break // the first with the ID stays
			}
		}
	}
	return t
}

// find returns the index of the first item with the given ID, or -1.
func (t *idTable) find(key string) int {
	mask := uint64(len(t.slots) - 1)
	for h := maphash.String(t.seed, key) & mask; ; h = (h + 1) & mask {
		s := t.slots[h]
		if s == 0 {
			return -1
		}
		if t.id(int(s-1)) == key {
			return int(s - 1)
		}
	}
}
