// Package corpus generates realistic news pages for benchmarks and scale
// runs, so measuring crosscheck needs no outside data. Pages are built by
// recombining real sentence patterns (casualty tolls, troop deployments,
// crowd counts, aid money, denials and non-confirmations) with varied
// figures, qualifiers, speakers, outlets, places and dates, and they carry
// the page furniture real pages carry: menus, bylines, datelines,
// related-article lists, trending lists, comment counters and footers.
//
// Generation is deterministic: page i of a corpus is the same on every run
// and machine.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// story is one kind of news event, with the patterns its pages use:
// claim sentences (figures, positions) and the background sentences that
// make up most of a real article.
type story struct {
	headline []string
	lead     []string
	body     []string
}

// background sentences carry no figure and no position, as most sentences
// of a real article do not.
var background = []string{
	"The relationship between the two governments has deteriorated sharply over the past year.",
	"Residents described scenes of chaos as emergency services struggled to reach the worst-hit districts.",
	"The announcement came after a week of intense diplomatic activity in the region.",
	"Analysts have long warned that the situation could escalate without international mediation.",
	"{place} and {place2} signed a cooperation agreement in June, shortly after a summit in the capital.",
	"The government has faced mounting criticism at home over its handling of the crisis.",
	"Local media showed footage of crowds gathering outside government buildings.",
	"The issue is expected to dominate talks between foreign ministers later this month.",
	"Opposition leaders called for an independent inquiry into the events.",
	"Humanitarian groups have repeatedly asked for safe access to the affected areas.",
	"Officials from {org} are due to visit the region next week.",
	"The measures are the latest in a series of steps taken since the start of the year.",
	"Weather conditions have complicated the work of rescue teams in mountainous areas.",
	"Talks on a broader settlement have stalled since the spring.",
}

// Placeholders: {n} a figure with a qualifier, {N} a bare figure, {place},
// {demonym}, {speaker}, {agency}, {day}, {month}, {org}.
var stories = []story{
	{ // a troop deployment
		headline: []string{
			"{demonym} troops deployed to {place2}, officials say",
			"Thousands of {demonym} soldiers set to join fighting in {place2}",
			"{place} denies sending troops to {place2}",
		},
		lead: []string{
			"{speaker} said on {day} that {place} has sent {n} troops to {place2}, according to {agency}.",
			"{speaker} told {agency} that {n} {demonym} soldiers are training in eastern {place2}.",
			"The intelligence service said last week that {place} had decided to send {n} troops to support {place2}.",
		},
		body: []string{
			"The first group of {n} soldiers is expected to be stationed near the border, {speaker} added.",
			"{place} has also provided more than {N} containers of artillery shells and rockets on more than {small} occasions.",
			"A {demonym} representative at the United Nations denied the reports, calling them \"groundless\".",
			"{speaker2} said he could not confirm the deployment but called the reports a \"serious\" issue.",
			"\"If true, this marks a dangerous development,\" {speaker2} said.",
			"Officials in {place2} refused to confirm the presence of {demonym} troops, saying there were conflicting reports.",
			"{speaker} condemned the deployment of {demonym} troops.",
		},
	},
	{ // a disaster toll
		headline: []string{
			"Earthquake in {place}: death toll rises to {N}",
			"Floods in {place} kill {N}, hundreds missing",
			"Death toll from {place} storm climbs above {N}",
		},
		lead: []string{
			"The death toll from the earthquake in {place} rose to {n} on {day}, {speaker} said.",
			"At least {N} people were killed and {N2} injured when the storm struck {place} on {day}, {agency} reported.",
			"{speaker} said {n} people had been killed in {place}, while rescuers searched through the rubble.",
		},
		body: []string{
			"{org} said {n} people remain missing after the floods.",
			"More than {N} people have been evacuated from coastal towns, according to {org}.",
			"{speaker2} told reporters that {N} homes had been destroyed.",
			"The {org} warned that the number of dead could rise further.",
			"Officials said on {day} that {N2} people were injured in {place}.",
			"Aid agencies estimated that {n} people are sheltering in temporary camps.",
			"Rescue teams from {place2} arrived on {day} with {small} search dogs.",
		},
	},
	{ // a protest
		headline: []string{
			"Tens of thousands protest in {place} capital",
			"Police in {place} say {N} people joined rally",
		},
		lead: []string{
			"Police in {place} said {n} people took part in the march on {day}, while organisers put the figure at {N2}.",
			"Organisers said more than {N} demonstrators gathered in the capital, {agency} reported.",
		},
		body: []string{
			"{speaker} said {N} protesters had been arrested.",
			"The interior ministry dismissed the organisers' figures as \"absurd\".",
			"{speaker2} said the ministry could not verify the numbers.",
			"Some {N} police officers were deployed across the city, according to {org}.",
			"The protest was the largest since 2019, {agency} said.",
		},
	},
	{ // aid money
		headline: []string{
			"{place2} pledges ${money} in aid to {place}",
			"{org} announces ${money} package for {place}",
		},
		lead: []string{
			"{speaker} announced ${money} in new aid for {place} on {day}, {agency} reported.",
			"The {org} said it would provide up to ${money} to help {place} rebuild.",
		},
		body: []string{
			"About {pct}% of the money will go to reconstruction, {speaker2} said.",
			"The package brings total support since February to more than ${money}.",
			"Officials said the first {N} tonnes of food had already arrived.",
		},
	},
}

var (
	places = []struct{ name, demonym string }{
		{"North Korea", "North Korean"}, {"Russia", "Russian"}, {"Ukraine", "Ukrainian"}, {"Turkey", "Turkish"},
		{"Syria", "Syrian"}, {"Libya", "Libyan"}, {"Nepal", "Nepali"}, {"Pakistan", "Pakistani"},
		{"Morocco", "Moroccan"}, {"Sudan", "Sudanese"}, {"Brazil", "Brazilian"}, {"India", "Indian"},
		{"Iran", "Iranian"}, {"Israel", "Israeli"}, {"Mexico", "Mexican"}, {"France", "French"},
	}
	speakers = []string{
		"Defense Minister Kim Yong-hyun", "The National Intelligence Service", "Kremlin spokesman Dmitry Peskov",
		"Ukrainian Defense Intelligence Chief Kyrylo Budanov", "The interior ministry", "Health Minister Maria Santos",
		"The civil defence agency", "Police spokesman Ahmed Khalil", "President Volodymyr Zelensky",
		"U.S. Defense Secretary Lloyd Austin", "The disaster management authority", "Governor Josh Green",
		"NATO Secretary-General Mark Rutte", "The Red Cross", "Prime Minister Ana Costa",
	}
	agencies = []string{"Reuters", "AFP", "the Associated Press", "Yonhap", "UPI", "Xinhua", "TASS", "Ukrinform", "Anadolu"}
	orgs     = []string{"the United Nations", "the Red Crescent", "the World Health Organization", "the European Union",
		"the International Organization for Migration", "the World Bank", "Doctors Without Borders"}
	outlets  = []string{"Harbor Gazette", "Northern Ledger", "Daily Meridian", "Capital Courier", "The Evening Standard Post", "Riverside Tribune"}
	days     = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	quals    = []string{"", "", "", "about ", "some ", "nearly ", "more than ", "at least ", "approximately ", "up to ", "around "}
	sections = []string{"World", "Politics", "Business", "Sport", "Culture", "Opinion", "Science", "Video"}
	teasers  = []string{
		"Markets rally as inflation cools in the eurozone",
		"Ten things to know before the weekend",
		"Scientists discover new species of deep-sea fish",
		"Election campaign enters its final week",
		"Star striker signs record contract",
		"Opinion: the housing crisis needs bolder answers",
		"Train strike disrupts commuters for a third day",
		"Central bank holds rates steady",
	}
)

// Article is one generated page.
type Article struct {
	// Name is the file name: NNNNNNN.txt.
	Name string
	// Text is the whole page, furniture included.
	Text string
}

// Generate returns page i of a corpus made with seed. Pages are about 5 KB
// on average, like the seed fixtures.
func Generate(seed uint64, i int) Article {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	st := stories[r.IntN(len(stories))]
	p := places[r.IntN(len(places))]
	p2 := places[r.IntN(len(places))]
	for p2 == p {
		p2 = places[r.IntN(len(places))]
	}
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(365))
	outlet := outlets[r.IntN(len(outlets))]
	fill := func(s string) string {
		repl := []string{
			"{place2}", p2.name, "{place}", p.name, "{demonym}", p.demonym,
			"{speaker2}", pick(r, speakers), "{speaker}", pick(r, speakers),
			"{agency}", pick(r, agencies), "{org}", pick(r, orgs), "{day}", pick(r, days),
		}
		s = strings.NewReplacer(repl...).Replace(s)
		for strings.Contains(s, "{") {
			switch {
			case strings.Contains(s, "{n}"):
				s = strings.Replace(s, "{n}", pick(r, quals)+figure(r), 1)
			case strings.Contains(s, "{N2}"):
				s = strings.Replace(s, "{N2}", figure(r), 1)
			case strings.Contains(s, "{N}"):
				s = strings.Replace(s, "{N}", figure(r), 1)
			case strings.Contains(s, "{small}"):
				s = strings.Replace(s, "{small}", fmt.Sprint(2+r.IntN(90)), 1)
			case strings.Contains(s, "{pct}"):
				s = strings.Replace(s, "{pct}", fmt.Sprint(5+r.IntN(90)), 1)
			case strings.Contains(s, "{money}"):
				s = strings.Replace(s, "{money}", fmt.Sprintf("%d million", 10*(1+r.IntN(90))), 1)
			default:
				return s
			}
		}
		return s
	}

	var b strings.Builder
	fmt.Fprintf(&b, "Home | %s | %s | %s | Subscribe\n\n", pick(r, sections), pick(r, sections), pick(r, sections))
	headline := fill(pick(r, st.headline))
	fmt.Fprintf(&b, "%s\n\n", headline)
	fmt.Fprintf(&b, "By %s Staff | %s, %s // %02d:%02d\n\n", outlet, base.Format("January 2, 2006"), base.Weekday(), r.IntN(24), r.IntN(60))
	fmt.Fprintf(&b, "%s\n\n", fill(pick(r, st.lead)))
	paras := 7 + r.IntN(9)
	order := r.Perm(len(st.body))
	next := 0
	for k := 0; k < paras; k++ {
		n := 1 + r.IntN(4)
		var sents []string
		for j := 0; j < n; j++ {
			// About a third of a real article's sentences carry a claim.
			if r.IntN(3) > 0 {
				sents = append(sents, fill(pick(r, background)))
				continue
			}
			sents = append(sents, fill(st.body[order[next%len(order)]]))
			next++
		}
		fmt.Fprintf(&b, "%s\n\n", strings.Join(sents, " "))
		if k == 1 && r.IntN(2) == 0 {
			b.WriteString("Advertisement\n\n")
		}
	}
	fmt.Fprintf(&b, "Tags: %s, %s\n\nRelated Articles:\n\n", p.name, p2.name)
	for k := 0; k < 6+r.IntN(9); k++ {
		d := base.AddDate(0, 0, -r.IntN(5))
		fmt.Fprintf(&b, "%s\n\n%s | %s // %02d:%02d\n\n", pick(r, teasers), pick(r, sections), d.Format("January 2, 2006, Monday"), r.IntN(24), r.IntN(60))
	}
	b.WriteString("TRENDING\n\n")
	for k := 1; k <= 4; k++ {
		fmt.Fprintf(&b, "%d\n%s\n\n", k, pick(r, teasers))
	}
	fmt.Fprintf(&b, "Comments / %d\nAdd a Comment\n\n", r.IntN(300))
	fmt.Fprintf(&b, "%s is an independent news provider that informs its readers about the latest news from %s and the world. The editorial staff also publishes a daily newsletter and analysis of foreign media.\n\n", outlet, p.name)
	fmt.Fprintf(&b, "© %d %s. All rights reserved. | Privacy Policy | Terms of use\n", base.Year(), outlet)
	return Article{Name: fmt.Sprintf("%07d.txt", i), Text: b.String()}
}

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

// figure returns a count written the way news writes counts.
func figure(r *rand.Rand) string {
	switch r.IntN(6) {
	case 0:
		return fmt.Sprint(2 + r.IntN(98))
	case 1:
		return fmt.Sprint(100 + r.IntN(900))
	case 2, 3:
		v := 1000 + r.IntN(40000)
		return fmt.Sprintf("%d,%03d", v/1000, v%1000)
	case 4:
		return fmt.Sprintf("%d,000", 1+r.IntN(30))
	default:
		return fmt.Sprintf("%d.%d million", 1+r.IntN(9), r.IntN(10))
	}
}
