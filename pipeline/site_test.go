package pipeline

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"crosscheck/analysis"
)

// writeSitePages writes three pages of one site and one of another, each
// ending with the same "about us" paragraph, one JSONL file each (a.jsonl
// to d.jsonl), so that the furniture must be learnt across files.
func writeSitePages(tb testing.TB) string {
	tb.Helper()
	dir := tb.TempDir()
	about := "The Harbour Courier is an independent newspaper founded in 1921 and read by 40,000 households every week across the region."
	stories := []struct{ url, title, text string }{
		{"https://www.harbourcourier.example/a", "Ferry strike called off", "The union called off the ferry strike after the operator offered a pay rise of 6%, a spokesman said on Monday.\n\nAbout 2,300 passengers a day use the crossing."},
		{"https://harbourcourier.example/b", "New lifeboat for the harbour", "The lifeboat station received a new boat worth £2.6 million on Saturday, the charity said.\n\nVolunteers launched 87 times last year."},
		{"https://harbourcourier.example/c", "Fish market to move", "The fish market will move to the east quay in 2026, the port authority said, at a cost of £14 million.\n\nTraders said 30 stalls would close during the move."},
		{"https://othergazette.example/d", "School roof repaired", "Workers finished repairing the school roof on Friday after a storm tore off 120 tiles, the head teacher said."},
	}
	for i, s := range stories {
		rec, err := json.Marshal(map[string]string{"url": s.url, "title": s.title, "published": "2025-03-0" + string(rune('1'+i)), "text": s.title + "\n\n" + s.text + "\n\n" + about})
		if err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, string(rune('a'+i))+".jsonl"), append(rec, '\n'), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

// TestRunLearnsSiteFurniture: a paragraph every page of a site repeats
// (its "about us", with a figure) is no claim of any of them, whichever
// file each page is in and however many workers run; the same paragraph
// on a single page of another site is kept.
func TestRunLearnsSiteFurniture(t *testing.T) {
	dir := writeSitePages(t)
	var first string
	for _, workers := range []int{1, 3} {
		rep, err := Run(context.Background(), Config{Inputs: []string{dir}, Workers: workers, Now: time.Date(2025, 3, 5, 6, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		files := map[string]string{} // article ID -> file
		for _, a := range rep.Articles {
			files[a.ID] = a.File
		}
		byFile := map[string][]string{}
		for _, c := range rep.Claims {
			if c.Kind == analysis.KindQuantity {
				byFile[files[c.Article]] = append(byFile[files[c.Article]], c.Text)
			}
		}
		var got []string
		for _, f := range []string{"a.jsonl", "b.jsonl", "c.jsonl", "d.jsonl"} {
			got = append(got, f+": "+strings.Join(byFile[f], ", "))
		}
		g := strings.Join(got, "\n")
		for _, f := range []string{"a.jsonl", "b.jsonl", "c.jsonl"} {
			if strings.Contains(strings.Join(byFile[f], " "), "40,000") {
				t.Errorf("%d workers: %s has the site's 'about us' figure as a claim:\n%s", workers, f, g)
			}
			if len(byFile[f]) == 0 {
				t.Errorf("%d workers: %s lost its own figures:\n%s", workers, f, g)
			}
		}
		if !strings.Contains(strings.Join(byFile["d.jsonl"], " "), "40,000") {
			t.Errorf("%d workers: the other site's page lost the paragraph it alone carries:\n%s", workers, g)
		}
		if first == "" {
			first = g
		} else if g != first {
			t.Errorf("claims with %d workers:\n%s\nwant as with 1 worker:\n%s", workers, g, first)
		}
	}
}

// TestInspectFilesLearnsSiteFurniture: inspect removes what a run would
// remove as a site's furniture.
func TestInspectFilesLearnsSiteFurniture(t *testing.T) {
	dir := writeSitePages(t)
	var paths []string
	for _, f := range []string{"a.jsonl", "b.jsonl", "c.jsonl", "d.jsonl"} {
		paths = append(paths, filepath.Join(dir, f))
	}
	files, err := InspectFiles(context.Background(), paths, DefaultMaxFileSize)
	if err != nil {
		t.Fatal(err)
	}
	for i, arts := range files {
		if len(arts) != 1 {
			t.Fatalf("%s: %d articles, want 1", paths[i], len(arts))
		}
		a := arts[0]
		if kept := strings.Contains(a.Body, "independent newspaper"); kept != (i == 3) {
			t.Errorf("%s: 'about us' kept = %v, want %v", a.File, kept, i == 3)
		}
	}
}
