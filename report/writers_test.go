package report

import (
	"slices"
	"testing"

	"crosscheck/analysis"
	"crosscheck/report/internal/reporttest"
)

// TestXLSXWriterRegistered checks the registry entry and its file name.
func TestXLSXWriterRegistered(t *testing.T) {
	i := slices.IndexFunc(Writers, func(w Writer) bool { return w.Name == "xlsx" })
	if i != 1 || Writers[0].Name != "json" {
		t.Fatalf("Writers = %v, want json then xlsx", FormatNames())
	}
	r := &analysis.Report{Generated: "2024-11-05T06:00:00Z"}
	if got := Writers[i].File(r); got != "crosscheck-2024-11-05.xlsx" {
		t.Errorf("xlsx File() = %q, want crosscheck-2024-11-05.xlsx", got)
	}
}

func TestPDFWriterRegistered(t *testing.T) {
	i := slices.IndexFunc(Writers, func(w Writer) bool { return w.Name == "pdf" })
	if i != len(Writers)-1 {
		t.Fatalf("pdf writer at %d of %d, want last", i, len(Writers))
	}
	if got := Writers[i].File(reporttest.SmallReport()); got != "crosscheck-2024-11-05.pdf" {
		t.Errorf("File = %q, want crosscheck-2024-11-05.pdf", got)
	}
}
