package clean

import (
	"crosscheck/analysis/lexicon"
	"crosscheck/analysis/load"
	"strings"
)

// The article's own list of references ("References", "Notes",
// "Sources" over a list of citations) is part of what the writer
// published: it is kept in the body, after the article's text, so the
// reader sees what the article cites. Its lines are not read for claims:
// a cited headline ("Over 300 dead in floods", 2019) is another article's
// figure, not this one's. analysis.Article.SourcesAt marks where it
// begins.

// sourcesHeadings head a list of references (clean.sourcesHeadings, as
// folded).
var sourcesHeadings = lexicon.Words("clean.sourcesHeadings")

// sourcesHeading reports a line that heads the article's references:
// "References", "Notes:", "References[edit]".
func sourcesHeading(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 40 {
		return false
	}
	if strings.HasSuffix(s, "]") {
		if i := strings.LastIndexByte(s, '['); i > 0 {
			s = s[:i]
		}
	}
	return sourcesHeadings.Has(foldKey(s))
}

// citationLike reports a line with the shape of a citation: a footnote
// mark ("^", "↑", "[3]", "3.") or a year ("(2019)", "Retrieved 12 May
// 2014").
func citationLike(s string) bool {
	s = strings.TrimSpace(s)
	return footnoteMark(s) || listNumberPrefix(s) > 0 || hasYear(s)
}

// footnoteMark reports a line that starts with a footnote's mark: "^",
// "↑", "[3]".
func footnoteMark(s string) bool {
	if strings.HasPrefix(s, "^") || strings.HasPrefix(s, "↑") {
		return true
	}
	if strings.HasPrefix(s, "[") {
		if i := strings.IndexByte(s, ']'); i > 1 && i <= 4 && allDigits(s[1:i]) {
			return true
		}
	}
	return false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// hasYear reports a run of exactly four digits from 1500 to 2099.
func hasYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if !isDigit(s[i]) || i > 0 && isDigit(s[i-1]) {
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i == 4 && (s[i] == '1' && s[i+1] >= '5' || s[i] == '2' && s[i+1] == '0') {
			return true
		}
		i = j
	}
	return false
}

// sourceGap is the most lines that are not citations (the ". 24 August
// 2021." and "." a citation's links split off) a list of references may
// hold between two citations.
const sourceGap = 2

// keepSources keeps the article's list of references: a sources heading
// below the start of the article, and the citations under it up to the
// next heading or the first lines that are not citations. Repeats and
// link-list signals do not remove a citation (a list of references is
// links, and cites one work twice); boilerplate ends the list unless the
// line carries a footnote's mark (a cited "Terms and Conditions"). The
// blocks are marked source so the body puts them last.
func (p *page) keepSources(headline int) {
	kept := false
	for i := range p.blocks {
		b := &p.blocks[i]
		if i == headline || !kept || !sourcesHeading(b.text) {
			kept = kept || b.kept && i != headline
			continue
		}
		cites, last := 0, i
		for j := i + 1; j < len(p.blocks) && j-last <= sourceGap+1; j++ {
			c := p.blocks[j]
			if c.boilerplate && !footnoteMark(strings.TrimSpace(c.text)) || c.heading != "" || c.url || c.marked && c.elem == load.ElemHeading && !sourcesHeading(c.text) {
				break
			}
			if citationLike(c.text) {
				cites++
				last = j
			} else if sourcesHeading(c.text) {
				last = j // "Notes" then "References"
			}
		}
		if cites == 0 {
			continue
		}
		for j := i; j <= last; j++ {
			c := &p.blocks[j]
			c.kept, c.source, c.reason = true, true, "the article's sources"
		}
		return
	}
}
