package report

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"crosscheck/analysis"
	"crosscheck/report/format"
	"crosscheck/report/pdf"
	"crosscheck/report/xlsx"
)

// Options are the presentation settings shared by the writers (see
// format.Options).
type Options = format.Options

// Writer writes a report in one format.
type Writer struct {
	// Name is the format's name on the command line ("json").
	Name string
	// File returns the output file name for a report.
	File func(r *analysis.Report) string
	// Write writes x.Report to w. The index is shared by the writers of
	// one report (see Stage), so the joins are made once.
	Write func(w io.Writer, x *analysis.Index, opt Options) error
}

// Writers lists the formats crosscheck can write, in the order they are
// written.
var Writers = []Writer{
	{Name: "json", File: func(r *analysis.Report) string { return "crosscheck-" + RunDate(r) + ".json" },
		Write: func(w io.Writer, x *analysis.Index, _ Options) error { return WriteJSON(w, x.Report) }},
	{Name: "xlsx", File: func(r *analysis.Report) string { return "crosscheck-" + RunDate(r) + ".xlsx" }, Write: xlsx.Write},
	{Name: "pdf", File: func(r *analysis.Report) string { return "crosscheck-" + RunDate(r) + ".pdf" }, Write: pdf.Write},
}

// RunDate is the night a report describes (its Night, or else the date
// of its Generated time), as YYYY-MM-DD; it names the workbook and the
// briefing and fixes their creation time, so the same input gives the
// same files. It is r.RunDate().
func RunDate(r *analysis.Report) string { return r.RunDate() }

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

// WriteAll writes r in every format into dir, all or none, and never over
// an existing file (an analyst may have yesterday's workbook open): when
// any of the names is taken, every file gets the first free suffix, -2,
// -3 and so on, so the files of one run share a name. On error or
// cancellation nothing in dir changes. It returns the paths written.
func WriteAll(ctx context.Context, dir string, r *analysis.Report, formats []Writer, opt Options) ([]string, error) {
	s, err := Stage(ctx, dir, r, formats, opt)
	if err != nil {
		return nil, err
	}
	defer s.Discard()
	return s.Publish()
}

// Staged is a set of reports written to temporary files beside their
// targets, not yet visible under their own names.
type Staged struct {
	dir   string
	tmps  []string
	names []string
	files []StagedFile
}

// StagedFile is one staged report: the temporary file it was written to,
// the name it is to have, and what it must hold. A night records these
// in its store in the same transaction as its results, so a run killed
// after the commit leaves enough behind for the next one to finish the
// publication (see PublishFile).
type StagedFile struct {
	// Format is the writer's name ("json").
	Format string
	// Staged is the temporary file's path, Final the path it is to have.
	Staged, Final string
	// Size and SHA256 (hex) describe the staged content.
	Size   int64
	SHA256 string
}

// Files returns the staged reports with the final names they would take
// now: the first suffix free for all of them. Call it just before
// recording them; Publish and PublishFile use the names it chose.
func (s *Staged) Files() ([]StagedFile, error) {
	finals, err := freeNames(s.dir, s.names)
	if err != nil {
		return nil, err
	}
	out := make([]StagedFile, len(s.files))
	for i, f := range s.files {
		f.Final = finals[i]
		out[i] = f
	}
	return out, nil
}

// Keep makes Discard leave the staged files in place: once a store has
// recorded them, they belong to the publication, not to this run.
func (s *Staged) Keep() { s.tmps = nil }

// Stage writes r in every format to temporary files in dir, each synced.
// Publish then gives them their names; Discard removes them. A caller can
// thus finish other work (such as committing a store) between writing the
// reports and showing them.
func Stage(ctx context.Context, dir string, r *analysis.Report, formats []Writer, opt Options) (*Staged, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create output folder: %w", err)
	}
	// The writers only read the report, so they run side by side: on a
	// large night the workbook, the JSON and the briefing take one core
	// each instead of queueing on one. They share one index of the
	// report, whose joins the first writer to need them makes.
	x := analysis.NewIndex(r)
	type result struct {
		tmp  string
		size int64
		sum  string
		err  error
	}
	results := make([]result, len(formats))
	var wg sync.WaitGroup
	for i, f := range formats {
		wg.Go(func() {
			name := filepath.Base(f.File(r))
			h := sha256.New()
			var size int64
			tmp, err := writeTemp(filepath.Join(dir, name), func(w io.Writer) error {
				cw := &countWriter{w: io.MultiWriter(w, h)}
				err := f.Write(ctxWriter{ctx, cw}, x, opt)
				size = cw.n
				return err
			})
			if err != nil {
				err = fmt.Errorf("write %s: %w", filepath.Join(dir, name), err)
			}
			results[i] = result{tmp, size, hex.EncodeToString(h.Sum(nil)), err}
		})
	}
	wg.Wait()
	s := &Staged{dir: dir}
	var errs []error
	for i, res := range results {
		if res.err != nil {
			errs = append(errs, res.err)
			continue
		}
		s.tmps = append(s.tmps, res.tmp)
		s.names = append(s.names, filepath.Base(formats[i].File(r)))
		s.files = append(s.files, StagedFile{Format: formats[i].Name, Staged: res.tmp, Size: res.size, SHA256: res.sum})
	}
	if err := ctx.Err(); err != nil {
		s.Discard()
		return nil, err
	}
	if len(errs) > 0 {
		s.Discard()
		return nil, errors.Join(errs...)
	}
	return s, nil
}

// countWriter counts the bytes written through it.
type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ctxWriter fails its writes once ctx is done, so a long writer stops
// within one buffer's worth of output when the run is interrupted.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

// Err reports whether the run was cancelled, for writers that build their
// output before writing it.
func (c ctxWriter) Err() error { return c.ctx.Err() }

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}

// Discard removes the temporary files; after Publish it does nothing.
func (s *Staged) Discard() {
	for _, t := range s.tmps {
		os.Remove(t)
	}
	s.tmps = nil
}

// Publish links the staged files into place under the first suffix free
// for all of them, never replacing an existing file, and returns their
// paths. It is all or none.
func (s *Staged) Publish() ([]string, error) {
	defer s.Discard()
	for attempt := 0; attempt < 5; attempt++ {
		finals, err := freeNames(s.dir, s.names)
		if err != nil {
			return nil, err
		}
		var paths []string
		clash := false
		for i, tmp := range s.tmps {
			// A hard link fails rather than replace a file that appeared
			// since freeNames looked.
			if err := os.Link(tmp, finals[i]); err != nil {
				if errors.Is(err, fs.ErrExist) {
					clash = true
				} else if err := noClobberRename(tmp, finals[i]); err != nil {
					for _, q := range paths {
						os.Remove(q)
					}
					return nil, fmt.Errorf("move %s into place: %w", finals[i], err)
				}
			}
			if clash {
				for _, q := range paths {
					os.Remove(q)
				}
				break
			}
			paths = append(paths, finals[i])
		}
		if !clash {
			return paths, nil
		}
	}
	return nil, fmt.Errorf("write reports in %s: names kept being taken by another writer", s.dir)
}

// freeNames returns the names in dir with the first suffix ("", "-2",
// "-3" ...) under which none of them exists yet.
func freeNames(dir string, names []string) ([]string, error) {
	for n := 1; n < 10000; n++ {
		out := make([]string, len(names))
		free := true
		for i, name := range names {
			ext := filepath.Ext(name)
			base := strings.TrimSuffix(name, ext)
			if n > 1 {
				base += fmt.Sprintf("-%d", n)
			}
			out[i] = filepath.Join(dir, base+ext)
			if _, err := os.Lstat(out[i]); err == nil {
				free = false
				break
			} else if !errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("check %s: %w", out[i], err)
			}
		}
		if free {
			return out, nil
		}
	}
	return nil, fmt.Errorf("write reports in %s: no free file name", dir)
}

// noClobberRename renames where hard links are not supported, after
// checking that the target is still free.
func noClobberRename(from, to string) error {
	if _, err := os.Lstat(to); err == nil {
		return fmt.Errorf("%s exists", to)
	}
	return os.Rename(from, to)
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
	f, err := os.CreateTemp(filepath.Dir(path), tempPattern(filepath.Base(path)))
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
