package pipeline

import (
	"strings"
	"testing"

	"crosscheck/analysis"
	"crosscheck/internal/guard"
)

// TestGuardFailsOneArticle: a fault inside one article's analysis is
// caught, and the article is marked failed with the reason, so the night
// goes on and the article still appears in the outputs.
func TestGuardFailsOneArticle(t *testing.T) {
	if msg := guard.Run(func() {}); msg != "" {
		t.Errorf("guard(no panic) = %q, want \"\"", msg)
	}
	var s []int
	msg := guard.Run(func() { _ = s[3] })
	if !strings.Contains(msg, "index out of range") {
		t.Fatalf("guard(index panic) = %q", msg)
	}
	a := analysis.Article{File: "a.txt", Status: analysis.StatusOK, Body: "text"}
	failInternally(&a, "extraction", msg)
	if a.Status != analysis.StatusFailed || a.Body != "" || len(a.Problems) != 1 || !strings.Contains(a.Problems[0], "internal error during extraction") {
		t.Errorf("failInternally: %+v", a)
	}
}
