package store

import (
	"context"
	"errors"
	"fmt"
	"os"
)

// Backup writes a consistent copy of a SQLite store to path, which must
// not exist yet; the copy is itself a store Open can read. A PostgreSQL
// store is backed up with pg_dump instead.
func (s *Store) Backup(ctx context.Context, path string) error {
	if s.d != sqliteDialect {
		return fmt.Errorf("back up %s: a PostgreSQL store is backed up with pg_dump (e.g. pg_dump -Fc -f crosscheck.dump DBNAME), not by crosscheck", s.desc)
	}
	if path == "" {
		return errors.New("back up: no path given")
	}
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("back up %s: %s already exists; give a new file name", s.desc, path)
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("back up %s: %w", s.desc, err)
	}
	if _, err := s.db.ExecContext(ctx, `VACUUM INTO ?`, path); err != nil {
		os.Remove(path)
		return fmt.Errorf("back up %s to %s: %w", s.desc, path, err)
	}
	return nil
}
