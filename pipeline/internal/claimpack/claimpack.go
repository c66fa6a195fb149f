// Package claimpack holds a night's claims between extraction and the
// merge in a packed form: one pointer-free byte slice per article, which
// the garbage collector never scans and which is less than half the size
// of the claims it holds. Pack copies the claims' strings out of the
// article's text (the only copy they get on their way); Unpack interns
// the recurring ones (names, measures, subjects) once, at the merge.
//
// In: []analysis.Claim of one article. Out: []byte, and back.
package claimpack

import (
	"crosscheck/analysis"
	"encoding/binary"
	"fmt"
	"math"
	"sync"
	"time"
)

// Between extraction and the merge, each article's claims wait in a
// packed form: one byte slice with no pointers in it. The collector never
// scans it, and it is less than half the size of the claims it holds
// (about 270 bytes a claim against 680), so on a large night the heap the
// collector must mark while the workers read stays small, and collections
// come less often. Names, measures and subjects are interned again when
// the claims are unpacked; a sentence with several claims is stored once.

// Flags of a packed claim.
const (
	packValue = 1 << iota
	packLow
	packHigh
	packHeadline
	packFrame
	packIncident
	packDay
)

// packClaims appends claims, all of one article, to b.
func packClaims(b []byte, claims []analysis.Claim) []byte {
	var sentences map[string]int // sentence -> index, when one repeats
	b = binary.AppendUvarint(b, uint64(len(claims)))
	for i := range claims {
		c := &claims[i]
		b = packString(b, c.ID)
		b = packString(b, c.Article)
		b = packString(b, string(c.Kind))
		// A sentence is written once; later claims in it refer to it by
		// its index plus one (0: the text follows).
		if k, ok := sentences[c.Sentence]; ok {
			b = binary.AppendUvarint(b, uint64(k+1))
		} else {
			if sentences == nil {
				sentences = map[string]int{}
			}
			sentences[c.Sentence] = len(sentences)
			b = binary.AppendUvarint(b, 0)
			b = packString(b, c.Sentence)
		}
		var flags byte
		if c.Value != nil {
			flags |= packValue
		}
		if c.Low != nil {
			flags |= packLow
		}
		if c.High != nil {
			flags |= packHigh
		}
		if c.InHeadline {
			flags |= packHeadline
		}
		if c.Frame != nil {
			flags |= packFrame
			if c.Frame.Incident {
				flags |= packIncident
			}
			if c.Frame.Day != nil {
				flags |= packDay
			}
		}
		b = append(b, flags)
		for _, v := range []*float64{c.Value, c.Low, c.High} {
			if v != nil {
				b = binary.LittleEndian.AppendUint64(b, math.Float64bits(*v))
			}
		}
		for _, s := range []string{c.Text, string(c.Approx), c.Unit, c.Counts, c.Measure, c.Scope,
			string(c.Polarity), c.Source, c.SourceText, c.Entity, c.Via, c.Subject, c.Subset, c.Trend} {
			b = packString(b, s)
		}
		b = binary.AppendUvarint(b, uint64(len(c.Hedges)))
		for _, h := range c.Hedges {
			b = packString(b, h)
		}
		b = binary.AppendVarint(b, int64(c.SaidOn.Year))
		b = binary.AppendUvarint(b, uint64(c.SaidOn.Month))
		b = binary.AppendUvarint(b, uint64(c.SaidOn.Day))
		b = binary.AppendVarint(b, int64(c.Offset))
		if f := c.Frame; f != nil {
			for _, s := range []string{f.Kind, f.Quantity, f.Of, f.Time, f.Event, f.Year, f.Where, f.Side, f.Whose, f.Occasion} {
				b = packString(b, s)
			}
			b = binary.AppendUvarint(b, uint64(len(f.Cues)))
			for _, cue := range f.Cues {
				b = packString(b, cue)
			}
			if d := f.Day; d != nil {
				b = binary.AppendVarint(b, int64(d.Year))
				b = binary.AppendUvarint(b, uint64(d.Month))
				b = binary.AppendUvarint(b, uint64(d.Day))
			}
		}
	}
	return b
}

func packString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// packReader reads what packClaims wrote.
type packReader struct {
	b   []byte
	err error
}

func (r *packReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *packReader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

// bytes returns the next string's bytes, still in the packed slice.
func (r *packReader) bytes() []byte {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.fail()
		return nil
	}
	s := r.b[:n]
	r.b = r.b[n:]
	return s
}

// str returns a copy of the next string; interned ones are shared.
func (r *packReader) str(interned bool) string {
	s := r.bytes()
	if len(s) == 0 {
		return ""
	}
	if interned {
		return analysis.Intern(string(s))
	}
	return string(s)
}

func (r *packReader) fail() {
	if r.err == nil {
		r.err = fmt.Errorf("packed claims are corrupt")
	}
	r.b = nil
}

// Count returns how many claims b holds.
func Count(b []byte) int {
	n, k := binary.Uvarint(b)
	if k <= 0 {
		return 0
	}
	return int(n)
}

// Unpack appends the claims packed in b to dst. article, when it is
// the ID the claims were packed with, is shared rather than copied.
func Unpack(dst []analysis.Claim, b []byte, article string) ([]analysis.Claim, error) {
	if len(b) == 0 {
		return dst, nil // an article without claims
	}
	r := packReader{b: b}
	n := int(r.uvarint())
	var sentences []string
	for i := 0; i < n && r.err == nil; i++ {
		var c analysis.Claim
		c.ID = r.str(false)
		if a := r.bytes(); string(a) == article {
			c.Article = article
		} else {
			c.Article = string(a)
		}
		c.Kind = analysis.ClaimKind(r.str(true))
		if k := r.uvarint(); k == 0 {
			c.Sentence = r.str(false)
			sentences = append(sentences, c.Sentence)
		} else if int(k) <= len(sentences) {
			c.Sentence = sentences[k-1]
		} else {
			r.fail()
		}
		var flags byte
		if len(r.b) > 0 {
			flags, r.b = r.b[0], r.b[1:]
		} else {
			r.fail()
		}
		var vals *[3]float64
		for k, bit := range []byte{packValue, packLow, packHigh} {
			if flags&bit == 0 {
				continue
			}
			if len(r.b) < 8 {
				r.fail()
				break
			}
			if vals == nil {
				vals = new([3]float64) // one allocation for the three
			}
			vals[k] = math.Float64frombits(binary.LittleEndian.Uint64(r.b))
			r.b = r.b[8:]
			switch bit {
			case packValue:
				c.Value = &vals[0]
			case packLow:
				c.Low = &vals[1]
			case packHigh:
				c.High = &vals[2]
			}
		}
		c.InHeadline = flags&packHeadline != 0
		c.Text = r.str(false)
		c.Approx = analysis.Approx(r.str(true))
		c.Unit = r.str(true)
		c.Counts = r.str(false)
		c.Measure = r.str(true)
		c.Scope = r.str(true)
		c.Polarity = analysis.Polarity(r.str(true))
		c.Source = r.str(true)
		c.SourceText = r.str(true)
		c.Entity = r.str(true)
		c.Via = r.str(true)
		c.Subject = r.str(true)
		c.Subset = r.str(true)
		c.Trend = r.str(true)
		if h := r.uvarint(); h > 0 && h <= uint64(len(r.b)) {
			c.Hedges = make([]string, h)
			for k := range c.Hedges {
				c.Hedges[k] = r.str(true)
			}
		}
		c.SaidOn.Year = int(r.varint())
		c.SaidOn.Month = time.Month(r.uvarint())
		c.SaidOn.Day = int(r.uvarint())
		c.Offset = int(r.varint())
		if flags&packFrame != 0 {
			f := &analysis.Frame{Kind: r.str(true), Quantity: r.str(true), Of: r.str(true), Time: r.str(true),
				Event: r.str(true), Year: r.str(true), Where: r.str(true), Side: r.str(true), Whose: r.str(true), Occasion: r.str(true), Incident: flags&packIncident != 0}
			if n := r.uvarint(); n > 0 && n <= uint64(len(r.b)) {
				f.Cues = make([]string, n)
				for k := range f.Cues {
					f.Cues[k] = r.str(true)
				}
			}
			if flags&packDay != 0 {
				d := analysis.Date{Year: int(r.varint())}
				d.Month = time.Month(r.uvarint())
				d.Day = int(r.uvarint())
				f.Day = &d
			}
			c.Frame = f
		}
		if r.err == nil {
			dst = append(dst, c)
		}
	}
	return dst, r.err
}

// packScratch holds the buffers claims are packed in before they are
// copied out at their exact size.
var packScratch = sync.Pool{New: func() any { return new([]byte) }}

// Pack returns claims packed in a slice of their exact size; nil when
// there are none.
func Pack(claims []analysis.Claim) []byte {
	if len(claims) == 0 {
		return nil
	}
	buf := packScratch.Get().(*[]byte)
	*buf = packClaims((*buf)[:0], claims)
	out := append([]byte(nil), *buf...)
	packScratch.Put(buf)
	return out
}
