package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"crosscheck/analysis"
)

// TestFindings pins discrepancy_clean and duplicate_findings (and the
// other metrics) on a hand-made report and gold:
//
//	d1  numeric  100 against 150, one subject: clean
//	d2  numeric  100, 110-120 and 999 (no gold figure): supported, but noisy
//	d3  numeric  150 against 100, plus 2,000 whose sentence overlaps an
//	    optional quote (neutral): clean, and a duplicate of d1
//	d4  stance   denied against asserted, plus an unconfirmed stance the
//	    gold does not have (neutral): clean
//
// The wanted values are what the reference scorer printed for the same
// files:
//
//	python3 /work/shared/gold/score.py testdata/findings.report.json testdata/findings.gold.json --json
func TestFindings(t *testing.T) {
	g, err := ReadGold("testdata/findings.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("testdata/findings.report.json")
	if err != nil {
		t.Fatal(err)
	}
	var rep analysis.Report
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	r := Score(g, &rep)
	const scorePy = `{"quantity_precision": 0.75, "quantity_recall": 0.75, "quantity_f1": 0.75, "attribution_accuracy": 1.0, "stance_recall": 1.0, "neg_stance_recall": 1.0, "neg_stance_precision": 0.5, "discrepancy_recall": 1.0, "discrepancy_precision": 1.0, "must_not_link_violations": 0, "discrepancy_clean": 0.75, "duplicate_findings": 1, "published_date_accuracy": 1.0, "counts": {"gold_quantities": 4, "tp": 3, "fp": 1, "gold_stances": 2, "pred_discrepancies": 4, "gold_discrepancies": 2}}`
	var want Metrics
	if err := json.Unmarshal([]byte(scorePy), &want); err != nil {
		t.Fatal(err)
	}
	if got := r.Metrics(); got != want {
		t.Errorf("Metrics() = %+v\nscore.py gives %+v", got, want)
	}
	if r.DiscrepancyClean != 3 || r.DiscrepancyPredicted != 4 || r.DuplicateFindings != 1 {
		t.Errorf("clean %d of %d, duplicates %d; want 3 of 4, 1", r.DiscrepancyClean, r.DiscrepancyPredicted, r.DuplicateFindings)
	}

	var buf bytes.Buffer
	r.Write(&buf)
	out := buf.String()
	for _, want := range []string{
		"findings:      clean 0.750  (3 of 4)  duplicates 1\n",
		`noisy finding            numeric d2: figures that are no gold claim: "999" in a.txt`,
		`"Deaths: 100 (Health Ministry), 110-120 (UN) and 999 (Health Ministry)."`,
		"duplicate finding        numeric d3: its 2 gold claims are all in numeric d1",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("Write output lacks %q:\n%s", want, out)
		}
	}
	for _, id := range []string{"d1", "d4"} {
		if strings.Contains(out, "finding            numeric "+id+":") || strings.Contains(out, "finding            stance "+id+":") {
			t.Errorf("Write output lists the clean, unique finding %s:\n%s", id, out)
		}
	}
}
