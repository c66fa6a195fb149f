package analysis

// stanceCue is a statement of position found in a sentence.
type stanceCue struct {
	// Start and End are the byte offsets of the cue in the sentence
	// ("denied", "could not confirm", "If true").
	Start, End int
	// Polarity is the position the cue expresses.
	Polarity Polarity
	// Cue is the cue as written.
	Cue string
	// Proposition is the text of what is asserted or denied, best effort
	// ("the presence of North Korean troops").
	Proposition string
}

// findStances returns the statements of position in a sentence.
// TODO(stance): placeholder; replaced by the full stance finder.
func findStances(s string) []stanceCue { return nil }

// findHedges returns the hedging words in a sentence ("reportedly").
func findHedges(s string) []string { return nil }

// saidOn resolves when the statement in a sentence was made, from a date
// expression near the reporting verb at verbPos ("on Monday", "last
// week"), against the article's publication date. It returns published
// when the sentence gives no date, and the zero Date when neither is known.
func saidOn(text string, verbPos int, published Date) Date { return published }
