package load_test

import (
	"crosscheck/analysis/load"
	"fmt"
)

func ExampleLoad() {
	page := []byte(" date 2024-10-31 Seoul confirms troop figures\r\n\r\nAbout 10,000 soldiers are stationed there, officials said.\r\n")
	for _, d := range load.Load("seoul.txt", page) {
		fmt.Println(d.Status, d.Published, d.Title)
		fmt.Printf("%q\n", d.Text)
	}

	feed := []byte(`{"id":"r1","outlet":"Yonhap","published":"Oct. 31, 2024","text":"Pyongyang denied the reports."}
{"id":"r2","text":""}
`)
	for _, d := range load.Load("feed.jsonl", feed) {
		fmt.Println(d.Line, d.Status, d.SourceID, d.Outlet, d.Published, d.Problems)
	}
	// Output:
	// ok 2024-10-31 Seoul confirms troop figures
	// "\nAbout 10,000 soldiers are stationed there, officials said.\n"
	// 1 ok r1 Yonhap 2024-10-31 []
	// 2 failed r2   [line 2: no text: field "text" is empty]
}
