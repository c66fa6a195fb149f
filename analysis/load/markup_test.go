package load

import (
	"crosscheck/analysis"
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestHTMLTableLinks: a table cell keeps the text of its links. With links
// kept in its tree, go-trafilatura drops a cell's link and the rest of the
// cell; the loader writes such a table from the page's own copy.
func TestHTMLTableLinks(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Results of the regional election</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li></ul></nav>
<article>
<h1>Results of the regional election</h1>
<p>The electoral commission published the final count on Monday evening, three days after the vote, and said turnout had been the highest since the region was created.</p>
<p>The governing coalition lost its majority in the assembly for the first time, and its leader said she would ask the other parties to talks on Tuesday.</p>
<table>
<tr><th>Party</th><th>Votes</th><th>Seats</th><th>Note</th></tr>
<tr><td><a href="/wiki/Renewal">Party of Renewal</a></td><td>1,204,331</td><td>41</td><td>Led by <a href="/wiki/Ruiz">Ana Ruiz</a> since the 2019 congress</td></tr>
<tr><td><i><a href="/wiki/Greens">Greens and Farmers</a></i></td><td>812,960</td><td>27</td><td>Gained 9 seats</td></tr>
<tr><td><a href="/wiki/Union">Civic Union</a></td><td>655,002</td><td>22</td><td>Lost <a href="/wiki/Seats">14 seats</a> on 2021</td></tr>
</table>
<p>Observers from the regional council said the count had been orderly and that they had found no irregularities at the 2,400 polling stations they visited.</p>
</article>
</body></html>`
	docs := Load("results.html", []byte(page))
	if len(docs) != 1 || docs[0].Status != analysis.StatusOK {
		t.Fatalf("Load = %+v", docs)
	}
	for _, want := range []string{
		"Party of Renewal. Votes: 1,204,331; Seats: 41; Note: Led by Ana Ruiz since the 2019 congress.",
		"Greens and Farmers. Votes: 812,960; Seats: 27; Note: Gained 9 seats.",
		"Civic Union. Votes: 655,002; Seats: 22; Note: Lost 14 seats on 2021.",
	} {
		if !strings.Contains(docs[0].Text, want) {
			t.Errorf("Load(results.html).Text lacks %q; Text:\n%s", want, docs[0].Text)
		}
	}
}

// TestHTMLListItemLinks: a list item keeps the spaces around its links.
// go-trafilatura trims the text after a link inside a list item; the
// loader takes the page's own spacing back.
func TestHTMLListItemLinks(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>What changed this week</title></head><body>
<article>
<h1>What changed this week</h1>
<p>The team shipped a long list of changes this week, most of them small fixes that users asked for in the spring survey of 1,200 people.</p>
<ul>
<li>Thanks to <a href="/u/ana">Ana</a>, users can now import <a href="/b/1">saved logins</a> from other browsers</li>
<li><a href="/u/li">Li Wei</a> fixed <a href="/b/2">a crash</a> on start-up</li>
</ul>
<p>The next release is due in three weeks, and the team said it would focus on making start-up faster on older phones.</p>
</article>
</body></html>`
	docs := Load("changes.html", []byte(page))
	if len(docs) != 1 || docs[0].Status != analysis.StatusOK {
		t.Fatalf("Load = %+v", docs)
	}
	for _, want := range []string{
		"Thanks to Ana, users can now import saved logins from other browsers",
		"Li Wei fixed a crash on start-up",
	} {
		if !strings.Contains(docs[0].Text, want) {
			t.Errorf("Load(changes.html).Text lacks %q; Text:\n%s", want, docs[0].Text)
		}
		if m, ok := docs[0].Markup[want]; !ok || m.Element != ElemItem {
			t.Errorf("Markup[%q] = %+v, %v; want a list item", want, m, ok)
		}
	}
}

// TestHTMLCitationOrder: a list item whose inline elements the extractor
// moved (a citation's "^" back-link and its links put after the text,
// "(2015),^Time Travel…,ISBN9780786478071") takes the page's own order.
func TestHTMLCitationOrder(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Why the Andes slopes keep failing</title></head><body>
<main><article>
<h1>Why the Andes slopes keep failing</h1>
<p>Landslides kill hundreds of people a year in the Andes, and a study published this month says the steep valleys of the north will see more of them as rainfall grows heavier.</p>
<p>The authors counted 1,250 slope failures between 2000 and 2020 and found that two in three followed a week of rain above the valley's average.</p>
<h2>References</h2>
<ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span> <span class="reference-text"><cite class="citation book">Jones, Matthew; Ormrod, Joan (2015), <i>Time Travel in Popular Media</i>, McFarland &amp; Company, <a href="/wiki/ISBN">ISBN</a> <a href="/wiki/Special:BookSources/9780786478071"><bdi>9780786478071</bdi></a></cite></span></li>
<li id="cite_note-2"><span class="mw-cite-backlink"><b><a href="#cite_ref-2">^</a></b></span> <span class="reference-text"><cite class="citation web">Bogue, Mike (September 26, 2017). <a href="https://example.org/x"><i>Apocalypse Then</i></a>. McFarland &amp; Company. p. 80. <a href="/wiki/ISBN">ISBN</a> <a href="/wiki/Special:BookSources/978-1476668413"><bdi>978-1476668413</bdi></a>.</cite></span></li>
</ol>
</article></main>
</body></html>
`
	docs := Load("cite.html", []byte(page))
	if len(docs) != 1 || docs[0].Status != analysis.StatusOK {
		t.Fatalf("Load = %+v", docs)
	}
	for _, want := range []string{
		"^ Jones, Matthew; Ormrod, Joan (2015), Time Travel in Popular Media, McFarland & Company, ISBN 9780786478071",
		"^ Bogue, Mike (September 26, 2017). Apocalypse Then. McFarland & Company. p. 80. ISBN 978-1476668413.",
	} {
		if !strings.Contains(docs[0].Text, want) {
			t.Errorf("Load(cite.html).Text lacks %q; Text:\n%s", want, docs[0].Text)
		}
	}
}

// TestHTMLQuotedTable: a table inside a <blockquote>, which the extractor
// keeps as bare cells, is written row by row from the page's copy; a table
// of two tables keeps both and the caption over them.
func TestHTMLQuotedTable(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Two ports, two paces</title></head><body><article>
<h1>Two ports, two paces</h1>
<p>The northern port handled far more ships last year than the southern one, and the gap has widened every quarter since the new terminal opened in the spring.</p>
<p>The port authority's own figures tell the story:</p>
<blockquote><table><tr><th>Quarter</th><th>Ships</th></tr>
<tr><td><a href="/q1">Q1 2024</a></td><td>1,204</td></tr>
<tr><td><a href="/q2">Q2 2024</a></td><td>1,388</td></tr>
<tr><td><a href="/q3">Q3 2024</a></td><td>1,512</td></tr></table></blockquote>
<p>The busiest operators were the same at both ports, though in a different order:</p>
<blockquote><table><tr><th colspan="2">Busiest operators</th></tr><tr>
<td><table><tr><th colspan="2">Northern port</th></tr><tr><td>Atlas Lines</td><td>412</td></tr><tr><td>Brio Shipping</td><td>377</td></tr></table></td>
<td><table><tr><th colspan="2">Southern port</th></tr><tr><td>Brio Shipping</td><td>205</td></tr><tr><td>Atlas Lines</td><td>198</td></tr></table></td>
</tr></table></blockquote>
<p>Officials expect the southern port to close part of the gap once its own terminal opens next year, but say the northern port will stay the busier of the two.</p>
</article></body></html>`
	docs := Load("ports.html", []byte(page))
	if len(docs) != 1 || docs[0].Status != analysis.StatusOK {
		t.Fatalf("Load = %+v", docs)
	}
	text := docs[0].Text
	for _, want := range []string{"Q1 2024. Ships: 1,204.", "Q3 2024. Ships: 1,512.", "Atlas Lines | 412", "Brio Shipping | 205"} {
		if !strings.Contains(text, want) {
			t.Errorf("Load(ports.html).Text lacks %q; Text:\n%s", want, text)
		}
	}
	if strings.Contains(text, "20241,") {
		t.Errorf("Load(ports.html).Text runs cells together; Text:\n%s", text)
	}
}

// TestHTMLTextAfterTable: text that follows a table inside the same block,
// which the extractor drops, is put back in its place between the
// extracted paragraphs around it.
func TestHTMLTextAfterTable(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>The tiny chip that runs the county's flood sensors</title></head><body>
<div class="post"><h1>The tiny chip that runs the county's flood sensors</h1>
<div class="post-body">
<p>The county's flood sensors run on a programmable chip that costs less than a cup of coffee, and engineers say it is the reason the network could grow to 340 sites in two years.</p>
<table class="tr-caption-container"><tbody><tr><td><img src="chip.png"></td></tr><tr><td class="tr-caption">The sensor board (county engineering office)</td></tr></tbody></table>
The chips are also tiny, measuring 2 by 3 millimetres, and the county buys them for about 50 cents each in reels of 3,000, according to its procurement records.
<br><br>
<blockquote class="pull">The network could grow to 340 sites in two years.</blockquote>
<p>Each sensor reports the river level every 15 minutes over a radio link, and the county's dashboard raises an alert when the water rises faster than 10 centimetres an hour.</p>
<p>Engineers plan to add rain gauges to 60 of the sites next year, funded by a state grant of 1.2 million dollars approved in March.</p>
</div></div>
</body></html>
`
	docs := Load("gap.html", []byte(page))
	if len(docs) != 1 || docs[0].Status != analysis.StatusOK {
		t.Fatalf("Load = %+v", docs)
	}
	text := docs[0].Text
	tiny := strings.Index(text, "The chips are also tiny, measuring 2 by 3 millimetres")
	board, each := strings.Index(text, "The sensor board"), strings.Index(text, "Each sensor reports")
	if tiny < 0 || board < 0 || each < 0 || !(board < tiny && tiny < each) {
		t.Errorf("Load(gap.html).Text lacks the text after the table, or has it out of place; Text:\n%s", text)
	}
	if n := strings.Count(text, "The chips are also tiny"); n > 1 {
		t.Errorf("Load(gap.html).Text has the text after the table %d times; Text:\n%s", n, text)
	}
}

// TestHTMLMarkup: the main text of a page keeps its tables, one line per
// row with every cell named by its column's header, and says for each
// line which element it came from and how much of it is link text.
func TestHTMLMarkup(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Quake toll rises to 1,200 as rescuers reach remote villages</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Quake toll rises to 1,200 as rescuers reach remote villages</h1>
<p>The number of people killed in Tuesday's earthquake rose to 1,200 on Thursday, the interior ministry said, as rescue teams reached mountain villages cut off by landslides.</p>
<p>The ministry said 4,500 people had been injured and about 30,000 had lost their homes in the three worst-hit provinces.</p>
<h2>Toll by province</h2>
<p>The ministry published the following figures for each province on Thursday evening, adding that they would be revised.</p>
<table>
<thead><tr><th>Province</th><th>Killed</th><th>Injured</th></tr></thead>
<tbody>
<tr><td>Northern Hills</td><td>640</td><td>2,100</td></tr>
<tr><td>Lake District</td><td>410</td><td>1,650</td></tr>
<tr><td>Coastal Plain</td><td>150</td><td>750</td></tr>
</tbody>
</table>
<h2>What the aid agencies need</h2>
<p>Aid agencies said they needed the following items most urgently, according to a joint statement issued in the capital.</p>
<ul>
<li>Tents and blankets for about 30,000 people sleeping outdoors</li>
<li>Clean water for the 12 villages whose wells were damaged</li>
<li>Field hospitals in the two provinces whose clinics collapsed</li>
</ul>
<p>Read the <a href="/report">full report of the interior ministry on the earthquake and its aftermath</a>.</p>
<p>The government has appealed for international help and said it would accept search teams from any country that offered them.</p>
</article>
</body></html>`
	docs := Load("quake.html", []byte(page))
	if len(docs) != 1 || docs[0].Status != analysis.StatusOK {
		t.Fatalf("Load = %+v", docs)
	}
	d := docs[0]
	lines := map[string]bool{}
	for l := range strings.SplitSeq(d.Text, "\n") {
		lines[strings.TrimSpace(l)] = true
	}
	for _, want := range []struct {
		line string
		elem Element
	}{
		{"Toll by province", ElemHeading},
		{"Province | Killed | Injured", ElemRow},
		{"Northern Hills. Killed: 640; Injured: 2,100.", ElemRow},
		{"Coastal Plain. Killed: 150; Injured: 750.", ElemRow},
		{"Clean water for the 12 villages whose wells were damaged", ElemItem},
		{"The government has appealed for international help and said it would accept search teams from any country that offered them.", ElemText},
	} {
		if !lines[want.line] {
			t.Errorf("Load(quake.html).Text lacks the line %q; Text:\n%s", want.line, d.Text)
			continue
		}
		if m, ok := d.Markup[want.line]; !ok || m.Element != want.elem {
			t.Errorf("Markup[%q] = %+v (found %v), want element %v", want.line, m, ok, want.elem)
		}
	}
	if m := d.Markup["Read the full report of the interior ministry on the earthquake and its aftermath."]; m.LinkShare < 0.8 {
		t.Errorf("link share of a line that is almost all link = %.2f, want at least 0.8", m.LinkShare)
	}
	if m := d.Markup["Tents and blankets for about 30,000 people sleeping outdoors"]; m.LinkShare != 0 {
		t.Errorf("link share of a line without links = %.2f, want 0", m.LinkShare)
	}
}

func TestTableRows(t *testing.T) {
	tests := []struct {
		name, table string
		want        []string
	}{
		{
			name:  "header row names every cell",
			table: `<table><tr><th>Party</th><th>Seats</th><th>Share</th></tr><tr><td>Labour</td><td>411</td><td>33.7%</td></tr><tr><td>Reform UK</td><td>5</td><td></td></tr></table>`,
			want:  []string{"Party | Seats | Share", "Labour. Seats: 411; Share: 33.7%.", "Reform UK. Seats: 5."},
		},
		{
			name:  "a first row of numbers is no header",
			table: `<table><tr><td>2022</td><td>1,204</td></tr><tr><td>2023</td><td>1,530</td></tr></table>`,
			want:  []string{"2022 | 1,204", "2023 | 1,530"},
		},
		{
			name:  "one column is laid out as blocks",
			table: `<table><tr><td>Only one cell</td></tr></table>`,
		},
		{
			name:  "a table in a table is laid out as blocks",
			table: `<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td><td>c</td></tr></table>`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := parseHTML(t, tt.table)
			got := tableRows(findTable(root))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("tableRows(%s) = %q, want %q", tt.table, got, tt.want)
			}
		})
	}
}

func parseHTML(tb testing.TB, s string) *html.Node {
	tb.Helper()
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		tb.Fatal(err)
	}
	return root
}

// findTable returns the first table element under n.
func findTable(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == atom.Table {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := findTable(c); t != nil {
			return t
		}
	}
	return nil
}

// TestFillGaps: between two extracted paragraphs, a visible paragraph of
// prose is put back; a pull quote (a sentence of the article again), a
// link list, a short line and a paragraph already extracted are not.
func TestFillGaps(t *testing.T) {
	text := func(s string) para { return para{text: s, elem: ElemText, alnum: len(s)} }
	a := text("The council approved the budget on Monday after a debate that lasted until well after midnight.")
	c := text("The vote was 31 to 12, and the mayor said the first projects would start in the spring, with the new school first.")
	pull := text("The mayor said the first projects would start in the spring, with the new school first.")
	b := text("Opposition members had asked for a delay of two weeks to study the figures, but the motion was defeated by 19 votes.")
	links := para{text: "Read our full coverage of the city budget and every vote of the council this year.", elem: ElemText, alnum: 70, links: 60}
	short := text("Advertisement")
	got := fillGaps([]para{a, c}, []para{a, pull, links, short, b, c})
	var texts []string
	for _, p := range got {
		texts = append(texts, p.text)
	}
	if want := []string{a.text, b.text, c.text}; !slices.Equal(texts, want) {
		t.Errorf("fillGaps = %q, want %q", texts, want)
	}
	if got := fillGaps([]para{a, c}, []para{a, b, b, b, b, b, c}); len(got) != 2 {
		t.Errorf("fillGaps over a gap of 5 = %d paragraphs, want the 2 extracted", len(got))
	}
}

// TestHTMLConsentDialog: a consent manager's preference centre saved with
// a short article is not the article, however much prose it holds; a
// comment form's consent checkbox is no dialog.
func TestHTMLConsentDialog(t *testing.T) {
	var dialog strings.Builder
	for _, c := range []string{"Strictly Necessary", "Functional", "Performance", "Targeting"} {
		dialog.WriteString(`<div class="ot-cat-item cookie-subgroup"><h4>` + c + ` Cookies</h4><p>These cookies may be set through our site by our partners. They may be used to build a profile of your interests and show you relevant adverts on other sites, and they help us to know which pages are the most and least popular and see how visitors move around the site. If you do not allow these cookies, you will experience less targeted advertising and some parts of the site will not work.</p></div>`)
	}
	page := `<!DOCTYPE html><html><head><title>Ferry operator suspends crossings after engine fire</title></head><body>
<div id="onetrust-consent-sdk"><div id="onetrust-pc-sdk" role="region" aria-modal="true"><h3>Privacy Preference Center</h3>
<p>When you visit our website, we store cookies on your browser to collect information. The information collected might relate to you, your preferences or your device, and is mostly used to make the site work as you expect it to and to provide a more personalized web experience.</p>` + dialog.String() + `</div></div>
<div class="article-body"><h1>Ferry operator suspends crossings after engine fire</h1>
<p>ATHENS, May 2 - A ferry operator suspended crossings to three islands on Tuesday after a fire broke out in the engine room of one of its vessels carrying 312 passengers, the coast guard said.</p>
<p>The fire was put out within 40 minutes and no one was hurt, the coast guard said, adding that the ship had been towed back to the port of Piraeus.</p>
<form class="comment-form"><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" type="checkbox"> Save my name, email, and website in this browser for the next time I comment.</p></form>
</div></body></html>
`
	docs := Load("ferry.html", []byte(page))
	if len(docs) != 1 || docs[0].Status != analysis.StatusOK {
		t.Fatalf("Load = %+v", docs)
	}
	text := docs[0].Text
	if !strings.Contains(text, "carrying 312 passengers") || !strings.Contains(text, "within 40 minutes") {
		t.Errorf("Load(ferry.html).Text lacks the article; Text:\n%s", text)
	}
	if strings.Contains(text, "cookies") && !strings.Contains(text, "Save my name") {
		t.Errorf("Load(ferry.html).Text holds the consent dialog; Text:\n%s", text)
	}
	root, _ := html.Parse(strings.NewReader(page))
	dropConsent(root)
	if got := hTMLText(root); strings.Contains(got, "Privacy Preference Center") || !strings.Contains(got, "Save my name") {
		t.Errorf("dropConsent left the dialog or took the comment form's checkbox:\n%s", got)
	}
}

// TestHTMLMissedProse: article text the extractor left in another block
// of the page is put back at its place: the rest of a body cut into
// chunks by an advertisement (a twin block, same tag and class), and a
// body the extractor took for furniture when it read the lead alone. A
// comment thread under a whole article stays out, and so does a block
// of another class beside an article read in full.
func TestHTMLMissedProse(t *testing.T) {
	graf := func(topic string, i int) string {
		return fmt.Sprintf("<p>Paragraph %d on %s: the inspectors said the work would take at least %d more weeks, and the council would publish its findings before the budget vote in the spring.</p>\n", i, topic, i+2)
	}
	// extracted reads what the extractor returned: the paragraphs of the
	// page's elements of class class.
	extracted := func(root *html.Node, class string) []para {
		var out []para
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode && blockSig(n) == class {
				out = append(out, render(n, nil)...)
				return
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(root)
		return out
	}
	joined := func(ps []para) string {
		var b strings.Builder
		for _, p := range ps {
			b.WriteString(p.text + "\n")
		}
		return b.String()
	}
	var first, second strings.Builder
	for i := 1; i <= 6; i++ {
		first.WriteString(graf("the dam", i))
	}
	for i := 7; i <= 12; i++ {
		second.WriteString(graf("the dam", i))
	}
	chunked := `<html><body><article><h1>Dam repairs to take another year</h1>
<div class="body__container article__body first">` + first.String() + `</div>
<div class="ad__slot"><div class="ad">Advertisement</div></div>
<div class="body__container article__body">` + second.String() + `</div>
<div class="body__container article__body">` + graf("the weir", 13) + graf("the weir", 14) + `</div>
</article></body></html>`
	root, _ := html.Parse(strings.NewReader(strings.Replace(chunked, " first", "", 1)))
	got := joined(missedProse(extracted(root, "div.body__container.article__body")[:6], root))
	for _, want := range []string{"Paragraph 1 on", "Paragraph 6 on", "Paragraph 7 on", "Paragraph 12 on", "Paragraph 14 on"} {
		if !strings.Contains(got, want) {
			t.Errorf("chunked: missedProse lacks %q:\n%s", want, got)
		}
	}
	if a, b := strings.Index(got, "Paragraph 6 on"), strings.Index(got, "Paragraph 7 on"); a > b {
		t.Errorf("chunked: the second chunk comes before the first:\n%s", got)
	}

	var body strings.Builder
	for i := 1; i <= 10; i++ {
		body.WriteString(graf("the port", i))
	}
	leadOnly := `<html><body>
<div class="detay-spot"><h1>Port strike enters second week</h1><p class="summary">Dock workers at the country's largest port extended their strike on Monday, leaving 140 ships waiting offshore, the port authority said.</p></div>
<div class="embed-responsive prose">` + body.String() + `</div>
</body></html>`
	root, _ = html.Parse(strings.NewReader(leadOnly))
	got = joined(missedProse(extracted(root, "p.summary"), root))
	if !strings.HasPrefix(got, "Dock workers") || !strings.Contains(got, "Paragraph 1 on the port") || !strings.Contains(got, "Paragraph 10 on the port") {
		t.Errorf("lead only: missedProse lacks the body, or has it before the lead:\n%s", got)
	}

	var thread strings.Builder
	for i := 1; i <= 4; i++ {
		thread.WriteString(fmt.Sprintf("<p>Reader %d wrote: I have lived by this river for thirty years and I have never seen the council take the repairs seriously, so I doubt this timetable.</p>\n", i))
	}
	withComments := `<html><body><article><h1>Dam repairs to take another year</h1>
<div class="story-text">` + first.String() + second.String() + `</div></article>
<section class="reader-comments"><h3>Comments</h3>` + thread.String() + `</section>
</body></html>`
	root, _ = html.Parse(strings.NewReader(withComments))
	if got = joined(missedProse(extracted(root, "div.story-text"), root)); strings.Contains(got, "Reader 1 wrote") {
		t.Errorf("comments: missedProse added the comment thread:\n%s", got)
	}
}

// TestPageLinks: a paragraph the extractor gives without its link (a
// teaser's <a> around its headline and summary) takes the link share it
// has on the page, unless the page also has it as plain text.
func TestPageLinks(t *testing.T) {
	page := `<html><body><article><p>The port reopened on Monday after a strike of nine days, the operator said, and 140 ships were waiting to dock.</p></article>
<div class="more"><h3>You might also like</h3><a href="/news/2"><div><h4>Rail strike called off</h4><p>UNIONS AGREE: A union leader said the offer of a 6 percent rise was enough to call off the strike planned for next week, the third this year.</p></div></a>
<a href="/news/3"><p>The port reopened on Monday after a strike of nine days, the operator said, and 140 ships were waiting to dock.</p></a></div></body></html>`
	root, _ := html.Parse(strings.NewReader(page))
	visible := hTMLParas(root)
	paras := []para{
		{text: "The port reopened on Monday after a strike of nine days, the operator said, and 140 ships were waiting to dock.", elem: ElemText, alnum: 80},
		{text: "UNIONS AGREE: A union leader said the offer of a 6 percent rise was enough to call off the strike planned for next week, the third this year.", elem: ElemText, alnum: 100},
	}
	pageLinks(paras, visible)
	if paras[0].links != 0 {
		t.Errorf("article paragraph, also plain on the page: links = %d, want 0", paras[0].links)
	}
	if paras[1].links*2 < paras[1].alnum {
		t.Errorf("teaser paragraph inside a link: links = %d of %d, want most", paras[1].links, paras[1].alnum)
	}
}

// TestDropComments: paragraphs of a readers' comment box (id or class
// "comment", "comments", …) are no article text, unless the page has them
// outside one too; an article that merely "has-comments" keeps its text.
func TestDropComments(t *testing.T) {
	page := `<html><body><div class="post has-comments"><h1>Council approves flood plan</h1>
<p>The council approved a flood defence plan on Tuesday that will raise the river walls by 1.5 metres at a cost of 240 million euros.</p>
<p>Work will start in the spring, and the first section should be finished by the end of next year, the council said.</p></div>
<div id="comments"><div class="comment odd"><div class="comment-content"><p>One valuable reform would be to spend the 240 million euros on moving people away from the river instead of building walls.</p></div></div>
<div class="comment even"><div class="comment-content"><p>Work will start in the spring, and the first section should be finished by the end of next year, the council said.</p></div></div></div>
</body></html>`
	root, _ := html.Parse(strings.NewReader(page))
	paras := hTMLParas(root)
	got := ""
	for _, p := range dropComments(paras, root, paras) {
		got += p.text + "\n"
	}
	if !strings.Contains(got, "raise the river walls") || !strings.Contains(got, "Work will start in the spring") {
		t.Errorf("dropComments took the article's text:\n%s", got)
	}
	if strings.Contains(got, "One valuable reform") {
		t.Errorf("dropComments kept a reader's comment:\n%s", got)
	}
}

// TestLinkTail: go-trafilatura can move the text after a link (a photo's
// link with its caption, then the article's lead in the same block) into
// the link; the page shows the lead is not link text, and a line of
// links stays one.
func TestLinkTail(t *testing.T) {
	const lead = "Geneva (agency) - Aid agencies said on Tuesday that 1.2 million people in the flooded provinces needed food and clean water, twice the number they had estimated a week ago, and that roads into the worst-hit districts were still cut."
	page := `<html><head><title>Floods: aid agencies double their estimate</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div id="main"><div class="newsdiv"><h1>Floods: aid agencies double their estimate</h1>
<h3>- Roads into the worst-hit districts are still cut</h3>
<a class="photo" href="/img/flood.jpg"><img src="/img/flood-s.jpg" alt="Flooded road"><br>A flooded road in the north of the country on Monday.<br><em>© Agency</em></a>` + lead + `<br>
<br>
The agencies said they had flown 40 tonnes of supplies into the region since Saturday, but that helicopters could reach only a few villages a day because of the weather.<br>
<br>
The government said the death toll had risen to 86 and that 14 people were still missing. It has asked neighbouring countries for boats and water pumps.<br>
<br>
<a href="/world">More world news</a> | <a href="/floods">All flood coverage</a>
</div></div></body></html>`
	docs := Load("floods.html", []byte(page))
	if len(docs) != 1 || docs[0].Status != analysis.StatusOK {
		t.Fatalf("Load = %+v", docs)
	}
	d := docs[0]
	if !strings.Contains(d.Text, lead) {
		t.Fatalf("Text lacks the lead:\n%s", d.Text)
	}
	for line, m := range d.Markup {
		if strings.Contains(line, "Aid agencies said on Tuesday") && m.LinkShare >= 0.5 {
			t.Errorf("link share of the lead %q = %.2f, want under 0.5", line, m.LinkShare)
		}
		if strings.Contains(line, "More world news") && m.LinkShare < 0.5 {
			t.Errorf("link share of the line of links %q = %.2f, want at least 0.5", line, m.LinkShare)
		}
	}
}

// An old page wraps each section in a named anchor (<a name="part2">,
// often never closed): its text is the article's, not link text. A link
// to a fragment outside a heading (a table of contents) stays a link.
func TestNamedAnchorIsNoLink(t *testing.T) {
	page := `<html><head><title>Setting up a rain gauge network</title></head><body>
<p><a href="#install">Installing the gauges</a></p>
<h2><a name="install">Installing the gauges</a></h2>
<a name="install"><p>Each of the 40 gauges in the valley was mounted on a post 1.5 metres above the ground, away from trees and buildings that would shelter it from the rain.</p>
<p>The volunteers read them at nine every morning and sent the readings to the county office, which published a weekly table of rainfall by village.</p></a>
<p>See the <a href="https://example.org/gauges">county's page on the network</a> for the readings since 2019.</p>
</body></html>`
	docs := Load("gauges.html", []byte(page))
	if len(docs) != 1 {
		t.Fatalf("Load = %+v", docs)
	}
	d := docs[0]
	for line, want := range map[string]float64{
		"Each of the 40 gauges in the valley was mounted on a post 1.5 metres above the ground, away from trees and buildings that would shelter it from the rain.": 0,
		"The volunteers read them at nine every morning and sent the readings to the county office, which published a weekly table of rainfall by village.":         0,
	} {
		m, ok := d.Markup[line]
		if !ok {
			t.Errorf("Markup lacks %q; Text:\n%s", line, d.Text)
			continue
		}
		if m.LinkShare != want {
			t.Errorf("link share of %q = %.2f, want %.2f", line, m.LinkShare, want)
		}
	}
	if m := d.Markup["See the county's page on the network for the readings since 2019."]; m.LinkShare < 0.3 {
		t.Errorf("link share of a line with a real link = %.2f, want at least 0.3", m.LinkShare)
	}
}

// A page for learners prints each word's reading above it in ruby: the
// reading is no part of the text, or every word of the article is split
// ("子こども") and no figure's sentence matches what the page shows.
func TestRubyReadingsDropped(t *testing.T) {
	page := `<html><head><title>大雨で川があふれる</title></head><body><article>
<h1><ruby>大雨<rt>おおあめ</rt></ruby>で<ruby>川<rp>(</rp><rt>かわ</rt><rp>)</rp></ruby>があふれる</h1>
<p><ruby>大雨<rt>おおあめ</rt></ruby>で<ruby>川<rt>かわ</rt></ruby>の<ruby>水<rt>みず</rt></ruby>があふれて、３００<ruby>軒<rt>けん</rt></ruby>の<ruby>家<rt>いえ</rt></ruby>に<ruby>水<rt>みず</rt></ruby>が<ruby>入<rt>はい</rt></ruby>りました。<ruby>市<rt>し</rt></ruby>によると、１２００<ruby>人<rt>にん</rt></ruby>が<ruby>避難<rt>ひなん</rt></ruby>しました。</p>
<p><ruby>気象庁<rt>きしょうちょう</rt></ruby>は、あしたも<ruby>雨<rt>あめ</rt></ruby>が<ruby>強<rt>つよ</rt></ruby>く<ruby>降<rt>ふ</rt></ruby>るので<ruby>気<rt>き</rt></ruby>をつけるように<ruby>言<rt>い</rt></ruby>っています。</p>
</article></body></html>`
	docs := Load("ooame.html", []byte(page))
	if len(docs) != 1 || docs[0].Status != analysis.StatusOK {
		t.Fatalf("Load = %+v", docs)
	}
	d := docs[0]
	for _, want := range []string{
		"大雨で川の水があふれて、３００軒の家に水が入りました。市によると、１２００人が避難しました。",
		"気象庁は、あしたも雨が強く降るので気をつけるように言っています。",
	} {
		if !strings.Contains(d.Text, want) {
			t.Errorf("Load(ooame.html).Text lacks %q; Text:\n%s", want, d.Text)
		}
	}
	if len(d.Problems) > 0 {
		t.Errorf("Problems = %q, want none", d.Problems)
	}
}
