package store

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOpenExistingMissing: OpenExisting refuses a SQLite path where there
// is no store, naming the path, and creates nothing there.
func TestOpenExistingMissing(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "crosscheck.db")
	s, err := OpenExisting(ctx, path)
	if err == nil {
		s.Close()
		t.Fatalf("OpenExisting(%q) of a missing file succeeded", path)
	}
	want := "no store at " + path + " (a night run creates one; check -db)"
	if !strings.Contains(err.Error(), want) {
		t.Errorf("OpenExisting(%q) = %v, want an error containing %q", path, err, want)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("OpenExisting of a missing store left %d files in its folder: %v", len(ents), ents)
	}
	// A missing folder is still reported as such.
	bad := filepath.Join(dir, "nope", "x.db")
	if _, err := OpenExisting(ctx, bad); err == nil || !strings.Contains(err.Error(), "no store at "+bad) {
		t.Errorf("OpenExisting(%q) = %v, want no store at it", bad, err)
	}
}

// TestOpenExistingNotAStore: an empty file, or a SQLite database that is
// not crosscheck's, is not a store; OpenExisting leaves it as it was.
func TestOpenExistingNotAStore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE notes (body TEXT)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	otherBefore, err := os.ReadFile(other)
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{empty, other} {
		s, err := OpenExisting(ctx, path)
		if err == nil {
			s.Close()
			t.Errorf("OpenExisting(%q) succeeded, want it refused", path)
			continue
		}
		if !strings.Contains(err.Error(), "no store at "+path) {
			t.Errorf("OpenExisting(%q) = %v, want no store at it", path, err)
		}
	}
	if st, err := os.Stat(empty); err != nil || st.Size() != 0 {
		t.Errorf("the empty file was changed: %v, %v", st, err)
	}
	if b, err := os.ReadFile(other); err != nil || string(b) != string(otherBefore) {
		t.Errorf("the other database was changed (%v)", err)
	}
}

// TestOpenExistingStore: a store a night run created opens, on both
// backends; an empty PostgreSQL schema is refused.
func TestOpenExistingStore(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		if IsPostgres(dsn) {
			s, err := OpenExisting(ctx, dsn)
			if err == nil {
				s.Close()
				t.Fatal("OpenExisting of an empty PostgreSQL schema succeeded")
			}
			if !strings.Contains(err.Error(), "no crosscheck store in ") || !strings.Contains(err.Error(), "a night run creates one; check -db") {
				t.Errorf("OpenExisting of an empty PostgreSQL schema = %v", err)
			}
			var exists bool
			raw, err := sql.Open("pgx", dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer raw.Close()
			if err := raw.QueryRow(postgresDialect.hasMigrations).Scan(&exists); err != nil || exists {
				t.Errorf("OpenExisting created schema_migrations (%v)", err)
			}
		}
		mustOpen(t, dsn)
		s, err := OpenExisting(ctx, dsn)
		if err != nil {
			t.Fatalf("OpenExisting of a store = %v", err)
		}
		defer s.Close()
		if v, err := s.SchemaVersion(ctx); err != nil || v != latestVersion() {
			t.Errorf("SchemaVersion = %d, %v; want %d", v, err, latestVersion())
		}
	})
}
