package pipeline

import (
	"testing"
	"time"

	"crosscheck/analysis"
)

// TestReduceUsesConfigSources: Reduce settles the speakers' names with
// the run's source table, the built-in one extended by the config's
// sources, as extraction does. Here a config alias makes "Kim Chaek" the
// university, not a person, so the lone surname "Kim", ambiguous between
// two full names with the built-in table alone, joins the one person
// left: "Kim" and "Kim Jong Un" merge into one speaker, and "Kim Chaek"
// takes the table's canonical name.
func TestReduceUsesConfigSources(t *testing.T) {
	reduce := func(sources map[string][]string) []string {
		rep := NewReport(time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC), nil)
		for i, s := range []string{"Kim Jong Un", "Kim Chaek", "Kim"} {
			rep.Claims = append(rep.Claims, analysis.Claim{
				ID: string(rune('a' + i)), Article: "a1", Kind: analysis.KindStance,
				Polarity: analysis.Asserted, Source: s, SourceText: s,
			})
		}
		Reduce(rep, Config{Sources: sources})
		got := make([]string, len(rep.Claims))
		for i, c := range rep.Claims {
			got[i] = c.Source
		}
		return got
	}
	check := func(what string, got, want []string) {
		t.Helper()
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%s: speakers %q, want %q", what, got, want)
				return
			}
		}
	}
	check("built-in table", reduce(nil), []string{"Kim Jong Un", "Kim Chaek", "Kim"})
	check("config alias", reduce(map[string][]string{"Kim Chaek University of Technology": {"Kim Chaek"}}),
		[]string{"Kim Jong Un", "Kim Chaek University of Technology", "Kim Jong Un"})
}
