package main

import (
	"context"
	"io"
	"path/filepath"
	"testing"

	"crosscheck/nightly"
	"crosscheck/pipeline"
)

// TestUsageMessages: each bad setting of a run is refused with exit 2 and
// the message naming its flag, whether the flag package, the command or
// nightly.Options.Validate finds it.
func TestUsageMessages(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"stray"}, `crosscheck: unexpected argument "stray" (inputs are given with -in)`},
		{[]string{"-workers", "0"}, "crosscheck: -workers must be at least 1"},
		{[]string{"-workers", "-3"}, "crosscheck: -workers must be at least 1"},
		{[]string{"-max-size", "0"}, "crosscheck: -max-size must be at least 1"},
		{[]string{"-page-size", "A3"}, `crosscheck: -page-size "A3": want A4 or Letter`},
		{[]string{"-page-size", ""}, `crosscheck: -page-size "": want A4 or Letter`},
		{[]string{"-formats", "docx"}, `crosscheck: -formats: unknown format "docx" (available: json, xlsx, pdf)`},
		{[]string{"-formats", " , "}, "crosscheck: -formats: no output format given (available: json, xlsx, pdf)"},
		{[]string{"-log-format", "xml"}, `crosscheck: -log-format "xml": want text or json`},
		{[]string{"-progress", "sometimes"}, `crosscheck: -progress "sometimes": want auto, always or never`},
		{[]string{"-window", "0d"}, "crosscheck: -window: want a number of days or weeks such as 30d or 6w, from 1 day to 10 years"},
		{[]string{"-date", "yesterday"}, `crosscheck: -date: parse date "yesterday": want YYYY-MM-DD`},
		{[]string{"-db", ""}, "crosscheck: -db is empty: give a SQLite file, a postgres:// URL, or none to run without history"},
		{[]string{"-db", "  "}, "crosscheck: -db is empty: give a SQLite file, a postgres:// URL, or none to run without history"},
		{[]string{"-config", "/nonexistent/c.json"}, "crosscheck: read config: stat /nonexistent/c.json: no such file or directory"},
		// The flags are checked before the config file is read.
		{[]string{"-workers", "0", "-config", "/nonexistent/c.json"}, "crosscheck: -workers must be at least 1"},
	} {
		code, stdout, stderr := runCmd(t, context.Background(), tt.args...)
		if code != exitUsage || stdout != "" || stderr != tt.want+"\n" {
			t.Errorf("crosscheck %q: exit %d, stdout %q, stderr %q; want %d and %q", tt.args, code, stdout, stderr, exitUsage, tt.want)
		}
	}
}

// TestFlagsAndConfigFile: a flag given on the command line wins over the
// config file, whose settings win over the flags' defaults, which are
// the pipeline's and nightly's.
func TestFlagsAndConfigFile(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "c.json")
	writeFiles(t, dir, map[string]string{"c.json": `{"workers": 3, "max_file_size": 1000, "tolerance": 0.1, "sources": {"Kim Chaek University of Technology": ["Kim Chaek"]}}`})
	options := func(args ...string) nightly.Options {
		t.Helper()
		var f runFlags
		fs := newRunFlagSet(io.Discard, &f)
		if err := fs.Parse(args); err != nil {
			t.Fatal(err)
		}
		opt, err := f.nightOptions(fs, func(string) string { return "" })
		if err != nil {
			t.Fatalf("%q: %v", args, err)
		}
		return opt
	}
	opt := options()
	if a := opt.Analysis; a.Workers != pipeline.DefaultWorkers() || a.MaxFileSize != pipeline.DefaultMaxFileSize || a.Tolerance != 0 ||
		len(a.Inputs) != 1 || a.Inputs[0] != defaultInput || !a.Now.IsZero() {
		t.Errorf("no flags: analysis %+v; want the defaults", a)
	}
	if opt.DB != defaultDB || opt.WindowDays != nightly.DefaultWindowDays || opt.Report.PageSize != nightly.DefaultPageSize || len(opt.Formats) != 3 || !opt.RunTime.IsZero() {
		t.Errorf("no flags: %+v; want the defaults", opt)
	}
	opt = options("-config", cfg)
	if a := opt.Analysis; a.Workers != 3 || a.MaxFileSize != 1000 || a.Tolerance != 0.1 || len(a.Sources) != 1 {
		t.Errorf("-config: analysis %+v; want the file's settings", a)
	}
	opt = options("-config", cfg, "-workers", "2", "-max-size", "50", "-db", "none", "-window", "6w", "-page-size", "letter")
	if a := opt.Analysis; a.Workers != 2 || a.MaxFileSize != 50 || a.Tolerance != 0.1 {
		t.Errorf("-config with flags: analysis %+v; want the flags' workers and max-size, the file's tolerance", a)
	}
	if opt.DB != nightly.NoStore || opt.WindowDays != 42 || opt.Report.PageSize != "letter" {
		t.Errorf("flags: DB %q, window %d, page size %q", opt.DB, opt.WindowDays, opt.Report.PageSize)
	}
	if err := opt.Validate(); err != nil {
		t.Errorf("the options after the config file: %v", err)
	}
}
