package clean

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
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
	t := &OutletTable{Outlets: make(map[string]string, len(raw.Outlets)), Agencies: raw.Agencies}
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
