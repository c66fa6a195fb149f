package nlp

import (
	"crosscheck/analysis"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of an article: the unit claims are found in.
// The extractor tags a sentence that holds a candidate claim once
// (TagSentence); stance, attribution and said-on dating read its Tokens.
type Sentence struct {
	// Text is the sentence, trimmed.
	Text string
	// Lower is Text with its ASCII capitals in lower case, byte for byte
	// (LowerASCII), made once for every reader of the sentence: stance's
	// and attribution's tokens and the tagged Tokens cut their lower case
	// from it.
	Lower string
	// Offset is the byte offset of Text in the article's Body (or Title,
	// for the headline).
	Offset int
	// Headline reports whether this is the article's title.
	Headline bool
	// Para is the index of the body paragraph the sentence is in (-1 for
	// the headline); Index is the sentence's position in the article.
	Para, Index int
	// Tokens are the sentence's words and marks with their offsets in
	// Text, lower case and tags; nil until the sentence is tagged.
	Tokens []Token
}

// LowerOf returns s.Lower, or LowerASCII(s.Text) when s was built
// without it.
func (s Sentence) LowerOf() string {
	if len(s.Lower) == len(s.Text) {
		return s.Lower
	}
	return LowerASCII(s.Text)
}

// TagSentence tokenizes and tags s with lang, once: a sentence that has
// its Tokens keeps them. The tokens' Lower are cut from s.Lower.
func TagSentence(lang Language, s *Sentence) {
	if s.Tokens != nil || lang == nil {
		return
	}
	if text, dashes := spacedDashes(s.Text); dashes != nil {
		// "Some 150,000 people—42,000 more than last year—gathered": a
		// dash between words is a token of its own, as a comma is; the
		// tokenizer would keep "people—42,000" whole.
		if s.Headline {
			if t, ok := sentenceCase(text); ok {
				text = t
			}
		}
		toks := lang.Tag(text)
		for i := range toks {
			t := &toks[i]
			if _, ok := dashes[t.Start-1]; ok && t.Text == "," {
				t.Start--
				t.Text = s.Text[t.Start : t.Start+len("—")]
			} else if t.Start >= 0 && t.Start+len(t.Text) <= len(s.Text) {
				t.Text = s.Text[t.Start : t.Start+len(t.Text)]
			}
		}
		s.Tokens = fillLower(toks, s.Text, s.LowerOf())
		return
	}
	if s.Headline {
		if text, ok := sentenceCase(s.Text); ok {
			// A title-case headline ("More Than A Million March Over
			// Extradition Plans") is tagged with its small words in lower
			// case, as the tagger was trained; the tokens keep the
			// headline's own spelling.
			toks := lang.Tag(text)
			for i := range toks {
				if t := &toks[i]; t.Start >= 0 && t.Start+len(t.Text) <= len(s.Text) {
					t.Text = s.Text[t.Start : t.Start+len(t.Text)]
				}
			}
			s.Tokens = fillLower(toks, s.Text, s.LowerOf())
			return
		}
	}
	s.Tokens = fillLower(lang.Tag(s.Text), s.Text, s.LowerOf())
}

// spacedDashes returns text with each em or en dash that joins two words
// ("people—42,000", "year—gathered") written as " , " (the same number
// of bytes), and the dashes' offsets; nil when there are none. A dash
// between two digits is a range ("10–20") and stays.
func spacedDashes(text string) (string, map[int]struct{}) {
	if !strings.ContainsAny(text, "—–") {
		return text, nil // most sentences
	}
	var dashes map[int]struct{}
	var b []byte
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if (r == '—' || r == '–') && i > 0 && i+size < len(text) {
			before, _ := utf8.DecodeLastRuneInString(text[:i])
			after, _ := utf8.DecodeRuneInString(text[i+size:])
			if !unicode.IsSpace(before) && !unicode.IsSpace(after) && !(unicode.IsDigit(before) && unicode.IsDigit(after)) {
				if b == nil {
					b = []byte(text)
					dashes = map[int]struct{}{}
				}
				copy(b[i:i+size], " , ")
				dashes[i] = struct{}{}
			}
		}
		i += size
	}
	if b == nil {
		return text, nil
	}
	return string(b), dashes
}

// CommonWord, when set, reports a lower-case word that a title-case
// headline capitalises although it names nothing ("Killed", "Soldiers",
// "Exceeds"): it is tagged in lower case too. The extractor sets it to
// its measure and verb tables; it is set once, before any tagging.
var CommonWord func(lower string) bool

// smallWords are the closed-class words a title-case headline
// capitalises: articles, prepositions, conjunctions.
var smallWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true,
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "by": true,
	"with": true, "from": true, "over": true, "under": true, "after": true, "before": true,
	"as": true, "than": true, "into": true, "onto": true, "amid": true, "against": true,
	"about": true, "near": true, "since": true, "during": true, "despite": true, "per": true,
	"via": true, "while": true, "is": true, "are": true, "was": true, "were": true,
}

// sentenceCase returns a title-case headline with its small words after
// the first in lower case, byte for byte, and whether it was title case:
// at least four words of letters, three in four of them capitalised.
func sentenceCase(text string) (string, bool) {
	words := strings.Fields(text)
	if len(words) < 4 {
		return "", false
	}
	caps, lettered := 0, 0
	for _, w := range words {
		c := w[0]
		if c >= 'A' && c <= 'Z' {
			caps++
		}
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' {
			lettered++
		}
	}
	if lettered < 4 || caps*4 < lettered*3 {
		return "", false
	}
	b := []byte(text)
	first := true
	for i := 0; i < len(b); {
		for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
			i++
		}
		j := i
		for j < len(b) && b[j] != ' ' && b[j] != '\t' {
			j++
		}
		if w := strings.ToLower(string(b[i:j])); j > i && !first && (smallWords[w] || CommonWord != nil && CommonWord(strings.Trim(w, ",.:;!?\"'"))) {
			for k := i; k < j; k++ {
				if c := b[k]; c >= 'A' && c <= 'Z' {
					b[k] = c + 'a' - 'A'
				}
			}
		}
		first = false
		i = j
	}
	return string(b), true
}

// TagText is lang.Tag(text) with every token's Lower filled in.
func TagText(lang Language, text string) []Token {
	return fillLower(lang.Tag(text), text, "")
}

// fillLower fills the tokens' Lower that are empty; low is
// LowerASCII(text), or "" to have it made when needed.
func fillLower(toks []Token, text, low string) []Token {
	for i := range toks {
		if t := &toks[i]; t.Lower == "" && t.Text != "" {
			if low == "" {
				low = LowerASCII(text)
			}
			t.Lower = straightApostrophe(lowerOf(text, low, t.Text, t.Start))
		}
	}
	return toks
}

// SplitSentences returns the headline (when there is one) and the body's
// sentences in order. Paragraphs are segmented separately so a sentence
// never runs across a paragraph break.
func SplitSentences(lang Language, a analysis.Article) []Sentence {
	var out []Sentence
	if t := strings.TrimSpace(a.Title); t != "" {
		out = append(out, Sentence{Text: t, Lower: LowerASCII(t), Offset: strings.Index(a.Title, t), Headline: true, Para: -1})
	}
	para := 0
	body := a.Text() // without the article's references
	for start := 0; start < len(body); {
		end := strings.Index(body[start:], "\n\n")
		if end < 0 {
			end = len(body)
		} else {
			end += start
		}
		p := body[start:end]
		if strings.TrimSpace(p) != "" {
			for _, s := range lang.Sentences(p) {
				out = append(out, Sentence{Text: s.Text, Lower: LowerASCII(s.Text), Offset: start + s.Start, Para: para})
			}
			para++
		}
		start = end + 2
	}
	for i := range out {
		out[i].Index = i
	}
	return out
}
