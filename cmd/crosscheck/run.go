package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"crosscheck/analysis"
	"crosscheck/nightly"
	"crosscheck/pipeline"
	"crosscheck/report"
	"crosscheck/store"
)

// Exit codes.
const (
	exitOK    = 0 // done, even if some files were skipped or failed
	exitFail  = 1 // the run failed: nothing usable written, or no input usable
	exitUsage = 2 // bad flags or arguments
	exitBusy  = 3 // another run holds the store's lock; nothing was done
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// defaultInput is read when no -in flag is given.
const defaultInput = "fixtures/articles"

// defaultDB is the store used when -db is not given.
const defaultDB = "crosscheck.db"

// run is the whole command: it parses args, runs, and returns the exit
// code. Only main touches the process.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "version":
			fmt.Fprintln(stdout, versionString())
			return exitOK
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

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// runFlags are the flags of a run, parsed into an analysis.Config.
type runFlags struct {
	inputs   listFlag
	out      string
	config   string
	workers  int
	formats  string
	maxSize  int64
	quiet    bool
	verbose  bool
	marking  string
	pageSize string
	cpuProf  string
	memProf  string
	memLimit int64
	db       string
	window   string
	date     string
	logFmt   string
	noImport bool
	progress string
}

func newRunFlagSet(stderr io.Writer, f *runFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("crosscheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Var(&f.inputs, "in", "input `PATH`: a file or a folder (walked recursively); repeatable (default "+defaultInput+")")
	fs.StringVar(&f.out, "out", "out", "output `DIR`; each night's reports go into DIR/YYYY-MM-DD/")
	fs.StringVar(&f.db, "db", defaultDB, "the store: a SQLite file `PATH` or a postgres:// URL; \"none\" runs without history")
	fs.StringVar(&f.window, "window", "30d", "compare tonight's claims with stored ones from this many `days` back (30d, 6w)")
	fs.StringVar(&f.date, "date", "", "the night to run for, `YYYY-MM-DD` (default today); names the output folder")
	fs.BoolVar(&f.noImport, "no-review-import", false, "do not import reviews from the previous night's workbook")
	fs.StringVar(&f.logFmt, "log-format", "text", "log `format` on stderr: text or json (for log collectors)")
	fs.StringVar(&f.progress, "progress", "auto", "progress bar on stderr: auto (only on a terminal), always or never")
	fs.StringVar(&f.config, "config", "", "JSON config `FILE` (tables of outlets and limits; see README)")
	fs.IntVar(&f.workers, "workers", runtime.NumCPU(), "number of articles processed at once")
	fs.StringVar(&f.formats, "formats", strings.Join(report.FormatNames(), ","), "comma-separated output `formats`: "+strings.Join(report.FormatNames(), ", "))
	fs.Int64Var(&f.maxSize, "max-size", pipeline.DefaultMaxFileSize, "largest input file read, in `bytes`; larger files are reported as failed")
	fs.StringVar(&f.marking, "marking", "", "marking `line` printed at the top and bottom of every briefing page, e.g. \"UNCLASSIFIED // FOR OFFICIAL USE ONLY\"")
	fs.StringVar(&f.pageSize, "page-size", "A4", "briefing page `size`: A4 or Letter")
	fs.Int64Var(&f.memLimit, "memory-limit", 1536, "soft memory limit in `MiB` for the Go runtime (0: none; GOMEMLIMIT, when set, wins); the garbage collector works harder near it")
	fs.StringVar(&f.cpuProf, "cpuprofile", "", "write a CPU profile (pprof) of the run to `FILE`")
	fs.StringVar(&f.memProf, "memprofile", "", "write a heap profile (pprof) at the end of the run to `FILE`")
	fs.BoolVar(&f.quiet, "q", false, "quiet: print only errors")
	fs.BoolVar(&f.verbose, "v", false, "verbose: print every file's progress")
	fs.Usage = func() {
		fmt.Fprintf(stderr, `crosscheck: find where news sources disagree on figures and positions.

Usage:
  crosscheck [flags]          analyse the inputs and write the reports
  crosscheck inspect FILE     print an article's body and, marked, what was removed and why
  crosscheck eval [-gold F]   score the pipeline against a gold annotation (see README)
  crosscheck gen -n N -out D  write N synthetic news pages for scale runs and benchmarks
  crosscheck review import F  store the Status and Analyst notes an analyst filled in a workbook
  crosscheck runs             list the last runs recorded in the store
  crosscheck backup FILE      copy the SQLite store to FILE (safe while a run is going)
  crosscheck version          print the version

Flags:
`)
		fs.PrintDefaults()
		fmt.Fprintf(stderr, `
Exit codes: 0 done (some files may have been skipped; see the report),
1 the run failed (no article could be read, the store or the reports could not be written,
or the run was interrupted), 2 bad usage, 3 another run is using the store (nothing done).
`)
	}
	return fs
}

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
	if f.workers < 1 {
		fmt.Fprintln(stderr, "crosscheck: -workers must be at least 1")
		return exitUsage
	}
	if f.maxSize < 1 {
		fmt.Fprintln(stderr, "crosscheck: -max-size must be at least 1")
		return exitUsage
	}
	if !strings.EqualFold(f.pageSize, "A4") && !strings.EqualFold(f.pageSize, "Letter") {
		fmt.Fprintf(stderr, "crosscheck: -page-size %q: want A4 or Letter\n", f.pageSize)
		return exitUsage
	}
	formats, err := report.ParseFormats(f.formats)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck: -formats: %v\n", err)
		return exitUsage
	}
	if f.logFmt != "text" && f.logFmt != "json" {
		fmt.Fprintf(stderr, "crosscheck: -log-format %q: want text or json\n", f.logFmt)
		return exitUsage
	}
	if f.progress != "auto" && f.progress != "always" && f.progress != "never" {
		fmt.Fprintf(stderr, "crosscheck: -progress %q: want auto, always or never\n", f.progress)
		return exitUsage
	}
	windowDays, err := parseWindow(f.window)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck: -window: %v\n", err)
		return exitUsage
	}
	// The run's time is the clock's, or SOURCE_DATE_EPOCH for
	// reproducible reports; the night is -date or the run's day. A rerun
	// of a night reads it as of noon that day, whatever the clock says,
	// so it gives the same claims whenever it is run.
	runTime, err := sourceDateEpoch(os.Getenv("SOURCE_DATE_EPOCH"))
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck: SOURCE_DATE_EPOCH: %v\n", err)
		return exitUsage
	}
	now := runTime
	if f.date != "" {
		d, err := analysis.ParseDate(f.date)
		if err != nil {
			fmt.Fprintf(stderr, "crosscheck: -date: %v\n", err)
			return exitUsage
		}
		now = time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.Local)
	}
	set := map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	if strings.TrimSpace(f.db) == "" {
		fmt.Fprintln(stderr, "crosscheck: -db is empty: give a SQLite file, a postgres:// URL, or none to run without history")
		return exitUsage
	}
	logger := newLogger(stderr, f.logFmt, f.quiet, f.verbose)
	if f.memLimit > 0 && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(f.memLimit << 20)
		// With the heap bounded by the limit, collect less often: a run
		// allocates much short-lived garbage, and fewer collections let
		// the workers scale (two workers: 1.5 -> 1.8 MB/s).
		if os.Getenv("GOGC") == "" {
			debug.SetGCPercent(300)
		}
	}

	// Flags given on the command line win over the config file; flags
	// left at their defaults let the file's settings apply.
	cfg := pipeline.Config{Inputs: f.inputs, Logger: logger, Now: now}
	if set["workers"] {
		cfg.Workers = f.workers
	}
	if set["max-size"] {
		cfg.MaxFileSize = f.maxSize
	}
	if len(cfg.Inputs) == 0 {
		cfg.Inputs = []string{defaultInput}
	}
	if f.config != "" {
		fc, err := pipeline.LoadFileConfig(f.config)
		if err != nil {
			fmt.Fprintf(stderr, "crosscheck: %v\n", err)
			return exitUsage
		}
		fc.Apply(&cfg)
	}
	bar := newProgress(stderr, f.progress, f.quiet)
	if bar != nil {
		cfg.Progress = bar.update
	}

	if f.cpuProf != "" {
		stop, err := startCPUProfile(f.cpuProf)
		if err != nil {
			fmt.Fprintf(stderr, "crosscheck: -cpuprofile: %v\n", err)
			return exitUsage
		}
		defer stop()
	}
	db := f.db
	if db == "none" {
		db = ""
	}
	opt := report.Options{Marking: f.marking, PageSize: f.pageSize}
	res, err := nightly.Run(ctx, nightly.Options{
		Analysis: cfg, DB: db, WindowDays: windowDays, Out: f.out,
		Formats: formats, Report: opt, NoReviewImport: f.noImport, RunTime: runTime,
	})
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
			for _, msg := range report.PDFWarnings(rep, opt) {
				logger.Warn("briefing PDF: "+msg, "file", p)
			}
		}
	}
	printSummary(stdout, f.quiet, res)
	return exitOK
}

// sourceDateEpoch returns the time SOURCE_DATE_EPOCH gives (seconds
// since 1970, UTC), or now when it is empty.
func sourceDateEpoch(v string) (time.Time, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Now(), nil
	}
	sec, err := strconv.ParseInt(v, 10, 64)
	if err != nil || sec < 0 || sec > 253402300799 {
		return time.Time{}, fmt.Errorf("%q is not a number of seconds since 1970", v)
	}
	return time.Unix(sec, 0).UTC(), nil
}

// printSummary prints what the run did, for the operator's mail.
func printSummary(w io.Writer, quiet bool, res *nightly.Result) {
	if quiet {
		return
	}
	rep := res.Report
	c := rep.Counts()
	fmt.Fprintf(w, "%d inputs: %d ok, %d stored, %d skipped, %d failed; %d claims, %d discrepancies\n",
		len(rep.Articles), c[analysis.StatusOK], c[analysis.StatusStored], c[analysis.StatusSkipped], c[analysis.StatusFailed],
		len(rep.Claims), len(rep.Discrepancies))
	if rep.Run != nil {
		marks := map[string]int{}
		reviewed := 0
		for _, d := range rep.Discrepancies {
			marks[d.Mark]++
			if d.Review != nil {
				reviewed++
			}
		}
		fmt.Fprintf(w, "run %d, night %s, window from %s: %d new, %d changed, %d unchanged discrepancies; %d reviewed",
			rep.Run.Number, rep.Run.Night, rep.Run.WindowFrom, marks[analysis.MarkNew], marks[analysis.MarkChanged], marks[analysis.MarkUnchanged], reviewed)
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

// parseWindow reads a window length such as "30d" or "6w" as days.
func parseWindow(s string) (int, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	unit := 1
	switch {
	case strings.HasSuffix(s, "d"):
		s = strings.TrimSuffix(s, "d")
	case strings.HasSuffix(s, "w"):
		s, unit = strings.TrimSuffix(s, "w"), 7
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 3650 {
		return 0, fmt.Errorf("want a number of days or weeks such as 30d or 6w, from 1 day to 10 years")
	}
	return n * unit, nil
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

func versionString() string {
	v := version
	if bi, ok := debug.ReadBuildInfo(); ok && v == "dev" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		v = bi.Main.Version
	}
	return fmt.Sprintf("crosscheck %s (%s, %s/%s)", v, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}
