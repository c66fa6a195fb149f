package story

import "testing"

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
