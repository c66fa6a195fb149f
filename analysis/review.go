package analysis

import (
	"strings"
	"unicode"
)

// ParseReviewStatus returns the review status s names, spelled as in
// ReviewStatuses, and whether it names one. Case, surrounding space and
// the hyphen of Follow-up do not matter ("follow up" is Follow-up);
// empty is Open, and so is "New", the default the workbook's drop-down
// offered before reviews were carried over from night to night.
func ParseReviewStatus(s string) (string, bool) {
	key := reviewStatusKey(s)
	if key == "" || key == "new" {
		return ReviewOpen, true
	}
	for _, st := range ReviewStatuses {
		if reviewStatusKey(st) == key {
			return st, true
		}
	}
	return "", false
}

// reviewStatusKey lower-cases a status and drops its spaces, hyphens and
// underscores.
func reviewStatusKey(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\u00a0', '-', '\u2010', '\u2011', '\u2013', '_':
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

// Given reports whether a review says anything: a status other than Open
// (or one that is not a review status at all), or notes. A workbook gives
// every discrepancy an Open review without notes until an analyst touches
// it; that, like a nil review, is not a review given.
func (rv *Review) Given() bool {
	if rv == nil {
		return false
	}
	status, ok := ParseReviewStatus(rv.Status)
	return !ok || status != ReviewOpen || strings.TrimSpace(rv.Notes) != ""
}
