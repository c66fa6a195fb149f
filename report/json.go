package report

import (
	"encoding/json"
	"fmt"
	"io"

	"crosscheck/analysis"
)

// WriteJSON writes r as indented JSON (schema crosscheck.report/v1).
func WriteJSON(w io.Writer, r *analysis.Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}
