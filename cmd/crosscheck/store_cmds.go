package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"crosscheck/nightly"
	"crosscheck/store"
)

// runReview is "crosscheck review import [-db D] FILE.xlsx ...".
func runReview(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "import" {
		fmt.Fprintln(stderr, "usage: crosscheck review import [-db PATH|URL] FILE.xlsx ...")
		return exitUsage
	}
	fs := flag.NewFlagSet("crosscheck review import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", defaultDB, "the store: a SQLite file `PATH` or a postgres:// URL")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: crosscheck review import [-db PATH|URL] FILE.xlsx ...

Reads the Status and Analyst notes columns of each workbook's Discrepancies
sheet and stores them against the discrepancies' IDs. Tonight's workbook
shows them. Rows left at "Open" with no notes are not reviews.`)
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args[1:]); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	n, warnings, err := nightly.ImportReviews(ctx, *db, fs.Args())
	for _, w := range warnings {
		fmt.Fprintf(stderr, "crosscheck: warning: %s\n", w)
	}
	var locked *store.LockedError
	switch {
	case errors.As(err, &locked):
		fmt.Fprintf(stderr, "crosscheck: %v\n", err)
		return exitBusy
	case err != nil:
		fmt.Fprintf(stderr, "crosscheck: review import: %v\n", err)
		return exitFail
	}
	fmt.Fprintf(stdout, "%d reviews stored\n", n)
	return exitOK
}

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

// runBackup is "crosscheck backup [-db D] FILE": a consistent copy of a
// SQLite store.
func runBackup(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("crosscheck backup", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", defaultDB, "the SQLite store to copy")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: crosscheck backup [-db PATH] FILE")
		return exitUsage
	}
	st, err := store.OpenExisting(ctx, *db)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck: %v\n", err)
		return exitFail
	}
	defer st.Close()
	if err := st.Backup(ctx, fs.Arg(0)); err != nil {
		fmt.Fprintf(stderr, "crosscheck: backup: %v\n", err)
		return exitFail
	}
	fmt.Fprintf(stdout, "backed up %s to %s\n", st.Describe(), fs.Arg(0))
	return exitOK
}
