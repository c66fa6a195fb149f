package report

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"crosscheck/analysis"
	"crosscheck/report/internal/reporttest"
)

// TestWriteJSONRoundTrip checks that the streamed encoding is the report:
// decoding it gives back what encoding/json would.
func TestWriteJSONRoundTrip(t *testing.T) {
	rep := reporttest.FixtureReport(t)
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

// TestJSONNightly checks that the nightly fields are written: the run,
// each article's first night, each discrepancy's mark, dates and review.
func TestJSONNightly(t *testing.T) {
	r := reporttest.NightlyReport(t)
	var buf bytes.Buffer
	if err := WriteJSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	var got, want map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("WriteJSON wrote invalid JSON: %v", err)
	}
	std, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(std, &want); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("WriteJSON output decodes differently from json.Marshal of the report")
	}
	run, _ := got["run"].(map[string]any)
	if run["night"] != "2024-11-05" || run["window_from"] != "2024-10-22" || run["window_days"] != 14.0 || run["stored_articles"] != 1.0 {
		t.Errorf(`"run" = %v, want the night, window and counts`, got["run"])
	}
	art := got["articles"].([]any)[0].(map[string]any)
	if art["first_seen"] != "2024-11-01" || art["status"] != "stored" {
		t.Errorf("articles[0] first_seen, status = %v, %v; want 2024-11-01, stored", art["first_seen"], art["status"])
	}
	for _, d := range got["discrepancies"].([]any) {
		d := d.(map[string]any)
		review, _ := d["review"].(map[string]any)
		if d["mark"] == nil || d["first_seen"] != "2024-11-01" || d["last_changed"] == nil || review["status"] == nil || review["from"] == nil {
			t.Errorf("discrepancy %v lacks mark, first_seen, last_changed or review: %v", d["id"], d)
		}
	}
	// The run comes before the arrays, once; without a run there is no key.
	if i, j := bytes.Index(buf.Bytes(), []byte(`"run": `)), bytes.Index(buf.Bytes(), []byte(`"articles": `)); i < 0 || i > j {
		t.Errorf(`"run" at %d, "articles" at %d; want the run first`, i, j)
	}
	buf.Reset()
	if err := WriteJSON(&buf, reporttest.FixtureReport(t)); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(buf.Bytes(), []byte(`"run"`)) {
		t.Errorf(`WriteJSON(report without a run) has a "run" key`)
	}
	// Deterministic.
	var again bytes.Buffer
	if err := WriteJSON(&again, reporttest.FixtureReport(t)); err != nil || !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Errorf("two writes of the same report differ (%v)", err)
	}
}
