package clean

import (
	"crosscheck/analysis"
	"crosscheck/analysis/load"
	"strings"
	"testing"
)

// sitePage builds a page of one site: its furniture around an article.
func sitePage(url, headline string, paras ...string) load.Document {
	furniture := []string{
		"Home", "World", "Business", "Sport", "Weather",
		"Valley Gazette is an independent newspaper founded in 1921 and read by 40,000 households every week across the region.",
		"Subscribe today: 12 months for just $49.99",
		"Listen live: Morning Report, weekdays 6:00-9:00 on 98.4 FM",
	}
	// The menu above, a promotion inside the article (after its first
	// paragraph), a broadcast listing and the site's "about us" below.
	var sb strings.Builder
	sb.WriteString(strings.Join(furniture[:5], "\n") + "\n\n" + headline + "\n\n")
	for i, p := range paras {
		sb.WriteString(p + "\n\n")
		if i == 0 {
			sb.WriteString(furniture[6] + "\n\n")
		}
	}
	sb.WriteString(furniture[7] + "\n\n" + furniture[5] + "\n")
	return load.Document{File: "x.txt", URL: url, Format: analysis.FormatText, Text: sb.String(), Title: headline, Status: analysis.StatusOK}
}

func TestSiteFurniture(t *testing.T) {
	pages := []load.Document{
		sitePage("https://www.valleygazette.example/news/flood", "River bursts its banks after record rain",
			"The river rose 2.4 metres overnight and flooded 300 homes in the lower town, the fire service said on Sunday.",
			"Officials said 1,200 people had spent the night in school halls and that more rain was expected on Tuesday."),
		sitePage("https://valleygazette.example/politics/vote", "Council vote on bus fares postponed",
			"The council postponed a vote on raising bus fares by 15% after 4,000 residents signed a petition against it.",
			"The transport committee will meet again in March, a spokeswoman said."),
		sitePage("https://valleygazette.example/sport/final", "Rovers win the cup in extra time",
			"Rovers beat City 3-2 after extra time in front of 18,500 fans, their first cup since 1987.",
			"The winning goal came in the 112th minute from a header by the captain."),
	}
	sigs := make([]Signature, len(pages))
	for i, d := range pages {
		sigs[i] = Sign(d)
	}
	f := LearnFurniture(sigs)
	for _, d := range pages {
		a := Clean(d, CleanOptions{Furniture: &f})
		for _, leak := range []string{"independent newspaper", "$49.99", "98.4 FM"} {
			if strings.Contains(a.Body, leak) {
				t.Errorf("%s: body keeps the site's furniture %q:\n%s", d.URL, leak, a.Body)
			}
		}
		for _, b := range a.Blocks {
			for _, leak := range []string{"independent newspaper", "$49.99", "98.4 FM", "Weather"} {
				if strings.Contains(b.Text, leak) && b.Reason != "site furniture (on 3 of 3 pages of valleygazette.example)" {
					t.Errorf("%s: block %q reason = %q, want site furniture on 3 of 3 pages", d.URL, b.Text, b.Reason)
				}
			}
		}
		for _, want := range paragraphs(d) {
			if !strings.Contains(a.Body, want) {
				t.Errorf("%s: body lost the article's %q:\n%s", d.URL, want, a.Body)
			}
		}
	}

	// Order does not matter.
	rev := LearnFurniture([]Signature{sigs[2], sigs[0], sigs[1]})
	if n, p := rev.repeats("valleygazette.example", foldKey("Subscribe today: 12 months for just $49.99")); n != 3 || p != 3 {
		t.Errorf("repeats after reordering = %d of %d, want 3 of 3", n, p)
	}

	// Another site's page with the same paragraph learns nothing from
	// these; nor does a page without a URL or outlet.
	other := sitePage("https://othertimes.example/a", "Bridge reopens after repairs",
		"The bridge reopened on Friday after repairs that cost $2.3 million and took 14 months.")
	if a := Clean(other, CleanOptions{Furniture: &f}); !strings.Contains(a.Body, "independent newspaper") {
		t.Errorf("another site's page lost a block learnt from valleygazette.example:\n%s", a.Body)
	}
	if s := Sign(load.Document{Text: "Home\n\nSome text."}); s.Site != "" || s.Blocks != nil {
		t.Errorf("Sign of a page with no site = %+v, want nothing", s)
	}
}

func TestSiteFurnitureTwoVersions(t *testing.T) {
	// Two versions of one story on one site share their paragraphs: two
	// pages are not enough to call a paragraph of prose furniture.
	story := []string{
		"Rescue teams pulled 14 survivors from the collapsed building on Monday, the city's emergency service said.",
		"The mayor said at least 37 people were still missing and that the search would continue through the night.",
	}
	a := sitePage("https://valleygazette.example/a", "Building collapse: 14 rescued", story...)
	b := sitePage("https://valleygazette.example/b", "Building collapse: search goes on", append(story, "Engineers said a second block nearby was unsafe.")...)
	f := LearnFurniture([]Signature{Sign(a), Sign(b)})
	for _, d := range []load.Document{a, b} {
		got := Clean(d, CleanOptions{Furniture: &f})
		for _, p := range story {
			if !strings.Contains(got.Body, p) {
				t.Errorf("%s: body lost %q shared by the two versions:\n%s", d.URL, p, got.Body)
			}
		}
		if strings.Contains(got.Body, "$49.99") {
			t.Errorf("%s: body keeps the promotion repeated on both pages:\n%s", d.URL, got.Body)
		}
	}
}

func TestSiteFurnitureCopies(t *testing.T) {
	// The same article saved twice (one title) counts as one page of the
	// site: its short paragraph is not the site's furniture. The site's
	// promotion, on three stories, still is.
	const sub = "No one was hurt, the fire service said."
	story := sitePage("https://valleygazette.example/storm", "Storm leaves 9,000 homes without power",
		"Power was cut to 9,000 homes when the storm brought down lines across the county on Thursday night, the network operator said.",
		sub,
		"Engineers expect to reconnect most homes by Saturday, and the county's schools will reopen on Monday.")
	other := sitePage("https://valleygazette.example/vote", "Turnout falls in council by-election",
		"Turnout in the by-election fell to 24%, the lowest since the ward was created, the returning officer said.")
	third := sitePage("https://valleygazette.example/fair", "Fair returns after four years",
		"The county fair drew 12,000 visitors on its first day back since 2021, the organisers said.")
	f := LearnFurniture([]Signature{Sign(story), Sign(story), Sign(other), Sign(third)})
	got := Clean(story, CleanOptions{Furniture: &f})
	if !strings.Contains(got.Body, sub) {
		t.Errorf("body lost the short paragraph its two copies share:\n%s", got.Body)
	}
	if strings.Contains(got.Body, "$49.99") {
		t.Errorf("body keeps the promotion on every story:\n%s", got.Body)
	}
}

// paragraphs returns the article paragraphs of a sitePage.
func paragraphs(d load.Document) []string {
	var out []string
	for _, p := range strings.Split(d.Text, "\n\n")[2:] {
		if strings.HasSuffix(p, ".") && !strings.Contains(p, "independent newspaper") {
			out = append(out, strings.TrimSpace(p))
		}
	}
	return out
}
