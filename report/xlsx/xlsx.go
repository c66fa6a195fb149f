package xlsx

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"net/url"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"crosscheck/analysis"
	"crosscheck/report/format"
)

// The workbook's sheets, in tab order.
const (
	sheetSummary       = "Summary"
	sheetDiscrepancies = "Discrepancies"
	sheetClaims        = "Claims"
	sheetTimeline      = "Timeline"
	sheetArticles      = "Articles"
)

// Limits that keep large runs fast and the workbook within what Excel
// accepts.
const (
	// maxLinks is the most hyperlinks written on one sheet. Excel
	// accepts 65,530, but excelize adds each one in time proportional to
	// those already there, so a sheet of 200,000 claims cannot link them
	// all; rows past the limit show the address as plain text.
	maxLinks = 2000
	// maxTop is how many discrepancies the summary lists.
	maxTop = 10
	// maxProblems is how many review import problems the summary lists.
	maxProblems = 50
	// maxCharts is how many subjects get a chart on the Timeline.
	maxCharts = 10
	// maxLinkLen is the longest address turned into a hyperlink (Excel's
	// limit is 2,079 characters).
	maxLinkLen = 2000
	// lineHeight is the height of one line of text in points.
	lineHeight = 15
)

// Write writes x.Report as an Excel workbook for analysts: a Summary,
// then one sheet each for Discrepancies, Claims, Timeline and Articles.
// The data sheets are Excel tables with frozen headers; the
// Discrepancies sheet has a Status drop-down (analysis.ReviewStatuses)
// and a notes column for the analyst, filled in from each discrepancy's
// carried-over Review, which ReadReviews reads back by header name.
//
// Every string taken from an article is written as a text cell, never as a
// formula, and only http and https addresses (and plain relative file
// names) become hyperlinks. The big sheets are streamed, so memory stays
// bounded for large runs, and the same report always gives the same bytes:
// the document's creation time is the run date (Report.RunDate) at 00:00
// UTC.
func Write(w io.Writer, x *analysis.Index, opt format.Options) (err error) {
	f := excelize.NewFile(excelize.Options{TmpDir: opt.TmpDir})
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("write xlsx: %w", cerr)
		}
	}()
	b, err := newBook(f, x, opt)
	if err != nil {
		return fmt.Errorf("write xlsx: %w", err)
	}
	defer func() {
		for _, d := range b.data {
			if cerr := d.abandon(); err == nil && cerr != nil {
				err = fmt.Errorf("write xlsx: %w", cerr)
			}
		}
	}()
	// The sheets are built before anything reaches w, so a writer that can
	// tell the run was cancelled (see report.Stage) is asked every few
	// thousand rows, and a large workbook stops within a second.
	if c, ok := w.(interface{ Err() error }); ok {
		b.cancelled = c.Err
	}
	for _, step := range []func() error{
		b.writeDiscrepancies,
		b.writeClaims,
		b.writeTimeline,
		b.writeArticles,
		b.writeSummary,
		b.setProperties,
	} {
		if err := step(); err != nil {
			return fmt.Errorf("write xlsx: %w", err)
		}
	}
	f.ZipWriter = func(io.Writer) excelize.ZipWriter { return newZipWriter(w, b.data, b.opt.TmpDir) }
	if err := f.Write(io.Discard); err != nil {
		return fmt.Errorf("write xlsx: %w", err)
	}
	return nil
}

// book holds the workbook being written and what the sheets need to know
// about each other: the order of the rows, and which row of the Claims
// sheet each disputed claim is on. The joins between claims, clusters,
// discrepancies and articles are the index's.
type book struct {
	f   *excelize.File
	r   *analysis.Report
	x   *analysis.Index
	opt format.Options
	st  styles
	sum analysis.Summary
	// cancelled, when set, reports that the run was interrupted.
	cancelled func() error
	written   int // rows written, for the cancellation check

	// Claims and discrepancies are known by their index in the report.
	// discs lists the discrepancies in Discrepancies sheet order (see
	// orderDiscrepancies), sheetPos[d] is discrepancy d's place in it,
	// and rowOf[k] is claim k's row on the Claims sheet (0 when it is in
	// no discrepancy). Slices of integers rather than maps keyed by claim
	// ID keep the writer's own memory small on a night of a million claims.
	discs    []int32
	sheetPos []int32
	open     int     // discrepancies not settled: the first open of discs
	rowOf    []int32 // by claim
	order    []int32 // claim indexes in Claims sheet order
	ids      []int32 // scratch for discrepancyIDs

	data   []*dataRows // the data rows of each table, for zipWriter to splice in
	capped []string    // sheets whose links were cut at maxLinks
	// overflow counts the rows left off each sheet because Excel holds at
	// most 1,048,576 rows; the JSON report has them all.
	overflow map[string]int
}

// newBook creates the sheets and works out the order of rows.
func newBook(f *excelize.File, x *analysis.Index, opt format.Options) (*book, error) {
	r := x.Report
	b := &book{f: f, r: r, x: x, opt: opt, sum: analysis.Summarize(r)}
	if err := f.SetSheetName("Sheet1", sheetSummary); err != nil {
		return nil, err
	}
	for _, name := range []string{sheetDiscrepancies, sheetClaims, sheetTimeline, sheetArticles} {
		if _, err := f.NewSheet(name); err != nil {
			return nil, err
		}
	}
	// Open on the Summary. SetActiveSheet reads every sheet back, so it
	// must come before any sheet is streamed.
	f.SetActiveSheet(0)
	var err error
	if b.st, err = newStyles(f); err != nil {
		return nil, err
	}

	b.discs, b.open = orderDiscrepancies(r.Discrepancies)
	b.sheetPos = make([]int32, len(r.Discrepancies))
	for i, d := range b.discs {
		b.sheetPos[d] = int32(i)
	}
	// The order in which claims first appear in a discrepancy, in sheet
	// order (math.MaxInt32 for claims in none).
	claimRank := make([]int32, len(r.Claims))
	for i := range claimRank {
		claimRank[i] = math.MaxInt32
	}
	next := int32(0)
	for _, d := range b.discs {
		for _, k := range x.DiscrepancyClaims(int(d)) {
			if claimRank[k] == math.MaxInt32 {
				claimRank[k] = next
				next++
			}
		}
	}

	// Claims: subjects in dispute first (most severe first), each
	// subject's claims together, a discrepancy's claims at the top of its
	// subject in discrepancy order, then the rest in report order.
	clusterRank := make([]int32, len(r.Clusters))
	for i := range clusterRank {
		clusterRank[i] = int32(len(b.discs) + i)
	}
	for i, d := range b.discs {
		if c := x.ClusterIndex(r.Discrepancies[d].Cluster); c >= 0 && int(clusterRank[c]) >= len(b.discs) {
			clusterRank[c] = int32(i)
		}
	}
	type ranked struct{ claim, clusterRank, claimRank int32 }
	order := make([]ranked, len(r.Claims))
	for i := range r.Claims {
		o := ranked{int32(i), math.MaxInt32, math.MaxInt32}
		if c := x.ClaimCluster(i); c >= 0 {
			o.clusterRank, o.claimRank = clusterRank[c], claimRank[i]
		}
		order[i] = o
	}
	slices.SortFunc(order, func(x, y ranked) int {
		return cmp.Or(cmp.Compare(x.clusterRank, y.clusterRank), cmp.Compare(x.claimRank, y.claimRank), cmp.Compare(x.claim, y.claim))
	})
	b.order = make([]int32, len(order))
	b.rowOf = make([]int32, len(r.Claims))
	for i, o := range order {
		b.order[i] = o.claim
		if len(x.ClaimDiscrepancies(int(o.claim))) > 0 {
			b.rowOf[o.claim] = int32(i + 2)
		}
	}
	return b, nil
}

// discrepancyIDs lists the discrepancies claim k is in, in sheet order,
// comma-separated.
func (b *book) discrepancyIDs(k int32) string {
	ds := b.x.ClaimDiscrepancies(int(k))
	switch len(ds) {
	case 0:
		return ""
	case 1:
		return b.r.Discrepancies[ds[0]].ID
	}
	pos := append(b.ids[:0], ds...)
	for i, d := range pos {
		pos[i] = b.sheetPos[d]
	}
	slices.Sort(pos)
	ids := make([]string, len(pos))
	for i, p := range pos {
		ids[i] = b.r.Discrepancies[b.discs[p]].ID
	}
	b.ids = pos
	return strings.Join(ids, ", ")
}

// firstClaimRow is the first row on the Claims sheet of a claim of
// discrepancy d, or 0.
func (b *book) firstClaimRow(d int32) int {
	first := 0
	for _, k := range b.x.DiscrepancyClaims(int(d)) {
		if row := int(b.rowOf[k]); row > 0 && (first == 0 || row < first) {
			first = row
		}
	}
	return first
}

// article returns the article claim k was found in, or nil.
func (b *book) article(k int32) *analysis.Article {
	if a := b.x.ClaimArticle(int(k)); a >= 0 {
		return &b.r.Articles[a]
	}
	return nil
}

// orderDiscrepancies returns the indexes of ds in the order of the
// Discrepancies sheet, and how many are not settled: the findings' one
// order (analysis.RankOrder: settled ones last, then the most severe
// first), which the briefing and the JSON report show too.
func orderDiscrepancies(ds []analysis.Discrepancy) ([]int32, int) {
	out := make([]int32, len(ds))
	open := 0
	for k, i := range analysis.RankOrder(ds, false) {
		out[k] = int32(i)
		if !ds[i].Settled() {
			open++
		}
	}
	return out, open
}

// compareBool orders false before true.
func compareBool(x, y bool) int {
	switch {
	case x == y:
		return 0
	case x:
		return 1
	}
	return -1
}

// styles are the cell styles of the workbook.
type styles struct {
	header, text, wrap, integer, decimal, date, percent, link, input int
	title, marking, label, labelIndent, note                         int
	sevHigh, sevMedium, sevLow                                       int // conditional formats
	markNew, markChanged                                             int // conditional formats
}

// newStyles registers the workbook's styles.
func newStyles(f *excelize.File) (styles, error) {
	var s styles
	top := &excelize.Alignment{Vertical: "top"}
	wrapTop := &excelize.Alignment{Vertical: "top", WrapText: true}
	custom := func(format string) *string { return &format }
	const textFormat = 49 // "@": Excel keeps what is typed into the cell as text
	for _, d := range []struct {
		id    *int
		style excelize.Style
	}{
		{&s.header, excelize.Style{
			Font:      &excelize.Font{Bold: true, Color: "FFFFFF"},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F4E78"}},
			Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
		}},
		{&s.text, excelize.Style{NumFmt: textFormat, Alignment: top}},
		{&s.wrap, excelize.Style{NumFmt: textFormat, Alignment: wrapTop}},
		{&s.integer, excelize.Style{CustomNumFmt: custom("#,##0"), Alignment: top}},
		{&s.decimal, excelize.Style{CustomNumFmt: custom("#,##0.###"), Alignment: top}},
		{&s.date, excelize.Style{CustomNumFmt: custom("yyyy-mm-dd"), Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}}},
		{&s.percent, excelize.Style{NumFmt: 9, Alignment: top}},
		{&s.link, excelize.Style{NumFmt: textFormat, Alignment: top, Font: &excelize.Font{Color: "0563C1", Underline: "single"}}},
		{&s.input, excelize.Style{NumFmt: textFormat, Alignment: wrapTop, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFF2CC"}}}},
		{&s.title, excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}}},
		{&s.marking, excelize.Style{Font: &excelize.Font{Bold: true, Size: 12, Color: "C00000"}, NumFmt: textFormat}},
		{&s.label, excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: top}},
		{&s.labelIndent, excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left", Indent: 2}}},
		{&s.note, excelize.Style{Font: &excelize.Font{Italic: true, Color: "595959"}, Alignment: top}},
	} {
		id, err := f.NewStyle(&d.style)
		if err != nil {
			return s, err
		}
		*d.id = id
	}
	for _, d := range []struct {
		id         *int
		fill, font string
	}{
		{&s.sevHigh, "FFC7CE", "9C0006"},
		{&s.sevMedium, "FFEB9C", "9C5700"},
		{&s.sevLow, "E2EFDA", "375623"},
		{&s.markNew, "DDEBF7", "1F4E78"},
		{&s.markChanged, "FCE4D6", "833C0C"},
	} {
		id, err := f.NewConditionalStyle(&excelize.Style{
			Font: &excelize.Font{Color: d.font, Bold: true},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{d.fill}},
		})
		if err != nil {
			return s, err
		}
		*d.id = id
	}
	return s, nil
}

// column describes one column of a data sheet.
type column struct {
	name  string
	width float64
	// lines is the most lines of wrapped text a row grows to for this
	// column; 0 means the column is not wrapped.
	lines int
}

// table streams one data sheet: a header row, then rows, then an Excel
// table over them with the header frozen.
type table struct {
	b     *book
	name  string
	cols  []column
	sw    *excelize.StreamWriter
	rows  int // data rows written
	links int // hyperlinks added
	row   []cell
	data  *dataRows // the data rows, spliced in when the workbook is written (splice.go)
}

// rowLimit is the number of rows a sheet holds, header included (a
// variable so tests can lower it).
var rowLimit = excelize.TotalRows

// newTable starts a data sheet: column widths, the hidden columns (by
// index), frozen header, header row, and the marking in the printed
// header.
func (b *book) newTable(name string, cols []column, hidden ...int) (*table, error) {
	if err := b.pageSetup(name, name != sheetClaims); err != nil {
		return nil, err
	}
	sw, err := b.f.NewStreamWriter(name)
	if err != nil {
		return nil, err
	}
	for i, c := range cols {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return nil, err
		}
	}
	for _, i := range hidden {
		if err := sw.SetColVisible(i+1, i+1, false); err != nil {
			return nil, err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return nil, err
	}
	header := make([]any, len(cols))
	for i, c := range cols {
		header[i] = excelize.Cell{StyleID: b.st.header, Value: c.name}
	}
	if err := sw.SetRow("A1", header, excelize.RowOpts{Height: 30}); err != nil {
		return nil, err
	}
	t := &table{b: b, name: name, cols: cols, sw: sw, row: make([]cell, len(cols)),
		data: newDataRows(name, b.opt.TmpDir)}
	b.data = append(b.data, t.data)
	return t, nil
}

// pageSetup prepares a sheet for printing: landscape on the paper size of
// the options, fitted to the page width when fit is set, and the marking
// at the top and bottom of every page. For a streamed sheet it must come
// before NewStreamWriter, which writes the sheet properties at once.
func (b *book) pageSetup(sheet string, fit bool) error {
	size := 9 // A4
	if strings.EqualFold(b.opt.PageSize, "Letter") {
		size = 1
	}
	landscape := "landscape"
	layout := &excelize.PageLayoutOptions{Size: &size, Orientation: &landscape}
	if fit {
		one, auto := 1, 0
		layout.FitToWidth, layout.FitToHeight = &one, &auto
		if err := b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
			return err
		}
	}
	if err := b.f.SetPageLayout(sheet, layout); err != nil {
		return err
	}
	if b.opt.Marking == "" {
		return nil
	}
	m := strings.ReplaceAll(truncate(oneLine(b.opt.Marking), 200), "&", "&&")
	return b.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddHeader: "&C&B" + m, OddFooter: "&C&B" + m})
}

// nextRow is the sheet row the next data row goes to.
func (t *table) nextRow() int { return t.rows + 2 }

// cell returns the name of the cell in column col (0-based) of the next
// data row.
func (t *table) cell(col int) string {
	name, _ := excelize.CoordinatesToCellName(col+1, t.nextRow())
	return name
}

// styled puts v (a string, a float64, or nil for an empty cell) in column
// col with the given style.
func (t *table) styled(col, style int, v any) {
	switch v := v.(type) {
	case string:
		t.row[col] = cell{kind: cellString, style: style, s: v}
	case float64:
		t.row[col] = cell{kind: cellFloat, style: style, n: v}
	default:
		t.row[col] = cell{kind: cellBlank, style: style}
	}
}

// text puts s in column col as a text cell (nothing when s is empty). Text
// cells are inline strings: never evaluated as formulas.
func (t *table) text(col int, s string) {
	if s == "" {
		t.row[col] = cell{}
		return
	}
	style := t.b.st.text
	if t.cols[col].lines > 0 {
		style = t.b.st.wrap
	}
	t.row[col] = cell{kind: cellString, style: style, s: s}
}

// number puts v in column col with a thousands separator.
func (t *table) number(col int, v *float64) {
	if v == nil || math.IsNaN(*v) || math.IsInf(*v, 0) {
		t.row[col] = cell{}
		return
	}
	style := t.b.st.decimal
	if *v == math.Trunc(*v) && math.Abs(*v) < 1e15 {
		style = t.b.st.integer
	}
	t.row[col] = cell{kind: cellFloat, style: style, n: *v}
}

// integer puts n in column col with a thousands separator.
func (t *table) integer(col, n int) {
	t.row[col] = cell{kind: cellInt, style: t.b.st.integer, i: n}
}

// date puts d in column col as an Excel date (nothing when unknown; text
// when Excel cannot show it as a date).
func (t *table) date(col int, d analysis.Date) {
	if d.IsZero() {
		t.row[col] = cell{}
	} else if n, ok := dateSerial(d); ok {
		t.row[col] = cell{kind: cellFloat, style: t.b.st.date, n: n}
	} else {
		t.row[col] = cell{kind: cellString, style: t.b.st.text, s: d.String()}
	}
}

// dateSerial returns the Excel serial number of d (1900 date system), or
// false when Excel cannot show d as a date (before 1 March 1900, whose
// serials Excel gets wrong, or after 9999).
func dateSerial(d analysis.Date) (float64, bool) {
	t := d.Time()
	if t.Before(time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC)) || t.Year() > 9999 {
		return 0, false
	}
	epoch := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	return float64((t.Unix() - epoch.Unix()) / 86400), true
}

// link puts text in column col and makes it a hyperlink to target: an
// address ("External") or a place in the workbook ("Location"). Past
// maxLinks on a sheet the text stays, without the link.
func (t *table) link(col int, text, target, kind string) error {
	t.text(col, text)
	if text == "" || target == "" || t.nextRow() >= rowLimit {
		return nil // no link on a row the sheet cannot hold
	}
	if t.links >= maxLinks {
		if t.links == maxLinks {
			t.b.capped = append(t.b.capped, t.name)
			t.links++
		}
		return nil
	}
	t.row[col].style = t.b.st.link
	t.links++
	return t.b.f.SetCellHyperLink(t.name, t.cell(col), target, kind)
}

// write writes the row being built, tall enough for its wrapped text.
func (t *table) write() error {
	if t.b.written++; t.b.cancelled != nil && t.b.written%4096 == 0 {
		if err := t.b.cancelled(); err != nil {
			return err
		}
	}
	if t.rows+1 >= rowLimit {
		if t.b.overflow == nil {
			t.b.overflow = map[string]int{}
		}
		t.b.overflow[t.name]++
		clear(t.row)
		return nil
	}
	lines := 1
	for i, c := range t.cols {
		if c.lines == 0 || t.row[i].kind != cellString {
			continue
		}
		lines = max(lines, min(c.lines, wrappedLines(t.row[i].s, c.width)))
	}
	height := 0.0
	if lines > 1 {
		height = float64(lines * lineHeight)
	}
	t.data.add(t.nextRow(), height, t.row)
	t.rows++
	clear(t.row)
	return nil
}

// wrappedLines estimates how many lines s takes in a wrapped column of the
// given width (in characters of the default font).
func wrappedLines(s string, width float64) int {
	perLine := max(1, int(width*1.2))
	n := 0
	for line := range strings.SplitSeq(s, "\n") {
		n += max(1, (utf8.RuneCountInString(line)+perLine-1)/perLine)
	}
	return n
}

// ref is the range of column col (0-based) over the data rows, as "C2:C9".
func (t *table) ref(col int) string {
	c, _ := excelize.ColumnNumberToName(col + 1)
	return fmt.Sprintf("%s2:%s%d", c, c, max(2, t.rows+1))
}

// finish adds the Excel table over the rows and flushes the sheet. The
// sheet excelize writes has a placeholder where the data rows go, and
// zipWriter puts them there (see splice.go).
func (t *table) finish(tableName string) error {
	if err := t.data.writePlaceholder(t.sw); err != nil {
		return err
	}
	last, _ := excelize.CoordinatesToCellName(len(t.cols), max(2, t.rows+1))
	if err := t.sw.AddTable(&excelize.Table{Range: "A1:" + last, Name: tableName, StyleName: "TableStyleMedium2"}); err != nil {
		return err
	}
	return t.sw.Flush()
}

// severityFormats colours the severities in the range ref.
func (b *book) severityFormats(sheet, ref string) error {
	return b.f.SetConditionalFormat(sheet, ref, []excelize.ConditionalFormatOptions{
		{Type: "cell", Criteria: "==", Value: strconv.Quote("high"), Format: &b.st.sevHigh},
		{Type: "cell", Criteria: "==", Value: strconv.Quote("medium"), Format: &b.st.sevMedium},
		{Type: "cell", Criteria: "==", Value: strconv.Quote("low"), Format: &b.st.sevLow},
	})
}

// markFormats highlights New and Changed in the range ref of the Change
// column.
func (b *book) markFormats(sheet, ref string) error {
	return b.f.SetConditionalFormat(sheet, ref, []excelize.ConditionalFormatOptions{
		{Type: "cell", Criteria: "==", Value: strconv.Quote(markText(analysis.MarkNew)), Format: &b.st.markNew},
		{Type: "cell", Criteria: "==", Value: strconv.Quote(markText(analysis.MarkChanged)), Format: &b.st.markChanged},
	})
}

// Discrepancies sheet columns: what the discrepancy is (ID, severity),
// how it stands against last night (Change: New, Changed or Unchanged,
// blank without a store; First seen: the night it was first reported),
// what it is about, then the analyst's Status and notes, and last, hidden,
// the Status and notes the row was written with, which travel with the
// row when the analyst sorts the table: the next import compares the row
// with them, so a workbook older than a review stored since changes only
// what the analyst changed in it. ReadReviews finds the ID, Status,
// Analyst notes and as-written columns by their header text, so those
// headers must not change; the other columns may move.
const (
	xdID = iota
	xdSeverity
	xdChange
	xdFirstSeen
	xdClass
	xdKind
	xdSubject
	xdLow
	xdHigh
	xdRatio
	xdSides
	xdFirst
	xdLast
	xdSources
	xdSummary
	xdClaims
	xdStatus
	xdNotes
	xdRank
	xdWrittenStatus
	xdWrittenNotes
)

var discrepancyColumns = []column{
	xdID:        {headerID, 19, 0},
	xdSeverity:  {"Severity", 10, 0},
	xdChange:    {"Change", 10, 0},
	xdFirstSeen: {"First seen", 11, 0},
	xdClass:     {"Class", 12, 0},
	xdKind:      {"Kind", 9, 0},
	xdSubject:   {"Subject", 24, 3},
	xdLow:       {"Lowest figure", 12, 0},
	xdHigh:      {"Highest figure", 12, 0},
	xdRatio:     {"Highest ÷ lowest", 10, 0},
	xdSides:     {"Sources by side", 50, 20},
	xdFirst:     {"First date", 11, 0},
	xdLast:      {"Last date", 11, 0},
	xdSources:   {"Independent sources", 12, 0},
	xdSummary:   {"Summary", 70, 20},
	xdClaims:    {"Claims", 11, 0},
	xdStatus:    {headerStatus, 12, 0},
	xdNotes:     {headerNotes, 40, 6},
	xdRank:      {"Rank", 6, 0},
	// Hidden (see writeDiscrepancies).
	xdWrittenStatus: {headerWrittenStatus, 12, 0},
	xdWrittenNotes:  {headerWrittenNotes, 40, 0},
}

// writeDiscrepancies writes one row per discrepancy: most severe first,
// settled ones (dismissed, unchanged since) last. Status and Analyst notes
// start from the discrepancy's Review, or Open and empty.
func (b *book) writeDiscrepancies() error {
	t, err := b.newTable(sheetDiscrepancies, discrepancyColumns, xdWrittenStatus, xdWrittenNotes)
	if err != nil {
		return err
	}
	for _, di := range b.discs {
		d := &b.r.Discrepancies[di]
		if d.Rank > 0 {
			t.integer(xdRank, d.Rank)
		}
		t.text(xdID, d.ID)
		t.text(xdSeverity, d.Severity)
		t.text(xdChange, markText(d.Mark))
		t.date(xdFirstSeen, d.FirstSeen)
		t.text(xdClass, d.Class)
		t.text(xdKind, d.Kind)
		t.text(xdSubject, d.Subject)
		t.number(xdLow, d.Low)
		t.number(xdHigh, d.High)
		if d.Low != nil && d.High != nil && *d.Low > 0 {
			if r := *d.High / *d.Low; !math.IsNaN(r) && !math.IsInf(r, 0) {
				t.styled(xdRatio, b.st.decimal, r)
			}
		}
		t.text(xdSides, sides(d.Sides))
		t.date(xdFirst, d.First)
		t.date(xdLast, d.Last)
		t.integer(xdSources, d.Sources)
		t.text(xdSummary, d.Summary)
		first := b.firstClaimRow(di)
		label := plural(len(d.Claims), "claim")
		if first > 0 && first < rowLimit {
			err = t.link(xdClaims, label, fmt.Sprintf("%s!A%d", sheetClaims, first), "Location")
		} else {
			t.text(xdClaims, label)
		}
		if err != nil {
			return err
		}
		status, notes := reviewCells(d.Review)
		t.styled(xdStatus, b.st.input, status)
		if notes != "" {
			t.styled(xdNotes, b.st.input, notes)
		} else {
			t.styled(xdNotes, b.st.input, nil)
		}
		t.text(xdWrittenStatus, status)
		t.text(xdWrittenNotes, notes)
		if err := t.write(); err != nil {
			return err
		}
	}
	if t.rows > 0 {
		if err := b.severityFormats(sheetDiscrepancies, t.ref(xdSeverity)); err != nil {
			return err
		}
		if err := b.markFormats(sheetDiscrepancies, t.ref(xdChange)); err != nil {
			return err
		}
		dv := excelize.NewDataValidation(true)
		dv.SetSqref(t.ref(xdStatus))
		if err := dv.SetDropList(analysis.ReviewStatuses); err != nil {
			return err
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, "Status", "Choose "+strings.Join(analysis.ReviewStatuses, ", ")+".")
		dv.SetInput("Status", "What became of this discrepancy.")
		if err := b.f.AddDataValidation(sheetDiscrepancies, dv); err != nil {
			return err
		}
	}
	return t.finish("tblDiscrepancies")
}

// markText is a discrepancy's mark as the Change column shows it: "New",
// "Changed", "Unchanged"; empty when there is no mark (no store).
func markText(mark string) string {
	if mark == "" {
		return ""
	}
	return strings.ToUpper(mark[:1]) + mark[1:]
}

// reviewCells returns what the Status and Analyst notes cells start
// with: the review's status (spelled as in analysis.ReviewStatuses when it
// is one, else as stored, so nothing is lost silently) and notes, or Open
// and nothing.
func reviewCells(rv *analysis.Review) (status, notes string) {
	if rv == nil {
		return analysis.ReviewOpen, ""
	}
	status, ok := analysis.ParseReviewStatus(rv.Status)
	if !ok {
		status = strings.TrimSpace(rv.Status)
	}
	return status, rv.Notes
}

// sides lists the sources on each side, one side per line:
// "low: A, B".
func sides(sides []analysis.Side) string {
	var sb strings.Builder
	for i, s := range sides {
		if i > 0 {
			sb.WriteByte('\n')
		}
		sb.WriteString(s.Label)
		sb.WriteString(": ")
		sb.WriteString(strings.Join(s.Sources, ", "))
	}
	return sb.String()
}

// plural returns "1 claim", "3 claims".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// Claims sheet columns.
const (
	xcID = iota
	xcSubject
	xcKind
	xcDiscrepancies
	xcText
	xcValue
	xcLow
	xcHigh
	xcUnit
	xcApprox
	xcCounts
	xcMeasure
	xcSubset
	xcTrend
	xcScope
	xcPolarity
	xcHedges
	xcSource
	xcSourceText
	xcVia
	xcSaidOn
	xcOutlet
	xcTitle
	xcPublished
	xcSentence
	xcLink
	xcHeadline
	xcArticle
	xcFigureKind
	xcHolds
	xcFrame
)

var claimColumns = []column{
	xcID:            {"Claim ID", 19, 0},
	xcSubject:       {"Subject", 24, 2},
	xcKind:          {"Kind", 9, 0},
	xcDiscrepancies: {"Discrepancies", 19, 0},
	xcText:          {"As written", 16, 2},
	xcValue:         {"Value", 11, 0},
	xcLow:           {"Low", 11, 0},
	xcHigh:          {"High", 11, 0},
	xcUnit:          {"Unit", 6, 0},
	xcApprox:        {"Qualifier", 10, 0},
	xcCounts:        {"What is counted or stated", 30, 4},
	xcMeasure:       {"Measure", 11, 0},
	xcSubset:        {"Subset", 12, 0},
	xcTrend:         {"Trend", 8, 0},
	xcScope:         {"Scope", 14, 2},
	xcPolarity:      {"Polarity", 11, 0},
	xcHedges:        {"Hedges", 12, 0},
	xcSource:        {"Source", 24, 3},
	xcSourceText:    {"Source as written", 24, 3},
	xcVia:           {"Via", 12, 0},
	xcSaidOn:        {"Said on", 11, 0},
	xcOutlet:        {"Outlet", 14, 0},
	xcTitle:         {"Article title", 30, 3},
	xcPublished:     {"Published", 11, 0},
	xcSentence:      {"Sentence", 60, 8},
	xcLink:          {"Article link", 30, 0},
	xcHeadline:      {"In headline", 9, 0},
	xcArticle:       {"Article ID", 19, 0},
	xcFigureKind:    {"Figure kind", 12, 0},
	xcHolds:         {"Holds for", 11, 0},
	xcFrame:         {"Frame (decided by)", 30, 3},
}

// writeClaims writes every claim, grouped by subject, disputed subjects
// first.
func (b *book) writeClaims() error {
	t, err := b.newTable(sheetClaims, claimColumns)
	if err != nil {
		return err
	}
	for _, k := range b.order {
		c := &b.r.Claims[k]
		t.text(xcID, c.ID)
		t.text(xcSubject, b.subjectLabel(k))
		t.text(xcKind, string(c.Kind))
		t.text(xcDiscrepancies, b.discrepancyIDs(k))
		t.text(xcText, c.Text)
		t.number(xcValue, c.Value)
		t.number(xcLow, c.Low)
		t.number(xcHigh, c.High)
		t.text(xcUnit, c.Unit)
		t.text(xcApprox, string(c.Approx))
		t.text(xcCounts, c.Counts)
		t.text(xcMeasure, c.Measure)
		if f := c.Frame; f != nil {
			kind := f.Kind
			if f.Quantity != "" {
				kind += " (" + f.Quantity + ")"
			}
			t.text(xcFigureKind, kind)
			holds := f.Time
			if f.Event != "" {
				holds += " (" + f.Event + ")"
			}
			t.text(xcHolds, holds)
			t.text(xcFrame, frameText(f))
		}
		t.text(xcSubset, c.Subset)
		t.text(xcTrend, c.Trend)
		t.text(xcScope, c.Scope)
		t.text(xcPolarity, string(c.Polarity))
		t.text(xcHedges, strings.Join(c.Hedges, ", "))
		t.text(xcSource, c.Source)
		t.text(xcSourceText, c.SourceText)
		t.text(xcVia, c.Via)
		t.date(xcSaidOn, c.SaidOn)
		if c.InHeadline {
			t.text(xcHeadline, "yes")
		}
		t.text(xcSentence, c.Sentence)
		t.text(xcArticle, c.Article)
		if a := b.article(k); a != nil {
			t.text(xcOutlet, a.Outlet)
			t.text(xcTitle, a.Title)
			t.date(xcPublished, a.Published)
			text, target := articleLink(a)
			if err := t.link(xcLink, text, target, "External"); err != nil {
				return err
			}
		}
		if err := t.write(); err != nil {
			return err
		}
	}
	return t.finish("tblClaims")
}

// frameText says what else the frame knows of a figure and the words that
// decided it: "of soldiers; in Kursk; one incident (time: down from)".
func frameText(f *analysis.Frame) string {
	var parts []string
	if f.Of != "" {
		parts = append(parts, "of "+f.Of)
	}
	if f.Where != "" {
		parts = append(parts, "in "+f.Where)
	}
	if f.Side != "" {
		parts = append(parts, f.Side+"'s side")
	}
	if f.Whose != "" {
		parts = append(parts, "counted by "+f.Whose)
	}
	if f.Occasion != "" {
		parts = append(parts, "occasion: "+f.Occasion)
	}
	if f.Day != nil {
		parts = append(parts, "event of "+f.Day.Time().Format("2 Jan 2006"))
	}
	if f.Incident {
		parts = append(parts, "one incident")
	}
	switch {
	case f.Forecast():
		parts = append(parts, "compared with forecasts only")
	case !f.Compared():
		parts = append(parts, "not compared")
	}
	text := strings.Join(parts, "; ")
	if len(f.Cues) > 0 {
		if text != "" {
			text += " "
		}
		text += "(" + strings.Join(f.Cues, "; ") + ")"
	}
	return text
}

// subjectLabel is the label of claim k's cluster, or its subject key
// when it belongs to none.
func (b *book) subjectLabel(k int32) string {
	if cl := b.x.ClaimCluster(int(k)); cl >= 0 && b.r.Clusters[cl].Label != "" {
		return b.r.Clusters[cl].Label
	}
	return b.r.Claims[k].Subject
}

// articleLink returns what the article's link cell shows and where it
// points: the URL when it is an http or https address; otherwise the file
// name, linked only when it is a plain relative path to a text file. An
// empty target means the text is shown without a link.
func articleLink(a *analysis.Article) (text, target string) {
	if a.URL != "" {
		if webURL(a.URL) {
			return a.URL, a.URL
		}
		return a.URL, ""
	}
	name := a.File
	if a.Line > 0 {
		name = fmt.Sprintf("%s:%d", a.File, a.Line)
	}
	return name, fileLink(a.File)
}

// webURL reports whether s may become a hyperlink: an absolute http or
// https address with a host and no user name, of a length Excel accepts.
func webURL(s string) bool {
	if len(s) > maxLinkLen || strings.ContainsAny(s, " \t\r\n\"<>\\`") {
		return false
	}
	u, err := url.Parse(s)
	if err != nil || u.User != nil || u.Host == "" || u.Opaque != "" {
		return false
	}
	scheme := strings.ToLower(u.Scheme)
	return scheme == "http" || scheme == "https"
}

// linkableFiles are the file types a relative link may open: plain text
// that cannot run anything when opened.
var linkableFiles = []string{".txt", ".jsonl", ".json", ".md"}

// fileLink returns a relative link to an input file (resolved from the
// workbook's folder), or "" when name is not a plain relative path to a
// text file: absolute paths, "..", drive letters, schemes and backslashes
// are refused.
func fileLink(name string) string {
	if name == "" || len(name) > 255 || strings.ContainsAny(name, ":\\") || path.IsAbs(name) {
		return ""
	}
	for _, r := range name {
		if r < 0x20 || r == 0x7f {
			return ""
		}
	}
	if clean := path.Clean(name); clean != name || clean == ".." || strings.HasPrefix(clean, "../") {
		return ""
	}
	if !slices.Contains(linkableFiles, strings.ToLower(path.Ext(name))) {
		return ""
	}
	return (&url.URL{Path: name}).String()
}

// Timeline sheet columns.
const (
	xtSubject = iota
	xtDate
	xtSource
	xtFigure
	xtValue
	xtLow
	xtHigh
	xtUnit
	xtOutlet
	xtClaim
	xtDiscrepancies
)

var timelineColumns = []column{
	xtSubject:       {"Subject", 28, 2},
	xtDate:          {"Date", 11, 0},
	xtSource:        {"Source", 32, 2},
	xtFigure:        {"Figure", 18, 2},
	xtValue:         {"Value", 11, 0},
	xtLow:           {"Low", 11, 0},
	xtHigh:          {"High", 11, 0},
	xtUnit:          {"Unit", 6, 0},
	xtOutlet:        {"Outlet", 14, 0},
	xtClaim:         {"Claim ID", 19, 0},
	xtDiscrepancies: {"Discrepancies", 19, 0},
}

// writeTimeline writes the figures of each subject by date and source,
// with a chart for each subject in a numeric discrepancy.
func (b *book) writeTimeline() error {
	t, err := b.newTable(sheetTimeline, timelineColumns)
	if err != nil {
		return err
	}
	// The subjects to chart: those with a numeric discrepancy, most
	// severe first.
	var charted []string
	for _, di := range b.discs {
		if d := &b.r.Discrepancies[di]; d.Kind == "numeric" && !slices.Contains(charted, d.Cluster) && len(charted) < maxCharts {
			charted = append(charted, d.Cluster)
		}
	}
	type span struct{ label, first, last int }
	spans := map[string]span{}

	// Claims are already grouped by subject; sort each group by date
	// (undated last), then source.
	type figure struct {
		c    *analysis.Claim
		k    int32  // the claim's index
		key  string // the subject's cluster ID
		date analysis.Date
	}
	figures := make([]figure, 0, len(b.order)/2)
	for _, k := range b.order {
		c := &b.r.Claims[k]
		if c.Kind != analysis.KindQuantity || c.Value == nil {
			continue
		}
		key := "\x00" + c.Subject
		if cl := b.x.ClaimCluster(int(k)); cl >= 0 {
			key = b.r.Clusters[cl].ID
		}
		figures = append(figures, figure{c, k, key, b.figureDate(k)})
	}
	for start := 0; start < len(figures); {
		end := start + 1
		for end < len(figures) && figures[end].key == figures[start].key {
			end++
		}
		group := figures[start:end]
		slices.SortStableFunc(group, func(x, y figure) int {
			switch {
			case x.date.IsZero() != y.date.IsZero():
				if x.date.IsZero() {
					return 1
				}
				return -1
			case x.date != y.date:
				if x.date.Before(y.date) {
					return -1
				}
				return 1
			}
			return strings.Compare(x.c.Source, y.c.Source)
		})
		if k := group[0].key; slices.Contains(charted, k) {
			sp := span{label: t.nextRow(), first: t.nextRow()}
			for i, fg := range group {
				if !fg.date.IsZero() {
					sp.last = sp.first + i
				}
			}
			if sp.last >= sp.first {
				spans[k] = sp
			}
		}
		for _, fg := range group {
			c := fg.c
			t.text(xtSubject, b.subjectLabel(fg.k))
			t.date(xtDate, fg.date)
			t.text(xtSource, cmp.Or(c.Source, c.SourceText))
			t.text(xtFigure, c.Text)
			t.number(xtValue, c.Value)
			t.number(xtLow, c.Low)
			t.number(xtHigh, c.High)
			t.text(xtUnit, c.Unit)
			if a := b.article(fg.k); a != nil {
				t.text(xtOutlet, a.Outlet)
			}
			t.text(xtClaim, c.ID)
			t.text(xtDiscrepancies, b.discrepancyIDs(fg.k))
			if err := t.write(); err != nil {
				return err
			}
		}
		start = end
	}
	n := 0
	for _, id := range charted {
		sp, ok := spans[id]
		if !ok || sp.last >= rowLimit {
			continue // rows the sheet could not hold
		}
		if err := b.timelineChart(n, b.x.Cluster(id), sp.label, sp.first, sp.last); err != nil {
			return err
		}
		n++
	}
	return t.finish("tblTimeline")
}

// figureDate is when claim k's figure was given: the day it was said, or
// else the article's publication date.
func (b *book) figureDate(k int32) analysis.Date {
	if c := &b.r.Claims[k]; !c.SaidOn.IsZero() {
		return c.SaidOn
	}
	if a := b.article(k); a != nil {
		return a.Published
	}
	return analysis.Date{}
}

// timelineChart adds the n-th chart beside the Timeline table: the figures
// of one subject (rows first to last) plotted by date.
func (b *book) timelineChart(n int, cl *analysis.Cluster, labelRow, first, last int) error {
	title := "Figures by date"
	if cl != nil {
		title = truncate(oneLine(cl.Label), 80)
	}
	ref := func(col string, from, to int) string {
		return fmt.Sprintf("%s!$%s$%d:$%s$%d", sheetTimeline, col, from, col, to)
	}
	return b.f.AddChart(sheetTimeline, fmt.Sprintf("M%d", 2+n*18), &excelize.Chart{
		Type: excelize.Scatter,
		Series: []excelize.ChartSeries{{
			Name:       fmt.Sprintf("%s!$A$%d", sheetTimeline, labelRow),
			Categories: ref("B", first, last),
			Values:     ref("E", first, last),
			Marker: excelize.ChartMarker{Symbol: "circle", Size: 8,
				Fill:   excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F4E78"}},
				Border: excelize.LineOptions{Type: excelize.LineSolid, Width: 0.75, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F4E78"}}}},
		}},
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: title}}},
		Legend:    excelize.ChartLegend{Position: "none"},
		XAxis:     excelize.ChartAxis{NumFmt: excelize.ChartNumFmt{CustomNumFmt: "yyyy-mm-dd"}, MajorGridLines: true},
		YAxis:     excelize.ChartAxis{NumFmt: excelize.ChartNumFmt{CustomNumFmt: "#,##0"}, MajorGridLines: true},
		Dimension: excelize.ChartDimension{Width: 560, Height: 330},
	})
}

// Articles sheet columns.
const (
	xaFile = iota
	xaLine
	xaStatus
	xaProblems
	xaFormat
	xaOutlet
	xaPublished
	xaFirstSeen
	xaTitle
	xaURL
	xaBody
	xaRemoved
	xaClaims
	xaID
)

var articleColumns = []column{
	xaFile:      {"File", 28, 2},
	xaLine:      {"Line", 6, 0},
	xaStatus:    {"Status", 9, 0},
	xaProblems:  {"Problems", 40, 4},
	xaFormat:    {"Format", 8, 0},
	xaOutlet:    {"Outlet", 16, 0},
	xaPublished: {"Published", 11, 0},
	xaFirstSeen: {"First seen", 11, 0},
	xaTitle:     {"Title", 60, 3},
	xaURL:       {"URL", 40, 0},
	xaBody:      {"Body chars", 10, 0},
	xaRemoved:   {"Removed chars", 10, 0},
	xaClaims:    {"Claims", 8, 0},
	xaID:        {"Article ID", 19, 0},
}

// writeArticles writes every input, whatever became of it. Failed and
// skipped inputs are coloured; stored ones (analysed on an earlier night,
// their claims read from the store) are not: nothing went wrong with them.
func (b *book) writeArticles() error {
	t, err := b.newTable(sheetArticles, articleColumns)
	if err != nil {
		return err
	}
	for i := range b.r.Articles {
		a := &b.r.Articles[i]
		if target := fileLink(a.File); target != "" && !webURL(a.URL) {
			if err := t.link(xaFile, a.File, target, "External"); err != nil {
				return err
			}
		} else {
			t.text(xaFile, a.File)
		}
		if a.Line > 0 {
			t.integer(xaLine, a.Line)
		}
		t.text(xaStatus, string(a.Status))
		t.text(xaProblems, strings.Join(a.Problems, "\n"))
		t.text(xaFormat, string(a.Format))
		t.text(xaOutlet, a.Outlet)
		t.date(xaPublished, a.Published)
		t.date(xaFirstSeen, a.FirstSeen)
		t.text(xaTitle, a.Title)
		if webURL(a.URL) {
			if err := t.link(xaURL, a.URL, a.URL, "External"); err != nil {
				return err
			}
		} else {
			t.text(xaURL, a.URL)
		}
		t.integer(xaBody, a.BodyChars)
		t.integer(xaRemoved, a.RemovedChars)
		t.integer(xaClaims, len(b.x.ArticleClaims(i)))
		t.text(xaID, a.ID)
		if err := t.write(); err != nil {
			return err
		}
	}
	if t.rows > 0 {
		if err := b.f.SetConditionalFormat(sheetArticles, t.ref(xaStatus), []excelize.ConditionalFormatOptions{
			{Type: "cell", Criteria: "==", Value: strconv.Quote(string(analysis.StatusFailed)), Format: &b.st.sevHigh},
			{Type: "cell", Criteria: "==", Value: strconv.Quote(string(analysis.StatusSkipped)), Format: &b.st.sevMedium},
		}); err != nil {
			return err
		}
	}
	return t.finish("tblArticles")
}

// writeSummary writes the Summary sheet: marking, run, counts, the top
// discrepancies with links to their rows, and a chart of discrepancies by
// severity.
func (b *book) writeSummary() error {
	f, st, s := b.f, b.st, sheetSummary
	row := 1
	var err error
	put := func(col string, v any, style int) {
		if err != nil {
			return
		}
		cell := fmt.Sprintf("%s%d", col, row)
		switch v := v.(type) {
		case string:
			err = f.SetCellStr(s, cell, v)
		case nil:
		default:
			err = f.SetCellValue(s, cell, v)
		}
		if err == nil && style != 0 {
			err = f.SetCellStyle(s, cell, cell, style)
		}
	}
	pair := func(label string, labelStyle int, v any, style int) {
		put("A", label, labelStyle)
		put("B", v, style)
		row++
	}
	if b.opt.Marking != "" {
		put("A", oneLine(b.opt.Marking), st.marking)
		row += 2
	}
	put("A", "crosscheck report", st.title)
	row += 2
	runDate, _ := analysis.ParseDate(b.r.RunDate())
	if n, ok := dateSerial(runDate); ok {
		pair("Run date", st.label, n, st.date)
	} else {
		pair("Run date", st.label, b.r.RunDate(), st.text)
	}
	pair("Generated", st.label, b.r.Generated, st.text)
	pair("Inputs", st.label, strings.Join(b.r.Inputs, "\n"), st.wrap)
	if len(b.r.Inputs) > 1 && err == nil {
		err = f.SetRowHeight(s, row-1, float64(min(len(b.r.Inputs), 10)*lineHeight))
	}
	row++
	date := func(label string, d analysis.Date) {
		if n, ok := dateSerial(d); ok {
			pair(label, st.label, n, st.date)
		} else {
			pair(label, st.label, d.String(), st.text)
		}
	}
	if run := b.r.Run; run != nil {
		date("Night", run.Night)
		date("Compared from", run.WindowFrom)
		pair("Window (days)", st.label, run.WindowDays, st.integer)
		pair("New articles", st.label, run.New, st.integer)
		pair("Stored articles", st.label, run.Stored, st.integer)
		row++
	}

	sum := b.sum
	pair("Articles", st.label, sum.Articles, st.integer)
	type count struct {
		label string
		n     int
	}
	statuses := []count{{string(analysis.StatusOK), sum.OK}, {string(analysis.StatusSkipped), sum.Skipped}, {string(analysis.StatusFailed), sum.Failed}}
	if b.r.Run != nil || sum.Stored > 0 {
		statuses = slices.Insert(statuses, 1, count{string(analysis.StatusStored), sum.Stored})
	}
	for _, c := range statuses {
		pair(c.label, st.labelIndent, c.n, st.integer)
	}
	pair("Claims", st.label, sum.Claims, st.integer)
	pair("figures", st.labelIndent, sum.Figures, st.integer)
	pair("positions", st.labelIndent, sum.Positions, st.integer)
	pair("Subjects", st.label, sum.Subjects, st.integer)
	sevHeader := row
	pair("Discrepancies", st.label, sum.Discrepancies, st.integer)
	for _, sev := range []string{"high", "medium", "low"} {
		pair(sev, st.labelIndent, sum.Severity[sev], st.integer)
	}
	if b.r.Run != nil || b.marked() {
		pair("Since last night", st.label, nil, 0)
		for _, c := range []count{{analysis.MarkNew, sum.New}, {analysis.MarkChanged, sum.Changed}, {analysis.MarkUnchanged, sum.Unchanged}} {
			pair(c.label, st.labelIndent, c.n, st.integer)
		}
		pair("Reviewed", st.label, sum.Reviewed, st.integer)
		pair("dismissed, unchanged", st.labelIndent, sum.Settled, st.integer)
	}
	if err != nil {
		return err
	}
	if err := b.severityFormats(s, fmt.Sprintf("A%d:A%d", sevHeader+1, sevHeader+3)); err != nil {
		return err
	}
	// One series per severity, so each keeps its colour and the legend
	// names it.
	var series []excelize.ChartSeries
	for i, color := range []string{"C00000", "FFC000", "A5A5A5"} {
		series = append(series, excelize.ChartSeries{
			Name:       fmt.Sprintf("%s!$A$%d", s, sevHeader+1+i),
			Categories: fmt.Sprintf("%s!$A$%d", s, sevHeader),
			Values:     fmt.Sprintf("%s!$B$%d", s, sevHeader+1+i),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}},
		})
	}
	if err := f.AddChart(s, "D3", &excelize.Chart{
		Type:      excelize.Col,
		Series:    series,
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "Discrepancies by severity"}}},
		Legend:    excelize.ChartLegend{Position: "right"},
		YAxis:     excelize.ChartAxis{NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0"}, MajorGridLines: true},
		Dimension: excelize.ChartDimension{Width: 480, Height: 300},
	}); err != nil {
		return err
	}
	row = max(row, 20) + 1

	put("A", "Top discrepancies", st.title)
	row++
	// Settled discrepancies are last on the Discrepancies sheet and left
	// out here; the others keep their rows, so the links stay right.
	settled := len(b.discs) - b.open
	switch {
	case len(b.discs) == 0:
		put("A", "No discrepancies found.", st.note)
		row++
	case b.open == 0:
		put("A", fmt.Sprintf("No discrepancies need attention: the %s found %s dismissed earlier and %s not changed since.",
			plural(settled, "discrepancy"), wasWere(settled), hasHave(settled)), st.note)
		row++
	default:
		// The columns: Change only when the discrepancies carry marks.
		cols := []string{"ID", "Severity", "Class", "Subject", "Summary"}
		if b.marked() {
			cols = []string{"ID", "Severity", "Change", "Class", "Subject", "Summary"}
		}
		col := func(name string) string { return string(rune('A' + slices.Index(cols, name))) }
		for _, h := range cols {
			put(col(h), h, st.label)
		}
		row++
		top := b.discs[:min(b.open, maxTop)]
		for i, di := range top {
			d := &b.r.Discrepancies[di]
			put("A", d.ID, st.link)
			if err == nil {
				err = f.SetCellHyperLink(s, fmt.Sprintf("A%d", row), fmt.Sprintf("%s!A%d", sheetDiscrepancies, i+2), "Location")
			}
			put(col("Severity"), d.Severity, st.text)
			if b.marked() {
				put(col("Change"), markText(d.Mark), st.text)
			}
			put(col("Class"), d.Class, st.text)
			put(col("Subject"), d.Subject, st.wrap)
			put(col("Summary"), d.Summary, st.wrap)
			if err == nil {
				lines := max(wrappedLines(d.Summary, 90), wrappedLines(d.Subject, 24))
				if lines > 1 {
					err = f.SetRowHeight(s, row, float64(min(lines, 10)*lineHeight))
				}
			}
			row++
		}
		if err != nil {
			return err
		}
		if err := b.severityFormats(s, fmt.Sprintf("B%d:B%d", row-len(top), row-1)); err != nil {
			return err
		}
		if b.marked() {
			ref := fmt.Sprintf("%s%d:%s%d", col("Change"), row-len(top), col("Change"), row-1)
			if err := b.markFormats(s, ref); err != nil {
				return err
			}
		}
		if more := b.open - len(top); more > 0 {
			put("A", fmt.Sprintf("%d more on the Discrepancies sheet.", more), st.note)
			row++
		}
		if settled > 0 {
			put("A", fmt.Sprintf("Left out: %d dismissed earlier and unchanged since, listed last on the Discrepancies sheet.", settled), st.note)
			row++
		}
	}
	if run := b.r.Run; run != nil && len(run.ReviewProblems) > 0 {
		// What went wrong importing the analysts' reviews last night: a
		// status that is not one (its notes were kept), a workbook that
		// could not be read. Analysts fix the row in tonight's workbook.
		row++
		put("A", "Review import problems", st.title)
		row++
		shown := run.ReviewProblems[:min(len(run.ReviewProblems), maxProblems)]
		for _, p := range shown {
			put("A", truncate(oneLine(p), 500), st.note)
			row++
		}
		if more := len(run.ReviewProblems) - len(shown); more > 0 {
			put("A", fmt.Sprintf("%d more in the JSON report (run.review_problems).", more), st.note)
			row++
		}
	}
	row++
	put("A", "How to use", st.title)
	row++
	howTo := []string{
		"Discrepancies: one row per disagreement, most severe first. Set its Status and add notes; the Claims cell jumps to its claims.",
		"Claims: every claim, disputed subjects first. Filter the Discrepancies column on an ID to see exactly the claims involved.",
		"Timeline: each subject's figures by date and source, with a chart for every subject in a numeric discrepancy.",
		"Articles: every input, including files that were skipped or could not be read, with the problems found.",
	}
	if b.r.Run != nil || b.marked() {
		howTo[0] = "Discrepancies: one row per disagreement, most severe first; those dismissed earlier and unchanged since come last. " +
			"Change says what is new since last night. Set its Status and add notes: they are carried over to the next night's workbook. " +
			"The Claims cell jumps to its claims."
		howTo[3] = "Articles: every input, including files that were skipped or could not be read, with the problems found; " +
			"\"stored\" articles were analysed on an earlier night (First seen) and their claims come from the store."
	}
	howTo = append(howTo,
		"Severity: numeric findings score two points when the highest figure is 1.5 times the lowest or more (Highest ÷ lowest), "+
			"one for 1.2 times or more, one for three or more independent sources, and one off when the lowest and highest figures "+
			"are scoped differently; three or more is high, two medium, fewer low. Positions are high when someone denies and three "+
			"or more sources stand on the two sides. Rank is the finding's number in the briefing and the JSON report.")
	for _, line := range howTo {
		put("A", line, st.text)
		row++
	}
	for _, sheet := range b.capped {
		put("A", fmt.Sprintf("%s: only the first %d links are clickable (too many for one sheet); later rows show the same text without a link.", sheet, maxLinks), st.note)
		row++
	}
	for _, sheet := range []string{sheetDiscrepancies, sheetClaims, sheetTimeline, sheetArticles} {
		if n := b.overflow[sheet]; n > 0 {
			put("A", fmt.Sprintf("%s: %d more rows than Excel can hold (1,048,576 per sheet) were left off; the JSON report has them all.", sheet, n), st.note)
			row++
		}
	}
	if err != nil {
		return err
	}
	widths := []struct {
		col   string
		width float64
	}{{"A", 22}, {"B", 14}, {"C", 12}, {"D", 24}, {"E", 90}}
	if b.marked() {
		widths[3].width = 12
		widths = append(widths, widths[len(widths)-1])
		widths[4].width = 24
		widths[5].col = "F"
	}
	for _, w := range widths {
		if err := f.SetColWidth(s, w.col, w.col, w.width); err != nil {
			return err
		}
	}
	return b.pageSetup(s, true)
}

// marked reports whether any discrepancy carries a mark (a store was used).
func (b *book) marked() bool { return b.sum.Marked }

// wasWere and hasHave agree a verb with a count.
func wasWere(n int) string {
	if n == 1 {
		return "was"
	}
	return "were"
}

func hasHave(n int) string {
	if n == 1 {
		return "has"
	}
	return "have"
}

// setProperties fixes the document properties, so the same report gives
// the same file.
func (b *book) setProperties() error {
	stamp := b.r.RunDate() + "T00:00:00Z"
	if _, err := time.Parse(time.RFC3339, stamp); err != nil {
		stamp = "1970-01-01T00:00:00Z"
	}
	if err := b.f.SetDocProps(&excelize.DocProperties{
		Title:          "crosscheck report " + b.r.RunDate(),
		Subject:        "Discrepancies between news reports",
		Creator:        "crosscheck",
		LastModifiedBy: "crosscheck",
		Created:        stamp,
		Modified:       stamp,
		Description:    oneLine(b.opt.Marking),
	}); err != nil {
		return err
	}
	if err := b.f.SetAppProps(&excelize.AppProperties{Application: "crosscheck"}); err != nil {
		return err
	}
	// AddChart registers the image types from a map, in random order: sort
	// them so the content types part is the same on every run.
	if ct := b.f.ContentTypes; ct != nil {
		sort.SliceStable(ct.Defaults, func(i, j int) bool { return ct.Defaults[i].Extension < ct.Defaults[j].Extension })
	}
	return nil
}

// oneLine replaces line breaks and tabs with spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// truncate shortens s to at most n runes, ending with "…" when cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
