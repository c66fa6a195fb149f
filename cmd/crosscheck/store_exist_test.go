package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// reviewedWorkbook writes a workbook with a Discrepancies sheet holding n
// reviewed rows, as an analyst returns it.
func reviewedWorkbook(t *testing.T, path string, n int) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "Discrepancies"); err != nil {
		t.Fatal(err)
	}
	rows := [][]any{{"ID", "Status", "Analyst notes"}}
	for i := range n {
		rows = append(rows, []any{fmt.Sprintf("d%016x", i+1), "Dismissed", "seen before"})
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Discrepancies", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// TestReviewImportNoStore: review import with a mistyped -db, or without
// -db where there is no store, refuses instead of storing the reviews in
// a new, empty store.
func TestReviewImportNoStore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	book := filepath.Join(dir, "crosscheck-2026-11-21.xlsx")
	reviewedWorkbook(t, book, 4)

	typo := filepath.Join(dir, "crosscheck.bd")
	code, stdout, stderr := runCmd(t, ctx, "review", "import", "-db", typo, book)
	want := "no store at " + typo + " (a night run creates one; check -db)"
	if code != exitFail || !strings.Contains(stderr, want) || stdout != "" {
		t.Errorf("review import -db %s: exit %d, stdout %q, stderr %q; want %d and %q", typo, code, stdout, stderr, exitFail, want)
	}
	if _, err := os.Stat(typo); err == nil {
		t.Errorf("review import created %s", typo)
	}

	t.Chdir(dir)
	code, stdout, stderr = runCmd(t, ctx, "review", "import", book)
	if code != exitFail || !strings.Contains(stderr, "no store at "+defaultDB) || stdout != "" {
		t.Errorf("review import without -db: exit %d, stdout %q, stderr %q; want %d, no store at %s", code, stdout, stderr, exitFail, defaultDB)
	}
	if _, err := os.Stat(defaultDB); err == nil {
		t.Errorf("review import created %s", defaultDB)
	}
}

// TestRunsAndBackupNoStore: runs and backup refuse a missing store with
// the same message, and create nothing.
func TestRunsAndBackupNoStore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	missing := filepath.Join(dir, "nope.db")
	want := "no store at " + missing + " (a night run creates one; check -db)"
	for _, args := range [][]string{
		{"runs", "-db", missing},
		{"backup", "-db", missing, filepath.Join(dir, "copy.db")},
	} {
		code, _, stderr := runCmd(t, ctx, args...)
		if code != exitFail || !strings.Contains(stderr, want) {
			t.Errorf("%s: exit %d, stderr %q; want %d and %q", strings.Join(args, " "), code, stderr, exitFail, want)
		}
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("files created: %v", ents)
	}
}
