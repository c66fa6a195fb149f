// Package pdf writes the briefing: the PDF analysts attach to their
// reports.
//
// In: an analysis.Index of the night's report and the presentation
// options (marking line, page size). Out: a PDF with a title page (the
// coverage and the key findings), one section per discrepancy (a chart or
// table of positions, then the claims) and an appendix of the articles
// read and the method; and, from Warnings, the characters it could not
// show as written.
//
// It imports analysis (the domain types, the index and the summary
// counts) and report/format (the presentation options), never report,
// which lists it among the formats.
package pdf
