package report

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// tempPattern is the os.CreateTemp pattern of a staged report: hidden,
// named after its target, and carrying the writer's process ID so that a
// later run can tell the leftovers of a killed process from the files of
// a live one.
func tempPattern(base string) string {
	return "." + base + ".tmp-" + strconv.Itoa(os.Getpid()) + "-*"
}

// PublishFile puts one staged report in place under f.Final, never over
// a file with other content. It is idempotent, so a run can finish a
// publication that a killed run began:
//
//   - Final already holds f's content (same size and SHA-256): done;
//   - the staged file holds it: it is linked (or, where links are not
//     supported, renamed) to Final, and the staged file removed;
//   - neither: ErrStagedGone, and the caller writes the report again.
//
// Final taken by another file is an *fs.PathError with fs.ErrExist.
func PublishFile(f StagedFile) error {
	if ok, err := holds(f.Final, f.Size, f.SHA256); err != nil {
		return err
	} else if ok {
		os.Remove(f.Staged)
		return nil
	}
	if _, err := os.Lstat(f.Final); err == nil {
		return &fs.PathError{Op: "publish", Path: f.Final, Err: fs.ErrExist}
	}
	ok, err := holds(f.Staged, f.Size, f.SHA256)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("%w: %s", ErrStagedGone, f.Staged)
	}
	if err := os.Link(f.Staged, f.Final); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return &fs.PathError{Op: "publish", Path: f.Final, Err: fs.ErrExist}
		}
		if err := noClobberRename(f.Staged, f.Final); err != nil {
			return fmt.Errorf("move %s into place: %w", f.Final, err)
		}
	}
	os.Remove(f.Staged)
	syncDir(filepath.Dir(f.Final))
	return nil
}

// InPlace reports whether f.Final already holds f's content.
func InPlace(f StagedFile) bool {
	ok, err := holds(f.Final, f.Size, f.SHA256)
	return ok && err == nil
}

// ErrStagedGone is returned by PublishFile when the staged file of a
// report is missing or no longer holds what was staged.
var ErrStagedGone = errors.New("the staged report is missing or changed")

// holds reports whether the file at path has the given size and SHA-256.
// A missing file does not hold it; any other error is returned.
func holds(path string, size int64, sum string) (bool, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return false, err
	}
	if !st.Mode().IsRegular() || st.Size() != size {
		return false, nil
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return false, err
	}
	return hex.EncodeToString(h.Sum(nil)) == sum, nil
}

// FreeNames returns the paths of files (base names) in dir under the
// first suffix ("", "-2", "-3" ...) free for all of them.
func FreeNames(dir string, names []string) ([]string, error) { return freeNames(dir, names) }

// syncDir flushes a folder's entries to disk, so a published name
// survives a power loss; errors are ignored (not every file system
// supports it).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// SpillPrefix starts the name of the folder in OUT where a run's writers
// and the review import spill large data ("SpillPrefix PID-RANDOM").
const SpillPrefix = ".crosscheck-spill-"

// SpillDir makes the spill folder of this process under out.
func SpillDir(out string) (string, error) {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return "", err
	}
	return os.MkdirTemp(out, SpillPrefix+strconv.Itoa(os.Getpid())+"-*")
}

// Leftovers returns the temporary files a killed run left under out:
// staged reports and review-import spill folders in the night folders
// (OUT/*/".crosscheck-" ... ".tmp-PID-*") and
// spill folders (OUT/SpillPrefix PID-*) whose process is gone, or that
// this very process could not have made yet (a reused process ID),
// except those in keep. Staged reports from an older crosscheck, without
// a process ID, count when they are over an hour old.
func Leftovers(out string, keep map[string]bool) []string {
	var found []string
	if entries, err := os.ReadDir(out); err == nil {
		for _, e := range entries {
			if name := e.Name(); e.IsDir() && strings.HasPrefix(name, SpillPrefix) && !keep[filepath.Join(out, name)] {
				pidText, _, _ := strings.Cut(strings.TrimPrefix(name, SpillPrefix), "-")
				if pid, err := strconv.Atoi(pidText); err == nil && pid > 0 && !processAlive(pid) {
					found = append(found, filepath.Join(out, name))
				}
			}
		}
	}
	dirs, _ := filepath.Glob(filepath.Join(out, "*"))
	for _, dir := range dirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		for _, e := range entries {
			name := e.Name()
			if !strings.HasPrefix(name, ".crosscheck-") {
				continue
			}
			i := strings.LastIndex(name, ".tmp-")
			if i < 0 {
				continue
			}
			p := filepath.Join(dir, name)
			if keep[p] {
				continue
			}
			if leftover(name[i+len(".tmp-"):], e) {
				found = append(found, p)
			}
		}
	}
	return found
}

// leftover decides on the tail of a staged file's name, "PID-RANDOM" (or
// "RANDOM" from an older crosscheck).
func leftover(tail string, e fs.DirEntry) bool {
	pidText, _, ok := strings.Cut(tail, "-")
	if pid, err := strconv.Atoi(pidText); ok && err == nil && pid > 0 {
		// This process stages its reports after looking for leftovers,
		// so a file with its own ID is an earlier process's.
		return pid == os.Getpid() || !processAlive(pid)
	}
	info, err := e.Info()
	return err == nil && info.ModTime().Before(timeNow().Add(-oldTemp))
}

// oldTemp is the age past which a staged file without a process ID is a
// leftover.
const oldTemp = time.Hour

// timeNow is time.Now, replaced in tests.
var timeNow = time.Now
