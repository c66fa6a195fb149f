package xlsx_test

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/xuri/excelize/v2"

	"crosscheck/analysis"
	"crosscheck/report"
	"crosscheck/report/format"
	"crosscheck/report/xlsx"
)

// ExampleReadReviews writes a workbook, sets a discrepancy's Status and
// notes as an analyst would, and reads the review back.
func ExampleReadReviews() {
	dir, err := os.MkdirTemp("", "crosscheck-example-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	r := &analysis.Report{
		Schema:        analysis.Schema,
		Generated:     "2024-11-05T06:00:00Z",
		Discrepancies: []analysis.Discrepancy{{ID: "d0123456789abcdef", Kind: "numeric", Severity: "high", Subject: "X: troops"}},
	}
	path := filepath.Join(dir, "crosscheck-2024-11-05.xlsx")
	err = report.WriteFileAtomic(path, func(w io.Writer) error { return xlsx.Write(w, analysis.NewIndex(r), format.Options{}) })
	if err != nil {
		fmt.Println(err)
		return
	}

	// The analyst's edit: the Status and Analyst notes of row 2.
	f, err := excelize.OpenFile(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	rows, err := f.GetRows("Discrepancies")
	for i := 0; err == nil && i < len(rows[0]); i++ {
		cell, _ := excelize.CoordinatesToCellName(i+1, 2)
		switch rows[0][i] {
		case "Status":
			err = f.SetCellStr("Discrepancies", cell, "confirmed")
		case "Analyst notes":
			err = f.SetCellStr("Discrepancies", cell, " Matches the ministry’s figure. ")
		}
	}
	if err == nil {
		err = f.Save()
	}
	if err != nil {
		fmt.Println(err)
		return
	}
	f.Close()

	reviews, warnings, err := xlsx.ReadReviews(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, rv := range reviews {
		fmt.Printf("%s %s %q from %s\n", rv.Discrepancy, rv.Status, rv.Notes, rv.From)
	}
	fmt.Println(len(warnings), "warnings")
	// Output:
	// d0123456789abcdef Confirmed "Matches the ministry’s figure." from crosscheck-2024-11-05.xlsx
	// 0 warnings
}
