package attrib

import "testing"

// Speakers read from many kinds of story, with what ran past them.
func TestCleanSpeaker(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Palestinian militant group Islamic Jihad on Wednesday", "Palestinian militant group Islamic Jihad"},
		{"Britain and South Korea also", "Britain and South Korea"},
		{"It then", "It"},
		{"response to South Korean Defense Minister Kim Yong-hyun", "South Korean Defense Minister Kim Yong-hyun"},
		{"'s disaster agency", "disaster agency"},
		{"Currently", ""},
		{"Monday", ""},
		{"data", ""},
		{"list", ""},
		{"the electoral commission on Tuesday", "the electoral commission"},
		{"Police in the capital meanwhile", "Police in the capital"},
		{"organisers last week", "organisers"},
		{"the finance ministry earlier", "the finance ministry"},
		{"comments by the union's leader", "the union's leader"},
		{"Italy", "Italy"},
		{"Kelly", "Kelly"},
		{"the spokeswoman", "the spokeswoman"},
		{"several Arab countries", "several Arab countries"},
		{"head of Ukraine's Center for Combating Disinformation", "head of Ukraine's Center for Combating Disinformation"},
		{"Officials", "Officials"},
		{"Reportedly", ""},
		{"The coastguard today", "The coastguard"},
		{"6,000 buildings", ""},
		{"70 countries", ""},
		{"Türkiye-Syria Earthquake", ""},
		{"Maui wildfire", ""},
		{"the hospital", "the hospital"},
		{"A UN report published on Tuesday", "A UN report"},
		{"person familiar with the matter", "person familiar with the matter"},
		{"Cal Fire", "Cal Fire"},
		{"in response to the mayor", "the mayor"},
	} {
		if got := CleanSpeaker(tc.in); got != tc.want {
			t.Errorf("CleanSpeaker(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
