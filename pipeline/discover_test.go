package pipeline

import (
	"context"
	"crosscheck/analysis"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// discoverStory is a readable article, so files holding it are analysed.
const discoverStory = "Seoul's spy agency said on Wednesday that about 3,000 North Korean soldiers had been moved to Russia.\n\nThe Kremlin dismissed the reports.\n"

// discoverWrite writes name -> content files under dir, making folders.
func discoverWrite(tb testing.TB, dir string, files map[string]string) {
	tb.Helper()
	for name, data := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

// discoverProcess runs Process with a deadline, failing the test rather
// than hanging when the run blocks.
func discoverProcess(t *testing.T, cfg Config) (*analysis.Report, error) {
	t.Helper()
	const limit = 20 * time.Second
	ctx, cancel := context.WithTimeout(t.Context(), limit)
	defer cancel()
	if cfg.Workers == 0 {
		cfg.Workers = 2
	}
	type result struct {
		rep *analysis.Report
		err error
	}
	ch := make(chan result, 1)
	go func() {
		rep, err := Process(ctx, cfg)
		ch <- result{rep, err}
	}()
	select {
	case r := <-ch:
		return r.rep, r.err
	case <-time.After(limit + 5*time.Second):
		t.Fatalf("Process(%q) still running %v after its context was cancelled: it ignores cancellation", cfg.Inputs, 5*time.Second)
		return nil, nil
	}
}

// discoverByFile indexes a report's articles by File (JSONL records are
// not used here).
func discoverByFile(t *testing.T, rep *analysis.Report) map[string]analysis.Article {
	t.Helper()
	got := map[string]analysis.Article{}
	for _, a := range rep.Articles {
		if _, dup := got[a.File]; dup {
			t.Errorf("%q reported twice", a.File)
		}
		got[a.File] = a
	}
	return got
}

// discoverWant checks one article's status and that one of its problems
// starts with reason ("" for none required).
func discoverWant(t *testing.T, got map[string]analysis.Article, file string, status analysis.Status, reason string) {
	t.Helper()
	a, ok := got[file]
	if !ok {
		var names []string
		for k := range got {
			names = append(names, k)
		}
		t.Errorf("%q missing from the report; got %q", file, names)
		return
	}
	if a.Status != status {
		t.Errorf("%q status = %s (problems %q), want %s", file, a.Status, a.Problems, status)
	}
	if reason == "" {
		return
	}
	for _, p := range a.Problems {
		if strings.HasPrefix(p, reason) {
			return
		}
	}
	t.Errorf("%q problems = %q, want one starting %q", file, a.Problems, reason)
}

// TestInputRootMissing: a folder given as an input that does not exist
// stops the run before any file is read, with an error naming it.
func TestInputRootMissing(t *testing.T) {
	dir := t.TempDir()
	discoverWrite(t, dir, map[string]string{"good/a.txt": discoverStory})
	missing := filepath.Join(dir, "2026-12-01")
	for _, inputs := range [][]string{{missing}, {filepath.Join(dir, "good"), missing}} {
		rep, err := discoverProcess(t, Config{Inputs: inputs})
		var re *InputRootError
		if !errors.As(err, &re) {
			t.Fatalf("Process(%q) = %v, %v; want an *InputRootError", inputs, rep, err)
		}
		if rep != nil {
			t.Errorf("Process(%q) returned a report with the error", inputs)
		}
		if re.Path != missing || !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("Process(%q) error path %q, Is(ErrNotExist) %v; want %q, true", inputs, re.Path, errors.Is(err, fs.ErrNotExist), missing)
		}
		if want := "input folder " + missing + ": does not exist"; err.Error() != want {
			t.Errorf("Process(%q) error = %q, want %q", inputs, err, want)
		}
		if errors.Is(err, ErrNoInput) {
			t.Errorf("Process(%q) error is ErrNoInput; a missing folder is not an empty night", inputs)
		}
	}

	// An empty folder is an empty night, not a missing one.
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	_, err := discoverProcess(t, Config{Inputs: []string{empty}})
	var re *InputRootError
	if !errors.Is(err, ErrNoInput) || errors.As(err, &re) {
		t.Errorf("Process(empty folder) = %v, want ErrNoInput", err)
	}
}

// TestInputRootUnreadable: a folder given as an input that cannot be
// listed stops the run too.
func TestInputRootUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions are not enforced")
	}
	dir := t.TempDir()
	locked := filepath.Join(dir, "locked")
	discoverWrite(t, dir, map[string]string{"locked/a.txt": discoverStory})
	if err := os.Chmod(locked, 0o000); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(locked, 0o755)
	_, err := discoverProcess(t, Config{Inputs: []string{locked}})
	var re *InputRootError
	if !errors.As(err, &re) || re.Path != locked || !errors.Is(err, fs.ErrPermission) {
		t.Fatalf("Process(unreadable folder) = %v, want an *InputRootError for %s wrapping permission denied", err, locked)
	}
}

// TestInputUnsupportedNotRead: a file whose extension is not read is
// skipped for that reason whatever its size: it is never opened.
func TestInputUnsupportedNotRead(t *testing.T) {
	dir := t.TempDir()
	const maxSize = 4 << 10
	discoverWrite(t, dir, map[string]string{
		"a.txt":      discoverStory,
		"video.mp4":  strings.Repeat("x", 3*maxSize),
		"dump":       strings.Repeat("x", 3*maxSize),
		"report.pdf": "%PDF-1.7\n",
	})
	rep, err := discoverProcess(t, Config{Inputs: []string{dir}, MaxFileSize: maxSize})
	if err != nil {
		t.Fatal(err)
	}
	got := discoverByFile(t, rep)
	discoverWant(t, got, "a.txt", analysis.StatusOK, "")
	discoverWant(t, got, "video.mp4", analysis.StatusSkipped, "unsupported file type .mp4; crosscheck reads")
	discoverWant(t, got, "dump", analysis.StatusSkipped, "unsupported file type (no extension)")
	discoverWant(t, got, "report.pdf", analysis.StatusSkipped, "unsupported file type .pdf")
	for _, a := range rep.Articles {
		for _, p := range a.Problems {
			if strings.Contains(p, "max-size") {
				t.Errorf("%s: %q; an unsupported file is not read, so its size does not matter", a.File, p)
			}
		}
	}
}

// unescapeName reverses escapeName, as a reader of the report would.
func unescapeName(s string) string {
	if !hasHexEscape(s) {
		return s
	}
	var b []byte
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s) && s[i+1] == '\\':
			b = append(b, '\\')
			i++
		case s[i] == '\\' && i+3 < len(s) && s[i+1] == 'x' && isHexDigit(s[i+2]) && isHexDigit(s[i+3]):
			n, _ := strconv.ParseUint(s[i+2:i+4], 16, 8)
			b = append(b, byte(n))
			i += 3
		default:
			b = append(b, s[i])
		}
	}
	return string(b)
}

// TestInputEscapeName: names that are not valid UTF-8 are escaped into
// valid UTF-8, every name reversibly, and ordinary names are unchanged.
func TestInputEscapeName(t *testing.T) {
	for name, want := range map[string]string{
		"a.txt":               "a.txt",
		"caf\xe9.txt":         `caf\xe9.txt`,
		"sub/caf\xc3\xa9.txt": "sub/caf\u00e9.txt",
		"a\\b\xff":            `a\\b\xff`,
		`C:\dir\x.txt`:        `C:\dir\x.txt`,
		`a\x41`:               `a\x5cx41`,
		`a\\x41`:              `a\\x41`,
		"\ufffd.txt":          "\ufffd.txt",
	} {
		if got := escapeName(name); got != want {
			t.Errorf("escapeName(%q) = %q, want %q", name, got, want)
		}
	}
	seen := map[string]string{}
	alphabet := []byte{'a', '\\', 'x', '4', 'f', '/', 0xc3, 0xa9, 0xff, 0x80}
	var gen func(prefix []byte, depth int)
	gen = func(prefix []byte, depth int) {
		name := string(prefix)
		esc := escapeName(name)
		if !utf8.ValidString(esc) {
			t.Errorf("escapeName(%q) = %q, not valid UTF-8", name, esc)
		}
		if back := unescapeName(esc); back != name {
			t.Errorf("escapeName(%q) = %q, which reads back as %q", name, esc, back)
		}
		if prev, dup := seen[esc]; dup {
			t.Errorf("escapeName(%q) = escapeName(%q) = %q", name, prev, esc)
		}
		seen[esc] = name
		if depth == 0 {
			return
		}
		for _, c := range alphabet {
			gen(append(prefix[:len(prefix):len(prefix)], c), depth-1)
		}
	}
	gen(nil, 5)
}
