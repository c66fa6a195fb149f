package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// migration is one step of the schema. Its statements are shared by both
// dialects; where they differ a statement says {{token}} and the dialect
// fills it in (see dialect.tokens). Dates are TEXT in the form YYYY-MM-DD
// and timestamps TEXT in RFC 3339, so both dialects store and compare
// them alike.
type migration struct {
	// version numbers migrations from 1, in order, without gaps.
	version int
	// doc says what the migration does.
	doc string
	// stmts are run in order, in one transaction.
	stmts []string
}

// migrations is the schema, oldest first. Never edit a released entry:
// add a new one.
var migrations = []migration{
	{
		version: 1,
		doc:     "runs, lock, articles, claims, subjects, discrepancies, reviews",
		stmts: []string{
			`CREATE TABLE locks (
				name      TEXT PRIMARY KEY,
				pid       INTEGER NOT NULL,
				host      TEXT NOT NULL,
				run_id    BIGINT,
				started   TEXT NOT NULL,
				heartbeat TEXT NOT NULL
			)`,
			`CREATE TABLE runs (
				id              {{id}},
				night           TEXT NOT NULL,
				started         TEXT NOT NULL,
				ended           TEXT NOT NULL DEFAULT '',
				inputs          TEXT NOT NULL,
				outcome         TEXT NOT NULL,
				new_articles    INTEGER NOT NULL DEFAULT 0,
				stored_articles INTEGER NOT NULL DEFAULT 0,
				claims          INTEGER NOT NULL DEFAULT 0,
				discrepancies   INTEGER NOT NULL DEFAULT 0,
				outputs         TEXT NOT NULL DEFAULT '[]',
				error           TEXT NOT NULL DEFAULT ''
			)`,
			`CREATE INDEX runs_outcome ON runs (outcome)`,
			`CREATE TABLE articles (
				id           TEXT PRIMARY KEY,
				content_hash TEXT NOT NULL UNIQUE,
				first_seen   TEXT NOT NULL,
				published    TEXT,
				day          TEXT NOT NULL,
				outlet       TEXT NOT NULL,
				title        TEXT NOT NULL,
				file         TEXT NOT NULL,
				run_id       BIGINT,
				data         TEXT NOT NULL
			)`,
			`CREATE INDEX articles_day ON articles (day, id)`,
			`CREATE TABLE claims (
				id         TEXT PRIMARY KEY,
				article_id TEXT NOT NULL,
				seq        INTEGER NOT NULL,
				kind       TEXT NOT NULL,
				subject    TEXT NOT NULL,
				measure    TEXT NOT NULL,
				source     TEXT NOT NULL,
				data       TEXT NOT NULL
			)`,
			`CREATE INDEX claims_article ON claims (article_id, seq)`,
			`CREATE INDEX claims_subject ON claims (subject)`,
			`CREATE TABLE subjects (
				id         TEXT PRIMARY KEY,
				subject    TEXT NOT NULL,
				label      TEXT NOT NULL,
				first_seen TEXT NOT NULL,
				last_seen  TEXT NOT NULL
			)`,
			`CREATE TABLE discrepancies (
				id           TEXT PRIMARY KEY,
				cluster      TEXT NOT NULL,
				class        TEXT NOT NULL,
				kind         TEXT NOT NULL,
				subject      TEXT NOT NULL,
				severity     TEXT NOT NULL,
				summary      TEXT NOT NULL,
				first_seen   TEXT NOT NULL,
				last_changed TEXT NOT NULL,
				last_seen    TEXT NOT NULL,
				claims       TEXT NOT NULL,
				data         TEXT NOT NULL
			)`,
			`CREATE INDEX discrepancies_last_seen ON discrepancies (last_seen)`,
			`CREATE TABLE reviews (
				discrepancy TEXT PRIMARY KEY,
				status      TEXT NOT NULL,
				notes       TEXT NOT NULL,
				updated     TEXT NOT NULL,
				source      TEXT NOT NULL
			)`,
			`CREATE TABLE review_history (
				id          {{id}},
				discrepancy TEXT NOT NULL,
				status      TEXT NOT NULL,
				notes       TEXT NOT NULL,
				updated     TEXT NOT NULL,
				source      TEXT NOT NULL,
				run_id      BIGINT
			)`,
			`CREATE INDEX review_history_discrepancy ON review_history (discrepancy, id)`,
		},
	},
	{
		version: 2,
		doc:     "who made each review; the reports each night staged and published",
		stmts: []string{
			// by_whom: the analyst named by the workbook (its last
			// author) or the user who ran review import.
			`ALTER TABLE reviews ADD COLUMN by_whom TEXT NOT NULL DEFAULT ''`,
			`ALTER TABLE review_history ADD COLUMN by_whom TEXT NOT NULL DEFAULT ''`,
			// One row per report a committed night must publish: the
			// staged temporary file, the name it is to have, its size and
			// SHA-256, and when it was published ('' until then). A run
			// that finds rows not yet published finishes the publication
			// before doing anything else.
			`CREATE TABLE publications (
				run_id    BIGINT NOT NULL,
				format    TEXT NOT NULL,
				night     TEXT NOT NULL,
				staged    TEXT NOT NULL,
				final     TEXT NOT NULL,
				size      BIGINT NOT NULL,
				sha256    TEXT NOT NULL,
				published TEXT NOT NULL DEFAULT '',
				PRIMARY KEY (run_id, format)
			)`,
		},
	},
}

// latestVersion is the newest schema this crosscheck knows.
func latestVersion() int { return migrations[len(migrations)-1].version }

const createMigrations = `CREATE TABLE IF NOT EXISTS schema_migrations (
	version    INTEGER PRIMARY KEY,
	applied_at TEXT NOT NULL
)`

// migrate brings the schema up to date, one migration per transaction. It
// is safe to run from two processes at once: each migration checks again,
// inside its transaction, that it has not been applied.
func (s *Store) migrate(ctx context.Context) error {
	// Only read while nothing needs doing, so that opening a store another
	// process is writing to does not wait for its write lock.
	var exists bool
	if err := s.db.QueryRowContext(ctx, s.d.hasMigrations).Scan(&exists); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if exists {
		current, err := schemaVersion(ctx, s.db)
		if err != nil {
			return fmt.Errorf("read schema version: %w", err)
		}
		if err := checkVersion(current); err != nil || current == latestVersion() {
			return err
		}
	}
	err := s.inTx(ctx, nil, func(tx *sql.Tx) error {
		if s.d.migrationLock != "" {
			if _, err := tx.ExecContext(ctx, s.d.migrationLock); err != nil {
				return err
			}
		}
		_, err := tx.ExecContext(ctx, createMigrations)
		return err
	})
	if err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	current, err := schemaVersion(ctx, s.db)
	if err != nil {
		return err
	}
	if err := checkVersion(current); err != nil {
		return err
	}
	for _, m := range migrations {
		if m.version <= current {
			continue
		}
		if err := s.apply(ctx, m); err != nil {
			return fmt.Errorf("schema migration %d (%s): %w", m.version, m.doc, err)
		}
	}
	return nil
}

func checkVersion(v int) error {
	if v > latestVersion() {
		return fmt.Errorf("database schema version %d is newer than this crosscheck understands (%d); upgrade crosscheck", v, latestVersion())
	}
	return nil
}

// apply runs one migration in its own transaction, unless another process
// applied it meanwhile.
func (s *Store) apply(ctx context.Context, m migration) error {
	return s.inTx(ctx, nil, func(tx *sql.Tx) error {
		if s.d.migrationLock != "" {
			if _, err := tx.ExecContext(ctx, s.d.migrationLock); err != nil {
				return err
			}
		}
		current, err := schemaVersion(ctx, tx)
		if err != nil {
			return err
		}
		if err := checkVersion(current); err != nil {
			return err
		}
		if current >= m.version {
			return nil
		}
		for _, stmt := range m.stmts {
			if _, err := tx.ExecContext(ctx, s.d.tokens.Replace(stmt)); err != nil {
				return err
			}
		}
		_, err = tx.ExecContext(ctx, s.d.q(`INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`),
			m.version, formatTime(time.Now()))
		return err
	})
}

func schemaVersion(ctx context.Context, q querier) (int, error) {
	var v sql.NullInt64
	if err := q.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, err
	}
	return int(v.Int64), nil
}
