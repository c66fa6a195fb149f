package pdf

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"crosscheck/analysis"
	"crosscheck/report/format"
)

// The briefing PDF: a title page with the run's coverage and the key
// findings, one section per discrepancy (chart or table of positions, then
// the claims), and an appendix with the articles read and the method.
//
// With a store (Report.Run set, discrepancies marked), the title page
// names the night and the comparison window, new and changed findings
// carry a NEW or CHANGED tag in the key findings and under their section
// heading, a section shows the analyst's review carried over from the
// workbook, and settled discrepancies (dismissed, unchanged since) get no
// section: they are listed briefly after the key findings.
//
// The document is laid out twice: the first pass counts the pages and
// notes where each section starts, the second draws "Page N of M" and the
// page references with those numbers. fpdf's own page-count alias is not
// used, because it would also replace the alias inside article text.

// Write writes x.Report as the analysts' briefing PDF. The same report
// and options always give the same bytes: the document's dates are the
// run date at midnight UTC and nothing depends on map order or the clock.
// Characters none of the embedded fonts can draw appear as "□"; call
// Warnings for the list.
func Write(w io.Writer, x *analysis.Index, opt format.Options) error {
	first, err := layoutBriefing(x, opt, nil)
	if err != nil {
		return err
	}
	final, err := layoutBriefing(x, opt, first)
	if err != nil {
		return err
	}
	if err := final.pdf.Output(w); err != nil {
		return fmt.Errorf("write pdf: %w", err)
	}
	return nil
}

// maxSections, maxSettled and maxArticles bound the briefing on
// a very large night: the top discrepancies get a section each, the
// settled ones a line each, and the appendix lists the first articles; the
// briefing says how many more the workbook holds.
const (
	maxSections = 60
	maxSettled  = 100
	maxArticles = 1000
)

// Warnings returns what the briefing for r cannot show as written: each
// character that none of the embedded fonts has (drawn as "□") and each
// invisible control character removed, with a count and the first text it
// occurred in, in code point order. It is empty when every character of
// the report can be drawn. It lays the document out without writing it.
func Warnings(r *analysis.Report, opt format.Options) []string {
	b, err := layoutBriefing(analysis.NewIndex(r), opt, nil)
	if err != nil {
		return []string{"pdf: " + err.Error()}
	}
	return b.e.warn.list()
}

// Page geometry, in millimetres.
const (
	marginX      = 18.0
	contentTop   = 24.0 // first baseline area below the running header
	contentFloor = 21.0 // distance from the page bottom where content stops
)

// Colours.
var (
	colText    = rgb{25, 25, 25}
	colMuted   = rgb{95, 99, 104}
	colFaint   = rgb{150, 154, 160}
	colNavy    = rgb{24, 50, 88}
	colRule    = rgb{200, 204, 210}
	colHair    = rgb{222, 225, 230}
	colHeadBg  = rgb{233, 237, 243}
	colZebra   = rgb{247, 248, 250}
	colHigh    = rgb{170, 32, 38}
	colMedium  = rgb{196, 112, 0}
	colLow     = rgb{88, 108, 132}
	colWhite   = rgb{255, 255, 255}
	colPoint   = rgb{24, 50, 88}
	colWhisker = rgb{90, 120, 160}
	colNew     = rgb{0, 112, 192}
	colChanged = rgb{112, 48, 160}
)

// briefing is one layout pass over a report.
type briefing struct {
	pdf *fpdf.Fpdf
	e   *engine
	r   *analysis.Report
	x   *analysis.Index
	sum analysis.Summary
	opt format.Options

	pageW, pageH float64
	left, right  float64 // x of the content's edges
	width        float64 // content width
	y            float64 // where the next thing goes
	bottom       float64 // lowest y content may reach

	runDate analysis.Date
	section string // running header text for pages started from now on

	prev    *briefing      // the previous pass, for page numbers; nil on the first
	anchors map[string]int // section key -> page it starts on, this pass

	*selection
}

// selection is what the briefing shows of a report: the most severe
// open discrepancies and the first settled ones, by their index in the
// report. It is worked out once and shared by the layout passes; its
// size does not grow with the night's.
type selection struct {
	ranked  []int // open discrepancies with a section, most severe first
	open    int   // open (not settled) discrepancies, before the maxSections cut
	settled []int // the first maxSettled dismissed and unchanged since, most severe first
}

// selectFindings ranks r's discrepancies and keeps what the briefing shows.
func selectFindings(r *analysis.Report) *selection {
	s := &selection{}
	for _, i := range rank(r.Discrepancies) {
		if r.Discrepancies[i].Settled() {
			if len(s.settled) < maxSettled {
				s.settled = append(s.settled, i)
			}
			continue
		}
		// A briefing is read, not searched: the most severe findings get
		// a section each; the workbook lists them all.
		if s.open++; len(s.ranked) < maxSections {
			s.ranked = append(s.ranked, i)
		}
	}
	return s
}

// pageSizes maps the accepted Options.PageSize values (lower case) to fpdf
// sizes.
var pageSizes = map[string]string{"": "A4", "a4": "A4", "letter": "Letter"}

// layoutBriefing lays the whole document out; prev is the previous pass or
// nil.
func layoutBriefing(x *analysis.Index, opt format.Options, prev *briefing) (*briefing, error) {
	if x == nil || x.Report == nil {
		return nil, fmt.Errorf("write pdf: no report")
	}
	size, ok := pageSizes[strings.ToLower(strings.TrimSpace(opt.PageSize))]
	if !ok {
		return nil, fmt.Errorf("write pdf: page size %q: want A4 or Letter", opt.PageSize)
	}
	r := x.Report
	pdf := fpdf.New("P", "mm", size, "")
	b := &briefing{
		pdf:     pdf,
		e:       &engine{pdf: pdf, warn: &glyphWarnings{}},
		r:       r,
		x:       x,
		opt:     opt,
		prev:    prev,
		anchors: map[string]int{},
	}
	b.pageW, b.pageH = pdf.GetPageSize()
	b.left, b.right = marginX, b.pageW-marginX
	b.width = b.right - b.left
	b.bottom = b.pageH - contentFloor
	if prev != nil {
		// The second pass lays out the same findings.
		b.selection, b.sum = prev.selection, prev.sum
	} else {
		b.selection, b.sum = selectFindings(r), analysis.Summarize(r)
	}

	created := time.Unix(0, 0).UTC()
	if d, err := analysis.ParseDate(r.RunDate()); err == nil {
		b.runDate = d
		created = d.Time()
	}
	pdf.SetCreationDate(created)
	pdf.SetModificationDate(created)
	pdf.SetCatalogSort(true)
	pdf.SetCompression(true)
	pdf.SetTitle("crosscheck briefing "+r.RunDate(), true)
	pdf.SetSubject("Figures and positions compared across sources", true)
	pdf.SetCreator("crosscheck", true)
	pdf.SetProducer("crosscheck (go-pdf/fpdf)", true)
	pdf.SetLang("en")
	pdf.SetMargins(marginX, contentTop, marginX)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCellMargin(0)
	b.e.ensureFont(faceRegular)
	pdf.SetFont(fonts[faceRegular].family, "", 10) // Bookmark needs a UTF-8 font current
	pdf.SetHeaderFunc(b.header)
	pdf.SetFooterFunc(b.footer)

	b.titlePage()
	for i, d := range b.ranked {
		b.discrepancySection(i+1, d)
	}
	b.appendix()

	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("write pdf: %w", err)
	}
	return b, nil
}

// newPage starts a page; the header and footer come from fpdf's hooks.
func (b *briefing) newPage() {
	b.pdf.AddPage()
	b.y = contentTop
}

// need starts a new page unless h mm still fit on this one; it reports
// whether it did.
func (b *briefing) need(h float64) bool {
	if b.y+h <= b.bottom {
		return false
	}
	b.newPage()
	return true
}

// page returns the current page number.
func (b *briefing) page() int { return b.pdf.PageNo() }

// anchor records that the section key starts on the current page.
func (b *briefing) anchor(key string) {
	if _, ok := b.anchors[key]; !ok {
		b.anchors[key] = b.page()
	}
}

// pageOf returns the page the section key started on in the previous
// pass, or 0.
func (b *briefing) pageOf(key string) int {
	if b.prev == nil {
		return 0
	}
	return b.prev.anchors[key]
}

// totalPages returns the page count of the previous pass, or 0.
func (b *briefing) totalPages() int {
	if b.prev == nil {
		return 0
	}
	return b.prev.pdf.PageNo()
}

// header draws the marking line and, after the first page, the running
// header.
func (b *briefing) header() {
	if text, st := b.marking(); text != "" {
		b.e.drawAligned(b.left, 9.5, b.width, text, st, 'C')
	}
	if b.page() == 1 {
		return
	}
	st := style{faceRegular, 7.5, colMuted}
	left := "crosscheck briefing · " + longDate(b.runDate)
	if run := b.r.Run; run != nil && !run.Night.IsZero() {
		left = "crosscheck briefing · night of " + longDate(run.Night)
	}
	lw := width(left, st.face, st.size)
	b.e.draw(b.left, 16, left, st)
	b.e.drawAligned(b.left+lw+6, 16, b.width-lw-6, b.e.fit(b.section, st, b.width-lw-6), st, 'R')
	b.rule(b.left, 18, b.right, 18, colRule, 0.2)
}

// marking returns the marking line and its style: bold 8.5 pt, smaller
// down to 6 pt when it is too long for the width, and shortened only if
// even that does not fit.
func (b *briefing) marking() (string, style) {
	text := clean(b.opt.Marking, b.e.warn)
	st := style{faceBold, 8.5, colText}
	for st.size > 6 && width(text, st.face, st.size) > b.width {
		st.size -= 0.5
	}
	return b.e.fit(text, st, b.width), st
}

// footer draws the page number, the run and the marking line.
func (b *briefing) footer() {
	y := b.pageH - 16
	b.rule(b.left, y, b.right, y, colRule, 0.2)
	st := style{faceRegular, 7.5, colMuted}
	total := "?"
	if n := b.totalPages(); n > 0 {
		total = strconv.Itoa(n)
	}
	b.e.draw(b.left, y+4, "crosscheck · run of "+longDate(b.runDate), st)
	b.e.drawAligned(b.left, y+4, b.width, fmt.Sprintf("Page %d of %s", b.page(), total), style{faceBold, 7.5, colText}, 'R')
	if text, st := b.marking(); text != "" {
		b.e.drawAligned(b.left, b.pageH-7, b.width, text, st, 'C')
	}
}

// rule draws a line.
func (b *briefing) rule(x1, y1, x2, y2 float64, c rgb, w float64) {
	b.pdf.SetDrawColor(c.r, c.g, c.b)
	b.pdf.SetLineWidth(w)
	b.pdf.Line(x1, y1, x2, y2)
}

// fillRect draws a filled rectangle.
func (b *briefing) fillRect(x, y, w, h float64, c rgb) {
	b.pdf.SetFillColor(c.r, c.g, c.b)
	b.pdf.Rect(x, y, w, h, "F")
}

// baseline returns the baseline of a line of text of the given size
// whose line box starts at top.
func baseline(top, size float64) float64 { return top + 0.99*size*mmPerPt }

// bookmark adds an outline entry at the current position.
func (b *briefing) bookmark(text string, level int) {
	b.pdf.SetFont(fonts[faceRegular].family, "", 10)
	b.pdf.Bookmark(clean(text, nil), level, b.y)
}

// heading draws a section or subsection title, keeping at least keep mm
// of what follows on the same page, and bookmarks it at level (-1: no
// bookmark).
func (b *briefing) heading(text string, size float64, keep float64, level int) {
	st := style{faceBold, size, colNavy}
	lines := b.e.wrap(text, st, b.width)
	lh := lineHeight(size)
	b.need(float64(len(lines))*lh + keep)
	if level >= 0 {
		b.bookmark(text, level)
	}
	for _, l := range lines {
		b.e.draw(b.left, baseline(b.y, size), l, st)
		b.y += lh
	}
	b.y += size * mmPerPt * 0.45
}

// paragraph draws wrapped text across the content width (less indent),
// breaking pages between lines.
func (b *briefing) paragraph(text string, st style, indent float64) {
	lh := lineHeight(st.size)
	for _, l := range b.e.wrap(text, st, b.width-indent) {
		b.need(lh)
		b.e.draw(b.left+indent, baseline(b.y, st.size), l, st)
		b.y += lh
	}
}

// markTag is the tag a discrepancy's mark shows and its colour: NEW
// or CHANGED; empty for unchanged and unmarked ones.
func markTag(mark string) (string, rgb) {
	switch mark {
	case analysis.MarkNew:
		return "NEW", colNew
	case analysis.MarkChanged:
		return "CHANGED", colChanged
	}
	return "", rgb{}
}

// severityColor is the colour of a severity's badge.
func severityColor(s string) rgb {
	switch strings.ToLower(s) {
	case "high":
		return colHigh
	case "medium":
		return colMedium
	}
	return colLow
}

// rank returns the indexes of ds in the findings' one order
// (analysis.RankOrder: their Rank, which the workbook and the JSON show).
func rank(ds []analysis.Discrepancy) []int { return analysis.RankOrder(ds, false) }

// deref returns *p, or 0 for nil.
func deref(p *float64) float64 {
	if p == nil {
		return 0
	}
	return *p
}

// shortDate formats a date as "19 Oct 2024", or "undated".
func shortDate(d analysis.Date) string {
	if d.IsZero() {
		return "undated"
	}
	return d.Time().Format("2 Jan 2006")
}

// longDate formats a date as "19 October 2024", or "undated".
func longDate(d analysis.Date) string {
	if d.IsZero() {
		return "undated"
	}
	return d.Time().Format("2 January 2006")
}

// dateRange formats a span of dates compactly: "15–19 Oct 2024",
// "15 Oct – 4 Nov 2024", "30 Dec 2024 – 2 Jan 2025".
func dateRange(a, z analysis.Date) string {
	switch {
	case a.IsZero() && z.IsZero():
		return "undated"
	case a.IsZero():
		return shortDate(z)
	case z.IsZero() || a == z:
		return shortDate(a)
	case a.Year != z.Year:
		return shortDate(a) + " – " + shortDate(z)
	case a.Month != z.Month:
		return a.Time().Format("2 Jan") + " – " + shortDate(z)
	}
	return strconv.Itoa(a.Day) + "–" + shortDate(z)
}

// number writes v with thousands separators and at most two
// decimals, trailing zeros dropped: 12000 -> "12,000", 0.5 -> "0.5".
func number(v float64) string {
	neg := v < 0
	if neg {
		v = -v
	}
	s := strconv.FormatFloat(v, 'f', 2, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	frac = strings.TrimRight(frac, "0")
	var b strings.Builder
	if neg {
		b.WriteString("−")
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// scaled writes a round value of a million or more with its scale word,
// as a reader would say it: 6,600,000,000 -> "6.6 billion", 1,030,000 ->
// "1.03 million"; a value the scale word would round ("14,213,027") is
// written in full by number.
func scaled(v float64) string {
	for _, s := range []struct {
		f    float64
		word string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}} {
		if math.Abs(v) < s.f {
			continue
		}
		x := v / s.f
		if r := math.Round(x*100) / 100; math.Abs(r*s.f-v) < 0.5 {
			return number(r) + " " + s.word
		}
		break
	}
	return number(v)
}

// quantity writes a value with its unit: "12,000", "45%",
// "USD 3,000", "20 km".
func quantity(v float64, unit string) string {
	n := scaled(v)
	switch unit {
	case "":
		return n
	case "%":
		return n + "%"
	case "USD", "EUR", "GBP", "RUB", "KRW", "JPY", "CNY", "UAH":
		return unit + " " + n
	}
	return n + " " + unit
}

// percent formats a ratio as a whole percentage: 0.5 -> "50%".
// ratio says how far apart a finding's lowest and highest figures are:
// "1.2×", "75×"; "" when there is no ratio to give.
func ratio(lo, hi *float64) string {
	if lo == nil || hi == nil || *lo <= 0 || *hi <= *lo || math.IsInf(*hi, 0) {
		return ""
	}
	r := *hi / *lo
	switch {
	case r >= 10:
		return strconv.FormatFloat(r, 'f', 0, 64) + "×"
	case r >= 1.05:
		return strconv.FormatFloat(r, 'f', 1, 64) + "×"
	}
	return strconv.FormatFloat(r, 'f', 2, 64) + "×"
}

// plural returns "1 claim" or "3 claims".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return count(n) + " " + many
}

// oneMany returns one when n is 1, else many: for the words that
// agree with a count ("was"/"were").
func oneMany(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// count writes a count with thousands separators.
func count(n int) string { return number(float64(n)) }
