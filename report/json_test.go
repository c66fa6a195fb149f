package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"crosscheck/analysis"
	"crosscheck/internal/testutil"
	"crosscheck/report/internal/reporttest"
)

// TestFrozenFixtureReport checks that the frozen fixture report the
// writers' goldens are made from decodes without loss: written again, it
// is the same bytes.
func TestFrozenFixtureReport(t *testing.T) {
	want, err := os.ReadFile(filepath.Join(testutil.Root(t), filepath.FromSlash(reporttest.FixtureFile)))
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := WriteJSON(&got, reporttest.FixtureReport(t)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("%s, decoded and written again, differs from the file", reporttest.FixtureFile)
	}
}

// TestWriteJSONDecodes checks that what WriteJSON writes decodes to the
// report it was written from, which the frozen fixture report relies on:
// written again, the decoded report gives the same bytes, and the night's
// fields (the run and its review problems, articles' status and first
// night, discrepancies' marks, dates and reviews) are the same values.
func TestWriteJSONDecodes(t *testing.T) {
	for name, r := range map[string]*analysis.Report{
		"fixture": reporttest.FixtureReport(t), "nightly": reporttest.NightlyReport(t),
		"review problems": reporttest.ReviewProblemsReport(t), "marked": reporttest.MarkedReport(),
		"small": reporttest.SmallReport(),
	} {
		var first, again bytes.Buffer
		if err := WriteJSON(&first, r); err != nil {
			t.Fatal(err)
		}
		got, err := reporttest.DecodeReport(first.Bytes())
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := WriteJSON(&again, got); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first.Bytes(), again.Bytes()) {
			t.Errorf("%s: the decoded report is written differently", name)
		}
		if !reflect.DeepEqual(got.Run, r.Run) || !reflect.DeepEqual(got.Articles, r.Articles) ||
			!reflect.DeepEqual(got.Discrepancies, r.Discrepancies) {
			t.Errorf("%s: the run, the articles or the discrepancies decode differently", name)
		}
	}
}

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
