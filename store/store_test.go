package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"crosscheck/analysis"
	"crosscheck/store/storetest"
)

// eachBackend runs test against a new, empty SQLite store and, when
// CROSSCHECK_TEST_POSTGRES is set, a new, empty PostgreSQL schema. dsn
// opens the same store every time it is called.
func eachBackend(t *testing.T, test func(t *testing.T, dsn string)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) {
		test(t, filepath.Join(t.TempDir(), "crosscheck.db"))
	})
	t.Run("postgres", func(t *testing.T) {
		test(t, postgresDSN(t))
	})
}

// postgresDSN creates a schema of its own for the test, dropped at the
// end, and returns a URL whose search_path selects it.
func postgresDSN(tb testing.TB) string {
	tb.Helper()
	return storetest.Postgres(tb)
}

// mustOpen opens the store at dsn and closes it when the test ends.
func mustOpen(tb testing.TB, dsn string) *Store {
	tb.Helper()
	s, err := Open(context.Background(), dsn)
	if err != nil {
		tb.Fatalf("Open(%q) = %v", redact(dsn), err)
	}
	tb.Cleanup(func() {
		if err := s.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return s
}

// counts returns the number of rows in every table.
func counts(tb testing.TB, s *Store) map[string]int {
	tb.Helper()
	n := make(map[string]int)
	for _, table := range []string{"runs", "locks", "articles", "claims", "subjects", "discrepancies", "reviews", "review_history", "schema_migrations"} {
		var c int
		if err := s.db.QueryRow(`SELECT COUNT(*) FROM ` + table).Scan(&c); err != nil {
			tb.Fatalf("count %s: %v", table, err)
		}
		n[table] = c
	}
	return n
}

func date(tb testing.TB, s string) analysis.Date {
	tb.Helper()
	d, err := analysis.ParseDate(s)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func ptr(f float64) *float64 { return &f }

// article returns a fully populated article; published may be "".
func article(tb testing.TB, n int, published, firstSeen string) analysis.Article {
	tb.Helper()
	hash := fmt.Sprintf("%016x%048x", n+1, n+1)
	a := analysis.Article{
		ID:           "a" + hash[:16],
		File:         fmt.Sprintf("feeds/night-%d.jsonl", n%7),
		Line:         n + 1,
		Format:       analysis.FormatJSONL,
		Title:        fmt.Sprintf("Seoul says North Korea sent %d troops ‘to Kursk’", 1000+n),
		Outlet:       "Yonhap",
		URL:          fmt.Sprintf("https://news.example/a/%d", n),
		SourceID:     fmt.Sprintf("yna-%d", n),
		Status:       analysis.StatusOK,
		Problems:     []string{"no byline", "title repeated in body"},
		BodyChars:    2400 + n,
		RemovedChars: 310,
		ContentHash:  hash,
	}
	if published != "" {
		a.Published = date(tb, published)
	}
	if firstSeen != "" {
		a.FirstSeen = date(tb, firstSeen)
	}
	return a
}

// claim returns a fully populated quantity claim of article a.
func claim(a analysis.Article, k int) analysis.Claim {
	v := 10000 + float64(k)*0.1
	return analysis.Claim{
		ID:         fmt.Sprintf("c%s-%02d", a.ID[1:], k),
		Article:    a.ID,
		Kind:       analysis.KindQuantity,
		Sentence:   "About 10,000 North Korean troops were reportedly sent to Kursk, officials said.",
		InHeadline: k == 0,
		Text:       "about 10,000",
		Value:      ptr(v),
		Low:        ptr(v * 0.9),
		High:       ptr(v * 1.1),
		Approx:     analysis.About,
		Unit:       "%",
		Counts:     "North Korean troops",
		Measure:    "troops",
		Scope:      "in Kursk",
		Polarity:   analysis.Asserted,
		Hedges:     []string{"reportedly", "about"},
		Source:     "South Korea NIS",
		SourceText: "officials",
		Via:        "Yonhap",
		SaidOn:     analysis.Date{Year: 2026, Month: time.November, Day: 19},
		Subject:    "North Korea|troops",
		Subset:     "first group",
		Trend:      "rising",
		Offset:     120 * k,
	}
}

// night builds a night of articles with claims each.
func night(day analysis.Date, arts []analysis.Article, claimsEach int) Night {
	n := Night{Night: day, Articles: arts}
	for _, a := range arts {
		for k := 0; k < claimsEach; k++ {
			n.Claims = append(n.Claims, claim(a, k))
		}
	}
	return n
}

func TestMigrations(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := mustOpen(t, dsn)
		if v, err := s.SchemaVersion(ctx); err != nil || v != latestVersion() {
			t.Fatalf("SchemaVersion() = %d, %v, want %d", v, err, latestVersion())
		}
		if n := counts(t, s); n["schema_migrations"] != len(migrations) || n["runs"] != 0 {
			t.Errorf("fresh store counts = %v, want %d migrations and nothing else", n, len(migrations))
		}

		// Reopening (a second process) applies nothing again.
		s2 := mustOpen(t, dsn)
		if v, err := s2.SchemaVersion(ctx); err != nil || v != latestVersion() {
			t.Fatalf("reopened: SchemaVersion() = %d, %v, want %d", v, err, latestVersion())
		}
		if n := counts(t, s2); n["schema_migrations"] != len(migrations) {
			t.Errorf("reopened: %d migrations recorded, want %d", n["schema_migrations"], len(migrations))
		}

		// A schema newer than this binary is refused, clearly.
		if _, err := s.db.Exec(s.d.q(`INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`), 99, formatTime(time.Now())); err != nil {
			t.Fatal(err)
		}
		_, err := Open(ctx, dsn)
		want := fmt.Sprintf("database schema version 99 is newer than this crosscheck understands (%d); upgrade crosscheck", latestVersion())
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Open on a newer schema = %v, want an error containing %q", err, want)
		}
	})
}

func TestMigrationsConcurrent(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		var wg sync.WaitGroup
		errs := make([]error, 4)
		for i := range errs {
			wg.Go(func() {
				s, err := Open(context.Background(), dsn)
				if err == nil {
					err = s.Close()
				}
				errs[i] = err
			})
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Errorf("Open #%d at the same time as others = %v", i, err)
			}
		}
		s := mustOpen(t, dsn)
		if n := counts(t, s); n["schema_migrations"] != len(migrations) {
			t.Errorf("%d migrations recorded, want %d", n["schema_migrations"], len(migrations))
		}
	})
}

func TestOpenBadPath(t *testing.T) {
	dir := t.TempDir()
	notDB := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(notDB, []byte("these are my notes, not a database\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path, want string
	}{
		{"text file", notDB, notDB + ": the file is not a SQLite database"},
		{"folder", dir, dir + ": is a folder"},
		{"missing folder", filepath.Join(dir, "nope", "x.db"), "folder " + filepath.Join(dir, "nope") + " does not exist"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(context.Background(), tt.path)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q) succeeded, want an error", tt.path)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Open(%q) = %v, want an error containing %q", tt.path, err, tt.want)
			}
		})
	}
	if b, err := os.ReadFile(notDB); err != nil || string(b) != "these are my notes, not a database\n" {
		t.Errorf("the text file was changed: %q, %v", b, err)
	}
}

func TestCommitWindow(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := mustOpen(t, dsn)
		n1 := date(t, "2026-11-21")
		early := article(t, 1, "2026-11-10", "2026-11-21")                             // published before the window
		dated := article(t, 2, "2026-11-20", "2026-11-21")                             // published inside it
		undated := article(t, 3, "", "2026-11-21")                                     // no date: dated by FirstSeen
		later := article(t, 4, "2026-11-20", "")                                       // FirstSeen left to Commit
		dated.Body, dated.Path = "The article's text.", "/home/op/feeds/night-2.jsonl" // not stored
		dated.Blocks = []analysis.Block{{Text: "The article's text.", Line: 1, Kept: true}}
		n := night(n1, []analysis.Article{undated, later, early, dated}, 3)
		// A stance claim: nil pointers and no hedges must come back so.
		n.Claims = append(n.Claims, analysis.Claim{ID: "cstance", Article: undated.ID, Kind: analysis.KindStance,
			Sentence: "Pyongyang denied it.", Polarity: analysis.Denied, Source: "North Korea", Subject: "North Korea|troops"})
		if err := s.Commit(ctx, n); err != nil {
			t.Fatalf("Commit: %v", err)
		}

		stored := func(a analysis.Article) analysis.Article {
			a.Body, a.Blocks, a.Path = "", nil, ""
			if a.FirstSeen.IsZero() {
				a.FirstSeen = n1
			}
			return a
		}
		claimsOf := func(arts ...analysis.Article) []analysis.Claim {
			var cs []analysis.Claim
			for _, a := range arts {
				for _, c := range n.Claims {
					if c.Article == a.ID {
						cs = append(cs, c)
					}
				}
			}
			return cs
		}
		// Articles on the same day come in ID order.
		sameDay := []analysis.Article{stored(dated), stored(later)}
		if sameDay[0].ID > sameDay[1].ID {
			sameDay[0], sameDay[1] = sameDay[1], sameDay[0]
		}
		tests := []struct {
			name     string
			from, to string
			want     []analysis.Article
		}{
			{"window", "2026-11-15", "2026-11-21", append(sameDay, stored(undated))},
			{"one day, bounds included", "2026-11-20", "2026-11-20", sameDay},
			{"undated by first seen", "2026-11-21", "2026-11-30", []analysis.Article{stored(undated)}},
			{"early", "2026-11-01", "2026-11-10", []analysis.Article{stored(early)}},
			{"open ends", "", "", append(append([]analysis.Article{stored(early)}, sameDay...), stored(undated))},
			{"empty", "2026-12-01", "2026-12-31", nil},
		}
		for _, tt := range tests {
			var from, to analysis.Date
			if tt.from != "" {
				from, to = date(t, tt.from), date(t, tt.to)
			}
			arts, claims, err := s.Window(ctx, from, to)
			if err != nil {
				t.Fatalf("%s: Window(%s, %s) = %v", tt.name, from, to, err)
			}
			if !reflect.DeepEqual(arts, tt.want) {
				t.Errorf("%s: Window(%s, %s) articles =\n%+v\nwant\n%+v", tt.name, from, to, arts, tt.want)
			}
			if want := claimsOf(tt.want...); !reflect.DeepEqual(claims, want) {
				t.Errorf("%s: Window(%s, %s) claims =\n%+v\nwant\n%+v", tt.name, from, to, claims, want)
			}
		}
	})
}

func TestKnownArticles(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := mustOpen(t, dsn)
		var arts []analysis.Article
		for i := range 600 { // more than one batch of hashes
			arts = append(arts, article(t, i, "2026-11-20", "2026-11-21"))
		}
		if err := s.Commit(ctx, night(date(t, "2026-11-21"), arts, 0)); err != nil {
			t.Fatalf("Commit: %v", err)
		}
		var hashes []string
		for i := range 1300 {
			hashes = append(hashes, article(t, i, "", "").ContentHash)
		}
		hashes = append(hashes, arts[0].ContentHash, "") // a repeat and an empty one
		known, err := s.KnownArticles(ctx, hashes)
		if err != nil {
			t.Fatalf("KnownArticles: %v", err)
		}
		if len(known) != len(arts) {
			t.Errorf("KnownArticles found %d articles, want %d", len(known), len(arts))
		}
		for _, a := range arts {
			if got, ok := known[a.ContentHash]; !ok || !reflect.DeepEqual(got, a) {
				t.Fatalf("KnownArticles()[%s] = %+v, %v, want %+v", a.ContentHash, got, ok, a)
			}
		}
		if known, err := s.KnownArticles(ctx, nil); err != nil || len(known) != 0 {
			t.Errorf("KnownArticles(nil) = %v, %v, want an empty map", known, err)
		}
	})
}

func TestCommitIdempotent(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := mustOpen(t, dsn)
		n1 := date(t, "2026-11-21")
		a := article(t, 1, "2026-11-20", "2026-11-21")
		n := night(n1, []analysis.Article{a, a}, 2) // the same article twice in one night too
		n.Claims = n.Claims[:2]
		if err := s.Commit(ctx, n); err != nil {
			t.Fatalf("Commit: %v", err)
		}
		before := counts(t, s)
		if before["articles"] != 1 || before["claims"] != 2 {
			t.Errorf("after one commit: %v, want 1 article and 2 claims", before)
		}
		// The same article again, another night, with other claims: the
		// stored article and claims stay.
		again := a
		again.FirstSeen, again.Title = date(t, "2026-11-22"), "Changed title"
		n2 := night(date(t, "2026-11-22"), []analysis.Article{again}, 5)
		if err := s.Commit(ctx, n2); err != nil {
			t.Fatalf("second Commit: %v", err)
		}
		if err := s.Commit(ctx, n); err != nil {
			t.Fatalf("third Commit: %v", err)
		}
		if after := counts(t, s); !reflect.DeepEqual(after, before) {
			t.Errorf("after committing again: %v, want %v", after, before)
		}
		arts, claims, err := s.Window(ctx, analysis.Date{}, analysis.Date{})
		if err != nil {
			t.Fatal(err)
		}
		if len(arts) != 1 || !reflect.DeepEqual(arts[0], a) || !reflect.DeepEqual(claims, n.Claims) {
			t.Errorf("Window after committing again = %+v, %+v, want the first commit's", arts, claims)
		}
	})
}

func TestCommitRollback(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := mustOpen(t, dsn)
		n1 := night(date(t, "2026-11-21"), []analysis.Article{article(t, 1, "2026-11-20", "")}, 2)
		n1.Clusters = []analysis.Cluster{{ID: "k1", Label: "North Korean troops", Subject: "North Korea|troops"}}
		n1.Discrepancies = []analysis.Discrepancy{{ID: "d1", Cluster: "k1", Claims: []string{n1.Claims[0].ID}}}
		n1.Reviews = []analysis.Review{{Discrepancy: "d1", Status: analysis.ReviewOpen}}
		if err := s.Commit(ctx, n1); err != nil {
			t.Fatalf("Commit: %v", err)
		}
		before := counts(t, s)
		statesBefore, err := s.DiscrepancyStates(ctx)
		if err != nil {
			t.Fatal(err)
		}

		var arts []analysis.Article
		for i := 2; i < 700; i++ {
			arts = append(arts, article(t, i, "2026-11-21", ""))
		}
		n2 := night(date(t, "2026-11-22"), arts, 3)
		n2.Clusters = []analysis.Cluster{{ID: "k1", Label: "changed"}, {ID: "k2"}}
		n2.Discrepancies = []analysis.Discrepancy{{ID: "d1", Cluster: "k1", Claims: []string{"x"}}}
		n2.Reviews = []analysis.Review{{Discrepancy: "d1", Status: analysis.ReviewConfirmed}}

		cancelled, cancel := context.WithCancel(ctx)
		cancel()
		if err := s.Commit(cancelled, n2); !errors.Is(err, context.Canceled) {
			t.Errorf("Commit with a cancelled context = %v, want context.Canceled", err)
		}
		// A failure after articles and claims were written.
		bad := n2
		bad.Discrepancies = append(bad.Discrepancies, analysis.Discrepancy{Summary: "no ID"})
		if err := s.Commit(ctx, bad); err == nil || !strings.Contains(err.Error(), "has no ID") {
			t.Errorf("Commit with a discrepancy without ID = %v, want an error", err)
		}
		if after := counts(t, s); !reflect.DeepEqual(after, before) {
			t.Errorf("after failed commits: %v, want %v", after, before)
		}
		if states, err := s.DiscrepancyStates(ctx); err != nil || !reflect.DeepEqual(states, statesBefore) {
			t.Errorf("DiscrepancyStates after failed commits = %v, %v, want %v", states, err, statesBefore)
		}
		if reviews, err := s.Reviews(ctx); err != nil || reviews["d1"].Status != analysis.ReviewOpen {
			t.Errorf("Reviews after failed commits = %v, %v, want d1 still Open", reviews, err)
		}

		// A cancellation in the middle.
		mid, cancel := context.WithCancel(ctx)
		time.AfterFunc(2*time.Millisecond, cancel)
		if err := s.Commit(mid, n2); err == nil {
			t.Log("the commit finished before it was cancelled; nothing to check")
		} else if after := counts(t, s); !reflect.DeepEqual(after, before) {
			t.Errorf("after a commit cancelled half-way (%v): %v, want %v", err, after, before)
		}
	})
}

// TestCommitOnlyTonightsClaims: claims of articles not committed tonight
// (a report's window) are skipped, and an article without a content hash
// is refused before anything is written.
func TestCommitOnlyTonightsClaims(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, filepath.Join(t.TempDir(), "crosscheck.db"))
	n := night(date(t, "2026-11-21"), []analysis.Article{article(t, 1, "", "")}, 1)
	other := claim(article(t, 2, "", ""), 0)
	n.Claims = append(n.Claims, other)
	if err := s.Commit(ctx, n); err != nil {
		t.Fatalf("Commit with a claim of an article stored earlier: %v", err)
	}
	_, claims, err := s.Window(ctx, analysis.Date{}, analysis.Date{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range claims {
		if c.ID == other.ID {
			t.Errorf("claim %s of an article not committed was stored", c.ID)
		}
	}
	if len(claims) != len(n.Claims)-1 {
		t.Errorf("stored %d claims, want %d", len(claims), len(n.Claims)-1)
	}
	noHash := n
	noHash.Articles = []analysis.Article{{ID: "a1", File: "x.txt"}}
	noHash.Claims = nil
	if err := s.Commit(ctx, noHash); err == nil || !strings.Contains(err.Error(), "no content hash") {
		t.Errorf("Commit of an article without content hash = %v, want an error", err)
	}
}

func TestDiscrepancyStates(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := mustOpen(t, dsn)
		d1, d2, d3 := date(t, "2026-11-20"), date(t, "2026-11-21"), date(t, "2026-11-22")
		first := Night{Night: d1,
			Clusters: []analysis.Cluster{{ID: "k1", Label: "troops", Subject: "North Korea|troops"}},
			Discrepancies: []analysis.Discrepancy{
				{ID: "x1", Cluster: "k1", Class: "conflicting", Kind: "numeric", Claims: []string{"c1", "c2"}, Mark: analysis.MarkNew,
					Review: &analysis.Review{Discrepancy: "x1", Status: analysis.ReviewDismissed}},
				{ID: "x2", Cluster: "k1", Class: "revised", Kind: "numeric", Claims: []string{"c3", "c4"}, Mark: analysis.MarkNew},
			},
		}
		if err := s.Commit(ctx, first); err != nil {
			t.Fatalf("Commit: %v", err)
		}
		second := Night{Night: d3,
			Clusters: []analysis.Cluster{{ID: "k1", Label: "troops sent", Subject: "North Korea|troops"}},
			Discrepancies: []analysis.Discrepancy{
				// FirstSeen given wrong, LastChanged as the caller worked it out.
				{ID: "x1", Cluster: "k1", Class: "conflicting", Kind: "numeric", Claims: []string{"c1", "c2", "c5"},
					Mark: analysis.MarkChanged, FirstSeen: d3, LastChanged: d2},
			},
		}
		if err := s.Commit(ctx, second); err != nil {
			t.Fatalf("second Commit: %v", err)
		}
		states, err := s.DiscrepancyStates(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]DiscrepancyState{
			"x1": {ID: "x1", FirstSeen: d1, LastChanged: d2, LastSeen: d3, Claims: []string{"c1", "c2", "c5"}},
			"x2": {ID: "x2", FirstSeen: d1, LastChanged: d1, LastSeen: d1, Claims: []string{"c3", "c4"}},
		}
		if !reflect.DeepEqual(states, want) {
			t.Errorf("DiscrepancyStates() =\n%+v\nwant\n%+v", states, want)
		}
		var label, firstSeen, lastSeen string
		if err := s.db.QueryRow(`SELECT label, first_seen, last_seen FROM subjects WHERE id = 'k1'`).Scan(&label, &firstSeen, &lastSeen); err != nil {
			t.Fatal(err)
		}
		if label != "troops sent" || firstSeen != d1.String() || lastSeen != d3.String() {
			t.Errorf("subject k1 = %q, %s, %s, want %q, %s, %s", label, firstSeen, lastSeen, "troops sent", d1, d3)
		}
		if reviews, err := s.Reviews(ctx); err != nil || len(reviews) != 0 {
			t.Errorf("Reviews() = %v, %v: a discrepancy's Review is not stored by Commit", reviews, err)
		}
	})
}

func TestReviews(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := mustOpen(t, dsn)
		put := func(want int, reviews ...analysis.Review) {
			t.Helper()
			n, err := s.PutReviews(ctx, reviews)
			if err != nil || n != want {
				t.Fatalf("PutReviews(%v) = %d, %v, want %d", reviews, n, err, want)
			}
		}
		open := analysis.Review{Discrepancy: "x1", Status: analysis.ReviewOpen, Notes: "check the NIS briefing", From: "2026-11-20.xlsx"}
		dismissed := analysis.Review{Discrepancy: "x2", Status: analysis.ReviewDismissed, Notes: "", Updated: "2026-11-20T09:30:00Z", From: "2026-11-20.xlsx"}
		put(2, open, dismissed)
		put(0, open, dismissed)
		put(0, analysis.Review{Discrepancy: "x1", Status: analysis.ReviewOpen, Notes: "check the NIS briefing", From: "other.xlsx"})
		confirmed := open
		confirmed.Status, confirmed.Updated = analysis.ReviewConfirmed, "2026-11-21T08:00:00Z"
		put(1, dismissed, confirmed)

		got, err := s.Reviews(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]analysis.Review{"x1": confirmed, "x2": dismissed}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Reviews() = %+v, want %+v", got, want)
		}

		// Reviews imported with a night count as PutReviews does, with the run.
		n := Night{RunID: 7, Night: date(t, "2026-11-22"), Reviews: []analysis.Review{confirmed, {Discrepancy: "x3", Status: analysis.ReviewFollowUp}}}
		if err := s.Commit(ctx, n); err != nil {
			t.Fatal(err)
		}
		got, err = s.Reviews(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := time.Parse(time.RFC3339, got["x3"].Updated); err != nil {
			t.Errorf("Updated of a review given without one = %q, want now in RFC 3339", got["x3"].Updated)
		}
		rows, err := s.db.Query(`SELECT discrepancy, status, run_id FROM review_history ORDER BY id`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var history []string
		for rows.Next() {
			var d, st string
			var run sql.NullInt64
			if err := rows.Scan(&d, &st, &run); err != nil {
				t.Fatal(err)
			}
			history = append(history, fmt.Sprintf("%s %s %d", d, st, run.Int64))
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		wantHistory := []string{"x1 Open 0", "x2 Dismissed 0", "x1 Confirmed 0", "x3 Follow-up 7"}
		if !reflect.DeepEqual(history, wantHistory) {
			t.Errorf("review history = %q, want %q", history, wantHistory)
		}
	})
}

func TestRuns(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := mustOpen(t, dsn)
		t0 := time.Date(2026, 11, 21, 1, 0, 3, 123456789, time.UTC)
		n1, n2 := date(t, "2026-11-21"), date(t, "2026-11-22")
		id1, err := s.StartRun(ctx, n1, []string{"feeds/a.jsonl"}, t0)
		if err != nil {
			t.Fatalf("StartRun: %v", err)
		}
		lock, err := s.Lock(ctx) // released by Close
		if err != nil {
			t.Fatal(err)
		}
		// The first run's process was killed: the next run finds it running.
		id2, err := s.StartRun(ctx, n2, []string{"feeds/b.jsonl", "feeds/c"}, t0.Add(24*time.Hour))
		if err != nil {
			t.Fatalf("second StartRun: %v", err)
		}
		if id2 <= id1 {
			t.Errorf("run IDs %d then %d, want increasing", id1, id2)
		}
		if h, ok, err := readLock(ctx, s.db, ""); err != nil || !ok || h.RunID != id2 || lock.Holder().RunID != id2 {
			t.Errorf("lock after StartRun = %+v, %v, %v (held %+v), want run %d", h, ok, err, lock.Holder(), id2)
		}
		ended := t0.Add(24*time.Hour + 3*time.Minute)
		finished := RunRecord{ID: id2, Night: n2, Started: t0.Add(24 * time.Hour), Ended: ended,
			Inputs: []string{"feeds/b.jsonl", "feeds/c"}, Outcome: OutcomeOK,
			NewArticles: 10, StoredArticles: 4, Claims: 97, Discrepancies: 3,
			Outputs: []string{"out/report.json", "out/report.xlsx"}}
		if err := s.FinishRun(ctx, finished); err != nil {
			t.Fatalf("FinishRun: %v", err)
		}
		if err := s.FinishRun(ctx, RunRecord{ID: 999, Outcome: OutcomeOK}); err == nil {
			t.Errorf("FinishRun of an unknown run succeeded")
		}
		if err := s.FinishRun(ctx, RunRecord{ID: id2, Outcome: "done"}); err == nil {
			t.Errorf("FinishRun with outcome %q succeeded", "done")
		}

		runs, err := s.Runs(ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		want := []RunRecord{finished, {ID: id1, Night: n1, Started: t0, Inputs: []string{"feeds/a.jsonl"},
			Outcome: OutcomeInterrupted, Error: fmt.Sprintf("did not finish: still marked running when run %d started", id2)}}
		if !reflect.DeepEqual(runs, want) {
			t.Errorf("Runs(0) =\n%+v\nwant\n%+v", runs, want)
		}
		if runs, err := s.Runs(ctx, 1); err != nil || len(runs) != 1 || runs[0].ID != id2 {
			t.Errorf("Runs(1) = %+v, %v, want run %d only", runs, err, id2)
		}
	})
}

func TestBackup(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := mustOpen(t, dsn)
		path := filepath.Join(t.TempDir(), "backup.db")
		if s.Kind() == KindPostgres {
			if err := s.Backup(ctx, path); err == nil || !strings.Contains(err.Error(), "pg_dump") {
				t.Errorf("Backup of a PostgreSQL store = %v, want an error pointing to pg_dump", err)
			}
			return
		}
		n := night(date(t, "2026-11-21"), []analysis.Article{article(t, 1, "2026-11-20", "")}, 2)
		if err := s.Commit(ctx, n); err != nil {
			t.Fatal(err)
		}
		if err := s.Backup(ctx, path); err != nil {
			t.Fatalf("Backup: %v", err)
		}
		if err := s.Backup(ctx, path); err == nil || !strings.Contains(err.Error(), "already exists") {
			t.Errorf("Backup over an existing file = %v, want an error", err)
		}
		b := mustOpen(t, path)
		arts, claims, err := b.Window(ctx, analysis.Date{}, analysis.Date{})
		if err != nil {
			t.Fatal(err)
		}
		if len(arts) != 1 || !reflect.DeepEqual(claims, n.Claims) {
			t.Errorf("backup holds %d articles and %v, want 1 and the claims committed", len(arts), claims)
		}
	})
}

func TestDescribe(t *testing.T) {
	tests := []struct{ dsn, want string }{
		{"postgres://crosscheck:s3cret@db.example:5432/news?sslmode=require", "postgres://crosscheck:xxxxx@db.example:5432/news?sslmode=require"},
		{"postgresql://crosscheck@db.example/news", "postgresql://crosscheck@db.example/news"},
		{"postgres://db.example/news?user=cc&password=s3cret", "postgres://db.example/news?password=xxxxx&user=cc"},
		{"postgres://cc:s3cret@h1:5432,h2:5432/news", "postgres://cc:xxxxx@h1:5432,h2:5432/news"},
		{"postgres://postgres@/crosscheck?host=/tmp/pg", "postgres://postgres@/crosscheck?host=/tmp/pg"},
	}
	for _, tt := range tests {
		if got := redact(tt.dsn); got != tt.want {
			t.Errorf("redact(%q) = %q, want %q", tt.dsn, got, tt.want)
		}
	}
	path := filepath.Join(t.TempDir(), "cross#check?.db")
	s := mustOpen(t, path)
	if s.Kind() != KindSQLite || s.Describe() != path {
		t.Errorf("Kind(), Describe() = %q, %q, want %q, %q", s.Kind(), s.Describe(), KindSQLite, path)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("the store is not at the path given: %v", err)
	}
}

func TestRebind(t *testing.T) {
	tests := []struct{ in, want string }{
		{`SELECT 1`, `SELECT 1`},
		{`INSERT INTO t (a, b) VALUES (?, ?)`, `INSERT INTO t (a, b) VALUES ($1, $2)`},
		{`SELECT '?' FROM t WHERE a = ? AND "b?" = ?`, `SELECT '?' FROM t WHERE a = $1 AND "b?" = $2`},
	}
	for _, tt := range tests {
		if got := postgresDialect.q(tt.in); got != tt.want {
			t.Errorf("q(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := sqliteDialect.q(tt.in); got != tt.in {
			t.Errorf("sqlite q(%q) = %q, want it unchanged", tt.in, got)
		}
	}
}

// TestClaimsOf: claims are read back by article, in the order asked,
// whatever the articles' dates.
func TestClaimsOf(t *testing.T) {
	eachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := mustOpen(t, dsn)
		arts := []analysis.Article{article(t, 1, "", ""), article(t, 2, "", "")}
		n := night(date(t, "2026-11-21"), arts, 2)
		if err := s.Commit(ctx, n); err != nil {
			t.Fatal(err)
		}
		got, err := s.ClaimsOf(ctx, []string{arts[1].ID, arts[0].ID, "a-missing"})
		if err != nil {
			t.Fatal(err)
		}
		var want []analysis.Claim
		for _, id := range []string{arts[1].ID, arts[0].ID} {
			for _, c := range n.Claims {
				if c.Article == id {
					want = append(want, c)
				}
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("ClaimsOf = %d claims %v, want %d in the order asked", len(got), got, len(want))
		}
	})
}
