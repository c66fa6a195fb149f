package nightly

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"crosscheck/analysis"
	"crosscheck/pipeline"
	"crosscheck/report"
	"crosscheck/store"
)

// ErrNoUsableInput is returned when the night had inputs but none of
// them could be analysed (all failed or were skipped): the night fails
// before anything is committed or published.
var ErrNoUsableInput = errors.New("no input could be analysed")

// usable fails a report whose inputs all failed or were skipped, naming
// the first few and why.
func usable(rep *analysis.Report) error {
	c := rep.Counts()
	if c[analysis.StatusOK] > 0 || c[analysis.StatusStored] > 0 || c[analysis.StatusFailed]+c[analysis.StatusSkipped] == 0 {
		return nil
	}
	var why []string
	for _, a := range rep.Articles {
		if len(why) == 5 {
			why = append(why, "…")
			break
		}
		why = append(why, a.File+": "+strings.Join(a.Problems, "; "))
	}
	return fmt.Errorf("%w: %d failed, %d skipped (%s)", ErrNoUsableInput,
		c[analysis.StatusFailed], c[analysis.StatusSkipped], strings.Join(why, " | "))
}

// stamp records the night and the run's time on a report.
func stamp(rep *analysis.Report, opt Options, date analysis.Date) {
	rep.Generated = opt.RunTime.UTC().Format(time.RFC3339)
	rep.Night = date.String()
}

// checkWritable makes sure the night's folder, or the nearest folder
// above it that exists, takes files, so that a read-only or missing
// output folder fails the run before its work. It leaves nothing behind.
func checkWritable(dir string) error {
	at := dir
	for {
		st, err := os.Stat(at)
		if err == nil {
			if !st.IsDir() {
				return fmt.Errorf("output folder %s: %s is not a folder", dir, at)
			}
			break
		}
		if !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR) {
			return fmt.Errorf("output folder %s: %w", dir, err)
		}
		up := filepath.Dir(at)
		if up == at {
			return fmt.Errorf("output folder %s: %w", dir, err)
		}
		at = up
	}
	f, err := os.CreateTemp(at, ".crosscheck-write-check-*")
	if err != nil {
		return fmt.Errorf("output folder %s is not writable: %w", at, unwrapPath(err))
	}
	name := f.Name()
	f.Close()
	os.Remove(name)
	return nil
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// publish gives a committed night's staged reports their names, all
// under one suffix, and records them in the store. The names were chosen
// at the commit; if one has been taken since (by something other than
// crosscheck, which holds the lock), the whole set moves to the next free
// suffix. note, when not empty, completes the run's log entry (a run
// finishing another's publication). It returns the paths published.
func (n *night) publish(ctx context.Context, runID int64, pubs []store.Publication, note string) ([]string, error) {
	for attempt := 0; ; attempt++ {
		var done []string
		clash := false
		for i, p := range pubs {
			if i > 0 {
				n.stage("publish:" + p.Format)
			}
			err := report.PublishFile(stagedFile(p))
			if errors.Is(err, fs.ErrExist) && attempt < 3 {
				clash = true
				break
			}
			if err != nil {
				return nil, err
			}
			done = append(done, p.Final)
		}
		if !clash {
			if err := n.st.Published(ctx, runID, pubs, note); err != nil {
				return done, err
			}
			return done, nil
		}
		// Move the set to a suffix free for all of it; the files already
		// published under the old names become the staged copies.
		for i := range pubs {
			if i < len(done) {
				pubs[i].Staged = done[i]
			}
		}
		names := make([]string, len(pubs))
		for i, p := range pubs {
			names[i] = filepath.Base(p.Final)
		}
		finals, err := report.FreeNames(filepath.Dir(pubs[0].Final), baseNames(names))
		if err != nil {
			return nil, err
		}
		for i := range pubs {
			pubs[i].Final = finals[i]
		}
	}
}

// baseNames strips a "-N" run suffix from report names, so that a set
// moved to a new suffix is named from its night ("crosscheck-DATE-2.json"
// becomes "crosscheck-DATE.json", for FreeNames to suffix again).
func baseNames(names []string) []string {
	out := make([]string, len(names))
	for i, name := range names {
		ext := filepath.Ext(name)
		stem := strings.TrimSuffix(name, ext)
		if j := strings.LastIndexByte(stem, '-'); j > len("crosscheck-0000-00-00")-1 && strings.HasPrefix(stem, "crosscheck-") {
			stem = stem[:j]
		}
		out[i] = stem + ext
	}
	return out
}

// recoverPublications finishes the publication of every committed night
// whose reports did not all get their names (the run was killed between
// its commit and the end of publishing): from the staged files when they
// are intact, or else written again from the store. It says what it did.
func (n *night) recoverPublications(ctx context.Context) ([]string, error) {
	pubs, err := n.st.Unpublished(ctx)
	if err != nil {
		return nil, err
	}
	var recovered []string
	for len(pubs) > 0 {
		j := 1
		for j < len(pubs) && pubs[j].RunID == pubs[0].RunID {
			j++
		}
		group := pubs[:j:j]
		pubs = pubs[j:]
		runID, night := group[0].RunID, group[0].Night
		note := fmt.Sprintf("committed; its reports were published by run %d after the run stopped before publishing them", n.runID)
		paths, err := n.publish(ctx, runID, group, note)
		how := "from the files it had staged"
		if errors.Is(err, report.ErrStagedGone) {
			how = "written again from the store (its staged files were gone)"
			paths, err = n.rewrite(ctx, runID, night, group, note)
		}
		if err != nil {
			return nil, fmt.Errorf("publishing the reports of run %d (night %s), which stopped after committing: %w", runID, night, err)
		}
		n.cfg.Logger.Warn("published the reports of an earlier run that stopped after committing its night, before publishing them",
			"run", runID, "night", night.String(), "how", how, "files", strings.Join(paths, ", "))
		recovered = append(recovered, paths...)
	}
	return recovered, nil
}

// rewrite writes the reports of a committed night again from the store:
// the night's stored articles and the window before it, compared again,
// with each discrepancy marked as the night's commit recorded it (new if
// first seen that night, changed if last changed that night). Inputs the
// night skipped or failed are not stored, so they are missing from it.
func (n *night) rewrite(ctx context.Context, runID int64, date analysis.Date, pubs []store.Publication, note string) ([]string, error) {
	cfg := n.cfg
	cfg.Now = time.Date(date.Year, date.Month, date.Day, 12, 0, 0, 0, time.UTC)
	cfg.Inputs = nil
	old := *n
	old.cfg, old.date, old.runID = cfg, date, runID
	rep := pipeline.NewReport(cfg.Now, nil)
	stamp(rep, n.opt, date)
	from := date.AddDays(-n.opt.WindowDays)
	stored, err := old.addWindow(ctx, rep, from)
	if err != nil {
		return nil, err
	}
	fresh := 0
	for i := range rep.Articles {
		if rep.Articles[i].FirstSeen == date {
			rep.Articles[i].Status = analysis.StatusOK
			fresh++
		}
	}
	pipeline.Reduce(rep, cfg)
	reviews, err := n.st.Reviews(ctx)
	if err != nil {
		return nil, err
	}
	states, err := n.st.DiscrepancyStates(ctx)
	if err != nil {
		return nil, err
	}
	markAsOf(rep.Discrepancies, states, reviews, date)
	rep.Run = &analysis.RunInfo{Number: runID, Night: date, WindowFrom: from, WindowDays: n.opt.WindowDays,
		New: fresh, Stored: stored - fresh, Store: n.st.Kind()}

	// Reports already in place stay; the others are written again, under
	// the names the night chose where those are free.
	var kept, missing []store.Publication
	free := true
	for _, p := range pubs {
		if report.InPlace(stagedFile(p)) {
			kept = append(kept, p)
			continue
		}
		missing = append(missing, p)
		if _, err := os.Lstat(p.Final); err == nil {
			free = false
		}
	}
	if !free {
		kept, missing = nil, pubs // the whole set moves to a free suffix
	}
	formats := make([]report.Writer, 0, len(missing))
	for _, p := range missing {
		for _, w := range report.Writers {
			if w.Name == p.Format {
				formats = append(formats, w)
			}
		}
	}
	staged, err := report.Stage(ctx, filepath.Join(n.opt.Out, date.String()), rep, formats, n.opt.Report)
	if err != nil {
		return nil, err
	}
	defer staged.Discard()
	files, err := staged.Files()
	if err != nil {
		return nil, err
	}
	finals := make([]string, len(missing))
	for i, p := range missing {
		finals[i] = p.Final
	}
	if !free {
		names := make([]string, len(missing))
		for i, p := range missing {
			names[i] = filepath.Base(p.Final)
		}
		if finals, err = report.FreeNames(filepath.Dir(missing[0].Final), baseNames(names)); err != nil {
			return nil, err
		}
	}
	again := kept
	for i, f := range files {
		f.Final = finals[i]
		again = append(again, publication(runID, date, f))
	}
	return n.publish(ctx, runID, again, note)
}

// publication is the store's record of a staged report a run commits.
func publication(runID int64, night analysis.Date, f report.StagedFile) store.Publication {
	return store.Publication{RunID: runID, Format: f.Format, Night: night,
		Staged: f.Staged, Final: f.Final, Size: f.Size, SHA256: f.SHA256}
}

// stagedFile is the staged report a publication records.
func stagedFile(p store.Publication) report.StagedFile {
	return report.StagedFile{Format: p.Format, Staged: p.Staged, Final: p.Final, Size: p.Size, SHA256: p.SHA256}
}

// markAsOf marks discrepancies as a committed night recorded them: new
// when first seen that night, changed when last changed that night,
// unchanged otherwise.
func markAsOf(ds []analysis.Discrepancy, states map[string]store.DiscrepancyState, reviews map[string]analysis.Review, night analysis.Date) {
	for i := range ds {
		d := &ds[i]
		s, ok := states[d.ID]
		switch {
		case !ok || s.FirstSeen == night:
			d.Mark, d.FirstSeen, d.LastChanged = analysis.MarkNew, night, night
			if ok {
				d.FirstSeen, d.LastChanged = s.FirstSeen, s.LastChanged
			}
		case s.LastChanged == night:
			d.Mark, d.FirstSeen, d.LastChanged = analysis.MarkChanged, s.FirstSeen, s.LastChanged
		default:
			d.Mark, d.FirstSeen, d.LastChanged = analysis.MarkUnchanged, s.FirstSeen, s.LastChanged
		}
		if r, ok := reviews[d.ID]; ok {
			d.Review = &r
		}
	}
	analysis.Rank(ds)
}

// cleanLeftovers removes what killed runs left in the output folder:
// staged reports of processes that are gone (those a committed night
// still needs were published just before), and spill folders of the
// workbook reader.
func (n *night) cleanLeftovers() {
	for _, p := range report.Leftovers(n.opt.Out, map[string]bool{n.opt.Report.TmpDir: true}) {
		if err := os.RemoveAll(p); err == nil {
			n.cfg.Logger.Info("removed a temporary file left by a run that was killed", "file", p)
		}
	}
}

// logFailedNight records in an existing store's run log a night that
// failed before it began (its input folder is missing), so that
// `crosscheck runs` shows it; a store that does not exist yet is not
// created for it, and a store in use is left alone.
func logFailedNight(ctx context.Context, opt Options, runErr error) {
	if opt.DB == "" {
		return
	}
	st, err := store.OpenExisting(ctx, opt.DB)
	if err != nil {
		return
	}
	defer st.Close()
	lk, err := st.Lock(ctx)
	if err != nil {
		return
	}
	defer lk.Release()
	date := analysis.DateOf(opt.Analysis.Now)
	id, err := st.StartRun(ctx, date, opt.Analysis.Inputs, time.Now())
	if err != nil {
		return
	}
	st.FinishRun(context.WithoutCancel(ctx), store.RunRecord{ID: id, Night: date, Ended: time.Now(), Outcome: store.OutcomeFailed, Error: runErr.Error()})
}
