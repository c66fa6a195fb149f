package clean

import (
	"crosscheck/analysis"
	"crosscheck/analysis/load"
	"fmt"
	"strings"
	"testing"
)

// TestCleanHTMLStructure: on a saved page the markup decides what prose
// shape alone cannot: the article's subheadings, its lists and its table
// rows are kept, and a table of contents and lists of links are not.
func TestCleanHTMLStructure(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>How the city's new flood defences will work</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main><article>
<h1>How the city's new flood defences will work</h1>
<p class="byline">By Sam Reporter</p>
<ul class="toc"><li><a href="#walls">The walls</a></li><li><a href="#cost">What it will cost</a></li><li><a href="#next">What happens next</a></li></ul>
<p>The council approved on Wednesday a plan to protect 4,200 homes along the river with walls, gates and a new pumping station, after the floods of last winter forced 900 people from their homes.</p>
<p>Engineers say the scheme will cope with a flood one metre higher than the record set in 1953, and that work will start in the spring.</p>
<h2 id="walls">The walls</h2>
<p>The plan has three parts, which the council's engineers set out in the report presented to councillors:</p>
<ul>
<li>Walls 2.5 metres high along 3 km of the east bank</li>
<li>Twelve flood gates that close when the river rises</li>
<li><a href="/eng">Two engineers</a> will watch <a href="/gates">the gates at night</a></li>
<li>A pumping station able to move 8 tonnes of water a second</li>
</ul>
<h2 id="cost">What it will cost</h2>
<p>The report breaks the cost of the scheme down by part, with the share that the national government has agreed to pay.</p>
<table>
<tr><th>Part</th><th>Cost</th><th>State share</th></tr>
<tr><td>Walls</td><td>£38m</td><td>60%</td></tr>
<tr><td>Gates</td><td>£11m</td><td>50%</td></tr>
<tr><td>Pumping station</td><td>£23m</td><td>75%</td></tr>
</table>
<h2 id="next">What happens next</h2>
<p>A public consultation will run until the end of March, and the council expects to sign the building contracts in May.</p>
</article>
<section class="related"><h3>Related stories</h3><ul>
<li><a href="/news/1">River levels fall after week of rain</a></li>
<li><a href="/news/2">Insurers count cost of winter storms</a></li>
<li><a href="/news/3">Council tax to rise by 4.99% in April</a></li>
</ul></section></main>
<footer><p>© 2025 The Riverside Courier. All rights reserved.</p></footer>
</body></html>`
	docs := load.Load("flood.html", []byte(page))
	if len(docs) != 1 || docs[0].Status != analysis.StatusOK {
		t.Fatalf("Load = %+v", docs)
	}
	a := Clean(docs[0], CleanOptions{})
	for _, want := range []string{
		"The walls", "What it will cost", "What happens next", // subheadings
		"Walls 2.5 metres high along 3 km of the east bank", "Twelve flood gates that close when the river rises", // a list
		"Two engineers will watch the gates at night",                                                                         // a linked item of the list
		"Part | Cost | State share", "Walls. Cost: £38m; State share: 60%.", "Pumping station. Cost: £23m; State share: 75%.", // a table
		"sign the building contracts in May",
	} {
		if !strings.Contains(a.Body, want) {
			t.Errorf("body lacks %q\nbody:\n%s\nblocks: %+v", want, a.Body, a.Blocks)
		}
	}
	if n := strings.Count(a.Body, "What it will cost"); n != 1 {
		t.Errorf("body has the subheading %q %d times, want once (not its table-of-contents link)\nbody:\n%s", "What it will cost", n, a.Body)
	}
	for _, furniture := range []string{"River levels fall", "4.99%", "All rights reserved", "By Sam Reporter"} {
		if strings.Contains(a.Body, furniture) {
			t.Errorf("body keeps %q\nbody:\n%s", furniture, a.Body)
		}
	}
	checkBlocks(t, a)
}

// TestCleanHTMLSections: what the markup says inside the main text keeps
// an article whole. A round-up whose section titles are links keeps them
// when a section of prose follows (a shorter one once two titles are
// kept); a "Read more" heading whose links the
// extractor left out does not end the article; short links ("Next",
// "Learn more") between sections do not end it either; a subheading with
// a slash is not a trail of sections, nor a list line with a command
// ("/fill"). A linked headline over a one-line summary stays a teaser.
func TestCleanHTMLSections(t *testing.T) {
	section := func(name string, n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "In %s, turnout was %d points higher than in the last election, and the count finished before midnight with no recount asked for by any party. ", name, i+3)
		}
		return b.String()
	}
	page := `<!DOCTYPE html><html><head><title>Five districts that decided the vote</title></head><body>
<main><article>
<h1>Five districts that decided the vote</h1>
<p>Election officials published the final count on Monday, and five districts decided the result, each by fewer than 2,000 votes.</p>
<h2><a href="/d/north">North Harbour (won by 1,204 votes)</a></h2>
<p>` + section("North Harbour", 3) + `</p>
<h2><a href="/d/east">East Ridge (won by 311 votes)</a></h2>
<p>` + section("East Ridge", 3) + `</p>
<h2><a href="/d/west">West Quay (won by 88 votes)</a></h2>
<p>` + section("West Quay", 1) + `</p>
<h3>Read more</h3>
<h2>Schools/Hospitals</h2>
<p>In the third district, the campaign turned on two promises: 14 new schools and a hospital wing with 120 beds, both costed by the finance ministry at 2.3 billion.</p>
<p><a href="/d/3">Next</a></p>
<p><a href="/d/3more">Learn more</a></p>
<p>` + section("the fourth district", 2) + `</p>
<ul><li>Recount requested in /district-4 on Tuesday</li></ul>
<p>The fifth district's result will be certified on Friday, after officials finish checking 412 postal ballots that arrived late.</p>
<h3>Other columns</h3>
<h2><a href="/c/1">Why the polls missed the swing</a></h2>
<p>Pollsters underestimated the turnout of young voters.</p>
<h2><a href="/c/2">A night to forget for the incumbents</a></h2>
<p>Three ministers lost their seats.</p>
</article></main>
</body></html>`
	docs := load.Load("vote.html", []byte(page))
	if len(docs) != 1 || docs[0].Status != analysis.StatusOK {
		t.Fatalf("Load = %+v", docs)
	}
	a := Clean(docs[0], CleanOptions{})
	for _, want := range []string{
		"North Harbour (won by 1,204 votes)", "East Ridge (won by 311 votes)", // linked section titles
		"West Quay (won by 88 votes)",         // a shorter section, after two kept titles
		"Schools/Hospitals", "14 new schools", // after an empty "Read more"
		"certified on Friday", "412 postal ballots", // after short links
	} {
		if !strings.Contains(a.Body, want) {
			t.Errorf("body lacks %q\nbody:\n%s\nblocks: %+v", want, a.Body, a.Blocks)
		}
	}
	for _, furniture := range []string{"Read more", "Learn more", "Why the polls missed the swing", "A night to forget"} {
		if strings.Contains(a.Body, furniture) {
			t.Errorf("body keeps %q\nbody:\n%s", furniture, a.Body)
		}
	}
	checkBlocks(t, a)
}

// TestSectionSeparator: a trail of sections is told from a slash inside
// a word or at a word's start.
func TestSectionSeparator(t *testing.T) {
	for s, want := range map[string]bool{
		"News / World": true, "Home/News/Europe": true, "Politics | Europe": true, "World » Ukraine": true,
		"Added /fill command": false, "Run /stats now": false, "Budget 2025": false,
	} {
		if got := hasSectionSeparator(s); got != want {
			t.Errorf("hasSectionSeparator(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCleanTOCHeadings: a table of contents written as headings repeats
// the article's subheadings; the copies in the run of headings are the
// repeats, and each subheading over its section is kept.
func TestCleanTOCHeadings(t *testing.T) {
	heads := []string{"Where the water rose", "Who pays for the repairs", "What the inquiry will ask"}
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>The flood inquiry explained</title></head><body><main><article><h1>The flood inquiry explained</h1>
<p>The inquiry opened on Monday with 46 witnesses listed and a report due within nine months, the government said.</p>`)
	for _, h := range heads {
		b.WriteString("<h4>" + h + "</h4>\n")
	}
	for i, h := range heads {
		fmt.Fprintf(&b, "<h2>%s</h2>\n<p>Section %d of the inquiry's terms covers this question, and the panel will hear from residents, engineers and the %d councils involved before it reports.</p>\n", h, i+1, i+4)
	}
	b.WriteString("</article></main></body></html>")
	docs := load.Load("inquiry.html", []byte(b.String()))
	a := Clean(docs[0], CleanOptions{})
	for _, h := range heads {
		if n := strings.Count(a.Body, h); n != 1 {
			t.Errorf("body has %q %d times, want once (the section's title)\nbody:\n%s", h, n, a.Body)
		}
	}
	checkBlocks(t, a)
}

// TestCleanHTMLSources: an article's own list of references is kept after
// its text, citations split by their links included, and marked so that
// claims are not read from it (Article.Text); a "See also" list and
// "External links" are not the article's. A "Notes" heading over prose
// that is no citation keeps nothing.
func TestCleanHTMLSources(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Why the Andes slopes keep failing</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/science">Science</a></li><li><a href="/about">About</a></li></ul></nav>
<main><article>
<h1>Why the Andes slopes keep failing</h1>
<p>Landslides kill hundreds of people a year in the Andes, and a study published this month says the steep valleys of the north will see more of them as rainfall grows heavier.</p>
<p>The authors counted 1,250 slope failures between 2000 and 2020 and found that two in three followed a week of rain above the valley's average.</p>
<h2>See also</h2>
<ul><li><a href="/w/1">Landslides in Peru</a></li><li><a href="/w/2">Rainfall records</a></li></ul>
<h2>References</h2>
<ol>
<li><a href="#r1">^</a> <a href="https://example.org/a">"Over 300 dead as 2019 landslide buries village"</a>. Andes Weekly. 14 March 2019. Retrieved 10 February 2025.</li>
<li><a href="#r2">^</a> Ruiz, M. (2024). <a href="https://example.org/b">Slope failure in the northern Andes</a>. Journal of Mountain Hazards. 12 (3): 45-61.</li>
</ol>
<h2>External links</h2>
<ul><li><a href="https://example.org/c">Landslide observatory</a></li></ul>
</article></main>
<footer><p>All rights reserved.</p></footer>
</body></html>`
	docs := load.Load("slopes.html", []byte(page))
	if len(docs) != 1 || docs[0].Status != analysis.StatusOK {
		t.Fatalf("Load = %+v", docs)
	}
	a := Clean(docs[0], CleanOptions{})
	for _, want := range []string{"1,250 slope failures", "References", "Over 300 dead as 2019 landslide buries village", "Slope failure in the northern Andes"} {
		if !strings.Contains(a.Body, want) {
			t.Errorf("body lacks %q\nbody:\n%s\nblocks: %+v", want, a.Body, a.Blocks)
		}
	}
	for _, out := range []string{"Rainfall records", "Landslide observatory", "All rights reserved"} {
		if strings.Contains(a.Body, out) {
			t.Errorf("body keeps %q\nbody:\n%s", out, a.Body)
		}
	}
	if a.SourcesAt <= 0 || !strings.HasPrefix(a.Body[a.SourcesAt:], "References") {
		t.Errorf("SourcesAt = %d, want the offset of %q in the body:\n%s", a.SourcesAt, "References", a.Body)
	}
	if text := a.Text(); !strings.Contains(text, "1,250 slope failures") || strings.Contains(text, "300 dead") {
		t.Errorf("Text() = %q, want the article without its references", text)
	}
	checkBlocks(t, a)

	notes := load.Document{Text: "Fuel prices rose 4% in March, the statistics office said on Tuesday, the third rise this year.\nNotes\nSubscribers can read the full tables on our website every month.\n", Status: analysis.StatusOK}
	if a := Clean(notes, CleanOptions{}); a.SourcesAt != 0 || strings.Contains(a.Body, "Notes") {
		t.Errorf("Clean(notes over prose) body %q, SourcesAt %d; want no sources kept", a.Body, a.SourcesAt)
	}
}

// TestCleanHTMLChangeList: a list of changes whose items are mostly links
// keeps them when they stand between kept lines of the article, a few in
// a row; a linked section title over such a list is the section's; a list
// of linked headlines after the article stays out.
func TestCleanHTMLChangeList(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>What the city council changed this month</title></head><body>
<main><article>
<h1>What the city council changed this month</h1>
<p>The council passed eleven measures in its October sessions, most of them small, and the mayor's office published the full list on Friday.</p>
<h3>Transport</h3>
<ul>
<li>Bus fares for pupils fall to 50 cents from January, after a vote of 31 to 12</li>
<li><a href="/m/4">Measure 4</a> extends <a href="/lines/night">the night bus lines</a> to the airport</li>
<li><a href="/m/5">Measure 5</a> moves <a href="/stops/market">the market stop</a></li>
<li>Cycle lanes on Harbour Road will be finished by March, the transport office said</li>
</ul>
<h3><a href="/topics/housing">Housing and rents</a></h3>
<ul>
<li>Rents in 1,400 council flats are frozen until the end of next year, under a measure passed without a vote against</li>
<li>A new register of empty homes will be published every quarter, starting in January, with fines for owners who leave a home empty for more than two years</li>
<li>Landlords who let more than ten flats must register with the housing office by June, or pay a fine of up to 5,000 euros for each month they are late</li>
</ul>
<p>The next session is on 4 November, when the council will debate the budget for 2026.</p>
</article>
<section><h2>Latest from the city desk</h2><ul>
<li><a href="/s/1">Mayor opens new library in the east</a></li>
<li><a href="/s/2">Water bills to rise by 3%</a></li>
<li><a href="/s/3">Harbour festival draws record crowd</a></li>
<li><a href="/s/4">Schools close early for the storm</a></li>
</ul></section></main>
</body></html>`
	docs := load.Load("council.html", []byte(page))
	if len(docs) != 1 || docs[0].Status != analysis.StatusOK {
		t.Fatalf("Load = %+v", docs)
	}
	a := Clean(docs[0], CleanOptions{})
	for _, want := range []string{
		"Measure 4 extends the night bus lines to the airport", "Measure 5 moves the market stop", // two linked items in a row
		"Housing and rents", "Rents in 1,400 council flats", // a linked title over a list
		"debate the budget for 2026",
	} {
		if !strings.Contains(a.Body, want) {
			t.Errorf("body lacks %q\nbody:\n%s\nblocks: %+v", want, a.Body, a.Blocks)
		}
	}
	for _, furniture := range []string{"Mayor opens new library", "Water bills to rise", "Latest from the city desk"} {
		if strings.Contains(a.Body, furniture) {
			t.Errorf("body keeps %q\nbody:\n%s", furniture, a.Body)
		}
	}
	checkBlocks(t, a)
}

// TestCleanHTMLHeadingEcho: a heading's text again right under it (an
// extractor's echo of the title of a ranked entry) is the repeat, and the
// heading, a link with its rank, is the entry's title.
func TestCleanHTMLHeadingEcho(t *testing.T) {
	entry := func(rank int, name, text string) string {
		return fmt.Sprintf(`<h3>%d) <a href="/r/%d"><em>%s</em></a></h3>
<p><em>%s</em></p>
<p>%s %s has been open since the spring, and the council says it expects more than %d,000 visitors before the end of the year, most of them families from the region who come for the day and stay for the evening concerts. Its playgrounds, paths and cafés were designed with the neighbours, who asked for shade, benches and quiet corners, and the park's gardeners say the first summer has shown which of their plans worked.</p>
`, rank, rank, name, name, text, name, rank*10)
	}
	page := `<!DOCTYPE html><html><head><title>The region's best new parks</title></head><body><main><article>
<h1>The region's best new parks</h1>
<p>Seven parks opened across the region this year; these are the three our readers voted the best, with what each cost and who runs it.</p>
` + entry(3, "Riverside Gardens", "Built on an old rail yard,") + entry(2, "Hill Meadow", "Planted with 4,000 trees,") + entry(1, "Harbour Green", "Paid for by the port,") + `
<p>Voting for next year's list opens in the spring, and the council will publish the results in its December bulletin.</p>
</article></main></body></html>`
	docs := load.Load("parks.html", []byte(page))
	if len(docs) != 1 || docs[0].Status != analysis.StatusOK {
		t.Fatalf("Load = %+v", docs)
	}
	a := Clean(docs[0], CleanOptions{})
	for _, name := range []string{"Riverside Gardens", "Hill Meadow", "Harbour Green"} {
		for _, p := range strings.Split(a.Body, "\n\n") {
			if p == name {
				t.Errorf("body keeps the echo %q of its heading\nbody:\n%s", name, a.Body)
			}
		}
	}
	for _, want := range []string{"3) Riverside Gardens", "2) Hill Meadow", "1) Harbour Green", "Planted with 4,000 trees"} {
		if !strings.Contains(a.Body, want) {
			t.Errorf("body lacks %q\nbody:\n%s\nblocks: %+v", want, a.Body, a.Blocks)
		}
	}
	checkBlocks(t, a)
}

// TestCleanHTMLPressRelease: a press release's "About <company>" section
// (its heading, the paragraph that opens with the company's name, the
// media contact) and an inline "Watch:" promo are not the article; an
// "About the author" biography is not such a section.
func TestCleanHTMLPressRelease(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Harbor Grid to build 400 MW battery plant in Nevada</title></head><body>
<article>
<h1>Harbor Grid to build 400 MW battery plant in Nevada</h1>
<p>RENO, Nev., March 3, 2025 -- Harbor Grid said on Monday it would build a 400-megawatt battery storage plant near Reno, its largest so far, at a cost of about $610 million.</p>
<p>The company expects construction to start in the summer and the plant to be in service by late 2026, creating 250 construction jobs and 30 permanent ones.</p>
<h2>Watch: How grid batteries work</h2>
<p>Nevada regulators approved the project in February after a review that lasted nine months, according to filings with the state's utility commission.</p>
<p><strong>About Harbor Grid</strong></p>
<p>Harbor Grid is a leading developer of energy storage in the western United States, with 1.2 gigawatts of projects in operation. For more information, visit www.harborgrid.com.</p>
<p>Media contact: press@harborgrid.com, +1 775 555 0100</p>
</article></body></html>`
	docs := load.Load("release.html", []byte(page))
	if len(docs) != 1 || docs[0].Status != analysis.StatusOK {
		t.Fatalf("Load = %+v", docs)
	}
	a := Clean(docs[0], CleanOptions{})
	for _, want := range []string{"about $610 million", "250 construction jobs", "nine months"} {
		if !strings.Contains(a.Body, want) {
			t.Errorf("body lacks %q\nbody:\n%s", want, a.Body)
		}
	}
	for _, out := range []string{"About Harbor Grid", "leading developer", "Media contact", "Watch: How grid batteries work"} {
		if strings.Contains(a.Body, out) {
			t.Errorf("body keeps %q\nbody:\n%s", out, a.Body)
		}
	}
	checkBlocks(t, a)

	bio := Clean(load.Document{Text: "Rivers rose 3 metres overnight in the valley, and 400 homes were evacuated before dawn, the fire service said on Sunday.\nAbout the author\nJane Doe has covered the region's floods for the Valley Times since 2015.\n", Status: analysis.StatusOK}, CleanOptions{})
	for _, b := range bio.Blocks {
		if strings.Contains(b.Reason, "about the company") {
			t.Errorf("Clean(article with a biography) removed %q as %q", b.Text, b.Reason)
		}
	}
}

// TestCleanHTMLIntroducedList: linked list items that a sentence of the
// article introduces with a colon are its items, however many; the same
// links under a promo's label ("Read more:") are not.
func TestCleanHTMLIntroducedList(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Inquiry publishes flood papers</title></head><body><main><article>
<h1>Inquiry publishes flood papers</h1>
<p>The public inquiry into last winter's river floods published its first evidence on Tuesday, two months after hearings began in the county hall, and said more would follow before the summer.</p>
<p>The papers released so far are:</p>
<ul>
<li><a href="/doc/1">Report 14 – Gauge readings on the lower river in the first week</a></li>
<li><a href="/doc/2">Report 15 – Pumping station logs for the three eastern districts</a></li>
<li><a href="/doc/3">Report 16 – Emergency calls received by the county, by hour</a></li>
<li><a href="/doc/4">Report 17 – Minutes of the agency board meeting before the flood</a></li>
<li><a href="/doc/5">Report 18 – Letters from 212 residents of the flooded streets</a></li>
</ul>
<p>The inquiry's chair said residents could comment on the papers until the end of March, and that the agency would answer questions about the pumping logs in public at the next hearing.</p>
<p>Read more:</p>
<ul>
<li><a href="/s/1">Flood victims still waiting for insurance payouts</a></li>
<li><a href="/s/2">River agency chief steps down after criticism</a></li>
<li><a href="/s/3">Council votes to fund new flood barriers in the east</a></li>
</ul>
<p>The next hearing is on 4 March, when the agency's engineers will give evidence about the gauges and the pumps, and the families of the two people who died in the floods will be represented by a lawyer paid for by the county.</p>
<p>The inquiry expects to hear from about 40 witnesses in all, among them the river agency's former chief, the county's emergency planners and the operators of the three pumping stations, and to publish its findings in the autumn.</p>
<p>More inquiry news:</p>
<ul>
<li><a href="/s/4">Pumping station operator faces questions over night shifts</a></li>
<li><a href="/s/5">Residents of flooded streets form their own action group</a></li>
<li><a href="/s/6">Insurers say claims from the floods reached a record</a></li>
</ul>
<p>Sam Reed is on Twitter at samreed.</p>
</article></main></body></html>`
	docs := load.Load("inquiry.html", []byte(page))
	if len(docs) != 1 || docs[0].Status != analysis.StatusOK {
		t.Fatalf("Load = %+v", docs)
	}
	a := Clean(docs[0], CleanOptions{})
	for _, want := range []string{"Report 14 – Gauge readings", "Report 18 – Letters from 212 residents", "comment on the papers"} {
		if !strings.Contains(a.Body, want) {
			t.Errorf("body lacks %q\nbody:\n%s\nblocks: %+v", want, a.Body, a.Blocks)
		}
	}
	for _, furniture := range []string{"Flood victims still waiting", "River agency chief steps down", "Council votes to fund", "Residents of flooded streets form"} {
		if strings.Contains(a.Body, furniture) {
			t.Errorf("body keeps %q\nbody:\n%s", furniture, a.Body)
		}
	}
	checkBlocks(t, a)
}

// TestCleanTemplatePlaceholders: a widget's unfilled template after the
// article (a comment login: "{* #signInForm *} …") is furniture, and its
// messages to the reader around it do not carry the article on.
func TestCleanTemplatePlaceholders(t *testing.T) {
	text := `Flood defences along the river will be raised by 1.5 metres over the next four years, the regional government said on Tuesday, after last winter's floods forced 3,200 people from their homes.

The works, costing 240 million euros, will start in the spring in the three towns hit hardest, and the government expects the first section to be finished before the end of next year.

Residents' groups welcomed the plan but said the timetable was too slow, noting that two of the towns had flooded three times in the past decade and that insurance premiums had doubled.

{* #signInForm *} {* signInEmailAddress *} {* currentPassword *} Forgot your password? {* /signInForm *}

Please sign in to post a comment on this article and join the discussion with other readers.

{| existing_displayName |}

Too many attempts have been made. Please request a new code or contact our customer service team for help.

We have sent a code to your mobile number. Please enter the code in the field below to confirm your account.

Created {| existing_createdDate |} at {| existing_siteName |}

This mobile number is already in use. Please change your mobile number or contact our customer service team.
`
	a := Clean(load.Document{Text: text, Status: analysis.StatusOK}, CleanOptions{})
	for _, want := range []string{"1.5 metres", "240 million euros", "insurance premiums had doubled"} {
		if !strings.Contains(a.Body, want) {
			t.Errorf("body lacks %q\nbody:\n%s", want, a.Body)
		}
	}
	for _, out := range []string{"signInForm", "Please sign in", "Too many attempts", "mobile number", "existing_"} {
		if strings.Contains(a.Body, out) {
			t.Errorf("body keeps %q\nbody:\n%s", out, a.Body)
		}
	}
	for s, want := range map[string]bool{
		"{| existing_displayName |}":                                    true,
		"Created {| existing_createdDate |} at {| existing_siteName |}": true,
		"{{ article.title }}":                                           true,
		"We have sent an e-mail to the address {* emailAddressData *} you gave us when you signed up.": false,
		"The minister said {the plan} would cost 2% more than forecast.":                               false,
	} {
		if got := placeholderLine(s); got != want {
			t.Errorf("placeholderLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCleanLinkedProse: a paragraph of prose that is all one link (a
// teaser's summary) does not carry the article on after its end.
func TestCleanLinkedProse(t *testing.T) {
	article := []string{
		"Thousands of troops began joint exercises on Monday in the north of the country, days after a patrol boat was damaged in a collision at sea.",
		"The exercises, which run until next Wednesday, are focused on defending the northern coast, the armed forces said in a statement on Sunday.",
		"More than 1,000 soldiers from each country are taking part, while smaller numbers of troops from three other allies are joining as observers.",
	}
	teasers := []string{
		"RISK REMAINS: An official said it was unclear whether the neighbour would hold war games or keep its reaction to words, as the ministry said it was on alert after detecting a carrier group to the south yesterday.",
		"FIVE-YEAR WINDOW? A defence institute chief said a timeline for a potential invasion was based on expected tough measures, and most people said they were willing to defend the country against an attack.",
		"RESILIENCE: Once the system is working, there would be no need to worry about the risks posed by disasters to communication systems, an official said on Monday at a briefing in the capital.",
	}
	doc := load.Document{Text: strings.Join(append(append([]string{}, article...), teasers...), "\n\n"), Status: analysis.StatusOK, Markup: map[string]load.Markup{}}
	for _, s := range article {
		doc.Markup[s] = load.Markup{Element: load.ElemText}
	}
	for _, s := range teasers {
		doc.Markup[s] = load.Markup{Element: load.ElemText, LinkShare: 1}
	}
	a := Clean(doc, CleanOptions{})
	if !strings.Contains(a.Body, "More than 1,000 soldiers") {
		t.Errorf("body lacks the article:\n%s", a.Body)
	}
	for _, out := range []string{"RISK REMAINS", "FIVE-YEAR WINDOW", "RESILIENCE"} {
		if strings.Contains(a.Body, out) {
			t.Errorf("body keeps the teaser %q:\n%s", out, a.Body)
		}
	}
}

// TestCleanCapitalSubheadings: a heading of the main text in capitals
// ("BALIKESİR", "EVACUATIONS") is a section's title and stays; the same
// words as a plain line are a category's label.
func TestCleanCapitalSubheadings(t *testing.T) {
	lines := []string{
		"Wildfires broke out in five provinces on Wednesday, and firefighters were sent from neighbouring regions to help, the forestry ministry said.",
		"BALIKESİR",
		"In Kepsut, a fire that began in farmland spread to the forest, and six aircraft and 40 firefighters were sent to put it out before nightfall.",
		"EVACUATIONS",
		"Two villages near the city were evacuated as a precaution, and seven houses were damaged, the governor told reporters at the scene on Wednesday.",
	}
	doc := load.Document{Text: strings.Join(lines, "\n\n"), Status: analysis.StatusOK, Markup: map[string]load.Markup{}}
	for i, s := range lines {
		doc.Markup[s] = load.Markup{Element: load.ElemText}
		if i%2 == 1 {
			doc.Markup[s] = load.Markup{Element: load.ElemHeading}
		}
	}
	a := Clean(doc, CleanOptions{})
	for _, want := range []string{"BALIKESİR", "EVACUATIONS", "seven houses"} {
		if !strings.Contains(a.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, a.Body)
		}
	}
	b := block{text: "WORLD NEWS"}
	b.describe()
	if !b.meta {
		t.Errorf("a plain line %q: not a label", b.text)
	}
}

// TestOtherStoriesHeading: "Other Opinion Columns", "Other stories" head a
// list of other articles, not a section of this one.
func TestOtherStoriesHeading(t *testing.T) {
	for _, s := range []string{"Other Opinion Columns", "Other stories", "Other news from the region"} {
		if got := headingKindOf(s, strings.ToLower(s), foldKey(s)); got != headRelated {
			t.Errorf("headingKindOf(%q) = %q, want %q", s, got, headRelated)
		}
	}
	if got := headingKindOf("Other measures", "other measures", foldKey("Other measures")); got != "" {
		t.Errorf("headingKindOf(Other measures) = %q, want none", got)
	}
}

// TestCleanInlineLinkBox: a box of links set inside the article (a
// related heading over linked headlines) does not end it; the article
// resumes after it. A teaser list after the article's end (linked
// headlines, each over a short summary) is not the article's.
func TestCleanInlineLinkBox(t *testing.T) {
	before := []string{
		"Hospitals in the region treated 340 people for heat exhaustion over the weekend, twice as many as in the same week last year, the health authority said.",
		"Temperatures reached 41C in the valley on Saturday, a record for June, and the authority advised people to stay indoors between noon and 4pm.",
	}
	box := []string{"More on the heatwave:", "Five ways to keep a flat cool at night", "Which medicines make heat more dangerous", "Map: where the records fell"}
	after := []string{
		"Older people and those with heart conditions were most at risk, a spokeswoman said, and care homes had been asked to check residents every two hours.",
		"Forecasters expect the heat to ease on Wednesday, when storms are likely across the north.",
	}
	teasers := []string{"Storm damage closes coastal road", "The road will stay shut until Friday.", "Farmers count the cost of the drought", "Yields are down a third."}
	var lines []string
	lines = append(append(append(append(lines, before...), box...), after...), append([]string{"Related stories"}, teasers...)...)
	doc := load.Document{Text: strings.Join(lines, "\n\n"), Status: analysis.StatusOK, Markup: map[string]load.Markup{}}
	for _, s := range lines {
		doc.Markup[s] = load.Markup{Element: load.ElemText}
	}
	for _, s := range append(box[1:], teasers[0], teasers[2]) {
		doc.Markup[s] = load.Markup{Element: load.ElemItem, LinkShare: 1}
	}
	a := Clean(doc, CleanOptions{})
	for _, s := range append(before, after...) {
		if !strings.Contains(a.Body, s) {
			t.Errorf("body lacks %q:\n%s", s, a.Body)
		}
	}
	for _, s := range append(box, teasers...) {
		if strings.Contains(a.Body, s) {
			t.Errorf("body keeps %q:\n%s", s, a.Body)
		}
	}
}

// TestCleanLeadAboveHeadline: a page that shows the lead as a summary
// above the headline and again as the article's first paragraph keeps
// the copy under the headline.
func TestCleanLeadAboveHeadline(t *testing.T) {
	const headline = "Bridge closed after barge strike"
	lead := "The river bridge in the town centre was closed on Tuesday after a barge carrying 900 tonnes of gravel struck one of its piers, the highways agency said."
	lines := []string{lead, headline, lead,
		"Engineers will inspect the pier on Wednesday, and the agency said the bridge could stay shut for at least a week."}
	doc := load.Document{Text: strings.Join(lines, "\n\n"), Title: headline, Status: analysis.StatusOK, Markup: map[string]load.Markup{}}
	for _, s := range lines {
		doc.Markup[s] = load.Markup{Element: load.ElemText}
	}
	doc.Markup[headline] = load.Markup{Element: load.ElemHeading}
	a := Clean(doc, CleanOptions{})
	if n := strings.Count(a.Body, "900 tonnes"); n != 1 {
		t.Errorf("body holds the lead %d times, want once:\n%s", n, a.Body)
	}
	if !strings.HasPrefix(a.Body, lead) {
		t.Errorf("body does not open with the lead:\n%s", a.Body)
	}
}

// TestCleanCodeNamesTitle: a line of code that names the article's title
// (a tutorial's query string) is no headline, and what stands above it is
// the article's.
func TestCleanCodeNamesTitle(t *testing.T) {
	const title = "How to read election results with Python"
	intro := "Ever since the commission stopped publishing its results as a spreadsheet in 2019, I have been looking for another way to get them into my scripts, so here is a short guide."
	lines := []string{intro,
		"First install the requirements, then build the query from the page's title as below.",
		`query = "` + title + `"`,
		"The commission's pages answer the query with a table of 650 constituencies, one row each, which the script turns into a list of results."}
	doc := load.Document{Text: strings.Join(lines, "\n\n"), Title: title, Format: analysis.FormatHTML, Status: analysis.StatusOK, Markup: map[string]load.Markup{}}
	for _, s := range lines {
		doc.Markup[s] = load.Markup{Element: load.ElemText}
	}
	doc.Markup[lines[2]] = load.Markup{Element: load.ElemPre}
	a := Clean(doc, CleanOptions{})
	if !strings.Contains(a.Body, intro) {
		t.Errorf("body lost the introduction above the line of code:\n%s", a.Body)
	}
}

// TestCleanAuthorBio: the writer's biography that closes an article is
// furniture; a closing sentence about a person in the story is not.
func TestCleanAuthorBio(t *testing.T) {
	article := []string{
		"The city council voted on Tuesday to close two libraries and a swimming pool, saving an estimated 1.2 million a year, the council leader said.",
		"Residents' groups said more than 4,000 people had signed a petition against the closures, and that they would ask for a judicial review.",
	}
	for _, tt := range []struct {
		last string
		bio  bool
	}{
		{"Maria Lopez is a reporter for the Valley Gazette covering local government. Follow her on X @mlopez.", true},
		{"Tomasz Nowak writes about housing and transport for the Gazette.", true},
		{"Councillor Anne Reid is the third member of the cabinet to resign over the cuts this year.", false},
	} {
		lines := append(append([]string{}, article...), tt.last)
		doc := load.Document{Text: strings.Join(lines, "\n\n"), Status: analysis.StatusOK, Markup: map[string]load.Markup{}}
		for _, s := range lines {
			doc.Markup[s] = load.Markup{Element: load.ElemText}
		}
		a := Clean(doc, CleanOptions{})
		if got := !strings.Contains(a.Body, tt.last); got != tt.bio {
			t.Errorf("%q removed = %v, want %v:\n%s", tt.last, got, tt.bio, a.Body)
		}
	}
}
