package compare

import (
	"crosscheck/analysis"
	"fmt"
	"math"
	"testing"
)

// FuzzCompare builds a night of claims from the fuzzer's bytes (values,
// qualifiers, sources, articles, days, trends, frames, earlier values)
// and compares them: it must never panic, and every finding must hold
// claims of its own cluster, two or more, with its low at most its high,
// a severity, a summary and an ID no other finding has.
func FuzzCompare(f *testing.F) {
	f.Add([]byte{1, 40, 0, 0, 2, 50, 1, 1, 3, 60, 2, 2})
	f.Add([]byte{5, 232, 3, 0, 6, 227, 0, 1, 7, 227, 0, 1, 8, 18, 4, 0})
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 256 {
			return
		}
		arts := mkArticles(t, map[string]string{"a": "2024-10-18", "b": "2024-10-19", "c": "2024-10-25", "d": "2024-11-04"})
		var claims []analysis.Claim
		approxes := []analysis.Approx{analysis.Exact, analysis.About, analysis.AtLeast, analysis.MoreThan, analysis.AtMost, analysis.Range}
		for i := 0; i+3 < len(data); i += 4 {
			b0, v, b2, b3 := data[i], data[i+1], data[i+2], data[i+3]
			val := float64(v) * math.Pow(10, float64(b3%4))
			c := analysis.Claim{
				ID:       fmt.Sprintf("c%03d", i/4),
				Article:  string(rune('a' + b0%4)),
				Kind:     analysis.KindQuantity,
				Sentence: fmt.Sprintf("sentence %d", i),
				Text:     formatNumber(val),
				Value:    fp(val),
				Approx:   approxes[b2%6],
				Polarity: analysis.Asserted,
				Source:   []string{"", "police", "organisers", "ministry"}[b0/4%4],
				Measure:  []string{"killed", "turnout", "cost (USD)"}[b2/6%3],
				Frame:    &analysis.Frame{Kind: analysis.KindCount, Time: analysis.TimeCurrent},
			}
			switch c.Approx {
			case analysis.Exact:
				c.Low, c.High = fp(val), fp(val)
			case analysis.About:
				c.Low, c.High = fp(val*0.9), fp(val*1.1)
			case analysis.AtLeast, analysis.MoreThan:
				c.Low = fp(val)
			case analysis.AtMost:
				c.Low, c.High = fp(0), fp(val)
			case analysis.Range:
				c.Low, c.High = fp(val), fp(val*2)
			}
			if b3&4 != 0 {
				c.Trend = "rising"
			}
			c.Subject = "Ruritania|" + c.Measure
			if b3&8 != 0 {
				c.Frame.Time = analysis.TimeEarlier
				c.Subject += " (earlier)"
			}
			if b3&16 != 0 {
				c.SaidOn = mustDate(t, "2024-10-20")
			}
			claims = append(claims, c)
		}
		clusters := ClusterClaims(claims)
		of := map[string]string{}
		for _, cl := range clusters {
			for _, id := range cl.Claims {
				of[id] = cl.ID
			}
		}
		seen := map[string]bool{}
		for _, d := range Compare(clusters, claims, arts, CompareOptions{Cumulative: func(m string) bool { return m == "killed" }}) {
			if seen[d.ID] {
				t.Fatalf("two findings with ID %s", d.ID)
			}
			seen[d.ID] = true
			if len(d.Claims) < 2 || d.Severity == "" || d.Summary == "" {
				t.Fatalf("finding %+v", d)
			}
			for _, id := range d.Claims {
				if of[id] != d.Cluster {
					t.Fatalf("finding %s holds %s of cluster %s", d.Cluster, id, of[id])
				}
			}
			if d.Low != nil && d.High != nil && *d.Low > *d.High {
				t.Fatalf("finding low %v above high %v", *d.Low, *d.High)
			}
		}
	})
}
