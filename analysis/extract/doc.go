// Package extract turns a cleaned Article into Claims: every figure the
// figure package finds that counts something, with its counted phrase,
// measure, scope and subset; every statement of position from stance;
// each with its speaker (attrib), its said-on date and its subject key.
//
// In: an analysis.Article. Out: []analysis.Claim, in article order, with
// stable IDs. An Extractor holds the tables and caches of one run.
package extract
