package analysis

// Attribution says who a claim is attributed to and through whom.
type Attribution struct {
	// Source is the canonical name of the speaker ("National Intelligence
	// Service (NIS)"); empty when the text attributes the claim to no one.
	Source string
	// SourceText is the attribution as written ("Seoul's spy agency").
	SourceText string
	// Via is the outlet or channel that carried the claim ("Yonhap").
	Via string
	// Verb is the reporting verb or phrase that links claim and speaker
	// ("said", "according to"); VerbPos is its byte offset in the
	// sentence, -1 when there is none.
	Verb    string
	VerbPos int
}

// attributor finds attributions sentence by sentence, in article order,
// remembering earlier speakers so that pronouns and role nouns ("he said",
// "the ministry") resolve to the nearest fitting one.
// TODO(attribution): placeholder; replaced by the full attributor.
type attributor struct {
	lang    Language
	sources *SourceTable
}

// newAttributor returns an attributor for one article.
func newAttributor(lang Language, sources *SourceTable) *attributor {
	return &attributor{lang: lang, sources: sources}
}

// observe records the speakers named in a sentence; call it for every
// sentence of the article in order, claim or not.
func (a *attributor) observe(s sentence) {}

// attribute returns the attribution of the claim at byte offset pos of s.
func (a *attributor) attribute(s sentence, pos int) Attribution { return Attribution{VerbPos: -1} }

// SourceTable maps the names of speakers and outlets to canonical names.
type SourceTable struct{}

// DefaultSources returns the embedded table extended by extra aliases
// (canonical name -> aliases).
func DefaultSources(extra map[string][]string) *SourceTable { return &SourceTable{} }

// mergeSources gives one canonical Source to claims whose speakers are the
// same person or body written differently across the run (romanisation
// variants, surname alone after the full name).
func mergeSources(claims []Claim) {}
