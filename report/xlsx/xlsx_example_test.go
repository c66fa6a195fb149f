package xlsx_test

import (
	"bytes"
	"fmt"

	"github.com/xuri/excelize/v2"

	"crosscheck/analysis"
	"crosscheck/report/format"
	"crosscheck/report/xlsx"
)

// ExampleWrite writes a workbook and reads its sheets back.
func ExampleWrite() {
	r := &analysis.Report{
		Schema:    analysis.Schema,
		Generated: "2024-11-05T06:00:00Z",
		Articles:  []analysis.Article{{ID: "a1", File: "story.txt", Status: analysis.StatusOK, Title: "Troops sent"}},
	}
	var buf bytes.Buffer
	if err := xlsx.Write(&buf, analysis.NewIndex(r), format.Options{Marking: "UNCLASSIFIED"}); err != nil {
		fmt.Println(err)
		return
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	title, _ := f.GetCellValue("Articles", "I2")
	fmt.Println(f.GetSheetList())
	fmt.Println(title)
	// Output:
	// [Summary Discrepancies Claims Timeline Articles]
	// Troops sent
}
