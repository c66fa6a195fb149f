package entity

import (
	"fmt"
	"strings"
	"testing"

	"crosscheck/analysis"
)

// resolveNames resolves one claim per name and returns, for each name,
// the entity its claim points to.
func resolveNames(tb testing.TB, names ...string) ([]analysis.Entity, map[string]*analysis.Entity) {
	tb.Helper()
	claims := make([]analysis.Claim, len(names))
	for i, n := range names {
		claims[i] = analysis.Claim{ID: fmt.Sprint(i), Source: n, SourceText: n}
	}
	ents := Resolve(claims, nil)
	byID := map[string]*analysis.Entity{}
	for i := range ents {
		byID[ents[i].ID] = &ents[i]
	}
	out := map[string]*analysis.Entity{}
	for i, n := range names {
		e := byID[claims[i].Entity]
		if e == nil {
			tb.Fatalf("Resolve: claim of %q points to no entity (%q)", n, claims[i].Entity)
		}
		if claims[i].Source != e.Name {
			tb.Errorf("Resolve: claim of %q has Source %q, its entity is %q", n, claims[i].Source, e.Name)
		}
		out[n] = e
	}
	return ents, out
}

// TestResolveMerges checks which names of a night are one entity and
// which stay apart, with names from many kinds of stories.
func TestResolveMerges(t *testing.T) {
	for _, tc := range []struct {
		name  string
		names []string
		same  [][2]string // pairs that must be one entity
		apart [][2]string // pairs that must stay two
	}{
		{"transliteration", []string{"Volodymyr Zelenskyy", "Zelenskiy", "Hwang Joon-kook", "Hwang Jun Kook", "Yevgeny Prigozhin", "Evgeny Prigozhin"},
			[][2]string{{"Volodymyr Zelenskyy", "Zelenskiy"}, {"Hwang Joon-kook", "Hwang Jun Kook"}, {"Yevgeny Prigozhin", "Evgeny Prigozhin"}},
			[][2]string{{"Zelenskiy", "Hwang Jun Kook"}}},
		{"surname after the full name", []string{"Kenyan Interior Minister Kithure Kindiki", "Kindiki", "Governor Kathy Hochul", "Hochul"},
			[][2]string{{"Kenyan Interior Minister Kithure Kindiki", "Kindiki"}, {"Governor Kathy Hochul", "Hochul"}}, nil},
		{"same surname, told apart by role", []string{"President Kim Jong Un", "Kim Yo Jong", "President Kim", "Kim"},
			[][2]string{{"President Kim Jong Un", "President Kim"}},
			[][2]string{{"Kim Yo Jong", "President Kim Jong Un"}, {"Kim", "Kim Yo Jong"}, {"Kim", "President Kim Jong Un"}}},
		{"lone surname beside a first name", []string{"Health Minister Omar Karim", "Prime Minister Karim Haddad", "Karim"},
			[][2]string{{"Health Minister Omar Karim", "Karim"}},
			[][2]string{{"Karim", "Prime Minister Karim Haddad"}}},
		{"acronym in parentheses", []string{"Center for Countering Disinformation (CCD)", "CCD", "Center for Countering Disinformation"},
			[][2]string{{"CCD", "Center for Countering Disinformation (CCD)"}, {"Center for Countering Disinformation", "CCD"}}, nil},
		{"acronym of its initials", []string{"Kenya Human Rights Commission", "KHRC", "Independent Electoral and Boundaries Commission", "IEBC"},
			[][2]string{{"Kenya Human Rights Commission", "KHRC"}, {"IEBC", "Independent Electoral and Boundaries Commission"}},
			[][2]string{{"KHRC", "IEBC"}}},
		{"ambiguous initials stay apart", []string{"Civil Protection Agency", "Consumer Price Authority", "CPA"},
			nil, [][2]string{{"CPA", "Civil Protection Agency"}, {"CPA", "Consumer Price Authority"}}},
		{"body with its body noun", []string{"Bangladesh meteorological department", "Bangladesh meteorological"}, [][2]string{{"Bangladesh meteorological department", "Bangladesh meteorological"}}, nil},
		{"bare body named in full once", []string{"Moroccan Interior Ministry", "Interior Ministry", "Civil Protection Directorate"},
			[][2]string{{"Interior Ministry", "Moroccan Interior Ministry"}}, [][2]string{{"Interior Ministry", "Civil Protection Directorate"}}},
		{"bare body named in full twice stays alone", []string{"Libyan Health Ministry", "Greek Health Ministry", "Health Ministry"},
			nil, [][2]string{{"Health Ministry", "Libyan Health Ministry"}, {"Health Ministry", "Greek Health Ministry"}}},
		{"alias table", []string{"Pentagon", "US Department of Defense", "the Department of Defense"},
			[][2]string{{"Pentagon", "US Department of Defense"}, {"Pentagon", "the Department of Defense"}}, nil},
		{"coordination is no alias", []string{"the unions and the opposition", "the unions"}, nil, [][2]string{{"the unions and the opposition", "the unions"}}},
		{"body described by its country and field", []string{"National Institute for Disaster Risk Management (INGD)", "Mozambique's disaster agency", "Kenya's electoral commission", "Independent Electoral and Boundaries Commission", "Malawi's health agency", "World Health Organization", "Ukraine's defence ministry", "Russian Defence Ministry"},
			[][2]string{{"Mozambique's disaster agency", "National Institute for Disaster Risk Management (INGD)"}, {"Kenya's electoral commission", "Independent Electoral and Boundaries Commission"}},
			[][2]string{{"Malawi's health agency", "World Health Organization"}, {"Ukraine's defence ministry", "Russian Defence Ministry"}}},
		{"body named by its country and noun", []string{"Chilean police", "Chile's national police", "Peruvian police", "Peru's national police", "Peru's municipal police"},
			[][2]string{{"Chilean police", "Chile's national police"}},
			[][2]string{{"Peruvian police", "Peru's national police"}, {"Peruvian police", "Peru's municipal police"}, {"Chilean police", "Peru's national police"}}},
		{"body noun before or after", []string{"Malawi's Ministry of Health", "Malawi's health ministry", "Kenya's Ministry of Interior", "Kenya's interior ministry", "Office of the President"},
			[][2]string{{"Malawi's Ministry of Health", "Malawi's health ministry"}, {"Kenya's Ministry of Interior", "Kenya's interior ministry"}},
			[][2]string{{"Malawi's health ministry", "Kenya's interior ministry"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, of := resolveNames(t, tc.names...)
			for _, p := range tc.same {
				if of[p[0]].ID != of[p[1]].ID {
					t.Errorf("Resolve: %q is %q and %q is %q, want one entity", p[0], of[p[0]].Name, p[1], of[p[1]].Name)
				}
			}
			for _, p := range tc.apart {
				if of[p[0]].ID == of[p[1]].ID {
					t.Errorf("Resolve: %q and %q are one entity %q, want two", p[0], p[1], of[p[0]].Name)
				}
			}
		})
	}
}

// TestResolveParts checks what an entity's names say of it: its person,
// role, organisation, country and kind, and what it counts as when
// independent sources are counted.
func TestResolveParts(t *testing.T) {
	for _, tc := range []struct {
		name                       string
		kind                       analysis.EntityKind
		person, role, org, country string
		countsAsOrg                bool // counts as its organisation
	}{
		{"Pentagon spokesman Maj. Gen. Pat Ryder", analysis.EntityPerson, "Pat Ryder", "spokesman", "Pentagon", "United States", true},
		{"Kremlin spokesman Dmitry Peskov", analysis.EntityPerson, "Dmitry Peskov", "spokesman", "Kremlin", "Russia", true},
		{"a Moroccan Interior Ministry official", analysis.EntityRole, "", "official", "Moroccan Interior Ministry", "Morocco", true},
		{"Kenyan Interior Minister Kithure Kindiki", analysis.EntityPerson, "Kithure Kindiki", "minister", "Kenyan Interior ministry", "Kenya", true},
		{"Russia's UN ambassador Vasily Nebenzya", analysis.EntityPerson, "Vasily Nebenzya", "ambassador", "Russia", "Russia", true},
		{"head of the Independent Electoral and Boundaries Commission", analysis.EntityRole, "", "head", "Independent Electoral and Boundaries Commission", "", true},
		{"a spokesman for Libya's Red Crescent", analysis.EntityRole, "", "spokesman", "Libya's Red Crescent", "Libya", true},
		{"a report by Human Rights Watch", analysis.EntityDocument, "", "", "Human Rights Watch", "", true},
		{"Gaza resident Adnan Al Naqa", analysis.EntityPerson, "Adnan Al Naqa", "resident", "Gaza", "", false},
		{"Nairobi-based analyst Nanjala Nyabola", analysis.EntityPerson, "Nanjala Nyabola", "analyst", "", "", false},
		{"local health officials", analysis.EntityGroup, "", "officials", "", "", false},
		{"Palestinian officials", analysis.EntityGroup, "", "officials", "", "", false},
		{"the unions", analysis.EntityGroup, "", "unions", "", "", false},
		{"North Korea", analysis.EntityCountry, "", "", "", "North Korea", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ents, of := resolveNames(t, tc.name)
			e := of[tc.name]
			if e.Kind != tc.kind || e.Person != tc.person || e.Role != tc.role || !strings.EqualFold(e.Organisation, tc.org) || e.Country != tc.country {
				t.Errorf("Resolve(%q) = kind %q person %q role %q organisation %q country %q, want %q %q %q %q %q",
					tc.name, e.Kind, e.Person, e.Role, e.Organisation, e.Country, tc.kind, tc.person, tc.role, tc.org, tc.country)
			}
			var org *analysis.Entity
			for i := range ents {
				if ents[i].Name == e.Organisation && ents[i].ID != e.ID {
					org = &ents[i]
				}
			}
			if tc.org != "" && org == nil {
				t.Fatalf("Resolve(%q): no entity for its organisation %q", tc.name, e.Organisation)
			}
			switch {
			case tc.countsAsOrg && e.CountsAs != org.ID:
				t.Errorf("Resolve(%q) counts as %q, want its organisation %q", tc.name, e.CountsAs, org.ID)
			case !tc.countsAsOrg && e.CountsAs != e.ID:
				t.Errorf("Resolve(%q) counts as %q, want itself %q", tc.name, e.CountsAs, e.ID)
			}
		})
	}
}

// TestResolveIndependence checks that a body, its spokesman and its
// aliases count as one source, and that a surname alone after the full
// name does too.
func TestResolveIndependence(t *testing.T) {
	names := []string{"Pentagon", "Pentagon spokesman Pat Ryder", "US Department of Defense", "Ryder", "Kremlin", "Kremlin spokesman Dmitry Peskov", "Peskov", "Human Rights Watch"}
	_, of := resolveNames(t, names...)
	counts := map[string]bool{}
	for _, n := range names {
		counts[of[n].CountsAs] = true
	}
	if len(counts) != 3 {
		var got []string
		for _, n := range names {
			got = append(got, n+" -> "+of[n].CountsAs)
		}
		t.Errorf("Resolve: %d independent sources, want 3 (Pentagon, Kremlin, Human Rights Watch):\n%s", len(counts), strings.Join(got, "\n"))
	}
}

// TestResolveEmpty checks that unattributed claims point to no entity.
func TestResolveEmpty(t *testing.T) {
	claims := []analysis.Claim{{Source: "", Entity: "stale"}}
	if ents := Resolve(claims, nil); len(ents) != 0 || claims[0].Entity != "" {
		t.Errorf("Resolve(unattributed) = %v, claim entity %q; want none", ents, claims[0].Entity)
	}
}

// BenchmarkResolve resolves a night of 20,000 claims by 2,000 distinct
// speaker names.
func BenchmarkResolve(b *testing.B) {
	base := []string{"Pentagon spokesman Pat Ryder", "Ryder", "Kremlin", "a Gaza Health Ministry official", "Health Ministry", "Center for Countering Disinformation (CCD)", "CCD", "local officials"}
	claims := make([]analysis.Claim, 20000)
	for i := range claims {
		n := base[i%len(base)]
		if i%10 == 0 {
			n = fmt.Sprintf("Speaker%d Name%d", i, i)
		}
		claims[i] = analysis.Claim{Source: n, SourceText: n}
	}
	work := make([]analysis.Claim, len(claims))
	b.ReportAllocs()
	for b.Loop() {
		copy(work, claims)
		Resolve(work, nil)
	}
}

// ExampleResolve shows a night's speakers settled into entities.
func ExampleResolve() {
	claims := []analysis.Claim{
		{Source: "Pentagon spokesman Maj. Gen. Pat Ryder"},
		{Source: "Ryder"},
		{Source: "US Department of Defense"},
	}
	ents := Resolve(claims, nil)
	for _, e := range ents {
		fmt.Printf("%s (%s) organisation=%q\n", e.Name, e.Kind, e.Organisation)
	}
	fmt.Println(claims[1].Source, claims[0].Entity == claims[1].Entity)
	fmt.Println(ents[0].CountsAs == ents[1].ID)
	// Output:
	// Pentagon spokesman Maj. Gen. Pat Ryder (person) organisation="Pentagon"
	// Pentagon (organisation) organisation=""
	// Pentagon spokesman Maj. Gen. Pat Ryder true
	// true
}

// TestCoordinationMembers splits names that join several speakers, with
// wording from many kinds of stories, and leaves one body's name whole.
func TestCoordinationMembers(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"the Associated Press and AFP", []string{"Associated Press", "AFP"}},
		{"the unions and the opposition", []string{"unions", "opposition"}},
		{"the police, the fire service and the coastguard", []string{"police", "fire service", "coastguard"}},
		{"US and South Korean officials", []string{"US officials", "South Korean officials"}},
		{"Kenyan and Ugandan election observers", []string{"Kenyan election observers", "Ugandan election observers"}},
		{"Britain and South Korea", []string{"Britain", "South Korea"}},
		{"the mayor and local health officials", []string{"mayor", "local health officials"}},
		{"Independent Electoral and Boundaries Commission", nil},
		{"Médecins Sans Frontières", nil},
		{"Pentagon spokesman Pat Ryder", nil},
	}
	for _, tt := range tests {
		if got := CoordinationMembers(tt.name); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("CoordinationMembers(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestResolveCoordination checks that a coordination's entity lists its
// members as they count: the agency named alone elsewhere is the same
// entity, and a ministry's spokesman counts as the ministry.
func TestResolveCoordination(t *testing.T) {
	ents, of := resolveNames(t, "the Associated Press and AFP", "AFP", "the interior ministry and the electoral commission", "interior ministry spokesman Ali Hassan")
	byID := map[string]*analysis.Entity{}
	for i := range ents {
		byID[ents[i].ID] = &ents[i]
	}
	names := func(e *analysis.Entity) []string {
		var out []string
		for _, m := range e.Members {
			out = append(out, byID[m].Name)
		}
		return out
	}
	if got := names(of["the Associated Press and AFP"]); strings.Join(got, "|") != "AP|AFP" {
		t.Errorf("members of the AP and AFP = %q, want AP and AFP", got)
	}
	if !has(of["the Associated Press and AFP"].Members, of["AFP"].ID) {
		t.Errorf("the AP and AFP's members %q do not hold the AFP named alone (%s)", of["the Associated Press and AFP"].Members, of["AFP"].ID)
	}
	if got := names(of["the interior ministry and the electoral commission"]); len(got) != 2 {
		t.Errorf("members of the ministry and commission = %q, want two", got)
	}
}
