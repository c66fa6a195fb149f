package nlp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
	"github.com/jdkato/prose/v3/token"
)

// tagger is prose's averaged-perceptron part-of-speech tagger, read from
// the same embedded model (github.com/jdkato/prose/v3/tag/aptagmodel) and
// giving the same tags, with a cheaper weight lookup.
//
// prose assembles each of a token's fourteen feature strings ("i-1 word
// the", "i tag+i-2 tag NN DT") and finds it by binary search over the
// sorted feature blob: about seventeen string comparisons, most of them
// cache misses, per feature. That search was the largest single cost of
// extraction. Here the features are sorted once per process by template
// into tables keyed by their variable part: one lookup per word of the
// sentence gives its five word features, one per suffix its three suffix
// features, and tags are small integers indexing arrays. Everything else
// (the special cases, normalisation, feature order and float32
// accumulation order, tie-breaking) follows prose v3.2.3's tag.Tagger
// exactly; TestTaggerMatchesProse holds the two together.
type tagger struct {
	classes []string         // class ID -> tag
	pairOff []uint32         // feature -> range of weights
	weights []weight         // a feature's weights are contiguous
	tagMap  map[string]uint8 // unambiguous words, tagged without scoring

	bias     int32            // "bias"
	pref1    [257]int32       // "i pref1 " + first byte (256: empty word)
	tagIDs   map[string]int32 // tag (or sentinel) -> row of tagFeats
	tagFeats []tagFeats       // by tag ID
	tagPair  []int32          // "i tag+i-2 tag " + p1 + " " + p2, at p1*len(tagFeats)+p2
	words    map[string]int32 // normalised word -> row of wordFeats
	wordFeat []wordFeats      // by word ID
	noWord   int32            // the row of words the model lacks: no features
	// Precomputed lookups: the padding's context, the tag ID of each
	// class and of the tags of special tokens.
	start, start2, end, end2 pos
	classTag                 []int32 // class ID -> tag ID, -1 when no feature has it
	dashTag, symTag, nnTag   int32
	noneTag                  int32
	tagWord                  map[uint64]int32 // "i-1 tag+i word " + p1 + " " + word, by word ID<<32 | tag ID
	suffixes                 map[string]sufs  // suffix -> its three features
}

// weight is one feature's weight for one class. Weight and class side
// by side take one cache line where two arrays take two.
type weight struct {
	weight float32
	class  uint8
}

// tagFeats are the features of one previous tag.
type tagFeats struct{ prev1, prev2 int32 } // "i-1 tag ", "i-2 tag "

// wordFeats are the features of one word by its place, and those of
// its suffix.
type wordFeats struct {
	cur, prev1, prev2, next1, next2 int32 // "i word ", "i-1 word ", "i-2 word ", "i+1 word ", "i+2 word "
	sufs                            sufs
}

// sufs are the features of one suffix by its place.
type sufs struct{ cur, prev1, next1 int32 } // "i suffix ", "i-1 suffix ", "i+1 suffix "

// none marks a feature the model does not have.
const none = -1

// modelMagic and tagModelVersion identify prose's flat model format.
const (
	modelMagic   = "PROSETAG"
	modelVersion = 1
)

// newTagger decodes prose's flat perceptron model (the format of prose's
// internal/flat package: magic, version, classes, sorted feature blob with
// offsets, compressed sparse rows of class IDs and weights, tag map) and
// files every feature under its template. A feature of any other shape is
// an error: the caller then uses prose's own tagger.
func newTagger(data []byte) (*tagger, error) {
	r := reader{b: data}
	if string(r.bytes(len(modelMagic))) != modelMagic {
		return nil, errors.New("not a prose flat tagger model")
	}
	if v := r.u32(); v != modelVersion {
		return nil, fmt.Errorf("unsupported tagger model version %d", v)
	}
	t := &tagger{bias: none}
	nClasses := int(r.u32())
	if r.err != nil || nClasses > 256 {
		return nil, fmt.Errorf("tagger model: bad class count %d", nClasses)
	}
	t.classes = make([]string, nClasses)
	for i := range t.classes {
		t.classes[i] = r.str16()
	}
	nFeatures, nPairs, blobLen := int(r.u32()), int(r.u32()), int(r.u32())
	blob := string(r.bytes(blobLen))
	featOff := r.u32s(nFeatures + 1)
	t.pairOff = r.u32s(nFeatures + 1)
	ids := r.bytes(nPairs)
	wts := r.f32s(nPairs)
	nTagMap := int(r.u32())
	if r.err != nil {
		return nil, r.err
	}
	t.tagMap = make(map[string]uint8, nTagMap)
	for i := 0; i < nTagMap; i++ {
		w := r.str16()
		id := r.u8()
		if r.err == nil && int(id) >= nClasses {
			return nil, fmt.Errorf("tagger model: tag map class %d out of range", id)
		}
		t.tagMap[w] = id
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(featOff) != nFeatures+1 || int(featOff[nFeatures]) != len(blob) || int(t.pairOff[nFeatures]) != nPairs {
		return nil, errors.New("tagger model: offsets disagree with sizes")
	}
	t.weights = make([]weight, nPairs)
	for i, id := range ids {
		if int(id) >= nClasses {
			return nil, fmt.Errorf("tagger model: class %d out of range", id)
		}
		t.weights[i] = weight{wts[i], id}
	}
	for i := 0; i < nFeatures; i++ {
		if featOff[i] > featOff[i+1] || t.pairOff[i] > t.pairOff[i+1] {
			return nil, errors.New("tagger model: offsets out of order")
		}
	}
	if err := t.index(blob, featOff); err != nil {
		return nil, err
	}
	return t, nil
}

// index files the model's features under their templates.
func (t *tagger) index(blob string, featOff []uint32) error {
	for i := range t.pref1 {
		t.pref1[i] = none
	}
	t.tagIDs = map[string]int32{}
	t.words = map[string]int32{}
	t.tagWord = map[uint64]int32{}
	t.suffixes = map[string]sufs{}
	tagID := func(tag string) (int32, error) {
		if tag == "" || strings.ContainsAny(tag, " ") {
			return 0, fmt.Errorf("tagger model: tag %q", tag)
		}
		id, ok := t.tagIDs[tag]
		if !ok {
			id = int32(len(t.tagFeats))
			t.tagIDs[tag] = id
			t.tagFeats = append(t.tagFeats, tagFeats{none, none})
		}
		return id, nil
	}
	wordID := func(w string) int32 {
		id, ok := t.words[w]
		if !ok {
			id = int32(len(t.wordFeat))
			t.words[w] = id
			t.wordFeat = append(t.wordFeat, wordFeats{none, none, none, none, none, sufs{none, none, none}})
		}
		return id
	}
	suffix := func(s string, set func(*sufs)) {
		v, ok := t.suffixes[s]
		if !ok {
			v = sufs{none, none, none}
		}
		set(&v)
		t.suffixes[s] = v
	}
	type pair struct{ p1, p2 string }
	pairs := map[pair]int32{}
	n := len(featOff) - 1
	for i := 0; i < n; i++ {
		f, fi := blob[featOff[i]:featOff[i+1]], int32(i)
		var err error
		// The templates, longest prefix first where one extends another.
		switch {
		case f == "bias":
			t.bias = fi
		case strings.HasPrefix(f, "i suffix "):
			suffix(f[len("i suffix "):], func(v *sufs) { v.cur = fi })
		case strings.HasPrefix(f, "i pref1 "):
			switch p := f[len("i pref1 "):]; len(p) {
			case 0:
				t.pref1[256] = fi
			case 1:
				t.pref1[p[0]] = fi
			default:
				err = fmt.Errorf("tagger model: feature %q", f)
			}
		case strings.HasPrefix(f, "i tag+i-2 tag "):
			p1, p2, ok := strings.Cut(f[len("i tag+i-2 tag "):], " ")
			if !ok {
				return fmt.Errorf("tagger model: feature %q", f)
			}
			if _, err = tagID(p1); err == nil {
				_, err = tagID(p2)
			}
			pairs[pair{p1, p2}] = fi
		case strings.HasPrefix(f, "i-1 tag+i word "):
			p1, w, ok := strings.Cut(f[len("i-1 tag+i word "):], " ")
			if !ok {
				return fmt.Errorf("tagger model: feature %q", f)
			}
			var id int32
			id, err = tagID(p1)
			t.tagWord[uint64(wordID(w))<<32|uint64(id)] = fi
		case strings.HasPrefix(f, "i-1 tag "):
			var id int32
			id, err = tagID(f[len("i-1 tag "):])
			t.tagFeats[id].prev1 = fi
		case strings.HasPrefix(f, "i-2 tag "):
			var id int32
			id, err = tagID(f[len("i-2 tag "):])
			t.tagFeats[id].prev2 = fi
		case strings.HasPrefix(f, "i word "):
			t.wordFeat[wordID(f[len("i word "):])].cur = fi
		case strings.HasPrefix(f, "i-1 word "):
			t.wordFeat[wordID(f[len("i-1 word "):])].prev1 = fi
		case strings.HasPrefix(f, "i-2 word "):
			t.wordFeat[wordID(f[len("i-2 word "):])].prev2 = fi
		case strings.HasPrefix(f, "i+1 word "):
			t.wordFeat[wordID(f[len("i+1 word "):])].next1 = fi
		case strings.HasPrefix(f, "i+2 word "):
			t.wordFeat[wordID(f[len("i+2 word "):])].next2 = fi
		case strings.HasPrefix(f, "i-1 suffix "):
			suffix(f[len("i-1 suffix "):], func(v *sufs) { v.prev1 = fi })
		case strings.HasPrefix(f, "i+1 suffix "):
			suffix(f[len("i+1 suffix "):], func(v *sufs) { v.next1 = fi })
		default:
			err = fmt.Errorf("tagger model: feature %q of no known template", f)
		}
		if err != nil {
			return err
		}
	}
	// A row for words the model lacks.
	t.noWord = wordID("\x00 no word")
	for w, id := range t.words {
		t.wordFeat[id].sufs = sufs{none, none, none}
		if s, ok := t.suffixes[tagSuffix(w)]; ok && id != t.noWord {
			t.wordFeat[id].sufs = s
		}
	}
	t.start, t.start2, t.end, t.end2 = t.pos("-START-"), t.pos("-START2-"), t.pos("-END-"), t.pos("-END2-")
	t.classTag = make([]int32, len(t.classes))
	for id, c := range t.classes {
		t.classTag[id] = t.tagID(c)
	}
	t.dashTag, t.symTag, t.nnTag, t.noneTag = t.tagID("-"), t.tagID("SYM"), t.tagID("NN"), t.tagID("-NONE-")
	nt := int32(len(t.tagFeats))
	t.tagPair = make([]int32, nt*nt)
	for i := range t.tagPair {
		t.tagPair[i] = none
	}
	for p, fi := range pairs {
		t.tagPair[t.tagIDs[p.p1]*nt+t.tagIDs[p.p2]] = fi
	}
	return nil
}

// defaultTagger returns the tagger for prose's embedded English model, or
// nil when the model is not in the form this file reads (a newer prose):
// the caller then uses prose's own tagger.
var defaultTagger = sync.OnceValue(func() *tagger {
	t, err := newTagger(aptagmodel.English)
	if err != nil {
		return nil
	}
	return t
})

// pos is what the lookups of one position of the context found.
type pos struct {
	word int32 // row of wordFeats
	sufs sufs  // the suffix's features
}

// TagTokens fills in the Tag of each token, treating them as one sentence.
func (t *tagger) TagTokens(tokens []token.Token) {
	if len(tokens) == 0 {
		return
	}
	// The context is the normalised words padded with two sentinels at
	// each end, as prose pads it.
	var buf [48]pos
	need := len(tokens) + 4
	ctx := buf[:0]
	if need > len(buf) {
		ctx = make([]pos, 0, need)
	}
	ctx = append(ctx, t.start, t.start2)
	for i := range tokens {
		ctx = append(ctx, t.pos(normalize(tokens[i].Text)))
	}
	ctx = append(ctx, t.end, t.end2)
	scores := make([]float32, len(t.classes))
	// The previous two tags, as tag IDs (-1 for a tag no feature has).
	p1, p2 := t.tagID("-START-"), t.tagID("-START2-")
	for i := range tokens {
		tg, id := t.tagOne(scores, ctx, i, tokens[i].Text, p1, p2)
		tokens[i].Tag = tg
		p2, p1 = p1, id
	}
}

// tagID returns the ID of a tag in the tag features, or -1.
func (t *tagger) tagID(tag string) int32 {
	if id, ok := t.tagIDs[tag]; ok {
		return id
	}
	return -1
}

// pos looks up a context word's features.
func (t *tagger) pos(w string) pos {
	if id, ok := t.words[w]; ok {
		return pos{word: id, sufs: t.wordFeat[id].sufs}
	}
	p := pos{word: t.noWord, sufs: sufs{none, none, none}}
	if s, ok := t.suffixes[tagSuffix(w)]; ok {
		p.sufs = s
	}
	return p
}

// Prose's patterns for Penn Treebank traces ("*-1", "*T*-2") and bracket
// literals ("-LRB-"), passed through unscored. Neither can match a word
// that does not start with '0', '*' or '-', which is checked first.
var (
	noneRe = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepRe = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// tagOne tags the token at i: prose's special cases, its table of
// unambiguous words, then the perceptron.
// It returns the tag and its tag ID.
func (t *tagger) tagOne(scores []float32, ctx []pos, i int, word string, p1, p2 int32) (string, int32) {
	switch {
	case word == "-":
		return "-", t.dashTag
	case word != "" && emoticonFirst[word[0]] && proseEmoticons[word]:
		return "SYM", t.symTag
	case strings.HasPrefix(word, "@"):
		return "NN", t.nnTag
	case word != "" && (word[0] == '0' || word[0] == '*') && noneRe.MatchString(word):
		return "-NONE-", t.noneTag
	case len(word) == 5 && word[0] == '-' && keepRe.MatchString(word):
		return word, t.tagID(word)
	}
	if id, ok := t.tagMap[word]; ok {
		return t.classes[id], t.classTag[id]
	}
	id := t.predict(scores, ctx, i, word, p1, p2)
	if id < 0 {
		return "", -1 // no score above -Inf, as prose has it
	}
	return t.classes[id], t.classTag[id]
}

// predict scores the fourteen features of prose's tagger, in prose's
// order, and returns the best class (ties go to the lowest class ID; -1
// when none scores above -Inf). p1
// and p2 are the tag IDs of the previous two tags.
func (t *tagger) predict(scores []float32, ctx []pos, i int, word string, p1, p2 int32) int {
	clear(scores)
	i += 2 // the place of the word in ctx
	t1, ok1 := p1, p1 >= 0
	t2, ok2 := p2, p2 >= 0
	wordFeat := func(k int) *wordFeats { return &t.wordFeat[ctx[k].word] }

	t.add(scores, t.bias)
	if s, ok := t.suffixes[tagSuffix(word)]; ok {
		t.add(scores, s.cur)
	}
	if word == "" {
		t.add(scores, t.pref1[256])
	} else {
		t.add(scores, t.pref1[word[0]])
	}
	if ok1 {
		t.add(scores, t.tagFeats[t1].prev1)
	}
	if ok2 {
		t.add(scores, t.tagFeats[t2].prev2)
	}
	if ok1 && ok2 {
		t.add(scores, t.tagPair[t1*int32(len(t.tagFeats))+t2])
	}
	t.add(scores, wordFeat(i).cur)
	if ok1 {
		if f, ok := t.tagWord[uint64(ctx[i].word)<<32|uint64(t1)]; ok {
			t.add(scores, f)
		}
	}
	t.add(scores, wordFeat(i-1).prev1)
	t.add(scores, ctx[i-1].sufs.prev1)
	t.add(scores, wordFeat(i-2).prev2)
	t.add(scores, wordFeat(i+1).next1)
	t.add(scores, ctx[i+1].sufs.next1)
	t.add(scores, wordFeat(i+2).next2)

	best, bestID := float32(math.Inf(-1)), -1
	for id, v := range scores {
		if v > best {
			best, bestID = v, id
		}
	}
	return bestID
}

// add accumulates the weights of feature f, if the model has it.
func (t *tagger) add(scores []float32, f int32) {
	if f == none {
		return
	}
	lo, hi := t.pairOff[f], t.pairOff[f+1]
	for _, w := range t.weights[lo:hi] {
		scores[w.class] += w.weight
	}
}

// straightApostrophe returns w with its typographic apostrophes (’)
// written as the straight ones the model was trained on: "’s" after a
// name is then the possessive it is ("Sunday’s march"), and "n’t" a
// negation.
func straightApostrophe(w string) string {
	if strings.IndexByte(w, 0xE2) < 0 { // ’ is E2 80 99
		return w
	}
	return strings.ReplaceAll(w, "’", "'")
}

// tagSuffix returns the last three bytes of w, or w when shorter.
func tagSuffix(w string) string {
	if len(w) <= 3 {
		return w
	}
	return w[len(w)-3:]
}

// normalize maps a word onto the form the model was trained on, as
// prose does: hyphenated words, four-digit numbers and numbers become
// placeholders, everything else lower case.
func normalize(word string) string {
	if word == "" {
		return word
	}
	first := word[0]
	if first != '-' && strings.IndexByte(word, '-') >= 0 {
		return "!HYPHEN"
	}
	if len(word) == 4 && year(word) {
		return "!YEAR"
	}
	if first >= '0' && first <= '9' {
		return "!DIGITS"
	}
	for i := 0; i < len(word); i++ {
		if c := word[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(word)
		}
	}
	return word
}

// year reports whether a four-byte word is an optionally signed
// decimal integer, as strconv.Atoi would accept it.
func year(s string) bool {
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i = 1
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// reader reads the little-endian fields of a model.
type reader struct {
	b   []byte
	pos int
	err error
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || r.pos+n > len(r.b) {
		r.err = fmt.Errorf("truncated tagger model at offset %d", r.pos)
		return nil
	}
	out := r.b[r.pos : r.pos+n]
	r.pos += n
	return out
}

func (r *reader) u32() uint32 {
	if b := r.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *reader) u8() uint8 {
	if b := r.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *reader) str16() string {
	b := r.bytes(2)
	if b == nil {
		return ""
	}
	return string(r.bytes(int(binary.LittleEndian.Uint16(b))))
}

func (r *reader) u32s(n int) []uint32 {
	b := r.bytes(n * 4)
	if b == nil {
		return nil
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[i*4:])
	}
	return out
}

func (r *reader) f32s(n int) []float32 {
	b := r.bytes(n * 4)
	if b == nil {
		return nil
	}
	out := make([]float32, n)
	for i := range out {
		out[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[i*4:]))
	}
	return out
}

// proseEmoticons is prose v3.2.3's emoticon set (internal/emoticon), which
// its tagger tags SYM whatever the context. prose keeps it in an internal
// package, so it is repeated here.
var proseEmoticons = map[string]bool{
	"(-8": true, "(-;": true, "(-_-)": true, "(._.)": true, "(:": true, "(=": true, "(o:": true,
	"(¬_¬)": true, "(ಠ_ಠ)": true, "(╯°□°）╯︵┻━┻": true, "-__-": true, "8-)": true, "8-D": true,
	"8D": true, ":(": true, ":((": true, ":(((": true, ":()": true, ":)))": true, ":-)": true,
	":-))": true, ":-)))": true, ":-*": true, ":-/": true, ":-X": true, ":-]": true, ":-o": true,
	":-p": true, ":-x": true, ":-|": true, ":-}": true, ":0": true, ":3": true, ":P": true,
	":]": true, ":`(": true, ":`)": true, ":`-(": true, ":o": true, ":o)": true, "=(": true,
	"=)": true, "=D": true, "=|": true, "@_@": true, "O.o": true, "O_o": true, "V_V": true,
	"XDD": true, "[-:": true, "^___^": true, "o_0": true, "o_O": true, "o_o": true, "v_v": true,
	"xD": true, "xDD": true, "¯\\(ツ)/¯": true,
}

// tagTokenize splits a sentence into prose's tokens, as prose v3.2.3's
// tokenize.Tokenizer with its default settings does, offsets included,
// without its per-span regular expression. TestTaggerMatchesProse and
// FuzzTokenizerMatchesProse hold the two together.
func tagTokenize(text string) []token.Token { return tokenizeInto(nil, text) }

// tokenizeInto is tagTokenize appending to tokens.
func tokenizeInto(tokens []token.Token, text string) []token.Token {
	if tokens == nil {
		tokens = make([]token.Token, 0, len(text)/4+2)
	}
	var start, index int
	var white bool
	for index <= len(text) {
		uc, size := utf8.DecodeRuneInString(text[index:])
		if size == 0 {
			break
		} else if index == 0 {
			white = unicode.IsSpace(uc)
		}
		if unicode.IsSpace(uc) != white {
			if start < index {
				tokens = split(text[start:index], start, tokens)
			}
			if uc == ' ' {
				start = index + 1
			} else {
				start = index
			}
			white = !white
		}
		index += size
	}
	if start < index {
		tokens = split(text[start:index], start, tokens)
	}
	return tokens
}

// split breaks one span between white space into tokens: prefixes
// off the front, contractions split, suffixes off the end, unless the
// span is to be kept whole.
func split(span string, base int, tokens []token.Token) []token.Token {
	blank := true
	for _, r := range span {
		if !unicode.IsSpace(r) {
			blank = false
			break
		}
	}
	if blank {
		return tokens
	}
	var sufArr [8]token.Token
	suffixes := sufArr[:0]
	for span != "" {
		if emoticonFirst[span[0]] && proseEmoticons[span] || keepWhole(span) {
			tokens = append(tokens, token.Token{Text: span, Start: base})
			span = ""
			break
		}
		if p := prefix(span); p > 0 {
			tokens = append(tokens, token.Token{Text: span[:p], Start: base})
			span, base = span[p:], base+p
			continue
		}
		if idx := contraction(span); idx > 0 {
			tokens = append(tokens, token.Token{Text: span[:idx], Start: base})
			span, base = span[idx:], base+idx
			continue
		}
		if s := suffixLen(span); s > 0 {
			cut := len(span) - s
			suffixes = append(suffixes, token.Token{Text: span[cut:], Start: base + cut})
			span = span[:cut]
			continue
		}
		tokens = append(tokens, token.Token{Text: span, Start: base})
		span = ""
	}
	for i := len(suffixes) - 1; i >= 0; i-- {
		tokens = append(tokens, suffixes[i])
	}
	return tokens
}

// prose's default affixes and contraction endings, in its order.
var (
	prefixes     = []string{"$", "(", `"`, "[", "“", "‘"}
	suffixes     = []string{",", ")", `"`, "]", "!", ";", ".", "?", ":", "'", "”", "’"}
	contractions = []string{"'ll", "'s", "'re", "'m", "n't", "’ll", "’s", "’re", "’m", "n’t"}
)

// prefix returns the length of the first of prose's prefixes that s
// starts with and is longer than, or 0.
func prefix(s string) int {
	switch s[0] {
	case '$', '(', '"', '[', 0xE2: // the curly quotes start with E2
		for _, a := range prefixes {
			if strings.HasPrefix(s, a) && len(s) > len(a) {
				return len(a)
			}
		}
	}
	return 0
}

// suffixLen returns the length of the first of prose's suffixes that s
// ends with and is longer than, or 0.
func suffixLen(s string) int {
	switch s[len(s)-1] {
	case ',', ')', '"', ']', '!', ';', '.', '?', ':', '\'', 0x9D, 0x99: // ” ends in 9D, ’ in 99
		for _, a := range suffixes {
			if strings.HasSuffix(s, a) && len(s) > len(a) {
				return len(a)
			}
		}
	}
	return 0
}

// emoticonFirst marks the first bytes of prose's emoticons.
var emoticonFirst = func() (first [256]bool) {
	for e := range proseEmoticons {
		first[e[0]] = true
	}
	return first
}()

// contraction returns the earliest offset, ASCII case folded, of a
// contraction ending whose first occurrence in s is not at its start, or
// -1 (prose ignores an ending that first occurs at offset 0).
func contraction(s string) int {
	if strings.IndexByte(s, '\'') < 0 && strings.IndexByte(s, 0xE2) < 0 {
		return -1 // every ending holds an apostrophe, ' or ’ (E2 80 99)
	}
	best := -1
	for _, c := range contractions {
		for i := 0; i+len(c) <= len(s); i++ {
			if equalFoldASCII(s[i:i+len(c)], c) {
				if i > 0 && (best == -1 || i < best) {
					best = i
				}
				break
			}
		}
	}
	return best
}

func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		ca, cb := a[i], b[i]
		if ca >= 'A' && ca <= 'Z' {
			ca += 'a' - 'A'
		}
		if cb >= 'A' && cb <= 'Z' {
			cb += 'a' - 'A'
		}
		if ca != cb {
			return false
		}
	}
	return true
}

// keepWhole reports whether a span is an abbreviation prose keeps in
// one token: letters each followed by a period ("U.S.", "a.m."), or a
// capital and one or two small letters with a period ("Mr.", "Gen.");
// prose's `^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$`.
func keepWhole(s string) bool {
	isLetter := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	if n := len(s); n >= 4 && n%2 == 0 {
		dotted := true
		for i := 0; i < n; i += 2 {
			if !isLetter(s[i]) || s[i+1] != '.' {
				dotted = false
				break
			}
		}
		if dotted {
			return true
		}
	}
	if n := len(s); (n == 3 || n == 4) && s[0] >= 'A' && s[0] <= 'Z' && s[n-1] == '.' {
		for i := 1; i < n-1; i++ {
			if s[i] < 'a' || s[i] > 'z' {
				return false
			}
		}
		return true
	}
	return false
}
