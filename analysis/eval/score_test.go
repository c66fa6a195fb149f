package eval

import (
	"bytes"
	"strings"
	"testing"

	"crosscheck/analysis"
)

func f(v float64) *float64 { return &v }

func quantity(id, article string, v float64, approx analysis.Approx, source, sentence string) analysis.Claim {
	return analysis.Claim{ID: id, Article: article, Kind: analysis.KindQuantity, Value: f(v), Low: f(v), High: f(v),
		Approx: approx, Source: source, Polarity: analysis.Asserted, Sentence: sentence}
}

func stance(id, article string, p analysis.Polarity, source, sentence string) analysis.Claim {
	return analysis.Claim{ID: id, Article: article, Kind: analysis.KindStance, Polarity: p, Source: source, Sentence: sentence}
}

func mustReadGold(tb testing.TB) *Gold {
	tb.Helper()
	g, err := ReadGold("testdata/small.gold.json")
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

func baseReport() *analysis.Report {
	a, _ := analysis.ParseDate("2024-10-19")
	return &analysis.Report{
		Articles: []analysis.Article{
			{ID: "A", File: "a.txt", Published: a},
			{ID: "B", File: "b.txt"},
		},
		Claims: []analysis.Claim{
			quantity("c1", "A", 12000, analysis.Exact, "National Intelligence Service (NIS)", "NIS said North Korea committed 12,000 troops."),
			quantity("c2", "A", 12000, analysis.About, "", "Some 12,000 troops were sent."),
			quantity("c3", "A", 70, analysis.MoreThan, "Yonhap", "on more than 70 occasions"),
			quantity("c4", "A", 2000, analysis.Vague, "", "thousands of troops were sent"),
			quantity("c5", "A", 3, analysis.Exact, "", "three ships docked"),
			quantity("c6", "B", 8000, analysis.AtMost, "U.S. officials (US)", "nearly 8,000 soldiers"),
			stance("s1", "A", analysis.Denied, "North Korea", "North Korea denied it."),
			stance("s2", "A", analysis.Unconfirmed, "NATO", "NATO could not confirm it."),
		},
		Clusters: []analysis.Cluster{
			{ID: "k1", Claims: []string{"c1", "c2", "c6"}},
			{ID: "k2", Claims: []string{"c3"}},
		},
		Discrepancies: []analysis.Discrepancy{
			{ID: "d1", Kind: "numeric", Claims: []string{"c6", "c1"}},
			{ID: "d2", Kind: "numeric", Claims: []string{"c3", "c5"}},
		},
	}
}

func TestScore(t *testing.T) {
	g := mustReadGold(t)
	r := Score(g, baseReport())
	checks := []struct {
		name string
		got  float64
		want float64
	}{
		// 3 gold quantities matched; c5 is false, c4 is optional.
		{"quantity recall", r.QuantityRecall(), 1},
		{"quantity precision", r.QuantityPrecision(), 3.0 / 4},
		// 70 is attributed to Yonhap, not NIS.
		{"attribution", r.AttributionAccuracy(), 2.0 / 3},
		// The denial is found, Seoul's assertion is not.
		{"stance recall", r.StanceRecall(), 1.0 / 2},
		{"non-asserted recall", r.NonAssertedRecall(), 1},
		{"non-asserted precision", r.NonAssertedPrecision(), 1.0 / 2},
		{"discrepancy recall", r.DiscrepancyRecall(), 1},
		{"discrepancy precision", r.DiscrepancyPrecision(), 1.0 / 2},
		{"dates", r.DateAccuracy(), 1},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if r.MustNotLink != 0 {
		t.Errorf("MustNotLink = %d, want 0", r.MustNotLink)
	}
}

func TestScoreViolationsAndMisses(t *testing.T) {
	g := mustReadGold(t)
	rep := baseReport()
	rep.Clusters = append(rep.Clusters, analysis.Cluster{ID: "bad", Claims: []string{"c3", "c1"}})
	rep.Discrepancies = nil
	rep.Articles[1].Published, _ = analysis.ParseDate("2024-11-04")
	rep.Claims = rep.Claims[:len(rep.Claims)-2] // drop the stances
	r := Score(g, rep)
	if r.MustNotLink != 1 {
		t.Errorf("MustNotLink = %d, want 1", r.MustNotLink)
	}
	if got := r.DiscrepancyRecall(); got != 0 {
		t.Errorf("DiscrepancyRecall = %v, want 0", got)
	}
	if got := r.DateAccuracy(); got != 0.5 {
		t.Errorf("DateAccuracy = %v, want 0.5 (b.txt has no date in gold)", got)
	}
	if got := r.NonAssertedRecall(); got != 0 {
		t.Errorf("NonAssertedRecall = %v, want 0", got)
	}
	var buf bytes.Buffer
	r.Write(&buf)
	for _, want := range []string{"must_not_link", "missed discrepancy", "wrong date", "missed stance", "false quantity"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("Write output lacks %q:\n%s", want, buf.String())
		}
	}
}

func TestReadGoldRejectsWrongSchema(t *testing.T) {
	dir := t.TempDir()
	p := dir + "/g.json"
	if err := writeFile(p, `{"schema":"other"}`); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadGold(p); err == nil || !strings.Contains(err.Error(), "schema") {
		t.Errorf("ReadGold(wrong schema) error = %v, want a schema error", err)
	}
}

func TestOutletMatches(t *testing.T) {
	for _, c := range []struct {
		got, want string
		ok        bool
	}{
		{"UPI", "UPI", true},
		{"The Korea Herald", "Korea Herald", true},
		{"News.Az", "News.Az", true},
		{"stuff4auto.com", "stuff4auto.com", true},
		{"stuff4auto", "stuff4auto.com", true},
		{"KBS", "KBS World", true},
		{"GMN", "Gambella Media Network (AP copy)", true},
		{"CNBC Africa", "CNBC Africa (Reuters)", true},
		{"Reuters", "CNBC Africa (Reuters)", false},
		{"Stabroek News (Reuters)", "Stabroek News (Reuters)", true},
		{"The Independent", "The Independent (Uganda), from The Star (Kenya)", true},
		{"The Star", "The Independent (Uganda), from The Star (Kenya)", false},
		{"world news", "Manila Bulletin", false},
		{"Yonhap", "KBS World", false},
		{"The", "The Times", false},
		{"", "WION", false},
		{"Korea Herald", "KBS", false},
	} {
		if got := OutletMatches(c.got, c.want); got != c.ok {
			t.Errorf("OutletMatches(%q, %q) = %v, want %v", c.got, c.want, got, c.ok)
		}
	}
}

func TestScoreOutlets(t *testing.T) {
	g := &Gold{Articles: []GoldArticle{{File: "a.txt", Outlet: "Novinite"}, {File: "b.txt", Outlet: "UPI"}, {File: "c.txt", Outlet: "WION"}, {File: "d.txt"}}}
	rep := &analysis.Report{Articles: []analysis.Article{
		{ID: "A", File: "a.txt", Outlet: "Novinite"},
		{ID: "B", File: "b.txt", Outlet: "Yonhap", OutletEvidence: "menu line"},
		{ID: "C", File: "c.txt", OutletEvidence: "no outlet named on the page"},
		{ID: "D", File: "d.txt", Outlet: "Anything"},
	}}
	r := Score(g, rep)
	if r.OutletN != 3 || r.OutletRight != 1 || r.OutletWrong != 1 || r.OutletNone != 1 {
		t.Fatalf("outlets: n %d right %d wrong %d none %d, want 3 1 1 1", r.OutletN, r.OutletRight, r.OutletWrong, r.OutletNone)
	}
	var buf bytes.Buffer
	r.Write(&buf)
	for _, want := range []string{"outlets:       right 1  wrong 1  none found 1", "wrong outlet             b.txt: got Yonhap, want UPI (menu line)", "no outlet                c.txt: want WION (no outlet named on the page)"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("Write output lacks %q:\n%s", want, buf.String())
		}
	}
}
