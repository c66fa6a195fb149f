package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// backupHook, when a test sets it, is called at each stage of Backup with
// the temporary copy's path: "counted" once the store's rows are counted
// and before the copy is written, "copied" once VACUUM INTO has written it
// and the rows are counted again,
// "verified" once it is checked and synced, just before it is given the
// backup's name.
var backupHook func(stage, tmp string)

// Backup writes a consistent copy of a SQLite store to path, which must
// not exist yet; the copy is itself a store Open can read. A PostgreSQL
// store is backed up with pg_dump instead.
//
// The copy is written (VACUUM INTO) to a temporary file beside path,
// named .NAME.tmp-*, and checked: SQLite's integrity_check must pass and
// every table but the lock must hold as many rows as the store did (a
// run may commit meanwhile: the copy is a snapshot taken between two
// counts of the store, so it must hold no fewer rows than the first and
// no more than the second; crosscheck only ever adds rows). It is then
// synced to disk and linked to path, which is never overwritten. So path
// is either absent or a verified copy, however Backup ends; a failed
// backup removes its temporary file, and the next backup to the same
// path removes those a killed one left.
func (s *Store) Backup(ctx context.Context, path string) (err error) {
	if s.d != sqliteDialect {
		return fmt.Errorf("back up %s: a PostgreSQL store is backed up with pg_dump (e.g. pg_dump -Fc -f crosscheck.dump DBNAME), not by crosscheck", s.desc)
	}
	if path == "" {
		return errors.New("back up: no path given")
	}
	exists := func() error {
		if _, err := os.Lstat(path); err == nil {
			return fmt.Errorf("back up %s: %s already exists; give a new file name", s.desc, path)
		} else if !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("back up %s: %w", s.desc, err)
		}
		return nil
	}
	if err := exists(); err != nil {
		return err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("back up %s: %w", s.desc, err)
	}
	dir, base := filepath.Dir(abs), filepath.Base(abs)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return fmt.Errorf("back up %s: folder %s does not exist", s.desc, filepath.Dir(path))
	}
	prefix := "." + base + ".tmp-"
	removeStale(dir, prefix, time.Now())

	f, err := os.CreateTemp(dir, prefix+"*")
	if err != nil {
		return fmt.Errorf("back up %s: %w", s.desc, err)
	}
	tmp := f.Name() // absolute, so never taken for a file: URI
	f.Close()
	defer func() {
		if err != nil {
			os.Remove(tmp)
			os.Remove(tmp + "-journal")
		}
	}()
	fail := func(err error) error {
		return fmt.Errorf("back up %s to %s: %w", s.desc, path, err)
	}

	tables, before, err := s.tableCounts(ctx, nil)
	if err != nil {
		return fail(err)
	}
	if backupHook != nil {
		backupHook("counted", tmp)
	}
	// VACUUM INTO writes into an empty file.
	if _, err := s.db.ExecContext(ctx, `VACUUM INTO ?`, tmp); err != nil {
		return fail(err)
	}
	_, after, err := s.tableCounts(ctx, tables)
	if err != nil {
		return fail(err)
	}
	if backupHook != nil {
		backupHook("copied", tmp)
	}
	if err := verifyCopy(ctx, tmp, tables, before, after); err != nil {
		return fail(err)
	}
	if err := syncFile(tmp); err != nil {
		return fail(err)
	}
	if backupHook != nil {
		backupHook("verified", tmp)
	}

	// A hard link gives the copy its name only if the name is free.
	if err := os.Link(tmp, abs); err != nil {
		if errors.Is(err, os.ErrExist) {
			return exists()
		}
		// A file system without hard links: rename, having checked
		// (not atomically) that the name is free.
		if err := exists(); err != nil {
			return err
		}
		if err := os.Rename(tmp, abs); err != nil {
			return fail(err)
		}
	} else {
		os.Remove(tmp)
	}
	syncDir(dir)
	return nil
}

// removeStale removes the temporary files in dir named prefix* that are
// older than start: those of backups killed before they finished.
func removeStale(dir, prefix string, start time.Time) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		if !strings.HasPrefix(e.Name(), prefix) || !e.Type().IsRegular() {
			continue
		}
		if info, err := e.Info(); err == nil && info.ModTime().Before(start) {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// tableCounts counts the rows of the store's tables, but the lock's, in
// one read transaction. It counts tables, or when nil every table.
func (s *Store) tableCounts(ctx context.Context, tables []string) ([]string, map[string]int64, error) {
	counts := make(map[string]int64)
	err := s.inTx(ctx, &s.d.readTx, func(tx *sql.Tx) error {
		var err error
		if tables == nil {
			if tables, err = backupTables(ctx, tx); err != nil {
				return err
			}
		}
		counts, err = countRows(ctx, tx, tables)
		return err
	})
	if err != nil {
		return nil, nil, fmt.Errorf("count the store's rows: %w", err)
	}
	return tables, counts, nil
}

// backupTables lists the tables whose rows a backup checks: all but
// SQLite's own and the lock (which a heartbeat may take or free).
func backupTables(ctx context.Context, q querier) ([]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\' AND name <> 'locks' ORDER BY name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var tables []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, err
		}
		tables = append(tables, t)
	}
	return tables, rows.Err()
}

func countRows(ctx context.Context, q querier, tables []string) (map[string]int64, error) {
	counts := make(map[string]int64, len(tables))
	for _, t := range tables {
		var n int64
		if err := q.QueryRowContext(ctx, `SELECT COUNT(*) FROM "`+strings.ReplaceAll(t, `"`, `""`)+`"`).Scan(&n); err != nil {
			return nil, fmt.Errorf("count %s: %w", t, err)
		}
		counts[t] = n
	}
	return counts, nil
}

// verifyCopy opens the copy at tmp read-only and checks it: integrity_check
// passes, and each table holds between before and after rows.
func verifyCopy(ctx context.Context, tmp string, tables []string, before, after map[string]int64) error {
	db, err := sql.Open("sqlite", "file:"+sqliteURIPath(tmp)+"?mode=ro&immutable=1")
	if err != nil {
		return fmt.Errorf("open the copy: %w", err)
	}
	defer db.Close()
	problems, err := checkPragma(ctx, db, "PRAGMA integrity_check(10)")
	if err != nil && !isCorrupt(err) {
		return fmt.Errorf("check the copy: %w", err)
	}
	if err != nil {
		problems = append(problems, err.Error())
	}
	if len(problems) > 0 {
		return fmt.Errorf("the copy is damaged (PRAGMA integrity_check reports: %s); nothing was written under the backup's name", summarize(problems, 3))
	}
	got, err := countRows(ctx, db, tables)
	if err != nil {
		return fmt.Errorf("the copy is damaged or incomplete: %w", err)
	}
	for _, t := range tables {
		n, lo, hi := got[t], before[t], after[t]
		switch {
		case n >= lo && n <= hi:
		case lo == hi:
			return fmt.Errorf("the copy has %d %s, the store %d; nothing was written under the backup's name", n, t, lo)
		default:
			return fmt.Errorf("the copy has %d %s, the store %d to %d while it was copied; nothing was written under the backup's name", n, t, lo, hi)
		}
	}
	return nil
}

// syncFile flushes the file at path to disk.
func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// syncDir flushes dir's entries to disk, where the system allows it, so
// that the backup's name survives a crash.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
