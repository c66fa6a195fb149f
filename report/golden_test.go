package report

import (
	"testing"

	"crosscheck/internal/testutil"
)

// checkGolden compares got with the golden file at path (relative to the
// package folder), or rewrites it with -update:
//
//	go test ./report -run TestXLSXGolden -update
func checkGolden(tb testing.TB, path string, got []byte) {
	tb.Helper()
	testutil.CheckGolden(tb, path, got)
}
