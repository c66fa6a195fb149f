package stance

import (
	"crosscheck/analysis"
	"crosscheck/analysis/clean"
	"crosscheck/analysis/eval"
	"crosscheck/analysis/load"
	"crosscheck/analysis/nlp"
	"crosscheck/internal/testutil"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readStanceGold reads the seed gold file.
func readStanceGold(tb testing.TB) *eval.Gold {
	tb.Helper()
	g, err := eval.ReadGold(testutil.GoldFile(tb))
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

// readStanceArticle reads a raw seed article.
func readStanceArticle(tb testing.TB, file string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(testutil.FixtureDir(tb), file))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// sentenceWithQuote returns the sentence (or run of sentences) of the raw
// text that holds quote: the line holding it, segmented into sentences,
// keeping those that overlap the quote.
func sentenceWithQuote(tb testing.TB, raw, quote string) string {
	tb.Helper()
	i := strings.Index(raw, quote)
	if i < 0 {
		tb.Fatalf("gold quote %q not in the article", quote)
	}
	ls := strings.LastIndex(raw[:i], "\n") + 1
	le := strings.Index(raw[i:], "\n")
	if le < 0 {
		le = len(raw)
	} else {
		le += i
	}
	line := raw[ls:le]
	qs, qe := i-ls, i-ls+len(quote)
	var parts []string
	for _, sp := range (nlp.Prose{}).Sentences(line) {
		if sp.Start < qe && sp.End() > qs {
			parts = append(parts, sp.Text)
		}
	}
	if len(parts) == 0 {
		return line
	}
	return strings.Join(parts, " ")
}

// cuesHavePolarity reports whether cues hold one of polarity p.
func cuesHavePolarity(cues []StanceCue, p analysis.Polarity) bool {
	for _, c := range cues {
		if c.Polarity == p {
			return true
		}
	}
	return false
}

// TestStanceSeeds checks that for every gold stance of the seed articles,
// the sentence holding its quote yields a cue of the gold polarity, and logs
// the optional stances found.
func TestStanceSeeds(t *testing.T) {
	g := readStanceGold(t)
	found, total := 0, 0
	for _, a := range g.Articles {
		raw := readStanceArticle(t, a.File)
		for _, st := range a.Stances {
			total++
			s := sentenceWithQuote(t, raw, st.Quote)
			cues := findStances(s)
			if cuesHavePolarity(cues, analysis.Polarity(st.Polarity)) {
				found++
				continue
			}
			t.Errorf("%s: findStances(%q) = %v, want a %s cue", a.File, s, describeStanceCues(cues), st.Polarity)
		}
		for _, st := range a.Optional {
			if st.Kind != "stance" {
				continue
			}
			s := sentenceWithQuote(t, raw, st.Quote)
			t.Logf("%s: optional %s %q: found %v", a.File, st.Polarity, st.Quote, cuesHavePolarity(findStances(s), analysis.Polarity(st.Polarity)))
		}
	}
	t.Logf("gold stances found with the right polarity: %d/%d", found, total)
}

// TestStanceSeedsPrecision runs the finder over the cleaned seed articles
// (Load, Clean, splitSentences) and logs every denied, unconfirmed or
// conditional cue that is not in a sentence holding a gold stance of that
// polarity or an optional item: the precision the evaluation will see.
// Cues in an article with a gold stance of the same polarity elsewhere may
// still match it through their source; they are logged apart.
func TestStanceSeedsPrecision(t *testing.T) {
	g := readStanceGold(t)
	var gold, optional, samePolarity, wrong int
	for _, a := range g.Articles {
		raw := readStanceArticle(t, a.File)
		var sents []nlp.Sentence
		for _, doc := range load.Load(a.File, []byte(raw)) {
			sents = append(sents, nlp.SplitSentences(nlp.Prose{}, clean.Clean(doc, clean.CleanOptions{}))...)
		}
		for _, s := range sents {
			for _, c := range findStances(s.Text) {
				if c.Polarity == analysis.Asserted {
					continue
				}
				switch {
				case overlapsQuote(s.Text, items(a.Stances), c.Polarity):
					gold++
				case overlapsQuote(s.Text, optionalItems(a.Optional), ""):
					optional++
				case polarityIn(items(a.Stances), c.Polarity):
					samePolarity++
					t.Logf("%s: non-gold %s cue %q (the article has a gold %s stance; may match by source): %q", a.File, c.Polarity, c.Cue, c.Polarity, s.Text)
				default:
					wrong++
					t.Logf("%s: FALSE %s cue %q: %q", a.File, c.Polarity, c.Cue, s.Text)
				}
			}
		}
	}
	t.Logf("non-asserted cues on the seed bodies: %d in gold sentences, %d in optional sentences, %d non-gold with a same-polarity gold stance in the article, %d false",
		gold, optional, samePolarity, wrong)
}

// goldItem is a gold stance or optional item, as the checks below read it.
type goldItem struct {
	Polarity analysis.Polarity
	Quote    string
}

// items views gold stances as goldItems.
func items(stances []eval.GoldStance) []goldItem {
	out := make([]goldItem, len(stances))
	for i, st := range stances {
		out[i] = goldItem{analysis.Polarity(st.Polarity), st.Quote}
	}
	return out
}

// optionalItems views optional gold items as goldItems.
func optionalItems(opt []eval.GoldOptional) []goldItem {
	out := make([]goldItem, len(opt))
	for i, o := range opt {
		out[i] = goldItem{analysis.Polarity(o.Polarity), o.Quote}
	}
	return out
}

// overlapsQuote reports whether sentence s overlaps the quote of one of
// items with polarity p (any polarity when p is empty).
func overlapsQuote(s string, items []goldItem, p analysis.Polarity) bool {
	ns := strings.Join(strings.Fields(s), " ")
	for _, it := range items {
		if p != "" && it.Polarity != p {
			continue
		}
		q := strings.Join(strings.Fields(it.Quote), " ")
		if strings.Contains(ns, q) || strings.Contains(q, ns) || (len(q) > 40 && strings.Contains(ns, q[:40])) {
			return true
		}
	}
	return false
}

// polarityIn reports whether items hold a stance of polarity p.
func polarityIn(items []goldItem, p analysis.Polarity) bool {
	for _, it := range items {
		if it.Polarity == p {
			return true
		}
	}
	return false
}
