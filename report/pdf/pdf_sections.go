package pdf

import (
	"cmp"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"crosscheck/analysis"
)

// The briefing's sections: title page with coverage and key findings, one
// section per discrepancy, and the appendix.

// Text styles.
var (
	bodyStyle  = style{faceRegular, 9.5, colText}
	noteStyle  = style{faceRegular, 8.5, colMuted}
	labelStyle = style{faceBold, 8.5, colMuted}
	cellStyle  = style{faceRegular, 7.8, colText}
	cellBold   = style{faceBold, 7.8, colText}
	cellMuted  = style{faceRegular, 6.9, colMuted}
	quoteStyle = style{faceItalic, 7.8, colText}
)

// titlePage draws the title block, the coverage and the key findings.
func (b *briefing) titlePage() {
	b.section = "Summary"
	b.newPage()
	b.bookmark("Summary", 0)
	b.anchor("summary")

	b.e.draw(b.left, baseline(b.y, 9), "SOURCE COMPARISON BRIEFING", style{faceBold, 9, colMuted})
	b.y += 6
	b.e.draw(b.left, baseline(b.y, 24), "crosscheck briefing", style{faceBold, 24, colNavy})
	b.y += 11
	b.e.draw(b.left, baseline(b.y, 12), "Run of "+longDate(b.runDate), style{faceRegular, 12, colMuted})
	b.y += 8
	if line := b.nightLine(); line != "" {
		st := style{faceRegular, 10, colMuted}
		b.e.draw(b.left, baseline(b.y-2, st.size), b.e.fit(line, st, b.width), st)
		b.y += 5
	}
	b.rule(b.left, b.y, b.right, b.y, colNavy, 0.6)
	b.y += 5

	b.heading("Coverage", 12, 30, -1)
	for _, kv := range b.coverage() {
		b.keyValue(kv[0], kv[1])
	}
	b.y += 4

	b.section = "Key findings"
	b.heading("Key findings", 12, 25, 1)
	b.anchor("findings")
	b.keyFindings()
}

// nightLine is the title page's line on the night and the comparison
// window, "Night of 5 November 2024 · compared with claims since 22
// October 2024 (14-day window)"; empty without a store.
func (b *briefing) nightLine() string {
	run := b.r.Run
	if run == nil {
		return ""
	}
	var parts []string
	if !run.Night.IsZero() {
		parts = append(parts, "Night of "+longDate(run.Night))
	}
	if w := window(run); w != "" {
		parts = append(parts, "compared with claims "+w)
	}
	if len(parts) > 0 {
		parts[0] = strings.ToUpper(parts[0][:1]) + parts[0][1:]
	}
	return strings.Join(parts, " · ")
}

// window describes the comparison window: "since 22 October 2024
// (14-day window)".
func window(run *analysis.RunInfo) string {
	days := ""
	if run.WindowDays > 0 {
		days = "(" + strconv.Itoa(run.WindowDays) + "-day window)"
	}
	if run.WindowFrom.IsZero() {
		if days == "" {
			return ""
		}
		return "from a " + strings.Trim(days, "()")
	}
	return strings.TrimSpace("since " + longDate(run.WindowFrom) + " " + days)
}

// keyValue draws a label and its wrapped value.
func (b *briefing) keyValue(label, value string) {
	const labelW = 36.0
	lines := b.e.wrap(value, bodyStyle, b.width-labelW)
	lh := lineHeight(bodyStyle.size)
	b.need(lh)
	b.e.draw(b.left, baseline(b.y, bodyStyle.size), b.e.fit(label, labelStyle, labelW-2), labelStyle)
	for _, l := range lines {
		b.need(lh)
		b.e.draw(b.left+labelW, baseline(b.y, bodyStyle.size), l, bodyStyle)
		b.y += lh
	}
	b.y += 0.8
}

// coverage returns the title page's label and value pairs.
func (b *briefing) coverage() [][2]string {
	r := b.r
	// The time of day of the run is left out on purpose: the briefing
	// depends only on the run date, so reruns on one day give one file.
	// The night and the window are on the line under the title.
	var out [][2]string
	n := b.sum
	read := fmt.Sprintf("%s: %s analysed, %s skipped, %s failed",
		plural(n.Articles, "article", "articles"), count(n.OK), count(n.Skipped), count(n.Failed))
	if r.Run != nil || n.Stored > 0 {
		read = fmt.Sprintf("%s: %s analysed tonight, %s stored from earlier nights, %s skipped, %s failed",
			plural(n.Articles, "article", "articles"), count(n.OK), count(n.Stored),
			count(n.Skipped), count(n.Failed))
	}
	out = append(out, [2]string{"Articles read", read})

	outlets := map[string]int{}
	var names []string
	for _, a := range r.Articles {
		o := strings.TrimSpace(a.Outlet)
		if o == "" {
			continue
		}
		if outlets[o] == 0 {
			names = append(names, o)
		}
		outlets[o]++
	}
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(strings.Compare(strings.ToLower(a), strings.ToLower(b)), strings.Compare(a, b))
	})
	var parts []string
	for _, o := range names {
		if outlets[o] > 1 {
			o += " (" + count(outlets[o]) + ")"
		}
		parts = append(parts, o)
	}
	if len(parts) == 0 {
		parts = []string{"none identified"}
	}
	out = append(out, [2]string{"Outlets", strings.Join(parts, ", ")})

	var first, last analysis.Date
	undated := 0
	for _, a := range r.Articles {
		if a.Status != analysis.StatusOK && a.Status != analysis.StatusStored {
			continue
		}
		if a.Published.IsZero() {
			undated++
			continue
		}
		if first.IsZero() || a.Published.Before(first) {
			first = a.Published
		}
		if last.IsZero() || last.Before(a.Published) {
			last = a.Published
		}
	}
	pub := "no publication dates"
	if !first.IsZero() {
		pub = dateRange(first, last)
	}
	if undated > 0 {
		pub += "; " + plural(undated, "article", "articles") + " undated"
	}
	out = append(out, [2]string{"Published", pub})

	out = append(out, [2]string{"Claims", fmt.Sprintf("%s: %s and %s, in %s",
		count(n.Claims), plural(n.Figures, "figure", "figures"), plural(n.Positions, "statement of position", "statements of position"),
		plural(n.Subjects, "subject", "subjects"))})

	// Severities are matched in any case here (the workbook matches them
	// as written; the comparison writes them in lower case).
	sev := map[string]int{}
	for s, k := range n.Severity {
		sev[strings.ToLower(s)] += k
	}
	out = append(out, [2]string{"Discrepancies", fmt.Sprintf("%s: %s high, %s medium, %s low",
		count(n.Discrepancies), count(sev["high"]), count(sev["medium"]), count(sev["low"]))})
	if n.Marked || r.Run != nil {
		since := fmt.Sprintf("%s new, %s changed, %s unchanged; %s reviewed",
			count(n.New), count(n.Changed), count(n.Unchanged), count(n.Reviewed))
		if n.Settled > 0 {
			since += fmt.Sprintf(" (%s dismissed and unchanged since)", count(n.Settled))
		}
		out = append(out, [2]string{"Since last night", since})
	}
	if r.Run != nil && len(r.Run.ReviewProblems) > 0 {
		// Last night's review import: what could not be taken from the
		// analysts' workbook (the workbook's Summary lists them all).
		const shown = 3
		ps := r.Run.ReviewProblems
		var parts []string
		for _, p := range ps[:min(len(ps), shown)] {
			parts = append(parts, clean(p, b.e.warn))
		}
		v := plural(len(ps), "problem", "problems") + ": " + strings.Join(parts, "; ")
		if len(ps) > shown {
			v += fmt.Sprintf("; and %d more, listed on the workbook's Summary sheet", len(ps)-shown)
		}
		out = append(out, [2]string{"Review import", v})
	}
	return out
}

// keyFindings draws the ranked list of discrepancies, one line each.
func (b *briefing) keyFindings() {
	if len(b.ranked) == 0 && len(b.settled) == 0 {
		b.paragraph(fmt.Sprintf("No discrepancies were found among the %s read.", plural(b.sum.Claims, "claim", "claims")), bodyStyle, 0)
		return
	}
	if len(b.ranked) > 0 {
		t := table{cols: []column{
			{"#", 0.05, 'R'}, {"Severity", 0.10, 'L'}, {"Subject", 0.23, 'L'}, {"Finding", 0.53, 'L'}, {"Page", 0.07, 'R'},
		}}
		if b.sum.Marked {
			t.cols = []column{
				{"#", 0.05, 'R'}, {"Severity", 0.10, 'L'}, {"Change", 0.10, 'L'}, {"Subject", 0.21, 'L'}, {"Finding", 0.47, 'L'}, {"Page", 0.07, 'R'},
			}
		}
		for i, di := range b.ranked {
			d := &b.r.Discrepancies[di]
			sev := style{faceBold, 7.8, severityColor(d.Severity)}
			page := ""
			if p := b.pageOf("d:" + d.ID); p > 0 {
				page = strconv.Itoa(p)
			}
			row := row{
				{{text: strconv.Itoa(i + 1), st: cellStyle}},
				{{text: strings.ToUpper(d.Severity), st: sev, oneLine: true}},
				{{text: subjectFirst(d.Subject), st: cellBold, oneLine: true}},
				{{text: b.shortFinding(di), st: cellStyle, oneLine: true}},
				{{text: page, st: cellStyle}},
			}
			if b.sum.Marked {
				row = slices.Insert(row, 2, tagCell(d.Mark))
			}
			t.rows = append(t.rows, row)
		}
		t.draw(b)
		note := "Ranked by severity, then by the number of independent sources. Each finding is set out in its own section; " +
			"the method and the meaning of the severities are in Appendix B."
		if b.sum.Marked {
			note = "Ranked by severity, then by the number of independent sources. NEW: not reported before; CHANGED: a figure or " +
				"position has joined it since the last run. Each finding is set out in its own section; the method and the meaning " +
				"of the severities are in Appendix B."
		}
		b.paragraph(note, noteStyle, 0)
		if more := b.open - len(b.ranked); more > 0 {
			b.paragraph(fmt.Sprintf("This briefing sets out the %d most severe of %d discrepancies; the other %d are listed on the "+
				"Discrepancies sheet of the workbook.", len(b.ranked), b.open, more), noteStyle, 0)
		}
	} else {
		b.paragraph(fmt.Sprintf("No discrepancies need attention tonight: the %s found %s dismissed by an analyst on an earlier "+
			"night, and nothing has joined %s since.", plural(b.sum.Settled, "discrepancy", "discrepancies"),
			oneMany(b.sum.Settled, "was", "were"), oneMany(b.sum.Settled, "it", "them")), bodyStyle, 0)
	}
	b.settledList()
	b.y += 6
	b.heading("About this briefing", 12, 20, -1)
	b.paragraph("crosscheck reads the day's articles, extracts each figure and each statement of position with the source it is "+
		"attributed to, groups them by subject and flags where sources disagree. Figures and sentences are quoted as written; "+
		"“said on” is the date the statement was made where the article gives it, otherwise the article's publication date. "+
		"The articles read and any problems with them are listed in Appendix A.", bodyStyle, 0)
}

// tagCell is a table cell holding a discrepancy's NEW or CHANGED tag;
// empty for other marks.
func tagCell(mark string) cell {
	text, c := markTag(mark)
	if text == "" {
		return nil
	}
	return cell{{text: text, st: style{faceBold, 6.5, colWhite}, tag: &c}}
}

// settledList lists, after the key findings, the discrepancies an analyst
// dismissed on an earlier night that nothing has joined since: one line
// each, with the analyst's notes, and no section.
func (b *briefing) settledList() {
	if len(b.settled) == 0 {
		return
	}
	list := b.settled // the first maxSettled
	b.y += 4
	b.heading(fmt.Sprintf("Dismissed earlier, unchanged (%d)", b.sum.Settled), 10, 20, 1)
	b.anchor("settled")
	t := table{cols: []column{
		{"Severity", 0.10, 'L'}, {"Subject", 0.21, 'L'}, {"Finding", 0.40, 'L'}, {"Analyst notes", 0.29, 'L'},
	}, zebra: true}
	for _, di := range list {
		d := &b.r.Discrepancies[di]
		notes := cell{{text: "no notes", st: style{faceItalic, 7.8, colMuted}}}
		if d.Review != nil && strings.TrimSpace(d.Review.Notes) != "" {
			notes = cell{{text: excerpt(clean(d.Review.Notes, b.e.warn), 200), st: cellStyle}}
		}
		t.rows = append(t.rows, row{
			{{text: strings.ToUpper(d.Severity), st: style{faceBold, 7.8, colMuted}, oneLine: true}},
			{{text: d.Subject, st: cellBold}},
			{{text: b.shortFinding(di), st: cellStyle}},
			notes,
		})
	}
	t.draw(b)
	note := "An analyst dismissed these on an earlier night and no figure or position has joined them since, so they have no " +
		"section here; they are listed last on the Discrepancies sheet of the workbook. One that changes comes back as CHANGED."
	if more := b.sum.Settled - len(list); more > 0 {
		note += fmt.Sprintf(" The first %d of %d are listed.", len(list), b.sum.Settled)
	}
	b.paragraph(note, noteStyle, 0)
}

// classPhrase names a discrepancy class in words.
func classPhrase(class string) string {
	switch class {
	case analysis.ClassConflicting:
		return "Conflicting figures"
	case analysis.ClassRevised:
		return "Revised figure"
	case analysis.ClassTally:
		return "Rising tally"
	case analysis.ClassInternal:
		return "Internal inconsistency"
	case analysis.ClassSplit:
		return "Sources split"
	case analysis.ClassChanged:
		return "Position changed"
	case analysis.ClassBreak:
		return "Toll fell below an earlier figure"
	}
	if class == "" {
		return "Discrepancy"
	}
	return strings.ToUpper(class[:1]) + class[1:]
}

// polarityVerb describes a side of a stance discrepancy.
func polarityVerb(label string, n int) string {
	switch analysis.Polarity(label) {
	case analysis.Asserted:
		return strconv.Itoa(n) + " assert"
	case analysis.Denied:
		return strconv.Itoa(n) + " deny"
	case analysis.Unconfirmed:
		return strconv.Itoa(n) + " could not confirm"
	case analysis.Conditional:
		return strconv.Itoa(n) + " conditional"
	}
	return strconv.Itoa(n) + " " + label
}

// subjectFirst puts what a finding counts before its story, so that a
// cut-off line keeps the measure: "Hospital strike (Gaza, Oct 2023):
// killed" -> "killed · Hospital strike (Gaza, Oct 2023)".
func subjectFirst(subject string) string {
	if i := strings.LastIndex(subject, "): "); i >= 0 {
		return subject[i+3:] + " · " + subject[:i+1]
	}
	return subject
}

// shortFinding is a one-line form of discrepancy di's summary, built from
// its fields.
func (b *briefing) shortFinding(di int) string {
	d := &b.r.Discrepancies[di]
	head := classPhrase(d.Class)
	switch {
	case d.Kind == "numeric" && d.Low != nil && d.High != nil:
		unit := b.unitOf(di)
		s := fmt.Sprintf("%s: %s to %s", head, quantity(*d.Low, unit), quantity(*d.High, unit))
		if r := ratio(d.Low, d.High); r != "" {
			s += " (" + r + ")"
		}
		return s + "; " + plural(d.Sources, "independent source", "independent sources")
	case d.Kind == "stance" && d.Class != analysis.ClassChanged && len(d.Sides) > 0:
		var parts []string
		for _, s := range d.Sides {
			parts = append(parts, polarityVerb(s.Label, len(s.Sources)))
		}
		return head + ": " + strings.Join(parts, ", ")
	}
	first, _, _ := strings.Cut(d.Summary, ". ")
	return head + ": " + first
}

// unitOf returns the unit of numeric discrepancy di's figures.
func (b *briefing) unitOf(di int) string {
	for _, k := range b.x.DiscrepancyClaims(di) {
		if c := &b.r.Claims[k]; c.Unit != "" {
			return c.Unit
		}
	}
	return ""
}

// claimsOf returns discrepancy di's claims in date order, undated last,
// then by source and position.
func (b *briefing) claimsOf(di int) []*analysis.Claim {
	ks := b.x.DiscrepancyClaims(di)
	cs := make([]*analysis.Claim, 0, len(ks))
	for _, k := range ks {
		cs = append(cs, &b.r.Claims[k])
	}
	slices.SortStableFunc(cs, func(x, y *analysis.Claim) int {
		return cmp.Or(
			compareDates(x.SaidOn, y.SaidOn),
			strings.Compare(strings.ToLower(x.Source), strings.ToLower(y.Source)),
			strings.Compare(x.Article, y.Article),
			cmp.Compare(x.Offset, y.Offset),
			strings.Compare(x.ID, y.ID),
		)
	})
	return cs
}

// compareDates orders dates, unknown last.
func compareDates(a, z analysis.Date) int {
	switch {
	case a == z:
		return 0
	case a.IsZero():
		return 1
	case z.IsZero():
		return -1
	case a.Before(z):
		return -1
	}
	return 1
}

// outletOf returns the outlet of the article a claim comes from.
func (b *briefing) outletOf(c *analysis.Claim) string {
	if a := b.x.Article(c.Article); a != nil {
		return a.Outlet
	}
	return ""
}

// claimDateOutlet is "19 Oct 2024 · Novinite".
func (b *briefing) claimDateOutlet(c *analysis.Claim) string {
	s := shortDate(c.SaidOn)
	if o := b.outletOf(c); o != "" {
		s += " · " + o
	}
	return s
}

// badge draws a severity badge at (x, top) and returns its width.
func (b *briefing) badge(x, top float64, severity string) float64 {
	return b.pill(x, top, strings.ToUpper(severity), severityColor(severity))
}

// pill draws text in white on a rounded rectangle of colour c at (x, top)
// and returns its width.
func (b *briefing) pill(x, top float64, text string, c rgb) float64 {
	st := style{faceBold, 8, colWhite}
	text = b.e.fit(text, st, 30)
	w := width(text, st.face, st.size) + 5
	b.pdf.SetFillColor(c.r, c.g, c.b)
	b.pdf.RoundedRect(x, top, w, 5, 1, "1234", "F")
	b.e.draw(x+2.5, top+3.6, text, st)
	return w
}

// discrepancySection draws one discrepancy's section on a new page.
func (b *briefing) discrepancySection(n int, di int) {
	d := &b.r.Discrepancies[di]
	num := n
	if d.Rank > 0 {
		num = d.Rank // the rank the workbook and the JSON show
	}
	title := fmt.Sprintf("%d. %s", num, clean(d.Subject, nil))
	b.section = title
	b.newPage()
	if n == 1 {
		b.bookmark("Discrepancies", 0)
	}
	b.anchor("d:" + d.ID)
	tag, tagColor := markTag(d.Mark)
	mark := ""
	if tag != "" {
		mark = ", " + strings.ToLower(tag)
	}
	b.bookmark(fmt.Sprintf("%s (%s, %s%s)", title, d.Kind, strings.ToLower(d.Severity), mark), 1)
	b.heading(title, 15, 30, -1)

	// Badges (severity, then NEW or CHANGED) and facts line.
	w := b.badge(b.left, b.y, d.Severity)
	if tag != "" {
		w += 2 + b.pill(b.left+w+2, b.y, tag, tagColor)
	}
	kind := "Numeric"
	if d.Kind == "stance" {
		kind = "Stance"
	}
	facts := []string{kind, classPhrase(d.Class), plural(d.Sources, "independent source", "independent sources"), dateRange(d.First, d.Last)}
	if d.Kind == "numeric" && d.Low != nil && d.High != nil {
		unit := b.unitOf(di)
		r := quantity(*d.Low, unit) + " – " + quantity(*d.High, unit)
		if x := ratio(d.Low, d.High); x != "" {
			r += ", " + x
		}
		facts = append(facts, r)
	}
	fst := style{faceRegular, 9, colMuted}
	if text := strings.Join(facts, " · "); width(clean(text, nil), fst.face, fst.size) <= b.width-w-3 {
		b.e.draw(b.left+w+3, b.y+3.6, b.e.fit(text, fst, b.width-w-3), fst)
		b.y += 9
	} else {
		// Too long beside the badges (a long range, or a tag too): on
		// the lines below them.
		b.y += 6.5
		b.paragraph(text, fst, 0)
		b.y += 2.5
	}
	if seen := seenLine(d); seen != "" {
		b.y -= 2
		b.paragraph(seen, noteStyle, 0)
		b.y += 2
	}

	b.paragraph(d.Summary, bodyStyle, 0)
	b.y += 4
	b.review(d.Review)

	claims, more := sample(b.claimsOf(di), d.Kind == "stance")
	if d.Kind == "stance" {
		b.positionsTable(d, claims)
		b.stanceClaimsTable(claims)
	} else {
		b.chart(claims, b.unitOf(di))
		b.figureClaimsTable(claims)
	}
	if more > 0 {
		b.paragraph(fmt.Sprintf("%d more claims of this discrepancy (repeats of the same figure or position by the same "+
			"source, and the rest past %d) are listed on the Claims sheet of the workbook.", more, maxClaims), noteStyle, 0)
	}
}

// seenLine says when a discrepancy was first reported and last
// changed: "First reported on 1 November 2024; last changed on 5 November
// 2024"; empty without a store.
func seenLine(d *analysis.Discrepancy) string {
	var parts []string
	if !d.FirstSeen.IsZero() {
		parts = append(parts, "First reported on "+longDate(d.FirstSeen))
	}
	if !d.LastChanged.IsZero() && d.LastChanged != d.FirstSeen {
		parts = append(parts, "last changed on "+longDate(d.LastChanged))
	}
	if len(parts) == 0 {
		return ""
	}
	if parts[0][0] == 'l' {
		parts[0] = "L" + parts[0][1:]
	}
	return strings.Join(parts, "; ")
}

// reviewColor is the colour of a review status's bar and label.
func reviewColor(status string) rgb {
	switch status {
	case analysis.ReviewConfirmed:
		return colNavy
	case analysis.ReviewFollowUp:
		return colMedium
	}
	return colMuted
}

// review draws the analyst's review of a discrepancy, carried over from
// the workbook: the status and where it came from, then the notes line by
// line, with a bar in the status's colour down the left. An Open review
// without notes says nothing and is not drawn.
func (b *briefing) review(rv *analysis.Review) {
	if rv == nil {
		return
	}
	if !rv.Given() {
		return
	}
	status, ok := analysis.ParseReviewStatus(rv.Status)
	if !ok {
		status = rv.Status
	}
	notes := strings.TrimSpace(rv.Notes)
	const indent = 4.0
	c := reviewColor(status)
	head := style{faceBold, 9, c}
	var src []string
	if by := clean(rv.By, b.e.warn); by != "" {
		src = append(src, "by "+by)
	}
	if rv.From != "" {
		src = append(src, "from "+rv.From)
	}
	from := strings.Join(src, ", ")
	if len(rv.Updated) >= 10 {
		if d, err := analysis.ParseDate(rv.Updated[:10]); err == nil {
			if from != "" {
				from += ", " + shortDate(d)
			} else {
				from = "updated " + shortDate(d)
			}
		}
	}
	type line struct {
		text string
		st   style
	}
	lines := []line{{"Analyst review: " + status, head}}
	if from != "" {
		lines[0].text += "  ·  " + from
	}
	for _, p := range strings.Split(notes, "\n") {
		if strings.TrimSpace(p) == "" {
			continue
		}
		for _, l := range b.e.wrap(p, bodyStyle, b.width-indent) {
			lines = append(lines, line{l, bodyStyle})
		}
	}
	b.need(min(float64(len(lines)), 4) * lineHeight(bodyStyle.size))
	for i, l := range lines {
		lh := lineHeight(l.st.size)
		b.need(lh)
		text := l.text
		if i == 0 {
			text = b.e.fit(text, l.st, b.width-indent)
		}
		b.fillRect(b.left, b.y, 0.9, lh, c)
		b.e.draw(b.left+indent, baseline(b.y, l.st.size), text, l.st)
		b.y += lh
	}
	b.y += 4
}

// maxClaims is the most claims one discrepancy's section shows.
const maxClaims = 80

// sample keeps what a reader needs of a long list of claims (in date
// order): each source's first statement of each figure or position, then
// at most maxClaims of those, always keeping the lowest and highest
// figure. It returns the kept claims, in order, and how many were left out.
func sample(cs []*analysis.Claim, stance bool) ([]*analysis.Claim, int) {
	if len(cs) <= maxClaims {
		return cs, 0
	}
	seen := map[string]bool{}
	var kept []*analysis.Claim
	for _, c := range cs {
		k := strings.ToLower(c.Source) + "|" + string(c.Polarity)
		if !stance && c.Value != nil {
			k += "|" + strconv.FormatFloat(*c.Value, 'g', -1, 64)
		}
		if c.Source == "" {
			k += "|" + c.Article
		}
		if !seen[k] {
			seen[k] = true
			kept = append(kept, c)
		}
	}
	if len(kept) > maxClaims {
		lo, hi := -1, -1
		for i, c := range kept {
			if c.Value == nil {
				continue
			}
			if lo < 0 || *c.Value < *kept[lo].Value {
				lo = i
			}
			if hi < 0 || *c.Value > *kept[hi].Value {
				hi = i
			}
		}
		top := kept[: maxClaims-2 : maxClaims-2]
		for _, i := range []int{lo, hi} {
			if i >= maxClaims-2 && !slices.Contains(top, kept[i]) {
				top = append(top, kept[i])
			}
		}
		kept = top
	}
	return kept, len(cs) - len(kept)
}

// sourceCell is a claim's source, with the attribution as written when it
// differs.
func sourceCell(c *analysis.Claim) cell {
	if c.Source == "" {
		return cell{{text: "unattributed", st: style{faceItalic, 7.8, colMuted}}}
	}
	out := cell{{text: c.Source, st: cellBold}}
	if c.SourceText != "" && attributionKey(c.SourceText) != attributionKey(c.Source) {
		out = append(out, para{text: "as written: " + c.SourceText, st: cellMuted})
	}
	return out
}

// outletCell is the outlet of a claim's article and the channel it cites.
func (b *briefing) outletCell(c *analysis.Claim) cell {
	out := cell{{text: b.outletOf(c), st: cellStyle}}
	if c.Via != "" {
		out = append(out, para{text: "via " + c.Via, st: cellMuted})
	}
	return out
}

// attributionKey reduces an attribution to what distinguishes it:
// lower case, letters and digits only, without a leading article, so "The
// United States" and "Russia's UN ambassador, Vasily Nebenzya" match
// their canonical names.
func attributionKey(s string) string {
	s = strings.ToLower(clean(s, nil))
	for _, art := range []string{"the ", "a ", "an "} {
		s = strings.TrimPrefix(s, art)
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// quoteCell is the claim's sentence in quotation marks.
func quoteCell(c *analysis.Claim) cell {
	out := cell{{text: "“" + c.Sentence + "”", st: quoteStyle}}
	if c.InHeadline {
		out = append(out, para{text: "headline", st: cellMuted})
	}
	return out
}

// claimColumns are the columns of the claims tables; second names the
// figure or position column.
func claimColumns(second string) []column {
	return []column{
		{"Source", 0.18, 'L'}, {second, 0.14, 'L'}, {"Said on", 0.11, 'L'}, {"Outlet", 0.12, 'L'}, {"Sentence", 0.45, 'L'},
	}
}

// figureClaimsTable lists a numeric discrepancy's claims.
func (b *briefing) figureClaimsTable(claims []*analysis.Claim) {
	t := table{caption: "Claims (" + strconv.Itoa(len(claims)) + ")", cols: claimColumns("Figure as written"), zebra: true}
	for _, c := range claims {
		fig := cell{{text: c.Text, st: cellBold}}
		if c.Scope != "" {
			fig = append(fig, para{text: c.Scope, st: cellMuted})
		}
		if c.Subset != "" {
			fig = append(fig, para{text: "part: " + c.Subset, st: cellMuted})
		}
		if len(c.Hedges) > 0 {
			fig = append(fig, para{text: "hedged: " + strings.Join(c.Hedges, ", "), st: cellMuted})
		}
		t.rows = append(t.rows, row{sourceCell(c), fig, {{text: shortDate(c.SaidOn), st: cellStyle}}, b.outletCell(c), quoteCell(c)})
	}
	t.draw(b)
}

// positionWord is what a polarity says a source does.
func positionWord(p analysis.Polarity) string {
	switch p {
	case analysis.Asserted:
		return "asserts"
	case analysis.Denied:
		return "denies"
	case analysis.Unconfirmed:
		return "has not confirmed"
	case analysis.Conditional:
		return "speaks conditionally"
	}
	return string(p)
}

// polarityColor is the colour a position is written in.
func polarityColor(p analysis.Polarity) rgb {
	switch p {
	case analysis.Denied:
		return colHigh
	case analysis.Unconfirmed:
		return colMedium
	case analysis.Conditional:
		return colLow
	}
	return colNavy
}

// stanceClaimsTable lists a stance discrepancy's statements.
func (b *briefing) stanceClaimsTable(claims []*analysis.Claim) {
	t := table{caption: "Statements (" + strconv.Itoa(len(claims)) + ")", cols: claimColumns("Position"), zebra: true}
	for _, c := range claims {
		pos := cell{{text: positionWord(c.Polarity), st: style{faceBold, 7.8, polarityColor(c.Polarity)}}}
		if c.Text != "" {
			pos = append(pos, para{text: "“" + c.Text + "”", st: cellMuted})
		}
		if p := strings.TrimSpace(c.Counts); p != "" {
			// What the position is about: its proposition's words.
			if r := []rune(p); len(r) > 60 {
				p = string(r[:59]) + "…"
			}
			pos = append(pos, para{text: "about: " + p, st: cellMuted})
		}
		if len(c.Hedges) > 0 {
			pos = append(pos, para{text: "hedged: " + strings.Join(c.Hedges, ", "), st: cellMuted})
		}
		t.rows = append(t.rows, row{sourceCell(c), pos, {{text: shortDate(c.SaidOn), st: cellStyle}}, b.outletCell(c), quoteCell(c)})
	}
	t.draw(b)
}

// stancePolarities are the columns of the positions table.
var stancePolarities = []analysis.Polarity{analysis.Asserted, analysis.Denied, analysis.Unconfirmed, analysis.Conditional}

// positionsTable shows who asserts, denies, has not confirmed or speaks
// conditionally, one row per date.
func (b *briefing) positionsTable(d *analysis.Discrepancy, claims []*analysis.Claim) {
	type key struct {
		date analysis.Date
		pol  analysis.Polarity
	}
	// Sources are named as the comparison names them: the speaker, or
	// for an unattributed statement the outlet that printed it, so the
	// counts match the summary.
	var dates []analysis.Date
	names := map[key][]string{}
	distinct := map[analysis.Polarity]map[string]bool{}
	for _, c := range claims {
		if len(dates) == 0 || dates[len(dates)-1] != c.SaidOn {
			dates = append(dates, c.SaidOn) // claims are in date order
		}
		name := c.Source
		if name == "" {
			name = b.outletOf(c)
			if name == "" {
				name = "unattributed"
			}
			name += " (unattributed)"
		}
		k := key{c.SaidOn, c.Polarity}
		if !slices.Contains(names[k], name) {
			names[k] = append(names[k], name)
		}
		if distinct[c.Polarity] == nil {
			distinct[c.Polarity] = map[string]bool{}
		}
		distinct[c.Polarity][strings.ToLower(strings.TrimSuffix(name, " (unattributed)"))] = true
	}
	count := func(p analysis.Polarity) int {
		for _, s := range d.Sides {
			if s.Label == string(p) {
				return len(s.Sources)
			}
		}
		return len(distinct[p])
	}
	cols := []column{{"Date", 0.12, 'L'}}
	titles := map[analysis.Polarity]string{
		analysis.Asserted: "Asserts", analysis.Denied: "Denies", analysis.Unconfirmed: "Has not confirmed", analysis.Conditional: "Speaks conditionally",
	}
	for _, p := range stancePolarities {
		cols = append(cols, column{fmt.Sprintf("%s (%d)", titles[p], count(p)), 0.22, 'L'})
	}
	t := table{caption: "Positions by date", cols: cols, zebra: true}
	for _, dt := range dates {
		row := row{{{text: shortDate(dt), st: cellBold}}}
		for _, p := range stancePolarities {
			k := key{dt, p}
			var c cell
			for _, n := range names[k] {
				st := style{faceRegular, 7.8, polarityColor(p)}
				if strings.HasSuffix(n, " (unattributed)") {
					st = style{faceItalic, 7.8, colMuted}
				}
				c = append(c, para{text: n, st: st, gap: 1.2})
			}
			row = append(row, c)
		}
		t.rows = append(t.rows, row)
	}
	t.draw(b)
	b.paragraph("Column heads count independent sources; an unattributed statement is counted under the outlet that printed it. "+
		"A source in two columns took different positions, on the same day or over time; the statements are listed below.", noteStyle, 0)
	b.y += 3
}

// webLink returns s when it is an absolute http or https URL, else "".
func webLink(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// appendix draws the articles read, the method note and, when needed,
// the characters that could not be shown.
func (b *briefing) appendix() {
	b.section = "Appendix A. Articles read"
	b.newPage()
	b.bookmark("Appendix", 0)
	b.anchor("appendix")
	b.bookmark("A. Articles read", 1)
	b.heading("Appendix A. Articles read", 15, 30, -1)

	t := table{cols: []column{
		{"#", 0.04, 'R'}, {"File", 0.22, 'L'}, {"Status", 0.07, 'L'}, {"Outlet", 0.12, 'L'},
		{"Published", 0.11, 'L'}, {"Title", 0.27, 'L'}, {"Problems", 0.17, 'L'},
	}, zebra: true}
	arts := b.r.Articles
	if len(arts) > maxArticles {
		arts = arts[:maxArticles]
	}
	for i, a := range arts {
		file := a.File
		if a.Line > 0 {
			file += ":" + strconv.Itoa(a.Line)
		}
		st := cellStyle
		switch a.Status {
		case analysis.StatusStored:
			st = style{faceRegular, 7.8, colMuted}
		case analysis.StatusSkipped:
			st = style{faceBold, 7.8, colMedium}
		case analysis.StatusFailed:
			st = style{faceBold, 7.8, colHigh}
		}
		title := cell{{text: a.Title, st: cellStyle}}
		if link := webLink(a.URL); link != "" {
			title[0].link = link
			u, _ := url.Parse(link)
			title = append(title, para{text: u.Host, st: cellMuted, link: link})
		}
		published := cell{{text: shortDate(a.Published), st: cellStyle}}
		if a.Status == analysis.StatusStored && !a.FirstSeen.IsZero() {
			seen := shortDate(a.FirstSeen)
			if a.FirstSeen.Year == b.runDate.Year {
				seen = a.FirstSeen.Time().Format("2 Jan") // "seen 1 Nov 2024" would wrap
			}
			published = append(published, para{text: "seen " + seen, st: cellMuted})
		}
		var probs cell
		for _, p := range a.Problems {
			probs = append(probs, para{text: p, st: cellMuted})
		}
		t.rows = append(t.rows, row{
			{{text: strconv.Itoa(i + 1), st: cellStyle}},
			{{text: file, st: style{faceMono, 6.5, colText}}},
			{{text: string(a.Status), st: st}},
			{{text: a.Outlet, st: cellStyle}},
			published,
			title,
			probs,
		})
	}
	t.draw(b)
	if n := b.sum.Stored; n > 0 {
		b.paragraph(fmt.Sprintf("%s “stored” %s analysed on an earlier night (“seen” gives the night) and %s claims come from the "+
			"store; nothing went wrong with %s.", plural(n, "article", "articles"), oneMany(n, "was", "were"),
			oneMany(n, "its", "their"), oneMany(n, "it", "them")), noteStyle, 0)
	}
	if more := len(b.r.Articles) - len(arts); more > 0 {
		b.paragraph(fmt.Sprintf("The first %d of %d inputs are listed; all of them, with their status, are on the Articles "+
			"sheet of the workbook and in the JSON report.", len(arts), len(b.r.Articles)), noteStyle, 0)
	}

	b.section = "Appendix B. Method"
	b.y += 4
	b.heading("Appendix B. Method", 15, 40, -1)
	b.bookmark("B. Method", 1)
	notes := methodNote
	if b.sum.Marked || b.r.Run != nil {
		notes = append(slices.Clone(notes), nightlyNote)
	}
	for _, m := range notes {
		b.heading(m[0], 10, 12, -1)
		b.paragraph(m[1], bodyStyle, 0)
		b.y += 2.5
	}

	if notes := b.e.warn.entries(); len(notes) > 0 {
		const title = "Appendix C. Text not shown as written"
		b.section = title
		b.y += 4
		b.heading(title, 15, 30, -1)
		b.bookmark("C. Text not shown as written", 1)
		b.paragraph("Some text in the articles could not be shown exactly as written: characters that are in none of the briefing's "+
			"fonts appear as "+string(placeholder)+", invisible control characters were removed, and right-to-left scripts are "+
			"set without shaping. The JSON report has the original text.", bodyStyle, 0)
		b.y += 2
		for _, w := range notes {
			b.paragraph(w, noteStyle, 4)
		}
	}
}

// nightlyNote closes Appendix B when a store is used.
var nightlyNote = [2]string{"Night to night",
	"Each night's claims are compared with those stored from the nights of the comparison window, so a discrepancy can " +
		"join a figure from today with one from last week. A discrepancy keeps its identity from night to night: NEW marks one " +
		"not reported before, CHANGED one that a figure or position has joined since the last run. The Status and notes an " +
		"analyst gives a discrepancy in the workbook are carried over to the next night; one dismissed that nothing has joined " +
		"since gets no section and is listed after the key findings."}

// methodNote is Appendix B: headings and paragraphs.
var methodNote = [][2]string{
	{"How figures are compared",
		"Each figure is read with its qualifier and turned into an interval. An exact figure is a point. " +
			"“About”, “around” and “some” allow ±10% (about 10,000 is 9,000 to 11,000); “nearly” and “almost” give [0.9v, v]; " +
			"“up to” and “fewer than” run from zero to the figure; “at least” and “more than” are open above. " +
			"Figures are compared only within one subject: the same thing counted for the same entity. A part of a total " +
			"(“the first group”, “special forces”) is linked to its total, never compared with it. Two figures conflict when their " +
			"intervals do not overlap, even after allowing a 5% tolerance."},
	{"Classes",
		"Conflicting: different sources give figures that cannot all be true. Revised: one source replaced its earlier figure. " +
			"Rising tally: the text reports a growing count (“the death toll rose to 471”), so later, higher figures are expected. " +
			"Internal: one article gives figures that conflict. Split: some sources assert what others deny or could not confirm. " +
			"Changed: one source's position changed over time."},
	{"Independent sources",
		"Sources are counted by their canonical name. A statement carried by several outlets, such as wire copy credited to AFP " +
			"or Yonhap, counts once, as does a source quoted in several articles."},
	{"Severity",
		"Numeric discrepancies score two points when the highest figure is 1.5 times the lowest or more, one point for " +
			"1.2 times or more, and one point for three or more independent sources; one point is taken off when the lowest and " +
			"highest figures are scoped differently (for instance one region against a national total), since they may count different " +
			"things. Three points or more is high, two medium, fewer low. Stance discrepancies are high when a source denies and at " +
			"least three sources stand on the two sides (asserting and denying), medium when someone denies or two or more sources " +
			"could not confirm, and low otherwise. A source that changed its position is medium."},
	{"Limits",
		"Figures and positions are extracted automatically from the article text, with the attribution the text gives. " +
			"Check each quoted sentence before relying on a finding; the claims tables give the sentence, the outlet and the date " +
			"for that purpose."},
}
