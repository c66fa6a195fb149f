package entity

import "testing"

// TestGuessedKindPhraseHead: a role before "for" or "of" is the phrase's
// head, whatever name ends it ("a spokesman for the Joint Task Force" is
// a person, "the Ministry of Health" a body).
func TestGuessedKindPhraseHead(t *testing.T) {
	tab := DefaultSources(nil)
	for name, want := range map[string]Kind{
		"spokesman for the Joint Task Force":   Person,
		"head of the national disaster agency": Person,
		"Ministry of Health":                   Org,
		"Joint Task Force":                     Org,
	} {
		if got := tab.GuessedKind(name).Kind; got != want {
			t.Errorf("GuessedKind(%q) = %v, want %v", name, got, want)
		}
	}
}
