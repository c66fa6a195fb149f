// Package nlp holds the language layer shared by the stages: sentence
// splitting (prose's segmenter, skipped for one-sentence paragraphs),
// tokens with byte offsets, part-of-speech tags from prose's model read
// into a fast hash-table tagger, and named entities.
//
// The Sentence is the one value the later stages share: its text, its
// lower-case copy (Lower) and, once the extractor tags it (TagSentence),
// its Tokens with offsets, lower case and tags. Stance's cue tokens and
// attribution's tokens are cut from its Text and Lower with their own
// boundaries; attribution and the extractor read its tagged Tokens.
//
// In: text. Out: Sentences (text, lower case, offset), Tokens with tags,
// Entities.
package nlp
