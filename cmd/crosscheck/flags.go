package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"crosscheck/analysis"
	"crosscheck/nightly"
	"crosscheck/pipeline"
	"crosscheck/report"
)

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// runFlags are the flags of a night's run, mapped to nightly.Options by
// nightOptions.
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

// newRunFlagSet returns the run's flag set, parsing into f. The defaults
// of the flags that map to nightly.Options are those nightly.Run and the
// pipeline give the settings left zero.
func newRunFlagSet(stderr io.Writer, f *runFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("crosscheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Var(&f.inputs, "in", "input `PATH`: a file or a folder (walked recursively); repeatable (default "+defaultInput+")")
	fs.StringVar(&f.out, "out", "out", "output `DIR`; each night's reports go into DIR/YYYY-MM-DD/")
	fs.StringVar(&f.db, "db", defaultDB, "the store: a SQLite file `PATH` or a postgres:// URL; \""+nightly.NoStore+"\" runs without history")
	fs.StringVar(&f.window, "window", strconv.Itoa(nightly.DefaultWindowDays)+"d", "compare tonight's claims with stored ones from this many `days` back (30d, 6w)")
	fs.StringVar(&f.date, "date", "", "the night to run for, `YYYY-MM-DD` (default today); names the output folder")
	fs.BoolVar(&f.noImport, "no-review-import", false, "do not import reviews from the previous night's workbook")
	fs.StringVar(&f.logFmt, "log-format", "text", "log `format` on stderr: text or json (for log collectors)")
	fs.StringVar(&f.progress, "progress", "auto", "progress bar on stderr: auto (only on a terminal), always or never")
	fs.StringVar(&f.config, "config", "", "JSON config `FILE` (tables of outlets and limits; see README)")
	fs.IntVar(&f.workers, "workers", pipeline.DefaultWorkers(), "number of articles processed at once")
	fs.StringVar(&f.formats, "formats", strings.Join(report.FormatNames(), ","), "comma-separated output `formats`: "+strings.Join(report.FormatNames(), ", "))
	fs.Int64Var(&f.maxSize, "max-size", pipeline.DefaultMaxFileSize, "largest input file read, in `bytes`; larger files are reported as failed")
	fs.StringVar(&f.marking, "marking", "", "marking `line` printed at the top and bottom of every briefing page, e.g. \"UNCLASSIFIED // FOR OFFICIAL USE ONLY\"")
	fs.StringVar(&f.pageSize, "page-size", nightly.DefaultPageSize, "briefing page `size`: A4 or Letter")
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

// nightOptions maps the parsed flags (fs is their set), the -config file
// and SOURCE_DATE_EPOCH (from getenv) to a night's options, validated.
// Each setting a flag controls takes the flag's value, its default when
// the flag is not given; the config file's workers and max_file_size
// replace those defaults, never a flag given on the command line, and its
// tables extend the embedded ones. The settings no flag controls
// (tolerance, the clock without -date or SOURCE_DATE_EPOCH, ...) are left
// zero for nightly.Run and the pipeline to default.
//
// Its error is a usage error (exit 2), worded as the message to print
// after "crosscheck: ": a flag that does not parse, an option out of
// range (nightly.Options.Validate, reported under its flag's name), or a
// config file that cannot be used.
func (f *runFlags) nightOptions(fs *flag.FlagSet, getenv func(string) string) (nightly.Options, error) {
	var opt nightly.Options
	formats, err := report.ParseFormats(f.formats)
	if err != nil {
		return opt, fmt.Errorf("-formats: %v", err)
	}
	if f.logFmt != "text" && f.logFmt != "json" {
		return opt, fmt.Errorf("-log-format %q: want text or json", f.logFmt)
	}
	if f.progress != "auto" && f.progress != "always" && f.progress != "never" {
		return opt, fmt.Errorf("-progress %q: want auto, always or never", f.progress)
	}
	windowDays, err := parseWindow(f.window)
	if err != nil {
		return opt, fmt.Errorf("-window: %v", err)
	}
	// The run's time is SOURCE_DATE_EPOCH, for reproducible reports, or
	// else the clock's (zero: nightly.Run reads it). The night is -date or
	// the run's day. A rerun of a night reads it as of noon that day,
	// whatever the clock says, so it gives the same claims whenever it is
	// run.
	runTime, err := sourceDateEpoch(getenv("SOURCE_DATE_EPOCH"))
	if err != nil {
		return opt, fmt.Errorf("SOURCE_DATE_EPOCH: %v", err)
	}
	now := runTime
	if f.date != "" {
		d, err := analysis.ParseDate(f.date)
		if err != nil {
			return opt, fmt.Errorf("-date: %v", err)
		}
		now = time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.Local)
	}
	inputs := []string(f.inputs)
	if len(inputs) == 0 {
		inputs = []string{defaultInput}
	}
	opt = nightly.Options{
		Analysis: pipeline.Config{Inputs: inputs, Workers: f.workers, MaxFileSize: f.maxSize, Now: now},
		DB:       f.db, WindowDays: windowDays, Out: f.out, Formats: formats,
		Report:         report.Options{Marking: f.marking, PageSize: f.pageSize},
		NoReviewImport: f.noImport, RunTime: runTime,
	}
	// The flags' values are checked before the config file is read: what
	// the file sets is checked as it is read (pipeline.LoadFileConfig).
	if err := opt.Validate(); err != nil {
		return opt, flagError(err)
	}
	if f.config != "" {
		fc, err := pipeline.LoadFileConfig(f.config)
		if err != nil {
			return opt, err
		}
		given := map[string]bool{}
		fs.Visit(func(fl *flag.Flag) { given[fl.Name] = true })
		mergeFileConfig(&opt.Analysis, fc, given)
	}
	return opt, nil
}

// mergeFileConfig applies a config file to the analysis settings the
// flags gave: flags given on the command line (named in given) win over
// the file; the file's settings win over the flags' defaults.
func mergeFileConfig(c *pipeline.Config, fc pipeline.FileConfig, given map[string]bool) {
	if fc.Workers != 0 && !given["workers"] {
		c.Workers = fc.Workers
	}
	if fc.MaxFileSize != 0 && !given["max-size"] {
		c.MaxFileSize = fc.MaxFileSize
	}
	fc.Apply(c) // the tables, and the settings no flag gives
}

// flagOf names the run flag that sets each option
// nightly.Options.Validate checks (see nightly.OptionError.Field).
var flagOf = map[string]string{
	"Analysis.Workers":     "workers",
	"Analysis.MaxFileSize": "max-size",
	"Report.PageSize":      "page-size",
	"Formats":              "formats",
	"WindowDays":           "window",
	"DB":                   "db",
}

// flagError words an option Validate refuses as the operator gave it:
// "-workers must be at least 1".
func flagError(err error) error {
	var oe *nightly.OptionError
	if errors.As(err, &oe) {
		if name, ok := flagOf[oe.Field]; ok {
			return fmt.Errorf("-%s %s", name, oe.Problem)
		}
	}
	return err
}

// sourceDateEpoch returns the time SOURCE_DATE_EPOCH gives (seconds
// since 1970, UTC), or the zero time (the clock's, when the run starts)
// when it is empty.
func sourceDateEpoch(v string) (time.Time, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Time{}, nil
	}
	sec, err := strconv.ParseInt(v, 10, 64)
	if err != nil || sec < 0 || sec > 253402300799 {
		return time.Time{}, fmt.Errorf("%q is not a number of seconds since 1970", v)
	}
	return time.Unix(sec, 0).UTC(), nil
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
