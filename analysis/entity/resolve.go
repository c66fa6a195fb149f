package entity

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"

	"crosscheck/analysis"
	"crosscheck/analysis/lexicon"
)

// The word sets of entity resolution (analysis/lexicon/data/entity.json),
// extendable by a config's "words".
var (
	speaksFor  = lexicon.Words("entity.speaksFor")
	postedTo   = lexicon.Words("entity.postedTo")
	ranks      = lexicon.Words("entity.ranks")
	ofRoles    = lexicon.Words("entity.ofRoles")
	roleBodies = map[string]string{}
)

func init() {
	load := func() {
		m := map[string]string{}
		for _, p := range lexicon.List("entity.roleBodies") {
			if r, b, ok := strings.Cut(p, "="); ok {
				m[strings.TrimSpace(r)] = strings.TrimSpace(b)
			}
		}
		roleBodies = m
	}
	load()
	lexicon.OnExtend(load, "entity.roleBodies")
}

// Resolve settles the speakers of a night into entities and returns them.
// Each claim's Source becomes its entity's canonical name and its Entity
// the entity's ID. Speaker names merge by
//
//   - the alias table t (nil: the embedded one): "the US Department of
//     Defense" is the Pentagon;
//   - name keys: romanisation variants ("Zelensky", "Zelenskyy"; "Hwang
//     Joon-kook", "Hwang Jun Kook") and a lone surname or a title and a
//     surname that matches one full name of the night, or one named with
//     the same role;
//   - acronyms: "Center for Countering Disinformation (CCD)" is "CCD" and
//     "Center for Countering Disinformation"; a lone acronym is the one
//     name of the night whose initials it spells;
//   - body names: "French military intelligence directorate" is "French
//     military intelligence"; "National Intelligence Service in South
//     Korea" is South Korea's; a bare "Health Ministry" is the night's one
//     health ministry named with its place.
//
// Each entity carries what its names say: a person's name and role, the
// organisation and country it belongs to ("Pentagon spokesman Pat Ryder":
// Pat Ryder, spokesman, Pentagon, United States). An organisation that a
// speaker belongs to becomes an entity too; a speaker whose role speaks
// for it (entity.speaksFor: a spokesman, an official, a minister) counts
// as it (CountsAs), and a document as its issuer, so independent sources
// are counted on organisations. The work is linear in the claims plus the
// distinct speaker names, each looked up once.
func Resolve(claims []analysis.Claim, t *SourceTable) []analysis.Entity {
	return ResolveSome(claims, nil, t)
}

// ResolveSome is Resolve over the claims at indices idx only (all claims
// when idx is nil): one story's, so that a lone surname or a bare "Health
// Ministry" joins a full name of its own story, never another story's.
func ResolveSome(claims []analysis.Claim, idx []int, t *SourceTable) []analysis.Entity {
	if t == nil {
		t = DefaultTable()
	}
	if idx == nil {
		idx = make([]int, len(claims))
		for i := range idx {
			idx[i] = i
		}
	}
	r := resolver{t: t, index: map[string]int{}}
	for _, i := range idx {
		c := &claims[i]
		if strings.TrimSpace(c.Source) == "" {
			c.Entity = ""
			continue
		}
		k, ok := r.index[c.Source]
		if !ok {
			k = len(r.names)
			r.index[c.Source] = k
			r.names = append(r.names, c.Source)
			r.texts = append(r.texts, nil)
		}
		if st := strings.TrimSpace(c.SourceText); st != "" && !lexicon.SubjectPronouns[strings.ToLower(st)] && len(r.texts[k]) < 8 && !has(r.texts[k], st) {
			r.texts[k] = append(r.texts[k], st)
		}
	}
	r.parent = make([]int, len(r.names))
	for i := range r.parent {
		r.parent[i] = i
	}
	r.merge()
	ents, ofName := r.entities()
	for _, i := range idx {
		c := &claims[i]
		if k, ok := r.index[c.Source]; ok {
			e := &ents[ofName[k]]
			c.Source, c.Entity = e.Name, e.ID
		}
	}
	return ents
}

// resolver holds the distinct speaker names of a night and their groups.
type resolver struct {
	t      *SourceTable
	names  []string       // distinct Source values, first seen first
	texts  [][]string     // the speaker texts written for each name
	index  map[string]int // name -> its index
	parent []int          // union-find over names
	merges []merge
}

// merge records why two names were joined.
type merge struct {
	a, b int
	why  string
}

func (r *resolver) find(i int) int {
	for r.parent[i] != i {
		r.parent[i] = r.parent[r.parent[i]]
		i = r.parent[i]
	}
	return i
}

func (r *resolver) union(a, b int, why string) {
	ra, rb := r.find(a), r.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	r.parent[rb] = ra
	r.merges = append(r.merges, merge{a, b, why})
}

// joinBy joins the names that share a key.
func (r *resolver) joinBy(keyOf func(i int) string, why string) {
	first := map[string]int{}
	for i := range r.names {
		k := keyOf(i)
		if k == "" {
			continue
		}
		if j, ok := first[k]; ok {
			r.union(j, i, why)
		} else {
			first[k] = i
		}
	}
}

// merge applies the merging rules to the night's names.
func (r *resolver) merge() {
	t := r.t
	entry := make([]*SourceEntry, len(r.names))
	bodyKey := make([]string, len(r.names)) // key of a body's name, "" for people and groups
	for i, n := range r.names {
		entry[i] = tableEntry(t, n)
		if entry[i] != nil && entry[i].Kind == SourcePerson {
			continue
		}
		if coordination(n) {
			continue
		}
		if _, ok := PersonPart(stripParens(n), t); ok && entry[i] == nil {
			continue
		}
		bodyKey[i] = bodyOrder(key(stripParens(n)))
	}
	r.joinBy(func(i int) string {
		if entry[i] != nil {
			return entry[i].Name
		}
		return ""
	}, "alias table")
	r.joinBy(func(i int) string { return bodyKey[i] }, "same body, its noun before or after ('Ministry of Health', 'health ministry')")
	keys := speakerKeys(r.names, t)
	r.joinBy(func(i int) string { return keys[r.names[i]] }, "same name key or surname")

	// Acronyms: a parenthesised acronym names its expansion; a lone
	// acronym is the one name of the night whose initials it spells.
	byKey := map[string]int{}
	for i := range r.names {
		if _, ok := byKey[bodyKey[i]]; !ok && bodyKey[i] != "" {
			byKey[bodyKey[i]] = i
		}
	}
	initials := map[string][]int{}
	for i, n := range r.names {
		if bodyKey[i] == "" {
			continue
		}
		if o, c := strings.IndexByte(n, '('), strings.IndexByte(n, ')'); o > 0 && c > o {
			if acr := n[o+1 : c]; Acronym(acr) {
				if j, ok := byKey[key(acr)]; ok {
					r.union(i, j, "acronym in parentheses")
				}
				initials[key(acr)] = append(initials[key(acr)], i)
				continue
			}
		}
		if in := initialsOf(n); len(in) >= 2 {
			initials[in] = append(initials[in], i)
		}
	}
	for i, n := range r.names {
		if bodyKey[i] == "" || !Acronym(n) || strings.Contains(n, " ") {
			continue
		}
		if js := r.distinctGroups(initials[key(n)]); len(js) == 1 && r.find(js[0]) != r.find(i) {
			r.union(js[0], i, "acronym of its initials")
		}
	}
	// Body names: "X directorate" is "X"; a bare "Health Ministry" is
	// the one longer name of the night that ends with it.
	suffixes := map[string][]int{}
	for i := range r.names {
		k := bodyKey[i]
		if k == "" {
			continue
		}
		w := strings.Fields(k)
		if len(w) >= 2 && lexicon.OrgNouns[w[len(w)-1]] {
			if j, ok := byKey[strings.Join(w[:len(w)-1], " ")]; ok {
				r.union(j, i, "same body with its body noun")
			}
		}
		for s := 1; s+2 <= len(w); s++ {
			suf := strings.Join(w[s:], " ")
			suffixes[suf] = append(suffixes[suf], i)
		}
	}
	for i := range r.names {
		k := bodyKey[i]
		w := strings.Fields(k)
		if len(w) < 2 || !lexicon.OrgNouns[w[len(w)-1]] || !Capitalised(r.names[i]) {
			continue
		}
		if js := r.distinctGroups(suffixes[k]); len(js) == 1 && r.find(js[0]) != r.find(i) {
			r.union(js[0], i, "bare body named in full once that night")
		}
	}
	r.describedBodies(bodyKey, entry)
	r.countryBodies(bodyKey)
}

// countryBodies joins a body named by its country and its noun, as a
// demonym or a possessive ("Chilean police" in a headline), to the one
// body of the same country and noun whose description holds its words
// ("Chile's national police"); with two such bodies ("Chile's national
// police", "Chile's municipal police") it stays apart.
func (r *resolver) countryBodies(bodyKey []string) {
	type desc struct {
		country, noun string
		mods          []string
	}
	descs := make([]*desc, len(r.names))
	for i, n := range r.names {
		if bodyKey[i] == "" {
			continue
		}
		words := strings.Fields(stripParens(n))
		if len(words) < 2 || len(words) > 5 {
			continue
		}
		noun := strings.ToLower(words[len(words)-1])
		if !lexicon.OrgNouns[noun] && !lexicon.GroupNouns[noun] {
			continue
		}
		c := countryNamed(words[0])
		if c == "" || !Capitalised(words[0]) {
			continue
		}
		d := &desc{country: c, noun: noun}
		for _, w := range words[1 : len(words)-1] {
			if Capitalised(w) {
				d = nil // a name ("Chile's Carabineros Police"), not a description
				break
			}
			if !lexicon.StopWords[w] {
				d.mods = append(d.mods, w)
			}
		}
		descs[i] = d
	}
	for i, d := range descs {
		if d == nil {
			continue
		}
		var cands []int
		for j, e := range descs {
			if j == i || e == nil || e.country != d.country || e.noun != d.noun || len(e.mods) <= len(d.mods) {
				continue
			}
			all := true
			for _, m := range d.mods {
				all = all && has(e.mods, m)
			}
			if all {
				cands = append(cands, j)
			}
		}
		if js := r.distinctGroups(cands); len(js) == 1 && r.find(js[0]) != r.find(i) {
			r.union(js[0], i, "a body named by its country and noun")
		}
	}
}

// describedBodies joins a body described by its country and field
// ("Mozambique's disaster agency", "Kenya's electoral commission") to the
// one body of the story named in full whose name holds that field
// ("National Institute for Disaster Risk Management (INGD)", "Independent
// Electoral and Boundaries Commission"): a name the alias table does not
// know (an international body it knows, "World Health Organization",
// stays apart from "Malawi's health agency") and that names no other
// country ("Russian Defence Ministry" is not "Ukraine's defence
// ministry").
func (r *resolver) describedBodies(bodyKey []string, entry []*SourceEntry) {
	country := map[int]string{} // countryNamed of a full name, once each
	for i, n := range r.names {
		if bodyKey[i] == "" {
			continue
		}
		words := strings.Fields(stripParens(n))
		if len(words) < 3 || !strings.HasSuffix(words[0], "'s") && !strings.HasSuffix(words[0], "’s") {
			continue // "Mozambique's …": the country is the possessor
		}
		c := countryNamed(words[0])
		if c == "" {
			continue
		}
		rest := words[1:]
		if !lexicon.OrgNouns[strings.ToLower(rest[len(rest)-1])] {
			continue
		}
		var field []string
		for _, w := range rest[:len(rest)-1] {
			if Capitalised(w) {
				field = nil // a name, not a description
				break
			}
			if !lexicon.StopWords[w] {
				field = append(field, w)
			}
		}
		if len(field) == 0 {
			continue
		}
		var cands []int
		for j, m := range r.names {
			if j == i || bodyKey[j] == "" || entry[j] != nil || !Capitalised(m) {
				continue
			}
			mw := strings.Fields(bodyKey[j])
			org, all := false, true
			for _, w := range mw {
				org = org || lexicon.OrgNouns[w]
			}
			for _, f := range field {
				all = all && has(mw, f)
			}
			if !org || !all {
				continue
			}
			oc, ok := country[j]
			if !ok {
				oc = countryNamed(stripParens(m))
				country[j] = oc
			}
			if oc != "" && oc != c {
				continue
			}
			cands = append(cands, j)
		}
		if js := r.distinctGroups(cands); len(js) == 1 && r.find(js[0]) != r.find(i) {
			r.union(js[0], i, "a body described by its country and field")
		}
	}
}

// bodyOrder writes a body's key with its body noun last: "malawi s
// ministry of health" -> "malawi s health ministry", "department of
// defense" -> "defense department", so the two ways of naming one body
// meet. A name whose words after "of" hold another body noun or an
// article ("office of the president") is left as it is.
func bodyOrder(k string) string {
	w := strings.Fields(k)
	for j := 1; j+1 < len(w); j++ {
		if w[j] != "of" || !lexicon.OrgNouns[w[j-1]] || len(w)-j-1 > 3 {
			continue
		}
		for _, v := range w[j+1:] {
			if lexicon.OrgNouns[v] || v == "the" || v == "of" {
				return k
			}
		}
		out := append(append(append([]string{}, w[:j-1]...), w[j+1:]...), w[j-1])
		return strings.Join(out, " ")
	}
	return k
}

// countryNamed returns the country of the first place text names
// ("Mozambique's" -> "Mozambique", "Russian Defence Ministry" -> "Russia"),
// or "".
func countryNamed(text string) string {
	places := lexicon.DefaultPlacesOnce()
	for _, m := range places.Find(text) {
		if w := places.Within(m.Place); w != "" {
			return w
		}
		return m.Place
	}
	return ""
}

// tableEntry looks a speaker's name up in the table, also as a body in a
// country ("National Intelligence Service in South Korea") and as a name
// with a quoted or parenthesised alias ("US Department of Defense
// ‘Pentagon’").
func tableEntry(t *SourceTable, name string) *SourceEntry {
	bare := stripParens(name)
	if e := t.Find(name); e != nil {
		if e.Kind != SourcePerson {
			// "Russia's UN ambassador Vasily Nebenzya" is a person,
			// not Russia.
			if p, ok := PersonPart(bare, t); ok && len(nameTokens(p)) >= 2 && !describes(bare, p) {
				return nil
			}
		}
		return e
	}
	if body, place, ok := strings.Cut(bare, " in "); ok && t.countryOf(place) != nil {
		if e := t.FindName(place + "'s " + body); e != nil {
			return e
		}
	}
	if i := quoteAt(bare); i > 0 {
		if e := t.FindName(strings.TrimSpace(bare[:i])); e != nil && e.Kind != SourcePerson {
			if alias := t.FindName(strings.Trim(bare[i:], "‘’“”\"' ")); alias == nil || alias == e {
				return e
			}
		}
	}
	return nil
}

// quoteAt returns where a quotation opens after a space in s, or -1.
func quoteAt(s string) int {
	for i := 1; i < len(s); i++ {
		if s[i-1] == ' ' && (s[i] == '\'' || s[i] == '"' || strings.HasPrefix(s[i:], "‘") || strings.HasPrefix(s[i:], "“")) {
			return i
		}
	}
	return -1
}

// distinctGroups returns one name of each group among is.
func (r *resolver) distinctGroups(is []int) []int {
	var out []int
	seen := map[int]bool{}
	for _, i := range is {
		if g := r.find(i); !seen[g] {
			seen[g] = true
			out = append(out, i)
		}
	}
	return out
}

// initialsOf returns the lower-case initials of a name whose words are
// all capitalised but for function words ("Center for Countering
// Disinformation" -> "ccd"); empty otherwise.
func initialsOf(name string) string {
	words := strings.Fields(stripParens(trimArticle(name)))
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		switch lw := strings.ToLower(w); {
		case lw == "of" || lw == "for" || lw == "the" || lw == "and" || lw == "on" || lw == "in" || lw == "&":
		case Capitalised(w):
			b.WriteString(strings.ToLower(w[:1]))
		default:
			return ""
		}
	}
	return b.String()
}

// lowerWords reports whether no word of ws is capitalised.
func lowerWords(ws []string) bool {
	for _, w := range ws {
		if Capitalised(w) {
			return false
		}
	}
	return true
}

// demonymLike reports whether a word has the shape of a demonym
// ("Palestinian", "Syrian", "Congolese", "Kurdish"): a qualifier, not a
// body's name.
func demonymLike(w string) bool {
	lw := strings.ToLower(w)
	for _, suf := range []string{"ian", "ean", "ese", "ish", "an"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}

// coordination reports whether a name joins several speakers ("the
// unions and the opposition", "US and South Korean officials"); a body's
// name with "and" in it ("Independent Electoral and Boundaries
// Commission") joins none.
func coordination(name string) bool {
	low := strings.ToLower(name)
	if strings.Contains(name, ", ") {
		return true
	}
	if !strings.Contains(low, " and ") && !strings.Contains(low, " & ") {
		return false
	}
	w := strings.Fields(low)
	return initialsOf(name) == "" || !lexicon.OrgNouns[w[len(w)-1]]
}

// has reports whether ss holds s.
func has(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// description is what a speaker's name says of it.
type description struct {
	kind    analysis.EntityKind
	person  string
	role    string
	org     string       // the body it belongs to, as named or canonical
	orgE    *SourceEntry // the body's table entry, when it has one
	country string
}

// describe reads a speaker's name: "Pentagon spokesman Maj. Gen. Pat
// Ryder" is the person Pat Ryder, spokesman of the Pentagon (United
// States); "a Gaza Health Ministry official" a role of the Gaza Health
// Ministry; "head of the Center for Countering Disinformation" a role of
// that centre; "a UN report" a document of the UN.
func describe(name string, t *SourceTable) description {
	var d description
	bare := stripParens(name)
	if e := tableEntry(t, name); e != nil {
		switch e.Kind {
		case SourcePerson:
			d.kind, d.person = analysis.EntityPerson, e.Name
		case SourceCountry:
			d.kind, d.country = analysis.EntityCountry, e.Name
			return d
		default:
			d.kind, d.country = analysis.EntityOrg, e.Country
			return d
		}
	}
	words := strings.Fields(trimArticle(bare))
	// "head of X", "spokesman for X".
	for i := 1; i+1 < len(words); i++ {
		if lw := strings.ToLower(words[i]); (lw == "of" || lw == "for") && ofRoles[strings.ToLower(words[i-1])] && lowerWords(words[:i-1]) {
			d.role = strings.ToLower(words[i-1])
			if d.kind == "" {
				d.kind = analysis.EntityRole
			}
			d.org, d.orgE, d.country = orgOf(t, trimArticle(strings.Join(words[i+1:], " ")), "")
			return d
		}
	}
	if coordination(bare) {
		d.kind = analysis.EntityGroup
		return d
	}
	if iss, ok := t.Issuer(name); ok {
		d.kind = analysis.EntityDocument
		d.org, d.orgE, d.country = orgOf(t, iss, "")
		return d
	}
	if len(words) > 0 && lexicon.DocNouns[words[len(words)-1]] {
		d.kind = analysis.EntityDocument // "statement", "the ministry's data"
		return d
	}
	desc := words
	if p, ok := PersonPart(bare, t); ok && !describes(bare, p) {
		if d.person == "" {
			d.person = p
		}
		d.kind = analysis.EntityPerson
		if i := strings.LastIndex(bare, p); i >= 0 {
			desc = strings.Fields(trimArticle(bare[:i]))
		}
	}
	roleAt := -1
	for i := len(desc) - 1; i >= 0; i-- {
		lw := strings.ToLower(strings.Trim(desc[i], ",’'"))
		if ranks[lw] {
			continue
		}
		if lexicon.PersonRoles[lw] || lexicon.GroupNouns[lw] || speaksFor[lw] {
			roleAt = i
			d.role = lw
			break
		}
		if d.person == "" {
			break // a body's head noun is its last word
		}
	}
	if d.kind == "" {
		switch {
		case roleAt >= 0 && (lexicon.GroupNouns[d.role] || strings.HasSuffix(d.role, "s") && !lexicon.PersonRoles[d.role]):
			d.kind = analysis.EntityGroup
		case roleAt >= 0:
			d.kind = analysis.EntityRole
		default:
			switch g := attrGuessKind(bare, t); g.Kind {
			case Group:
				d.kind = analysis.EntityGroup
			case Person:
				d.kind = analysis.EntityPerson
			default:
				d.kind = analysis.EntityOrg
			}
		}
	}
	if roleAt >= 0 {
		q := strings.TrimRight(strings.Join(desc[:roleAt], " "), ",")
		d.org, d.orgE, d.country = orgOf(t, q, d.role)
	} else if c, _ := leadingCountry(t, desc); c != nil {
		d.country = c.Name
	}
	return d
}

// orgOf returns the body a qualifier names for a speaker of the given
// role: "Pentagon" (a table entry), "Turkish Justice" with a minister
// (the Turkish Justice ministry, of Turkey), "Russia's UN" with an
// ambassador (Russia: a posted role belongs to its country only),
// "Maui Police" (a capitalised name). Empty when it names none.
func orgOf(t *SourceTable, q, role string) (string, *SourceEntry, string) {
	q = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(trimArticle(q), "'s"), "’s"))
	for f := strings.Fields(q); len(f) > 0 && modifier(f[0]); f = f[1:] {
		q = strings.Join(f[1:], " ") // "Nairobi-based", "Hamas-run"
	}
	if q == "" {
		return "", nil, ""
	}
	posted := postedTo[role]
	body := roleBodies[role]
	found := func(e *SourceEntry) (string, *SourceEntry, string) {
		c := e.Country
		if e.Kind == SourceCountry {
			c = e.Name
		}
		return e.Name, e, c
	}
	if body != "" && !posted {
		if e := t.FindName(q + " " + body); e != nil && e.Kind != SourcePerson {
			return found(e)
		}
	}
	if e := t.Find(q); e != nil && e.Kind != SourcePerson && (!posted || e.Kind == SourceCountry) {
		return found(e)
	}
	words := strings.Fields(q)
	if !posted {
		// "WHO Regional": a leading acronym the table knows.
		for n := len(words) - 1; n >= 1; n-- {
			if !Acronym(words[n-1]) {
				continue
			}
			if e := t.FindName(strings.Join(words[:n], " ")); e != nil && e.Kind != SourcePerson && e.Kind != SourceCountry {
				return found(e)
			}
		}
	}
	c, n := leadingCountry(t, words)
	if posted {
		if c != nil {
			return found(c)
		}
		return "", nil, ""
	}
	if c != nil && n == len(words) {
		return found(c)
	}
	name := q
	if body != "" {
		name += " " + body
	}
	if c != nil {
		return name, nil, c.Name
	}
	if initialsOf(q) != "" || len(words) == 1 && Capitalised(q) && !demonymLike(q) {
		return name, nil, ""
	}
	return "", nil, ""
}

// leadingCountry returns the country the first words name ("South
// Korean", "Russia's", "US") and how many words name it.
func leadingCountry(t *SourceTable, words []string) (*SourceEntry, int) {
	for n := min(3, len(words)); n >= 1; n-- {
		q := strings.Join(words[:n], " ")
		q = strings.TrimSuffix(strings.TrimSuffix(q, "'s"), "’s")
		if c := t.countryOf(q); c != nil {
			return c, n
		}
	}
	return nil, 0
}

// entities builds the entities of the merged names: one per group, then
// one per organisation a speaker belongs to that is no speaker itself.
// ofName maps each name's index to its entity's index.
func (r *resolver) entities() ([]analysis.Entity, []int) {
	t := r.t
	groups := map[int][]int{} // root -> names, first seen first
	var roots []int
	for i := range r.names {
		g := r.find(i)
		if _, ok := groups[g]; !ok {
			roots = append(roots, g)
		}
		groups[g] = append(groups[g], i)
	}
	var ents []analysis.Entity
	descs := []description{}
	ofName := make([]int, len(r.names))
	byKey := map[string]int{} // name key or table name -> entity
	for _, g := range roots {
		members := groups[g]
		e := analysis.Entity{Name: r.canonical(members)}
		var d description
		// What the names say, the longest first: the first name that
		// says a thing is believed.
		var written []string
		for _, m := range members {
			written = append(written, r.names[m])
			written = append(written, r.texts[m]...)
		}
		sort.SliceStable(written, func(a, b int) bool { return len(written[a]) > len(written[b]) })
		for _, w := range written {
			if lexicon.SubjectPronouns[strings.ToLower(w)] {
				continue
			}
			wd := describe(w, t)
			if d.kind == "" || d.kind == analysis.EntityOrg && wd.kind == analysis.EntityPerson && d.person == "" {
				d.kind = wd.kind
			}
			if d.person == "" {
				d.person = wd.person
			}
			if d.role == "" {
				d.role = wd.role
			}
			if d.org == "" && wd.org != "" && !strings.EqualFold(wd.org, e.Name) {
				d.org, d.orgE = wd.org, wd.orgE
			}
			if d.country == "" {
				d.country = wd.country
			}
		}
		// The kind is the canonical name's: a speaker's text may be a
		// longer phrase ("the latest figures from Turkish authorities").
		if cd := describe(e.Name, t); cd.kind != "" {
			d.kind = cd.kind
		}
		if d.kind == "" {
			d.kind = analysis.EntityOrg
		}
		if d.kind == analysis.EntityPerson && d.person == "" {
			d.kind = analysis.EntityRole
		}
		e.Kind, e.Person, e.Role, e.Organisation, e.Country = d.kind, d.person, d.role, d.org, d.country
		seen := map[string]bool{e.Name: true}
		for _, w := range written {
			if !seen[w] && !lexicon.SubjectPronouns[strings.ToLower(w)] {
				seen[w] = true
				e.Aliases = append(e.Aliases, w)
			}
		}
		sort.Strings(e.Aliases)
		k := len(ents)
		for _, m := range members {
			ofName[m] = k
			byKey[key(r.names[m])] = k
			if en := t.Find(r.names[m]); en != nil {
				byKey["t:"+en.Name] = k
			}
		}
		ents = append(ents, e)
		descs = append(descs, d)
	}
	for _, m := range r.merges {
		e := &ents[ofName[m.a]]
		e.Merges = append(e.Merges, strings.Join([]string{r.names[m.b], " is ", r.names[m.a], ": ", m.why}, ""))
	}
	// Organisations: the entity of each speaker's body, made when no
	// speaker of the night is that body.
	orgEntity := func(d description) int {
		if d.orgE != nil {
			if k, ok := byKey["t:"+d.orgE.Name]; ok {
				return k
			}
		}
		if k, ok := byKey[key(d.org)]; ok {
			return k
		}
		e := analysis.Entity{Name: d.org, Kind: analysis.EntityOrg, Country: d.country}
		if d.orgE != nil {
			e.Name, e.Country = d.orgE.Name, d.orgE.Country
			if d.orgE.Kind == SourceCountry {
				e.Kind, e.Country = analysis.EntityCountry, d.orgE.Name
			}
		}
		k := len(ents)
		ents = append(ents, e)
		byKey[key(d.org)] = k
		if d.orgE != nil {
			byKey["t:"+d.orgE.Name] = k
		}
		return k
	}
	counts := make([]int, len(ents))
	for k := range counts {
		counts[k] = k
	}
	n := len(descs)
	for k := 0; k < n; k++ {
		d := descs[k]
		if d.org == "" {
			continue
		}
		o := orgEntity(d)
		if o == k {
			continue
		}
		ents[k].Organisation = ents[o].Name
		if speaksFor[d.role] || ents[k].Kind == analysis.EntityDocument {
			counts[k] = o
		}
	}
	// Coordinations: "the Associated Press and AFP" speaks for two
	// sources; each becomes (or is) an entity of its own.
	memberOf := map[int][]int{}
	for k := 0; k < n; k++ {
		if ents[k].Kind != analysis.EntityGroup || !coordination(stripParens(ents[k].Name)) {
			continue
		}
		for _, m := range CoordinationMembers(ents[k].Name) {
			var o int
			if en := t.Find(m); en != nil {
				if j, ok := byKey["t:"+en.Name]; ok {
					o = j
				} else {
					o = orgEntity(description{org: en.Name, orgE: en, country: en.Country})
				}
			} else if j, ok := byKey[key(m)]; ok {
				o = j
			} else {
				md := describe(m, t)
				kind := md.kind
				if kind == "" {
					kind = analysis.EntityOrg
				}
				o = len(ents)
				ents = append(ents, analysis.Entity{Name: m, Kind: kind, Person: md.person, Role: md.role, Organisation: md.org, Country: md.country})
				byKey[key(m)] = o
			}
			if o != k {
				memberOf[k] = append(memberOf[k], o)
			}
		}
	}
	for len(counts) < len(ents) {
		counts = append(counts, len(counts))
	}
	for k := range ents {
		ents[k].ID = entityID(ents[k].Name)
	}
	for k := range ents {
		// One step: an organisation counts as itself.
		ents[k].CountsAs = ents[counts[k]].ID
	}
	for k, ms := range memberOf {
		for _, o := range ms {
			if id := ents[counts[o]].ID; !has(ents[k].Members, id) {
				ents[k].Members = append(ents[k].Members, id)
			}
		}
	}
	return ents, ofName
}

// CoordinationMembers splits a name that joins several speakers into
// theirs: "the Associated Press and AFP" is "Associated Press" and "AFP";
// "the unions, the opposition and the churches" three; a head shared by
// capitalised modifiers is given to each ("US and South Korean officials"
// is "US officials" and "South Korean officials"). A name that joins none
// gives nil.
func CoordinationMembers(name string) []string {
	bare := stripParens(name)
	if !coordination(bare) {
		return nil
	}
	var parts []string
	for _, chunk := range strings.Split(bare, ", ") {
		for _, sep := range []string{" and ", " & "} {
			if strings.Contains(chunk, sep) {
				chunk = strings.ReplaceAll(chunk, sep, "\x00")
			}
		}
		for _, p := range strings.Split(chunk, "\x00") {
			p = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(p), "and "))
			if p = trimArticle(p); p != "" {
				parts = append(parts, p)
			}
		}
	}
	if len(parts) < 2 {
		return nil
	}
	// A shared head: the last part ends in a lower-case plural noun
	// and every other part is capitalised words only.
	last := strings.Fields(parts[len(parts)-1])
	caps := 0
	for caps < len(last) && last[caps][0] >= 'A' && last[caps][0] <= 'Z' {
		caps++
	}
	head := strings.Join(last[caps:], " ")
	if caps >= 1 && head != "" && head == strings.ToLower(head) && strings.HasSuffix(head, "s") {
		shared := true
		for _, p := range parts[:len(parts)-1] {
			for _, w := range strings.Fields(p) {
				if r := w[0]; r < 'A' || r > 'Z' {
					shared = false
				}
			}
		}
		if shared {
			for i := range parts[:len(parts)-1] {
				parts[i] += " " + head
			}
		}
	}
	return parts
}

// canonical returns a group's name: the table's canonical name when the
// table knows one of its names, else its longest name (ties: the alphabetically
// first), as MergeSources chooses.
func (r *resolver) canonical(members []int) string {
	for _, m := range members {
		if e := tableEntry(r.t, r.names[m]); e != nil {
			return e.Name
		}
	}
	best := r.names[members[0]]
	for _, m := range members[1:] {
		if n := r.names[m]; len(n) > len(best) || len(n) == len(best) && n < best {
			best = n
		}
	}
	return best
}

// entityID derives an entity's ID from its canonical name.
func entityID(name string) string {
	h := sha256.Sum256([]byte("entity|" + strings.ToLower(name)))
	return "n" + hex.EncodeToString(h[:8])
}
