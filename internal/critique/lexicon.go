package critique

// Lexicons of the families' general forms, written from how each
// defect is expressed in general rather than from any labelled draft:
// the rules in rules.go ("families by their forms") combine them, so
// that a new wording of the same form is caught. All are constants
// (regexp fragments) or word sets read on first use: no start-up work.

import "strings"

const (
	// Diminishers put on an act or on its effect.
	lexDiminisher = `(?:only|just|merely|simply|nothing\s+but|literally\s+(?:just|only)|honestly\s+(?:just|only)|really\s+(?:just|only))`
	// Quantities a diminisher shrinks ("only ten minutes", "just two drinks").
	lexSmallCount = `(?:(?:a\s+)?few|a\s+couple(?:\s+of)?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty|a\s+hundred|\d+|half\s+an?|a|an)`
	lexCountUnit  = `(?:minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|nights?|times?|quid|pounds?|dollars?|bucks|euros?|drinks?|pints?|glasses|beers?|words?|texts?|messages?|comments?|jokes?|lines?|pictures?|photos?|posts?|sentences?|weeks?|emails?|calls?)`
	// Small things an act is called when it is shrunk.
	lexSmallThing = `(?:thing|things|issue|mistake|slip|oversight|hiccup|misstep|error|detail|matter|comment|remark|joke|disagreement|spat|tiff|blip|lapse|typo|dig|jab|quip|moment|incident|bit\s+of\s+fun|gesture)`
	lexSmallAdj   = `(?:small|minor|tiny|trivial|little|silly|harmless|innocent|petty|passing|throwaway|throw-away|offhand|off-hand|daft|meaningless|insignificant)`

	// Character labels: adjectives and nouns that attack who someone is.
	lexTraitAdj  = `(?:selfish|self-?cent(?:red|ered)|self-?absorbed|arrogant|rude|mean|nasty|cold|heartless|stubborn|pig-?headed|proud|petty|childish|immature|dramatic|hysterical|unreasonable|irrational|impossible|difficult|needy|clingy|controlling|possessive|jealous|insecure|paranoid|negative|pessimistic|lazy|useless|hopeless|unreliable|flaky|inconsiderate|thoughtless|ungrateful|entitled|spoil(?:ed|t)|vain|fake|two-?faced|dishonest|sneaky|manipulative|toxic|judg(?:e)?mental|critical|bossy|nosy|nosey|incompetent|clueless|stupid|ridiculous|pathetic|annoying|exhausting|draining|boring|spineless|weak|cowardly|defensive|aggressive|hostile|moody|grumpy|bitter|vindictive|spiteful|cruel|vicious|condescending|patroni[sz]ing|smug|snobby|snobbish|stuck-?up|judgy|sulky|touchy|prickly|cold-?hearted|self-?righteous|holier-?than-?thou|closed-?minded|narrow-?minded|cheap|tight|stingy|lazy|careless|irresponsible|disorgani[sz]ed|hypocritical|narcissistic|passive[\s-]aggressive|unbearable|insufferable|relentless|obsessed|obsessive)`
	lexTraitNoun = `(?:nag|brat|child|baby|martyr|diva|snob|hypocrite|liar|coward|bully|control\s+freak|narcissist|psycho|nightmare|pain|idiot|moron|jerk|prick|dick|arse|ass|loser|drama\s+queen|princess|snowflake|know-?it-?all|mess|disaster|joke|cheapskate|slob|doormat|pushover|sulker)`
	// Behaviours "you always ..." charges someone with.
	lexBadHabit = `(?:have\s+to|need\s+to|want\s+to\s+(?:win|be\s+right|argue)|make|turn|take|get|act|expect|think\s+(?:you|the\s+worst|everyone)|assume|bring|blame|ignore|interrupt|critici[sz]e|nag|moan|complain|whine|sulk|storm|slam|yell|shout|scream|overreact|exaggerate|twist|hold|keep|cancel|flake|run\s+late|turn\s+up\s+late|forget|disappear|ghost|withdraw|shut|avoid|dodge|change\s+the\s+subject|play|pick|start|put\s+me\s+down|talk\s+over|walk\s+away|go\s+(?:quiet|silent|cold|off)|give\s+me|find\s+(?:fault|something|a\s+way)|judge|compare|side\s+with|do\s+(?:this|that|it)|say\s+(?:that|this)|leave|ruin|spoil|push|freak|run|lie|cheat|use|drag|stir|rope|blow|let\s+me\s+down|bail|back\s+out|go\s+on\s+about|bang\s+on|throw|bring\s+up|dig\s+up|rake\s+up|snap|sigh|roll\s+your\s+eyes|laugh\s+at|mock|belittle|dismiss|take\s+ages|take\s+forever|hold\s+grudges)`
)

// praise are words that turn "you always ..." into a compliment ("you
// always made me laugh", "you were always there for me").
var praise = set("there kind good great generous patient supportive wonderful lovely funny brilliant amazing laugh smile welcome safe loved helped supported listened cared believed understood forgave remembered stood encouraged backed knew know right fair honest gentle thoughtful reliable sweet caring best warm")

// praised reports whether the clause of the match at [s, e) (and the few
// words after it) praises rather than charges.
func praised(d *doc, s, e int) bool {
	for _, w := range strings.Fields(d.norm[s:e] + " " + d.after(e, 30)) {
		if praise.has(strings.Trim(w, ",.;:!?")) {
			return true
		}
	}
	return false
}

// roomGiven reports that the sentence of s leaves the timing or the
// choice to the reader ("when you're ready", "if you want", "one day"),
// so a wish to move on is not pushed.
func roomGiven(d *doc, s, _ int) bool {
	a, b := d.sentence(s)
	return reRoomInSentence().MatchString(d.norm[a:b])
}

var reRoomInSentence = lazyRE(`\b(?:when(?:ever)?\s+you(?:'?re|\s+are|\s+feel)?\s+(?:ready|want|like|can)|if\s+(?:and\s+when\s+)?you\s+(?:want|'?d\s+like|would\s+like|ever|feel|are\s+ready|'?re\s+ready|can|choose|decide|are\s+open|'?re\s+open)|in\s+(?:your\s+own\s+)?time|one\s+day|someday|some\s+day|eventually|in\s+time|at\s+your\s+(?:own\s+)?pace|up\s+to\s+you|no\s+(?:rush|pressure|hurry)|if\s+that'?s\s+(?:something|what)\s+you|i'?m\s+not\s+asking|not\s+asking\s+you|you\s+don'?t\s+have\s+to|whether\s+or\s+not|if\s+not)\b`)

// agentAfter: the agent is named right after a passive ("... was
// ruined by me", "... got broken when I dropped it"), so it hides no one.
func agentAfter(d *doc, _, e int) bool {
	return reAgentAfter().MatchString(d.after(e, 30))
}

var reAgentAfter = lazyRE(`^\s*(?:[a-z]+\s+){0,2}?(?:by\s+(?:me|my|myself)|(?:when|because|after|as|while|since|cause)\s+i\b)`)

// pastActVerbs decides whether a word after "I only/barely ..." is a
// past act ("I only drove it to the shops") rather than a thought or a
// perception ("I only realised", "I only saw it at midnight").
func pastActVerb(w string) bool {
	if nonActVerbs.has(w) || cognition.has(w) || perceived.has(w) {
		return false
	}
	if irregularPast.has(w) {
		return true
	}
	return len(w) >= 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

var perceived = set("saw heard noticed found realised realized learned learnt got slept knew")

// diminishedAct: "I only drove it to the shops", "I barely touched
// it"; not the act apologised for ("sorry I only told you on the
// day") and not a thought or perception.
func diminishedAct(d *doc, s, e int) bool {
	if apologisedFor(d, s) {
		return false
	}
	ws := strings.Fields(d.norm[s:e])
	return len(ws) > 0 && pastActVerb(ws[len(ws)-1]) && !reOnlyBecause().MatchString(d.after(e, 24)) && !reOnlyUntil().MatchString(d.after(e, 40)) && !strings.HasPrefix(strings.TrimSpace(d.after(e, 8)), "what")
}

// inQuestion: the match is in a question ("could we talk for just ten
// minutes?"), a request, not a claim about the act; also where the
// question mark ends a line ("...first?\n\nBest, Anita").
func inQuestion(d *doc, s, _ int) bool {
	_, b := d.trimmed(d.sentence(s))
	return b > 0 && d.norm[b-1] == '?'
}

// seemsSmall: "it might look like a small thing" grants how it looks
// to others, which is not shrinking it.
func seemsSmall(d *doc, s, _ int) bool {
	for _, w := range d.wordsBefore(s, 4) {
		switch w {
		case "seem", "seems", "seemed", "look", "looks", "looked", "sound", "sounds", "might", "may", "wasn't", "isn't", "not", "no":
			return true
		}
	}
	return false
}

// hoped: "I hope it all worked out" wishes, it does not shrink.
func hoped(d *doc, s, _ int) bool {
	for _, w := range d.wordsBefore(s, 5) {
		if w == "hope" || w == "hoping" || w == "glad" || w == "hopefully" || w == "wish" {
			return true
		}
	}
	return false
}

// lexBareTrifle: what an act is called, with no article, when shrunk
// ("it was just banter", "that's only talk").
const lexBareTrifle = `(?:banter|teasing|fun|words|talk|joking|kidding|messing\s+(?:about|around)|venting|gossip|chat|noise|habit|instinct|reflex|a\s+laugh)`

var (
	// reNotSmall: "only a week ago", "just a phone call away", "just a
	// suggestion": time, distance or an offer, not a shrunk act.
	reNotSmall = lazyRE(`\b(?:ago|before|after|later|earlier|since|into|until|till|left|away|from\s+(?:here|you|me)|matter\s+of|misunderstanding|miscommunication|suggestion|idea|thought|offer|invitation|option|question\s+of|phase|me|us|you|him|her|them|coincidence|feeling)\b`)
	// reAfterMatters: "it doesn't matter why I did it", "it doesn't
	// matter what you decide": ownership or room, not shrinking.
	reAfterMatters = lazyRE(`^\s*(?:what|who|how|whether|if|why|when|where|which|to\s+(?:me|you)|that\s+i|because|now\s+what)\b`)
	// reNeverOK: "you never deserved that", "you never have to reply":
	// "you never ..." that does not charge them.
	reNeverOK = lazyRE(`^(?:you|u)\s+never\s+(?:even\s+|once\s+|ever\s+)?(?:know|have\s+to|need\s+to|owe|deserved?|forgets?|fails?|miss(?:es)?|judges?|complains?|stops?|gives?\s+up|lets?\s+me\s+down|hesitates?|doubts?|asks?\s+for|take\s+(?:sides|advantage)|hold\s+(?:a\s+grudge|grudges)|say\s+a\s+(?:bad|cross|harsh|unkind)|raise\s+your\s+voice|lose\s+your\s+temper|asked\s+for|did\s+anything\s+wrong|gave\s+up|judged|complained|stopped|let\s+me\s+down|failed|hesitated|doubted|held|made\s+me\s+feel|said|forgot|missed|wavered|wanted|meant|expected|asked\s+me|mentioned|had|told|raised\s+your\s+voice|gave\s+me\s+a\s+reason|did|treated|made\s+a\s+fuss|minded|seemed|looked|felt|feel|got|heard|came\s+back|signed\s+up|agreed|should|would|could|will|lied|blamed|questioned|pushed|criticised|criticized|once\s+complained)\b`)
	// reIfBefore: "I understand if you never want to message me again"
	// supposes, it does not accuse.
	reIfBefore = lazyRE(`\b(?:understand|respect|get\s+it|fine|fair\s+enough|blame\s+you|okay|ok)\s+(?:even\s+)?if\s*$`)
	// reDisownedExcuse: "I'm not gonna pretend I was tired or whatever"
	// waves away the writer's own excuse, not the reader.
	reDisownedExcuse = lazyRE(`\b(?:not\s+(?:gonna|going\s+to)|won'?t|will\s+not|i'?m\s+not)\s+(?:pretend|say|claim|make\s+out|act\s+like)\b`)
	// reUrgentThing: "the two urgent cases" names a kind of thing, it
	// hurries no one.
	reUrgentThing = lazyRE(`^\s+(?:cases?|matters?|issues?|jobs?|tasks?|calls?|care|repairs?|appointments?|requests?|tickets?|items?|patients?|bits?|fixes?|messages?|emails?|deadlines?|surgery|shifts?)\b`)
	// reOnlyBecause: "I only did it because ..." gives a reason (the
	// justification rules judge it), it does not shrink the act.
	reOnlyBecause = lazyRE(`^\s*(?:[a-z']+\s+){0,2}?(?:because|cause|since|so\s+that|to\s+(?:help|protect|make|get|keep|stop|save))\b`)
	// reOnlyUntil: "I only told you once it was paid for": "only" means
	// "not until", which owns the delay rather than shrinking the act.
	reOnlyUntil = lazyRE(`^\s*(?:[a-z']+\s+){0,3}?(?:once|after|when|until)\s+(?:it|i|we|you|they|he|she|the|everything)\b`)
	// reCameOutOK: "it came out wrong" is the misunderstanding frame;
	// "it came out that I ..." names the writer.
	reCameOutOK = lazyRE(`came\s+out\s+(?:wrong|badly|harsh|mean|worse|as|that|the\s+wrong|of|on|in\s+(?:the|a))`)
)

var (
	// reIfTheyWant: "if you'd rather not hear from me, you won't hear
	// from me again" leaves the choice to them.
	reIfTheyWant = lazyRE(`\b(?:if|unless)\s+(?:you|u)(?:'?d|\s+would)?\s+(?:want|rather|prefer|need|ask|like|say)|\bif\s+that'?s\s+what\s+you\s+(?:want|need)`)
	// reRequestNotOrder: a sentence that asks ("would you ...?",
	// "come round if you want") or leaves room is a request, not an order.
	reRequestNotOrder = lazyRE(`\?|\b(?:if|when|whenever|any\s*time|once|would|could|maybe|perhaps|fancy|free|like\s+to|want\s+to|feel\s+like|no\s+(?:rush|pressure|worries))\b`)
)

// writerDoes: the writer is the one who does it ("I'll walk away and
// calm down"): the nearest subject before s in its sentence, across
// "and", is the writer.
func writerDoes(d *doc, s, _ int) bool {
	ws := strings.Fields(d.leadIn(s))
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-8; i-- {
		switch strings.Trim(ws[i], ",;:") {
		case "i", "i'll", "i'm", "i'd", "i've", "me", "myself":
			return true
		case "you", "you'll", "you're", "u", "your", "we", "they", "he", "she":
			return false
		}
	}
	return false
}

// writerPromises: the time at s ends the writer's own promise ("I'll have
// the money to you by the end of the month"), not a time set for them:
// the nearest subject before it in its sentence is the writer, where a
// "you" after "to", "for", "with" or a giving verb is an object.
func writerPromises(d *doc, s, _ int) bool {
	ws := strings.Fields(d.leadIn(s))
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-12; i-- {
		switch strings.Trim(ws[i], ",;:") {
		case "i'll", "i'm", "i've", "i":
			return i+1 < len(ws) && !youVerbs.has(strings.Trim(ws[i+1], ",;:"))
		case "you", "u":
			if i > 0 && objectBefore.has(ws[i-1]) {
				continue
			}
			return false
		case "you'll", "you're", "we", "they", "he", "she", "please":
			return false
		}
	}
	return false
}

var (
	objectBefore = set("to for with at from give send pay owe get bring lend show tell giving sending paying getting bringing lending showing telling")
	youVerbs     = set("need want expect hope must")
)

// reVagueIn: "my part in all this" names no place or time, unlike "my
// behaviour at the party".
var reVagueIn = lazyRE(`^\s+in\s+(?:all\s+)?(?:this|that|it|what|everything|the\s+(?:whole\s+)?(?:thing|situation|mess))\b`)

// ahead: the words before s put it in the future or in a condition
// ("next time I'm running on empty", "if I'm tired"): a plan, not an
// excuse for what happened.
func ahead(d *doc, s int) bool {
	for _, w := range d.wordsBefore(s, 5) {
		switch w {
		case "next", "when", "whenever", "if", "time", "once", "future":
			return true
		}
	}
	return false
}

// notTrifle: "it was one of ...", "one more", "one thing": not a shrunk act.
var notTrifle = set("of more too step last big huge terrible awful bad horrible hell thing way")

// personBefore: a person is the subject of the passive ("I got cut
// off", "you were left out"): it names who, so it hides no one.
func personBefore(d *doc, s int) bool {
	w := d.wordsBefore(s, 1)
	if len(w) == 0 {
		return false
	}
	switch w[0] {
	case "i", "we", "you", "u", "he", "she", "they", "me", "us", "him", "her", "them", "everyone", "nobody", "somebody", "someone":
		return true
	}
	return false
}

var (
	// reVagueRepair and reNothingAfter: "I'll make it up to you" with
	// nothing after it is a promise with no repair in it.
	reVagueRepair  = lazyRE(`make\s+(?:it|this|things|that)\s+(?:up(?:\s+to\s+you)?|right)$|make\s+amends$`)
	reNothingAfter = lazyRE(`^[\s,]*(?:(?:eh|somehow|i\s+promise|i\s+swear|one\s+day|someday|ok|okay|yeah|babe|love|you'?ll\s+see)[\s,]*)*(?:[.!?]|$)`)
)

// reOwnedAfterBut: the words after a "but" own the act ("... but I
// should have checked", "but that's on me"): an owned account, not a
// take-back.
var reOwnedAfterBut = lazyRE(`^\s*(?:i\s+(?:totally\s+|completely\s+|badly\s+)?(?:read\s+(?:the\s+room|it|the\s+situation)\s+(?:totally\s+|completely\s+|so\s+|all\s+)?wrong|misread\s+(?:the\s+room|it|the\s+situation)|misjudged|got\s+(?:it|that)\s+(?:totally\s+|completely\s+|so\s+|badly\s+)?wrong)|i\s+(?:really\s+|still\s+)?should(?:'?ve|\s+have|n'?t\s+have)|i\s+should\s+not\s+have|that'?s\s+(?:no\s+excuse|not\s+an\s+excuse|on\s+me|my\s+fault)|that'?s\s+(?:no\s+reason|not\s+(?:ok|okay|on\s+you|fair\s+on\s+you|a\s+reason|your\s+(?:fault|problem)))\b|that\s+(?:was|is)\s+(?:no\s+reason|not\s+(?:ok|okay|on\s+you))\b|the\s+truth\s+is\s+(?:that\s+)?i'?d\s+(?:already\s+)?(?:booked|planned|made|promised|chosen|agreed)\b|the\s+truth\s+is\s+(?:that\s+)?i\s+(?:just\s+)?(?:chose|picked|booked|went|stayed|wanted|forgot|didn'?t|had\s+(?:booked|already)|was\s+(?:scared|afraid|embarrassed|jealous|ashamed|lazy|selfish))\b|that'?s\s+mine\s+to\b|that\s+was\s+(?:all\s+)?me\b|it\s+should\s+have\s+(?:been|come)\s+(?:from\s+)?me\b|it\s+should\s+have\s+been\s+(?:asked|said|raised|put|handled|discussed|brought\s+up)\s+(?:in\s+(?:private|person|our\s+(?:one|1|own|meeting|chat|call)|a\s+(?:one|1|private))|privately|between\s+us|(?:to|with)\s+you\s+(?:first|directly|privately|alone|in\s+private))\b|it\s+(?:wasn'?t|was\s+not)\s+(?:funny|ok|okay|fair|right|kind)(?:\s+(?:of\s+me|to\s+you|on\s+you|at\s+all))?(?:\s*[.,;!]|\s*$|\s+and\b)|(?:that|it|intent|none\s+of\s+(?:that|it|this))\s+(?:doesn'?t|does\s+not|didn'?t|did\s+not)\s+(?:excuse\s+(?:it|what|how|me)|change\s+(?:how|what|(?:the\s+fact\s+)?that\s+i\s+(?:broke|hurt|let|lied|went|left|missed|made|didn'?t|forgot|chose|did|took|ignored|embarrassed|humiliated|blamed|treated|shouted|yelled|snapped|failed|handled|acted|behaved|should|was\s+(?:wrong|unfair|unkind|selfish|cruel|rude|careless|thoughtless|out\s+of\s+order)))|give\s+me\s+the\s+right)\b|none\s+of\s+(?:that|it|this)\s+(?:excuses|is\s+an?\s+excuse)\b|that\s+(?:is|was)\s+(?:no\s+excuse|on\s+me|my\s+fault)|it\s+was\s+(?:still\s+)?(?:wrong|my\s+fault|on\s+me)|i\s+was\s+(?:still\s+)?wrong|(?:that|it)\s+(?:doesn'?t|does\s+not)\s+(?:excuse|make\s+it\s+(?:ok|okay|right))|i\s+(?:didn'?t|never|forgot|failed)|i\s+let\s+you\s+down|i\s+did\s+(?:it|that|this)(?:\s*[.;!]|\s*,?\s+and\s+i\b|\s*$)|it\s+(?:wasn'?t|was\s+not)\s+(?:my\s+(?:place|call|decision|business|right|section|story|news|secret)|mine\s+to)|you\s+deserved\s+(?:to\s+(?:know|hear)|better|the\s+truth|an?\s+(?:answer|explanation|apology))|(?:you|u)\s+(?:didn'?t|did\s+not)\s+deserve\s+(?:it|that|this|any\s+of\s+(?:it|that|this)|to\s+be\s+(?:treated|spoken|talked|thrown|cut|shut|shouted|yelled|screamed|called|blamed|embarrassed|humiliated|hurt|left|ignored|ghosted|dropped|lied|dismissed|mocked|excluded|dragged|blindsided|ambushed|singled))\b|(?:that|it|this)(?:\s+[a-z]+)?(?:\s+(?:is|was)|'s)\s+(?:(?:all|still)\s+)?my\s+baggage|(?:that|it)(?:'s|\s+is|\s+was)\s+my\s+(?:problem|issue)\s+to\s+(?:manage|fix|sort|deal\s+with|work\s+on|carry|handle)\s*,?\s+not\s+(?:yours|your\s+(?:problem|job|burden))\s+to\s+(?:put\s+up\s+with|carry|fix|deal\s+with|manage|handle|sort|live\s+with))`)

// ownedButAfter: the clause after e turns at once to owning it ("I thought
// I was helping, but it wasn't my section to change"): a reason given and
// taken back, not a justification.
func ownedButAfter(d *doc, _, e int) bool {
	return ownedAfterBut(d.after(e, 80), reButNext())
}

// ownedAfterBut: rest has a "but" (found by but) after which the writer
// owns the act or calls the good outcome luck. The one test behind
// ownedButAfter (the turn comes at once) and butOwnedLater (later in the
// sentence).
func ownedAfterBut(rest string, but *matcher) bool {
	loc := but.FindStringIndex(rest)
	if loc == nil {
		return false
	}
	rest = rest[loc[1]:]
	return reOwnedAfterBut().MatchString(rest) || reLuckAfter().MatchString(rest)
}

var reButNext = lazyRE(`^\s*[,;]?\s*but\b`)

// reIfYoudOffer: "if you'd let me", "if you'd allowed it": asking leave,
// not a charge.
var reIfYoudOffer = lazyRE(`^if\s+(?:you|u)(?:'?d|\s+had)\s+(?:just\s+|only\s+|actually\s+|at\s+least\s+)?(?:let|allowed|have|like|want|rather|prefer)\b`)

// reFromMe: "you deserved to hear it from me" owns not telling them.
var reFromMe = lazyRE(`^\s*(?:first\s+)?from\s+me\b`)

// onlyBut: the "but" ending at e means "only" ("when I had nothing but my
// own jealousy to go on", "all but forgot"), not a turn to a defence.
func onlyBut(d *doc, e int) bool {
	if strings.HasSuffix(d.norm[:e], "however") {
		// "sorry for however it all went down": the manner, not a turn.
		w := d.wordsBefore(e-len("however"), 1)
		return len(w) == 1 && (w[0] == "for" || w[0] == "about" || w[0] == "of")
	}
	if e < 3 || d.norm[e-3:e] != "but" {
		return false
	}
	w := d.wordsBefore(e-3, 1)
	return len(w) == 1 && butMeansOnly.has(w[0])
}

// brokenWordBut: "sorry i bailed, i said i'd come but i stayed home" sets
// the writer's word against what the writer did: the "but" tells the act,
// it takes nothing back.
func brokenWordBut(d *doc, s, e int) bool {
	return reMyWordBefore().MatchString(d.norm[s:e]) && reIAfter().MatchString(d.after(e, 32))
}

var (
	reMyWordBefore = lazyRE(`\bi\s+(?:said|promised|told\s+(?:you|u)|swore|was\s+(?:supposed|meant)\s+to)\b[^.!?;]*\bbut$`)
	reIAfter       = lazyRE(`^\s+(?:(?:the\s+truth\s+is|honestly|actually|really|in\s+the\s+end)\s+)?i\s+(?:(?:just\s+)?(?:didn'?t|never|forgot|stayed|bailed|flaked|skipped|ditched|ended\s+up|bottled|let\s+you))\b`)
)

// ownedRunOn: texting without stops runs the apology, a second sentence
// ("i made an excuse about work", "you'd left it logged in") and the
// "but" that follows it into one clause. When the stretch from the
// apology to the "but" has no comma or stop, holds at least two clauses,
// and the "but" turns to the writer's own truth ("but honestly i was
// scared", "but it came out as mockery", "but that didn't make them mine
// to read"), the "but" belongs to that second sentence and takes nothing
// back. A "but" that turns to the reader ("but you started it") still
// does.
func ownedRunOn(d *doc, s, e int) bool {
	seg := d.norm[s:e]
	if strings.ContainsAny(seg, ",;:-") || len(reRunOnClause().FindAllStringSubmatchIndex(seg, 3)) < 2 {
		return false
	}
	return reOwnTurn().MatchString(d.after(e, 40))
}

var (
	reRunOnClause = lazyRE(`\b(?:i|you|it|that|he|she|they|we)(?:'m|'d|'ve|'re|'s)?\s+(?:was|had|did|didn'?t|made|said|told|thought|meant|knew|know|went|got|let|left|posted|missed|forgot|laughed|yelled|shouted|took|put|gave|sent|stayed|called|asked|lied|ignored|snapped|blamed|used|showed|spent|skipped|bailed|ghosted|wasn'?t|couldn'?t|wouldn'?t|don'?t|never|[a-z]+ed)\b`)
	reOwnTurn     = lazyRE(`^\s*(?:(?:honestly|tbh|to\s+be\s+honest|really|actually|truthfully|the\s+truth\s+is)\s+(?:i\s+(?:was\s+(?:scared|afraid|ashamed|embarrassed|jealous|being|too\s+proud|a\s+coward)|didn'?t|just\s+didn'?t|panicked|bottled|chose|wasn'?t)|it\s+was\s+(?:me|my)|that'?s)|i\s+(?:(?:really\s+|just\s+)?(?:was\s+(?:scared|afraid|ashamed|embarrassed|jealous|wrong|selfish|being|yelling|shouting|screaming|too\s+proud|a\s+coward|out\s+of\s+order)|went|didn'?t|never|let|chose|decided|wasn'?t|should(?:'?ve|\s+have)|bottled|panicked|do\s+(?:care|value|love|mean\s+it)|did\s+(?:it|that)\b|took|left|made|yelled|shouted|ignored|lied|forgot|bailed|stayed|ended\s+up))|it\s+(?:came|turned|ended|was\s+(?:still\s+)?(?:me|my|mine|on\s+me)|still)|that'?s\s+(?:still\s+|all\s+|totally\s+)?(?:on\s+me|mine|my|not\s+the\s+point|no\s+excuse)|that\s+(?:doesn'?t|didn'?t|does\s+not|did\s+not)\s+(?:make|excuse|change)|only\s+if\s+and\s+when\s+you\s+(?:want|feel|are\s+ready))`)
)

// butClauseSkip: what clears a take-back "but" (or "though", "yet")
// after an apology: the rules' reasons, each with its own comment.
func butClauseSkip(d *doc, s, e int) bool {
	return reSorryAsNoun().MatchString(d.norm[s:e]) || reOwnedAfterBut().MatchString(d.after(e, 40)) || onlyBut(d, e) || brokenWordBut(d, s, e) || askIgnored(d, s, e) ||
		ownedRunOn(d, s, e) || reButOffer().MatchString(d.after(e, 40)) || runOnOwnedLater(d, e) || smallConcededBut(d, s, e)
}

// smallConcededBut: the words before the "but" grant that the act looks
// small ("i know it sounds small but you saw me post for jake's the same
// week and that stung"); the "but" turns back to how much it mattered,
// the opposite of taking the apology back. A "but" that goes on to the
// reader overreacting still takes it back.
func smallConcededBut(d *doc, s, e int) bool {
	return reSmallConceded().MatchString(d.norm[s:e]) && reHurtAfter().MatchString(d.after(e, 60))
}

var (
	reSmallConceded = lazyRE(`\b(?:it|this|that|it'?s|its)\s+(?:(?:might|may|must|probably)\s+)?(?:sounds?|seems?|looks?|feels?|is|was)?\s*(?:so\s+|really\s+|like\s+)?(?:a\s+)?(?:small|minor|silly|trivial|tiny|little|nothing|no\s+big\s+deal)(?:\s+thing)?,?\s+but$`)
	// reHurtAfter: the "but" turns to what it did to the reader ("but you
	// saw me post for jake's the same week and that stung", "but it
	// mattered to you").
	reHurtAfter = lazyRE(`^\W*(?:(?:(?:you|u)\s+(?:saw|noticed|felt|waited|asked|trusted|counted|needed|told\s+me|were\s+(?:hurt|left|the\s+only))\b[^,;]*?\b(?:stung|hurt|mattered|matter|meant|upset)\b)|(?:it|that)\s+(?:clearly\s+|obviously\s+|really\s+)?(?:stung|hurt|mattered|matters|meant\s+(?:a\s+lot|something))\b|it\s+(?:clearly\s+|obviously\s+)?(?:did|does)\s+matter\b)`)
)

// adverbYet: "sorry I haven't replied yet" and "when you asked if I'd
// found a job yet" use "yet" for time, not to turn. A "yet" after a
// comma, a semicolon, a dash or "and" turns ("and yet you act like it's
// a crime"); one that ends its sentence, goes on to "again" or "another",
// or stands in a clause that denies or asks ("didn't reply yet", "if
// i'd found a job yet") tells time; any other turns ("sorry i was late
// yet everyone else was late too").
func adverbYet(d *doc, e int) bool {
	if e < 3 || d.norm[e-3:e] != "yet" {
		return false
	}
	before := strings.TrimRight(d.norm[:e-3], " ")
	if before == "and" || strings.HasSuffix(before, " and") || strings.HasSuffix(before, ",") || strings.HasSuffix(before, ";") || strings.HasSuffix(before, "-") {
		return false
	}
	if next := wordAfter(d, nil, 0, skipWord(d, e)); next == "" || yetOfTime.has(next) {
		return true
	}
	for _, w := range d.wordsBefore(e-3, 8) {
		if strings.HasSuffix(w, "n't") || yetDenies.has(w) {
			return true
		}
	}
	return false
}

var (
	yetOfTime = set("again another more")
	yetDenies = set("not never no if whether already")
)

// afterthoughtThough: in a draft without stops a "though" that does not
// go on into a clause of its own ("you know that's not who i am though",
// "too though so let's call it even", "no harm done though it's back at
// your door") is an afterthought on the clause before it. That clause is
// judged on its own (a counter, a minimising); the apology is not taken
// back. The writers of the labelled sets read it so about five times in
// six. A "though" followed by a subject ("though you started it", "though
// honestly you started it") still takes it back, and so do "honestly
// though" and "to be fair though".
func afterthoughtThough(d *doc, e int) bool {
	if !d.unpunctuated || !strings.HasSuffix(d.norm[:e], " though") {
		return false
	}
	if w := d.wordsBefore(e-len("though"), 1); len(w) == 1 && reFairBefore().MatchString(w[0]) {
		return false
	}
	p := skipWord(d, e)
	next := wordAfter(d, nil, 0, p)
	if colouring.has(next) {
		next = wordAfter(d, nil, 0, skipWord(d, p))
	}
	// "tho everyone was laughing" goes on about others, an afterthought
	// the writers did not read as taking the apology back.
	return !subjectWord.has(next) || indefinite.has(next)
}

var indefinite = set("someone somebody nobody everyone everybody")

var colouring = set("honestly frankly tbh tbf clearly obviously really still somehow")

// runOnOwnedLater: in a draft without stops, a "but" that goes on to the
// writer's own doing and then owns it ("i wanted to reach out sooner but
// i kept chickening out which is on me") tells the act; it takes nothing
// back. The owning words must come before any other "but".
func runOnOwnedLater(d *doc, e int) bool {
	if !d.unpunctuated || !reIClauseAfter().MatchString(d.after(e, 12)) {
		return false
	}
	rest := d.after(e, 90)
	if loc := reButLater().FindStringIndex(rest); loc != nil {
		rest = rest[:loc[0]]
	}
	for _, m := range reRunOnOwns().FindAllStringSubmatchIndex(rest, -1) {
		if !reDisownBefore().MatchString(rest[max(0, m[0]-24):m[0]]) {
			return true
		}
	}
	return false
}

var (
	reIClauseAfter = lazyRE(`^\s+i\s+[a-z']+`)
	reRunOnOwns    = lazyRE(`\b(?:(?:that|which|it)(?:'s|s|\s+is|\s+was)\s+(?:all\s+|totally\s+|completely\s+|100%\s+)?(?:on\s+me|my\s+(?:fault|choice|call|doing|decision|mistake))|i\s+was\s+wrong|that\s+was\s+me\s+not\s+you|i\s+should(?:'?ve|\s+have)\s+(?:told|been|said|called|asked|come|gone|just|known))\b`)
	reDisownBefore = lazyRE(`(?:\bnot|n't|\bthink|\bsay|\bsaying|\bsays|\bsaid|\blike|\bif|\bclaim|\bclaiming)\s+(?:that\s+)?$`)
)

// reFairBefore: "honestly though", "to be fair though" open the defence
// that follows.
var reFairBefore = lazyRE(`^(?:honestly|fair|fairness|frankly|tbf|tbh|truthfully|mind|said|saying)$`)

var reToldMyselfBefore = lazyRE(`\b(?:thought|think|told\s+myself|tell\s+myself|pretended|pretend|acted\s+like|act\s+like|convinced\s+myself|kept\s+saying|assumed|figured|said|says|claimed|hoped|hope|if|whether|know|knew)\s+(?:that\s+)?$`)

// otherActNamed: the draft names an act outside s..e (the match itself
// reads as one to the act finder: "sorry for how I was"), so what the
// match leaves vague is said elsewhere.
func otherActNamed(d *doc, s, e int) bool {
	for _, a := range d.actsOnce() {
		if a.e <= s || a.s >= e {
			return true
		}
	}
	return false
}

var reWhetherBefore = lazyRE(`\b(?:whether|if|decide|deciding|choose|matter|know|when|whenever|ready|up\s+to\s+(?:you|u)|no\s+pressure|free\s+to|(?:don'?t|do\s+not)\s+have\s+to|either\s+way|no\s+obligation|your\s+call)\b`)

var butMeansOnly = set("nothing anything everything all none nobody")

// thingsCalm: "whenever things calm down" is about a busy time, not a
// word to them.
func thingsCalm(d *doc, s, e int) bool {
	w := d.wordsBefore(s, 1)
	return writerDoes(d, s, e) || len(w) == 1 && calmSubjects.has(w[0])
}

var calmSubjects = set("things it life work stuff everything")

// leftAlone: the threat's "I'll leave" goes on to leave them be ("if you
// don't, I'll leave it", "I'll leave you in peace"): respect, not a threat.
func leftAlone(d *doc, _, e int) bool {
	return strings.HasSuffix(d.norm[:e], "leave") && reLeaveBe().MatchString(d.after(e, 24))
}

var reLeaveBe = lazyRE(`^\s+(?:it|that|things|you\s+(?:alone|be|in\s+peace)|them\s+(?:alone|be))\b`)

// unlessTheyWish: "I won't bring it up again unless you do" leaves the
// choice with them; it threatens nothing.
func unlessTheyWish(d *doc, s, _ int) bool {
	return reUnlessWish().MatchString(d.after(s, 60))
}

var reUnlessWish = lazyRE(`^\s*unless\s+(?:you|u)(?:'d\s+(?:like|rather|prefer)|\s+(?:do|want|wanna|ask|prefer|say\s+so|say\s+otherwise\s*(?:,\s*and\b|$|(?:i'?ll|i\s+will)\s+(?:drop|bring|come|pop|send|give|leave|book|pay|be\s+there))|would\s+(?:like|rather)|bring\s+it\s+up|raise\s+it|tell\s+me\s+otherwise))\b`)

// consentOnly: "I'll have it reprinted, and if you agree, I'll ask the MC
// to read the list" asks their leave for an offer; "only if you agree",
// "if you agree to stop", "if you agree I was right", "if you agree, in
// writing, to ..." and "once you agree" set a condition on them.
func consentOnly(d *doc, _, e int) bool {
	before := d.norm[:e]
	if strings.HasSuffix(before, "only if you agree") || strings.HasSuffix(before, "only if u agree") {
		return false
	}
	return (strings.HasSuffix(before, " if you agree") || strings.HasSuffix(before, " if u agree")) &&
		reConsentThen().MatchString(d.after(e, 16))
}

var reConsentThen = lazyRE(`^\s*(?:$|,\s*(?:i|we)\b)`)

// standsUpAfter: "if it happens again I'll call it out" promises to stand
// up for them next time; it threatens nobody. Only after "happens again",
// and only a bare promise, at the end of its clause or before "and I've
// ...": "I'll say something to your mum about ...", "I'll speak up at the
// hearing" or "I'll speak up and everyone will know" may still threaten.
func standsUpAfter(d *doc, s, e int) bool {
	return strings.Contains(d.norm[s:e], "happens again") && reStandUp().MatchString(d.after(e, 40))
}

var reStandUp = lazyRE(`^\s*(?:call\s+it\s+out|say\s+(?:something|so)(?:\s+(?:there\s+and\s+then|straight\s+away|at\s+the\s+time))?|speak\s+up(?:\s+for\s+(?:you|u))?|step\s+in|stand\s+up\s+for\s+(?:you|u)|back\s+(?:you|u)\s+up)\s*(?:$|,?\s*and\s+i(?:'ll|'ve|\s+will|\s+have)\b)`)

// namesNoun reports whether a match of re in s (its first group the word
// after "the", "my" and the like) names a matter or occasion rather than
// a filler (vagueNoun): "about the fantasy league", "at the wedding", not
// "about the whole thing", "in the past". It serves the vague rules'
// "such a ... about" and the learnt reader's "placed" alike.
func namesNoun(re *matcher, s string) bool {
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		if !vagueNoun.has(s[m[2]:m[3]]) {
			return true
		}
	}
	return false
}

// vagueNoun are the words after "the" or "my" that name no matter or
// occasion ("the whole thing", "the other night", "in the past", "at the
// time").
var vagueNoun = set("whole thing things other situation stuff mess night day weekend week time past end moment way lot rest")

// writerFeels: "I'd be gutted" is the writer's own feeling, not guilt
// laid through someone else's.
func writerFeels(d *doc, s, _ int) bool {
	return strings.HasPrefix(d.norm[s:], "i'd ") || strings.HasPrefix(d.norm[s:], "i would ")
}

// reflectsOnWhy: "I've thought about why it came out so easily" looks
// for where the writer's words came from; it does not hide who said them
// ("I don't know why it came out" and "I found out why your secret got
// out" still do).
func reflectsOnWhy(d *doc, s, e int) bool {
	return reCameOrSlipped().MatchString(d.norm[s:e]) && reAskedMyselfWhy().MatchString(d.norm[max(0, s-80):s])
}

var (
	reCameOrSlipped  = lazyRE(`\b(?:came|slipped)\s+out$`)
	reAskedMyselfWhy = lazyRE(`\bi(?:'?ve|\s+have|'?d|\s+had)?\s+(?:been\s+|kept\s+)?(?:thought|thinking|wondered|wondering|asked\s+myself|asking\s+myself|(?:tried|trying)\s+to\s+(?:understand|figure\s+out|work\s+out))\s+(?:about\s+)?why\s+$`)
)

// ownedCauseAfter: "That happened because I put it off" names the
// writer's own act as the cause. A state or a time does not ("because I
// was provoked", "while I was at work", "after I left").
func ownedCauseAfter(d *doc, e int) bool {
	rest := d.after(e, 30)
	m := reBecauseI().FindStringSubmatchIndex(rest)
	return m != nil && pastActVerb(rest[m[2]:m[3]])
}

var reBecauseI = lazyRE(`^\s*(?:[a-z]+\s+)?(?:because|cause|cos)\s+i\s+([a-z']+)`)
