// Package attrib decides who said a claim and through whom: the speaker
// from reporting verbs, "according to", quotes and sentence subjects, with
// titles and organisations; the outlet carrying it (via); pronouns and
// role nouns resolved to earlier speakers; and a canonical source name
// from package entity's alias table, whose MergeSources settles spelling
// variants across a night.
//
// In: a sentence, the figure's position and the article so far. Out: an
// Attribution (source, source as written, via, kind).
package attrib
