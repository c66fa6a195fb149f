package clean

import (
	"crosscheck/analysis"
	"crosscheck/analysis/load"
	"reflect"
	"strings"
	"testing"
)

// datePage builds a page with head above a two-paragraph article and tail
// below it.
func datePage(head, first, tail string) string {
	if first == "" {
		first = "Officials said on Thursday that the agreement would be signed within weeks, ending a long dispute."
	}
	return "Ministers agree new border deal\n" + head + "\n\n" + first +
		"\n\nA second paragraph adds the details that matter to readers of the story.\n\n" + tail
}

func TestCleanDate(t *testing.T) {
	tests := []struct {
		name    string
		doc     load.Document
		want    string // YYYY-MM-DD, or "" for unknown
		problem string // a substring of the expected problem, when want is ""
	}{
		{name: "weekday and time after the year", doc: load.Document{Text: datePage("World | October 31, 2024, Thursday // 12:19", "", "")}, want: "2024-10-31"},
		{name: "section path and upper-case section", doc: load.Document{Text: datePage("World » UKRAINE | October 18, 2024, Friday // 15:07", "", "")}, want: "2024-10-18"},
		{name: "published label", doc: load.Document{Text: datePage("Published Oct 18, 2023", "", "")}, want: "2023-10-18"},
		{name: "published preferred to updated", doc: load.Document{Text: datePage("Updated: Oct 20, 2023 | Published Oct 18, 2023", "", "")}, want: "2023-10-18"},
		{name: "created preferred to updated, day first by IST", doc: load.Document{Text: datePage("Devdiscourse News Desk | Seoul | Updated: 04-11-2024 15:45 IST | Created: 04-11-2024 15:01 IST", "", "")}, want: "2024-11-04"},
		{name: "month first by EST", doc: load.Document{Text: datePage("Posted 04/11/2024 9:00 EST", "", "")}, want: "2024-04-11"},
		{name: "day first by a day over twelve elsewhere", doc: load.Document{Text: datePage("Updated: 13-11-2024 | Created: 04-11-2024", "", "")}, want: "2024-11-04"},
		{name: "day over twelve decides alone", doc: load.Document{Text: datePage("Created: 25/10/2024", "", "")}, want: "2024-10-25"},
		{name: "day first by country domain", doc: load.Document{URL: "https://www.example.co.uk/news/border", Text: datePage("04/11/2024", "", "")}, want: "2024-11-04"},
		{name: "numeric without evidence", doc: load.Document{Text: datePage("04/05/2024", "", "")}, problem: "day-month or month-day"},
		{name: "day before month", doc: load.Document{Text: datePage("Posted 31 October 2024", "", "")}, want: "2024-10-31"},
		{name: "ISO timestamp", doc: load.Document{Text: datePage("2024-10-31T12:19:00Z", "", "")}, want: "2024-10-31"},
		{name: "wire dateline takes the year from a teaser date", doc: load.Document{Text: datePage("By Jane Doe", "SEOUL, Oct. 22 (UPI) -- A North Korean representative denied the reports on Monday.", "More from Asia\nOther story headline here\nOctober 21, 2024\nAnother story headline here\nOctober 20, 2024")}, want: "2024-10-22"},
		{name: "wire dateline takes the year from the URL", doc: load.Document{URL: "https://example.com/2024/10/22/story/", Text: datePage("By Jane Doe", "SEOUL, Oct. 22 (UPI) -- A North Korean representative denied the reports on Monday.", "")}, want: "2024-10-22"},
		{name: "wire dateline without a year in context", doc: load.Document{Text: datePage("By Jane Doe", "SEOUL, Oct. 22 (UPI) -- A North Korean representative denied the reports on Monday.", "")}, problem: "gives no year"},
		{name: "relative time only", doc: load.Document{Text: datePage("2 days ago", "", "")}, problem: "no publication date found"},
		{name: "no date", doc: load.Document{Text: datePage("By Jane Doe", "", "")}, problem: "no publication date found"},
		{name: "dates only in a related list", doc: load.Document{Text: datePage("", "", "Related Articles:\nOther story headline here\nWorld | October 30, 2024, Wednesday // 09:22\nAnother story headline here\nWorld | October 29, 2024, Tuesday // 10:56")}, problem: "no publication date found"},
		{name: "date inside the story is not the publication date", doc: load.Document{Text: datePage("", "The treaty signed on March 3, 2021 expires next year, officials said on Thursday.", "")}, problem: "no publication date found"},
		{name: "document date wins", doc: load.Document{Published: analysis.Date{Year: 2024, Month: 10, Day: 19}, Text: datePage("October 18, 2024", "", "")}, want: "2024-10-19"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Clean(tt.doc, CleanOptions{})
			if got := a.Published.String(); got != tt.want {
				t.Errorf("Clean(%s).Published = %q, want %q (problems %q)", tt.name, got, tt.want, a.Problems)
			}
			if tt.want != "" {
				return
			}
			found := false
			for _, p := range a.Problems {
				found = found || strings.HasPrefix(p, "no publication date found") && strings.Contains(p, tt.problem)
			}
			if !found {
				t.Errorf("Clean(%s).Problems = %q, want a \"no publication date found\" warning containing %q", tt.name, a.Problems, tt.problem)
			}
		})
	}
}

func TestFindDates(t *testing.T) {
	tests := []struct {
		in   string
		want []string // dates as YYYY-MM-DD, or the text when undecided or yearless
	}{
		{"October 31, 2024, Thursday // 12:19", []string{"2024-10-31"}},
		{"SEOUL, Oct. 22 (UPI) --", []string{"Oct. 22"}},
		{"Updated: 04-11-2024 15:45 IST | Created: 13-11-2024", []string{"04-11-2024", "2024-11-13"}},
		{"March 3rd, 2024 and 4 July 1999", []string{"2024-03-03", "1999-07-04"}},
		{"2024/02/30", nil}, // not a calendar date
		{"no dates, just 12 apples and 2024 plans", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range findDates(tt.in) {
			if d, ok := m.date(); ok {
				got = append(got, d.String())
			} else if m.month == 0 || m.year == 0 {
				got = append(got, m.text)
			}
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("findDates(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCleanOutlet(t *testing.T) {
	const article = "\nOfficials said on Thursday that the agreement would be signed within weeks, ending a long dispute.\n\nA second paragraph adds the details that matter to readers of the story.\n"
	tests := []struct {
		name    string
		doc     load.Document
		outlets map[string]string
		want    string
	}{
		{"document outlet wins", load.Document{Outlet: "Example Daily", URL: "https://www.upi.com/x", Text: "Headline of the story here\n" + article}, nil, "Example Daily"},
		{"known host", load.Document{URL: "https://www.upi.com/Top_News/2024/10/22/x/", Text: "Headline of the story here\n" + article}, nil, "UPI"},
		{"subdomain of a known host", load.Document{URL: "https://en.yna.co.kr/view/AEN2024", Text: "Headline of the story here\n" + article}, nil, "Yonhap"},
		{"unknown host without names on the page", load.Document{URL: "https://news.example.org/a/1", Text: "Headline of the story here\n" + article}, nil, "news.example.org"},
		{"desk byline", load.Document{Text: "Headline of the story here\nHarbor Gazette News Desk | Lagos | Created: 04-11-2024 15:01 WAT\n" + article}, nil, "Harbor Gazette"},
		{"copyright line", load.Document{Text: "Headline of the story here\n" + article + "\n© 2024 Northern Ledger Media. All rights reserved."}, nil, "Northern Ledger Media"},
		{"wire dateline names the copy's source, not the outlet", load.Document{Text: "Headline of the story here\nBERLIN (dpa) — Officials said on Thursday that the agreement would be signed within weeks.\n" + article}, nil, ""},
		{"site line beats the agency credit", load.Document{Text: "Headline of the story here\nnews365 Views\nYonhap News\n" + article + "\nnews365\ncontent@news365.example\n"}, nil, "news365"},
		{"byline of a person is not an outlet", load.Document{Text: "Headline of the story here\nBy Jane Doe,\n" + article}, nil, ""},
		{"staff byline is not an outlet", load.Document{Text: "Headline of the story here\nBy Staff Reporter\n" + article}, nil, ""},
		{"agency named in the text is not the outlet", load.Document{Text: "Headline of the story here\n\nThe troops were sent last week, according to Yonhap news agency.\n\nA second paragraph adds the details that matter to readers.\n"}, nil, ""},
		{"caller's table adds a signature", load.Document{Text: "Headline of the story here\nThe Harbour Beacon\n" + article}, map[string]string{"harbour beacon": "Harbour Beacon"}, "Harbour Beacon"},
		{"caller's table adds a host", load.Document{URL: "https://beacon.example/x", Text: "Headline of the story here\n" + article}, map[string]string{"beacon.example": "Harbour Beacon"}, "Harbour Beacon"},
		{"footer domain", load.Document{Text: "Headline of the story here\n" + article + "\nNovinite.com | About us | Contact | Advertise\n"}, nil, "Novinite"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Clean(tt.doc, CleanOptions{Outlets: tt.outlets})
			if a.Outlet != tt.want {
				t.Errorf("Clean(%s).Outlet = %q, want %q", tt.name, a.Outlet, tt.want)
			}
		})
	}
}

func TestParseOutletTable(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantErr bool
	}{
		{"embedded", string(outletsJSON), false},
		{"keys folded", `{"outlets": {"Example.COM": "Example"}}`, false},
		{"empty name", `{"outlets": {"example.com": ""}}`, true},
		{"not JSON", `{`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err := ParseOutletTable([]byte(tt.in))
			if (err != nil) != tt.wantErr {
				t.Fatalf("ParseOutletTable(%s) error = %v, want error %v", tt.name, err, tt.wantErr)
			}
			if err == nil {
				for k := range tab.Outlets {
					if k != strings.ToLower(k) {
						t.Errorf("ParseOutletTable(%s): key %q not folded", tt.name, k)
					}
				}
			}
		})
	}
}

func TestCleanOutletNotAMenu(t *testing.T) {
	text := "Menu | News | Sport | Weather\nStorm leaves 14 dead\n\nBy Maria Lopez, Gulf Coast Herald\n\n" +
		"Officials said on Saturday that the storm had left many homes without power across the state.\n\n" +
		"Rescue teams worked through the night to reach those trapped by the floodwater.\n\nComments (45)\n© 2025 Gulf Coast Herald\n"
	if got := Clean(load.Document{Text: text, Status: analysis.StatusOK}, CleanOptions{}).Outlet; got != "Gulf Coast Herald" {
		t.Errorf("Clean(page with a menu).Outlet = %q, want Gulf Coast Herald", got)
	}
}

// FuzzDatePatterns checks the anchored search of the date patterns
// against the patterns' own search.
func FuzzDatePatterns(f *testing.F) {
	for _, s := range []string{"October 31, 2024", "Oct. 22 and 4 Nov 2023", "5ſep 12 and January", "2024-10-31T10:00",
		"04-11-2024 EST", "x2024/10/31", "3rd of March, 2024", "_Jan 5", "éMay 1", "The 1990s, 20 May", "1.2.2020 20.10.2021"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range []*datePattern{monthDayDates, dayMonthDates, ymdDates, numericDMYDates} {
			if got, want := p.findAll(s), p.rx.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Errorf("%s.findAll(%q) = %v, want %v", p.rx, s, got, want)
			}
			if got, want := p.match(s), p.rx.MatchString(s); got != want {
				t.Errorf("%s.match(%q) = %v, want %v", p.rx, s, got, want)
			}
		}
	})
}

// TestPlausibleTitleWithDate: a headline with a date in it ("Turnout record
// for July 1 march") is a title; a dateline, a date and time with little
// else, is not.
func TestPlausibleTitleWithDate(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Turnout record for July 1 march", true},
		{"Hundreds of thousands join July 1 march", true},
		{"Decision on June 3 vote delayed", true},
		{"Tuesday 3 June 2025 12:19", false},
		{"Updated: June 3, 2025 at 9:14 am", false},
		{"Published 14 March 2024", false},
	} {
		if got := plausibleTitle(c.s, 3); got != c.want {
			t.Errorf("plausibleTitle(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
