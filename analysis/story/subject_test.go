package story

import (
	"crosscheck/analysis"
	"testing"
)

func TestSplitSubjectCurrency(t *testing.T) {
	for key, want := range map[string][3]string{
		"Ghana|deficit (USD)":                       {"Ghana", "deficit (USD)", ""},
		"Ghana|deficit (USD) (projected)":           {"Ghana", "deficit (USD)", " (projected)"},
		"deficit (GBP)#a1b2 (projected)":            {"", "deficit (GBP)", " (projected)"},
		"Turkey|inflation (%)":                      {"Turkey", "inflation (%)", ""},
		"Turkey|youth unemployment (%) (projected)": {"Turkey", "youth unemployment (%)", " (projected)"},
		"Syria|killed (troops)":                     {"Syria", "killed", " (troops)"},
		"Israel|turnout (Saturday's protest)":       {"Israel", "turnout", " (Saturday's protest)"},
	} {
		e, m, s := splitSubject(key)
		if got := [3]string{e, m, s}; got != want {
			t.Errorf("splitSubject(%q) = %q, want %q", key, got, want)
		}
	}
}

// TestPlacelessStorySums: in a story none of whose articles names a
// place, a named sum (a deficit) is the story's one budget's, met across
// its articles, not each article's own.
func TestPlacelessStorySums(t *testing.T) {
	claims := []analysis.Claim{
		{ID: "c1", Article: "a", Kind: analysis.KindQuantity, Subject: "deficit (USD)#a", Measure: "deficit (USD)"},
		{ID: "c2", Article: "b", Kind: analysis.KindQuantity, Subject: "deficit (USD)#b", Measure: "deficit (USD)"},
	}
	stories := []analysis.Story{{ID: "s1", Name: "Budget (Apr 2019)", Articles: []string{"a", "b"}}}
	got := Subjects(claims, stories, map[string]int{"a": 0, "b": 0}, tables)
	if got[0].Key == "" || got[0].Key != got[1].Key {
		t.Errorf("subjects %q and %q, want one", got[0].Key, got[1].Key)
	}
}
