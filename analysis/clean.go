package analysis

import "strings"

// CleanOptions configures Clean.
type CleanOptions struct {
	// Outlets maps hosts or signatures to outlet names (extends the
	// embedded table).
	Outlets map[string]string
}

// Clean separates the article's own text from page furniture and fills
// in title, outlet and date.
// TODO(clean): placeholder; replaced by the full cleaner.
func Clean(doc Document, opt CleanOptions) Article {
	a := Article{File: doc.File, Line: doc.Line, Format: doc.Format, Path: doc.Path, Title: doc.Title, Outlet: doc.Outlet, URL: doc.URL, Published: doc.Published, Status: StatusOK, Problems: doc.Problems}
	a.Body = strings.TrimSpace(doc.Text)
	a.BodyChars = len([]rune(a.Body))
	return a
}
