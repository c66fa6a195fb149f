package clean

import (
	"cmp"
	"crosscheck/analysis"
	"crosscheck/analysis/load"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// The extraction benchmark: real saved pages with their expected article
// text, in testdata/bench/NAME/{page.html,expected.txt} (sources and
// licences in testdata/bench/SOURCES.md). Each page's body is scored
// against its expected text by word 4-grams: precision is the share of the
// body's 4-grams that are in the expected text, recall the share of the
// expected text's 4-grams that are in the body (both counted with
// multiplicity), averaged over pages; F1 is that of the two means. Letters
// of scripts written without spaces (Han, kana) count as one word each.
//
// Figures are scored the same way with single tokens that hold a digit:
// "lost" is the share of the expected text's figures missing from the
// body, "furniture" the number of the body's figures that are not in the
// expected text.

// benchCollections are the benchmark's collections: Readability's test
// pages (testdata/bench, whose references keep captions and now and then
// furniture) and fundus's news pages (testdata/fundus, whose references
// are the article body a site's own parser reads: summary, subheadings
// and paragraphs, no captions). floor is the mean F1 of crosscheck's body
// that a change must not go below (the measured value, rounded down).
var benchCollections = []struct {
	dir   string
	pages int // at least this many
	floor float64
}{
	{"bench", 60, 0.95},
	{"fundus", 60, 0.97},
}

// benchScore is one page's score.
type benchScore struct {
	name                 string
	precision, recall    float64
	figures, lost, extra int
}

func TestExtractionBenchmark(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 169 saved pages twice through go-trafilatura")
	}
	for _, c := range benchCollections {
		t.Run(c.dir, func(t *testing.T) {
			p, r := scoreCollection(t, c.dir, c.pages)
			if got := f1(p, r); got < c.floor {
				t.Errorf("%s body F1 = %.3f, want at least %.3f", c.dir, got, c.floor)
			}
		})
	}
}

// scoreCollection scores every page of testdata/dir, logs each page and
// the means, and returns the body's mean precision and recall.
func scoreCollection(t *testing.T, dir string, least int) (p, r float64) {
	dirs, err := filepath.Glob(filepath.Join("testdata", dir, "*", "page.html"))
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) < least {
		t.Fatalf("benchmark %s has %d pages, want at least %d", dir, len(dirs), least)
	}
	sort.Strings(dirs)
	var body, raw, loader []benchScore
	for _, p := range dirs {
		dir := filepath.Dir(p)
		name := filepath.Base(dir)
		page, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join(dir, "expected.txt"))
		if err != nil {
			t.Fatal(err)
		}
		docs := load.Load(name+".html", page)
		if len(docs) != 1 || docs[0].Status != analysis.StatusOK {
			t.Fatalf("Load(%s) = %d documents, status %v", name, len(docs), docs[0].Problems)
		}
		a := Clean(docs[0], CleanOptions{})
		body = append(body, scorePage(name, a.Body, string(want)))
		loader = append(loader, scorePage(name, docs[0].Text, string(want)))
		raw = append(raw, scorePage(name, trafilaturaText(t, page), string(want)))
	}
	for i := range body {
		b, l, r := body[i], loader[i], raw[i]
		t.Logf("%-28s body P %.3f R %.3f F1 %.3f lost %3d/%-3d extra %3d | loader P %.3f R %.3f lost %3d | trafilatura P %.3f R %.3f lost %3d extra %3d",
			b.name, b.precision, b.recall, f1(b.precision, b.recall), b.lost, b.figures, b.extra, l.precision, l.recall, l.lost, r.precision, r.recall, r.lost, r.extra)
	}
	for _, s := range []struct {
		what   string
		scores []benchScore
	}{{"crosscheck body", body}, {"loader text", loader}, {"go-trafilatura", raw}} {
		p, r, lost, figs, extra := means(s.scores)
		t.Logf("%-16s pages %d  precision %.3f  recall %.3f  F1 %.3f  figures lost %d of %d (%.1f%%)  furniture figures %d",
			s.what, len(s.scores), p, r, f1(p, r), lost, figs, 100*float64(lost)/float64(max(figs, 1)), extra)
	}
	p, r, _, _, _ = means(body)
	return p, r
}

// trafilaturaText is go-trafilatura's own main text of a page, with its
// default options (tables and comments included) and its fallback
// extractors on.
func trafilaturaText(tb testing.TB, page []byte) string {
	tb.Helper()
	root, err := html.Parse(strings.NewReader(string(page)))
	if err != nil {
		tb.Fatal(err)
	}
	res, err := trafilatura.ExtractDocument(root, trafilatura.Options{EnableFallback: true, Config: trafilatura.DefaultConfig()})
	if err != nil || res == nil {
		return ""
	}
	return res.ContentText
}

func means(scores []benchScore) (p, r float64, lost, figs, extra int) {
	for _, s := range scores {
		p += s.precision
		r += s.recall
		lost += s.lost
		figs += s.figures
		extra += s.extra
	}
	n := float64(max(len(scores), 1))
	return p / n, r / n, lost, figs, extra
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// scorePage scores a body against the expected text.
func scorePage(name, got, want string) benchScore {
	s := benchScore{name: name}
	gw, ww := benchTokens(got), benchTokens(want)
	s.precision, s.recall = overlap(ngrams(gw, 4), ngrams(ww, 4))
	gf, wf := figures(gw), figures(ww)
	for f, n := range wf {
		s.figures += n
		s.lost += max(n-gf[f], 0)
	}
	for f, n := range gf {
		s.extra += max(n-wf[f], 0)
	}
	return s
}

// overlap returns the precision and recall of the bag got against want.
// An empty body has precision 1 and recall 0 (unless nothing was wanted).
func overlap(got, want map[string]int) (p, r float64) {
	ng, nw, common := 0, 0, 0
	for g, n := range got {
		ng += n
		common += min(n, want[g])
	}
	for _, n := range want {
		nw += n
	}
	p, r = 1, 1
	if ng > 0 {
		p = float64(common) / float64(ng)
	}
	if nw > 0 {
		r = float64(common) / float64(nw)
	}
	return p, r
}

func ngrams(words []string, n int) map[string]int {
	out := map[string]int{}
	if len(words) < n {
		if len(words) > 0 {
			out[strings.Join(words, " ")]++
		}
		return out
	}
	for i := 0; i+n <= len(words); i++ {
		out[strings.Join(words[i:i+n], " ")]++
	}
	return out
}

func figures(words []string) map[string]int {
	out := map[string]int{}
	for _, w := range words {
		if strings.ContainsAny(w, "0123456789") {
			out[w]++
		}
	}
	return out
}

// benchTokens splits text into lower-case words: runs of letters and
// digits, except that a letter of a script written without spaces is a
// word by itself.
func benchTokens(s string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai):
			flush()
			out = append(out, string(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			cur.WriteRune(r)
		default:
			flush()
		}
	}
	flush()
	return out
}

// BenchmarkCleanPages cleans the benchmark's real pages, loaded once (the
// cost of cleaning HTML main text with its markup).
func BenchmarkCleanPages(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join("testdata", "bench", "*", "page.html"))
	if err != nil {
		b.Fatal(err)
	}
	var docs []load.Document
	size := 0
	for _, p := range paths {
		page, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		d := load.Load(filepath.Base(filepath.Dir(p))+".html", page)[0]
		docs = append(docs, d)
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Clean(d, CleanOptions{})
		}
	}
}

// TestSnippetBenchmark scores the third collection (testdata/snippets:
// pages of trafilatura's evaluation set, see its SOURCES.md) as its
// authors score it: each page names passages its article text must hold
// ("with") and passages of its furniture it must not ("without"), matched
// with white space normalised. Precision is the share of the passages
// found in the body that are the article's, recall the share of the
// article's passages found, both over all the collection's passages.
func TestSnippetBenchmark(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 150 saved pages twice through go-trafilatura")
	}
	// CROSSCHECK_SNIPPETS names another folder of the same layout: the
	// whole collection, written by scripts/benchsnippets -n 2000 outside
	// the repository.
	dir := cmp.Or(os.Getenv("CROSSCHECK_SNIPPETS"), filepath.Join("testdata", "snippets"))
	paths, err := filepath.Glob(filepath.Join(dir, "*", "page.html"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) < 100 {
		t.Fatalf("snippet collection has %d pages, want at least 100", len(paths))
	}
	sort.Strings(paths)
	var body, raw snippetCount
	for _, p := range paths {
		dir := filepath.Dir(p)
		name := filepath.Base(dir)
		page, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		js, err := os.ReadFile(filepath.Join(dir, "snippets.json"))
		if err != nil {
			t.Fatal(err)
		}
		var want struct{ With, Without []string }
		if err := json.Unmarshal(js, &want); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		docs := load.Load(name+".html", page)
		if len(docs) != 1 || docs[0].Status != analysis.StatusOK {
			t.Fatalf("Load(%s) = %d documents, status %v", name, len(docs), docs[0].Problems)
		}
		a := Clean(docs[0], CleanOptions{})
		missed, let := body.add(a.Body, want.With, want.Without)
		raw.add(trafilaturaText(t, page), want.With, want.Without)
		for _, s := range missed {
			t.Logf("%-44s missed  %.70q", name, s)
		}
		for _, s := range let {
			t.Logf("%-44s let in  %.70q", name, s)
		}
	}
	for _, c := range []struct {
		what string
		n    snippetCount
	}{{"crosscheck body", body}, {"go-trafilatura", raw}} {
		p, r := c.n.scores()
		t.Logf("%-16s pages %d  article passages found %d of %d, furniture passages let in %d of %d  precision %.3f  recall %.3f  F1 %.3f",
			c.what, len(paths), c.n.tp, c.n.tp+c.n.fn, c.n.fp, c.n.fp+c.n.tn, p, r, f1(p, r))
	}
	if p, r := body.scores(); f1(p, r) < snippetFloor {
		t.Errorf("snippet collection: body F1 = %.3f, want at least %.3f", f1(p, r), snippetFloor)
	}
}

// snippetFloor is the snippet collection's F1 that a change must not go
// below (the measured value, rounded down).
const snippetFloor = 0.90

// snippetCount counts passages: article passages found (tp) and missed
// (fn), furniture passages let in (fp) and left out (tn).
type snippetCount struct{ tp, fn, fp, tn int }

// add scores one body against its passages and returns the article
// passages missed and the furniture passages let in.
func (c *snippetCount) add(body string, with, without []string) (missed, let []string) {
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	b := norm(body)
	for _, w := range with {
		if strings.Contains(b, norm(w)) {
			c.tp++
		} else {
			c.fn++
			missed = append(missed, w)
		}
	}
	for _, w := range without {
		if strings.Contains(b, norm(w)) {
			c.fp++
			let = append(let, w)
		} else {
			c.tn++
		}
	}
	return missed, let
}

func (c snippetCount) scores() (p, r float64) {
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	}
	return p, r
}
