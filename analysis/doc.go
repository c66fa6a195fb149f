// Package analysis holds crosscheck's domain types: an Article read from
// an input, the Claims extracted from it, the Clusters (subjects) that
// group claims, the Discrepancies found within a cluster, and the Report
// that joins them for the writers.
//
// The stages that make them are packages of their own, in pipeline order:
//
//	load     bytes of a file -> Documents (text, HTML, JSONL; charsets)
//	clean    Document -> Article: body without page furniture; title, date, outlet
//	nlp      text -> sentences, tokens, tags
//	lexicon  the word lists and tables the stages read
//	figure   text -> figures (numbers, qualifiers, intervals)
//	stance   sentence -> positions (denied, unconfirmed ...) and said-on dates
//	attrib   sentence -> who said it, through whom
//	extract  Article -> Claims (figure + stance + attrib)
//	compare  Claims -> Clusters -> Discrepancies
//
// and package pipeline runs them: per-input work (load, clean, extract) is
// independent and runs on a worker pool; claims are then grouped by a
// subject key and each group is compared on its own.
package analysis
