package lexicon

import "testing"

// TestClassify: a phrase's head noun names what it counts ("North Korean
// soldiers" are troops), but people in general take the measure of what
// happened to them ("evacuated residents" are the displaced).
func TestClassify(t *testing.T) {
	m := DefaultMeasures(nil)
	for phrase, want := range map[string]string{
		"North Korean soldiers":       "troops",
		"evacuated residents":         "displaced",
		"injured people":              "wounded",
		"missing people":              "missing",
		"residents":                   "people",
		"people":                      "people",
		"active missing person cases": "cases",
	} {
		if got := m.Classify(phrase); got != want {
			t.Errorf("Classify(%q) = %q, want %q", phrase, got, want)
		}
	}
}
