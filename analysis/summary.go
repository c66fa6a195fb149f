package analysis

// Summary counts what a report holds, for the lines a reader sees first:
// the command's summary, the workbook's Summary sheet, the briefing's
// coverage. Every writer takes its counts from Summarize, so they agree.
type Summary struct {
	// Articles counts every input; OK, Stored, Skipped and Failed count
	// those that ended with each status (as Report.Counts).
	Articles                    int
	OK, Stored, Skipped, Failed int

	// Claims counts every claim: Figures those of KindQuantity, Positions
	// the others (statements of position).
	Claims, Figures, Positions int
	// Subjects counts the clusters.
	Subjects int

	// Discrepancies counts every discrepancy; Severity counts them by
	// Severity as written ("high", "medium", "low" from the comparison).
	Discrepancies int
	Severity      map[string]int
	// Marked reports whether some discrepancy carries a mark (a store was
	// used); New, Changed and Unchanged count the discrepancies with each
	// mark.
	Marked                  bool
	New, Changed, Unchanged int
	// Reviewed counts the discrepancies whose review says something
	// (Review.Given); Reviews those that carry a Review at all, an Open
	// one without notes included.
	Reviewed, Reviews int
	// Settled counts the discrepancies dismissed by an analyst and
	// unchanged since (Discrepancy.Settled), which the writers list last.
	Settled int
}

// Summarize counts r: one pass over its articles, claims and
// discrepancies.
func Summarize(r *Report) Summary {
	s := Summary{
		Articles:      len(r.Articles),
		Claims:        len(r.Claims),
		Subjects:      len(r.Clusters),
		Discrepancies: len(r.Discrepancies),
		Severity:      map[string]int{},
	}
	for i := range r.Articles {
		switch r.Articles[i].Status {
		case StatusOK:
			s.OK++
		case StatusStored:
			s.Stored++
		case StatusSkipped:
			s.Skipped++
		case StatusFailed:
			s.Failed++
		}
	}
	for i := range r.Claims {
		if r.Claims[i].Kind == KindQuantity {
			s.Figures++
		} else {
			s.Positions++
		}
	}
	for i := range r.Discrepancies {
		d := &r.Discrepancies[i]
		s.Severity[d.Severity]++
		switch d.Mark {
		case MarkNew:
			s.New++
		case MarkChanged:
			s.Changed++
		case MarkUnchanged:
			s.Unchanged++
		}
		s.Marked = s.Marked || d.Mark != ""
		if d.Review != nil {
			s.Reviews++
		}
		if d.Review.Given() {
			s.Reviewed++
		}
		if d.Settled() {
			s.Settled++
		}
	}
	return s
}
