package pdf

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"codeberg.org/go-pdf/fpdf"
	"github.com/go-fonts/dejavu/dejavusans"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/norm"
)

// This file is the briefing's text engine: the embedded fonts and which
// characters each can draw, cleaning of untrusted strings, measuring,
// wrapping and truncating, and drawing a line as runs of text, each in the
// first font that has its characters. fpdf's own MultiCell and SplitText
// know one font at a time and drop what it lacks; nothing here does.

// face is a typeface the briefing uses.
type face int

// The faces, in the order of fonts. faceDejaVu is the fallback for
// characters the Go fonts lack; it is added to a document only when used.
const (
	faceRegular face = iota
	faceBold
	faceItalic
	faceMono
	faceDejaVu
	numFaces
)

// rtlKey is the warnings key under which lines of right-to-left text
// are counted.
const rtlKey rune = -1

// placeholder is drawn, in the regular face, for a character no embedded
// font has.
const placeholder = '□'

// embeddedFont is one embedded TrueType font and its per-character advance
// widths for the Basic Multilingual Plane.
type embeddedFont struct {
	family, style string // as registered with fpdf
	ttf           []byte
	once          sync.Once
	adv           []int32 // advance in 1/1000 em per rune; -1 when the font has no glyph
}

// fonts lists the faces' fonts. The Go fonts cover WGL4 (Latin, Greek,
// Cyrillic, typographic punctuation); DejaVu Sans adds most other
// alphabetic scripts and many symbols.
var fonts = [numFaces]*embeddedFont{
	faceRegular: {family: "go", style: "", ttf: goregular.TTF},
	faceBold:    {family: "go", style: "B", ttf: gobold.TTF},
	faceItalic:  {family: "go", style: "I", ttf: goitalic.TTF},
	faceMono:    {family: "gomono", style: "", ttf: gomono.TTF},
	faceDejaVu:  {family: "dejavu", style: "", ttf: dejavusans.TTF},
}

// load parses the font's character map and horizontal metrics once.
func (pf *embeddedFont) load() {
	pf.once.Do(func() {
		pf.adv = make([]int32, 0x10000)
		for i := range pf.adv {
			pf.adv[i] = -1
		}
		fnt, err := sfnt.Parse(pf.ttf)
		if err != nil {
			return // every character then counts as missing
		}
		var buf sfnt.Buffer
		upem := int64(fnt.UnitsPerEm())
		for r := rune(0); r < 0x10000; r++ {
			gi, err := fnt.GlyphIndex(&buf, r)
			if err != nil || gi == 0 {
				continue
			}
			units, err := advanceUnits(fnt, &buf, gi)
			if err != nil {
				continue
			}
			pf.adv[r] = int32((units*1000 + upem/2) / upem)
		}
	})
}

// advanceUnits returns a glyph's advance width in font units.
func advanceUnits(fnt *sfnt.Font, buf *sfnt.Buffer, gi sfnt.GlyphIndex) (int64, error) {
	upem := fnt.UnitsPerEm()
	a, err := fnt.GlyphAdvance(buf, gi, fixed.I(int(upem)), font.HintingNone)
	if err != nil {
		return 0, err
	}
	return int64(a) >> 6, nil
}

// has reports whether the font has a glyph for r.
func (pf *embeddedFont) has(r rune) bool {
	pf.load()
	return r >= 0 && r < 0x10000 && pf.adv[r] >= 0
}

// width returns r's advance in 1/1000 em (0 when missing).
func (pf *embeddedFont) width(r rune) int32 {
	pf.load()
	if r < 0 || r >= 0x10000 || pf.adv[r] < 0 {
		return 0
	}
	return pf.adv[r]
}

// fallbacks lists, for each face, the fonts tried in turn for a character.
var fallbacks = [numFaces][]face{
	faceRegular: {faceRegular, faceDejaVu},
	faceBold:    {faceBold, faceRegular, faceDejaVu},
	faceItalic:  {faceItalic, faceRegular, faceDejaVu},
	faceMono:    {faceMono, faceRegular, faceDejaVu},
	faceDejaVu:  {faceDejaVu, faceRegular},
}

// fontFor returns the face that draws r for text set in fc, and false
// when no embedded font has it.
func fontFor(r rune, fc face) (face, bool) {
	for _, c := range fallbacks[fc] {
		if fonts[c].has(r) {
			return c, true
		}
	}
	return fc, false
}

// style is how a piece of text is set.
type style struct {
	face  face
	size  float64 // points
	color rgb
}

// rgb is a colour.
type rgb struct{ r, g, b int }

// mmPerPt converts points to millimetres.
const mmPerPt = 25.4 / 72

// lineHeight is the leading for text of the given size, in millimetres.
func lineHeight(size float64) float64 { return size * mmPerPt * 1.28 }

// glyphWarnings collects what could not be drawn as written, one entry per
// character, with a count and the first string it occurred in.
type glyphWarnings struct {
	byRune map[rune]*glyphWarning
}

// glyphWarning is one character's entry.
type glyphWarning struct {
	kind    string // "missing", "control" or "rtl"
	count   int
	example string
}

// add records one occurrence of r in s.
func (w *glyphWarnings) add(kind string, r rune, s string) {
	if w == nil {
		return
	}
	if w.byRune == nil {
		w.byRune = map[rune]*glyphWarning{}
	}
	e := w.byRune[r]
	if e == nil {
		e = &glyphWarning{kind: kind, example: excerpt(s, 60)}
		w.byRune[r] = e
	}
	e.count++
}

// sortedRunes returns the characters warned about, in code point order.
func (w *glyphWarnings) sortedRunes() []rune {
	runes := make([]rune, 0, len(w.byRune))
	for r := range w.byRune {
		runes = append(runes, r)
	}
	slices.Sort(runes)
	return runes
}

// list returns the warnings as sentences, in code point order.
func (w *glyphWarnings) list() []string {
	if w == nil {
		return nil
	}
	var out []string
	for _, r := range w.sortedRunes() {
		e := w.byRune[r]
		switch e.kind {
		case "rtl":
			out = append(out, fmt.Sprintf("pdf: right-to-left text is set left to right, its letters unjoined (%d lines), first in %s",
				e.count, strconv.Quote(e.example)))
		case "control":
			out = append(out, fmt.Sprintf("pdf: removed invisible control character %U (%d×), first in %s",
				r, e.count, strconv.Quote(e.example)))
		default:
			out = append(out, fmt.Sprintf("pdf: character %U %s is in none of the embedded fonts; shown as %q (%d×), first in %s",
				r, strconv.QuoteRune(r), placeholder, e.count, strconv.Quote(e.example)))
		}
	}
	return out
}

// entries returns one line per character for the briefing's own note:
// the code point, what was done and how often, without the character
// itself (which the fonts cannot draw).
func (w *glyphWarnings) entries() []string {
	if w == nil {
		return nil
	}
	var out []string
	for _, r := range w.sortedRunes() {
		e := w.byRune[r]
		switch e.kind {
		case "rtl":
			out = append(out, fmt.Sprintf("Right-to-left text (Arabic, Hebrew) is set left to right with its letters unjoined: "+
				"read it in the JSON report (%s).", plural(e.count, "line", "lines")))
		case "control":
			out = append(out, fmt.Sprintf("%U: invisible control character, removed (%s)", r, plural(e.count, "time", "times")))
		default:
			out = append(out, fmt.Sprintf("%U: shown as %c (%s)", r, placeholder, plural(e.count, "time", "times")))
		}
	}
	return out
}

// excerpt returns the first n characters of s, with an ellipsis when cut.
func excerpt(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n]) + "…"
}

// silentFormat are invisible formatting characters common in web text
// that carry no meaning once the text is set: soft hyphen, zero-width
// space and joiners, word joiner, byte order mark. They are removed
// without a warning; other format characters (bidirectional overrides
// among them) are removed with one.
func silentFormat(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

// clean turns an untrusted string into text the engine can set on one
// line: NFC-normalised, every kind of white space and line break a single
// space, control and format characters removed (with a warning unless
// harmless), trimmed. It never interprets anything in s.
func clean(s string, w *glyphWarnings) string {
	if s == "" {
		return ""
	}
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || r == '\u2028' || r == '\u2029':
			space = true
			continue
		case unicode.Is(unicode.Cc, r):
			w.add("control", r, s)
			continue
		case unicode.Is(unicode.Cf, r):
			if !silentFormat(r) {
				w.add("control", r, s)
			}
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// textRun is a stretch of text set in one font.
type textRun struct {
	face face
	text string
}

// engine measures and draws text on one document; it remembers which
// fallback fonts it has added and what it could not draw.
type engine struct {
	pdf   *fpdf.Fpdf
	added [numFaces]bool
	warn  *glyphWarnings
}

// runs splits a cleaned line into runs of the fonts that draw it,
// replacing characters no font has (and those beyond the Basic
// Multilingual Plane, which fpdf cannot address) with the placeholder,
// recording a warning for each.
func (e *engine) runs(s string, fc face) []textRun {
	var out []textRun
	var b strings.Builder
	cur := face(-1)
	flush := func() {
		if b.Len() > 0 {
			out = append(out, textRun{cur, b.String()})
			b.Reset()
		}
	}
	rtl := false
	for _, r := range s {
		if !rtl && (unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko)) {
			rtl = true
			e.warn.add("rtl", rtlKey, s)
		}
		f, ok := fontFor(r, fc)
		if !ok {
			e.warn.add("missing", r, s)
			r, f = placeholder, faceRegular
			if !fonts[f].has(r) {
				r = '?'
			}
		}
		if f != cur {
			flush()
			cur = f
		}
		b.WriteRune(r)
	}
	flush()
	return out
}

// runeWidth returns the width of r set in fc at size points, in mm, as
// it will be drawn (in its fallback font, or as the placeholder).
func runeWidth(r rune, fc face, size float64) float64 {
	f, ok := fontFor(r, fc)
	if !ok {
		r, f = placeholder, faceRegular
	}
	return float64(fonts[f].width(r)) * size / 1000 * mmPerPt
}

// width returns the width of a cleaned string, in mm.
func width(s string, fc face, size float64) float64 {
	var w float64
	for _, r := range s {
		w += runeWidth(r, fc, size)
	}
	return w
}

// wrap breaks a string into lines no wider than w mm, at spaces where it
// can and inside a word only when the word alone is wider than w. It
// cleans s first; the result is never empty.
func (e *engine) wrap(s string, st style, w float64) []string {
	s = clean(s, e.warn)
	if s == "" {
		return []string{""}
	}
	var lines []string
	var line strings.Builder
	lineW := 0.0
	spaceW := runeWidth(' ', st.face, st.size)
	for _, word := range strings.Split(s, " ") {
		ww := width(word, st.face, st.size)
		if line.Len() > 0 && lineW+spaceW+ww <= w {
			line.WriteByte(' ')
			line.WriteString(word)
			lineW += spaceW + ww
			continue
		}
		if line.Len() > 0 {
			lines = append(lines, line.String())
			line.Reset()
			lineW = 0
		}
		if ww <= w {
			line.WriteString(word)
			lineW = ww
			continue
		}
		// A word wider than the line: break it between characters.
		for _, r := range word {
			rw := runeWidth(r, st.face, st.size)
			if line.Len() > 0 && lineW+rw > w {
				lines = append(lines, line.String())
				line.Reset()
				lineW = 0
			}
			line.WriteRune(r)
			lineW += rw
		}
	}
	if line.Len() > 0 || len(lines) == 0 {
		lines = append(lines, line.String())
	}
	return lines
}

// fit cleans s and shortens it with an ellipsis until it is no wider than
// w mm.
func (e *engine) fit(s string, st style, w float64) string {
	s = clean(s, e.warn)
	if width(s, st.face, st.size) <= w {
		return s
	}
	ell := runeWidth('…', st.face, st.size)
	var b strings.Builder
	total := 0.0
	for _, r := range s {
		rw := runeWidth(r, st.face, st.size)
		if total+rw+ell > w {
			break
		}
		b.WriteRune(r)
		total += rw
	}
	return strings.TrimRight(b.String(), " ,;:") + "…"
}

// ensureFont registers a face's font with the document on first use.
func (e *engine) ensureFont(f face) {
	if e.added[f] {
		return
	}
	pf := fonts[f]
	// fpdf writes into the bytes it is given while subsetting (it appends
	// to sub-slices of the font file), so each document gets its own
	// copy; sharing the package's TTF would corrupt it for the next.
	e.pdf.AddUTF8FontFromBytes(pf.family, pf.style, bytes.Clone(pf.ttf))
	e.added[f] = true
}

// draw sets a cleaned line with its left end at x and its baseline at y.
func (e *engine) draw(x, y float64, s string, st style) {
	if s == "" {
		return
	}
	e.pdf.SetTextColor(st.color.r, st.color.g, st.color.b)
	for _, rn := range e.runs(s, st.face) {
		e.ensureFont(rn.face)
		pf := fonts[rn.face]
		e.pdf.SetFont(pf.family, pf.style, st.size)
		e.pdf.Text(x, y, rn.text)
		x += width(rn.text, rn.face, st.size)
	}
}

// drawAligned sets a cleaned line in a box of width w starting at x:
// align is 'L', 'C' or 'R'.
func (e *engine) drawAligned(x, y, w float64, s string, st style, align byte) {
	switch align {
	case 'C':
		x += (w - width(s, st.face, st.size)) / 2
	case 'R':
		x += w - width(s, st.face, st.size)
	}
	e.draw(x, y, s, st)
}
