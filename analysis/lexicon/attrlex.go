package lexicon

import "strings"

// Word lists for attribution: reporting and stance verbs, the words that
// bound a speaker's noun phrase, role nouns. Each list is a set of lower
// case words; see attribution.go for how they are used.

// attrSet builds a set from white-space separated words.
func Set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// verbForm is one written form of a reporting or stance verb.
type verbForm struct {
	Lemma string
	Form  byte // 'b' base, 's' third person, 'd' past or participle, 'g' -ing
}

// verbLines lists reporting and stance verbs: base, third person,
// past (and participle), -ing. Extra participles follow a slash.
const verbLines = `
say says said saying
tell tells told telling
report reports reported reporting
claim claims claimed claiming
announce announces announced announcing
disclose discloses disclosed disclosing
estimate estimates estimated estimating
confirm confirms confirmed confirming
warn warns warned warning
state states stated stating
note notes noted noting
inform informs informed informing
add adds added adding
reveal reveals revealed revealing
indicate indicates indicated indicating
believe believes believed believing
think thinks thought thinking
suggest suggests suggested suggesting
comment comments commented commenting
mention mentions mentioned mentioning
remark remarks remarked remarking
explain explains explained explaining
emphasize emphasizes emphasized emphasizing
emphasise emphasises emphasised emphasising
stress stresses stressed stressing
insist insists insisted insisting
maintain maintains maintained maintaining
argue argues argued arguing
assert asserts asserted asserting
allege alleges alleged alleging
acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting
concede concedes conceded conceding
deny denies denied denying
dismiss dismisses dismissed dismissing
reject rejects rejected rejecting
refute refutes refuted refuting
refuse refuses refused refusing
condemn condemns condemned condemning
criticize criticizes criticized criticizing
criticise criticises criticised criticising
accuse accuses accused accusing
urge urges urged urging
vow vows vowed vowing
pledge pledges pledged pledging
threaten threatens threatened threatening
demand demands demanded demanding
welcome welcomes welcomed welcoming
voice voices voiced voicing
express expresses expressed expressing
reply replies replied replying
retort retorts retorted retorting
write writes wrote writing/written
tweet tweets tweeted tweeting
post posts posted posting
testify testifies testified testifying
brief briefs briefed briefing
assess assesses assessed assessing
conclude concludes concluded concluding
find finds found finding
show shows showed showing/shown
predict predicts predicted predicting
project projects projected projecting
forecast forecasts forecast forecasting/forecasted
expect expects expected expecting
fear fears feared fearing
verify verifies verified verifying
signal signals signaled signaling/signalled/signalling
hint hints hinted hinting
declare declares declared declaring
caution cautions cautioned cautioning
contend contends contended contending
reiterate reiterates reiterated reiterating
recall recalls recalled recalling
complain complains complained complaining
promise promises promised promising
record records recorded recording
count counts counted counting
tally tallies tallied tallying
quote quotes quoted quoting
question questions questioned questioning
dispute disputes disputed disputing
doubt doubts doubted doubting
highlight highlights highlighted highlighting
underline underlines underlined underlining
underscore underscores underscored underscoring
calculate calculates calculated calculating
observe observes observed observing
document documents documented documenting
speak speaks spoke speaking/spoken
`

// attrVerbs maps every form of the verbs above to its lemma and form.
var Verbs = func() map[string]verbForm {
	m := map[string]verbForm{}
	for _, line := range strings.Split(verbLines, "\n") {
		f := strings.Fields(line)
		if len(f) != 4 {
			continue
		}
		lemma := f[0]
		m[f[0]] = verbForm{lemma, 'b'}
		m[f[1]] = verbForm{lemma, 's'}
		parts := strings.Split(f[3], "/")
		for _, p := range parts[1:] {
			if strings.HasSuffix(p, "ing") {
				m[p] = verbForm{lemma, 'g'}
			} else {
				m[p] = verbForm{lemma, 'd'}
			}
		}
		if f[2] != f[0] {
			m[f[2]] = verbForm{lemma, 'd'}
		}
		m[parts[0]] = verbForm{lemma, 'g'}
	}
	return m
}()

// attrNonClausal verbs take an object, not a clause: their reach ends with
// their clause ("urged Pyongyang to withdraw, with reports indicating…").
var NonClausal = Set(`dismiss reject refute refuse condemn criticize criticise accuse urge demand welcome
	voice express record count tally question dispute doubt`)

// attrInvertible verbs may come before their speaker after a quotation
// (`"…," said Peskov`).
var Invertible = Set(`say add tell note state write explain report insist warn remark comment argue stress
	emphasize emphasise confirm claim tweet reply retort announce declare continue`)

// attrObjectVerbs take the hearer as object ("told Reuters", "informed The
// War Zone"): an outlet there is the channel.
var ObjectVerbs = Set(`tell inform brief warn quote`)

// attrAmbiguous forms are also nouns ("reports", "claims"); they are verbs
// only when the tagger says so or, untagged, after a subject.
var Ambiguous = Set(`document documents report reports claim claims estimate estimates state states note notes comment comments
	remark remarks demand demands record records count counts voice voices tally question questions dispute
	disputes doubt doubts fear fears forecast forecasts project projects signal signals hint hints post posts
	promise promises pledge pledges vow vows find finds show shows quote quotes welcome warning finding
	reporting briefing recording posting showing counting brief briefs`)

// attrAsVerbs follow "as" in "as reported by", "as quoted by".
var AsVerbs = Set(`reported quoted cited stated said told noted announced confirmed claimed estimated
	disclosed revealed written posted published broadcast carried provided given released compiled issued
	counted recorded`)

// attrDeterminers open a noun phrase.
var Determiners = Set(`the a an this these those its their his her our your my some any each every such
	another no several many few both all either neither so-called`)

// attrSubjectPronouns stand for an earlier speaker.
var SubjectPronouns = Set(`he she it they we i`)

// attrBeForms make a participle passive.
var BeForms = Set(`is are was were be been being am`)

// attrAux are auxiliaries and negations between a subject and its verb.
var Aux = Set(`has have had will would could can cannot may might must should shall did does do not n't
	never also just already still again further yet even only`)

// attrCatenatives take "to" and a verb ("refused to confirm").
var Catenatives = Set(`refused declined failed continued sought wanted tried appeared seemed began started
	decided agreed expected unable able willing ready set due quick keen likely reluctant eager went moved
	hesitated refuses declines fails continues seeks wants tries appears seems begins decides agrees expects
	refuse decline fail continue seek want try appear seem begin decide agree expect going`)

// attrAdverbs are adverbs that are not spelt -ly.
var Adverbs = Set(`also again later earlier now then still already even further once first soon yet
	too often sometimes meanwhile however moreover furthermore nonetheless nevertheless instead thus therefore
	indeed overall today yesterday tonight separately initially previously recently long never always
	repeatedly publicly privately consistently`)

// attrDiscourse words open a sentence without being its subject.
var Discourse = Set(`however meanwhile moreover furthermore additionally also still yet instead thus therefore
	nevertheless nonetheless indeed separately previously earlier later finally similarly likewise overall initially
	subsequently consequently besides otherwise now then today yesterday recently so and but or nor`)

// attrStopWords end a speaker's noun phrase on the left.
var StopWords = Set(`that which who whom whose where when while whereas as after before since because
	although though but if whether so than until unless once whereby yet nor or
	in on at by from with without into onto over under about against between through across during despite
	amid amidst among following per via toward towards upon within beyond behind around near like unlike
	including regarding concerning amongst throughout plus except
	is are was were be been being am has have had do does did will would could can cannot may might must
	should shall not n't never
	him them us me it's there here what how why whatever whoever
	according saying adding noting calling citing claiming warning stating insisting arguing`)

// attrParticipleLeads introduce an -ing clause whose subject is the
// sentence's ("in confirming", "after saying").
var ParticipleLeads = Set(`in by after before while without when upon since besides despite`)

// attrSurveyed participles name an outlet that asked the speakers
// ("economists polled by Reuters").
var Surveyed = Set(`polled surveyed interviewed questioned contacted asked reached consulted`)

// attrScopeOpeners start a new attribution clause when they precede a
// speaker ("with reports indicating", "while officials said").
var ScopeOpeners = Set(`with while whereas but although though ; as`)

// attrPersonRoles are nouns for people who speak ("the spokesman").
var PersonRoles = Set(`spokesman spokeswoman spokesperson minister official officer president ambassador envoy
	representative diplomat chief director secretary general commander governor mayor senator lawmaker
	legislator congressman congresswoman chancellor premier king queen prince leader head analyst expert
	researcher scientist witness resident doctor prosecutor judge lawyer attorney economist ceo chairman
	chairwoman chair founder executive manager adviser advisor aide negotiator delegate correspondent reporter
	source investigator inspector sheriff coroner commissioner superintendent captain colonel lieutenant sergeant
	major admiral marshal pope cardinal bishop imam rabbi professor student worker survivor victim activist
	campaigner monitor observer mediator deputy premier speaker secretary-general president-elect strategist
	pilot soldier commander-in-chief counterpart administrator foreman owner producer author historian
	spokesman's officer-in-charge lawmaker physician nurse medic paramedic firefighter rescuer volunteer
	farmer trader banker broker investor analyst`)

// attrGroupNouns are plural nouns for groups of people ("officials").
var GroupNouns = Set(`officials ministers leaders analysts experts sources witnesses residents doctors officers
	diplomats lawmakers observers monitors researchers scientists economists investigators prosecutors rescuers
	firefighters medics paramedics volunteers activists authorities people members representatives envoys
	spokespeople commanders soldiers troops traders investors bankers brokers farmers workers survivors victims
	nations countries allies partners governments states critics opponents supporters organizers organisers
	protesters demonstrators villagers locals citizens voters pollsters forecasters meteorologists seismologists
	experts journalists reporters correspondents bloggers users families relatives neighbours neighbors
	students teachers nurses police`)

// attrOrgNouns are nouns for bodies ("the ministry").
var OrgNouns = Set(`ministry agency service office department council committee commission government
	administration authority police military army navy forces force command headquarters staff bureau
	directorate center centre institute bank fund court party group organization organisation alliance union
	bloc coalition company firm corporation embassy consulate delegation mission presidency kremlin regime
	cabinet parliament congress senate assembly legislature board watchdog regulator observatory network
	newspaper daily broadcaster outlet channel magazine tabloid website portal airline operator utility
	insurer lender carrier manufacturer maker producer exporter importer retailer charity foundation
	movement campaign prosecutor's agency's secretariat tribunal junta guard corps brigade battalion unit
	division fleet station hospital university school college studio team club federation association
	league society exchange market industry sector ministry's cartel`)

// attrDocNouns are documents that "say" things for their issuer ("the
// statement said", "a report by the agency").
var DocNouns = Set(`statement statements report reports study survey poll assessment analysis data figures
	estimate estimates tally count communique communiqué release document letter post message filing memo
	bulletin briefing video footage footages images records record account accounts review investigation
	inquiry probe audit census research paper findings finding notice announcement update readout transcript
	dossier`)

// attrTimeWords make up time expressions ("Last week", "On Monday").
var TimeWords = Set(`last this next on in at during early late earlier later week month year weekend day days
	weeks months years ago today yesterday tonight morning afternoon evening night monday tuesday wednesday
	thursday friday saturday sunday january february march april may june july august september october
	november december jan feb mar apr jun jul aug sep sept oct nov dec the same previous following recent
	past local time`)

// attrAdjectivesEd are -ed and -ing words that modify nouns in speakers
// ("armed forces", "the ruling party").
var AdjectivesEd = Set(`armed united so-called elected exiled detained retired unnamed unidentified embattled
	self-proclaimed self-styled alleged appointed designated acting ruling governing leading opposing incoming
	outgoing founding presiding visiting leading-edge reported sanctioned banned jailed imprisoned
	president-elect unnamed concerned affected interested informed experienced skilled trained advanced
	developed developing emerging united red-crescent`)

// attrCommonVerbs are frequent verbs of news prose, used to end noun
// phrases when the sentence is not tagged.
var CommonVerbs = Set(`remain remains remained come comes came go goes went continue continues continued begin
	begins began make makes made take takes took give gives gave send sends sent deploy deploys deployed
	launch launches launched kill kills killed attack attacks attacked arrive arrives arrived call calls called
	convene convenes convened release releases released agree agrees agreed meet meets met visit visits visited
	hold holds held need needs needed want wants wanted try tries tried seek seeks sought plan plans planned
	provide provides provided supply supplies supplied move moves moved join joins joined keep keeps kept
	become becomes became get gets got put puts use uses used see sees saw look looks looked seem seems
	seemed appear appears appeared rise rises rose fall falls fell grow grows grew increase increases increased
	decrease decreases decreased reach reaches reached face faces faced lead leads led lose loses lost win
	wins won help helps helped support supports supported oppose opposes opposed accept accepts accepted
	characterize characterizes characterized characterise characterises characterised describe describes described
	respond responds responded refer refers referred focus focuses focused ignore ignores ignored commit
	commits committed struck strike strikes hit hits fired fire fires shot destroy destroys destroyed
	capture captures captured seize seizes seized open opens opened close closes closed start starts started
	stop stops stopped build builds built die dies died injure injures injured evacuate evacuates evacuated
	cost costs spend spends spent pay pays paid raise raises raised cut cuts sign signs signed approve
	approves approved vote votes voted pass passes passed order orders ordered
	talk talks talked talking met`)

// attrPossessivePronouns map a possessive to the pronoun whose referent
// it takes.
var PossessivePronouns = map[string]string{"his": "he", "her": "she", "its": "it", "their": "they"}

// attrAbbrevs keep their final period ("Oct.", "Gen.").
var Abbrevs = Set(`mr mrs ms dr gen lt col sgt maj capt gov sen rep st jan feb aug sept oct nov dec vs jr sr
	prof adm cmdr cpl pvt brig rev hon mt ft no`)

// attrJoiners join the parts of a noun phrase but are never one.
var Joiners = Set(`of to for and or & nor`)

// attrMediaWords head the names of outlets ("Yonhap news agency").
var MediaWords = Set(`news media press agency television tv radio newspaper daily broadcaster`)

// attrPrepositions open the adverbials that may follow a postposed cue
// ("said in a statement", "told reporters at a briefing").
var Prepositions = Set(`in on at during after before from via through by with to`)

// attrCueWords are the statement nouns and verb forms, the words other
// than "according", "citing", "quoting" and "as" that can start a cue.
var CueWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range StatementNouns {
		m[w] = true
	}
	for w := range Verbs {
		m[w] = true
	}
	return m
}()

// attrStatementNouns report what someone said when a possessive names the
// speaker ("Zelensky's claim that 3,000 soldiers were killed").
var StatementNouns = Set(`remarks remark claim claims statement statements comments comment assertion
	assertions estimate estimates warning warnings allegation allegations assessment words testimony
	announcement report`)
