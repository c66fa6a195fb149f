package clean

import (
	"strings"
	"testing"

	"crosscheck/analysis"
	"crosscheck/analysis/load"
)

// TestOutletLayouts runs the outlet decision on pages laid out as many
// kinds of outlets lay them out: each case says the outlet, the carrying
// agency, and a word the evidence must hold.
func TestOutletLayouts(t *testing.T) {
	const body = "Officials said on Thursday that the agreement would be signed within weeks, ending a long dispute over fishing rights.\n\n" +
		"A second paragraph adds the details that matter to readers of the story, including the reaction of local groups.\n\n" +
		"The ministry said talks would resume next month in the capital after a short pause for consultations.\n"
	const head = "Fishing deal to be signed within weeks, officials say\n\n"
	tests := []struct {
		name          string
		text          string
		outlet, via   string
		evidenceHolds string
	}{
		// Copyright lines and mastheads.
		{"copyright line", head + body + "\nCopyright © 2025 The Dhaka Tribune. All rights reserved.\n", "The Dhaka Tribune", "", "copyright line"},
		{"copyright with (c)", head + body + "\n(c) 2019 Prairie Valley Chronicle | Privacy | Terms\n", "Prairie Valley Chronicle", "", "copyright"},
		{"masthead above the headline", "Coastal Times\n\n" + head + body, "Coastal Times", "", "masthead line"},
		{"about item repeated in the footer", head + body + "\nAbout Harbourview Weekly\n\nHarbourview Weekly uses cookies to improve your experience.\n", "Harbourview Weekly", "", "menu item"},
		{"about us is no outlet", head + body + "\nAbout Us\n\nContact Us\n", "", "", "none found"},
		{"footer host name", head + body + "\nkathmandupress.com.np | Contact | Advertise\n", "kathmandupress.com.np", "", "host name"},

		// Bylines.
		{"byline with outlet after a bar", head + "By Ana Souza | Folha Regional\n\n" + body, "Folha Regional", "", "byline"},
		{"byline with outlet after a comma", head + "By Tomasz Nowak, Baltic Observer\n\n" + body, "Baltic Observer", "", "byline"},
		{"byline with a role is no outlet", head + "By Priya Raman, Senior Correspondent\n\n" + body, "", "", "none found"},
		{"byline with a degree is no outlet", head + "By Hansa Rao, MD\n\n" + body, "", "", "none found"},
		{"byline with a place is no outlet", head + "By Hansa Rao, Nairobi\n\n" + body, "", "", "none found"},
		{"code file names are no host", head + body + "\nSource files: blanket.js, mocha-blanket.js\n", "", "", "none found"},
		{"byline with a date is no outlet", head + "By Kwame Mensah | October 5, 2024\n\n" + body, "", "", "none found"},
		{"desk byline", head + "Lakeside Herald News Desk | Kampala | Updated: 04-11-2024 15:45 EAT\n\n" + body, "Lakeside Herald", "", "desk byline"},

		// Credits are the copy's source, not the publisher.
		{"agency dateline alone", head + "LAGOS, Nigeria (AFP) — Officials said on Thursday that the deal would be signed.\n\n" + body, "", "AFP", "none found"},
		{"agency dateline with a date", head + "NEW DELHI, Sept 9 (IANS) - Officials said on Thursday that the deal would be signed.\n\n" + body, "", "IANS", "dateline"},
		{"agency dateline on a site with its masthead", "Coastal Times\n\n" + head + "MANILA (Reuters) - Officials said on Thursday that the deal would be signed.\n\n" + body, "Coastal Times", "Reuters", "via Reuters"},
		{"agency's own page", head + "GENEVA (Reuters) - Officials said on Thursday that the deal would be signed.\n\n" + body + "\n© 2024 Reuters. All rights reserved.\n", "Reuters", "", "copyright"},
		{"compound credit: agency, then publisher", head + "Islamabad, (APP - Capital Ledger - 5th Jan, 2025) Officials said on Thursday that the deal would be signed.\n\n" + body, "Capital Ledger", "APP", "compound credit"},
		{"compound credit: publisher, then agency", head + "(Riverside Wire- Xinhua) Officials said on Thursday that the deal would be signed.\n\n" + body, "Riverside Wire", "Xinhua", "compound credit"},
		{"closing agency credit", head + body + "\n(dpa/NAN)\n", "", "dpa", "credit line"},
		{"closing dash credit", head + body + "\n— AFP\n", "", "AFP", "credit line"},
		{"inputs from agencies names nobody", head + body + "\n(With inputs from agencies)\n", "", "", "none found"},
		{"source line", head + body + "\nSOURCE: DAILY NATION\n", "", "Daily Nation", "source line"},
		{"non-agency tag is the copy's source", head + "(Al Jazeera) – Officials said on Thursday that the deal would be signed.\n\n" + body, "", "Al Jazeera", "dateline"},

		// A site that names itself by its host as the text's reporter.
		{"aggregator names itself", head + "The ministry rejected the report as baseless, Trend.az reports, citing the foreign ministry.\n\n" + body, "Trend.az", "", "names the site"},
		{"aggregator names itself, past tense", head + body + "\nTurnout was put at 61 percent, Kathmandupress.com.np reported.\n", "Kathmandupress.com.np", "", "names the site"},
		{"a named source is not the site", head + "The ministry rejected the report, Reuters reported, citing the foreign ministry.\n\n" + body, "", "", "none found"},
		{"a host in a sentence without reporting", head + body + "\nMore details are on Example.org, the ministry said.\n", "", "", "none found"},

		// What is never an outlet.
		{"section name", head + body + "\nRelated Tags\n\nworld news\n", "", "", "none found"},
		{"section name capitalised", "World News\n\n" + head + body + "\nLatest News\n", "", "", "none found"},
		{"image file name", "gaza hos-1697631654088\n\n" + head + body, "", "", "none found"},
		{"image file with extension", "strike_site_0412.jpg\n\n" + head + body, "", "", "none found"},
		{"photo credit naming an agency", head + "Photo : YONHAP News\n\n" + body, "", "", "none found"},
		{"photographer credit", head + body + "\nREUTERS/Khalil Ashawi\n", "", "", "none found"},
		{"copyright as a word in the text", head + body + "\nThe Copyright Office said the rules would change.\n", "", "", "none found"},
		{"agency named in the text", head + body + "\nThe figures were first reported by Reuters on Wednesday, citing two officials.\n", "", "", "none found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Clean(load.Document{Text: tt.text, Status: analysis.StatusOK, Format: analysis.FormatText}, CleanOptions{})
			if a.Outlet != tt.outlet || a.Via != tt.via {
				t.Errorf("Clean(%s) outlet %q via %q, want %q via %q (evidence: %s)", tt.name, a.Outlet, a.Via, tt.outlet, tt.via, a.OutletEvidence)
			}
			if !strings.Contains(a.OutletEvidence, tt.evidenceHolds) {
				t.Errorf("Clean(%s).OutletEvidence = %q, want it to hold %q", tt.name, a.OutletEvidence, tt.evidenceHolds)
			}
		})
	}
}

func TestOutletMetadataEvidence(t *testing.T) {
	const text = "Fishing deal to be signed within weeks, officials say\n\nOfficials said on Thursday that the agreement would be signed within weeks, ending a long dispute.\n\nA second paragraph adds the details that matter.\n"
	tests := []struct {
		doc                load.Document
		outlet, via, holds string
	}{
		{load.Document{Format: analysis.FormatHTML, Outlet: "The Northern Lamp", Text: text}, "The Northern Lamp", "", "HTML metadata"},
		{load.Document{Format: analysis.FormatJSONL, Outlet: "upi", Text: text}, "UPI", "", "JSONL"},
		{load.Document{Format: analysis.FormatHTML, Outlet: "http://www.tmz.com", Text: text}, "tmz.com", "", "HTML metadata"},
		{load.Document{Format: analysis.FormatHTML, Outlet: "https://www.reuters.com/", Text: text}, "Reuters", "", "HTML metadata"},
		{load.Document{Format: analysis.FormatText, Outlet: "Valley Post", Text: strings.Replace(text, "\n\nOfficials", "\n\nPARIS (AFP) - Officials", 1)}, "Valley Post", "AFP", "header line"},
		{load.Document{Format: analysis.FormatText, URL: "https://www.apnews.com/article/x", Text: text}, "AP", "", "URL host apnews.com"},
		{load.Document{Format: analysis.FormatText, URL: "https://news.example.org/a/1", Text: text}, "news.example.org", "", "not in the outlet table"},
	}
	for _, tt := range tests {
		a := Clean(tt.doc, CleanOptions{})
		if a.Outlet != tt.outlet || a.Via != tt.via || !strings.Contains(a.OutletEvidence, tt.holds) {
			t.Errorf("Clean(%+v) = outlet %q via %q evidence %q; want %q via %q, evidence with %q",
				tt.doc.Outlet+tt.doc.URL, a.Outlet, a.Via, a.OutletEvidence, tt.outlet, tt.via, tt.holds)
		}
	}
}

func TestAgencyPhoto(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"REUTERS/Khalil Ashawi", true}, {"YUKI IWAMURA/AFP via Getty", true}, {"Tunahan Turhan/SOPA Images", true},
		{"04/11/2024", false}, {"and/or", false}, {"Yes/No", false}, {"https://example.com/news/World", false}, {"RFE/RL reported", true},
	} {
		if got := agencyPhoto(c.in); got != c.want {
			t.Errorf("agencyPhoto(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestSplitTag(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Reuters", []string{"Reuters"}},
		{"dpa/NAN", []string{"dpa", "NAN"}},
		{"MENAFN- UkrinForm", []string{"MENAFN", "UkrinForm"}},
		{"APP - UrduPoint / Pakistan Point News - 23rd Dec, 2024", []string{"APP", "UrduPoint", "Pakistan Point News"}},
		{"Agence France-Presse", []string{"Agence France-Presse"}},
		{"Oct 5", nil},
		{"2024", nil},
	}
	for _, tt := range tests {
		if got := splitTag(tt.in); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("splitTag(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPlausibleOutletName(t *testing.T) {
	l := newOutletLookup(nil)
	for _, s := range []string{"Coastal Times", "inews24", "News.Az", "Folha Regional", "The Dhaka Tribune", "9News", "RTÉ"} {
		if !l.plausibleName(s) {
			t.Errorf("plausibleName(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"world news", "World News", "Latest", "gaza hos-1697631654088", "photo_2024.jpg", "Staff Reporter",
		"October 5, 2024", "Local News newsLocal News", "About Us", "", "a very long line that runs on and on past any name"} {
		if l.plausibleName(s) {
			t.Errorf("plausibleName(%q) = true, want false", s)
		}
	}
}

// FuzzOutlet checks that the outlet decision never fails and always says
// why: an outlet or a reason, and a via different from the outlet.
func FuzzOutlet(f *testing.F) {
	for _, s := range []string{
		"Kyiv, (APP - UrduPoint / Pakistan Point News - 23rd Dec, 2024) Officials said.",
		"(MENAFN- UkrinForm) President said.", "PARIS (Reuters) – A blast.", "About KBS Go to KBS\n\nText here.",
		"By Jane Doe | Herald\n\nText.", "© 2024 Foo Media. All rights reserved.", "(dpa/NAN)", "SOURCE: THE STAR", "(()) -",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := Clean(load.Document{Text: s, Status: analysis.StatusOK}, CleanOptions{})
		if a.OutletEvidence == "" {
			t.Errorf("Clean(%q): no outlet evidence", s)
		}
		if a.Via != "" && a.Via == a.Outlet {
			t.Errorf("Clean(%q): via %q equals the outlet", s, a.Via)
		}
	})
}

// TestOutletHTML: a saved page's own metadata names its outlet: the
// og:site_name, a JSON-LD publisher; a page without either is read like
// text, and a section in its title or menu is no outlet.
func TestOutletHTML(t *testing.T) {
	const article = `<article><h1>Fishing deal to be signed</h1>
<p>Officials said on Thursday that the agreement would be signed within weeks, ending a long dispute over fishing rights in the bay.</p>
<p>A second paragraph adds the details that matter to readers of the story, including the reaction of local groups.</p>
<p>The ministry said talks would resume next month in the capital after a short pause for consultations with all parties.</p></article>`
	tests := []struct {
		name, head, body, outlet string
	}{
		{"og:site_name", `<title>Fishing deal to be signed | Harbor Gazette</title><meta property="og:site_name" content="Harbor Gazette">`, article, "Harbor Gazette"},
		{"JSON-LD publisher", `<title>Fishing deal to be signed</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Fishing deal to be signed","publisher":{"@type":"Organization","name":"Lakeside Ledger"}}</script>`, article, "Lakeside Ledger"},
		{"section in the title and menu", `<title>Fishing deal to be signed - World news</title>`, `<nav><a href="/">Home</a> <a href="/world">World news</a></nav>` + article, ""},
		{"copyright in the footer", `<title>Fishing deal to be signed</title>`, article + `<footer><p>© 2024 Prairie Valley Chronicle. All rights reserved.</p></footer>`, "Prairie Valley Chronicle"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := load.Load("page.html", []byte("<html><head>"+tt.head+"</head><body>"+tt.body+"</body></html>"))
			a := Clean(docs[0], CleanOptions{})
			if a.Outlet != tt.outlet {
				t.Errorf("Clean(%s).Outlet = %q, want %q (evidence: %s)", tt.name, a.Outlet, tt.outlet, a.OutletEvidence)
			}
		})
	}
}
