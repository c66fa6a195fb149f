package main

import (
	"io"
	"os"
	"sync"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
)

// progress is the bar shown on an interactive terminal while inputs are
// read. Under cron, systemd or a pipe there is none: nothing but log lines
// reaches the operator's mail or journal.
type progress struct {
	mu   sync.Mutex
	bar  *progressbar.ProgressBar
	w    io.Writer
	done int
}

// newProgress returns a bar on w, or nil when mode is "never", -q is
// given, or (mode "auto") w is not a terminal.
func newProgress(w io.Writer, mode string, quiet bool) *progress {
	if mode == "never" || quiet {
		return nil
	}
	if mode == "auto" {
		f, ok := w.(*os.File)
		if !ok || !(isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())) {
			return nil
		}
	}
	return &progress{w: w}
}

// update is pipeline.Config.Progress: called by the workers after each
// input file.
func (p *progress) update(done, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar == nil {
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetDescription("reading articles"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("files"),
			progressbar.OptionThrottle(100_000_000),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionSetPredictTime(true),
		)
	}
	// Workers report out of order; the bar only moves forward.
	if done > p.done {
		p.done = done
		_ = p.bar.Set(done)
	}
}

// finish clears the bar; safe on a nil progress.
func (p *progress) finish() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
