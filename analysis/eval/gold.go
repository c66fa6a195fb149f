// Package eval scores a crosscheck report against a hand-annotated gold
// file (schema crosscheck.gold/v1, described in fixtures/gold/README.md):
// quantity precision and recall, attribution accuracy, stance recall and
// precision, discrepancy recall and precision, clean and duplicate
// findings, must_not_link violations and publication-date accuracy, with
// every miss and false positive listed. The metrics are those of the
// reference scorer, score.py (beside the shared gold files), rule for
// rule: where the two disagree, score.py is right.
package eval

import (
	"encoding/json"
	"fmt"
	"os"
)

// GoldSchema is the schema name a gold file must carry.
const GoldSchema = "crosscheck.gold/v1"

// Gold is a parsed gold file.
type Gold struct {
	Schema        string            `json:"schema"`
	Articles      []GoldArticle     `json:"articles"`
	Discrepancies []GoldDiscrepancy `json:"discrepancies"`
	// MustNotLink lists pairs of claims that count different things.
	MustNotLink [][]Group `json:"must_not_link"`
}

// GoldArticle is the annotation of one input file.
type GoldArticle struct {
	File         string         `json:"file"`
	Published    *string        `json:"published"`
	PublishedAlt []string       `json:"published_alt"`
	Outlet       string         `json:"outlet"`
	Quantities   []GoldQuantity `json:"quantities"`
	Stances      []GoldStance   `json:"stances"`
	Optional     []GoldOptional `json:"optional"`
	NotClaims    []string       `json:"not_claims"`
}

// GoldQuantity is one numeric claim a reader must find.
type GoldQuantity struct {
	Value   float64  `json:"value"`
	Approx  string   `json:"approx"`
	Counts  string   `json:"counts"`
	Subject string   `json:"subject"`
	Source  []string `json:"source"`
	Quote   string   `json:"quote"`
}

// GoldStance is one statement of position a reader must find.
type GoldStance struct {
	Polarity string   `json:"polarity"`
	Subject  string   `json:"subject"`
	Source   []string `json:"source"`
	Quote    string   `json:"quote"`
}

// GoldOptional is a claim that is neither required nor penalised.
type GoldOptional struct {
	Kind     string   `json:"kind"`
	Polarity string   `json:"polarity"`
	Source   []string `json:"source"`
	Quote    string   `json:"quote"`
}

// GoldDiscrepancy is a disagreement a reader must be shown.
type GoldDiscrepancy struct {
	Kind        string  `json:"kind"`
	Subject     string  `json:"subject"`
	About       string  `json:"about"`
	MustInclude []Group `json:"must_include"`
	// Required is false for a defensible flag that may rightly be left out.
	Required *bool `json:"required"`
}

// IsRequired reports whether the discrepancy must be found.
func (d GoldDiscrepancy) IsRequired() bool { return d.Required == nil || *d.Required }

// Ref names a claim by file and value (quantities) or polarity (stances).
type Ref struct {
	File     string   `json:"file"`
	Value    *float64 `json:"value"`
	Polarity string   `json:"polarity"`
}

// Group is one must_include (or must_not_link) entry: a single Ref, or
// alternatives in AnyOf. As in score.py, an "any_of" key, even an empty
// list, makes the group its alternatives only, and alternatives may nest.
type Group struct {
	Ref
	AnyOf []Group `json:"any_of"`
}

// ReadGold reads and checks a gold file.
func ReadGold(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("gold %s: %w", path, err)
	}
	if g.Schema != GoldSchema {
		return nil, fmt.Errorf("gold %s: schema %q, want %q", path, g.Schema, GoldSchema)
	}
	return &g, nil
}
