// Package testutil holds what the tests of every package share: golden
// files with -update, and the seed fixtures and their gold annotation,
// found from the module's root wherever the test runs.
//
// It imports nothing of crosscheck's, so any package's tests can use it.
package testutil

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// update rewrites golden files under testdata instead of comparing with
// them: go test ./analysis/clean -run TestCleanGolden -update.
var update = flag.Bool("update", false, "rewrite golden files under testdata instead of comparing")

// Updating reports whether the tests run with -update.
func Updating() bool { return *update }

// CheckGolden compares got with the golden file at path (relative to the
// test's package), or rewrites the file when -update is set. Golden files
// hold what a reader sees (a cleaned body, cells, page text), not the
// bytes of a binary output.
func CheckGolden(tb testing.TB, path string, got []byte) {
	tb.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatalf("update golden: %v", err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatalf("update golden: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("read golden (run with -update to create it): %v", err)
	}
	if !bytes.Equal(got, want) {
		tb.Errorf("%s differs from the output (run with -update to accept):\n%s", path, firstDiff(want, got))
	}
}

// firstDiff describes the first line where want and got differ.
func firstDiff(want, got []byte) string {
	wl := bytes.Split(want, []byte("\n"))
	gl := bytes.Split(got, []byte("\n"))
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g []byte
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if !bytes.Equal(w, g) || i >= len(wl) || i >= len(gl) {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + string(w) + "\n  got:  " + string(g)
		}
	}
	return "(no line differs)"
}

// Root returns the module's root folder: the nearest folder above the
// test's working folder that holds go.mod.
func Root(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			tb.Fatal("no go.mod above the test's folder")
		}
		dir = up
	}
}

// FixtureDir is the folder of the seed articles, fixtures/articles.
func FixtureDir(tb testing.TB) string {
	tb.Helper()
	return filepath.Join(Root(tb), "fixtures", "articles")
}

// GoldFile is the seed articles' gold annotation, fixtures/gold/seeds.json.
func GoldFile(tb testing.TB) string {
	tb.Helper()
	return filepath.Join(Root(tb), "fixtures", "gold", "seeds.json")
}

// FixtureNames lists the seed articles (.txt), sorted.
func FixtureNames(tb testing.TB) []string {
	tb.Helper()
	dir := FixtureDir(tb)
	entries, err := os.ReadDir(dir)
	if err != nil {
		tb.Fatalf("read fixtures: %v", err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".txt") {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		tb.Fatalf("no fixtures in %s", dir)
	}
	return names
}

// ReadFixture returns the bytes of one seed article.
func ReadFixture(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join(FixtureDir(tb), name))
	if err != nil {
		tb.Fatalf("read fixture: %v", err)
	}
	return data
}

// Archive is a txtar archive: a comment, then named files, each
// introduced by a line "-- NAME --". Regression cases are one such file:
// the articles of the case and the output wanted from them.
type Archive struct {
	Comment string
	Files   []ArchiveFile
}

// ArchiveFile is one file of an Archive.
type ArchiveFile struct {
	Name string
	Data string
}

// ParseArchive reads a txtar archive.
func ParseArchive(data string) Archive {
	var a Archive
	cur := -1
	var b strings.Builder
	flush := func() {
		if cur < 0 {
			a.Comment = b.String()
		} else {
			a.Files[cur].Data = b.String()
		}
		b.Reset()
	}
	for line := range strings.SplitAfterSeq(data, "\n") {
		t := strings.TrimRight(line, "\r\n")
		if strings.HasPrefix(t, "-- ") && strings.HasSuffix(t, " --") && len(t) > 6 {
			flush()
			a.Files = append(a.Files, ArchiveFile{Name: strings.TrimSpace(t[3 : len(t)-3])})
			cur = len(a.Files) - 1
			continue
		}
		b.WriteString(line)
	}
	flush()
	return a
}

// Format writes the archive back as txtar; every file ends in a newline.
func (a Archive) Format() string {
	var b strings.Builder
	b.WriteString(a.Comment)
	for _, f := range a.Files {
		b.WriteString("-- " + f.Name + " --\n")
		b.WriteString(f.Data)
		if f.Data != "" && !strings.HasSuffix(f.Data, "\n") {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// File returns the named file's data and whether the archive has it.
func (a Archive) File(name string) (string, bool) {
	for _, f := range a.Files {
		if f.Name == name {
			return f.Data, true
		}
	}
	return "", false
}

// SetFile replaces the named file's data, or adds the file.
func (a *Archive) SetFile(name, data string) {
	for i := range a.Files {
		if a.Files[i].Name == name {
			a.Files[i].Data = data
			return
		}
	}
	a.Files = append(a.Files, ArchiveFile{Name: name, Data: data})
}
