// Package lexicon holds the tables the analysis reads: what figures count
// (measures), places, and the word sets and rule tables of the stages,
// loaded once from the JSON files of data/, embedded in the binary.
//
// # Data files
//
//	measures.json  measures and the words that name them (DefaultMeasures)
//	places.json    countries, blocs and regions with demonyms and aliases (DefaultPlaces)
//	attrib.json    word sets of attribution (who said it); the reporting verbs ("verbs"),
//	               the verbs that report only before "that" ("thatVerbs"),
//	               possessive pronouns, British spellings of source names
//	stance.json    word sets of the stance stage: the classes its patterns name, the
//	               guards' sets, date words; the count words of "two days ago" ("counts")
//	rules.json     the stance cue rules and the hedge patterns
//	clean.json     word sets of the cleaner (function words, boilerplate and caption
//	               phrases, time zones, hosts) and the furniture headings ("headings")
//	extract.json   word sets of the extraction stage
//	months.json    the one month table ("months": name or abbreviation -> 1-12) and
//	               the weekdays (name -> 0-6, Sunday 0)
//
// Each file is a JSON object whose "about" says what it holds and how it is
// read. The word files (attrib, stance, clean, extract) hold "sets", an
// object of named lists of words, and may hold other tables named above:
//
//	{
//	 "about": "...",
//	 "sets": {
//	  "negations": ["not", "never", "no", ...],
//	  "contrastives": ["but", "while", ...]
//	 },
//	 "counts": {"a": 1, "two": 2, ...}
//	}
//
// A set is named by its file's stem and its key: "stance.negations",
// "attrib.determiners". Words returns it as a Set, a map[string]bool shared
// by every user (a look-up is a map look-up); List returns its words in
// order, for the code that builds another table from them. Most sets hold
// lower-case words, matched against lower-cased text; a few are written as
// the text writes them (attrib.mastheadWords, clean.dayFirstZones). Where
// two stages kept different lists for the same idea, both are here under
// their stage's names (attrib.determiners and stance.determiners,
// attrib.abbrevs and stance.abbreviations, attrib.mediaWords and
// attrib.mediaHints, attrib.functionWords and clean.functionWords): the
// lists differ, and merging them would change what the stages find.
//
// rules.json holds the stance cue rules as rows:
//
//	{"groups": [
//	  {"polarity": "denied", "rules": [
//	    {"pattern": "[@denyV]", "guard": "denyGuard"},
//	    {"pattern": "[denial|denials]", "guard": "denialNounGuard", "prop": "propDenialNoun"}
//	  ]}, ...],
//	 "hedges": ["[reportedly|allegedly]", ...]}
//
// one group per polarity (unconfirmed, conditional, denied, asserted) in
// matching order. A pattern's "@name" is the word set stance.name; its
// notation is described in rules.json's "about". The guard (which checks
// the context a cue needs) and the prop (which delimits the proposition)
// are named, not written here: they are Go functions of analysis/stance,
// looked up by name when the rules are compiled.
//
// Loading is checked: malformed JSON (with its line), a top-level key a
// file should not have, a set named twice, an empty set, an empty, padded
// or repeated word, a month table without the three-letter abbreviations,
// an unknown polarity, guard, prop or "@class" make the program panic at
// start-up, naming the file and the key.
//
// # Extending
//
// Extend(name, words) and ExtendAll(map of name -> words), for a -config
// file, add words to any named set before analysis starts: sets are
// shared, so every user sees the words, and tables built from a set (the
// compiled stance patterns, the cleaner's phrase index, attrib.mediaHints)
// are rebuilt by the hooks their packages register with OnExtend. Extend
// lower-cases words added to a lower-case set and skips words the set
// has; an unknown set name or an empty word is an error. Extensions are
// process-wide and add up; Reset takes them all out. The tables that
// are not word sets (verbs, counts, headings, months, rules) are not
// extended by name; the measures and places tables are extended through
// DefaultMeasures and DefaultPlaces.
package lexicon
