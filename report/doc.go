// Package report writes a run's analysis.Report as the files users open,
// all or none: it lists the formats (Writers: the JSON report, written
// here; the analysts' workbook, package report/xlsx; the briefing PDF,
// package report/pdf), writes them side by side to temporary files
// (Stage), and gives them their names (Publish, PublishFile), so a night
// never leaves half its reports.
//
// In: an *analysis.Report and the presentation Options. Out: the report
// files in the night's folder, and what a store records to finish a
// publication a killed run began (StagedFile). The writers of one report
// share one analysis.Index, so the joins between claims, clusters,
// discrepancies and articles are made once. Reading the analysts' reviews
// back from a workbook is report/xlsx's ReadReviews.
//
// The arrows point one way: report imports report/xlsx and report/pdf,
// which import analysis and report/format (the Options they share), never
// report.
package report
