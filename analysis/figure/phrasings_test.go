package figure

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// phrasingsFloor is the least number of rows of testdata/phrasings.tsv that
// must pass. Raise it when rows marked known start to pass; never lower it.
const phrasingsFloor = 708

// phrasing is one row of testdata/phrasings.tsv.
type phrasing struct {
	line       int
	text       string // the sentence, without the [[ ]] marks
	start, end int    // the marked phrase in text
	none       bool   // no figure may overlap the phrase
	value      float64
	low, high  float64
	unit       string
	approx     Approx
	known      bool // a known failure
}

// readPhrasings reads testdata/phrasings.tsv.
func readPhrasings(tb testing.TB) []phrasing {
	tb.Helper()
	f, err := os.Open("testdata/phrasings.tsv")
	if err != nil {
		tb.Fatalf("open phrasings: %v", err)
	}
	defer f.Close()
	var rows []phrasing
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p, err := parsePhrasing(line)
		if err != nil {
			tb.Fatalf("testdata/phrasings.tsv:%d: %v", n, err)
		}
		p.line = n
		rows = append(rows, p)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("read phrasings: %v", err)
	}
	return rows
}

// parsePhrasing reads one row: sentence, value, low, high, unit, kind and
// an optional "known", or sentence, "none" and an optional "known".
func parsePhrasing(line string) (phrasing, error) {
	var p phrasing
	cols := strings.Split(line, "\t")
	if n := len(cols); n > 2 && cols[n-1] == "known" {
		p.known = true
		cols = cols[:n-1]
	}
	s := cols[0]
	i := strings.Index(s, "[[")
	j := strings.Index(s, "]]")
	if i < 0 || j < i {
		return p, fmt.Errorf("no [[phrase]] in %q", s)
	}
	p.text = s[:i] + s[i+2:j] + s[j+2:]
	p.start, p.end = i, j-2
	switch {
	case len(cols) == 2 && cols[1] == "none":
		p.none = true
		return p, nil
	case len(cols) != 6:
		return p, fmt.Errorf("want 6 columns or sentence and none, got %d", len(cols))
	}
	num := func(c string) (float64, error) {
		switch c {
		case "=":
			return p.value, nil
		case "inf":
			return math.Inf(1), nil
		}
		return strconv.ParseFloat(c, 64)
	}
	var err error
	if p.value, err = num(cols[1]); err != nil {
		return p, err
	}
	if p.low, err = num(cols[2]); err != nil {
		return p, err
	}
	if p.high, err = num(cols[3]); err != nil {
		return p, err
	}
	if p.unit = cols[4]; p.unit == "-" {
		p.unit = ""
	}
	p.approx = Approx(cols[5])
	return p, nil
}

// check returns "" when Find reads the row as it says, or what went wrong.
func (p phrasing) check() string {
	ms := Find(p.text)
	var hit []Mention
	for _, m := range ms {
		if m.NumStart < p.end && p.start < m.NumEnd {
			hit = append(hit, m)
		}
	}
	if p.none {
		if len(hit) > 0 {
			return fmt.Sprintf("found %q = %g %s, want no figure", hit[0].Text, hit[0].Value, hit[0].Unit)
		}
		return ""
	}
	if len(hit) != 1 {
		var texts []string
		for _, m := range hit {
			texts = append(texts, m.Text)
		}
		return fmt.Sprintf("%d figures on the phrase %q, want 1", len(hit), texts)
	}
	m := hit[0]
	close := func(a, b float64) bool {
		if a == b {
			return true
		}
		if math.IsInf(a, 0) || math.IsInf(b, 0) {
			return false
		}
		return math.Abs(a-b) <= 1e-6*math.Max(math.Abs(a), math.Abs(b))
	}
	if !close(m.Value, p.value) || !close(m.Low, p.low) || !close(m.High, p.high) || m.Unit != p.unit || m.Approx != p.approx {
		return fmt.Sprintf("got %q = %g [%g, %g] unit %q %s, want %g [%g, %g] unit %q %s",
			m.Text, m.Value, m.Low, m.High, m.Unit, m.Approx, p.value, p.low, p.high, p.unit, p.approx)
	}
	return ""
}

// TestPhrasings runs testdata/phrasings.tsv: every row not marked known
// must pass, and at least phrasingsFloor rows must pass in all.
func TestPhrasings(t *testing.T) {
	rows := readPhrasings(t)
	if len(rows) < 600 {
		t.Errorf("testdata/phrasings.tsv has %d rows, want at least 600", len(rows))
	}
	pass, known := 0, 0
	for _, p := range rows {
		msg := p.check()
		switch {
		case msg == "":
			pass++
			if p.known {
				t.Logf("testdata/phrasings.tsv:%d: passes now; drop its known mark: %s", p.line, p.text)
			}
		case p.known:
			known++
			if testing.Verbose() {
				t.Logf("testdata/phrasings.tsv:%d: known failure: Find(%q): %s", p.line, p.text, msg)
			}
		default:
			t.Errorf("testdata/phrasings.tsv:%d: Find(%q): %s", p.line, p.text, msg)
		}
	}
	t.Logf("%d of %d phrasings pass (%d known failures)", pass, len(rows), known)
	if pass < phrasingsFloor {
		t.Errorf("%d phrasings pass, fewer than the floor %d", pass, phrasingsFloor)
	}
}
