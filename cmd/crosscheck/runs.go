package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"crosscheck/store"
)

// runRuns is "crosscheck runs [-db D] [-n N]": the store's run log.
func runRuns(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("crosscheck runs", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", defaultDB, "the store: a SQLite file `PATH` or a postgres:// URL")
	limit := fs.Int("n", 10, "how many runs to list, newest first")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	st, err := store.OpenExisting(ctx, *db)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck: %v\n", err)
		return exitFail
	}
	defer st.Close()
	runs, err := st.Runs(ctx, *limit)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck: %v\n", err)
		return exitFail
	}
	fmt.Fprintf(stdout, "%-5s %-10s %-20s %-9s %-11s %5s %6s %8s %6s\n", "RUN", "NIGHT", "STARTED", "TOOK", "OUTCOME", "NEW", "STORED", "CLAIMS", "DISCR")
	for _, r := range runs {
		took := "-"
		if !r.Ended.IsZero() {
			took = r.Ended.Sub(r.Started).Round(time.Second).String()
		}
		fmt.Fprintf(stdout, "%-5d %-10s %-20s %-9s %-11s %5d %6d %8d %6d\n", r.ID, r.Night, r.Started.Local().Format("2006-01-02 15:04:05"),
			took, r.Outcome, r.NewArticles, r.StoredArticles, r.Claims, r.Discrepancies)
		if r.Error != "" {
			fmt.Fprintf(stdout, "      error: %s\n", r.Error)
		}
	}
	return exitOK
}
