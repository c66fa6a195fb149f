package main

import (
	"context"
	"io"
)

// Exit codes.
const (
	exitOK    = 0 // done, even if some files were skipped or failed
	exitFail  = 1 // the run failed: nothing usable written, or no input usable
	exitUsage = 2 // bad flags or arguments
	exitBusy  = 3 // another run holds the store's lock; nothing was done
)

// defaultInput is read when no -in flag is given.
const defaultInput = "fixtures/articles"

// defaultDB is the store used when -db is not given.
const defaultDB = "crosscheck.db"

// run is the whole command: it picks the subcommand, which parses its
// args, runs, and returns the exit code. Only main touches the process.
// Each subcommand is in a file of its own; without one, the args are a
// night's run (run.go).
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "version":
			return runVersion(ctx, args[1:], stdout, stderr)
		case "inspect":
			return runInspect(ctx, args[1:], stdout, stderr)
		case "eval":
			return runEval(ctx, args[1:], stdout, stderr)
		case "gen":
			return runGen(ctx, args[1:], stdout, stderr)
		case "review":
			return runReview(ctx, args[1:], stdout, stderr)
		case "runs":
			return runRuns(ctx, args[1:], stdout, stderr)
		case "backup":
			return runBackup(ctx, args[1:], stdout, stderr)
		}
	}
	return runAnalysis(ctx, args, stdout, stderr)
}
