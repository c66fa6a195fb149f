// Package clean turns a loaded Document into an Article: the article's
// own paragraphs without the page furniture around them (menus, teaser
// lists, cookie notices, counters, footers), with every removed block
// kept and labelled for `crosscheck inspect`; and the page's metadata:
// title, publication date (never guessed) and outlet. Site furniture is
// learnt across a night's pages by a map (Sign) and a reduce by site
// (LearnFurniture) before any page is cleaned.
//
// In: a load.Document and Options. Out: an analysis.Article with Body,
// Blocks (kept and removed), Title, Published, Outlet and Problems.
package clean
