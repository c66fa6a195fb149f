// Package storetest gives tests a store to run against: SQLite in a
// temporary folder always, and PostgreSQL when CROSSCHECK_TEST_POSTGRES
// holds a server's URL (.ci/run starts one on CI).
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
)

// Env names the variable holding a PostgreSQL URL to test against, e.g.
// postgres://postgres@/crosscheck_test?host=/tmp/pg&sslmode=disable.
const Env = "CROSSCHECK_TEST_POSTGRES"

// Each runs test as a subtest against a new, empty SQLite store and a new,
// empty PostgreSQL schema (skipped, saying why, without a server).
func Each(t *testing.T, test func(t *testing.T, dsn string)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) { test(t, SQLite(t)) })
	t.Run("postgres", func(t *testing.T) { test(t, Postgres(t)) })
}

// SQLite returns the path of a new SQLite store in a temporary folder.
func SQLite(tb testing.TB) string {
	return filepath.Join(tb.TempDir(), "crosscheck.db")
}

// Postgres creates a schema of its own for the test, dropped at the end,
// and returns a URL whose search_path selects it. Without a server it
// skips the test with a message saying so.
func Postgres(tb testing.TB) string {
	tb.Helper()
	base := os.Getenv(Env)
	if base == "" {
		tb.Skip(Env + " not set: no PostgreSQL server to test against")
	}
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		tb.Fatalf("%s: want a postgres:// URL", Env)
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		tb.Fatalf("open the %s server: %v", Env, err)
	}
	tb.Cleanup(func() { admin.Close() })
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		tb.Fatal(err)
	}
	schema := "crosscheck_test_" + hex.EncodeToString(b[:])
	ctx := context.Background()
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		tb.Fatalf("create schema on the %s server: %v", Env, err)
	}
	tb.Cleanup(func() {
		if _, err := admin.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			tb.Errorf("drop schema %s: %v", schema, err)
		}
	})
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
