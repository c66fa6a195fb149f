package claimpack

import (
	"reflect"
	"strconv"
	"testing"
	"time"

	"crosscheck/analysis"
	"crosscheck/analysis/clean"
	"crosscheck/analysis/corpus"
	"crosscheck/analysis/extract"
	"crosscheck/analysis/load"
	"crosscheck/analysis/nlp"
	"crosscheck/internal/testutil"
)

// normalised returns claims with empty hedge lists as nil, which is how
// they come back unpacked (the JSON is the same either way).
func normalised(cs []analysis.Claim) []analysis.Claim {
	out := append([]analysis.Claim(nil), cs...)
	for i := range out {
		if len(out[i].Hedges) == 0 {
			out[i].Hedges = nil
		}
	}
	return out
}

// TestPackRoundTrip: claims unpacked are the claims packed, field for
// field, for the fixtures, generated pages and hand-made edge cases.
func TestPackRoundTrip(t *testing.T) {
	x := extract.NewExtractor(nlp.Prose{}, extract.ExtractOptions{})
	var sets [][]analysis.Claim
	for _, name := range testutil.FixtureNames(t) {
		d := load.Load(name, testutil.ReadFixture(t, name))[0]
		a := clean.Clean(d, clean.CleanOptions{})
		a.ID = "a" + name
		sets = append(sets, x.Extract(a))
	}
	for i := range 30 {
		g := corpus.Generate(3, i)
		for _, d := range load.Load(g.Name, []byte(g.Text)) {
			a := clean.Clean(d, clean.CleanOptions{})
			a.ID = "a" + g.Name
			sets = append(sets, x.Extract(a))
		}
	}
	v := func(f float64) *float64 { return &f }
	sets = append(sets, []analysis.Claim{
		{ID: "c1", Article: "a1", Kind: analysis.KindQuantity, Sentence: "Some 12,000 “troops” — Кириллица.", Text: "some 12,000",
			Value: v(12000), Low: v(10800), High: v(13200), Approx: analysis.About, Unit: "USD", Counts: "troops", Measure: "troops",
			Scope: "in Kursk", Polarity: analysis.Asserted, Hedges: []string{"reportedly", "allegedly"}, Source: "NIS", SourceText: "the NIS",
			Via: "Yonhap", SaidOn: analysis.Date{Year: 2024, Month: 11, Day: 5}, Subject: "North Korea|troops", Subset: "first group", Trend: "rising",
			Offset: 1234, InHeadline: true},
		{ID: "c2", Article: "a1", Kind: analysis.KindStance, Sentence: "Another sentence.", Polarity: analysis.Denied, Offset: 0},
		{ID: "c3", Article: "other", Kind: analysis.KindQuantity, Sentence: "Some 12,000 “troops” — Кириллица.", Value: v(-0.5),
			High: v(math1e300()), SaidOn: analysis.Date{Year: -44, Month: 3, Day: 15}, Offset: -1},
		{ID: "", Article: "", Sentence: ""},
	})
	total := 0
	for _, cs := range sets {
		b := Pack(cs)
		if got := Count(b); got != len(cs) {
			t.Fatalf("packedCount = %d, want %d", got, len(cs))
		}
		article := ""
		if len(cs) > 0 {
			article = cs[0].Article
		}
		got, err := Unpack(nil, b, article)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(normalised(got), normalised(cs)) {
			for i := range min(len(got), len(cs)) {
				if !reflect.DeepEqual(normalised(got[i:i+1]), normalised(cs[i:i+1])) {
					t.Fatalf("claim %d unpacked as\n%+v\nwant\n%+v", i, got[i], cs[i])
				}
			}
			t.Fatalf("unpacked %d claims, want %d", len(got), len(cs))
		}
		total += len(cs)
	}
	if total < 100 {
		t.Fatalf("only %d claims round-tripped", total)
	}
}

func math1e300() float64 { return 1e300 }

// TestPackCorrupt: a damaged packed slice is an error, never a panic or
// made-up claims.
func TestPackCorrupt(t *testing.T) {
	v := 5.0
	b := Pack([]analysis.Claim{{ID: "c1", Article: "a", Sentence: "Five killed.", Value: &v}, {ID: "c2", Article: "a", Sentence: "Five killed."}})
	for n := 1; n < len(b); n++ {
		got, err := Unpack(nil, b[:n], "a")
		if err == nil {
			t.Errorf("unpacking the first %d of %d bytes: no error, %d claims", n, len(b), len(got))
		}
	}
	if got, err := Unpack(nil, nil, "a"); err != nil || len(got) != 0 {
		t.Errorf("unpacking nothing = %v, %v", got, err)
	}
}

// TestPackEveryField fills every field of a Claim, found by reflection,
// with a value of its own, and checks it survives the round trip: a
// field added to Claim and forgotten here fails this test instead of
// being dropped silently between extraction and the report.
func TestPackEveryField(t *testing.T) {
	var c analysis.Claim
	v := reflect.ValueOf(&c).Elem()
	for i := 0; i < v.NumField(); i++ {
		f, name := v.Field(i), v.Type().Field(i).Name
		fill(t, f, name, i)
	}
	c.Article = "a1" // the article is the packed set's, given to Unpack
	got, err := Unpack(nil, Pack([]analysis.Claim{c}), "a1")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("unpacked %d claims, want 1", len(got))
	}
	gv := reflect.ValueOf(got[0])
	for i := 0; i < v.NumField(); i++ {
		if !reflect.DeepEqual(gv.Field(i).Interface(), v.Field(i).Interface()) {
			t.Errorf("field %s: packed %#v, unpacked %#v", v.Type().Field(i).Name, v.Field(i).Interface(), gv.Field(i).Interface())
		}
	}
}

// fill sets f to a non-zero value that depends on the field's name and
// index, so that two fields swapped by the packer would show.
func fill(t *testing.T, f reflect.Value, name string, i int) {
	t.Helper()
	switch f.Kind() {
	case reflect.String:
		f.SetString(name + "-" + strconv.Itoa(i))
	case reflect.Bool:
		f.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		f.SetInt(int64(100 + i))
	case reflect.Float64:
		f.SetFloat(float64(i) + 0.5)
	case reflect.Pointer:
		p := reflect.New(f.Type().Elem())
		fill(t, p.Elem(), name, i)
		f.Set(p)
	case reflect.Slice:
		s := reflect.MakeSlice(f.Type(), 2, 2)
		fill(t, s.Index(0), name+"0", i)
		fill(t, s.Index(1), name+"1", i)
		f.Set(s)
	case reflect.Struct:
		if f.Type() == reflect.TypeOf(analysis.Date{}) {
			f.Set(reflect.ValueOf(analysis.Date{Year: 2000 + i, Month: time.Month(1 + i%12), Day: 1 + i%28}))
			return
		}
		for j := 0; j < f.NumField(); j++ {
			fill(t, f.Field(j), name+"."+f.Type().Field(j).Name, i+j)
		}
	default:
		t.Fatalf("field %s: kind %s not filled by this test; teach fill about it", name, f.Kind())
	}
}
