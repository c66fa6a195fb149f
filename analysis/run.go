package analysis

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// ErrNoInput is returned by Run when there is nothing to read at all.
var ErrNoInput = errors.New("no input files")

// input is one file found on disk, in the order the run will report it.
type input struct {
	path string // as on disk
	rel  string // relative to the folder it was found in
	err  error  // set when the path itself could not be used
}

// Run reads every input, cleans and analyses each article, and returns the
// report: Process, then Reduce. Per-file problems never stop the run: they
// are recorded on the article. Run returns an error only when the context
// is cancelled or when there is no input at all; the caller decides what
// an all-failed run means.
func Run(ctx context.Context, cfg Config) (*Report, error) {
	rep, err := Process(ctx, cfg)
	if err != nil {
		return nil, err
	}
	Reduce(rep, cfg)
	return rep, nil
}

// Process is the map half of a run: it reads, cleans and extracts every
// input on a pool of workers and returns the report's articles (every
// input, in input order, whatever its status) and claims, with no clusters
// or discrepancies yet. The result does not depend on the worker count.
func Process(ctx context.Context, cfg Config) (*Report, error) {
	cfg = cfg.withDefaults()
	inputs, err := discover(cfg.Inputs)
	if err != nil {
		return nil, err
	}
	if len(inputs) == 0 {
		return nil, fmt.Errorf("%w in %s", ErrNoInput, strings.Join(cfg.Inputs, ", "))
	}
	cfg.Logger.Info("reading inputs", "files", len(inputs), "workers", cfg.Workers)

	x := NewExtractor(cfg.Language, ExtractOptions{Measures: cfg.Measures, Sources: cfg.Sources, Places: cfg.Places})
	results := make([]fileResult, len(inputs))
	jobs := make(chan int)
	var wg sync.WaitGroup
	var done atomic.Int64
	for range min(cfg.Workers, len(inputs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = processInput(inputs[i], cfg, x)
				n := done.Add(1)
				if cfg.Progress != nil {
					cfg.Progress(int(n), len(inputs))
				}
			}
		}()
	}
feed:
	for i := range inputs {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("run cancelled: %w", err)
	}

	rep := NewReport(cfg.Now, cfg.Inputs)
	seen := map[string]string{} // content hash -> file of first copy
	nArts, nClaims := 0, 0
	for _, res := range results {
		nArts += len(res.articles)
		for _, p := range res.packed {
			nClaims += packedCount(p)
		}
	}
	rep.Articles = make([]Article, 0, nArts)
	rep.Claims = make([]Claim, 0, nClaims)
	for i := range results {
		res := results[i]
		results[i] = fileResult{} // merged: let the per-file copy go
		for k, a := range res.articles {
			packed, id := res.packed[k], a.ID
			if a.Status == StatusOK || a.Status == StatusStored {
				if first, dup := seen[a.ContentHash]; dup {
					a.Status = StatusSkipped
					a.Problems = append(a.Problems, "duplicate of "+first+" (same content)")
					a.ID = fileID(a.File, a.Line)
					packed = nil
				} else {
					seen[a.ContentHash] = a.File + lineSuffix(a.Line)
				}
			}
			before := len(rep.Claims)
			var err error
			if rep.Claims, err = unpackClaims(rep.Claims, packed, id); err != nil {
				// Cannot happen unless packing is broken; say so rather
				// than lose the article's claims silently.
				a.Problems = append(a.Problems, "internal error: "+err.Error()+"; some claims are missing")
			}
			claims := rep.Claims[before:]
			for _, p := range a.Problems {
				if a.Status == StatusStored {
					cfg.Logger.Info(p, "file", a.File+lineSuffix(a.Line), "status", string(a.Status))
				} else {
					cfg.Logger.Warn(p, "file", a.File+lineSuffix(a.Line), "status", string(a.Status))
				}
			}
			cfg.Logger.Debug("article", "file", a.File+lineSuffix(a.Line), "status", string(a.Status),
				"outlet", a.Outlet, "published", a.Published.String(), "claims", len(claims))
			rep.Articles = append(rep.Articles, a)
		}
	}
	c := rep.Counts()
	cfg.Logger.Info("inputs read", "ok", c[StatusOK], "stored", c[StatusStored], "skipped", c[StatusSkipped], "failed", c[StatusFailed], "claims", len(rep.Claims))
	return rep, nil
}

// NewReport returns an empty report of a run at now on the given inputs,
// with every list empty rather than nil (the JSON has [] rather than null).
func NewReport(now time.Time, inputs []string) *Report {
	return &Report{
		Schema:        Schema,
		Generated:     now.Format(time.RFC3339),
		Inputs:        append([]string(nil), inputs...),
		Articles:      []Article{},
		Claims:        []Claim{},
		Clusters:      []Cluster{},
		Discrepancies: []Discrepancy{},
	}
}

// Reduce is the reduce half of a run: it settles speaker names across the
// report's claims, groups the claims by subject and compares each group,
// filling rep.Clusters and rep.Discrepancies. Its input may mix tonight's
// claims with stored ones from earlier nights.
func Reduce(rep *Report, cfg Config) {
	cfg = cfg.withDefaults()
	mergeSources(rep.Claims)
	rep.Clusters = ClusterClaims(rep.Claims)
	rep.Discrepancies = Compare(rep.Clusters, rep.Claims, rep.Articles, CompareOptions{Tolerance: cfg.Tolerance})
	cfg.Logger.Info("claims compared", "claims", len(rep.Claims), "subjects", len(rep.Clusters), "discrepancies", len(rep.Discrepancies))
}

// fileResult is what the map step makes of one input file: its articles
// (several for JSONL) and, index for index, their claims.
type fileResult struct {
	articles []Article
	packed   [][]byte // each article's claims, packed (see pack)
}

// processInput is the per-file map step: read, load, clean, extract.
func processInput(in input, cfg Config, x *Extractor) fileResult {
	arts := loadInput(in, cfg)
	res := fileResult{articles: arts, packed: make([][]byte, len(arts))}
	if x != nil {
		for i := range arts {
			if arts[i].Status == StatusOK {
				res.packed[i] = pack(x.Extract(arts[i]))
			}
		}
	}
	// Only what the reports need is kept: the text has done its work, so
	// memory grows with the number of claims, not with the amount of text.
	for i := range arts {
		a := &arts[i]
		a.Body, a.Blocks = "", nil
		// Title and the like are substrings of the page; copies let the
		// page's text be freed.
		a.Title, a.Outlet, a.URL = strings.Clone(a.Title), strings.Clone(a.Outlet), strings.Clone(a.URL)
		a.File, a.SourceID = strings.Clone(a.File), strings.Clone(a.SourceID)
		for k, p := range a.Problems {
			a.Problems[k] = strings.Clone(p)
		}
	}
	return res
}

// loadInput reads, loads and cleans one input file.
func loadInput(in input, cfg Config) []Article {
	if in.err != nil {
		return []Article{failedArticle(in.rel, in.path, in.err.Error())}
	}
	data, err := readCapped(in.path, cfg.MaxFileSize)
	if err != nil {
		return []Article{failedArticle(in.rel, in.path, err.Error())}
	}
	docs := Load(in.rel, data)
	arts := make([]Article, 0, len(docs))
	for _, d := range docs {
		d.Path = in.path
		var a Article
		if d.Status != StatusOK {
			a = Article{File: d.File, Line: d.Line, Format: d.Format, Path: d.Path, Status: d.Status, Problems: d.Problems}
			a.ID = fileID(a.File, a.Line)
		} else {
			hash := contentHash(d.Text)
			stored, known := Article{}, false
			if cfg.Known != nil {
				stored, known = cfg.Known(hash)
			}
			if known {
				a = storedInput(d, stored)
			} else {
				a = Clean(d, CleanOptions{Outlets: cfg.Outlets})
				a.ContentHash = hash
				a.ID = "a" + hash[:16]
			}
		}
		if a.Problems == nil {
			a.Problems = []string{}
		}
		arts = append(arts, a)
	}
	return arts
}

// storedInput is tonight's input whose content was analysed on an earlier
// night: it is not cleaned or extracted again, and its claims come from
// the store. It keeps tonight's file name and the stored metadata.
func storedInput(d Document, stored Article) Article {
	a := stored
	a.File, a.Line, a.Path, a.Format = d.File, d.Line, d.Path, d.Format
	a.Status = StatusStored
	a.Body, a.Blocks = "", nil
	seen := "an earlier night"
	if !stored.FirstSeen.IsZero() {
		seen = stored.FirstSeen.String()
	}
	a.Problems = []string{"already analysed on " + seen + " (same content); claims taken from the store"}
	return a
}

// failedArticle records an input that could not be read at all.
func failedArticle(rel, path, reason string) Article {
	return Article{ID: fileID(rel, 0), File: rel, Path: path, Status: StatusFailed, Problems: []string{reason}}
}

// readCapped reads a file, refusing it when it is larger than limit.
func readCapped(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("unreadable: %w", unwrapPath(err))
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("unreadable: %w", unwrapPath(err))
	}
	if st.IsDir() {
		return nil, errors.New("unreadable: is a directory")
	}
	if st.Size() > limit {
		return nil, fmt.Errorf("too large: %d bytes, the limit is %d (raise -max-size to read it)", st.Size(), limit)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("unreadable: %w", unwrapPath(err))
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("too large: over %d bytes (raise -max-size to read it)", limit)
	}
	return data, nil
}

// unwrapPath drops the path from an *fs.PathError: the caller already
// names the file.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// discover expands the inputs into files, walking folders recursively in
// lexical order. Hidden folders (.git and the like) are not entered.
func discover(paths []string) ([]input, error) {
	var out []input
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			out = append(out, input{path: p, rel: filepath.ToSlash(p), err: fmt.Errorf("unreadable: %w", unwrapPath(err))})
			continue
		}
		if !st.IsDir() {
			out = append(out, input{path: p, rel: filepath.Base(p)})
			continue
		}
		var found []input
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			rel, _ := filepath.Rel(p, path)
			rel = filepath.ToSlash(rel)
			if err != nil {
				if path == p {
					return err
				}
				found = append(found, input{path: path, rel: rel, err: fmt.Errorf("unreadable: %w", unwrapPath(err))})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return fs.SkipDir
				}
				return nil
			}
			found = append(found, input{path: path, rel: rel})
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("walk %s: %w", p, err)
		}
		sort.SliceStable(found, func(i, j int) bool { return found[i].rel < found[j].rel })
		out = append(out, found...)
	}
	return out, nil
}

// contentHash is the hex SHA-256 of text with white space folded, so the
// same article saved twice with different line endings is one article.
func contentHash(text string) string {
	h := sha256.New()
	first := true
	for w := range strings.FieldsSeq(text) {
		if !first {
			io.WriteString(h, " ")
		}
		io.WriteString(h, w)
		first = false
	}
	return hex.EncodeToString(h.Sum(nil))
}

// fileID is the stable ID of an input that has no usable content.
func fileID(file string, line int) string {
	h := sha256.Sum256([]byte(file + lineSuffix(line)))
	return "f" + hex.EncodeToString(h[:8])
}

func lineSuffix(line int) string {
	if line == 0 {
		return ""
	}
	return fmt.Sprintf(":%d", line)
}
