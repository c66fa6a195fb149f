// Command crosscheck reads a folder of news articles, extracts the figures
// and positions they report, and writes what disagrees: a JSON report for
// tools, a workbook for analysts and a briefing PDF, into a folder per
// night, keeping its history in a store.
//
// Usage:
//
//	crosscheck [flags]            run on fixtures/articles, write ./out/YYYY-MM-DD/
//	crosscheck inspect FILE       show an article's body and what was removed
//	crosscheck review import F    store the reviews filled in a workbook
//	crosscheck runs               list the runs in the store
//	crosscheck version            print the version
//
// Run "crosscheck -h" for the flags.
package main

import (
	"context"
	"errors"
	"flag"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// parseFlags parses args with fs. When it returns false the command ends
// with the code returned: exitOK after -h (fs has printed the usage),
// exitUsage after a bad flag (fs has said what is wrong).
func parseFlags(fs *flag.FlagSet, args []string) (int, bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK, false
		}
		return exitUsage, false
	}
	return exitOK, true
}
