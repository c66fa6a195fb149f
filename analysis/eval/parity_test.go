package eval

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"crosscheck/pipeline"
	"crosscheck/report"
)

// TestParityWithScorePy runs the pipeline on the seeds (and on the shared
// dev set, when present), writes the JSON report, scores it with the
// reference scorer and holds Score to every metric it prints. It is
// skipped where python3 or score.py is missing; CROSSCHECK_SCORE_PY
// names another score.py.
func TestParityWithScorePy(t *testing.T) {
	scorePy := os.Getenv("CROSSCHECK_SCORE_PY")
	if scorePy == "" {
		scorePy = "/work/shared/gold/score.py"
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	if _, err := os.Stat(scorePy); err != nil {
		t.Skipf("no score.py: %v", err)
	}
	sets := []struct{ name, gold, in string }{
		{"seeds", "../../fixtures/gold/seeds.json", "../../fixtures/articles"},
		{"dev", "/work/shared/dev/gold.json", "/work/shared/dev/articles"},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			if _, err := os.Stat(set.gold); err != nil {
				t.Skipf("no gold: %v", err)
			}
			g, err := ReadGold(set.gold)
			if err != nil {
				t.Fatal(err)
			}
			rep, err := pipeline.Run(context.Background(), pipeline.Config{Inputs: []string{set.in}})
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "report.json")
			f, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := report.WriteJSON(f, rep); err != nil {
				t.Fatal(err)
			}
			if err := f.Close(); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(python, scorePy, path, set.gold, "--json").Output()
			if err != nil {
				t.Fatalf("score.py: %v", err)
			}
			var want Metrics
			if err := json.Unmarshal(out, &want); err != nil {
				t.Fatalf("score.py output %q: %v", out, err)
			}
			if got := Score(g, rep).Metrics(); got != want {
				t.Errorf("eval:     %+v\nscore.py: %+v", got, want)
			}
		})
	}
}
