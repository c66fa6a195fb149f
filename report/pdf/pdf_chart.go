package pdf

import (
	"math"

	"codeberg.org/go-pdf/fpdf"

	"crosscheck/analysis"
)

// The figures chart of a numeric discrepancy: one row per claim in date
// order, each with its source and date on the left, its figure as written
// on the right, and between them the figure as a point on a shared value
// axis, with the interval its qualifier allows as a whisker, or an arrow
// where the interval is open ("more than", "up to"). Labels sit in their
// own columns and are shortened to fit, so they cannot overlap.

// Chart geometry, in mm.
const (
	chartRowH   = 8.6
	chartAxisH  = 9.0
	chartPointR = 1.15
)

// chartPoint is one claim placed on the chart.
type chartPoint struct {
	c                 *analysis.Claim
	value             float64
	low, high         float64
	openLow, openHigh bool // the interval has no lower / upper bound
	exact             bool
}

// pointOf places a claim; ok is false when it has no figure.
func pointOf(c *analysis.Claim) (chartPoint, bool) {
	if c.Value == nil || math.IsNaN(*c.Value) || math.IsInf(*c.Value, 0) {
		return chartPoint{}, false
	}
	p := chartPoint{c: c, value: *c.Value, low: *c.Value, high: *c.Value}
	p.exact = c.Approx == analysis.Exact || c.Approx == ""
	if c.Low != nil && !math.IsNaN(*c.Low) {
		p.low = min(*c.Low, p.value)
	}
	if c.High != nil && !math.IsNaN(*c.High) {
		p.high = max(*c.High, p.value)
	}
	switch c.Approx {
	case analysis.AtLeast, analysis.MoreThan:
		if c.High == nil || math.IsInf(*c.High, 1) {
			p.openHigh = true
		}
	case analysis.AtMost, analysis.LessThan:
		// "up to 30%", "fewer than 100": the interval runs down to zero,
		// which the chart shows as open rather than stretch its axis.
		if c.Low == nil || *c.Low <= 0 {
			p.openLow = true
		}
	}
	return p, true
}

// niceStep returns a round step (1, 2, 2.5 or 5 times a power of ten)
// near span/n.
func niceStep(span float64, n int) float64 {
	if span <= 0 || math.IsNaN(span) || math.IsInf(span, 0) {
		return 1
	}
	raw := span / float64(n)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*mag >= raw {
			return m * mag
		}
	}
	return 10 * mag
}

// axis is the chart's value scale.
type axis struct {
	lo, hi, step float64
}

// newAxis chooses a scale covering the points' figures and closed bounds.
func newAxis(ps []chartPoint) axis {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, p := range ps {
		lo, hi = min(lo, p.value), max(hi, p.value)
		if !p.openLow {
			lo = min(lo, p.low)
		}
		if !p.openHigh {
			hi = max(hi, p.high)
		}
	}
	span := hi - lo
	if span <= 0 {
		span = math.Abs(hi) * 0.2
		if span == 0 {
			span = 1
		}
	}
	lo -= span * 0.1
	hi += span * 0.1
	if lo < 0 && minValue(ps) >= 0 {
		lo = 0
	}
	step := niceStep(hi-lo, 5)
	a := axis{lo: math.Floor(lo/step) * step, hi: math.Ceil(hi/step) * step, step: step}
	if a.hi <= a.lo {
		a.hi = a.lo + step
	}
	return a
}

// minValue returns the smallest figure.
func minValue(ps []chartPoint) float64 {
	m := math.Inf(1)
	for _, p := range ps {
		m = min(m, p.value, p.low)
	}
	return m
}

// ticks returns the tick values.
func (a axis) ticks() []float64 {
	var out []float64
	for i := 0; ; i++ {
		v := a.lo + float64(i)*a.step
		if v > a.hi+a.step/1e6 {
			break
		}
		out = append(out, v)
	}
	return out
}

// chart draws the figures chart of a numeric discrepancy from b.y.
func (b *briefing) chart(claims []*analysis.Claim, unit string) {
	measure := ""
	for i, c := range claims {
		if i == 0 {
			measure = c.Measure
		} else if c.Measure != measure {
			measure = ""
			break
		}
	}
	var ps []chartPoint
	for _, c := range claims {
		if p, ok := pointOf(c); ok {
			ps = append(ps, p)
		}
	}
	if len(ps) == 0 {
		return
	}
	ax := newAxis(ps)

	labelW := b.width * 0.31
	figW := b.width * 0.19
	x0 := b.left + labelW + 4
	x1 := b.right - figW - 4
	xOf := func(v float64) float64 {
		v = min(max(v, ax.lo), ax.hi)
		return x0 + (v-ax.lo)/(ax.hi-ax.lo)*(x1-x0)
	}

	capSt := style{faceBold, 9, colNavy}
	capH := lineHeight(capSt.size) + 1.5
	legendH := b.legendHeight()
	for start := 0; start < len(ps); {
		rowsFit := int((b.bottom - b.y - capH - chartAxisH - legendH) / chartRowH)
		if rowsFit < min(len(ps)-start, 3) {
			b.newPage()
			rowsFit = int((b.bottom - b.y - capH - chartAxisH - legendH) / chartRowH)
		}
		end := min(len(ps), start+max(rowsFit, 1))
		caption := "Figures by source, in date order"
		if measure != "" {
			caption += " (" + measure + ")"
		}
		if start > 0 {
			caption += ", continued"
		}
		b.e.draw(b.left, baseline(b.y, capSt.size), caption, capSt)
		b.y += capH
		b.chartRows(ps[start:end], start, ax, xOf, x0, x1, labelW, figW)
		b.chartAxis(ax, xOf, x0, x1, unit)
		start = end
	}
	b.legend()
	b.y += 4
}

// chartRows draws rows of the chart from b.y.
func (b *briefing) chartRows(ps []chartPoint, offset int, ax axis, xOf func(float64) float64, x0, x1, labelW, figW float64) {
	top := b.y
	h := float64(len(ps)) * chartRowH
	for i := range ps {
		if (offset+i)%2 == 1 {
			b.fillRect(b.left, top+float64(i)*chartRowH, b.width, chartRowH, colZebra)
		}
	}
	// Grid lines at the ticks.
	for _, t := range ax.ticks() {
		b.rule(xOf(t), top, xOf(t), top+h, colHair, 0.15)
	}
	srcSt := style{faceBold, 7.5, colText}
	subSt := style{faceRegular, 6.8, colMuted}
	figSt := style{faceBold, 7.5, colText}
	for i, p := range ps {
		y := top + float64(i)*chartRowH
		mid := y + chartRowH/2

		// Left: source, then date and outlet.
		src := p.c.Source
		if src == "" {
			src = "unattributed"
		}
		b.e.draw(b.left+1, mid-0.6, b.e.fit(src, srcSt, labelW-2), srcSt)
		b.e.draw(b.left+1, mid+2.6, b.e.fit(b.claimDateOutlet(p.c), subSt, labelW-2), subSt)

		// Right: the figure as written and its scope.
		text := p.c.Text
		if text == "" {
			text = number(p.value)
		}
		fx := x1 + 4
		b.e.draw(fx, mid-0.6, b.e.fit(text, figSt, figW-1), figSt)
		if p.c.Scope != "" {
			b.e.draw(fx, mid+2.6, b.e.fit(p.c.Scope, subSt, figW-1), subSt)
		}

		// The interval.
		b.pdf.SetDrawColor(colWhisker.r, colWhisker.g, colWhisker.b)
		b.pdf.SetLineWidth(0.35)
		lo, hi := xOf(p.low), xOf(p.high)
		if p.openLow {
			lo = x0
		}
		if p.openHigh {
			hi = x1
		}
		if hi-lo > 0.01 {
			b.pdf.Line(lo, mid, hi, mid)
			if p.openLow {
				b.arrowHead(x0, mid, -1)
			} else {
				b.pdf.Line(lo, mid-1.2, lo, mid+1.2)
			}
			if p.openHigh {
				b.arrowHead(x1, mid, 1)
			} else {
				b.pdf.Line(hi, mid-1.2, hi, mid+1.2)
			}
		}

		// The figure.
		x := xOf(p.value)
		b.pdf.SetLineWidth(0.35)
		b.pdf.SetDrawColor(colPoint.r, colPoint.g, colPoint.b)
		if p.exact {
			b.pdf.SetFillColor(colPoint.r, colPoint.g, colPoint.b)
		} else {
			b.pdf.SetFillColor(255, 255, 255)
		}
		b.pdf.Circle(x, mid, chartPointR, "FD")
	}
	b.rule(x0, top, x0, top+h, colRule, 0.2)
	b.y = top + h
}

// arrowHead draws a filled arrowhead with its tip at (x, y), pointing
// right (dir 1) or left (dir -1).
func (b *briefing) arrowHead(x, y float64, dir float64) {
	b.pdf.SetFillColor(colWhisker.r, colWhisker.g, colWhisker.b)
	b.pdf.Polygon([]fpdf.PointType{
		{X: x, Y: y},
		{X: x - dir*2.2, Y: y - 1.1},
		{X: x - dir*2.2, Y: y + 1.1},
	}, "F")
}

// chartAxis draws the value axis below the rows, thinning the tick labels
// until they cannot overlap.
func (b *briefing) chartAxis(ax axis, xOf func(float64) float64, x0, x1 float64, unit string) {
	y := b.y
	b.rule(x0, y, x1, y, colMuted, 0.3)
	st := style{faceRegular, 6.8, colMuted}
	ticks := ax.ticks()
	labels := make([]string, len(ticks))
	var widest float64
	for i, t := range ticks {
		labels[i] = quantity(t, unit)
		widest = max(widest, width(labels[i], st.face, st.size))
	}
	every := 1
	if len(ticks) > 1 {
		spacing := xOf(ticks[1]) - xOf(ticks[0])
		for spacing*float64(every) < widest+2.5 {
			every++
		}
	}
	for i, t := range ticks {
		x := xOf(t)
		b.rule(x, y, x, y+1.2, colMuted, 0.3)
		if i%every == 0 {
			lw := width(labels[i], st.face, st.size)
			b.e.draw(x-lw/2, y+4.2, labels[i], st)
		}
	}
	b.y = y + chartAxisH
}

// legendItems are the chart's legend entries: a symbol and its meaning.
var legendItems = []struct {
	symbol string
	text   string
}{
	{"dot", "figure as stated"},
	{"ring", "qualified figure (about, nearly, more than…)"},
	{"whisker", "interval the qualifier allows"},
	{"arrow", "open-ended interval"},
}

// legendStyle is the legend's text style.
var legendStyle = style{faceRegular, 7, colMuted}

// legendHeight returns the height the legend takes.
func (b *briefing) legendHeight() float64 {
	return float64(len(b.legendLines())) * 4.4
}

// legendLines groups the legend items into lines that fit the width.
func (b *briefing) legendLines() [][]int {
	var lines [][]int
	var cur []int
	x := 0.0
	for i, it := range legendItems {
		w := 8 + width(it.text, legendStyle.face, legendStyle.size) + 6
		if len(cur) > 0 && x+w > b.width {
			lines = append(lines, cur)
			cur, x = nil, 0
		}
		cur = append(cur, i)
		x += w
	}
	return append(lines, cur)
}

// legend draws the legend from b.y.
func (b *briefing) legend() {
	for _, line := range b.legendLines() {
		x := b.left
		mid := b.y + 2
		for _, i := range line {
			it := legendItems[i]
			b.pdf.SetDrawColor(colPoint.r, colPoint.g, colPoint.b)
			b.pdf.SetLineWidth(0.35)
			switch it.symbol {
			case "dot":
				b.pdf.SetFillColor(colPoint.r, colPoint.g, colPoint.b)
				b.pdf.Circle(x+3, mid, chartPointR, "FD")
			case "ring":
				b.pdf.SetFillColor(255, 255, 255)
				b.pdf.Circle(x+3, mid, chartPointR, "FD")
			case "whisker":
				b.pdf.SetDrawColor(colWhisker.r, colWhisker.g, colWhisker.b)
				b.pdf.Line(x, mid, x+6, mid)
				b.pdf.Line(x, mid-1.2, x, mid+1.2)
				b.pdf.Line(x+6, mid-1.2, x+6, mid+1.2)
			case "arrow":
				b.pdf.SetDrawColor(colWhisker.r, colWhisker.g, colWhisker.b)
				b.pdf.Line(x, mid, x+6, mid)
				b.arrowHead(x+6.5, mid, 1)
			}
			b.e.draw(x+8.5, mid+1.2, it.text, legendStyle)
			x += 8.5 + width(it.text, legendStyle.face, legendStyle.size) + 6
		}
		b.y += 4.4
	}
}
