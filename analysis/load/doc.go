// Package load turns the bytes of one input file into Documents: plain
// text (with crosscheck's optional header line), saved HTML pages (the
// article text, title, date and site name through go-trafilatura, behind
// one file) and JSONL (one article per line). It decodes charsets (byte
// order marks, HTML declarations, Windows-1252 for invalid UTF-8) and
// refuses binary files, each problem named on the Document.
//
// In: a file name and its bytes. Out: []Document, one per article, with
// a Status and Problems; nothing is read from disk here.
package load
