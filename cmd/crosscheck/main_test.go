package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/analysis"
)

// runCmd runs the command in-process and returns its exit code and output.
func runCmd(tb testing.TB, ctx context.Context, args ...string) (int, string, string) {
	tb.Helper()
	var out, errb bytes.Buffer
	code := run(ctx, args, &out, &errb)
	return code, out.String(), errb.String()
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
			code, stdout, stderr := runCmd(t, ctx, args...)
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
	code, _, stderr := runCmd(t, context.Background(), "-in", in, "-out", out, "-formats", "json", "-q")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	r := readReport(t, filepath.Join(out, "report.json"))
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
	code, _, _ := runCmd(t, ctx, "-in", in, "-out", out, "-formats", "json", "-q")
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
	if code, _, stderr := runCmd(t, context.Background(), "-in", in, "-out", out, "-formats", "json", "-q"); code != exitOK {
		t.Fatalf("first run exit %d: %s", code, stderr)
	}
	before, err := os.ReadFile(filepath.Join(out, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	runCmd(t, ctx, "-in", in, "-out", out, "-formats", "json", "-q")
	after, err := os.ReadFile(filepath.Join(out, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("an interrupted run changed the previous report")
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
	for _, flagName := range []string{"-in", "-out", "-config", "-workers", "-formats", "-q", "-v", "-marking", "-page-size", "Exit codes"} {
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

func TestConfigFile(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "c.json")
	writeFiles(t, dir, map[string]string{"c.json": `{"max_file_size": 10, "tolerance": 0.1}`, "in/a.txt": goodArticle})
	code, _, stderr := runCmd(t, context.Background(), "-config", cfg, "-in", filepath.Join(dir, "in"), "-out", filepath.Join(dir, "out"), "-formats", "json", "-q", "-max-size", "0")
	if code != exitUsage {
		t.Errorf("-max-size 0 exit = %d (%s), want %d", code, stderr, exitUsage)
	}
	// The file's size limit applies when -max-size is not given.
	code, _, _ = runCmd(t, context.Background(), "-config", cfg, "-in", filepath.Join(dir, "in"), "-out", filepath.Join(dir, "out"), "-formats", "json", "-q")
	if code != exitFail {
		t.Errorf("with max_file_size 10 every input is too large: exit %d, want %d", code, exitFail)
	}
	r := readReport(t, filepath.Join(dir, "out", "report.json"))
	if len(r.Articles) != 1 || !strings.Contains(strings.Join(r.Articles[0].Problems, " "), "too large") {
		t.Errorf("articles = %+v, want one failed as too large", r.Articles)
	}
	writeFiles(t, dir, map[string]string{"bad.json": `{"max_fil_size": 10}`})
	code, _, stderr = runCmd(t, context.Background(), "-config", filepath.Join(dir, "bad.json"), "-in", filepath.Join(dir, "in"), "-out", filepath.Join(dir, "out"), "-q")
	if code != exitUsage || !strings.Contains(stderr, "max_fil_size") {
		t.Errorf("misspelt config key: exit %d, stderr %q; want %d naming the key", code, stderr, exitUsage)
	}
}
