//go:build unix

package pipeline

import (
	"context"
	"crosscheck/analysis"
	"encoding/json"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"
)

// TestInputFIFONoHang: a named pipe, a socket or a device in the input
// folder (or a link to one) is skipped without being opened; before, the
// open of the pipe blocked forever.
func TestInputFIFONoHang(t *testing.T) {
	dir := t.TempDir()
	discoverWrite(t, dir, map[string]string{"a.txt": discoverStory})
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	if err := os.Symlink("pipe.txt", filepath.Join(dir, "to-pipe.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/null", filepath.Join(dir, "null.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("nowhere.txt", filepath.Join(dir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "s.txt")
	if len(sock) < 100 {
		l, err := net.Listen("unix", sock)
		if err != nil {
			t.Fatal(err)
		}
		defer l.Close()
	}

	// Were a checked file to turn into a pipe before it is opened, the
	// open must not wait for a writer either, and the open file says
	// what it is.
	opened := make(chan error, 1)
	go func() {
		f, err := openInput(filepath.Join(dir, "pipe.txt"))
		if err == nil {
			var st os.FileInfo
			if st, err = f.Stat(); err == nil && checkRegular(st) == nil {
				err = errors.New("a named pipe passes as a regular file")
			}
			f.Close()
		}
		opened <- err
	}()
	select {
	case err := <-opened:
		if err != nil {
			t.Errorf("openInput(named pipe): %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("openInput(named pipe) blocks waiting for a writer")
	}

	for _, inputs := range [][]string{{dir}, {filepath.Join(dir, "pipe.txt")}} {
		rep, err := discoverProcess(t, Config{Inputs: inputs})
		if err != nil {
			t.Fatalf("Process(%q) = %v", inputs, err)
		}
		got := discoverByFile(t, rep)
		discoverWant(t, got, "pipe.txt", analysis.StatusSkipped, "not a regular file: named pipe (FIFO)")
		if len(inputs) > 1 || inputs[0] != dir {
			continue
		}
		discoverWant(t, got, "a.txt", analysis.StatusOK, "")
		discoverWant(t, got, "to-pipe.txt", analysis.StatusSkipped, "not a regular file: named pipe (FIFO)")
		discoverWant(t, got, "null.txt", analysis.StatusSkipped, "not a regular file: character device")
		discoverWant(t, got, "dangling.txt", analysis.StatusFailed, "unreadable: dangling link")
		if len(sock) < 100 {
			discoverWant(t, got, "s.txt", analysis.StatusSkipped, "not a regular file: socket")
		}
	}
}

// TestInputSymlinkedFolders: a folder given as a link is read, links to
// folders and files inside are followed, a loop is reported once, and
// hidden folders stay unentered even through a link.
func TestInputSymlinkedFolders(t *testing.T) {
	base := t.TempDir()
	discoverWrite(t, base, map[string]string{
		"2026-12-01/a.txt":      discoverStory,
		"2026-12-01/sub/b.txt":  "The Pentagon said on Thursday that 8,000 North Korean troops were in Kursk.\n",
		"other/c.txt":           "Kyiv put the number of North Korean troops at 11,000 on Friday.\n",
		"files/d.txt":           "Seoul said the figure could rise to 10,000 by December.\n",
		"2026-12-01/.git/x.txt": "Hidden folders are not read.\n",
	})
	day := filepath.Join(base, "2026-12-01")
	for link, target := range map[string]string{
		"today":                 "2026-12-01",
		"2026-12-01/more":       "../other",
		"2026-12-01/sub/back":   "..",
		"2026-12-01/self":       ".",
		"2026-12-01/d-link.txt": "../files/d.txt",
		"2026-12-01/.hidden":    "../other",
		"2026-12-01/sub/again":  "../../other",
	} {
		if err := os.Symlink(target, filepath.Join(base, link)); err != nil {
			t.Fatal(err)
		}
	}
	_ = day
	rep, err := discoverProcess(t, Config{Inputs: []string{filepath.Join(base, "today")}})
	if err != nil {
		t.Fatalf("Process(linked folder) = %v", err)
	}
	got := discoverByFile(t, rep)
	discoverWant(t, got, "a.txt", analysis.StatusOK, "")
	discoverWant(t, got, "sub/b.txt", analysis.StatusOK, "")
	discoverWant(t, got, "more/c.txt", analysis.StatusOK, "")
	discoverWant(t, got, "d-link.txt", analysis.StatusOK, "")
	discoverWant(t, got, "sub/back", analysis.StatusSkipped, "folder link loop")
	discoverWant(t, got, "self", analysis.StatusSkipped, "folder link loop")
	discoverWant(t, got, "sub/again", analysis.StatusSkipped, "same folder as more")
	for f := range got {
		if strings.Contains(f, ".git") || strings.Contains(f, ".hidden") {
			t.Errorf("%q read: hidden folders are not entered", f)
		}
	}
	if len(rep.Articles) != 7 {
		t.Errorf("%d entries, want 7", len(rep.Articles))
	}
}

// TestInputNonUTF8Names: a file name that is not valid UTF-8 is reported
// escaped, reversibly, and still read from its real path.
func TestInputNonUTF8Names(t *testing.T) {
	dir := t.TempDir()
	names := map[string]string{ // on disk -> in the report
		"caf\xe9.txt":            `caf\xe9.txt`,
		"d\xff/back\\sl\x80.txt": `d\xff/back\\sl\x80.txt`,
		"back\\slash.txt":        `back\slash.txt`,   // valid UTF-8: unchanged
		"plain\\x41.txt":         `plain\x5cx41.txt`, // valid, but would read as escaped
	}
	texts := []string{discoverStory, "Kyiv put the number of North Korean troops at 11,000 on Friday.\n", "Seoul said the figure could rise to 10,000 by December.\n", "Pyongyang denied on Monday that it had sent any troops to Russia.\n"}
	i := 0
	for name := range names {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(texts[i]), 0o644); err != nil {
			t.Skip("file names that are not UTF-8 are refused here:", err)
		}
		i++
	}
	rep, err := discoverProcess(t, Config{Inputs: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	got := discoverByFile(t, rep)
	for disk, file := range names {
		a, ok := got[file]
		if !ok {
			t.Errorf("%q: reported as %q, want %q", disk, keys(got), file)
			continue
		}
		if a.Status != analysis.StatusOK || a.Path != filepath.Join(dir, filepath.FromSlash(disk)) {
			t.Errorf("%q: status %s path %q (problems %q), want ok and the raw path", file, a.Status, a.Path, a.Problems)
		}
		if !utf8.ValidString(a.File) {
			t.Errorf("%q: File is not valid UTF-8", a.File)
		}
		if back := unescapeName(a.File); back != disk {
			t.Errorf("%q: unescapes to %q, want %q", a.File, back, disk)
		}
	}
	js, err := json.Marshal(rep.Articles)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(js), "\ufffd") {
		t.Errorf("report has a replacement character: names were shown lossily")
	}
}

func keys(m map[string]analysis.Article) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestInputReadCancelled: a read that blocks (here on a pipe no one
// writes to) returns once the run is cancelled.
func TestInputReadCancelled(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	defer r.Close()
	ctx, cancel := context.WithCancel(t.Context())
	time.AfterFunc(100*time.Millisecond, cancel)
	done := make(chan error, 1)
	go func() {
		_, err := readOpen(ctx, r, 0, 1<<20)
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, errReadCancelled) {
			t.Errorf("readOpen after cancel = %v, want errReadCancelled", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("readOpen blocked on a pipe still waiting 10s after the run was cancelled")
	}

	// A read the system cannot interrupt is abandoned, not waited for.
	ctx, cancel = context.WithCancel(t.Context())
	time.AfterFunc(100*time.Millisecond, cancel)
	stuck := make(chan struct{})
	defer close(stuck)
	go func() {
		_, err := awaitRead(ctx, func() ([]byte, error) { <-stuck; return nil, nil })
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, errReadCancelled) {
			t.Errorf("awaitRead after cancel = %v, want errReadCancelled", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("awaitRead still waiting 10s after the run was cancelled")
	}
}
