package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"crosscheck/analysis"
	"crosscheck/store"
)

// TestMain lets a test run the command in a child process: the test binary
// re-executes itself with CROSSCHECK_TEST_MAIN set.
func TestMain(m *testing.M) {
	if os.Getenv("CROSSCHECK_TEST_MAIN") == "1" {
		os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// The whole calendar, for reading everything stored.
var (
	analysis0 = analysis.Date{Year: 1900, Month: 1, Day: 1}
	analysis9 = analysis.Date{Year: 2999, Month: 12, Day: 31}
)

// syncBuffer is a buffer a child's output goroutine and the test share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// child starts the command in a process of its own.
func child(args ...string) (*exec.Cmd, *syncBuffer) {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "CROSSCHECK_TEST_MAIN=1")
	errb := &syncBuffer{}
	cmd.Stderr = errb
	return cmd, errb
}

// TestKilledProcess kills a real run with SIGKILL while it is reading
// articles: the store keeps nothing of it, its lock is found stale and
// cleared by the next run, which does the whole night and logs the killed
// run as interrupted.
func TestKilledProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes; skipped with -short")
	}
	dir := t.TempDir()
	in, out, db := filepath.Join(dir, "in"), filepath.Join(dir, "out"), filepath.Join(dir, "night.db")
	if code, _, stderr := runCmd(t, context.Background(), "gen", "-n", "400", "-out", in); code != exitOK {
		t.Fatalf("gen: %s", stderr)
	}
	args := []string{"-in", in, "-out", out, "-db", db, "-date", testNight, "-formats", "json", "-workers", "1", "-progress", "always"}
	cmd, errb := child(args...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait until the run holds the lock and is reading (the progress bar
	// has started, so its run is logged as running), then kill it without
	// warning.
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(errb.String(), "reading articles") {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("the child never started reading:\n%s", errb.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	arts, _, err := st.Window(ctx, analysis0, analysis9)
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 0 {
		t.Errorf("the killed run left %d articles in the store", len(arts))
	}
	if entries, _ := os.ReadDir(filepath.Join(out, testNight)); len(entries) != 0 {
		t.Errorf("the killed run left files: %v", entries)
	}

	code, _, stderr := runCmd(t, ctx, append(args[:len(args)-1:len(args)-1], "never")...)
	if code != exitOK {
		t.Fatalf("the run after the kill: exit %d\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "cleared a stale lock") {
		t.Errorf("the run after the kill did not report the stale lock:\n%.2000s", stderr)
	}
	code, stdout, _ := runCmd(t, ctx, "runs", "-db", db)
	if code != exitOK || !strings.Contains(stdout, "interrupted") || !strings.Contains(stdout, " ok ") {
		t.Errorf("run log after the kill:\n%s", stdout)
	}
	st, err = store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	arts, _, err = st.Window(ctx, analysis0, analysis9)
	if err != nil || len(arts) != 400 {
		t.Errorf("after the second run the store has %d articles (%v), want 400", len(arts), err)
	}
}
