package report

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"crosscheck/analysis"
)

// Options are the presentation settings shared by the writers.
type Options struct {
	// Marking is a line printed at the top and bottom of every PDF page
	// (and on the workbook's summary), such as "UNCLASSIFIED // FOR
	// OFFICIAL USE ONLY"; empty for none.
	Marking string
	// PageSize is "A4" (the default) or "Letter".
	PageSize string
}

// Writer writes a report in one format.
type Writer struct {
	// Name is the format's name on the command line ("json").
	Name string
	// File returns the output file name for a report.
	File func(r *analysis.Report) string
	// Write writes r to w.
	Write func(w io.Writer, r *analysis.Report, opt Options) error
}

// Writers lists the formats crosscheck can write, in the order they are
// written.
var Writers = []Writer{
	{Name: "json", File: func(*analysis.Report) string { return "report.json" },
		Write: func(w io.Writer, r *analysis.Report, _ Options) error { return WriteJSON(w, r) }},
	{Name: "xlsx", File: func(r *analysis.Report) string { return "crosscheck-" + RunDate(r) + ".xlsx" }, Write: WriteXLSX},
	{Name: "pdf", File: func(r *analysis.Report) string { return "crosscheck-" + RunDate(r) + ".pdf" }, Write: WritePDF},
}

// RunDate is the date of the run a report describes (from its Generated
// time), as YYYY-MM-DD; it names the workbook and the briefing and fixes
// their creation time, so the same input gives the same files.
func RunDate(r *analysis.Report) string {
	if len(r.Generated) >= 10 {
		return r.Generated[:10]
	}
	return "0000-00-00"
}

// FormatNames returns the names of the available formats.
func FormatNames() []string {
	var names []string
	for _, w := range Writers {
		names = append(names, w.Name)
	}
	return names
}

// ParseFormats turns a comma-separated list such as "json,xlsx" into
// writers, in the order given, rejecting unknown and repeated names.
func ParseFormats(list string) ([]Writer, error) {
	var out []Writer
	var seen []string
	for _, name := range strings.Split(list, ",") {
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" {
			continue
		}
		if slices.Contains(seen, name) {
			continue
		}
		i := slices.IndexFunc(Writers, func(w Writer) bool { return w.Name == name })
		if i < 0 {
			return nil, fmt.Errorf("unknown format %q (available: %s)", name, strings.Join(FormatNames(), ", "))
		}
		seen = append(seen, name)
		out = append(out, Writers[i])
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no output format given (available: %s)", strings.Join(FormatNames(), ", "))
	}
	return out, nil
}

// WriteAll writes r in every format into dir, all or none: each file is
// written to a temporary name beside its target and synced, and only when
// every one has succeeded are they renamed into place. On error or
// cancellation the temporary files are removed and nothing in dir changes.
// It returns the paths written.
func WriteAll(ctx context.Context, dir string, r *analysis.Report, formats []Writer, opt Options) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create output folder: %w", err)
	}
	type pending struct{ tmp, final string }
	var done []pending
	cleanup := func() {
		for _, p := range done {
			os.Remove(p.tmp)
		}
	}
	for _, f := range formats {
		if err := ctx.Err(); err != nil {
			cleanup()
			return nil, err
		}
		final := filepath.Join(dir, filepath.Base(f.File(r)))
		tmp, err := writeTemp(final, func(w io.Writer) error { return f.Write(w, r, opt) })
		if err != nil {
			cleanup()
			return nil, fmt.Errorf("write %s: %w", final, err)
		}
		done = append(done, pending{tmp, final})
	}
	if err := ctx.Err(); err != nil {
		cleanup()
		return nil, err
	}
	var paths []string
	for i, p := range done {
		if err := os.Rename(p.tmp, p.final); err != nil {
			for _, q := range done[i:] {
				os.Remove(q.tmp)
			}
			return paths, fmt.Errorf("move %s into place: %w", p.final, err)
		}
		paths = append(paths, p.final)
	}
	return paths, nil
}

// WriteFileAtomic writes a file through a temporary name and a rename, so
// readers see either the old file or the whole new one.
func WriteFileAtomic(path string, write func(io.Writer) error) error {
	tmp, err := writeTemp(path, write)
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// writeTemp writes to a new temporary file beside path and syncs it.
func writeTemp(path string, write func(io.Writer) error) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return "", err
	}
	bw := bufio.NewWriterSize(f, 256<<10)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err != nil {
		os.Remove(f.Name())
		return "", errors.Join(err)
	}
	return f.Name(), nil
}
