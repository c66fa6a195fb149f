package eval

import (
	"bytes"
	"context"
	"testing"

	"crosscheck/pipeline"
)

// TestSeedAccuracy runs the whole pipeline on the bundled seed articles
// and holds it to the acceptance thresholds of the extraction and
// comparison issues.
func TestSeedAccuracy(t *testing.T) {
	g, err := ReadGold("../../fixtures/gold/seeds.json")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := pipeline.Run(context.Background(), pipeline.Config{Inputs: []string{"../../fixtures/articles"}})
	if err != nil {
		t.Fatal(err)
	}
	r := Score(g, rep)
	var buf bytes.Buffer
	r.Write(&buf)
	t.Logf("eval on the seeds:\n%s", buf.String())
	checks := []struct {
		name string
		got  float64
		min  float64
	}{
		{"quantity precision", r.QuantityPrecision(), 0.95},
		{"quantity recall", r.QuantityRecall(), 0.95},
		{"attribution accuracy", r.AttributionAccuracy(), 0.90},
		{"non-asserted stance recall", r.NonAssertedRecall(), 0.80},
		{"date accuracy", r.DateAccuracy(), 0.80},
		{"discrepancy recall", r.DiscrepancyRecall(), 1},
		{"non-asserted stance precision", r.NonAssertedPrecision(), 0.80},
		{"discrepancy precision", r.DiscrepancyPrecision(), 0.50},
	}
	for _, c := range checks {
		if c.got < c.min {
			t.Errorf("%s = %.3f, want at least %.2f", c.name, c.got, c.min)
		}
	}
	if r.MustNotLink != 0 {
		t.Errorf("must_not_link violations = %d, want 0", r.MustNotLink)
	}
}

// BenchmarkScoreProbes scores the report of the probe collection (645
// excerpts, 129 stories) against its gold annotation: the scoring alone,
// the pipeline runs once before the timer. A scorer that scans the gold
// files for every gold group of every finding took minutes here.
func BenchmarkScoreProbes(b *testing.B) {
	g, err := ReadGold("../../testdata/probes/gold.json")
	if err != nil {
		b.Fatal(err)
	}
	rep, err := pipeline.Run(context.Background(), pipeline.Config{Inputs: []string{"../../testdata/probes/articles"}})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		Score(g, rep)
	}
}
