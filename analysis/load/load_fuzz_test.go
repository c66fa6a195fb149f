package load_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"crosscheck/analysis"
	"crosscheck/analysis/load"
)

// checkInvariants checks what Load promises for any input: at least
// one document, each for file, with a known status; a reason for every
// document that is not ok; valid UTF-8 with "\n" line endings in ok
// documents; JSONL line numbers in range and increasing.
func checkInvariants(tb testing.TB, file string, data []byte, docs []load.Document) {
	tb.Helper()
	if len(docs) == 0 {
		tb.Fatalf("Load(%q, %q) returned no documents", file, data)
	}
	jsonl := strings.HasSuffix(strings.ToLower(file), ".jsonl")
	// Every "\n" or "\r" byte can end a line, in any supported encoding.
	maxLine := bytes.Count(data, []byte("\n")) + bytes.Count(data, []byte("\r")) + 1
	prev := 0
	for i, d := range docs {
		if d.File != file {
			tb.Errorf("Load(%q, %q)[%d].File = %q, want %q", file, data, i, d.File, file)
		}
		switch d.Status {
		case analysis.StatusOK:
			if !utf8.ValidString(d.Text) || strings.Contains(d.Text, "\r") || strings.TrimSpace(d.Text) == "" {
				tb.Errorf("Load(%q, %q)[%d].Text = %q, want non-blank valid UTF-8 without \\r", file, data, i, d.Text)
			}
			for _, s := range []string{d.Title, d.Outlet, d.URL, d.SourceID} {
				if !utf8.ValidString(s) {
					tb.Errorf("Load(%q, %q)[%d] metadata %q is not valid UTF-8", file, data, i, s)
				}
			}
		case analysis.StatusSkipped, analysis.StatusFailed:
			if len(d.Problems) == 0 {
				tb.Errorf("Load(%q, %q)[%d] = %s with no reason", file, data, i, d.Status)
			}
		default:
			tb.Errorf("Load(%q, %q)[%d].Status = %q, want ok, skipped or failed", file, data, i, d.Status)
		}
		for _, p := range d.Problems {
			if p == "" || !utf8.ValidString(p) {
				tb.Errorf("Load(%q, %q)[%d] problem %q is empty or not valid UTF-8", file, data, i, p)
			}
		}
		if !d.Published.IsZero() && d.Published.String() != d.Published.Time().Format("2006-01-02") {
			tb.Errorf("Load(%q, %q)[%d].Published = %+v, not a real date", file, data, i, d.Published)
		}
		switch {
		case !jsonl && d.Line != 0:
			tb.Errorf("Load(%q, %q)[%d].Line = %d, want 0", file, data, i, d.Line)
		case jsonl && d.Line == 0 && (len(docs) != 1 || d.Status == analysis.StatusOK):
			tb.Errorf("Load(%q, %q)[%d].Line = 0, want a line for each record", file, data, i)
		case jsonl && d.Line != 0 && (d.Line <= prev || d.Line > maxLine):
			tb.Errorf("Load(%q, %q)[%d].Line = %d, want increasing and in 1..%d", file, data, i, d.Line, maxLine)
		}
		prev = d.Line
	}
	if again := load.Load(file, data); !reflect.DeepEqual(again, docs) {
		tb.Errorf("Load(%q, %q) is not deterministic: %+v, then %+v", file, data, docs, again)
	}
}

// addFiles adds the files matching pattern to the seed corpus.
func addFiles(f *testing.F, pattern string) {
	f.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// badSeeds are inputs every format must survive.
var badSeeds = []string{
	"",
	" \n\t",
	"\xEF\xBB\xBF",
	"\xFF\xFE",
	"\xFE\xFF\x00",
	"\xFF\xFE\x00\x00",
	"%PDF-1.4",
	"abc\x00def",
	"\x01\x02\x03 text",
	"caf\xe9 \x93quoted\x94",
	"h\x00e\x00l\x00l\x00o\x00 \x00w\x00o\x00r\x00l\x00d\x00",
	"\r\r\r",
	"\xc3",
}

func FuzzLoadText(f *testing.F) {
	for _, s := range badSeeds {
		f.Add([]byte(s))
	}
	for _, s := range []string{
		" date 2024-10-31 Title\n\nBody.",
		"\xEF\xBB\xBF date 2024-10-31 Title\r\nBody\r\n",
		" date 2024-13-45 Bad\nBody",
		" date 2024-10-31",
		"date 9999-99-99 x\ny",
		"Date night\nBody",
	} {
		f.Add([]byte(s))
	}
	addFiles(f, filepath.Join("..", "..", "fixtures", "articles", "*.txt"))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs := load.Load("fuzz.txt", data)
		checkInvariants(t, "fuzz.txt", data, docs)
		if len(docs) != 1 {
			t.Errorf("Load(%q, %q) returned %d documents, want 1", "fuzz.txt", data, len(docs))
		}
	})
}

func FuzzLoadJSONL(f *testing.F) {
	for _, s := range badSeeds {
		f.Add([]byte(s))
	}
	for _, s := range []string{
		`{"id":"a","url":"u","title":"t","outlet":"o","published":"2024-10-31","text":"Body."}`,
		`{"text":"a"}` + "\n\n" + `{"text":` + "\n" + `[1]` + "\n" + `null` + "\n" + `{"text":5}`,
		`{"published":"04/11/2024","text":"x"}` + "\r\n" + `{"published":"Thu, 31 Oct 2024 10:00:00 GMT","text":"y"}`,
		`{"published":"31st Sept 2024 at noon","text":"x"}`,
		`{"published":"0001-01-01T00:00:00Z","text":"\u0000"}`,
		`{"id":1e400,"text":"x"}`,
		`{"text":"\ud800"}`,
		"{\"text\":\"caf\xe9\"}",
		"\n\n\n{\"text\":\"late\"}\n",
		`{"text":"a"} {"text":"b"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkInvariants(t, "fuzz.jsonl", data, load.Load("fuzz.jsonl", data))
	})
}

func FuzzLoadHTML(f *testing.F) {
	for _, s := range badSeeds {
		f.Add([]byte(s))
	}
	for _, s := range []string{
		"<p>one</p><p>two<br>three</p>",
		"<html><head><title>T</title><meta charset=\"euc-kr\"></head><body><article><p>\xbc\xad\xbf\xef</p></article></body></html>",
		"<html><head><meta charset=\"replacement\"></head><body>\xff text</body></html>",
		"<pre>a\r\n\r\nb</pre><table><tr><td>1</td><td>2</td></tr></table>",
		"<script type=\"application/ld+json\">{\"articleBody\": \"<p>x</p>\"}</script>",
		"<noscript><p>only noscript</p></noscript>",
		"<<<>>>&amp;&#0;&#xD800;",
		"<article><h2>Toll</h2><table><thead><tr><th>Province</th><th>Killed</th></tr></thead><tr><td>North</td><td>640</td></tr><tr><td></td></tr></table><ul><li><a href=x>link</a> text</li></ul><code>a\nb</code></article>",
		"<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td><td>c</td></tr></table>",
	} {
		f.Add([]byte(s))
	}
	addFiles(f, filepath.Join("testdata", "load", "*.html"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 64<<10 {
			t.Skip("the extractor's cost grows with page size; small pages find the bugs")
		}
		docs := load.Load("fuzz.html", data)
		checkInvariants(t, "fuzz.html", data, docs)
		if len(docs) != 1 {
			t.Errorf("Load(%q, %q) returned %d documents, want 1", "fuzz.html", data, len(docs))
		}
		for _, d := range docs {
			// Markup is about lines of the main text; a line the loader
			// re-split (splitBlobs) simply has none.
			for l, m := range d.Markup {
				if l == "" || l != strings.TrimSpace(l) || m.LinkShare < 0 || m.LinkShare > 1 || m.Element > load.ElemCaption {
					t.Errorf("Load(%q): Markup[%q] = %+v", data, l, m)
				}
			}
		}
	})
}
