// Package nightly runs crosscheck as a scheduled job with a memory: it
// keeps every night's articles, claims and discrepancies in a store,
// compares tonight's claims with those of the last weeks, marks each
// discrepancy new, changed or unchanged, carries the analysts' reviews
// over from the previous workbook, and writes the reports into a folder
// per night without ever overwriting one.
//
// A night is: lock the store, read and extract tonight's new articles
// (articles already stored are not analysed again), add the stored claims
// of the window, group and compare, mark against the stored state, write
// the reports, and only then commit everything to the store in one
// transaction. A run killed at any point leaves the store as it was, and
// the next run does the whole night's work.
package nightly

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"crosscheck/analysis"
	"crosscheck/pipeline"
	"crosscheck/report"
	"crosscheck/report/xlsx"
	"crosscheck/store"
)

// Result is what a night produced.
type Result struct {
	// Report is the report written.
	Report *analysis.Report
	// Paths are the files written.
	Paths []string
	// RunID is the run's number in the store; 0 without a store.
	RunID int64
	// Imported counts reviews taken from the previous workbook, and
	// ImportedFrom names it.
	Imported     int
	ImportedFrom string
	// Recovered are the reports of an earlier night that this run
	// published first: that run was killed after committing its night
	// and before its reports had their names.
	Recovered []string
}

// Run does one night's work. It gives the settings left zero their
// defaults, then validates them: options out of range are an
// *OptionError, before anything is read or opened. Errors from the store
// are returned as they are, so callers can tell a *store.LockedError
// (another run is going) from a failure.
func Run(ctx context.Context, opt Options) (*Result, error) {
	opt = opt.withDefaults()
	if err := opt.Validate(); err != nil {
		return nil, err
	}
	if opt.DB == NoStore {
		opt.DB = "" // from here on, an empty DB is no store
	}
	cfg := opt.Analysis
	stage := func(name string) {
		if opt.Stage != nil {
			opt.Stage(name)
		}
	}
	// The inputs and the output folder are checked before any work: a
	// missing feed folder, or an output folder the run cannot write to,
	// is found now, before the store is opened or created, not after an
	// hour of reading.
	if err := pipeline.CheckInputs(cfg.Inputs); err != nil {
		logFailedNight(ctx, opt, err)
		return nil, err
	}
	date := analysis.DateOf(cfg.Now)
	if err := checkWritable(filepath.Join(opt.Out, date.String())); err != nil {
		return nil, err
	}
	// What the workbook writer and reader spill goes into a folder of
	// this run's under the output folder, removed at the end (or, after
	// a kill, by the next run), never into /tmp.
	spill, err := report.SpillDir(opt.Out)
	if err != nil {
		return nil, fmt.Errorf("output folder %s: %w", opt.Out, err)
	}
	defer os.RemoveAll(spill)
	opt.Report.TmpDir = spill
	if opt.DB == "" {
		stage("read")
		rep, err := pipeline.Process(ctx, cfg)
		if err != nil {
			return nil, err
		}
		if err := usable(rep); err != nil {
			return nil, err
		}
		stamp(rep, opt, date)
		stage("compare")
		pipeline.Reduce(rep, cfg)
		stage("reports")
		paths, err := writeReports(ctx, opt, rep)
		if err != nil {
			return nil, err
		}
		return &Result{Report: rep, Paths: paths}, nil
	}

	stage("open")
	st, err := store.Open(ctx, opt.DB)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	stage("lock")
	lk, err := st.Lock(ctx)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err := lk.Release(); err != nil {
			cfg.Logger.Error("releasing the store lock failed", "store", st.Describe(), "err", err)
		}
	}()
	if h := lk.Cleared; h != nil {
		cfg.Logger.Warn("cleared a stale lock left by an earlier run that did not finish",
			"run", h.RunID, "pid", h.PID, "host", h.Host, "started", h.Started.Format(time.RFC3339), "reason", h.Reason)
	}
	n := &night{opt: opt, cfg: cfg, st: st, date: date, stage: stage}
	n.runID, err = st.StartRun(ctx, n.date, cfg.Inputs, time.Now())
	if err != nil {
		return nil, err
	}
	cfg.Logger.Info("night started", "run", n.runID, "night", n.date.String(), "store", st.Describe(), "window_days", opt.WindowDays)
	// A night committed by a run killed before its reports had their
	// names is finished first: its marks are shown nowhere else.
	stage("recover")
	var res *Result
	recovered, err := n.recoverPublications(ctx)
	if err == nil {
		n.cleanLeftovers()
		res, err = n.run(ctx)
	}
	if res != nil {
		res.Recovered = recovered
	}
	n.finish(ctx, res, err)
	return res, err
}

// night is one run against a store.
type night struct {
	opt   Options
	cfg   pipeline.Config
	st    *store.Store
	date  analysis.Date
	runID int64
	stage func(string)
	// reviewProblems are what went wrong importing tonight's reviews,
	// for the report's RunInfo.
	reviewProblems []string
}

func (n *night) run(ctx context.Context) (*Result, error) {
	n.stage("read")
	rep, err := n.read(ctx)
	if err != nil {
		return nil, err
	}
	// A night whose every input failed is a failed night, decided before
	// anything is committed or published.
	if err := usable(rep); err != nil {
		return nil, err
	}
	stamp(rep, n.opt, n.date)
	var fresh []analysis.Article
	for i := range rep.Articles {
		if rep.Articles[i].Status == analysis.StatusOK {
			rep.Articles[i].FirstSeen = n.date
			fresh = append(fresh, rep.Articles[i])
		}
	}

	n.stage("window")
	from := n.date.AddDays(-n.opt.WindowDays)
	stored, err := n.addWindow(ctx, rep, from)
	if err != nil {
		return nil, err
	}

	n.stage("compare")
	pipeline.Reduce(rep, n.cfg)

	n.stage("history")
	res := &Result{Report: rep, RunID: n.runID}
	reviews, err := n.st.Reviews(ctx)
	if err != nil {
		return nil, err
	}
	var imported []analysis.Review
	if !n.opt.NoReviewImport {
		imported, res.ImportedFrom, err = n.importPrevious(ctx, reviews)
		if err != nil {
			return nil, err
		}
		res.Imported = len(imported)
	}
	states, err := n.st.DiscrepancyStates(ctx)
	if err != nil {
		return nil, err
	}
	Mark(rep.Discrepancies, states, reviews, n.date)
	rep.Run = &analysis.RunInfo{
		Number: n.runID, Night: n.date, WindowFrom: from, WindowDays: n.opt.WindowDays,
		New: len(fresh), Stored: stored, Store: n.st.Kind(),
		ReviewProblems: n.reviewProblems,
	}

	// The reports are written first under temporary names, then the store
	// is committed, and only then do the reports appear: a run killed at
	// any point leaves neither new reports nor a changed store.
	n.stage("reports")
	staged, err := report.Stage(ctx, nightDir(n.opt.Out, rep), rep, n.opt.Formats, n.opt.Report)
	if err != nil {
		return nil, fmt.Errorf("writing the reports failed; nothing was written: %w", err)
	}
	defer staged.Discard()
	files, err := staged.Files()
	if err != nil {
		return nil, fmt.Errorf("writing the reports failed; nothing was written: %w", err)
	}
	pubs := make([]store.Publication, len(files))
	for i, f := range files {
		pubs[i] = publication(n.runID, n.date, f)
	}

	// The night and the reports it must publish are committed together:
	// from here on the staged files belong to the store's record, and a
	// run killed before they all have their names leaves them for the
	// next run to publish.
	n.stage("commit")
	err = n.st.Commit(ctx, store.Night{
		RunID: n.runID, Night: n.date,
		Articles: fresh, Claims: rep.Claims, // the store keeps only fresh articles' claims
		Clusters: rep.Clusters, Discrepancies: rep.Discrepancies,
		Reviews: imported, Publications: pubs,
	})
	if err != nil {
		return nil, fmt.Errorf("updating the store failed; no reports were published: %w", err)
	}
	staged.Keep()
	n.stage("publish")
	res.Paths, err = n.publish(context.WithoutCancel(ctx), n.runID, pubs, "")
	if err != nil {
		return nil, fmt.Errorf("the night is stored but its reports could not all be put in place (the next run publishes them): %w", err)
	}
	return res, nil
}

// read runs the map step on tonight's inputs, skipping the articles the
// store already has.
func (n *night) read(ctx context.Context) (*analysis.Report, error) {
	cfg := n.cfg
	var mu sync.Mutex
	var lookupErr error
	cfg.Known = func(hash string) (analysis.Article, bool) {
		found, err := n.st.KnownArticles(ctx, []string{hash})
		if err != nil {
			mu.Lock()
			lookupErr = cmp.Or(lookupErr, err)
			mu.Unlock()
			return analysis.Article{}, false
		}
		a, ok := found[hash]
		return a, ok
	}
	rep, err := pipeline.Process(ctx, cfg)
	if errors.Is(err, pipeline.ErrNoInput) {
		// A night without articles still compares the window and writes
		// the reports: the operator sees the warning, analysts see the
		// state of the open discrepancies.
		n.cfg.Logger.Warn("no articles tonight; reporting the stored window only", "inputs", strings.Join(cfg.Inputs, ", "))
		return pipeline.NewReport(cfg.Now, cfg.Inputs), nil
	}
	if err != nil {
		return nil, err
	}
	if lookupErr != nil {
		return nil, fmt.Errorf("look up articles in the store: %w", lookupErr)
	}
	return rep, nil
}

// addWindow adds the stored articles dated within the window, and the
// claims of every stored article in the report, keeping the claims
// grouped by article in article order. It returns how many of the
// report's articles have their claims from the store.
func (n *night) addWindow(ctx context.Context, rep *analysis.Report, from analysis.Date) (int, error) {
	// Articles dated up to a day after the night count: a page's date
	// can run ahead of the operator's clock by a time zone.
	arts, claims, err := n.st.Window(ctx, from, n.date.AddDays(1))
	if err != nil {
		return 0, err
	}
	// Claims come grouped by article, from the store as from the run:
	// each article's are found as a run of the slice, not copied.
	byArticle := map[string][]analysis.Claim{}
	claimRuns(claims, byArticle)
	have := map[string]bool{}
	var outside []string // tonight's stored inputs dated outside the window
	inWindow := map[string]bool{}
	for _, a := range arts {
		inWindow[a.ID] = true
	}
	for _, a := range rep.Articles {
		if a.Status == analysis.StatusOK || a.Status == analysis.StatusStored {
			have[a.ID] = true
		}
		if a.Status == analysis.StatusStored && !inWindow[a.ID] {
			outside = append(outside, a.ID)
		}
	}
	// Tonight's inputs are compared whatever their date, stored or not.
	var more []analysis.Claim
	if len(outside) > 0 {
		more, err = n.st.ClaimsOf(ctx, outside)
		if err != nil {
			return 0, err
		}
		claimRuns(more, byArticle)
	}
	for _, a := range arts {
		if !have[a.ID] {
			a.Status = analysis.StatusStored
			a.Problems = []string{}
			rep.Articles = append(rep.Articles, a)
			have[a.ID] = true
		}
	}
	stored, total := 0, len(rep.Claims)
	for _, a := range rep.Articles {
		if a.Status == analysis.StatusStored {
			stored++
			total += len(byArticle[a.ID])
		}
	}
	switch {
	case total == len(rep.Claims):
		// Nothing stored to add.
	case len(rep.Claims) == 0 && len(more) == 0 && total == len(claims):
		// Every claim is a stored one from the window (the same articles
		// read again): put them in the order of the articles where they
		// are, rather than in a copy.
		pos := make(map[string]int, len(rep.Articles))
		for i, a := range rep.Articles {
			pos[a.ID] = i
		}
		orderClaims(claims, func(c *analysis.Claim) int { return pos[c.Article] })
		rep.Claims = claims
	default:
		// Tonight's and the stored claims, in the order of the articles,
		// in one slice of the right size: at 100,000 articles a night's
		// claims take half a gigabyte, so they are copied once.
		fresh := map[string][]analysis.Claim{}
		claimRuns(rep.Claims, fresh)
		all := make([]analysis.Claim, 0, total)
		for _, a := range rep.Articles {
			switch a.Status {
			case analysis.StatusOK:
				all = append(all, fresh[a.ID]...)
			case analysis.StatusStored:
				all = append(all, byArticle[a.ID]...)
			}
		}
		rep.Claims = all
	}
	n.cfg.Logger.Info("window added", "from", from.String(), "stored_articles", stored, "claims", len(rep.Claims))
	return stored, nil
}

// orderClaims sorts cs in place by key, keeping the order of claims with
// equal keys, moving each claim once: the order is worked out on indexes,
// then applied cycle by cycle.
func orderClaims(cs []analysis.Claim, key func(*analysis.Claim) int) {
	perm := make([]int32, len(cs))
	keys := make([]int, len(cs))
	for i := range cs {
		perm[i], keys[i] = int32(i), key(&cs[i])
	}
	slices.SortFunc(perm, func(a, b int32) int { return cmp.Or(cmp.Compare(keys[a], keys[b]), cmp.Compare(a, b)) })
	// Now position i must receive the claim at perm[i].
	done := make([]bool, len(cs))
	for i := range cs {
		if done[i] || int(perm[i]) == i {
			done[i] = true
			continue
		}
		tmp := cs[i]
		j := i
		for {
			done[j] = true
			k := int(perm[j])
			if k == i {
				cs[j] = tmp
				break
			}
			cs[j] = cs[k]
			j = k
		}
	}
}

// claimRuns adds to m each article's claims in cs, which come grouped by
// article, as a piece of cs (no copy). An article whose claims are not
// together gets its pieces joined.
func claimRuns(cs []analysis.Claim, m map[string][]analysis.Claim) {
	for i := 0; i < len(cs); {
		j := i + 1
		for j < len(cs) && cs[j].Article == cs[i].Article {
			j++
		}
		id := cs[i].Article
		if prev, ok := m[id]; ok {
			m[id] = append(prev[:len(prev):len(prev)], cs[i:j]...)
		} else {
			m[id] = cs[i:j:j]
		}
		i = j
	}
}

// Mark compares tonight's discrepancies with their stored state: each is
// new, changed (a claim joined it since it was last reported) or
// unchanged; it sets their first-seen and last-changed dates and attaches
// the analysts' reviews. Settled discrepancies (dismissed and unchanged)
// move to the end, the rest keep their order.
func Mark(ds []analysis.Discrepancy, states map[string]store.DiscrepancyState, reviews map[string]analysis.Review, night analysis.Date) {
	for i := range ds {
		d := &ds[i]
		s, ok := states[d.ID]
		switch {
		case !ok:
			d.Mark, d.FirstSeen, d.LastChanged = analysis.MarkNew, night, night
		case joined(d.Claims, s.Claims):
			d.Mark, d.FirstSeen, d.LastChanged = analysis.MarkChanged, s.FirstSeen, night
		default:
			d.Mark, d.FirstSeen, d.LastChanged = analysis.MarkUnchanged, s.FirstSeen, s.LastChanged
		}
		if r, ok := reviews[d.ID]; ok {
			d.Review = &r
		}
	}
	analysis.Rank(ds)
}

// joined reports whether now holds a claim that before did not.
func joined(now, before []string) bool {
	had := make(map[string]bool, len(before))
	for _, id := range before {
		had[id] = true
	}
	for _, id := range now {
		if !had[id] {
			return true
		}
	}
	return false
}

// finish records the run's outcome in the store's run log. It runs even
// when the run was cancelled, on a context of its own.
func (n *night) finish(ctx context.Context, res *Result, runErr error) {
	rec := store.RunRecord{ID: n.runID, Night: n.date, Ended: time.Now(), Outcome: "ok"}
	if res != nil && res.Report != nil {
		rep := res.Report
		rec.Claims, rec.Discrepancies = len(rep.Claims), len(rep.Discrepancies)
		if rep.Run != nil {
			rec.NewArticles, rec.StoredArticles = rep.Run.New, rep.Run.Stored
		}
		rec.Outputs = res.Paths
	}
	switch {
	case runErr != nil && ctx.Err() != nil:
		rec.Outcome, rec.Error = "interrupted", runErr.Error()
	case runErr != nil:
		rec.Outcome, rec.Error = "failed", runErr.Error()
	}
	fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := n.st.FinishRun(fctx, rec); err != nil {
		n.cfg.Logger.Error("recording the run's outcome failed", "run", n.runID, "err", err)
	}
	n.cfg.Logger.Info("night finished", "run", n.runID, "outcome", rec.Outcome)
}

// nightDir is the folder of a night's reports: OUT/YYYY-MM-DD.
func nightDir(out string, rep *analysis.Report) string {
	return filepath.Join(out, report.RunDate(rep))
}

// writeReports writes the reports into the night's folder.
func writeReports(ctx context.Context, opt Options, rep *analysis.Report) ([]string, error) {
	paths, err := report.WriteAll(ctx, nightDir(opt.Out, rep), rep, opt.Formats, opt.Report)
	if err != nil {
		return nil, fmt.Errorf("writing the reports failed; nothing was written: %w", err)
	}
	return paths, nil
}

// importPrevious reads the reviews from the workbook of the last run that
// wrote one and returns those the analysts changed in it, updating
// reviews in place (see Changed). What goes wrong is a warning, not a
// failure, since the night's work matters more: a row whose status is not
// a review status keeps its notes (the status stays as it was); a
// workbook that cannot be read, or is over the reader's limits, is left
// out and the night goes on without its reviews. Each problem, naming
// the workbook (by file name) and the row, is logged and recorded in the
// report's RunInfo.ReviewProblems, which the workbook's Summary and the
// briefing show.
func (n *night) importPrevious(ctx context.Context, reviews map[string]analysis.Review) ([]analysis.Review, string, error) {
	path, err := n.previousWorkbook(ctx)
	if err != nil || path == "" {
		return nil, "", err
	}
	name := filepath.Base(path)
	got, warnings, err := xlsx.ReadReviewRows(path, xlsx.ReadOptions{TmpDir: n.opt.Report.TmpDir})
	if err != nil {
		n.cfg.Logger.Warn("could not import reviews from the previous workbook; the night goes on without its reviews", "file", path, "err", err)
		// The report names the file, not the operator's folders.
		reason := strings.TrimPrefix(err.Error(), "read reviews from "+path+": ")
		n.reviewProblems = append(n.reviewProblems, fmt.Sprintf("%s: could not import the reviews (%s); the night goes on without this workbook's reviews",
			name, strings.ReplaceAll(reason, path, name)))
		return nil, "", nil
	}
	problems := make([]string, 0, len(warnings))
	for _, w := range warnings {
		n.cfg.Logger.Warn("review import: "+w, "file", path)
		problems = append(problems, name+": "+w)
	}
	n.reviewProblems = append(n.reviewProblems, problems...)
	changed := Changed(got, reviews, time.Now())
	n.cfg.Logger.Info("reviews imported", "file", path, "rows", len(got), "changed", len(changed))
	return changed, path, nil
}

// Changed returns the reviews the rows of a workbook change, and records
// them in stored. A workbook changes only what the analyst changed in it:
// a row still holding the Status and notes it was written with changes
// nothing, even when the stored review has changed since (a colleague's
// review imported by hand is not undone by the older workbook); in a row
// that differs, the Status or the notes that differ replace the stored
// ones, and the rest of the stored review stays (the latest edit wins).
// A row from a workbook without the as-written values is compared with
// the stored review instead. A row whose status is not a review status
// (empty Status) keeps the stored status, or Open. An untouched row (Open
// with no notes) for a discrepancy never reviewed is not a review. The
// reviews returned carry the row's From and By, and Updated set to now.
func Changed(rows []xlsx.ReviewRow, stored map[string]analysis.Review, now time.Time) []analysis.Review {
	var out []analysis.Review
	for _, row := range rows {
		old, had := stored[row.Discrepancy]
		r := row.Review
		if row.Written {
			statusEdited := r.Status != "" && r.Status != row.WrittenStatus
			notesEdited := r.Notes != row.WrittenNotes
			if !statusEdited && !notesEdited {
				continue
			}
			base := old
			if !had {
				base = analysis.Review{Status: row.WrittenStatus, Notes: row.WrittenNotes}
				if !slices.Contains(analysis.ReviewStatuses, base.Status) {
					base.Status = analysis.ReviewOpen
				}
			}
			if !statusEdited {
				r.Status = base.Status
			}
			if !notesEdited {
				r.Notes = base.Notes
			}
		} else if r.Status == "" {
			r.Status = analysis.ReviewOpen
			if had {
				r.Status = old.Status
			}
		}
		if !had && r.Status == analysis.ReviewOpen && r.Notes == "" {
			continue
		}
		if had && old.Status == r.Status && old.Notes == r.Notes {
			continue
		}
		r.Updated = now.UTC().Format(time.RFC3339)
		stored[r.Discrepancy] = r
		out = append(out, r)
	}
	return out
}

// previousWorkbook finds the workbook of the latest earlier run: from the
// store's run log, or else the newest one in the output folder.
func (n *night) previousWorkbook(ctx context.Context) (string, error) {
	runs, err := n.st.Runs(ctx, 100)
	if err != nil {
		return "", err
	}
	for _, r := range runs {
		if r.ID == n.runID || r.Outcome != "ok" {
			continue
		}
		for _, p := range r.Outputs {
			if !strings.HasSuffix(p, ".xlsx") {
				continue
			}
			if regularFile(p) {
				return p, nil
			}
			if st, err := os.Stat(p); err == nil {
				n.cfg.Logger.Warn("the previous workbook is not a regular file; its reviews are not imported", "file", p, "type", st.Mode().Type().String())
			}
		}
	}
	return newestWorkbook(n.opt.Out), nil
}

// newestWorkbook returns the newest crosscheck workbook under out: the
// latest night's folder, the highest suffix.
func newestWorkbook(out string) string {
	found, _ := filepath.Glob(filepath.Join(out, "*", "crosscheck-*.xlsx"))
	best, bestKey := "", ""
	for _, p := range found {
		name := strings.TrimPrefix(strings.TrimSuffix(filepath.Base(p), ".xlsx"), "crosscheck-")
		key := workbookKey(name)
		if key == "" || key <= bestKey || !regularFile(p) {
			continue
		}
		best, bestKey = p, key
	}
	return best
}

// regularFile reports whether path is a regular file (or a link to one):
// a FIFO put in place of a workbook would block the night's import.
func regularFile(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}

// workbookKey orders workbook names "2026-11-21", "2026-11-21-2" ... by
// date, then suffix.
func workbookKey(name string) string {
	if len(name) < 10 {
		return ""
	}
	date, rest := name[:10], strings.TrimPrefix(name[10:], "-")
	if _, err := analysis.ParseDate(date); err != nil {
		return ""
	}
	k := 1
	if rest != "" {
		var err error
		if k, err = strconv.Atoi(rest); err != nil {
			return ""
		}
	}
	return fmt.Sprintf("%s-%06d", date, k)
}

// ImportReviews stores the reviews an analyst filled in the workbooks at
// paths, taking the store's lock so it never races a night's run: what
// each workbook changes (see Changed), by its last author or else the
// user running the import, in the order given, so the last one wins. It
// returns how many reviews changed and the rows that could not be read
// (a row whose status is not a review status is stored with its notes
// and the status it had).
func ImportReviews(ctx context.Context, dsn string, paths []string) (int, []string, error) {
	st, err := store.OpenExisting(ctx, dsn)
	if err != nil {
		return 0, nil, err
	}
	defer st.Close()
	lk, err := st.Lock(ctx)
	if err != nil {
		return 0, nil, err
	}
	defer lk.Release()
	stored, err := st.Reviews(ctx)
	if err != nil {
		return 0, nil, err
	}
	var all []analysis.Review
	var warnings []string
	// A workbook that names nobody (never saved by an analyst's Excel,
	// or saved without a user name) was reviewed by whoever imports it.
	opt := xlsx.ReadOptions{By: osUser()}
	for _, p := range paths {
		got, warns, err := xlsx.ReadReviewRows(p, opt)
		if err != nil {
			return 0, warnings, err
		}
		for _, w := range warns {
			warnings = append(warnings, p+": "+w)
		}
		all = append(all, Changed(got, stored, time.Now())...)
	}
	if _, err := st.PutReviews(ctx, all); err != nil {
		return 0, warnings, err
	}
	return len(all), warnings, nil
}
