package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"crosscheck/analysis"
	"crosscheck/store"
)

// runCmd runs the command in-process and returns its exit code and output.
func runCmd(tb testing.TB, ctx context.Context, args ...string) (int, string, string) {
	tb.Helper()
	var out, errb bytes.Buffer
	code := run(ctx, args, &out, &errb)
	return code, out.String(), errb.String()
}

// testNight is the night the tests run for, so report paths are known.
const testNight = "2024-11-05"

// runNight runs an analysis in-process on a store of its own in a
// temporary folder, for testNight unless the args say otherwise.
func runNight(tb testing.TB, ctx context.Context, args ...string) (int, string, string) {
	tb.Helper()
	if !slices.Contains(args, "-db") {
		args = append([]string{"-db", filepath.Join(tb.TempDir(), "test.db")}, args...)
	}
	if !slices.Contains(args, "-date") {
		args = append([]string{"-date", testNight}, args...)
	}
	return runCmd(tb, ctx, args...)
}

// jsonReport is the path of the night's JSON report under out.
func jsonReport(out string) string {
	return filepath.Join(out, testNight, "crosscheck-"+testNight+".json")
}

func writeFiles(tb testing.TB, dir string, files map[string]string) {
	tb.Helper()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

func readReport(tb testing.TB, path string) analysis.Report {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	var r analysis.Report
	if err := json.Unmarshal(data, &r); err != nil {
		tb.Fatalf("report.json: %v", err)
	}
	return r
}

const goodArticle = " date 2024-10-22 Troops sent\nTroops sent\n\nThe agency said on Monday that North Korea had sent 12,000 troops to Russia, according to Yonhap.\n\nThe Pentagon said it could not confirm the deployment of North Korean troops.\n"

func TestRunExitCodes(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name  string
		files map[string]string
		args  []string
		want  int
	}{
		{"ok", map[string]string{"a.txt": goodArticle}, nil, exitOK},
		{"some inputs skipped is still ok", map[string]string{"a.txt": goodArticle, "b.pdf": "%PDF-1.4", "c.txt": ""}, nil, exitOK},
		{"every input failed", map[string]string{"b.txt": "\x00\x01\x02binary\x00"}, nil, exitFail},
		{"unknown flag", nil, []string{"-nope"}, exitUsage},
		{"unknown format", nil, []string{"-formats", "docx"}, exitUsage},
		{"bad workers", nil, []string{"-workers", "0"}, exitUsage},
		{"stray argument", nil, []string{"somefile"}, exitUsage},
		{"bad page size", nil, []string{"-page-size", "A3"}, exitUsage},
		{"missing config", nil, []string{"-config", "/nonexistent/config.json"}, exitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, out := t.TempDir(), t.TempDir()
			writeFiles(t, in, tt.files)
			args := append([]string{"-in", in, "-out", out, "-formats", "json", "-q"}, tt.args...)
			code, stdout, stderr := runNight(t, ctx, args...)
			if code != tt.want {
				t.Fatalf("run(%v) = %d, want %d\nstdout: %s\nstderr: %s", args, code, tt.want, stdout, stderr)
			}
			if tt.want == exitUsage && stderr == "" {
				t.Errorf("run(%v): usage error printed nothing", args)
			}
		})
	}
}

func TestRunReportListsEveryInput(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, map[string]string{"a.txt": goodArticle, "sub/b.txt": goodArticle, "c.doc": "x", "d.txt": "  \n"})
	code, _, stderr := runNight(t, context.Background(), "-in", in, "-out", out, "-formats", "json", "-q")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	r := readReport(t, jsonReport(out))
	status := map[string]analysis.Status{}
	for _, a := range r.Articles {
		status[a.File] = a.Status
		if a.Status != analysis.StatusOK && len(a.Problems) == 0 {
			t.Errorf("%s is %s without a reason", a.File, a.Status)
		}
	}
	want := map[string]analysis.Status{"a.txt": "ok", "sub/b.txt": "skipped", "c.doc": "skipped", "d.txt": "skipped"}
	for f, s := range want {
		if status[f] != s {
			t.Errorf("status of %s = %q, want %q (all: %v)", f, status[f], s, status)
		}
	}
	if len(r.Claims) == 0 || r.Schema != analysis.Schema {
		t.Errorf("report has %d claims and schema %q", len(r.Claims), r.Schema)
	}
}

func TestRunCancelledLeavesNoOutput(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, map[string]string{"a.txt": goodArticle})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	code, _, _ := runNight(t, ctx, "-in", in, "-out", out, "-formats", "json", "-q")
	if code != exitFail {
		t.Errorf("cancelled run exit = %d, want %d", code, exitFail)
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 0 {
		t.Errorf("cancelled run left %d files in the output folder: %v", len(entries), entries)
	}
}

func TestRunKeepsPreviousReportOnFailure(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, map[string]string{"a.txt": goodArticle})
	db := filepath.Join(t.TempDir(), "test.db")
	if code, _, stderr := runNight(t, context.Background(), "-db", db, "-in", in, "-out", out, "-formats", "json", "-q"); code != exitOK {
		t.Fatalf("first run exit %d: %s", code, stderr)
	}
	before, err := os.ReadFile(jsonReport(out))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	runNight(t, ctx, "-db", db, "-in", in, "-out", out, "-formats", "json", "-q")
	after, err := os.ReadFile(jsonReport(out))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("an interrupted run changed the previous report")
	}
	if entries, _ := os.ReadDir(filepath.Join(out, testNight)); len(entries) != 1 {
		t.Errorf("an interrupted run left files beside the report: %v", entries)
	}
}

func TestVersionAndHelp(t *testing.T) {
	code, out, _ := runCmd(t, context.Background(), "version")
	if code != exitOK || !strings.HasPrefix(out, "crosscheck ") {
		t.Errorf("version = %d %q", code, out)
	}
	code, _, errOut := runCmd(t, context.Background(), "-h")
	if code != exitOK {
		t.Errorf("-h exit = %d, want 0", code)
	}
	for _, flagName := range []string{"-in", "-out", "-config", "-workers", "-formats", "-q", "-v", "-marking", "-page-size",
		"-db", "-window", "-date", "-log-format", "-progress", "review import", "Exit codes", "3 another run"} {
		if !strings.Contains(errOut, flagName) {
			t.Errorf("-h does not explain %s", flagName)
		}
	}
}

func TestInspect(t *testing.T) {
	code, out, errOut := runCmd(t, context.Background(), "inspect", "../../fixtures/articles/003_1689b96d3b767c02.txt")
	if code != exitOK {
		t.Fatalf("inspect exit %d: %s", code, errOut)
	}
	for _, want := range []string{"outlet:    UPI", "published: 2024-10-22", "+ ", "- ", "[", "some 12,000 troops"} {
		if !strings.Contains(out, want) {
			t.Errorf("inspect output lacks %q", want)
		}
	}
	if code, _, _ := runCmd(t, context.Background(), "inspect", "/nonexistent.txt"); code != exitFail {
		t.Errorf("inspect of a missing file = %d, want %d", code, exitFail)
	}
}

func TestInspectJSON(t *testing.T) {
	files := []string{"../../fixtures/articles/003_1689b96d3b767c02.txt", "../../fixtures/articles/000_eb2ab5274f4cd8a4.txt"}
	code, out, errOut := runCmd(t, context.Background(), append([]string{"inspect", "-json"}, files...)...)
	if code != exitOK {
		t.Fatalf("inspect -json exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(files) {
		t.Fatalf("inspect -json wrote %d lines for %d files:\n%s", len(lines), len(files), out)
	}
	for i, line := range lines {
		var got struct {
			File, Title, Outlet, Published, Body string
			Removed                              []struct {
				Line         int
				Text, Reason string
			}
		}
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if got.File != filepath.Base(files[i]) || got.Title == "" || got.Outlet == "" || got.Published == "" || got.Body == "" {
			t.Errorf("line %d = file %q title %q outlet %q published %q body %d chars, want all set", i+1, got.File, got.Title, got.Outlet, got.Published, len(got.Body))
		}
		if len(got.Removed) == 0 {
			t.Errorf("line %d: no removed blocks", i+1)
		}
		for _, r := range got.Removed {
			if r.Reason == "" || r.Line == 0 || r.Text == "" || strings.Contains(got.Body, r.Text) && len(r.Text) > 40 {
				t.Errorf("line %d: removed block %+v: want line, text and reason, and text not in the body", i+1, r)
			}
		}
	}
	if !strings.Contains(lines[0], "some 12,000 troops") {
		t.Errorf("inspect -json body lacks %q", "some 12,000 troops")
	}
	if code, _, _ := runCmd(t, context.Background(), "inspect", files[0], files[1]); code != exitUsage {
		t.Errorf("inspect of two files without -json = %d, want %d", code, exitUsage)
	}
}

func TestConfigFile(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "c.json")
	writeFiles(t, dir, map[string]string{"c.json": `{"max_file_size": 10, "tolerance": 0.1}`, "in/a.txt": goodArticle})
	code, _, stderr := runNight(t, context.Background(), "-config", cfg, "-in", filepath.Join(dir, "in"), "-out", filepath.Join(dir, "out"), "-formats", "json", "-q", "-max-size", "0")
	if code != exitUsage {
		t.Errorf("-max-size 0 exit = %d (%s), want %d", code, stderr, exitUsage)
	}
	// The file's size limit applies when -max-size is not given.
	// A night whose every input fails is a failed night: exit 1, the
	// reason named, nothing written.
	code, _, stderr = runNight(t, context.Background(), "-config", cfg, "-in", filepath.Join(dir, "in"), "-out", filepath.Join(dir, "out"), "-formats", "json", "-q")
	if code != exitFail || !strings.Contains(stderr, "a.txt: too large") {
		t.Errorf("with max_file_size 10 every input is too large: exit %d, stderr %q; want %d naming a.txt", code, stderr, exitFail)
	}
	if found, _ := filepath.Glob(filepath.Join(dir, "out", "*", "*.json")); len(found) != 0 {
		t.Errorf("a failed night wrote %v", found)
	}
	writeFiles(t, dir, map[string]string{"bad.json": `{"max_fil_size": 10}`})
	code, _, stderr = runNight(t, context.Background(), "-config", filepath.Join(dir, "bad.json"), "-in", filepath.Join(dir, "in"), "-out", filepath.Join(dir, "out"), "-q")
	if code != exitUsage || !strings.Contains(stderr, "max_fil_size") {
		t.Errorf("misspelt config key: exit %d, stderr %q; want %d naming the key", code, stderr, exitUsage)
	}
}

func TestParseWindow(t *testing.T) {
	for in, want := range map[string]int{"30d": 30, "6w": 42, "7": 7, " 14D ": 14} {
		if got, err := parseWindow(in); err != nil || got != want {
			t.Errorf("parseWindow(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "0d", "-3d", "3m", "d", "99999d"} {
		if _, err := parseWindow(in); err == nil {
			t.Errorf("parseWindow(%q) accepted", in)
		}
	}
}

// TestStoreLockedExitCode: a run on a store another run holds exits 3 and
// names the other run.
func TestStoreLockedExitCode(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := filepath.Join(dir, "held.db")
	writeFiles(t, dir, map[string]string{"in/a.txt": goodArticle})
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	lk, err := st.Lock(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer lk.Release()
	code, _, stderr := runNight(t, ctx, "-db", db, "-in", filepath.Join(dir, "in"), "-out", filepath.Join(dir, "out"), "-formats", "json")
	if code != exitBusy || !strings.Contains(stderr, fmt.Sprintf("pid %d", os.Getpid())) {
		t.Errorf("locked store: exit %d, stderr %q; want %d naming pid %d", code, stderr, exitBusy, os.Getpid())
	}
}

// TestJSONLogs: -log-format json gives one JSON object per line.
func TestJSONLogs(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"in/a.txt": goodArticle, "in/b.txt": "\x00\x01binary\x00"})
	code, _, stderr := runNight(t, context.Background(), "-log-format", "json", "-in", filepath.Join(dir, "in"), "-out", filepath.Join(dir, "out"), "-formats", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) == 0 || lines[0] == "" {
		t.Fatal("no log lines for a failed input")
	}
	for _, l := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(l), &rec); err != nil || rec["level"] == nil || rec["msg"] == nil {
			t.Errorf("log line is not a JSON record with level and msg: %q (%v)", l, err)
		}
	}
	if !strings.Contains(stderr, `"file":"b.txt"`) {
		t.Errorf("the failed input is not named in the logs: %s", stderr)
	}
	if code, _, _ := runNight(t, context.Background(), "-log-format", "xml"); code != exitUsage {
		t.Errorf("-log-format xml exit %d, want %d", code, exitUsage)
	}
}

// TestReviewImportAndRuns: the review and runs subcommands on a store a
// night has filled.
func TestReviewImportAndRuns(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, out := filepath.Join(dir, "n.db"), filepath.Join(dir, "out")
	writeFiles(t, dir, map[string]string{
		"in/a.txt": " date 2024-11-05 Troops\nTroops\n\nSouth Korea's spy agency said on Tuesday that North Korea had sent 12,000 troops to Russia.\n",
		"in/b.txt": " date 2024-11-05 Fewer troops\nFewer troops\n\nThe United States said on Tuesday that nearly 8,000 North Korean soldiers were near the border.\n",
	})
	if code, _, stderr := runNight(t, ctx, "-db", db, "-in", filepath.Join(dir, "in"), "-out", out, "-formats", "json,xlsx", "-q"); code != exitOK {
		t.Fatalf("night: exit %d: %s", code, stderr)
	}
	r := readReport(t, jsonReport(out))
	if len(r.Discrepancies) == 0 {
		t.Fatal("no discrepancy to review")
	}
	book := filepath.Join(out, testNight, "crosscheck-"+testNight+".xlsx")
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("Discrepancies")
	var hdr []string
	row := 0
	for i, rw := range rows {
		if slices.Contains(rw, "ID") {
			hdr, row = rw, i+2
			break
		}
	}
	stCell, _ := excelize.CoordinatesToCellName(slices.Index(hdr, "Status")+1, row)
	noteCell, _ := excelize.CoordinatesToCellName(slices.Index(hdr, "Analyst notes")+1, row)
	f.SetCellStr("Discrepancies", stCell, "dismissed")
	f.SetCellStr("Discrepancies", noteCell, "different counting dates")
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()

	code, stdout, stderr := runCmd(t, ctx, "review", "import", "-db", db, book)
	if code != exitOK || !strings.Contains(stdout, "1 reviews stored") {
		t.Errorf("review import: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if code, _, _ := runCmd(t, ctx, "review", "import", "-db", db, filepath.Join(dir, "missing.xlsx")); code != exitFail {
		t.Errorf("review import of a missing file: exit %d, want %d", code, exitFail)
	}
	if code, _, _ := runCmd(t, ctx, "review"); code != exitUsage {
		t.Errorf("review without import: exit %d, want %d", code, exitUsage)
	}
	code, stdout, _ = runCmd(t, ctx, "runs", "-db", db)
	if code != exitOK || !strings.Contains(stdout, testNight) || !strings.Contains(stdout, " ok ") {
		t.Errorf("runs: exit %d:\n%s", code, stdout)
	}
	if code, _, stderr := runCmd(t, ctx, "runs", "-db", filepath.Join(dir, "nope.db")); code != exitFail || !strings.Contains(stderr, "no store") {
		t.Errorf("runs on a missing store: exit %d, %q", code, stderr)
	}
	backup := filepath.Join(dir, "backup.db")
	if code, _, stderr := runCmd(t, ctx, "backup", "-db", db, backup); code != exitOK {
		t.Errorf("backup: exit %d: %s", code, stderr)
	}
	code, stdout, _ = runCmd(t, ctx, "runs", "-db", backup)
	if code != exitOK || !strings.Contains(stdout, testNight) {
		t.Errorf("runs on the backup: exit %d:\n%s", code, stdout)
	}
}
