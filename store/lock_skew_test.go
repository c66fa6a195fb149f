package store

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"
)

// TestLockFutureHeartbeat: a heartbeat hours in the future (the holder's
// clock is ahead) does not block runs; it is stale, with a reason saying
// why. A heartbeat a few seconds ahead is an ordinary live lock.
func TestLockFutureHeartbeat(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := mustOpen(t, dsn)
		now := time.Now().UTC()
		near := LockHolder{RunID: 4, PID: os.Getpid(), Host: "ahead.example", Started: now, Heartbeat: now.Add(20 * time.Second)}
		putLock(t, s, near)
		_, err := s.Lock(ctx)
		var locked *LockedError
		if !errors.As(err, &locked) {
			t.Fatalf("Lock with a heartbeat 20s ahead = %v, want a *LockedError", err)
		}
		if !strings.Contains(err.Error(), "last heartbeat 0s ago") {
			t.Errorf("LockedError = %q, want last heartbeat 0s ago", err)
		}
		if _, err := s.db.Exec(`DELETE FROM locks`); err != nil {
			t.Fatal(err)
		}

		far := LockHolder{RunID: 5, PID: os.Getpid(), Host: "ahead.example", Started: now.Add(3 * time.Hour), Heartbeat: now.Add(3 * time.Hour)}
		putLock(t, s, far)
		l, err := s.Lock(ctx)
		if err != nil {
			t.Fatalf("Lock over a heartbeat 3h in the future = %v, want it taken", err)
		}
		defer l.Release()
		if l.Cleared == nil || l.Cleared.RunID != 5 || l.Cleared.Host != "ahead.example" {
			t.Fatalf("Cleared = %+v, want the lock of run 5 on ahead.example", l.Cleared)
		}
		for _, want := range []string{"heartbeat 3h in the future", "clock skew between hosts?", "treating the lock as stale"} {
			if !strings.Contains(l.Cleared.Reason, want) {
				t.Errorf("Cleared.Reason = %q, want it to contain %q", l.Cleared.Reason, want)
			}
		}
		if h := l.Holder(); h.PID != os.Getpid() || h.Host != hostname(t) {
			t.Errorf("lock now held by %+v, want this process", h)
		}
	})
}

// TestLockUnparsableHeartbeat: a lock row whose times cannot be read is
// stale, not an error that fails every run.
func TestLockUnparsableHeartbeat(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		for _, tc := range []struct{ started, heartbeat, want string }{
			{formatTime(time.Now()), "yesterday at noon", `heartbeat "yesterday at noon" cannot be read`},
			{"", "", `heartbeat "" cannot be read`},
			{"02:30 last night", formatTime(time.Now()), `start time "02:30 last night" cannot be read`},
		} {
			ctx := context.Background()
			s, err := Open(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.db.Exec(s.d.q(`INSERT INTO locks (name, pid, host, run_id, started, heartbeat) VALUES (?, ?, ?, ?, ?, ?)`),
				lockName, 4242, "garbled.example", 9, tc.started, tc.heartbeat); err != nil {
				t.Fatal(err)
			}
			l, err := s.Lock(ctx)
			if err != nil {
				s.Close()
				t.Fatalf("Lock over a lock row with started %q, heartbeat %q = %v, want it taken", tc.started, tc.heartbeat, err)
			}
			if l.Cleared == nil || l.Cleared.PID != 4242 || l.Cleared.Host != "garbled.example" || l.Cleared.RunID != 9 {
				t.Errorf("Cleared = %+v, want pid 4242 on garbled.example", l.Cleared)
			} else {
				for _, want := range []string{tc.want, "treating the lock as stale"} {
					if !strings.Contains(l.Cleared.Reason, want) {
						t.Errorf("Cleared.Reason = %q, want it to contain %q", l.Cleared.Reason, want)
					}
				}
			}
			if n := counts(t, s)["locks"]; n != 1 {
				t.Errorf("%d lock rows, want only this process's", n)
			}
			if err := l.Release(); err != nil {
				t.Error(err)
			}
			if err := s.Close(); err != nil {
				t.Error(err)
			}
		}
	})
}

// TestLockClearedReason: the ordinary stale locks say why they were
// cleared too.
func TestLockClearedReason(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := mustOpen(t, dsn)
		now := time.Now().UTC()
		putLock(t, s, LockHolder{RunID: 3, PID: deadPID(t), Host: hostname(t), Started: now, Heartbeat: now})
		l, err := s.Lock(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if l.Cleared == nil || !strings.Contains(l.Cleared.Reason, "is no longer running") {
			t.Errorf("Cleared = %+v, want a reason saying the process is gone", l.Cleared)
		}
		if err := l.Release(); err != nil {
			t.Fatal(err)
		}
		old := now.Add(-3 * time.Hour)
		putLock(t, s, LockHolder{RunID: 4, PID: os.Getpid(), Host: "elsewhere.example", Started: old, Heartbeat: old})
		l, err = s.Lock(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer l.Release()
		if l.Cleared == nil || !strings.Contains(l.Cleared.Reason, "last heartbeat 3h ago") {
			t.Errorf("Cleared = %+v, want a reason giving the heartbeat's age", l.Cleared)
		}
	})
}
