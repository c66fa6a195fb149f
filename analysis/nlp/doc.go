// Package nlp holds the language layer shared by the stages: sentence
// splitting (prose's segmenter, skipped for one-sentence paragraphs),
// tokens with byte offsets, part-of-speech tags from prose's model read
// into a fast hash-table tagger, and named entities.
//
// In: text. Out: Sentences (text and offset), Tokens with tags, Entities.
package nlp
