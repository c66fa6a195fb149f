package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"strings"

	"crosscheck/analysis"
	"crosscheck/nightly"
	"crosscheck/report/pdf"
	"crosscheck/store"
)

// runAnalysis is "crosscheck [flags]": a night's run. The flags are
// mapped to the night's options in flags.go; here the process is set up
// for the run (logger, memory limit, progress bar, profiles), the night
// runs, and its outcome becomes the exit code and the summary.
func runAnalysis(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var f runFlags
	fs := newRunFlagSet(stderr, &f)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "crosscheck: unexpected argument %q (inputs are given with -in)\n", fs.Arg(0))
		return exitUsage
	}
	opt, err := f.nightOptions(fs, os.Getenv)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck: %v\n", err)
		return exitUsage
	}
	logger := newLogger(stderr, f.logFmt, f.quiet, f.verbose)
	opt.Analysis.Logger = logger
	setMemoryLimit(f.memLimit)
	bar := newProgress(stderr, f.progress, f.quiet)
	if bar != nil {
		opt.Analysis.Progress = bar.update
	}

	if f.cpuProf != "" {
		stop, err := startCPUProfile(f.cpuProf)
		if err != nil {
			fmt.Fprintf(stderr, "crosscheck: -cpuprofile: %v\n", err)
			return exitUsage
		}
		defer stop()
	}
	res, err := nightly.Run(ctx, opt)
	bar.finish()
	if f.memProf != "" {
		if err := writeHeapProfile(f.memProf); err != nil {
			logger.Error("writing the heap profile failed", "err", err)
		}
	}
	var locked *store.LockedError
	switch {
	case errors.As(err, &locked):
		logger.Error("another run is using the store; nothing was done", "err", err)
		return exitBusy
	case err != nil && ctx.Err() != nil:
		logger.Error("run interrupted; no reports were written and the store is unchanged", "err", err)
		return exitFail
	case err != nil:
		logger.Error("run failed", "err", err)
		return exitFail
	}
	rep := res.Report
	for _, p := range res.Paths {
		if strings.HasSuffix(p, ".pdf") {
			for _, msg := range pdf.Warnings(rep, opt.Report) {
				logger.Warn("briefing PDF: "+msg, "file", p)
			}
		}
	}
	printSummary(stdout, f.quiet, res)
	return exitOK
}

// setMemoryLimit sets the Go runtime's soft memory limit to mib MiB,
// unless mib is 0 or GOMEMLIMIT is set.
func setMemoryLimit(mib int64) {
	if mib <= 0 || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(mib << 20)
	// With the heap bounded by the limit, collect less often: a run
	// allocates much short-lived garbage, and fewer collections let the
	// workers scale (two workers: 1.5 -> 1.8 MB/s).
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(300)
	}
}

// printSummary prints what the run did, for the operator's mail.
func printSummary(w io.Writer, quiet bool, res *nightly.Result) {
	if quiet {
		return
	}
	rep := res.Report
	sum := analysis.Summarize(rep)
	fmt.Fprintf(w, "%d inputs: %d ok, %d stored, %d skipped, %d failed; %d claims, %d discrepancies\n",
		sum.Articles, sum.OK, sum.Stored, sum.Skipped, sum.Failed, sum.Claims, sum.Discrepancies)
	if rep.Run != nil {
		fmt.Fprintf(w, "run %d, night %s, window from %s: %d new, %d changed, %d unchanged discrepancies; %d reviewed",
			rep.Run.Number, rep.Run.Night, rep.Run.WindowFrom, sum.New, sum.Changed, sum.Unchanged, sum.Reviews)
		if res.Imported > 0 {
			fmt.Fprintf(w, " (%d reviews imported from %s)", res.Imported, res.ImportedFrom)
		}
		fmt.Fprintln(w)
		for _, p := range rep.Run.ReviewProblems {
			fmt.Fprintf(w, "review import problem: %s\n", p)
		}
	}
	for _, p := range res.Recovered {
		fmt.Fprintf(w, "published %s (an earlier run stopped after storing its night, before publishing it)\n", p)
	}
	for _, p := range res.Paths {
		fmt.Fprintf(w, "wrote %s\n", p)
	}
}

// newLogger returns a logger on stderr, text or JSON: warnings and errors by
// default, errors only with -q, everything with -v.
func newLogger(w io.Writer, format string, quiet, verbose bool) *slog.Logger {
	level := slog.LevelWarn
	switch {
	case quiet:
		level = slog.LevelError
	case verbose:
		level = slog.LevelDebug
	}
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: level}))
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}
