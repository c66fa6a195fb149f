package stance

import (
	"crosscheck/analysis"
	"crosscheck/analysis/lexicon"
	"testing"
)

// TestRuleNames checks that the guards and proposition functions looked up
// by name are the ones rules.json names, no more: a function left out of
// the data would be dead code.
func TestRuleNames(t *testing.T) {
	groups, _ := lexicon.StanceRules()
	usedG, usedP := map[string]bool{}, map[string]bool{}
	for _, g := range groups {
		for _, r := range g.Rules {
			usedG[r.Guard], usedP[r.Prop] = true, true
		}
	}
	for name := range guards {
		if !usedG[name] {
			t.Errorf("guard %s is named by no rule of rules.json", name)
		}
	}
	for name := range props {
		if !usedP[name] {
			t.Errorf("prop %s is named by no rule of rules.json", name)
		}
	}
	if len(rules) != len(groups) {
		t.Errorf("%d rule groups compiled, rules.json has %d", len(rules), len(groups))
	}
}

// TestExtendClass checks that extending a word set a pattern names
// recompiles the patterns.
func TestExtendClass(t *testing.T) {
	t.Cleanup(lexicon.Reset)
	const s = "Pakistan's foreign ministry gainsaid that its air force had struck targets inside Afghanistan."
	if got := findStances(s); len(got) != 0 {
		t.Fatalf("before Extend: %+v, want none", got)
	}
	if err := lexicon.Extend("stance.denyV", []string{"gainsay", "gainsays", "gainsaid"}); err != nil {
		t.Fatal(err)
	}
	got := findStances(s)
	if len(got) != 1 || got[0].Polarity != analysis.Denied || got[0].Cue != "gainsaid" {
		t.Errorf("after Extend: %+v, want one denial by %q", got, "gainsaid")
	}
	lexicon.Reset()
	if got := findStances(s); len(got) != 0 {
		t.Errorf("after Reset: %+v, want none", got)
	}
}
