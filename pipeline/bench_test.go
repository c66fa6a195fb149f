package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/jdkato/prose/v3"

	"crosscheck/analysis"
	"crosscheck/analysis/clean"
	"crosscheck/analysis/compare"
	"crosscheck/analysis/corpus"
	"crosscheck/analysis/extract"
	"crosscheck/analysis/load"
	"crosscheck/analysis/nlp"
)

// benchCorpus is a generated corpus of n pages, written once per process.
var benchCorpus = sync.OnceValues(func() (string, int64) {
	dir, err := os.MkdirTemp("", "crosscheck-bench-")
	if err != nil {
		panic(err)
	}
	var total int64
	for i := 0; i < benchArticles; i++ {
		a := corpus.Generate(1, i)
		if err := os.WriteFile(filepath.Join(dir, a.Name), []byte(a.Text), 0o644); err != nil {
			panic(err)
		}
		total += int64(len(a.Text))
	}
	return dir, total
})

const benchArticles = 300

// cleanedCorpus returns the generated pages loaded and cleaned.
func cleanedCorpus(tb testing.TB) ([]analysis.Article, int64) {
	tb.Helper()
	var arts []analysis.Article
	var total int64
	for i := 0; i < benchArticles; i++ {
		a := corpus.Generate(1, i)
		total += int64(len(a.Text))
		for _, d := range load.Load(a.Name, []byte(a.Text)) {
			c := clean.Clean(d, clean.CleanOptions{})
			c.ID = fmt.Sprintf("a%d", i)
			arts = append(arts, c)
		}
	}
	return arts, total
}

// BenchmarkRun measures the whole analysis (load, clean, extract, group,
// compare) over a generated corpus; MB/s is page text per second.
func BenchmarkRun(b *testing.B) {
	dir, total := benchCorpus()
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		rep, err := Run(context.Background(), Config{Inputs: []string{dir}})
		if err != nil {
			b.Fatal(err)
		}
		if len(rep.Claims) == 0 {
			b.Fatal("no claims")
		}
	}
	b.ReportMetric(float64(benchArticles*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkRunOneWorker is BenchmarkRun on one core: the per-core rate.
func BenchmarkRunOneWorker(b *testing.B) {
	dir, total := benchCorpus()
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Run(context.Background(), Config{Inputs: []string{dir}, Workers: 1}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(benchArticles*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkLoadClean measures loading and cleaning alone.
func BenchmarkLoadClean(b *testing.B) {
	var pages []corpus.Article
	var total int64
	for i := 0; i < benchArticles; i++ {
		a := corpus.Generate(1, i)
		pages = append(pages, a)
		total += int64(len(a.Text))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			for _, d := range load.Load(p.Name, []byte(p.Text)) {
				clean.Clean(d, clean.CleanOptions{})
			}
		}
	}
}

// BenchmarkExtract measures claim extraction on cleaned articles; MB/s is
// page text (as for the other stages), so the stages' rates add up.
func BenchmarkExtract(b *testing.B) {
	arts, total := cleanedCorpus(b)
	x := extract.NewExtractor(nlp.Prose{}, extract.ExtractOptions{})
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			x.Extract(a)
		}
	}
}

// BenchmarkNaiveProse is the baseline crosscheck is measured against:
// prose's full pipeline (tokenize, segment, tag, NER) over every article
// body, which is what a straightforward implementation would do before
// looking for claims. Compare its MB/s with BenchmarkExtract's.
func BenchmarkNaiveProse(b *testing.B) {
	arts, total := cleanedCorpus(b)
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			if _, err := prose.NewDocument(a.Title + "\n\n" + a.Body); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// syntheticClaims makes n claims spread over many subjects, as a large
// night would: a few big clusters and a long tail of small ones.
func syntheticClaims(n int) ([]analysis.Claim, []analysis.Article) {
	measures := []string{"troops", "killed", "wounded", "missing", "displaced", "containers", "money (USD)"}
	var arts []analysis.Article
	for i := 0; i < n/20+1; i++ {
		d := analysis.Date{Year: 2024, Month: time.Month(1 + i%12), Day: 1 + i%28}
		arts = append(arts, analysis.Article{ID: fmt.Sprintf("a%d", i), Published: d, Status: analysis.StatusOK, Outlet: fmt.Sprintf("Outlet %d", i%50)})
	}
	claims := make([]analysis.Claim, n)
	for i := range claims {
		subj := fmt.Sprintf("Place %d|%s", (i*7919)%5000, measures[i%len(measures)])
		if i%10 == 0 {
			subj = "North Korea|troops" // one very large cluster
		}
		v := float64(1000 + (i*104729)%20000)
		lo, hi := v*0.9, v*1.1
		claims[i] = analysis.Claim{ID: fmt.Sprintf("c%07d", i), Article: arts[i/20].ID, Kind: analysis.KindQuantity, Subject: subj,
			Value: &v, Low: &lo, High: &hi, Approx: analysis.About, Source: fmt.Sprintf("Source %d", i%300),
			Sentence: fmt.Sprintf("Sentence %d said %g.", i, v), Polarity: analysis.Asserted}
		if i%9 == 0 {
			claims[i].Kind, claims[i].Value, claims[i].Low, claims[i].High = analysis.KindStance, nil, nil, nil
			claims[i].Polarity = []analysis.Polarity{analysis.Asserted, analysis.Denied, analysis.Unconfirmed}[i%3]
		}
	}
	return claims, arts
}

// BenchmarkClusterCompare200k groups and compares 200,000 claims.
func BenchmarkClusterCompare200k(b *testing.B) {
	claims, arts := syntheticClaims(200_000)
	b.ReportAllocs()
	for b.Loop() {
		cls := compare.ClusterClaims(claims)
		ds := compare.Compare(cls, claims, arts, compare.CompareOptions{})
		if len(ds) == 0 {
			b.Fatal("no discrepancies")
		}
	}
	b.ReportMetric(float64(len(claims)*b.N)/b.Elapsed().Seconds(), "claims/s")
}
