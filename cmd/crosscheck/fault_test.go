package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"crosscheck/analysis"
)

// The operator's faults: what the command does with bad settings and
// surroundings, each as the README promises.

func TestEmptyDBRefused(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, map[string]string{"a.txt": goodArticle})
	code, _, stderr := runCmd(t, context.Background(), "-db", "", "-in", in, "-out", out, "-q")
	if code != exitUsage || !strings.Contains(stderr, "-db is empty") {
		t.Errorf(`-db "": exit %d, stderr %q; want %d`, code, stderr, exitUsage)
	}
}

func TestConfigNotRegular(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, map[string]string{"a.txt": goodArticle})
	fifo := filepath.Join(t.TempDir(), "config.fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	for _, cfg := range []string{"/dev/zero", fifo, t.TempDir()} {
		done := make(chan struct{})
		var code int
		var stderr string
		go func() {
			code, _, stderr = runNight(t, context.Background(), "-config", cfg, "-in", in, "-out", out, "-q")
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Fatalf("-config %s: the run hangs", cfg)
		}
		if code != exitUsage || !strings.Contains(stderr, "not a regular file") {
			t.Errorf("-config %s: exit %d, stderr %q; want %d, not a regular file", cfg, code, stderr, exitUsage)
		}
	}
}

func TestOutputNotWritableFailsFirst(t *testing.T) {
	in := t.TempDir()
	writeFiles(t, in, map[string]string{"a.txt": goodArticle})
	// A file where the output folder should be (permissions cannot stop
	// root, who runs CI): the run fails before reading, naming it.
	out := filepath.Join(t.TempDir(), "out")
	if err := os.WriteFile(out, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "test.db")
	code, _, stderr := runNight(t, context.Background(), "-db", db, "-in", in, "-out", out)
	if code != exitFail || !strings.Contains(stderr, "is not a folder") {
		t.Errorf("output folder is a file: exit %d, stderr %q; want %d", code, stderr, exitFail)
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("the store was created although the run could not write its reports")
	}
	if os.Geteuid() != 0 {
		ro := t.TempDir()
		os.Chmod(ro, 0o555)
		defer os.Chmod(ro, 0o755)
		code, _, stderr := runNight(t, context.Background(), "-db", "none", "-in", in, "-out", ro)
		if code != exitFail || !strings.Contains(stderr, "not writable") {
			t.Errorf("read-only output folder: exit %d, stderr %q; want %d", code, stderr, exitFail)
		}
	}
}

// TestSourceDateEpoch: two runs on the same inputs give byte-identical
// files when SOURCE_DATE_EPOCH is set; the report records the night and
// the run's time apart.
func TestSourceDateEpoch(t *testing.T) {
	in := t.TempDir()
	writeFiles(t, in, map[string]string{"a.txt": goodArticle})
	t.Setenv("SOURCE_DATE_EPOCH", "1733130000") // 2024-12-02T09:00:00Z
	var files [2]map[string][]byte
	for i := range files {
		out := t.TempDir()
		code, _, stderr := runNight(t, context.Background(), "-db", "none", "-in", in, "-out", out, "-q")
		if code != exitOK {
			t.Fatalf("run %d: exit %d: %s", i, code, stderr)
		}
		files[i] = map[string][]byte{}
		found, _ := filepath.Glob(filepath.Join(out, testNight, "*"))
		for _, p := range found {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			files[i][filepath.Base(p)] = data
		}
	}
	if len(files[0]) != 3 {
		t.Fatalf("files written: %d, want 3", len(files[0]))
	}
	for name, data := range files[0] {
		if !bytes.Equal(data, files[1][name]) {
			t.Errorf("%s differs between two runs with SOURCE_DATE_EPOCH set", name)
		}
	}
	var r analysis.Report
	if err := json.Unmarshal(files[0]["crosscheck-"+testNight+".json"], &r); err != nil {
		t.Fatal(err)
	}
	if r.Generated != "2024-12-02T09:00:00Z" || r.Night != testNight {
		t.Errorf("generated %q, night %q; want the epoch's time and the -date night %s", r.Generated, r.Night, testNight)
	}
}

func TestBadSourceDateEpoch(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "yesterday")
	code, _, stderr := runNight(t, context.Background(), "-db", "none", "-in", t.TempDir(), "-out", t.TempDir())
	if code != exitUsage || !strings.Contains(stderr, "SOURCE_DATE_EPOCH") {
		t.Errorf("bad SOURCE_DATE_EPOCH: exit %d, stderr %q", code, stderr)
	}
}

// TestMissingInputFolder: the README's cron line with the day's folder
// absent fails the night, naming the folder, and writes nothing.
func TestMissingInputFolder(t *testing.T) {
	dir := t.TempDir()
	db, out := filepath.Join(dir, "c.db"), filepath.Join(dir, "out")
	missing := filepath.Join(dir, "feeds", "2026-12-01")
	code, stdout, stderr := runNight(t, context.Background(), "-db", db, "-in", missing, "-out", out, "-q")
	if code != exitFail || !strings.Contains(stderr, missing) || !strings.Contains(stderr, "does not exist") {
		t.Errorf("missing input folder: exit %d, stderr %q; want %d naming %s", code, stderr, exitFail, missing)
	}
	if stdout != "" {
		t.Errorf("stdout %q", stdout)
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("the output folder was created")
	}
}

// TestInputFolderLinkAndFIFO: a feed folder given as a symbolic link is
// read, and a FIFO in it is listed as skipped instead of hanging the run.
func TestInputFolderLinkAndFIFO(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "2026-12-01")
	writeFiles(t, real, map[string]string{"a.txt": goodArticle})
	if err := syscall.Mkfifo(filepath.Join(real, "pipe.txt"), 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	link := filepath.Join(dir, "today")
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	out := filepath.Join(dir, "out")
	done := make(chan struct{})
	var code int
	var stderr string
	go func() {
		code, _, stderr = runNight(t, context.Background(), "-in", link, "-out", out, "-formats", "json", "-q")
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("the run hangs on a FIFO in its input folder")
	}
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	r := readReport(t, jsonReport(out))
	status := map[string]analysis.Status{}
	for _, a := range r.Articles {
		status[a.File] = a.Status
	}
	if status["a.txt"] != analysis.StatusOK || status["pipe.txt"] != analysis.StatusSkipped {
		t.Errorf("statuses through a linked folder: %v; want a.txt ok and pipe.txt skipped", status)
	}
}

// TestMissingInputFolderLogged: with an existing store, the failed night
// is in its run log; nothing else changes.
func TestMissingInputFolderLogged(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	writeFiles(t, in, map[string]string{"a.txt": goodArticle})
	db, out := filepath.Join(dir, "c.db"), filepath.Join(dir, "out")
	if code, _, stderr := runNight(t, context.Background(), "-db", db, "-in", in, "-out", out, "-q", "-formats", "json"); code != exitOK {
		t.Fatalf("first night: exit %d: %s", code, stderr)
	}
	missing := filepath.Join(dir, "gone")
	if code, _, _ := runNight(t, context.Background(), "-db", db, "-in", missing, "-out", out, "-q"); code != exitFail {
		t.Fatalf("missing input folder: exit %d, want %d", code, exitFail)
	}
	code, stdout, stderr := runCmd(t, context.Background(), "runs", "-db", db)
	if code != exitOK || !strings.Contains(stdout, "failed") || !strings.Contains(stdout, "does not exist") {
		t.Errorf("runs after a missing input folder: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}
