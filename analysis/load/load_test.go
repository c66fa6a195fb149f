package load_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"crosscheck/analysis"
	"crosscheck/analysis/load"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// date parses a YYYY-MM-DD date for a test expectation; "" is the
// unknown date.
func date(tb testing.TB, s string) analysis.Date {
	tb.Helper()
	if s == "" {
		return analysis.Date{}
	}
	d, err := analysis.ParseDate(s)
	if err != nil {
		tb.Fatalf("ParseDate(%q) = %v", s, err)
	}
	return d
}

// one calls Load and requires exactly one document.
func one(tb testing.TB, file string, data []byte) load.Document {
	tb.Helper()
	docs := load.Load(file, data)
	if len(docs) != 1 {
		tb.Fatalf("Load(%q, %q) returned %d documents, want 1: %+v", file, data, len(docs), docs)
	}
	return docs[0]
}

// encode encodes s with enc, for inputs in other encodings.
func encode(tb testing.TB, enc encoding.Encoding, s string) []byte {
	tb.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		tb.Fatalf("encode %q: %v", s, err)
	}
	return b
}

func TestLoadText(t *testing.T) {
	tests := []struct {
		name      string
		file      string
		data      string
		status    analysis.Status
		title     string
		published string
		text      string
		problems  []string
		// The extended header's fields.
		outlet, url, via string
	}{
		{
			name:      "header",
			data:      " date 2024-10-31 US and South Korea Call for Withdrawal\n\nWorld | October 31\nAbout 10,000 soldiers are there.\n",
			title:     "US and South Korea Call for Withdrawal",
			published: "2024-10-31",
			text:      "\nWorld | October 31\nAbout 10,000 soldiers are there.\n",
		},
		{
			name:      "header with BOM and CRLF",
			data:      "\xEF\xBB\xBF date 2024-10-22 Open in App\r\n  • Local\r\nStory.\r\n",
			title:     "Open in App",
			published: "2024-10-22",
			text:      "  • Local\nStory.\n",
		},
		{
			name:      "header with leading tab, capital D and one-digit month",
			data:      "\t Date 2024-1-5 Title here  \nBody",
			title:     "Title here",
			published: "2024-01-05",
			text:      "Body",
		},
		{
			name:      "header without a title",
			data:      " date 2024-10-31\nBody",
			published: "2024-10-31",
			text:      "Body",
		},
		{
			name:     "header with a month 13",
			data:     " date 2024-13-45 Some Title\nBody",
			title:    "Some Title",
			text:     "Body",
			problems: []string{`header date "2024-13-45" is not a valid date; publication date left empty`},
		},
		{
			name:     "header with a day that does not exist",
			data:     " date 2023-02-29 Some Title\nBody",
			title:    "Some Title",
			text:     "Body",
			problems: []string{`header date "2023-02-29" is not a valid date; publication date left empty`},
		},
		{
			name:      "header and nothing else",
			data:      " date 2024-10-31 Title\n\n",
			status:    analysis.StatusSkipped,
			title:     "Title",
			published: "2024-10-31",
			problems:  []string{"no text after the header line"},
		},
		{
			name:      "a header title a paragraph long is the text's first paragraph",
			data:      " date 2024-01-24 Prime Minister Anthony Albanese will ask Australians to accept Labor's broken promise on tax because global events have forced the federal government to unveil a new policy on the cost of living that is squarely aimed at middle Australia rather than people on the highest incomes.\nHe will unveil the changes on Thursday.\n",
			published: "2024-01-24",
			text:      "Prime Minister Anthony Albanese will ask Australians to accept Labor's broken promise on tax because global events have forced the federal government to unveil a new policy on the cost of living that is squarely aimed at middle Australia rather than people on the highest incomes.\n\nHe will unveil the changes on Thursday.\n",
			problems:  []string{"header title of 46 words is no headline; read as the text's first paragraph"},
		},
		{
			name: "no header",
			data: "Left Menu\n\nNorth Korea's Troop Deployment Sparks Alarm\n",
			text: "Left Menu\n\nNorth Korea's Troop Deployment Sparks Alarm\n",
		},
		{
			name: "the word date without a date is text",
			data: "Date night ideas for busy parents\nBody",
			text: "Date night ideas for busy parents\nBody",
		},
		{
			name: "header-like line after the first is text",
			data: "Story\n date 2024-10-31 Title\n",
			text: "Story\n date 2024-10-31 Title\n",
		},
		{
			name: "old Mac line endings",
			data: "one\rtwo\r\nthree",
			text: "one\ntwo\nthree",
		},
		{
			name: "quotes and dashes are not rewritten",
			data: "“Baseless” ‘rumours’ -- 10,000 — troops…",
			text: "“Baseless” ‘rumours’ -- 10,000 — troops…",
		},
		{
			name:      "upper-case extension",
			file:      "STORY.TXT",
			data:      " date 2024-10-31 Title\nBody",
			title:     "Title",
			published: "2024-10-31",
			text:      "Body",
		},
		{
			name:      "extended header",
			data:      " date 2024-10-22 North Korea denies sending troops\noutlet: UPI\nURL: https://www.upi.com/Top_News/2024/10/22/x/\nvia: Yonhap\n\nSEOUL, Oct. 22 (UPI) -- Body",
			title:     "North Korea denies sending troops",
			published: "2024-10-22",
			outlet:    "UPI", url: "https://www.upi.com/Top_News/2024/10/22/x/", via: "Yonhap",
			text: "\nSEOUL, Oct. 22 (UPI) -- Body",
		},
		{
			name:      "extended header keys in any order",
			data:      " date 2024-10-22 Title\nVia:AFP\nOutlet:   The Valley Post  \nBody",
			title:     "Title",
			published: "2024-10-22",
			outlet:    "The Valley Post", via: "AFP",
			text: "Body",
		},
		{
			name:      "a repeated key is the article's",
			data:      " date 2024-10-22 Title\noutlet: A\noutlet: B said so\nBody",
			title:     "Title",
			published: "2024-10-22",
			outlet:    "A",
			text:      "outlet: B said so\nBody",
		},
		{
			name:      "a url line that is no address is the article's",
			data:      " date 2024-10-22 Title\nURL: see below\nBody",
			title:     "Title",
			published: "2024-10-22",
			text:      "URL: see below\nBody",
		},
		{
			name: "no field lines without the date header",
			data: "outlet: UPI\nBody",
			text: "outlet: UPI\nBody",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := tt.file
			if file == "" {
				file = "story.txt"
			}
			want := load.Document{
				File: file, Format: analysis.FormatText, Status: tt.status,
				Title: tt.title, Published: date(t, tt.published), Text: tt.text, Problems: tt.problems,
				Outlet: tt.outlet, URL: tt.url, Via: tt.via,
			}
			if want.Status == "" {
				want.Status = analysis.StatusOK
			}
			got := one(t, file, []byte(tt.data))
			checkDoc(t, fmt.Sprintf("Load(%q, %q)", file, tt.data), got, want)
		})
	}
}

// checkDoc compares the fields of a loaded document that Load sets.
// Text is compared only for ok documents.
func checkDoc(tb testing.TB, call string, got, want load.Document) {
	tb.Helper()
	if got.Status != want.Status {
		tb.Errorf("%s.Status = %q, want %q (problems %q)", call, got.Status, want.Status, got.Problems)
	}
	if got.File != want.File || got.Line != want.Line || got.Format != want.Format {
		tb.Errorf("%s = file %q line %d format %q, want %q %d %q", call, got.File, got.Line, got.Format, want.File, want.Line, want.Format)
	}
	if got.Title != want.Title {
		tb.Errorf("%s.Title = %q, want %q", call, got.Title, want.Title)
	}
	if got.Outlet != want.Outlet || got.URL != want.URL || got.SourceID != want.SourceID || got.Via != want.Via {
		tb.Errorf("%s = outlet %q URL %q source ID %q via %q, want %q %q %q %q", call, got.Outlet, got.URL, got.SourceID, got.Via,
			want.Outlet, want.URL, want.SourceID, want.Via)
	}
	if got.Published != want.Published {
		tb.Errorf("%s.Published = %q, want %q", call, got.Published, want.Published)
	}
	if want.Status == analysis.StatusOK && got.Text != want.Text {
		tb.Errorf("%s.Text = %q, want %q", call, got.Text, want.Text)
	}
	if !slices.Equal(got.Problems, want.Problems) {
		tb.Errorf("%s.Problems = %q, want %q", call, got.Problems, want.Problems)
	}
}

func TestLoadDecoding(t *testing.T) {
	utf16LE := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	utf16BE := unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	utf16NoBOM := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	utf32LE := utf32.UTF32(utf32.LittleEndian, utf32.UseBOM)
	strayNUL := strings.Repeat("Troops were seen near the border. ", 300)
	tests := []struct {
		name     string
		data     []byte
		text     string
		problems []string
	}{
		{
			name: "UTF-8",
			data: []byte("Café “quoted” 10 000 €"),
			text: "Café “quoted” 10 000 €",
		},
		{
			name: "UTF-8 with a byte-order mark",
			data: []byte("\xEF\xBB\xBFCafé"),
			text: "Café",
		},
		{
			name:     "Windows-1252",
			data:     []byte("Caf\xe9 \x93quoted\x94 \x80 5\r\n"),
			text:     "Café “quoted” € 5\n",
			problems: []string{"not valid UTF-8; decoded as Windows-1252"},
		},
		{
			name:     "UTF-8 with one stray Windows-1252 byte",
			data:     []byte("na\xc3\xafve caf\xe9"),
			text:     "naïve café",
			problems: []string{"not valid UTF-8; decoded as Windows-1252 (only the one byte that is not UTF-8)"},
		},
		{
			name: "UTF-16LE with a byte-order mark",
			data: encode(t, utf16LE, "Hello “world”\r\nsecond line"),
			text: "Hello “world”\nsecond line",
		},
		{
			name: "UTF-16BE with a byte-order mark",
			data: encode(t, utf16BE, "Seoul, 서울"),
			text: "Seoul, 서울",
		},
		{
			name:     "UTF-16LE without a byte-order mark",
			data:     encode(t, utf16NoBOM, "Hello world, this is plain text."),
			text:     "Hello world, this is plain text.",
			problems: []string{"no byte-order mark, but the bytes look like UTF-16LE; decoded as UTF-16LE"},
		},
		{
			name: "UTF-32LE with a byte-order mark",
			data: encode(t, utf32LE, "Kyiv"),
			text: "Kyiv",
		},
		{
			name:     "stray NUL far from the start",
			data:     []byte(strayNUL + "\x00end"),
			text:     strayNUL + "end",
			problems: []string{"removed a NUL character"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := one(t, "a.txt", tt.data)
			want := load.Document{File: "a.txt", Format: analysis.FormatText, Status: analysis.StatusOK, Text: tt.text, Problems: tt.problems}
			checkDoc(t, fmt.Sprintf("Load(%q, %q)", "a.txt", tt.data), got, want)
		})
	}
}

// TestLoadBadInput checks that each kind of unusable file gets its status
// and reason, whatever the format.
func TestLoadBadInput(t *testing.T) {
	tests := []struct {
		name   string
		data   []byte
		status analysis.Status
		reason string
	}{
		{"empty", []byte{}, analysis.StatusSkipped, "empty file"},
		{"white space only", []byte(" \n\t\r\n  "), analysis.StatusSkipped, "empty file"},
		{"byte-order mark only", []byte("\xEF\xBB\xBF\r\n"), analysis.StatusSkipped, "empty file"},
		{"UTF-16 white space", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "  \n"), analysis.StatusSkipped, "empty file"},
		{"PDF", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>"), analysis.StatusFailed, "binary file, not text (PDF document)"},
		{"PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), analysis.StatusFailed, "binary file, not text (PNG image)"},
		{"ZIP", []byte("PK\x03\x04\x14\x00\x06\x00word/document.xml"), analysis.StatusFailed, "binary file, not text (ZIP archive or Office document)"},
		{"gzip", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"), analysis.StatusFailed, "binary file, not text (gzip archive)"},
		{"NUL bytes", []byte("abc\x00def\x00\x00"), analysis.StatusFailed, "binary file, not text (contains NUL bytes)"},
		{"control characters", []byte("\x01\x02\x03\x04 hello"), analysis.StatusFailed, "binary file, not text (40% control characters)"},
	}
	for _, tt := range tests {
		for _, file := range []string{"in.txt", "in.html", "in.htm", "in.jsonl"} {
			t.Run(tt.name+"/"+file, func(t *testing.T) {
				got := one(t, file, tt.data)
				call := fmt.Sprintf("Load(%q, %q)", file, tt.data)
				if got.Status != tt.status || !slices.Equal(got.Problems, []string{tt.reason}) {
					t.Errorf("%s = %s %q, want %s %q", call, got.Status, got.Problems, tt.status, []string{tt.reason})
				}
				if got.File != file || got.Line != 0 {
					t.Errorf("%s = file %q line %d, want %q 0", call, got.File, got.Line, file)
				}
			})
		}
	}
}

func TestLoadUnsupported(t *testing.T) {
	tests := []struct {
		file   string
		reason string
	}{
		{"report.pdf", "unsupported file type .pdf; crosscheck reads .txt, .html, .htm and .jsonl"},
		{"sub/Feed.JSON", "unsupported file type .json; crosscheck reads .txt, .html, .htm and .jsonl"},
		{"README", "unsupported file type (no extension); crosscheck reads .txt, .html, .htm and .jsonl"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got := one(t, tt.file, []byte("Some readable text."))
			want := load.Document{File: tt.file, Status: analysis.StatusSkipped, Problems: []string{tt.reason}}
			checkDoc(t, fmt.Sprintf("Load(%q, ...)", tt.file), got, want)
		})
	}
}

// readTestdata reads a file under testdata/load.
func readTestdata(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "load", name))
	if err != nil {
		tb.Fatalf("read testdata: %v", err)
	}
	return data
}

func TestLoadHTML(t *testing.T) {
	korean := encode(t, korean.EUCKR, `<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"><title>북한군 파병</title></head>
<body><article><h1>북한군 파병</h1><p>국가정보원은 북한이 러시아에 약 1만 2천 명의 병력을 파병했다고 밝혔다. 정보당국은 추가 파병 가능성도 있다고 말했다.</p>
<p>러시아 정부는 관련 보도를 부인했으며 북한은 공식 입장을 내지 않았다. 전문가들은 파병 규모가 늘어날 수 있다고 전망했다.</p></article></body></html>`)
	cp1252 := []byte("<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 owners protest</title></head><body><article><h1>Caf\xe9 owners protest</h1>" +
		"<p>Owners of the caf\xe9s on the square said the new \x93terrace tax\x94 would cost each of them about \x80 2,000 a year, and that several would have to close their outdoor seating for good.</p>" +
		"<p>The mayor's office said the charge was in line with neighbouring towns and would pay for repairs to the paving, which has not been renewed since 1998.</p></article></body></html>")
	tests := []struct {
		name      string
		file      string
		data      []byte
		status    analysis.Status
		title     string
		outlet    string
		url       string
		published string
		problems  []string
		paras     []string // paragraphs Text must have, in order
		absent    []string // strings Text must not contain
	}{
		{
			name:      "news article",
			file:      "article.html",
			data:      readTestdata(t, "article.html"),
			title:     "Seoul says 3,000 North Korean troops moved to Russia",
			outlet:    "Harbour Times",
			url:       "https://www.harbourtimes.example/world/2024/10/seoul-troops-russia",
			published: "2024-10-23",
			paras: []string{
				"South Korea's spy agency said on Wednesday that about 3,000 North Korean soldiers had been moved to Russia's far east, with more expected to follow by December.",
				"The National Intelligence Service told lawmakers in a closed-door briefing that the troops were being trained in the use of Russian drones and artillery before deployment.",
				"The Kremlin dismissed the reports as \"fake news\", while Pyongyang did not comment. Analysts in Seoul said the figure could rise to 10,000 by the end of the year.",
				"\"We are watching the situation closely,\"\na defence ministry official said, speaking on condition of anonymity.",
				// A table in the article: its header row, then each row
				// with every cell named by its column.
				"Source | Estimate",
				"NIS. Estimate: 3,000.",
				"Ukraine. Estimate: 11,000.",
				"Ukraine's military intelligence has put the number at 11,000, saying the first units had already reached the Kursk region.",
			},
			absent: []string{"Business", "Related stories", "Reader123", "Copyright", "analytics", "dataLayer", "font-family"},
		},
		{
			name:  "no date anywhere: none is invented",
			file:  "nodate.html",
			data:  readTestdata(t, "nodate.html"),
			title: "Village council approves new bridge",
			paras: []string{
				"The village council voted seven to two on Tuesday evening to replace the old wooden footbridge over the river, which has been closed since the floods in the spring.",
				"Residents who spoke at the meeting said the closure had added twenty minutes to the walk to the school on the far bank, and several asked for a temporary crossing.",
			},
			absent: []string{"Contact"},
		},
		{
			name:      "body only in JSON-LD",
			file:      "jsonld.html",
			data:      readTestdata(t, "jsonld.html"),
			title:     "Ministry revises casualty estimate",
			outlet:    "Northern Ledger",
			published: "2024-11-04",
			paras: []string{
				"The defence ministry revised its estimate on Monday, saying about 1,200 soldiers had been wounded in the clashes, up from 800 reported last week. Officials said the new figure included troops treated in field hospitals near the border. Opposition lawmakers said the real number was higher and called for an independent inquiry.",
			},
		},
		{
			name:     "no main text: visible text with a warning",
			file:     "jsapp.htm",
			data:     readTestdata(t, "jsapp.html"),
			title:    "Latest headlines",
			problems: []string{"HTML extractor found no main text; using all the page's visible text"},
			paras:    []string{"Loading the latest headlines…"},
			absent:   []string{"googletagmanager", "enable it"},
		},
		{
			name:     "no visible text",
			file:     "scripts.html",
			data:     readTestdata(t, "scripts.html"),
			status:   analysis.StatusSkipped,
			title:    "Loading",
			problems: []string{"no visible text in the HTML page"},
		},
		{
			name:  "declared EUC-KR",
			file:  "korean.html",
			data:  korean,
			title: "북한군 파병",
			paras: []string{"북한군 파병", "국가정보원은 북한이 러시아에 약 1만 2천 명의 병력을 파병했다고 밝혔다. 정보당국은 추가 파병 가능성도 있다고 말했다."},
		},
		{
			name:  "declared Windows-1252",
			file:  "cafe.HTML",
			data:  cp1252,
			title: "Café owners protest",
			paras: []string{"Owners of the cafés on the square said the new “terrace tax” would cost each of them about € 2,000 a year, and that several would have to close their outdoor seating for good."},
		},
		{
			// A page templated as UTF-8 under its old declaration, with
			// one byte of the old encoding left in it (the © of a footer).
			name: "declared ISO-8859-1 but mostly UTF-8",
			file: "wetter.html",
			data: []byte("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=iso-8859-1\"><title>Nasser Oktober</title></head><body><article><h1>Nasser Oktober</h1>" +
				"<p>Im Oktober fielen rund 100 Liter pro Quadratmeter, knapp 80 Prozent mehr als üblich. Die Böden im Süden sind so nass wie seit Jahren nicht.</p>" +
				"<p>Das Temperaturmittel lag mit 11,9 Grad um 2,9 Grad über dem Wert der Referenzperiode, heißt es in der Bilanz des Wetterdienstes.</p></article>" +
				"<footer>\xa9 Wetterblatt</footer></body></html>"),
			title:    "Nasser Oktober",
			problems: []string{"declares windows-1252, but most of its text is UTF-8; read as UTF-8, and the one byte that is not as Windows-1252"},
			paras:    []string{"Im Oktober fielen rund 100 Liter pro Quadratmeter, knapp 80 Prozent mehr als üblich. Die Böden im Süden sind so nass wie seit Jahren nicht."},
		},
		{
			name:     "undeclared Windows-1252",
			file:     "cafe.html",
			data:     []byte(strings.Replace(string(cp1252), `<meta charset="windows-1252">`, "", 1)),
			title:    "Café owners protest",
			problems: []string{"not valid UTF-8; decoded as Windows-1252"},
			paras:    []string{"Owners of the cafés on the square said the new “terrace tax” would cost each of them about € 2,000 a year, and that several would have to close their outdoor seating for good."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := one(t, tt.file, tt.data)
			call := fmt.Sprintf("Load(%q, ...)", tt.file)
			want := load.Document{
				File: tt.file, Format: analysis.FormatHTML, Status: tt.status, Title: tt.title, Outlet: tt.outlet,
				URL: tt.url, Published: date(t, tt.published), Problems: tt.problems, Text: got.Text,
			}
			if want.Status == "" {
				want.Status = analysis.StatusOK
			}
			checkDoc(t, call, got, want)
			paras := strings.Split(got.Text, "\n\n")
			i := 0
			for _, p := range tt.paras {
				j := slices.Index(paras[i:], p)
				if j < 0 {
					t.Errorf("%s.Text lacks paragraph %q (in order); Text = %q", call, p, got.Text)
					continue
				}
				i += j + 1
			}
			for _, s := range tt.absent {
				if strings.Contains(got.Text, s) {
					t.Errorf("%s.Text contains %q; Text = %q", call, s, got.Text)
				}
			}
		})
	}
}

func TestLoadJSONL(t *testing.T) {
	tests := []struct {
		name string
		line string
		want load.Document // File, Format and Line are filled in
	}{
		{
			name: "every field",
			line: `{"id":"a1","url":"https://news.example/a1","title":" Seoul confirms ","outlet":"Yonhap","published":"2024-10-31","text":"About 10,000 troops.\r\nSecond line."}`,
			want: load.Document{SourceID: "a1", URL: "https://news.example/a1", Title: "Seoul confirms", Outlet: "Yonhap", Published: date(t, "2024-10-31"), Text: "About 10,000 troops.\nSecond line.", Status: analysis.StatusOK},
		},
		{
			name: "only text",
			line: `{"text":"Body."}`,
			want: load.Document{Text: "Body.", Status: analysis.StatusOK},
		},
		{
			name: "numeric id, nulls and unknown fields",
			line: `{"id":1234567890123456789,"title":null,"published":null,"author":"Kim","tags":["a"],"text":"Body."}`,
			want: load.Document{SourceID: "1234567890123456789", Text: "Body.", Status: analysis.StatusOK},
		},
		{
			name: "field names in another case",
			line: `{"Title":"T","Text":"Body."}`,
			want: load.Document{Title: "T", Text: "Body.", Status: analysis.StatusOK},
		},
		{
			name: "unparsable date is a warning",
			line: `{"published":"last Tuesday","text":"Body."}`,
			want: load.Document{Text: "Body.", Status: analysis.StatusOK, Problems: []string{`line 1: published date "last Tuesday" not understood; publication date left empty`}},
		},
		{
			name: "invalid JSON",
			line: `{"text": "Body."`,
			want: load.Document{Status: analysis.StatusFailed, Problems: []string{"line 1: invalid JSON at column 17: "}},
		},
		{
			name: "not an object",
			line: `["Body."]`,
			want: load.Document{Status: analysis.StatusFailed, Problems: []string{"line 1: not a JSON object (found an array)"}},
		},
		{
			name: "null line",
			line: `null`,
			want: load.Document{Status: analysis.StatusFailed, Problems: []string{"line 1: not a JSON object (found null)"}},
		},
		{
			name: "text missing",
			line: `{"title":"T"}`,
			want: load.Document{Title: "T", Status: analysis.StatusFailed, Problems: []string{`line 1: no text: field "text" is missing`}},
		},
		{
			name: "text null",
			line: `{"title":"T","text":null}`,
			want: load.Document{Title: "T", Status: analysis.StatusFailed, Problems: []string{`line 1: no text: field "text" is missing`}},
		},
		{
			name: "text empty",
			line: `{"title":"T","text":" \n "}`,
			want: load.Document{Title: "T", Status: analysis.StatusFailed, Problems: []string{`line 1: no text: field "text" is empty`}},
		},
		{
			name: "text a number",
			line: `{"text":5}`,
			want: load.Document{Status: analysis.StatusFailed, Problems: []string{`line 1: field "text" is a number, want a string`}},
		},
		{
			name: "several wrong types",
			line: `{"title":["T"],"published":20241031,"outlet":true,"text":"Body."}`,
			want: load.Document{Status: analysis.StatusFailed, Problems: []string{`line 1: field "title" is an array, want a string; field "outlet" is a boolean, want a string; field "published" is a number, want a string`}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := one(t, "feed.jsonl", []byte(tt.line+"\n"))
			want := tt.want
			want.File, want.Format, want.Line = "feed.jsonl", analysis.FormatJSONL, 1
			call := fmt.Sprintf("Load(%q, %q)", "feed.jsonl", tt.line)
			// JSON syntax errors come from encoding/json: compare the start.
			if len(want.Problems) == 1 && strings.HasSuffix(want.Problems[0], ": ") && len(got.Problems) == 1 && strings.HasPrefix(got.Problems[0], want.Problems[0]) {
				want.Problems = got.Problems
			}
			checkDoc(t, call, got, want)
		})
	}
}

func TestLoadJSONLPublished(t *testing.T) {
	tests := []struct {
		published string
		want      string // YYYY-MM-DD, or "" when left empty
		warning   string // after "line 1: ", before "; publication date left empty"
	}{
		{"2024-10-31", "2024-10-31", ""},
		{" 2024-10-31 ", "2024-10-31", ""},
		{"2024-10-31T23:30:00-05:00", "2024-10-31", ""},
		{"2024-10-31T02:30:00.123+09:00", "2024-10-31", ""},
		{"2024-10-31T23:30:00Z", "2024-10-31", ""},
		{"2024-10-31 08:15", "2024-10-31", ""},
		{"2024-10-31 08:15:00 KST", "2024-10-31", ""},
		{"2024/10/31", "2024-10-31", ""},
		{"Thu, 31 Oct 2024 10:00:00 GMT", "2024-10-31", ""},
		{"Thu, 31 Oct 2024 23:00:00 -0700", "2024-10-31", ""},
		{"October 31, 2024", "2024-10-31", ""},
		{"Oct. 31, 2024", "2024-10-31", ""},
		{"Sept 3, 2024", "2024-09-03", ""},
		{"31 October 2024", "2024-10-31", ""},
		{"Thursday, 31 October 2024 12:19", "2024-10-31", ""},
		{"31st Oct 2024", "2024-10-31", ""},
		{"31-Oct-2024", "2024-10-31", ""},
		{"31/10/2024", "2024-10-31", ""},
		{"10/31/2024", "2024-10-31", ""},
		{"05/05/2024", "2024-05-05", ""},
		{"04.11.2024", "2024-11-04", ""},
		{"", "", ""},
		{"04/11/2024", "", `published date "04/11/2024" is ambiguous (day and month could be either way round)`},
		{"04-11-2024 15:45 IST", "", `published date "04-11-2024 15:45 IST" is ambiguous (day and month could be either way round)`},
		{"2024-02-30", "", `published date "2024-02-30" is not a valid date`},
		{"0001-01-01T00:00:00Z", "", `published date "0001-01-01T00:00:00Z" is not a valid date`},
		{"yesterday", "", `published date "yesterday" not understood`},
		{"1729641600", "", `published date "1729641600" not understood`},
		{"Smarch 3, 2024", "", `published date "Smarch 3, 2024" not understood`},
	}
	for _, tt := range tests {
		t.Run(tt.published, func(t *testing.T) {
			line := fmt.Sprintf(`{"published":%q,"text":"Body."}`, tt.published)
			got := one(t, "feed.jsonl", []byte(line))
			var problems []string
			if tt.warning != "" {
				problems = []string{"line 1: " + tt.warning + "; publication date left empty"}
			}
			if got.Status != analysis.StatusOK || got.Published != date(t, tt.want) || !slices.Equal(got.Problems, problems) {
				t.Errorf("Load(%q) = %s, published %q, problems %q; want ok, %q, %q", line, got.Status, got.Published, got.Problems, tt.want, problems)
			}
		})
	}
}

// TestLoadJSONLFile checks a file of several lines: blank lines are
// skipped but counted, a bad line does not stop the others, and warnings
// about the whole file reach every record.
func TestLoadJSONLFile(t *testing.T) {
	data := "{\"id\":\"1\",\"text\":\"First.\"}\r\n" +
		"\r\n" +
		"{\"id\":\"2\",\"text\":\n" +
		"   \t\n" +
		"{\"id\":\"3\",\"title\":\"Caf\xe9\",\"text\":\"Third.\"}\n" +
		"\n"
	docs := load.Load("feed.jsonl", []byte(data))
	type row struct {
		line   int
		status analysis.Status
		id     string
		title  string
	}
	var got []row
	for _, d := range docs {
		got = append(got, row{d.Line, d.Status, d.SourceID, d.Title})
		if len(d.Problems) == 0 || d.Problems[0] != "not valid UTF-8; decoded as Windows-1252" {
			t.Errorf("Load(%q) line %d problems = %q, want the encoding warning first", data, d.Line, d.Problems)
		}
	}
	want := []row{
		{1, analysis.StatusOK, "1", ""},
		{3, analysis.StatusFailed, "", ""},
		{5, analysis.StatusOK, "3", "Café"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("Load(%q) = %+v, want %+v", data, got, want)
	}
	if len(docs) == 3 && (len(docs[1].Problems) != 2 || !strings.HasPrefix(docs[1].Problems[1], "line 3: invalid JSON")) {
		t.Errorf("Load(%q) line 3 problems = %q, want the encoding warning and \"line 3: invalid JSON ...\"", data, docs[1].Problems)
	}
}

// BenchmarkLoad loads the seed articles and the HTML test pages.
func BenchmarkLoad(b *testing.B) {
	type input struct {
		name string
		data []byte
	}
	var inputs []input
	for _, pattern := range []string{filepath.Join("..", "..", "fixtures", "articles", "*.txt"), filepath.Join("testdata", "load", "*.html")} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			b.Fatal(err)
		}
		for _, name := range files {
			data, err := os.ReadFile(name)
			if err != nil {
				b.Fatal(err)
			}
			inputs = append(inputs, input{filepath.Base(name), data})
		}
	}
	if len(inputs) == 0 {
		b.Fatal("no inputs")
	}
	var n int64
	for _, in := range inputs {
		n += int64(len(in.data))
	}
	b.SetBytes(n)
	for b.Loop() {
		for _, in := range inputs {
			load.Load(in.name, in.data)
		}
	}
}
