// Package report writes a run's analysis.Report as the files users open:
// the JSON report for other tools, and (where built) the analysts' workbook
// and the briefing PDF. Every writer takes an io.Writer; WriteAll puts the
// files in place atomically, all or none. ReadReviews reads the analysts'
// Status and notes back from an edited workbook, for the next night.
package report
