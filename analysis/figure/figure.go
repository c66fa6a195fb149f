package figure

import (
	"math"
	"sync"
)

// Approx says how a figure bounds the true amount.
type Approx string

// The kinds of bound a figure's wording gives. See the package doc for the
// interval each one yields.
const (
	Exact    Approx = "exact"     // "471"
	About    Approx = "about"     // "about 10,000", "some 12,000"
	AtLeast  Approx = "at_least"  // "at least 13"
	MoreThan Approx = "more_than" // "more than 2,000", "over 500", "1,000-plus"
	AtMost   Approx = "at_most"   // "nearly 8,000", "up to 30%"
	LessThan Approx = "less_than" // "fewer than 100", "under 5%"
	Range    Approx = "range"     // "11,000 to 12,000", "between 200 and 300"
	Vague    Approx = "vague"     // "thousands", "tens of thousands", "dozens"
)

// Trend values: the direction of the change a figure reports.
const (
	Rising  = "rising"  // "rose to 471", "climbed above 500"
	Falling = "falling" // "fell to 3%", "dropped below 100"
)

// Mention is one figure found in text.
type Mention struct {
	// Start and End are the byte offsets in the input of the whole phrase:
	// qualifier, currency sign, number, scale and unit ("some 12,000",
	// "more than $4.5bn", "3.5 per cent").
	Start, End int
	// NumStart and NumEnd are the byte offsets of the number itself, scale
	// words included and currency, unit and qualifier excluded ("12,000",
	// "4.5bn", "three thousand", "tens of thousands", "11,000 to 12,000").
	NumStart, NumEnd int
	// Text is input[Start:End].
	Text string
	// Value is the central value, negative after a minus; for a range, the
	// low end; for a vague amount, the low end of its interval.
	Value float64
	// Low and High are the interval the wording allows; High is
	// math.Inf(1) for an open upper end.
	Low, High float64
	// Approx is the kind of bound.
	Approx Approx
	// Qualifier is the qualifier as written ("some", "More than", "between",
	// "or more", "plus", "+"), "" if none.
	Qualifier string
	// Unit is "" for counts, "%" for percentages and shares, "pp" for
	// percentage points, an ISO 4217 code for money ("USD", "EUR", "GBP",
	// "KRW", "RUB", "JPY", "INR", ...; "GBX" for pence, "cents" for cents),
	// a measure ("km", "miles", "m", "tonnes", "tons", "kg", "ha", "acres",
	// "km2", "sq mi", "m3", "lb", "mph", "km/h", "°", "°C", "°F", "GB",
	// "kW", ...) or a time unit ("hours", "days", "years", ...: see
	// IsDuration).
	Unit string
	// Written reports that the number is in words only ("fifty", "a dozen",
	// "tens of thousands"); "2 million" is not Written.
	Written bool
	// Trend is Rising or Falling when a verb of change comes before the
	// figure ("rose to 471", "fell below 3%"), "" otherwise.
	Trend string
	// Delta reports that the figure is the size of a change, not a level
	// ("rose by 50", "up 3%", "shares fell 2%").
	Delta bool
	// Former reports that the figure is an earlier level that something
	// changed from ("up from 300", "rose from 300 to 471").
	Former bool
}

// Find returns every figure in text, in order of position and without
// overlaps. It never fails: text it cannot read yields no mention.
func Find(text string) []Mention {
	s := pool.Get().(*scanner)
	s.reset(text)
	s.lex()
	s.scan()
	out := s.out
	s.out = nil
	s.text = ""
	if cap(s.toks) > 1<<16 {
		s.toks = nil // do not keep huge buffers alive
	}
	pool.Put(s)
	return out
}

var pool = sync.Pool{New: func() any { return new(scanner) }}

// scanner holds the state of one Find call; it is reused through pool.
type scanner struct {
	text string
	toks []token
	out  []Mention
	// floor is the first token a qualifier may use: tokens before it
	// belong to an earlier figure or to text already rejected.
	floor int
	// formerEnd is the last token of the latest Former figure and
	// formerDir its direction, so that "rose from 300 to 471" makes 471
	// rising.
	formerEnd int
	formerDir string
	// nums counts numerals and number words, to size out.
	nums int
}

func (s *scanner) reset(text string) {
	s.text = text
	s.toks = s.toks[:0]
	s.out = nil
	s.floor = 0
	s.formerEnd = -2
	s.formerDir = ""
	s.nums = 0
}

// interval returns the bounds and Approx for value v under qualifier kind q.
func interval(q qkind, v float64) (lo, hi float64, a Approx) {
	switch q {
	case qAbout:
		if v < 0 {
			return v * 11 / 10, v * 9 / 10, About
		}
		return v * 9 / 10, v * 11 / 10, About
	case qNearly:
		if v < 0 {
			return v, v * 9 / 10, AtMost // "nearly minus 40": [-40, -36]
		}
		return v * 9 / 10, v, AtMost
	case qUpTo:
		return 0, v, AtMost
	case qAtLeast:
		return v, math.Inf(1), AtLeast
	case qMoreThan:
		return v, math.Inf(1), MoreThan
	case qLessThan:
		return 0, v, LessThan
	}
	return v, v, Exact
}
