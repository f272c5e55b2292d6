package critique

import "strings"

// Acts: the places where the writer names a specific thing they did.
// Each finder is a signal (a regexp with the verb in group 1 and the
// next words in group 2) and a test of what it matched; findActs runs
// them all. A finder's entries are tested one by one in acts_test.go.

var (
	// Acts of the writer: a verb after "i", its next few words.
	reActPlain   = sig(`\bi\s+(?:(?:just|really|totally|completely|also|then|basically|actually|stupidly|carelessly|literally|even|still|kind\s+of|kinda|sort\s+of|always|repeatedly|once\s+again|again)\s+)*([a-z]+(?:-[a-z]+)?)((?:\s+[a-z']+){0,3})`)
	reActNeg     = sig(`\bi\s+(?:(?:still|really|just|even|never\s+even|also)\s+)?(?:didn'?t|did\s+not|never|wasn'?t|was\s+not|haven'?t|hadn'?t|couldn'?t\s+be\s+bothered\s+to|failed\s+to|neglected\s+to|forgot\s+to)\s+(?:even\s+|really\s+|once\s+|bother\s+to\s+|ever\s+|actually\s+)?([a-z]+)((?:\s+[a-z']+){0,3})`)
	reActPerfect = sig(`\bi(?:'?ve|\s+have|\s+had|'d)\s+(?:been\s+)?(?:just\s+|really\s+|so\s+|completely\s+|totally\s+)?([a-z]+)((?:\s+[a-z']+){0,3})`)
	reActState   = sig(`\bi(?:\s+was|\s+got|\s+became|\s+have\s+been|'ve\s+been|\s+acted|'?m|\s+am)\s+(?:bang\s+|well\s+|way\s+|totally\s+)?(?:so\s+|really\s+|very\s+|completely\s+|totally\s+|pretty\s+|being\s+|incredibly\s+|unbelievably\s+|a\s+bit\s+|such\s+a\s+|a\s+|an\s+)*(rude|harsh|cruel|dismissive|selfish|unfair|late|absent|distant|cold|mean|careless|thoughtless|disrespectful|condescending|defensive|unkind|out\s+of\s+line|unreliable|short|snappy|impatient|inconsiderate|controlling|jealous|hurtful|dishonest|passive[\s-]aggressive|sarcastic|nasty|aggressive|critical|judgmental|judgemental|unavailable|checked\s+out|flaky|ungrateful|patronizing|patronising|bossy|pushy|hostile|smug|loud|silent|wrong\s+to\s+[a-z]+|on\s+my\s+phone|not\s+there|no\s+help|no-show|no\s+show|mia|nowhere\s+to\s+be\s+found|dismissive|belittling|possessive|secretive|cagey|snippy|snide|rough|sharp|curt|cutting|stubborn|demanding|out\s+of\s+order|off\s+with\s+you|quiet|withdrawn|grumpy|moody|irritable|sulky|offhand|short-tempered|rubbish|vile|spiteful|petty|childish|a\s+(?:dick|jerk|idiot|prat|nightmare|coward|bully)|an\s+(?:idiot|arse|ass)|late\s+again)\b`)
	// "I shouldn't have laughed", "I should have called": the act named
	// through what ought to have happened.
	reActShould = sig(`\bi\s+(?:should(?:n'?t|\s+not|\s+never)?(?:\s+have|'ve)|should'?ve|ought\s+(?:not\s+)?to\s+have)\s+(?:just\s+|really\s+|at\s+least\s+|even\s+)?([a-z]+)((?:\s+[a-z']+){0,3})`)
	// A verdict on an act: "... was cruel", "... was on me". The act is
	// the subject before it (see judgedSubject): "Bailing on your drinks
	// was on me", "My comment about your weight was out of line".
	reVerdict = sig(`\b(?:was|is|were)\s+(?:so\s+|really\s+|completely\s+|totally\s+|just\s+|pretty\s+|way\s+|well\s+|bang\s+|all\s+)?(?:on\s+me|cruel|wrong|unkind|unfair|out\s+of\s+(?:line|order)|rude|mean|selfish|thoughtless|careless|disrespectful|hurtful|a\s+(?:cheap\s+shot|mistake|low\s+blow)|(?:a\s+)?(?:rubbish|horrible|terrible|awful|shitty|crappy|cruel|nasty|low|cheap|selfish|stupid|mean|thoughtless|cowardly)\s+(?:thing(?:\s+to\s+do)?|move|trick)|not\s+ok(?:ay)?|not\s+fair|not\s+on|uncalled\s+for|inexcusable|unacceptable|stupid|nasty|petty|childish|my\s+fault|my\s+doing|my\s+mistake)\b`)
	// "It was wrong of me to read your diary": the act after a verdict
	// on the writer.
	reActOfMe = sig(`\b(?:wrong|unfair|cruel|selfish|careless|thoughtless|unkind|rude|stupid|petty|mean|disrespectful|out\s+of\s+line|not\s+fair|not\s+ok(?:ay)?|not\s+right)\s+of\s+me\s+to\s+(?:have\s+)?([a-z]+)((?:\s+[a-z']+){0,3})`)
	// Also what the writer feels bad about or regrets doing: "I feel
	// terrible about cancelling on your friends", "I regret raising my
	// voice" name the act, whatever else they lack.
	reActSorryFor = sig(`\b(?:(?:sorry|apologi[sz]e|apologies|apologizing|apologising|forgive\s+me|my\s+bad|my\s+fault)\s+(?:[a-z]+\s+)?(?:for|about|bout|abt|fi)|(?:terrible|awful|bad|guilty|horrible|dreadful|rotten|sick)\s+about|regret(?:ted)?)\s+(?:not\s+|never\s+)?([a-z]+(?:-[a-z]+)?)((?:\s+[a-z']+){0,4})`)
	// "Sorry we blocked your drive", "sorry my dog got into your garden":
	// the household or the writer's charge as the one who did it.
	reActOurs = sig(`\b(?:we|my\s+(?:dog|dogs|cat|son|daughter|kids|boys|girls|builders|guests|mates|friends|husband|wife|partner))\s+(?:(?:just|really|totally|then|accidentally|again)\s+)*([a-z]+(?:-[a-z]+)?)((?:\s+[a-z']+){0,3})`)
	// "I was texting while driving", "I was shouting at the kids": the
	// act as it went on.
	reActDoing = sig(`\bi\s+was\s+(?:still\s+|really\s+)?([a-z]+ing)((?:\s+[a-z']+){0,3})`)
	// "I was the one who knocked it over": the act in a cleft.
	reActTheOne = sig(`\bi(?:\s+was|\s+am|'m)\s+the\s+(?:one|person)\s+(?:who|that)\s+([a-z]+)((?:\s+[a-z']+){0,3})`)
)

var (
	irregularPast = set("said did forgot broke lied left missed told took made ignored threw hit sent wrote kept read spent stole ran went got gave brought let put hung stood drove came sat ate drank slept shut spoke hid bought sold chose began won wore blew swore stuck struck bit cut lost held shot shook split tore woke fell fought found flew froze led lent paid rang rode slid spat swept swung taught undid wept withdrew overslept overheard mistook misled keep snuck sneaked dug sang sank swam became dealt bent fed fled met sped spun stung bled burnt leapt mislaid misread misspoke overdid rewrote shrank spilt spoilt spread quit withheld outdid overran laid")
	// Past forms that are thoughts, feelings or generic confessions, not a named act.
	nonActVerbs = set("realized realised wanted needed hoped wished noticed learned learnt decided thought felt believed meant tried guessed supposed expected loved liked apologized apologised reflected considered wondered worried cared appreciated valued enjoyed remembered promised understood knew heard saw figured assumed imagined owed used seemed was were had hurt upset offended disappointed failed wronged caused acted behaved handled reacted crossed overstepped dropped screwed messed need feed speed embed proceed succeed exceed bleed seed agreed feared prayed regretted deserved suffered struggled panicked missed_you")
	nonActIng   = set("thinking feeling hoping wondering meaning trying going working planning wanting dealing struggling looking reflecting waiting hurting missing sleeping learning praying doing having getting telling beating meaning being")
	vagueObject = set("something things stuff it that this wrong anything everything what some")
	vagueNouns  = set("mix mixup muddle wires hiccup misunderstanding miscommunication confusion mess drama inconvenience thing issue incident trouble hurt pain upset behaviour behavior behaviors behaviours actions part mistakes mistake wrongdoing wrongdoings everything anything whatever things stuff situation")
	negNonAct   = set("mean meant intend intended think know realize realise want expect notice understand have do say care see mind remember")
)

var saidNot = set("offended hurt upset was were made caused bothered came might may to and or so too")

// actFinder is one way of naming an act: its signal and the test that
// keeps only specific acts (nil keeps every match).
type actFinder struct {
	name   string
	sig    *rule
	accept func(verb, rest string) bool
}

var actFinders = []actFinder{
	{"plain", reActPlain, specificAct},
	{"negated", reActNeg, negatedAct},
	{"perfect", reActPerfect, perfectAct},
	{"state", reActState, nil},
	{"sorry-for", reActSorryFor, sorryForAct},
	{"should-have", reActShould, shouldHaveAct},
	{"judged", reVerdict, nil},
	{"of-me", reActOfMe, nil},
	{"the-one", reActTheOne, specificAct},
	{"ours", reActOurs, specificAct},
	{"doing", reActDoing, doingAct},
}

// doingAct: "I was texting while driving"; not "I was thinking", "I was
// going through a lot", nor an account of what was meant ("I was talking
// about the council", "I was joking around"; "I was just ..." never
// matches).
func doingAct(verb, _ string) bool {
	return len(verb) > 5 && !nonActIng.has(verb) && !doingNotActs.has(verb)
}

var doingNotActs = set("talking asking joking kidding saying referring messing playing catching teasing speaking venting")

// shouldHaveAct: "I shouldn't have signed the lease", "I should have
// called"; not "I should have known" or "I should have done something".
func shouldHaveAct(verb, rest string) bool {
	if shouldNotActs.has(verb) {
		return false
	}
	if verb == "done" || verb == "said" {
		w0, _ := twoWords(rest)
		return w0 != "" && !vagueObject.has(w0)
	}
	return true
}

var shouldNotActs = set("known realized realised thought guessed seen understood noticed been felt tried asked wanted")

// judgedSubject finds the act a verdict at v judges: the clause before
// it opens with a gerund ("Bailing on your drinks last night was on me")
// or with "my" and a noun ("My comment about your weight was out of
// line"). It returns where that subject starts, or -1.
func (d *doc) judgedSubject(v int) int {
	ws := d.wordsBefore(v, 10)
	if len(ws) < 2 {
		return -1
	}
	first := ws[len(ws)-1]
	ok := strings.HasSuffix(first, "ing") && len(first) > 4 && !sorryForNotIng.has(first) && !notGerund.has(first)
	if first == "my" {
		ok = len(ws) >= 3 && judgedNouns.has(ws[len(ws)-2])
	}
	n := len(ws)
	if !ok {
		// Inside the clause: "I'm sorry my comment on your issue was
		// rude", "that crack about your stream numbers was a low blow";
		// not when another person comes between ("that comment you made").
		n = -1
		for i := 1; i < len(ws) && n < 0; i++ {
			if otherPerson.has(ws[i-1]) {
				break
			}
			if judgedDeterminers.has(ws[i]) && judgedNouns.has(ws[i-1]) {
				n = i + 1
			}
		}
		if n < 0 {
			return -1
		}
	}
	p := v // back over the words to where the subject starts
	for range n {
		for p > 0 && d.norm[p-1] == ' ' {
			p--
		}
		for p > 0 && isWordByte(d.norm[p-1]) {
			p--
		}
	}
	return p
}

var (
	judgedNouns = set("comment comments remark remarks joke jokes message text email post reply response reaction outburst behaviour behavior tone words speech decision choice crack cracks dig digs jab jabs quip")
	// judgedDeterminers open a judged act inside a clause (see judgedSubject).
	judgedDeterminers = set("my that this")
	otherPerson       = set("you u he she they you've you'd you're")
	notGerund         = set("thing morning evening everything nothing something anything being during bring ring king spring sing wedding building feeling")
)

// verbTests decide, for verbs whose meaning turns on the next words,
// whether verb + words name a concrete act (w0, w1: the next two words).
var verbTests = map[string]func(w0, w1 string) bool{
	// "I used your car"; not "I used to ..."
	"used": func(w0, _ string) bool { return w0 != "" && w0 != "to" },
	"said": saidOrDid,
	"did":  saidOrDid,
	"made": func(w0, w1 string) bool {
		if (w0 == "that" || w0 == "this" || w0 == "those") && w1 != "" && !vagueNouns.has(w1) && w1 != "mistake" && w1 != "happen" {
			return true // "made that remark"
		}
		if w0 == "you" && madeYou.has(w1) {
			return true // "made you feel like a burden", "made you wait"
		}
		return !(w0 == "a" && (w1 == "mistake" || w1 == "mess" || w1 == "bad") || w0 == "mistakes" || w0 == "an" && w1 == "error" ||
			madeNot.has(w0) || w0 == "some" && w1 == "mistakes")
	},
	"had": func(w0, w1 string) bool {
		return hadActs.has(w0) || w0 == "a" && hadActs.has(w1) || w0 == "an" && hadActs.has(w1)
	},
	// "I missed our call" is an act; "I've missed our walks", longing.
	"missed": func(w0, w1 string) bool {
		return w0 != "" && (!missedNot.has(w0) || w0 == "our" && missedEvents.has(w1))
	},
	// "I got so drunk", "I got really defensive".
	"got": func(w0, w1 string) bool { return gotActs.has(w0) || gotDegree.has(w0) && gotActs.has(w1) },
	// "I dropped Aoife from the team", "I dropped your vase"; not "I
	// dropped the ball", which names nothing.
	"dropped": func(w0, w1 string) bool { return w0 != "" && w0 != "ball" && !(w0 == "the" && w1 == "ball") },
	"went": func(w0, w1 string) bool {
		return w0 != "" && !(w0 == "too" || w0 == "overboard" || w0 == "wrong" || w0 == "through" && (w1 == "a" || w1 == "some" || w1 == "so"))
	},
	"took": func(w0, w1 string) bool { return w0 != "" && !((w0 == "it" || w0 == "things") && w1 == "too") },
	"blew": func(w0, _ string) bool { return w0 == "up" || w0 == "off" },
	"let": func(w0, w1 string) bool {
		return w0 != "" && !(w0 == "you" && w1 == "down") && w0 != "it" && w0 != "things"
	},
	"treated": func(w0, w1 string) bool { return w1 == "like" || w1 == "as" || w0 == "you" && w1 == "like" },
	"kept":    keptAct,
	"keep":    keptAct,
	"started": startedAct,
	"began":   startedAct,
}

var (
	madeNot   = set("you things it that this")
	madeYou   = set("feel look cry wait miss late pay do carry doubt explain pick cover sit stand feel")
	missedNot = set("you us our having")
	// missedEvents: one arranged thing, missed once (a plural is longing).
	missedEvents = set("call meeting appointment dinner lunch breakfast date session shift match game flight booking rehearsal anniversary deadline meetup reservation catchup")
	gotDegree    = set("so really too very way pretty")
	hadActs      = set("people friends guests go pop row fight argument tantrum meltdown affair fling party strop dig")
	gotActs      = set("defensive angry mad drunk loud jealous aggressive physical nasty snippy short personal involved into")
)

func saidOrDid(w0, w1 string) bool {
	if (w0 == "that" || w0 == "this" || w0 == "it") && placedAt.has(w1) {
		return true // "I said that about your weight", "I did that to you"
	}
	return w0 != "" && !saidNot.has(w0) && !vagueObject.has(w0) && w0 != "sorry" && w0 != "not" &&
		!(w0 == "i" && (w1 == "was" || w1 == "am" || w1 == "'m"))
}

// keptAct: "I kept interrupting", "I kept you waiting", "I kept your
// records"; not "I kept quiet".
func keptAct(w0, _ string) bool {
	return strings.HasSuffix(w0, "ing") || w0 == "you" || w0 == "your" || w0 == "the" || w0 == "her" || w0 == "his" || w0 == "their"
}

func startedAct(w0, _ string) bool {
	return strings.HasSuffix(w0, "ing") || w0 == "a" || w0 == "the" || w0 == "an"
}

func twoWords(rest string) (string, string) {
	next := firstWords(rest, 2)
	w0, w1 := "", ""
	if len(next) > 0 {
		w0 = next[0]
	}
	if len(next) > 1 {
		w1 = next[1]
	}
	return w0, w1
}

// specificAct decides whether verb + the words after it name a
// concrete act of the writer.
func specificAct(verb, rest string) bool {
	if t, ok := verbTests[verb]; ok {
		return t(twoWords(rest))
	}
	if nonActVerbs.has(verb) {
		return false
	}
	if irregularPast.has(verb) {
		return true
	}
	return len(verb) >= 4 && strings.HasSuffix(verb, "ed") && !strings.HasSuffix(verb, "eed")
}

// negatedVerbs can name an act when negated only with a specific object
// ("I didn't say goodbye"), not alone ("I didn't say anything").
var negatedVerbs = set("do say have see")

// notNegatedActs follow a negation without naming an act ("I wasn't
// thinking", "I haven't slept").
var notNegatedActs = set("myself thinking trying sure aware able going")

// ingBaseVerbs end in "ing" without being "-ing" forms ("I didn't ring").
var ingBaseVerbs = set("ring bring sing sting swing fling cling wring spring string")

// negatedAct: "I didn't call", "I never told you"; a failure to act.
func negatedAct(verb, rest string) bool {
	if notNegatedActs.has(verb) || strings.HasSuffix(verb, "ing") && !ingBaseVerbs.has(verb) {
		return false // "I wasn't thinking", "I was not criticising you": a denial, not an act
	}
	if negatedVerbs.has(verb) {
		w0, _ := twoWords(rest)
		return w0 != "" && !vagueObject.has(w0) && w0 != "time" && w0 != "a"
	}
	return !negNonAct.has(verb)
}

// perfectParticiples are the past participles "I've ..." names an act
// with, given an object where the verb needs one.
var perfectParticiples = set("broken forgotten taken spoken written hidden stolen driven given shown thrown gone done been told said made kept left lied missed ignored sent")

// perfectAct: "I've been ignoring you", "I've broken your trust".
func perfectAct(verb, rest string) bool {
	if strings.HasSuffix(verb, "ing") {
		return !nonActIng.has(verb) && len(verb) > 4
	}
	if perfectParticiples.has(verb) {
		w0, _ := twoWords(rest)
		switch verb {
		case "been", "gone":
			return false
		case "done", "said":
			return w0 != "" && !vagueObject.has(w0)
		case "made":
			return specificAct("made", rest)
		}
		return true
	}
	return specificAct(verb, rest) && !irregularPast.has(verb)
}

var (
	saidWhat        = set("said did wrote posted texted told called put")
	placedAt        = set("about at to in on during")
	objectPronoun   = set("you him her them us me everyone everybody anyone")
	vagueIn         = set("all this that it what everything")
	sorryForNotIng  = set("everything anything something nothing bothering feeling thinking")
	sorryForNotBe   = set("me myself human honest alive here there")
	sorryForDet     = set("my the that those")
	timeOnly        = set("whole way other last night day evening weekend morning afternoon week")
	sorryForSetting = set("at on in during last toward towards when")
)

// sorryForAct: "sorry for shouting", "sorry for my comment about ...".
func sorryForAct(w, rest string) bool {
	ws := firstWords(rest, 4)
	r0 := ""
	if len(ws) > 0 {
		r0 = ws[0]
	}
	switch {
	case w == "being":
		// "sorry for being the way I've been" names a state, not an act
		return r0 != "" && !sorryForNotBe.has(r0) && !(len(ws) > 1 && (r0 == "the" && ws[1] == "way" || r0 == "how" || r0 == "like" && (ws[1] == "that" || ws[1] == "this" || ws[1] == "i")))
	case strings.HasSuffix(w, "ing") && len(w) > 4:
		return !sorryForNotIng.has(w)
	case w == "how":
		return r0 == "i" && len(ws) > 2 && !vagueObject.has(ws[2])
	case w == "what":
		// "sorry for what I said about Geoff", "what I did at your party":
		// the words placed; not "what I said" or "what I did to you".
		return r0 == "i" && len(ws) > 3 && saidWhat.has(ws[1]) && placedAt.has(ws[2]) && !vagueObject.has(ws[3]) && !objectPronoun.has(ws[3])
	case w == "that" && (clauseSubject.has(r0) || r0 == "i" || r0 == "i'm"):
		// "I regret that you feel that way": a clause follows, not an
		// object; an act inside it ("that I forgot") is found on its own.
		return false
	case sorryForDet.has(w):
		if r0 != "" && !vagueNouns.has(r0) && !timeOnly.has(r0) {
			return true
		}
		// "sorry for my behaviour at dinner": a vague noun with a setting
		// ("my part in all this" is no setting)
		return vagueNouns.has(r0) && len(ws) > 1 && sorryForSetting.has(ws[1]) && !(ws[1] == "in" && len(ws) > 2 && vagueIn.has(ws[2]))
	}
	return false
}

// actsOnce returns findActs, computed once per draft.
func (d *doc) actsOnce() []signal {
	if !d.actsDone {
		d.acts, d.actsDone = d.findActs(), true
	}
	return d.acts
}

// findActs returns spans in which the writer names a specific act.
func (d *doc) findActs() []signal {
	var out []signal
	for _, f := range actFinders {
		for _, m := range d.findAll(f.sig) {
			s, e := m[0], m[1]
			if f.sig == reVerdict {
				if s = d.judgedSubject(s); s < 0 {
					continue
				}
			} else if f.accept != nil && !f.accept(d.norm[m[2]:m[3]], d.norm[m[4]:m[5]]) {
				continue
			}
			if d.actCounts(s, e) {
				out = append(out, signal{s, e})
			}
		}
	}
	return out
}

// actCounts drops an act under a negation, inside quotes, or after a
// vague antecedent ("whatever I did"; not "everything I said about your mum").
func (d *doc) actCounts(s, e int) bool {
	w := d.wordsBefore(s, 1)
	if len(w) == 1 && vagueAntecedent.has(w[0]) && !reNamedObject().MatchString(d.norm[s:e]) {
		return false
	}
	if len(w) == 1 && w[0] == "as" {
		return false // "as I said in the kickoff"
	}
	return !d.negated(s) && !d.inQuotes(s)
}
