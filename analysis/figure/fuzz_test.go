package figure

import (
	"math"
	"os"
	"sync"
	"testing"
	"unicode/utf8"
)

var (
	corpusOnce sync.Once
	corpusText string
	corpusErr  error
)

// corpus returns testdata/news.txt, a few KB of news text with page
// furniture.
func corpus(tb testing.TB) string {
	tb.Helper()
	corpusOnce.Do(func() {
		var b []byte
		b, corpusErr = os.ReadFile("testdata/news.txt")
		corpusText = string(b)
	})
	if corpusErr != nil {
		tb.Fatalf("read corpus: %v", corpusErr)
	}
	return corpusText
}

// checkInvariants checks what every result of Find must satisfy.
func checkInvariants(tb testing.TB, text string, ms []Mention) {
	tb.Helper()
	boundary := make([]bool, len(text)+1)
	for i := range text {
		boundary[i] = true
	}
	boundary[len(text)] = true
	prevEnd := 0
	for i, m := range ms {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			tb.Fatalf("Find(%q)[%d] = [%d, %d), out of bounds for length %d", text, i, m.Start, m.End, len(text))
		}
		if !boundary[m.Start] || !boundary[m.End] || !boundary[m.NumStart] || !boundary[m.NumEnd] {
			tb.Errorf("Find(%q)[%d] = %+v, offsets not on rune boundaries", text, i, m)
		}
		if m.Text != text[m.Start:m.End] {
			tb.Errorf("Find(%q)[%d].Text = %q, want %q", text, i, m.Text, text[m.Start:m.End])
		}
		if m.NumStart < m.Start || m.NumEnd > m.End || m.NumStart >= m.NumEnd {
			tb.Errorf("Find(%q)[%d] number [%d, %d) not inside [%d, %d)", text, i, m.NumStart, m.NumEnd, m.Start, m.End)
		}
		if m.Start < prevEnd {
			tb.Errorf("Find(%q)[%d] starts at %d, before the previous end %d", text, i, m.Start, prevEnd)
		}
		prevEnd = m.End
		for _, v := range []float64{m.Value, m.Low, m.High} {
			if math.IsNaN(v) {
				tb.Errorf("Find(%q)[%d] = %+v, has a NaN value", text, i, m)
			}
		}
		if math.IsInf(m.Value, 0) || math.IsInf(m.Low, 0) {
			tb.Errorf("Find(%q)[%d] = %+v, has an infinite value or low end", text, i, m)
		}
		if m.Approx == Range {
			if m.Value != m.Low || !(m.Low < m.High) {
				tb.Errorf("Find(%q)[%d] = %+v, a range must have Value == Low < High", text, i, m)
			}
		} else if !(m.Low <= m.Value && m.Value <= m.High) {
			tb.Errorf("Find(%q)[%d] = %+v, want Low <= Value <= High", text, i, m)
		}
		switch m.Approx {
		case Exact, About, AtLeast, MoreThan, AtMost, LessThan, Range, Vague:
		default:
			tb.Errorf("Find(%q)[%d].Approx = %q, not a known kind", text, i, m.Approx)
		}
		if m.Trend != "" && m.Trend != Rising && m.Trend != Falling {
			tb.Errorf("Find(%q)[%d].Trend = %q", text, i, m.Trend)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, tt := range findTests {
		f.Add(tt.in)
	}
	f.Add(corpus(f))
	for _, s := range []string{
		"\xff\xfe12,000", "12,\x80000", "$", "$$$1", "1,", "1.", ".5", "1e9", "9999999999999999999999999",
		"0.000000000000000000001", "1,000,000,000,000,000,000,000", "between and", "from to",
		"a a a hundred", "half a", "tens of", "several", "one and a half", "seven point",
		"12\u00a0000\u00a0000", "1.2.3.4.5", "+", "-", "1-", "-1", "1--2", "2023-", "\u2028 5 \u2029",
		"twenty-twenty-twenty", "a hundred and", "point five", "3-", "$4.5-", "US$", "Rs.", "₹",
		"more than", "up to up to 5", "5 or", "5 or more than", "trillion trillion", "a dozen dozen",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ms := Find(text)
		checkInvariants(t, text, ms)
		if !utf8.ValidString(text) {
			return
		}
		// Finding again in a copy with a prefix shifts offsets only.
		again := Find("x " + text)
		if len(again) > len(ms)+1 {
			t.Errorf("Find(%q) = %d mentions, but %d after a prefix", text, len(ms), len(again))
		}
	})
}
