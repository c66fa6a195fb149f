package eval

import (
	"slices"
	"testing"

	"crosscheck/analysis"
)

// The expected orders and hashes were printed by CPython 3.11:
// s = set(); s.add(v) for each value; list(s) — and hash(v).
func TestPySetOrder(t *testing.T) {
	cases := []struct{ in, want []float64 }{
		{[]float64{12000.0, 10000.0, 12000.0}, []float64{12000.0, 10000.0}},
		{[]float64{2.5, 2.0, 3.0}, []float64{3.0, 2.5, 2.0}},
		{[]float64{8.0, 7.0, 9.0}, []float64{8.0, 9.0, 7.0}},
		{[]float64{0.5, 1000000.0, -3.0}, []float64{0.5, 1000000.0, -3.0}},
		{[]float64{1500.0, 1000.0, 2000.0}, []float64{1000.0, 1500.0, 2000.0}},
		{[]float64{24.5, 24.0, 25.0}, []float64{24.5, 24.0, 25.0}},
		{[]float64{100000.0, 90000.0, 110000.0}, []float64{100000.0, 90000.0, 110000.0}},
		{[]float64{3.7, 1.3, 5.2}, []float64{1.3, 3.7, 5.2}},
		{[]float64{-1.0, -2.0, 1.0}, []float64{1.0, -1.0, -2.0}},
		{[]float64{1e+20, 1e+19, 2e+20}, []float64{1e+20, 1e+19, 2e+20}},
		{[]float64{33.0, 1.0, 65.0}, []float64{65.0, 33.0, 1.0}},
		{[]float64{9.0, 1.0, 17.0}, []float64{9.0, 1.0, 17.0}},
	}
	for _, c := range cases {
		if got := pySetOrder(slices.Clone(c.in)); !slices.Equal(got, c.want) {
			t.Errorf("pySetOrder(%v) = %v, want %v", c.in, got, c.want)
		}
	}
	hashes := []struct {
		v    float64
		want int64
	}{
		{0.0, 0}, {1.0, 1}, {-1.0, -2}, {2.5, 1152921504606846978}, {1e+20, 848750603811160107},
		{0.1, 230584300921369408}, {-3.7, -1614090106449586179}, {12000.0, 12000},
		{2.305843009213694e+18, 1}, {1e+300, 1224995262755759164}, {5e-324, 16777216},
	}
	for _, h := range hashes {
		if got := pyHashFloat(h.v); got != h.want {
			t.Errorf("pyHashFloat(%v) = %d, want %d", h.v, got, h.want)
		}
	}
}

func TestAliasOK(t *testing.T) {
	cases := []struct {
		aliases         []string
		source, srcText string
		want            bool
	}{
		{nil, "anyone", "", true},
		{[]string{"NIS"}, "National Intelligence Service (NIS)", "", true},
		{[]string{"US"}, "Russian officials", "", false}, // "us" inside "russian" is no word
		{[]string{"U.S. officials"}, "U.S.", "", true},   // the source inside a name
		{[]string{"Kyiv"}, "", "Kyiv\u2019s  military", true},
		{[]string{"the UN"}, "UN", "", false}, // a source of two letters is too short to look up in names
		{[]string{"Zelensky"}, "Volodymyr Zelenskyy", "", false},
	}
	for _, c := range cases {
		cl := &analysis.Claim{Source: c.source, SourceText: c.srcText}
		if got := aliasOK(c.aliases, cl); got != c.want {
			t.Errorf("aliasOK(%q, %q/%q) = %v, want %v", c.aliases, c.source, c.srcText, got, c.want)
		}
	}
}
