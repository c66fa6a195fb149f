// Package clean turns a loaded Document into an Article: the article's
// own paragraphs without the page furniture around them (menus, teaser
// lists, cookie notices, counters, footers), with every removed block
// kept and labelled for `crosscheck inspect`; and the page's metadata:
// title, publication date (never guessed) and outlet.
//
// In: a load.Document and Options. Out: an analysis.Article with Body,
// Blocks (kept and removed), Title, Published, Outlet and Problems.
package clean
