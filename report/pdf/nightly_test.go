package pdf

import (
	"slices"
	"strings"
	"testing"

	"crosscheck/report/internal/reporttest"
)

// TestPDFNightly checks what a night with a store adds to the briefing:
// the night and window, NEW and CHANGED tags, reviews, and the settled
// discrepancy listed rather than given a section.
func TestPDFNightly(t *testing.T) {
	r := reporttest.MarkedReport()
	doc := readPDF(t, writePDF(t, r, Options{Marking: testMarking}))
	checkPDFPages(t, doc, testMarking)
	text := doc.text()
	flat := strings.Join(strings.Fields(text), " ")
	for _, want := range []string{
		"Night of 5 November 2024 · compared with claims since 29 October 2024 (7-day window)",
		"Articles read | 1 article: 1 analysed tonight, 0 stored from earlier nights, 0 skipped, 0 failed",
		"Since last night | 1 new, 1 changed, 2 unchanged; 3 reviewed (1 dismissed and unchanged since)",
		"Dismissed earlier, unchanged (1)",
		"Analyst review: Follow-up",
		"Call them.",
		"Analyst review: Confirmed",
		"3 reviewed",
		"First reported on 2 November 2024; last changed on 5 November 2024",
		"Night to night",
		"crosscheck briefing · night of 5 November 2024",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("briefing lacks %q", want)
		}
	}
	if n := strings.Count(flat, "Analyst review:"); n != 2 {
		t.Errorf("briefing shows %d analyst reviews, want 2 (an Open review without notes says nothing; the settled one has no section)", n)
	}
	// Sections: four, the settled one has none; tags beside the badges.
	var titles []string
	for _, o := range doc.outline {
		if strings.HasPrefix(o, "2 ") && strings.Contains(o, ". Subject") {
			titles = append(titles, o)
		}
	}
	wantTitles := []string{
		"2 1. Subject 2 (high, changed) (numeric, high, changed)",
		"2 2. Subject 3 (medium, unchanged) (numeric, medium)",
		"2 3. Subject 4 (medium, no mark) (numeric, medium)",
		"2 4. Subject 1 (low, new) (numeric, low, new)",
	}
	if !slices.Equal(titles, wantTitles) {
		t.Errorf("section bookmarks = %q, want %q", titles, wantTitles)
	}
	var cols strings.Builder
	for i := range doc.pages {
		cols.WriteString(doc.columns(i))
	}
	if n := strings.Count(cols.String(), "Subject 0 (high, unchanged)"); n != 1 {
		t.Errorf("the settled discrepancy appears %d times, want once, in the list", n)
	}
	var tags []string
	for _, p := range doc.pages {
		for _, c := range p {
			if c.text == "NEW" || c.text == "CHANGED" {
				tags = append(tags, c.text)
			}
		}
	}
	// In the key findings and under each heading.
	if slices.Sort(tags); !slices.Equal(tags, []string{"CHANGED", "CHANGED", "NEW", "NEW"}) {
		t.Errorf("tags drawn = %q, want NEW and CHANGED twice each", tags)
	}

	t.Run("all settled", func(t *testing.T) {
		r := reporttest.MarkedReport()
		r.Discrepancies = r.Discrepancies[:1]
		doc := readPDF(t, writePDF(t, r, Options{}))
		flat := strings.Join(strings.Fields(doc.text()), " ")
		if !strings.Contains(flat, "No discrepancies need attention tonight: the 1 discrepancy found was dismissed") {
			t.Errorf("briefing does not say that nothing needs attention:\n%s", flat)
		}
	})
	t.Run("no store", func(t *testing.T) {
		doc := readPDF(t, writePDF(t, reporttest.SmallReport(), Options{}))
		for _, unwanted := range []string{"Night of", "Since last night", "CHANGED", "NEW", "Analyst review", "Night to night", "Dismissed earlier"} {
			if strings.Contains(doc.text(), unwanted) {
				t.Errorf("briefing without a store has %q", unwanted)
			}
		}
	})
}

// TestPDFReviewProblems: the problems of the night's review import are
// in the briefing's coverage, which also says who made a review (the
// workbook's Summary sheet is tested in report/xlsx).
func TestPDFReviewProblems(t *testing.T) {
	r := reporttest.ReviewProblemsReport(t)
	doc := readPDF(t, writePDF(t, r, Options{}))
	flat := strings.Join(strings.Fields(doc.text()), " ")
	if !strings.Contains(flat, "Review import") || !strings.Contains(flat, `status "Done" of d0123456789abcdef`) {
		t.Errorf("briefing lacks the review import problems:\n%s", flat)
	}
	if !strings.Contains(flat, "by Jane Analyst, from crosscheck-2024-11-04.xlsx") {
		t.Errorf("briefing does not say who made the review:\n%s", flat)
	}
}
