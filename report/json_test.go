package report

import (
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"crosscheck/analysis"
	"crosscheck/pipeline"
)

// TestWriteJSONRoundTrip checks that the streamed encoding is the report:
// decoding it gives back what encoding/json would.
func TestWriteJSONRoundTrip(t *testing.T) {
	rep, err := pipeline.Run(context.Background(), pipeline.Config{Inputs: []string{"../fixtures/articles"},
		Now: time.Date(2024, 11, 5, 6, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, rep); err != nil {
		t.Fatal(err)
	}
	var got, want map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("WriteJSON wrote invalid JSON: %v", err)
	}
	std, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(std, &want); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("WriteJSON output decodes differently from json.Marshal of the report")
	}
}

func TestWriteJSONEmptyArrays(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, &analysis.Report{Schema: analysis.Schema}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"inputs": []`, `"articles": []`, `"claims": []`, `"clusters": []`, `"discrepancies": []`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("WriteJSON(empty) = %s, want it to contain %s", buf.String(), want)
		}
	}
}
