// Package entity knows what a speaker's name names: the alias table of
// sources (data/sources.json, extended by config) that turns "Seoul's spy
// agency" and "South Korea's National Intelligence Service (NIS)" into one
// canonical source; the kind of a name (person, organisation, group,
// country, outlet) from its words; name keys that merge romanisation
// variants ("Hwang Joon-kook", "Hwang Jun Kook"); and MergeSources, which
// settles a night's speaker names into entities across its claims.
//
// In: a speaker's words, or a night's claims. Out: a canonical name and
// kind; claims whose Source names one entity per speaker. The table holds
// the caches of one run (an Extractor builds its own).
package entity
