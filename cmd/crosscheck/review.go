package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

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
