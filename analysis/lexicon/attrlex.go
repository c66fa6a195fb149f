package lexicon

import "strings"

// Word sets for attribution: reporting and stance verbs, the words that
// bound a speaker's noun phrase, role nouns. Each is a set of lower-case
// words of data/attrib.json ("attrib.<name>"); see analysis/attrib for how
// they are used.

// verbForm is one written form of a reporting or stance verb.
type verbForm struct {
	Lemma string
	Form  byte // 'b' base, 's' third person, 'd' past or participle, 'g' -ing
}

// Verbs maps every form of the reporting and stance verbs of
// attrib.json's "verbs" to its lemma and form.
var Verbs = verbForms(verbRows("verbs"))

// ThatVerbs maps the forms of the verbs of attrib.json's "thatVerbs",
// which report only with "that" after them ("the judge ruled that …";
// "the party that ruled the country" is none), to lemma and form.
var ThatVerbs = verbForms(verbRows("thatVerbs"))

// verbForms maps every form of a verb table's rows to its lemma and
// form. Each row is base, third person, past (and participle), -ing,
// then other forms: an -ing form or a participle ("writing",
// "written"). A form two rows share goes to the later row.
func verbForms(rows [][]string) map[string]verbForm {
	m := map[string]verbForm{}
	for _, f := range rows {
		lemma := f[0]
		m[f[0]] = verbForm{lemma, 'b'}
		m[f[1]] = verbForm{lemma, 's'}
		for _, p := range f[4:] {
			if strings.HasSuffix(p, "ing") {
				m[p] = verbForm{lemma, 'g'}
			} else {
				m[p] = verbForm{lemma, 'd'}
			}
		}
		if f[2] != f[0] {
			m[f[2]] = verbForm{lemma, 'd'}
		}
		m[f[3]] = verbForm{lemma, 'g'}
	}
	return m
}

// NonClausal verbs take an object, not a clause: their reach ends with
// their clause ("urged Pyongyang to withdraw, with reports indicating…").
var NonClausal = Words("attrib.nonClausal")

// Invertible verbs may come before their speaker after a quotation
// (`"…," said Peskov`).
var Invertible = Words("attrib.invertible")

// ObjectVerbs take the hearer as object ("told Reuters", "informed The
// War Zone"): an outlet there is the channel.
var ObjectVerbs = Words("attrib.objectVerbs")

// Ambiguous forms are also nouns ("reports", "claims"); they are verbs
// only when the tagger says so or, untagged, after a subject.
var Ambiguous = Words("attrib.ambiguous")

// AsVerbs follow "as" in "as reported by", "as quoted by".
var AsVerbs = Words("attrib.asVerbs")

// Determiners open a noun phrase.
var Determiners = Words("attrib.determiners")

// SubjectPronouns stand for an earlier speaker.
var SubjectPronouns = Words("attrib.subjectPronouns")

// BeForms make a participle passive.
var BeForms = Words("attrib.beForms")

// Aux are auxiliaries and negations between a subject and its verb.
var Aux = Words("attrib.aux")

// Catenatives take "to" and a verb ("refused to confirm").
var Catenatives = Words("attrib.catenatives")

// Adverbs are adverbs that are not spelt -ly.
var Adverbs = Words("attrib.adverbs")

// Discourse words open a sentence without being its subject.
var Discourse = Words("attrib.discourse")

// StopWords end a speaker's noun phrase on the left.
var StopWords = Words("attrib.stopWords")

// ParticipleLeads introduce an -ing clause whose subject is the
// sentence's ("in confirming", "after saying").
var ParticipleLeads = Words("attrib.participleLeads")

// Surveyed participles name an outlet that asked the speakers
// ("economists polled by Reuters").
var Surveyed = Words("attrib.surveyed")

// ScopeOpeners start a new attribution clause when they precede a
// speaker ("with reports indicating", "while officials said").
var ScopeOpeners = Words("attrib.scopeOpeners")

// Subordinators open an adverbial clause with a speaker of its own ("…
// claimed victory after the commission said he had won 54.2%"): a cue
// right after one speaks for its own clause.
var Subordinators = Words("attrib.subordinators")

// PersonRoles are nouns for people who speak ("the spokesman").
var PersonRoles = Words("attrib.personRoles")

// GroupNouns are plural nouns for groups of people ("officials").
var GroupNouns = Words("attrib.groupNouns")

// OrgNouns are nouns for bodies ("the ministry").
var OrgNouns = Words("attrib.orgNouns")

// DocNouns are documents that "say" things for their issuer ("the
// statement said", "a report by the agency").
var DocNouns = Words("attrib.docNouns")

// TimeWords make up time expressions ("Last week", "On Monday").
var TimeWords = Words("attrib.timeWords")

// AdjectivesEd are -ed and -ing words that modify nouns in speakers
// ("armed forces", "the ruling party").
var AdjectivesEd = Words("attrib.adjectivesEd")

// CommonVerbs are frequent verbs of news prose, used to end noun
// phrases when the sentence is not tagged.
var CommonVerbs = Words("attrib.commonVerbs")

// Abbrevs keep their final period ("Oct.", "Gen.").
var Abbrevs = Words("attrib.abbrevs")

// Joiners join the parts of a noun phrase but are never one.
var Joiners = Words("attrib.joiners")

// MediaWords head the names of outlets ("Yonhap news agency").
var MediaWords = Words("attrib.mediaWords")

// Prepositions open the adverbials that may follow a postposed cue
// ("said in a statement", "told reporters at a briefing").
var Prepositions = Words("attrib.prepositions")

// CueWords are the statement nouns and verb forms, the words other than
// "according", "citing", "quoting" and "as" that can start a cue.
// Extending attrib.statementNouns rebuilds it.
var CueWords = cueWords()

func cueWords() Set {
	m := Set{}
	for w := range StatementNouns {
		m[w] = true
	}
	for w := range Verbs {
		m[w] = true
	}
	return m
}

func init() {
	OnExtend(func() { CueWords = cueWords() }, "attrib.statementNouns")
}

// StatementNouns report what someone said when a possessive names the
// speaker ("Zelensky's claim that 3,000 soldiers were killed").
var StatementNouns = Words("attrib.statementNouns")
