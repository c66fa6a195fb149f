// Package xlsx writes the analysts' workbook and reads their reviews back
// from it.
//
// In: an analysis.Index of the night's report (Write), or an edited
// workbook (ReadReviews, ReadReviewRows). Out: an .xlsx file with a
// Summary and the Discrepancies, Claims, Timeline and Articles sheets,
// whose Discrepancies sheet carries a Status and notes column for the
// analyst; or the rows of that sheet as the analyst left them, each with
// its discrepancy ID, for the next night to store.
//
// It imports analysis (the domain types, the index and the summary
// counts) and report/format (the presentation options), never report,
// which lists it among the formats.
package xlsx
