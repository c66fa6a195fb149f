package extract

import (
	"crosscheck/analysis"
	"crosscheck/analysis/nlp"
	"math"
	"strings"
	"testing"
)

// FuzzExtract feeds the extractor arbitrary headlines and bodies: it must
// never panic (a panic drops the whole article's claims, reported as an
// internal failure), and every claim it gives must point into the
// article: a sentence of the body or the headline, a figure written in
// it, finite values and an interval that holds the value.
func FuzzExtract(f *testing.F) {
	for _, seed := range [][2]string{
		{"Quake toll passes 5,000", "At least 5,000 people were killed, officials said on Monday."},
		{"Fresh quake toll in Ruritania rises to 65", "As many as 8,151 have died in the April 25 quake. At least 11 people were killed in the May 12 temblor in Sindhupalchok while over 100 people were injured."},
		{"Floods cost at least $10B - planning minister", "Sindhupalchok district accounted for 3,035 deaths, followed by Kathmandu where 1,210 people were killed."},
		{"Kobakhidze: only 3,000 attended", "Thiruvananthapuram: A week after the landslide, around 175 persons are still missing."},
		{"Tax bill would add $1 trillion to deficit", "The package would add $1 trillion to the budget deficit over the next decade. The bill will cost $4.39 trillion from 2018 to 2040."},
		{"Runoff results", "Erdogan has 51.23%, and Kilicdaroglu - 43.05%. Rivals Anies Baswedan and Ganjar Pranowo trailed with roughly 25% and 17%, respectively."},
		{"", "Another strong quake hit the region on Wednesday, killing at least 2 people. The aftershock killed 3 people."},
		{"", "Buildings collapsed in the town of Chautara, killing at least 4 people. The government lowered the toll to about 1,000 from 2,400."},
		{"", "The General Elections Commission began counting. Anies Baswedan secured 24.9 percent of the vote."},
		{"", "Tax Foundation analysis:\n\n\"The plan would cost $1.47 trillion.\"\n\nBy the numbers:\n\nTurnout was 59 percent."},
		{"", "Foreign buyers will need to spend about $5 billion a year, when previous forecasts showed it falling to nearer $2bn."},
		{"", "Odinga emerged second with 6,942,930 votes representing 48%, a lead of 45.3 percent to 38.2 percent over the runner-up, former mayor Ana Ruiz."},
		{"", "İnc's count:\n\n40"},
		{"", "2,000"},
		{"", ", killing 4"},
		{"", "with 5"},
		{"Protest at Plaza de Mayo", "Unions held a rally at Plaza de Mayo in Buenos Aires with some 20,000 people.dead.The toll rose."},
		{"", "Ban rejected the junta's insistence that the relief phase was over. “Police beat marchers,” the commission said. The ministry rejected the allegations."},
		{"", "Doctors who treated the wounded and said 40 had died. The share of votes in support for candidate Ana Ruiz stood at 41 percent."},
		{"", "LES CAYES, Haiti, Aug. 12 (Xinhua) -- 12 were injured when the quake hit on Saturday, officials who previously reported 72 deaths said."},
	} {
		f.Add(seed[0], seed[1])
	}
	x := NewExtractor(nlp.Prose{}, ExtractOptions{})
	pub, _ := analysis.ParseDate("2015-05-13")
	f.Fuzz(func(t *testing.T, title, body string) {
		if len(title) > 300 || len(body) > 2000 {
			return
		}
		a := analysis.Article{ID: "a1", Title: title, Body: body, Published: pub, Status: analysis.StatusOK}
		for _, c := range x.Extract(a) {
			if c.Kind != analysis.KindQuantity {
				continue
			}
			if !strings.Contains(body, c.Sentence) && !strings.Contains(title, c.Sentence) {
				t.Fatalf("claim's sentence %q is in neither the headline nor the body", c.Sentence)
			}
			if c.Value == nil || math.IsNaN(*c.Value) || math.IsInf(*c.Value, 0) {
				t.Fatalf("claim %q has value %v", c.Text, c.Value)
			}
			if c.Low != nil && c.High != nil && *c.Low > *c.High {
				t.Fatalf("claim %q has interval [%v, %v]", c.Text, *c.Low, *c.High)
			}
		}
	})
}
