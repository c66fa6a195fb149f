package eval

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"crosscheck/analysis"
)

// Result holds the metrics of one report against one gold file, and the
// findings behind them.
type Result struct {
	// Quantities: gold figures, the distinct gold figures matched, and the
	// predicted figures that match nothing.
	QuantityGold, QuantityMatched, QuantityFalse int
	// Attribution: matched gold figures, and those whose source is right.
	AttributionN, AttributionOK int
	// Stances: gold stances and those matched; the same for the
	// non-asserted polarities; predicted non-asserted stances and those
	// that match a gold stance.
	StanceGold, StanceMatched                  int
	NonAssertedGold, NonAssertedMatched        int
	NonAssertedPredicted, NonAssertedSupported int
	// Discrepancies: required gold discrepancies and those found;
	// predicted discrepancies and those supported by the gold.
	DiscrepancyRequired, DiscrepancyFound      int
	DiscrepancyPredicted, DiscrepancySupported int
	// MustNotLink counts gold must_not_link pairs found together.
	MustNotLink int
	// Dates: gold articles and those whose predicted date is right.
	DateN, DateOK int
	// Findings lists every miss and false positive, in file order.
	Findings []Finding
}

// Finding is one thing the report got wrong.
type Finding struct {
	// Kind is what went wrong: "missed quantity", "false quantity",
	// "wrong source", "missed stance", "false stance", "missed
	// discrepancy", "unsupported discrepancy", "must_not_link", "wrong date".
	Kind string
	// File is the article file, when the finding is about one.
	File string
	// Detail says what was expected and what was found.
	Detail string
	// Sentence is the sentence or quote concerned.
	Sentence string
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

// QuantityPrecision is matched / (matched + false).
func (r *Result) QuantityPrecision() float64 {
	return ratio(r.QuantityMatched, r.QuantityMatched+r.QuantityFalse)
}

// QuantityRecall is matched / gold.
func (r *Result) QuantityRecall() float64 { return ratio(r.QuantityMatched, r.QuantityGold) }

// QuantityF1 is the harmonic mean of precision and recall.
func (r *Result) QuantityF1() float64 {
	p, q := r.QuantityPrecision(), r.QuantityRecall()
	if p+q == 0 {
		return 0
	}
	return 2 * p * q / (p + q)
}

// AttributionAccuracy is the share of matched figures with the right source.
func (r *Result) AttributionAccuracy() float64 { return ratio(r.AttributionOK, r.AttributionN) }

// StanceRecall is the share of gold stances found.
func (r *Result) StanceRecall() float64 { return ratio(r.StanceMatched, r.StanceGold) }

// NonAssertedRecall is the share of denied, unconfirmed and conditional
// gold stances found.
func (r *Result) NonAssertedRecall() float64 {
	return ratio(r.NonAssertedMatched, r.NonAssertedGold)
}

// NonAssertedPrecision is the share of predicted denied, unconfirmed and
// conditional stances that match a gold stance.
func (r *Result) NonAssertedPrecision() float64 {
	return ratio(r.NonAssertedSupported, r.NonAssertedPredicted)
}

// DiscrepancyRecall is the share of required gold discrepancies found.
func (r *Result) DiscrepancyRecall() float64 {
	return ratio(r.DiscrepancyFound, r.DiscrepancyRequired)
}

// DiscrepancyPrecision is the share of predicted discrepancies supported.
func (r *Result) DiscrepancyPrecision() float64 {
	return ratio(r.DiscrepancySupported, r.DiscrepancyPredicted)
}

// DateAccuracy is the share of articles with the right publication date.
func (r *Result) DateAccuracy() float64 { return ratio(r.DateOK, r.DateN) }

// scorer holds the lookups shared by the metrics.
type scorer struct {
	gold     *Gold
	rep      *analysis.Report
	fileOf   map[string]string // article ID -> file
	byFile   map[string][]*analysis.Claim
	goldFile map[string]*GoldArticle
	res      *Result
}

// Score compares a report with the gold annotation.
func Score(g *Gold, rep *analysis.Report) *Result {
	s := &scorer{gold: g, rep: rep, fileOf: map[string]string{}, byFile: map[string][]*analysis.Claim{},
		goldFile: map[string]*GoldArticle{}, res: &Result{}}
	for _, a := range rep.Articles {
		s.fileOf[a.ID] = a.File
	}
	for i := range rep.Claims {
		c := &rep.Claims[i]
		f := s.fileOf[c.Article]
		s.byFile[f] = append(s.byFile[f], c)
	}
	for i := range g.Articles {
		s.goldFile[g.Articles[i].File] = &g.Articles[i]
	}
	s.quantities()
	s.stances()
	s.discrepancies()
	s.mustNotLink()
	s.dates()
	sort.SliceStable(s.res.Findings, func(i, j int) bool { return s.res.Findings[i].File < s.res.Findings[j].File })
	return s.res
}

func (s *scorer) add(kind, file, detail, sentence string) {
	s.res.Findings = append(s.res.Findings, Finding{Kind: kind, File: file, Detail: detail, Sentence: sentence})
}

// valueMatches reports whether a predicted claim states value v: its
// value, or either end of its range.
func valueMatches(c *analysis.Claim, v float64) bool {
	if c.Kind != analysis.KindQuantity || c.Value == nil {
		return false
	}
	eq := func(p *float64) bool { return p != nil && math.Abs(*p-v) <= 1e-9*math.Max(1, math.Abs(v)) }
	if eq(c.Value) {
		return true
	}
	return c.Approx == analysis.Range && (eq(c.Low) || eq(c.High))
}

// sourceMatches reports whether any gold name is a case-insensitive
// substring of the predicted source or source text. An empty list matches
// any source.
func sourceMatches(c *analysis.Claim, names []string) bool {
	if len(names) == 0 {
		return true
	}
	src, txt := strings.ToLower(c.Source), strings.ToLower(c.SourceText)
	for _, n := range names {
		n = strings.ToLower(strings.TrimSpace(n))
		if n == "" {
			continue
		}
		if strings.Contains(src, n) || strings.Contains(txt, n) {
			return true
		}
	}
	return false
}

// overlaps reports whether a sentence and a quote share text: one
// contains the other.
func overlaps(sentence, quote string) bool {
	a, b := normSpace(sentence), normSpace(quote)
	if a == "" || b == "" {
		return false
	}
	return strings.Contains(a, b) || strings.Contains(b, a)
}

func normSpace(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// optional reports whether a predicted claim overlaps an optional item of
// its kind in its file.
func (s *scorer) optional(file string, c *analysis.Claim) bool {
	ga := s.goldFile[file]
	if ga == nil {
		return false
	}
	for _, o := range ga.Optional {
		if o.Kind != "" && o.Kind != string(c.Kind) {
			continue
		}
		if overlaps(c.Sentence, o.Quote) {
			return true
		}
	}
	return false
}

func (s *scorer) quantities() {
	for _, ga := range s.gold.Articles {
		claims := s.byFile[ga.File]
		matchedBy := map[*analysis.Claim]bool{}
		for _, q := range ga.Quantities {
			s.res.QuantityGold++
			var hits []*analysis.Claim
			for _, c := range claims {
				if valueMatches(c, q.Value) {
					hits = append(hits, c)
					matchedBy[c] = true
				}
			}
			if len(hits) == 0 {
				s.add("missed quantity", ga.File, fmt.Sprintf("%s %g %s (%s)", q.Approx, q.Value, q.Counts, strings.Join(q.Source, " / ")), q.Quote)
				continue
			}
			s.res.QuantityMatched++
			s.res.AttributionN++
			ok := false
			for _, c := range hits {
				if sourceMatches(c, q.Source) {
					ok = true
					break
				}
			}
			if ok {
				s.res.AttributionOK++
			} else {
				s.add("wrong source", ga.File, fmt.Sprintf("%g: got %q (%q), want one of %q", q.Value, hits[0].Source, hits[0].SourceText, q.Source), hits[0].Sentence)
			}
		}
		for _, c := range claims {
			if c.Kind != analysis.KindQuantity || matchedBy[c] || s.optional(ga.File, c) {
				continue
			}
			s.res.QuantityFalse++
			s.add("false quantity", ga.File, fmt.Sprintf("%q = %s", c.Text, fmtValue(c)), c.Sentence)
		}
	}
}

func fmtValue(c *analysis.Claim) string {
	if c.Value == nil {
		return "?"
	}
	return fmt.Sprintf("%g (%s)", *c.Value, c.Approx)
}

// stanceMatches reports whether a predicted claim matches a gold stance.
func stanceMatches(c *analysis.Claim, polarity string, sources []string) bool {
	return c.Kind == analysis.KindStance && string(c.Polarity) == polarity && sourceMatches(c, sources)
}

func nonAsserted(p string) bool { return p != string(analysis.Asserted) }

func (s *scorer) stances() {
	for _, ga := range s.gold.Articles {
		claims := s.byFile[ga.File]
		for _, st := range ga.Stances {
			s.res.StanceGold++
			if nonAsserted(st.Polarity) {
				s.res.NonAssertedGold++
			}
			found := false
			for _, c := range claims {
				if stanceMatches(c, st.Polarity, st.Source) {
					found = true
					break
				}
			}
			if !found {
				s.add("missed stance", ga.File, fmt.Sprintf("%s by %s", st.Polarity, strings.Join(st.Source, " / ")), st.Quote)
				continue
			}
			s.res.StanceMatched++
			if nonAsserted(st.Polarity) {
				s.res.NonAssertedMatched++
			}
		}
		for _, c := range claims {
			if c.Kind != analysis.KindStance || !nonAsserted(string(c.Polarity)) || s.optional(ga.File, c) {
				continue
			}
			s.res.NonAssertedPredicted++
			ok := false
			for _, st := range ga.Stances {
				if stanceMatches(c, st.Polarity, st.Source) {
					ok = true
					break
				}
			}
			if ok {
				s.res.NonAssertedSupported++
			} else {
				s.add("false stance", ga.File, fmt.Sprintf("%s by %q", c.Polarity, c.Source), c.Sentence)
			}
		}
	}
}

// refMatches reports whether a predicted claim is the one a ref names.
func (s *scorer) refMatches(c *analysis.Claim, r Ref) bool {
	if s.fileOf[c.Article] != r.File {
		return false
	}
	if r.Value != nil {
		return valueMatches(c, *r.Value)
	}
	if r.Polarity != "" {
		return c.Kind == analysis.KindStance && string(c.Polarity) == r.Polarity
	}
	return false
}

func (s *scorer) claimsByID(ids []string) []*analysis.Claim {
	idx := make(map[string]*analysis.Claim, len(s.rep.Claims))
	for i := range s.rep.Claims {
		idx[s.rep.Claims[i].ID] = &s.rep.Claims[i]
	}
	var out []*analysis.Claim
	for _, id := range ids {
		if c := idx[id]; c != nil {
			out = append(out, c)
		}
	}
	return out
}

// goldSubjects returns the gold subjects a predicted claim stands for.
func (s *scorer) goldSubjects(c *analysis.Claim) []string {
	ga := s.goldFile[s.fileOf[c.Article]]
	if ga == nil {
		return nil
	}
	var subj []string
	for _, q := range ga.Quantities {
		if valueMatches(c, q.Value) {
			subj = append(subj, q.Subject)
		}
	}
	for _, st := range ga.Stances {
		if stanceMatches(c, st.Polarity, st.Source) {
			subj = append(subj, st.Subject)
		}
	}
	return subj
}

func (s *scorer) discrepancies() {
	discSubjects := map[string]bool{}
	for _, gd := range s.gold.Discrepancies {
		discSubjects[gd.Subject] = true
	}
	for _, gd := range s.gold.Discrepancies {
		if !gd.IsRequired() {
			continue
		}
		s.res.DiscrepancyRequired++
		found := false
		for _, pd := range s.rep.Discrepancies {
			if pd.Kind != gd.Kind {
				continue
			}
			claims := s.claimsByID(pd.Claims)
			all := true
			for _, g := range gd.MustInclude {
				covered := false
				for _, r := range g.Alternatives() {
					for _, c := range claims {
						if s.refMatches(c, r) {
							covered = true
						}
					}
				}
				if !covered {
					all = false
					break
				}
			}
			if all {
				found = true
				break
			}
		}
		if found {
			s.res.DiscrepancyFound++
		} else {
			s.add("missed discrepancy", "", gd.Kind+" on "+gd.Subject, gd.About)
		}
	}
	for _, pd := range s.rep.Discrepancies {
		s.res.DiscrepancyPredicted++
		count := map[string]int{}
		for _, c := range s.claimsByID(pd.Claims) {
			for _, subj := range uniq(s.goldSubjects(c)) {
				count[subj]++
			}
		}
		ok := false
		for subj, n := range count {
			if n >= 2 && discSubjects[subj] {
				ok = true
			}
		}
		if ok {
			s.res.DiscrepancySupported++
		} else {
			s.add("unsupported discrepancy", "", pd.Kind+" "+pd.ID, pd.Summary)
		}
	}
}

func uniq(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func (s *scorer) mustNotLink() {
	groups := make([][]string, 0, len(s.rep.Clusters)+len(s.rep.Discrepancies))
	for _, cl := range s.rep.Clusters {
		groups = append(groups, cl.Claims)
	}
	for _, d := range s.rep.Discrepancies {
		if d.Kind == "numeric" {
			groups = append(groups, d.Claims)
		}
	}
	for _, pair := range s.gold.MustNotLink {
		if len(pair) != 2 {
			continue
		}
		for _, ids := range groups {
			var a, b bool
			for _, c := range s.claimsByID(ids) {
				a = a || s.refMatches(c, pair[0])
				b = b || s.refMatches(c, pair[1])
			}
			if a && b {
				s.res.MustNotLink++
				s.add("must_not_link", pair[0].File, fmt.Sprintf("%s %s and %s %s grouped together", pair[0].File, refString(pair[0]), pair[1].File, refString(pair[1])), "")
				break
			}
		}
	}
}

func refString(r Ref) string {
	if r.Value != nil {
		return fmt.Sprintf("%g", *r.Value)
	}
	return r.Polarity
}

func (s *scorer) dates() {
	got := map[string]analysis.Date{}
	for _, a := range s.rep.Articles {
		got[a.File] = a.Published
	}
	for _, ga := range s.gold.Articles {
		s.res.DateN++
		d := got[ga.File].String()
		ok := false
		if ga.Published == nil {
			ok = d == ""
		} else {
			ok = d == *ga.Published
			for _, alt := range ga.PublishedAlt {
				ok = ok || d == alt
			}
		}
		if ok {
			s.res.DateOK++
			continue
		}
		want := "null"
		if ga.Published != nil {
			want = *ga.Published
		}
		if d == "" {
			d = "null"
		}
		s.add("wrong date", ga.File, fmt.Sprintf("got %s, want %s", d, want), "")
	}
}

// Write prints the metrics, then every finding.
func (r *Result) Write(w io.Writer) {
	fmt.Fprintf(w, "quantities:    precision %.3f  recall %.3f  F1 %.3f  (%d of %d gold found, %d false)\n",
		r.QuantityPrecision(), r.QuantityRecall(), r.QuantityF1(), r.QuantityMatched, r.QuantityGold, r.QuantityFalse)
	fmt.Fprintf(w, "attribution:   accuracy %.3f  (%d of %d)\n", r.AttributionAccuracy(), r.AttributionOK, r.AttributionN)
	fmt.Fprintf(w, "stances:       recall %.3f  (%d of %d)\n", r.StanceRecall(), r.StanceMatched, r.StanceGold)
	fmt.Fprintf(w, "non-asserted:  recall %.3f  (%d of %d)  precision %.3f  (%d of %d)\n",
		r.NonAssertedRecall(), r.NonAssertedMatched, r.NonAssertedGold,
		r.NonAssertedPrecision(), r.NonAssertedSupported, r.NonAssertedPredicted)
	fmt.Fprintf(w, "discrepancies: recall %.3f  (%d of %d)  precision %.3f  (%d of %d)\n",
		r.DiscrepancyRecall(), r.DiscrepancyFound, r.DiscrepancyRequired,
		r.DiscrepancyPrecision(), r.DiscrepancySupported, r.DiscrepancyPredicted)
	fmt.Fprintf(w, "must_not_link: %d violations\n", r.MustNotLink)
	fmt.Fprintf(w, "dates:         accuracy %.3f  (%d of %d)\n", r.DateAccuracy(), r.DateOK, r.DateN)
	if len(r.Findings) == 0 {
		return
	}
	fmt.Fprintln(w)
	for _, f := range r.Findings {
		loc := ""
		if f.File != "" {
			loc = f.File + ": "
		}
		fmt.Fprintf(w, "%-24s %s%s\n", f.Kind, loc, f.Detail)
		if f.Sentence != "" {
			fmt.Fprintf(w, "%24s   %q\n", "", f.Sentence)
		}
	}
}
