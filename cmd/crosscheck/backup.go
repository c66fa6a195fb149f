package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"crosscheck/store"
)

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
