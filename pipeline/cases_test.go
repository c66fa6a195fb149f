package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"crosscheck/analysis"
	"crosscheck/internal/testutil"
)

// TestCases runs the whole pipeline on every regression case under
// testdata/cases: one txtar file each, holding the case's articles
// (files ending in .txt, .html or .jsonl, read as inputs are) and what
// must come out of them:
//
//	-- want.claims --         every claim, one line each (see caseClaims)
//	-- want.discrepancies --  every discrepancy (see caseDiscrepancies)
//	-- want.clusters --       every subject of two figures or more (see caseClusters)
//
// A case checks only the sections it has. To add a case, write the
// articles and empty want sections, run
//
//	go test ./pipeline -run TestCases/NAME -update
//
// and read what was written before committing it.
func TestCases(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "cases", "*.txtar"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases in testdata/cases: %v", err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".txtar")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a := testutil.ParseArchive(string(data))
			rep := runCase(t, a)
			changed := false
			for _, sec := range []struct {
				name   string
				render func(*analysis.Report) string
			}{{"want.claims", caseClaims}, {"want.discrepancies", caseDiscrepancies}, {"want.clusters", caseClusters}} {
				want, ok := a.File(sec.name)
				if !ok {
					continue
				}
				got := sec.render(rep)
				if got == want {
					continue
				}
				if testutil.Updating() {
					a.SetFile(sec.name, got)
					changed = true
					continue
				}
				t.Errorf("%s: %s differs (run with -update to accept):\n--- got\n%s--- want\n%s", path, sec.name, got, want)
			}
			if changed {
				if err := os.WriteFile(path, []byte(a.Format()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// runCase writes a case's articles into a folder and runs the pipeline
// on it, as of noon on the day after the latest article's header date.
func runCase(tb testing.TB, a testutil.Archive) *analysis.Report {
	tb.Helper()
	dir := tb.TempDir()
	n := 0
	for _, f := range a.Files {
		switch filepath.Ext(f.Name) {
		case ".txt", ".html", ".htm", ".jsonl":
		default:
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(f.Data), 0o644); err != nil {
			tb.Fatal(err)
		}
		n++
	}
	if n == 0 {
		tb.Fatal("the case has no articles (files ending in .txt, .html or .jsonl)")
	}
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	rep, err := Run(context.Background(), Config{Inputs: []string{dir}, Workers: 1, Now: now})
	if err != nil {
		tb.Fatal(err)
	}
	return rep
}

// caseClaims renders every claim on one line: the file, the kind and the
// words as written, then what was read from them, fields left out when
// empty:
//
//	a.txt: quantity "some 12,000 troops" = 12000 [10800, 13200] about | measure troops | counts "troops" | ...
func caseClaims(rep *analysis.Report) string {
	files := map[string]string{}
	for _, art := range rep.Articles {
		files[art.ID] = art.File
	}
	var b strings.Builder
	for _, c := range rep.Claims {
		fmt.Fprintf(&b, "%s: %s", files[c.Article], c.Kind)
		if c.Kind == analysis.KindQuantity {
			fmt.Fprintf(&b, " %q = %s [%s, %s]", c.Text, num(c.Value), num(c.Low), num(c.High))
			if c.Approx != "" {
				fmt.Fprintf(&b, " %s", c.Approx)
			}
			if c.Unit != "" {
				fmt.Fprintf(&b, " %s", c.Unit)
			}
		} else {
			fmt.Fprintf(&b, " %s", c.Polarity)
		}
		field := func(name, v string) {
			if v != "" {
				fmt.Fprintf(&b, " | %s %s", name, v)
			}
		}
		field("measure", c.Measure)
		if c.Counts != "" {
			field("counts", strconv.Quote(c.Counts))
		}
		field("scope", c.Scope)
		field("subset", c.Subset)
		field("trend", c.Trend)
		field("source", c.Source)
		if c.SourceText != "" && c.SourceText != c.Source {
			field("as written", strconv.Quote(c.SourceText))
		}
		field("via", c.Via)
		field("hedges", strings.Join(c.Hedges, ", "))
		field("said on", c.SaidOn.String())
		field("subject", c.Subject)
		if f := c.Frame; f != nil {
			fr := f.Kind
			if f.Quantity != "" {
				fr += " (" + f.Quantity + ")"
			}
			fr += " " + f.Time
			for _, part := range []struct{ name, v string }{{"event", f.Event}, {"of", f.Of}, {"in", f.Where}, {"side", f.Side}, {"whose", f.Whose}, {"occasion", f.Occasion}} {
				if part.v != "" {
					fr += ", " + part.name + " " + part.v
				}
			}
			if f.Incident {
				fr += ", one incident"
			}
			field("frame", fr)
		}
		if c.InHeadline {
			b.WriteString(" | headline")
		}
		b.WriteString("\n")
	}
	return b.String()
}

// caseIndex maps a report's article IDs to their files and claim IDs to
// their claims.
func caseIndex(rep *analysis.Report) (map[string]string, map[string]*analysis.Claim) {
	files := map[string]string{}
	for _, art := range rep.Articles {
		files[art.ID] = art.File
	}
	claims := map[string]*analysis.Claim{}
	for i := range rep.Claims {
		claims[rep.Claims[i].ID] = &rep.Claims[i]
	}
	return files, claims
}

// caseDiscrepancies renders every discrepancy on one line, sorted: kind,
// class and subject, severity, independent sources, its claims' words by
// file, and the earlier values shown with it as context.
func caseDiscrepancies(rep *analysis.Report) string {
	files, claims := caseIndex(rep)
	var lines []string
	for _, d := range rep.Discrepancies {
		var parts []string
		for _, id := range d.Claims {
			c := claims[id]
			if c == nil {
				continue
			}
			w := c.Text
			if c.Kind == analysis.KindStance {
				w = string(c.Polarity)
			}
			parts = append(parts, fmt.Sprintf("%s %q", files[c.Article], w))
		}
		class := d.Class
		for _, a := range d.Also {
			class += "+" + a
		}
		line := fmt.Sprintf("%s/%s %s | %s | sources %d | %s", d.Kind, class, d.Subject, d.Severity, d.Sources, strings.Join(parts, ", "))
		var ctx []string
		for _, id := range d.Context {
			if c := claims[id]; c != nil {
				ctx = append(ctx, fmt.Sprintf("%s %q", files[c.Article], c.Text))
			}
		}
		if len(ctx) > 0 {
			line += " | context " + strings.Join(ctx, ", ")
		}
		lines = append(lines, line)
	}
	sort.Strings(lines)
	if len(lines) == 0 {
		return "none\n"
	}
	return strings.Join(lines, "\n") + "\n"
}

// caseClusters renders every cluster that holds two figures or more, one
// line each: its label, then its figures by file and text, so a case can
// show which figures share a subject (and which never do).
func caseClusters(rep *analysis.Report) string {
	files, claims := caseIndex(rep)
	var lines []string
	for _, cl := range rep.Clusters {
		var parts []string
		for _, id := range cl.Claims {
			if c := claims[id]; c != nil && c.Kind == analysis.KindQuantity {
				parts = append(parts, fmt.Sprintf("%s %q", files[c.Article], c.Text))
			}
		}
		if len(parts) >= 2 {
			lines = append(lines, cl.Label+" | "+strings.Join(parts, ", "))
		}
	}
	sort.Strings(lines)
	if len(lines) == 0 {
		return "none\n"
	}
	return strings.Join(lines, "\n") + "\n"
}

func num(v *float64) string {
	if v == nil {
		return "-"
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}
