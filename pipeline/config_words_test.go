package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/analysis/lexicon"
)

// TestConfigWords: a config's words extend the lexicon's named sets, and
// an unknown set is refused, naming it.
func TestConfigWords(t *testing.T) {
	t.Cleanup(lexicon.Reset)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.json")
	os.WriteFile(good, []byte(`{"words": {"stance.denyV": ["gainsaid"]}}`), 0o644)
	if _, err := LoadFileConfig(good); err != nil {
		t.Fatal(err)
	}
	if !lexicon.Words("stance.denyV").Has("gainsaid") {
		t.Errorf("stance.denyV lacks the config's word")
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"words": {"stance.nosuchset": ["x"]}}`), 0o644)
	if _, err := LoadFileConfig(bad); err == nil || !strings.Contains(err.Error(), "nosuchset") {
		t.Errorf("unknown set: err %v, want one naming it", err)
	}
}
