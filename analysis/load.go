package analysis

import (
	"strings"
)

// Document is one article as loaded from its file, before cleaning: the
// page's text in UTF-8 and whatever metadata the file format itself gives.
type Document struct {
	// File is the path relative to the input folder.
	File string
	// Line is the 1-based line of a JSONL record; 0 otherwise.
	Line int
	// Path is the file's path on disk (set by Run).
	Path string
	// Format is the input format.
	Format Format
	// Text is the page text, UTF-8, lines separated by "\n".
	Text string
	// Title, Outlet, URL and Published are the metadata the format gives
	// (header line, JSON fields, HTML metadata); empty when it gives none.
	Title     string
	Outlet    string
	URL       string
	Published Date
	// Status is ok unless the document could not be used.
	Status Status
	// Problems lists errors and warnings, in words.
	Problems []string
}

// Load turns one file's bytes into documents. file is the name used in
// messages and reports. It never fails: unusable input becomes a Document
// with a non-ok status and the reason.
// TODO(load): placeholder; replaced by the full loader.
func Load(file string, data []byte) []Document {
	return []Document{{File: file, Format: FormatText, Text: strings.ReplaceAll(string(data), "\r\n", "\n"), Status: StatusOK}}
}
