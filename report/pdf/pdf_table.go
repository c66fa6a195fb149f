package pdf

import "slices"

// Tables: wrapped cells that never overflow, rows that move to the next
// page whole when they fit on one, and split between lines when even a
// page cannot hold them; the caption ("continued") and the header row are
// repeated on every page the table reaches.

// column is one column of a table.
type column struct {
	title string
	share float64 // relative width; the columns fill the content width
	align byte    // 'L', 'C' or 'R'
}

// para is a piece of text in a cell, set on its own line(s).
type para struct {
	text    string
	st      style
	oneLine bool    // shortened with an ellipsis instead of wrapped
	link    string  // an http(s) URL the text links to; see webLink
	gap     float64 // space above, in mm, when not first in its cell
	tag     *rgb    // when set, the text is a tag: one line on a pill of this colour
}

// cell is the paragraphs of one cell, top to bottom.
type cell []para

// row is one row of cells.
type row []cell

// table is a table ready to draw.
type table struct {
	caption string // drawn above the header; empty for none
	cols    []column
	rows    []row
	zebra   bool
}

// Cell padding, in mm.
const (
	padX = 1.6
	padY = 1.3
)

// cellLine is one laid-out line of a cell.
type cellLine struct {
	text string
	st   style
	h    float64
	link string
	tag  *rgb
}

// layoutCell wraps a cell's paragraphs to a width.
func (b *briefing) layoutCell(c cell, w float64) []cellLine {
	var out []cellLine
	for _, p := range c {
		if p.text == "" {
			continue
		}
		if len(out) > 0 && p.gap > 0 {
			out = append(out, cellLine{h: p.gap})
		}
		h := lineHeight(p.st.size)
		if p.tag != nil {
			out = append(out, cellLine{b.e.fit(p.text, p.st, w-2*tagPadX), p.st, h, "", p.tag})
			continue
		}
		if p.oneLine {
			out = append(out, cellLine{b.e.fit(p.text, p.st, w), p.st, h, p.link, nil})
			continue
		}
		for _, l := range b.e.wrap(p.text, p.st, w) {
			out = append(out, cellLine{l, p.st, h, p.link, nil})
		}
	}
	return out
}

// alignBaselines puts the first lines of a row's cells on one
// baseline when their sizes differ, by adding space above the smaller.
func alignBaselines(cells [][]cellLine) {
	var top float64
	for _, c := range cells {
		if len(c) > 0 {
			top = max(top, c[0].st.size)
		}
	}
	for i, c := range cells {
		if len(c) > 0 && c[0].st.size < top {
			cells[i] = append([]cellLine{{h: 0.99 * (top - c[0].st.size) * mmPerPt}}, c...)
		}
	}
}

// linesHeight sums the heights of lines.
func linesHeight(ls []cellLine) float64 {
	var h float64
	for _, l := range ls {
		h += l.h
	}
	return h
}

// headerStyle is the style of column titles.
var headerStyle = style{faceBold, 7.5, colNavy}

// draw draws the table from b.y.
func (t *table) draw(b *briefing) {
	widths := make([]float64, len(t.cols))
	var total float64
	for _, c := range t.cols {
		total += c.share
	}
	for i, c := range t.cols {
		widths[i] = b.width * c.share / total
	}

	// The header row, laid out once.
	head := make([][]cellLine, len(t.cols))
	var headH float64
	for i, c := range t.cols {
		head[i] = b.layoutCell(cell{{text: c.title, st: headerStyle}}, widths[i]-2*padX)
	}
	alignBaselines(head)
	for i := range head {
		headH = max(headH, linesHeight(head[i]))
	}
	headH += 2 * padY
	capSt := style{faceBold, 9, colNavy}
	capH := 0.0
	if t.caption != "" {
		capH = lineHeight(capSt.size) + 1.2
	}

	drawHead := func(continued bool) {
		if t.caption != "" {
			text := t.caption
			if continued {
				text += ", continued"
			}
			b.e.draw(b.left, baseline(b.y, capSt.size), b.e.fit(text, capSt, b.width), capSt)
			b.y += capH
		}
		b.fillRect(b.left, b.y, b.width, headH, colHeadBg)
		x := b.left
		for i, c := range t.cols {
			b.drawCellLines(head[i], x, b.y+padY, widths[i], c.align)
			x += widths[i]
		}
		b.y += headH
		b.rule(b.left, b.y, b.right, b.y, colNavy, 0.3)
	}

	// Lay out every row before drawing, so a row's height is known.
	rows := make([][][]cellLine, len(t.rows))
	for r, row := range t.rows {
		rows[r] = make([][]cellLine, len(t.cols))
		for i := range t.cols {
			if i < len(row) {
				rows[r][i] = b.layoutCell(row[i], widths[i]-2*padX)
			}
		}
		alignBaselines(rows[r])
	}
	rowHeight := func(cells [][]cellLine) float64 {
		var h float64
		for _, c := range cells {
			h = max(h, linesHeight(c))
		}
		return h + 2*padY
	}

	// Keep the caption, the header and the first row (or a good part of
	// it) together.
	first := headH + capH
	if len(rows) > 0 {
		first += min(rowHeight(rows[0]), 40)
	}
	b.need(first)
	drawHead(false)
	fullPage := b.bottom - contentTop - headH - capH

	for r, cells := range rows {
		fill := t.zebra && r%2 == 1
		h := rowHeight(cells)
		if b.y+h > b.bottom && h <= fullPage {
			b.newPage()
			drawHead(true)
		}
		// Draw the row, splitting it between lines across pages when it
		// is taller than the space left.
		for {
			avail := b.bottom - b.y - 2*padY
			part := make([][]cellLine, len(cells))
			rest := make([][]cellLine, len(cells))
			more := false
			for i, c := range cells {
				var used float64
				n := 0
				for n < len(c) && used+c[n].h <= avail+1e-9 {
					used += c[n].h
					n++
				}
				part[i], rest[i] = c[:n], c[n:]
				if len(rest[i]) > 0 {
					more = true
				}
			}
			if more && linesHeight(slices.Concat(part...)) == 0 {
				// Not one line fits in what is left of the page.
				b.newPage()
				drawHead(true)
				continue
			}
			ph := rowHeight(part)
			if fill {
				b.fillRect(b.left, b.y, b.width, ph, colZebra)
			}
			x := b.left
			for i, c := range t.cols {
				b.drawCellLines(part[i], x, b.y+padY, widths[i], c.align)
				x += widths[i]
			}
			b.y += ph
			if !more {
				b.rule(b.left, b.y, b.right, b.y, colHair, 0.15)
				break
			}
			b.newPage()
			drawHead(true)
			cells = rest
		}
	}
	b.y += 3
}

// tagPadX is the space each side of a tag's text on its pill, in mm.
const tagPadX = 1.2

// drawCellLines draws a cell's lines with their top at y.
func (b *briefing) drawCellLines(ls []cellLine, x, y, w float64, align byte) {
	for _, l := range ls {
		if l.tag != nil && l.text != "" {
			// A pill around the text, as tall as the line: it stays
			// inside the cell's padding and never meets the next line.
			tw := width(l.text, l.st.face, l.st.size) + 2*tagPadX
			b.pdf.SetFillColor(l.tag.r, l.tag.g, l.tag.b)
			b.pdf.RoundedRect(x+padX, y-0.35, tw, l.h+0.2, 0.8, "1234", "F")
			b.e.draw(x+padX+tagPadX, baseline(y, l.st.size), l.text, l.st)
			y += l.h
			continue
		}
		b.e.drawAligned(x+padX, baseline(y, l.st.size), w-2*padX, l.text, l.st, align)
		if l.link != "" {
			b.pdf.LinkString(x+padX, y, width(l.text, l.st.face, l.st.size), l.h, l.link)
		}
		y += l.h
	}
}
