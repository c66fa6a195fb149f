package eval

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/analysis"
)

// The matching rules of score.py, down to the details that decide a
// score: its text normalisation, its word-bounded alias match, and the
// order in which it visits the two ends of a range.

var quotes = strings.NewReplacer("\u2019", "'", "\u201c", `"`, "\u201d", `"`)

// pySpace reports whether Python's str.isspace (and so re's \s) holds for r.
func pySpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

// norm is score.py's norm: curly quotes made straight, runs of white space
// made one space, trimmed, lower case.
func norm(s string) string {
	s = quotes.Replace(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		if pySpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return strings.ToLower(b.String())
}

func alnum(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' }

// wordIn reports whether needle occurs in hay with no letter a-z or digit
// right before or after it (score.py's (?<![a-z0-9])…(?![a-z0-9])).
func wordIn(needle, hay string) bool {
	for i := 0; i <= len(hay); {
		j := strings.Index(hay[i:], needle)
		if j < 0 {
			return false
		}
		k := i + j
		end := k + len(needle)
		if (k == 0 || !alnum(hay[k-1])) && (end == len(hay) || !alnum(hay[end])) {
			return true
		}
		i = k + 1
	}
	return false
}

// aliasOK reports whether a predicted claim's source matches one of the
// gold names: a name found word-bounded in the source or source text, or
// a source (of more than two characters) found word-bounded in a name.
// An empty list matches any source.
func aliasOK(aliases []string, c *analysis.Claim) bool {
	if len(aliases) == 0 {
		return true
	}
	src := norm(c.Source)
	hay := src + " | " + norm(c.SourceText)
	for _, a := range aliases {
		a = norm(a)
		if a == "" {
			continue
		}
		if wordIn(a, hay) {
			return true
		}
		if src != "" && utf8.RuneCountInString(src) > 2 && wordIn(src, a) {
			return true
		}
	}
	return false
}

// optional reports whether a predicted claim's sentence overlaps an
// optional quote of its article (one contains the other), whatever the
// optional item's kind.
func (s *scorer) optional(c *analysis.Claim, ga *GoldArticle) bool {
	sent := norm(c.Sentence)
	for _, o := range ga.Optional {
		q := norm(o.Quote)
		if q != "" && (strings.Contains(sent, q) || sent != "" && strings.Contains(q, sent)) {
			return true
		}
	}
	return false
}

// vals returns the figures a claim states: its value, and both ends when
// it is a range, each once, in the order score.py's set yields them (the
// order decides which gold subject a range is credited with last).
func vals(c *analysis.Claim) []float64 {
	var in []float64
	add := func(p *float64) {
		if p != nil {
			in = append(in, *p)
		}
	}
	add(c.Value)
	switch c.Approx {
	case analysis.Range, "range_low", "range_high":
		add(c.Low)
		add(c.High)
	}
	return pySetOrder(in)
}

// pySetOrder returns the distinct values in the order CPython iterates a
// set built by adding them one by one, for up to four values (a set
// that small keeps its first table of 8 slots): each value goes to slot
// hash&7, or, when taken, along CPython's perturbed probe sequence.
func pySetOrder(in []float64) []float64 {
	if len(in) > 4 {
		panic("eval: pySetOrder holds at most 4 values")
	}
	const mask = 7
	var slot [mask + 1]*float64
	for k := range in {
		v := in[k]
		h := pyHashFloat(v)
		perturb := uint64(h)
		i := uint64(h) & mask
		for {
			if slot[i] == nil {
				slot[i] = &in[k]
				break
			}
			if *slot[i] == v {
				break
			}
			perturb >>= 5
			i = (i*5 + 1 + perturb) & mask
		}
	}
	out := make([]float64, 0, len(in))
	for _, p := range slot {
		if p != nil {
			out = append(out, *p)
		}
	}
	return out
}

// pyHashFloat is CPython's hash of a finite float (_Py_HashDouble): the
// value modulo 2**61-1, so that equal ints and floats hash alike.
func pyHashFloat(v float64) int64 {
	const bits = 61
	const mod = uint64(1)<<bits - 1
	if math.IsInf(v, 0) {
		if v > 0 {
			return 314159
		}
		return -314159
	}
	if math.IsNaN(v) {
		return 0
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign, m = -1, -m
	}
	var x uint64
	for m != 0 {
		x = (x<<28)&mod | x>>(bits-28)
		m *= 268435456.0 // 2**28
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= mod {
			x -= mod
		}
	}
	if e >= 0 {
		e %= bits
	} else {
		e = bits - 1 - ((-1 - e) % bits)
	}
	x = (x<<uint(e))&mod | x>>uint(bits-e)
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}
