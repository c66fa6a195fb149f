package figure_test

import (
	"fmt"

	"crosscheck/analysis/figure"
)

func ExampleFind() {
	text := "Seoul said some 12,000 troops had been sent, Kyiv put it at nearly 8,000, " +
		"and the death toll rose to 471 on Oct. 22, with tens of thousands displaced and $4.5bn in damage."
	for _, m := range figure.Find(text) {
		fmt.Printf("%-20q %-9s %g [%g, %g] unit=%q trend=%q\n", m.Text, m.Approx, m.Value, m.Low, m.High, m.Unit, m.Trend)
	}
	// Output:
	// "some 12,000"        about     12000 [10800, 13200] unit="" trend=""
	// "nearly 8,000"       at_most   8000 [7200, 8000] unit="" trend=""
	// "471"                exact     471 [471, 471] unit="" trend="rising"
	// "tens of thousands"  vague     20000 [20000, 99999] unit="" trend=""
	// "$4.5bn"             exact     4.5e+09 [4.5e+09, 4.5e+09] unit="USD" trend=""
}
