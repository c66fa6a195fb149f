package stance

import (
	"crosscheck/analysis"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Stance finding: which statements of position a sentence holds ("North
// Korea denied…", "the Pentagon could not confirm…", "if true…"), with what
// polarity, and which hedging words soften its claims.
//
// The finder works on the sentence's words (see senTokens), never on raw
// substrings, so "lies" does not match "allies" and "denied" does not match
// "undenied". Cues are package-level patterns over words (cuePattern), each
// with an optional guard that checks the context a cue needs to count: a
// rejection must have claims or reports as its object, a verdict adjective
// ("false", "baseless") must be predicated of a claim or framed as a verdict
// ("calling the claims 'groundless'"), a hypothetical ("would mark") must
// carry an evaluation and be somebody's reported words. Polarities are
// matched in a fixed order, unconfirmed, conditional, denied, asserted, and
// words taken by one cue are not reused by a later one: "could not confirm
// or deny" is unconfirmed, not a denial and not a confirmation.

// stanceCue is a statement of position found in a sentence.
type StanceCue struct {
	// Start and End are the byte offsets of the cue in the sentence
	// ("denied", "could not confirm", "If true").
	Start, End int
	// Polarity is the position the cue expresses.
	Polarity analysis.Polarity
	// Cue is the cue as written.
	Cue string
	// Proposition is the text of what is asserted or denied, best effort
	// ("the presence of North Korean troops"); it may be empty for
	// non-asserted cues whose object the finder cannot delimit. Asserted
	// cues always have one.
	Proposition string

	// propStart and propEnd are the byte offsets of Proposition in the
	// sentence (equal when it is empty).
	propStart, propEnd int
}

// findStances returns the statements of position in a sentence, in order
// of their offsets.
//
// Conventions:
//   - Negated cues are dropped, not flipped: "did not deny", "never said
//     that" and "refused to deny" carry no position of their own (not
//     denying is not asserting). Negated confirmation ("could not
//     confirm", "has not been verified") is the unconfirmed polarity.
//   - An asserted cue needs a proposition: a that-clause ("said that…"),
//     a bare complement clause with a finite verb ("said troops had…"), or
//     an object about an event ("condemned the deployment"). Sentence-final
//     attributions ("…, the ministry said") are not stances.
//   - An asserted cue whose proposition holds a non-asserted cue ("said
//     that it could not confirm…"), that lies inside a non-asserted cue's
//     proposition, or that elaborates one ("refused to confirm…, saying…")
//     is dropped: the reported content is the other stance.
//   - Quoted speech counts like reported speech: a verdict inside a
//     quotation ("…on such groundless stereotyped rumors," the envoy said)
//     is a denial; who holds it is for the attribution stage to say.
//   - At most one cue per polarity per segment; segments are separated by
//     ";" and contrastive conjunctions ("but", "while", "although"), so
//     "he could not confirm X but Y confirmed it" keeps both.
func findStances(s string) []StanceCue {
	if s == "" {
		return nil
	}
	tk := AcquireCueTokens(s)
	defer ReleaseCueTokens(tk)
	return FindStancesIn(tk)
}

// findStancesIn is findStances for a sentence already cut into tokens.
func FindStancesIn(tk *SenTokens) []StanceCue {
	s := tk.s
	if len(tk.t) == 0 {
		return nil
	}
	used := tk.usedSlice()
	// One look-up per token finds the few that can start a cue.
	cands := tk.cands[:0]
	for i := range tk.t {
		if stanceFirstWords[tk.t[i].low] {
			cands = append(cands, i)
		}
	}
	tk.cands = cands
	var cues []StanceCue
	for _, group := range stanceRules {
		for _, i := range cands {
			for _, r := range group.byFirst[tk.t[i].low] {
				m, ok := r.pat.match(tk, i)
				if !ok || cueTaken(used, m.cs, m.ce) {
					continue
				}
				if r.guard != nil && !r.guard(tk, &m) {
					continue
				}
				ps, pe := cuePropAfter(tk, m.end)
				if r.prop != nil {
					ps, pe = r.prop(tk, &m)
				}
				if r.pol == analysis.Asserted && ps >= pe {
					continue
				}
				for k := m.cs; k < m.ce; k++ {
					used[k] = true
				}
				start, end := tk.t[m.cs].start, tk.t[m.ce-1].end
				cues = append(cues, StanceCue{
					Start: start, End: end, Polarity: r.pol, Cue: s[start:end],
					Proposition: s[ps:pe], propStart: ps, propEnd: pe,
				})
				break
			}
		}
	}
	return settleCues(tk, cues)
}

// cueTaken reports whether any token in [i, j) is taken.
func cueTaken(used []bool, i, j int) bool {
	for k := i; k < j; k++ {
		if used[k] {
			return true
		}
	}
	return false
}

// settleCues orders cues and applies the asserted-cue filters and the
// one-per-polarity-per-segment rule described at findStances.
func settleCues(tk *SenTokens, cues []StanceCue) []StanceCue {
	if len(cues) == 0 {
		return nil
	}
	sortCues(cues)
	keep := make([]bool, len(cues))
	for i, c := range cues {
		keep[i] = true
		if c.Polarity != analysis.Asserted {
			continue
		}
		for _, n := range cues {
			if n.Polarity == analysis.Asserted {
				continue
			}
			inProp := n.Start >= c.propStart && n.Start < c.propEnd
			insideN := c.Start >= n.propStart && c.Start < n.propEnd
			elaborates := n.Start < c.Start && cueParticiples[senLower(c.Cue)] &&
				tk.segment(n.Start) == tk.segment(c.Start)
			if inProp || insideN || elaborates {
				keep[i] = false
				break
			}
		}
	}
	type key struct {
		seg int
		pol analysis.Polarity
	}
	seen := map[key]bool{}
	out := cues[:0]
	for i, c := range cues {
		if !keep[i] {
			continue
		}
		k := key{tk.segment(c.Start), c.Polarity}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, c)
	}
	return out
}

// sortCues sorts cues by start offset (insertion sort: a sentence holds a
// handful).
func sortCues(c []StanceCue) {
	for i := 1; i < len(c); i++ {
		for j := i; j > 0 && c[j].Start < c[j-1].Start; j-- {
			c[j], c[j-1] = c[j-1], c[j]
		}
	}
}

// findHedges returns the hedging words in a sentence ("reportedly",
// "is said to", "according to unconfirmed reports"), lower-cased as
// written, each once, in order. Longer hedges win over the words they
// contain.
func findHedges(s string) []string {
	if s == "" {
		return nil
	}
	tk := AcquireCueTokens(s)
	defer ReleaseCueTokens(tk)
	return FindHedgesIn(tk)
}

// findHedgesIn is findHedges for a sentence already cut into tokens.
func FindHedgesIn(tk *SenTokens) []string {
	s := tk.s
	used := tk.usedSlice()
	var out []string
	seen := map[string]bool{}
	for i := range tk.t {
		for _, p := range hedgeIndex[tk.t[i].low] {
			m, ok := p.match(tk, i)
			if !ok || cueTaken(used, m.cs, m.ce) {
				continue
			}
			for k := m.cs; k < m.ce; k++ {
				used[k] = true
			}
			h := senApostrophes(senLower(s[tk.t[m.cs].start:tk.t[m.ce-1].end]))
			if !seen[h] {
				seen[h] = true
				out = append(out, h)
			}
			break
		}
	}
	return out
}

// hedgePatterns are the hedges findHedges knows, longest first within each
// first word.
var hedgePatterns = []string{
	"[according to unconfirmed|unverified reports]",
	"[reportedly|allegedly|purportedly|possibly|apparently|supposedly|presumably|ostensibly|unverified|unconfirmed]",
	"[it is|was believed]",
	"[@be believed|thought|said|alleged|rumored|rumoured|understood|reported to]",
	"[believed|thought|said|alleged|rumored|rumoured to be|have]",
	"[claimed|claims|claiming to] have|be",
}

// hedgeIndex maps a first word to the hedge patterns starting with it.
var hedgeIndex = indexCuePatterns(hedgePatterns)

// indexCuePatterns compiles patterns and indexes them by first word.
func indexCuePatterns(src []string) map[string][]*cuePattern {
	idx := map[string][]*cuePattern{}
	for _, s := range src {
		p := compileCuePattern(s)
		for w := range p.elems[0].words {
			idx[w] = append(idx[w], p)
		}
	}
	return idx
}

// ---- Words of a sentence ----

// senToken is one word or punctuation mark of a sentence.
type senToken struct {
	// start and end are the byte offsets of the token in the sentence.
	start, end int
	// low is the token lower-cased, with curly apostrophes made straight.
	low string
	// word reports whether the token is a word (letters or digits).
	word bool
	// upper reports whether the token starts with an upper-case letter.
	upper bool
	// quote is the index of the quotation the token is in, -1 outside.
	quote int
}

// senQuote is a quotation of a sentence: tokens first to last inclusive.
type senQuote struct {
	first, last int
	words       int
}

// senTokens is a sentence cut into tokens. Quotation marks are not tokens;
// each token records the quotation it is in instead, so patterns read
// through quotes ("calling the claims “groundless”").
type SenTokens struct {
	// used marks tokens taken by a cue, and cands lists the tokens that
	// can start one (scratch space of findStances and findHedges).
	used  []bool
	cands []int
	s     string
	low   string // s with ASCII letters lower-cased

	t      []senToken
	quotes []senQuote
	// segs holds the byte offsets where a new segment starts (after ";"
	// or at a contrastive conjunction), ascending.
	segs []int
}

// cueTokenPool recycles senTokens between sentences: tokenizing is most of
// the finders' work, and most of that was allocation.
var cueTokenPool = sync.Pool{New: func() any { return new(SenTokens) }}

// acquireCueTokens tokenizes s into recycled storage; release it with
// releaseCueTokens once no token is in use (strings cut from s stay valid).
func AcquireCueTokens(s string) *SenTokens {
	tk := cueTokenPool.Get().(*SenTokens)
	tk.tokenize(s)
	return tk
}

// releaseCueTokens returns tk to the pool.
func ReleaseCueTokens(tk *SenTokens) {
	tk.s, tk.low = "", ""
	cueTokenPool.Put(tk)
}

// usedSlice returns a cleared slice with a flag per token.
func (tk *SenTokens) usedSlice() []bool {
	tk.used = slices.Grow(tk.used[:0], len(tk.t))[:len(tk.t)]
	clear(tk.used)
	return tk.used
}

// tokenizeCueSentence cuts s into words and punctuation marks. A word is a run
// of letters and digits, with inner apostrophes ("Korea's", "couldn't"),
// hyphens ("Yong-hyun") and digit separators ("12,000", "1.5").
func tokenizeCueSentence(s string) *SenTokens {
	tk := new(SenTokens)
	tk.tokenize(s)
	return tk
}

// tokenize fills tk with the tokens of s, reusing its storage.
func (tk *SenTokens) tokenize(s string) {
	tk.s, tk.low = s, asciiLower(s)
	tk.t, tk.quotes, tk.segs = tk.t[:0], tk.quotes[:0], tk.segs[:0]
	openDouble, openSingle := -1, -1 // token index where an open quote began
	closeQuote := func(open *int) {
		first := *open
		*open = -1
		if first < 0 {
			first = 0
		}
		if len(tk.t) > first {
			tk.quotes = append(tk.quotes, senQuote{first: first, last: len(tk.t) - 1})
		}
	}
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case senWordRune(r):
			j := i + n
			for j < len(s) {
				if c := s[j]; c < utf8.RuneSelf && asciiWord[c] {
					j++
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if senWordRune(r2) {
					j += n2
					continue
				}
				prev, _ := utf8.DecodeLastRuneInString(s[:j])
				next, _ := utf8.DecodeRuneInString(s[j+n2:])
				if j+n2 < len(s) && senJoinsWord(r2, prev, next) {
					j += n2
					continue
				}
				break
			}
			tk.add(i, j, true)
			i = j
		case unicode.IsSpace(r):
			i += n
		case r == '“' || r == '«' || r == '„':
			if openDouble < 0 {
				openDouble = len(tk.t)
			}
			i += n
		case r == '”' || r == '»':
			closeQuote(&openDouble)
			i += n
		case r == '"':
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			if openDouble >= 0 || (i > 0 && !unicode.IsSpace(prev) && prev != '(' && (i+n == len(s) || !senWordRune(senFirstRune(s[i+n:])))) {
				closeQuote(&openDouble)
			} else {
				openDouble = len(tk.t)
			}
			i += n
		case r == '‘' || r == '’' || r == '\'':
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			atWordStart := i == 0 || !senWordRune(prev)
			if r == '‘' || (r == '\'' && atWordStart && openSingle < 0) {
				if openSingle < 0 && i+n < len(s) && senWordRune(senFirstRune(s[i+n:])) {
					openSingle = len(tk.t)
				}
			} else if openSingle >= 0 {
				closeQuote(&openSingle)
			}
			i += n
		default:
			tk.add(i, i+n, false)
			i += n
		}
	}
	if openDouble >= 0 {
		closeQuote(&openDouble)
	}
	if openSingle >= 0 {
		closeQuote(&openSingle)
	}
	for k := range tk.t {
		tk.t[k].quote = -1
	}
	for qi := range tk.quotes {
		q := &tk.quotes[qi]
		for k := q.first; k <= q.last; k++ {
			if tk.t[k].quote < 0 {
				tk.t[k].quote = qi
			}
			if tk.t[k].word {
				q.words++
			}
		}
	}
	for k, t := range tk.t {
		if t.low == ";" || (k > 0 && t.word && cueContrastives[t.low]) {
			tk.segs = append(tk.segs, t.start)
		}
	}
}

// add appends the token s[i:j].
func (tk *SenTokens) add(i, j int, word bool) {
	text := tk.s[i:j]
	t := senToken{start: i, end: j, word: word, low: text}
	if word {
		if IsASCII(text) {
			t.low = tk.low[i:j]
			t.upper = 'A' <= text[0] && text[0] <= 'Z'
		} else {
			t.low = senApostrophes(senLower(text))
			t.upper = unicode.IsUpper(senFirstRune(text))
		}
	}
	tk.t = append(tk.t, t)
}

// isASCII reports whether s is all ASCII.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiLower returns s with its ASCII letters lower-cased (other bytes
// kept, so offsets are those of s).
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (w [utf8.RuneSelf]bool) {
	for c := '0'; c <= '9'; c++ {
		w[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		w[c] = true
		w[c-'a'+'A'] = true
	}
	return w
}()

// segment returns the index of the segment holding byte offset off.
func (tk *SenTokens) segment(off int) int {
	n := 0
	for _, b := range tk.segs {
		if b <= off {
			n++
		}
	}
	return n
}

// senWordRune reports whether r is part of a word.
func senWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// senJoinsWord reports whether r, between prev and next, continues a word:
// an apostrophe between letters, a hyphen between letters or digits, a
// decimal point or thousands separator between digits.
func senJoinsWord(r, prev, next rune) bool {
	switch r {
	case '\'', '’':
		return unicode.IsLetter(prev) && unicode.IsLetter(next)
	case '-', '‐', '‑':
		return senWordRune(prev) && senWordRune(next)
	case '.', ',':
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
	return false
}

// senFirstRune returns the first rune of s (utf8.RuneError when empty).
func senFirstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// senLower lower-cases s without allocating when it is already lower-case
// ASCII.
func senLower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// senApostrophes replaces curly apostrophes with straight ones.
func senApostrophes(s string) string {
	if strings.Contains(s, "’") {
		return strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// wordBefore returns the index of the nearest word token before i within
// n tokens, without crossing punctuation; -1 when there is none.
func (tk *SenTokens) wordBefore(i, n int) int {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		if tk.t[k].word {
			return k
		}
		return -1
	}
	return -1
}

// wordsBefore returns the indexes of up to n word tokens before i, nearest
// first, stopping at punctuation.
func (tk *SenTokens) wordsBefore(i, n int) []int {
	var out []int
	for k := i - 1; k >= 0 && len(out) < n; k-- {
		if !tk.t[k].word {
			break
		}
		out = append(out, k)
	}
	return out
}

// wordsAfter returns the indexes of up to n word tokens from i on,
// stopping at punctuation.
func (tk *SenTokens) wordsAfter(i, n int) []int {
	var out []int
	for k := i; k < len(tk.t) && len(out) < n; k++ {
		if !tk.t[k].word {
			break
		}
		out = append(out, k)
	}
	return out
}

// negatedBefore reports whether one of the n words before token i (not
// crossing punctuation) is a negation.
func (tk *SenTokens) negatedBefore(i, n int) bool {
	for _, k := range tk.wordsBefore(i, n) {
		if cueNegations[tk.t[k].low] {
			return true
		}
	}
	return false
}

// lowAt returns the lower-cased token at i, or "" out of range.
func (tk *SenTokens) lowAt(i int) string {
	if i < 0 || i >= len(tk.t) {
		return ""
	}
	return tk.t[i].low
}

// ---- Patterns ----

// cueElem is one step of a cuePattern.
type cueElem struct {
	// words are the lower-cased words the step matches; nil for a gap.
	words map[string]bool
	// optional steps may be skipped.
	optional bool
	// gap, when positive, skips up to that many words (not punctuation).
	gap int
	// open and close mark where the cue starts and ends.
	open, close bool
}

// cuePattern is a sequence of words, written in a small notation: steps
// separated by spaces; "a|b" for alternatives; "@name" for a word class
// (see cueClasses); "?" before a step makes it optional; "~N" skips up to
// N words; "[" and "]" around steps mark the cue (the whole match when
// absent). The first step must be plain words or classes.
type cuePattern struct {
	src   string
	elems []cueElem
}

// cueMatch is a match of a pattern: tokens i to end (exclusive) and the
// cue cs to ce (exclusive).
type cueMatch struct {
	i, end, cs, ce int
}

// cueMaxSteps bounds the steps of a pattern, so that matching needs no
// allocation.
const cueMaxSteps = 16

// compileCuePattern compiles the notation described at cuePattern. It panics
// on a malformed pattern: patterns are package data, checked by the tests.
func compileCuePattern(src string) *cuePattern {
	p := &cuePattern{src: src}
	hasOpen := false
	for _, f := range strings.Fields(src) {
		var e cueElem
		if strings.HasPrefix(f, "[") {
			e.open, hasOpen = true, true
			f = f[1:]
		}
		if strings.HasSuffix(f, "]") {
			e.close = true
			f = f[:len(f)-1]
		}
		if strings.HasPrefix(f, "?") {
			e.optional = true
			f = f[1:]
		}
		if strings.HasPrefix(f, "~") {
			n, err := strconv.Atoi(f[1:])
			if err != nil || n <= 0 {
				panic("stance pattern " + src + ": bad gap " + f)
			}
			e.gap = n
		} else {
			e.words = map[string]bool{}
			for _, w := range strings.Split(f, "|") {
				if strings.HasPrefix(w, "@") {
					class, ok := cueClasses[w[1:]]
					if !ok {
						panic("stance pattern " + src + ": unknown class " + w)
					}
					for cw := range class {
						e.words[cw] = true
					}
				} else if w != "" {
					e.words[w] = true
				}
			}
			if len(e.words) == 0 {
				panic("stance pattern " + src + ": empty step")
			}
		}
		p.elems = append(p.elems, e)
	}
	if len(p.elems) > cueMaxSteps {
		panic("stance pattern " + src + ": too many steps")
	}
	if len(p.elems) == 0 || p.elems[0].optional || p.elems[0].gap > 0 {
		panic("stance pattern " + src + ": must start with words")
	}
	if !hasOpen {
		p.elems[0].open = true
		p.elems[len(p.elems)-1].close = true
	}
	return p
}

// match matches p at token i.
func (p *cuePattern) match(tk *SenTokens, i int) (cueMatch, bool) {
	var buf [cueMaxSteps]int
	at := buf[:len(p.elems)]
	end, ok := p.step(tk, 0, i, at)
	if !ok {
		return cueMatch{}, false
	}
	m := cueMatch{i: i, end: end, cs: -1, ce: -1}
	opened := false
	for e, el := range p.elems {
		if el.open {
			opened = true
		}
		stepEnd := end
		if e+1 < len(p.elems) {
			stepEnd = p.nextStart(at, e+1, end)
		}
		if opened && at[e] >= 0 && el.gap == 0 {
			if m.cs < 0 {
				m.cs = at[e]
			}
			m.ce = stepEnd
		}
		if el.close {
			break
		}
	}
	if m.cs < 0 || m.ce <= m.cs {
		m.cs, m.ce = i, end
	}
	return m, true
}

// nextStart returns where the first matched step from e on began, or end.
func (p *cuePattern) nextStart(at []int, e, end int) int {
	for ; e < len(at); e++ {
		if at[e] >= 0 {
			return at[e]
		}
	}
	return end
}

// step matches steps e… at token j, backtracking over optional steps and
// gaps (shortest gap first).
func (p *cuePattern) step(tk *SenTokens, e, j int, at []int) (int, bool) {
	if e == len(p.elems) {
		return j, true
	}
	el := p.elems[e]
	if el.gap > 0 {
		at[e] = j
		for n := 0; n <= el.gap; n++ {
			if end, ok := p.step(tk, e+1, j+n, at); ok {
				return end, true
			}
			if j+n >= len(tk.t) || !tk.t[j+n].word {
				break
			}
		}
		at[e] = -1
		return 0, false
	}
	if j < len(tk.t) && el.words[tk.t[j].low] {
		at[e] = j
		if end, ok := p.step(tk, e+1, j+1, at); ok {
			return end, true
		}
	}
	if el.optional {
		at[e] = -1
		return p.step(tk, e+1, j, at)
	}
	at[e] = -1
	return 0, false
}

// ---- Rules ----

// stanceRule is one cue pattern with its polarity and context checks.
type stanceRule struct {
	pol analysis.Polarity
	pat *cuePattern
	// guard checks the context; nil accepts every match.
	guard func(tk *SenTokens, m *cueMatch) bool
	// prop returns the byte span of the proposition; nil takes the text
	// after the match up to the end of the clause.
	prop func(tk *SenTokens, m *cueMatch) (int, int)
}

// stanceGroup is the rules of one polarity, indexed by first word.
type stanceGroup struct {
	byFirst map[string][]*stanceRule
}

// stanceRuleOf builds a stanceRule.
func stanceRuleOf(pol analysis.Polarity, pat string, guard func(*SenTokens, *cueMatch) bool, prop func(*SenTokens, *cueMatch) (int, int)) *stanceRule {
	return &stanceRule{pol: pol, pat: compileCuePattern(pat), guard: guard, prop: prop}
}

// stanceGroupOf indexes rules by their first words, keeping their order.
func stanceGroupOf(rules ...*stanceRule) stanceGroup {
	g := stanceGroup{byFirst: map[string][]*stanceRule{}}
	for _, r := range rules {
		for w := range r.pat.elems[0].words {
			g.byFirst[w] = append(g.byFirst[w], r)
		}
	}
	return g
}

// stanceFirstWords are the words that can start a cue of any polarity.
var stanceFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for _, g := range stanceRules {
		for w := range g.byFirst {
			m[w] = true
		}
	}
	return m
}()

// stanceRules are the cue lexicon, one group per polarity in matching
// order: unconfirmed first (it contains "confirm" and "deny"), then
// conditional ("if confirmed"), denied, and asserted last.
var stanceRules = []stanceGroup{
	stanceGroupOf(
		stanceRuleOf(analysis.Unconfirmed, "[neither @confirmV nor @denyV]", nil, nil),
		stanceRuleOf(analysis.Unconfirmed, "neither ~4 @confirmV", nil, nil),
		stanceRuleOf(analysis.Unconfirmed, "[not possible|impossible to ?@cadv @confirmV]", nil, nil),
		stanceRuleOf(analysis.Unconfirmed, "[@aux not|never ?yet ?@cadv ?be|been ?@cadv @confirmV ?or|nor ?@denyV]", nil, cuePropUnconfirmed),
		stanceRuleOf(analysis.Unconfirmed, "[@negAux ?yet ?@cadv ?be|been ?@cadv @confirmV ?or|nor ?@denyV]", nil, cuePropUnconfirmed),
		stanceRuleOf(analysis.Unconfirmed, "[@aux not|never ?yet officially|publicly|formally @recognizeV]", nil, nil),
		stanceRuleOf(analysis.Unconfirmed, "[@negAux ?yet officially|publicly|formally @recognizeV]", nil, nil),
		stanceRuleOf(analysis.Unconfirmed, "[yet to ?be ?@cadv @confirmV]", nil, cuePropUnconfirmed),
		stanceRuleOf(analysis.Unconfirmed, "[not yet confirmed|verified|corroborated|substantiated]", nil, cuePropSubject),
		stanceRuleOf(analysis.Unconfirmed, "[refused|refuses|refuse|refusing|declined|declines|decline|declining to say|disclose|specify|elaborate|discuss|reveal]", nil, nil),
		stanceRuleOf(analysis.Unconfirmed, "[unable|refused|refuses|refuse|refusing|declined|declines|decline|declining|failed|fails|fail|failing to ?@cadv ?be ?@cadv @confirmV ?or|nor ?@denyV]", nil, nil),
		stanceRuleOf(analysis.Unconfirmed, "[not able to ?@cadv ?be @confirmV]", nil, nil),
		stanceRuleOf(analysis.Unconfirmed, "[@copula ?still ?yet unconfirmed|unverified|uncorroborated|unsubstantiated]", nil, cuePropSubject),
		stanceRuleOf(analysis.Unconfirmed, "[no ?independent|official|immediate|further|firm|public|formal|direct|such confirmation|verification|corroboration]", nil, nil),
		stanceRuleOf(analysis.Unconfirmed, "[cautious|hesitant|reluctant|wary in|about|to ?@cadv confirming|confirm|verifying|verify|acknowledging|acknowledge]", nil, nil),
		stanceRuleOf(analysis.Unconfirmed, "[stopped|stops|stop|stopping short of confirming|verifying|acknowledging]", nil, nil),
		stanceRuleOf(analysis.Unconfirmed, "[unclear|uncertain whether|if]", cueNotFuture, nil),
		stanceRuleOf(analysis.Unconfirmed, "[not ?yet|immediately|entirely|fully clear whether|if]", cueNotFuture, nil),
		stanceRuleOf(analysis.Unconfirmed, "[not known whether|if]", cueNotFuture, nil),
		stanceRuleOf(analysis.Unconfirmed, "[no way ~2 verify|verifying|confirm|confirming]", nil, nil),
	),
	stanceGroupOf(
		stanceRuleOf(analysis.Conditional, "[if|assuming ~5 true|accurate|correct|confirmed|verified|substantiated|founded]", cueIfTrueGuard, cuePropIf),
		stanceRuleOf(analysis.Conditional, "[if so] ,", nil, cuePropIf),
		stanceRuleOf(analysis.Conditional, "[would ?@wouldAdv mark|represent|constitute|signal|signify|be|mean|amount]", cueWouldGuard, cuePropSubject),
	),
	stanceGroupOf(
		stanceRuleOf(analysis.Denied, "categorically ~2 not|no|never|@negAux|@denyV|@rejectV|refute|refutes|refuted|false|untrue|wrong", nil, nil),
		stanceRuleOf(analysis.Denied, "[@denyV]", cueDenyGuard, nil),
		stanceRuleOf(analysis.Denied, "[denial|denials]", cueDenialNounGuard, cuePropDenialNoun),
		stanceRuleOf(analysis.Denied, "[@rejectV]", cueRejectGuard, cuePropReject),
		stanceRuleOf(analysis.Denied, "[refute|refutes|refuted|refuting]", cueNotNegated, nil),
		stanceRuleOf(analysis.Denied, "[no truth]", nil, nil),
		stanceRuleOf(analysis.Denied, "[never happened|occurred]", nil, nil),
		stanceRuleOf(analysis.Denied, "[never took place]", nil, nil),
		stanceRuleOf(analysis.Denied, "[fake news]", cueVerdictGuard, cuePropVerdict),
		stanceRuleOf(analysis.Denied, "[not true]", cueVerdictGuard, cuePropVerdict),
		stanceRuleOf(analysis.Denied, "[@verdict]", cueVerdictGuard, cuePropVerdict),
	),
	stanceGroupOf(
		stanceRuleOf(analysis.Asserted, "[@sayV] ~6 that", cueSayGuard, nil),
		stanceRuleOf(analysis.Asserted, "[@zeroV]", cueZeroThatGuard, cuePropZeroThat),
		stanceRuleOf(analysis.Asserted, "[confirm|confirms|confirmed|confirming]", cueObjectGuard, nil),
		stanceRuleOf(analysis.Asserted, "[disclose|discloses|disclosed|disclosing|reveal|reveals|revealed|revealing|acknowledge|acknowledges|acknowledged|acknowledging|admit|admits|admitted|admitting]", cueEventObjectGuard, nil),
		stanceRuleOf(analysis.Asserted, "[report|reports|reported|reporting]", cueEventObjectGuard, nil),
		stanceRuleOf(analysis.Asserted, "[condemn|condemns|condemned|condemning]", cueObjectGuard, nil),
		stanceRuleOf(analysis.Asserted, "[accuse|accuses|accused|accusing] ~8 of", cueActiveGuard, cuePropFromCueEnd),
		stanceRuleOf(analysis.Asserted, "[voiced|voice|voices|voicing|expressed|express|expresses|expressing] ~2 opposition|objection|objections|condemnation to|of", cueNotNegated, nil),
		stanceRuleOf(analysis.Asserted, "[urged|urges|urge|urging|pressed|presses|pressing|demanded|demands|demanding] ~6 to @stopV", cueNotNegated, cuePropFromCueEnd),
		stanceRuleOf(analysis.Asserted, "[called|calls|call|calling] on ~6 to @stopV", cueNotNegated, cuePropFromCueEnd),
		stanceRuleOf(analysis.Asserted, "[called|calls|call|calling|urged|urging for]", cueCallForGuard, nil),
		stanceRuleOf(analysis.Asserted, "[has|have|had|having] ?clear|strong|solid|concrete|credible|firm|new|enough evidence|proof that|of", cueNotNegated, nil),
	),
}

// ---- Word classes ----

// cueSet builds a word set.
func cueSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// cueClasses are the classes patterns refer to as "@name".
var cueClasses = map[string]map[string]bool{
	"aux":        cueSet("could", "can", "would", "will", "did", "does", "do", "has", "have", "had", "was", "were", "is", "are"),
	"negAux":     cueSet("couldn't", "cannot", "can't", "wouldn't", "won't", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "wasn't", "weren't", "isn't", "aren't"),
	"cadv":       cueSet("independently", "immediately", "officially", "publicly", "formally", "yet", "fully", "definitively", "directly", "still", "so", "far"),
	"confirmV":   cueSet("confirm", "confirms", "confirmed", "confirming", "verify", "verifies", "verified", "verifying", "corroborate", "corroborated", "substantiate", "substantiated", "acknowledge", "acknowledged", "acknowledging", "comment", "commented", "commenting"),
	"recognizeV": cueSet("recognised", "recognized", "recognise", "recognize"),
	"denyV":      cueSet("deny", "denies", "denied", "denying"),
	"rejectV":    cueSet("reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed", "dismissing", "dispute", "disputes", "disputed", "disputing", "rebut", "rebuts", "rebutted", "rebutting", "rebuffed", "rebuffing", "debunked", "debunking"),
	"copula":     cueSet("is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained", "remaining", "seem", "seems", "seemed", "appear", "appears", "appeared"),
	"be":         cueSet("is", "are", "was", "were", "be", "been", "being"),
	"wouldAdv":   cueSet("also", "likely", "clearly", "certainly", "effectively", "surely", "further", "then", "therefore", "thus", "itself", "undoubtedly"),
	"verdict": cueSet("groundless", "baseless", "unfounded", "false", "untrue", "fabricated", "fabrication", "fabrications",
		"fake", "bogus", "absurd", "ridiculous", "preposterous", "slanderous", "nonsense", "lie", "lies",
		"disinformation", "misinformation", "fiction", "hoax", "slander", "propaganda", "fantasy", "fantasies",
		"inaccurate", "incorrect", "misleading", "exaggerated", "erroneous"),
	"sayV": cueSet("say", "says", "said", "saying", "state", "states", "stated", "stating", "add", "adds", "added", "adding",
		"note", "noted", "noting", "warn", "warns", "warned", "warning", "claim", "claims", "claimed", "claiming",
		"reports", "reported", "reporting", "announce", "announces", "announced", "announcing",
		"confirm", "confirms", "confirmed", "confirming", "disclose", "discloses", "disclosed", "disclosing",
		"reveal", "reveals", "revealed", "revealing", "insist", "insists", "insisted", "insisting",
		"maintain", "maintains", "maintained", "allege", "alleges", "alleged", "alleging", "assert", "asserts", "asserted",
		"argue", "argues", "argued", "arguing", "told", "tells", "tell", "telling", "inform", "informs", "informed",
		"acknowledge", "acknowledges", "acknowledged", "acknowledging", "admit", "admits", "admitted", "admitting",
		"conclude", "concludes", "concluded", "mentioned", "mentions", "commented", "remarked", "indicated", "indicates",
		"suggested", "suggests", "showed", "shows", "found", "finds", "determined", "assessed", "assesses", "estimated",
		"estimates", "wrote", "writes", "posted", "declared", "declares", "testified", "affirmed", "affirms",
		"reiterated", "reiterates", "explained", "explains", "believe", "believes", "believed", "stressed", "emphasized",
		"emphasised", "cautioned", "predicted", "asserting"),
	"zeroV": cueSet("said", "says", "say", "saying", "told", "tells", "stated", "added", "warned", "claimed", "claims", "claim",
		"insisted", "insists", "believes", "believe", "believed", "announced", "estimated", "estimates", "noted",
		"acknowledged", "admitted", "argued", "reported", "confirmed", "stressed"),
	"stopV": cueSet("stop", "halt", "cease", "end", "withdraw", "pull", "abandon", "suspend", "release", "dismantle",
		"remove", "reverse", "recall"),
}

// Word sets the guards use.
var (
	// cueNegations block a cue when they come just before it.
	cueNegations = cueSet("not", "never", "no", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "won't",
		"wouldn't", "isn't", "wasn't", "aren't", "weren't", "cannot", "can't", "couldn't", "shouldn't", "refused",
		"refuses", "refusing", "declined", "declines", "nor", "neither", "without", "hardly", "nobody", "none")
	// cueContrastives start a new segment (see findStances).
	cueContrastives = cueSet("but", "while", "whereas", "although", "though", "however", "meanwhile")
	// cueClaimNouns are what denials and rejections are about.
	cueClaimNouns = cueSet("claim", "claims", "allegation", "allegations", "accusation", "accusations", "report", "reports",
		"reporting", "rumor", "rumors", "rumour", "rumours", "assertion", "assertions", "charge", "charges",
		"story", "stories", "suggestion", "suggestions", "speculation", "narrative", "narratives", "statement",
		"statements", "account", "accounts", "assessment", "assessments", "information", "news", "findings",
		"insinuation", "insinuations", "theory", "theories", "contention", "version", "remarks", "comments",
		"figure", "figures", "numbers", "tally", "toll", "estimate", "estimates", "data", "statistics", "count",
		"idea", "notion", "talk", "number")
	// cueVerdictHeads are the nouns a verdict adjective can qualify directly
	// ("baseless rumors"); "news" and "information" are left out, since
	// "fake news" and "false information" are often topics, not verdicts.
	cueVerdictHeads = cueSet("claim", "claims", "allegation", "allegations", "accusation", "accusations", "report",
		"reports", "rumor", "rumors", "rumour", "rumours", "assertion", "assertions", "charge", "charges",
		"story", "stories", "suggestion", "suggestions", "speculation", "narrative", "narratives",
		"insinuation", "insinuations", "reporting")
	// cueVerdictAdjectives may qualify a claim noun; the other verdicts are
	// nouns ("lies", "nonsense").
	cueVerdictAdjectives = cueSet("groundless", "baseless", "unfounded", "false", "untrue", "fabricated", "fake", "bogus",
		"absurd", "ridiculous", "preposterous", "slanderous", "inaccurate", "incorrect", "misleading", "exaggerated",
		"erroneous")
	// cueCounterfeits are things that are false or fake without anyone
	// denying a claim ("false identification", "fake accounts").
	cueCounterfeits = cueSet("flag", "alarm", "alarms", "positive", "positives", "negative", "negatives", "start",
		"dawn", "teeth", "identity", "identities", "identification", "id", "ids", "documents", "papers",
		"passport", "passports", "name", "names", "pretences", "pretenses", "pretence", "pretense",
		"imprisonment", "economy", "bottom", "ceiling", "sense", "hope", "hopes", "modesty", "accounts",
		"profiles", "bot", "bots", "currency", "banknotes", "notes", "bills", "bombs", "vaccines", "medicines",
		"drugs", "products", "goods", "reviews", "websites", "sites", "plates", "uniforms", "labels",
		"calls", "invoices", "receipts", "degrees", "diplomas", "certificates", "votes", "ballots")
	// cueInaccurate are the words of inaccuracy that make "rejected X as…"
	// a denial, besides the verdicts.
	cueInaccurate = cueSet("inaccurate", "incorrect", "misleading", "exaggerated", "erroneous", "fraudulent",
		"rigged", "wrong", "untrue", "politically", "fake", "invented", "made-up", "distorted")
	// cueEvaluatives are the verdicts that also judge situations ("it is
	// absurd that…"), so an extraposed that- or to-clause blocks them.
	cueEvaluatives = cueSet("absurd", "ridiculous", "preposterous", "nonsense")
	// cueAnchors can be the subject a verdict is predicated of ("this is
	// false"), besides claim nouns.
	cueAnchors = cueSet("it", "this", "that", "these", "those", "they", "such", "everything", "all", "which", "what")
	// cuePronounCopulas are contracted subject-and-copula tokens.
	cuePronounCopulas = cueSet("it's", "that's", "they're", "what's", "this's", "these're")
	// cueFrameVerbs present a verdict ("calling the claims groundless").
	cueFrameVerbs = cueSet("call", "calls", "called", "calling", "describe", "describes", "described", "describing",
		"dismiss", "dismisses", "dismissed", "dismissing", "label", "labels", "labeled", "labelled", "labeling",
		"labelling", "brand", "brands", "branded", "branding", "term", "terms", "termed", "terming",
		"characterize", "characterizes", "characterized", "characterizing", "characterise", "characterises",
		"characterised", "characterising", "deem", "deems", "deemed", "denounce", "denounces", "denounced",
		"denouncing", "reject", "rejects", "rejected", "rejecting", "slam", "slams", "slammed", "slamming",
		"decry", "decried", "decries", "dubbed", "dubs")
	// cueSpreadVerbs take a verdict noun in an accusation ("accused Kyiv of
	// spreading lies").
	cueSpreadVerbs = cueSet("spreading", "spread", "spreads", "peddling", "peddle", "peddles", "spewing", "telling",
		"told", "tells", "sowing", "pushing", "disseminating", "fabricating", "circulating")
	// cueDeprivations are what someone is denied when "denied" is not a
	// denial ("denied entry", "denied bail").
	cueDeprivations = cueSet("entry", "access", "bail", "permission", "visa", "visas", "request", "requests", "application",
		"applications", "asylum", "parole", "care", "treatment", "service", "services", "benefits", "boarding",
		"admission", "passage", "right", "rights", "permit", "permits", "licence", "license", "loan", "loans",
		"funding", "funds", "membership", "approval", "opportunity", "chance", "justice", "citizenship", "housing",
		"food", "water", "medicine", "medication", "burial", "credit", "protection", "refuge", "landing", "exit",
		"leave", "passports", "passport", "insurance", "coverage", "payment", "payments", "aid", "vote", "seat",
		"seats", "tenure", "promotion", "victory", "win", "title", "points", "goal", "penalty", "appeal", "appeals")
	// cueObjectPronouns before a deprivation make "denied" ditransitive.
	cueObjectPronouns = cueSet("him", "her", "them", "us", "me", "you")
	// cueDeterminers introduce a noun phrase.
	cueDeterminers = cueSet("a", "an", "the", "any", "his", "her", "their", "its", "our", "my", "your", "this", "that",
		"these", "those", "some", "no")
	// cueNounCues before "reports", "claims" and the like make them nouns, not
	// verbs ("amid reports that…").
	cueNounCues = cueSet("the", "a", "an", "these", "those", "such", "this", "that", "amid", "following", "after", "of",
		"about", "on", "over", "despite", "unconfirmed", "unverified", "media", "news", "press", "earlier",
		"recent", "new", "initial", "conflicting", "contradictory", "his", "her", "their", "its", "our", "my",
		"your", "there", "were", "are", "was", "is", "be", "been", "multiple", "several", "many", "numerous",
		"some", "any", "no", "other", "further", "official", "intelligence", "credible", "latest", "previous",
		"widespread", "local", "western", "russian", "and", "or", "by", "with", "to", "in", "for", "from", "take",
		"takes", "took", "taking", "taken", "make", "made", "makes")
	// cueNounForms are the reporting verbs that are also nouns.
	cueNounForms = cueSet("reports", "report", "claims", "claim", "states", "notes", "estimates", "shows", "finds",
		"says", "warning", "reporting", "comment", "remarks", "statement", "note")
	// cueParticiples are reporting verbs that elaborate a preceding stance.
	cueParticiples = cueSet("saying", "adding", "stating", "noting", "arguing", "insisting", "claiming", "explaining",
		"warning", "telling", "confirming", "announcing", "calling", "describing", "asserting", "alleging",
		"accusing", "urging", "acknowledging", "admitting", "revealing", "disclosing", "reporting")
	// cueEventNouns make an object noun phrase about an event.
	cueEventNouns = cueSet("deployment", "deployments", "presence", "involvement", "attack", "attacks", "troops", "soldiers",
		"forces", "dispatch", "invasion", "incursion", "strike", "strikes", "airstrike", "airstrikes", "movement",
		"movements", "transfer", "transfers", "shipment", "shipments", "killing", "killings", "death", "deaths",
		"casualties", "arrest", "arrests", "explosion", "explosions", "blast", "shelling", "bombing", "bombings",
		"offensive", "launch", "launches", "test", "tests", "intervention", "aggression", "occupation",
		"annexation", "violation", "violations", "participation", "support", "cooperation", "assistance",
		"collapse", "outbreak", "fire", "shooting", "shootings", "massacre", "abuse", "abuses", "crackdown",
		"raid", "raids", "coup", "fraud", "leak", "leaks", "breach", "hack", "hacking", "sanctions", "plan",
		"plans", "existence", "use", "delivery", "deliveries", "sale", "sales", "supply", "supplies",
		"toll", "dead", "injured", "missing", "evacuation", "evacuations", "resignation", "dismissal",
		"withdrawal", "buildup", "build-up", "mobilization", "mobilisation", "fighting", "combat", "clashes",
		"clash", "role", "links", "ties", "talks", "deal", "agreement", "earthquake", "quake", "flood", "floods",
		"strike", "walkout", "protest", "protests", "result", "results", "victory", "defeat", "loss", "losses",
		"interference", "meddling", "espionage", "spying", "detention", "capture", "sinking", "downing",
		"crash", "incident", "incidents", "operation", "operations", "escalation", "alignment", "development")
	// cueResponseNouns precede the event in "called for a response to X".
	cueResponseNouns = cueSet("response", "responses", "action", "actions", "measures", "sanctions", "investigation",
		"inquiry", "probe", "withdrawal", "end", "halt", "accountability", "punishment", "condemnation",
		"retaliation", "countermeasures", "pressure", "reaction")
	// cueEvalNouns are what a hypothetical "would be" event amounts to.
	cueEvalNouns = cueSet("escalation", "violation", "violations", "breach", "provocation", "crime", "blow", "setback",
		"precedent", "game-changer", "departure", "internationalization", "internationalisation", "catastrophe",
		"disaster", "affront", "threat", "intensification", "turning", "watershed")
	// cueSoftEvalNouns count only with an evaluating modifier ("a significant
	// development").
	cueSoftEvalNouns = cueSet("development", "deepening")
	// cueEvalModifiers make a soft noun evaluative ("a dangerous
	// development"); they are the words of alarm, not of size or novelty.
	cueEvalModifiers = cueSet("significant", "major", "dangerous", "alarming", "serious", "worrying", "qualitative",
		"dramatic", "grave", "troubling", "concerning", "unprecedented", "illegal", "unlawful", "unacceptable",
		"provocative", "catastrophic", "reckless", "flagrant", "blatant", "egregious", "hostile", "deeply",
		"highly", "very", "extremely", "incredibly", "escalatory", "destabilizing", "destabilising")
	// cueEvalAdjectives evaluate after "would be" on their own.
	cueEvalAdjectives = cueSet("illegal", "unlawful", "unacceptable", "unprecedented", "dangerous", "alarming",
		"worrying", "concerning", "provocative", "catastrophic", "reckless", "destabilizing", "destabilising",
		"intolerable", "outrageous", "devastating", "disastrous")
	// cueReportingWords mark a sentence as somebody's reported words.
	cueReportingWords = cueSet("said", "says", "say", "saying", "told", "tells", "warned", "warns", "warning", "noted",
		"added", "adds", "stated", "according", "argued", "argues", "cautioned", "wrote",
		"writes", "posted", "remarked", "commented", "believes", "believe", "claimed", "claims", "stressed",
		"insisted", "insists", "explained", "declared", "announced", "predicted", "suggested", "suggests",
		"tweeted", "mentioned", "described")
	// cueCommaStop are the words after a comma that start a new clause
	// (", calling the claims…", ", according to…").
	cueCommaStop = cueSet("calling", "saying", "adding", "accusing", "dismissing", "stating", "citing", "according",
		"noting", "insisting", "arguing", "claiming", "urging", "describing", "prompting", "as", "despite",
		"warning", "referring", "explaining", "telling", "which", "who", "whose", "where", "when", "amid",
		"reported", "said", "says", "officials", "he", "she", "they", "it", "we", "and", "calls", "called",
		"claims", "claimed", "denies", "denied", "rejects", "rejected", "urges", "urged", "warns", "warned")
	// cueClauseStop words end a proposition without a comma.
	cueClauseStop = cueSet("but", "while", "whereas", "although", "though", "however", "because", "amid")
	// cueZeroStop cannot start a bare complement clause after "said".
	cueZeroStop = cueSet("on", "in", "at", "during", "after", "before", "to", "about", "of", "for", "with", "by", "as",
		"from", "that", "and", "or", "but", "while", "when", "if", "through", "via", "into", "over", "under",
		"without", "following", "amid", "so", "nothing", "anything", "something", "little", "much",
		"this", "yes", "no", "goodbye", "hello", "otherwise", "earlier", "later", "previously", "recently",
		"repeatedly", "here", "there", "then", "once", "twice", "again", "afterwards", "also", "only", "last",
		"next", "what", "how", "why", "where", "who", "which", "whether", "reporters", "journalists")
	// cueFiniteWords show a bare complement clause has a verb.
	cueFiniteWords = cueSet("has", "had", "have", "was", "were", "is", "are", "will", "would", "could", "can", "did",
		"does", "do", "may", "might", "must", "should", "shall", "won't", "didn't", "hasn't", "haven't",
		"wasn't", "weren't", "isn't", "aren't", "wouldn't", "couldn't", "can't", "cannot")
	// cuePastTense are irregular past tenses that make a bare complement
	// clause finite ("said dozens of bodies lay…").
	cuePastTense = cueSet("lay", "fled", "went", "came", "took", "made", "fell", "hit", "left", "began", "saw",
		"sent", "held", "fought", "shot", "struck", "rose", "won", "lost", "ran", "gave", "got", "broke", "spent",
		"met", "led", "kept", "brought", "bought", "built", "caught", "drove", "flew", "froze", "grew", "knew",
		"paid", "sank", "sought", "stole", "swept", "threw", "wrote", "stood", "seized", "remain", "remains")
	// cueSubjectContractions carry their own finite verb ("it's", "they've").
	cueSubjectContractions = cueSet("it's", "he's", "she's", "they're", "we're", "they've", "we've", "it'll", "he'll",
		"she'll", "they'll", "we'll", "he'd", "she'd", "they'd", "we'd", "i'm", "there's", "that's")
	// cueDateWords may stand between "said" and its complement ("said on
	// Monday North Korea had…").
	cueDateWords = cueSet("on", "last", "this", "earlier", "week", "month", "year", "yesterday", "today", "tonight",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon",
		"evening", "night", "late", "early", "also", "previously", "recently", "again", "repeatedly", "now")
	// cueObjectStop cannot start the object of "confirmed" or "condemned".
	cueObjectStop = cueSet("that", "to", "in", "as", "by", "with", "at", "on", "for", "from", "during", "after", "before",
		"himself", "herself", "itself", "themselves", "cases", "case", "dead", "deaths", "infections", "killed",
		"infected", "positive", "and", "or", "but", "while", "when", "earlier", "later", "yesterday", "today",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "this")
	// cueAdjectival after "confirmed" or "reported" make it an adjective
	// ("confirmed cases rose…").
	cueAdjectival = cueSet("cases", "case", "dead", "deaths", "infections", "killed", "infected", "positive",
		"sightings", "incidents")
)

// ---- Guards ----

// cueNotNegated accepts a cue with no negation in the three words before it.
func cueNotNegated(tk *SenTokens, m *cueMatch) bool { return !tk.negatedBefore(m.cs, 3) }

// cuePassiveBefore reports whether the word before token i is a form of "be"
// or "get" ("was denied", "got dismissed").
func cuePassiveBefore(tk *SenTokens, i int) bool {
	k := tk.wordBefore(i, 1)
	if k < 0 {
		return false
	}
	w := tk.t[k].low
	return cueClasses["be"][w] || w == "get" || w == "gets" || w == "got" || w == "getting"
}

// cueDenyGuard accepts "denied" as a denial: not negated ("did not deny"),
// not a deprivation ("denied entry", "denied them access", "was denied
// bail"), and in the passive only with its agent or alone ("the reports
// were denied by Moscow").
func cueDenyGuard(tk *SenTokens, m *cueMatch) bool {
	j := m.cs
	if tk.negatedBefore(j, 3) {
		return false
	}
	next := tk.lowAt(j + 1)
	if cuePassiveBefore(tk, j) {
		return next == "by" || j+1 >= len(tk.t) || !tk.t[j+1].word
	}
	if j+1 >= len(tk.t) || !tk.t[j+1].word {
		return true
	}
	if cueDeprivations[next] {
		return false
	}
	if cueDeterminers[next] && cueDeprivations[tk.lowAt(j+2)] {
		return false
	}
	if cueObjectPronouns[next] && j+2 < len(tk.t) && tk.t[j+2].word &&
		(cueDeprivations[tk.lowAt(j+2)] || cueDeterminers[tk.lowAt(j+2)]) {
		return false
	}
	return true
}

// cueDenialNounGuard accepts the noun "denial" when someone issues it ("a
// flat denial", "Moscow's denial"), not "denial of service" or "climate
// denial".
func cueDenialNounGuard(tk *SenTokens, m *cueMatch) bool {
	j := m.cs
	if tk.lowAt(j+1) == "of" && (cueDeprivations[tk.lowAt(j+2)] || tk.lowAt(j+2) == "service") {
		return false
	}
	k := tk.wordBefore(j, 1)
	if k < 0 {
		return false
	}
	w := tk.t[k].low
	if w == "climate" || w == "holocaust" || w == "genocide" || w == "science" || w == "election" || w == "covid" {
		return false
	}
	return strings.HasSuffix(w, "'s") || cueSet("a", "an", "the", "its", "his", "her", "their", "our", "flat",
		"firm", "strong", "categorical", "swift", "official", "public", "blanket", "emphatic", "vehement",
		"outright", "formal", "another", "earlier")[w]
}

// cueRejectGuard accepts "rejected", "dismissed" and the like as denials when
// their object is a claim ("dismissed claims of…", "rejected the
// reports") or they present one as something ("dismissing them as…").
func cueRejectGuard(tk *SenTokens, m *cueMatch) bool {
	j := m.cs
	if tk.negatedBefore(j, 3) {
		return false
	}
	next := tk.lowAt(j + 1)
	if cuePassiveBefore(tk, j) {
		return next == "as" && cueAnchorBefore(tk, j)
	}
	w := tk.t[j].low
	if strings.HasPrefix(w, "disput") {
		if next == "over" || next == "between" || next == "with" || next == "about" {
			return false
		}
		if k := tk.wordBefore(j, 1); k < 0 || cueNounCues[tk.t[k].low] || cueDeterminers[tk.t[k].low] {
			return false // "the dispute", "a territorial dispute"
		}
	}
	if next == "as" {
		return true
	}
	if cueAnchors[next] && tk.lowAt(j+2) == "as" {
		return true
	}
	after := tk.wordsAfter(j+1, 8)
	for n, k := range after {
		w := tk.t[k].low
		if cueClaimNouns[w] && w != "charges" && w != "charge" && n < 5 {
			return true
		}
		if w == "as" {
			// "rejected the results as fraudulent"
			for _, v := range after[n+1 : min(n+4, len(after))] {
				if cueClasses["verdict"][tk.t[v].low] || cueInaccurate[tk.t[v].low] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// cuePropReject is the object of a rejection, up to "as" ("the report"
// in "dismissed the report as propaganda").
func cuePropReject(tk *SenTokens, m *cueMatch) (int, int) {
	ps, pe := cuePropAfter(tk, m.end)
	for k := m.end; k < len(tk.t) && tk.t[k].start < pe; k++ {
		if tk.t[k].low == "as" && k > m.end {
			return ps, tk.t[k-1].end
		}
	}
	return ps, pe
}

// cueAnchorBefore reports whether a claim noun or an anchor pronoun comes
// before token i in its segment (within 25 tokens).
func cueAnchorBefore(tk *SenTokens, i int) bool {
	for k := i - 1; k >= 0 && k >= i-25; k-- {
		w := tk.t[k].low
		if w == ";" || w == ":" {
			return false
		}
		if cueClaimNouns[w] || cueAnchors[w] || cuePronounCopulas[w] {
			return true
		}
	}
	return false
}

// cueVerdictGuard accepts a verdict word ("groundless", "lies", "fake news",
// "not true") as a denial when it is not negated and
//   - qualifies a claim noun ("baseless rumors", "groundless stereotyped
//     rumors"), for the adjectives;
//   - is predicated, after a form of "be", of a claim or a pronoun ("the
//     reports were “groundless”", "these are all lies", "it's not true");
//   - is framed by a verdict verb ("calling the claims groundless",
//     "dismissing them as baseless");
//   - is a short quotation of its own ("spreading “disinformation”");
//   - or is a noun spread by someone accused ("accused Kyiv of spreading
//     lies").
//
// So "false identification", "a false alarm" and "the village lies 10 km
// away" are not denials.
func cueVerdictGuard(tk *SenTokens, m *cueMatch) bool {
	j, e := m.cs, m.ce
	w := tk.t[j].low
	selfNeg := w == "not"
	if !selfNeg && tk.negatedBefore(j, 2) {
		return false
	}
	if cueEvaluatives[w] && (tk.lowAt(e) == "to" || tk.lowAt(e) == "that") {
		return false
	}
	if tk.lowAt(e) == "to" && !selfNeg {
		return false // "false to say", "lies to the north"
	}
	if cueVerdictAdjectives[w] && cueCounterfeits[tk.lowAt(e)] {
		return false // "a “false flag” attack", "fake accounts"
	}
	// A claim noun right after an adjective, allowing one modifier.
	if cueVerdictAdjectives[w] && m.ce == m.cs+1 {
		for n, k := range tk.wordsAfter(e, 2) {
			if cueVerdictHeads[tk.t[k].low] {
				return true
			}
			if n == 0 && (cueDeterminers[tk.t[k].low] || cueZeroStop[tk.t[k].low]) {
				break
			}
		}
	}
	// Predicated after a copula.
	if cueCopulaBefore(tk, j) {
		return true
	}
	// Framed by a verdict verb within six words (quotes are transparent).
	for _, k := range tk.wordsBefore(j, 6) {
		if cueFrameVerbs[tk.t[k].low] {
			return !tk.negatedBefore(k, 3)
		}
	}
	// A short quotation.
	if q := tk.t[j].quote; q >= 0 && tk.quotes[q].words <= 4 {
		return true
	}
	// Spread by the accused.
	if k := tk.wordBefore(j, 1); k >= 0 && cueSpreadVerbs[tk.t[k].low] && !cueVerdictAdjectives[w] {
		for i := k - 1; i >= 0; i-- {
			if strings.HasPrefix(tk.t[i].low, "accus") || strings.HasPrefix(tk.t[i].low, "blam") {
				return true
			}
		}
	}
	return false
}

// cueCopulaBefore reports whether a form of "be" stands within four words
// before token j, with no negation between, and its subject is a claim or
// a pronoun ("the reports were groundless", "it's nonsense").
func cueCopulaBefore(tk *SenTokens, j int) bool {
	for _, k := range tk.wordsBefore(j, 4) {
		w := tk.t[k].low
		if cueNegations[w] {
			return false
		}
		if cuePronounCopulas[w] {
			return true
		}
		if cueClasses["copula"][w] {
			return cueAnchorBefore(tk, k)
		}
		if !tk.t[k].word {
			return false
		}
	}
	return false
}

// cueIfTrueGuard rejects "if confirmed" in the sense of a nomination ("if
// confirmed as…", "if confirmed by the Senate").
func cueIfTrueGuard(tk *SenTokens, m *cueMatch) bool {
	next := tk.lowAt(m.end)
	if next == "as" {
		return false
	}
	if next == "by" {
		switch tk.lowAt(m.end + 1) {
		case "the", "parliament", "congress", "lawmakers", "senators":
			return tk.lowAt(m.end+2) != "senate" && tk.lowAt(m.end+1) != "parliament" && tk.lowAt(m.end+1) != "congress"
		}
	}
	return true
}

// cueWouldGuard accepts a hypothetical ("would mark a significant
// escalation", "would be illegal") when it evaluates the event and is
// somebody's reported words (a quotation, or a sentence with a reporting
// word): the writer's own "such a move would represent…" is background,
// and "would be held on Friday" is a plain future.
func cueWouldGuard(tk *SenTokens, m *cueMatch) bool {
	if !cueReported(tk, m.cs) {
		return false
	}
	verb := m.ce - 1
	k := verb + 1
	if tk.t[verb].low == "amount" {
		if tk.lowAt(k) != "to" {
			return false
		}
		k++
	}
	words := tk.wordsAfter(k, 6)
	if tk.t[verb].low == "be" && len(words) > 0 {
		first := words[0]
		if tk.t[first].low == "deeply" || tk.t[first].low == "highly" || tk.t[first].low == "very" ||
			tk.t[first].low == "extremely" || tk.t[first].low == "clearly" {
			if len(words) > 1 {
				first = words[1]
			}
		}
		if cueEvalAdjectives[tk.t[first].low] {
			return true
		}
	}
	modified := false
	for n, i := range words {
		w := tk.t[i].low
		if n == 0 && (w == "a" || w == "an" || w == "the") {
			continue
		}
		if cueEvalNouns[w] || (cueSoftEvalNouns[w] && modified) {
			return true
		}
		if cueEvalModifiers[w] || cueEvalAdjectives[w] {
			modified = true
			continue
		}
		if w == "and" || strings.HasSuffix(w, "ly") {
			continue
		}
		if n > 3 {
			break
		}
	}
	return false
}

// cueReported reports whether the token at i is in a quotation or the
// sentence carries a reporting word.
func cueReported(tk *SenTokens, i int) bool {
	if tk.t[i].quote >= 0 {
		return true
	}
	for k, t := range tk.t {
		if cueReportingWords[t.low] && !cueIsNoun(tk, k) {
			return true
		}
	}
	return false
}

// cueIsNoun reports whether an ambiguous reporting word at i reads as a noun
// ("amid reports that…", "Yonhap's claims").
func cueIsNoun(tk *SenTokens, i int) bool {
	if !cueNounForms[tk.t[i].low] {
		return false
	}
	k := i - 1
	if k < 0 {
		return true // "Reports that the dam had burst…"
	}
	if !tk.t[k].word {
		return tk.t[k].low == "(" || tk.t[k].low == "," || tk.t[k].low == ":"
	}
	w := tk.t[k].low
	return cueNounCues[w] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s'")
}

// cueSayGuard accepts "said … that": not negated, the word a verb, and no
// other reporting verb between it and "that".
func cueSayGuard(tk *SenTokens, m *cueMatch) bool {
	if tk.negatedBefore(m.cs, 3) || cueIsNoun(tk, m.cs) {
		return false
	}
	for k := m.cs + 1; k < m.end-1; k++ {
		if cueClasses["sayV"][tk.t[k].low] {
			return false // the later verb is the one ("United States recently disclosed that")
		}
	}
	return true
}

// cueZeroComplement returns the first token of the bare complement clause of
// a reporting verb at i ("said North Korea had…"), or -1. Time words
// between are skipped; after "told" the addressee is too. The clause must
// start with a plausible subject and reach a finite verb within eight
// words.
func cueZeroComplement(tk *SenTokens, i int) int {
	k := i + 1
	w := tk.t[i].low
	if w == "told" || w == "tells" {
		n := 0
		for k < len(tk.t) && tk.t[k].word && n < 3 {
			if cueDeterminers[tk.t[k].low] && n == 0 {
				k++
				continue
			}
			k++
			n++
			break
		}
		if n == 0 {
			return -1
		}
	}
	for k < len(tk.t) && tk.t[k].word && (cueDateWords[tk.t[k].low] || cueIsMonthDayWord(tk, k)) {
		k++
	}
	if k >= len(tk.t) || !tk.t[k].word {
		return -1
	}
	first := tk.t[k].low
	if cueZeroStop[first] || cueFiniteWords[first] || cueNegations[first] {
		return -1
	}
	if cueSubjectContractions[first] {
		return k
	}
	for j, n := k+1, 1; j < len(tk.t) && n < 8; j++ {
		w := tk.t[j].low
		if !tk.t[j].word {
			if cueClausePunct[w] {
				break
			}
			continue // "80%", "$3"
		}
		n++
		if cueFiniteWords[w] || cueSubjectContractions[w] || cuePastTense[w] {
			return k
		}
		if len(w) > 4 && strings.HasSuffix(w, "ed") && !tk.t[j].upper && !cueDeterminers[tk.lowAt(j-1)] {
			return k
		}
	}
	return -1
}

// cueClausePunct are the marks that end a bare complement clause.
var cueClausePunct = cueSet(",", ";", ":", ".", "?", "!", "(", ")", "—", "–")

// cueIsMonthDayWord reports whether token k is a capitalised month name or a
// day number, which may stand between "said" and its complement.
func cueIsMonthDayWord(tk *SenTokens, k int) bool {
	t := tk.t[k]
	if _, ok := saidMonths[t.low]; ok && t.upper {
		return true
	}
	_, ok := saidDayNumber(t.low)
	return ok && k > 0 && tk.t[k-1].word
}

// cueZeroThatGuard accepts a reporting verb with a bare complement clause.
func cueZeroThatGuard(tk *SenTokens, m *cueMatch) bool {
	if tk.negatedBefore(m.cs, 3) || cueIsNoun(tk, m.cs) {
		return false
	}
	if k := tk.wordBefore(m.cs, 1); k >= 0 && (cueDeterminers[tk.t[k].low] || tk.t[k].low == "of") {
		return false // "the number of confirmed cases"
	}
	k := cueZeroComplement(tk, m.cs)
	return k >= 0 && !cueAdjectival[tk.t[k].low]
}

// cuePropZeroThat is the bare complement clause.
func cuePropZeroThat(tk *SenTokens, m *cueMatch) (int, int) {
	k := cueZeroComplement(tk, m.cs)
	if k < 0 {
		return 0, 0
	}
	return cuePropAfter(tk, k)
}

// cueObjectGuard accepts a verb with an object noun phrase ("confirmed the
// deployment", "condemned the attack"): not negated, not passive ("was
// condemned by"), not adjectival ("confirmed cases").
func cueObjectGuard(tk *SenTokens, m *cueMatch) bool {
	j := m.cs
	if tk.negatedBefore(j, 3) || cuePassiveBefore(tk, j) || cueIsNoun(tk, j) {
		return false
	}
	if k := tk.wordBefore(j, 1); k >= 0 && (cueDeterminers[tk.t[k].low] || tk.t[k].low == "of" || tk.t[k].low == "and") {
		return false
	}
	if j+1 >= len(tk.t) || !tk.t[j+1].word {
		return false
	}
	return !cueObjectStop[tk.t[j+1].low]
}

// cueEventObjectGuard is cueObjectGuard for verbs that take many kinds of object
// ("reported a profit"): the object must name an event within six words.
func cueEventObjectGuard(tk *SenTokens, m *cueMatch) bool {
	if !cueObjectGuard(tk, m) {
		return false
	}
	for _, k := range tk.wordsAfter(m.cs+1, 6) {
		if cueEventNouns[tk.t[k].low] {
			return true
		}
	}
	return false
}

// cueActiveGuard accepts an active, unnegated verb ("accused X of…", not "was
// accused of").
func cueActiveGuard(tk *SenTokens, m *cueMatch) bool {
	return !tk.negatedBefore(m.cs, 3) && !cuePassiveBefore(tk, m.cs)
}

// cueCallForGuard accepts "called for a response to X's involvement": a
// response noun, then an event noun, in the clause.
func cueCallForGuard(tk *SenTokens, m *cueMatch) bool {
	if tk.negatedBefore(m.cs, 3) {
		return false
	}
	_, pe := cuePropAfter(tk, m.end)
	response := false
	for k := m.end; k < len(tk.t) && tk.t[k].start < pe; k++ {
		w := tk.t[k].low
		if cueResponseNouns[w] {
			response = true
		} else if response && cueEventNouns[w] {
			return true
		}
	}
	return false
}

// ---- Propositions ----

// cuePropAfter returns the byte span from token i to the end of its clause:
// the next ";", ":", "(", "?" or "!", a sentence-final full stop, a
// contrastive conjunction ("but", "while"), or a comma followed by a word
// that starts a new clause (", calling…", ", according to…"). Leading
// "that", "whether", "of" and the like are left out.
func cuePropAfter(tk *SenTokens, i int) (int, int) {
	for i < len(tk.t) && (!tk.t[i].word && tk.t[i].low != "(" || cuePropLead[tk.t[i].low] && i+1 < len(tk.t) && tk.t[i+1].word) {
		i++
	}
	if i >= len(tk.t) {
		return len(tk.s), len(tk.s)
	}
	q := tk.t[i].quote
	last := -1
	for k := i; k < len(tk.t); k++ {
		t := tk.t[k]
		if q >= 0 && t.quote != q {
			break
		}
		if !t.word {
			switch t.low {
			case ";", ":", "(", "?", "!", "—", "–", "-":
				return cueSpanOf(tk, i, last)
			case ".":
				if cueFullStop(tk, k) {
					return cueSpanOf(tk, i, last)
				}
			case ",":
				if k+1 < len(tk.t) && cueCommaStop[tk.t[k+1].low] {
					return cueSpanOf(tk, i, last)
				}
			}
			continue
		}
		if k > i && cueClauseStop[t.low] {
			return cueSpanOf(tk, i, last)
		}
		last = k
	}
	return cueSpanOf(tk, i, last)
}

// cuePropLead are the words left out at the start of a proposition.
var cuePropLead = cueSet("that", "whether", "if", "of", "about", "on", "as")

// cueSpanOf returns the byte span of tokens i to last inclusive (empty when
// last < i). A closing quotation mark right after the span is taken in
// when the span opened the quotation.
func cueSpanOf(tk *SenTokens, i, last int) (int, int) {
	if last < i {
		return tk.t[i].start, tk.t[i].start
	}
	start, end := tk.t[i].start, tk.t[last].end
	return start, cueCloseQuote(tk.s, start, end)
}

// cueCloseQuote extends end over a closing quotation mark whose opening
// mark is in s[start:end].
func cueCloseQuote(s string, start, end int) int {
	r, n := utf8.DecodeRuneInString(s[end:])
	var open string
	switch r {
	case '”':
		open = "“"
	case '’':
		open = "‘"
	case '»':
		open = "«"
	case '"':
		if strings.Count(s[start:end], `"`)%2 == 1 {
			return end + n
		}
		return end
	default:
		return end
	}
	if strings.Count(s[start:end], open) > strings.Count(s[start:end], string(r)) {
		return end + n
	}
	return end
}

// cueFullStop reports whether the "." at k ends the sentence rather than an
// abbreviation ("U.S.", "Gen.").
func cueFullStop(tk *SenTokens, k int) bool {
	if k+1 >= len(tk.t) {
		return true
	}
	prev := ""
	if k > 0 {
		prev = tk.t[k-1].low
	}
	if len(prev) <= 2 || cueAbbreviations[prev] {
		return false
	}
	return tk.t[k+1].upper
}

// cueAbbreviations end with a full stop that does not end a sentence.
var cueAbbreviations = cueSet("gen", "sen", "rep", "gov", "col", "lt", "sgt", "capt", "cpt", "adm", "mrs", "prof",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "est", "corp",
	"inc", "ltd", "co", "no", "nos", "approx")

// cuePropFromCueEnd takes the proposition from the end of the cue, so that
// the object stays in it ("accused Washington of spreading…").
func cuePropFromCueEnd(tk *SenTokens, m *cueMatch) (int, int) { return cuePropAfter(tk, m.ce) }

// cuePropIf takes the main clause after "if true," as the proposition.
func cuePropIf(tk *SenTokens, m *cueMatch) (int, int) {
	k := m.end
	if k < len(tk.t) && tk.t[k].low == "," {
		k++
	}
	return cuePropAfter(tk, k)
}

// cuePropSubject takes the subject of a hypothetical or a passive ("North
// Korea sending troops to Russia would mark…", "the figure could not be
// verified"): the words back to "that", a comma or the start of the
// sentence; for a relative clause ("a claim that could not be verified"),
// the noun phrase before it.
func cuePropSubject(tk *SenTokens, m *cueMatch) (int, int) {
	first := m.cs
	for k := m.cs - 1; k >= 0; k-- {
		w := tk.t[k].low
		if !tk.t[k].word || w == "that" || w == "if" || w == "which" || w == "who" || cueClauseStop[w] ||
			cueClasses["sayV"][w] {
			break
		}
		first = k
	}
	if first < m.cs {
		return tk.t[first].start, tk.t[m.cs-1].end
	}
	if rel := m.cs - 1; rel > 0 && (tk.t[rel].low == "that" || tk.t[rel].low == "which") {
		if tk.t[rel-1].low == "," {
			rel-- // "the video, which could not be verified"
		}
		nps := tk.wordsBefore(rel, 6)
		if len(nps) > 0 {
			return tk.t[nps[len(nps)-1]].start, tk.t[nps[0]].end
		}
	}
	return cuePropAfter(tk, m.cs)
}

// cuePropUnconfirmed takes the subject of a passive ("the figures could not
// be verified") and the object otherwise ("could not verify the figures").
//
// In a relative clause whose object is its antecedent ("the claim, which
// Reuters could not verify, was…") the antecedent is the proposition.
func cuePropUnconfirmed(tk *SenTokens, m *cueMatch) (int, int) {
	for k := m.cs; k < m.ce; k++ {
		if w := tk.t[k].low; w == "be" || w == "been" {
			return cuePropSubject(tk, m)
		}
	}
	if m.end >= len(tk.t) || !tk.t[m.end].word {
		for _, k := range tk.wordsBefore(m.cs, 4) {
			if w := tk.t[k].low; w == "which" || w == "that" {
				rel := k
				if rel > 0 && tk.t[rel-1].low == "," {
					rel--
				}
				if nps := tk.wordsBefore(rel, 6); len(nps) > 0 {
					return tk.t[nps[len(nps)-1]].start, tk.t[nps[0]].end
				}
			}
		}
	}
	return cuePropAfter(tk, m.end)
}

// cuePropVerdict takes what a verdict judges: the claim noun phrase it
// qualifies ("rumors aimed at…"), the subject it is predicated of ("reports
// of troops… were groundless"), or the object of its frame verb ("calling
// the claims groundless"); empty when none is found.
func cuePropVerdict(tk *SenTokens, m *cueMatch) (int, int) {
	j, e := m.cs, m.ce
	for _, k := range tk.wordsAfter(e, 2) {
		if cueVerdictHeads[tk.t[k].low] {
			return cuePropAfter(tk, k)
		}
	}
	before := tk.wordsBefore(j, 6)
	for n, k := range before {
		w := tk.t[k].low
		if cueFrameVerbs[w] && n > 0 {
			last := before[0]
			if q := tk.t[j].quote; q >= 0 && tk.quotes[q].first > k {
				last = tk.quotes[q].first - 1 // "called the allegations 'a pack of lies'"
			}
			if tk.t[last].low == "as" {
				last--
			}
			for last > k && cueDeterminers[tk.t[last].low] {
				last-- // "called it a “baseless smear campaign”"
			}
			if last > k {
				return tk.t[k+1].start, tk.t[last].end
			}
			break
		}
		if cueClasses["copula"][w] {
			if s := cueSubjectHead(tk, k); s >= 0 {
				first := s
				if s > 0 && tk.t[s-1].low != "that" && (cueDeterminers[tk.t[s-1].low] || strings.HasSuffix(tk.t[s-1].low, "'s")) {
					first = s - 1
				}
				last := k - 1
				for last > first && (tk.t[last].low == "to" || !tk.t[last].word) {
					last--
				}
				return tk.t[first].start, tk.t[last].end
			}
			break
		}
	}
	return tk.t[j].start, tk.t[j].start
}

// cueSubjectHead returns the claim noun (or, failing one, the anchor
// pronoun) nearest before the copula at k in its segment, -1 when none.
func cueSubjectHead(tk *SenTokens, k int) int {
	anchor := -1
	for s := k - 1; s >= 0 && s >= k-25; s-- {
		w := tk.t[s].low
		if w == ";" || w == ":" {
			break
		}
		if cueClaimNouns[w] {
			return s
		}
		if cueAnchors[w] && anchor < 0 {
			anchor = s
		}
	}
	return anchor
}

// cuePropDenialNoun is what a denial is of ("denial of the reports"),
// empty when the noun stands alone ("Moscow's denial was…").
func cuePropDenialNoun(tk *SenTokens, m *cueMatch) (int, int) {
	if w := tk.lowAt(m.end); w == "of" || w == "that" {
		return cuePropAfter(tk, m.end)
	}
	return tk.t[m.cs].start, tk.t[m.cs].start
}

// cueNotFuture accepts "unclear whether…" about what has happened, not
// about what will ("it is unclear whether the talks will resume").
func cueNotFuture(tk *SenTokens, m *cueMatch) bool {
	for _, k := range tk.wordsAfter(m.end, 8) {
		switch tk.t[k].low {
		case "will", "would", "can", "could", "might", "may", "should", "shall", "going", "won't", "wouldn't":
			return false
		}
	}
	return true
}
