package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"
)

// StaleAfter is how old a lock's heartbeat may grow before another run
// may take the lock over, whatever the holder's host.
var StaleAfter = 10 * time.Minute

// HeartbeatEvery is how often a held lock's heartbeat is refreshed.
var HeartbeatEvery = time.Minute

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
	// last said it is alive.
	Started, Heartbeat time.Time
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
	// take this one (its process is gone, or its heartbeat stopped);
	// nil when the lock was free.
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
// gone (same host, process not running) or whose heartbeat is older than
// StaleAfter is stale: it is replaced and reported in Lock.Cleared.
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
	} else if ok && !stale(h, host) {
		return nil, &LockedError{Holder: h, Store: s.desc}
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
			if !stale(h, host) {
				locked = &LockedError{Holder: h, Store: s.desc}
				return locked
			}
			if _, err := tx.ExecContext(ctx, s.d.q(`DELETE FROM locks WHERE name = ? AND pid = ? AND host = ? AND started = ?`),
				lockName, h.PID, h.Host, formatTime(h.Started)); err != nil {
				return err
			}
			cleared = &h
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
				locked = &LockedError{Holder: h, Store: s.desc}
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
		if h, ok, rerr := readLock(ctx, s.db, ""); rerr == nil && ok && !stale(h, host) {
			return nil, &LockedError{Holder: h, Store: s.desc}
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

// readLock reads the lock row, if there is one.
func readLock(ctx context.Context, q querier, suffix string) (LockHolder, bool, error) {
	var h LockHolder
	var runID sql.NullInt64
	var started, heartbeat string
	err := q.QueryRowContext(ctx, `SELECT pid, host, run_id, started, heartbeat FROM locks WHERE name = '`+lockName+`'`+suffix).
		Scan(&h.PID, &h.Host, &runID, &started, &heartbeat)
	if errors.Is(err, sql.ErrNoRows) {
		return LockHolder{}, false, nil
	}
	if err != nil {
		return LockHolder{}, false, fmt.Errorf("read lock: %w", err)
	}
	h.RunID = runID.Int64
	if h.Started, err = parseTime(started); err != nil {
		return LockHolder{}, false, err
	}
	if h.Heartbeat, err = parseTime(heartbeat); err != nil {
		return LockHolder{}, false, err
	}
	return h, true, nil
}

// stale reports whether h no longer holds the lock in earnest: its process
// is gone (seen from its own host), or it has not sent a heartbeat for
// StaleAfter.
func stale(h LockHolder, host string) bool {
	if h.Host == host && !processAlive(h.PID) {
		return true
	}
	return time.Since(h.Heartbeat) > StaleAfter
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
