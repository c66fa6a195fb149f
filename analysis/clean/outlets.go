package clean

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/outlets.json
var outletsJSON []byte

// OutletTable is the table of outlet names: web hosts and signatures
// written in pages, mapped to canonical names, plus the wire agencies.
// The embedded default is data/outlets.json; CleanOptions.Outlets extends
// it.
type OutletTable struct {
	// Outlets maps a host ("upi.com") or a signature ("UPI News") to the
	// outlet's canonical name. Keys are matched case-insensitively.
	Outlets map[string]string `json:"outlets"`
	// Agencies lists the canonical names of wire services.
	Agencies []string `json:"agencies"`
	// Sections lists the words of section and menu names ("world",
	// "news", "latest"): a name made only of them is no outlet.
	Sections []string `json:"sections"`
	// Roles lists the words of a writer's role in a byline ("Staff
	// Reporter", "Senior Correspondent"): no outlet either.
	Roles []string `json:"roles"`

	sections, roles map[string]bool // lower-cased Sections and Roles
}

// DefaultOutlets returns the embedded outlet table. The result is shared:
// callers must not modify it.
var DefaultOutlets = sync.OnceValue(func() *OutletTable {
	t, err := ParseOutletTable(outletsJSON)
	if err != nil {
		panic("embedded data/outlets.json: " + err.Error())
	}
	return t
})

// ParseOutletTable decodes an outlet table in the JSON form of
// data/outlets.json, folding keys to lower case.
func ParseOutletTable(data []byte) (*OutletTable, error) {
	var raw OutletTable
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("outlet table: %w", err)
	}
	t := &OutletTable{Outlets: make(map[string]string, len(raw.Outlets)), Agencies: raw.Agencies,
		Sections: raw.Sections, Roles: raw.Roles, sections: map[string]bool{}, roles: map[string]bool{}}
	for _, w := range raw.Sections {
		t.sections[strings.ToLower(w)] = true
	}
	for _, w := range raw.Roles {
		t.roles[strings.ToLower(w)] = true
	}
	for k, v := range raw.Outlets {
		k = strings.ToLower(strings.TrimSpace(k))
		if k == "" || strings.TrimSpace(v) == "" {
			return nil, fmt.Errorf("outlet table: empty key or name (%q: %q)", k, v)
		}
		t.Outlets[k] = v
	}
	return t, nil
}

// outletLookup resolves names through the caller's table first, then the
// embedded one.
type outletLookup struct {
	extra map[string]string // lower-cased keys of CleanOptions.Outlets
	base  *OutletTable
}

func newOutletLookup(extra map[string]string) outletLookup {
	l := outletLookup{base: DefaultOutlets()}
	if len(extra) > 0 {
		l.extra = make(map[string]string, len(extra))
		for k, v := range extra {
			l.extra[strings.ToLower(strings.TrimSpace(k))] = v
		}
	}
	return l
}

// name returns the canonical name for an exact key (a host or a
// signature), case-insensitively.
func (l outletLookup) name(key string) (string, bool) {
	key = strings.ToLower(strings.TrimSpace(key))
	if v, ok := l.extra[key]; ok {
		return v, true
	}
	v, ok := l.base.Outlets[key]
	return v, ok
}

// host returns the canonical name for a web host or one of its parent
// domains ("en.yna.co.kr" finds "yna.co.kr").
func (l outletLookup) host(h string) (string, bool) {
	h = strings.TrimPrefix(strings.ToLower(h), "www.")
	for h != "" {
		if v, ok := l.name(h); ok {
			return v, true
		}
		i := strings.IndexByte(h, '.')
		if i < 0 || !strings.Contains(h[i+1:], ".") {
			break // never match a bare TLD such as "com"
		}
		h = h[i+1:]
	}
	return "", false
}

// within returns the canonical name of the longest table key that occurs
// in s as whole words ("inews24 Views" finds "inews24").
func (l outletLookup) within(s string) (string, bool) {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == ' ' || r == '\t' || r == '|' || r == ',' || r == '(' || r == ')' || r == '•' || r == '·'
	})
	// Try the longest spans first; lines checked here are short.
	for n := min(len(words), 5); n >= 1; n-- {
		for i := 0; i+n <= len(words); i++ {
			key := strings.Join(words[i:i+n], " ")
			if v, ok := l.name(strings.Trim(key, ".:;-–—")); ok {
				return v, true
			}
		}
	}
	return "", false
}

// isAgency reports whether name is a wire service.
func (l outletLookup) isAgency(name string) bool {
	for _, a := range l.base.Agencies {
		if strings.EqualFold(a, name) {
			return true
		}
	}
	return false
}

// generic reports whether every word of name is a section word or a
// function word: "World News", "Latest", "About Us" name no outlet.
func (l outletLookup) generic(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	for _, w := range words {
		w = strings.Trim(w, ".,:;|'’\"()-–—&")
		if w != "" && !l.base.sections[w] && w != "the" && w != "of" && w != "and" && w != "in" && w != "for" {
			return false
		}
	}
	return true
}

// isRole reports whether name has a writer's role word ("Staff
// Reporter").
func (l outletLookup) isRole(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if l.base.roles[strings.Trim(w, ".,:;")] {
			return true
		}
	}
	return false
}

// plausibleName reports whether s can be an outlet's name: one to six
// words of at most 50 characters with a letter, written as a name
// (capitalised, or a host name, or a word mixing letters and digits such
// as "inews24"), and not a section name, a writer's role, a date, an
// image file's name or an identifier with a long run of digits ("gaza
// hos-1697631654088").
func (l outletLookup) plausibleName(s string) bool {
	s = strings.TrimSpace(s)
	n := len(strings.Fields(s))
	if n == 0 || n > 6 || utf8.RuneCountInString(s) > 50 || strings.IndexFunc(s, unicode.IsLetter) < 0 {
		return false
	}
	run := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			if run++; run >= 4 {
				return false
			}
		} else {
			run = 0
		}
	}
	if rxFileName.MatchString(s) || hasDate(s) || l.generic(s) || l.isRole(s) {
		return false
	}
	// A word said twice is a run of menu items ("Local News newsLocal
	// News").
	seen := map[string]bool{}
	for w := range strings.FieldsSeq(strings.ToLower(s)) {
		if seen[w] {
			return false
		}
		seen[w] = true
	}
	first, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(first) || unicode.IsDigit(first) || hasDottedWord(s) || hasLetterDigitWord(s)
}
