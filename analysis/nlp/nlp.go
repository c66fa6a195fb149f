package nlp

import (
	"crosscheck/analysis/lexicon"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/ner"
	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/token"
	"github.com/jdkato/prose/v3/tokenize"
)

// Span is a piece of text and its byte offset in the text it came from.
type Span struct {
	Text  string
	Start int
}

// End returns the offset just past the span.
func (s Span) End() int { return s.Start + len(s.Text) }

// Token is a word or punctuation mark with its byte offset, its lower
// case and its part-of-speech tag (Penn Treebank).
type Token struct {
	Text  string
	Start int
	// Lower is strings.ToLower(Text), cut from one lower-case copy of the
	// sentence when the token is ASCII, with a typographic apostrophe (’)
	// written straight ("sunday's" for "Sunday’s"), so readers match
	// one spelling.
	Lower string
	Tag   string
}

// Entity is a named entity with its label (PERSON, GPE, ORG…) and offset.
type Entity struct {
	Text  string
	Start int
	Label string
}

// Language is the natural-language processing the extractor needs. The
// default, Prose, is backed by prose v3; tests of later stages can supply a
// small fake so they do not need the models. Tag and Entities are costly:
// the extractor calls them only on sentences that carry a candidate claim.
type Language interface {
	// Sentences splits text into sentences.
	Sentences(text string) []Span
	// Tag tokenizes and part-of-speech tags one sentence. Each token's
	// Text is sentence[Start:Start+len(Text)]; Lower may be left empty
	// (TagSentence and TagText fill it).
	Tag(sentence string) []Token
	// Entities returns the named entities in one sentence. tags, when not
	// nil, are the sentence's tokens from Tag, so it is not tagged twice.
	Entities(sentence string, tags []Token) []Entity
}

// Prose is the Language backed by github.com/jdkato/prose/v3. Its models
// load once per process on first use and are safe for concurrent use.
type Prose struct{}

var proseModels = sync.OnceValues(func() (*proseSet, error) {
	seg, err := segment.New()
	if err != nil {
		return nil, err
	}
	tg, err := tag.New()
	if err != nil {
		return nil, err
	}
	ex, err := ner.New()
	if err != nil {
		return nil, err
	}
	return &proseSet{seg: seg, tok: tokenize.New(), tag: tg, fast: defaultTagger(), ner: ex}, nil
})

type proseSet struct {
	seg *segment.Segmenter
	tok *tokenize.Tokenizer
	tag *tag.Tagger
	// fast is prose's tagger with a hashed weight lookup, used with
	// tagTokenize (tagger.go); nil when prose's model is in a format it
	// does not read.
	fast *tagger
	ner  *ner.Extracter
}

// tokenize splits one sentence into prose's tokens.
func (m *proseSet) tokenize(sentence string) []token.Token {
	if m.fast != nil {
		return tagTokenize(sentence)
	}
	return m.tok.Tokenize(sentence)
}

// tagTokens part-of-speech tags one sentence's tokens.
func (m *proseSet) tagTokens(toks []token.Token) {
	if m.fast != nil {
		m.fast.TagTokens(toks)
		return
	}
	m.tag.TagTokens(toks)
}

func mustProse() *proseSet {
	m, err := proseModels()
	if err != nil {
		// The models are embedded in the binary; failing to load them is
		// a build defect, not an input problem.
		panic("prose models: " + err.Error())
	}
	return m
}

// Sentences implements Language.
func (Prose) Sentences(text string) []Span {
	if s, ok := oneSentence(text); ok {
		return splitJoined(s) // (a last word may hold two sentences run together: "dead.The")
	}
	ss := mustProse().seg.Segment(text)
	out := make([]Span, 0, len(ss))
	for _, s := range ss {
		if n := len(out); n > 0 && numberPointBreak(out[n-1].Text, s.Text) && s.Start+len(s.Text) <= len(text) {
			// "Russia had lost 80,000 people, of which 25 thousand. were
			// killed": a machine translation's abbreviation point after
			// a number (Czech "tis."), and the clause goes on.
			out[n-1].Text = text[out[n-1].Start : s.Start+len(s.Text)]
			continue
		}
		if n := len(out); n > 0 && quotedTitleGoesOn(out[n-1].Text, s.Text) && s.Start+len(s.Text) <= len(text) {
			// "organized the “Enough! Let’s go back to reason” march,
			// more than 1 million people took part": a slogan's or a
			// title's mark inside quotation marks, and the sentence goes
			// on after them.
			out[n-1].Text = text[out[n-1].Start : s.Start+len(s.Text)]
			continue
		}
		out = append(out, Span{Text: s.Text, Start: s.Start})
	}
	return splitJoined(out)
}

// quotedTitleGoesOn reports a sentence that leaves a curly quotation open
// and a next one that closes it right after a word, with no punctuation,
// and goes on in lower case: a quoted slogan or title with a "!" or "?"
// of its own, not a quotation of several sentences (which closes after
// its punctuation: ",” he said").
func quotedTitleGoesOn(prev, next string) bool {
	if strings.Count(prev, "\u201c") <= strings.Count(prev, "\u201d") {
		return false
	}
	i := strings.Index(next, "\u201d")
	if i <= 0 || strings.Contains(next[:i], "\u201c") {
		return false
	}
	b := next[i-1]
	if !isASCIILetter(b) {
		return false
	}
	rest := strings.TrimLeft(next[i+len("\u201d"):], " ")
	return rest != "" && isLower(rest[0])
}

// splitJoined splits sentences at a full stop with no space after it
// between a word and a capitalised word ("were confirmed dead.The quake
// destroyed homes", "media.Peskov said"): two sentences a page's markup
// ran together, which the segmenter, breaking only at white space, keeps
// as one. An abbreviation ("Gov.Brian Kemp"), an initial, a domain or a
// decimal is no break.
func splitJoined(spans []Span) []Span {
	var out []Span
	for _, s := range spans {
		from := 0
		for _, at := range joinedBreaks(s.Text) {
			if t := strings.TrimSpace(s.Text[from:at]); t != "" {
				out = append(out, Span{Text: s.Text[from:at], Start: s.Start + from})
			}
			from = at
		}
		if from == 0 {
			out = append(out, s)
		} else if t := strings.TrimSpace(s.Text[from:]); t != "" {
			out = append(out, Span{Text: s.Text[from:], Start: s.Start + from})
		}
	}
	return out
}

// joinedBreaks returns the offsets in text where a sentence run onto the
// one before starts (see splitJoined).
func joinedBreaks(text string) []int {
	var at []int
	for i := 0; i+2 < len(text); i++ {
		if c := text[i]; c != '.' && c != '!' && c != '?' {
			continue
		}
		b := i // the word before the mark: letters, the last two at least in lower case
		for b > 0 && isASCIILetter(text[b-1]) {
			b--
		}
		word := text[b:i]
		if len(word) < 3 || !isLower(word[len(word)-1]) || !isLower(word[len(word)-2]) || joinedAbbrev(word) {
			continue
		}
		if b > 0 && (text[b-1] == '.' || text[b-1] == '/' || text[b-1] == '@' || text[b-1] == '-' || text[b-1] >= '0' && text[b-1] <= '9') {
			continue // "www.news.Com", "e-mail.Me"
		}
		j := i + 1
		for j < len(text) {
			if text[j] == '"' || text[j] == '\'' || text[j] == ')' {
				j++
			} else if strings.HasPrefix(text[j:], "\u201d") || strings.HasPrefix(text[j:], "\u2019") {
				j += len("\u201d")
			} else {
				break
			}
		}
		start := j
		if strings.HasPrefix(text[j:], "\u201c") {
			j += len("\u201c") // an opening quotation mark starts the sentence
		}
		if j+1 >= len(text) || text[j] < 'A' || text[j] > 'Z' || text[j+1] < 'a' || text[j+1] > 'z' {
			continue
		}
		e := j // the capitalised word must end as a word does, not in a domain ("news.Com/…")
		for e < len(text) && isASCIILetter(text[e]) {
			e++
		}
		if e < len(text) && (text[e] == '.' && e+1 < len(text) && isASCIILetter(text[e+1]) || text[e] == '/' || text[e] == '@') {
			continue
		}
		at = append(at, start)
	}
	return at
}

func isASCIILetter(c byte) bool { return isLower(c) || c >= 'A' && c <= 'Z' }

func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

// joinedAbbrev reports an abbreviation written with a point that a name
// may follow with no space ("Gov.Brian Kemp", "Oct.Monday", "approx.Ten"):
// a title's or a month's (lexicon.Abbrevs, lexicon.Months) or one of
// pointAbbrevs.
func joinedAbbrev(w string) bool {
	w = strings.ToLower(w)
	_, month := lexicon.Months[w]
	return lexicon.Abbrevs.Has(w) || month || pointAbbrevs[w]
}

// pointAbbrevs are abbreviations of neither titles nor months.
var pointAbbrevs = map[string]bool{"etc": true, "inc": true, "ltd": true, "corp": true, "co": true, "dept": true, "univ": true, "approx": true,
	"est": true, "op": true, "vol": true, "fig": true, "pp": true, "ed": true}

// numberPointBreak reports a sentence break after a number and a point
// ("25 thousand.", "80,000.") before a word in lower case: no sentence
// ends there.
func numberPointBreak(prev, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLower(r) || !strings.HasSuffix(prev, ".") {
		return false
	}
	f := strings.Fields(prev)
	last := strings.TrimSuffix(f[len(f)-1], ".")
	if last == "" {
		return false
	}
	switch strings.ToLower(last) {
	case "thousand", "million", "billion", "hundred", "thousands", "millions":
		return true
	}
	return strings.Trim(last, "0123456789,") == "" && strings.ContainsAny(last, "0123456789")
}

func (Prose) tokens(sentence string, withNER bool) ([]token.Token, *proseSet) {
	m := mustProse()
	toks := m.tokenize(sentence)
	m.tagTokens(toks)
	if withNER {
		m.ner.Label(toks)
	}
	return toks, m
}

// Tag implements Language.
func (p Prose) Tag(sentence string) []Token {
	m := mustProse()
	if m.fast == nil {
		toks, _ := p.tokens(sentence, false)
		return proseTokens(toks)
	}
	// prose's tokens are only a step towards ours: their slice is
	// recycled from sentence to sentence.
	buf := proseTokenBufs.Get().(*[]token.Token)
	toks := tokenizeInto((*buf)[:0], sentence)
	// The model learned straight apostrophes: "Sunday’s" is tagged as
	// "Sunday's" (a possessive, not a name's part), "didn’t" as
	// "didn't"; the tokens keep the page's spelling.
	var curly []int // the tokens respelled, and their page texts
	var texts []string
	for i := range toks {
		if w := straightApostrophe(toks[i].Text); w != toks[i].Text {
			curly, texts = append(curly, i), append(texts, toks[i].Text)
			toks[i].Text = w
		}
	}
	m.fast.TagTokens(toks)
	for j, i := range curly {
		toks[i].Text = texts[j]
	}
	out := proseTokens(toks)
	clear(toks) // let the sentence go
	*buf = toks[:0]
	proseTokenBufs.Put(buf)
	return out
}

// proseTokenBufs recycles the token slices of Tag.
var proseTokenBufs = sync.Pool{New: func() any { return new([]token.Token) }}

// proseTokens converts prose's tokens to ours, Lower left empty (see
// TagSentence).
func proseTokens(toks []token.Token) []Token {
	out := make([]Token, len(toks))
	for i, t := range toks {
		out[i] = Token{Text: t.Text, Start: t.Start, Tag: t.Tag}
	}
	for i := 0; i+1 < len(out); i++ {
		if out[i].Tag != "IN" && (out[i].Text == "till" || out[i].Text == "Till") && tillObject(out[i+1]) {
			out[i].Tag = "IN" // "at 580 till last evening": "until", not a cash drawer
		}
	}
	return out
}

// tillObject reports a token that can open what "till" (until) runs
// to: a time word, a determiner or a date.
func tillObject(t Token) bool {
	switch strings.ToLower(t.Text) {
	case "last", "this", "the", "now", "then", "late", "early", "today", "tonight", "yesterday", "tomorrow",
		"midnight", "noon", "morning", "evening", "night", "date", "mid", "end", "next":
		return true
	}
	return t.Tag == "CD" || t.Tag == "NNP" || t.Tag == "DT"
}

// lowerOf returns strings.ToLower(text), where text is cut from sentence
// at start and low is LowerASCII(sentence): for ASCII text, a piece of low.
func lowerOf(sentence, low, text string, start int) string {
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			return strings.ToLower(text)
		}
	}
	if start < 0 || start+len(text) > len(sentence) || sentence[start:start+len(text)] != text {
		return strings.ToLower(text)
	}
	return low[start : start+len(text)]
}

// LowerASCII returns s with its ASCII capitals in lower case (s itself
// when it has none); other bytes are kept, so offsets are those of s.
func LowerASCII(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if c := b[i]; 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// Entities implements Language.
func (p Prose) Entities(sentence string, tags []Token) []Entity {
	var toks []token.Token
	m := mustProse()
	if tags != nil {
		toks = make([]token.Token, len(tags))
		for i, t := range tags {
			toks[i] = token.Token{Text: t.Text, Start: t.Start, Tag: t.Tag}
		}
		m.ner.Label(toks)
	} else {
		toks, _ = p.tokens(sentence, true)
	}
	ents := m.ner.Chunk(sentence, toks)
	out := make([]Entity, len(ents))
	for i, e := range ents {
		out[i] = Entity{Text: e.Text, Start: e.Start, Label: e.Label}
	}
	return out
}

// oneSentence returns what prose's segmenter makes of a text in which no
// word but the last holds a sentence-ending mark ('.', '!' or '?'): the
// text, trimmed, as one sentence (none when it is blank). The segmenter
// (Punkt) breaks only after a word holding such a mark, and a break after
// the last word leaves nothing but white space behind it; skipping it
// saves tokenizing and annotating a text that cannot be split, such as a
// one-sentence paragraph. ok is false when the segmenter must decide.
func oneSentence(text string) (s []Span, ok bool) {
	trimmed := strings.TrimRightFunc(text, unicode.IsSpace)
	lastWord := strings.LastIndexFunc(trimmed, unicode.IsSpace) + 1
	if strings.ContainsAny(trimmed[:lastWord], ".!?") {
		return nil, false
	}
	body := strings.TrimLeftFunc(trimmed, unicode.IsSpace)
	if body == "" {
		return nil, true
	}
	return []Span{{Text: body, Start: len(trimmed) - len(body)}}, true
}
