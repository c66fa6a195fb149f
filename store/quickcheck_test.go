package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/analysis"
)

// TestOpenDamaged: a store with damaged pages is refused at open, with
// ErrDamaged and a message naming the file and what quick_check found,
// even when nothing the caller does would read those pages.
func TestOpenDamaged(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crosscheck.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var arts []analysis.Article
	for i := range 400 {
		arts = append(arts, article(t, i, "2026-11-20", ""))
	}
	if err := s.Commit(ctx, night(date(t, "2026-11-21"), arts, 5)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + "-wal"); err == nil {
		t.Fatal("the WAL was not checkpointed on close")
	}

	// Overwrite four pages in the middle of the file.
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	const page = 4096
	pages := st.Size() / page
	if pages < 40 {
		t.Fatalf("store has only %d pages", pages)
	}
	junk := []byte(strings.Repeat("\xa5crosscheck damage ", 4*page/19+1))[:4*page]
	if _, err := f.WriteAt(junk, (pages/2)*page); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}

	for name, open := range map[string]func(context.Context, string) (*Store, error){"Open": Open, "OpenExisting": OpenExisting} {
		s, err := open(ctx, path)
		if err == nil {
			// What a night would read of it still works: that is the danger.
			_, _, werr := s.Window(ctx, date(t, "2026-11-21"), date(t, "2026-11-21"))
			s.Close()
			t.Errorf("%s of a damaged store succeeded (reading tonight's window: %v)", name, werr)
			continue
		}
		t.Logf("%s: %v", name, err)
		if !errors.Is(err, ErrDamaged) {
			t.Errorf("%s = %v, want ErrDamaged", name, err)
		}
		for _, want := range []string{path, "damaged", "quick_check", "page"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("%s = %q, want it to contain %q", name, err, want)
			}
		}
	}

	// A sound store opens.
	mustOpen(t, filepath.Join(t.TempDir(), "sound.db"))
}
