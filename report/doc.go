// Package report writes a run's analysis.Report as the files users open:
// report.json for other tools, and (where built) the analysts' workbook
// and the briefing PDF. Every writer takes an io.Writer; WriteAll puts the
// files in place atomically, all or none.
package report
