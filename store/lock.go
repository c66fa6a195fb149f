package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"
)

// StaleAfter is how old a lock's heartbeat may grow before another run
// may take the lock over, whatever the holder's host.
var StaleAfter = 10 * time.Minute

// HeartbeatEvery is how often a held lock's heartbeat is refreshed.
var HeartbeatEvery = time.Minute

// SkewTolerance is how far in the future a lock's heartbeat may be (the
// clocks of hosts sharing a store differ a little) before the lock is
// judged stale: a heartbeat further ahead comes from a host whose clock is
// wrong, and would otherwise block runs for the skew plus StaleAfter.
var SkewTolerance = 2 * time.Minute

// lockName names the one lock a store has: the run lock.
const lockName = "run"

// LockHolder describes the process holding a store's run lock.
type LockHolder struct {
	// RunID is the run the holder is doing; 0 before StartRun.
	RunID int64
	// PID and Host identify the holding process.
	PID  int
	Host string
	// Started is when the lock was taken and Heartbeat when the holder
	// last said it is alive (zero when the stored time cannot be read).
	Started, Heartbeat time.Time
	// Reason, set in Lock.Cleared only, says why the lock was judged
	// stale, for the caller to log: the process is gone, the heartbeat
	// is too old, in the future (clock skew) or cannot be read.
	Reason string
}

// LockedError is the error Lock returns when another run holds the lock.
// Test for it with errors.As.
type LockedError struct {
	// Holder is the process holding the lock.
	Holder LockHolder
	// Store names the store, as Describe does.
	Store string
}

// Error says which run holds the lock, where, since when, and how long
// ago it last gave a sign of life.
func (e *LockedError) Error() string {
	h := e.Holder
	who := "another run"
	if h.RunID > 0 {
		who = fmt.Sprintf("run %d", h.RunID)
	}
	age := time.Since(h.Heartbeat).Round(time.Second)
	if age < 0 {
		age = 0
	}
	return fmt.Sprintf("store %s is in use by %s (pid %d on host %s, started %s, last heartbeat %s ago)",
		e.Store, who, h.PID, h.Host, h.Started.UTC().Format("2006-01-02 15:04:05 MST"), age)
}

// Lock is a store's run lock, held by this process until Release. While
// it is held a goroutine refreshes its heartbeat every HeartbeatEvery.
type Lock struct {
	// Cleared is the holder of a stale lock that was found and cleared to
	// take this one (its process is gone, or its heartbeat stopped, is in
	// the future or cannot be read), with Cleared.Reason saying which; nil
	// when the lock was free.
	Cleared *LockHolder

	s    *Store
	stop chan struct{}
	done chan struct{}

	mu       sync.Mutex
	holder   LockHolder
	released bool
	lost     bool
}

// Lock takes the store's run lock: one run at a time per store. When a
// live run holds it, Lock returns a *LockedError. A lock whose holder is
// gone (same host, process not running), whose heartbeat is older than
// StaleAfter or more than SkewTolerance in the future, or whose stored
// times cannot be read is stale: it is replaced and reported, with the
// reason, in Lock.Cleared.
func (s *Store) Lock(ctx context.Context) (*Lock, error) {
	host, err := os.Hostname()
	if err != nil {
		return nil, fmt.Errorf("lock store %s: %w", s.desc, err)
	}
	now := time.Now().UTC()
	me := LockHolder{PID: os.Getpid(), Host: host, Started: now, Heartbeat: now}

	// Look first without taking a write lock, so that a run finds a live
	// holder at once even while that holder is writing (SQLite serialises
	// writers; WAL still lets us read).
	if h, ok, err := readLock(ctx, s.db, ""); err != nil {
		return nil, fmt.Errorf("lock store %s: %w", s.desc, err)
	} else if ok && stale(h, host, time.Now()) == "" {
		return nil, &LockedError{Holder: h.LockHolder, Store: s.desc}
	}

	var cleared *LockHolder
	var locked *LockedError
	err = s.inTx(ctx, nil, func(tx *sql.Tx) error {
		cleared, locked = nil, nil
		h, ok, err := readLock(ctx, tx, s.d.forUpdate)
		if err != nil {
			return err
		}
		if ok {
			why := stale(h, host, time.Now())
			if why == "" {
				locked = &LockedError{Holder: h.LockHolder, Store: s.desc}
				return locked
			}
			if _, err := tx.ExecContext(ctx, s.d.q(`DELETE FROM locks WHERE name = ? AND pid = ? AND host = ? AND started = ?`),
				lockName, h.PID, h.Host, h.started); err != nil {
				return err
			}
			c := h.LockHolder
			c.Reason = why
			cleared = &c
		}
		res, err := tx.ExecContext(ctx, s.d.q(`INSERT INTO locks (name, pid, host, run_id, started, heartbeat) VALUES (?, ?, ?, NULL, ?, ?) ON CONFLICT DO NOTHING`),
			lockName, me.PID, me.Host, formatTime(me.Started), formatTime(me.Heartbeat))
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			// Another process took the lock between our read and insert.
			if h, ok, err := readLock(ctx, tx, ""); err == nil && ok {
				locked = &LockedError{Holder: h.LockHolder, Store: s.desc}
				return locked
			}
			return errors.New("the lock was taken by another process at the same moment")
		}
		return nil
	})
	if locked != nil {
		return nil, locked
	}
	if err != nil {
		// A writer that holds SQLite's write lock past the busy timeout
		// may be a run that took the lock meanwhile: say so if it is.
		if h, ok, rerr := readLock(ctx, s.db, ""); rerr == nil && ok && stale(h, host, time.Now()) == "" {
			return nil, &LockedError{Holder: h.LockHolder, Store: s.desc}
		}
		return nil, fmt.Errorf("lock store %s: %w", s.desc, err)
	}

	l := &Lock{Cleared: cleared, s: s, holder: me, stop: make(chan struct{}), done: make(chan struct{})}
	s.mu.Lock()
	s.lock = l
	s.mu.Unlock()
	go l.heartbeat()
	return l, nil
}

// lockRow is the lock row as read: the holder, its start time as stored
// (to delete the row by), and what of its times cannot be read.
type lockRow struct {
	LockHolder
	started string
	bad     string
}

// readLock reads the lock row, if there is one. A time that cannot be read
// is left zero and said in bad, not returned as an error: such a lock is
// stale, and must not stop every run.
func readLock(ctx context.Context, q querier, suffix string) (lockRow, bool, error) {
	var h lockRow
	var runID sql.NullInt64
	var heartbeat string
	err := q.QueryRowContext(ctx, `SELECT pid, host, run_id, started, heartbeat FROM locks WHERE name = '`+lockName+`'`+suffix).
		Scan(&h.PID, &h.Host, &runID, &h.started, &heartbeat)
	if errors.Is(err, sql.ErrNoRows) {
		return lockRow{}, false, nil
	}
	if err != nil {
		return lockRow{}, false, fmt.Errorf("read lock: %w", err)
	}
	h.RunID = runID.Int64
	var bad []string
	if t, err := parseTime(heartbeat); err != nil || t.IsZero() {
		bad = append(bad, fmt.Sprintf("heartbeat %q cannot be read", heartbeat))
	} else {
		h.Heartbeat = t
	}
	if t, err := parseTime(h.started); err != nil || t.IsZero() {
		bad = append(bad, fmt.Sprintf("start time %q cannot be read", h.started))
	} else {
		h.Started = t
	}
	h.bad = strings.Join(bad, ", ")
	return h, true, nil
}

// stale says why h no longer holds the lock in earnest, or "" when it
// does: its process is gone (seen from its own host), it has not sent a
// heartbeat for StaleAfter, its heartbeat is more than SkewTolerance in
// the future (its host's clock is wrong), or its times cannot be read.
func stale(h lockRow, host string, now time.Time) string {
	switch {
	case h.bad != "":
		return h.bad + ": treating the lock as stale"
	case h.Host == host && !processAlive(h.PID):
		return fmt.Sprintf("process %d on this host (%s) is no longer running", h.PID, host)
	case h.Heartbeat.Sub(now) > SkewTolerance:
		return fmt.Sprintf("heartbeat %s in the future: clock skew between hosts? treating the lock as stale", roughly(h.Heartbeat.Sub(now)))
	case now.Sub(h.Heartbeat) > StaleAfter:
		return fmt.Sprintf("last heartbeat %s ago, more than %s", roughly(now.Sub(h.Heartbeat)), roughly(StaleAfter))
	}
	return ""
}

// roughly writes d for a message: "3h", "3h25m", "12m", "40s".
func roughly(d time.Duration) string {
	if d >= time.Hour {
		d = d.Round(time.Minute)
	} else {
		d = d.Round(time.Second)
	}
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// heartbeat refreshes the lock's heartbeat until Release. A failed refresh
// (the database busy with a long write) is tried again at the next tick.
func (l *Lock) heartbeat() {
	defer close(l.done)
	t := time.NewTicker(HeartbeatEvery)
	defer t.Stop()
	for {
		select {
		case <-l.stop:
			return
		case <-t.C:
		}
		l.beat()
	}
}

func (l *Lock) beat() {
	timeout := HeartbeatEvery
	if timeout < 5*time.Second {
		timeout = 5 * time.Second
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	l.mu.Lock()
	h := l.holder
	l.mu.Unlock()
	now := time.Now().UTC()
	res, err := l.s.db.ExecContext(ctx, l.s.d.q(`UPDATE locks SET heartbeat = ? WHERE name = ? AND pid = ? AND host = ? AND started = ?`),
		formatTime(now), lockName, h.PID, h.Host, formatTime(h.Started))
	if err != nil {
		return
	}
	n, err := res.RowsAffected()
	l.mu.Lock()
	defer l.mu.Unlock()
	if err == nil && n == 0 {
		l.lost = true
	} else if err == nil {
		l.holder.Heartbeat = now
	}
}

// Holder returns the lock as stored: this process, the run it is doing and
// the last heartbeat.
func (l *Lock) Holder() LockHolder {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.holder
}

// Lost reports whether the lock was taken over by another run (which
// judged it stale) while this one held it. Commit refuses to write then.
func (l *Lock) Lost() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.lost
}

// Release stops the heartbeat and frees the lock, if it is still ours.
// Releasing twice does nothing.
func (l *Lock) Release() error {
	l.mu.Lock()
	if l.released {
		l.mu.Unlock()
		return nil
	}
	l.released = true
	h := l.holder
	l.mu.Unlock()

	close(l.stop)
	<-l.done
	l.s.mu.Lock()
	if l.s.lock == l {
		l.s.lock = nil
	}
	l.s.mu.Unlock()

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err := l.s.db.ExecContext(ctx, l.s.d.q(`DELETE FROM locks WHERE name = ? AND pid = ? AND host = ? AND started = ?`),
		lockName, h.PID, h.Host, formatTime(h.Started))
	if err != nil {
		return fmt.Errorf("release lock on %s: %w", l.s.desc, err)
	}
	return nil
}

// held returns the lock this Store holds, or nil.
func (s *Store) held() *Lock {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lock
}

// checkLock fails when this Store took the run lock and another run has
// since taken it over; it reads in tx, so the answer holds until commit.
func (s *Store) checkLock(ctx context.Context, tx *sql.Tx) error {
	l := s.held()
	if l == nil {
		return nil
	}
	mine := l.Holder()
	h, ok, err := readLock(ctx, tx, "")
	if err != nil {
		return err
	}
	if !ok || h.PID != mine.PID || h.Host != mine.Host || !h.Started.Equal(mine.Started) {
		l.mu.Lock()
		l.lost = true
		l.mu.Unlock()
		if ok {
			return fmt.Errorf("the run lock on %s was taken over by pid %d on host %s (this run's heartbeat was judged stale)", s.desc, h.PID, h.Host)
		}
		return fmt.Errorf("the run lock on %s was cleared by another run (this run's heartbeat was judged stale)", s.desc)
	}
	return nil
}
