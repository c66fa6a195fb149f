package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"crosscheck/analysis"
)

// setLockVars sets StaleAfter and HeartbeatEvery for one test.
func setLockVars(t *testing.T, staleAfter, heartbeatEvery time.Duration) {
	t.Helper()
	oldStale, oldBeat := StaleAfter, HeartbeatEvery
	StaleAfter, HeartbeatEvery = staleAfter, heartbeatEvery
	t.Cleanup(func() { StaleAfter, HeartbeatEvery = oldStale, oldBeat })
}

// putLock writes a lock row as another process would have left it.
func putLock(t *testing.T, s *Store, h LockHolder) {
	t.Helper()
	if _, err := s.db.Exec(s.d.q(`INSERT INTO locks (name, pid, host, run_id, started, heartbeat) VALUES (?, ?, ?, ?, ?, ?)`),
		lockName, h.PID, h.Host, h.RunID, formatTime(h.Started), formatTime(h.Heartbeat)); err != nil {
		t.Fatalf("write lock row: %v", err)
	}
}

// deadPID returns the ID of a process that has exited.
func deadPID(t *testing.T) int {
	t.Helper()
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skipf("cannot run true to find a dead process ID: %v", err)
	}
	return cmd.ProcessState.Pid()
}

func sameHolder(a, b LockHolder) bool {
	return a.RunID == b.RunID && a.PID == b.PID && a.Host == b.Host && a.Started.Equal(b.Started) && a.Heartbeat.Equal(b.Heartbeat)
}

func hostname(t *testing.T) string {
	t.Helper()
	h, err := os.Hostname()
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestLockBusy(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s1, s2 := mustOpen(t, dsn), mustOpen(t, dsn)
		l1, err := s1.Lock(ctx)
		if err != nil {
			t.Fatalf("Lock: %v", err)
		}
		if l1.Cleared != nil {
			t.Errorf("Lock on a free store: Cleared = %+v, want nil", l1.Cleared)
		}
		run, err := s1.StartRun(ctx, date(t, "2026-11-21"), nil, time.Time{})
		if err != nil {
			t.Fatal(err)
		}

		_, err = s2.Lock(ctx)
		var locked *LockedError
		if !errors.As(err, &locked) {
			t.Fatalf("second Lock = %v, want a *LockedError", err)
		}
		if h := locked.Holder; h.PID != os.Getpid() || h.Host != hostname(t) || h.RunID != run {
			t.Errorf("LockedError.Holder = %+v, want pid %d on %s, run %d", h, os.Getpid(), hostname(t), run)
		}
		for _, want := range []string{
			"store " + s1.Describe() + " is in use by run " + fmt.Sprint(run),
			fmt.Sprintf("(pid %d on host %s, started ", os.Getpid(), hostname(t)),
			" UTC, last heartbeat 0s ago)",
		} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("second Lock = %q, want it to contain %q", err, want)
			}
		}

		if err := l1.Release(); err != nil {
			t.Fatalf("Release: %v", err)
		}
		if err := l1.Release(); err != nil {
			t.Errorf("second Release = %v, want nil", err)
		}
		l2, err := s2.Lock(ctx)
		if err != nil {
			t.Fatalf("Lock after Release = %v", err)
		}
		if l2.Cleared != nil {
			t.Errorf("Lock after Release: Cleared = %+v, want nil", l2.Cleared)
		}
		if err := l2.Release(); err != nil {
			t.Fatal(err)
		}
		if n := counts(t, s1)["locks"]; n != 0 {
			t.Errorf("%d lock rows after Release, want 0", n)
		}
	})
}

func TestLockStaleDeadProcess(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := mustOpen(t, dsn)
		now := time.Now().UTC().Truncate(time.Second)
		dead := LockHolder{RunID: 3, PID: deadPID(t), Host: hostname(t), Started: now, Heartbeat: now}
		putLock(t, s, dead)
		l, err := s.Lock(ctx)
		if err != nil {
			t.Fatalf("Lock over a dead process's lock = %v", err)
		}
		defer l.Release()
		if l.Cleared == nil || !sameHolder(*l.Cleared, dead) {
			t.Errorf("Cleared = %+v, want %+v", l.Cleared, dead)
		}
		if h, ok, err := readLock(ctx, s.db, ""); err != nil || !ok || h.PID != os.Getpid() {
			t.Errorf("lock row = %+v, %v, %v, want ours", h, ok, err)
		}
	})
}

func TestLockStaleHeartbeat(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := mustOpen(t, dsn)
		setLockVars(t, time.Hour, time.Hour)
		now := time.Now().UTC()
		// A live process on another host: its process cannot be checked,
		// only its heartbeat.
		other := LockHolder{RunID: 5, PID: os.Getpid(), Host: "elsewhere.example", Started: now, Heartbeat: now}
		putLock(t, s, other)
		var locked *LockedError
		if _, err := s.Lock(ctx); !errors.As(err, &locked) || locked.Holder.Host != "elsewhere.example" {
			t.Fatalf("Lock while another host's heartbeat is fresh = %v, want a *LockedError", err)
		}
		StaleAfter = 50 * time.Millisecond
		time.Sleep(100 * time.Millisecond)
		l, err := s.Lock(ctx)
		if err != nil {
			t.Fatalf("Lock over a stale heartbeat = %v", err)
		}
		defer l.Release()
		if l.Cleared == nil || l.Cleared.Host != "elsewhere.example" || l.Cleared.RunID != 5 {
			t.Errorf("Cleared = %+v, want the lock of run 5 on elsewhere.example", l.Cleared)
		}
	})
}

func TestLockHeartbeat(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := mustOpen(t, dsn)
		setLockVars(t, time.Hour, 20*time.Millisecond)
		l, err := s.Lock(ctx)
		if err != nil {
			t.Fatal(err)
		}
		started := l.Holder().Started
		deadline := time.Now().Add(5 * time.Second)
		for {
			h, ok, err := readLock(ctx, s.db, "")
			if err != nil || !ok {
				t.Fatalf("read lock = %+v, %v, %v", h, ok, err)
			}
			if h.Heartbeat.After(started) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("heartbeat not refreshed after 5s: %+v", h)
			}
			time.Sleep(10 * time.Millisecond)
		}
		if err := l.Release(); err != nil {
			t.Fatal(err)
		}
		if n := counts(t, s)["locks"]; n != 0 {
			t.Errorf("%d lock rows after Release, want 0", n)
		}
	})
}

func TestLockTakenOver(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := mustOpen(t, dsn)
		l, err := s.Lock(ctx)
		if err != nil {
			t.Fatal(err)
		}
		// Another run judged us stale and took over.
		if _, err := s.db.Exec(`DELETE FROM locks`); err != nil {
			t.Fatal(err)
		}
		now := time.Now().UTC()
		putLock(t, s, LockHolder{PID: 1, Host: "elsewhere.example", Started: now, Heartbeat: now})
		n := night(date(t, "2026-11-21"), []analysis.Article{article(t, 1, "", "")}, 1)
		if err := s.Commit(ctx, n); err == nil || !strings.Contains(err.Error(), "taken over by pid 1 on host elsewhere.example") {
			t.Errorf("Commit after losing the lock = %v, want an error", err)
		}
		if !l.Lost() {
			t.Errorf("Lost() = false after the lock was taken over")
		}
		if err := l.Release(); err != nil {
			t.Fatal(err)
		}
		if h, ok, err := readLock(ctx, s.db, ""); err != nil || !ok || h.Host != "elsewhere.example" {
			t.Errorf("Release removed another run's lock: %+v, %v, %v", h, ok, err)
		}
		if got := counts(t, s)["articles"]; got != 0 {
			t.Errorf("%d articles stored by a run without the lock", got)
		}
	})
}

// helperEnv, when set, makes the test binary act as a second crosscheck
// process that opens the store it names and tries to take the lock.
const helperEnv = "CROSSCHECK_STORE_LOCK_HELPER"

func TestMain(m *testing.M) {
	if dsn := os.Getenv(helperEnv); dsn != "" {
		os.Exit(lockHelper(dsn))
	}
	os.Exit(m.Run())
}

func lockHelper(dsn string) int {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s, err := Open(ctx, dsn)
	if err != nil {
		fmt.Println("open:", err)
		return 1
	}
	defer s.Close()
	l, err := s.Lock(ctx)
	var locked *LockedError
	switch {
	case errors.As(err, &locked):
		fmt.Printf("locked pid=%d: %v\n", locked.Holder.PID, err)
	case err != nil:
		fmt.Println("error:", err)
	default:
		l.Release()
		fmt.Println("acquired")
	}
	return 0
}

// TestLockSecondProcess runs a real second process while the first holds
// the lock and is in the middle of writing: it must get the clear
// LockedError at once, not "database is locked" after a wait.
func TestLockSecondProcess(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := mustOpen(t, dsn)
		l, err := s.Lock(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer l.Release()
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
		if _, err := tx.ExecContext(ctx, s.d.q(`INSERT INTO runs (night, started, inputs, outcome) VALUES (?, ?, ?, ?)`),
			"2026-11-21", formatTime(time.Now()), "[]", OutcomeRunning); err != nil {
			t.Fatal(err)
		}

		start := time.Now()
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), helperEnv+"="+dsn)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("second process: %v\n%s", err, out)
		}
		want := fmt.Sprintf("locked pid=%d: store %s is in use", os.Getpid(), s.Describe())
		if !strings.HasPrefix(string(out), want) {
			t.Errorf("second process said %q, want %q...", out, want)
		}
		if took := time.Since(start); took > 8*time.Second {
			t.Errorf("second process took %v to be told: it waited for the write lock", took)
		}
	})
}
