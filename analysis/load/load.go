package load

import (
	"bytes"
	"crosscheck/analysis"
	"crosscheck/analysis/lexicon"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode/utf32"

	xunicode "golang.org/x/text/encoding/unicode"
)

// Document is one article as loaded from its file, before cleaning: the
// page's text in UTF-8 and whatever metadata the file format itself gives.
type Document struct {
	// File is the path relative to the input folder.
	File string
	// Line is the 1-based line of a JSONL record; 0 otherwise.
	Line int
	// Path is the file's path on disk (set by Run).
	Path string
	// Format is the input format.
	Format analysis.Format
	// Text is the page text, UTF-8, lines separated by "\n". For HTML it is
	// the extracted main text, paragraphs separated by blank lines.
	Text string
	// Title, Outlet, URL and Published are the metadata the format gives
	// (header line, JSON fields, HTML metadata); empty when it gives none.
	Title     string
	Outlet    string
	URL       string
	Published analysis.Date
	// Via is the agency whose copy the outlet carries, when the format
	// says (a .txt header's "via:" line); empty otherwise.
	Via string
	// CopyrightLines are the copyright lines of an HTML page's visible
	// text outside its main text ("© 2024 Foo Media. All rights
	// reserved."), at most five, for finding the outlet; nil otherwise.
	CopyrightLines []string
	// SourceID is the record's own identifier (the "id" field of a JSONL
	// record); empty for other formats.
	SourceID string
	// Status is ok unless the document could not be used.
	Status analysis.Status
	// Problems lists errors and warnings, in words.
	Problems []string
	// Markup says, for lines of Text that an HTML extractor chose as the
	// page's main text, what element each came from and how much of it is
	// link text, keyed by the trimmed line. It is nil for other formats
	// and for a page read as all its visible text.
	Markup map[string]Markup
}

// Markup is what a page's markup says about one line of its main text.
type Markup struct {
	// Element is the kind of element the line came from: ElemHeading,
	// ElemItem, ElemRow, ElemPre, ElemQuote, ElemCaption, or ElemText
	// for a paragraph.
	Element Element
	// LinkShare is the share of the line's letters and digits that are
	// the text of links (0 to 1).
	LinkShare float64
}

// Element is the kind of HTML element a line of main text came from.
type Element uint8

// The kinds of element a line can come from.
const (
	ElemText    Element = iota // a paragraph or other block
	ElemHeading                // h1 to h6
	ElemItem                   // a list item (li, dt, dd)
	ElemRow                    // a table row, written out with its header (see hTMLText)
	ElemPre                    // preformatted text, such as code
	ElemQuote                  // a block quotation
	ElemCaption                // a figure or table caption
)

// Load turns one file's bytes into documents. file is the name used in
// messages and reports; its extension (case-insensitive) picks the format:
//
//   - .txt: plain text, optionally starting with a header line
//     "date YYYY-MM-DD Title", which gives Published and Title and is
//     removed from Text; the header line may be followed by lines
//     "outlet: Name", "url: https://..." and "via: Agency" (any order,
//     case-insensitive keys, each at most once), which give Outlet, URL
//     and Via and are removed too;
//   - .html and .htm: a saved web page, reduced to its main text by
//     trafilatura (paragraphs separated by blank lines) and its metadata
//     (title, date, site name as Outlet, canonical URL); when no main text
//     is found, the page's visible text, with a warning;
//   - .jsonl: one JSON object per line with the fields id, url, title,
//     outlet, published and text; each non-blank line is one Document.
//
// Any other extension gives one skipped Document. The bytes are decoded to
// UTF-8 first: a UTF-8 byte-order mark is dropped, UTF-16 and UTF-32 with a
// byte-order mark are decoded, and bytes that are not valid UTF-8 are read
// as Windows-1252 with a warning (an HTML page that declares its charset is
// decoded with it instead). Line endings become "\n"; the text is
// otherwise left as written.
//
// Load never fails: unusable input (empty, binary, a bad JSONL line)
// becomes a Document with a non-ok status and the reason in Problems,
// worded to follow a file name ("empty file").
func Load(file string, data []byte) []Document {
	ext := strings.ToLower(path.Ext(file))
	switch ext {
	case ".txt":
		return []Document{text(file, data)}
	case ".html", ".htm":
		return []Document{hTML(file, data)}
	case ".jsonl":
		return jSONL(file, data)
	}
	what := "unsupported file type " + ext
	if ext == "" {
		what = "unsupported file type (no extension)"
	}
	return []Document{{
		File:     file,
		Status:   analysis.StatusSkipped,
		Problems: []string{what + "; crosscheck reads .txt, .html, .htm and .jsonl"},
	}}
}

// loadSupported reports whether Load reads a file by its name's extension
// (case-insensitive): Run skips the others without opening them.
func Supported(file string) bool {
	switch strings.ToLower(path.Ext(file)) {
	case ".txt", ".html", ".htm", ".jsonl":
		return true
	}
	return false
}

// text reads a plain-text article with an optional header line.
func text(file string, data []byte) Document {
	doc := Document{File: file, Format: analysis.FormatText}
	dec := decode(data, nil)
	if dec.status != "" {
		doc.Status, doc.Problems = dec.status, []string{dec.reason}
		return doc
	}
	doc.Problems = dec.warnings
	doc.Text = dec.text
	first, rest, _ := strings.Cut(dec.text, "\n")
	if m := headerRE.FindStringSubmatch(first); m != nil {
		doc.Text = headerFields(&doc, rest)
		doc.Title = strings.TrimSpace(m[2])
		if n := len(strings.Fields(doc.Title)); n > MaxTitleWords {
			// A header "title" of a paragraph's length is the text's
			// first paragraph, not a headline: kept as text, never lost.
			doc.Problems = append(doc.Problems, fmt.Sprintf("header title of %d words is no headline; read as the text's first paragraph", n))
			doc.Text = doc.Title + "\n\n" + doc.Text
			doc.Title = ""
		}
		d, err := headerDate(m[1])
		if err != nil {
			doc.Problems = append(doc.Problems, fmt.Sprintf("header date %q is not a valid date; publication date left empty", m[1]))
		}
		doc.Published = d
		if strings.TrimFunc(doc.Text, blank) == "" {
			doc.Status = analysis.StatusSkipped
			doc.Problems = append(doc.Problems, "no text after the header line")
			return doc
		}
	}
	doc.Status = analysis.StatusOK
	return doc
}

// MaxTitleWords is the most words a headline has; a longer title is a
// sentence of text (clean.plausibleTitle holds titles to it too).
const MaxTitleWords = 40

// headerRE matches the header line of a .txt article: the word "date",
// a date-shaped token and the title. A first line that starts with "date"
// but no date-shaped token ("Date night ideas") is ordinary text.
var headerRE = regexp.MustCompile(`^[\s\x{FEFF}]*(?i:date)[ \t]+(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:[ \t]+(.*))?[ \t]*$`)

// headerFieldRE matches a line of the extended .txt header: "outlet:
// Name", "url: https://...", "via: Agency".
var headerFieldRE = regexp.MustCompile(`^[ \t]*(?i:(outlet|url|via))[ \t]*:[ \t]*(\S.*?)[ \t]*$`)

// headerFields reads the extended header lines at the start of text (the
// lines after the date header) into doc and returns the rest. A key seen
// twice, or a url that is not an http(s) address, ends the header: that
// line is the article's.
func headerFields(doc *Document, text string) string {
	for text != "" {
		line, rest, _ := strings.Cut(text, "\n")
		m := headerFieldRE.FindStringSubmatch(line)
		if m == nil {
			break
		}
		key, val := strings.ToLower(m[1]), m[2]
		switch {
		case key == "outlet" && doc.Outlet == "":
			doc.Outlet = val
		case key == "via" && doc.Via == "":
			doc.Via = val
		case key == "url" && doc.URL == "" && (strings.HasPrefix(strings.ToLower(val), "http://") || strings.HasPrefix(strings.ToLower(val), "https://")):
			doc.URL = val
		default:
			return text
		}
		text = rest
	}
	return text
}

// headerDate parses the header's date token, YYYY-MM-DD with "-", "/"
// or "." between the parts.
func headerDate(s string) (analysis.Date, error) {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '/' || r == '.' })
	if len(parts) != 3 {
		return analysis.Date{}, fmt.Errorf("parse date %q: want YYYY-MM-DD", s)
	}
	y, _ := strconv.Atoi(parts[0])
	m, _ := strconv.Atoi(parts[1])
	d, _ := strconv.Atoi(parts[2])
	return makeDate(y, m, d)
}

// makeDate returns the date y-m-d, or an error when there is no such
// day or the year is implausible for a news article.
func makeDate(y, m, d int) (analysis.Date, error) {
	if y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return analysis.Date{}, fmt.Errorf("no such date %04d-%02d-%02d", y, m, d)
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return analysis.Date{}, fmt.Errorf("no such date %04d-%02d-%02d", y, m, d)
	}
	return analysis.DateOf(t), nil
}

// hTMLOptions configures the main-text extractor for saved pages:
//   - comments are excluded: reader comments are not the article's claims;
//   - tables are included: a table inside an article carries figures,
//     and each row is written as one line that names every cell by its
//     column's header ("Region: Gaza; Killed: 471."), so a figure keeps
//     what it counts;
//   - links are kept in the extracted tree, so that each line's share of
//     link text can be measured (lists of links are page furniture);
//   - the fallback extractors (readability, DOM distiller) are on: they
//     roughly double the time (about 15 ms for a typical page) for better
//     main-text detection;
//   - the date comes from metadata, the URL and date-shaped elements only
//     (HtmlDateMode Fast), never from a free-text search of the body,
//     which would guess dates from the story;
//   - logging is off, so the library never writes to stderr.
var hTMLOptions = trafilatura.Options{
	ExcludeComments: true,
	IncludeLinks:    true,
	EnableFallback:  true,
	HtmlDateMode:    trafilatura.Fast,
	EnableLog:       false,
	Config:          hTMLConfig(),
}

// hTMLConfig is the extractor's default config, except that a page
// with too little main text still returns its metadata (the loader then
// falls back to the page's visible text) instead of an error.
func hTMLConfig() *trafilatura.Config {
	c := trafilatura.DefaultConfig()
	c.MinOutputSize = 0
	return c
}

// hTML reads a saved web page: the main text as found by trafilatura,
// or the page's visible text when it finds none.
func hTML(file string, data []byte) Document {
	doc := Document{File: file, Format: analysis.FormatHTML}
	dec := decode(data, hTMLCharset)
	if dec.status != "" {
		doc.Status, doc.Problems = dec.status, []string{dec.reason}
		return doc
	}
	doc.Problems = dec.warnings
	root, err := html.Parse(strings.NewReader(dec.text))
	if err != nil { // html.Parse only fails on read errors
		doc.Status, doc.Problems = analysis.StatusFailed, append(doc.Problems, fmt.Sprintf("unparsable HTML: %v", err))
		return doc
	}
	dropConsent(root)
	dropRubyText(root)
	vparas := hTMLParas(root)
	visible := joinParas(vparas)
	doc.CopyrightLines = copyrightLines(visible)
	res, err := extractHTML(root)
	if res != nil {
		m := res.Metadata
		doc.Title = strings.TrimSpace(m.Title)
		doc.Outlet = strings.TrimSpace(m.Sitename)
		doc.URL = strings.TrimSpace(m.URL)
		if !m.Date.IsZero() {
			doc.Published = analysis.DateOf(m.Date)
		}
		paras := contentParas(res.ContentNode, root)
		page := newVisibleParas(visible)
		respace(paras, page)
		paras = fillGaps(paras, vparas)
		paras = missedProse(paras, root)
		paras = dropComments(paras, root, vparas)
		tailLinks(paras, root)
		pageLinks(paras, vparas)
		texts := make([]string, len(paras))
		for i, p := range paras {
			texts[i] = p.text
		}
		doc.Text = keepVisible(strings.Join(texts, "\n\n"), visible+"\n"+jSONLD(root))
		doc.Text = splitBlobs(doc.Text, page)
		if doc.Text != "" {
			doc.Markup = markup(paras)
		}
	}
	if strings.TrimFunc(doc.Text, blank) == "" {
		if strings.TrimFunc(visible, blank) == "" {
			doc.Status = analysis.StatusSkipped
			doc.Problems = append(doc.Problems, "no visible text in the HTML page")
			return doc
		}
		if err == nil {
			err = errors.New("HTML extractor found no main text; using all the page's visible text")
		}
		doc.Problems = append(doc.Problems, err.Error())
		doc.Text = visible
	}
	doc.Status = analysis.StatusOK
	return doc
}

// consentMarkers name a consent manager's markup in an id or class
// (clean.consentMarkers: "onetrust-consent-sdk", "cookie-banner",
// "qc-cmp2-container"): a word of the name that is one of them, or
// starts with one and goes on with digits.
var consentMarkers = lexicon.Words("clean.consentMarkers")

// dropConsent removes a page's consent dialogs (cookie and privacy
// preference centres) from the tree before extraction: saved with the
// page, their many paragraphs of prose can outweigh a short article, and
// the extractor then returns the dialog instead (a news agency's page of
// 400 words read as its CCPA notice). An element goes when its id or
// class names a consent manager, unless it holds the page's article,
// main text or headline, or is small (under 200 bytes of text: a
// comment form's "save my name" box is no dialog).
func dropConsent(root *html.Node) {
	dropElements(root, func(n *html.Node) bool {
		return consentBox(n.DataAtom) && consentElement(n) && !holdsArticle(n) && len(hTMLText(n)) >= 200
	})
}

// dropElements removes from the tree every element that drop accepts,
// with what it holds (the elements inside one dropped are not asked).
func dropElements(root *html.Node, drop func(*html.Node) bool) {
	var gone []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && drop(n) {
			gone = append(gone, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	for _, n := range gone {
		n.Parent.RemoveChild(n)
	}
}

// dropRubyText removes ruby annotations (<rt>, and the <rp> brackets
// around them) from the tree before extraction: a reading printed above
// its characters is not part of the running text, and left in it splits
// every word of a Japanese page for learners ("<ruby>子<rt>こ</rt></ruby>
// ども" reads 子ども, not 子こども).
func dropRubyText(root *html.Node) {
	dropElements(root, func(n *html.Node) bool { return n.DataAtom == atom.Rt || n.DataAtom == atom.Rp })
}

// commentBox reports an element that holds readers' comments: a box
// whose id or class is one of clean.commentMarkers as a whole word
// ("comment", "comments", "comment-list", "disqus_thread"; not
// "has-comments", which marks an article that takes them).
func commentBox(n *html.Node) bool {
	if !consentBox(n.DataAtom) && n.DataAtom != atom.Ol && n.DataAtom != atom.Ul && n.DataAtom != atom.Li && n.DataAtom != atom.Article {
		return false
	}
	return namedBy(n, strings.Fields, func(w string) bool { return commentMarkers.Has(w) })
}

// namedBy reports an element whose id or class, lower-cased and cut into
// words by split, has a word match accepts.
func namedBy(n *html.Node, split func(string) []string, match func(string) bool) bool {
	for _, a := range n.Attr {
		if a.Key != "id" && a.Key != "class" {
			continue
		}
		for _, w := range split(strings.ToLower(a.Val)) {
			if match(w) {
				return true
			}
		}
	}
	return false
}

// dropComments removes from the extracted paragraphs the readers'
// comments go-trafilatura let through: paragraphs of the page's comment
// boxes (commentBox), unless the page also has them outside one. (The
// boxes stay in the tree the extractor reads: taking them out changes
// what it picks as the article.)
// visible are the page's visible paragraphs (hTMLParas of root).
func dropComments(paras []para, root *html.Node, visible []para) []para {
	inComment := map[string]int{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && commentBox(n) && !holdsArticle(n) {
			for _, p := range hTMLParas(n) {
				if k := lineKey(p.text); len(k) >= 20 {
					inComment[k]++
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if len(inComment) == 0 {
		return paras
	}
	onPage := map[string]int{} // how often the page has each comment's text
	for _, p := range visible {
		if k := lineKey(p.text); inComment[k] > 0 {
			onPage[k]++
		}
	}
	out := paras[:0:0]
	for _, p := range paras {
		if k := lineKey(p.text); inComment[k] == 0 || onPage[k] > inComment[k] {
			out = append(out, p)
		}
	}
	return out
}

// commentMarkers name a comment thread's markup (clean.commentMarkers).
var commentMarkers = lexicon.Words("clean.commentMarkers")

// consentBox reports the elements a consent dialog is built of: boxes,
// not a form's checkbox ("comment-form-cookies-consent").
func consentBox(a atom.Atom) bool {
	switch a {
	case atom.Div, atom.Section, atom.Aside, atom.Dialog, atom.Footer, atom.Header, atom.Nav, atom.Form:
		return true
	}
	return false
}

// consentElement reports an element whose id or class names a consent
// manager.
func consentElement(n *html.Node) bool {
	split := func(s string) []string {
		return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '_' || r == '\t' })
	}
	return namedBy(n, split, func(w string) bool { return consentMarkers.Has(strings.TrimRight(w, "0123456789")) })
}

// holdsArticle reports an element that holds an article, the page's main
// text or a first-level heading.
func holdsArticle(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Article || c.DataAtom == atom.Main || c.DataAtom == atom.H1) || holdsArticle(c) {
			return true
		}
	}
	return false
}

// copyrightLines returns up to five short lines of text that hold a
// copyright sign or the word "copyright".
func copyrightLines(text string) []string {
	var out []string
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || len(line) > 200 {
			continue
		}
		if strings.Contains(line, "©") || strings.Contains(line, "opyright") || strings.Contains(line, "OPYRIGHT") {
			out = append(out, line)
			if len(out) == 5 {
				break
			}
		}
	}
	return out
}

// extractHTML runs trafilatura on a parsed page. The library is large
// and reads untrusted markup, so a panic in it is turned into an error.
func extractHTML(root *html.Node) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			res = nil
			err = fmt.Errorf("HTML extractor failed (%v); using all the page's visible text", r)
		}
	}()
	res, err = trafilatura.ExtractDocument(root, hTMLOptions)
	if err != nil {
		return nil, fmt.Errorf("HTML extractor found no main text (%v); using all the page's visible text", err)
	}
	return res, nil
}

// hTMLCharset returns the encoding a page declares, in a <meta> tag
// (charset or http-equiv Content-Type) or an XML declaration, with its
// name; nil when it declares none, or declares UTF-8 (which, when asked,
// it is not).
func hTMLCharset(data []byte) (encoding.Encoding, string) {
	head := data[:min(len(data), 256<<10)]
	m := metaCharsetRE.FindSubmatch(head)
	if m == nil {
		m = xMLEncodingRE.FindSubmatch(head)
	}
	if m == nil {
		return nil, ""
	}
	e, name := charset.Lookup(string(m[1]))
	switch name {
	case "", "utf-8", "utf-16be", "utf-16le", "replacement":
		return nil, ""
	}
	return e, name
}

// Charset declarations in a page's markup.
var (
	metaCharsetRE = regexp.MustCompile(`(?i)<meta\s[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)`)
	xMLEncodingRE = regexp.MustCompile(`(?i)^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([a-z0-9_:.+-]+)`)
)

// decoded is a file's bytes as text, or why they are not text.
type decoded struct {
	text     string          // UTF-8, "\n" line endings
	warnings []string        // problems that do not stop the file being read
	status   analysis.Status // empty when the text is usable
	reason   string          // why not, when status is set
}

// decode turns a file's bytes into UTF-8 text with "\n" line endings,
// or says why they are not text (empty, binary).
//
// A UTF-8 byte-order mark is dropped; UTF-16 and UTF-32 with a mark, and
// UTF-16 without one (recognised by its NUL bytes), are decoded. Bytes
// that are not valid UTF-8 are decoded with the encoding declared, when
// declared is not nil and finds one in the bytes; otherwise each byte that
// is not part of a valid UTF-8 sequence is read as Windows-1252, with a
// warning (so a file that is all Windows-1252 is decoded as such, and a
// UTF-8 file with a few stray bytes keeps its UTF-8).
func decode(data []byte, declared func([]byte) (encoding.Encoding, string)) decoded {
	if len(data) == 0 {
		return decoded{status: analysis.StatusSkipped, reason: "empty file"}
	}
	if what := magic(data); what != "" {
		return decoded{status: analysis.StatusFailed, reason: "binary file, not text (" + what + ")"}
	}
	var out decoded
	var text, overruled string
	if bom, enc := bOM(data); enc != nil {
		s, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return decoded{status: analysis.StatusFailed, reason: fmt.Sprintf("undecodable %s text: %v", bom, err)}
		}
		text = string(s)
	} else if enc, name := uTF16NoBOM(data); enc != nil {
		s, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return decoded{status: analysis.StatusFailed, reason: fmt.Sprintf("undecodable %s text: %v", name, err)}
		}
		text = string(s)
		out.warnings = append(out.warnings, "no byte-order mark, but the bytes look like "+name+"; decoded as "+name)
	} else {
		data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
		if i := bytes.IndexByte(data, 0); i >= 0 && (i < 8000 || bytes.Count(data, []byte{0})*100 > len(data)) {
			return decoded{status: analysis.StatusFailed, reason: "binary file, not text (contains NUL bytes)"}
		}
		switch {
		case utf8.Valid(data):
			text = string(data)
		case declared != nil:
			e, name := declared(data)
			if e != nil && !mostlyUTF8(data, name) {
				s, err := e.NewDecoder().Bytes(data)
				if err == nil {
					text = string(s)
					break
				}
			}
			if e != nil {
				overruled = name
			}
			fallthrough
		default:
			var invalid int
			var multibyte bool
			text, invalid, multibyte = windows1252(data)
			w := "not valid UTF-8; decoded as Windows-1252"
			switch {
			case multibyte && invalid == 1:
				w += " (only the one byte that is not UTF-8)"
			case multibyte:
				w += fmt.Sprintf(" (only the %d bytes that are not UTF-8)", invalid)
			}
			if overruled != "" {
				rest := fmt.Sprintf("the %d bytes that are not", invalid)
				if invalid == 1 {
					rest = "the one byte that is not"
				}
				w = "declares " + overruled + ", but most of its text is UTF-8; read as UTF-8, and " + rest + " as Windows-1252"
			}
			out.warnings = append(out.warnings, w)
		}
	}
	text = strings.ToValidUTF8(text, "\uFFFD") // decoders replace bad input; be sure
	// A few stray NULs, far from the start, are dropped.
	if n := strings.Count(text, "\x00"); n > 0 {
		text = strings.ReplaceAll(text, "\x00", "")
		w := "removed a NUL character"
		if n > 1 {
			w = fmt.Sprintf("removed %d NUL characters", n)
		}
		out.warnings = append(out.warnings, w)
	}
	if pct, ok := controlShare(text); ok {
		return decoded{status: analysis.StatusFailed, reason: fmt.Sprintf("binary file, not text (%d%% control characters)", pct)}
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	if strings.TrimFunc(text, blank) == "" {
		return decoded{status: analysis.StatusSkipped, reason: "empty file"}
	}
	out.text = text
	return out
}

// blank reports whether r is white space or a stray byte-order mark.
func blank(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }

// mostlyUTF8 reports bytes that declare a single-byte encoding (ISO
// 8859-1, Windows-1252; named as charset.Lookup names them) but are
// mostly UTF-8: a page saved or templated as UTF-8 under its old
// declaration, with a few bytes of the old encoding left in it. Decoded as declared, every UTF-8 letter turns into
// two ("Ã¼" for "ü"); text in a single-byte encoding seldom holds a valid
// UTF-8 sequence, and never more of them than bytes that are not.
func mostlyUTF8(data []byte, declared string) bool {
	switch declared {
	case "shift_jis", "euc-jp", "iso-2022-jp", "euc-kr", "gbk", "gb18030", "big5":
		return false // a multi-byte encoding's pairs can look like UTF-8
	}
	var valid, invalid int
	for len(data) > 0 {
		if data[0] < utf8.RuneSelf {
			data = data[1:]
			continue
		}
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		data = data[size:]
	}
	return valid >= 3 && valid > 3*invalid
}

// windows1252 decodes data as UTF-8, reading each byte that is not
// part of a valid UTF-8 sequence as Windows-1252. It returns the text, the
// number of such bytes, and whether data had any valid multi-byte UTF-8
// sequence.
func windows1252(data []byte) (string, int, bool) {
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	var invalid int
	var multibyte bool
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(charmap.Windows1252.DecodeByte(data[0]))
			invalid++
		default:
			b.Write(data[:size])
			multibyte = multibyte || size > 1
		}
		data = data[size:]
	}
	return b.String(), invalid, multibyte
}

// bOM returns the encoding named by a UTF-16 or UTF-32 byte-order
// mark, or nil. (A UTF-8 mark is handled by the caller.)
func bOM(data []byte) (string, encoding.Encoding) {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0, 0}):
		return "UTF-32LE", utf32.UTF32(utf32.LittleEndian, utf32.ExpectBOM)
	case bytes.HasPrefix(data, []byte{0, 0, 0xFE, 0xFF}):
		return "UTF-32BE", utf32.UTF32(utf32.BigEndian, utf32.ExpectBOM)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return "UTF-16LE", xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return "UTF-16BE", xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM)
	}
	return "", nil
}

// uTF16NoBOM recognises UTF-16 text without a byte-order mark by its
// pattern of NUL bytes: in mostly-Latin text every other byte is zero and
// the bytes between are not. It returns nil when the pattern is absent.
func uTF16NoBOM(data []byte) (encoding.Encoding, string) {
	n := min(len(data), 4096) &^ 1
	if n < 8 {
		return nil, ""
	}
	var zeroEven, zeroOdd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			zeroEven++
		}
		if data[i+1] == 0 {
			zeroOdd++
		}
	}
	pairs := n / 2
	switch {
	case zeroOdd*10 >= pairs*7 && zeroEven == 0:
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), "UTF-16LE"
	case zeroEven*10 >= pairs*7 && zeroOdd == 0:
		return xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), "UTF-16BE"
	}
	return nil, ""
}

// magics are the signatures of common binary formats that end up in
// article folders by mistake.
var magics = []struct{ prefix, what string }{
	{"%PDF-", "PDF document"},
	{"PK\x03\x04", "ZIP archive or Office document"},
	{"PK\x05\x06", "ZIP archive"},
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\x1f\x8b", "gzip archive"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"\x7fELF", "executable"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document"},
	{"7z\xbc\xaf\x27\x1c", "7-Zip archive"},
	{"Rar!\x1a\x07", "RAR archive"},
	{"\xfd7zXZ\x00", "xz archive"},
	{"\x28\xb5\x2f\xfd", "zstd archive"},
	{"SQLite format 3\x00", "SQLite database"},
	{"wOFF", "web font"},
	{"wOF2", "web font"},
}

// magic names the binary format data starts with, or returns "".
func magic(data []byte) string {
	for _, m := range magics {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return m.what
		}
	}
	if len(data) >= 12 && string(data[:4]) == "RIFF" {
		switch string(data[8:12]) {
		case "WEBP":
			return "WebP image"
		case "WAVE", "AVI ":
			return "audio or video"
		}
	}
	if len(data) >= 10 && string(data[:3]) == "BZh" && data[3] >= '1' && data[3] <= '9' && string(data[4:10]) == "1AY&SY" {
		return "bzip2 archive"
	}
	return ""
}

// controlShare reports whether text has too many control characters to
// be prose, and their share in percent. Tab, line feed, vertical tab, form
// feed and carriage return are white space, not control characters here.
func controlShare(text string) (int, bool) {
	var n, ctl int
	for _, r := range text {
		n++
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\v' && r != '\f' && r != '\r') || r == 0x7F {
			ctl++
		}
	}
	if ctl == 0 || ctl*20 < n { // under 5%
		return 0, false
	}
	return max(ctl*100/n, 5), true
}

// jSONL reads one article per line. Blank lines are ignored; a bad
// line becomes a failed Document naming the line, and the others still
// count.
func jSONL(file string, data []byte) []Document {
	dec := decode(data, nil)
	if dec.status != "" {
		return []Document{{File: file, Format: analysis.FormatJSONL, Status: dec.status, Problems: []string{dec.reason}}}
	}
	var docs []Document
	for i, line := range strings.Split(dec.text, "\n") {
		if strings.TrimFunc(line, blank) == "" {
			continue
		}
		doc := jSONLine(file, i+1, line)
		doc.Problems = append(append([]string(nil), dec.warnings...), doc.Problems...)
		docs = append(docs, doc)
	}
	return docs
}

// jSONLine reads one JSONL record: {"id", "url", "title", "outlet",
// "published", "text"}. Unknown fields are ignored; null counts as absent.
func jSONLine(file string, n int, line string) Document {
	doc := Document{File: file, Line: n, Format: analysis.FormatJSONL}
	fail := func(reason string) Document {
		doc.Status = analysis.StatusFailed
		doc.Problems = append(doc.Problems, fmt.Sprintf("line %d: %s", n, reason))
		return doc
	}
	line = strings.TrimLeft(line, "\uFEFF")
	if err := json.Unmarshal([]byte(line), new(json.RawMessage)); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return fail(fmt.Sprintf("invalid JSON at column %d: %v", column(line, se.Offset), err))
		}
		return fail(fmt.Sprintf("invalid JSON: %v", err))
	}
	// Numbers stay as written, so a long numeric id keeps all its digits.
	dec := json.NewDecoder(strings.NewReader(line))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return fail(fmt.Sprintf("invalid JSON: %v", err))
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return fail("not a JSON object (found " + jSONKind(v) + ")")
	}
	var bad []string
	str := func(name string, numberOK bool) string {
		raw, _ := field(obj, name)
		switch x := raw.(type) {
		case nil:
			return ""
		case string:
			return x
		case json.Number:
			if numberOK {
				return x.String()
			}
		}
		bad = append(bad, fmt.Sprintf("field %q is %s, want a string", name, jSONKind(raw)))
		return ""
	}
	doc.SourceID = strings.TrimSpace(str("id", true))
	doc.URL = strings.TrimSpace(str("url", false))
	doc.Title = strings.TrimSpace(str("title", false))
	doc.Outlet = strings.TrimSpace(str("outlet", false))
	published := strings.TrimSpace(str("published", false))
	text := str("text", false)
	if len(bad) > 0 {
		return fail(strings.Join(bad, "; "))
	}
	if _, ok := field(obj, "text"); !ok {
		return fail(`no text: field "text" is missing`)
	}
	if strings.TrimSpace(text) == "" {
		return fail(`no text: field "text" is empty`)
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	doc.Text = strings.ReplaceAll(text, "\r", "\n")
	if published != "" {
		d, err := loadPublished(published)
		if err != nil {
			doc.Problems = append(doc.Problems, fmt.Sprintf("line %d: %v; publication date left empty", n, err))
		}
		doc.Published = d
	}
	doc.Status = analysis.StatusOK
	return doc
}

// field looks a field up by its exact name, then ignoring case. A
// null value counts as absent.
func field(obj map[string]any, name string) (any, bool) {
	v, ok := obj[name]
	if !ok {
		for k, x := range obj {
			if strings.EqualFold(k, name) {
				v, ok = x, true
				break
			}
		}
	}
	return v, ok && v != nil
}

// jSONKind names the JSON type of a decoded value, with an article.
func jSONKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case json.Number, float64:
		return "a number"
	case string:
		return "a string"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

// column turns a byte offset in line into a 1-based column in runes.
func column(line string, offset int64) int {
	offset = min(max(offset, 0), int64(len(line)))
	return utf8.RuneCountInString(line[:offset]) + 1
}

// Date forms a "published" field may take, besides RFC 3339 and
// YYYY-MM-DD: an ISO date followed by a time of day in any form, a date
// with the month's name ("23 October 2024", "Oct. 23, 2024", optionally
// after a weekday), and a numeric day and month ("23/10/2024").
var (
	iSODateRE   = regexp.MustCompile(`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s,])`)
	weekdayRE   = regexp.MustCompile(`^(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+`)
	dayMonthRE  = regexp.MustCompile(`^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]+)\.?,?[\s-]+(\d{4})(?:$|[T\s,])`)
	monthDayRE  = regexp.MustCompile(`^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:$|[T\s,])`)
	numericDMRE = regexp.MustCompile(`^(\d{1,2})([-/.])(\d{1,2})([-/.])(\d{4})(?:$|[T\s,])`)
)

// loadPublished parses a publication date leniently. It never guesses: a
// form it does not know, or a numeric date whose day and month could be
// either way round ("04/11/2024"), is an error.
func loadPublished(s string) (analysis.Date, error) {
	check := func(d analysis.Date, err error) (analysis.Date, error) {
		if err != nil {
			return analysis.Date{}, fmt.Errorf("published date %q is not a valid date", s)
		}
		return d, nil
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return check(makeDate(t.Year(), int(t.Month()), t.Day()))
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return check(makeDate(t.Year(), int(t.Month()), t.Day()))
		}
	}
	if m := iSODateRE.FindStringSubmatch(s); m != nil {
		return check(makeDate(atoi(m[1]), atoi(m[2]), atoi(m[3])))
	}
	rest := weekdayRE.ReplaceAllString(s, "")
	if m := dayMonthRE.FindStringSubmatch(rest); m != nil {
		if mon := month(m[2]); mon > 0 {
			return check(makeDate(atoi(m[3]), mon, atoi(m[1])))
		}
	}
	if m := monthDayRE.FindStringSubmatch(rest); m != nil {
		if mon := month(m[1]); mon > 0 {
			return check(makeDate(atoi(m[3]), mon, atoi(m[2])))
		}
	}
	if m := numericDMRE.FindStringSubmatch(s); m != nil && m[2] == m[4] {
		a, b, y := atoi(m[1]), atoi(m[3]), atoi(m[5])
		switch {
		case a > 12 || a == b || m[2] == ".": // day first: 23/10/2024, 23.10.2024
			return check(makeDate(y, b, a))
		case b > 12: // month first: 10/23/2024
			return check(makeDate(y, a, b))
		}
		return analysis.Date{}, fmt.Errorf("published date %q is ambiguous (day and month could be either way round)", s)
	}
	return analysis.Date{}, fmt.Errorf("published date %q not understood", s)
}

// dateLayouts are the e-mail and Unix forms of a timestamp, tried
// after RFC 3339. The date is taken as written, in the writer's zone.
var dateLayouts = []string{
	time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC, time.UnixDate,
	time.RubyDate, time.RFC822Z, time.RFC822,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
}

// atoi converts a string of at most a few digits; the regular
// expressions guarantee it is one.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// month returns the month (1-12) named by its English name or a
// prefix of at least three letters ("Sept", "Oct"), or 0.
func month(name string) int {
	name = strings.ToLower(name)
	if len(name) < 3 {
		return 0
	}
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), name) {
			return int(m)
		}
	}
	return 0
}

// keepVisible keeps the paragraphs of the extracted text that a
// reader of the page can see: at least half of a paragraph's words must
// occur in visible, the page's visible text (and its JSON-LD, where pages
// that render their body with a script keep the article). Words, not whole
// paragraphs, because the extractor edits inline text. When the extractor
// finds no article it falls back to dumping every text node of the page,
// including the markup inside <noscript> and the content of <template>;
// this drops such text, so the loader can use the visible text instead.
func keepVisible(text, visible string) string {
	words := func(s string) []string {
		return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	seen := map[string]bool{}
	for _, w := range words(visible) {
		seen[w] = true
	}
	var kept []string
	for p := range strings.SplitSeq(text, "\n\n") {
		var n, in int
		for _, w := range words(p) {
			n++
			if seen[w] {
				in++
			}
		}
		if n > 0 && in*2 >= n {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "\n\n")
}

// visibleParas are the page's visible paragraphs, each also without
// white space (folded), split and folded once for respace and
// splitBlobs.
type visibleParas struct {
	vis, folded []string
}

func newVisibleParas(visible string) visibleParas {
	vis := strings.Split(visible, "\n\n")
	folded := make([]string, len(vis))
	for i, v := range vis {
		folded[i] = foldBlank(v)
	}
	return visibleParas{vis, folded}
}

// respace gives back a paragraph of the extracted text the spaces the
// extractor took from it: go-trafilatura (v1.12) trims the text after a
// link inside a list item, so "<a>Two engineers</a> will watch" comes out
// "Two engineerswill watch". A paragraph that is a visible paragraph of
// the page but for white space takes the page's.
//
// It also moves inline elements back in place: a paragraph whose
// characters are a visible paragraph's in another order (the extractor
// put a citation's "^" back-link and its links after the text:
// "Jones (2015),^Time Travel…,ISBN9780786478071") takes the page's,
// when it is long enough (anagramRunes) for that to be no accident.
func respace(paras []para, page visibleParas) {
	var byFold map[string]string   // a visible paragraph by its folded text
	var byChars map[anagram]string // … by its characters in any order
	for i, p := range paras {
		if p.links == 0 && p.elem != ElemItem {
			continue // trimmed tails follow inline elements of list items
		}
		if byFold == nil {
			byFold = make(map[string]string, len(page.vis))
			byChars = make(map[anagram]string, len(page.vis))
			for k, f := range page.folded {
				if f != "" {
					v := strings.TrimSpace(page.vis[k])
					byFold[f] = v
					if a := anagramOf(f); a.runes >= anagramRunes {
						byChars[a] = v
					}
				}
			}
		}
		f := foldBlank(p.text)
		if v, ok := byFold[f]; ok {
			if v != p.text {
				paras[i].text = v
			}
			continue
		}
		if a := anagramOf(f); a.runes >= anagramRunes {
			if v, ok := byChars[a]; ok {
				paras[i].text = v
			}
		}
	}
}

// anagramRunes is the least length of a paragraph respace matches by its
// characters in any order.
const anagramRunes = 30

// anagram identifies a string's characters in any order: their count and
// two order-free sums of a hash of each.
type anagram struct {
	runes    int
	sum, mix uint64
}

func anagramOf(s string) anagram {
	var a anagram
	for _, r := range s {
		h := uint64(r)*0x9e3779b97f4a7c15 + 0x632be59bd9b4e019
		h ^= h >> 29
		h *= 0xbf58476d1ce4e5b9
		h ^= h >> 32
		a.runes++
		a.sum += h
		a.mix += h * h
	}
	return a
}

// fillGaps puts back paragraphs of the article that the extractor
// dropped between two of its own: go-trafilatura (v1.12) loses the text
// that follows a table or figure inside the same block ("</table>They're
// also tiny (the SLG46620V is a 20-pin …)"). Where two consecutive
// paragraphs of the extracted text are, in the same order, visible
// paragraphs of the page (white space aside) with at most maxGap visible
// paragraphs between them, each of those that reads as a paragraph of
// prose (gapProse) and is not in the extracted text already is inserted
// between them, with its element and link share. A pull quote, a
// sentence of the article shown again in large type, is in the text
// already (its letters and digits are).
func fillGaps(paras, visible []para) []para {
	if len(paras) < 2 || len(visible) < 3 {
		return paras
	}
	at := make(map[string][]int, len(visible)) // visible paragraphs by folded text
	folded := make([]string, len(visible))
	for i, v := range visible {
		folded[i] = foldBlank(v.text)
		at[folded[i]] = append(at[folded[i]], i)
	}
	have := make(map[string]bool, len(paras))
	var keys strings.Builder // the extracted text's letters and digits
	for _, p := range paras {
		have[foldBlank(p.text)] = true
		keys.WriteString(lineKey(p.text))
	}
	text := keys.String()
	var out []para
	prev := -1 // the visible paragraph the previous extracted one is
	for _, p := range paras {
		cur := -1
		for _, i := range at[foldBlank(p.text)] {
			if i > prev {
				cur = i
				break
			}
		}
		if prev >= 0 && cur > prev+1 && cur-prev-1 <= maxGap {
			for i := prev + 1; i < cur; i++ {
				if v := visible[i]; !have[folded[i]] && gapProse(v) && !strings.Contains(text, lineKey(v.text)) {
					out = append(out, v)
					have[folded[i]] = true
				}
			}
		}
		out = append(out, p)
		prev = cur
	}
	return out
}

// maxGap is the most visible paragraphs between two consecutive
// extracted ones that fillGaps looks at.
const maxGap = 4

// tailLinks corrects the link share of extracted paragraphs that are
// mostly link text by the extractor's tree but not on the page:
// go-trafilatura can move the text that follows a link ("<a><img>
// caption</a>Hamburg (dpa) - The lead paragraph …") into the link, and
// the article's lead would read as a teaser. Such a paragraph keeps as
// link text only what the page's links hold: the whole of it when one
// link's text holds it, else the text of the links found inside it
// ("Home | News | Sport" stays a line of links).
func tailLinks(paras []para, root *html.Node) {
	var anchors []string
	for i := range paras {
		p := &paras[i]
		if p.links*2 < p.alnum || p.alnum < 40 {
			continue
		}
		if anchors == nil {
			anchors = anchorTexts(root)
		}
		text := alnumFold(p.text)
		covered := 0
		for _, a := range anchors {
			switch {
			case strings.Contains(a, text):
				covered = p.alnum
			case strings.Contains(text, a):
				covered += utf8.RuneCountInString(a)
			}
			if covered >= p.links {
				break
			}
		}
		p.links = min(p.links, covered)
	}
}

// anchorTexts returns the distinct texts of the page's links that lead
// off it, letters and digits only (alnumFold).
func anchorTexts(root *html.Node) []string {
	var out []string
	seen := map[string]bool{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.A && leavesPage(n) {
			if t := alnumFold(nodeText(n)); t != "" && !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return out
}

// nodeText is the text under n.
func nodeText(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
			sb.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return sb.String()
}

// alnumFold returns the letters and digits of s: a link's text and a
// paragraph's compare whatever the spacing and punctuation the extractor
// gave them ("der|").
func alnumFold(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// pageLinks gives an extracted paragraph the link share it has on the
// page, when every copy of it there is mostly link text: go-trafilatura
// drops a link that wraps whole blocks (a teaser's <a> around its
// headline and summary), and the teaser would read as the article's
// prose.
func pageLinks(paras, visible []para) {
	share := make(map[string]float64, len(visible)) // the least link share of each text on the page
	for _, v := range visible {
		if v.alnum == 0 {
			continue
		}
		k := foldBlank(v.text)
		f := float64(v.links) / float64(v.alnum)
		if old, ok := share[k]; !ok || f < old {
			share[k] = f
		}
	}
	for i := range paras {
		p := &paras[i]
		if f, ok := share[foldBlank(p.text)]; ok && f >= 0.5 && p.alnum > 0 && p.links*2 < p.alnum {
			p.links = int(f * float64(p.alnum))
		}
	}
}

// proseBlock is the run of paragraphs (<p> elements) of one parent
// element of a page.
type proseBlock struct {
	sig    string // the parent's tag and class ("" when it has no class)
	paras  []para
	order  []int // each paragraph's place among the page's paragraphs
	prose  int   // bytes of prose: paragraphs that gapProse accepts, or 200 bytes of text under a fifth link text
	nProse int
}

// pageBlocks returns the page's paragraph blocks in document order, and
// the place of each paragraph by its key (lineKey).
func pageBlocks(root *html.Node) ([]*proseBlock, map[string]int) {
	byParent := map[*html.Node]*proseBlock{}
	var blocks []*proseBlock
	place := map[string]int{}
	n := 0
	var walk func(*html.Node)
	walk = func(e *html.Node) {
		if e.Type == html.ElementNode {
			switch e.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Nav, atom.Footer:
				return
			case atom.P:
				for _, p := range render(e, nil) {
					if strings.TrimSpace(p.text) == "" {
						continue
					}
					b := byParent[e.Parent]
					if b == nil {
						b = &proseBlock{sig: blockSig(e.Parent)}
						byParent[e.Parent] = b
						blocks = append(blocks, b)
					}
					b.paras, b.order = append(b.paras, p), append(b.order, n)
					if k := lineKey(p.text); k != "" {
						if _, seen := place[k]; !seen {
							place[k] = n
						}
					}
					if gapProse(p) || len(p.text) >= 200 && p.links*5 < p.alnum {
						b.prose += len(p.text)
						b.nProse++
					}
					n++
				}
				return
			}
		}
		for c := e.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return blocks, place
}

// blockSig is an element's tag and class, or "" when it has no class.
func blockSig(e *html.Node) string {
	for _, a := range e.Attr {
		if a.Key == "class" && strings.TrimSpace(a.Val) != "" {
			return e.Data + "." + strings.Join(strings.Fields(a.Val), ".")
		}
	}
	return ""
}

// missedProse adds to the extracted paragraphs the article text the
// extractor left in another block of the page:
//
//   - a twin of a block it read (the same tag and class), none of whose
//     paragraphs it has: an article whose body is cut into chunks by
//     advertisements ("body__container" … ad … "body__container") is
//     read to its end, not to the first advertisement;
//   - the page's largest block of prose, none of whose paragraphs it
//     has, when that block holds three times the extracted text or more
//     (1,000 bytes of prose at least): a page read as its lead alone,
//     its body in a block the extractor took for furniture.
//
// A block counts when it holds two paragraphs of prose or more (at least
// 300 bytes); its paragraphs go in at their place in the page. Cleaning
// then judges them like every other line.
func missedProse(paras []para, root *html.Node) []para {
	if len(paras) == 0 {
		return paras
	}
	blocks, place := pageBlocks(root)
	var keys strings.Builder
	size := 0
	for _, p := range paras {
		keys.WriteString(lineKey(p.text))
		keys.WriteByte(0)
		size += len(p.text)
	}
	text := keys.String()
	has := func(p para) bool {
		k := lineKey(p.text)
		return k != "" && strings.Contains(text, k)
	}
	read := map[string]bool{} // the signatures of blocks the extractor read
	var missed []*proseBlock
	for _, b := range blocks {
		in, inProse := 0, 0
		for _, p := range b.paras {
			if has(p) {
				in++
				if gapProse(p) {
					inProse++
				}
			}
		}
		switch {
		case in == 0 && b.nProse >= 2 && b.prose >= 300:
			missed = append(missed, b)
		case b.sig != "" && inProse > 0 && 2*in >= len(b.paras):
			read[b.sig] = true
		}
	}
	var add []*proseBlock
	var largest *proseBlock
	for _, b := range missed {
		if read[b.sig] {
			add = append(add, b)
		} else if largest == nil || b.prose > largest.prose {
			largest = b
		}
	}
	if largest != nil && largest.prose >= 1000 && largest.prose >= 3*size && len(add) == 0 {
		add = append(add, largest)
	}
	if len(add) == 0 {
		return paras
	}
	// Each extracted paragraph's place in the page: its own, or the one
	// before it.
	at := make([]int, len(paras))
	last := -1
	for i, p := range paras {
		if n, ok := place[lineKey(p.text)]; ok && n > last {
			last = n
		}
		at[i] = last
	}
	out := make([]para, 0, len(paras)+8)
	i := 0
	for _, b := range add {
		for i < len(paras) && at[i] < b.order[0] {
			out = append(out, paras[i])
			i++
		}
		for _, p := range b.paras {
			if !has(p) {
				out = append(out, p)
			}
		}
	}
	return append(out, paras[i:]...)
}

// gapProse reports a visible paragraph that reads as the article's own
// prose: a paragraph or quotation of at least 12 words, ending as a
// sentence ends, less than a fifth of it link text.
func gapProse(v para) bool {
	if v.elem != ElemText && v.elem != ElemQuote || v.links*5 >= v.alnum {
		return false
	}
	t := strings.TrimSpace(v.text)
	if len(strings.Fields(t)) < 12 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, "\"'”’)]"))
	return strings.ContainsRune(".!?。！？", r)
}

// foldBlank returns s without white space.
func foldBlank(s string) string {
	return strings.Map(func(r rune) rune {
		if blank(r) {
			return -1
		}
		return r
	}, s)
}

// splitBlobs restores the paragraphs of extracted text that the
// extractor ran together: for a short article its rescue pass returns the
// text of the whole <article> as one paragraph, headline glued to the
// first sentence. A paragraph that is exactly a run of consecutive
// visible paragraphs (white space aside) is replaced by them.
func splitBlobs(text string, page visibleParas) string {
	vis, folded := page.vis, page.folded
	var out []string
	for p := range strings.SplitSeq(text, "\n\n") {
		f := foldBlank(p)
		var run []string
		for i := range vis {
			if folded[i] == "" || !strings.HasPrefix(f, folded[i]) {
				continue
			}
			rest, j := f, i
			run = run[:0]
			for ; j < len(vis) && rest != ""; j++ {
				if folded[j] == "" {
					continue
				}
				if !strings.HasPrefix(rest, folded[j]) {
					break
				}
				rest = rest[len(folded[j]):]
				run = append(run, vis[j])
			}
			if rest == "" {
				break
			}
			run = run[:0]
		}
		if len(run) > 1 {
			out = append(out, run...)
		} else {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n\n")
}

// jSONLD returns the content of the page's JSON-LD scripts, where the
// extractor may find the article body.
func jSONLD(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Script {
			for _, a := range n.Attr {
				if a.Key == "type" && strings.EqualFold(strings.TrimSpace(a.Val), "application/ld+json") {
					for c := n.FirstChild; c != nil; c = c.NextSibling {
						b.WriteString(c.Data)
						b.WriteByte('\n')
					}
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// hTMLText renders the text under n as paragraphs separated by blank
// lines: block elements (p, div, li, h1 ...) start a paragraph, <br> a new
// line, and runs of HTML white space inside a paragraph become one space
// (except in <pre>). Markup that is never shown as text (script, style,
// template, noscript, <head>) is left out. A table is written row by row,
// one line each (see tableRows).
func hTMLText(n *html.Node) string {
	return joinParas(hTMLParas(n))
}

// joinParas joins paragraphs' text with blank lines.
func joinParas(paras []para) string {
	texts := make([]string, len(paras))
	for i, p := range paras {
		texts[i] = p.text
	}
	return strings.Join(texts, "\n\n")
}

// para is one paragraph of rendered text with the element it came from
// and how many of its letters and digits are link text.
type para struct {
	text         string
	elem         Element
	alnum, links int
}

// hTMLParas renders the text under n as hTMLText does, paragraph by
// paragraph.
func hTMLParas(n *html.Node) []para {
	return render(n, nil)
}

// render renders the text under n paragraph by paragraph, writing a
// table from tables when one of them holds its cells (see
// hTMLRenderer.tableRows).
func render(n *html.Node, tables []pageTable) []para {
	if n == nil {
		return nil
	}
	r := &hTMLRenderer{tables: tables}
	r.walk(n)
	r.flush()
	return r.paras
}

// contentParas renders the extractor's main text as hTMLParas does,
// except that a table is written from the page's own copy of it. With
// links kept, go-trafilatura (v1.12) drops a link inside a table cell
// together with the rest of the cell ("Remake of" for "Remake of <a>The
// Time Travelers</a> (1964)"); the page's table still has it.
func contentParas(content, page *html.Node) []para {
	var tables []pageTable
	if content != nil && (hasTable(content) || hasOrphanCells(content)) {
		tables = pageTables(page)
	}
	return render(content, tables)
}

// pageTable is a data table of the page as parsed: its lines (tableRows)
// and the lineKey of each of its cells, joined by '|'.
type pageTable struct {
	rows  []string
	cells string
}

// pageTables returns the page's data tables (those tableRows lays out
// as lines).
func pageTables(n *html.Node) []pageTable {
	var out []pageTable
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || hTMLInvisible(c) {
				continue
			}
			if loadAtom(c) == atom.Table {
				if grid, nested := tableGrid(c); !nested {
					if rows := layoutRows(grid); rows != nil {
						out = append(out, pageTable{rows: rows, cells: cellKeys(grid)})
						continue
					}
				}
			}
			walk(c)
		}
	}
	walk(n)
	return out
}

// cellKeys is the lineKey of each non-empty cell, joined by '|'.
func cellKeys(grid [][]string) string {
	var b strings.Builder
	for _, row := range grid {
		for _, c := range row {
			if k := lineKey(c); k != "" {
				b.WriteString(k)
				b.WriteByte('|')
			}
		}
	}
	return b.String()
}

// tableRows lays out a table of the extractor's text: as the page's own
// table that holds its cells, when there is one (at least four in five
// of its first 30 cells are found in it, whole or cut short; the smallest
// such table), else as itself.
func (r *hTMLRenderer) tableRows(t *html.Node) []string {
	if len(r.tables) == 0 {
		return tableRows(t)
	}
	grid, nested := tableGrid(t)
	if nested {
		return nil
	}
	var keys []string
	for _, row := range grid {
		for _, c := range row {
			if k := lineKey(c); k != "" && len(keys) < 30 {
				keys = append(keys, k)
			}
		}
	}
	if rows := r.pageRows(keys); rows != nil {
		return rows
	}
	return layoutRows(grid)
}

// pageRows returns the rows of the smallest page table that holds at
// least four in five of the cells keys (lineKey), or nil.
func (r *hTMLRenderer) pageRows(keys []string) []string {
	best := -1
	for i, pt := range r.tables {
		found := 0
		for _, k := range keys {
			if strings.Contains(pt.cells, k) {
				found++
			}
		}
		if len(keys) > 0 && found*5 >= len(keys)*4 && (best < 0 || len(pt.cells) < len(r.tables[best].cells)) {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	return r.tables[best].rows
}

// orphanCells reports whether n holds table cells with no table around
// them: go-trafilatura (v1.12) keeps a table inside a <blockquote> as
// its bare <th> and <td> (and a cell's link as a bare <a>), which would
// read as one run-on line ("Release Date4.2.3 April 20144.1.6 April
// 2014"). At least minOrphanCells children must be cells.
func orphanCells(n *html.Node) bool {
	cells := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if a := loadAtom(c); a == atom.Td || a == atom.Th {
				cells++
			}
		}
	}
	return cells >= minOrphanCells
}

// orphanRows writes the bare cells under n (see orphanCells) as the
// page's own tables that hold them, in the page's layout: each child
// whose text is a cell of a page table that has at least four in five of
// its cells under n brings in that table (once); any other child is a
// line of its own ("Most active developers", the caption of a table of
// tables). It returns false, writing nothing, when no page table
// matches.
func (r *hTMLRenderer) orphanRows(n *html.Node) bool {
	type child struct{ text, key string }
	var children []child
	var all strings.Builder
	all.WriteByte('|')
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		var text string
		switch c.Type {
		case html.ElementNode:
			text = hTMLText(c)
		case html.TextNode:
			text = c.Data
		}
		if k := lineKey(text); k != "" {
			children = append(children, child{strings.TrimSpace(text), k})
			all.WriteString(k)
			all.WriteByte('|')
		}
	}
	held := all.String()
	var matched []int
	for i, pt := range r.tables {
		cells := strings.Split(strings.TrimSuffix(pt.cells, "|"), "|")
		found := 0
		for _, k := range cells {
			if strings.Contains(held, "|"+k+"|") {
				found++
			}
		}
		if len(cells) >= minOrphanCells && found*5 >= len(cells)*4 {
			matched = append(matched, i)
		}
	}
	if len(matched) == 0 {
		return false
	}
	line := func(text string) {
		r.elems = append(r.elems, ElemRow)
		r.text(text)
		r.flush()
		r.elems = r.elems[:len(r.elems)-1]
	}
	r.flush()
	written := map[int]bool{}
	for _, c := range children {
		in := -1
		for _, i := range matched {
			if strings.Contains("|"+r.tables[i].cells, "|"+c.key+"|") {
				in = i
				break
			}
		}
		switch {
		case in < 0:
			line(c.text)
		case !written[in]:
			written[in] = true
			for _, row := range r.tables[in].rows {
				line(row)
			}
		}
	}
	return true
}

// minOrphanCells is the least number of bare cells that make a block a
// table the extractor took apart.
const minOrphanCells = 4

// hasOrphanCells reports whether an element under n holds bare table
// cells (see orphanCells).
func hasOrphanCells(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (orphanCells(c) || hasOrphanCells(c)) {
			return true
		}
	}
	return false
}

// lineKey is a line's letters and digits in lower case.
func lineKey(line string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, line)
}

// markup indexes the paragraphs' markup by line.
func markup(paras []para) map[string]Markup {
	m := make(map[string]Markup, len(paras))
	for _, p := range paras {
		share := 0.0
		if p.alnum > 0 {
			share = float64(p.links) / float64(p.alnum)
		}
		for line := range strings.SplitSeq(p.text, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				m[line] = Markup{Element: p.elem, LinkShare: share}
			}
		}
	}
	return m
}

// hTMLRenderer collects paragraphs for hTMLParas.
type hTMLRenderer struct {
	paras        []para
	tables       []pageTable // the page's own tables, for the extractor's (see pageTable)
	cur          strings.Builder
	pre          int       // depth of <pre> elements around the current node
	link         int       // depth of <a> elements around the current node
	elems        []Element // kinds of the block elements around the current node
	alnum, links int       // letters and digits of the current paragraph, and those in links
}

func (r *hTMLRenderer) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.text(n.Data)
		return
	case html.ElementNode:
		if hTMLInvisible(n) {
			return
		}
		switch loadAtom(n) {
		case atom.Br:
			r.cur.WriteByte('\n')
			return
		case atom.Td, atom.Th:
			r.text(" ")
		case atom.Table:
			if rows := r.tableRows(n); rows != nil {
				r.flush()
				for _, row := range rows {
					r.elems = append(r.elems, ElemRow)
					r.text(row)
					r.flush()
					r.elems = r.elems[:len(r.elems)-1]
				}
				return
			}
		}
	case html.DocumentNode:
	default:
		return
	}
	a := loadAtom(n)
	block := n.Type == html.ElementNode && hTMLBlocks[a]
	if a == atom.Code && r.cur.Len() == 0 && n.Parent != nil && !hTMLTextBlocks[loadAtom(n.Parent)] {
		// A code element that stands as a block (the extractor's form
		// of <pre>) keeps its lines.
		a, block = atom.Pre, true
	}
	if block && len(r.tables) > 0 && a != atom.Table && orphanCells(n) && r.orphanRows(n) {
		return
	}
	if block {
		r.flush()
		r.elems = append(r.elems, elementKind(a))
	}
	if a == atom.Pre {
		r.pre++
	}
	// A heading's own anchor ("#section-2") is not a link; a table of
	// contents' entries, which lead to such anchors, are. An <a> with no
	// address at all is a named anchor (old pages wrap whole sections in
	// an unclosed <a name="part2">), never a link.
	var link bool
	if a == atom.A {
		h, ok := href(n)
		link = ok && (offPage(h) || !slices.Contains(r.elems, ElemHeading))
	}
	if link {
		r.link++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c)
	}
	if link {
		r.link--
	}
	if a == atom.Pre {
		r.pre--
	}
	if block {
		r.flush()
		r.elems = r.elems[:len(r.elems)-1]
	}
}

// leavesPage reports whether a link leads off the page: it has an
// address, and not only a fragment ("#section-2", a heading's own anchor).
func leavesPage(a *html.Node) bool {
	h, _ := href(a)
	return offPage(h)
}

// offPage reports whether an address leads off the page.
func offPage(h string) bool {
	h = strings.TrimSpace(h)
	return h != "" && !strings.HasPrefix(h, "#")
}

// href returns an <a> element's address and whether it has one (any,
// even a fragment): one without is a named anchor or a placeholder, not
// a link.
func href(a *html.Node) (string, bool) {
	for _, at := range a.Attr {
		if at.Key == "href" {
			return at.Val, true
		}
	}
	return "", false
}

// elementKind is the Element a block element's text is marked with.
func elementKind(a atom.Atom) Element {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return ElemHeading
	case atom.Li, atom.Dt, atom.Dd:
		return ElemItem
	case atom.Tr, atom.Table:
		return ElemRow
	case atom.Pre:
		return ElemPre
	case atom.Blockquote:
		return ElemQuote
	case atom.Figcaption, atom.Caption:
		return ElemCaption
	}
	return ElemText
}

// text appends s to the current paragraph, folding white space outside
// <pre> the way a browser does.
func (r *hTMLRenderer) text(s string) {
	for _, c := range s {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			r.alnum++
			if r.link > 0 {
				r.links++
			}
		}
	}
	if r.pre > 0 {
		r.cur.WriteString(strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n"))
		return
	}
	for _, c := range []byte(s) {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
			if b := r.cur.String(); b != "" && b[len(b)-1] != ' ' && b[len(b)-1] != '\n' {
				r.cur.WriteByte(' ')
			}
			continue
		}
		r.cur.WriteByte(c)
	}
}

// flush ends the current paragraph. Lines are trimmed; a blank line
// inside it (from <br><br> or <pre>) splits it into paragraphs. The
// paragraph takes the kind of the innermost block element around it.
func (r *hTMLRenderer) flush() {
	elem := ElemText
	for i := len(r.elems) - 1; i >= 0; i-- {
		if e := r.elems[i]; e != ElemText {
			elem = e
			break
		}
	}
	add := func(lines []string) {
		r.paras = append(r.paras, para{text: strings.Join(lines, "\n"), elem: elem, alnum: r.alnum, links: r.links})
	}
	var lines []string
	for line := range strings.SplitSeq(r.cur.String(), "\n") {
		line = strings.Trim(line, " \t")
		if line == "" {
			if len(lines) > 0 {
				add(lines)
				lines = lines[:0]
			}
			continue
		}
		lines = append(lines, line)
	}
	if len(lines) > 0 {
		add(lines)
	}
	r.cur.Reset()
	r.alnum, r.links = 0, 0
}

// hasTable reports whether a table element is under n.
func hasTable(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (loadAtom(c) == atom.Table || hasTable(c)) {
			return true
		}
	}
	return false
}

// tableRows writes a data table as lines, one per row: with a header
// row (the first row, when every one of its cells has text and none is a
// bare number) and rows of as many cells, a row is its first cell followed
// by every other cell named by its header: "Gaza. Killed: 471; Injured:
// 1,200."; other rows are their cells joined by " | ". Tables nested in
// a table, or with a single column, are laid out as blocks (nil).
func tableRows(t *html.Node) []string {
	rows, nested := tableGrid(t)
	if nested {
		return nil
	}
	return layoutRows(rows)
}

// tableGrid returns a table's cells, row by row, and whether a table is
// nested in it.
func tableGrid(t *html.Node) (rows [][]string, nested bool) {
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || hTMLInvisible(c) {
				continue
			}
			switch loadAtom(c) {
			case atom.Table:
				nested = true
				return
			case atom.Tr:
				var cells []string
				for d := c.FirstChild; d != nil; d = d.NextSibling {
					if a := loadAtom(d); d.Type == html.ElementNode && (a == atom.Td || a == atom.Th) {
						nested = nested || hasTable(d)
						cells = append(cells, strings.Join(strings.Fields(strings.ReplaceAll(hTMLText(d), "\n", " ")), " "))
					}
				}
				rows = append(rows, cells)
			default:
				walk(c)
			}
		}
	}
	walk(t)
	return rows, nested
}

// layoutRows is tableRows for a table's cells.
func layoutRows(rows [][]string) []string {
	cols := 0
	for _, row := range rows {
		cols = max(cols, len(row))
	}
	if cols < 2 {
		return nil
	}
	header := rows[0]
	headed := len(header) == cols
	for _, h := range header {
		if h == "" || strings.TrimFunc(h, func(r rune) bool { return unicode.IsDigit(r) || unicode.IsPunct(r) || unicode.IsSpace(r) }) == "" {
			headed = false
		}
	}
	var out []string
	for i, row := range rows {
		var nonEmpty []string
		for _, c := range row {
			if c != "" {
				nonEmpty = append(nonEmpty, c)
			}
		}
		if len(nonEmpty) == 0 {
			continue
		}
		if !headed || i == 0 || len(row) != cols {
			out = append(out, strings.Join(nonEmpty, " | "))
			continue
		}
		var sb strings.Builder
		sb.WriteString(strings.TrimRight(row[0], "."))
		sb.WriteString(".")
		sep := " "
		for j := 1; j < cols; j++ {
			if row[j] == "" {
				continue
			}
			sb.WriteString(sep)
			sb.WriteString(header[j])
			sb.WriteString(": ")
			sb.WriteString(row[j])
			sep = "; "
		}
		sb.WriteString(".")
		out = append(out, sb.String())
	}
	return out
}

// hTMLTextBlocks are the block elements whose content is running text,
// inside which a code element is inline.
var hTMLTextBlocks = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Td: true, atom.Th: true, atom.Dd: true, atom.Dt: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Pre: true, atom.Blockquote: true, atom.Figcaption: true, atom.Caption: true,
}

// hTMLBlocks are the elements that start and end a paragraph.
var hTMLBlocks = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Caption: true, atom.Center: true, atom.Dd: true,
	atom.Details: true, atom.Dialog: true, atom.Dir: true, atom.Div: true,
	atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Html: true,
	atom.Legend: true, atom.Li: true, atom.Main: true, atom.Menu: true,
	atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Summary: true, atom.Table: true, atom.Tr: true,
	atom.Ul: true,
}

// hTMLInvisible reports whether an element's content is never shown
// as text. Elements hidden by style or the hidden attribute are not left
// out: pages often hide their whole body until a script shows it.
func hTMLInvisible(n *html.Node) bool {
	switch loadAtom(n) {
	case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template,
		atom.Svg, atom.Math, atom.Iframe, atom.Object, atom.Embed,
		atom.Canvas, atom.Select, atom.Textarea, atom.Audio, atom.Video:
		return true
	}
	return false
}

// loadAtom returns an element's tag as an atom. Elements built by the
// extractor (rather than parsed) carry only the tag name, not the atom.
func loadAtom(n *html.Node) atom.Atom {
	if n.Type != html.ElementNode || n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}
