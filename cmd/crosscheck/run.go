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
	"strings"

	"crosscheck/analysis"
	"crosscheck/report"
)

// Exit codes.
const (
	exitOK    = 0 // done, even if some files were skipped or failed
	exitFail  = 1 // the run failed: nothing usable written, or no input usable
	exitUsage = 2 // bad flags or arguments
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// defaultInput is read when no -in flag is given.
const defaultInput = "fixtures/articles"

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
}

func newRunFlagSet(stderr io.Writer, f *runFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("crosscheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Var(&f.inputs, "in", "input `PATH`: a file or a folder (walked recursively); repeatable (default "+defaultInput+")")
	fs.StringVar(&f.out, "out", "out", "output `DIR` for the reports")
	fs.StringVar(&f.config, "config", "", "JSON config `FILE` (tables of outlets and limits; see README)")
	fs.IntVar(&f.workers, "workers", runtime.NumCPU(), "number of articles processed at once")
	fs.StringVar(&f.formats, "formats", strings.Join(report.FormatNames(), ","), "comma-separated output `formats`: "+strings.Join(report.FormatNames(), ", "))
	fs.Int64Var(&f.maxSize, "max-size", analysis.DefaultMaxFileSize, "largest input file read, in `bytes`; larger files are reported as failed")
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
  crosscheck version          print the version

Flags:
`)
		fs.PrintDefaults()
		fmt.Fprintf(stderr, `
Exit codes: 0 done (some files may have been skipped; see the report),
1 the run failed (no article could be read, or the reports could not be written),
2 bad usage.
`)
	}
	return fs
}

func runAnalysis(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var f runFlags
	fs := newRunFlagSet(stderr, &f)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
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
	logger := newLogger(stderr, f.quiet, f.verbose)
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
	set := map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	cfg := analysis.Config{Inputs: f.inputs, Logger: logger}
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
		fc, err := analysis.LoadFileConfig(f.config)
		if err != nil {
			fmt.Fprintf(stderr, "crosscheck: %v\n", err)
			return exitUsage
		}
		fc.Apply(&cfg)
	}

	if f.cpuProf != "" {
		stop, err := startCPUProfile(f.cpuProf)
		if err != nil {
			fmt.Fprintf(stderr, "crosscheck: -cpuprofile: %v\n", err)
			return exitUsage
		}
		defer stop()
	}
	rep, err := analysis.Run(ctx, cfg)
	if err != nil {
		logger.Error("run failed", "err", err)
		return exitFail
	}
	if f.memProf != "" {
		if err := writeHeapProfile(f.memProf); err != nil {
			logger.Error("writing the heap profile failed", "err", err)
		}
	}
	opt := report.Options{Marking: f.marking, PageSize: f.pageSize}
	paths, err := report.WriteAll(ctx, f.out, rep, formats, opt)
	if err != nil {
		logger.Error("writing reports failed; nothing was written", "err", err)
		return exitFail
	}
	for _, w := range formats {
		if w.Name == "pdf" {
			for _, msg := range report.PDFWarnings(rep, opt) {
				logger.Warn("briefing PDF: "+msg, "file", "crosscheck-"+report.RunDate(rep)+".pdf")
			}
		}
	}
	c := rep.Counts()
	if !f.quiet {
		fmt.Fprintf(stdout, "%d inputs: %d ok, %d skipped, %d failed; %d claims, %d discrepancies\n",
			len(rep.Articles), c[analysis.StatusOK], c[analysis.StatusSkipped], c[analysis.StatusFailed],
			len(rep.Claims), len(rep.Discrepancies))
		for _, p := range paths {
			fmt.Fprintf(stdout, "wrote %s\n", p)
		}
	}
	if c[analysis.StatusOK] == 0 {
		logger.Error("no input could be analysed; see the problems listed in the report", "report", strings.Join(paths, ", "))
		return exitFail
	}
	return exitOK
}

// newLogger returns a text logger on stderr: warnings and errors by
// default, errors only with -q, everything with -v.
func newLogger(w io.Writer, quiet, verbose bool) *slog.Logger {
	level := slog.LevelWarn
	switch {
	case quiet:
		level = slog.LevelError
	case verbose:
		level = slog.LevelDebug
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
