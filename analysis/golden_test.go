package analysis

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// updateGolden rewrites golden files under testdata instead of comparing
// with them: go test ./analysis -run TestCleanGolden -update. Every golden
// test in the package shares this one flag.
var updateGolden = flag.Bool("update", false, "rewrite golden files under testdata instead of comparing")

// checkGolden compares got with the golden file at path (relative to the
// package), or rewrites the file when -update is set.
func checkGolden(tb testing.TB, path string, got []byte) {
	tb.Helper()
	if *updateGolden {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatalf("update golden: %v", err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatalf("update golden: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("read golden (run with -update to create it): %v", err)
	}
	if !bytes.Equal(got, want) {
		tb.Errorf("%s differs from the output (run with -update to accept):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}
