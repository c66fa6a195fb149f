package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"crosscheck/analysis"
)

// backupKillEnv, when set to "STORE|TARGET", makes
// TestBackupKilledHelper back STORE up to TARGET and exit at once, as if
// killed, when the copy is made and verified but not yet named TARGET.
const backupKillEnv = "CROSSCHECK_STORE_BACKUP_KILL"

// backupExitCode is the helper's exit code when it "was killed".
const backupExitCode = 7

// TestBackupKilledHelper is the process TestBackupKilled kills; it does
// nothing in an ordinary test run.
func TestBackupKilledHelper(t *testing.T) {
	arg := os.Getenv(backupKillEnv)
	if arg == "" {
		t.Skip("only run by TestBackupKilled")
	}
	src, target, _ := strings.Cut(arg, "|")
	s, err := OpenExisting(context.Background(), src)
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(1)
	}
	backupHook = func(stage, _ string) {
		if stage == "verified" {
			os.Exit(backupExitCode) // no deferred clean-up, like a kill
		}
	}
	err = s.Backup(context.Background(), target)
	fmt.Println("backup returned:", err)
	os.Exit(1)
}

// filledStore returns a SQLite store holding a few nights, its path and
// its row counts.
func filledStore(t *testing.T) (*Store, string) {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crosscheck.db")
	s := mustOpen(t, path)
	for d, day := range []string{"2026-11-20", "2026-11-21"} {
		var arts []analysis.Article
		for i := range 40 {
			arts = append(arts, article(t, 100*d+i, day, ""))
		}
		run, err := s.StartRun(ctx, date(t, day), nil, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		n := night(date(t, day), arts, 3)
		n.RunID = run
		if err := s.Commit(ctx, n); err != nil {
			t.Fatal(err)
		}
	}
	return s, path
}

// tempFiles lists the backup's temporary files beside target.
func tempFiles(t *testing.T, target string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(filepath.Dir(target), "."+filepath.Base(target)+".tmp-*"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// checkBackup opens the backup at path and compares its rows with s's.
func checkBackup(t *testing.T, s *Store, path string) {
	t.Helper()
	b, err := OpenExisting(context.Background(), path)
	if err != nil {
		t.Fatalf("open the backup: %v", err)
	}
	defer b.Close()
	want, got := counts(t, s), counts(t, b)
	want["locks"], got["locks"] = 0, 0
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("backup holds %v, want %v", got, want)
	}
}

// TestBackupKilled: a backup killed after the copy is written but before
// it is given its name leaves nothing under the name, and a retry works
// (and removes the killed attempt's temporary file).
func TestBackupKilled(t *testing.T) {
	s, src := filledStore(t)
	target := filepath.Join(t.TempDir(), "backup.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestBackupKilledHelper$")
	cmd.Env = append(os.Environ(), backupKillEnv+"="+src+"|"+target)
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != backupExitCode {
		t.Fatalf("helper: %v, want exit %d\n%s", err, backupExitCode, out)
	}
	if _, err := os.Lstat(target); !errors.Is(err, os.ErrNotExist) {
		st, _ := os.Stat(target)
		t.Fatalf("a killed backup left %s (%v, size %d): restoring it would lose history", target, err, st.Size())
	}
	left := tempFiles(t, target)
	if len(left) == 0 {
		t.Fatal("the killed backup left no temporary file: was it killed where the test means?")
	}
	// An earlier attempt's leftovers are older than the retry.
	old := time.Now().Add(-time.Hour)
	for _, f := range left {
		if err := os.Chtimes(f, old, old); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Backup(context.Background(), target); err != nil {
		t.Fatalf("Backup after a killed backup = %v", err)
	}
	checkBackup(t, s, target)
	if left := tempFiles(t, target); len(left) != 0 {
		t.Errorf("temporary files left after the retry: %v", left)
	}
}

// TestBackupVerifies: a copy that lost rows or pages is not given the
// backup's name, and its temporary file is removed.
func TestBackupVerifies(t *testing.T) {
	s, _ := filledStore(t)
	ctx := context.Background()
	for _, tc := range []struct {
		name   string
		damage func(t *testing.T, tmp string)
		want   string
	}{
		{"rows lost", func(t *testing.T, tmp string) {
			db, err := sql.Open("sqlite", tmp)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if _, err := db.Exec(`DELETE FROM claims WHERE rowid % 2 = 0`); err != nil {
				t.Fatal(err)
			}
		}, "the copy has 120 claims, the store 240"},
		{"truncated", func(t *testing.T, tmp string) {
			st, err := os.Stat(tmp)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.Truncate(tmp, st.Size()/2); err != nil {
				t.Fatal(err)
			}
		}, "the copy is damaged (PRAGMA integrity_check reports: "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			target := filepath.Join(t.TempDir(), "backup.db")
			backupHook = func(stage, tmp string) {
				if stage == "copied" {
					tc.damage(t, tmp)
				}
			}
			defer func() { backupHook = nil }()
			err := s.Backup(ctx, target)
			t.Log(err)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Backup with a damaged copy = %v, want an error containing %q", err, tc.want)
			}
			if _, err := os.Lstat(target); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("a failed backup left %s (%v)", target, err)
			}
			if left := tempFiles(t, target); len(left) != 0 {
				t.Errorf("temporary files left after a failed backup: %v", left)
			}
		})
	}
}

// TestBackupCommitWhileCopying: a night committed after the store's rows
// are first counted, before VACUUM INTO, is in the copy, and the copy
// verifies.
func TestBackupCommitWhileCopying(t *testing.T) {
	s, _ := filledStore(t)
	ctx := context.Background()
	target := filepath.Join(t.TempDir(), "backup.db")
	var arts []analysis.Article
	for i := range 30 {
		arts = append(arts, article(t, 5000+i, "2026-11-22", ""))
	}
	backupHook = func(stage, _ string) {
		if stage == "counted" {
			if err := s.Commit(ctx, night(date(t, "2026-11-22"), arts, 2)); err != nil {
				t.Error(err)
			}
		}
	}
	defer func() { backupHook = nil }()
	if err := s.Backup(ctx, target); err != nil {
		t.Fatalf("Backup with a commit while copying = %v", err)
	}
	backupHook = nil
	checkBackup(t, s, target)
}

// TestBackupDuringCommits: backups taken while nights are committed
// verify (the copy is a snapshot between the counts taken around it).
func TestBackupDuringCommits(t *testing.T) {
	s, _ := filledStore(t)
	ctx := context.Background()
	done := make(chan error, 1)
	go func() {
		for d := range 6 {
			day := fmt.Sprintf("2026-12-%02d", d+1)
			var arts []analysis.Article
			for i := range 60 {
				arts = append(arts, article(t, 1000*(d+1)+i, day, ""))
			}
			if err := s.Commit(ctx, night(date(t, day), arts, 4)); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	dir := t.TempDir()
	for i := range 4 {
		if err := s.Backup(ctx, filepath.Join(dir, fmt.Sprintf("b%d.db", i))); err != nil {
			t.Errorf("Backup %d during commits = %v", i, err)
		}
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestBackupExistingTarget: an existing file, or a symlink, is never
// replaced.
func TestBackupExistingTarget(t *testing.T) {
	s, _ := filledStore(t)
	dir := t.TempDir()
	target := filepath.Join(dir, "backup.db")
	if err := os.WriteFile(target, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.db")
	if err := os.Symlink(filepath.Join(dir, "nowhere.db"), link); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{target, link} {
		if err := s.Backup(context.Background(), p); err == nil || !strings.Contains(err.Error(), p+" already exists; give a new file name") {
			t.Errorf("Backup to %s = %v, want it refused", p, err)
		}
	}
	if b, _ := os.ReadFile(target); string(b) != "keep me" {
		t.Errorf("the existing file was changed: %q", b)
	}
	if _, err := os.Lstat(filepath.Join(dir, "nowhere.db")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Backup wrote through a symlink: %v", err)
	}
	if left := tempFiles(t, target); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}
