package eval

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"crosscheck/analysis"
)

// Result holds the metrics of one report against one gold file, and the
// findings behind them. The counts are those score.py computes.
type Result struct {
	// Quantities: gold figures, the gold figures matched (each credited
	// once, by the first predicted mention of its value), and the
	// predicted figures whose values match no gold figure of their file.
	QuantityGold, QuantityMatched, QuantityFalse int
	// Attribution: matched gold figures, and those credited by a claim
	// whose source matches.
	AttributionN, AttributionOK int
	// Stances: gold stances and those matched; the same for the
	// non-asserted polarities; predicted non-asserted stances that match
	// no gold stance (and no optional quote).
	StanceGold, StanceMatched           int
	NonAssertedGold, NonAssertedMatched int
	NonAssertedFalse                    int
	// Discrepancies: required gold discrepancies and those found;
	// predicted discrepancies, those supported by the gold, and those an
	// analyst can act on as they stand (clean).
	DiscrepancyRequired, DiscrepancyFound      int
	DiscrepancyPredicted, DiscrepancySupported int
	DiscrepancyClean                           int
	// DuplicateFindings counts predicted discrepancies whose matched gold
	// claims another predicted discrepancy shows too.
	DuplicateFindings int
	// MustNotLink counts gold must_not_link pairs found together.
	MustNotLink int
	// Frames: figures credited with a gold claim that share a cluster
	// with other credited figures, and those whose gold subject is the
	// cluster's (the most common gold subject among them). A figure of
	// another gold subject was read with the wrong frame (what it counts,
	// when it holds, or where) and compared with figures it is not about.
	FrameN, FrameOK int
	// Dates: report articles that are in the gold, and those whose
	// predicted date is right.
	DateN, DateOK int
	// Outlets: report articles whose gold names an outlet, those given
	// the right outlet, a wrong one (worse than none), or none.
	OutletN, OutletRight, OutletWrong, OutletNone int
	// Findings lists every miss and false positive, in file order.
	Findings []Finding
}

// Finding is one thing the report got wrong.
type Finding struct {
	// Kind is what went wrong: "missed quantity", "false quantity",
	// "wrong source", "missed stance", "false stance", "missed
	// discrepancy", "unsupported discrepancy", "noisy finding",
	// "duplicate finding", "must_not_link", "wrong date", "wrong outlet",
	// "no outlet".
	Kind string
	// File is the article file, when the finding is about one.
	File string
	// Detail says what was expected and what was found.
	Detail string
	// Sentence is the sentence, quote or discrepancy summary concerned.
	Sentence string
}

// ratio is n/d, and 0 when d is 0 (as in score.py).
func ratio(n, d int) float64 {
	if d == 0 {
		return 0
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

// NonAssertedPrecision is matched non-asserted gold stances / (those +
// false non-asserted predictions), score.py's neg_stance_precision.
func (r *Result) NonAssertedPrecision() float64 {
	return ratio(r.NonAssertedMatched, r.NonAssertedMatched+r.NonAssertedFalse)
}

// DiscrepancyRecall is the share of required gold discrepancies found.
func (r *Result) DiscrepancyRecall() float64 {
	return ratio(r.DiscrepancyFound, r.DiscrepancyRequired)
}

// DiscrepancyPrecision is the share of predicted discrepancies supported.
func (r *Result) DiscrepancyPrecision() float64 {
	return ratio(r.DiscrepancySupported, r.DiscrepancyPredicted)
}

// CleanShare is the share of predicted discrepancies that are clean
// (score.py's discrepancy_clean).
func (r *Result) CleanShare() float64 {
	return ratio(r.DiscrepancyClean, r.DiscrepancyPredicted)
}

// DateAccuracy is the share of articles with the right publication date.
func (r *Result) DateAccuracy() float64 { return ratio(r.DateOK, r.DateN) }

// FrameAccuracy is the share of credited figures in shared clusters whose
// gold subject is their cluster's.
func (r *Result) FrameAccuracy() float64 { return ratio(r.FrameOK, r.FrameN) }

// Metrics are the figures score.py prints with --json, under its keys and
// rounded as it rounds them (to 3 decimals).
type Metrics struct {
	QuantityPrecision     float64 `json:"quantity_precision"`
	QuantityRecall        float64 `json:"quantity_recall"`
	QuantityF1            float64 `json:"quantity_f1"`
	AttributionAccuracy   float64 `json:"attribution_accuracy"`
	StanceRecall          float64 `json:"stance_recall"`
	NegStanceRecall       float64 `json:"neg_stance_recall"`
	NegStancePrecision    float64 `json:"neg_stance_precision"`
	DiscrepancyRecall     float64 `json:"discrepancy_recall"`
	DiscrepancyPrecision  float64 `json:"discrepancy_precision"`
	MustNotLinkViolations int     `json:"must_not_link_violations"`
	DiscrepancyClean      float64 `json:"discrepancy_clean"`
	DuplicateFindings     int     `json:"duplicate_findings"`
	PublishedDateAccuracy float64 `json:"published_date_accuracy"`
}

// round3 rounds as Python's round(x, 3): the correctly rounded decimal.
func round3(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	return v
}

// Metrics returns the result as score.py --json reports it.
func (r *Result) Metrics() Metrics {
	return Metrics{
		QuantityPrecision:     round3(r.QuantityPrecision()),
		QuantityRecall:        round3(r.QuantityRecall()),
		QuantityF1:            round3(r.QuantityF1()),
		AttributionAccuracy:   round3(r.AttributionAccuracy()),
		StanceRecall:          round3(r.StanceRecall()),
		NegStanceRecall:       round3(r.NonAssertedRecall()),
		NegStancePrecision:    round3(r.NonAssertedPrecision()),
		DiscrepancyRecall:     round3(r.DiscrepancyRecall()),
		DiscrepancyPrecision:  round3(r.DiscrepancyPrecision()),
		MustNotLinkViolations: r.MustNotLink,
		DiscrepancyClean:      round3(r.CleanShare()),
		DuplicateFindings:     r.DuplicateFindings,
		PublishedDateAccuracy: round3(r.DateAccuracy()),
	}
}

// scorer holds the lookups shared by the metrics, built as score.py
// builds them (later entries win where keys repeat).
type scorer struct {
	gold   *Gold
	rep    *analysis.Report
	gfiles []string                // gold files, in gold order
	gby    map[string]*GoldArticle // gold file -> annotation
	// artFile maps an article ID to the gold file it is ("" when none).
	artFile map[string]string
	// keys memoises keyFile: memberOK asks it of every gold group of
	// every finding, and each answer is a scan of the gold files.
	keys map[string]string
	byID map[string]*analysis.Claim
	// goldSubject maps a predicted claim's ID to the subject of the gold
	// claim it was credited with.
	goldSubject map[string]string
	// discSubjects are the subjects some gold discrepancy is about.
	discSubjects map[string]bool
	res          *Result
}

// Score compares a report with the gold annotation.
func Score(g *Gold, rep *analysis.Report) *Result {
	s := &scorer{gold: g, rep: rep, gby: map[string]*GoldArticle{}, artFile: map[string]string{}, keys: map[string]string{},
		byID: map[string]*analysis.Claim{}, goldSubject: map[string]string{}, discSubjects: map[string]bool{},
		res: &Result{}}
	for i := range g.Articles {
		s.gfiles = append(s.gfiles, g.Articles[i].File)
		s.gby[g.Articles[i].File] = &g.Articles[i]
	}
	for _, a := range rep.Articles {
		s.artFile[a.ID] = s.key(a.File)
	}
	for i := range rep.Claims {
		s.byID[rep.Claims[i].ID] = &rep.Claims[i]
	}
	for _, d := range g.Discrepancies {
		s.discSubjects[d.Subject] = true
	}
	s.quantities()
	s.stances()
	s.discrepancies()
	s.findings()
	s.mustNotLink()
	s.frames()
	s.dates()
	s.outlets()
	sort.SliceStable(s.res.Findings, func(i, j int) bool { return s.res.Findings[i].File < s.res.Findings[j].File })
	return s.res
}

func (s *scorer) add(kind, file, detail, sentence string) {
	s.res.Findings = append(s.res.Findings, Finding{Kind: kind, File: file, Detail: detail, Sentence: sentence})
}

// key is keyFile of path against the gold files, remembered.
func (s *scorer) key(path string) string {
	k, ok := s.keys[path]
	if !ok {
		k = keyFile(path, s.gfiles)
		s.keys[path] = k
	}
	return k
}

// keyFile returns the gold file a report path is: the first one equal to
// it, ending it after a "/", or with the same base name; "" when none.
func keyFile(path string, gfiles []string) string {
	p := strings.ReplaceAll(path, `\`, "/")
	for _, g := range gfiles {
		if p == g || strings.HasSuffix(p, "/"+g) || base(p) == base(g) {
			return g
		}
	}
	return ""
}

func base(p string) string { return p[strings.LastIndex(p, "/")+1:] }

// claimsByID returns the claims the IDs name, skipping unknown IDs.
func (s *scorer) claimsByID(ids []string) []*analysis.Claim {
	out := make([]*analysis.Claim, 0, len(ids))
	for _, id := range ids {
		if c := s.byID[id]; c != nil {
			out = append(out, c)
		}
	}
	return out
}

func (s *scorer) quantities() {
	matched := map[string]map[int]bool{} // gold file -> indexes of gold figures credited
	for _, ga := range s.gold.Articles {
		s.res.QuantityGold += len(ga.Quantities)
	}
	for i := range s.rep.Claims {
		c := &s.rep.Claims[i]
		f := s.artFile[c.Article]
		if c.Kind != analysis.KindQuantity || f == "" {
			continue
		}
		ga := s.gby[f]
		stated := vals(c)
		if !anyQuantity(ga, stated) {
			if s.optional(c, ga) {
				continue
			}
			s.res.QuantityFalse++
			s.add("false quantity", f, fmt.Sprintf("%q = %s", c.Text, fmtValue(c)), c.Sentence)
			continue
		}
		if matched[f] == nil {
			matched[f] = map[int]bool{}
		}
		// One gold figure per stated value (a range states two),
		// preferring the entry whose source matches; a figure already
		// credited earns neither credit nor penalty.
		for _, v := range stated {
			var free, good []int
			for j, q := range ga.Quantities {
				if q.Value == v && !matched[f][j] {
					free = append(free, j)
					if aliasOK(q.Source, c) {
						good = append(good, j)
					}
				}
			}
			if len(free) == 0 {
				continue
			}
			hit := free[0]
			if len(good) > 0 {
				hit = good[0]
			}
			matched[f][hit] = true
			s.res.QuantityMatched++
			s.res.AttributionN++
			s.goldSubject[c.ID] = ga.Quantities[hit].Subject
			if len(good) > 0 {
				s.res.AttributionOK++
			} else {
				q := ga.Quantities[hit]
				s.add("wrong source", f, fmt.Sprintf("%g: got %q (%q), want one of %q", q.Value, c.Source, c.SourceText, q.Source), c.Sentence)
			}
		}
	}
	for _, ga := range s.gold.Articles {
		for j, q := range ga.Quantities {
			if !matched[ga.File][j] {
				s.add("missed quantity", ga.File, fmt.Sprintf("%s %g %s (%s)", q.Approx, q.Value, q.Counts, strings.Join(q.Source, " / ")), q.Quote)
			}
		}
	}
}

// anyQuantity reports whether some gold figure of the article has one of
// the values.
func anyQuantity(ga *GoldArticle, values []float64) bool {
	for _, q := range ga.Quantities {
		for _, v := range values {
			if q.Value == v {
				return true
			}
		}
	}
	return false
}

func fmtValue(c *analysis.Claim) string {
	if c.Value == nil {
		return "?"
	}
	return fmt.Sprintf("%g (%s)", *c.Value, c.Approx)
}

func nonAsserted(p string) bool { return p != string(analysis.Asserted) }

// goldStance returns the index of the first gold stance of the article a
// predicted claim matches by polarity and source, or -1.
func goldStance(ga *GoldArticle, c *analysis.Claim) int {
	for i, st := range ga.Stances {
		if st.Polarity == string(c.Polarity) && aliasOK(st.Source, c) {
			return i
		}
	}
	return -1
}

func (s *scorer) stances() {
	matched := map[string]map[int]bool{}
	for i := range s.rep.Claims {
		c := &s.rep.Claims[i]
		f := s.artFile[c.Article]
		if c.Kind != analysis.KindStance || f == "" {
			continue
		}
		ga := s.gby[f]
		hit := goldStance(ga, c)
		if hit < 0 {
			if s.optional(c, ga) || !nonAsserted(string(c.Polarity)) {
				continue // free-standing assertions are not penalised
			}
			s.res.NonAssertedFalse++
			s.add("false stance", f, fmt.Sprintf("%s by %q", c.Polarity, c.Source), c.Sentence)
			continue
		}
		if matched[f] == nil {
			matched[f] = map[int]bool{}
		}
		matched[f][hit] = true
		s.goldSubject[c.ID] = ga.Stances[hit].Subject
	}
	for _, ga := range s.gold.Articles {
		for j, st := range ga.Stances {
			s.res.StanceGold++
			if nonAsserted(st.Polarity) {
				s.res.NonAssertedGold++
			}
			if !matched[ga.File][j] {
				s.add("missed stance", ga.File, fmt.Sprintf("%s by %s", st.Polarity, strings.Join(st.Source, " / ")), st.Quote)
			}
		}
	}
	// The matched gold stances, read from the entry score.py reads (the
	// last of a file named twice).
	for f, idx := range matched {
		for j := range idx {
			s.res.StanceMatched++
			if nonAsserted(s.gby[f].Stances[j].Polarity) {
				s.res.NonAssertedMatched++
			}
		}
	}
}

// memberOK reports whether one of the claims is the one a gold group
// names: in its file, stating its value, or of its polarity (any kind of
// claim, as in score.py).
func (s *scorer) memberOK(g Group, cs []*analysis.Claim) bool {
	if g.AnyOf != nil {
		for _, alt := range g.AnyOf {
			if s.memberOK(alt, cs) {
				return true
			}
		}
		return false
	}
	want := s.key(g.File)
	for _, c := range cs {
		if s.artFile[c.Article] != want {
			continue
		}
		if g.Value != nil && hasValue(vals(c), *g.Value) {
			return true
		}
		if g.Polarity != "" && string(c.Polarity) == g.Polarity {
			return true
		}
	}
	return false
}

func hasValue(vs []float64, v float64) bool {
	for _, x := range vs {
		if x == v {
			return true
		}
	}
	return false
}

func (s *scorer) discrepancies() {
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
			cs := s.claimsByID(pd.Claims)
			all := true
			for _, g := range gd.MustInclude {
				if !s.memberOK(g, cs) {
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
	// A predicted discrepancy is supported when two of its claims were
	// credited with gold claims of one subject the gold lists as
	// disagreeing (required or not).
	for _, pd := range s.rep.Discrepancies {
		s.res.DiscrepancyPredicted++
		count := map[string]int{}
		for _, id := range pd.Claims {
			if subj, ok := s.goldSubject[id]; ok {
				count[subj]++
			}
		}
		ok := false
		for subj, n := range count {
			if n >= 2 && s.discSubjects[subj] {
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

// goldRef is what a claim of a reported discrepancy stands for: a gold
// claim, nothing the gold knows ("none": a figure that is no gold
// claim), or nothing that counts either way (neutral: an optional quote,
// an unmatched stance, an article outside the gold).
type goldRef struct {
	file    string
	kind    byte // 'q' or 's' for a gold claim, 'n' for none, 0 for neutral
	index   int
	subject string
}

// key identifies the gold claim.
type refKey struct {
	file  string
	kind  byte
	index int
}

func (s *scorer) goldRef(c *analysis.Claim) goldRef {
	f := s.artFile[c.Article]
	if f == "" {
		return goldRef{}
	}
	ga := s.gby[f]
	if c.Kind == analysis.KindQuantity {
		st := vals(c)
		hit, good := -1, -1
		for i, q := range ga.Quantities {
			if !hasValue(st, q.Value) {
				continue
			}
			if hit < 0 {
				hit = i
			}
			if good < 0 && aliasOK(q.Source, c) {
				good = i
			}
		}
		if hit < 0 {
			if s.optional(c, ga) {
				return goldRef{}
			}
			return goldRef{file: f, kind: 'n'}
		}
		if good >= 0 {
			hit = good
		}
		return goldRef{file: f, kind: 'q', index: hit, subject: ga.Quantities[hit].Subject}
	}
	if _, ok := s.goldSubject[c.ID]; ok {
		if i := goldStance(ga, c); i >= 0 {
			return goldRef{file: f, kind: 's', index: i, subject: ga.Stances[i].Subject}
		}
	}
	return goldRef{}
}

// findings scores what the analyst sees. A finding is clean when at least
// two of its claims are gold claims, all of one subject the gold lists as
// disagreeing, and (numeric findings) none of its figures is no gold
// claim at all; optional quotes are neutral. A finding whose gold claims
// another finding shows as well is a duplicate.
func (s *scorer) findings() {
	sets := make([]map[refKey]bool, len(s.rep.Discrepancies))
	for k, pd := range s.rep.Discrepancies {
		var real int
		subjects := map[string]bool{}
		var subjList, noise []string
		set := map[refKey]bool{}
		for _, c := range s.claimsByID(pd.Claims) {
			r := s.goldRef(c)
			switch r.kind {
			case 'q', 's':
				real++
				if !subjects[r.subject] {
					subjects[r.subject] = true
					subjList = append(subjList, r.subject)
				}
				set[refKey{r.file, r.kind, r.index}] = true
			case 'n':
				noise = append(noise, fmt.Sprintf("%q in %s", c.Text, r.file))
			}
		}
		sets[k] = set
		var why []string
		if real < 2 {
			why = append(why, fmt.Sprintf("%d of its claims match gold claims, needs at least 2", real))
		}
		if len(subjList) > 1 {
			why = append(why, "mixes gold subjects "+strings.Join(subjList, ", "))
		}
		for _, subj := range subjList {
			if !s.discSubjects[subj] {
				why = append(why, "gold subject "+subj+" is in no gold discrepancy")
			}
		}
		if len(noise) > 0 && pd.Kind != "stance" {
			why = append(why, "figures that are no gold claim: "+strings.Join(noise, ", "))
		}
		if len(why) == 0 {
			s.res.DiscrepancyClean++
		} else {
			s.add("noisy finding", "", pd.Kind+" "+pd.ID+": "+strings.Join(why, "; "), pd.Summary)
		}
	}
	for i, a := range sets {
		if len(a) < 2 {
			continue
		}
		for j, b := range sets {
			if j == i || !subset(a, b) || (len(a) == len(b) && j > i) {
				continue
			}
			pd, other := s.rep.Discrepancies[i], s.rep.Discrepancies[j]
			s.res.DuplicateFindings++
			s.add("duplicate finding", "", fmt.Sprintf("%s %s: its %d gold claims are all in %s %s", pd.Kind, pd.ID, len(a), other.Kind, other.ID), pd.Summary)
			break
		}
	}
}

// subset reports whether every key of a is in b.
func subset(a, b map[refKey]bool) bool {
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func (s *scorer) mustNotLink() {
	groups := make([][]*analysis.Claim, 0, len(s.rep.Clusters)+len(s.rep.Discrepancies))
	for _, cl := range s.rep.Clusters {
		groups = append(groups, s.claimsByID(cl.Claims))
	}
	for _, d := range s.rep.Discrepancies {
		if d.Kind == "numeric" {
			groups = append(groups, s.claimsByID(d.Claims))
		}
	}
	for _, pair := range s.gold.MustNotLink {
		if len(pair) != 2 {
			continue
		}
		for _, cs := range groups {
			if s.memberOK(pair[0], cs) && s.memberOK(pair[1], cs) {
				s.res.MustNotLink++
				s.add("must_not_link", pair[0].File, fmt.Sprintf("%s %s and %s %s grouped together", pair[0].File, refString(pair[0]), pair[1].File, refString(pair[1])), "")
				break
			}
		}
	}
}

func refString(g Group) string {
	if g.AnyOf != nil {
		var alt []string
		for _, a := range g.AnyOf {
			alt = append(alt, refString(a))
		}
		return "any of (" + strings.Join(alt, ", ") + ")"
	}
	if g.Value != nil {
		return fmt.Sprintf("%g", *g.Value)
	}
	return g.Polarity
}

// dates scores every report article that is in the gold: its date must be
// the gold's or an alternative (null is right only where the gold is null).
func (s *scorer) dates() {
	for _, a := range s.rep.Articles {
		f := s.key(a.File)
		if f == "" {
			continue
		}
		ga := s.gby[f]
		s.res.DateN++
		got := a.Published.String()
		ok := false
		if a.Published.IsZero() {
			ok = ga.Published == nil
		} else {
			ok = ga.Published != nil && *ga.Published == got
			for _, alt := range ga.PublishedAlt {
				ok = ok || alt == got
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
		if got == "" {
			got = "null"
		}
		s.add("wrong date", f, fmt.Sprintf("got %s, want %s", got, want), "")
	}
}

// outlets scores every report article whose gold names an outlet: right
// when OutletMatches, wrong when another outlet was given, none when the
// report gives none. Each wrong one and each missing one is listed with
// the evidence the report gives.
func (s *scorer) outlets() {
	for _, a := range s.rep.Articles {
		f := s.key(a.File)
		if f == "" || strings.TrimSpace(s.gby[f].Outlet) == "" {
			continue
		}
		want := s.gby[f].Outlet
		s.res.OutletN++
		got := strings.TrimSpace(a.Outlet)
		why := ""
		if a.OutletEvidence != "" {
			why = " (" + a.OutletEvidence + ")"
		}
		switch {
		case got == "":
			s.res.OutletNone++
			s.add("no outlet", f, fmt.Sprintf("want %s%s", want, why), "")
		case OutletMatches(got, want):
			s.res.OutletRight++
		default:
			s.res.OutletWrong++
			s.add("wrong outlet", f, fmt.Sprintf("got %s, want %s%s", got, want, why), "")
		}
	}
}

// OutletMatches reports whether the outlet name got names the gold's
// outlet want. The gold may describe the outlet ("CNBC Africa (Reuters)",
// "The Independent (Uganda), from The Star (Kenya)"): its name is what
// comes before a parenthesis or comma, and a carrying agency named in the
// description is not the outlet. Names are compared folded (case,
// punctuation, a leading "The", a trailing ".com"-style domain); got is
// also right when it is the name's leading words ("KBS" for "KBS World")
// or its initials ("GMN" for "Gambella Media Network").
func OutletMatches(got, want string) bool {
	if g := outletWords(got); len(g) > 0 && slices.Equal(g, outletWords(want)) {
		return true // the description itself ("Stabroek News (Reuters)" from a header line)
	}
	name := want
	if i := strings.IndexAny(name, "(,"); i > 0 {
		name = name[:i]
	}
	g, w := outletWords(got), outletWords(name)
	if len(g) == 0 || len(w) == 0 {
		return false
	}
	if strings.Join(g, "") == strings.Join(w, "") {
		return true
	}
	if len(g) < len(w) && slices.Equal(g, w[:len(g)]) {
		return true
	}
	if len(g) == 1 && len(w) >= 2 && len(g[0]) == len(w) {
		for i, word := range w {
			if word[0] != g[0][i] {
				return false
			}
		}
		return true
	}
	return false
}

// outletWords folds an outlet name to lower-case words of letters and
// digits, without a leading "the" or a trailing domain suffix.
func outletWords(s string) []string {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, tld := range []string{".com", ".net", ".org", ".us", ".tv", ".news"} {
		s = strings.TrimSuffix(s, tld)
	}
	words := strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && unicode.IsLetter(r))
	})
	if len(words) > 1 && words[0] == "the" {
		words = words[1:]
	}
	return words
}

// OutletAccuracy is the share of articles with a gold outlet that were
// given the right one.
func (r *Result) OutletAccuracy() float64 { return ratio(r.OutletRight, r.OutletN) }

// Write prints the metrics, then every finding.
func (r *Result) Write(w io.Writer) {
	fmt.Fprintf(w, "quantities:    precision %.3f  recall %.3f  F1 %.3f  (%d of %d gold found, %d false)\n",
		r.QuantityPrecision(), r.QuantityRecall(), r.QuantityF1(), r.QuantityMatched, r.QuantityGold, r.QuantityFalse)
	fmt.Fprintf(w, "attribution:   accuracy %.3f  (%d of %d)\n", r.AttributionAccuracy(), r.AttributionOK, r.AttributionN)
	fmt.Fprintf(w, "stances:       recall %.3f  (%d of %d)\n", r.StanceRecall(), r.StanceMatched, r.StanceGold)
	fmt.Fprintf(w, "non-asserted:  recall %.3f  (%d of %d)  precision %.3f  (%d of %d)\n",
		r.NonAssertedRecall(), r.NonAssertedMatched, r.NonAssertedGold,
		r.NonAssertedPrecision(), r.NonAssertedMatched, r.NonAssertedMatched+r.NonAssertedFalse)
	fmt.Fprintf(w, "discrepancies: recall %.3f  (%d of %d)  precision %.3f  (%d of %d)\n",
		r.DiscrepancyRecall(), r.DiscrepancyFound, r.DiscrepancyRequired,
		r.DiscrepancyPrecision(), r.DiscrepancySupported, r.DiscrepancyPredicted)
	fmt.Fprintf(w, "findings:      clean %.3f  (%d of %d)  duplicates %d\n",
		r.CleanShare(), r.DiscrepancyClean, r.DiscrepancyPredicted, r.DuplicateFindings)
	fmt.Fprintf(w, "must_not_link: %d violations\n", r.MustNotLink)
	fmt.Fprintf(w, "frames:        accuracy %.3f  (%d of %d figures compared with figures of their gold subject)\n",
		r.FrameAccuracy(), r.FrameOK, r.FrameN)
	fmt.Fprintf(w, "dates:         accuracy %.3f  (%d of %d)\n", r.DateAccuracy(), r.DateOK, r.DateN)
	fmt.Fprintf(w, "outlets:       right %d  wrong %d  none found %d  (of %d; accuracy %.3f)\n",
		r.OutletRight, r.OutletWrong, r.OutletNone, r.OutletN, r.OutletAccuracy())
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

// frames checks, cluster by cluster, that the figures compared with one
// another are about one gold subject: each credited figure in a cluster
// with other credited figures counts, and is right when its gold subject
// is the one most of them have (ties: the first in sort order). Every
// figure of another subject is listed as a frame error.
func (s *scorer) frames() {
	for _, cl := range s.rep.Clusters {
		var figs []*analysis.Claim
		count := map[string]int{}
		for _, id := range cl.Claims {
			c := s.byID[id]
			if c == nil || c.Kind != analysis.KindQuantity {
				continue
			}
			gs, ok := s.goldSubject[c.ID]
			if !ok {
				continue
			}
			figs = append(figs, c)
			count[gs]++
		}
		if len(figs) < 2 {
			continue
		}
		best := ""
		for gs, n := range count {
			if n > count[best] || (n == count[best] && gs < best) {
				best = gs
			}
		}
		for _, c := range figs {
			s.res.FrameN++
			gs := s.goldSubject[c.ID]
			if gs == best {
				s.res.FrameOK++
				continue
			}
			why := ""
			if c.Frame != nil && len(c.Frame.Cues) > 0 {
				why = " (frame: " + strings.Join(c.Frame.Cues, "; ") + ")"
			}
			s.add("frame error", s.artFile[c.Article], fmt.Sprintf("%q is %s in the gold, but was grouped in %q with %s%s", c.Text, gs, cl.Label, best, why), c.Sentence)
		}
	}
}
