package nightly

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"crosscheck/analysis"
	"crosscheck/store"
	"crosscheck/store/storetest"
)

// The fault-injection tests run a night in a child process (this test
// binary, re-run with CROSSCHECK_FAULT_CHILD set) that kills itself with
// SIGKILL at a chosen point, then check what the README promises: a kill
// before the commit leaves the store as it was and no report; a kill
// after it leaves a night whose reports the next run publishes, with its
// marks; nothing is left behind either way.

// TestFaultChild is the child's side; it does nothing in a normal run.
func TestFaultChild(t *testing.T) {
	if os.Getenv("CROSSCHECK_FAULT_CHILD") == "" {
		t.Skip("runs only as the child of a fault-injection test")
	}
	opt := options(os.Getenv("FAULT_DB"), os.Getenv("FAULT_OUT"), os.Getenv("FAULT_IN"), os.Getenv("FAULT_DATE"))
	opt.Formats = mustFormats("json,xlsx,pdf")
	at := os.Getenv("FAULT_AT")
	opt.Stage = func(name string) {
		if name == at {
			syscall.Kill(os.Getpid(), syscall.SIGKILL)
			select {} // the signal is on its way
		}
	}
	if _, err := Run(context.Background(), opt); err != nil {
		t.Fatal(err)
	}
}

// killedAt runs a night in a child process killed at stage at; it fails
// the test if the child was not killed.
func killedAt(t *testing.T, db, out, in, date, at string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestFaultChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "CROSSCHECK_FAULT_CHILD=1", "FAULT_DB="+db, "FAULT_OUT="+out,
		"FAULT_IN="+in, "FAULT_DATE="+date, "FAULT_AT="+at)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stderr, &stderr
	err := cmd.Run()
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("the child run was not killed at %q: %v\n%s", at, err, stderr.String())
	}
}

// visible lists the report files under out that a reader would see.
func visible(tb testing.TB, out string) []string {
	var files []string
	for _, p := range reportFiles(tb, out) {
		if !strings.HasPrefix(filepath.Base(p), ".") {
			files = append(files, p)
		}
	}
	return files
}

// hidden lists the temporary files under out.
func hidden(tb testing.TB, out string) []string {
	var files []string
	for _, p := range reportFiles(tb, out) {
		if strings.HasPrefix(filepath.Base(p), ".") {
			files = append(files, p)
		}
	}
	return files
}

func readJSONReport(tb testing.TB, path string) *analysis.Report {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	var r analysis.Report
	if err := json.Unmarshal(data, &r); err != nil {
		tb.Fatal(err)
	}
	return &r
}

func runOutcomes(tb testing.TB, db string) []store.RunRecord {
	tb.Helper()
	st, err := store.Open(context.Background(), db)
	if err != nil {
		tb.Fatal(err)
	}
	defer st.Close()
	runs, err := st.Runs(context.Background(), 0)
	if err != nil {
		tb.Fatal(err)
	}
	return runs
}

func TestFaultKillBeforeCommit(t *testing.T) {
	if testing.Short() {
		t.Skip("kills child processes")
	}
	// After reading, after comparing, while the reports are written, at
	// the commit.
	for _, at := range []string{"window", "history", "reports", "commit"} {
		t.Run(at, func(t *testing.T) {
			db, out := testDB(t), t.TempDir()
			if _, err := Run(context.Background(), options(db, out, feed(t, night1), "2026-11-20")); err != nil {
				t.Fatal(err)
			}
			before, files := snapshot(t, db), visible(t, out)
			in2 := feed(t, night2)
			killedAt(t, db, out, in2, "2026-11-21", at)
			if after := snapshot(t, db); !reflect.DeepEqual(before.data, after.data) {
				t.Errorf("store changed by a run killed at %s", at)
			}
			if got := visible(t, out); !slices.Equal(got, files) {
				t.Errorf("reports appeared after a kill at %s: %v", at, got)
			}
			res, err := Run(context.Background(), options(db, out, in2, "2026-11-21"))
			if err != nil {
				t.Fatalf("the run after the kill: %v", err)
			}
			if d := troops(t, res.Report); d.Mark != analysis.MarkChanged || len(d.Claims) != 3 {
				t.Errorf("after the kill: mark %q with %d claims, want changed with 3", d.Mark, len(d.Claims))
			}
			if left := hidden(t, out); len(left) != 0 {
				t.Errorf("temporary files left after the next run: %v", left)
			}
		})
	}
}

func TestFaultKillAfterCommit(t *testing.T) {
	if testing.Short() {
		t.Skip("kills child processes")
	}
	storetest.Each(t, killAfterCommit)
}

// freshDB returns a new store of the same backend as dsn.
func freshDB(t *testing.T, dsn string) string {
	if strings.HasPrefix(dsn, "postgres") {
		return storetest.Postgres(t)
	}
	return storetest.SQLite(t)
}

func killAfterCommit(t *testing.T, dsn string) {
	// Right after the commit, and between the reports' publications.
	// With "gone", the staged files are deleted after the kill, and the
	// next run must write the reports again from the store.
	for _, tc := range []struct {
		at   string
		gone bool
	}{{"publish", false}, {"publish:xlsx", false}, {"publish:pdf", false}, {"publish", true}, {"publish:pdf", true}} {
		name := tc.at
		if tc.gone {
			name += "/staged-files-gone"
		}
		t.Run(name, func(t *testing.T) {
			db, out := freshDB(t, dsn), t.TempDir()
			if _, err := Run(context.Background(), options(db, out, feed(t, night1), "2026-11-20")); err != nil {
				t.Fatal(err)
			}
			in2 := feed(t, night2)
			killedAt(t, db, out, in2, "2026-11-21", tc.at)
			night2Dir := filepath.Join(out, "2026-11-21")
			if tc.gone {
				for _, p := range hidden(t, night2Dir) {
					os.Remove(p)
				}
			}

			// The next run (the following night, with no new input)
			// publishes the killed night's reports first.
			var logs bytes.Buffer
			opt := options(db, out, feed(t, nil), "2026-11-22")
			opt.Analysis.Logger = testLogger(&logs)
			if _, err := Run(context.Background(), opt); err != nil {
				t.Fatalf("the run after the kill: %v", err)
			}
			if !strings.Contains(logs.String(), "published the reports of an earlier run") {
				t.Errorf("the recovery was not logged:\n%s", logs.String())
			}
			got := visible(t, night2Dir)
			want := []string{"crosscheck-2026-11-21.json", "crosscheck-2026-11-21.pdf", "crosscheck-2026-11-21.xlsx"}
			var names []string
			for _, p := range got {
				names = append(names, filepath.Base(p))
			}
			if !slices.Equal(names, want) {
				t.Fatalf("night 2's reports after recovery: %v, want %v", names, want)
			}
			rep := readJSONReport(t, filepath.Join(night2Dir, "crosscheck-2026-11-21.json"))
			if d := troops(t, rep); d.Mark != analysis.MarkChanged || len(d.Claims) != 3 {
				t.Errorf("recovered report: troops mark %q with %d claims, want changed with 3", d.Mark, len(d.Claims))
			}
			if rep.Night != "2026-11-21" {
				t.Errorf("recovered report's night = %q", rep.Night)
			}
			if left := hidden(t, out); len(left) != 0 {
				t.Errorf("temporary files left: %v", left)
			}
			runs := runOutcomes(t, db)
			// newest first: night 3, the killed night 2, night 1
			if len(runs) != 3 || runs[1].Outcome != store.OutcomeOK || len(runs[1].Outputs) != 3 || !strings.Contains(runs[1].Error, "published by run") {
				t.Errorf("the killed night's log entry: %+v", runs[1])
			}
		})
	}
}

// TestFaultLeftoverTemps: staged files of a killed run are removed by
// the next run, and those of a live process are not.
func TestFaultLeftoverTemps(t *testing.T) {
	db, out := testDB(t), t.TempDir()
	dir := filepath.Join(out, "2026-11-19")
	os.MkdirAll(dir, 0o755)
	dead := filepath.Join(dir, ".crosscheck-2026-11-19.json.tmp-999999999-123")
	live := filepath.Join(dir, ".crosscheck-2026-11-19.json.tmp-1-456") // pid 1 is alive
	for _, p := range []string{dead, live} {
		if err := os.WriteFile(p, []byte("{}"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	spill := filepath.Join(out, ".crosscheck-spill-999999999-789")
	if err := os.MkdirAll(spill, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(spill, "excelize-123"), make([]byte, 1024), 0o644)
	if _, err := Run(context.Background(), options(db, out, feed(t, night1), "2026-11-20")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dead); err == nil {
		t.Errorf("a dead run's staged file was left: %s", dead)
	}
	if _, err := os.Stat(live); err != nil {
		t.Errorf("a live process's staged file was removed: %v", err)
	}
	if _, err := os.Stat(spill); err == nil {
		t.Errorf("a dead run's spill folder was left: %s", spill)
	}
	if found, _ := filepath.Glob(filepath.Join(out, ".crosscheck-spill-*")); len(found) != 0 {
		t.Errorf("the run left its spill folder: %v", found)
	}
}

func testLogger(w *bytes.Buffer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo}))
}

// TestFaultWorkbookFIFO: a FIFO in place of the previous night's
// workbook must not block the night's review import.
func TestFaultWorkbookFIFO(t *testing.T) {
	db, out := testDB(t), t.TempDir()
	res, err := Run(context.Background(), options(db, out, feed(t, night1), "2026-11-20"))
	if err != nil {
		t.Fatal(err)
	}
	wb := workbook(t, res.Paths)
	os.Remove(wb)
	if err := syscall.Mkfifo(wb, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	var logs bytes.Buffer
	opt := options(db, out, feed(t, night2), "2026-11-21")
	opt.Analysis.Logger = testLogger(&logs)
	done := make(chan error, 1)
	go func() { _, err := Run(context.Background(), opt); done <- err }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("the night hangs on a FIFO in place of the previous workbook")
	}
	if !strings.Contains(logs.String(), "not a regular file") {
		t.Errorf("the FIFO was not reported:\n%s", logs.String())
	}
}
