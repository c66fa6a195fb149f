// Command dumpreport turns one crosscheck run's reports into text dumps that
// can be compared with diff: it is the helper of scripts/samecheck.sh.
//
//	go run ./scripts/dumpreport -in OUT/YYYY-MM-DD -out DUMPDIR [-pdftext go|pdftotext]
//
// It reads the crosscheck-*.json, .xlsx and .pdf files in -in (one run's
// set; it fails if there is more than one) and writes into -out:
//
//   - report.json: the JSON report decoded and re-encoded with sorted keys,
//     two-space indentation, numbers as written, and the "generated"
//     value replaced by a placeholder (it is the clock time on builds that
//     ignore SOURCE_DATE_EPOCH).
//   - workbook.txt: the document properties, then for every sheet in
//     order its tables and data validations and every non-empty cell as
//     "Sheet!A1<TAB>value" (the value as displayed, followed by
//     "<TAB>raw=…" when the stored value differs), row by row. The
//     Summary sheet's Generated cell (the row labelled "Generated") is
//     replaced by a placeholder.
//   - briefing.txt: the PDF's document information, outline and, page by
//     page, every string drawn (position, font, size, text) in reading
//     order plus a digest of the page's non-text drawing operators;
//     with -pdftext pdftotext, the output of "pdftotext -layout" instead.
//     Lines holding the generation time are replaced by a placeholder.
//
// Backslashes, tabs and newlines inside values are escaped (\\, \t, \n,
// \r) so that every cell or string stays on one line.
//
// It deliberately imports nothing from the crosscheck module, so that the
// same dump code reads the reports of any version of the program.
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
	"github.com/xuri/excelize/v2"
)

const placeholder = "<normalised: generation time>"

var verbose bool

// timed runs step and, with -v, prints how long it took.
func timed(name string, step func() error) error {
	t := time.Now()
	err := step()
	if verbose {
		fmt.Fprintf(os.Stderr, "dumpreport: %s %.1fs\n", name, time.Since(t).Seconds())
	}
	return err
}

func main() {
	in := flag.String("in", "", "folder holding one run's crosscheck-*.{json,xlsx,pdf}")
	out := flag.String("out", "", "folder to write report.json, workbook.txt and briefing.txt into")
	pdftext := flag.String("pdftext", "go", "PDF text extractor: go (github.com/ledongthuc/pdf) or pdftotext (poppler's, -layout)")
	flag.BoolVar(&verbose, "v", false, "print the time each dump took on stderr")
	flag.Parse()
	if *in == "" || *out == "" || flag.NArg() != 0 || (*pdftext != "go" && *pdftext != "pdftotext") {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*in, *out, *pdftext); err != nil {
		fmt.Fprintln(os.Stderr, "dumpreport:", err)
		os.Exit(1)
	}
}

func run(in, out, pdftext string) error {
	files := map[string]string{}
	for _, ext := range []string{"json", "xlsx", "pdf"} {
		m, err := filepath.Glob(filepath.Join(in, "crosscheck-*."+ext))
		if err != nil {
			return err
		}
		if len(m) != 1 {
			return fmt.Errorf("%s: want exactly one crosscheck-*.%s, found %d", in, ext, len(m))
		}
		files[ext] = m[0]
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	var generated string
	if err := timed("json", func() (err error) {
		generated, err = dumpJSON(files["json"], filepath.Join(out, "report.json"))
		return err
	}); err != nil {
		return fmt.Errorf("%s: %w", files["json"], err)
	}
	if err := timed("xlsx", func() error { return dumpXLSX(files["xlsx"], filepath.Join(out, "workbook.txt")) }); err != nil {
		return fmt.Errorf("%s: %w", files["xlsx"], err)
	}
	if err := timed("pdf", func() error {
		return dumpPDF(files["pdf"], out, pdftext, timeForms(generated))
	}); err != nil {
		return fmt.Errorf("%s: %w", files["pdf"], err)
	}
	return nil
}

// writeFile creates path and hands a buffered writer to fill.
func writeFile(path string, fill func(w *bufio.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	err = fill(w)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

var escaper = strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)

// dumpJSON writes the normalised report and returns its generated value.
func dumpJSON(src, dst string) (string, error) {
	data, err := os.ReadFile(src)
	if err != nil {
		return "", err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc map[string]any
	if err := dec.Decode(&doc); err != nil {
		return "", err
	}
	if _, err := dec.Token(); err != io.EOF {
		return "", errors.New("trailing data after the report")
	}
	generated, _ := doc["generated"].(string)
	if _, ok := doc["generated"]; ok {
		doc["generated"] = placeholder
	}
	return generated, writeFile(dst, func(w *bufio.Writer) error {
		enc := json.NewEncoder(w) // map keys come out sorted
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(doc)
	})
}

// timeForms returns the ways a briefing might print the generation time.
func timeForms(generated string) []string {
	if generated == "" {
		return nil
	}
	forms := []string{generated}
	t, err := time.Parse(time.RFC3339, generated)
	if err != nil {
		return forms
	}
	t = t.UTC()
	for _, layout := range []string{
		"2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02T15:04",
		"2 January 2006 15:04", "2 January 2006, 15:04", "2 Jan 2006 15:04", "02 Jan 2006 15:04",
		"January 2, 2006 15:04", "Jan 2, 2006 15:04", "15:04:05 UTC", "15:04 UTC", "15:04:05Z", "15:04Z",
	} {
		forms = append(forms, t.Format(layout))
	}
	return forms
}

func dumpXLSX(src, dst string) error {
	f, err := excelize.OpenFile(src)
	if err != nil {
		return err
	}
	defer f.Close()
	return writeFile(dst, func(w *bufio.Writer) error {
		props, err := f.GetDocProps()
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "props\ttitle=%s\tsubject=%s\tcreator=%s\tlastModifiedBy=%s\tcreated=%s\tmodified=%s\tdescription=%s\n",
			escaper.Replace(props.Title), escaper.Replace(props.Subject), escaper.Replace(props.Creator),
			escaper.Replace(props.LastModifiedBy), props.Created, props.Modified, escaper.Replace(props.Description))
		sheets := f.GetSheetList()
		w.WriteString("sheets")
		for _, s := range sheets {
			w.WriteString("\t" + escaper.Replace(s))
		}
		w.WriteByte('\n')
		for _, sheet := range sheets {
			if err := dumpSheet(w, f, sheet); err != nil {
				return fmt.Errorf("sheet %s: %w", sheet, err)
			}
		}
		return nil
	})
}

func dumpSheet(w *bufio.Writer, f *excelize.File, sheet string) error {
	fmt.Fprintf(w, "== sheet %s\n", escaper.Replace(sheet))
	tables, err := f.GetTables(sheet)
	if err != nil {
		return err
	}
	for _, t := range tables {
		fmt.Fprintf(w, "%s\ttable\t%s\t%s\t%s\n", escaper.Replace(sheet), t.Name, t.Range, t.StyleName)
	}
	dvs, err := f.GetDataValidations(sheet)
	if err != nil {
		return err
	}
	for _, dv := range dvs {
		fmt.Fprintf(w, "%s\tvalidation\t%s\t%s\t%s\t%s\n", escaper.Replace(sheet), dv.Sqref, dv.Type,
			escaper.Replace(dv.Formula1), escaper.Replace(dv.Formula2))
	}
	// Two iterators in step: the displayed values and the stored ones.
	shown, err := f.Rows(sheet)
	if err != nil {
		return err
	}
	defer shown.Close()
	raw, err := f.Rows(sheet)
	if err != nil {
		return err
	}
	defer raw.Close()
	for row := 1; shown.Next(); row++ {
		if !raw.Next() {
			return errors.New("raw iterator ended early")
		}
		vals, err := shown.Columns()
		if err != nil {
			return err
		}
		raws, err := raw.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return err
		}
		generatedRow := sheet == "Summary" && len(vals) > 0 && vals[0] == "Generated"
		for i := range max(len(vals), len(raws)) {
			v, r := at(vals, i), at(raws, i)
			if v == "" && r == "" {
				continue
			}
			cell, err := excelize.CoordinatesToCellName(i+1, row)
			if err != nil {
				return err
			}
			if generatedRow && i == 1 {
				v, r = placeholder, placeholder
			}
			fmt.Fprintf(w, "%s!%s\t%s", escaper.Replace(sheet), cell, escaper.Replace(v))
			if r != v {
				fmt.Fprintf(w, "\traw=%s", escaper.Replace(r))
			}
			w.WriteByte('\n')
		}
	}
	if err := shown.Error(); err != nil {
		return err
	}
	return raw.Error()
}

func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return ""
}

// dumpPDF writes briefing.txt, the text as a reader sees it (pdftotext
// -layout's, or lines rebuilt from the strings drawn), and
// briefing-draw.txt, the document information, outline and every string
// drawn with its position, font and size plus a digest of each page's
// other operators.
func dumpPDF(src, out, pdftext string, timeForms []string) error {
	draw, text, err := pdfLines(src)
	if err != nil {
		return err
	}
	if pdftext == "pdftotext" {
		b, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", src, "-").Output()
		if err != nil {
			return fmt.Errorf("pdftotext: %w", err)
		}
		text = strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	}
	put := func(name string, lines []string) error {
		return writeFile(filepath.Join(out, name), func(w *bufio.Writer) error {
			for _, l := range lines {
				for _, form := range timeForms {
					if strings.Contains(l, form) {
						l = placeholder
						break
					}
				}
				w.WriteString(l)
				w.WriteByte('\n')
			}
			return nil
		})
	}
	if err := put("briefing.txt", text); err != nil {
		return err
	}
	return put("briefing-draw.txt", draw)
}

// chunk is one string drawn on a page.
type chunk struct {
	x, y, size float64
	font, text string
}

// pdfLines returns the detailed dump of a PDF and its plain text (the
// strings of each line, left to right, separated by two spaces, and a form
// feed between pages).
func pdfLines(src string) (lines, text []string, err error) {
	data, err := os.ReadFile(src)
	if err != nil {
		return nil, nil, err
	}
	defer func() {
		// The reader panics on malformed input.
		if p := recover(); p != nil {
			err = fmt.Errorf("reading PDF: %v", p)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, nil, err
	}
	info := r.Trailer().Key("Info")
	for _, k := range info.Keys() {
		v := info.Key(k)
		s := v.String()
		if v.Kind() == pdf.String {
			s = escaper.Replace(v.Text())
		}
		lines = append(lines, "info\t"+k+"\t"+s)
	}
	var walk func(o pdf.Outline, depth int)
	walk = func(o pdf.Outline, depth int) {
		if depth > 0 {
			lines = append(lines, "outline\t"+strings.Repeat("  ", depth-1)+escaper.Replace(o.Title))
		}
		for _, c := range o.Child {
			walk(c, depth+1)
		}
	}
	walk(r.Outline(), 0)
	lines = append(lines, fmt.Sprintf("pages\t%d", r.NumPage()))
	for i := 1; i <= r.NumPage(); i++ {
		p := r.Page(i)
		box := p.V.Key("MediaBox")
		for v := p.V; box.IsNull() && !v.IsNull(); v = v.Key("Parent") {
			box = v.Key("MediaBox")
		}
		lines = append(lines, fmt.Sprintf("== page %d\tMediaBox %s", i, box.String()))
		chunks, ops, digest, err := pageContent(p)
		if err != nil {
			return nil, nil, fmt.Errorf("page %d: %w", i, err)
		}
		// Reading order: top to bottom, then left to right.
		slices.SortStableFunc(chunks, func(a, b chunk) int {
			return cmp.Or(cmp.Compare(math.Round(b.y*100), math.Round(a.y*100)), cmp.Compare(math.Round(a.x*100), math.Round(b.x*100)))
		})
		var line strings.Builder
		for k, c := range chunks {
			lines = append(lines, fmt.Sprintf("%7.2f %7.2f %-12s %5.2f | %s", c.y, c.x, c.font, c.size, escaper.Replace(c.text)))
			if k > 0 && math.Round(c.y*100) != math.Round(chunks[k-1].y*100) {
				text = append(text, line.String())
				line.Reset()
			} else if k > 0 {
				line.WriteString("  ")
			}
			line.WriteString(c.text)
		}
		if len(chunks) > 0 {
			text = append(text, line.String())
		}
		if i < r.NumPage() {
			text = append(text, "\f")
		}
		lines = append(lines, fmt.Sprintf("graphics\t%d operators\tsha256 %s", ops, digest))
	}
	return lines, text, nil
}

// pageContent returns the strings a page's content stream shows, and the
// number and digest of the other operators (with their operands).
func pageContent(p pdf.Page) ([]chunk, int, string, error) {
	fonts := p.Resources().Key("Font")
	cmaps := map[string]toUnicode{}
	var out []chunk
	var font string
	var size, x, y, leading float64
	var cmapErr error
	show := func(raw string) {
		m, ok := cmaps[font]
		if !ok {
			var err error
			m, err = readToUnicode(fonts.Key(font).Key("ToUnicode"))
			if err != nil && cmapErr == nil {
				cmapErr = err
			}
			cmaps[font] = m
		}
		base := fonts.Key(font).Key("BaseFont").Name()
		if _, after, ok := strings.Cut(base, "+"); ok {
			base = after
		}
		out = append(out, chunk{x: x, y: y, size: size, font: base, text: m.decode(raw)})
	}
	h := sha256.New()
	ops := 0
	pdf.Interpret(p.V.Key("Contents"), func(stk *pdf.Stack, op string) {
		args := make([]pdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		num := func(i int) float64 { return args[i].Float64() }
		switch op {
		case "BT":
			x, y = 0, 0
		case "Tf":
			if len(args) == 2 {
				font, size = args[0].Name(), num(1)
			}
		case "TL":
			if len(args) == 1 {
				leading = num(0)
			}
		case "Td", "TD":
			if len(args) == 2 {
				x, y = x+num(0), y+num(1)
				if op == "TD" {
					leading = -num(1)
				}
			}
		case "Tm":
			if len(args) == 6 {
				x, y = num(4), num(5)
			}
		case "T*":
			y -= leading
		case "Tj", "'", "\"":
			if op != "Tj" {
				y -= leading
			}
			if len(args) >= 1 {
				show(args[len(args)-1].RawString())
			}
			return
		case "TJ":
			if len(args) == 1 {
				var s strings.Builder
				for i := 0; i < args[0].Len(); i++ {
					if e := args[0].Index(i); e.Kind() == pdf.String {
						s.WriteString(e.RawString())
					}
				}
				show(s.String())
			}
			return
		}
		ops++
		for _, a := range args {
			io.WriteString(h, a.String())
			h.Write([]byte{' '})
		}
		io.WriteString(h, op)
		h.Write([]byte{'\n'})
	})
	return out, ops, hex.EncodeToString(h.Sum(nil))[:16], cmapErr
}

// toUnicode is a font's ToUnicode CMap for two-byte codes. (The reader's
// own decoder mishandles a bfrange wider than 256 codes, which is the
// identity range fpdf writes for its UTF-8 fonts; see report/pdf_test.go.)
type toUnicode struct {
	ranges []cmapRange
	chars  map[uint32]string
	none   bool // no CMap: show the bytes as Latin-1
}

// cmapRange maps codes lo..hi to dst, dst+1, ...
type cmapRange struct{ lo, hi, dst uint32 }

var (
	cmapBlock = regexp.MustCompile(`(?s)begin(bfrange|bfchar)(.*?)end(?:bfrange|bfchar)`)
	cmapHex   = regexp.MustCompile(`<([0-9A-Fa-f]+)>`)
)

func readToUnicode(v pdf.Value) (toUnicode, error) {
	m := toUnicode{chars: map[uint32]string{}}
	if v.IsNull() {
		m.none = true
		return m, nil
	}
	rd := v.Reader()
	defer rd.Close()
	data, err := io.ReadAll(rd)
	if err != nil {
		return m, fmt.Errorf("read ToUnicode: %w", err)
	}
	var bad error
	hexv := func(s string) uint32 {
		n, err := strconv.ParseUint(s, 16, 32)
		if err != nil && bad == nil {
			bad = fmt.Errorf("ToUnicode: bad code %q", s)
		}
		return uint32(n)
	}
	for _, blk := range cmapBlock.FindAllStringSubmatch(string(data), -1) {
		codes := cmapHex.FindAllStringSubmatch(blk[2], -1)
		switch blk[1] {
		case "bfrange":
			for i := 0; i+2 < len(codes); i += 3 {
				m.ranges = append(m.ranges, cmapRange{hexv(codes[i][1]), hexv(codes[i+1][1]), hexv(codes[i+2][1])})
			}
		case "bfchar":
			for i := 0; i+1 < len(codes); i += 2 {
				dst := codes[i+1][1]
				var units []uint16
				for j := 0; j+4 <= len(dst); j += 4 {
					units = append(units, uint16(hexv(dst[j:j+4])))
				}
				m.chars[hexv(codes[i][1])] = string(utf16.Decode(units))
			}
		}
	}
	return m, bad
}

// decode maps a string of two-byte codes to text, with U+FFFD for codes
// the CMap does not map. UTF-16 surrogate pairs are joined.
func (m toUnicode) decode(raw string) string {
	if m.none {
		var b strings.Builder
		for i := 0; i < len(raw); i++ {
			b.WriteRune(rune(raw[i]))
		}
		return b.String()
	}
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
