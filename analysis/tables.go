package analysis

import (
	_ "embed"
	"encoding/json"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/measures.json
var measuresJSON []byte

//go:embed data/places.json
var placesJSON []byte

// MeasureTable maps the words that name what a figure counts ("soldiers",
// "death toll") to a normalised measure ("troops", "killed").
type MeasureTable struct {
	word    map[string]string // single lower-case word -> measure
	phrases []measurePhrase   // multi-word phrases, longest first
	// subsets are modifiers that make a figure count part of a total
	// ("special forces"); groups are partitive nouns ("first group of").
	subsets []string
	groups  map[string]bool
	// located measures are scoped by where things happened, not by whose
	// they are.
	located map[string]bool
}

type measurePhrase struct{ words, measure string }

// DefaultMeasures returns the embedded measure table extended by extra
// (measure -> words).
func DefaultMeasures(extra map[string][]string) *MeasureTable {
	var file struct {
		Measures map[string][]string `json:"measures"`
		Subsets  []string            `json:"subsets"`
		Groups   []string            `json:"groups"`
		Located  []string            `json:"located"`
	}
	if err := json.Unmarshal(measuresJSON, &file); err != nil {
		panic("embedded measures.json: " + err.Error())
	}
	t := &MeasureTable{word: map[string]string{}, groups: map[string]bool{}, located: map[string]bool{}}
	for _, m := range file.Located {
		t.located[m] = true
	}
	for _, s := range file.Subsets {
		t.subsets = append(t.subsets, strings.ToLower(s))
	}
	sort.SliceStable(t.subsets, func(i, j int) bool { return len(t.subsets[i]) > len(t.subsets[j]) })
	for _, g := range file.Groups {
		t.groups[strings.ToLower(g)] = true
	}
	add := func(m map[string][]string) {
		names := make([]string, 0, len(m))
		for k := range m {
			names = append(names, k)
		}
		sort.Strings(names) // deterministic when two measures claim a word
		for _, measure := range names {
			for _, w := range m[measure] {
				w = strings.ToLower(strings.TrimSpace(w))
				if w == "" {
					continue
				}
				if strings.Contains(w, " ") {
					t.phrases = append(t.phrases, measurePhrase{w, measure})
				} else {
					t.word[w] = measure
				}
			}
		}
	}
	add(file.Measures)
	add(extra)
	sort.SliceStable(t.phrases, func(i, j int) bool { return len(t.phrases[i].words) > len(t.phrases[j].words) })
	return t
}

// Lookup returns the measure a single word or phrase names, if any.
func (t *MeasureTable) Lookup(s string) (string, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if m, ok := t.word[s]; ok {
		return m, true
	}
	for _, p := range t.phrases {
		if p.words == s {
			return p.measure, true
		}
	}
	return "", false
}

// SubsetModifier returns the modifier in a counted phrase that makes it a
// part of a larger total ("special forces troops" -> "special forces"),
// or "" when the phrase counts a whole.
func (t *MeasureTable) SubsetModifier(phrase string) string {
	low := strings.ToLower(phrase)
	if i := strings.Index(low, " of "); i >= 0 {
		low = low[:i]
	}
	for _, s := range t.subsets {
		if containsWords(low, s) {
			return s
		}
	}
	return ""
}

// Located reports whether a measure's subject is the place where things
// happened (a death toll) rather than whose they are (troops).
func (t *MeasureTable) Located(measure string) bool { return t.located[measure] }

// IsGroupNoun reports whether a noun names a part of a deployment or
// tally ("group", "batch", "wave").
func (t *MeasureTable) IsGroupNoun(w string) bool { return t.groups[strings.ToLower(w)] }

// Classify returns the measure of a counted noun phrase ("North Korean
// soldiers" -> "troops", "containers of artillery" -> "containers"). A
// phrase naming a known measure maps to it; any other phrase is measured
// by its head noun, so unknown things still group by what they are.
func (t *MeasureTable) Classify(phrase string) string {
	low := strings.ToLower(phrase)
	head := low
	if i := strings.Index(head, " of "); i >= 0 {
		head = head[:i]
	}
	for _, p := range t.phrases {
		if containsWords(head, p.words) {
			return p.measure
		}
	}
	words := strings.FieldsFunc(head, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	for i := len(words) - 1; i >= 0; i-- {
		if m, ok := t.word[words[i]]; ok {
			return m
		}
	}
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// containsWords reports whether phrase contains words on word boundaries.
func containsWords(phrase, words string) bool {
	for off := 0; ; {
		i := strings.Index(phrase[off:], words)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(words)
		if (i == 0 || !isWordByte(phrase[i-1])) && (j == len(phrase) || !isWordByte(phrase[j])) {
			return true
		}
		off = i + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// Place is a country or bloc with the names it goes by.
type Place struct {
	Name     string   `json:"name"`
	Demonyms []string `json:"demonyms"`
	Aliases  []string `json:"aliases"`
}

// PlaceMention is a place named in a text.
type PlaceMention struct {
	// Start and End are byte offsets of the name in the text.
	Start, End int
	// Place is the canonical name ("North Korea").
	Place string
	// Demonym reports whether the text used the adjective ("North Korean").
	Demonym bool
}

// PlaceTable finds countries in text by name, demonym or alias.
type PlaceTable struct {
	re    *regexp.Regexp
	names map[string]placeName // text as written -> place
}

type placeName struct {
	place   string
	demonym bool
}

// DefaultPlaces returns the embedded place table extended by extra.
func DefaultPlaces(extra []Place) *PlaceTable {
	var file struct {
		Places []Place `json:"places"`
	}
	if err := json.Unmarshal(placesJSON, &file); err != nil {
		panic("embedded places.json: " + err.Error())
	}
	t := &PlaceTable{names: map[string]placeName{}}
	var all []string
	add := func(text, place string, demonym bool) {
		if text == "" {
			return
		}
		if _, ok := t.names[text]; !ok {
			all = append(all, text)
		}
		t.names[text] = placeName{place, demonym}
	}
	for _, p := range append(file.Places, extra...) {
		add(p.Name, p.Name, false)
		for _, a := range p.Aliases {
			add(a, p.Name, false)
		}
		for _, d := range p.Demonyms {
			add(d, p.Name, true)
			add(d+"s", p.Name, true) // "Americans", "Ukrainians"
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if len(all[i]) != len(all[j]) {
			return len(all[i]) > len(all[j])
		}
		return all[i] < all[j]
	})
	quoted := make([]string, len(all))
	for i, s := range all {
		quoted[i] = regexp.QuoteMeta(s)
	}
	t.re = regexp.MustCompile(strings.Join(quoted, "|"))
	return t
}

// Find returns the places named in text, in order. Names are matched
// case-sensitively on word boundaries ("US" the country, not "us").
func (t *PlaceTable) Find(text string) []PlaceMention {
	var out []PlaceMention
	for _, loc := range t.re.FindAllStringIndex(text, -1) {
		i, j := loc[0], loc[1]
		if i > 0 {
			r, _ := utf8.DecodeLastRuneInString(text[:i])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		if j < len(text) {
			r, _ := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		pn := t.names[text[i:j]]
		out = append(out, PlaceMention{Start: i, End: j, Place: pn.place, Demonym: pn.demonym})
	}
	return out
}

var (
	defaultMeasuresOnce = sync.OnceValue(func() *MeasureTable { return DefaultMeasures(nil) })
	defaultPlacesOnce   = sync.OnceValue(func() *PlaceTable { return DefaultPlaces(nil) })
)
