package clean

import (
	"crosscheck/analysis"
	"crosscheck/analysis/lexicon"
	"crosscheck/analysis/load"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// This file finds an article's title, publication date and outlet when
// the document's own metadata does not give them, from the page blocks
// judged by Clean. Metadata from the document always wins, except a title
// that does not look like one ("Open in App").

// title returns the article's title and the index of the block that shows
// it (-1 when no block does).
//
// The document's title is used when it is plausible: it appears on the page
// above the end of the article (possibly behind a "Country: " kicker), or
// it reads like a headline (four words or more from a text header, two
// from JSON or HTML metadata) and is not a menu or boilerplate phrase.
// Otherwise the title is the nearest headline-like block above the
// article, and failing that the document's title if it is not
// boilerplate.
func (p *page) title() (string, int) {
	limit := p.end
	if limit == 0 {
		limit = len(p.blocks)
	}
	if dt := strings.Join(strings.Fields(p.doc.Title), " "); dt != "" && plausibleTitle(dt, 3) {
		k := foldKey(dt)
		for i := range limit {
			b := p.blocks[i]
			if b.furniture == "teaser list" || b.prose || b.marked && b.elem == load.ElemPre || codeLike(b.core) {
				continue // a line of code that names the title is no headline
			}
			if b.key == k || strings.HasSuffix(b.key, " "+k) && len(b.key) < 2*len(k) {
				return dt, i
			}
		}
		// A title field of JSON or HTML metadata is the publisher's own; a
		// plain-text header line is less reliable ("Open in App").
		minWords := 4
		if p.doc.Format == analysis.FormatJSONL || p.doc.Format == analysis.FormatHTML {
			minWords = 2
		}
		if plausibleTitle(dt, minWords) {
			return dt, -1
		}
	}
	i := p.headlineCandidate()
	if i < 0 {
		// Nothing better on the page: a short title is still a title.
		if dt := strings.Join(strings.Fields(p.doc.Title), " "); plausibleTitle(dt, 1) {
			return dt, -1
		}
		return "", -1
	}
	return p.stripKicker(p.blocks[i].core), i
}

// plausibleTitle reports whether s reads like a headline of at least
// minWords words: not a menu or boilerplate phrase, not a date, not a
// furniture heading.
func plausibleTitle(s string, minWords int) bool {
	n := len(strings.Fields(s))
	if n < minWords || n > load.MaxTitleWords || headingKind(s) != "" || isBoilerplate(s, n) || isListNumber(s) {
		return false
	}
	hasLetter := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			hasLetter = true
			break
		}
	}
	return hasLetter && !(n <= 8 && hasDate(s) && fewBesideDate(s))
}

// fewBesideDate reports whether a line with a date says little else:
// fewer than three words that are no part of a date or time ("Tuesday 3
// June 2025 12:19", "Updated: June 3, 2025 at 9:14 am"). "Turnout record
// for July 1 march" is a headline with a date in it.
func fewBesideDate(s string) bool {
	n := 0
	for _, w := range strings.Fields(s) {
		w = strings.ToLower(strings.Trim(w, ".,:;|()[]-–—/"))
		_, weekday := lexicon.Weekdays[w]
		if w == "" || strings.IndexFunc(w, unicode.IsLetter) < 0 || monthNumber[w] != 0 || weekday || dateFiller[w] {
			continue
		}
		n++
	}
	return n < 3
}

// dateFiller are the words around a dateline's date and time, besides
// the names of months and weekdays (lexicon.Months, lexicon.Weekdays).
var dateFiller = map[string]bool{
	"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
	"am": true, "pm": true, "a.m": true, "p.m": true, "at": true, "on": true, "of": true, "the": true,
	"updated": true, "published": true, "posted": true, "last": true, "modified": true, "date": true,
	"gmt": true, "utc": true, "bst": true, "cet": true, "est": true, "edt": true, "pst": true, "ist": true,
	"st": true, "nd": true, "rd": true, "th": true,
}

// headlineCandidate returns the nearest headline-like block above the
// article, preferring one of four to 25 words over a three-word line or a
// long summary. A short line naming an outlet ("The Riverside Courier")
// is not a headline.
func (p *page) headlineCandidate() int {
	fallback := -1
	for i, seen := p.start-1, 0; i >= 0 && seen < 8; i-- {
		b := p.blocks[i]
		if !b.headlineLike || b.bullet || (b.furniture != "" && b.furniture != "repeated block") ||
			!plausibleTitle(b.core, 3) {
			continue
		}
		if b.words <= 4 {
			if _, ok := p.outlets.within(b.core); ok || rxBrandWord.MatchString(b.core) {
				continue
			}
		}
		seen++
		if b.words >= 4 && b.words <= 25 && !b.weakProse {
			return i
		}
		if fallback < 0 {
			fallback = i
		}
	}
	if fallback >= 0 {
		return fallback
	}
	// A headline can end a run of headline-shaped links (skip-links above
	// it): take the nearest such line above the article.
	for i := p.start - 1; i >= 0 && i >= p.start-4; i-- {
		b := p.blocks[i]
		if b.furniture == "link list" && b.headlineLike && !b.bullet && b.words >= 4 && plausibleTitle(b.core, 4) {
			return i
		}
	}
	return -1
}

// stripKicker removes a short "Country: " kicker from a headline when the
// rest of it also stands alone on the page ("Bulgaria: X" and "X").
func (p *page) stripKicker(s string) string {
	i := strings.Index(s, ": ")
	if i <= 0 || i > 30 || strings.Count(s[:i], " ") > 2 {
		return s
	}
	rest := strings.TrimSpace(s[i+2:])
	k := foldKey(rest)
	for _, b := range p.blocks {
		if b.key == k {
			return rest
		}
	}
	return s
}

// Dates.

const monthPattern = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

var (
	// "October 31, 2024", "Oct. 22", "Oct 18, 2023", "March 3rd 2024".
	rxMonthDay = regexp.MustCompile(`(?i)\b` + monthPattern + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*((?:19|20)\d{2})\b)?`)
	// "31 October 2024", "4 Nov", "3rd of March, 2024".
	rxDayMonth = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthPattern + `\b\.?(?:,?\s*((?:19|20)\d{2})\b)?`)
	// "2024-10-31", "2024/10/31", "2024.10.31".
	rxYMD = regexp.MustCompile(`\b((?:19|20)\d{2})([-/.])(\d{1,2})[-/.](\d{1,2})(?:\b|T\d)`)
	// "04-11-2024", "11/04/2024": day-month or month-day.
	rxNumericDMY = regexp.MustCompile(`\b(\d{1,2})([-/.])(\d{1,2})[-/.]((?:19|20)\d{2})\b`)
	// rxURLYear finds a year in a URL path: /2024/10/22/.
	rxURLYear = regexp.MustCompile(`/((?:19|20)\d{2})/`)
	// rxTimeZone finds a time-zone or locale abbreviation after a date.
	rxTimeZone = regexp.MustCompile(`\b(IST|BST|GMT|CET|CEST|EET|EEST|WET|WEST|MSK|AEST|AEDT|ACST|AWST|NZST|NZDT|SAST|WAT|EAT|PKT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|ET|PT)\b`)
)

// monthNumber maps English month names, their first three letters among
// them (the look-ups here use those), to months: lexicon's one month
// table.
var monthNumber = lexicon.Months

// dayFirstZones are time zones of places that write dates day first;
// monthFirstZones of places (North America) that write them month first.
var (
	dayFirstZones   = lexicon.Words("clean.dayFirstZones")
	monthFirstZones = lexicon.Words("clean.monthFirstZones")
	// dayFirstDomains are country domains whose sites write dates day
	// first; "us" writes them month first.
	dayFirstDomains = lexicon.Words("clean.dayFirstDomains")
)

// dateMatch is one date written in a block.
type dateMatch struct {
	text  string
	pos   int        // byte offset in the block
	year  int        // 0 when the text gives none
	month time.Month // 0 while the order of a numeric date is undecided
	day   int
	// For numeric dates: the two leading numbers and the separator, when
	// the day-month order is still to be decided.
	a, b int
	sep  string
	zone string // a time-zone abbreviation written after the date
}

// findDates returns the dates written in s, in order.
func findDates(s string) []dateMatch {
	var out []dateMatch
	// A date the patterns find and this function keeps has an English
	// month's first three letters at the start of a word, or four digits
	// in a row: without them no pattern is worth running.
	months, years := hasMonthWord(s), hasYearDigits(s)
	if !months && !years {
		return nil
	}
	for _, m := range dateMatches(monthDayDates, s, months) {
		d := dateMatch{text: s[m[0]:m[1]], pos: m[0], month: monthNumber[lowerASCII(s[m[2]:min(m[2]+3, m[3])])]}
		if d.month == 0 {
			continue // a look-alike letter matched case-insensitively
		}
		d.day, _ = strconv.Atoi(s[m[4]:m[5]])
		if m[6] >= 0 {
			d.year, _ = strconv.Atoi(s[m[6]:m[7]])
		}
		out = append(out, d)
	}
	for _, m := range dateMatches(dayMonthDates, s, months) {
		if dateOverlaps(out, m[0], m[1]) {
			continue
		}
		d := dateMatch{text: s[m[0]:m[1]], pos: m[0], month: monthNumber[lowerASCII(s[m[4]:min(m[4]+3, m[5])])]}
		if d.month == 0 {
			continue
		}
		d.day, _ = strconv.Atoi(s[m[2]:m[3]])
		if m[6] >= 0 {
			d.year, _ = strconv.Atoi(s[m[6]:m[7]])
		}
		out = append(out, d)
	}
	for _, m := range dateMatches(ymdDates, s, years) {
		d := dateMatch{text: s[m[0]:m[1]], pos: m[0]}
		d.year, _ = strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[6]:m[7]])
		d.month = time.Month(mo)
		d.day, _ = strconv.Atoi(s[m[8]:m[9]])
		out = append(out, d)
	}
	for _, m := range dateMatches(numericDMYDates, s, years) {
		if dateOverlaps(out, m[0], m[1]) {
			continue
		}
		d := dateMatch{text: s[m[0]:m[1]], pos: m[0], sep: s[m[4]:m[5]]}
		d.a, _ = strconv.Atoi(s[m[2]:m[3]])
		d.b, _ = strconv.Atoi(s[m[6]:m[7]])
		d.year, _ = strconv.Atoi(s[m[8]:m[9]])
		rest := s[m[1]:]
		if len(rest) > 16 {
			rest = rest[:16]
		}
		d.zone = rxTimeZone.FindString(rest)
		switch {
		case d.a > 12 && d.b <= 12:
			d.day, d.month = d.a, time.Month(d.b)
		case d.b > 12 && d.a <= 12:
			d.day, d.month = d.b, time.Month(d.a)
		case d.a == d.b:
			d.day, d.month = d.a, time.Month(d.b)
		}
		out = append(out, d)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].pos < out[j].pos })
	return out
}

// dateMatches returns the submatch indexes of every match of p in s, or
// none when worth is false.
func dateMatches(p *datePattern, s string, worth bool) [][]int {
	if !worth {
		return nil
	}
	return p.findAll(s)
}

// datePattern is one of the date patterns with the places a match of it
// can start. Each begins with \b (in its ASCII sense) and a day, a year
// or a month's name, so a match starts only at a few places, and the
// search tries only those, anchored, rather than every byte.
type datePattern struct {
	rx *regexp.Regexp
	// anchored is rx anchored at the start of the text, without its
	// leading \b, which canStart tests (the text is cut where a match
	// may start, and \b cannot see the character before the cut).
	anchored *regexp.Regexp
	canStart func(s string, i int) bool
}

// The date patterns with the places their matches can start.
var (
	monthDayDates   = newDatePattern(rxMonthDay, monthDayAt)
	dayMonthDates   = newDatePattern(rxDayMonth, func(s string, i int) bool { return isDigit(s[i]) && wordStart(s, i) })
	ymdDates        = newDatePattern(rxYMD, func(s string, i int) bool { return centuryAt(s, i) && wordStart(s, i) })
	numericDMYDates = newDatePattern(rxNumericDMY, func(s string, i int) bool { return isDigit(s[i]) && wordStart(s, i) })
)

// newDatePattern pairs rx, which must begin with \b (after an optional
// (?i)), with the test of where its matches can start.
func newDatePattern(rx *regexp.Regexp, canStart func(s string, i int) bool) *datePattern {
	flags, rest := "", rx.String()
	if strings.HasPrefix(rest, "(?i)") {
		flags, rest = "(?i)", rest[len("(?i)"):]
	}
	rest, ok := strings.CutPrefix(rest, `\b`)
	if !ok {
		panic("date pattern without a leading \\b: " + rx.String())
	}
	return &datePattern{rx: rx, anchored: regexp.MustCompile(`^(?:` + flags + rest + `)`), canStart: canStart}
}

// wordStart reports whether \b holds before s[i], a word character: s[i]
// starts the text or follows a character that is not one.
func wordStart(s string, i int) bool { return i == 0 || !isASCIIWordChar(s[i-1]) }

// monthDayAt reports whether a match of rxMonthDay can start at s[i]: an
// English month's first three letters in either case at a word start,
// or, as the pattern ignores case the Unicode way, a long s ("ſ", which
// folds to s) after a word character.
func monthDayAt(s string, i int) bool {
	if strings.HasPrefix(s[i:], "ſ") {
		return i > 0 && isASCIIWordChar(s[i-1])
	}
	if i+3 > len(s) || !isASCIILetter(s[i]) || !wordStart(s, i) {
		return false
	}
	k := [3]byte{s[i] | 0x20, s[i+1] | 0x20, s[i+2] | 0x20}
	_, ok := monthNumber[string(k[:])]
	return ok
}

// centuryAt reports whether "19" or "20" starts at s[i].
func centuryAt(s string, i int) bool {
	return i+2 <= len(s) && (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0')
}

// match reports whether s holds a match (rx.MatchString).
func (p *datePattern) match(s string) bool {
	for i := 0; i < len(s); i++ {
		if p.canStart(s, i) && p.anchored.MatchString(s[i:]) {
			return true
		}
	}
	return false
}

// findAll returns the submatch indexes of the matches in s, as
// rx.FindAllStringSubmatchIndex(s, -1) does: leftmost first, not
// overlapping. No match is empty.
func (p *datePattern) findAll(s string) [][]int {
	var out [][]int
	for i := 0; i < len(s); {
		if p.canStart(s, i) {
			if m := p.anchored.FindStringSubmatchIndex(s[i:]); m != nil {
				for k := range m {
					if m[k] >= 0 {
						m[k] += i
					}
				}
				out = append(out, m)
				i = m[1]
				continue
			}
		}
		i++
	}
	return out
}

// isASCIIWordChar reports whether c is a word character as \b sees it.
func isASCIIWordChar(c byte) bool { return isASCIIAlnum(c) || c == '_' }

func dateOverlaps(ms []dateMatch, start, end int) bool {
	for _, m := range ms {
		if start < m.pos+len(m.text) && m.pos < end {
			return true
		}
	}
	return false
}

// hasDate reports whether s contains a calendar date.
func hasDate(s string) bool {
	// Cheap pre-checks: every form has a digit; the numeric forms have a
	// four-digit year, the others a month's name.
	if strings.IndexFunc(s, unicode.IsDigit) < 0 {
		return false
	}
	if hasMonthWord(s) && (monthDayDates.match(s) || dayMonthDates.match(s)) {
		return true
	}
	return hasYearDigits(s) && (ymdDates.match(s) || numericDMYDates.match(s))
}

// hasMonthWord reports a word that starts with an English month's first
// three letters.
func hasMonthWord(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		if (i == 0 || !isASCIILetter(s[i-1])) && isASCIILetter(s[i]) {
			k := [3]byte{s[i] | 0x20, s[i+1] | 0x20, s[i+2] | 0x20}
			if _, ok := monthNumber[string(k[:])]; ok {
				return true
			}
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// hasYearDigits reports four digits in a row.
func hasYearDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// date returns the match as a Date when it is a real calendar date (once its year
// and order are known).
func (d dateMatch) date() (analysis.Date, bool) {
	if d.year < 1900 || d.month < 1 || d.month > 12 || d.day < 1 {
		return analysis.Date{}, false
	}
	t := time.Date(d.year, d.month, d.day, 0, 0, 0, 0, time.UTC)
	if t.Day() != d.day {
		return analysis.Date{}, false // 31 November
	}
	return analysis.DateOf(t), true
}

// dateLabel classifies the words just before a date: 3 for "published",
// "created" or "posted", 1 for "updated" or "modified", 2 for none.
func dateLabel(before string) int {
	before = strings.ToLower(before)
	if len(before) > 40 {
		before = before[len(before)-40:]
	}
	best, at := 2, -1
	for _, l := range []struct {
		word string
		rank int
	}{{"published", 3}, {"created", 3}, {"posted", 3}, {"first", 3}, {"updated", 1}, {"modified", 1}, {"edited", 1}} {
		if i := strings.LastIndex(before, l.word); i > at {
			best, at = l.rank, i
		}
	}
	return best
}

// dateCandidate is a possible publication date.
type dateCandidate struct {
	date analysis.Date
	rank int // from dateLabel
	dist int // blocks from the start of the article
}

// published returns the publication date written near the headline, or
// the zero Date and a warning for the article's problems.
//
// Dates are looked for above the article (not in menus or teaser lists),
// at the very start of its first paragraph ("SEOUL, Oct. 22 (UPI) --") and
// in the few blocks right after it, never in related-article lists.
// Published or created dates are preferred to unlabelled ones, and those
// to updated ones; then the date nearest the article wins. A date without
// a year takes it from the page's context (see resolveYear); a numeric
// date whose day and month could be swapped is decided on evidence (see
// resolveOrder) or left unknown.
func (p *page) published() (analysis.Date, string) {
	var cands []dateCandidate
	var undecided []string
	consider := func(i int, text string, opening bool) {
		for _, m := range findDates(text) {
			if opening && !datelinePrefix(text[:m.pos]) {
				break
			}
			if m.month == 0 && !p.resolveOrder(&m) {
				undecided = append(undecided, fmt.Sprintf("%q could be day-month or month-day", m.text))
				continue
			}
			if m.year == 0 && !p.resolveYear(&m) {
				undecided = append(undecided, fmt.Sprintf("%q gives no year", m.text))
				continue
			}
			d, ok := m.date()
			if !ok {
				continue
			}
			dist := p.start - i
			if dist < 0 {
				dist = -dist
			}
			cands = append(cands, dateCandidate{date: d, rank: dateLabel(text[:m.pos]), dist: dist})
		}
	}
	for i := p.start - 1; i >= 0; i-- {
		b := p.blocks[i]
		if b.furniture == "teaser list" || b.furniture == "link list" || b.prose || b.words > 30 {
			continue
		}
		consider(i, b.core, false)
	}
	opened := false
	for i := p.start; i < p.end && i < p.start+8; i++ {
		b := p.blocks[i]
		switch {
		case b.kept && b.reason == "" && !opened:
			consider(i, b.core, true) // a dateline opening the first paragraph
			opened = true
		case !b.kept && b.dated && b.furniture == "" && b.words <= 30:
			consider(i, b.core, false) // a dateline between headline and text
		}
	}
	for i := p.end; i < len(p.blocks) && i < p.end+3; i++ {
		b := p.blocks[i]
		if b.heading != "" || b.furniture != "" {
			break
		}
		if !b.prose && b.words <= 30 {
			consider(i, b.core, false)
		}
	}
	if len(cands) == 0 {
		if len(undecided) > 0 {
			sort.Strings(undecided)
			undecided = slices.Compact(undecided)
			return analysis.Date{}, "no publication date found (" + strings.Join(undecided, "; ") + ")"
		}
		return analysis.Date{}, "no publication date found"
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].rank != cands[j].rank {
			return cands[i].rank > cands[j].rank
		}
		return cands[i].dist < cands[j].dist
	})
	return cands[0].date, ""
}

// datelinePrefix reports whether the text before a date at the start of
// a paragraph is a dateline's place ("SEOUL, ", "") rather than the start
// of a sentence ("The treaty signed on ").
func datelinePrefix(s string) bool {
	if len(s) > 40 {
		return false
	}
	for w := range strings.FieldsSeq(s) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// contextDates returns the full dates (with a year) written outside the
// article: datelines, teaser lists and footers show when the page was
// made, while dates inside the article are about its story.
func (p *page) contextDates() []analysis.Date {
	var out []analysis.Date
	for i, b := range p.blocks {
		if i >= p.start && i < p.end || b.words > 40 {
			continue
		}
		for _, m := range findDates(b.core) {
			if m.year == 0 || m.month == 0 {
				continue
			}
			if d, ok := m.date(); ok {
				out = append(out, d)
			}
		}
	}
	return out
}

// resolveYear gives a date written without a year ("Oct. 22") the year
// of its context: a year in the URL's path, else the year that puts it
// nearest (within about six months) to a full date written outside the
// article. It reports false when there is no such context.
func (p *page) resolveYear(m *dateMatch) bool {
	if y := rxURLYear.FindStringSubmatch(p.doc.URL); y != nil {
		m.year, _ = strconv.Atoi(y[1])
		return true
	}
	best, bestYear := 200*24*time.Hour, 0
	for _, c := range p.contextDates() {
		for y := c.Year - 1; y <= c.Year+1; y++ {
			t := time.Date(y, m.month, m.day, 0, 0, 0, 0, time.UTC)
			if dist := t.Sub(c.Time()).Abs(); dist < best {
				best, bestYear = dist, y
			}
		}
	}
	if bestYear == 0 {
		return false
	}
	m.year = bestYear
	return true
}

// resolveOrder decides whether a numeric date such as 04-11-2024 is
// day-month or month-day, on evidence in this order:
//  1. a time zone written after it: IST, BST, CET... are used where dates
//     are written day first, EST, PST... where they are written month
//     first;
//  2. another numeric date on the page, written with the same separator,
//     whose order is certain because one of its numbers is over 12;
//  3. a full date written outside the article (a dateline, a teaser)
//     within two weeks of one reading and not of the other;
//  4. the country domain of the URL (.in, .uk, .au... day first; .us
//     month first).
//
// Without evidence it reports false and the date stays unknown.
func (p *page) resolveOrder(m *dateMatch) bool {
	dayFirst := func(yes bool) bool {
		if yes {
			m.day, m.month = m.a, time.Month(m.b)
		} else {
			m.day, m.month = m.b, time.Month(m.a)
		}
		return true
	}
	if m.zone != "" {
		return dayFirst(dayFirstZones[m.zone] || !monthFirstZones[m.zone])
	}
	for _, b := range p.blocks {
		if !strings.Contains(b.core, m.sep) {
			continue
		}
		for _, o := range rxNumericDMY.FindAllStringSubmatch(b.core, -1) {
			if o[2] != m.sep {
				continue
			}
			x, _ := strconv.Atoi(o[1])
			y, _ := strconv.Atoi(o[3])
			switch {
			case x > 12 && y <= 12:
				return dayFirst(true)
			case y > 12 && x <= 12:
				return dayFirst(false)
			}
		}
	}
	if m.a <= 12 && m.b <= 12 {
		dm, okDM := dateMatch{year: m.year, month: time.Month(m.b), day: m.a}.date()
		md, okMD := dateMatch{year: m.year, month: time.Month(m.a), day: m.b}.date()
		near := func(d analysis.Date, ok bool, ctx []analysis.Date) bool {
			if !ok {
				return false
			}
			for _, c := range ctx {
				if d.Time().Sub(c.Time()).Abs() <= 14*24*time.Hour {
					return true
				}
			}
			return false
		}
		ctx := p.contextDates()
		switch a, b := near(dm, okDM, ctx), near(md, okMD, ctx); {
		case a && !b:
			return dayFirst(true)
		case b && !a:
			return dayFirst(false)
		}
	}
	if u, err := url.Parse(p.doc.URL); err == nil && u.Host != "" {
		host := strings.ToLower(u.Hostname())
		tld := host[strings.LastIndexByte(host, '.')+1:]
		switch {
		case dayFirstDomains[tld]:
			return dayFirst(true)
		case tld == "us":
			return dayFirst(false)
		}
	}
	return false
}
