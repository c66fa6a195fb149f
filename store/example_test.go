package store_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"crosscheck/analysis"
	"crosscheck/store"
)

// A night's run against a store: take the lock, log the run, commit what
// was found, and read the comparison window back on a later night.
func Example() {
	dir, err := os.MkdirTemp("", "crosscheck-store")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(dir, "crosscheck.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()
	lock, err := st.Lock(ctx)
	if err != nil {
		log.Fatal(err) // a *store.LockedError when another run holds it
	}
	defer lock.Release()

	night := analysis.Date{Year: 2026, Month: time.November, Day: 21}
	run, err := st.StartRun(ctx, night, []string{"feeds/"}, time.Now())
	if err != nil {
		log.Fatal(err)
	}
	troops := 10000.0
	a := analysis.Article{ID: "a1f2e3d4c5b6a7988", ContentHash: "1f2e3d4c5b6a7988…", Title: "Seoul: 10,000 troops sent",
		Outlet: "Yonhap", Status: analysis.StatusOK, Published: night.AddDays(-1), FirstSeen: night}
	c := analysis.Claim{ID: "c1", Article: a.ID, Kind: analysis.KindQuantity, Value: &troops, Subject: "North Korea|troops"}
	if err := st.Commit(ctx, store.Night{RunID: run, Night: night, Articles: []analysis.Article{a}, Claims: []analysis.Claim{c}}); err != nil {
		log.Fatal(err)
	}
	if err := st.FinishRun(ctx, store.RunRecord{ID: run, Outcome: store.OutcomeOK, NewArticles: 1, Claims: 1}); err != nil {
		log.Fatal(err)
	}

	arts, claims, err := st.Window(ctx, night.AddDays(-7), night)
	if err != nil {
		log.Fatal(err)
	}
	runs, err := st.Runs(ctx, 10)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(st.Kind(), "schema", must(st.SchemaVersion(ctx)))
	fmt.Println(arts[0].Title, "first seen", arts[0].FirstSeen, "claims", len(claims), *claims[0].Value)
	fmt.Println("run", runs[0].ID, runs[0].Night, runs[0].Outcome)
	// Output:
	// sqlite schema 2
	// Seoul: 10,000 troops sent first seen 2026-11-21 claims 1 10000
	// run 1 2026-11-21 ok
}

func must[T any](v T, err error) T {
	if err != nil {
		log.Fatal(err)
	}
	return v
}
