package pipeline_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/analysis"
	"crosscheck/internal/testutil"
	"crosscheck/pipeline"
)

// loadReadTestdata reads a page of the loader's test data.
func loadReadTestdata(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join(testutil.Root(tb), "analysis", "load", "testdata", "load", name))
	if err != nil {
		tb.Fatalf("read testdata: %v", err)
	}
	return data
}

// loadWriteFiles writes name -> content files into dir.
func loadWriteFiles(tb testing.TB, dir string, files map[string][]byte) {
	tb.Helper()
	for name, data := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

// TestRunLoadBadInput runs a folder holding one file of every bad-input
// kind next to good ones, and checks that every input is reported with
// its status and reason while the good files are analysed.
func TestRunLoadBadInput(t *testing.T) {
	const story = `Seoul's spy agency said on Wednesday that about 3,000 North Korean soldiers had been moved to Russia, with more expected to follow by December.

The National Intelligence Service told lawmakers that the troops were being trained at bases in the Russian far east before deployment.

The Kremlin dismissed the reports as "fake news", while Pyongyang did not comment.
`
	const maxSize = 16 << 10
	dir := t.TempDir()
	loadWriteFiles(t, dir, map[string][]byte{
		"good.txt":         []byte(" date 2024-10-23 Seoul says 3,000 troops moved\n\n" + story),
		"page.html":        loadReadTestdata(t, "article.html"),
		"empty.txt":        {},
		"binary.txt":       []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"),
		"cp1252.txt":       []byte("Caf\xe9 owners said the \x93terrace tax\x94 would cost each of them about \x80 2,000 a year.\n\nThe mayor's office said the charge was in line with neighbouring towns.\n"),
		"big.txt":          []byte(strings.Repeat(story, maxSize/len(story)+1)),
		"dup/a.txt":        []byte("Pyongyang denied on Monday that it had sent any troops to Russia, calling the reports groundless.\n"),
		"dup/b.txt":        []byte("Pyongyang denied on Monday that it had sent any troops to Russia, calling the reports groundless.\r\n"),
		"report.pdf":       []byte("%PDF-1.7\n"),
		"feed.jsonl":       []byte(`{"id":"w1","title":"Kyiv says 11,000","published":"2024-11-04","text":"Ukraine's military intelligence put the number of North Korean troops in Kursk at 11,000."}` + "\n" + `{"id":"w2","text":` + "\n\n" + `{"id":"w3","text":"Seoul said the figure could rise to 10,000 by December."}` + "\n"),
		".hidden/skip.txt": []byte("Hidden folders are not read.\n"),
	})
	if err := os.Symlink(filepath.Join(dir, "nowhere.txt"), filepath.Join(dir, "missing.txt")); err != nil {
		t.Fatal(err)
	}

	rep, err := pipeline.Run(t.Context(), pipeline.Config{Inputs: []string{dir}, MaxFileSize: maxSize, Workers: 3})
	if err != nil {
		t.Fatalf("Run(%s) = %v, want no error", dir, err)
	}

	want := []struct {
		file   string // with ":line" for JSONL records
		status analysis.Status
		reason string // a problem that must be there, as a prefix; "" for none required
	}{
		{"big.txt", analysis.StatusFailed, "too large: "},
		{"binary.txt", analysis.StatusFailed, "binary file, not text (PNG image)"},
		{"cp1252.txt", analysis.StatusOK, "not valid UTF-8; decoded as Windows-1252"},
		{"dup/a.txt", analysis.StatusOK, ""},
		{"dup/b.txt", analysis.StatusSkipped, "duplicate of dup/a.txt"},
		{"empty.txt", analysis.StatusSkipped, "empty file"},
		{"feed.jsonl:1", analysis.StatusOK, ""},
		{"feed.jsonl:2", analysis.StatusFailed, "line 2: invalid JSON"},
		{"feed.jsonl:4", analysis.StatusOK, ""},
		{"good.txt", analysis.StatusOK, ""},
		{"missing.txt", analysis.StatusFailed, "unreadable: "},
		{"page.html", analysis.StatusOK, ""},
		{"report.pdf", analysis.StatusSkipped, "unsupported file type .pdf; crosscheck reads .txt, .html, .htm and .jsonl"},
	}
	got := map[string]analysis.Article{}
	var order []string
	for _, a := range rep.Articles {
		key := a.File
		if a.Line > 0 {
			key = fmt.Sprintf("%s:%d", a.File, a.Line)
		}
		if _, dup := got[key]; dup {
			t.Errorf("Run: %s reported twice", key)
		}
		got[key] = a
		order = append(order, key)
	}
	if len(rep.Articles) != len(want) {
		t.Errorf("Run reported %d articles %q, want %d", len(rep.Articles), order, len(want))
	}
	for _, w := range want {
		a, ok := got[w.file]
		if !ok {
			t.Errorf("Run: %s missing from the report; got %q", w.file, order)
			continue
		}
		if a.Status != w.status {
			t.Errorf("Run: %s status = %s (problems %q), want %s", w.file, a.Status, a.Problems, w.status)
		}
		if w.reason != "" && !loadHasPrefix(a.Problems, w.reason) {
			t.Errorf("Run: %s problems = %q, want one starting %q", w.file, a.Problems, w.reason)
		}
		if w.status != analysis.StatusOK && len(a.Problems) == 0 {
			t.Errorf("Run: %s is %s with no reason", w.file, a.Status)
		}
	}
	// Run keeps only what the reports need, so the body is counted, not kept.
	if a := got["good.txt"]; a.Published.String() != "2024-10-23" || a.BodyChars == 0 {
		t.Errorf("Run: good.txt published %q, body %d chars; want 2024-10-23 and a body", a.Published, a.BodyChars)
	}
	if a := got["feed.jsonl:1"]; a.Title != "Kyiv says 11,000" || a.Published.String() != "2024-11-04" {
		t.Errorf("Run: feed.jsonl:1 title %q published %q, want %q 2024-11-04", a.Title, a.Published, "Kyiv says 11,000")
	}
	c := rep.Counts()
	if c[analysis.StatusOK] != 6 || c[analysis.StatusSkipped] != 3 || c[analysis.StatusFailed] != 4 {
		t.Errorf("Run: counts = %v, want 6 ok, 3 skipped, 4 failed", c)
	}
}

// loadHasPrefix reports whether one of problems starts with prefix.
func loadHasPrefix(problems []string, prefix string) bool {
	for _, p := range problems {
		if strings.HasPrefix(p, prefix) {
			return true
		}
	}
	return false
}
