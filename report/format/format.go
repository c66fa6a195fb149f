// Package format holds what the report writers share and nothing else:
// the presentation Options a night passes to every writer.
//
// In: the operator's settings (marking line, page size, spill folder).
// Out: an Options value, read by report/xlsx and report/pdf and passed
// through by package report, which lists the formats. It imports nothing
// of crosscheck's, so the format packages need not import report.
package format

// Options are the presentation settings shared by the writers.
type Options struct {
	// Marking is a line printed at the top and bottom of every PDF page
	// (and on the workbook's summary), such as "UNCLASSIFIED // FOR
	// OFFICIAL USE ONLY"; empty for none.
	Marking string
	// PageSize is "A4" (the default) or "Letter".
	PageSize string
	// TmpDir is where writers spill what does not fit in memory (the
	// workbook's sheets on a large night); empty means the system's
	// temporary folder. A night points it into its output folder, so a
	// killed run's spill files are found and removed by the next one.
	TmpDir string
}
