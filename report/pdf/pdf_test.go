package pdf

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"codeberg.org/go-pdf/fpdf"
	pdfread "github.com/ledongthuc/pdf"

	"crosscheck/analysis"
	"crosscheck/internal/testutil"
	"crosscheck/report/format"
	"crosscheck/report/internal/reporttest"
)

// testMarking is the marking line the tests print on every page.
const testMarking = "UNCLASSIFIED // FOR OFFICIAL USE ONLY"

// Options are the writers' presentation settings.
type Options = format.Options

// fixtureReport is the shared fixture report (see
// reporttest.FixtureReport). Tests must not modify the result.
func fixtureReport(tb testing.TB) *analysis.Report {
	tb.Helper()
	return reporttest.FixtureReport(tb)
}

// writePDF writes r and fails the test on error.
func writePDF(tb testing.TB, r *analysis.Report, opt Options) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, analysis.NewIndex(r), opt); err != nil {
		tb.Fatalf("Write = %v", err)
	}
	return buf.Bytes()
}

// chunk is one string drawn on a page (one Tj).
type chunk struct {
	x, y, size float64
	font, text string
}

// doc is what a PDF reader gets back from a briefing.
type doc struct {
	pages   [][]chunk
	outline []string // "level title", depth first
	boxes   []string // each page's MediaBox
}

// readPDF parses a PDF with github.com/ledongthuc/pdf: its object and
// stream reading, page tree, content-stream tokenizer and outline. Text
// is decoded here, through each font's ToUnicode CMap: the package's own
// decoder mishandles a bfrange wider than 256 codes (it adds to the last
// byte only), which is exactly the identity range fpdf writes for its
// UTF-8 fonts, and turns "Д" (U+0414) into U+0014.
func readPDF(tb testing.TB, data []byte) doc {
	tb.Helper()
	r, err := pdfread.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		tb.Fatalf("pdf.NewReader = %v", err)
	}
	var doc doc
	for i := 1; i <= r.NumPage(); i++ {
		p := r.Page(i)
		box := p.V.Key("MediaBox")
		for v := p.V; box.IsNull() && !v.IsNull(); v = v.Key("Parent") {
			box = v.Key("MediaBox")
		}
		doc.boxes = append(doc.boxes, box.String())
		doc.pages = append(doc.pages, pageChunks(tb, p))
	}
	var walk func(o pdfread.Outline, depth int)
	walk = func(o pdfread.Outline, depth int) {
		if depth > 0 {
			doc.outline = append(doc.outline, strconv.Itoa(depth)+" "+o.Title)
		}
		for _, c := range o.Child {
			walk(c, depth+1)
		}
	}
	walk(r.Outline(), 0)
	return doc
}

// pageChunks returns the strings a page's content stream shows, with the
// position and font of each.
func pageChunks(tb testing.TB, p pdfread.Page) []chunk {
	tb.Helper()
	fonts := p.Resources().Key("Font")
	cmaps := map[string]toUnicode{}
	var out []chunk
	var font string
	var size, x, y float64
	show := func(raw string) {
		m, ok := cmaps[font]
		if !ok {
			m = readToUnicode(tb, fonts.Key(font).Key("ToUnicode"))
			cmaps[font] = m
		}
		base := fonts.Key(font).Key("BaseFont").Name()
		if _, after, ok := strings.Cut(base, "+"); ok {
			base = after
		}
		out = append(out, chunk{x: x, y: y, size: size, font: base, text: m.decode(raw)})
	}
	pdfread.Interpret(p.V.Key("Contents"), func(stk *pdfread.Stack, op string) {
		args := make([]pdfread.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		switch op {
		case "BT":
			x, y = 0, 0
		case "Tf":
			if len(args) == 2 {
				font, size = args[0].Name(), args[1].Float64()
			}
		case "Td":
			if len(args) == 2 {
				x, y = x+args[0].Float64(), y+args[1].Float64()
			}
		case "Tj":
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "TJ":
			if len(args) == 1 {
				var s strings.Builder
				for i := 0; i < args[0].Len(); i++ {
					if e := args[0].Index(i); e.Kind() == pdfread.String {
						s.WriteString(e.RawString())
					}
				}
				show(s.String())
			}
		}
	})
	return out
}

// toUnicode is a font's ToUnicode CMap for two-byte codes.
type toUnicode struct {
	ranges []cmapRange
	chars  map[uint32]string
}

// cmapRange maps codes lo..hi to dst, dst+1, ...
type cmapRange struct{ lo, hi, dst uint32 }

var (
	cmapBlock = regexp.MustCompile(`(?s)begin(bfrange|bfchar)(.*?)end(?:bfrange|bfchar)`)
	cmapHex   = regexp.MustCompile(`<([0-9A-Fa-f]+)>`)
)

// readToUnicode parses the bfrange and bfchar entries of a CMap stream.
func readToUnicode(tb testing.TB, v pdfread.Value) toUnicode {
	tb.Helper()
	m := toUnicode{chars: map[uint32]string{}}
	if v.IsNull() {
		return m
	}
	rd := v.Reader()
	defer rd.Close()
	data, err := io.ReadAll(rd)
	if err != nil {
		tb.Fatalf("read ToUnicode: %v", err)
	}
	hex := func(s string) uint32 {
		n, err := strconv.ParseUint(s, 16, 32)
		if err != nil {
			tb.Fatalf("ToUnicode: bad code %q", s)
		}
		return uint32(n)
	}
	for _, blk := range cmapBlock.FindAllStringSubmatch(string(data), -1) {
		codes := cmapHex.FindAllStringSubmatch(blk[2], -1)
		switch blk[1] {
		case "bfrange":
			for i := 0; i+2 < len(codes); i += 3 {
				m.ranges = append(m.ranges, cmapRange{hex(codes[i][1]), hex(codes[i+1][1]), hex(codes[i+2][1])})
			}
		case "bfchar":
			for i := 0; i+1 < len(codes); i += 2 {
				m.chars[hex(codes[i][1])] = string(rune(hex(codes[i+1][1])))
			}
		}
	}
	return m
}

// decode maps a string of two-byte codes to text, with U+FFFD for codes
// the CMap does not map. UTF-16 surrogate pairs are joined.
func (m toUnicode) decode(raw string) string {
	var units []uint16
	for i := 0; i+1 < len(raw); i += 2 {
		code := uint32(raw[i])<<8 | uint32(raw[i+1])
		if s, ok := m.chars[code]; ok {
			units = append(units, utf16.Encode([]rune(s))...)
			continue
		}
		u := uint16(0xfffd)
		for _, rg := range m.ranges {
			if rg.lo <= code && code <= rg.hi {
				u = uint16(rg.dst + code - rg.lo)
				break
			}
		}
		units = append(units, u)
	}
	return string(utf16.Decode(units))
}

// chunkFace maps the reader's font names back to faces, to know where a
// chunk ends.
func chunkFace(font string) face {
	switch font {
	case "utf8goB":
		return faceBold
	case "utf8goI":
		return faceItalic
	case "utf8gomono":
		return faceMono
	case "utf8dejavu":
		return faceDejaVu
	}
	return faceRegular
}

// lines returns a page's text as a reader sees it: top to bottom, left to
// right, chunks of one line joined directly when they touch (a change of
// font inside a line) and with " | " between separate cells.
func (d doc) lines(page int) []string {
	chunks := slices.Clone(d.pages[page])
	slices.SortStableFunc(chunks, func(a, b chunk) int {
		return cmp.Or(cmp.Compare(math.Round(b.y*10), math.Round(a.y*10)), cmp.Compare(a.x, b.x))
	})
	var out []string
	var line strings.Builder
	var lastY, end float64
	for i, c := range chunks {
		if i > 0 && math.Round(c.y*10) == math.Round(lastY*10) {
			if c.x-end > 0.5 {
				line.WriteString(" | ")
			}
		} else if i > 0 {
			out = append(out, line.String())
			line.Reset()
		}
		line.WriteString(c.text)
		lastY = c.y
		end = c.x + width(c.text, chunkFace(c.font), c.size)/mmPerPt
	}
	if len(chunks) > 0 {
		out = append(out, line.String())
	}
	return out
}

// columns returns a page's text read column by column: the chunks that
// start at the same x, top to bottom, joined with spaces, so a wrapped
// table cell reads as one string.
func (d doc) columns(page int) string {
	chunks := slices.Clone(d.pages[page])
	slices.SortStableFunc(chunks, func(a, b chunk) int {
		return cmp.Or(cmp.Compare(math.Round(a.x*10), math.Round(b.x*10)), cmp.Compare(b.y, a.y))
	})
	var texts []string
	for _, c := range chunks {
		texts = append(texts, c.text)
	}
	return strings.Join(texts, " ")
}

// dump is the golden text of a document: each page's lines under a
// separator, then the outline.
func (d doc) dump() []byte {
	var b bytes.Buffer
	for i := range d.pages {
		fmt.Fprintf(&b, "=== page %d (%s)\n", i+1, d.boxes[i])
		for _, l := range d.lines(i) {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	b.WriteString("=== outline\n")
	for _, o := range d.outline {
		b.WriteString(o)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// text returns all lines of all pages, joined.
func (d doc) text() string {
	var all []string
	for i := range d.pages {
		all = append(all, d.lines(i)...)
	}
	return strings.Join(all, "\n")
}

// checkPDFPages checks what every page must have: the marking first and
// last, and "Page i of n".
func checkPDFPages(t *testing.T, doc doc, marking string) {
	t.Helper()
	n := len(doc.pages)
	for i := range doc.pages {
		ls := doc.lines(i)
		if len(ls) < 3 {
			t.Errorf("page %d has %d lines, want a header, content and a footer", i+1, len(ls))
			continue
		}
		if marking != "" {
			if ls[0] != marking || ls[len(ls)-1] != marking {
				t.Errorf("page %d: first and last lines = %q, %q, want the marking %q", i+1, ls[0], ls[len(ls)-1], marking)
			}
		}
		want := fmt.Sprintf("Page %d of %d", i+1, n)
		if !slices.ContainsFunc(ls, func(l string) bool { return strings.HasSuffix(l, want) }) {
			t.Errorf("page %d: no line ends in %q", i+1, want)
		}
	}
}

// TestPDFGolden compares the page text of the fixture briefing with
// testdata/report.golden, and of the fixture as a night with a store
// gives it (reporttest.NightlyReport) with nightly.golden; run with
// -update to accept a change.
func TestPDFGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    *analysis.Report
	}{
		{"report", fixtureReport(t)},
		{"nightly", reporttest.NightlyReport(t)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := readPDF(t, writePDF(t, tc.r, Options{Marking: testMarking}))
			testutil.CheckGolden(t, "testdata/"+tc.name+".golden", doc.dump())
		})
	}
}

func TestPDFFixture(t *testing.T) {
	r := fixtureReport(t)
	if len(r.Discrepancies) == 0 {
		t.Fatalf("fixture report has no discrepancies; the test needs some")
	}
	doc := readPDF(t, writePDF(t, r, Options{Marking: testMarking}))
	if n := len(doc.pages); n < 2+len(r.Discrepancies) {
		t.Errorf("pages = %d, want at least a title page, one per discrepancy and the appendix (%d)", n, 2+len(r.Discrepancies))
	}
	checkPDFPages(t, doc, testMarking)
	text := doc.text()

	first := doc.lines(0)
	for _, want := range []string{"crosscheck briefing", "Run of 5 November 2024", "Coverage", "Key findings"} {
		if !slices.Contains(first, want) {
			t.Errorf("page 1 has no line %q", want)
		}
	}
	if !strings.Contains(strings.Join(first, "\n"), fmt.Sprintf("Page 1 of %d", len(doc.pages))) {
		t.Errorf("page 1 lacks %q", fmt.Sprintf("Page 1 of %d", len(doc.pages)))
	}
	for _, want := range []string{"Appendix A. Articles read", "Appendix B. Method", "Positions by date", "Figures by source, in date order"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	wantOutline := []string{"1 Summary", "2 Key findings", "1 Discrepancies", "1 Appendix", "2 A. Articles read", "2 B. Method"}
	for _, w := range wantOutline {
		if !slices.Contains(doc.outline, w) {
			t.Errorf("outline %q lacks %q", doc.outline, w)
		}
	}

	// Every discrepancy: its section title, its figures and sentences.
	claims := map[string]analysis.Claim{}
	for _, c := range r.Claims {
		claims[c.ID] = c
	}
	var cols strings.Builder
	for i := range doc.pages {
		cols.WriteString(doc.columns(i))
		cols.WriteByte(' ')
	}
	columnText := cols.String()
	for i, k := range rank(r.Discrepancies) {
		d := r.Discrepancies[k]
		title := fmt.Sprintf("%d. %s", i+1, d.Subject)
		if !strings.Contains(text, title) {
			t.Errorf("no section title %q", title)
		}
		if !slices.ContainsFunc(doc.outline, func(o string) bool { return strings.HasPrefix(o, "2 "+title) }) {
			t.Errorf("outline %q has no entry for %q", doc.outline, title)
		}
		for _, id := range d.Claims {
			c := claims[id]
			if c.Text != "" && c.Kind == analysis.KindQuantity && !strings.Contains(text, c.Text) {
				t.Errorf("%s: figure %q not in the text", title, c.Text)
			}
			quote := "“" + clean(c.Sentence, nil) + "”"
			if !strings.Contains(columnText, quote) {
				t.Errorf("%s: sentence %s not in the text", title, quote)
			}
		}
	}
	// Curly quotes and the typographic apostrophe of the articles survive.
	for _, want := range []string{"“", "”", "’"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	if w := Warnings(r, Options{Marking: testMarking}); len(w) != 0 {
		t.Errorf("Warnings(fixtures) = %q, want none", w)
	}
}

func TestPDFDeterministic(t *testing.T) {
	for name, r := range map[string]*analysis.Report{"fixtures": fixtureReport(t), "hostile": hostileReport()} {
		t.Run(name, func(t *testing.T) {
			opt := Options{Marking: testMarking, PageSize: "Letter"}
			a, b := writePDF(t, r, opt), writePDF(t, r, opt)
			if !bytes.Equal(a, b) {
				t.Fatalf("two writes differ (%d and %d bytes)", len(a), len(b))
			}
			want := "/CreationDate (D:" + strings.ReplaceAll(r.RunDate(), "-", "") + "000000"
			if !bytes.Contains(a, []byte(want)) {
				t.Errorf("PDF lacks %q", want)
			}
		})
	}
}

func TestPDFOnlyRunDateMatters(t *testing.T) {
	// Two runs on the same day over the same articles give the same file.
	morning, evening := *reporttest.SmallReport(), *reporttest.SmallReport()
	morning.Generated, evening.Generated = "2024-11-05T06:00:00Z", "2024-11-05T21:45:09Z"
	a, b := writePDF(t, &morning, Options{}), writePDF(t, &evening, Options{})
	if !bytes.Equal(a, b) {
		t.Errorf("briefings of two runs on one day differ")
	}
}

func TestPDFPageSize(t *testing.T) {
	r := reporttest.SmallReport()
	tests := []struct {
		size    string
		wantBox string
	}{
		{"", "[0 0 595.28 841.89]"},
		{"A4", "[0 0 595.28 841.89]"},
		{"letter", "[0 0 612 792]"},
		{"Letter", "[0 0 612 792]"},
	}
	for _, tt := range tests {
		doc := readPDF(t, writePDF(t, r, Options{PageSize: tt.size}))
		if got := doc.boxes[0]; got != tt.wantBox {
			t.Errorf("PageSize %q: MediaBox = %s, want %s", tt.size, got, tt.wantBox)
		}
	}
	if err := Write(io.Discard, analysis.NewIndex(r), Options{PageSize: "A3"}); err == nil {
		t.Errorf("Write(PageSize A3) = nil, want an error")
	}
}

func TestPDFNoMarking(t *testing.T) {
	doc := readPDF(t, writePDF(t, reporttest.SmallReport(), Options{}))
	checkPDFPages(t, doc, "")
	if ls := doc.lines(0); ls[0] != "SOURCE COMPARISON BRIEFING" {
		t.Errorf("without a marking, first line = %q, want the title block", ls[0])
	}
	if strings.Contains(doc.text(), "UNCLASSIFIED") {
		t.Errorf("a marking was printed though none was set")
	}
}

func TestPDFEmptyReport(t *testing.T) {
	r := &analysis.Report{Schema: analysis.Schema, Generated: "2024-11-05T06:00:00Z"}
	doc := readPDF(t, writePDF(t, r, Options{Marking: testMarking}))
	checkPDFPages(t, doc, testMarking)
	if !strings.Contains(doc.text(), "No discrepancies were found among the 0 claims read.") {
		t.Errorf("empty report: no 'no discrepancies' sentence in\n%s", doc.text())
	}
	var nilRep *analysis.Report
	if err := Write(io.Discard, analysis.NewIndex(nilRep), Options{}); err == nil {
		t.Errorf("Write(index of nil) = nil, want an error")
	}
	if err := Write(io.Discard, nil, Options{}); err == nil {
		t.Errorf("Write(nil) = nil, want an error")
	}
}

func TestPDFHostile(t *testing.T) {
	r := hostileReport()
	data := writePDF(t, r, Options{Marking: "ДСП // “Для служебного пользования”"})
	doc := readPDF(t, data)
	checkPDFPages(t, doc, "ДСП // “Для служебного пользования”")
	text := doc.text()

	for _, want := range []string{
		"Міністерство оборони України", // Ukrainian source
		"Министерство обороны России",  // Russian source
		"«всё под", // guillemets
		"“what we call a ‘tactical pause’”", // curly quotes in a sentence
		"{nb}",                            // not replaced by the page count
		") Tj ET BT /F1 99 Tf (pwned) Tj", // PDF syntax stays text
		"□",                               // placeholder for the emoji and CJK
		"Statements (3)",
		"Claims (48), continued", // the claims table breaks across pages
		"Figures by source, in date order (killed), continued",
		"Appendix C. Text not shown as written",
		"Right-to-left text (Arabic, Hebrew) is set left to right",
		"U+1F600: shown as □ (",
		"U+202E: invisible control character, removed (",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	// The 7,000-character sentence is split across pages, in order.
	start, end := -1, -1
	for i := range doc.pages {
		col := doc.columns(i)
		if start < 0 && strings.Contains(col, "“BEGIN-LONG") {
			start = i
		}
		if strings.Contains(col, "END-LONG”") {
			end = i
		}
	}
	if start < 0 || end <= start {
		t.Errorf("long sentence: starts on page %d, ends on page %d; want it split across pages", start+1, end+1)
	}

	// Links only for http(s) URLs.
	if !bytes.Contains(data, []byte("/URI (https://example.com/a?b=1&c=\\(2\\))")) {
		t.Errorf("no link annotation for the https URL")
	}
	if bytes.Contains(data, []byte("javascript")) || bytes.Contains(data, []byte("file:")) {
		t.Errorf("PDF contains a javascript: or file: link")
	}

	warn := Warnings(r, Options{})
	for _, want := range []string{"U+1F600", "U+4E2D", "U+202E", "U+0007"} {
		if !slices.ContainsFunc(warn, func(w string) bool { return strings.Contains(w, want) }) {
			t.Errorf("Warnings lacks %s: %q", want, warn)
		}
	}
	for _, w := range warn {
		if strings.Contains(w, "U+0410") { // А, which the Go fonts have
			t.Errorf("warning for a Cyrillic letter the fonts have: %q", w)
		}
	}
	// Arabic is drawn with the DejaVu fallback, not the placeholder.
	if slices.ContainsFunc(warn, func(w string) bool { return strings.Contains(w, "U+0645") }) {
		t.Errorf("warning for Arabic, which DejaVu Sans has: %q", warn)
	}
	if !slices.ContainsFunc(doc.pages, func(p []chunk) bool {
		return slices.ContainsFunc(p, func(c chunk) bool { return c.font == "utf8dejavu" })
	}) {
		t.Errorf("no text set in the DejaVu fallback font")
	}
}

func TestPDFNoOverflow(t *testing.T) {
	// Every chunk stays inside the page's content margins.
	for name, r := range map[string]*analysis.Report{"fixtures": fixtureReport(t), "hostile": hostileReport(),
		"nightly": reporttest.NightlyReport(t), "marked": reporttest.MarkedReport()} {
		for _, size := range []string{"A4", "Letter"} {
			data := writePDF(t, r, Options{Marking: testMarking, PageSize: size})
			doc := readPDF(t, data)
			pageW := 595.28
			if size == "Letter" {
				pageW = 612
			}
			lo, hi := marginX/mmPerPt-0.5, pageW-marginX/mmPerPt+0.5
			for i, p := range doc.pages {
				for _, c := range p {
					end := c.x + width(c.text, chunkFace(c.font), c.size)/mmPerPt
					if c.x < lo-30 || end > hi { // the chart's tick labels may sit left of the plot, never past the margin
						t.Errorf("%s %s page %d: %q spans x %.1f–%.1f, outside %.1f–%.1f", name, size, i+1, c.text, c.x, end, lo, hi)
					}
				}
			}
		}
	}
}

// TestPDFFontMetrics checks that the text engine's coverage and widths,
// read with sfnt, agree with what fpdf will draw: a disagreement would
// let text overflow its cell or a glyph come out as .notdef.
func TestPDFFontMetrics(t *testing.T) {
	for i, pf := range fonts {
		f := fpdf.New("P", "mm", "A4", "")
		f.AddUTF8FontFromBytes(pf.family, pf.style, bytes.Clone(pf.ttf))
		f.SetFont(pf.family, pf.style, 10)
		bad, n := 0, 0
		for r := rune(32); r < 0x10000; r++ {
			if !pf.has(r) {
				continue
			}
			n++
			got := f.GetStringSymbolWidth(string(r))
			want := int(pf.width(r))
			if got-want > 1 || want-got > 1 {
				if bad < 5 {
					t.Errorf("font %s %s, %U: fpdf width %d, sfnt %d", pf.family, pf.style, r, got, want)
				}
				bad++
			}
		}
		if n < 600 {
			t.Errorf("font %d (%s %s) has %d glyphs; want the whole WGL4 set or more", i, pf.family, pf.style, n)
		}
	}
}

func TestPDFWrap(t *testing.T) {
	e := &engine{warn: &glyphWarnings{}}
	st := style{faceRegular, 9, colText}
	tests := []struct {
		name string
		in   string
		w    float64
	}{
		{"short", "Some 12,000 troops", 100},
		{"words", "The North Korean envoy refuted the accusations: “As for the so-called military cooperation with Russia”", 40},
		{"long word", strings.Repeat("x", 200), 30},
		{"cyrillic", "Министерство обороны России опровергло сообщения о «переброске» войск", 35},
		{"spaces and controls", "  a\tb\r\nc\u202ed  ", 50},
		{"empty", "", 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := e.wrap(tt.in, st, tt.w)
			if len(lines) == 0 {
				t.Fatalf("wrap(%q) = no lines", tt.in)
			}
			for _, l := range lines {
				if w := width(l, st.face, st.size); w > tt.w+1e-9 {
					t.Errorf("wrap(%q): line %q is %.2f mm, want ≤ %.2f", tt.in, l, w, tt.w)
				}
			}
			got := strings.ReplaceAll(strings.Join(lines, " "), " ", "")
			want := strings.ReplaceAll(clean(tt.in, nil), " ", "")
			if got != want {
				t.Errorf("wrap(%q) lost text: %q, want %q", tt.in, got, want)
			}
		})
	}
}

func TestPDFFit(t *testing.T) {
	e := &engine{warn: &glyphWarnings{}}
	st := style{faceBold, 7.5, colText}
	for _, tt := range []struct {
		in   string
		w    float64
		want string
	}{
		{"NIS", 40, "NIS"},
		{"Ukrainian Defense Intelligence Chief Kyrylo Budanov", 30, ""},
	} {
		got := e.fit(tt.in, st, tt.w)
		if width(got, st.face, st.size) > tt.w {
			t.Errorf("fit(%q, %v) = %q, wider than %v mm", tt.in, tt.w, got, tt.w)
		}
		if tt.want != "" && got != tt.want {
			t.Errorf("fit(%q, %v) = %q, want %q", tt.in, tt.w, got, tt.want)
		}
		if tt.want == "" && !strings.HasSuffix(got, "…") {
			t.Errorf("fit(%q, %v) = %q, want an ellipsis", tt.in, tt.w, got)
		}
	}
}

func TestPDFClean(t *testing.T) {
	tests := []struct {
		name, in, want string
		warn           []rune
	}{
		{"plain", "Some 12,000 troops", "Some 12,000 troops", nil},
		{"white space", " a\t b\r\n\u2028c  ", "a b c", nil},
		{"nfc", "e\u0301te\u0301", "été", nil},
		{"soft hyphen silent", "troop\u00adships", "troopships", nil},
		{"bidi override warned", "abc\u202edef", "abcdef", []rune{0x202e}},
		{"bell warned", "a\x07b", "ab", []rune{7}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := &glyphWarnings{}
			if got := clean(tt.in, w); got != tt.want {
				t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
			var got []rune
			for r := range w.byRune {
				got = append(got, r)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.warn) {
				t.Errorf("clean(%q) warned for %U, want %U", tt.in, got, tt.warn)
			}
		})
	}
}

func TestPDFFontCoverage(t *testing.T) {
	tests := []struct {
		r    rune
		want face
		ok   bool
	}{
		{'A', faceRegular, true},
		{'Ж', faceRegular, true},
		{'“', faceRegular, true},
		{'—', faceRegular, true},
		{'م', faceDejaVu, true}, // Arabic: not in the Go fonts
		{'₽', faceDejaVu, true},
		{'中', faceRegular, false},
		{'😀', faceRegular, false}, // beyond the BMP
	}
	for _, tt := range tests {
		got, ok := fontFor(tt.r, faceRegular)
		if got != tt.want || ok != tt.ok {
			t.Errorf("fontFor(%q) = %v, %v, want %v, %v", tt.r, got, ok, tt.want, tt.ok)
		}
	}
}

func TestPDFAxis(t *testing.T) {
	v := func(x float64) *float64 { return &x }
	ps := []chartPoint{}
	for _, c := range []analysis.Claim{
		{Value: v(8000), Low: v(7200), High: v(8000), Approx: analysis.AtMost},
		{Value: v(12000), Low: v(12000), High: v(12000), Approx: analysis.Exact},
		{Value: v(11000), Low: v(11000), Approx: analysis.MoreThan},
	} {
		p, ok := pointOf(&c)
		if !ok {
			t.Fatalf("pointOf(%v) not ok", c)
		}
		ps = append(ps, p)
	}
	if !ps[2].openHigh || ps[0].openLow {
		t.Errorf("open ends = %v %v, want only the 'more than' figure open above", ps[0].openLow, ps[2].openHigh)
	}
	ax := newAxis(ps)
	if ax.lo > 7200 || ax.hi < 12000 || ax.lo < 0 {
		t.Errorf("axis %v does not cover 7,200–12,000 tightly", ax)
	}
	if n := len(ax.ticks()); n < 3 || n > 12 {
		t.Errorf("axis %v has %d ticks", ax, n)
	}
}

func TestPDFNumber(t *testing.T) {
	for _, tt := range []struct {
		in   float64
		want string
	}{
		{0, "0"}, {12000, "12,000"}, {1234567.5, "1,234,567.5"}, {0.25, "0.25"}, {-3000, "−3,000"}, {999, "999"},
	} {
		if got := number(tt.in); got != tt.want {
			t.Errorf("formatNumber(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func BenchmarkWritePDF(b *testing.B) {
	r := fixtureReport(b)
	opt := Options{Marking: testMarking}
	var n int
	for b.Loop() {
		var buf bytes.Buffer
		if err := Write(&buf, analysis.NewIndex(r), opt); err != nil {
			b.Fatal(err)
		}
		n = buf.Len()
	}
	b.ReportMetric(float64(n), "bytes/pdf")
}

// hostileReport is a hand-built report with what article text can throw
// at the briefing: Cyrillic, curly quotes and guillemets, Arabic, emoji
// and CJK the fonts lack, control and bidi characters, PDF syntax, the
// page-count alias, a javascript: URL, a path-like file name, a sentence
// longer than a page, and enough claims to break every table and the
// chart across pages.
func hostileReport() *analysis.Report {
	v := func(x float64) *float64 { return &x }
	d := func(s string) analysis.Date { t, _ := analysis.ParseDate(s); return t }
	r := &analysis.Report{
		Schema:    analysis.Schema,
		Generated: "2024-11-05T06:00:00Z",
		Inputs:    []string{"in"},
		Articles: []analysis.Article{
			{ID: "a1", File: "../../etc/passwd", Title: "Министерство обороны: «всё под контролем» {nb} ) Tj ET BT (pwned) Tj \\",
				Outlet: "Коммерсантъ", URL: "javascript:alert(1)", Published: d("2024-11-01"), Status: analysis.StatusOK,
				Problems: []string{"encoding guessed as windows-1251"}},
			{ID: "a2", File: "wire.jsonl", Line: 3, Title: "Agency report 😀 中文 \u202eevil\x07 مرحبا",
				Outlet: "Wire & Co <script>", URL: "https://example.com/a?b=1&c=(2)", Published: d("2024-11-02"), Status: analysis.StatusOK},
			{ID: "a3", File: "broken.html", Title: "", Outlet: "", URL: "file:///etc/passwd", Status: analysis.StatusFailed,
				Problems: []string{"could not decode: invalid UTF-8"}},
		},
	}
	sources := []string{"Генеральный штаб ВСУ", "Ministry of Defence", "Reuters", "Governor Oleksandr Prokudin", "Local officials",
		"Міністерство оборони України", "UN monitoring mission", "Kremlin", "Institute for the Study of War", "A very long source name that keeps going on and on to test truncation in the chart label column"}
	approx := []analysis.Approx{analysis.Exact, analysis.About, analysis.MoreThan, analysis.AtMost, analysis.Range, analysis.LessThan}
	var numIDs []string
	for i := range 48 {
		val := float64(100 + (i*37)%500)
		c := analysis.Claim{
			ID: fmt.Sprintf("n%02d", i), Article: []string{"a1", "a2"}[i%2], Kind: analysis.KindQuantity,
			Sentence: fmt.Sprintf("Officials said on day %d that “%d people” were killed in the shelling of Kherson, according to a statement.", i, int(val)),
			Text:     fmt.Sprintf("%d", int(val)), Value: v(val), Approx: approx[i%len(approx)], Counts: "people", Measure: "killed",
			Polarity: analysis.Asserted, Source: sources[i%len(sources)], SourceText: sources[i%len(sources)], SaidOn: d("2024-10-01").AddDays(i / 3),
			Subject: "Kherson|killed",
		}
		switch c.Approx {
		case analysis.Exact:
			c.Low, c.High = v(val), v(val)
		case analysis.About:
			c.Low, c.High, c.Text = v(val*0.9), v(val*1.1), "about "+c.Text
		case analysis.MoreThan:
			c.Low, c.Text = v(val), "more than "+c.Text
		case analysis.AtMost:
			c.Low, c.High, c.Text = v(val*0.9), v(val), "nearly "+c.Text
		case analysis.Range:
			c.Low, c.High, c.Text = v(val-50), v(val+50), fmt.Sprintf("%d to %d", int(val-50), int(val+50))
		case analysis.LessThan:
			c.Low, c.High, c.Text = v(0), v(val), "fewer than "+c.Text
		}
		if i == 7 {
			c.Sentence = "BEGIN-LONG " + strings.Repeat("The toll in Херсон rose again as “what we call a ‘tactical pause’” ended; ", 90) + "END-LONG"
			c.Scope = "in the city of Kherson and the surrounding villages on the right bank"
		}
		if i == 9 {
			c.Sentence = "Hostile: ) Tj ET BT /F1 99 Tf (pwned) Tj ET {nb} \\ \x00 \u202e evil 😀 中 مرحبا"
			c.SaidOn = analysis.Date{}
		}
		r.Claims = append(r.Claims, c)
		numIDs = append(numIDs, c.ID)
	}
	stance := []analysis.Claim{
		{ID: "s1", Article: "a1", Kind: analysis.KindStance, Sentence: "Министерство обороны России назвало сообщения «провокацией».",
			Text: "назвало", Polarity: analysis.Denied, Source: "Министерство обороны России", SaidOn: d("2024-10-03"), Subject: "Kherson|strike"},
		{ID: "s2", Article: "a2", Kind: analysis.KindStance, Sentence: "Міністерство оборони України заявило, що удар був — і це «підтверджено».",
			Text: "заявило", Polarity: analysis.Asserted, Source: "Міністерство оборони України", SaidOn: d("2024-10-02"), Subject: "Kherson|strike"},
		{ID: "s3", Article: "a2", Kind: analysis.KindStance, Sentence: "A spokesman said they could not confirm “what we call a ‘tactical pause’” yet.",
			Text: "could not confirm", Polarity: analysis.Unconfirmed, Source: "", SaidOn: d("2024-10-04"), Subject: "Kherson|strike"},
	}
	r.Claims = append(r.Claims, stance...)
	r.Clusters = []analysis.Cluster{
		{ID: "k1", Label: "Kherson: killed", Claims: numIDs, Subject: "Kherson|killed"},
		{ID: "k2", Label: "Kherson: strike", Claims: []string{"s1", "s2", "s3"}, Subject: "Kherson|strike"},
	}
	r.Discrepancies = []analysis.Discrepancy{
		{ID: "d1", Kind: "numeric", Severity: "high", Class: "conflicting", Cluster: "k1",
			Subject: "Kherson: killed — a subject label long enough that the key findings table has to shorten it",
			Summary: "Figures for Kherson: killed range from 100 to 599 ) Tj (pwned: 10 independent sources, gap 499%.",
			Claims:  numIDs, Low: v(100), High: v(599), Gap: v(4.99), Sources: 10, First: d("2024-10-01"), Last: d("2024-10-16"),
			Sides: []analysis.Side{{Label: "low", Sources: sources[:5]}, {Label: "high", Sources: sources[5:]}}},
		{ID: "d2", Kind: "stance", Severity: "high", Class: "split", Cluster: "k2", Subject: "Kherson: strike",
			Summary: "Sources disagree on Kherson: strike: Міністерство оборони України (2 Oct) asserts; Министерство обороны России (3 Oct) denies.",
			Claims:  []string{"s1", "s2", "s3"}, Sources: 2, First: d("2024-10-02"), Last: d("2024-10-04"),
			Sides: []analysis.Side{{Label: "asserted", Sources: []string{"Міністерство оборони України"}}, {Label: "denied", Sources: []string{"Министерство обороны России"}}}},
	}
	return r
}

// TestPDFLargeNightIsBounded checks that a very large night gives a
// briefing of bounded length that says where the rest is.
func TestPDFLargeNightIsBounded(t *testing.T) {
	r := *fixtureReport(t) // a copy: the fixture report is shared
	r.Discrepancies = append([]analysis.Discrepancy(nil), r.Discrepancies...)
	base := r.Discrepancies[0]
	for i := 0; i < maxSections+15; i++ {
		d := base
		d.ID = fmt.Sprintf("dx%03d", i)
		r.Discrepancies = append(r.Discrepancies, d)
	}
	doc := readPDF(t, writePDF(t, &r, Options{}))
	text := doc.text()
	want := fmt.Sprintf("the %d most severe of %d discrepancies", maxSections, len(r.Discrepancies))
	if !strings.Contains(strings.Join(strings.Fields(text), " "), want) {
		t.Errorf("briefing does not say %q", want)
	}
}

func TestPDFSample(t *testing.T) {
	var cs []*analysis.Claim
	for i := 0; i < 300; i++ {
		v := float64(1000 + i)
		cs = append(cs, &analysis.Claim{ID: fmt.Sprintf("c%d", i), Source: fmt.Sprintf("S%d", i%150), Value: &v,
			Polarity: analysis.Asserted, Kind: analysis.KindQuantity})
	}
	kept, more := sample(cs, false)
	if len(kept) > maxClaims || len(kept)+more != len(cs) {
		t.Fatalf("sample kept %d and left out %d of %d; want at most %d kept", len(kept), more, len(cs), maxClaims)
	}
	var lo, hi bool
	for _, c := range kept {
		lo = lo || *c.Value == 1000
		hi = hi || *c.Value == 1299
	}
	if !lo || !hi {
		t.Errorf("sample dropped the lowest or highest figure (lowest kept %v, highest kept %v)", lo, hi)
	}
	if kept, more := sample(cs[:10], false); len(kept) != 10 || more != 0 {
		t.Errorf("sample(10 claims) = %d kept, %d more; want all kept", len(kept), more)
	}
}

// TestPDFQuantityScaled: a round value of a million or more reads with its
// scale word; one the word would round stays in full.
func TestPDFQuantityScaled(t *testing.T) {
	for _, tt := range []struct {
		in   float64
		unit string
		want string
	}{
		{6.6e9, "CAD", "6.6 billion CAD"}, {1.03e6, "", "1.03 million"}, {2e12, "USD", "USD 2 trillion"},
		{14213027, "", "14,213,027"}, {999999, "", "999,999"}, {12000, "%", "12,000%"}, {-4.5e6, "EUR", "EUR −4.5 million"},
	} {
		if got := quantity(tt.in, tt.unit); got != tt.want {
			t.Errorf("quantity(%v, %q) = %q, want %q", tt.in, tt.unit, got, tt.want)
		}
	}
}
