package critique

// The rule catalogue: the patterns behind each category, with their guards.

import (
	"slices"
	"strings"
)

// Shared fragments. The text is lower-cased and apostrophes are straight.
const (
	sorryW       = `(?:sorry|apologi[sz]e|apologies)`
	gap          = `[^.!?\n]`
	im           = `\b(?:i'?m|i\s+am)`
	ill          = `\b(?:i'?ll|i\s+will)(?:\s+(?:definitely|really|totally|honestly|seriously|absolutely|truly|genuinely|actually|just))?`
	youre        = `(?:you'?re|you\s+are|ur)`
	excuseIntens = `(?:so\s+|really\s+|just\s+|very\s+|super\s+|extremely\s+|completely\s+|a\s+bit\s+|a\s+little\s+|pretty\s+|totally\s+|absolutely\s+|utterly\s+|incredibly\s+|insanely\s+|crazy\s+|honestly\s+|seriously\s+|literally\s+)*`
	days         = `(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`
	// takeBackOpen: an apology or an admission, then a stretch of its
	// sentence before the word that may take it back.
	takeBackOpen = `\b(?:sorry|apologi[sz]e|apologies|my\s+fault|my\s+bad|i\s+was\s+wrong)\b` + gap + `{0,80}?\b`
)

// after returns up to n bytes of normalised text after e, within the sentence.
func (d *doc) after(e, n int) string {
	end := e
	for end < len(d.norm) && end-e < n && !isSentenceEnd(d.norm[end]) {
		end++
	}
	return d.norm[e:end]
}

var (
	reIfNotBefore  = lazyRE(`\b(?:if\s+not|either\s+way|rather\s+not|not\s+ready|or\s+not\s+at\s+all)\W*$`)
	reFreeingIf    = lazyRE(`^\W*(?:at\s+all\s+)?(?:on\s+my\s+(?:end|side|part)|from\s+me|either\s+way|if\s+(?:you|u)(?:'?d|\s+would)?\s+(?:rather|prefer|don'?t|do\s+not|aren'?t|need)|if\s+not)\b`)
	reTheirChoice  = lazyRE(`^\s*(?:fancied|wanted|felt\s+(?:like|up)|ask(?:ed)?\s+(?:for\s+(?:it|them|that|one|some|help)|me(?:\s+to)?)\s*(?:[,;)]|$)|(?:say\s+(?:so|yes)|say\s+it'?s\s+(?:ok|okay|fine|alright|all\s+right)|invite\s+me|fancy|want|wanna|like|feel|'?d\s+like|would\s+like|wish|prefer|need|'?re\s+(?:up|ready|free|ok|okay|happy|interested|keen|open)|are\s+(?:up|ready|free|ok|okay|happy|interested|keen|open)|(?:'?re|\s+are)\s+(?:feeling|comfortable|willing|not\s+too)|feel\s+up)\b)`)
	reCallOut      = lazyRE(`^\s*(?:me\s+)?(?:on\s+it|out)\b`)
	reForThem      = lazyRE(`^\s*(?:for|on)\s+(?:you|u|your|all\s+of\s+us|both\s+of\s+us|us|everyone|everybody|the\s+family)\b`)
	reInvitationIf = lazyRE(`^\s*(?:you'?d\s+(?:ever\s+|still\s+|maybe\s+|one\s+day\s+)?(?:like|want|love|be\s+(?:open|up\s+for|ok|okay|happy|willing|free|around)|fancy|consider)\b|you'?ve\s+got\s+(?:time|a\s+(?:minute|moment|sec|second|chance)|five|ten|some\s+time|half\s+an)|you\s+(?:ever\s+)?(?:have|had|get)\s+(?:a\s+(?:minute|moment|sec|second|chance|free)|an\s+(?:hour|evening|afternoon)|half\s+an|five|ten|a\s+few\s+(?:minutes|mins)|some\s+(?:time|free)|time)\b|one\s+day\s+you|there'?s\s+(?:another|anything\s+else\s+(?:you|i\s+can))|plans?\s+change|you'?re\s+(?:ever\s+|next\s+)?(?:up|over|back|down|passing|in)\s+(?:in|at|to|this|that|here|there|near|home|town)\b|you'?re\s+(?:ever\s+)?(?:around|nearby|passing|in\s+town)\b|you(?:'?ll|\s+will)\s+(?:have|let|allow)\s+me(?:\s+(?:back|over|round|in))?\s*$|you'?re\s+(?:open|up\s+for|willing|free|ready|ever|ok|okay)|you\s+(?:want|would|'?d|need|ever|have\s+time|can|feel\s+(?:like|up\s+to|ready|able|comfortable|ok|okay)|prefer|wish|agree|fancy)|it\s+helps|that'?s\s+(?:ok|okay|alright)|(?:that|it|this)\s+(?:suits|works|would\s+(?:suit|work|help))|it'?s\s+(?:ok|okay|alright|all\s+right)\s+with|this\s+(?:is|comes|seems|feels)|i'?m\s+(?:bothering|interrupting))`)
	reAfterMadeMe  = lazyRE(`^\s*(?:to\s+(?:every|all\s+my|school|work|the\s+(?:station|airport|hospital|shops|doctor|dentist|match|game|party|train|bus))\b|laugh|smile|happy|so\s+happy|proud|feel\s+(?:loved|welcome|safe|better|seen|at\s+home)|a\s+better|want\s+to\s+be|realize|realise|think|[.,!?;:]|$|(?:in|at|on|for|with|when|last|back|years|a|an|the|this|that|some|once|ages)\b)`)
	reFairOther    = lazyRE(`^\W*(?:though\W+)?(?:the|our|my|nobody|no\s+one|there|i)\b`)
	reNoExcuse     = lazyRE(`(?:(?:is|was|'s|that'?s)\s+(?:no|not\s+an)\s+excuse|isn'?t\s+an\s+excuse|(?:doesn'?t|does\s+not|didn'?t)\s+(?:excuse|justify)|no\s+excuse\s+for|not\s+excusing|(?:that'?s|that\s+is|it'?s|it\s+is|that\s+was|it\s+was)\s+(?:all\s+|still\s+|entirely\s+)?on\s+me|(?:that'?s|it'?s|it\s+was|that\s+was|that\s+is|it\s+is|all|entirely|completely)\s+(?:still\s+|entirely\s+|all\s+)?my\s+(?:fault|responsibility|doing)|i\s+own\s+(?:that|it)|i\s+take\s+(?:full\s+)?responsibility)`)
	reRoomAfter    = lazyRE(`^\s*(?:if\b|either\s+way|whether)`)
	reWhenIf       = lazyRE(`\b(?:when|whenever|if|any\s*time|once)\b`)
	reOwnSubject   = lazyRE(`^` + im + `\b`)
	// reIfWithin: a second condition inside an "unless ..." clause, on the
	// writer or on the reader's wish, whose "I'll" it is ("unless you say
	// otherwise and if I'm ever unsure I'll ask", "... if you want I'll
	// come", with the comma dropped); "if not I'll tell your dad" is not.
	reIfWithin = lazyRE(`\bif\s+(?:i\b|i'm\b|you\s+(?:want|like|'d\s+like|ever\s+want|feel\s+like))`)
	// reEvenIf: "even if" concedes ("sorry ... even if i was tired thats
	// on me"); it puts no condition on the apology.
	reEvenIf       = lazyRE(`\beven\s+if$`)
	reLaterClause  = lazyRE(`\b(?:but|because|and|since|though|cause|i'?ll|i\s+will|from\s+now\s+on|next\s+time|going\s+forward)\b`)
	reSorryAsNoun  = lazyRE(`^(?:sorry|apologies)\s+(?:doesn'?t|does\s+not|won'?t|will\s+not|isn'?t|is\s+not|can'?t|cannot|alone|only|is\s+(?:just|only)|means\s+nothing|is\s+never)\b`)
	reOfferAfterOr = lazyRE(`^\s+(?:(?:just|happily|gladly)\s+)?(?:(?:see|catch|meet)\s+you\s+(?:at\s+(?:home|the|yours|mine|work|school|church)|later|there|soon|then|tomorrow|tonight|after|when|on\s+(?:the|monday|tuesday|wednesday|thursday|friday|saturday|sunday))|speak\s+to\s+you\s+(?:later|soon|tomorrow|tonight)|try\s+(?:you\s+)?again|be\s+(?:home|back|there|at\s+home)|take\s+it\s+to\s+(?:my|a)\s+(?:own\s+)?(?:counsell?or|therapist|doctor|gp)|stay|pick|come|bring|wait|give|drop|make|cook|get\s+you|take\s+you|take\s+care|keep\s+out|keep\s+away|sort|pop|buy|fix|pay|replace|leave\s+(?:it|you\s+be)|understand|be\s+around|be\s+here|ring\s+you|call\s+you|send\s+you)\b`)
	reOwnedWords   = lazyRE(`(?:wrong|cruel|unfair|unkind|out\s+of\s+line|not\s+ok(?:ay)?|mean|awful|horrible)\s+(?:of\s+me\s+)?to\s+(?:say|tell|call|suggest|imply|claim)\b|shouldn'?t\s+have\s+(?:said|told|called|suggested|implied)\b|\bsorry\s+(?:i|for)\s+(?:said|told|called|saying|telling|calling)\b`)
	reLaterTurn    = lazyRE(`\b(?:but|though|however|tho)\b`)
	reEndedThatWay = lazyRE(`^[^.!?]*\b(?:ended|turned\s+out|went)\s+(?:the\s+way\s+(?:it|they)\s+did|like\s+that)\b`)
	reBareTail     = lazyRE(`^\s*(?:you\s+that\s*|(?:[a-z']+\s*){0,2})(?:[.!?,;]|$)`)
	reApologyWord  = lazyRE(`\b(?:sorry|apologi[sz]e[ds]?|apologies|my\s+bad|regret)\b`)
	// reNamesThing: a draft that mentions something specific ("about your
	// mum", "at the station", "for missing Dad's 70th"), whatever the
	// grammar of the act.
	reNamesThing = lazyRE(`\b(?:about|at|for|over|during|when|with|missing|re|after|before)\s+(?:the|your|ur|my|our|his|her|their|[a-z]+'s)\b|\b(?:about|at|for|over|during|when|with|missing|re|after|before)\s+(?:that|this)\s+[a-z]{3,}`)
	reTitForTat  = lazyRE(`\b(?:too|either|as\s+well|same|first|worse|also|even)\b`)
	reLocation   = lazyRE(`^\s+(?:at|on|in|during|last|toward|towards|when|with|to|about)\b`)
)

// apologisesIn: the sentence around p apologises or regrets. In a
// reach-out, "I know things got weird after the move" sets the scene;
// "sorry things got weird" puts the apology on an agentless event.
func (d *doc) apologisesIn(p int) bool {
	a, b := d.sentence(p)
	return reApologyWord().MatchString(d.norm[a:b])
}

// afterNoPhrase: "obviously" qualifies a set phrase just before it ("no
// pressure obviously"), not the reader.
func afterNoPhrase(d *doc, s, e int) bool {
	return d.norm[s:e] == "obviously" && closesNoPhrase(d.wordsBefore(s, 2), 1)
}

// blanket: the apology's object is everything at once.
func blanket(m string) bool {
	for _, w := range []string{"everything", "it all", "all of it", "all of this", "all of that", "all this", "all that"} {
		if strings.HasSuffix(m, w) {
			return true
		}
	}
	return false
}

// writerSubject reports whether the nearest words before s make the
// writer the subject ("i", "i really", "i know i").
func writerSubject(d *doc, s, _ int) bool {
	for _, w := range d.wordsBefore(s, 3) {
		switch w {
		case "i", "i've", "i'd", "i'm", "i'll", "me", "myself":
			return true
		case "you", "you've", "you're", "we", "they", "he", "she":
			return false
		}
	}
	return false
}

// cryingWhen: the word before "he cries" that makes it a time, not a plea.
var (
	cryingWhen = set("time whenever when if until till after before once")
	reYouSoon  = lazyRE(`^\W*(?:[a-z']+\s+){0,2}?(?:over|about|because|since|for|at|cos|cause|when|whenever)\s+(?:of\s+)?(?:you|u|your|ur)\b`)
)

var comparative = set("more most less least something anything nothing as so")

// embeddedIf: the "if" that ends at e opens an embedded question ("when you asked
// if I'd read them"), not a condition on the apology.
func embeddedIf(d *doc, e int) bool {
	if e < 2 || d.norm[e-2:e] != "if" {
		return false
	}
	w := d.wordsBefore(e-2, 2)
	return len(w) >= 1 && askVerbs.has(w[0]) || len(w) == 2 && objectWord.has(w[0]) && askVerbs.has(w[1])
}

// reIfThenIll: the "if" after an apology opens a condition whose
// consequent is the writer's own "I'll" a few words on ("sorry if she
// brings it up again i'll tell her ...", texting without a stop), not a
// condition on the apology; unless the condition is about the writer's
// act or the hurt ("sorry if my music kept you up i'll use headphones",
// "sorry if i hurt you i'll do better").
var (
	reIfThenIll = lazyRE(`^(?:\s+[a-z']+){1,8}?\s+(?:i'?ll|i\s+will)\b`)
	reHarmIf    = lazyRE(`^\s+(?:i|my|what\s+i|anything\s+i|something\s+i|the\s+way\s+i)\s|^\s+(?:it|that|this)\s+(?:seemed|seems|came|comes|come|sounded|sounds|looked|looks|felt|feels|was|wasn'?t|made)\b|^(?:\s+[a-z']+){0,8}?\s+(?:hurt|upset|offend|offended|came\s+across|come\s+across|felt|feel|took\s+it|rude|wrong|harsh|mean|disrespect|disrespected|embarrass|embarrassed|caused|made\s+you)\b`)
)

// reNoWorriesIf: the "if" belongs to a release from an offer ("I'd like
// to say sorry properly no worries if not", texting without a stop), not
// to the apology: a release named ("no worries", "that's fine", not a
// bare exasperated "ok") and what follows the "if" declining ("not", "you'd
// rather not", "you're not ready").
var (
	reNoWorriesIf    = lazyRE(`\b(?:no\s+(?:worries|pressure|problem|stress|bother)|all\s+good|(?:that'?s|thats|totally|completely)\s+(?:fine|ok|okay|understandable))\s+if$`)
	reReleaseAfterIf = lazyRE(`^\s*(?:not|no|you'?d\s+rather\s+not|(?:you|u)(?:'?re|\s+are|\s+r)\s+not|(?:you|u)\s+(?:don'?t|can'?t|do\s+not|cannot|aren'?t|need\s+(?:more\s+)?time|need\s+space))\b`)
)

// reSaidBeforeIf: "I'm sorry I said I'd leave if you went on the trip":
// the "if" is inside the words apologised for (something the writer said
// they would do), not a condition on the apology; unless the "if" is the
// usual hedge ("... if that caused any confusion", "if you were hurt").
var (
	reSaidBeforeIf = lazyRE(`\bi\s+(?:(?:said|told\s+(?:you|u)|swore)\s+(?:that\s+)?i'?d|threatened\s+to)\b`)
	reHedgeAfterIf = lazyRE(`^\s*(?:that|it|this|anything|any|i|(?:you|u|anyone)\s+(?:were|was|felt|feel|got|are|took))\b`)
)

// reAboutMatter: what a "sorry I was such a ..." is about, when it names
// it ("about the fantasy league"; not "about it" or "over all that", and a
// place alone, "at the cricket", names no matter).
var reAboutMatter = lazyRE(`^\s+(?:about|over)\s+(?:the|your|my|his|her|their|our)\s+([a-z]+)`)

var askVerbs = set("asked ask asking wondered wonder checked check know knew see saw tell told sure whether")

// offeredApology: "I'd like to write to her and apologise, if you think
// she'd welcome that" offers an apology to someone else; its "if" is
// about the offer. An apology with its own subject ("... and I'm sorry if
// you were hurt") is the writer's, whatever comes before it.
// reServiceAfter is a remedy the writer offers right after asking to be
// told ("please just text me and I'll turn it down").
var reServiceAfter = lazyRE(`^\s*(?:me|us)?\s*(?:,\s*)?(?:and|&)\s+(?:i(?:'?ll|\s+will)|we(?:'?ll|\s+will))\s+(?:(?:come\s+and\s+|happily\s+|gladly\s+)?(?:turn\s+(?:it|the\s+[a-z]+)\s+down|fix|move|sort|bring|replace|pay|swap|cover|pick|drop|take\s+(?:it|them)\s+(?:down|away|back)|clear|clean|keep\s+it\s+down))\b`)

// mutualWish: "If you ever fancied a chat I'd like that, but only if you
// would" wants the meeting only if the reader wants it too; "I'll
// apologise to your sister, but only if you would" still makes the
// writer's act wait on the reader's.
func mutualWish(d *doc, s, e int) bool {
	return reWouldEnd().MatchString(d.after(e, 12)) && reWishBefore().MatchString(d.leadIn(s))
}

var (
	reWouldEnd   = lazyRE(`^\s*(?:would|'d|do|did|were|are)(?:\s+too)?\s*(?:[.!,;)]|$)`)
	reWishBefore = lazyRE(`\b(?:i'?d|i\s+would)\s+(?:really\s+)?(?:like|love|enjoy)\s+(?:that|it|to)\b`)
)

// readerPrefers: "If you'd rather just forget it, that's fine too" gives
// dropping it to the reader as their choice; it presses nothing.
func readerPrefers(d *doc, s int) bool {
	return reReaderPrefers().MatchString(d.leadIn(s))
}

var reReaderPrefers = lazyRE(`\bif\s+(?:you|u)(?:'d|\s+would)?\s+(?:rather|prefer|want|wanna|'d\s+like)\b[^.!?,]{0,20}$`)

// defiedRequest: "sorry I brought Lisa to Easter, even though you'd
// asked us to keep it family only" says the writer went against what the
// reader asked: it makes the act worse, and owns it; it takes nothing back
// and blames no one. p is the end of the "though".
func defiedRequest(d *doc, p int) bool {
	if !strings.HasSuffix(d.norm[:p], "even though") && !strings.HasSuffix(d.norm[:p], "even tho") {
		return false
	}
	return reDefiedAfter().MatchString(d.after(p, 48))
}

var reDefiedAfter = lazyRE(`^\s+(?:you|u)(?:'d|\s+had)?\s+(?:(?:specifically|clearly|already|explicitly|just|even|literally)\s+)?(?:asked|told|said|begged|warned|reminded|made\s+it\s+clear|trusted|counted\s+on|asked\s+me|told\s+me)\b`)

// serviceAsked: "If it's ever too loud again, please just text me and
// I'll turn it down" asks to be told so the writer can put it right, which
// presses nothing on the reader; "please just call me and I'll explain"
// still presses.
func serviceAsked(d *doc, s, e int) bool {
	if reServiceAfter().MatchString(d.after(e, 48)) {
		return true
	}
	// "If it's ever too loud again, please just text me": the sentence
	// opens on a trouble that may come, and asks to be told of it.
	return reEverTrouble().MatchString(d.leadIn(s))
}

var reEverTrouble = lazyRE(`^\W*(?:and\s+)?(?:if|whenever)\b[^.!?]{0,50}\bever\b|^\W*(?:and\s+)?whenever\b|\b(?:if|whenever)\s+(?:it'?s|it\s+(?:is|gets)|there'?s|there\s+is|anything'?s|anything\s+is)\s+ever\b[^.!?]{0,40}$`)

// reIfYou finds the "you" of an "if you ..." at the start of a match.
var reIfYou = lazyRE(`^if\s+you(?:'?re|\s+are)?\s+(?:ever\s+)?`)

// theirChoiceIf: the "if" clause leaves the choice to the reader and
// what the writer is "sending" is what they owe ("if you're ever keen,
// and I'm sending the $200 I owe you now regardless"): no threat. "If
// you're ever free, I'm telling everyone" still is.
func theirChoiceIf(d *doc, s, e int) bool {
	if !strings.HasSuffix(d.norm[s:e], "sending") || !reRepaid().MatchString(d.after(e, 40)) {
		return false
	}
	loc := reIfYou().FindStringIndex(d.after(s, 24))
	return loc != nil && reKeen().MatchString(d.after(s+loc[1], 24))
}

// reRepaid is a debt going back to the reader ("the $200 I owe you",
// "the money I borrowed").
var reRepaid = lazyRE(`^\s+(?:you\s+)?(?:the|your)\s+(?:[$£€₹]\s*\d[\d,.]*|\d[\d,.]*\s*(?:dollars|pounds|euros|rand|rupees|quid|bucks)|money|cash)\s+(?:i\s+(?:owe|borrowed|still\s+owe)|you\s+lent\s+me)\b|^\s+(?:you\s+)?what\s+i\s+owe\b`)

// reKeen is the reader's willingness after "if you're (ever)" or "if
// you (ever)": an invitation, not a demand ("if you want to keep playing
// games" is no invitation).
var reKeen = lazyRE(`^(?:keen|up\s+for|game|free|around|interested|willing|open|ready|fancy|fancied|feel\s+like)\b`)

// reNeverHadTo follows "but you shouldn't" where it takes the reader's
// side ("You hadn't asked me to keep it quiet, but you shouldn't have had
// to", "... had to chase me", "... had to carry that"): of five labelled
// drafts with "you shouldn't have had to", none is labelled blame. "But
// you shouldn't have had to make such a scene" still is.
var reNeverHadTo = lazyRE(`^\s*(?:have|'?ve)\s+(?:had|needed)\s+to\s*(?:$|[,;:!?]|and\s+(?:that'?s|it'?s|i)\b|(?:chase|remind|ask|cover\s+for|wait\s+for|pick\s+up\s+after|clean\s+up\s+after)\s+me\b|(?:carry|deal\s+with|find\s+out\s+about|hear\s+about)\s+(?:that|it|this|my)\b)`)

// reHowHeard follows "you deserved to hear it" where the writer owns
// the way it was told ("in person", "differently", "sooner"): 3 labelled
// drafts, none labelled justification. It counts only where the draft
// said before, with no "but" since, that the act was a telling done the
// wrong way (toldWrongWay): "Sorry I embarrassed you in the meeting, but
// you deserved to hear it in person" still defends the act.
var reHowHeard = lazyRE(`^\s*(?:in\s+person|differently|properly|face\s+to\s+face|directly|sooner|earlier|first|better|privately|yourself)\b`)

var (
	reWrongWay     = lazyRE(`\b(?:by|over|via|in\s+a|with\s+a)\s+(?:text|texts|email|e-mail|message|whatsapp|dm|phone|voicemail|letter|note|post-it)\b|\bfrom\s+(?:someone|somebody|a\s+friend|the\s+group|a\s+group\s+chat|your\s+[a-z]+|the\s+rehearsal|the\s+team\s+sheet)\b|\bon\s+(?:facebook|instagram|insta|the\s+group\s+chat|social\s+media)\b|\bwithout\s+(?:telling|talking\s+to)\s+you\b`)
	reForThemAfter = lazyRE(`^\s*(?:for|to)\s+(?:you|them|her|him)\b`)
)

// toldWrongWay: in e's sentence or the one before, a telling ("ended
// things", "told you", "you found out") was done the wrong way (by text,
// from someone else), and no "but" stands in e's sentence before it.
func toldWrongWay(d *doc, e int) bool {
	a, _ := d.sentence(e - 1)
	if reButLater().MatchString(d.norm[a:e]) {
		return false
	}
	if a > 0 {
		a, _ = d.sentence(a - 1)
	}
	span := d.norm[a:e]
	return reWrongWay().MatchString(span) && reTelling().MatchString(span)
}

var reTelling = lazyRE(`\b(?:told|tell|telling|ended|ending|broke\s+(?:it|up|the\s+news)|found\s+out|find\s+out|heard|hear|let\s+you\s+know|announced|dumped|quit|resigned|fired)\b`)

// writerWouldHave: the writer or "we" would have found out ("I'd have
// found out eventually anyway, but you should have been the one to tell
// me"): the reader's part, not the harm made small.
func writerWouldHave(d *doc, s int) bool {
	if strings.HasPrefix(d.norm[s:], "i'd") || strings.HasPrefix(d.norm[s:], "we'd") {
		return true
	}
	ws := d.wordsBefore(s, 1)
	return len(ws) == 1 && (ws[0] == "i" || ws[0] == "we")
}

// theirWordsAhead: the reader's words are reported ahead of the match
// ("I know you'll say he would have found out eventually, but ...");
// wordsBefore gives the nearest word first, so the subject comes after
// the verb.
func theirWordsAhead(d *doc, s, _ int) bool {
	ws := d.wordsBefore(s, 6)
	for i, w := range ws {
		if w == "say" || w == "said" || w == "think" || w == "thought" || w == "argue" {
			for _, x := range ws[i+1:] {
				if x == "you" || x == "you'll" || x == "you'd" || x == "u" {
					return true
				}
			}
		}
	}
	return false
}

// writerWaited: the span is the writer's own sitting or waiting ("I've
// been sitting in the car for like ten minutes trying to work out how to
// say this"), not the harm made small; "Sorry I kept you waiting for like
// ten minutes" is the reader's wait and stays a finding.
func writerWaited(d *doc, s int) bool {
	ws := d.wordsBefore(s, 6)
	for i, w := range ws {
		switch w {
		case "sitting", "sat", "staring", "waiting", "waited", "typing", "pacing", "rehearsing":
			for _, x := range ws[i+1:] {
				switch x {
				case "i", "i've", "i'd", "i'm", "ive", "im":
					return true
				case "you", "you've", "you'd", "you're", "kept", "left", "had":
					return false
				}
			}
			return false
		}
	}
	return false
}

func offeredApology(d *doc, s int) bool {
	w := wordBefore(d, s)
	return (w == "to" || w == "and") && !reOwnSubject().MatchString(d.norm[s:])
}

// offeredToOthers: "I'll apologise to her too if you feel that's right"
// offers an apology to someone else and leaves it to the reader; the
// apology to the reader stands.
func offeredToOthers(d *doc, s, e int) bool {
	w := d.wordsBefore(s, 1)
	return len(w) == 1 && (w[0] == "i'll" || w[0] == "will" || w[0] == "can" || w[0] == "could") &&
		reToOthersIf().MatchString(d.norm[s:e]+d.after(e, 12))
}

var reToOthersIf = lazyRE(`^(?:apologi[sz]e|say\s+sorry)\s+to\s+(?:her|him|them|everyone|your\s+[a-z]+|the\s+[a-z]+)(?:\s+(?:too|as\s+well|myself|directly|in\s+person))?\s+if\s+(?:you|u)\b`)

// ownActJudged: "my bad for ghosting the group chat. that was childish"
// judges the writer's own act: in the words just before (this sentence
// and the one before it), the writer apologises and no "but" turns and no
// "you" does anything ("left you to get a cab" is still the writer's act;
// "I noticed you ignoring me all night" is not), so "that was" points
// back at it.
func ownActJudged(d *doc, s int) bool {
	a, _ := d.sentence(s)
	if a > 0 {
		a, _ = d.sentence(a - 1)
	}
	lead := d.norm[max(a, s-100):s]
	loc := reThatWasEnd().FindStringIndex(lead)
	if loc == nil {
		return false
	}
	before := lead[:loc[0]]
	return reWriterOwnAct().MatchString(before) && !reYouWord().MatchString(before) && !reButWord().MatchString(before)
}

var (
	reThatWasEnd   = lazyRE(`\b(?:that|it|this)(?:\s+was|'s|\s+is)\s+(?:so\s+|really\s+|pretty\s+|just\s+)?$`)
	reWriterOwnAct = lazyRE(`\b(?:sorry|my\s+bad|apologi[sz]e)\b`)
	reYouWord      = lazyRE(`\b(?:you|u)(?:'re|'ve|\s+(?:were|was|did|said|kept|made|went|got|[a-z]+ed|[a-z]+ing))\b`)
)

// repeatOwned: "I'm sorry I cancelled on the climbing thing for the
// third time" owns a repeated act, and "when you asked for the third
// time" counts the reader's asking; only a count of the apologies
// themselves ("I'm sorry for the third time", "for the last time, I
// apologise") resents having to make one.
func repeatOwned(d *doc, s, _ int) bool {
	if !strings.HasPrefix(d.norm[s:], "for the") {
		return false
	}
	lead := strings.TrimSpace(d.leadIn(s))
	return lead != "" && !reApologyCounted().MatchString(lead) && reActLead().MatchString(lead)
}

// reActLead: the words before name an act, the writer's ("i cancelled
// on the climbing thing"), the reader's asking ("when you asked") or
// someone else's ("had just asked me", "the risotto came back");
// "I'm not explaining it for the third time" names none.
var reActLead = lazyRE(`\bi\s+(?:[a-z]+ed|forgot|left|missed|made|took|went|came|broke|lost|let|kept|got|did|ran|bailed|flaked|blew|threw|said|told|sent|spent|brought|bought)\b|\b(?:you|u)\s+(?:asked|said|told|called|rang|texted|mentioned|checked|reminded)\b|\b(?:asked|told|called|rang|texted|messaged)\s+(?:me|us)$|\b(?:came|went|got\s+sent|was\s+sent)\s+back$`)

var reApologyCounted = lazyRE(`^(?:ok|okay|look|fine|right|well|so|alright|listen|yes|yeah|again)\W*$|(?:^|\b)(?:sorry|apologi[sz]e|apologi[sz]ed|apologi[sz]ing|apologies|said\s+(?:it|so|that|sorry)|saying\s+(?:it|this|so|that|sorry)|say\s+(?:it|sorry)|telling\s+you|told\s+you|asking\s+you|repeat(?:ing)?\s+(?:it|myself))\W*$`)

var reUntilBefore = lazyRE(`\b(?:until|till|til|once|when|before)\s*$`)

// takeYourTime: "take as long as you need", not a condition.
func takeYourTime(d *doc, s int) bool {
	w := d.wordsBefore(s, 2)
	return len(w) > 0 && (w[0] == "take" || w[0] == "for" || w[0] == "wait")
}

// hedgedBefore: "I might have been a bit harsh" is a hedge, not a minimiser.
func hedgedBefore(d *doc, s int) bool {
	for _, w := range d.wordsBefore(s, 4) {
		if w == "might" || w == "may" || w == "could" || w == "maybe" || w == "perhaps" || w == "might've" || w == "may've" {
			return true
		}
	}
	return false
}

// apologisedFor: the words at s are what the writer apologises for
// ("sorry I got drunk"), not an excuse offered for it.
func apologisedFor(d *doc, s int) bool {
	for _, w := range d.wordsBefore(s, 3) {
		if w == "sorry" || strings.HasPrefix(w, "apologi") {
			return true
		}
	}
	return false
}

// writerWas: "I was in a bad place" is the writer's state as an excuse
// (see the excuse rules), not a plea for comfort.
func writerWas(d *doc, s int) bool {
	w := d.wordsBefore(s, 2)
	return len(w) > 0 && (w[0] == "was" || w[0] == "i") && (len(w) < 2 || w[1] == "i")
}

func relativeAfterVague(d *doc, s int) bool {
	w := d.wordsBefore(s, 1)
	return len(w) == 1 && vagueAntecedent.has(w[0])
}

var vagueAntecedent = set("everything anything something all what whatever nothing")

var determiner = set("the a an our your my that this his her their")

var nounBefore = set("the a an our your my that this client phone video conference team zoom work sales")

// excuseDisowned: the explanation is framed as no excuse, in this
// sentence or the next.
func excuseDisowned(d *doc, s, _ int) bool {
	if apologisedFor(d, s) {
		return true
	}
	a, b := d.sentence(s)
	if reNoExcuse().MatchString(d.norm[a:b]) {
		return true
	}
	if b < len(d.norm) {
		_, c := d.sentence(b)
		if c > b && reNoExcuse().MatchString(d.norm[b:c]) {
			return true
		}
	}
	return false
}

// rules are plain composite literals (no constructor calls), so the
// compiler lays the table out in the binary and no process builds it at
// start-up.
var rules = []rule{
	// conditional
	{cat: CatConditional, guards: gQuote, pattern: `\b(?:(?:i'?m|i\s+am)\s+(?:so\s+|really\s+|truly\s+|very\s+)*)?` + sorryW + `\b` + gap + `{0,25}?\b(?:if|in\s+case|to\s+the\s+extent)\b`, skip: func(d *doc, s, e int) bool {
		return reInvitationIf().MatchString(d.after(e, 40)) || reLaterClause().MatchString(d.norm[s:e]) || embeddedIf(d, e) ||
			reIfThenIll().MatchString(d.after(e, 60)) && !reHarmIf().MatchString(d.after(e, 60)) || reEvenIf().MatchString(d.norm[s:e]) || offeredApology(d, s) || offeredToOthers(d, s, e) || reSaidBeforeIf().MatchString(d.norm[s:e]) && !reHedgeAfterIf().MatchString(d.after(e, 24)) ||
			reAsIfEnd().MatchString(d.norm[s:e]) || reNoWorriesIf().MatchString(d.norm[s:e]) && reReleaseAfterIf().MatchString(d.after(e, 30))
	}},
	{cat: CatConditional, guards: gQuote, pattern: `\bif\s+(?:i|my\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:have\s+|had\s+|ever\s+|in\s+any\s+way\s+|somehow\s+|did\s+)?(?:hurt|upset|offended|caused|made\s+you|came\s+across|come\s+across|said|did|was|crossed|overstepped|disrespected|let\s+you\s+down|wronged)\b` + gap + `{0,100}?\b(?:sorry|apologi[sz]e|apologies|forgive)`, skip: func(d *doc, s, _ int) bool { return embeddedIf(d, s+2) }},
	{cat: CatConditional, guards: gQuote, pattern: `\bif\s+(?:that'?s|this\s+is)\s+how\s+you\s+(?:feel|felt|took\s+it|see\s+it)\b`},
	{cat: CatConditional, guards: gQuote | gNeg, pattern: `\bif\s+(?:you|anyone|anybody)\s+(?:were|was|felt|got)\s+(?:hurt|offended|upset)\b`},

	// deflection: sorry for their reaction, not for the act
	// An act named later in the sentence ("sorry you felt embarrassed when
	// I brought up your divorce") does not clear it alone: the apology is
	// still for their feeling, and writers labelled it deflection on 14 of
	// the 15 training drafts that guard cleared, none of which owned the
	// act elsewhere. With the act owned too ("... I did that and it was
	// wrong") it is cleared (actOwnedLater).
	{cat: CatDeflection, guards: gQuote | gNeg, pattern: `\bsorry\s+(?:that\s+|if\s+)?(?:you\s+(?:feel|felt|were|are|got|get|have\s+been)|you'?ve\s+been|you'?re)\s+(?:so\s+|really\s+|a\s+bit\s+|a\s+little\s+|very\s+)?(?:hurt|upset|offended|that\s+way|angry|mad|disappointed|annoyed|bothered|sad|uncomfortable|embarrassed|let\s+down|like\s+that|blindsided|put\s+out|worked\s+up|inconvenienced|overlooked|excluded|singled\s+out|humiliated|belittled|ignored|attacked|judged|sidelined|undermined|frustrated|stressed|cross|caught\s+off\s+guard|put\s+on\s+the\s+spot|disrespected|dismissed|unwelcome|awkward)\b`, skip: actOwnedLater},
	{cat: CatDeflection, guards: gQuote | gNeg, pattern: `\bsorry\s+(?:that\s+|if\s+)?your\s+feelings\s+(?:got|were|are|have\s+been)\s+hurt\b`},
	{cat: CatDeflection, guards: gQuote | gNeg, pattern: `\bsorry\s+(?:for|about)\s+(?:how|the\s+way)\s+you\s+(?:feel|felt|took\s+it|reacted|see\s+it)\b`},
	{cat: CatDeflection, guards: gQuote | gNeg, pattern: `\bsorry\s+(?:that\s+)?(?:it|that|this)\s+(?:upset|offended|bothered|hurt|annoyed)\s+you\b`, skip: actLaterInSentence},
	{cat: CatDeflection, guards: gQuote | gNeg, pattern: `\bsorry\s+(?:that\s+|if\s+)?you\s+(?:took|take)\s+(?:it|that|this)\s+(?:that\s+way|the\s+wrong\s+way|so\s+badly|personally|so\s+hard)\b`},

	// but-clause (sentence-initial "But ..." after an apology is handled in check.go;
	// takeBackOpen is the apology the turn follows)
	{cat: CatButClause, guards: gQuote, pattern: takeBackOpen + `(?:but|however|although|except)\b`, skip: butClauseSkip},
	// "though" and "yet" apart, so that one read as an afterthought or as
	// time ("sorry i haven't been round yet but work's been mad") leaves a
	// "but" after it to the rule above.
	{cat: CatButClause, guards: gQuote, pattern: takeBackOpen + `(?:though|yet)\b`, skip: func(d *doc, s, e int) bool {
		return butClauseSkip(d, s, e) || adverbYet(d, e) || afterthoughtThough(d, e) || defiedRequest(d, e)
	}},
	{cat: CatButClause, guards: gQuote, pattern: `\bi\s+know\s+i\s+` + gap + `{1,60}?,?\s+but\b`, skip: func(d *doc, s, e int) bool {
		return ownSpaceBefore(d, e) || reOwnedAfterBut().MatchString(d.after(e, 40))
	}},

	// passive / agentless
	// The act with no one doing it: "a few things slipped through the
	// cracks", "sorry the client presentation got derailed", "sorry the
	// comms weren't clearer", "sorry it came out wrong".
	{cat: CatPassive, guards: gStd, pattern: `\b(?:slipped|fell|falling|slipping)\s+through\s+the\s+(?:cracks|net)\b|\bsorry\s+(?:that\s+)?(?:the|our)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:got|was|were|wasn'?t|weren'?t)\s+(?:so\s+)?(?:derailed|messed\s+up|lost|broken|missed|clearer|delayed|forgotten|overlooked|mixed\s+up|mislaid|misplaced|damaged|ruined|spoiled|spoilt|trashed|cancelled|canceled)\b|\bsorry\s+(?:that\s+|if\s+)?(?:it|that|this)\s+came\s+(?:out|across)\s+(?:wrong|badly|the\s+wrong\s+way)\b`},
	{cat: CatPassive, guards: gStd, pattern: `\b(?:mistakes?|errors?|things|words|some\s+things|hurtful\s+things|harsh\s+words|comments|promises)\s+(?:were|was|have\s+been|had\s+been|got|may\s+have\s+been|might\s+have\s+been)\s+(?:made|said|done|exchanged|posted|shared|broken|forgotten)\b`},
	{cat: CatPassive, guards: gStd | gRel | gState, pattern: `\b(?:it|this|that|things|everything|stuff)\s+(?:just\s+|kind\s+of\s+|sort\s+of\s+|kinda\s+)?(?:happened|got\s+(?:out\s+of\s+hand|heated|messy|carried\s+away|blown\s+out\s+of\s+proportion|said)|escalated|went\s+(?:too\s+far|sideways|wrong|south|badly))\b`, skip: func(d *doc, s, e int) bool { return timeClauseBefore(d, s) || ownedCauseAfter(d, e) }},
	{cat: CatPassive, guards: gStd, pattern: `\b(?:feelings|people)\s+(?:were|got)\s+hurt\b`},
	{cat: CatPassive, guards: gStd, pattern: `\byour\s+[a-z]+\s+(?:was|got)\s+(?:forgotten|broken|lost|missed|ruined|shared|posted|read|deleted)\b`},
	{cat: CatPassive, guards: gStd, pattern: `\bwe\s+(?:made\s+(?:a\s+)?mistakes?|messed\s+up|screwed\s+up|dropped\s+the\s+ball)\b`},

	// blame
	{cat: CatBlame, guards: gStd, pattern: `\byou\s+(?:made|make|forced|pushed|drove|provoked)\s+me\b`, skip: func(d *doc, _, e int) bool { return reAfterMadeMe().MatchString(d.after(e, 30)) }},
	{cat: CatBlame, guards: gStd, pattern: `\bif\s+you\s+(?:hadn'?t|had\s+not|had\s+(?:just\s+|only\s+)?(?:[a-z]+ed|told|given|said|let|been|come|gone|left|kept|shown|taken)|would\s+(?:have|just|stop|listen|only)|wouldn'?t\s+have|weren'?t\s+so|wasn'?t\s+so|were\s+(?:less|more|not\s+so)|just\s+(?:listened|told|let|stopped))\b`},
	{cat: CatBlame, guards: gStd, pattern: `\byou\s+started\s+(?:it|this|the)\b`},
	{cat: CatBlame, guards: gStd, pattern: `\bhad\s+you\s+(?:not\s+|just\s+|only\s+)?(?:[a-z]+ed|told|given|said|let|been|come|shown|kept)\b`},
	{cat: CatBlame, guards: gStd, pattern: `\b(?:it|this|that)(?:'s|\s+is|\s+was)\s+(?:partly\s+|also\s+|really\s+|just\s+as\s+much\s+|as\s+much\s+|half\s+)?your\s+fault\b`},
	{cat: CatBlame, guards: gStd, pattern: `\byour\s+fault\s+(?:too|as\s+well)\b`},
	{cat: CatBlame, guards: gStd, pattern: `\bit(?:'?s|\s+is|\s+was)\s+(?:just\s+|only\s+|really\s+)?(?:that|because)\s+you\s+(?:kept|always|never|wouldn'?t|refused|started|pushed|provoked|were\s+being|wound|made|didn'?t|won'?t|were\s+so)\b`},
	{cat: CatBlame, guards: gStd, pattern: `\bbecause\s+you\s+(?:kept|always|never|wouldn'?t|refused|started|pushed|provoked|were\s+being|wound)\b`},
	{cat: CatBlame, guards: gStd, pattern: `\bi\s+was\s+(?:only\s+|just\s+)?(?:reacting|responding)\s+to\b`},
	{cat: CatBlame, guards: gStd, pattern: `\bi\s+(?:only|just)\s+(?:reacted|responded)\s+to\b`},
	{cat: CatBlame, guards: gStd, pattern: `\byou\s+know\s+how\s+i\s+get\b`},
	{cat: CatBlame, guards: gStd, pattern: `\bwhat\s+did\s+you\s+expect\b`},
	{cat: CatBlame, guards: gStd, pattern: `\byou\s+brought\s+(?:it|this)\s+on\s+yourself\b`},
	{cat: CatBlame, guards: gStd, pattern: `\byou\s+(?:gave|left)\s+me\s+no\s+(?:choice|option)\b`},
	{cat: CatBlame, guards: gStd, pattern: im + `\s+the\s+(?:one|real\s+victim)\b` + gap + `{0,25}\b(?:hurt|victim|suffering)\b`},

	// minimizing
	// A count that shrinks the act: "it's literally two degrees", "it was like
	// 10 ppl max", "it was only 20 mins"; "a bit of fun"; "didn't think it was
	// that big a deal".
	// "it wasn't that bad", "that wasn't a big deal", "it isn't that
	// deep", "that wasn't even so serious": the act made
	// small by a denial of degree. What the writer told themselves at the
	// time ("I told myself it wasn't that bad") is owned, not claimed.
	{cat: CatMinimizing, guards: gQuote | gReport, pattern: `\b(?:it|that|this)\s+(?:wasn'?t|was\s+not|wasnt|isn'?t|is\s+not|isnt)\s+(?:even\s+)?(?:(?:that|so|really|all\s+that)\s+(?:bad|serious|big\s+a\s+deal|harsh|rude|mean|loud|deep|much\s+of\s+a\s+(?:deal|thing))|a\s+(?:big|huge)\s+deal|serious)\b`, skip: func(d *doc, s, _ int) bool {
		return reToldMyselfBefore().MatchString(d.norm[max(0, s-40):s])
	}},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:it'?s|it\s+is|it\s+was|it\s+were|that\s+was|that'?s|there\s+were|we\s+were)\s+(?:literally\s+|like\s+|only\s+|just\s+|barely\s+){1,2}(?:a\s+few|a\s+couple(?:\s+of)?|one|two|three|four|five|six|seven|eight|nine|ten|half(?:\s+a)?|\d+)\s+(?:extra\s+|little\s+|tiny\s+|small\s+)?(?:people|ppl|letters?|degrees?|minutes?|mins|hours?|hrs|drinks?|glasses|beers|pints|slices?|bites?|containers?|guests|friends|times?|pounds?|quid|dollars?|bucks|euros?|comments?|typos?|days?|nights?|texts?|photos?|posts?|jokes?|cans|bottles|shots|sips|pieces|seconds|secs|occasions?)\b|\b(?:a\s+bit\s+of|just\s+some|only\s+some|harmless)\s+(?:fun|banter|a\s+laugh|teasing)\b|\b(?:didn'?t|did\s+not|don'?t)\s+think\s+it\s+was\s+(?:that|such\s+a|a)\s+big\s+(?:a\s+)?deal\b`, skip: landedOtherwise},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:just|only|merely)\s+(?:a\s+|some\s+|being\s+)?(?:joke|joking|kidding|teasing|comment|banter|words|game|harmless|fun|playing\s+around|messing\s+around|prank|venting)\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:just|only|merely)\s+(?:a|an|one|some)\s+(?:little\s+|silly\s+|stupid\s+|small\s+|tiny\s+|throwaway\s+|throw-away\s+|offhand\s+|off-hand\s+|passing\s+|harmless\s+|dumb\s+|innocent\s+|friendly\s+|bit\s+of\s+)?(?:jokes?|remarks?|comments?|quips?|digs?|jabs?|throwaway|banter|fun|teasing|prank|gag|laugh|words?|text|post|tweet|meme|slip)\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:it|that|this)\s+(?:was|is|'s)\s+(?:just|only|merely)\s+(?:words|banter|a\s+bit\s+of\s+fun|fun|teasing|joking|talk)\b`},
	// "No big deal", "not such a big deal", "it wasn't that big a deal".
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:no|not\s+a|not\s+that\s+(?:much\s+of\s+a|big\s+of\s+a)|not\s+such\s+a)\s+(?:big|huge)\s+deal\b|(?:\bnot|n'?t)\s+(?:really\s+|even\s+)?(?:that|so|such)\s+(?:a\s+)?(?:big|huge)\s+(?:a\s+)?deal\b`, skip: func(d *doc, _, e int) bool { return reRoomAfter().MatchString(d.after(e, 20)) }},
	{cat: CatMinimizing, guards: gStd, pattern: `\bnot\s+(?:that|so|even\s+that)\s+(?:bad|serious|big)\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\bit(?:'s|\s+is|\s+was)\s+(?:all\s+)?in\s+the\s+past\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:it|that)\s+was\s+(?:years|ages|months|so\s+long|a\s+long\s+time)\s+ago\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:a\s+(?:little|tiny|bit|tad)|slightly|kind\s+of|sort\s+of|kinda|somewhat)\s+(?:rude|harsh|late|short|off|mean|insensitive|careless|snappy|thoughtless|much|blunt|forgetful|grumpy|loud|distant|absent|sharp|cold|out\s+of\s+line|over\s+the\s+top)\b`, skip: func(d *doc, s, _ int) bool { return hedgedBefore(d, s) || aboutUs(d, s) }},
	{cat: CatMinimizing, guards: gStd, pattern: `\bi\s+was\s+(?:only\s+|just\s+)?(?:joking|kidding|teasing|messing\s+(?:around|with\s+you))\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\bonly\s+(?:once|twice|a\s+few\s+(?:times|minutes)|(?:a|one|five|ten|twenty)\s+minutes?)\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\bnothing\s+(?:really\s+)?happened\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\bharmless\b`},

	// vague object (only when no specific act is named anywhere)
	{cat: CatVague, kinds: kApology, guards: gStd, pattern: `\b(?:sorry|apologi[sz]e|apologies|apologizing|apologising)\s+(?:for|about)\s+(?:whatever|everything|anything|all\s+(?:of\s+)?(?:this|that|it)|it\s+all|what\s+(?:happened|went\s+down|went\s+on|i\s+(?:did|said|put\s+you\s+through))|the\s+(?:situation|whole\s+(?:thing|situation)|mess|drama|way\s+things\s+(?:went|ended|turned\s+out)|other\s+(?:day|night))|how\s+things\s+(?:went|ended|turned\s+out)|things|stuff|any\s+(?:hurt|pain|harm|inconvenience|distress|confusion|offen[cs]e|misunderstanding|upset|trouble|issues|problems|difficulties)|my\s+(?:behaviou?r|actions|part|mistakes?|wrongdoings?))\b`, noAct: true, skip: func(d *doc, s, e int) bool {
		// "everything at the party" still names no act; "the situation at work" places one.
		if blanket(d.norm[s:e]) {
			return false
		}
		return reLocation().MatchString(d.after(e, 12)) && !reVagueIn().MatchString(d.after(e, 24))
	}},
	{cat: CatVague, guards: gStd, pattern: `\b(?:anything|something|whatever)\s+(?:that\s+)?i\s+(?:said|did|wrote|might\s+have\s+(?:said|done))\b`, noAct: true},
	{cat: CatVague, guards: gStd, pattern: `\bwhatever\s+i\s+(?:did|said|might\s+have\s+(?:done|said))\b`, noAct: true},
	{cat: CatVague, guards: gStd, pattern: `\bif\s+i\s+did\s+(?:anything|something)\s+wrong\b`, noAct: true},
	{cat: CatVague, guards: gStd, pattern: `\bany\s+(?:inconvenience|distress|confusion)\b`, noAct: true},

	// regret instead of an apology (check.go drops these when an apology is present)
	{cat: CatRegretOnly, guards: gNeg | gQuote, pattern: `\b(?:i\s+(?:deeply\s+|truly\s+|really\s+|sincerely\s+|do\s+|greatly\s+)?regret|(?:it|this|that)(?:'s|\s+is|\s+was)\s+(?:very\s+|deeply\s+|really\s+|so\s+)?(?:regrettable|unfortunate)|regrettably|unfortunately)\b`},

	// announced, not performed (check.go drops these when a performed apology is present)
	{cat: CatAnnounced, guards: gNeg | gQuote, pattern: `\bi(?:'d|\s+would|\s+want(?:ed)?\s+to|\s+should|\s+need\s+to|\s+have\s+to|\s+must|'m\s+writing\s+to|\s+am\s+writing\s+to|\s+wish\s+to|\s+just\s+wanted\s+to|\s+thought\s+i\s+should|\s+owe\s+you)\s+(?:like\s+to\s+|love\s+to\s+|just\s+)?(?:take\s+(?:this|the)\s+(?:opportunity|chance)\s+to\s+)?(?:apologi[sz]e|say\s+(?:i'?m\s+)?sorry|an\s+apology)\b`},

	// hedged harm
	{cat: CatHedged, guards: gStd, pattern: `\b(?:may|might|could)\s+(?:have\s+|'ve\s+)?(?:hurt|upset|offended|caused|made\s+you|come\s+across|came\s+across|overstepped|crossed\s+a\s+line|been\s+(?:a\s+(?:bit|little)\s+|too\s+|somewhat\s+)?(?:harsh|rude|hurtful|insensitive|unfair|wrong|out\s+of\s+line|careless|thoughtless|unkind))\b`},
	{cat: CatHedged, guards: gStd, pattern: `\b(?:perhaps|possibly|maybe)\s+i\s+(?:was|did|said|should|went|came|overreacted|hurt|upset|could)\b`},
	{cat: CatHedged, guards: gStd, pattern: `\bi\s+(?:guess|suppose)\s+i\s+(?:was|did|should|shouldn'?t|could|might|overreacted|hurt|upset)\b`},
	{cat: CatHedged, guards: gStd, pattern: `\b(?:mistakes?|errors?)\s+(?:may|might)\s+have\s+been\b`},
	{cat: CatHedged, guards: gNeg | gQuote, pattern: `\bi\s+(?:guess|suppose)\s+(?:` + im + `|i\s+(?:should|could|might|must)\s+(?:say|be))\s+sorry\b`},
	{cat: CatHedged, guards: gNeg | gQuote, pattern: `\b(?:kind\s+of|kinda|sort\s+of|sorta|a\s+little|a\s+bit|somewhat|semi)\s+sorry\b`},
	{cat: CatHedged, guards: gNeg | gQuote, pattern: `\bsorry-?ish\b`},

	// intent over impact
	{cat: CatIntent, guards: gQuote, pattern: `\b(?:didn'?t|did\s+not|never)\s+(?:mean|meant|intend|intended)\s+(?:to|it|for|any|anything|nothing|harm|that|you)\b`},
	{cat: CatIntent, guards: gQuote, pattern: `\b(?:didn'?t|did\s+not|never)\s+want\s+to\s+(?:hurt|upset|offend|cause)\b`},
	{cat: CatIntent, guards: gQuote, pattern: `\b(?:wasn'?t|was\s+not|never)\s+my\s+(?:intent(?:ion)?|plan|goal)\b`},
	{cat: CatIntent, guards: gQuote, pattern: `\bmy\s+intent(?:ion)?s?\s+(?:was|were|wasn'?t|weren'?t|are)\b`},
	{cat: CatIntent, guards: gQuote, pattern: `\bi\s+meant\s+well\b`},
	{cat: CatIntent, guards: gQuote, pattern: `\bi\s+(?:had|have)\s+(?:good|the\s+best)\s+intentions\b`},
	{cat: CatIntent, guards: gQuote, pattern: `\bmy\s+heart\s+was\s+in\s+the\s+right\s+place\b`},
	{cat: CatIntent, guards: gQuote, pattern: `\bno\s+harm\s+(?:was\s+)?(?:meant|intended)\b`},
	{cat: CatIntent, guards: gQuote, pattern: `\bi\s+would\s+never\s+(?:intentionally|deliberately|purposely|knowingly)\b`},

	// identity defence
	{cat: CatIdentity, guards: gQuote | gReport, pattern: `\b(?:that|this|it)(?:'s\s+not|\s+is\s+not|\s+was\s+not|\s+isn'?t|\s+wasn'?t)\s+(?:who\s+i\s+(?:really\s+)?am|(?:the\s+real\s+)?me|like\s+me|how\s+i\s+(?:really\s+)?am|how\s+i\s+was\s+raised)\b`},
	{cat: CatIdentity, guards: gQuote | gReport, pattern: im + `\s+not\s+(?:that\s+kind\s+of|the\s+kind\s+of|a\s+bad|that\s+sort\s+of|like\s+that|a\s+(?:mean|cruel|liar|cheater|horrible|terrible))\b`},
	{cat: CatIdentity, guards: gQuote | gReport, pattern: `\bnot\s+the\s+(?:kind|sort|type)\s+of\s+(?:guy|person|man|woman|girl|friend|partner|people|human|colleague|son|daughter|brother|sister)\s+(?:who|that|i\s+am|i'?m)\b`},
	{cat: CatIdentity, guards: gQuote | gReport, pattern: im + `\s+not\s+(?:that|this|that\s+kind\s+of|a\s+bad)\s+(?:guy|person|man|woman|girl)\b`},
	{cat: CatIdentity, guards: gQuote | gReport, pattern: `\b(?:anyone|anybody|everyone|everybody)\s+who\s+(?:really\s+)?knows\s+me\b`},
	{cat: CatIdentity, guards: gQuote | gReport, pattern: `\byou\s+know\s+(?:me\s+better\s+than\s+that|that'?s\s+not\s+me|i'?m\s+not\s+like\s+that|i\s+would\s+never)\b`},
	{cat: CatIdentity, guards: gQuote | gReport | gNeg, pattern: im + `\s+(?:a\s+good\s+person|not\s+a\s+bad\s+person)\b`},

	// excuse
	{cat: CatExcuse, guards: gStd, pattern: `\b(?:i\s+was|i'?d\s+been|i\s+had\s+been|i'?ve\s+been|i\s+have\s+been|i\s+got)\s+(?:so\s+|really\s+|just\s+|very\s+|super\s+|extremely\s+|completely\s+|a\s+bit\s+|a\s+little\s+|pretty\s+|totally\s+|absolutely\s+|utterly\s+|incredibly\s+|insanely\s+|crazy\s+|honestly\s+|seriously\s+|literally\s+)*(?:tired|stressed(?:\s+out)?|busy|drunk|tipsy|exhausted|overwhelmed|going\s+through\s+(?:a\s+lot|something|stuff|things|a\s+hard\s+time|a\s+rough\s+patch)|under\s+(?:a\s+lot\s+of\s+)?(?:pressure|stress)|hungover|sick|ill|distracted|swamped|slammed|having\s+a\s+(?:bad|rough|hard|terrible|long)\s+(?:day|week|time)|in\s+a\s+(?:bad|dark)\s+(?:place|mood|headspace)|not\s+myself|half\s+asleep|running\s+late|jet\s*-?lagged|sleep[\s-]deprived|burnt\s+out|burned\s+out|hangry|in\s+a\s+hurry|rushing)\b`, skip: excuseDisowned},
	{cat: CatExcuse, guards: gStd, pattern: `\b(?:i\s+had|i'?d\s+had|i'?ve\s+had|i\s+was\s+having|i'?m\s+having)\s+(?:such\s+|a\s+really\s+|a\s+)?(?:bad|rough|long|hard|stressful|crazy|terrible|awful|brutal|horrible)\s+(?:day|week|month|year|night|time)\b`, skip: excuseDisowned},
	{cat: CatExcuse, guards: gStd, pattern: `\b(?:work|things|life|everything|the\s+(?:week|month|job|office))\s+(?:(?:has|have|had|'s|'ve)\s+(?:just\s+|really\s+|honestly\s+|all\s+)?been|was|were|is|are|'s)\s+` + excuseIntens + `(?:crazy|insane|hectic|busy|a\s+lot|intense|nuts|mad|chaos|chaotic|manic|a\s+nightmare|full[\s-]on|overwhelming|brutal|relentless|non-?stop|mental)\b`, skip: excuseDisowned},
	{cat: CatExcuse, guards: gStd, pattern: `(?:^|[.!?\n,;:-]\s*)(been\s+` + excuseIntens + `(?:busy|slammed|swamped|stressed|exhausted|overwhelmed|sick|ill|tired|drowning|snowed\s+under|run\s+off\s+my\s+feet|going\s+through))\b`, group: 1, skip: excuseDisowned},
	// The writer's circumstances with the subject left out or carried by
	// "it" or "work": "Had a terrible week.", "was completely slammed with
	// the completion", "It has been a punishing month", "work ran late",
	// "I'd been on since 5 and wasn't thinking straight", "I just had a lot
	// going on". In the spent blind sets "it's been a punishing month"
	// carries excuse on 22 of 22 apologies, "wasn't thinking straight" on
	// 11 of 11, "I had a lot going on" on 5 of 5, "I'd been on since" or
	// "after a 12-hour day" on 3 of 4 (the fourth disowns it), "work ran
	// late" and "stuck at work" on 3 of 3; the elided "Had a terrible
	// week." and "was completely slammed" come from the v38/v39 misses. A
	// hard week "for you" or "for all of us", "your work", and "I know it's
	// been a hard month" are sympathy, not an excuse, and are left out.
	{cat: CatExcuse, guards: gStd, pattern: `(?:^|[.!?\n,;:-]\s*)((?:just\s+)?(?:had|having)\s+(?:such\s+)?(?:a\s+really\s+|a\s+)(?:bad|rough|long|hard|stressful|crazy|terrible|awful|brutal|horrible|punishing|hectic|mad|manic|nightmare)\s+(?:day|week|month|night|few\s+(?:days|weeks)))\b`, group: 1, skip: hardStretchNotExcuse},
	{cat: CatExcuse, kinds: kApology, guards: gStd, pattern: `\bit(?:'?s|\s+has|\s+had)\s+been\s+(?:such\s+)?(?:a\s+|an\s+)(?:really\s+)?(?:bad|rough|long|hard|stressful|crazy|terrible|awful|brutal|horrible|punishing|hectic|mad|exhausting|manic|nightmare)\s+(?:day|week|month|few\s+(?:days|weeks|months)|stretch)\b`, skip: hardStretchNotExcuse},
	{cat: CatExcuse, guards: gStd, pattern: `(?:^|[.!?\n,;:-]\s*)(was\s+(?:completely\s+|absolutely\s+|totally\s+|so\s+|really\s+|just\s+)?(?:slammed|swamped|snowed\s+under|flat\s+out|run\s+off\s+my\s+feet))\b`, group: 1, skip: excuseDisowned},
	{cat: CatExcuse, guards: gStd, pattern: `\bwork\s+ran\s+late\b|\b(?:i\s+was|i\s+got|got|was)\s+(?:stuck|held\s+up|kept\s+late)\s+at\s+work\b|\bwasn'?t\s+thinking\s+straight\b|\b(?:i\s+(?:just\s+)?(?:had|have\s+had)|i'?ve\s+(?:just\s+)?(?:had|got)|i'?d\s+had)\s+(?:so\s+much|a\s+lot|loads|tons|too\s+much)\s+(?:going\s+on|on\s+my\s+plate)\b|\bi'?d\s+been\s+on\s+since\b|\b(?:after|end\s+of)\s+a\s+\d+[- ]hour\s+(?:week|shift|day)\b`, skip: othersStretch},
	{cat: CatExcuse, guards: gStd, pattern: `\b(?:running\s+on|(?:had|got|getting|on)\s+(?:only\s+|maybe\s+)?)(?:no|zero|little|hardly\s+any|barely\s+any|(?:[a-z0-9]+|a\s+couple|a\s+few)\s+hours?\s+of)\s+sleep\b`, skip: excuseDisowned},
	// A hard stretch offered as the cause: "it's been an absolutely brutal
	// fortnight with the move", "an extremely stressful quarter"; "about
	// three hours sleep", "slept straight through my alarm".
	{cat: CatExcuse, kinds: kApology, guards: gStd, pattern: `\b(?:it'?s|it\s+has|it\s+had|things\s+have)\s+been\s+(?:a\s+|an\s+)?(?:(?:really|absolutely|extremely|incredibly|so|very|pretty|bit\s+of\s+a|crazy|mad|insane|hectic|brutal|tough|hard|rough|stressful|difficult|busy|full-on|manic|nightmare|chaotic|awful|horrible|intense)\s+){1,3}(?:week|fortnight|month|quarter|year|few\s+(?:days|weeks|months)|day|term|season|stretch)s?\b|\b(?:had|getting|got)\s+(?:about\s+|barely\s+|only\s+|like\s+)?(?:\d+|one|two|three|four|five)\s+hours?\s+(?:of\s+)?sleep\b|\bslept\s+(?:straight\s+|right\s+)?through\s+(?:my|the)\s+alarm\b`, skip: hardStretchNotExcuse},
	{cat: CatExcuse, guards: gStd, pattern: `\bi\s+(?:hadn'?t|had\s+not|barely|hardly|didn'?t|did\s+not)\s+(?:slept|sleep)\b`, skip: excuseDisowned},
	{cat: CatExcuse, guards: gStd, pattern: `\bmy\s+(?:phone|battery|alarm|car)\s+(?:died|was\s+dead|didn'?t\s+go\s+off|broke\s+down)\b`, skip: excuseDisowned},
	{cat: CatExcuse, guards: gStd, pattern: `\bi\s+(?:didn'?t|did\s+not)\s+have\s+(?:time|a\s+chance|the\s+energy)\b`, skip: excuseDisowned},
	{cat: CatExcuse, guards: gStd, pattern: `\bi\s+(?:had|have)\s+(?:too\s+much|a\s+lot|so\s+much)\s+(?:going\s+on|on\s+my\s+plate)\b`, skip: excuseDisowned},
	{cat: CatExcuse, guards: gStd, pattern: `\bhow\s+much\s+(?:pressure|stress|work)\s+i(?:'?ve|\s+have|\s+was|\s+am|'?m)\b`, skip: excuseDisowned},
	{cat: CatExcuse, guards: gStd, pattern: `\bhow\s+(?:stressed|tired|busy|exhausted|overwhelmed|swamped|slammed|stretched)\s+i\s+(?:was|'?ve\s+been|have\s+been|am)\b`, skip: excuseDisowned},
	// The same stretch in the present, given as the reason: "I'm so
	// slammed right now", "im just really swamped at the moment".
	{cat: CatExcuse, guards: gStd, pattern: `\b(?:i'?m|i\s+am)\s+(?:so\s+|really\s+|just\s+|completely\s+|absolutely\s+|totally\s+|super\s+|literally\s+)*(?:slammed|swamped|snowed\s+under|run\s+off\s+my\s+feet|flat\s+out|stretched\s+(?:so\s+)?thin)\b`, skip: excuseDisowned},
	{cat: CatExcuse, guards: gStd, pattern: `\bi\s+wasn'?t\s+(?:myself|thinking\s+straight)\b`, skip: excuseDisowned},
	{cat: CatExcuse, guards: gStd, pattern: `\bthe\s+(?:alcohol|wine|beer|drink|drinks)\s+(?:talking|was\s+talking)\b`, skip: excuseDisowned},

	// justification
	{cat: CatJustification, guards: gStd, pattern: `\b(?:i\s+)?had\s+(?:my|good|a\s+good|valid|legitimate)\s+reasons?\b`},
	{cat: CatJustification, guards: gStd, pattern: `\bfor\s+your\s+own\s+good\b`},
	{cat: CatJustification, guards: gStd, pattern: `\bi\s+(?:only|just)\s+(?:did|said|told|mentioned|shared|posted)\s+(?:it\s+|that\s+|this\s+|so\s+)?(?:because|cause|since|so\s+that|to\s+(?:help|protect|make|get|keep))\b`},
	{cat: CatJustification, guards: gStd, pattern: `\bi\s+(?:thought|figured|assumed|believed)\s+(?:it|that|this|she|he|they|you|i)\s+(?:would|could|might|was|were)\s+(?:help|be\s+(?:helpful|better|best|for\s+the\s+best)|helping|doing\s+(?:the\s+right\s+thing|you\s+a\s+favou?r))\b`, skip: ownedButAfter},
	// A right claimed or a rule pointed to ("as the owner I am entitled
	// to inspect", "I had to follow escalation policy", "the procurement
	// rules were clear", "I only said what everyone else was thinking",
	// "the decision was obviously the right one"): from blind-v21's
	// first-run misses; all 20 training drafts with them are labelled
	// justification.
	{cat: CatJustification, guards: gStd, pattern: `\b(?:i\s+am|i'?m|we\s+are|we'?re|landlords\s+are|owners\s+are)\s+(?:perfectly\s+|fully\s+|legally\s+)?entitled\s+to\b|\bi\s+had\s+to\s+follow\s+(?:the\s+)?(?:[a-z]+\s+)?(?:policy|procedure|protocol|guidelines|rules)\b|\b(?:was|is)\s+(?:in|per|part\s+of)\s+(?:the\s+)?(?:policy|procedure|protocol|guidelines|contract)\b|\b(?:the\s+)?(?:[a-z]+\s+)?(?:policy|procedure|protocol|rules)\s+(?:was|were|is|are)\s+(?:very\s+|perfectly\s+)?clear\b|\bi\s+(?:only\s+|just\s+)?said\s+what\s+(?:everyone|everybody|anyone|anybody|we\s+all)\s+(?:else\s+)?(?:was\s+thinking|were\s+thinking|would\s+have\s+said|would'?ve\s+said|thinks|thought|knows)\b|\b(?:was|is)\s+(?:obviously\s+|clearly\s+|still\s+)?the\s+right\s+(?:one|call|decision|thing\s+to\s+do)\b`},
	{cat: CatJustification, guards: gStd, pattern: `\b(?:some(?:one|body)\s+had\s+to|i\s+had\s+no\s+(?:other\s+)?(?:choice|option)|it\s+(?:had|needed)\s+to\s+be\s+(?:done|said)|what\s+else\s+was\s+i\s+supposed\s+to\s+do)\b`},
	{cat: CatJustification, guards: gStd, pattern: `\b(?:anyone|anybody)\s+(?:else\s+)?would(?:\s+have|'?ve)\b`},
	// From the fourteenth round's dev drafts: the act defended as right
	// ("I still think I made the right call", "I'd vote the same way
	// again", "it was better she heard it from family", "the only thing
	// that made sense").
	{cat: CatJustification, guards: gStd, pattern: `\b(?:think|believe|know)\s+(?:that\s+)?i\s+made\s+the\s+right\s+(?:call|choice|decision)\b|\b(?:i'?d|i\s+would)\s+(?:do|vote|say|make|handle)\s+(?:it|that|this|the\s+same(?:\s+(?:way|thing|call))?)\s+(?:the\s+same\s+(?:way\s+)?)?again\b|\bit\s+was\s+better\s+(?:that\s+)?(?:she|he|they|you|u|everyone)\s+(?:heard|found\s+out|knew|learned|learnt)\b|\bthe\s+only\s+(?:thing|option|choice|way)\s+that\s+made\s+sense\b`},
	{cat: CatJustification, guards: gStd, pattern: `\b(?:it|that|someone)\s+(?:needed|had)\s+to\s+be\s+said\b`},
	{cat: CatJustification, guards: gStd, pattern: `\bsomeone\s+had\s+to\b`},
	{cat: CatJustification, guards: gStd, pattern: `\bi\s+was\s+(?:just\s+|only\s+)?(?:being\s+honest|telling\s+the\s+truth|protecting\s+you|looking\s+out\s+for\s+you|doing\s+my\s+job|stating\s+(?:a\s+)?facts?)\b`, skip: ownedButAfter},
	{cat: CatJustification, guards: gStd, pattern: `\bi\s+had\s+(?:no\s+(?:other\s+)?(?:choice|option)|every\s+right)\b`},
	{cat: CatJustification, guards: gStd, pattern: `\bi\s+stand\s+by\b`},
	{cat: CatJustification, guards: gStd, pattern: `\bi(?:'?d|\s+would)\s+do\s+it\s+again\b`},
	{cat: CatJustification, guards: gStd, pattern: `\bin\s+my\s+defen[cs]e\b`},
	// "you deserved to know" owns a failure to tell them; "you needed to hear it" defends telling them.
	{cat: CatJustification, guards: gStd, pattern: `\byou\s+needed\s+to\s+(?:hear|know)\b|\byou\s+deserved\s+to\s+hear\s+(?:it|that|the\s+truth)\b`, skip: func(d *doc, s, e int) bool {
		return reFromMe().MatchString(d.after(e, 20)) || strings.Contains(d.norm[s:e], "deserved") && reHowHeard().MatchString(d.after(e, 20)) && toldWrongWay(d, e)
	}},
	{cat: CatJustification, guards: gStd, pattern: `\bi\s+was\s+right\s+(?:to|about)\b`},
	{cat: CatJustification, guards: gStd, pattern: `\bi\s+did\s+(?:it|that|what\s+i\s+did)\s+(?:for\s+(?:you|us|a\s+reason)|because\s+i\s+(?:care|love))\b`},

	// counter-accusation
	// "let's not pretend it's all one-sided": the fault made mutual.
	{cat: CatCounter, guards: gQuote, pattern: `\bpretend\s+(?:it'?s|this\s+is|it\s+was|this\s+was)\s+(?:all\s+)?one[\s-]sided\b`},
	{cat: CatCounter, guards: gStd, pattern: `\byou\s+(?:also|too)\s+(?:did|said|were|yelled|lied|hurt|made|have|had|could|weren'?t|didn'?t|never|forgot|ignored|owe|started|called)\b`},
	{cat: CatCounter, guards: gStd, pattern: `\byou\s+did\s+(?:it|that|the\s+same(?:\s+thing)?)(?:\s+to\s+me)?\s+(?:too|as\s+well|first|before|last)\b`},
	{cat: CatCounter, guards: gStd, pattern: `\b(?:you'?re|you\s+are|you\s+were|you'?ve\s+been)\s+not\s+(?:exactly\s+)?(?:innocent|perfect|blameless|a\s+saint)\b`},
	{cat: CatCounter, guards: gStd, pattern: `\byou\s+(?:weren'?t|aren'?t)\s+(?:exactly\s+)?(?:innocent|perfect|blameless|a\s+saint)\b`},
	{cat: CatCounter, guards: gStd, pattern: `\bwe\s+both\s+(?:said|did|made|messed|screwed|were|hurt|played|contributed|acted|lost|know\s+(?:you|i)|have\s+(?:said|done|made|hurt|been\s+(?:awful|unfair|wrong)))\b`},
	{cat: CatCounter, guards: gStd, pattern: `\bwe(?:'re|\s+are|\s+were)\s+both\s+(?:to\s+blame|at\s+fault|guilty|responsible|wrong)\b`},
	{cat: CatCounter, guards: gStd, pattern: `\bboth\s+of\s+us\s+(?:were|are|made|said|messed|screwed|did)\b`},
	{cat: CatCounter, guards: gStd, pattern: `\bit\s+takes\s+two\b`},
	{cat: CatCounter, guards: gStd, pattern: `\byou(?:'?ve\s+done|\s+have\s+done|\s+did|\s+do|'?ve\s+said|\s+said)\s+(?:the\s+)?(?:exact\s+|very\s+)?same(?:\s+thing)?\b`},
	{cat: CatCounter, guards: gStd, pattern: `\byou\s+(?:weren'?t|were\s+not|aren'?t|are\s+not)\s+exactly\s+(?:calm|innocent|nice|kind|perfect|blameless|helping|an?\s+angel|a\s+saint|polite|fair)\b`},
	{cat: CatCounter, guards: gStd, pattern: `\byou(?:'?re|\s+are|\s+were)\s+no\s+(?:better|angel|saint)\b`},
	{cat: CatCounter, guards: gStd, pattern: `\byou\s+(?:did|started|said)\s+it\s+first\b`},
	{cat: CatCounter, guards: gStd, pattern: `\byou\s+(?:[a-z]+ed|forgot|did|said|broke|missed|made|told|lied|hurt)\s+(?:mine|me|my\s+[a-z]+|it|that|the\s+same(?:\s+thing)?)\s+(?:too|as\s+well)\b`},
	{cat: CatCounter, guards: gStd, pattern: `\bwe(?:'re|\s+are)\s+(?:even|square|quits)\b`},
	{cat: CatCounter, guards: gStd, pattern: `\bto\s+be\s+fair\b`, skip: func(d *doc, _, e int) bool {
		// "to be fair, the team was two people down" offers a reason (excuse),
		// "to be fair, the brief was never clear" points elsewhere (blame).
		return reFairOther().MatchString(d.after(e, 24))
	}},
	{cat: CatCounter, guards: gStd, pattern: `\bwhat\s+about\s+(?:when\s+you|you|the\s+time\s+you|what\s+you)\b`},
	{cat: CatCounter, guards: gStd, pattern: `\b(?:mistakes|faults?|blame)\s+on\s+both\s+sides\b`},
	{cat: CatCounter, guards: gStd, pattern: `\byou\s+owe\s+me\s+an\s+apology\b`},
	{cat: CatCounter, guards: gStd, pattern: `\bwhere(?:'s|\s+is)\s+my\s+apology\b`},
	{cat: CatCounter, guards: gStd, pattern: `\byou\s+(?:hurt|wronged)\s+me\s+(?:too|as\s+well|first)\b`},
	{cat: CatCounter, guards: gStd, pattern: `\byou\s+were\s+(?:the\s+one\s+who|just\s+as\s+bad)\b`},

	// misunderstanding frame
	{cat: CatMisunderstanding, guards: gStd | gWriter, pattern: `\b(?:misunderstood|misinterpreted|misread|misheard|misconstrued)\b`},
	{cat: CatMisunderstanding, guards: gStd, pattern: `\b(?:miscommunication|misunderstanding)s?\b`},
	{cat: CatMisunderstanding, guards: gStd, pattern: `\bout\s+of\s+context\b`},
	// A mix-up is the misunderstanding frame when the apology is for it or
	// it is offered as what happened ("sorry for the mix-up", "there's
	// been a bit of a mix-up"), not when it names the event ("since the
	// inventory mix-up"): the writers named the bare noun 3 times in 9.
	{cat: CatMisunderstanding, guards: gStd, pattern: `\b(?:crossed\s+wires|wires\s+(?:got\s+)?crossed|lost\s+in\s+translation)\b|\b(?:sorry|apologi[sz]e|apologies)\s+(?:for|about)\s+(?:the|that|this|any|all\s+the)\s+(?:[a-z]+\s+)?mix-?\s?ups?\b|\b(?:been|was|there'?s|just|a|bit\s+of\s+a|little|slight|simple|honest)\s+mix-?\s?ups?\b`},
	{cat: CatMisunderstanding, guards: gStd, pattern: `\b(?:sorry|apologi[sz]e|apologies)\s+(?:for|about)\s+(?:the|all\s+the)\s+confusion\b`},
	{cat: CatMisunderstanding, guards: gStd, pattern: `\bnot\s+what\s+i\s+(?:meant|said|intended)\b`},
	{cat: CatMisunderstanding, guards: gStd, pattern: `\byou\s+(?:heard|read|took|take)\s+(?:it|that|me|what\s+i\s+said|my\s+(?:words|comment|message|joke))\s+(?:wrong|the\s+wrong\s+way|out\s+of\s+context|too\s+literally|personally)\b`},
	{cat: CatMisunderstanding, guards: gStd, pattern: `\bwhat\s+i\s+(?:meant|was\s+trying\s+to\s+say|actually\s+said)\s+was\b`},
	{cat: CatMisunderstanding, guards: gStd, pattern: `\bcame\s+(?:out|across)\s+(?:wrong|badly|the\s+wrong\s+way)\b`},
	{cat: CatMisunderstanding, guards: gStd, pattern: `\byou\s+(?:got|have)\s+(?:the\s+wrong\s+idea|it\s+wrong)\b`},

	// invalidating their feelings
	{cat: CatInvalidating, guards: gStd | gWriter, pattern: `\b(?:too|so|overly|way\s+too)\s+(?:sensitive|touchy|emotional|thin-skinned)\b`},
	{cat: CatInvalidating, guards: gStd | gWriter, pattern: `\boverreact(?:ing|ed|s)?\b`},
	{cat: CatInvalidating, guards: gStd, pattern: `\bcalm\s+down\b`, skip: thingsCalm},
	{cat: CatInvalidating, guards: gStd, pattern: `\b(?:don'?t|do\s+not|can'?t|cannot)\s+(?:see|understand)\s+why\s+you\b`},
	{cat: CatInvalidating, guards: gStd, pattern: `\b(?:lighten\s+up|get\s+over\s+it|take\s+a\s+joke)\b`},
	{cat: CatInvalidating, guards: gStd, pattern: `\b(?:no|not\s+a)\s+reason\s+to\s+(?:be|get)\s+(?:so\s+)?(?:upset|angry|mad|hurt)\b`},
	{cat: CatInvalidating, guards: gStd, pattern: `\byou\s+shouldn'?t\s+(?:be|have\s+been|feel|get)\s+(?:so\s+)?(?:upset|hurt|angry|mad|offended|bothered)\b`},
	{cat: CatInvalidating, guards: gStd, pattern: `\bwhy\s+are\s+you\s+(?:so\s+|even\s+|still\s+)?(?:upset|angry|mad|worked\s+up|making)\b`},
	{cat: CatInvalidating, guards: gStd, pattern: `\b(?:make|makes|making|made)\s+(?:such\s+)?a\s+big\s+deal\s+(?:out\s+of|about|over)\b`},
	{cat: CatInvalidating, guards: gStd, pattern: `\bmaking\s+(?:such\s+)?a\s+(?:big\s+deal|mountain|fuss|scene)\b`},
	{cat: CatInvalidating, guards: gStd, pattern: `\bblowing\s+(?:this|it|things)\s+(?:way\s+)?out\s+of\s+proportion\b`},

	// diffuse or wrong addressee
	{cat: CatDiffuseAddressee, guards: gNeg | gQuote, pattern: `\b` + sorryW + `\b` + gap + `{0,40}?\b(?:anyone|anybody|those|whoever|everyone|all\s+of\s+you|people)\s+(?:who|that|i)\b`, skip: func(d *doc, s, e int) bool {
		return addresseeQuoted(d, s, e) || reSeenByGroup().MatchString(d.norm[s:e]) || toldTheGroup(d.norm[s:e])
	}},
	{cat: CatDiffuseAddressee, guards: gNeg | gQuote, pattern: `\bif\s+(?:anyone|anybody)\s+(?:was|were|felt|got|is|has\s+been)\b`},
	{cat: CatDiffuseAddressee, guards: gNeg | gQuote, pattern: `\bto\s+(?:anyone|anybody|everyone|everybody|those|whoever)\s+(?:[a-z']+\s+){1,5}?(?:who|that)\s+(?:was|were|felt|may|might|got|is|are|has|have)\b`, skip: func(d *doc, s, e int) bool {
		// "a cruel thing to say to anyone and you're someone who has been
		// good to me": a new clause takes the "who" for its own.
		return newClauseWithin(d.norm[s:e])
	}},
	{cat: CatDiffuseAddressee, guards: gNeg | gQuote, pattern: `\bto\s+whom\s+it\s+may\s+concern\b`},
	// An apology sent to a group ("sorry to everyone at the table", "to
	// the family group", "to any of the parents", "to whoever's feelings
	// got hurt"); a promise to apologise to the team later is left alone.
	{cat: CatDiffuseAddressee, guards: gNeg | gQuote, pattern: `\b(?:sorry|apologies|my\s+bad|apologi[sz]e)\s+(?:again\s+)?to\s+(?:everyone|everybody|anyone|anybody|all\s+of\s+you|you\s+all|y'?all|those|whoever'?s?|any\s+of\s+(?:the|you|my|our)|the\s+whole\s+(?:[a-z]+\s+)?[a-z]+|the\s+(?:family|group|team|squad|club|committee|class|chat|group\s+chat|family\s+group|lot\s+of\s+you))\b|\bto\s+whoever'?s\b`, skip: func(d *doc, s, _ int) bool {
		w := d.wordsBefore(s, 1)
		return len(w) == 1 && (w[0] == "will" || w[0] == "i'll" || w[0] == "to" || w[0] == "must" || w[0] == "should")
	}},
	{cat: CatDiffuseAddressee, guards: gNeg | gQuote, pattern: `\bto\s+(?:anyone|anybody|those|whoever)\s+(?:who|that)\s+(?:was|were|felt|may|might|got)\b`},

	// pressure to forgive or to return to normal
	{cat: CatPressure, guards: gNeg | gQuote, pattern: `\b(?:need|needs|have|has|got|gotta)\s+(?:you\s+)?to\s+forgive\b`},
	{cat: CatPressure, guards: gNeg | gQuote, pattern: `\bforgive\s+me\s+already\b`},
	{cat: CatPressure, guards: gNeg | gQuote, pattern: `\b(?:can|could)\s+we\s+(?:please\s+)?(?:just\s+)?(?:move\s+on|forget\s+(?:about\s+)?(?:it|this|that|the\s+whole\s+thing)|move\s+past\s+(?:this|it|that)|get\s+past\s+(?:this|it|that)|leave\s+(?:this|it|that)\s+(?:in\s+the\s+past|behind\s+us)|put\s+(?:this|it|that)\s+behind\s+us|drop\s+it|go\s+back\s+to\s+normal|be\s+normal|pretend)\b`},
	{cat: CatPressure, guards: gNeg | gQuote, pattern: `\blet'?s\s+(?:just\s+)?(?:move\s+on|move\s+past\s+(?:this|it|that)|get\s+past\s+(?:this|it|that)|forget\s+(?:about\s+)?(?:it|this|that)|put\s+(?:this|it|that)\s+behind\s+us|drop\s+it|go\s+back\s+to\s+normal|pretend)\b`},
	{cat: CatPressure, guards: gNeg | gQuote, pattern: `\bafter\s+(?:everything|all)\s+i(?:'?ve|\s+have)\s+done\b`},
	{cat: CatPressure, guards: gNeg | gQuote, pattern: `\bif\s+you\s+(?:really\s+|ever\s+|actually\s+)?(?:cared|loved|valued|respected)\b`},
	{cat: CatPressure, guards: gNeg | gQuote, pattern: `\byou\s+owe\s+(?:me|it\s+to\s+me)\b`},
	{cat: CatPressure, guards: gNeg | gQuote, pattern: `\bthe\s+least\s+you\s+(?:can|could)\s+do\b`},
	{cat: CatPressure, guards: gNeg | gQuote, pattern: `\bi\s+deserve\s+(?:a\s+(?:reply|response|second\s+chance|chance|answer)|an\s+(?:answer|explanation)|to\s+be\s+forgiven|forgiveness|better)\b`},
	{cat: CatPressure, guards: gNeg | gQuote, pattern: `\b(?:stop|quit)\s+ignoring\s+me\b`},
	{cat: CatPressure, guards: gNeg | gQuote, pattern: `\bdon'?t\s+(?:ignore|shut\s+me\s+out|leave\s+me)\b`},
	{cat: CatPressure, guards: gNeg | gQuote, pattern: `\bi\s+(?:won'?t|will\s+not)\s+(?:take|accept)\s+no\b`},
	{cat: CatPressure, guards: gNeg | gQuote, pattern: ill + `\s+keep\s+(?:calling|texting|messaging|writing|showing\s+up|coming\s+by|trying)\b`},
	{cat: CatPressure, guards: gNeg | gQuote, pattern: `\bi\s+can'?t\s+(?:live|go\s+on|function|sleep|eat|cope)\s+(?:without|until|unless)\b`},
	{cat: CatPressure, guards: gNeg | gQuote, pattern: im + `\s+begging\b`},
	{cat: CatPressure, guards: gNeg | gQuote, pattern: `\bplease\s*,?\s+please\b`},
	{cat: CatPressure, guards: gNeg | gQuote, pattern: `\bforgive\s+and\s+forget\b`},
	{cat: CatPressure, guards: gNeg | gQuote, pattern: `\bit(?:'?s|\s+is)\s+(?:time|been\s+long\s+enough)\s+(?:to|for\s+you\s+to)\s+(?:move\s+on|get\s+over|forgive|let\s+it\s+go)\b`},
	{cat: CatPressure, guards: gNeg | gQuote, pattern: `\bhow\s+long\s+are\s+you\s+going\s+to\b`},
	{cat: CatPressure, guards: gNeg | gQuote, pattern: `\byou\s+can'?t\s+(?:stay\s+(?:mad|angry)|ignore\s+me|be\s+mad)\s+forever\b`},
	{cat: CatPressure, guards: gNeg | gQuote, pattern: `\bif\s+you\s+don'?t\s+(?:forgive|answer|reply|respond|call|text|write)\b`},

	// resentful or coerced tone
	{cat: CatResentful, guards: gNeg | gQuote, pattern: `\b(?:i\s+)?already\s+(?:said|told\s+you)\s+(?:that\s+)?(?:i(?:'?m|\s+am|\s+was)\s+)?sorry\b`},
	{cat: CatResentful, guards: gNeg | gQuote, pattern: `\bi(?:'?ve|\s+have)?\s+already\s+apologi[sz]ed\b`},
	{cat: CatResentful, guards: gNeg | gQuote, pattern: `\bi\s+said\s+i(?:'?m|\s+was|\s+am)\s+sorry\b`},
	{cat: CatResentful, guards: gNeg | gQuote, pattern: `\bwhat\s+(?:more|else)\s+(?:do\s+)?you\s+want\b`},
	{cat: CatResentful, guards: gNeg | gQuote, pattern: `\bhappy\s+now\b`},
	{cat: CatResentful, guards: gNeg | gQuote, pattern: `(?:^|[.!?\n]\s*)(fine[,.!]*\s+(?:` + im + `\s+)?sorry)\b`, group: 1},
	{cat: CatResentful, guards: gNeg | gQuote, pattern: `\bthere,?\s+i\s+said\s+it\b`},
	{cat: CatResentful, guards: gNeg | gQuote, pattern: `\bhow\s+many\s+times\s+do\s+i\s+(?:have|need)\s+to\b`},
	{cat: CatResentful, guards: gNeg | gQuote, pattern: `\bis\s+that\s+what\s+you\s+want(?:ed)?\s+to\s+hear\b`},
	{cat: CatResentful, guards: gNeg | gQuote, pattern: `\bsatisfied\s*\?`},
	{cat: CatResentful, guards: gNeg | gQuote, pattern: `\bwhatever\s+makes\s+you\s+(?:happy|feel\s+better)\b`},
	{cat: CatResentful, guards: gNeg | gQuote, pattern: `\bsorry\s+for\s+(?:existing|breathing|being\s+alive|caring)\b`},
	{cat: CatResentful, guards: gQuote, pattern: im + `\s+not\s+(?:going\s+to\s+)?(?:apologi[sz]e|apologi[sz]ing|sorry)\b`},
	{cat: CatResentful, guards: gQuote, pattern: `\bi\s+(?:won'?t|will\s+not|refuse\s+to)\s+apologi[sz]e\b`},
	{cat: CatResentful, guards: gQuote, pattern: `\b(?:nothing|no\s+reason)\s+to\s+apologi[sz]e\s+for\b`},
	{cat: CatResentful, guards: gNeg | gQuote, pattern: `\bif\s+it\s+makes\s+you\s+feel\s+better\b`},
	{cat: CatResentful, guards: gNeg | gQuote, pattern: `\bsorry\s*,?\s*ok(?:ay)?\s*\?`},
	{cat: CatResentful, guards: gNeg | gQuote, pattern: `\bsorry\s*,?\s+or\s+whatever\b`},

	// deadline or demand for a reply
	{cat: CatDeadline, guards: gNeg | gQuote, pattern: `\b(?:reply|respond|answer|call|ring|phone|text|write|message|get\s+back\s+to)\s+(?:me\s+)?(?:back\s+)?(?:asap|right\s+away|immediately|today|tonight|now|by\s+[a-z0-9]+|before\s+[a-z0-9]+|this\s+(?:week|weekend|morning|afternoon|evening)|tomorrow|within)\b`, skip: func(d *doc, s, e int) bool {
		w := d.wordsBefore(s, 2)
		// "by message before the meeting": a means, not an order
		return writerSubject(d, s, e) || wishedFor(d, s, e) && !(len(w) > 0 && (w[0] == "you" || w[0] == "u")) || len(w) > 0 && (nounBefore.has(w[0]) || w[0] == "by" || w[0] == "via") || len(w) > 1 && determiner.has(w[1]) || ifTheyWishAfter(d, e)
	}},
	{cat: CatDeadline, guards: gNeg | gQuote, pattern: `\b(?:let\s+me\s+know|hear\s+(?:back\s+)?from\s+you|tell\s+me|decide|get\s+back\s+to\s+me|write\s+back)\b` + gap + `{0,30}?\b(?:by\s+(?:tonight|tomorrow|the\s+end\s+of|` + days + `|noon|\d)|(?:in|within)\s+(?:the\s+next\s+)?(?:\d+|an?|one|two|three)\s+(?:hours?|days?)|today|tonight|right\s+away|immediately|asap)\b`, skip: ownDeliveryChecked},
	{cat: CatDeadline, guards: gNeg | gQuote, pattern: `\bif\s+i\s+don'?t\s+hear\s+(?:back|from\s+you)\b`},
	// "??" pushes only when it chases a reply, not in any eager question.
	{cat: CatDeadline, guards: gQuote, pattern: `\b(?:hello|helloo+|answer(?:\s+me)?|reply|respond|call\s+me|text\s+me|pick\s+up|ignore\s+me|ignoring\s+me|where\s+are\s+you|are\s+you\s+there|you\s+there|why\s+(?:won'?t|aren'?t|don'?t|haven'?t|didn'?t|are)\s+you)\b` + gap + `{0,40}\?{2,}`},
	{cat: CatDeadline, guards: gNeg | gQuote, pattern: `\bi\s+(?:really\s+|just\s+|do\s+)?need\s+(?:an\s+answer|a\s+(?:reply|response|decision)|to\s+hear\s+(?:back|from\s+you))\b`},
	{cat: CatDeadline, guards: gNeg | gQuote, pattern: `\b(?:waiting|wait)\s+(?:for|on)\s+your\s+(?:reply|answer|response|call)\b`},
	{cat: CatDeadline, guards: gNeg | gQuote, pattern: `\b(?:asap|urgent(?:ly)?)\b`, skip: func(d *doc, s, e int) bool {
		w := d.wordsBefore(s, 1)
		return len(w) == 1 && comparative.has(w[0]) || d.norm[s:e] == "urgent" && (reUrgentThing().MatchString(d.after(e, 24)) || urgentConceded(d, s, e))
	}},
	{cat: CatDeadline, guards: gNeg | gQuote, pattern: `\blast\s+chance\b`},
	{cat: CatDeadline, guards: gNeg | gQuote, pattern: `\b(?:before|until)\s+it'?s\s+too\s+late\b`},
	{cat: CatDeadline, guards: gNeg | gQuote, pattern: ill + `\s+(?:take|assume|read)\s+(?:that|your\s+silence|no\s+(?:reply|answer|response))\s+(?:as|to\s+mean)\b`},
	{cat: CatDeadline, guards: gNeg | gQuote, pattern: `\b(?:no\s+(?:reply|answer|response)|your\s+silence)\s+(?:means|will\s+mean)\b`},
	{cat: CatDeadline, guards: gNeg | gQuote, pattern: `\bdon'?t\s+leave\s+me\s+on\s+read\b`},

	// empty promise (check.go keeps these only when no concrete commitment exists)
	{cat: CatEmptyPromise, guards: gQuote, pattern: `\b(?:will\s+never|won'?t\s+ever|won'?t|will\s+not|is\s+never\s+going\s+to|isn'?t\s+going\s+to|is\s+not\s+going\s+to)\s+(?:ever\s+)?happen\s+(?:ever\s+)?again\b`},
	{cat: CatEmptyPromise, guards: gQuote, pattern: `\bnever\s+(?:let\s+(?:it|this|that)\s+)?happens?\s+again\b`},
	{cat: CatEmptyPromise, guards: gQuote, pattern: `\b(?:never|won'?t\s+ever|won'?t|will\s+not)\s+do\s+(?:that|it|this|anything\s+like\s+(?:that|this))\s+(?:ever\s+)?again\b`},
	{cat: CatEmptyPromise, guards: gQuote, pattern: `\b(?:` + ill + `|i\s+promise\s+(?:` + ill + `|to|i'?m\s+going\s+to)|i'?m\s+going\s+to)\s+(?:try\s+to\s+)?(?:do|be)\s+better\b`},
	{cat: CatEmptyPromise, guards: gQuote, pattern: `\b(?:` + ill + `|i\s+promise\s+(?:` + ill + `|to))\s+(?:try\s+to\s+)?change\b`},
	{cat: CatEmptyPromise, guards: gQuote, pattern: `\b` + ill + `\s+try\s*(?:harder|my\s+best)?\s*(?:[.!,]|$)`},
	{cat: CatEmptyPromise, guards: gQuote, pattern: `\b` + ill + `\s+be\s+a\s+better\s+[a-z]+\b`},
	{cat: CatEmptyPromise, guards: gQuote, pattern: `\b` + ill + `\s+try\s+to\s+[a-z]+(?:\s+[a-z]+)?\s+(?:more|less)\b`},
	{cat: CatEmptyPromise, guards: gQuote, pattern: `\b(?:we'?ll|we\s+will)\s+(?:try\s+to\s+)?(?:do|be)\s+better\b`},
	{cat: CatEmptyPromise, guards: gQuote, pattern: `\b` + ill + `\s+work\s+on\s+(?:myself|it|things|that|this|me)\b`},

	// self-focus
	{cat: CatSelfFocus, guards: gQuote | gNeg, pattern: im + `\s+(?:honestly\s+|literally\s+|truly\s+|just\s+|really\s+|seriously\s+|officially\s+)?(?:the\s+worst|such\s+a\s+(?:terrible|horrible|awful|bad)\s+[a-z]+|a\s+(?:terrible|horrible|awful)\s+(?:person|friend|partner|sister|brother|son|daughter|mother|mom|mum|father|dad|husband|wife|colleague|human)|a\s+monster|such\s+an?\s+(?:idiot|mess|failure)|so\s+stupid|pathetic|worthless|a\s+failure)\b`},
	{cat: CatSelfFocus, guards: gQuote | gNeg, pattern: `\b(?:this|it)\s+has\s+been\s+(?:so\s+|really\s+|incredibly\s+)?(?:hard|tough|difficult|awful|painful)\s+(?:on|for)\s+me\b`},
	{cat: CatSelfFocus, guards: gQuote | gNeg, pattern: `\bi\s+(?:haven'?t|can'?t|couldn'?t)\s+(?:slept|sleep|eat|eaten|stop\s+crying|stop\s+thinking\s+about\s+(?:it|this))\b`},
	{cat: CatSelfFocus, guards: gQuote | gNeg, pattern: `\bi(?:'?ve|\s+have)\s+been\s+(?:so\s+)?(?:suffering|miserable|a\s+wreck|a\s+mess|beating\s+myself\s+up)\b`},
	{cat: CatSelfFocus, guards: gQuote | gNeg, pattern: `\byou\s+have\s+no\s+idea\s+how\s+(?:hard|bad|much|awful|terrible)\b`},
	{cat: CatSelfFocus, guards: gQuote | gNeg, pattern: `\bi\s+hate\s+myself\b`},
	{cat: CatSelfFocus, guards: gQuote | gNeg, pattern: `\bi\s+feel\s+(?:so\s+|really\s+|absolutely\s+|just\s+)?(?:terrible|awful|horrible|sick|guilty|like\s+(?:garbage|trash|crap|dirt|the\s+worst))\b`, weak: true},
	{cat: CatSelfFocus, guards: gQuote | gNeg, pattern: im + `\s+(?:so\s+|really\s+)?(?:miserable|heartbroken|devastated|a\s+mess|ashamed)\b`, weak: true},

	// universal excuse
	{cat: CatUniversalExcuse, guards: gStd, pattern: `\b(?:` + im + `\s+)?only\s+human\b`},
	{cat: CatUniversalExcuse, guards: gStd, pattern: `\b(?:everyone|everybody|we\s+all|people|anyone\s+can|all\s+of\s+us)\s+makes?\s+mistakes\b`},
	{cat: CatUniversalExcuse, guards: gStd, pattern: `\bmistakes\s+happen\b`},
	{cat: CatUniversalExcuse, guards: gStd, pattern: `\b(?:nobody|no\s+one|no-one)(?:'?s|\s+is)\s+perfect\b`},
	{cat: CatUniversalExcuse, guards: gStd, pattern: `\bto\s+err\s+is\s+human\b`},
	{cat: CatUniversalExcuse, guards: gStd, pattern: `\bit\s+happens\s+to\s+(?:the\s+best\s+of\s+us|everyone|everybody)\b`},
	{cat: CatUniversalExcuse, guards: gStd, pattern: `\bthese\s+things\s+happen\b`},
	{cat: CatUniversalExcuse, guards: gStd, pattern: `\bit\s+is\s+what\s+it\s+is\b`},
	{cat: CatUniversalExcuse, guards: gStd, pattern: `\bthat'?s\s+(?:just\s+)?(?:life|how\s+i\s+am|the\s+way\s+i\s+am)\b`},
	{cat: CatUniversalExcuse, guards: gStd, pattern: im + `\s+not\s+perfect\b`},
	{cat: CatUniversalExcuse, guards: gStd, pattern: `\b(?:we'?re|we\s+are)\s+all\s+(?:human|only\s+human)\b`},

	// contempt and sarcasm
	{cat: CatContempt, guards: gQuote | gReport, pattern: `\bsorry\s+(?:if\s+)?not\s+sorry\b`},
	{cat: CatContempt, guards: gQuote | gReport, pattern: `\bsorry\s+(?:that\s+)?` + youre + `\s+(?:so|such)\b`},
	{cat: CatContempt, guards: gQuote | gReport, pattern: `(?:^|[.!?\n,]\s*)(whatever)\s*(?:[.!?\n]|$)`, group: 1},
	{cat: CatContempt, guards: gQuote | gReport, pattern: `\bor\s+(whatever)\s*(?:[.!?\n]|$)`, group: 1, skip: func(d *doc, s, _ int) bool {
		return reDisownedExcuse().MatchString(d.leadIn(s))
	}},
	{cat: CatContempt, guards: gQuote, pattern: "\U0001F644|\U0001F643|\U0001F612|\U0001F624|\U0001F921|\U0001F595", skip: ownEmoji},
	{cat: CatContempt, guards: gQuote | gReport | gNeg, pattern: `\b(?:grow\s+up|get\s+a\s+grip|get\s+a\s+life|get\s+over\s+yourself|boo\s+hoo|cry\s+me\s+a\s+river|newsflash|give\s+me\s+a\s+break|big\s+baby)\b`},
	{cat: CatContempt, guards: gQuote | gReport, pattern: `\bpoor\s+(?:you|baby|thing)\b`},
	{cat: CatContempt, guards: gQuote | gReport, pattern: `\bsorry\s+your\s+(?:majesty|highness|royal)\b`},
	{cat: CatContempt, guards: gQuote | gReport, pattern: `\bsorry\s+` + im + `\s+not\s+(?:perfect|a\s+saint|as\s+perfect)\b`},

	// criticism of the other person
	{cat: CatCriticism, guards: gStd, pattern: `\byou\s+(?:always|constantly|continually)\s+(?:make|made|leave|put|left)\s+me\s+(?:be\s+the|the\s+one|to\s+(?:do|deal|sort|clean|handle|pick|explain)|do|feel\s+(?:like|bad|guilty|stupid|small|crazy)|look|wait|chase|reach|apologi[sz]e|come|call|pay|clean)\b`},
	{cat: CatCriticism, guards: gStd, pattern: `\byou\s+(?:always|constantly|keep|continually)\s+(?:do\s+this|do\s+that|twist|blow|take\s+(?:things|everything|it)|turn\s+(?:everything|things|it)|overreact|exaggerate|ignore|start|bring\s+(?:up|it|this)|criticize|criticise|complain|nag|interrupt|assume|make\s+(?:everything|things|it)\s+about|act\s+like|expect|have\s+to\s+(?:be\s+right|have\s+the\s+last|make)|cancel|think\s+(?:you|the\s+worst)|get\s+(?:so|defensive|angry|mad|upset)|play\s+the\s+victim|pick\s+(?:fights|a\s+fight)|make\s+(?:such\s+)?a\s+(?:big\s+deal|scene|fuss|drama)|push|freak|shut|run\s+away|hold\s+grudges|find\s+(?:something|a\s+way))`},
	{cat: CatCriticism, guards: gStd, pattern: `\byou\s+never\s+(?:listen|care|admit|apologi[sz]e|understand|let\s+me\s+(?:finish|explain|speak|talk)|help|ask|call|text|reply|show\s+up|give\s+me|take\s+responsibility|see|think\s+about|consider|make\s+time|support|compromise|back\s+down)`},
	{cat: CatCriticism, guards: gStd, pattern: `\byou(?:'?re|\s+are|\s+were|\s+can\s+be|'?ve\s+been|\s+have\s+been|\s+get)\s+(?:so\s+|such\s+an?\s+|being\s+(?:so\s+)?|too\s+|really\s+|just\s+|always\s+|a\s+|an\s+|incredibly\s+|completely\s+|totally\s+)*(?:selfish|dramatic|crazy|impossible|toxic|childish|immature|petty|lazy|stubborn|controlling|needy|difficult|unreasonable|paranoid|insecure|jealous|hysterical|ungrateful|cruel|irrational|judgmental|judgemental|manipulative|narcissistic|passive[\s-]aggressive|drama\s+queen|nightmare|brat|liar|hypocrite|control\s+freak|snob|jerk|idiot|clingy)\b`},
	{cat: CatCriticism, guards: gStd, pattern: `\bwhat(?:'?s|\s+is)\s+wrong\s+with\s+you\b`},
	{cat: CatCriticism, guards: gStd, pattern: `\b(?:your\s+problem\s+is|the\s+problem\s+with\s+you)\b`},
	{cat: CatCriticism, guards: gStd, pattern: `\b(?:typical\s+(?:you|of\s+you)|that'?s\s+so\s+(?:like\s+you|typical))\b`},

	// demands
	{cat: CatDemand, guards: gStd, pattern: `\byou\s+(?:need\s+to|should|have\s+to|must|'?ve\s+got\s+to|gotta|better|had\s+better)\s+(?:understand|realize|realise|see|accept|admit|stop|listen|apologi[sz]e|get\s+over|calm|forgive|answer|reply|respond|call|text|come|meet|explain|trust|remember|appreciate|give|let|talk)\b`},
	{cat: CatDemand, guards: gStd, pattern: `\bwe\s+(?:need|have|must)\s+(?:to\s+)?talk\b`},
	{cat: CatDemand, guards: gStd, pattern: `\bi\s+(?:need|expect|want|demand)\s+you\s+to\s+(?:call|text|reply|respond|answer|meet|talk|come|understand|listen|apologi[sz]e|admit|accept|stop|get\s+back|see)\b`, skip: func(d *doc, _, e int) bool { return reCallOut().MatchString(d.after(e, 16)) }},
	{cat: CatDemand, guards: gStd, pattern: `\bi\s+demand\b`},
	{cat: CatDemand, guards: gStd, pattern: `(?:^|[.!?\n]\s*)((?:please\s+)?(?:call|text|reply\s+to|write|ring)\s+(?:me|back))\b`, group: 1, skip: func(d *doc, s, _ int) bool {
		a, b := d.sentence(s)
		return reWhenIf().MatchString(d.norm[a:b])
	}},

	// condescending markers and presuming
	{cat: CatCondescending, guards: gStd, pattern: `\b(?:obviously|as\s+i\s+(?:said|told\s+you|mentioned|explained)|for\s+the\s+record|let\s+me\s+be\s+clear|as\s+you\s+clearly|you\s+clearly|clearly\s+you)\b`, skip: afterNoPhrase},
	{cat: CatPresuming, guards: gStd, pattern: `\bi\s+(?:know|understand)\s+(?:exactly\s+)?how\s+you\s+(?:feel|felt)\b`},

	// threats and ultimatums: "... or I'll ...", "if you don't ..., I'm ..."
	{cat: CatThreat, guards: gQuote, pattern: `\b(?:or|otherwise|or\s+else)\s*,?\s+(?:` + ill + `|i'?m\s+(?:going\s+to|gonna|telling|done|out|leaving|calling)|i\s+am\s+(?:going\s+to|telling|done)|i(?:'?ll|\s+will)?\s+have\s+to|we'?re\s+(?:done|finished|through|over)|it'?s\s+over|(?:that'?s|this\s+is)\s+(?:it|the\s+end)|you'?ll\s+(?:regret|be\s+sorry|never|lose|hear\s+from)|don'?t\s+(?:bother|expect|come|call)|forget\s+(?:it|about\s+(?:me|us|it)))\b`, skip: func(d *doc, _, e int) bool {
		// "..., or I'll stay well out of it", "or I'll pick up a mix": an
		// offer between two kindnesses, not a consequence.
		return reOfferAfterOr().MatchString(d.after(e, 40))
	}},
	{cat: CatThreat, guards: gQuote, pattern: `\bif\s+(?:you|u)\s+(?:don'?t|do\s+not|won'?t|will\s+not|can'?t|cannot|refuse\s+to|keep|ignore|block|still|aren'?t|are\s+not|haven'?t|never|even\s+think)\b` + gap + `{0,70}?(?:,\s*|\s+then\s+|\s+)(?:` + ill + `\s+(?:tell|go|call|report|post|show|send|make|take|stop|cut|leave|be\s+done|never|have\s+to|come|involve|contact|get|sue|assume|move\s+on|find)|i'?m\s+(?:done|out|telling|going\s+to|gonna|calling|leaving|finished)|i\s+am\s+(?:done|telling|going\s+to|leaving|finished)|we'?re\s+(?:done|finished|through|over)|it'?s\s+over|(?:that'?s|this\s+is)\s+it|don'?t\s+(?:bother|expect|come|call)|you\s+can\s+forget|you'?ll\s+(?:regret|be\s+sorry|never|lose))\b`, skip: func(d *doc, s, e int) bool { return leftAlone(d, s, e) || offerIfWanted(d, s, e) }},
	{cat: CatThreat, guards: gQuote, pattern: `\bunless\s+(?:you|u)\b` + gap + `{0,60}?(?:` + ill + `|i'?m\s+(?:going\s+to|gonna|telling|done|changing|taking|selling|calling|coming\s+(?:round|over)|moving|cutting|blocking|reporting|posting|leaving)|we'?re\s+done|i\s+(?:won'?t|will\s+not|can'?t))\b`, skip: func(d *doc, s, e int) bool {
		return unlessTheyWish(d, s, e) || selfRestraintUnless(d, s, e) || reIfWithin().MatchString(d.norm[s+6:e])
	}},
	{cat: CatThreat, guards: gQuote | gNeg, pattern: `\b(?:you'?ll|you\s+will)\s+(?:regret\s+(?:it|this|that)|be\s+sorry|pay\s+for)\b`},
	{cat: CatThreat, guards: gQuote | gNeg, pattern: `\b(?:don'?t|do\s+not)\s+make\s+me\b`},
	{cat: CatThreat, guards: gQuote, pattern: `\b(?:this\s+is\s+(?:not|n'?t)\s+optional|final\s+warning|(?:this|that)\s+is\s+your\s+last\s+chance)\b`},

	// conditions on the other person: a promise that waits on them changing
	{cat: CatCondition, guards: gQuote, pattern: `\b(?:as\s+long\s+as|so\s+long\s+as|provided(?:\s+that)?|providing(?:\s+that)?|on\s+(?:the\s+)?condition(?:\s+that)?|only\s+if|in\s+(?:exchange|return)\s+for|in\s+return,?)\s+(?:you|u)\b`, skip: func(d *doc, s, e int) bool {
		return reTheirChoice().MatchString(d.after(e, 20)) || takeYourTime(d, s) || mutualWish(d, s, e)
	}},
	{cat: CatCondition, guards: gQuote, pattern: `\b(?:` + ill + `|i\s+promise|i\s+can|i'?m\s+(?:willing|happy|ready|prepared)\s+to|i\s+am\s+(?:willing|happy|ready|prepared)\s+to)\b` + gap + `{0,60}?\b(?:if|once|when|after)\s+(?:you|u)\s+(?:(?:can\s+|will\s+|would\s+|'?ll\s+|also\s+|finally\s+|just\s+|first\s+)?(?:stop|quit|start|promise|agree|admit|apologi[sz]e|say\s+sorry|do\s+the\s+same|meet\s+me|change|cut|drop|give|let|own|take\s+(?:back|responsibility)|return|respect|calm|grow|treat|make\s+an\s+effort|pull\s+your\s+weight|are\s+(?:willing\s+to\s+(?:stop|change|admit|apologi[sz]e|own|meet|do|drop|give|pay)|nicer|honest)|do\s+your\s+part)|stopped|quit|started|admitted|apologi[sz]ed|promised|agreed)\b`, skip: consentOnly},
	{cat: CatCondition, guards: gQuote, pattern: `\bbut\s+(?:only\s+if|first)\s+(?:you|u)\b`, skip: func(d *doc, s, e int) bool { return reTheirChoice().MatchString(d.after(e, 20)) || mutualWish(d, s, e) }},
	{cat: CatCondition, guards: gQuote, pattern: `\b(?:you|u)\s+(?:have|need|'ve\s+got|got)\s+to\s+(?:meet\s+me\s+halfway|do\s+your\s+part|hold\s+up\s+your\s+end)\b`},
	// ---- second blind set: families added by kind of miss ----

	// excuses: drink, tiredness, a hard stretch, things outside the writer
	{cat: CatExcuse, guards: gStd, pattern: `\bhad\s+(?:a\s+few\s+too\s+many|one\s+too\s+many|too\s+many(?:\s+drinks)?|too\s+much\s+to\s+drink|a\s+few\s+(?:drinks|pints|beers|glasses|wines))\b`, skip: excuseDisowned},
	{cat: CatExcuse, guards: gStd, pattern: `\bi(?:'?d|\s+had)\s+had\s+a\s+(?:few|couple)\b`, skip: excuseDisowned},
	{cat: CatExcuse, guards: gStd, pattern: `\bafter\s+(?:a\s+few|a\s+couple(?:\s+of)?|too\s+many|one\s+too\s+many|some|all\s+(?:the|those))\s+(?:drinks|pints|beers|glasses|wines|shots)\b`, skip: excuseDisowned},
	{cat: CatExcuse, guards: gStd, pattern: `\b(?:wine|drink|drinks|alcohol|beer|booze|it|the\s+[a-z]+)\s+went\s+(?:straight\s+)?to\s+my\s+head\b`, skip: excuseDisowned},
	{cat: CatExcuse, guards: gStd, pattern: `\bi(?:\s+had|'?d)?\s+(?:hadn'?t|had\s+not|barely|hardly|not)\s+eaten\b`, skip: excuseDisowned},
	{cat: CatExcuse, guards: gStd, pattern: `\b(?:i\s+was|i'?m|i\s+am|i'?d\s+been|i\s+had\s+been|i'?ve\s+been|i\s+got|been)\s+` + excuseIntens + `(?:knackered|shattered|frazzled|wrecked|run\s+down|wiped\s+out|fried|on\s+edge|sleep\s+deprived|all\s+over\s+the\s+place|snowed\s+under|up\s+to\s+my\s+eyes)\b`, skip: excuseDisowned},
	{cat: CatExcuse, guards: gStd, pattern: `(?:^|[.!?\n,;:-]\s*)((?:(?:it'?s|it\s+has|it\s+had|it\s+was)\s+)?(?:been\s+|had\s+|such\s+)?(?:a\s+|one\s+)?(?:really\s+|very\s+|so\s+)?(?:long|rough|bad|hard|hectic|crazy|mad|mental|stressful|horrible|nightmare|busy|brutal|tough)\s+(?:day|night|week|month|year|shift|few\s+(?:days|weeks)))\b`, group: 1, skip: func(d *doc, s, e int) bool { return excuseDisowned(d, s, e) || reForThem().MatchString(d.after(e, 12)) }},
	{cat: CatExcuse, guards: gStd, pattern: `\b(?:the\s+)?(?:traffic|trains?|bus(?:es)?|tube|flights?|planes?|ferry|ferries|roads|motorway|my\s+(?:train|bus|flight|lift|ride|boss|manager))(?:\s+on\s+the\s+[a-z0-9]+)?\s+(?:was|were|got|had\s+been|has\s+been|'s\s+been|have\s+been|is|are)\s+` + excuseIntens + `(?:mental|crazy|insane|a\s+nightmare|delayed|cancelled|canceled|late|awful|terrible|mad|horrendous|backed\s+up|gridlocked|impossible|chaos|a\s+mess|fully\s+booked|sold\s+out)\b`, skip: excuseDisowned},
	{cat: CatExcuse, guards: gStd, pattern: `\b(?:life|work|things|stuff|the\s+job|the\s+new\s+job|everything)\s+got\s+(?:so\s+|really\s+|a\s+bit\s+|pretty\s+)?(?:crazy|busy|hectic|mad|mental|in\s+the\s+way|on\s+top\s+of\s+me|away\s+from\s+me|complicated|too\s+much)\b`, skip: excuseDisowned},
	{cat: CatExcuse, guards: gStd, pattern: `\bmy\s+head(?:'?s|\s+has|\s+was|\s+is)\s+(?:been\s+)?(?:all\s+over\s+the\s+place|elsewhere|a\s+mess|not\s+in\s+it|in\s+a\s+bad\s+place)\b`, skip: excuseDisowned},
	{cat: CatExcuse, guards: gStd, pattern: `\bi\s+was\s+drinking\s+(?:way\s+|far\s+)?too\s+much\b`, skip: excuseDisowned},

	// blame: a "but you ..." defence after an apology; "if you had ..."
	{cat: CatBlame, guards: gQuote, pattern: `\b(?:sorry|apologi[sz]e|apologies)\b` + gap + `{0,80}?\b(but\s+(?:you|u)\s+(?:kept|knew|were\s+(?:being|the\s+one|so|pushing|winding|giving)|started|pushed|provoked|wound|always|never|made\s+me|brought|had\s+(?:it|that)\s+coming|asked\s+for|wouldn'?t\s+(?:stop|listen|let)|should(?:n'?t)?\s+have|should'?ve|could(?:'?ve|\s+have)\s+just|(?:have\s+to|'?ve\s+got\s+to|gotta|must)\s+admit|know\s+(?:i|how\s+i|what\s+i)))`, group: 1},
	// From the fourteenth round's dev drafts (blame 0.41 there): the
	// reader's wrong given as when the silence began ("since u ditched me
	// at the festival", "after u bailed on the lake weekend"; not "since
	// you stopped talking to me", which the writers read as a fact); a
	// counterfactual on any act of theirs ("if you'd paid your share");
	// "you were the one who" with any act; and the reader's state given as
	// the cause of the writer's act ("you were on your phone instead of
	// helping, so I just snapped").
	{cat: CatBlame, guards: gStd, pattern: `\b(?:since|after|ever\s+since)\s+(?:you|u)\s+(?:ditched|blew\s+up\s+at|bailed\s+on|walked\s+out\s+on|stormed\s+(?:off|out)|screamed\s+at|yelled\s+at|shouted\s+at|kicked\s+me\s+out|accused|lied\s+to|embarrassed\s+me|humiliated\s+me|went\s+behind\s+my\s+back|stood\s+me\s+up|flaked|bailed|ditched)\b`},
	{cat: CatBlame, guards: gStd, pattern: `\bif\s+(?:you|u)'?d\s+(?:just\s+|only\s+|actually\s+)?(?:paid|warned|mentioned|replied|texted|rung|phoned|helped|included|invited|reminded|explained|booked|confirmed|cleaned|returned|showed|shown|turned\s+up|picked\s+up|stuck\s+to|kept\s+(?:to|your))\b`},
	{cat: CatBlame, guards: gStd, pattern: `\b(?:you|u)\s+(?:were|was|had\s+been|'d\s+been|kept)\b[^.!?\n]{0,70}?,?\s+so\s+i\s+(?:just\s+)?(?:snapped|lost\s+it|lost\s+my\s+temper|blew\s+up|exploded|yelled|shouted|screamed|let\s+(?:it\s+)?out|took\s+it\s+out|lashed\s+out)\b`},
	{cat: CatBlame, guards: gStd, pattern: `\b(?:you|u)\s+know\s+how\s+(?:you|u)\s+get\b|\bpushed\s+me\s+to\s+(?:that|this|the|breaking)\s+(?:point|limit)\b|\bafter\s+the\s+way\s+(?:you|u)\s+(?:treated|spoke\s+to|talked\s+to|behaved|acted|spoke|talked)\b`},
	// The reader's doing given as the cause of the writer's: "cos u called
	// me out in chat", "i banned u cos u were spamming", "you'd been
	// sitting on it for six weeks, so I had to act", "i figured ud check
	// the shared drive like ur supposed to". Not a reason that honours
	// them ("because you deserve to know", "because you asked me to") or
	// tells their need ("because you couldn't face it alone").
	{cat: CatBlame, guards: gStd, pattern: `\b(?:because|cos|coz|cuz|bc)\s+(?:you|u)(?:'d|'ve|d)?\s+(?:(?:just|literally|totally|basically|clearly)\s+)?(?:called\s+me|went\s+(?:behind|off|mad|over|and)|were\s+[a-z]+ing|was\s+[a-z]+ing|kept|never|didn'?t|wouldn'?t|weren'?t|wasn'?t|left\s+(?:me|it|us|the)|dropped|missed|forgot|ignored|blocked|shouted|yelled|snapped|lied|said\s+(?:that|nothing|something)|made\s+(?:me|it|a)|put\s+me|took|refused|decided|chose|cancelled|canceled|changed|posted|told\s+(?:everyone|him|her|them)|been\s+(?:so|really|such|ignoring|avoiding|distant|off|cold|rude))\b`},
	{cat: CatBlame, guards: gStd, pattern: `\b(?:you|u)(?:'d|\s+had|'ve|\s+have)?\s+(?:been\s+|were\s+|was\s+)?(?:sitting\s+on|ignoring|avoiding|late|an\s+hour\s+late|nowhere|unreachable|dragging|stalling|slacking|on\s+your\s+phone|on\s+ur\s+phone|barely|hardly|never)\b[^.!?\n]{0,70}?,?\s+so\s+(?:i|we)\s+(?:just\s+)?(?:had\s+to|figured|assumed|thought|went\s+ahead|didn'?t\s+(?:feel|have|see|think)|couldn'?t)\b`},
	{cat: CatBlame, guards: gStd, pattern: `\blike\s+(?:you'?re|ur|you\s+are|u\s+r|u\s+are)\s+supposed\s+to\b|\bas\s+(?:you|u)\s+should(?:'?ve|\s+have)\b`},
	{cat: CatBlame, guards: gStd, pattern: `\bmaybe\s+if\s+(?:you|u)\b`},
	{cat: CatBlame, guards: gStd, pattern: `\bif\s+(?:you|u)'?d\s+(?:been|just|only|told|said|listened|asked|given|called|answered|checked|not|never|bothered|stopped|done)\b`},
	{cat: CatBlame, guards: gStd, pattern: `\bif\s+(?:you|u)\s+(?:just\s+|only\s+|actually\s+)?(?:wrote|listened|stopped|answered|checked|bothered|paid\s+attention|cared|weren'?t|didn'?t|hadn'?t)\b`, skip: func(d *doc, _, e int) bool { return reRoomAfter().MatchString(d.after(e, 12)) }},
	{cat: CatBlame, guards: gStd, pattern: `\bi\s+(?:didn'?t|did\s+not)\s+start\s+(?:it|this|that|the\s+[a-z]+)\b`},
	{cat: CatBlame, guards: gStd, pattern: `\b(?:you|u)\s+(?:were|was)\s+(?:well\s+|totally\s+|completely\s+|way\s+)?out\s+of\s+order\b`},
	{cat: CatBlame, guards: gStd, pattern: `\b(?:you|u)\s+knew\s+(?:exactly\s+)?(?:which\s+buttons|what\s+you\s+were\s+doing|how\s+(?:i|that)\s+would)\b`},
	{cat: CatBlame, guards: gStd, pattern: `\byour\s+[a-z]+(?:\s+[a-z]+)?\s+(?:was|were|is|are)\s+the\s+(?:reason|problem|cause)\b`},

	// counter-charges
	{cat: CatCounter, guards: gStd, pattern: `\b(?:you|u)\s+(?:didn'?t|did\s+not|weren'?t|were\s+not)\s+exactly\b`},
	{cat: CatCounter, guards: gStd, pattern: `\b(?:you|u)(?:'?ve|\s+have)\s+(?:done|said|read|gone|looked|snooped|lied|cheated|checked|forgotten|missed)\b` + gap + `{0,30}?\b(?:too|as\s+well|before\s+too)\b`},
	{cat: CatCounter, guards: gStd, pattern: `\bonly\s+one\s+of\s+us\b`},
	{cat: CatCounter, guards: gStd, pattern: `\bon\s+both\s+sides\b`},
	{cat: CatCounter, guards: gStd, pattern: `\b(?:you|u)\s+(?:were|was)\s+giving\s+it\b`},
	{cat: CatCounter, guards: gStd, pattern: `\b(?:you|u)\s+said\s+some\s+(?:pretty\s+|really\s+|very\s+)?(?:cutting|harsh|nasty|hurtful|awful|horrible|mean|cruel)\s+things\b`},

	// criticism: "you always ...", labels, contempt for who they are
	{cat: CatCriticism, guards: gStd, pattern: `\b(?:you|u)\s+(?:always|constantly)\s+(?:take\s+ages|take\s+forever|turn\s+every|go\s+(?:quiet|silent|cold)|disappear|run|sulk|play|twist|overreact|get\s+like\s+this|do\s+(?:this|that)|make\s+(?:this|it|everything))\b`},
	{cat: CatCriticism, guards: gStd, pattern: `\bwhat\s+you\s+always\s+do\b`},
	{cat: CatCriticism, guards: gStd, pattern: `\b(?:acting|behaving)\s+like\s+(?:a|an)\s+(?:child|baby|brat|teenager|kid|toddler|martyr|victim|diva|princess|idiot|spoilt|spoiled)\b`},
	{cat: CatCriticism, guards: gStd, pattern: `\byou\s+just\s+(?:disappear|run\s+away|shut\s+down|walk\s+away|vanish)\b`},
	{cat: CatCriticism, guards: gStd, pattern: `\b(?:was|is)\s+a\s+disgrace\b`},
	{cat: CatCriticism, guards: gStd, pattern: `\b(?:you|u)\s+can'?t\s+(?:even\s+)?(?:pick\s+up\s+(?:the|a)\s+phone|be\s+bothered|spare\s+(?:five|ten|a)|make\s+time|find\s+the\s+time)\b`},
	{cat: CatCriticism, guards: gStd, pattern: `\b(?:you'?re|you\s+are|are\s+you)\s+(?:still\s+|just\s+)?too\s+(?:good|important|proud)\s+(?:for|to)\b`},
	{cat: CatCriticism, guards: gStd, pattern: `\byou\s+never\s+once\b`},
	{cat: CatContempt, guards: gQuote | gReport, pattern: `\b(?:like\s+a\s+normal\s+person|like\s+an\s+adult\s+for\s+once)\b`},

	// pressure: closure on the writer's terms, guilt, the writer's need
	{cat: CatPressure, guards: gQuote, pattern: `\b(?:so\s+)?(?:we'?re|we\s+are|are\s+we|we)\s+(?:all\s+)?(?:good|ok(?:ay)?|cool|fine|sweet|square|alright)\s*(?:,?\s*(?:right|yeah|yes|now|then|again|though|mate|yh|ya))?\s*\?`},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\b(?:no\s+hard\s+feelings|water\s+under\s+the\s+bridge)\b`, skip: func(d *doc, s, e int) bool {
		// "no hard feelings if you'd rather not" (or "if you're not up for
		// it, no hard feelings") frees them to say no.
		return reIfNotBefore().MatchString(d.norm[max(0, s-24):s]) || reFreeingIf().MatchString(d.norm[e:min(len(d.norm), e+24)]) ||
			reDeclineIf().MatchString(d.leadIn(s))
	}},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\b(?:(?:go|get|getting|going)\s+back\s+to\s+(?:normal|how\s+(?:things|we|it)\s+(?:were|was|used\s+to\s+be))|(?:get|getting)\s+(?:things|us|everything)\s+back\s+to\s+(?:normal|how\s+(?:they|it|we)\s+(?:were|was|used\s+to\s+be))|(?:and|just)\s+be\s+normal(?:\s+again)?|(?:can|could|shall)\s+we\s+(?:please\s+)?(?:just\s+)?get\s+on\s+with\s+(?:it|things|life)|can'?t\s+keep\s+(?:avoiding|ignoring|dodging)\s+each\s+other|like\s+normal|as\s+usual\s*\?|(?:a|our)\s+normal\s+(?:day|week|weekend|evening|night))\b`, skip: func(d *doc, s, e int) bool {
		// "I'll ring you Thursday like normal" keeps the writer's own routine.
		return d.norm[s:e] == "like normal" && slices.ContainsFunc(d.wordsBefore(s, 8), func(w string) bool { return w == "i'll" || w == "i'm" })
	}},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\bput\s+(?:all\s+)?(?:this|it|that|everything|(?:the|our|this|that|all\s+the|the\s+whole)\s+(?:[a-z0-9']+\s+){0,5}[a-z0-9']+|christmas|easter|[a-z]+day)\s+behind\s+us\b`, skip: wishedFor},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\bafter\s+(?:everything|all)\s+(?:(?:that\s+)?(?:i|we)(?:'?ve|\s+have)?\s+(?:done|gave|given|sacrificed|gave\s+up|been\s+through)|(?:your\s+[a-z]+\s+and\s+)?i\s+(?:did|gave))\b`},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\b(?:i|we)\s+won'?t\s+be\s+(?:around|here)\s+forever\b`},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\b(?:you\s+could|i(?:'?d|\s+would)\s+think\s+you\s+could)\s+at\s+least\b`},
	{cat: CatPressure, guards: gQuote, pattern: `\b(?:i\s+)?(?:just\s+|really\s+|rly\s+)?need\s+to\s+know\s+(?:that\s+)?(?:you'?re|you\s+are|you\s+don'?t|you\s+aren'?t|we'?re|you\s+still|you\s+forgive)\b`},
	{cat: CatPressure, guards: gQuote, pattern: `\b(?:please\s+)?tell\s+me\s+you\s+(?:forgive|still)\b`},
	// "Please tell me you don't hate me" asks the hurt person for comfort
	// (labelled self-focus on all 13 training drafts, pressure on 6).
	{cat: CatSelfFocus, guards: gQuote, pattern: `\btell\s+me\s+(?:you\s+don'?t|you\s+dont|u\s+dont|you'?re\s+not|ur\s+not|you\s+aren'?t)\s+(?:hate|angry|mad|cross|furious)|\b(?:need|want)\s+to\s+(?:hear|know)\s+(?:from\s+you\s+)?(?:that\s+)?(?:you|u)\s+(?:don'?t|dont|do\s+not)\s+hate\b`},
	{cat: CatPressure, guards: gQuote, pattern: `\b(?:don'?t|do\s+not)\s+know\s+what\s+i(?:'?d|\s+would|'?ll|\s+will)\s+do\s+(?:if|without)\b`},
	{cat: CatPressure, guards: gQuote, pattern: `\bi\s+can'?t\s+(?:keep|go\s+on)\s+(?:going\s+)?(?:like\s+this|sitting\s+with\s+this|living\s+like\s+this|doing\s+this)\b`},
	{cat: CatPressure, guards: gQuote, pattern: `\bhow\s+(?:much\s+)?(?:longer|long)\s+i\s+can\s+(?:keep|go\s+on|take)\b`},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\b(?:please|pls|plz)\s*,?\s+just\s+(?:talk|answer|reply|respond|call|text|speak|pick\s+up|message|see\s+me)\b`, skip: serviceAsked},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\blet'?s\s+(?:just\s+)?stop\s+(?:this|pretending|the\s+silence|being\s+silly|fighting|all\s+this)\b`},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\b(?:i\s+)?trust\s+we\s+can\s+(?:now\s+)?(?:put|move|draw|leave)\b`},

	// self-focus: the writer's suffering at the centre
	{cat: CatSelfFocus, guards: gQuote | gNeg, pattern: `\bi(?:'?ve|\s+have)\s+(?:been\s+)?(?:crying|cried|sobbing|in\s+tears)\b`},
	{cat: CatSelfFocus, guards: gQuote | gNeg, pattern: `\bi\s+(?:cry|cried)\s+(?:every|all|myself)\b`},
	{cat: CatSelfFocus, guards: gQuote, pattern: `\b(?:haven'?t|have\s+not|not)\s+been\s+able\s+to\s+(?:sleep|eat|stop\s+crying|function)\b`},
	{cat: CatSelfFocus, guards: gQuote, pattern: `\b(?:i'?ve|i\s+have)\s+(?:barely|hardly)\s+(?:slept|eaten)\b`},
	{cat: CatSelfFocus, guards: gQuote, pattern: `\bnot\s+(?:had\s+)?(?:one|a\s+single)\s+(?:good\s+)?night(?:'?s)?\s+(?:of\s+)?sleep\b`},
	{cat: CatSelfFocus, guards: gQuote, pattern: `\bin\s+(?:such\s+)?a\s+(?:dark|bad|terrible|horrible|awful)\s+place\b`, skip: func(d *doc, s, _ int) bool { return writerWas(d, s) }},
	{cat: CatSelfFocus, guards: gQuote | gNeg, pattern: `\b(?:feel|felt|feeling)\s+like\s+(?:the\s+worst|a\s+terrible|an\s+awful|a\s+horrible|such\s+a\s+(?:bad|terrible|failure)|a\s+failure|a\s+monster)\b`},
	{cat: CatSelfFocus, guards: gQuote | gNeg, pattern: `\bworst\s+(?:sister|brother|friend|mother|mum|mom|dad|father|son|daughter|partner|wife|husband|person|human)\s+(?:in\s+the\s+world|ever|alive)\b`},
	{cat: CatSelfFocus, guards: gQuote | gNeg, pattern: `\b(?:i\s+mess\s+everything\s+up|why\s+you\s+(?:even\s+)?put\s+up\s+with\s+me|what'?s\s+wrong\s+with\s+me|i'?m\s+losing\s+it|i\s+keep\s+replaying)\b`},
	{cat: CatSelfFocus, guards: gQuote | gNeg, pattern: `\bi\s+feel\s+sick\b`, weak: true},
	{cat: CatSelfFocus, guards: gQuote | gNeg, pattern: `\b(?:i'?m\s+not\s+sleeping|my\s+life'?s\s+been\s+a\s+(?:bit\s+of\s+a\s+)?mess)\b`, weak: true},

	// minimizing
	{cat: CatMinimizing, guards: gStd | gCond, pattern: `\b(?:it\s+was|it'?s|its|was|that\s+was)\s+(?:(?:only|just|literally)\s+)?(?:one|a\s+single)\s+(?:joke|line|comment|text|remark|drink|time|mistake|word|post|night|typo|dinner|photo|pic|slip|tackle|game|party|mug)\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:something|nothing|a\s+thing)\s+(?:so\s+)?(?:silly|stupid|small|minor|trivial|petty|tiny)\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:was|is|[a-z]+'s)\s+so\s+(?:minor|trivial|small|petty)\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\bno\s+(?:real\s+)?harm\s+done\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `(?:^|[.!?\n,;:-]\s*|\b(?:omg|lol|dude|mate)\s+)((?:it\s+was|it'?s)\s+(?:just\s+|only\s+)?a\s+joke)\b`, group: 1},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:not|isn'?t|wasn'?t)\s+that\s+deep\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\b\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*,\s+not\s+\d`},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:a|the)\s+(?:little|small|tiny|silly)\s+(?:joke|comment|remark|dig|slip|mistake|typo)\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:much\s+)?bigger\s+(?:thing|deal)\s+than\s+it\s+(?:was|is|needs\s+to\s+be)\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:everyone|everybody)\s+(?:still\s+)?had\s+a\s+(?:good|great)\s+(?:night|time)\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\bi\s+(?:barely|hardly)\s+(?:said|did|touched|raised|mentioned)\b`},

	// invalidating
	{cat: CatInvalidating, guards: gStd, pattern: `\b(?:read(?:ing)?\s+(?:too\s+much|a\s+lot|way\s+too\s+much|so\s+much)\s+into|don'?t\s+read\s+into)\b`},
	{cat: CatInvalidating, guards: gStd, pattern: `\btake\s+(?:it|this|that|things|everything)\s+(?:so\s+|too\s+)personally\b`},
	{cat: CatInvalidating, guards: gStd, pattern: `\b(?:need|needs|have)\s+to\s+(?:chill|relax|calm\s+down|get\s+a\s+grip|lighten\s+up|get\s+over\s+(?:it|yourself))\b`},
	{cat: CatInvalidating, guards: gStd, pattern: `\bturn\s+every\s+(?:small|little|tiny)\s+thing\s+into\b`},
	{cat: CatInvalidating, guards: gStd, pattern: `\b(?:act|acting)\s+like\s+(?:you'?re|you\s+are)\s+the\s+victim\b`},

	// vague objects
	{cat: CatVague, guards: gStd, pattern: `\b(?:sorry|apologi[sz]e|apologies|regret)\s+(?:for\s+|about\s+)?(?:how|the\s+way)\s+(?:it\s+all|things|everything|it|last\s+night|[a-z]+day|the\s+[a-z]+|we)\s+(?:went|ended|turned\s+out|happened|played\s+out|got|unfolded|panned\s+out|went\s+down|ended\s+up)\b`, noAct: true},
	{cat: CatVague, guards: gStd, pattern: `\b(?:ended|went|turned\s+out)\s+the\s+way\s+(?:it|they)\s+did\b`, noAct: true},
	{cat: CatVague, guards: gStd, pattern: `\bwhatever\s+(?:it\s+(?:was|is)\s+)?(?:that\s+)?i\s+(?:did|said|did\s+wrong)\b`},

	// passive, agentless
	{cat: CatPassive, guards: gStd, pattern: `\b(?:inconvenience|hurt|harm|offen[cs]e|upset|distress|confusion|damage|disruption|trouble)\s+(?:(?:it|this|that)\s+(?:may\s+have\s+|might\s+have\s+)?)?caused\b`},
	{cat: CatPassive, guards: gStd | gWriter, pattern: `\b(?:doc|document|documents|report|draft|email|file|files|handover|notes|deck|invoice|slides|numbers|figures|brief|instructions)\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:ready|clear|done|sent|finished|there|updated|delivered|checked)\b`},
	{cat: CatPassive, guards: gStd, pattern: `\b(?:the|a|my|our)\s+(?:draft|email|message|report|file|doc|document|invoice|post|photo|picture|text)\s+(?:went|got|was)\s+(?:out|sent|posted|shared|forwarded|leaked|deleted|to\s+the\s+[a-z]+)\b`},
	{cat: CatPassive, kinds: kApology, guards: gStd | gRel | gState, pattern: `\b(?:it|this|that|things|everything|stuff)\s+(?:just\s+|kind\s+of\s+|sort\s+of\s+|kinda\s+)?got\s+(?:a\s+bit\s+)?(?:weird|awkward|ugly|tense|complicated|intense|out\s+of\s+control|too\s+much)\b`},
	// In a reach-out the same event is passive only when it is what the
	// writer is sorry for ("sorry (if) things got awkward", four of the five
	// such labelled reach-outs); "I know things got awkward" is a fair way
	// to open, and "... after I yelled at you" names the writer's act.
	{cat: CatPassive, kinds: kReachOut, guards: gStd, pattern: `\b(?:sorry|apologies)\s+(?:that\s+|if\s+|(?:about|for)\s+how\s+)?(?:it|things|everything|stuff)\s+(?:just\s+|really\s+)?got\s+(?:a\s+bit\s+|so\s+|really\s+)?(?:weird|awkward|ugly|tense|complicated|intense|out\s+of\s+control|too\s+much)\b`, skip: agentAfter},

	// intent ahead of impact
	{cat: CatIntent, guards: gQuote, pattern: `\bi\s+(?:was|'?m|am)\s+(?:only\s+|just\s+)?trying\s+to\s+(?:help|flag|make|be|do|protect|keep|get|look\s+out|point|save|stop)\b`},
	{cat: CatIntent, guards: gQuote, pattern: `\bi\s+only\s+(?:ever\s+)?want(?:ed)?\s+(?:what'?s\s+best|the\s+best|to\s+help)\b`},

	// justification
	{cat: CatJustification, guards: gStd, pattern: `\b(?:was|is|were)\s+the\s+right\s+(?:call|thing(?:\s+to\s+do)?|decision|move|choice)\b`},
	{cat: CatJustification, guards: gStd, pattern: `\bi\s+would\s+(?:make|take)\s+the\s+same\s+(?:decision|call|choice)\b`},
	{cat: CatJustification, guards: gStd, pattern: `\b(?:we|i)\s+deserve\s+a\s+say\b`},
	{cat: CatJustification, guards: gStd, pattern: `\b(?:understand|see|look\s+at|consider)\s+(?:the\s+)?context\b`},
	{cat: CatJustification, guards: gQuote, pattern: `\b(?:don'?t|do\s+not)\s+think\s+i\s+was\s+wrong\b`},

	// contempt and resentment
	{cat: CatContempt, guards: gQuote | gReport, pattern: `\b(?:your|her|his)\s+(?:majesty|highness|royal\s+highness|lordship|ladyship)\b`},
	{cat: CatContempt, guards: gQuote | gReport, pattern: `\b(?:i\s+trust\s+this\s+(?:meets|satisfies)\s+your|apparently\s+too\s+(?:busy|important|good)|oh\s+look\s+who'?s)\b`},
	{cat: CatResentful, guards: gQuote, pattern: `\b(?:formally\s+apologi[sz]ing|per\s+your\s+request)\b`},
	{cat: CatResentful, guards: gQuote, pattern: `\bsorry\s+(?:if\s+)?not\s+sorry\b`},
	{cat: CatResentful, guards: gQuote, pattern: `(?:^|[.!?\n]\s*)(well,?\s+` + im + `\s+sorry)\b`, group: 1},
	{cat: CatResentful, guards: gQuote, pattern: `\bsorry,?\s+i\s+guess\b`},

	// misunderstanding
	{cat: CatMisunderstanding, guards: gStd, pattern: `\b(?:were|was|got)\s+(?:read|taken|heard|interpreted|seen)\s+as\b`},
	{cat: CatMisunderstanding, guards: gStd, pattern: `\bsorry\s+(?:that\s+)?(?:the|my)\s+[a-z]+\s+came\s+across\s+as\b`},
	{cat: CatMisunderstanding, guards: gStd, pattern: `\b(?:you|u)\s+(?:heard|read|took|take)\s+my\s+[a-z]+\s+(?:wrong|the\s+wrong\s+way|out\s+of\s+context|too\s+literally|personally)\b`},

	// presuming
	{cat: CatPresuming, guards: gStd, pattern: `\bi\s+know\s+(?:you|u)(?:'?re|\s+are|'?ve\s+been|\s+have\s+been)?\s+(?:still\s+|really\s+|secretly\s+)?(?:miss\s+me|care|still\s+care|love\s+me|thinking\s+about\s+me|not\s+really\s+angry|want\s+(?:this|to)|missing\s+me)\b`},
	{cat: CatPresuming, guards: gStd, pattern: `\bi\s+know\s+(?:you|u)\s+(?:still\s+)?(?:miss|care|love)\b`},

	// demands
	{cat: CatDemand, guards: gStd, pattern: `\b(?:you|u)\s+(?:need\s+to|have\s+to|must)\s+(?:be\s+there|look\s+at|grow\s+up|step\s+up|sort|deal|pick\s+up|show\s+up|come\s+(?:home|back|round))\b`},
	{cat: CatDemand, guards: gStd, pattern: `(?:^|[.!?\n]\s*)((?:now\s+|just\s+)(?:give|hand|send|bring|pay|reply|respond|call|text|pick\s+up)(?:\s+me)?)\b`, group: 1},
	{cat: CatDemand, guards: gStd, pattern: `\b(?:this\s+is\s+not|this\s+isn'?t|it'?s\s+not|not)\s+optional\b`},
	{cat: CatDemand, guards: gStd, pattern: `\bwe\s+need\s+to\s+(?:address|discuss|sort\s+out|have\s+(?:a|this)\s+(?:talk|conversation|chat))\b`},

	// deadlines
	{cat: CatDeadline, guards: gQuote, pattern: `\bif\s+(?:you|u)\s+(?:don'?t|do\s+not|haven'?t)\s+(?:reply|respond|answer|call|text|write|get\s+back)\b` + gap + `{0,20}?\b(?:by|before|within|in\s+the\s+next|till|until)\b`},
	{cat: CatDeadline, guards: gQuote | gNeg | gWriter, pattern: `\b(?:call|text|ring|reply\s+to|answer|message)\s+(?:us|him|her)\s+(?:by|before)\s+[a-z0-9]+\b`},
	{cat: CatDeadline, guards: gQuote | gNeg, pattern: `\bby\s+(?:the\s+end\s+of\s+(?:the\s+)?(?:day|week|month)|close\s+of\s+(?:play|business))\b`, skip: writerPromises},

	// empty promises, announced apologies, identity, conditional, hedged, deflection
	{cat: CatEmptyPromise, guards: gQuote, pattern: `\b(?:will\s+never|won'?t\s+ever)\s*,?\s+ever\s*,?\s+happen\s+again\b`},
	{cat: CatEmptyPromise, guards: gQuote, pattern: `\bi\s+promise\s+(?:` + ill + `|i'?m\s+going\s+to|i'?m\s+gonna)\s+(?:try\s+to\s+)?(?:change|do\s+better|be\s+better)\b`},
	{cat: CatEmptyPromise, guards: gQuote, pattern: `\b` + ill + `\s+change\s*,?\s*(?:i\s+promise|promise|i\s+swear|honestly)\b`},
	{cat: CatAnnounced, guards: gNeg | gQuote, pattern: `\bi(?:'?ve\s+been|\s+have\s+been)\s+(?:meaning|wanting|trying|hoping)\s+to\s+(?:apologi[sz]e|say\s+sorry)\b`},
	{cat: CatAnnounced, guards: gNeg | gQuote, pattern: `\bi\s+(?:wanted|want|wish|wished|hoped|hope)\s+to\s+reach\s+out\s+(?:and|to)\s+(?:apologi[sz]e|say\s+sorry)\b`},
	// The same with words between ("I just want to apologise", "I want to
	// take this opportunity to formally apologise", "I wanted to write and
	// apologise", "I'd like to offer an apology", "I'm reaching out to
	// apologise"), with no "I" at a sentence's start ("Wanted to apologise
	// for ..."), and "I feel I owe you all an apology"; not one owed to
	// someone else or asked about (announcedNotHere).
	{cat: CatAnnounced, guards: gNeg | gQuote, pattern: `\bi(?:(?:'d|\s+would)(?:\s+(?:just|really|truly|genuinely|sincerely|also))*\s+like|(?:\s+(?:just|really|truly|genuinely|sincerely|also))*\s+(?:want(?:ed)?|need|wish(?:ed)?))\s+to\s+(?:(?:write(?:\s+to\s+you)?|call(?:\s+you)?|ring(?:\s+you)?|come\s+over|reach\s+out|get\s+in\s+touch|message\s+you|text\s+you|drop\s+you\s+a\s+line)\s+(?:and|to)\s+|take\s+(?:this|the)\s+(?:opportunity|chance)\s+to\s+|(?:formally|properly|sincerely|genuinely|personally|just|really|also)\s+)*(?:apologi[sz]e|say\s+(?:i'?m\s+)?sorry|offer\s+(?:you\s+)?(?:an?|my)\s+(?:sincere\s+|formal\s+|proper\s+|heartfelt\s+|full\s+)?apolog(?:y|ies))\b|\bi(?:'?m|\s+am)\s+(?:reaching\s+out|getting\s+in\s+touch|messaging\s+you|texting\s+you)\s+(?:to|and)\s+apologi[sz]e\b`, skip: announcedNotHere},
	{cat: CatAnnounced, guards: gNeg | gQuote, pattern: `(?:^|[.!?\n]\s*)((?:just\s+|really\s+)?(?:wanted|want|need|would\s+like|'d\s+like)\s+to\s+(?:properly\s+|formally\s+|just\s+)?(?:apologi[sz]e|say\s+sorry))\b`, group: 1, skip: announcedNotHere},
	{cat: CatAnnounced, guards: gNeg | gQuote, pattern: `\bi\s+(?:feel|think|know|reckon)\s+(?:like\s+)?i\s+owe\s+(?:you|u)(?:\s+(?:all|both|guys))?\s+(?:an?\s+|my\s+)?(?:big\s+|proper\s+|huge\s+|real\s+)?apology\b|\bi\s+owe\s+(?:you|u)\s+(?:all|both|guys)\s+(?:an?\s+)?(?:big\s+|proper\s+|huge\s+|real\s+)?apology\b`},
	{cat: CatIdentity, guards: gQuote | gReport, pattern: `\b(?:that|this|it)(?:'s|\s+is|\s+was)\s+(?:honestly|really|just|simply|genuinely)\s+not\s+(?:who\s+i\s+am|me|like\s+me)\b`},
	{cat: CatIdentity, guards: gQuote | gReport, pattern: `(?:,|\band)\s+(you\s+know\s+me)\s*(?:[.!]|$)`, group: 1},
	{cat: CatIdentity, guards: gQuote | gReport, pattern: `\b(?:anyone|anybody|everyone)\s+who\s+knows\s+me\s+knows\b`},
	{cat: CatConditional, guards: gQuote, pattern: `\bif\s+so\s*,?\s+(?:(?:` + im + `\s+)?(?:sorry|apologi[sz]e|apologies)|my\s+bad|forgive\s+me|my\s+apologies)\b`},
	{cat: CatHedged, guards: gStd, pattern: `\b(?:may|might|could)(?:'ve|\s+have)\s+been\s+(?:a\s+(?:bit|little|tad)\s+|too\s+|somewhat\s+|slightly\s+)?(?:much|short|sharp|blunt|snappy|off|harsh|rude|mean|hurtful|insensitive|unfair|wrong|out\s+of\s+line|careless)\b`},
	{cat: CatHedged, guards: gStd, pattern: `\b(?:perhaps|maybe|possibly)\s+i\s+(?:was|went|came\s+on)\s+(?:a\s+(?:bit|little)\s+|too\s+|slightly\s+)?(?:blunt|harsh|strong|much|far|short|sharp)\b`},
	{cat: CatDeflection, guards: gQuote | gNeg, pattern: `\bsorry\s+(?:that\s+)?(?:you|u)\s+(?:took|take|read|heard)\s+(?:my\s+[a-z]+|what\s+i\s+said|it|that)\s+(?:the\s+wrong\s+way|wrong|badly|personally|so\s+hard)\b`},
	{cat: CatDeflection, guards: gQuote | gNeg, pattern: `\b(?:people|you|they)\s+(?:are|were)\s+making\s+(?:this|it)\s+into\b`},

	// threats: a consequence clause after an "if you ..." condition
	{cat: CatThreat, guards: gQuote, pattern: `\bif\s+(?:you|u|i\s+don'?t\s+hear)\b` + gap + `{0,70}?(?:,\s*|\s+then\s+|\s+)(?:i'?m\s+(?:coming\s+over|deleting|blocking|telling|taking|cutting|reporting|posting|sending|changing\s+the|cancelling|pulling|selling|going\s+to\s+(?:tell|report|post|block|delete|cut|call\s+the|involve))|you\s+(?:won'?t|will\s+not|'?ll\s+never)\s+(?:be\s+seeing|see|get\s+to\s+see|hear\s+from|be\s+welcome|be\s+invited)|your\s+[a-z]+(?:'?s|\s+is|\s+will\s+be)\s+gone)\b`, skip: theirChoiceIf},
	// more shapes of the same families
	{cat: CatBlame, guards: gStd, pattern: `\b(?:push(?:ing|ed)?|press(?:ing|ed)?)\s+my\s+buttons\b`},
	{cat: CatBlame, guards: gStd, pattern: `\bi\s+wouldn'?t\s+have\b` + gap + `{0,50}?\bif\s+(?:you|u)\b`},
	{cat: CatBlame, guards: gStd, pattern: `\bif\s+(?:you|u)\b` + gap + `{0,50}?\bi\s+wouldn'?t\s+have\b`},
	{cat: CatJustification, guards: gStd, pattern: `\bin\s+(?:all\s+)?fairness\b`},
	{cat: CatPassive, guards: gStd, pattern: `\b(?:remarks|comments|things|words|jokes|decisions|changes|errors)\s+(?:that\s+were\s+)?made\s+(?:during|at|in|on|by|about|last)\b`},
	{cat: CatPassive, guards: gStd, pattern: `\bit\s+has\s+come\s+to\s+my\s+attention\b`},
	{cat: CatIntent, guards: gQuote, pattern: `\b(?:was|is)\s+never\s+(?:the|my)\s+(?:intention|intent|aim|plan|goal)\b`},
	{cat: CatPresuming, guards: gStd, pattern: `\bi\s+know\s+(?:you'?re|you\s+are)\s+(?:reading|seeing|getting|ignoring)\b`},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\byou\s+owe\s+(?:her|him|them|us|your\s+[a-z]+|mum|mom|dad)\b`},
	{cat: CatPressure, guards: gQuote, pattern: `\b(?:gonna|going\s+to|just)\s+ignore\s+me\s+forever\b`},
	{cat: CatPressure, guards: gQuote, pattern: `\b(?:please|pls|plz)\s+(?:don'?t|do\s+not)\s+be\s+(?:mad|angry|upset|cross)\b`},
	{cat: CatContempt, guards: gQuote | gReport, pattern: `\b(?:real(?:ly)?|very|so)\s+mature\b|\bhow\s+mature\b|\bwell\s+done\s+you\b`},
	{cat: CatDeadline, guards: gQuote | gNeg, pattern: `\b(?:confirm|reply|respond|answer|decide)\b` + gap + `{0,25}?\bby\s+(?:tonight|tomorrow|the\s+end\s+of|` + days + `|noon|\d)`, skip: func(d *doc, s, e int) bool { return someoneElseActs(d, s, e) || writerWillAct(d, s, e) }},
	{cat: CatDeflection, guards: gQuote | gNeg, pattern: `\bsorry\s+(?:that\s+|if\s+)?(?:you|u)\s+(?:think|thought|believe|feel\s+like|felt\s+like)\b`},
	{cat: CatJustification, guards: gStd, pattern: `\bi\s+was\s+(?:just\s+|only\s+)?being\s+(?:myself|me)\b`},
	{cat: CatBlame, guards: gStd, pattern: `\b(?:he|she|they)\s+started\s+(?:it|this|that|the\s+[a-z]+)\b`},
	{cat: CatCondition, guards: gQuote, pattern: `\b` + ill + `\b` + gap + `{0,40}?\bbut\s+(?:you|u)\s+(?:have|need|'ve\s+got|got)\s+to\b`},
	{cat: CatResentful, guards: gQuote, pattern: `\bsaid\s+sorry\s+(?:[a-z]+\s+){0,3}?(?:already|times|twice|again)\b`},
	{cat: CatResentful, guards: gQuote | gNeg, pattern: `\b(?:tired|sick)\s+of\s+(?:being\s+the\s+one|always|having\s+to|chasing|making\s+(?:all\s+)?the\s+effort)\b`},
	{cat: CatCriticism, guards: gStd, pattern: `\b(?:i'?m|i\s+am)\s+(?:always\s+)?the\s+one\s+who\s+(?:always\s+)?(?:reaches\s+out|has\s+to|makes\s+(?:all\s+)?the\s+effort|calls|texts|apologi[sz]es)\b`},
	{cat: CatExcuse, guards: gStd, pattern: `\bi\s+(?:honestly\s+|genuinely\s+|really\s+|just\s+)?(?:thought|assumed|figured)\s+(?:she|he|you|they|it|that)\s+(?:already\s+)?(?:knew|would\s+be\s+(?:fine|ok|okay)|was\s+(?:fine|ok|okay)|didn'?t\s+mind|wouldn'?t\s+mind)\b`, skip: excuseDisowned},
	{cat: CatJustification, guards: gStd, pattern: `\b(?:understand|see)\s+why\s+i\s+(?:had\s+to|did\s+(?:it|that|what\s+i\s+did)|needed\s+to|made\s+(?:that|the)\s+(?:choice|decision))\b`},
	{cat: CatPressure, guards: gQuote, pattern: `\b(?:i\s+(?:can'?t|cannot)\s+wait\s+(?:any\s+longer|forever|much\s+longer)|need\s+to\s+know\s+where\s+(?:we|i)\s+stand)\b`},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\bbut\s+it'?s\s+been\s+(?:[a-z0-9]+\s+){1,3}now\b`},
	// fifth probe batch: more shapes of the same families
	{cat: CatExcuse, guards: gStd, pattern: `\bmy\s+mind\s+(?:was|'?s\s+been|has\s+been)\s+(?:all\s+over\s+the\s+place|elsewhere|a\s+mess|somewhere\s+else)\b`, skip: excuseDisowned},
	{cat: CatExcuse, guards: gStd, pattern: `\b(?:put|puts|putting|had|left)\s+(?:everyone|us|me|the\s+(?:team|whole\s+team))\s+under\s+(?:a\s+lot\s+of\s+|so\s+much\s+)?(?:strain|pressure|stress)\b`, skip: excuseDisowned},
	{cat: CatExcuse, guards: gStd, pattern: `\b(?:i\s+was|i'?m|i\s+am|i'?ve\s+been|i\s+have\s+been|been)\s+` + excuseIntens + `(?:depressed|anxious|grieving)\b`, skip: excuseDisowned},
	{cat: CatBlame, guards: gStd, pattern: `\b(?:he|she|they|you|u)\s+(?:was|were|kept|had\s+been)\s+(?:winding\s+me\s+up|provoking\s+me|asking\s+for\s+it|needling\s+me|goading\s+me)\b`},
	{cat: CatPressure, guards: gQuote, pattern: `\btell\s+me\s+(?:we'?re|we\s+are|you'?re|you\s+are)\s+(?:ok|okay|good|fine|not\s+angry|not\s+mad|still\s+(?:my|friends))\b`},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\bi\s+need\s+(?:you|u)\s+(?:right\s+now|now|so\s+much|back|to\s+(?:forgive|say|tell|come\s+back))\b`},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\byou'?ve\s+made\s+your\s+point\b`},
	{cat: CatSelfFocus, guards: gQuote | gNeg, pattern: `\b(?:i\s+can'?t\s+lose\s+(?:you|u)|(?:barely|hardly|can'?t)\s+(?:get|got)\s+out\s+of\s+bed)\b`},
	{cat: CatCriticism, guards: gStd, pattern: `\bstop\s+being\s+(?:so\s+)?(?:childish|ridiculous|silly|dramatic|petty|immature|stubborn|difficult)\b`},
	{cat: CatCounter, guards: gStd, pattern: `\b(?:you|u)\s+(?:never|don'?t|didn'?t|haven'?t|aren'?t|weren'?t|hardly\s+ever)\b` + gap + `{0,40}?\beither\b`, skip: func(d *doc, s, e int) bool {
		// "if you don't believe me anymore, I wouldn't either": the writer
		// sides with them; it trades no charge
		return reAgreeEither().MatchString(d.norm[s:e])
	}},
	{cat: CatPassive, guards: gStd | gWriter, pattern: `\b(?:invoice|email|message|report|file|document|payment|order|form|letter|request|booking|cheque|package|parcel|refund)s?\s+(?:was|were|has\s+been|had\s+been)\s+(?:issued|sent|lost|misplaced|overlooked|missed|deleted|cancell?ed|delayed|mislaid|ignored|processed)\b`},
	{cat: CatJustification, guards: gStd, pattern: `\b(?:didn'?t|did\s+not|couldn'?t)\s+see\s+the\s+harm\b|\bin\s+my\s+head\s+it\s+was\b`, skip: disowned},
	{cat: CatInvalidating, guards: gStd, pattern: `\b(?:nobody|no\s+one)\s+(?:else\s+)?(?:makes|made|would\s+make)\s+(?:a|such\s+a)\s+(?:fuss|big\s+deal|scene|drama)\b`},
	{cat: CatUniversalExcuse, guards: gStd, pattern: `\b(?:everyone|everybody)\s+(?:else\s+)?(?:seems\s+to\s+)?(?:forgets?|does|makes|messes|slips)\b` + gap + `{0,20}?\btoo\b`},
	{cat: CatDeflection, guards: gQuote | gNeg, pattern: `\bsorry\s+(?:that\s+)?you\s+(?:had|have)\s+to\s+(?:find\s+out|hear|learn|see|deal\s+with)\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:wasn'?t|was\s+not|isn'?t|not)\s+(?:ideal|great|the\s+best|my\s+finest\s+hour)\s*[.!]`},
	// reach-out probes: more shapes of the same families
	{cat: CatDemand, guards: gStd, pattern: `(?:^|[.!?\n]\s*)((?:meet|ring|call|phone|text)\s+(?:me|us|her|him|them)|come\s+(?:home|over|round|back))\b`, group: 1, skip: func(d *doc, s, _ int) bool {
		a, b := d.sentence(s)
		return reWhenIf().MatchString(d.norm[a:b])
	}},
	{cat: CatDeadline, guards: gQuote | gNeg | gWriter, pattern: `\b(?:ring|call|phone|text|message)\s+(?:her|him|them|us)\s+(?:today|tonight|now|asap|right\s+away|this\s+(?:week|weekend))\b`},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\bhow\s+(?:can|could)\s+(?:you|u)\s+(?:do\s+this|treat\s+(?:her|him|me|us))\b`},
	{cat: CatPressure, guards: gQuote, pattern: `\b(?:heartbroken|devastated|crying|in\s+tears|beside\s+(?:herself|himself))\s+(?:that\s+|because\s+)?(?:you|u)\s+(?:haven'?t|won'?t|don'?t|didn'?t|never|aren'?t)\b`},
	{cat: CatThreat, guards: gQuote, pattern: `\b(?:i'?m|i\s+am)\s+not\s+going\s+to\s+(?:chase|wait\s+(?:around|forever)|keep\s+(?:trying|asking|chasing))\b`},
	{cat: CatResentful, guards: gQuote, pattern: `(?:^|[.!?\n]\s*)(otherwise,?\s+fine|fine\s+then|suit\s+yourself|your\s+loss)\b`, group: 1},
	{cat: CatPresuming, guards: gStd, pattern: `\bi\s+know\s+(?:you|u)\s+still\s+(?:love|want|miss|need)\b|\bwe'?re\s+meant\s+to\s+be\b`},

	// ---- families by their general forms (lexicon.go) ----

	// minimizing: a diminisher on the act ("only the one call", "just a
	// passing thing"), on the writer's doing ("I only drove it to the
	// shops"), on a count ("only ten minutes"), or on the effect ("not
	// the end of the world", "at least nobody noticed", "could have been
	// worse", "it's not like I ...").
	{cat: CatMinimizing, guards: gStd | gCond, pattern: `\b(?:it|that|this|which|they|those|these|mine|the\s+[a-z]+)(?:'s|\s+(?:was|is|were|are))\s+` + lexDiminisher + `\s+(?:(?:a|an|one|the\s+one|some|two|a\s+few|a\s+couple(?:\s+of)?|a\s+bit\s+of|a\s+little|half\s+an?)\s+[a-z]+|` + lexBareTrifle + `\b)`, skip: func(d *doc, s, e int) bool {
		return reNotSmall().MatchString(d.norm[s:e]+d.after(e, 24)) || seemsSmall(d, s, e)
	}},
	{cat: CatMinimizing, guards: gStd, pattern: `(?:^|[.!?\n,;:-]\s*|\b(?:lol|omg|honestly|mate|dude|come\s+on)\s+)((?:was|it\s+was|it'?s)\s+` + lexDiminisher + `\s+(?:a|an|one|some)\s+[a-z]+)`, group: 1, skip: func(d *doc, s, e int) bool { return reNotSmall().MatchString(d.norm[s:e] + d.after(e, 24)) }},
	{cat: CatMinimizing, guards: gStd, pattern: `\bi\s+(?:only|merely|barely|hardly|scarcely|literally\s+only|literally\s+just|just\s+barely|only\s+ever)\s+[a-z]+`, skip: func(d *doc, s, e int) bool { return !diminishedAct(d, s, e) }},
	{cat: CatMinimizing, guards: gStd | gCond, pattern: `\b(?:only|just|merely|barely)\s+` + lexSmallCount + `\s+(?:(?:little|small|tiny|short|quick|silly)\s+)?` + lexCountUnit + `\b`, skip: func(d *doc, s, e int) bool {
		return inQuestion(d, s, e) || apologisedFor(d, s) || reNotSmall().MatchString(d.after(e, 16))
	}},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:only|just|merely|barely)\s+(?:[£$€]\s?\d+|\d+\s*(?:quid|bucks|p|pence|cents))`},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:a|the|one|such\s+a|this|that|so)\s+(?:really\s+|very\s+|tiny\s+|little\s+)?` + lexSmallAdj + `\s+` + lexSmallThing + `\b`, skip: func(d *doc, s, e int) bool { return seemsSmall(d, s, e) || apologisedFor(d, s) }},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:(?:it|this|that)(?:'s|\s+is|\s+was|\s+isn'?t|\s+wasn'?t)\s+)?not\s+(?:exactly\s+|really\s+|quite\s+)?(?:the\s+end\s+of\s+the\s+world|a\s+(?:crime|disaster|tragedy|catastrophe|federal\s+case|hanging\s+offen[cs]e)|(?:a\s+)?(?:matter\s+of\s+)?life\s+(?:or|and)\s+death|that\s+(?:big|huge|serious)\s+(?:a|of\s+a)\s+(?:deal|thing)|like\s+(?:anyone|anybody|someone)\s+(?:died|got\s+hurt))\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:it|that|this)\s+(?:hardly|barely|doesn'?t|didn'?t|does\s+not|did\s+not)\s+(?:really\s+|even\s+)?matters?(?:ed)?\b`, skip: func(d *doc, s, e int) bool {
		// "It was a nervous laugh, but that doesn't matter": the reason is
		// waved away, not the hurt.
		return reAfterMatters().MatchString(d.after(e, 24)) || reButEnd().MatchString(d.norm[max(0, s-8):s])
	}},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:could|might)(?:'ve|\s+have)\s+been\s+(?:a\s+lot\s+|much\s+|way\s+|far\s+|so\s+much\s+)?worse\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\bat\s+least\s+(?:(?:no\s+one|nobody|no-one)\b|i\s+(?:didn'?t|wasn'?t|never|did\s+not|was\s+not|haven'?t|only|just)|it\s+(?:wasn'?t|didn'?t|was\s+only|was\s+just|'s\s+not|isn'?t|only|got|was\s+(?:over|quick|short|fixed|sorted))|(?:you|they|we|she|he)\s+(?:still|didn'?t|weren'?t|got|had|were\s+(?:fine|okay|ok)))`},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:no\s+(?:real\s+)?(?:damage|harm)\s+(?:was\s+)?(?:done|caused)|nothing\s+(?:bad|terrible|serious|awful)\s+(?:happened|came\s+of\s+it)|(?:nobody|no\s+one|no-one)\s+(?:else\s+)?(?:even\s+|really\s+)?(?:noticed|cared|minded|got\s+hurt|was\s+hurt|made\s+anything\s+of\s+it|saw))\b`, skip: butOwnedLater},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:it|everything|things)\s+(?:all\s+)?(?:turned\s+out|worked\s+out|ended\s+up|was)\s+(?:fine|okay|ok|alright|all\s+right)\s+in\s+the\s+end\b|\b(?:it|everything)\s+all\s+worked\s+out\b`, skip: hoped},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:it'?s|it\s+is|it\s+was|it\s+wasn'?t|it'?s\s+not|it\s+isn'?t|it\s+was\s+not|it\s+is\s+not|not)\s+(?:like|as\s+if|as\s+though)\s+i\s+(?:had\s+|'?d\s+|have\s+|'?ve\s+)?(?:[a-z]+ed|did|said|hit|stole|lied|cheated|forgot|broke|told|meant|killed|left|missed|ruined|was|ran|went|slept)\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:it|that)(?:'s|\s+was|\s+is)\s+(?:really\s+|honestly\s+)?nothing\s*(?:[.,!;]|$|\breally\b|\bserious\b|\bmajor\b|\bpersonal\b|\bat\s+all\b|\bto\s+(?:get|be)\b)`},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:barely|hardly|scarcely)\s+(?:a\s+(?:scratch|dent|mark|minute|second|word|thing|mention)|any\s+(?:time|money|damage|difference|harm|mess|noise)|noticeable|visible|matters?|mattered|late|touched|a\s+big\s+deal|worth\s+mentioning)\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:was|were|it'?s|(?:just|only|merely))\s+(?:a\s+(?:bit\s+of\s+(?:a\s+)?)?(?:laugh|banter|fun|a\s+joke|joke|a\s+giggle|craic))\s*(?:[.,!;]|$|\blol\b|\bhaha\b|\bthat'?s\s+all\b)`, skip: func(d *doc, s, _ int) bool { return apologisedFor(d, s) }},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:worse\s+things\s+happen|it'?s\s+only\s+money|it'?s\s+just\s+(?:a\s+)?(?:stuff|things?|money)|these\s+things\s+blow\s+over|people\s+say\s+worse)\b`},

	// contempt: sarcastic titles and mock apologies, scare quotes,
	// sarcasm markers, eye-rolls.
	{cat: CatContempt, guards: gQuote | gReport, pattern: `\b(?:mr\.?|mister|miss|ms\.?|little\s+miss|saint)\s+(?:perfect|right|know[\s-]it[\s-]all|important|sensitive|high\s+and\s+mighty|never[\s-]wrong|always[\s-]right|innocent|busy)\b|\byour\s+(?:majesty|highness|royal\s+highness|lordship|ladyship|holiness|grace)\b|(?:,|^|[.!?]\s*)\s*(genius|einstein|sherlock|snowflake|sweetie\s+pie)\s*(?:[.!?,]|$)`},
	{cat: CatContempt, guards: gQuote | gReport, pattern: `\bsorry\b` + gap + `{0,40}?\b(?:existing|my\s+existence|breathing|being\s+alive|having\s+(?:an?\s+)?(?:opinion|life|feelings|thoughts|needs|a\s+voice)|not\s+being\s+(?:perfect|a\s+saint|a\s+mind[\s-]?reader|psychic|you)|(?:i'?m|i\s+am)\s+not\s+(?:a\s+)?(?:mind[\s-]?reader|psychic|perfect)|inconvenienc(?:e|es|ed|ing)\s+you\s+so)\b`},
	{cat: CatContempt, guards: gQuote | gReport, pattern: `\byour\s+(?:precious|perfect\s+little|precious\s+little|oh\s+so\s+(?:busy|important|perfect|precious|delicate|sensitive)|delicate\s+little|fragile\s+little)\b`},
	{cat: CatContempt, guards: gReport, pattern: `\b(?:your|so|the|my|this|that|his|her|their|such|a|an|being|feeling|so-called|our)\s+("[a-z][a-z' -]{1,24}")`, group: 1},
	{cat: CatContempt, guards: gQuote | gReport, pattern: `\bso[\s-]called\b`, skip: func(d *doc, s, _ int) bool {
		// "my so-called jokes": scorn for the writer's own, not for the reader
		ws := d.wordsBefore(s, 1)
		return len(ws) == 1 && (ws[0] == "my" || ws[0] == "our")
	}},
	{cat: CatContempt, guards: gQuote | gReport | gNeg, pattern: `\b(?:must\s+be\s+nice|how\s+nice\s+for\s+you|(?:well|oh)\s+done\s+you|congrat(?:s|ulations)\s+on\s+being|alert\s+the\s+(?:media|press)|stop\s+the\s+press(?:es)?|call\s+the\s+police|what\s+a\s+crime|shock(?:ing)?\s*,?\s+i\s+know|shock\s+horror|surprise\s*,?\s+surprise|big\s+surprise|colou?r\s+me\s+(?:shocked|surprised)|yeah\s+right|sure\s*,?\s+whatever|thanks\s+for\s+nothing|cool\s+story|slow\s+clap|bravo|heaven\s+forbid|god\s+forbid|how\s+dare\s+i|silly\s+me|my\s+mistake\s+for\s+(?:thinking|assuming|caring|expecting|trusting)|(?:excuse|forgive|pardon)\s+me\s+for\s+(?:caring|living|breathing|existing|having|thinking|trying|wanting|expecting)|if\s+you\s+say\s+so|whatever\s+you\s+say|oh\s+(?:wait|please|great|joy|goody|right)\b|newsflash|news\s+flash|boo\s+hoo|poor\s+little)`},
	{cat: CatContempt, guards: gQuote | gReport, pattern: `\b(?:nice|good|kind|big)\s+of\s+you\s+to\s+(?:remember|show|finally|grace|bother|reply|notice|turn\s+up|drop\s+by|get\s+in\s+touch)\b|\b(?:look|guess)\s+who(?:'?s|\s+is|\s+has|\s+decided|\s+finally|\s+remembered|\s+crawled|\s+came|\s+found)\b|\bfinally\s+(?:decided|remembered|deigned|bothered|found\s+(?:a|the|some)\s+(?:minute|moment|time))\b|\bdeign(?:ed|s)?\s+to\b|\bgraced?\s+(?:us|me)\s+with\b`},
	{cat: CatContempt, guards: gQuote | gReport, pattern: `\b(?:too|so)\s+(?:good|important|busy|grand|cool|fancy|posh|high\s+and\s+mighty)\s+for\s+(?:us|me|the\s+likes|your\s+old|people\s+like)\b|(?:\bnot|n't)\s+good\s+enough\s+(?:for\s+you\s+)?any\s?more\b|\bapparently\s+(?:i'?m|you'?re|we'?re|i\s+am|you\s+are|too|i\s+(?:owe|have|need|should|can'?t|don'?t))\b|\bhope\s+you(?:'?re|\s+are)\s+(?:happy|proud|satisfied)\b`},
	{cat: CatContempt, guards: gQuote, pattern: `\*\s*(?:eye\s*-?\s*roll|rolls?\s+(?:my\s+)?eyes|sighs?|slow\s+clap)\s*\*|\b(?:eye-?roll|smh|ffs|pfft|pff|psh|tsk)\b` + "|\U0001F44F", skip: ownEmoji},

	// criticism: "you always/never ...", labels, character
	{cat: CatCriticism, guards: gStd, pattern: `\b(?:you|u)(?:'?ve|\s+have)?\s+(?:always|constantly|continually|forever|perpetually|invariably|keep)\s+(?:been\s+|got\s+to\s+|seem\s+to\s+|manage\s+to\s+|find\s+a\s+way\s+to\s+)?` + lexBadHabit + `\b`, skip: praised},
	{cat: CatCriticism, guards: gStd, pattern: `\b(?:you|u)\s+never\s+(?:even\s+|once\s+|ever\s+)?[a-z]+`, skip: func(d *doc, s, e int) bool {
		return reNeverOK().MatchString(d.norm[s:e]+d.after(e, 30)) || praised(d, s, e) || reIfBefore().MatchString(d.leadIn(s))
	}},
	{cat: CatCriticism, guards: gStd, pattern: `\b(?:you'?re|you\s+are|you\s+were|you\s+can\s+be|you'?ve\s+(?:always\s+)?been|you\s+have\s+(?:always\s+)?been|you\s+get|you\s+act|you\s+seem|you\s+sound|you\s+behave|you'?re\s+being|you\s+were\s+being|ur)\s+(?:(?:so|such\s+an?|too|really|just|always|honestly|seriously|incredibly|completely|totally|utterly|very|pretty|a\s+bit|a\s+little|kind\s+of|quite|the\s+most|a|an|being|still|genuinely|literally|actually|acting|like)\s+)*(?:` + lexTraitAdj + `|` + lexTraitNoun + `)\b`},
	{cat: CatCriticism, guards: gStd, pattern: `\b(?:typical\s+(?:you|of\s+you)|classic\s+you|(?:that'?s|that\s+is)\s+(?:just\s+|so\s+)(?:you|like\s+you)\b|you\s+of\s+all\s+people|(?:that'?s|that\s+is)\s+your\s+problem|what\s+is\s+it\s+with\s+you|(?:there'?s|there\s+is)\s+something\s+wrong\s+with\s+you|you\s+have\s+(?:a\s+)?(?:real\s+)?(?:problem\s+with|habit\s+of|tendency\s+to)|you\s+need\s+(?:help|therapy|to\s+grow\s+up|to\s+work\s+on\s+(?:yourself|your))|you'?re\s+incapable\s+of|you'?ve\s+never\s+been\s+able\s+to|the\s+problem\s+(?:is|with)\s+you|your\s+(?:attitude|temper|ego|moods?|jealousy|insecurit(?:y|ies)|drinking|pride|stubbornness|negativity)\s+(?:is|was|has|needs|gets|really))\b`},
	{cat: CatCriticism, guards: gStd, pattern: `\b(?:you|u)\s+(?:hold|bear|nurse)\s+(?:a\s+)?grudges?\b|\b(?:you|u)\s+[a-z]+\s+(?:[a-z]+\s+){0,3}?(?:every\s+(?:single\s+)?time|all\s+the\s+(?:bloody\s+|damn\s+)?time)\b`, skip: func(d *doc, s, e int) bool {
		// "i'll talk to you before i swap anything every time": the
		// "you" ends one clause and the habit is the writer's.
		return praised(d, s, e) || reYouThenClause().MatchString(d.norm[s:e])
	}},

	// resentful: counting apologies, forced or grudging ones
	{cat: CatResentful, guards: gQuote, pattern: `\bfor\s+the\s+(?:second|third|fourth|fifth|tenth|hundredth|thousandth|millionth|umpteenth|nth|last)\s+time\b|\b(?:said|told\s+you|apologi[sz]ed|said\s+sorry|said\s+i'?m\s+sorry)\s+(?:[a-z]+\s+){0,3}?(?:over\s+and\s+over|again\s+and\s+again|a\s+(?:hundred|thousand|million)\s+times|(?:two|three|four|five|ten|so\s+many|countless|multiple|several|many|enough)\s+times)\b`, skip: repeatOwned},
	{cat: CatResentful, guards: gQuote, pattern: `\bsorry\s*[.!,]+\s*again\s*[.!]|\bi\s+keep\s+(?:saying\s+(?:i'?m\s+)?sorry|apologi[sz]ing)\b|\bhow\s+many\s+(?:more\s+)?times\s+(?:do|must|will|have|did|should|can)\b|\bnever\s+(?:enough|good\s+enough)\s+for\s+you\b|\bnothing\s+i\s+(?:do|say)\s+is\s+(?:ever\s+)?(?:enough|good\s+enough|right)\b`},
	{cat: CatResentful, guards: gQuote, pattern: `\b(?:mum|mom|dad|my\s+[a-z]+|everyone|everybody|people|they|he|she|you|hr|the\s+[a-z]+)\s+(?:says?|said|thinks?|thought|told\s+me|wants?|wanted|insists?|insisted|reckons?)\s+(?:that\s+)?i\s+(?:have\s+to|should|must|need\s+to|ought\s+to|owe\s+you|had\s+to)\s+(?:apologi[sz]e|say\s+sorry|an\s+apology)\b|\bi'?m\s+(?:being\s+)?(?:made|told|forced)\s+to\s+(?:apologi[sz]e|say\s+sorry)\b|\b(?:here'?s|there'?s|this\s+is|here\s+is|there\s+is)\s+your\s+(?:apology|sorry)\b|\b(?:since|as)\s+you\s+(?:insist|want(?:ed)?\s+(?:one|it|an\s+apology)|asked|demanded)\b|\bapparently\s+i\s+(?:owe\s+you|have\s+to|need\s+to|should|must)\s+(?:an\s+apology|apologi[sz]e|say\s+sorry)|\byou\s+wanted\s+an\s+apology\b|\bif\s+(?:that'?s|this\s+is|it'?s)\s+what\s+you\s+(?:need|want)(?:ed)?\s+to\s+hear\b`},
	{cat: CatResentful, guards: gQuote, pattern: `\bif\s+it\s+(?:makes|will\s+make|'?ll\s+make|keeps|gets)\s+you\s+(?:happy|stop|feel\s+better|shut|off\s+my\s+back|drop|leave\s+me)\b|\b(?:will|does|would)\s+that\s+do\s*\?|\bis\s+that\s+(?:enough|good\s+enough|better|what\s+you\s+wanted)\b|\b(?:are\s+you|you)\s+(?:happy|satisfied)\s+now\b|\bthere\s*,?\s+i\s+(?:said|apologi[sz]ed)\b|\bsorry\s*,?\s*(?:alright|all\s+right|right|geez|jeez|sheesh|god|christ)\s*[?!]`},

	// justification: the act was right, necessary or deserved
	{cat: CatJustification, guards: gStd, pattern: `\b(?:he|she|they|mum|mom|dad|everyone|everybody|people|the\s+[a-z]+|your\s+[a-z]+)\s+(?:had|has|have)\s+(?:a|every)\s+right\s+to\s+know\b|\b(?:he|she|they|everyone|everybody|people|the\s+[a-z]+|your\s+[a-z]+)\s+(?:deserved|needed|ought|had)\s+to\s+(?:know|hear\s+it|be\s+told)\b`},
	{cat: CatJustification, guards: gStd, pattern: `\bi\s+(?:still\s+|honestly\s+|genuinely\s+|really\s+)?(?:don'?t|do\s+not)\s+(?:think|believe|feel|see\s+(?:how|that|what|why))\s+(?:that\s+)?i\s+(?:did|was|said|do|have\s+done|'?ve\s+done)\s+(?:anything|something|much|a\s+lot|that)?\s*(?:wrong|bad|out\s+of\s+line)\b|\bi\s+(?:didn'?t|did\s+not|haven'?t|have\s+not)\s+(?:do|done|say|said)\s+anything\s+wrong\b|\bi\s+did\s+nothing\s+wrong\b`},
	{cat: CatJustification, guards: gQuote, pattern: `\bi\s+(?:don'?t|do\s+not)\s+regret\s+(?:it|that|saying|doing|telling|what|a\s+word|one\s+word|any\s+of\s+it|my|the\s+decision)\b|\bi'?m\s+not\s+(?:going\s+to\s+|gonna\s+)?(?:take|taking)\s+(?:it|that|this|any\s+of\s+it|anything|a\s+word|what\s+i\s+said)\s+back\b|\bi\s+(?:won'?t|will\s+not)\s+take\s+(?:it|that|any\s+of\s+it|a\s+word|what\s+i\s+said)\s+back\b|\bi\s+(?:meant|mean|stand\s+by)\s+every\s+word\b|\bi\s+meant\s+what\s+i\s+said\b`},
	{cat: CatJustification, guards: gStd, pattern: `\b(?:because|since|cause|as)\s+(?:it|that)\s+was\s+(?:the\s+)?(?:true|truth|fair|accurate|justified|warranted|deserved)\b|\b(?:what|everything)\s+i\s+(?:said|wrote|did)\s+was\s+(?:completely\s+|totally\s+|perfectly\s+)?(?:true|the\s+truth|fair|accurate|right|justified|reasonable|valid)\b|\bmy\s+(?:comment|point|complaint|criticism|feedback|decision|call|reaction|response|question|concern|email|message)s?\s+(?:was|were|is)\s+(?:completely\s+|totally\s+|perfectly\s+|entirely\s+)?(?:fair|valid|justified|legitimate|warranted|reasonable|accurate|right|correct|true)\b`},
	{cat: CatJustification, guards: gStd, pattern: `\b(?:was|is|were)\s+the\s+(?:only\s+)?(?:(?:sensible|smart|responsible|logical|best|obvious|fair|reasonable|mature|right|correct|adult)\s+)?(?:option|choice|thing\s+to\s+do|course\s+of\s+action|move|call|decision)\b|\bi\s+did\s+what\s+(?:i\s+had\s+to|(?:i\s+)?(?:thought\s+)?(?:was|is)\s+(?:right|best|necessary|needed)|anyone|any\s+[a-z]+(?:\s+[a-z]+)?\s+would|i\s+needed\s+to)\b`},
	{cat: CatJustification, guards: gStd, pattern: `\b(?:anyone|anybody|any\s+(?:reasonable\s+|decent\s+|good\s+|normal\s+|sane\s+)?(?:parent|friend|mother|mum|mom|father|dad|sister|brother|manager|boss|partner|person|colleague|one))\s+(?:else\s+)?(?:in\s+my\s+(?:position|shoes|place)\s+)?would\s+(?:have|'?ve|do|say|react)\b|\bin\s+my\s+(?:position|shoes)\s*,?\s+(?:you|anyone|anybody)\s+would\b`},
	{cat: CatJustification, guards: gStd, pattern: `\b(?:some(?:one|body)|somebody)\s+(?:needed|had|ought|was\s+going)\s+to\s+(?:say|tell|do|step|speak|make|point|call)\b|\b(?:for|in)\s+your\s+(?:own\s+)?(?:benefit|best\s+interests?|sake)\b|\bi\s+(?:needed|had)\s+to\s+(?:know|find\s+out|protect|make\s+sure)\b|\b(?:it|that|this)\s+needed\s+(?:saying|doing|to\s+be\s+heard)\b`},

	// pressure: closure on the writer's terms (unless the sentence leaves
	// the timing to them), forgiveness asked for, guilt, counting efforts
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\b(?:(?:can'?t|can|could|couldn'?t|shall|should|why\s+can'?t|why\s+don'?t)\s+we|let'?s|let\s+us|(?:i\s+)?(?:want|need|'?d\s+(?:really\s+)?like|would\s+(?:really\s+)?like|'?d\s+love|would\s+love)\s+(?:for\s+)?us\s+to|think\s+(?:it'?s\s+time\s+)?we\s+(?:should|need\s+to|can|could|must|ought\s+to)|time\s+we|we\s+(?:should|need\s+to|have\s+to|must|ought\s+to|gotta|can)|we'?ve\s+got\s+to)\s+(?:just\s+|please\s+|really\s+|all\s+|now\s+|finally\s+|both\s+|try\s+and\s+|try\s+to\s+)*(?:move\s+on|move\s+past|move\s+forward\s+from|get\s+past|get\s+over|put\s+(?:this|it|that|all\s+(?:this|that|of\s+this)|the\s+[a-z]+|everything)\s+behind|forget(?:\s+about)?\s+(?:it|this|that|the\s+whole|all|everything|what)|forgot\s+(?:about\s+)?(?:it|this|that)|drop\s+(?:it|this|that|the\s+subject)|let\s+(?:it|this|that|things)\s+go|leave\s+(?:it|this|that)\s+(?:there|behind|in\s+the\s+past)|bury\s+the\s+hatchet|draw\s+a\s+line|wipe\s+the\s+slate|start\s+(?:fresh|afresh|over|again|from\s+scratch)|go\s+back\s+to|get\s+back\s+to|be\s+(?:friends|normal|okay|ok|fine|good|alright|us)\s+again|make\s+up|kiss\s+and\s+make\s+up|pretend|call\s+it\s+(?:even|quits)|stop\s+(?:fighting|this|arguing|the\s+silent|being\s+(?:silly|like\s+this))|end\s+this|not\s+dwell|stop\s+dwelling)\b`, skip: func(d *doc, s, e int) bool { return roomGiven(d, s, e) || hoped(d, s, e) }},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\b(?:it'?s|it\s+is)\s+(?:about\s+|high\s+)?time\s+(?:we|you|to)\s+(?:just\s+)?(?:forgot|forget|moved\s+on|move\s+on|got\s+(?:over|past)|get\s+(?:over|past)|put\s+(?:it|this|that)\s+behind|let\s+(?:it|this|that)\s+go|dropped|drop|buried|bury|drew\s+a\s+line|draw\s+a\s+line|made\s+up|make\s+up)\b|\b(?:it'?s|it\s+has|it\s+is)\s+been\s+(?:long\s+enough|(?:more\s+than\s+)?enough\s+time)\b`, skip: func(d *doc, s, e int) bool { return roomGiven(d, s, e) || hoped(d, s, e) || ownSpaceBefore(d, s) }},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\b(?:don'?t|do\s+not)\s+make\s+(?:this|it|that)\s+(?:into\s+)?(?:a|such\s+a|any|some)?\s*(?:big|bigger|huge|whole|massive|thing|drama|deal|issue|more)\b|\blife(?:'?s|\s+is)\s+too\s+short\b|\b(?:we'?re|we\s+are)\s+(?:family|adults|grown\s+(?:ups|adults))\b|\bblood\s+is\s+thicker\b|\bthrow(?:ing)?\s+(?:away\s+)?(?:it|this|us|everything|(?:[a-z]+\s+)?(?:years|friendship|marriage|relationship))(?:\s+away)?\b|\b(?:don'?t|do\s+not|please\s+don'?t)\s+let\s+(?:this|one|it|a\s+single|one\s+(?:stupid|silly|bad|little))\b`},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\bthink\s+(?:of|about)\s+(?:the\s+(?:kids|children|family|grandkids)|mum|mom|dad|your\s+(?:mother|father|mum|mom|dad|sister|brother|gran|nan|grandma|grandmother|grandfather|kids|children|family)|what\s+this\s+is\s+doing)\b|\b(?:mum|mom|dad|nan|gran|grandma|grandad|grandpa|the\s+kids|the\s+children|your\s+(?:mother|father|mum|mom|dad|sister|brother|gran|nan|grandma|grandmother|grandfather|grandad|kids|children))\s+(?:is|are|'s|has\s+been|have\s+been|keeps?|cries|can'?t|hasn'?t|haven'?t)\s+(?:so\s+|really\s+|just\s+|been\s+|stopped\s+|still\s+)?(?:crying|heartbroken|devastated|in\s+bits|in\s+pieces|in\s+tears|beside\s+(?:herself|himself|themselves)|sick\s+with\s+worry|worried\s+sick|sleep|slept|stop\s+crying|asking\s+(?:for|about|after|where))\b|\b(?:mum|mom|dad|she|he|nan|gran|grandma|grandad)\s+cries\b`, skip: func(d *doc, s, e int) bool {
		// "picking him up every time he cries" tells of a baby, not of a
		// relative's grief held over the reader ("when mum cries because
		// you won't come home" still is).
		m := d.norm[s:e]
		if !strings.HasSuffix(m, "cries") || !strings.HasPrefix(m, "he ") && !strings.HasPrefix(m, "she ") || reYouSoon().MatchString(d.after(e, 24)) {
			return false
		}
		w := d.wordsBefore(s, 1)
		return len(w) == 1 && cryingWhen.has(w[0])
	}},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\b(?:he|she|they|mum|mom|dad|nan|gran|grandma|grandad|your\s+[a-z]+)\s+(?:won'?t|isn'?t\s+going\s+to|will\s+not|is\s+not\s+going\s+to)\s+be\s+(?:around|here|with\s+us)\s+forever\b|\bi(?:'?ve|\s+have)\s+(?:now\s+)?(?:reached\s+out|tried|texted|called|messaged|written|rung|emailed|apologi[sz]ed)\s+(?:(?:to\s+you|you)\s+)?(?:three|four|five|several|many|so\s+many|multiple|\d+|a\s+dozen|countless)\s+times\b|\bthe\s+(?:least|courtesy|decency)\s+of\s+(?:a\s+)?(?:reply|response|answer|call)\b|\bcommon\s+(?:courtesy|decency)\b|\bi'?d\s+appreciate\s+(?:a|an|the|some)\s+(?:reply|response|answer|courtesy)\b`},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\b(?:you\s+should|you\s+must|you\s+have\s+to|you\s+need\s+to|you'?ve\s+got\s+to|you\s+gotta|just|please\s+just|can'?t\s+you\s+just|why\s+can'?t\s+you(?:\s+just)?|when\s+will\s+you)\s+forgive\b|\bforgive\s+me\s+(?:by|before|in\s+time\s+for|soon|quickly|now|today|tonight|this\s+week)\b|\b(?:forgiven|forgive\s+me)\s+by\s+(?:the\s+)?(?:weekend|sunday|saturday|friday|tomorrow|tonight|christmas|then)\b|\b(?:stop|quit)\s+(?:being\s+|staying\s+)(?:mad|angry|upset|cross|cold|distant|silent|like\s+this)\b|\b(?:stop|quit)\s+(?:sulking|punishing\s+me|giving\s+me\s+the\s+silent|the\s+silent\s+treatment)\b|\b(?:please\s+)?say\s+(?:we'?re|you'?re|we\s+are|you\s+are)\s+(?:ok(?:ay)?|good|fine|not\s+(?:mad|angry)|still)\b|\bdon'?t\s+(?:stay|be)\s+(?:mad|angry|upset|cross)\b`},

	// passive: an agentless event or a passive with no agent
	{cat: CatPassive, guards: gStd, pattern: `\b(?:things|stuff|words|harsh\s+words|hurtful\s+things|nasty\s+things|comments|remarks|insults|accusations|voices|tempers|a\s+line|lines|boundaries|the\s+line|mistakes|errors|promises|trust|the\s+ball|some\s+things|a\s+lot|things\s+that|feelings)\s+(?:were|was|got|have\s+been|had\s+been|ended\s+up\s+(?:being\s+)?)\s*(?:said|raised|lost|crossed|broken|dropped|exchanged|hurled|thrown(?:\s+around)?|slung|traded|forgotten|overlooked|neglected|let\s+slip|spilled|spilt|mishandled|mixed\s+up|messed\s+up|botched|blurted\s+out|done)\b`, skip: agentAfter},
	// "it" apart from the nouns above: it is by far their most frequent word,
	// and tried at each "it" this smaller program costs a fifth as much (the
	// same findings on every labelled draft).
	{cat: CatPassive, guards: gStd, pattern: `\bit\s+(?:were|was|got|have\s+been|had\s+been|ended\s+up\s+(?:being\s+)?)\s*(?:said|raised|lost|crossed|broken|dropped|exchanged|hurled|thrown(?:\s+around)?|slung|traded|forgotten|overlooked|neglected|let\s+slip|spilled|spilt|mishandled|mixed\s+up|messed\s+up|botched|blurted\s+out|done)\b`, skip: agentAfter},
	{cat: CatPassive, guards: gStd | gState, pattern: `\b(?:tempers|things|it|it\s+all|everything|the\s+(?:evening|night|party|meeting|conversation|argument|discussion|dinner|situation|whole\s+(?:thing|evening|night|day)|day|weekend|call|chat|debate|row|fight|trip|wedding|barbecue|match|game|lunch))\s+(?:just\s+|kind\s+of\s+|sort\s+of\s+|a\s+bit\s+|quickly\s+|then\s+)?(?:flared|escalated|spiral+ed|boiled\s+over|blew\s+up|kicked\s+off|got\s+away\s+from\s+(?:us|me|everyone)|went\s+(?:off\s+the\s+rails|pear[\s-]shaped|downhill|sour|too\s+far|wrong|south|sideways|badly)|turned\s+(?:ugly|nasty|sour|bad|into\s+a)|took\s+a\s+(?:bad\s+|nasty\s+|wrong\s+)?turn|ran\s+away\s+with|got\s+(?:out\s+of\s+hand|heated|ugly|messy|nasty|personal|carried\s+away|lost))\b`, skip: agentAfter},
	{cat: CatPassive, guards: gStd, pattern: `\b(?:there\s+(?:was|were|has\s+been|had\s+been)\s+(?:a\s+|an\s+|some\s+)?(?:bit\s+of\s+a\s+)?(?:mix[\s-]?up|oversight|lapse|slip[\s-]?up|error|mistake|glitch|breakdown\s+in\s+communication|communication\s+breakdown|mess[\s-]?up|cock[\s-]?up|screw[\s-]?up|balls[\s-]?up))\b`},
	{cat: CatPassive, guards: gStd, pattern: `\b(?:it|the\s+words?|that|the\s+[a-z]+|your\s+[a-z]+)\s+(?:just\s+)?(?:slipped\s+out|came\s+out|fell\s+out|popped\s+out|got\s+out|got\s+around|got\s+round|went\s+(?:viral|public|round|around)|fell\s+through\s+the\s+cracks|slipped\s+through\s+the\s+(?:cracks|net)|got\s+lost\s+in\s+the\s+(?:post|mail|shuffle))\b`, skip: func(d *doc, s, e int) bool {
		return agentAfter(d, s, e) || strings.HasPrefix(strings.TrimSpace(d.after(e, 12)), "wrong") || reCameOutOK().MatchString(d.norm[s:e]+d.after(e, 12)) || reflectsOnWhy(d, s, e)
	}},
	{cat: CatPassive, guards: gStd, pattern: `\b(?:your|the|our|my)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:was|were|got|had\s+been|has\s+been|have\s+been|ended\s+up)\s+(?:completely\s+|totally\s+|accidentally\s+|somehow\s+|just\s+)?(?:overlooked|forgotten|neglected|mishandled|botched|ruined|spoil(?:ed|t)|damaged|leaked|misplaced|mislaid|left\s+(?:out|off)|ignored|put\s+together\s+in\s+a\s+(?:hurry|rush)|rushed)\b`, skip: agentAfter},
	{cat: CatPassive, guards: gStd | gWriter, pattern: `\b(?:your|the|our|my)\s+(?:[a-z]+\s+)?(?:news|secret|birthday|anniversary|name|message|messages|texts?|photos?|pictures?|post|email|invitation|invite|party|present|gift|card|car|bike|phone|laptop|stuff|things|plans?|booking|deposit|money|vase|mug|jacket|keys|files?|work|idea|ideas|application|request|recital|show|concert|speech|results?)\s+(?:was|were|got|had\s+been|has\s+been|have\s+been|ended\s+up)\s+(?:completely\s+|totally\s+|accidentally\s+|somehow\s+|just\s+)?(?:overlooked|forgotten|missed|lost|broken|damaged|scratched|dented|ruined|spoil(?:ed|t)|shared|leaked|posted|sent|forwarded|mentioned|revealed|read|opened|deleted|thrown\s+(?:out|away)|binned|eaten|spent|sold|cancell?ed|double[\s-]booked|left\s+(?:out|off|behind)|passed\s+(?:on|around|round)|put\s+together|mixed\s+up|messed\s+up|dropped|ignored|used|taken)\b`, skip: agentAfter},
	// blame: their act (or a third party's) given as the cause of the writer's
	{cat: CatBlame, guards: gStd, pattern: `\b(?:you|u|your\s+[a-z]+|they|he|she)\s+made\s+it\s+(?:impossible|hard|difficult|so\s+hard|really\s+hard)\s+(?:not\s+)?(?:to|for\s+me)\b|\b(?:left|gave)\s+me\s+(?:no|little)\s+(?:other\s+)?(?:choice|option|alternative)\b`},
	{cat: CatBlame, guards: gStd, pattern: `\b(?:you|u)\s+(?:should|could)(?:'ve|\s+have)\s+(?:just\s+)?(?:reminded|told|said|asked|checked|warned|let\s+me\s+know|mentioned|called|texted|stopped|been\s+clearer)\b`},
	{cat: CatBlame, guards: gStd, pattern: `\b(?:you|u)\s+(?:wound|riled|wind|rile|got|get|provoked|provoke|baited|goaded|needled|pushed|push|wound)\s+me\s+(?:up\s+)?(?:until|till|til|to\s+the\s+point|so\s+much|into|over\s+the\s+edge)\b|\bi(?:'?d|\s+had)\s+had\s+enough\s+of\s+(?:you|your)\b|\bi\s+was\s+(?:sick|tired|fed\s+up)\s+(?:of|with)\s+(?:you|your)\b|\byou\s+know\s+(?:i\s+(?:hate|can'?t\s+stand|don'?t\s+like|get|lose)|how\s+much\s+i\s+(?:hate|get))\b`},
	{cat: CatBlame, guards: gStd, pattern: `\byour\s+(?:[a-z']+\s+){1,2}(?:was|were|is|are)\s+(?:so|too|really|completely|totally|just)\s+[a-z]+\s+(?:that\s+)?i\s+(?:couldn'?t|had\s+to|didn'?t|wasn'?t|ended\s+up|felt|just)\b|\bif\s+(?:your\s+[a-z]+|he|she|they)\s+had(?:n'?t|\s+not|\s+just|\s+only)?\s+(?:[a-z]+ed|told|given|said|let|been|come|gone|left|kept|shown|taken|done)\b|\bnone\s+of\s+this\s+would\s+(?:have|'?ve)\s+happened\s+if\b|\b(?:because|cause)\s+(?:you|u)(?:'?d\s+have|\s+would\s+have|\s+were\s+being|\s+kept|\s+wouldn'?t|\s+refused|\s+started|\s+pushed|\s+insisted|\s+forced)\b`},

	// counter: trading charges
	{cat: CatCounter, guards: gStd, pattern: `\bthen\s+again\s*,?\s+(?:you|u)\b|\b(?:let'?s\s+not\s+forget|don'?t\s+forget|need\s+i\s+remind\s+you|i\s+seem\s+to\s+remember)\s+(?:that\s+)?(?:you|u|when\s+you|how\s+you)\b|\byou(?:'?ve)?\s+(?:said|done|did)\s+(?:far\s+|much\s+|way\s+|a\s+lot\s+|even\s+)?worse\b|\bneither\s+of\s+us\s+(?:was|were|is|are|did|handled|behaved|acted|covered|came\s+out|comes\s+out|looks|looked|is\s+blameless|was\s+blameless|was\s+innocent)\b|\bowe\s+each\s+other\b|\b(?:it'?s|it\s+is)\s+not\s+(?:like|as\s+if)\s+(?:you|u)(?:'?ve|\s+have)?\s+never\b|\bas\s+if\s+(?:you|u)(?:'?ve|\s+have)?\s+never\b|\b(?:pot\s+calling\s+the\s+kettle|people\s+in\s+glass\s+houses|look\s+who'?s\s+talking|you'?re\s+one\s+to\s+talk|takes\s+one\s+to\s+know\s+one|right\s+back\s+at\s+you)\b`},

	// invalidating: their feelings or their reaction put in question
	{cat: CatInvalidating, guards: gStd, pattern: `\b(?:tak(?:e|es|ing)|took)\s+(?:this|it|that|things|everything|a\s+joke|the\s+joke)\s+(?:(?:way|far|much|a\s+bit|a\s+little)\s+)?(?:too|so)\s+(?:seriously|personally|hard|literally|much\s+to\s+heart)\b|\b(?:not|isn'?t|wasn'?t|hardly|really\s+not)\s+worth\s+(?:getting|being|making|falling\s+out|fighting|a\s+(?:fight|row|fuss)|all\s+this|this\s+(?:much|fuss|drama))\b`},
	{cat: CatInvalidating, guards: gStd, pattern: `\b(?:no|not\s+a|there'?s\s+no|isn'?t\s+a|wasn'?t\s+a)\s+(?:need|reason|call|point)\s+(?:for\s+you\s+)?to\s+(?:be|get|feel|stay)\s+(?:so\s+|this\s+|that\s+)?(?:upset|angry|mad|hurt|offended|worked\s+up|bent\s+out\s+of\s+shape|cross|annoyed|wound\s+up|emotional|dramatic)\b|\b(?:toughen\s+up|man\s+up|harden\s+up|grow\s+a\s+thicker\s+skin|thicker\s+skin|get\s+a\s+sense\s+of\s+humou?r|(?:can'?t|cannot|learn\s+to)\s+take\s+a\s+joke|chill\s+out|don'?t\s+be\s+so\s+(?:sensitive|touchy|precious|dramatic|emotional|uptight)|mountain\s+out\s+of\s+a\s+molehill|storm\s+in\s+a\s+teacup|(?:fuss|drama)\s+(?:over|about)\s+nothing)\b`},
	{cat: CatInvalidating, guards: gStd | gWriter, pattern: `\b(?:over-?sensitive|hyper-?sensitive|easily\s+offended|thin-?skinned|overthinking\s+(?:this|it)|over-?thinking\s+(?:this|it))\b`},
	{cat: CatInvalidating, guards: gStd, pattern: `\b(?:didn'?t|doesn'?t|did\s+not|does\s+not|hardly)\s+(?:warrant|deserve|justify|merit|call\s+for)\s+(?:that|this|such\s+an?|the|your)\s+(?:(?:big|strong|huge|extreme|over-?the-?top)\s+)?(?:reaction|response|fuss|outburst|drama|meltdown)\b|\b(?:your|that|the)\s+(?:reaction|response)\s+(?:was|is|seemed)\s+(?:a\s+bit\s+|a\s+little\s+|way\s+|totally\s+|completely\s+|pretty\s+|rather\s+)?(?:over\s+the\s+top|extreme|excessive|out\s+of\s+proportion|disproportionate|too\s+much|dramatic|overblown)\b|\byou(?:'?re|\s+are)\s+being\s+(?:(?:a\s+bit|a\s+little|so|too|way\s+too|far\s+too|really|just|overly)\s+)*(?:sensitive|precious|touchy|emotional|hysterical|dramatic)\b|\byou'?ll\s+get\s+over\s+it\b`},

	// presuming: claiming to know their mind, in the writer's favour
	{cat: CatPresuming, guards: gStd, pattern: `\b(?:i\s+(?:just\s+)?know|i'?m\s+(?:sure|certain|positive)|i\s+can\s+tell|we\s+both\s+know|deep\s+down)\s+(?:that\s+)?(?:you|u)(?:'?ve|\s+have|'?re|\s+are|'?ll|\s+will|\s+do|\s+still|\s+must)?\s+(?:already\s+|really\s+|actually\s+|secretly\s+|still\s+|deep\s+down\s+|been\s+)*(?:forgiven|forgive|wanting|waiting|missing|want(?:ed)?\s+(?:this|to|me|us)|miss(?:ing)?\s+(?:me|us|this|our)|care\s+about|love\s+me|feel\s+the\s+same|come\s+round|come\s+around|understand|agree|regret|think(?:ing)?\s+(?:about|of)\s+me|need\s+me|wish|see\s+it\s+my\s+way|know\s+i'?m\s+right)\b`},
	{cat: CatPresuming, guards: gStd, pattern: `\b(?:i\s+(?:just\s+)?know|i'?m\s+(?:sure|certain)|i\s+can\s+tell|we\s+both\s+know|deep\s+down)\s+(?:that\s+)?(?:you|u)(?:'?re\s+not|\s+are\s+not|\s+aren'?t|\s+don'?t|\s+do\s+not|\s+didn'?t|\s+did\s+not)\s+(?:really\s+|actually\s+|even\s+|that\s+|still\s+)+(?:angry|mad|bothered|upset|hurt|cross|mean\s+(?:it|that|what)|meant\s+(?:it|that|what)|want|care|hate)\b|\b(?:you|u)\s+(?:don'?t|didn'?t)\s+(?:really|actually)\s+mean\s+(?:it|that|what)\b`},

	// threat: ultimatums and consequences
	{cat: CatThreat, guards: gQuote, pattern: `\b(?:or|otherwise|or\s+else)\s*,?\s+(?:i'?m|i\s+am|i'?ll|i\s+will)\s+(?:coming\s+(?:round|over|to\s+your)|turning\s+up|showing\s+up|changing\s+the|cutting|selling|moving\s+out|blocking|deleting|posting|reporting|calling\s+(?:the|your)|involving|contacting\s+(?:your|a|the)|taking\s+(?:the|you|it|this)|going\s+(?:to\s+your|round|over|to\s+the))\b|\b(?:i'?ll|i\s+will|i\s+would|i'?d)\s+have\s+no\s+(?:other\s+)?(?:choice|option|alternative)\s+but\s+to\b|\bif\s+(?:this|it|that)\s+(?:carries\s+on|continues|happens\s+again|keeps\s+(?:happening|up|going))\s*,?\s+(?:then\s+)?(?:i'?ll|i\s+will|i'?m|i\s+am|we'?re)\b`, skip: standsUpAfter},
	{cat: CatThreat, guards: gQuote, pattern: `\bkeep\s+(?:ignoring\s+me|it\s+up|this\s+up|pushing|going)\s+and\s+(?:see|watch|you'?ll|i'?ll)\b|\b(?:and|then)\s+see\s+what\s+happens\b|\beither\s+(?:you|u)\b` + gap + `{0,60}?\bor\s+(?:i|we|it'?s|you'?ll|that'?s)\b|\b(?:this\s+is|it'?s)\s+(?:the\s+)?last\s+time\s+i(?:'?ll|\s+will|\s+am\s+going\s+to|'?m\s+going\s+to)?\s+(?:reach|try|ask|write|contact|message|text|call|bother)\b`},
	{cat: CatThreat, guards: gQuote, pattern: `\byou\s+(?:won'?t|will\s+not|'?ll\s+never)\s+(?:hear\s+from|see)\s+me\s+again\b`, skip: func(d *doc, s, _ int) bool {
		a, b := d.sentence(s)
		return reIfTheyWant().MatchString(d.norm[a:b])
	}},

	// deflection: sorry for their feelings or reaction
	{cat: CatDeflection, guards: gQuote | gNeg, pattern: `\bsorry\s+(?:that\s+)?(?:my\s+[a-z]+|the\s+[a-z]+|what\s+i\s+(?:said|did|wrote))\s+(?:upset|offended|bothered|hurt|annoyed|affected|got\s+to)\s+you\s+(?:so\s+much|that\s+much|so\s+badly|as\s+much\s+as\s+it\s+did|like\s+(?:that|it\s+did)|so)\b`, skip: actLaterInSentence},
	{cat: CatDeflection, guards: gQuote | gNeg, pattern: `\bsorry\s+(?:that\s+)?(?:you|u)\s+(?:were\s+left|ended\s+up|came\s+away|walked\s+away|went\s+home)\s+feeling\b|\bsorry\s+(?:that\s+|if\s+)?(?:you|u)\s+(?:didn'?t|did\s+not|don'?t|couldn'?t)\s+(?:enjoy|like|appreciate|find\s+it|see\s+the|get\s+the|take\s+it|agree|feel\s+(?:included|welcome|comfortable))\b`},
	{cat: CatDeflection, guards: gQuote | gNeg, pattern: `\bsorry\s+(?:that\s+)?(?:it|this|that|the\s+news)\s+(?:came\s+as\s+(?:such\s+)?a\s+(?:shock|surprise|blow)|(?:was|has\s+been|is)\s+(?:so\s+)?(?:hard|difficult|upsetting|painful|tough|a\s+shock)\s+for\s+you)\b`, skip: actLaterInSentence},

	// universal excuse: the fault made general
	{cat: CatUniversalExcuse, guards: gStd, pattern: `\b(?:we\s+all|everyone|everybody|all\s+of\s+us|people|anyone|anybody)\s+(?:(?:can|could|does|do|will|sometimes|occasionally|now\s+and\s+then|at\s+times)\s+)*(?:slips?\s+up|makes?\s+mistakes|mess(?:es)?\s+up|screws?\s+up|(?:has|have)\s+(?:a\s+|an\s+)?(?:bad|off|those|their|our)\s+(?:days?|moments?|weeks?|nights?)|gets?\s+(?:it|things)\s+wrong|forgets?\s+(?:things|stuff|sometimes)|snaps?|loses?\s+(?:it|their\s+temper|our\s+temper|the\s+plot)|says?\s+things\s+(?:they|we)|does\s+(?:stupid|silly|dumb)\s+things|gets?\s+carried\s+away)\b`},
	{cat: CatUniversalExcuse, guards: gStd, pattern: `\b(?:that'?s|it'?s)\s+(?:just\s+)?how\s+it\s+goes\b|\b(?:it'?s|it\s+was|that'?s)\s+(?:just\s+)?one\s+of\s+those\s+things\b|\b(?:shit|stuff|things)\s+happens\b|\bsuch\s+is\s+life\b|\bc'?est\s+la\s+vie\b|\bhappens\s+to\s+(?:all\s+of\s+us|anyone|anybody|us\s+all)\b`},

	// condescending: talking down
	{cat: CatCondescending, guards: gStd, pattern: `\blet\s+me\s+(?:explain|spell|put)\s+(?:it|this|that)?\s*(?:out\s+)?(?:again|more\s+slowly|slowly|one\s+more\s+time|in\s+(?:simple|plain|small)\s+(?:terms|words)|simply)\b|\b(?:as\s+i'?ve|as\s+i\s+have|like\s+i'?ve|as\s+i\s+already|like\s+i\s+already)\s+(?:said|told\s+you|mentioned|explained|pointed\s+out)\b|\b(?:i'?d|i\s+would)\s+have\s+thought\s+(?:it\s+was\s+)?(?:fairly\s+|pretty\s+|quite\s+)?(?:obvious|clear)\b|\b(?:keep|make)\s+it\s+simple\s+for\s+you\b|\bwords\s+you(?:'?ll|\s+will|\s+can)\s+understand\b|\btry\s+(?:to|and)\s+keep\s+up\b|\bfor\s+your\s+information\b|\bin\s+case\s+you\s+(?:didn'?t|hadn'?t|haven'?t)\s+(?:notice|realise|realize|get)|\byou\s+do\s+(?:realise|realize)\b|\bi\s+shouldn'?t\s+(?:have|need)\s+to\s+(?:explain|tell|spell)\b|\bsurely\s+(?:you|even\s+you)\s+(?:know|understand|realise|realize|can\s+see)\b`},

	// demand: orders
	{cat: CatDemand, guards: gStd, pattern: `\blet'?s\s+get\s+(?:one\s+thing|this|something)\s+straight\b|\b(?:i\s+(?:expect|demand|require)|i\s+want)\s+(?:an?\s+(?:answer|reply|response|apology|explanation))\b|\bi\s+(?:expect|require)\s+you\s+to\b|\bno\s+excuses\s+(?:this\s+time|now)\b|\bno\s+ifs\b|\band\s+that'?s\s+final\b|\bend\s+of\s+(?:discussion|story)\b`},
	{cat: CatDemand, guards: gStd, pattern: `\byou\s+(?:will|are\s+going\s+to|'?re\s+going\s+to)\s+(?:hear\s+me\s+out|listen|apologi[sz]e|answer|call|reply|respond|explain|give|pay|return|talk\s+to\s+me)\b`, skip: func(d *doc, s, _ int) bool {
		for _, w := range d.wordsBefore(s, 4) {
			if w == "hope" || w == "if" || w == "when" || w == "maybe" || w == "perhaps" || w == "think" || w == "guess" || w == "unless" {
				return true
			}
		}
		return false
	}},
	{cat: CatDemand, guards: gStd, pattern: `(?:^|[.!?\n]\s*)(?:[a-z]+\s*,\s*)?((?:come|get)\s+(?:to|home|round|over|back)\b|(?:meet|ring|call|phone|text|message)\s+me\b|pick\s+up\s+(?:the|your)\s+phone|get\s+back\s+to\s+me|show\s+up|be\s+there)`, group: 1, skip: func(d *doc, s, _ int) bool {
		a, b := d.sentence(s)
		return reRequestNotOrder().MatchString(d.norm[a:b])
	}},
	// pressure in a reach-out: insisting, read receipts, pleas that shame
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\bi(?:'?m|\s+am)\s+not\s+(?:giving\s+up|going\s+to\s+give\s+up)\s+on\s+(?:us|you|this)\b|\bi\s+(?:won'?t|will\s+not)\s+(?:stop\s+trying|give\s+up\s+on\s+(?:us|you))\b|\bi\s+(?:can\s+see|know)\s+(?:that\s+)?(?:you|u)(?:'?ve|\s+have)\s+(?:seen|read|opened)\b|\bleft\s+(?:me\s+)?on\s+(?:read|seen)\b`},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\b(?:don'?t\s+you\s+think|isn'?t\s+it|surely)\s+(?:it'?s\s+)?(?:about\s+|high\s+)?time\b|\bit'?s\s+(?:about|high)\s+time\b|\byou'?re\s+breaking\s+(?:my|her|his|[a-z]+'s|our|their)\s+heart\b|\bis\s+(?:it|that)\s+(?:really\s+)?too\s+much\s+to\s+ask\b|\bhow\s+hard\s+is\s+it\s+to\b|\bhave\s+the\s+(?:decency|courtesy)\b`, skip: func(d *doc, s, e int) bool { return roomGiven(d, s, e) || hoped(d, s, e) }},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\bwhy\s+(?:won'?t|don'?t|aren'?t|can'?t|haven'?t|wont|dont)\s+(?:you|u)\s+(?:just\s+)?(?:talk|answer|reply|respond|speak|call|text|pick\s+up|get\s+back|forgive|see\s+me|meet)\b|\bdon'?t\s+(?:be\s+like\s+this|do\s+this\s+to\s+(?:me|us))\b|\bat\s+least\s+(?:reply|answer|respond|let\s+me\s+know|tell\s+me|acknowledge|text\s+(?:me\s+)?back|call)\b`},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\b(?:mum|mom|dad|everyone|everybody|people|the\s+kids|the\s+family|your\s+[a-z]+)\s+(?:keeps|keep|is|are|has\s+been|have\s+been)\s+(?:asking|wondering)\s+(?:when|why|if|whether)\s+(?:we|you)\b|\b(?:mum|mom|dad|everyone|everybody|the\s+kids|the\s+family|your\s+[a-z]+)\s+(?:wants|want|would\s+want|would\s+love)\s+us\s+to\s+(?:make\s+up|sort|be\s+friends|get\s+along|talk|patch)\b`},
	// vague: an apology for a state or a share, not an act
	{cat: CatVague, kinds: kApology, guards: gStd, pattern: `\b(?:sorry|apologi[sz]e|apologies)\s+(?:for|about)\s+(?:being|acting|behaving)\s+(?:the\s+way|how|like)\s+i(?:\s+have\s+been|'?ve\s+been|\s+was|'?m|\s+am|\s+acted|\s+did|\s+behaved)\b|\b(?:sorry|apologi[sz]e|apologies)\s+(?:for|about)\s+(?:the\s+)?(?:stuff|things|everything|all\s+that|what)\s+(?:that\s+)?(?:went\s+(?:on|down)|happened|was\s+said|got\s+said)\b|\b(?:sorry|apologi[sz]e|apologies)\s+(?:for|about)\s+my\s+(?:part|share|role)\s+in\s+(?:all\s+)?(?:this|that|it|what|everything|the\s+(?:whole\s+)?(?:thing|situation|mess))\b`, noAct: true},

	// excuses by their circumstance
	{cat: CatExcuse, guards: gStd, pattern: `\brunning\s+on\s+(?:empty|fumes|no\s+sleep|adrenaline)\b|\b(?:the\s+)?(?:kids?|baby|toddler|children)\s+(?:had\s+been|has\s+been|have\s+been|was|were)\s+(?:up|awake|sick|ill|screaming|crying|playing\s+up)\b|\bi(?:'?d|\s+had|'?ve|\s+have)\s+(?:just\s+)?(?:had|got|received|heard)\s+(?:some\s+)?(?:bad|terrible|awful|upsetting|horrible|sad|difficult)\s+news\b|\bi(?:'?ve|\s+have|'?d|\s+had)\s+had\s+(?:so\s+much|a\s+lot|loads|too\s+much|a\s+ton)\s+(?:on|going\s+on)\b|\bwith\s+(?:my\s+)?[a-z]+\s+being\s+(?:ill|sick|in\s+hospital|unwell|poorly)\b`, skip: func(d *doc, s, e int) bool { return excuseDisowned(d, s, e) || ahead(d, s) }},

	// intent: what it was meant to be
	{cat: CatIntent, guards: gQuote, pattern: `\bi\s+(?:honestly\s+|genuinely\s+|really\s+|actually\s+|just\s+)?(?:thought|assumed|figured|hoped)\s+(?:you'?d|you\s+would|you\s+might|you'?d\s+have)\s+(?:find\s+it\s+(?:funny|helpful|sweet|useful)|like\s+it|love\s+it|appreciate|laugh|see\s+the\s+funny|be\s+(?:pleased|happy|fine|flattered|okay|ok)|not\s+mind|enjoy|want)\b|\b(?:it|that|this)\s+(?:was|were)\s+(?:only\s+|just\s+|honestly\s+)?meant\s+(?:as|to\s+be)\s+(?:a\s+)?(?:compliment|joke|kindness|help|helpful|supportive|funny|light-hearted|friendly|nice|kind|favou?r)\b|\bmeant\s+(?:it\s+)?(?:as|in)\s+(?:a\s+)?(?:good|nice|kind|friendly|loving|positive|light-hearted)\s+way\b|\bin\s+good\s+faith\b|\bwith\s+the\s+best\s+(?:of\s+)?intentions\b`},

	// hedged: the harm as a possibility
	{cat: CatHedged, guards: gStd, pattern: `\b(?:it'?s|it\s+is|it\s+was)\s+(?:possible|likely|conceivable)\s+(?:that\s+)?i\b|\b(?:there'?s|there\s+is)\s+a\s+chance\s+(?:that\s+)?i\b|\bi\s+(?:suppose|guess)\s+i\s+(?:may|might|could)\b|\bi\s+(?:probably|possibly)\s+(?:was|came\s+across|sounded|seemed|went\s+too)\b`},

	// self-focus: running oneself down, one's own worst week
	{cat: CatSelfFocus, guards: gQuote | gNeg, pattern: `\bi'?m\s+(?:just\s+|honestly\s+|really\s+)?(?:such\s+an?|a|the)\s+(?:useless|rubbish|hopeless|crap|shit|pathetic|awful|dreadful|lousy|terrible|horrible|worst|sorry\s+excuse\s+for\s+a)\s+[a-z]+\b|\bwhy\s+you\s+(?:even\s+|still\s+)?(?:bother|stay|talk|put\s+up)\s+with\s+me\b|\b(?:the\s+)?worst\s+(?:day|week|month|year|time)s?\s+of\s+my\s+life\b`},

	// empty promises by their shape
	{cat: CatEmptyPromise, guards: gQuote, pattern: `\b(?:` + ill + `|i'?m\s+going\s+to|i\s+am\s+going\s+to|i'?m\s+gonna|i\s+promise\s+(?:to|i'?ll)|i\s+want\s+to|i\s+swear\s+(?:i'?ll|to))\s+(?:try\s+to\s+)?be\s+(?:a\s+)?better\s+[a-z]+\b|\b(?:things|it|everything)\s+(?:are|is)\s+going\s+to\s+be\s+(?:different|better)\b|\b(?:things|it|everything)\s+will\s+be\s+(?:different|better)\b|\byou\s+have\s+my\s+word\b`},

	// identity: the writer's usual self set against the act
	{cat: CatIdentity, guards: gQuote | gReport, pattern: `\bi'?m\s+(?:honestly\s+|really\s+|just\s+)?not\s+(?:usually|normally|typically|generally)\s+(?:like\s+(?:this|that)|that\s+(?:kind\s+of\s+)?person|someone\s+who|the\s+type)\b|\bi'?m\s+(?:a|actually\s+a|really\s+a|basically\s+a)\s+(?:good|kind|nice|decent|caring|loyal|loving|honest|gentle|reasonable)\s+(?:person|guy|man|woman|friend|bloke|girl|human)\b`},

	// misunderstanding: the fault in the reading
	{cat: CatMisunderstanding, guards: gStd, pattern: `\bgot\s+lost\s+in\s+(?:translation|how|the\s+wording|the\s+way)\b|\bwrong\s+end\s+of\s+the\s+stick\b|\b(?:got|get|have|had)\s+the\s+wrong\s+(?:idea|impression|end)\b|\b(?:the\s+way|how)\s+(?:it|that|my\s+[a-z]+)\s+(?:was\s+)?(?:worded|phrased|came\s+across|sounded|landed)\b`, skip: asksHowItLanded},

	// deadlines by their shape
	{cat: CatDeadline, guards: gNeg | gQuote, pattern: `\b(?:i\s+need\s+to\s+know|need\s+(?:an?\s+)?(?:answer|decision|reply)|let\s+me\s+know|tell\s+me|decide|confirm|get\s+back\s+to\s+me|reply|answer|respond)\b` + gap + `{0,30}?\b(?:by|before)\s+(?:the\s+)?(?:weekend|tonight|tomorrow|end\s+of|` + days + `|noon|\d|next\s+week|this\s+week)`, skip: func(d *doc, s, e int) bool {
		return someoneElseActs(d, s, e) || ownDeliveryChecked(d, s, e) || writerWillAct(d, s, e)
	}},
	{cat: CatDeadline, guards: gNeg | gQuote, pattern: `\b(?:get\s+back\s+to\s+me|reply|respond|answer|call\s+me|text\s+me|let\s+me\s+know)\s+as\s+soon\s+as\s+(?:you\s+can|possible|you\s+get\s+this|you\s+see\s+this)\b|\bat\s+your\s+earliest\s+convenience\b`},
	// ---- third blind set: more forms of the same families ----

	// passive: a fault participle with no agent, an event with no actor
	{cat: CatPassive, guards: gStd, pattern: `\b(?:got|were|was|have\s+been|has\s+been|had\s+been)\s+(?:a\s+bit\s+|accidentally\s+|somehow\s+|just\s+|all\s+)?(?:cut|dropped|crossed|left\s+in\s+(?:a|such\s+a)\s+(?:state|mess)|left\s+(?:out|off)|missed\s+off|mixed\s+up|lost\s+along\s+the\s+way|forgotten\s+about|overlooked|binned|spilled|spilt)\b`, skip: func(d *doc, s, e int) bool {
		return personBefore(d, s) || agentAfter(d, s, e) || butOwnedLater(d, s, e)
	}},
	{cat: CatPassive, guards: gStd, pattern: `\b(?:remarks|comments|things|mistakes|errors|decisions|promises|jokes|accusations|threats|insults)\s+(?:were|got|have\s+been|had\s+been)\s+(?:made|thrown|exchanged|said|broken)\b|\b(?:what|some\s+of\s+what|a\s+lot\s+of\s+what|all\s+that|everything\s+that|things\s+that|anything\s+that)\s+(?:was|were|got)\s+said\b|\b(?:tensions?|emotions|tempers|feelings|nerves)\s+(?:were|was|ran|got|had\s+been|running)\s+(?:(?:very|really|so|pretty|a\s+bit)\s+)?(?:high|raw|frayed|short|hot|running\s+high)\b`, skip: agentAfter},
	{cat: CatPassive, guards: gStd | gState, pattern: `\b(?:things|it|it\s+all|everything|stuff)\s+(?:to\s+)?(?:go|went|gone|going|got|get|turned)\s+(?:a\s+bit\s+|a\s+little\s+|pretty\s+|really\s+|quite\s+|so\s+|very\s+|way\s+|that\s+|this\s+)(?:wrong|badly|south|sideways|pear-shaped|heated|out\s+of\s+hand|ugly|messy|nasty|personal|tense|weird|awkward|far|sour)\b|\b(?:how\s+)?(?:things|it|it\s+all|everything)\s+(?:unfolded|played\s+out|fell\s+apart)\b`, skip: agentAfter},

	// hedged: the act as a possibility
	{cat: CatHedged, guards: gStd, pattern: `\bi\s+(?:think\s+i\s+|guess\s+i\s+|realise\s+i\s+|realize\s+i\s+|suppose\s+i\s+|know\s+i\s+)?(?:may|might)(?:'ve|\s+have)\s+(?:been|gone|come\s+across|sounded|seemed|acted|said|done|forgotten|missed|hurt|upset|overstepped|left|taken|got|crossed|pushed|made|spoken|reacted|overreacted)\b|\bi\s+(?:was|went|came\s+across|got|sounded|acted)\s+(?:perhaps|maybe|possibly|probably|arguably|potentially)\b`},
	{cat: CatHedged, guards: gStd, pattern: `\b(?:maybe|perhaps|possibly|probably)\s+(?:a\s+(?:bit|little|tad|touch)\s+|slightly\s+|somewhat\s+)?(?:too\s+)?(?:short|harsh|blunt|sharp|rude|much|far|snappy|loud|quick|hasty|insensitive|unfair|out\s+of\s+(?:line|order)|abrupt|curt|dismissive|strong|thoughtless)\b|\b(?:may|might)(?:'ve|\s+have)\s+been\s+(?:a\s+bit\s+|a\s+little\s+|somewhat\s+|slightly\s+)?(?:harder|hard|difficult|hurtful|upsetting|painful|unkind|unfair|harsh|insensitive|too\s+much)\b`},

	// minimizing: "a bit heated", "a touch blunt", "it was one day", a fight over a trifle
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:a\s+(?:little\s+|tiny\s+|wee\s+)?bit|a\s+tad|a\s+touch|a\s+smidge|mildly|a\s+little)\s+(?:too\s+)?(?:heated|far|loud|rough|messy|carried\s+away|rowdy|over\s+the\s+top|out\s+of\s+hand|enthusiastic|tipsy|merry|full\s+on|boisterous|lively|worked\s+up)\b`, skip: func(d *doc, s, _ int) bool { return aboutUs(d, s) }},
	{cat: CatMinimizing, guards: gStd | gCond, pattern: `\b(?:it\s+was|it'?s|was|that\s+was|that'?s)\s+(?:only\s+|just\s+)?(?:one|a\s+single)\s+[a-z]+`, skip: func(d *doc, s, e int) bool {
		ws := strings.Fields(d.norm[s:e])
		return len(ws) > 0 && notTrifle.has(ws[len(ws)-1]) || reNotSmall().MatchString(d.after(e, 16)) || unfairConceded(d, s, e)
	}},
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:fight(?:ing)?|fall(?:ing)?\s+out|fell\s+out|argu(?:e|ing)|row(?:ing)?|bicker(?:ing)?|make\s+a\s+(?:fuss|scene|drama))\s+(?:over|about)\s+(?:a|one|some|such\s+a|something\s+(?:so\s+)?(?:small|silly|stupid|minor|trivial|petty|little))\b`},

	// contempt: "like normal people", single scare quotes, actual responsibilities, the little people
	{cat: CatContempt, guards: gQuote | gReport, pattern: `\blike\s+(?:a\s+)?(?:normal|grown|sane|reasonable|mature|rational|functioning)\s+(?:people|person|adults?|human(?:\s+beings?)?|grown-?ups?)\b|\b(?:act|behave|talk|start\s+acting)\s+like\s+(?:an?\s+)?(?:adults?|grown-?ups?)\b`},
	{cat: CatContempt, guards: gReport, pattern: `\b(?:your|my|the|so|i|you|a|an|his|her|their|being|such)\s+('[a-z][a-z -]{1,20}')(?:\s|[.,!?;:]|$)`, group: 1},
	{cat: CatContempt, guards: gQuote | gReport, pattern: `\bsome\s+of\s+us\s+(?:have|actually|work|have\s+(?:actual|real)|have\s+lives|have\s+jobs)\b|\bactual\s+(?:responsibilities|jobs?|problems|lives)\b|\bthe\s+little\s+people\b|\bif\s+you\s+can\s+(?:fit|squeeze)\s+me\s+in\b|\bwhen\s+you\s+can\s+spare\s+(?:the\s+)?(?:time|a\s+minute|a\s+moment)\b|\bthe\s+only\s+one\s+(?:in\s+(?:this|the)\s+[a-z]+\s+)?(?:who|that)\s+(?:thinks|has\s+any|has\s+a\s+brain|does\s+anything|works|bothers|cares|makes\s+an\s+effort)\b|\b(?:didn'?t|did\s+not)\s+(?:realise|realize|know)\s+(?:i\s+needed\s+(?:your\s+)?(?:permission|approval|a\s+permit)|it\s+was\s+(?:made\s+of\s+gold|a\s+crime|illegal|sacred|the\s+crown\s+jewels|so\s+precious))\b`},

	// resentful: "I guess" after the apology, keeping score, the apology as ordered
	{cat: CatResentful, guards: gQuote, pattern: `\b(?:sorry|won'?t\s+happen\s+again|my\s+bad|apologi[sz]e|apologies)\s*,?\s*(?:about\s+(?:everything|that|it)\s+)?(?:i\s+guess|i\s+suppose|or\s+something|apparently)\b|\bthe\s+one\s+(?:to|who)\s+(?:always\s+)?(?:message|text|call|reach\s+out|apologi[sz]e|make\s+the\s+first\s+move|give\s+in|back\s+down|say\s+sorry)\s+(?:first\s+)?(?:again|as\s+usual|as\s+always|every\s+time)\b|\b(?:that'?s|this\s+is|it'?s)\s+(?:the|my)\s+(?:second|third|fourth|fifth|tenth|hundredth|umpteenth|nth)\s+(?:time(?:\s+(?:i'?ve|i\s+have|now|today|you'?ve)\b|\s*[.!?,;]|\s*$)|apology)|\byour\s+[a-z]+\s+(?:says?|said|thinks?|reckons?)\s+(?:that\s+)?i\s+(?:owe\s+you|should|have\s+to|must|need\s+to)\s+(?:an\s+apology|apologi[sz]e|say\s+sorry)\b|\b(?:apparently|says|said)\b[^.!?\n]{0,60}?\bso\s+here\s+it\s+is\s*[.:!,]`},

	// criticism: "you literally always", "instead of sulking", "twisting everything", "grow up"
	{cat: CatCriticism, guards: gStd, pattern: `\b(?:you|u)\s+(?:literally|honestly|just|basically|seriously)\s+(?:always|constantly|never)\s+[a-z]+`, skip: praised},
	{cat: CatCriticism, guards: gStd, pattern: `\binstead\s+of\s+(?:sulking|moping|whining|moaning|complaining|ignoring\s+me|storming|running\s+off|hiding|pouting|giving\s+me\s+the\s+silent|stropping)\b|\btwist(?:ing|s|ed)?\s+(?:everything|my\s+words|what\s+i\s+(?:say|said)|things)\b|\b(?:you|u)\s+(?:twist|ruin|leave|spoil|overthink|critici[sz]e|question|control|complicate|dramati[sz]e|overanaly[sz]e|turn)s?\s+everything\b|\b(?:going\s+to|gonna|need\s+to|should|when\s+will\s+you|time\s+to|ever)\s+grow\s+up\b|\bact\s+your\s+age\b|\b(?:you'?re|you\s+are|ur)\s+being\s+(?:so\s+|a\s+bit\s+|really\s+|way\s+)?extra\b`},

	// identity: "not the monster you make me out to be", "I'm not a thoughtless person", "not my character"
	{cat: CatIdentity, guards: gQuote | gReport, pattern: `\bi'?m\s+not\s+(?:the|some|a|an)\s+(?:monster|villain|bad\s+guy|devil|terrible\s+person|horrible\s+person|awful\s+person)\b|\b(?:making|make|made)\s+me\s+out\s+to\s+be\b|\bi'?m\s+not\s+(?:a|an|some\s+kind\s+of)\s+(?:[a-z]+\s+)?(?:person|guy|man|woman|friend|partner|human)\b|\b(?:not|isn'?t)\s+(?:in\s+)?my\s+(?:character|nature|personality)\b`},

	// justification: "somebody needed to stand up to her", "I only said what everyone was thinking", "that falls to me"
	{cat: CatJustification, guards: gStd, pattern: `\b(?:some(?:one|body))\s+(?:needed|had|ought|was\s+going)\s+to\s+[a-z]+|\b(?:only\s+|just\s+)?said\s+what\s+(?:everyone|everybody|a\s+lot\s+of\s+people|we\s+were\s+all|others|people)\s+(?:else\s+)?(?:was|were|are|is)\s+(?:thinking|saying)\b|\b(?:that|it)\s+falls\s+to\s+me\b|\b(?:it'?s|it\s+is|it\s+was)\s+(?:my\s+job|part\s+of\s+my\s+job)\s+to\b`},

	// excuses: a manic week, the babysitter fell through, I panicked, the worst month
	{cat: CatExcuse, guards: gStd, pattern: `\b(?:it'?s|it\s+has|it\s+had|it\s+was)\s+been\s+(?:a|an|such\s+a)\s+` + excuseIntens + `(?:manic|insane|intense|full-?on|chaotic|exhausting|draining|awful|terrible|difficult|mad|crazy|hectic|stressful|rough|tough|hard|brutal)\s+(?:day|week|month|year|few\s+(?:days|weeks))\b|\b(?:the\s+)?(?:babysitter|childcare|sitter|nanny|lift|ride)\s+(?:fell\s+through|cancell?ed|let\s+me\s+down|didn'?t\s+(?:show|turn\s+up)|broke\s+down)\b|\bi\s+(?:just\s+)?(?:panicked|froze|got\s+flustered|lost\s+my\s+head|was\s+(?:caught|put)\s+(?:off\s+guard|on\s+the\s+spot))\b|\b(?:been\s+)?having\s+the\s+worst\s+(?:day|week|month|year)\b|\b[a-z]+\s+traffic\s+(?:too\s+|also\s+)?(?:was|is|had\s+been)\s+` + excuseIntens + `(?:crazy|mad|insane|a\s+nightmare|terrible|awful|horrendous|mental)\b|\b(?:it\s+)?(?:completely\s+|totally\s+|just\s+)?slipped\s+my\s+mind\b`, skip: func(d *doc, s, e int) bool {
		// "I know it's been a hard week for you" is sympathy.
		return excuseDisowned(d, s, e) || ahead(d, s) || reForYou().MatchString(d.after(e, 12)) || sympathyBefore(d, s)
	}},

	// empty promises: "make sure it doesn't happen again", "a completely different person", "I'll sort it at some point", "I'll make it up to you" alone
	{cat: CatEmptyPromise, guards: gQuote, pattern: `\bmake\s+sure\s+(?:it|this|that)\s+(?:never|doesn'?t|won'?t|does\s+not|will\s+not)\s+happens?\s+again\b|\bbe\s+(?:a\s+)?(?:completely\s+|totally\s+|whole\s+)?(?:different|new|changed)\s+(?:person|man|woman|guy|friend|partner|husband|wife|son|daughter)\b|\b(?:` + ill + `)\s+(?:sort|fix|deal\s+with|get\s+(?:round|around)\s+to|pay\s+(?:you\s+)?back)\b` + gap + `{0,20}?\b(?:at\s+some\s+point|sometime|some\s+time|one\s+day|eventually|soonish|when\s+i\s+can|when\s+i\s+get\s+(?:a\s+)?(?:chance|minute))\b|\b(?:` + ill + `|i'?m\s+going\s+to|i\s+promise\s+(?:to|i'?ll))\s+make\s+(?:it|this)\s+up\s+to\s+you(?:\s*,?\s*(?:somehow|i\s+promise|eh|ok|okay|one\s+day|someday))?\s*(?:[.!?]|$)`},

	// conditions: a promise that waits on them (or a third party) first
	{cat: CatCondition, guards: gQuote, pattern: `\b(?:` + ill + `|i\s+(?:promise|can|could)|i'?m\s+(?:willing|happy|ready|prepared|open)\s+to|i\s+am\s+(?:willing|happy|ready|prepared|open)\s+to)\b` + gap + `{0,60}?\b(?:only\s+)?(?:if|once|when|after|as\s+soon\s+as|provided)\s+(?:you|u|he|she|they)(?:'?re|\s+are|'?ll|\s+will|\s+can|'?ve|\s+have)?\s+(?:prepared\s+to\s+|willing\s+to\s+|ready\s+to\s+|going\s+to\s+|finally\s+|also\s+|actually\s+)?(?:stop|start|quit|apologi[sz]e|apologi[sz]es|admit|admits|change|changes|honest|straight|nicer|respect|agree|drop|cut|do\s+the\s+same|say\s+sorry|says\s+sorry|take\s+back|takes\s+back|pay|pays)\b`, skip: consentOnly},

	// threats: "see how you like it", "either we ... or", "or it's going in the skip", "I'm coming round"
	{cat: CatThreat, guards: gQuote, pattern: `\b(?:see|let'?s\s+see)\s+how\s+(?:you|u)\s+like\s+(?:it|that)\b|\beither\s+(?:you|u|we)\b` + gap + `{0,60}?\bor\s+(?:i|we|it'?s|you'?ll|that'?s|your)\b|\bor\s+(?:it'?s|they'?re|your\s+[a-z]+(?:'s|\s+is|\s+are))\s+going\s+(?:in|into|to|out|on|back)\b|\bor\s+(?:i'?m|i\s+am|i'?ll|i\s+will)\s+(?:cancell?ing|cancel|leaving|moving|selling|calling\s+off|pulling\s+out|throwing|binning|giving\s+away|keeping|staying|taking)\b`},
	{cat: CatThreat, guards: gQuote, pattern: `\bif\s+(?:you|u)\s+(?:don'?t|do\s+not|won'?t|keep|still|can'?t)\b` + gap + `{0,60}?(?:,\s*|\s+then\s+|\s+)(?:i'?m|i\s+am|i'?ll|i\s+will)\s+(?:coming\s+(?:round|over|to)|turning\s+up|showing\s+up|cancell?ing|changing|selling|moving|staying|take\s+it\s+(?:that|as)|going\s+to\s+(?:your|the|take|assume))\b`},

	// deadlines: "ring me by Sunday", "ring me this weekend", "I need to know ... today", "answer me"
	{cat: CatDeadline, guards: gQuote | gNeg, pattern: `\b(?:ring|phone|call|text|message|answer|reply\s+to)\s+me\s+(?:back\s+)?(?:by|before|this\s+(?:week|weekend|evening|afternoon|morning)|today|tonight|tomorrow|asap|now|straight\s+away)\b|\bi\s+need\s+to\s+(?:know|hear)\b` + gap + `{0,40}?\b(?:today|tonight|right\s+now|now|asap)\b`, skip: func(d *doc, s, e int) bool { return writerSubject(d, s, e) || ifTheyWishAfter(d, e) }},

	// deflection: "sorry you've been so upset", "sorry it landed that way", "sorry you felt I ..."
	{cat: CatDeflection, guards: gQuote | gNeg, pattern: `\bsorry\s+(?:that\s+|if\s+)?(?:you|u)(?:'?ve|\s+have)\s+been\s+(?:so\s+|really\s+|a\s+bit\s+|this\s+)?(?:upset|hurt|angry|mad|offended|bothered|annoyed|worked\s+up|cross)\b|\bsorry\s+(?:that\s+)?(?:it|this|that|my\s+[a-z]+|the\s+[a-z]+)\s+(?:landed|came\s+across|sounded|was\s+(?:taken|received|heard))\s+(?:that\s+way|the\s+way\s+it\s+did|like\s+that|badly|wrong|so\s+badly|poorly)\b|\bsorry\s+(?:that\s+|if\s+)?(?:you|u)\s+(?:felt|feel|got\s+the\s+impression|were\s+under\s+the\s+impression)\s+(?:that\s+)?(?:i|my)\b`},

	// intent: "meant in good fun", "I meant it as a compliment", "meant for the whole team", "where I was coming from", "than intended"
	{cat: CatIntent, guards: gQuote, pattern: `\bmeant\s+(?:it\s+)?(?:in|as)\s+(?:good\s+)?(?:fun|jest|good\s+humou?r|good\s+spirit|the\s+spirit)\b|\bi\s+meant\s+(?:it|that|this)\s+(?:as|to\s+be)\s+(?:a\s+)?(?:compliment|joke|kindness|help|helpful|supportive|funny|light-hearted|friendly|nice|kind|favou?r)\b|\bmeant\s+for\s+(?:the\s+whole|everyone|everybody|the\s+team|the\s+group|someone\s+else)\b|\bthan\s+(?:i\s+)?(?:intended|meant)\b`},

	// universal excuse: human nature, what any parent would do, the best of us
	{cat: CatUniversalExcuse, guards: gStd, pattern: `\bhuman\s+nature\b|\b(?:any|every)\s+(?:parent|mother|father|mum|mom|dad|friend|person|one\s+of\s+us)\s+would\s+(?:have|'?ve)\s+done\s+the\s+same\b|\bhappens\s+to\s+the\s+best\s+of\s+us\b`},

	// misunderstanding: taken the wrong way, the wrong tone
	{cat: CatMisunderstanding, guards: gStd, pattern: `\b(?:took|taken|take|read|heard|interpreted|understood)\b` + gap + `{0,40}?\bthe\s+wrong\s+way\b|\bin\s+the\s+wrong\s+(?:tone|spirit)\b|\bwrong\s+tone\b`, skip: writerSubject},

	// counter: "it wasn't all me"
	{cat: CatCounter, guards: gStd, pattern: `\b(?:it\s+)?(?:wasn'?t|isn'?t|was\s+not|is\s+not)\s+(?:all|just|only|entirely|completely|100%)\s+(?:me|my\s+fault|on\s+me|my\s+doing)\b`},

	// pressure: "how long will you", "we forget the whole thing", "I'm tired of this", "I need to hear your voice", "let's reset", "hope we're fine now"
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\bhow\s+long\s+(?:will|are|is|do|can|must|should)\s+(?:you|u|we|this)\b|\bwe\s+(?:just\s+)?(?:forget|move\s+on\s+from|put\s+(?:it|this)\s+behind|draw\s+a\s+line|pretend|reset|start\s+(?:again|over|afresh))\b|\bi'?m\s+(?:so\s+|really\s+)?(?:tired|sick|exhausted)\s+of\s+(?:this|it|all\s+this|the\s+(?:silence|fighting|drama|games))\b|\bi\s+(?:just\s+|really\s+)?need\s+to\s+(?:hear\s+your\s+voice|see\s+you|talk\s+to\s+you)\b|\blet'?s\s+(?:just\s+)?(?:reset|start\s+(?:again|over|afresh)|turn\s+the\s+page|move\s+forward)\b|\b(?:hope|trust)\s+(?:that\s+)?(?:we'?re|we\s+are|we\s+can\s+be|things\s+are)\s+(?:all\s+)?(?:fine|good|ok(?:ay)?|cool|alright|square|back\s+to\s+normal)(?:\s+now|\s+again)?\b|\b(?:everyone|everybody)\s+(?:in\s+the\s+family\s+)?(?:is|keeps|are|has\s+been)\s+asking\s+(?:me\s+)?(?:what|when|why|if|whether)\b`, skip: func(d *doc, s, e int) bool { return roomGiven(d, s, e) || hoped(d, s, e) }},
	// blame: their conduct as the cause ("you'd been avoiding his calls",
	// "if you'd sent the time earlier", "you always ..., so I ...", "put in
	// an impossible position", "giving me reasons to")
	{cat: CatBlame, guards: gStd, pattern: `\b(?:put|left|placed)\s+(?:me\s+)?in\s+(?:an?|such\s+an?)\s+(?:impossible|awkward|difficult|terrible|horrible|no-win|unfair)\s+(?:position|situation|spot)\b|\b(?:you|u)(?:'?d|\s+had)\s+been\s+(?:a\s+bit\s+|really\s+|so\s+)?(?:off|lying|avoiding|ignoring|winding|needling|nagging|rude|cold|short|horrible|awful|difficult|drinking|picking|getting\s+at|having\s+a\s+go|on\s+at\s+me|funny\s+with\s+me|hiding)\b|\bif\s+(?:you|u)(?:'?d|\s+had)\s+(?:just\s+|only\s+|actually\s+|at\s+least\s+)?(?:[a-z]+ed|sent|told|let|said|given|shown|taken|been|done|come|gone|kept|left|got|gotten|heard|known|bothered|rung|spoken|written)\b|\b(?:giv(?:e|es|ing)|gave)\s+me\s+(?:a\s+|good\s+|every\s+)?(?:reasons?|cause)\s+to\b|\b(?:you|u)\s+(?:always|constantly|keep)\b` + gap + `{0,60}?\b(?:so|and)\s+i\s+(?:needed|had\s+to|just|snapped|lost|couldn'?t)\b`, skip: func(d *doc, s, e int) bool { return reIfYoudOffer().MatchString(d.norm[s:e]) }},
	// ---- fifth family batch: more general forms ----
	{cat: CatContempt, guards: gQuote | gReport, pattern: `\bsorry\b` + gap + `{0,40}?\b(?:breath(?:e|ed|ing)|exist(?:ed|ing|ence)?|dar(?:e|ed|ing)\s+to|having\s+(?:an?\s+)?(?:opinion|thought|life|voice))\b|\bforg(?:o|e)t(?:ting)?\s+(?:that\s+)?you'?re\s+(?:never\s+wrong|always\s+right|perfect|a\s+saint)\b|\byou'?re\s+(?:never\s+wrong|always\s+right)\b`},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\b(?:trust|consider|assume|take\s+it)\s+(?:that\s+)?(?:this|the|that)\s+(?:matter|issue|incident)?\s*(?:is\s+)?(?:now\s+)?(?:closed|settled|resolved|done|over|behind\s+us|finished)\b|\b(?:this|the)\s+matter\s+is\s+(?:now\s+)?(?:closed|settled|resolved)\b`},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\b(?:please|just|so)\s+(?:just\s+)?(?:let\s+(?:it|this|that)\s+go|drop\s+(?:it|this|that)|forget\s+(?:it|this|that|about\s+it))\b|\bcall\s+it\s+(?:square|even|quits)\b`, skip: func(d *doc, s, e int) bool { return writerDoes(d, s, e) || readerPrefers(d, s) }},
	{cat: CatResentful, guards: gQuote, pattern: `\b(?:i'?m|i\s+am)\s+(?:always\s+)?the\s+only\s+one\s+who\s+(?:ever\s+)?(?:has\s+to\s+|have\s+to\s+)?(?:apologi[sz]es?|says?\s+sorry|makes?\s+an\s+effort|tries|reaches\s+out)\b|\bthere\s*[.,!]+\s+i(?:'?ve|\s+have)?\s+(?:said|apologi[sz]ed)\b|\b(?:apologi[sz]ing|saying\s+sorry|sorry)\s+(?:because|cause|since|as)\s+(?:hr|mum|mom|dad|my\s+[a-z]+|your\s+[a-z]+|the\s+[a-z]+|everyone|they|he|she|you)\s+(?:told|asked|made|wants?|wanted|forced|said)\s+(?:me\s+)?(?:to|i\s+(?:should|had\s+to))\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\bfor\s+(?:like|only|just|barely)\s+` + lexSmallCount + `\s+` + lexCountUnit + `\b|\b(?:hardly|barely|scarcely)\s+(?:anyone|anybody|any\s+people|a\s+soul)\s+(?:saw|noticed|knew|heard|read|cared|was\s+there)\b|\b` + lexSmallCount + `\s+` + lexCountUnit + `\s*,?\s*(?:nothing\s+more|that'?s\s+all|tops|max|at\s+most)\b|\bnot\s+(?:exactly\s+|quite\s+)?the\s+end\s+of\s+(?:civili[sz]ation|days|everything)\b`, skip: func(d *doc, s, e int) bool {
		return inQuestion(d, s, e) || slices.Contains(d.wordsBefore(s, 3), "even") || writerWaited(d, s)
	}},
	{cat: CatPassive, guards: gStd, pattern: `\b(?:was|were|got|went|been|left)\s+(?:left\s+)?(?:unanswered|unnoticed|unpaid|unread|unreturned|unacknowledged|unaddressed|unsent|unfinished|undone)\b|\b(?:offen[cs]e|hurt|harm|upset|distress|confusion|inconvenience|damage)\s+(?:was|were|has\s+been|had\s+been|may\s+have\s+been|might\s+have\s+been)\s+caused\b|\b(?:ended|wound)\s+up\s+(?:on|in|into|onto)\s+(?:the|your|my)\b`, skip: func(d *doc, s, e int) bool { return personBefore(d, s) || agentAfter(d, s, e) }},
	{cat: CatJustification, guards: gStd, pattern: `\b(?:it|that|this|what\s+i\s+did)\s+(?:was|is)\s+(?:absolutely\s+|completely\s+|totally\s+|entirely\s+|perfectly\s+)?(?:necessary|justified|warranted|called\s+for|deserved)\b|\bwithin\s+my\s+rights\b|\bi\s+(?:still\s+)?stand\s+(?:by|behind)\b|\bi\s+had\s+no\s+(?:real\s+|other\s+)?(?:choice|option|alternative)\b|\b(?:left|gave)\s+me\s+no\s+real\s+(?:choice|option|alternative)\b`, skip: func(d *doc, s, e int) bool { return butOwnedLater(d, s, e) || ownedAfterLaterBut(d, e) }},
	{cat: CatCriticism, guards: gStd, pattern: `\bmak(?:e|es|ing)\s+(?:everything|it|this|things|every\s+[a-z]+)\s+about\s+(?:you|yourself)\b|\b(?:never\s+been|isn'?t|is\s+not|wasn'?t|not)\s+(?:exactly\s+)?your\s+strong\s+(?:point|suit)\b`, skip: func(d *doc, s, _ int) bool { return writerSubject(d, s, s) }},
	// reach-outs: a visit announced, not asked; ignoring questioned; innocence pleaded
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\bi'?m\s+(?:coming|going\s+to\s+come|popping|dropping|turning\s+up)\s+(?:round|over|by|to\s+(?:yours|your\s+(?:house|place|flat|work)))\b|\bwhy\s+(?:are|r)\s+(?:you|u)\s+(?:still\s+)?(?:ignoring|avoiding|blanking|ghosting|punishing)\s+me\b|\b(?:i'?ve|i\s+have)\s+done\s+nothing\s+to\s+deserve\b|\bwhat\s+(?:did|have)\s+i\s+(?:ever\s+)?(?:do|done)\s+to\s+deserve\b`, skip: func(d *doc, s, e int) bool {
		a, b := d.sentence(s)
		return reRequestNotOrder().MatchString(d.norm[a:b]) && !strings.Contains(d.norm[s:e], "why")
	}},
	// ---- sixth family batch ----
	{cat: CatCondescending, guards: gStd, pattern: `\b(?:smaller|simpler|shorter)\s+words\b|\bas\s+(?:anyone|anybody|everyone)\s+(?:could|would|can)\s+(?:have\s+)?(?:told|seen|guessed)\b|\b(?:a\s+bit\s+|too\s+|rather\s+)?(?:complicated|complex|difficult|hard|tricky|technical)\s+for\s+you\b`},
	{cat: CatInvalidating, guards: gStd, pattern: `\b(?:stop|quit)\s+being\s+(?:so\s+)?(?:touchy|sensitive|precious|emotional|dramatic|uptight)\b|\b(?:wasn'?t|isn'?t|nothing)\s+(?:something\s+)?(?:to\s+)?(?:cry|get\s+upset|get\s+worked\s+up|lose\s+sleep)\s+(?:over|about)\b|\bemotions\s+(?:run\s+away\s+with|get\s+the\s+better\s+of)\s+you\b|\bletting\s+your\s+(?:emotions|feelings)\s+(?:run|get|take)\b`},
	{cat: CatPresuming, guards: gStd, pattern: `\bknowing\s+you\s*,?\s+(?:you'?ve|you\s+have|you'?re|you\s+are|you'?ll|you)\s+(?:already|probably|forgotten|moved|got\s+over|not)\b`},
	{cat: CatCounter, guards: gStd, pattern: `\b(?:she|he|they)\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not|isn'?t|aren'?t)\s+exactly\b|\bgave\s+as\s+good\s+as\s+(?:you|u)\s+got\b`},
	{cat: CatDeflection, guards: gQuote | gNeg, pattern: `\bsorry\s+(?:that\s+)?(?:the|my)\s+[a-z]+\s+(?:didn'?t|did\s+not)\s+(?:land|go\s+down\s+well|come\s+across)\b|\bsorry\s+(?:that\s+|if\s+)?(?:you|u)\s+found\s+(?:it|that|this|my\s+[a-z]+|the\s+[a-z]+|what\s+i\s+said)\s+(?:so\s+)?(?:upsetting|offensive|hurtful|rude|insulting|hard|difficult|annoying)\b|\bsorry\s+(?:that\s+|if\s+)?(?:you|u)\s+(?:ended\s+up\s+|were\s+)?(?:taking|took|take)\s+(?:it|that|this)\s+(?:so\s+)?(?:personally|badly|hard|the\s+wrong\s+way)\b`},
	// ---- seventh family batch (from the spent sealed v7 misses) ----
	// A "but" or "to be fair" that turns to what the other person did.
	{cat: CatBlame, guards: gStd, pattern: `\b(?:but|though|tho|to\s+be\s+fair|in\s+fairness)\W+(?:(?:honestly|tbh|to\s+be\s+fair|in\s+fairness|like|let'?s\s+be\s+honest|come\s+on|seriously)\W+)*(?:you|u)\s+(?:literally\s+|really\s+|just\s+|basically\s+)?(?:would(?:n'?t|\s+not)\s+stop|started|start|changed|pushed|provoked|wound|sprang|spring|sprung|were\s+given|got\s+(?:told|given|warned)|didn'?t\s+(?:tell|say|warn|ask|remind|mention)|never\s+(?:tell|told|said|say|warned|warn|asked|ask|reminded|remind|mentioned|mention|let\s+me\s+know))\b`},
	{cat: CatBlame, guards: gStd, pattern: `\b(?:to\s+be\s+fair|in\s+fairness)\W+(?:though\W+)?(?:the|your)\s+(?:brief|spec|instructions?|plan|directions?|email|message|template|request)\s+(?:was|were)\s+(?:never|not|all\s+over|unclear|vague|confusing|wrong)\b|\b(?:the|your)\s+(?:brief|spec|instructions?|template)\s+(?:was|were)\s+(?:all\s+over\s+the\s+place|never\s+clear|unclear|so\s+vague|a\s+mess)\b`},
	{cat: CatExcuse, guards: gStd, pattern: `\b(?:to\s+be\s+fair|in\s+fairness)\W+(?:though\W+)?(?:the|our|my)\s+(?:team|office|department|site|system|server|trains?|traffic|weather)\b|\b(?:were|was)\s+(?:two|three|four|a|one)\s+(?:people|person|staff|members?|men|short)\s+down\b|\b(?:short-?staffed|understaffed)\b`, skip: excuseDisowned},
	{cat: CatExcuse, guards: gStd, pattern: `\b(?:i\s+was|i'?ve\s+been|i\s+have\s+been|i'?d\s+been|i\s+had\s+been|we\s+were|i'?m)\s+(?:under|dealing\s+with)\s+(?:huge|a\s+lot\s+of|so\s+much|massive|enormous|a\s+ton\s+of|serious|real|such|insane|crazy|immense|a\s+great\s+deal\s+of)\s+(?:pressure|stress)\b|\b(?:it|that|the\s+[a-z]+)\s+clashed\s+with\b|\b(?:stuff|things|work|dishes|washing|emails)\s+(?:just\s+|kind\s+of\s+|kinda\s+)?piled\s+up\b`, skip: excuseDisowned},
	// "You literally did the same", "you also still owe me".
	{cat: CatCounter, guards: gStd, pattern: `\byou\s+(?:literally|basically|also|pretty\s+much|kind\s+of|kinda|yourself)\s+(?:did|do|said|have\s+done|'?ve\s+done)\s+(?:the\s+)?(?:exact\s+|very\s+)?same\b|\byou\s+(?:also|too)\s+still\s+(?:owe|have|haven'?t|didn'?t|never)\b`},
	// Sorry for their state, not for the act.
	{cat: CatDeflection, guards: gQuote | gNeg, pattern: `\bsorry\s+(?:that\s+|if\s+)?(?:it|this|that)\s+(?:has\s+|may\s+have\s+|might\s+have\s+)?(?:caused|gave|given|made)\s+(?:you|u)\s+(?:some\s+|any\s+|so\s+much\s+)?(?:problems|trouble|issues|grief|hassle|stress|difficulties|inconvenience|distress|upset|embarrassment|worry|bother)\b|\bsorry\s+(?:that\s+)?(?:it'?s|it\s+is|it\s+has\s+been|it'?s\s+been|things\s+are)\s+(?:so\s+|been\s+)?(?:hard|tough|difficult|rough)(?:\s+for\s+(?:you|u))?\s*(?:[.,!;]|$)|\bsorry\s+(?:that\s+)?(?:you|u|your\s+highness|her\s+majesty|his\s+majesty)\s+(?:didn'?t|did\s+not|don'?t)\s+(?:like|enjoy|appreciate|approve)\b`},
	{cat: CatDeflection, guards: gQuote | gNeg, pattern: `\b(?:i\s+)?never\s+meant\s+(?:to\s+)?(?:make|for)\s+(?:you|u)\s+(?:to\s+)?feel\b`, noAct: true},
	// Agentless: the error went out, was not caught, will be reviewed.
	{cat: CatPassive, guards: gStd | gWriter, pattern: `\b(?:the\s+)?(?:error|mistake|problem|issue|typo|figures|numbers|notes|data|report|handover|invoice)s?\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not|didn'?t\s+get|never\s+got)\s+(?:caught|picked\s+up|spotted|checked|noticed|flagged|updated|passed\s+on|sent|finished|completed)\b|\b(?:figures|numbers|report|invoice|email|data|notes)\s+went\s+out\s+(?:wrong|late|incomplete|with)\b|\b(?:were|was)\s+(?:pulled|copied|taken)\s+from\s+the\s+(?:old|wrong)\b|\b(?:will|shall)\s+be\s+(?:reviewed|looked\s+into|addressed|investigated|raised)\b`},
	{cat: CatPassive, guards: gStd, pattern: `\b(?:sorry|apologies|apologi[sz]e|regret)\s+(?:that\s+)?(?:the\s+[a-z]+\s+)?(?:notes|figures|numbers|report|handover|documents?|files?|kitchen|house|flat|place)\s+(?:was|were)\s+(?:incomplete|wrong|late|missing|such\s+a\s+mess|a\s+mess|messy|out\s+of\s+date)\b`},
	// Sorry for how things turned out, or for a day or an event with no act named.
	{cat: CatVague, guards: gStd, pattern: `\b(?:sorry|apologies|apologi[sz]e|regret)\s+(?:that\s+)?(?:things|it|everything|it\s+all)\s+(?:turned\s+out|went|ended\s+up|ended|got|played\s+out)\s+(?:this|that|the)\s+way\b|\b(?:sorry|apologies|apologi[sz]e|regret)\s+(?:that\s+)?(?:things|it|everything|it\s+all)\s+(?:turned\s+out|went|ended\s+up|ended|played\s+out)\s+like\s+(?:this|that)\b|\bregret\s+the\s+(?:situation|whole\s+situation|way\s+it\s+went)\b`, noAct: true},
	{cat: CatVague, guards: gStd, pattern: `\b(?:sorry|apologies|apologi[sz]e)\s+(?:again\s+)?(?:for|about)\s+(?:yesterday|last\s+(?:night|week|weekend|time|month|year|sat|saturday|sunday)|the\s+other\s+(?:day|night|week)|earlier|today|tonight|this\s+(?:morning|afternoon|evening|weekend)|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:night|morning|evening|afternoon))?|the\s+weekend|the\s+(?:thing|argument|fight|row|blow-?up|blowup|incident|business|drama|scene|falling\s+out|stuff|noise)(?:\s+(?:at|on|with|in|from|over|about)\s+(?:the\s+)?[a-z']+(?:\s+[a-z']+)?)?)\s*(?:[.,!;?)]|$|\s+(?:lol|tbh|x+|haha)\b|\s+(?:but|and|i\s+feel|i\s+know)\b|\s+(?:can|could|would|will|i'?ll|let'?s|lets|hope|please|pls|i\s+miss|i\s+love|i\s+want|i'?d\s+(?:like|love))\b|\s+(?:i'?d\s+had|i\s+was|i'?m|im|things|stuff|it\s+(?:was|got)|we\s+(?:both|all)|won'?t|call|ring|text|see\s+(?:you|u|ya)|love)\b)`, noAct: true},
	// A part in a quarrel or an unknown act in place of the act: "sorry
	// for my part in the fight about your sister", "whatever it was, I'm
	// sorry". ("Sorry for how I acted at the wedding" is not here: the
	// writers named it vague on about half the drafts that say so.)
	{cat: CatVague, kinds: kApology, guards: gStd, pattern: `\b(?:sorry|apologi[sz]e|apologies)\s+(?:for|about)\s+my\s+(?:part|share|role)\s+in\s+(?:the|our|that|this)\s+(?:(?:big|stupid|whole|silly)\s+)?(?:fight|argument|row|falling\s+out|blow-?up|disagreement|quarrel|dispute|clash|spat|bust-?up)\b|\bwhatever\s+(?:it\s+was|i\s+did|happened)\s*,?\s+(?:i'?m|im|i\s+am)\s+(?:so\s+|really\s+|truly\s+)?sorry\b`, skip: otherActNamed},
	// A reach-out that opens with a blanket apology ("sorry for everything")
	// apologises for nothing in particular; "my part in what happened" is
	// left alone there, since a first message need not name the act.
	// "Sorry for whatever happened between us", "for all that happened over
	// the property": 16 of the 17 reach-outs of the spent blind sets with
	// that shape are labelled vague (the second rule; only where no act is
	// named, and not in sympathy for what happened to them).
	{cat: CatVague, kinds: kReachOut, guards: gStd, pattern: `\b(?:sorry|apologi[sz]e|apologies)\s+(?:for|about)\s+(?:everything|whatever\s+i\s+(?:did|said)|it\s+all|all\s+of\s+it|how\s+(?:things|it|everything)\s+(?:ended|went)|the\s+way\s+(?:things|it|everything)\s+(?:ended|went))\b`},
	{cat: CatVague, kinds: kReachOut, guards: gStd, pattern: `\b(?:sorry|apologi[sz]e|apologies)\s+(?:for|about)\s+(?:whatever|all\s+(?:of\s+)?(?:that|what)|everything\s+that|what)\s+(?:happened|went\s+on|went\s+down)\b`, noAct: true, skip: func(d *doc, _, e int) bool {
		// "sorry for all that happened with your dad" is sympathy.
		return reSympathyAfter().MatchString(d.after(e, 20))
	}},
	// Pushing for a reply or for reassurance: "I'm done waiting", "you've had
	// three days", "I need to hear you're ok with me", "this is getting
	// ridiculous", "forget it before Diwali".
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\bi'?m\s+(?:done|sick\s+of|tired\s+of)\s+waiting\b|\byou'?ve\s+had\s+(?:two|three|four|five|six|several|a\s+few|[0-9]+)\s+(?:days|weeks|hours|months)\b|\b(?:this|it|the\s+silence)\s+is\s+(?:getting|becoming)\s+(?:ridiculous|silly|stupid|absurd|childish|old|beyond\s+a\s+joke)\b|\bforget\s+(?:about\s+)?(?:it|this|that|all\s+this)\s+before\b`},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\bi\s+(?:just\s+|really\s+|desperately\s+)?need\s+(?:to\s+hear|you\s+to\s+(?:say|tell\s+me))\s+(?:from\s+you\s+)?(?:that\s+)?(?:you'?re|you\s+are|we'?re|we\s+are|you\s+(?:don'?t|do\s+not|still|forgive))\b`, skip: func(d *doc, _, e int) bool { return strings.Contains(d.after(e, 12), "hate") }},
	// Guilt through what others would feel or what was given ("Mamaw'd be
	// heartbroke to see us not talking", "Mama would have hated to see
	// us like this", "after all the rides I gave you"), and reproach for
	// the silence ("you can't even text me back?", "why are you doing
	// this to me?", "would've been nice to hear from you", "are you
	// coming Sunday or not?"): pressure by the definitions (Lerner 2017).
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\b[a-z]+(?:'d|\s+would)\s+(?:be|have\s+been)\s+(?:so\s+)?(?:heartbroken|heartbroke|gutted|ashamed|devastated|turning\s+in\s+(?:her|his|their)\s+grave)\b|\bwould\s+(?:have\s+)?hated\s+to\s+see\s+(?:us|you|this|them)\b|\bafter\s+all\s+the\s+[a-z]+(?:\s+[a-z]+)?\s+i\s+(?:gave|did|lent|made|bought|paid|covered|drove|cooked)\b|\b(?:you|u)\s+can'?t\s+even\s+(?:text|reply|call|ring|answer|message|pick\s+up|be\s+bothered)\b|\bwhy\s+(?:are|r)\s+(?:you|u)\s+doing\s+this\s+to\s+me\b|\bwould(?:'?ve|\s+have)\s+been\s+nice\s+to\s+(?:hear|get)\b|\b(?:are|r)\s+(?:you|u)\s+(?:coming|in|going)\b` + gap + `{0,30}?\bor\s+not\s*\?`, skip: writerFeels},
	// Eighth batch, from the spent sealed v8 misses.
	// "You're overreacting" says the hurt is smaller than they feel it.
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:you'?re|ur|you\s+are|u\s+r|u\s+are)\s+(?:(?:honestly|literally|just|totally|being|a\s+bit|kind\s+of|kinda|really|so)\s+)*overreacting\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\bsilly\s+little\b|\blittle\s+(?:tiff|spat|squabble)\b`},
	// Sorry for how an event went, the writer's part unnamed ("for how
	// Tuesday's planning meeting went").
	{cat: CatVague, guards: gStd, pattern: `\b(?:sorry|apologi[sz]e|apologies)\s+(?:for\s+|about\s+)?(?:how|the\s+way)\s+(?:[a-z']+\s+){1,3}?(?:went|turned\s+out|played\s+out|unfolded|panned\s+out|went\s+down)\b`, noAct: true, skip: func(d *doc, s, e int) bool {
		m := d.norm[s:e]
		for _, w := range []string{" how i ", " way i ", " how you ", " way you ", " how u ", " way u "} {
			if strings.Contains(m, w) {
				return true
			}
		}
		return false
	}},
	// Claiming to know their mind: "I know exactly what you're going
	// through", "I know you better than anyone", "I know you're probably
	// relieved", "you're obviously still mad".
	{cat: CatPresuming, guards: gStd, pattern: `\bi\s+(?:know|understand)\s+(?:exactly|just)\s+(?:how|what)\s+(?:you|u)(?:'re|\s+are|\s+r)?\s+(?:feel|felt|feeling|thinking|think|going\s+through|must\s+feel)\b|\bi\s+(?:know|understand)\s+exactly\s+what'?s\s+going\s+on\s+in\s+your\s+head\b|\bi\s+know\s+(?:you|u)\s+better\s+than\s+(?:anyone|you\s+know|yourself)\b|\bi\s+know\s+(?:you'?re|you\s+are|u\s+r|ur|u\s+are)\s+probably\b`},
	{cat: CatPresuming, guards: gStd, pattern: `\bi'?m\s+sure\s+(?:you'?re|you\s+are|ur)\s+(?:(?:probably|still|really|very|just)\s+)*(?:angry|mad|hurt|hurting|upset|cross|furious|gutted|embarrassed|relieved|fuming|dying|glad|happy)\b|\b(?:you'?re|you\s+are|ur)\s+(?:obviously|clearly)\s+(?:still\s+)?(?:angry|mad|hurt|upset|cross|furious|taking\s+it|annoyed)\b`},
	// The other person's conduct right after the turn ("but honestly you
	// were out of position all game", "but u literally wouldn't stop").
	{cat: CatBlame, kinds: kApology, guards: gStd, pattern: `\b(?:but|tho|though)\s+(?:(?:honestly|tbh|to\s+be\s+fair|let'?s\s+be\s+honest)\s+)?(?:you|u)\s+(?:(?:literally|basically|honestly|just)\s+)?(?:were|was|had\s+been|kept|left|made|started|wouldn'?t|would\s+not|shouted|provoked)\b`, skip: func(d *doc, _, e int) bool { return ownedLaterInSentence(d, e) }},
	// Counterfactual blame, in any words: "wouldn't have happened if u
	// hadn't been blasting your music", "if the runbook had been updated
	// I wouldn't have wiped it", "how was I meant to know", "it would have
	// been helpful if that had been escalated on your side".
	{cat: CatBlame, guards: gStd, pattern: `\bhow\s+(?:was|am|were|would|could)\s+(?:i|anyone|anybody|we|one)\s+(?:supposed\s+|meant\s+|expected\s+)?(?:to\s+)?(?:know|have\s+known|guess)\b|\b(?:would\s+have|would'?ve|it'?d\s+have)\s+been\s+(?:helpful|nice|good|useful|easier|better)\s+if\s+(?:you|u|that|this|someone|somebody|the|your)\b|\b(?:wouldn'?t|would\s+not|never\s+would)\s+(?:have\s+)?(?:happened|keep\s+happening|be\s+(?:an\s+issue|a\s+problem))\b|\bif\s+(?:you|u|your\s+[a-z]+|the\s+[a-z]+|someone|somebody|anyone|they|he|she|reviews|emails|messages|figures|numbers|instructions|rules)\s+(?:had|hadn'?t|'d|got|were|was|did|didn'?t)\b` + gap + `{0,60}\b(?:(?:i|we|this|it|my\s+[a-z]+)\s+)?(?:would(?:n'?t)?|could)\s+(?:have|keep|'ve)\b`},
	// Keeping score of who reaches out, or how often the apology has been
	// said; a "Fine, I'm sorry" said through the teeth.
	{cat: CatResentful, guards: gQuote, pattern: `\b(?:i'?ll|i\s+will|i\s+guess\s+i'?ll)\s+be\s+the\s+one\s+(?:to\s+reach|reaching|to\s+make|making|to\s+message)\b|\b(?:always|only\s+one\s+who\s+ever|the\s+only\s+one\s+who|the\s+one\s+who\s+has\s+to)\s+(?:the\s+one\s+who\s+)?(?:has\s+to\s+)?makes?\s+the\s+first\s+move\b|\bsince\s+i\s+always\s+(?:am|do)\b|\bas\s+per\s+usual\b`},
	{cat: CatResentful, guards: gQuote, pattern: `^\W*(?:ok(?:ay)?\s+|right\s*[,.]?\s*|alright\s*[,.]?\s*)?fine\s*[,.!]*\s*(?:[a-z]+\s*[,.]\s*)?(?:i'?m\s+|im\s+)?sorry\b|\bhow\s+many\s+more\s+times\b|\b(?:second|third|fourth|fifth)\s+time\s+i'?ve\s+(?:said|apologi[sz]ed)\b|\bi'?ve\s+(?:already\s+|now\s+)?(?:said\s+sorry|apologi[sz]ed)\s+(?:[a-z ]{0,40}?)(?:twice|three\s+times|four\s+times|like\s+[a-z]+\s+times|[a-z]+\s+times\s+now)\b`},
	// Leaning on the reader: "I really need this", "I need closure",
	// "just forget the whole thing", "let's not make it a thing", "we're
	// good now, right?", "hopefully that's the end of it".
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\bi\s+(?:(?:really|just|rly)\s+)*need\s+(?:this|closure|us\s+to\s+be\s+(?:ok|okay|good)|my\s+[a-z]+\s+back)\b|\bi\s+(?:(?:really|just|rly)\s+)*need\s+(?:you|u)\s*(?:[.,!?;]|$|back\b|here\b)`},
	{cat: CatPressure, guards: gQuote, pattern: `\b(?:forget|drop)\s+(?:the\s+whole\s+thing|all\s+(?:this|that|about\s+it)|about\s+(?:it|this|the\s+whole\s+thing))\b|\bstop\s+being\s+(?:weird|silly|stupid|childish|like\s+this)\b|(?:\bnot|n'?t)\s+(?:turn|make)\s+(?:it|this)\s+(?:into\s+)?a\s+(?:whole\s+)?(?:thing|big\s+thing)\b|\b(?:we'?re|we\s+are|are\s+we)\s+(?:all\s+)?(?:good|ok|okay|cool|sweet|fine)\s+(?:now\s+)?(?:right|yeah|yes|then)?\s*\?|\bhopefully\s+(?:that'?s|this\s+is)\s+the\s+end\s+of\s+it\b`},
	// Labels for the other person's character: sulking, "grow up", "you've
	// never once", "when you're ready to be reasonable", "very mature",
	// "you're always like this".
	{cat: CatCriticism, guards: gStd, pattern: `\b(?:(?:you'?re|you\s+are|ur|u\s+r|still|done|finished|stop)\s+(?:still\s+|just\s+)?sulking|grow\s+up|you(?:'?ve|\s+have)?\s+never\s+once|ready\s+to\s+be\s+(?:reasonable|an\s+adult|a\s+grown-?up|mature)|very\s+mature|done\s+being\s+(?:a\s+)?(?:martyr|drama\s+queen|dramatic|childish|petty))\b|\b(?:you'?re|you\s+are|ur)\s+always\s+(?:like\s+this|mad|angry|so\s+quick|sulking|moaning)\b|\b(?:you|u)(?:'?ve|\s+have)\s+always\s+been\s+like\s+this\b`},
	// Likening the reaction to one for a crime ("you're acting like I
	// cheated"); "didn't think it was a big deal".
	{cat: CatMinimizing, guards: gStd, pattern: `\bdid(?:n'?t|nt|\s+not)\s+think\s+(?:it\s+was|it'?d\s+be|it\s+would\s+be)\s+(?:a|that|such\s+a|that\s+much\s+of\s+a)\s+(?:big\s+)?(?:deal|thing)\b|\b(?:acting|act)\s+like\s+i\s+(?:killed|murdered|cheated|committed|robbed|stabbed)\b`},
	// Formal regret about an event with no one in it ("I regret that the
	// client demo didn't go to plan", "it is regrettable that the
	// scaffolding ended up ..."); "I regret that I ..." names the writer.
	{cat: CatPassive, kinds: kApology, guards: gStd, pattern: `\b(?:regret|regrettable)\s+that\s+[a-z']+`, skip: func(d *doc, s, e int) bool {
		// "... that our collaboration ended the way it did" is vague.
		if reEndedThatWay().MatchString(d.after(e, 48)) {
			return true
		}
		m := d.norm[s:e]
		w := m[strings.LastIndexByte(m, ' ')+1:]
		switch w {
		case "i", "i'd", "i'm", "i've", "we", "we'd", "you", "u", "my":
			return true
		}
		return false
	}},
	// A bad stretch or a worn-out state given as the reason ("I'd had a
	// shocker of a week", "it's been the week from hell", "I was in a
	// proper state", "I was skint"); owned reasons are left alone.
	{cat: CatExcuse, guards: gStd, pattern: `\b(?:it'?s\s+been|i'?d\s+had|i'?ve\s+had|i\s+had|had|been|having)\s+(?:such\s+)?(?:a\s+|the\s+)?(?:shocker(?:\s+of\s+a\s+(?:week|day|month))?|(?:week|month|day)\s+from\s+hell|nightmare\s+(?:week|day|month)|rough\s+(?:week|day|month|few\s+weeks)|bad\s+(?:week|day|month)|hell\s+of\s+a\s+(?:week|day)|long\s+(?:week|day)|mad\s+(?:week|day)|crazy\s+(?:week|day)|horrible\s+(?:week|day)|awful\s+(?:week|day)|worst\s+(?:week|day|month))\b|\bi\s+was\s+(?:in\s+(?:a\s+)?(?:(?:proper|really|such\s+a|a\s+really)\s+)?(?:state|bad\s+place|dark\s+place|bad\s+way)|skint|broke|exhausted|knackered|shattered|so\s+tired|run\s+down|burnt\s+out|burned\s+out)\b`, skip: func(d *doc, s, e int) bool { return disowned(d, s, e) || apologisedFor(d, s) || ahead(d, s) }},
	// Trading secrets as a threat: "if you tell Dad about it, I'll tell him
	// about your credit card".
	{cat: CatThreat, guards: gQuote | gNeg, pattern: `\bif\s+(?:you|u)\s+(?:go\s+|ever\s+)?(?:tell|telling|mention|say|breathe|run|go\s+running|post|show)\b[^.!?\n]{0,60}\b(?:i'?ll|ill|i\s+will)\s+(?:tell|show|post|report|send|let)\b`, skip: offeredIfTheyWant},
	// Telling them their reaction is the problem: "you take everything so
	// personally", "why you're making such a big deal", "you need to chill".
	{cat: CatInvalidating, guards: gStd, pattern: `\b(?:take|taking|takes|took)\s+(?:everything|things|it|this|stuff)\s+(?:i\s+say\s+)?(?:so\s+|too\s+|way\s+too\s+|far\s+too\s+)personally\b|\bmaking\s+(?:such\s+a|so\s+much\s+of\s+a|a)\s+(?:big\s+)?(?:deal|fuss|drama)\b|\bfeelings\s+are\s+so\s+(?:precious|fragile|delicate)\b|\b(?:you|u)\s+need\s+to\s+(?:chill|calm\s+down|relax|lighten\s+up|get\s+over\s+it)\b|\b(?:way\s+|far\s+|so\s+)too\s+(?:uptight|touchy|sensitive|precious)\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\bhardly\s+the\s+end\s+of\s+the\s+world\b|\bnothing\s+(?:major|serious|big|huge)\b|\b(?:literally\s+)?(?:like\s+)?half\s+a\s+(?:portion|bottle|carton|glass|slice|bag|tin)\b|\b(?:it'?s|its|it\s+was)\s+(?:literally\s+)?(?:one|a)\s+(?:carton|bottle|slice|biscuit|yoghurt|yogurt|sandwich|can)\b`},
	// Drink and a busy time offered as the cause.
	{cat: CatExcuse, guards: gStd, pattern: `\b(?:i'?d|i\s+had|i'?d\s+had)\s+(?:way\s+|far\s+|a\s+bit\s+|much\s+)?too\s+(?:much|many)\s+(?:to\s+drink|wine|beers?|drinks)\b|\b(?:i\s+was|everyone\s+was|we\s+were|i'?d\s+been)\s+(?:so\s+|pretty\s+|really\s+|a\s+bit\s+|quite\s+|properly\s+)?(?:drunk|wasted|hammered|smashed)\b|\bthere\s+was\s+(?:just\s+)?so\s+much\s+going\s+on\b`, skip: func(d *doc, s, e int) bool { return disowned(d, s, e) || apologisedFor(d, s) }},
	// Busy shifts, little sleep, a count of drinks, "such a week" (from
	// blind-v21's first-run misses; 21 of 22 training drafts with these
	// shapes are labelled excuse).
	{cat: CatExcuse, guards: gStd, pattern: `\b(?:it\s+was|it'?s\s+been|we\s+were|i\s+was|the\s+(?:ward|shop|office|kitchen|floor|unit|site)\s+was|work\s+(?:was|has\s+been|'s\s+been))\s+(?:a\s+)?(?:really\s+|extremely\s+|so\s+|crazy\s+|mad\s+|absolutely\s+|proper\s+)?(?:busy|heavy\s+shift|hectic|slammed|swamped|short[\s-]staffed|understaffed|manic|rammed|chaotic)\b|\brunning\s+on\s+(?:\d+|one|two|three|four|five|no)\s+hours?(?:'|\s+of)?\s+sleep\b|\bi(?:'?ve|\s+have)?\s+(?:had|been\s+(?:working|doing))\s+(?:exams|deadlines|nights|doubles|lates|overtime|double\s+shifts)\s+all\s+(?:week|month|fortnight)\b|\bi(?:'?d|\s+had)\s+(?:had\s+)?(?:like\s+|about\s+|maybe\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+(?:pints|drinks|beers|glasses|whiskies|whiskeys|shots|ciders|cans)\b|\bmust\s+(?:have|'?ve)\s+been\s+the\s+(?:tequila|drink|wine|beer|beers|pints|booze|vodka|gin|whisky|whiskey|shots|alcohol|cider|rum)\b|\bwe\s+(?:both\s+|all\s+)?had\s+(?:way\s+)?too\s+much\b|\bi(?:'?ve|\s+have)\s+had\s+such\s+a\s+(?:week|day|month)\b`, skip: func(d *doc, s, e int) bool { return disowned(d, s, e) || apologisedFor(d, s) || ahead(d, s) }},
	// Tenth batch, from blind-v24's first-run misses.
	// An apology with no object at all ("Sorry Ma. It won't happen again.",
	// "fine, I'm sorry.", "look i'm sorry ok") names nothing it is for.
	// Not on a line of a rehearsal: the next line may name it.
	{cat: CatVague, guards: gStd, pattern: `(?:^|[.!?\n]\s*|\b(?:fine|ok|okay|look|well|alright|right)[,.]?\s+)((?:i'?m|i\s+am|im)\s+(?:so\s+|really\s+|very\s+|truly\s+|deeply\s+|just\s+)*sorry|sorry)(?:\s*,?\s*(?:ok|okay|alright|then|again|[a-z]+))?\s*(?:[.!?]|$)`, group: 1, noAct: true, skip: func(d *doc, _, _ int) bool { return d.line || reNamesThing().MatchString(d.norm) }},
	// "Sorry about the car thing", "the whole ticket thing", "the vc stuff".
	{cat: CatVague, guards: gStd, pattern: `\b(?:sorry|soz|apologi[sz]e|apologies|messed\s+up)\s+(?:again\s+)?(?:about|for|re|with|over)\s+(?:the|that|this|all\s+the)\s+(?:whole\s+)?(?:[a-z'-]+\s+){1,3}(?:thing|stuff|business|situation|drama|saga|episode|incident|mess)\b`, noAct: true},
	// A label on the writer in place of the act ("sorry for being a dick
	// at the cricket", "sorry I was such a mess at your 50th").
	{cat: CatVague, guards: gStd, pattern: `\b(?:sorry|soz|apologies)\s+(?:for\s+being|(?:that\s+)?(?:i\s+(?:was|have\s+been|was\s+being|am)|i'?ve\s+been|i'?m|im))\s+(?:such\s+|so\s+|a\s+bit\s+of\s+|a\s+)?(?:a\s+|an\s+)?(?:(?:total|complete|absolute|proper|massive|real|rubbish|crap|terrible|awful|bad)\s+)?(?:dick|idiot|jerk|nightmare|mess|weirdo|prick|knob|arse|ass|asshole|wanker|twat|moron|tool|grump|diva|mate|friend|housemate|flatmate|sister|brother|son|daughter|partner|girlfriend|boyfriend|wife|husband)\b`, skip: func(d *doc, _, e int) bool {
		// "sorry i was such a dick about the fantasy league" names the
		// matter; so does any act named beside the label. The label itself
		// counts as an act for the elements, so the rule cannot ask for a
		// draft with none (noAct).
		return namesNoun(reAboutMatter(), d.after(e, 40)) || d.actBesidesLabel() || reAndAct().MatchString(d.after(e, 80))
	}},
	// "sorry things got so heated", with nothing of the writer's named.
	{cat: CatVague, kinds: kApology, guards: gStd, pattern: `\bsorry\s+(?:that\s+)?(?:things|it|everything)\s+got\s+(?:so\s+|a\s+bit\s+|a\s+little\s+|really\s+|pretty\s+|kind\s+of\s+|kinda\s+)?(?:heated|out\s+of\s+hand|messy|weird|ugly|nasty|crazy|intense|tense|awkward)\b`, noAct: true},
	// "the things I said", "some of what I said", "my words last night".
	{cat: CatVague, guards: gStd, pattern: `\b(?:sorry|apologi[sz]e|apologies|regret)\s+(?:for\s+|about\s+)?(?:the\s+things|the\s+stuff|some\s+of\s+the\s+things|some\s+(?:of\s+)?(?:what|the\s+stuff)|all\s+the\s+things|some\s+things|things|my\s+words)\b(?:\s+(?:that\s+)?i\s+(?:said|did|wrote|put))?|\bi\s+said\s+what\s+i\s+said\s*(?:[.,!;]|$)|\bi\s+(?:may|might)(?:\s+have|'ve)\s+said\s+(?:some\s+)?things\b`, noAct: true},
	// After the apology's "but" or "to be fair", the other person's own
	// conduct offered as the cause ("but you'd ignored three of my
	// messages", "to be fair, you hadn't run it past me"): blame. A tit
	// for tat ("you did the same", "you said worse too") is counter. Not
	// guarded as reported speech: "I shouted at you, but you kept ..."
	// is not what was shouted.
	{cat: CatBlame, guards: gNeg | gQuote, pattern: `\b(?:but|however|though|to\s+be\s+fair|tbf|tbh)\s*,?\s+(?:(?:honestly|frankly|in\s+fairness|to\s+be\s+fair|tbh)\s*,?\s+)?(?:you'd|you'?ve\s+been|(?:you|u|ya|yuh|tha|thee)\s+(?:had|hadn'?t|kept|knew|were|did|started|shouted|changed|ignored|made|left|told|wouldn'?t|couldn'?t|shouldn'?t|should\s+have|have\s+been|were\s+being|weren'?t))\b`, skip: func(d *doc, s, e int) bool {
		return reTitForTat().MatchString(d.after(e, 80)) || ownedLaterInSentence(d, e) || askIgnored(d, s, s) || reNeverHadTo().MatchString(d.after(e, 24)) ||
			strings.HasPrefix(d.norm[s:], "though") && defiedRequest(d, s+len("though"))
	}},
	// Pressure through age, through others' worry, or through hurrying
	// the other person past it: "Mum's not getting any younger", "Dad
	// keeps asking about you", "he's not been himself", "I hope we can
	// put this behind us by Eid" (9 of 15 training drafts with the last
	// shape are labelled pressure, none of them clean).
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\bnot\s+getting\s+any\s+younger\b|\b(?:keeps?|been|kept|is|was)\s+asking\s+(?:about|after)\s+you\b|\b(?:is|'s|isn'?t)\s+not\s+sleeping\s+because\b`},
	// "he's not been himself since you stopped coming" (2 / 0), but only
	// with the reader as the cause, or missed just after ("She misses you
	// terribly"): "Dad's not been himself since the operation, so I was at
	// the hospital" explains an absence.
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\b(?:hasn'?t|has\s+not|[a-z]+'s\s+not|is\s+not|isn'?t)\s+been\s+(?:him|her)self\b`, skip: func(d *doc, _, e int) bool {
		return !reReaderCause().MatchString(d.after(e, 30)) && !reMissesYou().MatchString(d.norm[e:min(len(d.norm), e+90)])
	}},
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\bhope\s+(?:that\s+)?(?:(?:we|everyone|we\s+all|you)\s+(?:can|could|will)|we'?ll|you'?ll)\s+(?:all\s+)?(?:just\s+)?(?:move\s+on|move\s+forward|move\s+past|put\s+(?:it|this|that)\s+(?:all\s+)?behind|get\s+past|forget\s+(?:it|this|about)|draw\s+a\s+line)`},
	// Shrinking it: "not my finest moment", "was only messing", "in good
	// fun", "it was only up like an hour", "no biggie", "let's not make
	// a thing of it".
	{cat: CatMinimizing, guards: gStd, pattern: `\bnot\s+(?:exactly\s+)?my\s+(?:finest|proudest|best|greatest)\s+(?:moment|hour|day|night)\b|\b(?:was|i\s+was|i'?m|it\s+was|just|only)\s+(?:only\s+|just\s+)?(?:messing|trolling|having\s+a\s+laugh|having\s+a\s+bit\s+of\s+fun|bantering|pulling\s+(?:your|ur)\s+leg)\b|\b(?:in|all\s+in)\s+good\s+fun\b|\bonly\s+(?:up\s+|on\s+|there\s+)?(?:like\s+|for\s+|till\s+|until\s+)(?:like\s+)?(?:an?\s+|one\s+|two\s+|half\s+|ten\s+|\d)|\bno\s+biggie\b|\blet'?s\s+not\s+make\s+(?:it\s+|this\s+)?(?:a\s+)?(?:big\s+)?(?:thing|deal|fuss)\b`},
	// The cause put in a hard stretch, in drink or in the day: "work has
	// been an absolute nightmare this week", "I've had a dreadful month",
	// "I'd had way too many", "must've been the tequila", "I lost track of
	// time", "I've got a lot going on", "I've been stretched thin" (from
	// blind-v24's first-run misses); "I'd had a good few drinks", "I was a
	// few drinks in", "work's been crazy", "it's been a hellish month",
	// "working doubles", "super sleep deprived", "you know how I get when
	// I'm hungry", "traffic was insane", "my boss kept me", "had a lot on"
	// (from blind-v25's).
	{cat: CatExcuse, guards: gStd, pattern: `\b(?:(?:work|it|this\s+week|the\s+week|the\s+month|life)\s+has|work'?s|it'?s|life'?s)\s+been\s+(?:an?\s+)?(?:absolute\s+|total\s+|complete\s+|bit\s+of\s+a\s+)?(?:nightmare|madness|mental|chaos|insane|hell|manic)\b|\bi'?ve\s+had\s+(?:a|an)\s+(?:dreadful|awful|terrible|horrible|nightmare|rough|hard|crazy|mad|hellish)\s+(?:week|month|day|year|few\s+(?:weeks|days|months))\b|\b(?:i'?d|i\s+had|id)\s+(?:had\s+)?(?:way\s+|far\s+|a\s+few\s+)?too\s+many\b|\bone\s+too\s+many\s*(?:[.,!;]|$|drinks|pints|beers|glasses|shots|wines)|\bmust(?:\s+have|'ve)\s+been\s+the\s+(?:drink|wine|tequila|beer|vodka|booze|gin|whisky|whiskey|rum)\b|\blost\s+track\s+of\s+(?:the\s+)?time\b|\b(?:i'?ve|i\s+have|i'?ve\s+got|i\s+had|i'?d\s+got)\s+(?:so\s+much|a\s+lot|loads|tons|a\s+ton)\s+(?:going\s+on|on\s+my\s+plate)\b|\bi'?ve\s+been\s+(?:so\s+|really\s+)?stretched\s+(?:so\s+|really\s+|pretty\s+)?thin\b|\b(?:i'?d|i\s+had)\s+(?:had\s+)?(?:a\s+good\s+few|a\s+few|quite\s+a\s+few|a\s+couple|several)\s+(?:drinks|pints|beers|wines|glasses)\b|\bi\s+was\s+(?:a\s+few|a\s+couple\s+of|a\s+couple|several)\s+(?:drinks|pints|beers)\s+in\b|\b(?:work'?s|work\s+has|work\s+is|work\s+was|things\s+at\s+work\s+have)\s+(?:been\s+)?(?:so\s+|really\s+|absolutely\s+|completely\s+|totally\s+)?(?:crazy|mental|mad|insane|nuts|hectic|manic|full\s+on|bonkers|chaos)\b|\bhow\s+(?:mental|crazy|mad|hectic|manic)\s+work'?s\s+been\b|\b(?:it'?s|it\s+has)\s+been\s+(?:an?\s+)?(?:hellish|awful|terrible|horrible|nightmare|rough|brutal|mental|hectic|manic)\s+(?:week|month|few\s+(?:weeks|days|months)|day|year)\b|\b(?:working|worked|pulling|pulled|doing|did)\s+(?:a\s+)?(?:doubles|double\s+shifts?|a\s+double|back[-\s]to[-\s]back\s+shifts)\b|\b(?:super|so|really|completely)\s+sleep[-\s]deprived\b|\byou\s+know\s+how\s+i\s+get\s+when\s+i\b|\btraffic\s+(?:on\s+[a-z0-9-]+\s+)?was\s+(?:insane|terrible|mad|awful|horrendous|a\s+nightmare|crazy)\b|\bmy\s+boss\s+kept\s+me\b|\bhad\s+a\s+lot\s+on\b`, skip: excuseDisowned},
	// Pushing past the other's say: "I'm coming round Saturday whether you
	// like it or not" (labelled pressure on 5 of 7 training drafts, threat
	// on 1), "are we still friends or not?", "are you going to reply or
	// what?", "all sweet now yeah?", "please tell me you don't hate me",
	// "I can't keep waiting", "guess I'm not worth a text", "Mama keeps
	// asking me why", "can we just squash it", "I've sent four messages".
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\bwhether\s+(?:you|u)\s+like\s+it\s+or\s+not\b|\bor\s+(?:not|what)\s*\?|\ball\s+(?:good|sweet|fine|cool)\s+(?:now\s+)?(?:yeah|yea|right|then)?\s*\?|\btell\s+me\s+(?:you|u)\s+(?:don'?t|do\s+not)\s+hate\s+me\b|\bi\s+need\s+to\s+hear\s+from\s+(?:you|u)\b|\bcan'?t\s+keep\s+waiting\b|\bguess\s+i'?m\s+not\s+worth\b|\bguess\s+(?:you'?ve|you\s+have|u'?ve)\s+moved\s+on\b|\bkeeps?\s+asking\s+(?:me\s+)?why\b|\b(?:can|could)\s+we\s+(?:just\s+)?(?:squash|bury|drop|forget)\s+(?:it|this|that|the)\b|\blet'?s\s+(?:just\s+)?(?:forget|drop|squash|bury)\s+(?:it|this|that|the)\b|\bi'?ve\s+(?:sent|left|texted|messaged|called|rung)\s+(?:you\s+)?(?:two|three|four|five|six|several|\d+)\s+(?:messages|texts|voicemails|times)\b|\bi'?ve\s+given\s+you\s+(?:your\s+|some\s+)?space\s+for\b`},
	// "so we're good right" at the end of a draft without stops asks what
	// the question mark would have asked; "until we're good again" hopes.
	{cat: CatPressure, guards: gQuote, runOn: true, pattern: `\b(?:(?:so\s+)?(?:we'?re|we\s+are|are\s+we)\s+(?:all\s+)?(?:good|ok(?:ay)?|cool|fine|square|alright)\s+(?:right|yeah|yea|yes|now|then|yh|ya)|so\s+(?:we'?re|we\s+are)\s+(?:all\s+)?(?:good|ok(?:ay)?|cool|fine|square|alright)|(?:are\s+)?we\s+(?:all\s+)?(?:good|ok(?:ay)?|cool)(?:\s+now)?)(?:\s+(?:mate|bro|babe|hun|x+))?(?:\s*[^a-z0-9\s'])*\s*$`, skip: func(d *doc, s, _ int) bool { return reUntilBefore().MatchString(d.norm[max(0, s-10):s]) }},
	// Without a question mark: "are we still friends or not" ending a
	// draft that has no stops asks the same.
	{cat: CatPressure, guards: gQuote | gNeg, runOn: true, pattern: `\b(?:still\s+)?[a-z']+\s+or\s+(?:not|what)\s*$`, skip: func(d *doc, s, e int) bool { return reWhetherBefore().MatchString(d.norm[max(0, s-40):s]) }},
	// "Answer me": the writers read it as a demand for an answer now
	// (deadline on 29 of 32 training drafts, demand on 8).
	{cat: CatDeadline, guards: gNeg | gQuote, pattern: `\banswer\s+me\b`},
	// The act defended as right: "I was only saying what everyone else was
	// thinking", "I still reckon splitting the petrol four ways was fair".
	{cat: CatJustification, guards: gStd, pattern: `\b(?:saying|said|say)\s+what\s+(?:everyone|everybody)(?:\s+else)?\s+(?:is\s+|was\s+|were\s+)?(?:thinking|thinks|thought)\b|\b(?:everyone|everybody)\s+(?:else\s+)?was\s+thinking\s+it\b|\bi\s+still\s+(?:think|reckon|believe|maintain|stand\s+by)\b[^.!?\n]{0,90}?\b(?:was|were|is|are)\s+(?:completely\s+|totally\s+|perfectly\s+|entirely\s+)?(?:fair|right|correct|justified|reasonable|accurate|the\s+right)\b`, skip: func(d *doc, s, e int) bool { return reOtherSubject().MatchString(d.norm[s:e]) }},
	// Name-calling of the silence: "childish", "like a child", "real
	// mature", "still being dramatic".
	{cat: CatCriticism, guards: gStd, pattern: `\bchildish\b|\blike\s+a\s+child\b|\breal\s+mature\b|\bstill\s+being\s+(?:weird|dramatic|petty|childish|difficult)\b`, skip: func(d *doc, s, e int) bool {
		return reOfMe().MatchString(d.after(e, 12)) || reWriterLinkBefore().MatchString(d.norm[max(0, s-24):s]) || ownActJudged(d, s)
	}},
	// Minimising: "it's not like you were stranded forever", "we weren't
	// even that loud", "over nothing",
	// "my little comment", "nowhere near as bad".
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:it'?s|it\s+is|it\s+was|it\s+wasn'?t|it'?s\s+not|it\s+isn'?t|not)\s+(?:like|as\s+if)\s+(?:(?:you|we|u|anyone|anybody|he|she|they)\s+(?:were|was|had|got|lost|needed|missed|are)|you'?re|we'?re|they'?re)\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `(?:\bnot|n'?t)\s+even\s+(?:that|very|all\s+that)\s+(?:loud|mad|late|bad|upset|long|serious|big|rude|harsh|drunk|expensive|far|important|hurt|angry|annoyed|bothered|much|noisy|mean|awful)\b`},
	{cat: CatMinimizing, guards: gStd, pattern: `\bover\s+nothing\b|\bmy\s+(?:little|tiny|small|silly)\s+(?:joke|comment|remark|dig|slip|mistake|typo|quip)\b|\b(?:nowhere|not\s+anywhere)\s+near\s+as\s+bad\b`},
	// From the misses of v32 and v33 (now spent): pressure through loyalty
	// or an ultimatum ("don't let me down", "go on, you know you want to",
	// "or I'll assume you don't care", "can't do it without you", "let's
	// not let it drag on", "hope you show"); the event shrunk ("such a
	// crime", "making far more of it than it deserves", "small oversight",
	// a silence "over a few words" or "over one comment"); the act put in
	// the passive of a muddle ("there was some confusion", "communication
	// could have been better").
	{cat: CatPressure, guards: gQuote | gNeg, pattern: `\bdon'?t\s+let\s+(?:me|us)\s+down\b|\byou\s+know\s+you\s+want\s+to\s*(?:[.!,?]|$)|\bor\s+i'?ll\s+(?:just\s+)?(?:assume|take\s+(?:it|that)\s+as)\b|\b(?:can'?t|cannot)\s+do\s+(?:it|this)\s+without\s+(?:you|u)\b|\blet'?s\s+not\s+(?:let\s+(?:it|this|things)\s+)?drag\s+(?:on|out|(?:it|this|things)\s+out)\b|\bhope\s+(?:you|u)\s+show(?:\s+up)?\s*(?:[.!,]|$)`, skip: pressureSaidOtherwise},
	{cat: CatMinimizing, guards: gStd, pattern: `\bsuch\s+a\s+crime\b|\bcrime\s+against\s+humanity\b|\b(?:you'?re|you\s+are|ur|you)\s+mak(?:e|ing)\s+(?:it\s+)?(?:far\s+|way\s+|much\s+|a\s+lot\s+|so\s+much\s+)?(?:more|bigger)\s+(?:of\s+(?:it|this|that)\s+)?than\s+(?:it|this|that)\s+(?:deserves|is|was|needs)\b|\b(?:small|minor|tiny|slight)\s+oversight\b`},
	// A silence kept "over a few words" is often negated ("we haven't
	// spoken over a daft text"), so no negation guard here.
	{cat: CatMinimizing, guards: gQuote | gReport, pattern: `\bover\s+(?:a\s+few|a\s+couple\s+of|one|a\s+(?:daft|silly|stupid|dumb|little|tiny))\s+(?:[a-z]+\s+)?(?:words|texts?|comments?|ornaments|jokes?|posts?|remarks?|messages?)\b`, skip: func(d *doc, s, e int) bool { return !silenceBefore(d, s, e) }},
	// The other named as the one who began it: "you were the one who
	// started it", "it was you who went to the solicitor"; reported as
	// the writer's own false words ("I told coach you were the one who
	// left the gate open") it is the act owned, not blame.
	{cat: CatBlame, guards: gStd, pattern: `\b(?:you\s+were\s+the\s+one|it\s+was\s+you)\s+who\s+(?:started|lied|decided|walked\s+(?:out|off|away)|went\s+to|had\s+people|changed|accused|posted|booked|signed|brought\s+up\s+(?:the|it|that|this|what|money|my\s+ex)|left\s+(?:the|it|me\s+out|us\s+out|early|without)|kept\s+(?:changing|bringing|pushing|going\s+on|asking|ignoring|interrupting|pressing)|told\s+(?:him|her|them|everyone|the))\b|\b(?:you|u)\s+(?:were|was)\s+the\s+one\s+(?:who|that)\s+(?:told|said|sent|shared|showed|made|did|took|gave|forgot|missed|cancelled|canceled|ignored|blocked|invited|called|texted|lost|broke|ruined|refused|insisted|wanted|asked\s+(?:me|us|him|her)\s+to|put|spread)\b`, skip: blameReadsAsThanks},
	{cat: CatPassive, guards: gStd | gState, pattern: `\bthere\s+(?:was|were|has\s+been)\s+(?:some|a\s+bit\s+of|a\s+lot\s+of|a\s+little)\s+(?:confusion|miscommunication|mix-up|crossed\s+wires)\b|\b(?:communication|communications)\s+(?:around\s+[a-z\s]{1,30}?\s+)?could\s+have\s+been\s+(?:handled\s+)?(?:better|clearer|smoother)\b`, skip: confusionOwned},
	// From the misses of v40 and v41 (now spent), each measured over the
	// labelled sets before it went in (in-sample: right findings added /
	// wrong). The past called closed: "that's ancient history now",
	// "let's just put it in the rear view" (2 / 0).
	{cat: CatPressure, guards: gStd, pattern: `\b(?:that'?s|it'?s|this\s+is|that\s+is|it\s+is|all)\s+(?:all\s+)?(?:just\s+)?ancient\s+history\b|\bput\s+(?:it|this|that|all\s+(?:this|that))\s+(?:all\s+)?in\s+the\s+rear\s*-?\s*view\b`},
	// The writer's own state put in the reader's lap: "I've been a total
	// mess without you", "this is killing me", "it's been eating me up",
	// "I can't deal with this hanging over me" (5 / 0).
	{cat: CatSelfFocus, guards: gQuote | gNeg, pattern: `\bi(?:'?ve|\s+have)\s+been\s+an?\s+(?:total|complete|absolute|utter|emotional)\s+(?:wreck|mess)\b|\b(?:this|it)(?:'?s|\s+is)\s+(?:honestly\s+|really\s+|just\s+)?(?:killing|eating)\s+me\b|\b(?:it'?s|it\s+has|this\s+has|this'?s)\s+been\s+eating\s+me\s+(?:up|alive)\b|\bi\s+(?:really\s+|just\s+)?(?:can'?t|cannot)\s+deal\s+with\s+this\b`},
	// The act defended as the only way: "there wasn't really another
	// option" (2 / 0; "what was I supposed to do?" is left out: 3 of 5
	// such drafts are labelled justification), not where the writer
	// disowns it ("but that's no excuse") or the lack was the reader's
	// ("there wasn't another option for you once I'd booked the wrong
	// date"). "I'd do it the same way again" was tried and dropped: it is
	// as often said of a happy week.
	{cat: CatJustification, guards: gStd, pattern: `\bthere\s+(?:wasn'?t|was\s+not|was\s+no)\s+(?:really\s+)?(?:another|any\s+other|other|much\s+of\s+an?)\s+(?:option|choice|way)\b`, skip: func(d *doc, s, e int) bool {
		return excuseDisowned(d, s, e) || butOwnedLater(d, s, e) || reForThemAfter().MatchString(d.after(e, 16))
	}},
	// A reply asked for by a time: "you have until then to call me",
	// "give me an answer today" (2 / 0); not "you have until the 30th to
	// return it" (a shop's), nor "good to know before Saturday" (as often
	// eased by "no rush" as pressed).
	{cat: CatDeadline, guards: gQuote | gNeg, pattern: `\byou(?:\s+have|'?ve\s+got|\s+have\s+got|\s+got)\s+until\s+(?:then|tonight|tomorrow|friday|monday|tuesday|wednesday|thursday|saturday|sunday|the\s+\d+(?:st|nd|rd|th)?)\s+to\s+(?:call|ring|text|reply|answer|respond|get\s+back|decide|let\s+me\s+know|fix|sort|make\s+(?:it|this|things)\s+right|talk|apologi[sz]e|come\s+(?:round|back|home))\b|\bgive\s+me\s+(?:an?\s+)?(?:answer|reply|yes\s+or\s+no)\s+(?:today|tonight|now|by)\b`},
	// The score kept on who reaches out: "I'll be the bigger person as
	// usual", "I'm the one reaching out first", "you never call first so
	// I guess I have to." (3 / 2; the two are labelled contempt); not "I'm
	// the one who went quiet, so I'm the one reaching out" (owning it) nor
	// "so I guess I have to buy you a new one".
	{cat: CatResentful, guards: gQuote | gNeg, pattern: `\bi'?ll\s+be\s+the\s+bigger\s+(?:person|one)\b|\bi'?m\s+always\s+the\s+one\s+(?:reaching\s+out|who\s+reaches\s+out|texting\s+first|calling\s+first)\b|\bi'?m\s+the\s+one\s+reaching\s+out\s+(?:first|again|as\s+usual|as\s+always|every\s+time)\b`},
	// Its own rule, with no negation guard: the "never" of "you never call
	// first" comes before it.
	{cat: CatResentful, guards: gQuote, pattern: `\bso\s+i\s+guess\s+i\s+have\s+to\s*(?:[.!?,]|$)`},
	// The harm shrunk: "she would have found out eventually" (1 / 0), not
	// where the reader's words are reported ("I know you'll say he would
	// have found out eventually").
	{cat: CatMinimizing, guards: gStd, pattern: `\b(?:would|[a-z]+'d)(?:'?ve|\s+have)\s+found\s+out\s+(?:anyway|eventually|soon\s+enough|sooner\s+or\s+later|in\s+a\s+(?:week|day|month))`, skip: func(d *doc, s, e int) bool { return theirWordsAhead(d, s, e) || writerWouldHave(d, s) }},
	// The chore that "didn't get done", with no one who did not do it:
	// "Sorry the restock didn't get done", "sorry the band parts weren't
	// printed in time" (2 / 0).
	{cat: CatPassive, guards: gStd, kinds: kApology, pattern: `\bsorry\s+(?:that\s+)?the\s+(?:[a-z]+\s+){0,3}?(?:didn'?t\s+get|never\s+got|wasn'?t|weren'?t)\s+(?:done|sent|paid|printed|fixed|finished|booked|posted|delivered|ordered|filed|submitted|returned|cleaned|emptied|washed|picked\s+up|taken\s+out|put\s+out)\b`, skip: func(d *doc, s, e int) bool { return personBefore(d, s) || agentAfter(d, s, e) }},
	// Twelfth round, from the misses of v42 and v43 once spent. Each shape
	// is rare in the labelled sets (one to three drafts, all labelled so);
	// they are here because each is the category by its definition, not
	// for a measured gain.
	//
	// A slip as a law of nature: "Everyone oversleeps once in a while",
	// "people read tone into Slack all the time" (the rule above has
	// "everyone makes mistakes" and "we all have bad days"). Not where the
	// writer reassures the reader ("don't worry, everyone forgets now and
	// then"). "Accidents happen" is left out: the safety screen reads it as
	// a veiled threat and steps out before the checker runs.
	{cat: CatUniversalExcuse, guards: gStd, pattern: `\b(?:everyone|everybody|people|we\s+all)\s+(?:oversleeps?|forgets?|runs?\s+late|snaps?|drops?\s+the\s+ball|loses?\s+(?:their|our|his|her)\s+temper|read\s+tone\s+into\s+[a-z]+|misreads?\s+[a-z]+)\s+(?:[a-z]+\s+){0,3}?(?:once\s+in\s+a\s+while|now\s+and\s+(?:then|again)|from\s+time\s+to\s+time|all\s+the\s+time)\b`, skip: reassures},
	// Their hurt told to calm down: "no need to overreact", "you're blowing
	// it up", "you make these things bigger than they need to be"; not the
	// reader's own words reported, nor "there was no need to make such a big
	// deal" about the writer's past.
	{cat: CatInvalidating, guards: gQuote | gNeg, pattern: `\bno\s+need\s+to\s+(?:overreact|freak\s+out|get\s+(?:so\s+|all\s+)?(?:upset|worked\s+up|angry|mad|emotional|dramatic)|make\s+(?:such\s+)?(?:a\s+)?(?:big\s+deal|drama|scene|fuss))\b|\b(?:you|u)(?:'?re|\s+are|\s+r)\s+blowing\s+(?:it|this|things)\s+(?:up|out\s+of\s+proportion)\b|\b(?:you|u)\s+(?:always\s+|just\s+|tend\s+to\s+|like\s+to\s+)?(?:make|makes|made|blow|blew)\s+(?:[a-z]+\s+){1,3}?bigger\s+than\s+(?:they|it)\s+(?:need|needs|needed)\s+to\s+be\b`, skip: func(d *doc, s, e int) bool {
		// "there was no need to make such a big deal": the writer's own past.
		w := d.wordsBefore(s, 2)
		return theirWordsAhead(d, s, e) || len(w) > 0 && (w[0] == "was" || len(w) > 1 && w[1] == "was")
	}},
	// The score evened: "but so did you", "you were shouting too", "you
	// still owe me for the ticket", "you still owe me £40" (a debt, not "you
	// still owe me a rematch"). "Now you need to apologise" is left to the
	// demand rule that already reads it.
	{cat: CatCounter, guards: gQuote, pattern: `\bbut\s+so\s+did\s+(?:you|u)\b|\b(?:you|u)\s+were\s+(?:shouting|yelling|screaming|swearing|rude)\s+(?:too|as\s+well)\b|\b(?:you|u)\s+still\s+owe\s+me\s+(?:for\b|£|\$|€|\d|money|cash|rent|back\b|an\s+apology|the\s+[a-z]+\s+(?:for|from)\b)`},
	// A clock on their answer: "I won't wait forever".
	{cat: CatPressure, guards: gQuote, pattern: `\b(?:i|we)\s+(?:won'?t|will\s+not|can'?t)\s+wait\s+forever\b`},
	// Their apology first, as the price of talking: "I need you to
	// actually apologize first".
	{cat: CatDemand, guards: gQuote | gNeg, pattern: `\bi\s+need\s+(?:you|u)\s+to\s+(?:actually\s+|at\s+least\s+|first\s+)?apologi[sz]e\s+(?:first|before)\b`},
	// "uni has been mental", "I had so much on my head" (not sympathy: "I
	// know uni has been mental for you").
	{cat: CatExcuse, guards: gStd, pattern: `\b(?:uni|school|college|the\s+kids|home)(?:'s|\s+has|\s+have)?\s+been\s+(?:so\s+|really\s+|absolutely\s+|totally\s+)?(?:mental|insane|crazy|mad|hectic|nuts|manic|full[\s-]on|chaos|a\s+nightmare)\b|\bi(?:'ve|\s+have|'d|\s+had)?\s+(?:had|got|have)\s+(?:so|too)\s+much\s+on\s+my\s+(?:head|mind)\b`, skip: func(d *doc, s, e int) bool {
		return hardStretchNotExcuse(d, s, e) || butOwnedLater(d, s, e) || reMyProblem().MatchString(d.after(e, 60))
	}},
}

func init() {
	for i := range rules {
		if _, ok := catIndex[rules[i].cat]; !ok {
			panic("critique: rule for unknown category " + rules[i].cat)
		}
	}
}

// disowned: the sentence itself refuses the reason as a defence ("I had it
// in my head it was the 14th, and that's no excuse").
func disowned(d *doc, s, _ int) bool {
	a, b := d.sentence(s)
	return reNoExcuse().MatchString(d.norm[a:b])
}

// aboutUs: the words before s describe how things stand between the two
// people ("things have been a bit cold", "we've been a bit off"), not
// the size of what the writer did.
func aboutUs(d *doc, s int) bool {
	subj, link := false, false
	for _, w := range d.wordsBefore(s, 4) {
		switch w {
		case "things", "we", "we've", "we're", "us", "between":
			subj = true
		case "been", "got", "gotten", "felt", "feel", "seem", "seemed", "are", "were", "is", "was", "things've":
			link = true
		}
	}
	return subj && link
}

// ifTheyWishAfter: "call me tonight if you want" leaves it to them.
// Only a bare wish counts: "if you want this to work" sets a condition.
func ifTheyWishAfter(d *doc, e int) bool {
	return reIfTheyWish().MatchString(d.after(e, 40))
}

var reIfTheyWish = lazyRE(`^\s*,?\s*if\s+(?:you|u)\s+(?:want|like|'d\s+like|would\s+like|wanna|fancy|feel\s+like\s+(?:it|talking))\s*(?:$|[,;]|and\b|or\b|to\s+(?:talk|chat)\b)`)

// someoneElseActs: "HR will confirm by Monday" is a date someone else
// keeps, not one set for the reader.
func someoneElseActs(d *doc, s, _ int) bool {
	w := d.wordsBefore(s, 2)
	if len(w) == 0 {
		return false
	}
	if thirdParty.has(w[0]) {
		return true
	}
	return len(w) == 2 && modalBefore.has(w[0]) && thirdParty.has(w[1])
}

// landedOtherwise: the trifle is what the writer expected the act to be
// taken as, and the sentence goes on to how it landed instead ("I thought
// it would land as a bit of fun, but it came across as you not wanting
// her"): the writer corrects the view, not shrinks the act.
func landedOtherwise(d *doc, s, e int) bool {
	return reExpectedAs().MatchString(d.leadIn(s)) && reLandedInstead().MatchString(d.after(e, 40))
}

var (
	reExpectedAs    = lazyRE(`\b(?:thought|hoped|meant|intended|expected|figured|assumed)\s+(?:it|this|that)\s+(?:would\s+|to\s+)?(?:land|come\s+across|come\s+off|go\s+down|be\s+taken|read|be\s+seen|sound|be)\s+(?:as\s+)?(?:just\s+)?$`)
	reLandedInstead = lazyRE(`^\W*(?:but|and\s+instead|instead)\s+(?:it|that|this)\s+(?:came\s+across|came\s+off|landed|went\s+down|read|sounded|felt|was)\b`)
)

// writerWillAct: the writer (or the writer with the reader) promises the
// act ("we'll confirm a realistic date by tomorrow", "I'll reply by
// Friday"): a date the writer sets for themselves, not one set for the
// other's answer.
func writerWillAct(d *doc, s, _ int) bool {
	if !reOwnActOpens().MatchString(d.norm[s:]) {
		return false // "I'll need a decision by the weekend" sets one
	}
	w := d.wordsBefore(s, 3) // nearest first
	if len(w) > 0 && willAdverb.has(w[0]) {
		w = w[1:]
	}
	switch {
	case len(w) == 0:
		return false
	case w[0] == "i'll" || w[0] == "we'll" || w[0] == "ill":
		return true
	}
	return len(w) >= 2 && (w[0] == "will" || w[0] == "shall") && (w[1] == "i" || w[1] == "we")
}

var (
	reOwnActOpens = lazyRE(`^(?:confirm|reply|respond|answer|decide|get\s+back\s+to\s+(?:you|u))\b`)
	willAdverb    = set("definitely also then just properly personally certainly")
)

var (
	thirdParty  = set("they'll he'll she'll it'll they he she hr they'd he'd she'd")
	modalBefore = set("will would should can could must")
)

// wishedFor: the phrase is something the writer hopes for or offers
// ("I hope we can put it behind us", "I'd like to ...", "I'm willing
// to ..."), not something asked of the other person.
func wishedFor(d *doc, s, _ int) bool {
	for _, w := range d.wordsBefore(s, 4) {
		switch w {
		case "hope", "hoping", "like", "love", "willing", "happy", "want", "wish", "glad", "ready":
			return true
		case "could", "let's", "lets", "should", "must", "need":
			return false
		}
	}
	return false
}

// timeClauseBefore: the match is the subject of a time clause ("since it
// happened", "when it got heated"), which dates the event, not its cause.
func timeClauseBefore(d *doc, s int) bool {
	return reTimeJoinerEnd().MatchString(d.norm[max(0, s-12):s])
}

var (
	reTimeJoinerEnd = lazyRE(`\b(?:since|when|after|before|until|till|once)\s+$`)
	reButEnd        = lazyRE(`\bbut\s*,?\s*$`)
)

// butOwnedLater: later in the sentence a "but" turns to owning the act
// ("My hours were cut in September, but I should have called you",
// "Nobody was hurt, but that was luck, not my judgement"): the words
// before it set the scene, they do not shrink or shift it.
func butOwnedLater(d *doc, _, e int) bool {
	return ownedAfterBut(d.after(e, 100), reButLater())
}

var (
	reButLater         = lazyRE(`\bbut\b`)
	reOfMe             = lazyRE(`^\s*(?:of|from)\s+me\b`)
	reWriterLinkBefore = lazyRE(`\b(?:i\s+was|i\s+am|i'?m|im|i\s+was\s+being|i'?ve\s+been|i\s+acted|i\s+behaved|i\s+got)\s+(?:so\s+|really\s+|being\s+|a\s+bit\s+|totally\s+)?$`)
	reOtherSubject     = lazyRE(`\b(?:you|u|they|he|she)\b`)
	reLuckAfter        = lazyRE(`^\s*,?\s*(?:that\s+was|it\s+was|that'?s|it'?s)\s+(?:just\s+|pure\s+|only\s+)?(?:luck|lucky|chance)\b`)
)

// ownedLaterInSentence: the writer owns the act later in the sentence
// ("but you were on your own with it for two days and I should've been
// there"): what came before is the scene, not the other's fault.
func ownedLaterInSentence(d *doc, e int) bool {
	_, b := d.sentence(e)
	for _, m := range d.findAll(reOwnership) {
		if m[0] >= e && m[0] < b && !d.negated(m[0]) {
			return true
		}
	}
	return false
}

// hardStretchNotExcuse: a hard stretch offered as the reason is an
// excuse unless the writer disowns it, it was the other person's ("a hard
// week for you"), or the writer says it in sympathy ("I know it's been a
// hard month").
func hardStretchNotExcuse(d *doc, s, e int) bool {
	return excuseDisowned(d, s, e) || reForThem().MatchString(d.after(e, 24)) || reSinceAfter().MatchString(d.after(e, 12)) || sympathyBefore(d, s)
}

// othersStretch: hardStretchNotExcuse, and "your work ran late" was theirs.
func othersStretch(d *doc, s, e int) bool {
	w := d.wordsBefore(s, 1)
	return hardStretchNotExcuse(d, s, e) || len(w) == 1 && theirs.has(w[0])
}

var theirs = set("your ur his her their")

// sympathyBefore: "I know it's been a hard month" is sympathy.
func sympathyBefore(d *doc, s int) bool {
	w := d.wordsBefore(s, 2)
	return len(w) == 2 && w[1] == "i" && (w[0] == "know" || w[0] == "realise" || w[0] == "realize" || w[0] == "understand")
}

// reSinceAfter: "it's been a long few months since we talked" measures
// the silence; it excuses nothing.
var reSinceAfter = lazyRE(`^\s*since\b`)

// actBesidesLabel reports whether the draft names an act other than a
// label on the writer ("I was a dick"), or says what it never meant to do.
func (d *doc) actBesidesLabel() bool {
	for _, a := range d.actsOnce() {
		if !reWasA().MatchString(d.norm[a.s:a.e]) {
			return true
		}
	}
	return reIntendedAct().MatchString(d.norm)
}

// reSympathyAfter: what happened was to them, or to someone of theirs
// ("with your dad", "to you").
var reSympathyAfter = lazyRE(`^\s*(?:to|with)\s+(?:your|ur|you|u)\b`)

// reAndAct: the label is followed, in the same sentence, by an act ("sorry
// i was a dick and called you fat", "being an arse and ignoring you").
var reAndAct = lazyRE(`\band\s+(?:then\s+)?(?:i\s+)?(?:[a-z]+ed|[a-z]+ing|said|told|made|left|took|broke|threw|sent|forgot|ran|spent|gave|got|went|kept|lost|let|put|hit|cut|came|brought|bought|wrote|spoke|stole|ate|drove|sold|hung|shouted|called)\b`)

// askIgnored: a "though" (or "although") at or after s, up to e, opens
// what the writer went against, not what excuses it: "I booked the
// meeting over your pickup even though you'd told me about it on Monday"
// adds to the wrong, where "though you'd been winding me up all night"
// blames. Only a request or a warning of theirs counts ("told me not to",
// "warned me", "we'd agreed"); "though you'd told me it was fine" and
// "though you'd told me to" (their leave) do not. The window runs 8 bytes
// past e so that a match ending just before its "though" still finds it.
func askIgnored(d *doc, s, e int) bool {
	m := reThoughAt().FindStringIndex(d.norm[s:min(e+8, len(d.norm))])
	if m == nil {
		return false
	}
	return reAskIgnored().MatchString(d.after(s+m[1], 60))
}

var (
	reThoughAt   = lazyRE(`\b(?:al)?though\b`)
	reAskIgnored = lazyRE(`^\s*,?\s*(?:(?:you'?d|you\s+had|you)\s+(?:already\s+|clearly\s+|specifically\s+|just\s+|even\s+|explicitly\s+)?(?:(?:told|asked|begged|reminded)\s+me\s+(?:about\s+(?:it|that|this|the)|not\s+to|twice|before|already|earlier)|warned\s+me|made\s+me\s+promise)|(?:we'?d|we\s+had|we)\s+(?:already\s+|both\s+|explicitly\s+)?agreed\b)`)
)

// offerIfWanted: "If you still want me to give a toast, I'll send you the
// text first" offers what they may want; it threatens nothing. Only where
// what follows gives ("I'll send", "I'll come", "I'll take you"): "If you
// still want to carry on like this, I'm done" or "..., I'll stop trying"
// threatens.
func offerIfWanted(d *doc, s, e int) bool {
	return reIfStillWant().MatchString(d.after(s, 60)) && reOfferVerb().MatchString(d.norm[s:e])
}

var (
	reIfStillWant = lazyRE(`^\s*if\s+(?:you|u)\s+still\s+(?:want|wish|need|fancy|would\s+like|'?d\s+like)\b`)
	reOfferVerb   = lazyRE(`\b(?:send|come|take|bring|get|make|show)$`)
)

// announcedNotHere: an apology announced to someone else ("I needed to
// apologise to the client") or asked about ("Want to say sorry to Gran
// together on Sunday?") is not one the writer owes the reader.
func announcedNotHere(d *doc, _, e int) bool {
	return reToSomeoneElse().MatchString(d.after(e, 24)) || inQuestion(d, e, e)
}

var reToSomeoneElse = lazyRE(`^\s*to\s+(?:the|my|his|her|their|our|a|an|him|them|everyone|everybody)\b`)

// The shapes below come from the high findings on clean drafts of v32 and
// v33 at their first runs (now spent), each guarded as narrowly as the
// words allow; check_test.go keeps the cases beside each that must fire.
var (
	reRestraintBefore = lazyRE(`\b(?:won'?t|wont|will\s+not|never|not\s+going\s+to|not\s+gonna)\s+(?:ever\s+)?(?:talk|say|tell|mention|share|post|discuss|speak|bring\s+(?:it|this)\s+up|breathe\s+a\s+word)\b[^,;:]*$`)
	reConsentUnless   = lazyRE(`^unless\s+(?:you|u)\s+(?:say\s+(?:it'?s|its|that'?s)\s+(?:ok|okay|fine|alright|all\s+right)|say\s+(?:so|yes)|want\s+me\s+to|ask\s+me\s+to|give\s+(?:me\s+)?the\s+(?:ok|okay|go-ahead))\s*,?\s+(?:and\s+)?(?:then\s+)?(?:i'?ll|ill|i\s+will)\s+(?:tell|say|speak|explain|ring|call|write)\b`)
	reDeliveryIf      = lazyRE(`\bif\s+(?:it|that|they|the\s+[a-z]+)\s+(?:still\s+)?(?:hasn'?t|has\s+not|haven'?t|have\s+not|doesn'?t|does\s+not|isn'?t|is\s+not|didn'?t|did\s+not)\s+(?:arrived?|come(?:\s+through)?|reached\s+you|landed|cleared|shown\s+up|turned\s+up|gone\s+through|go\s+through|there)\b`)
	reSelfDisclosure  = lazyRE(`^\s*(?:[a-z]+\s+){0,3}?(?:myself\s+(?:that|what)\b|(?:straight\s+)?that\s+i\s+(?:blabbed|was\s+(?:wrong|out\s+of\s+line|the\s+one)|told|lied|did\s+it|messed|broke|leaked|shared|spilled|said\s+it)\b|what\s+i\s+did\b|it\s+was\s+me\b|i\s+was\s+(?:wrong|out\s+of\s+line)\b|the\s+truth\s+about\s+(?:me|what\s+i))`)
	reWishBeforeIll   = lazyRE(`\bif\s+(?:you|u)\s+(?:want|wish|like|prefer|agree|'?d\s+like|would\s+like|'?re\s+ok\s+with\s+it|are\s+ok\s+with\s+it)\s*,?\s*(?:then\s+)?$`)
	reIllIn           = lazyRE(`\b(?:i'?ll|ill|i\s+will)\s+`)
	reOwnSpace        = lazyRE(`\bi\s+(?:know\s+i\s+)?(?:said\s+(?:that\s+)?i\s+|asked\s+(?:you\s+)?for\s+|told\s+you\s+i\s+)?(?:needed|wanted|asked\s+for)\s+(?:some\s+|a\s+bit\s+of\s+|more\s+|a\s+little\s+)?(?:space|time\s+(?:apart|away|out|alone)|a\s+break|distance)\b`)
)

// selfRestraintUnless: "I won't talk about it with anyone unless you say
// it's ok": the writer holds back until the other agrees, no "or else";
// "Unless you say it's ok, I'll tell everyone" has no restraint before it
// and stays a threat.
func selfRestraintUnless(d *doc, s, _ int) bool {
	return reConsentUnless().MatchString(d.after(s, 120)) && reRestraintBefore().MatchString(d.leadIn(s))
}

// ownDeliveryChecked: "please tell me if it hasn't arrived by tomorrow"
// asks to hear if the writer's own repair (a refund, a parcel) went astray;
// the date is the writer's, not one set for the other's answer.
func ownDeliveryChecked(d *doc, s, e int) bool {
	return reDeliveryIf().MatchString(d.norm[s:e])
}

// offeredIfTheyWant: in "if you tell me something's private it stays with
// me, and if you want I'll tell Leo", the "I'll tell" is offered at their
// wish, not held over them; only when what they would tell is the
// writer's own doing ("that I blabbed", "myself"), so "if you want I'll
// tell him about your credit card too" stays a threat.
func offeredIfTheyWant(d *doc, s, e int) bool {
	locs := reIllIn().FindAllStringSubmatchIndex(d.norm[s:e], -1)
	if len(locs) == 0 {
		return false
	}
	at := s + locs[len(locs)-1][0]
	return reWishBeforeIll().MatchString(d.norm[max(s, at-30):at]) && reSelfDisclosure().MatchString(d.after(e, 40))
}

// addresseeQuoted: the group word opens a quotation inside the apology
// ("sorry for the post I made about \"people who still go to church\""):
// the writer quotes their own words, the apology is to the reader.
func addresseeQuoted(d *doc, s, e int) bool {
	return reQuoteOpensGroup().MatchString(d.norm[s:e])
}

// reSeenByGroup: the group is who saw the reader in a bad light, by the
// writer's doing ("sorry it made you look awful to people who matter to
// you"), not whom the apology is made to; "sorry you sounded harsh to
// those who heard it" is still made to a group.
var reSeenByGroup = lazyRE(`\bmade\s+(?:you|u)\s+(?:look|seem|sound|come\s+across)\b` + gap + `*\bto\s+(?:anyone|anybody|those|whoever|everyone|all\s+of\s+you|people)\s+(?:who|that|i)$`)

// toldTheGroup: the writer's own correction sent to the group ("sorry i
// have already sent a correction to everyone who was in the meeting", a
// run-on of two sentences): the group is whom the repair went to, not
// whom the apology is made to. "sorry to everyone who ..." still is, and
// so is a second apology after the sending ("sorry i told them sorry to
// anyone who was hurt").
func toldTheGroup(seg string) bool {
	loc := reToldTheGroup().FindStringIndex(seg)
	return loc != nil && !reSorryWord().MatchString(seg[loc[0]:])
}

var reSorryWord = lazyRE(`\b(?:sorry|apolog)`)

var reToldTheGroup = lazyRE(`\bi(?:'ve|\s+have)?\s+(?:already\s+|now\s+|also\s+)?(?:sent|emailed|messaged|written\s+to|wrote\s+to|told|explained\s+(?:it\s+)?to|corrected\s+(?:it|myself)\s+(?:with|to))\b` + gap + `*\b(?:anyone|anybody|those|whoever|everyone|all\s+of\s+you|people)\s+(?:who|that|i)$`)

// reYouThenClause: the "you" is an object and a new clause, the
// writer's, follows ("you before i swap anything every time").
var reYouThenClause = lazyRE(`^(?:you|u)\s+(?:before|after|when|whenever|while|until|once)\s+(?:i|i'?ll|we|we'?ll)\s+(?:swap|change|cancel|move|make|book|decide|do|say|ask|check|talk|call|text|plan|agree|commit|sign|post|share|tell|take|bring|go|leave)\b`)

// unfairConceded: the sentence has already called the writer's act unfair
// ("That was unfair: the food was good and it was one busy Saturday"),
// with no "but" since, so the "one busy Saturday" excuses the reader's
// lapse, not the writer's.
// The "one" must not be shrunk further ("it was only one comment") and
// the unfairness must not be the writer's own conduct named as such
// ("that was unfair of me and it was one comment" still minimises).
func unfairConceded(d *doc, s, e int) bool {
	lead := d.leadIn(s)
	loc := reUnfairSaid().FindStringIndex(lead)
	return loc != nil && !reTurnWithin().MatchString(lead[loc[1]:]) && !reUnfairOwned().MatchString(lead[loc[1]:]) && !reShrunk().MatchString(d.norm[s:e])
}

var (
	reUnfairSaid  = lazyRE(`\b(?:that|it|this)\s+was\s+(?:so\s+|really\s+|completely\s+|totally\s+)?(?:unfair|unjust)\b`)
	reUnfairOwned = lazyRE(`^\s*(?:of\s+me|on\s+my\s+part|from\s+me|to\s+you)\b`)
	reShrunk      = lazyRE(`\b(?:only|just|literally)\b`)
)

// urgentConceded: "however urgent it seems" and "no matter how urgent"
// grant that something may press; they ask nothing of the reader.
func urgentConceded(d *doc, s, e int) bool {
	before := d.norm[max(0, s-20):s]
	return reNoMatterHow().MatchString(before) || reHoweverBefore().MatchString(before) && reItSeems().MatchString(d.after(e, 24))
}

var (
	reNoMatterHow   = lazyRE(`\bno\s+matter\s+how\s+$`)
	reHoweverBefore = lazyRE(`\bhowever\s+$`)
)

var reItSeems = lazyRE(`^\W*(?:it|things|work|that|this)\s+(?:seems|is|feels|looks|gets|get|might\s+be|may\s+be)\b`)

// newClauseWithin: between a group word and its "who" a new clause
// opens ("to anyone and you're someone who"), so the "who" is not the
// group's, unless the new clause names a group again ("sorry to everyone
// and i hope everyone who was hurt ...").
func newClauseWithin(seg string) bool {
	loc := reNewClauseWithin().FindStringIndex(seg)
	return loc != nil && !reGroupWord().MatchString(seg[loc[1]:])
}

var reGroupWord = lazyRE(`\b(?:anyone|anybody|everyone|everybody|those|whoever|people)\b`)

var reNewClauseWithin = lazyRE(`\s(?:and|but|so)\s+(?:you|you'?re|youre|u|ur|i|i'?m|im|he|she|they|we)\s`)

// reQuoteOpensGroup: the quotation mark opens on the group word itself
// ('about "people who'), not on some earlier word ('my "joke" offended
// anyone who').
var reQuoteOpensGroup = lazyRE(`"\s*(?:anyone|anybody|those|whoever|everyone|all\s+of\s+you|people)\s+(?:who|that|i)$`)

// ownSpaceBefore: earlier in the sentence the writer names the space they
// themselves asked for ("I know I said I needed space after the tour, but
// it's been long enough and I miss you"): the writer ends their own pause,
// not the other's.
func ownSpaceBefore(d *doc, p int) bool {
	a, _ := d.sentence(p)
	return reOwnSpace().MatchString(d.norm[a:p]) && !reYouNext().MatchString(d.after(p, 30))
}

// reYouNext: what follows turns on the other ("but you didn't have to
// move on so fast", "but the way you treated me made it necessary"), so
// the space named before it excuses nothing.
var reYouNext = lazyRE(`^\W*(?:(?:but|and|so|though)\s+)?(?:(?:honestly|tbh|frankly)\W+)?(?:(?:you|u|ur|your)\b|[^,;]*?\b(?:your\s+[a-z]+|(?:you|u)\s+(?:were|are|did|didn'?t|had|have|made|make|could|should|treated|kept|never|always|left|went|said|started|pushed)\b))`)

var (
	reSilenceBefore  = lazyRE(`\b(?:not\s+(?:spoken|speaking|talked|talking)|haven'?t\s+(?:spoken|talked)|hasn'?t\s+(?:spoken|talked)|stopped\s+(?:talking|speaking)|silent|silence|ghost(?:s|ed|ing)?|blocked|unfollowed|fell\s+out|falling\s+out|split|(?:went|gone|go|going)\s+quiet|cut\s+(?:me|us|you)\s+off|end\s+(?:a|our|this|\d+|[a-z]+)\b)`)
	reOwnedConfusion = lazyRE(`^\s*(?:on\s+my\s+(?:part|end|side)|(?:because|as|since|when)\s+i\b|,?\s*i\s+(?:wrote|forgot|never|didn'?t|mixed|got|sent|gave|told)\b)`)
)

// silenceBefore: "over a few words" is about a silence only when one is
// named before it in the sentence ("we've not spoken in weeks over a daft
// text"); "I looked over a couple of your messages" is not.
func silenceBefore(d *doc, s, e int) bool {
	pre := d.leadIn(s)
	return reSilenceBefore().MatchString(pre) && !reWriterSilence().MatchString(pre) && !reOwnWordsAfter().MatchString(d.after(e, 30))
}

var (
	// reWriterSilence: the writer kept the silence ("I ghosted you over
	// one comment"), owning an overreaction, not shrinking the other's.
	reWriterSilence = lazyRE(`\bi\s+(?:(?:just|then|completely|basically|totally)\s+)?(?:ghosted|blocked|unfollowed|went\s+(?:silent|quiet)|cut\s+(?:you|u)\s+off|stopped\s+(?:talking|speaking))\b`)
	// reOwnWordsAfter: the few words are the writer's ("over a few words
	// I said that were cruel").
	reOwnWordsAfter = lazyRE(`^\s*(?:that\s+)?i\s+(?:said|wrote|sent|posted|made|typed)\b`)
)

// confusionOwned: the muddle is the writer's own ("there was some
// confusion on my part", "because I never told you", "my communication
// could have been better") or owned later in the sentence.
func confusionOwned(d *doc, s, e int) bool {
	return reOwnedConfusion().MatchString(d.after(e, 30)) || slices.Equal(d.wordsBefore(s, 1), []string{"my"}) || ownedLaterInSentence(d, e)
}

// pressureSaidOtherwise: the phrase is said of something else or its
// edge is taken off: room given after it ("hope you show up, but honestly
// no pressure"), thanks ("thanks for covering, I can't do it without
// you"), owning in the same sentence ("can't do it without you and I
// should never have put you in that spot"), room given in the next
// sentence (roomGiven), or "you know you want to" as a condition ("only reply once you
// know you want to").
func pressureSaidOtherwise(d *doc, s, e int) bool {
	if roomGiven(d, s, e) {
		return true
	}
	a, b := d.sentence(s)
	if reThanks().MatchString(d.norm[a:b]) || ownedLaterInSentence(d, e) {
		return true
	}
	if ns, _, ok := d.nextSentence(s); ok && roomGiven(d, ns, ns) {
		return true
	}
	for _, w := range d.wordsBefore(s, 2) {
		switch w {
		case "once", "when", "until", "till", "if", "unless", "whenever":
			return true
		}
	}
	return false
}

var reThanks = lazyRE(`\b(?:thanks|thank\s+you|cheers|grateful)\b`)

// ownedAfterLaterBut: a "but" later in the sentence turns to owning a
// different part ("a coaching decision I stand behind, but telling you by
// posting the list ... was wrong, and I apologise for that").
func ownedAfterLaterBut(d *doc, e int) bool {
	m := reGerundOwnedBut().FindStringSubmatchIndex(d.after(e, 160))
	if m == nil {
		return false
	}
	if m[2] >= 0 {
		switch d.after(e, 160)[m[2]:m[3]] {
		case "nothing", "something", "anything", "everything", "during", "thing", "bring", "king", "morning", "evening", "spring",
			"having", "being", "getting", "hearing", "finding", "seeing", "learning", "watching", "waiting", "feeling", "knowing", "reading":
			return false
		}
	}
	return true
}

// reGerundOwnedBut: the later "but" opens on the writer's own act, as a
// gerund or "the way I ...", judged wrong; "but the way you reacted was
// wrong" is not owning.
var reGerundOwnedBut = lazyRE(`\bbut\s+(?:(?:the\s+way|how)\s+i\s+(?:told|said|did|spoke|went\s+about|handled|dealt\s+with|treated|talked|posted|announced|left|made|shared|ran|broke)|(?:not\s+)?([a-z]+ing)\s+(?:you|u|your|them|him|her|the|that|it|my|this))\b[^.!?\n]{0,100}?\b(?:was|were)\s+(?:(?:so|really|completely|just|still)\s+)?(?:wrong|unfair|a\s+mistake|not\s+(?:ok|okay|fair|right)|out\s+of\s+line|careless|thoughtless|unkind)\b`)

// reAsIfEnd: "as if" compares, it does not condition ("I'm sorry I spoke
// to you as if it didn't matter").
var reAsIfEnd = lazyRE(`\bas\s+(?:if|though)$`)

var (
	reForMeAfter   = lazyRE(`^\s*(?:for\s+|to\s+|up\s+)?(?:me|my|us|our|every)\b|^\s*to\s+(?:give|help|take|trust|forgive|support|believe)\b`)
	reAssumedUntil = lazyRE(`\b(?:assumed|presumed|thought|figured|guessed)\s+(?:that\s+)?$`)
)

// blameReadsAsThanks: "it was you who booked my surprise party", "you
// were the one who decided to give me another chance" thank or credit
// them; "I'm sorry I assumed it was you who left the gate open" owns a
// wrong belief. Neither blames.
func blameReadsAsThanks(d *doc, s, e int) bool {
	return reForMeAfter().MatchString(d.after(e, 30)) || reAssumedUntil().MatchString(d.norm[max(0, s-20):s])
}

// actOwnedLater: an act is named later in the sentence and the draft owns
// it in so many words ("I'm sorry you were hurt when I shouted at you, and
// I was wrong to shout").
func actOwnedLater(d *doc, s, e int) bool {
	return actLaterInSentence(d, s, e) && (d.firstUnnegated(reOwnership) != nil || reOwnedVerdict().MatchString(d.norm))
}

// reOwnedVerdict: the writer calls what they did wrong ("that was wrong",
// "it was cruel of me"), not what someone else did ("of you").
var reOwnedVerdict = lazyRE(`\b(?:that|it|this)(?:'s|\s+was|\s+is)\s+(?:so\s+|really\s+)?(?:wrong|cruel|unfair|unkind|out\s+of\s+line|not\s+ok(?:ay)?)(?:\s+of\s+me)?(?:\s*[.!,;]|\s+and\b|\s*$)`)

// reMyProblem: the writer keeps the cause as their own ("but that's my
// problem, not yours").
var reMyProblem = lazyRE(`\b(?:that'?s|that\s+is|it'?s|it\s+is)\s+(?:my\s+(?:problem|issue|stuff|business)|on\s+me)\b|\bnot\s+(?:yours|your\s+problem)\b`)

// reForYou: the stretch was the reader's ("a hard week for you").
var reForYou = lazyRE(`^\s*for\s+(?:you|u)\b`)

// reReaderCause: the reader as the cause ("since you stopped coming",
// "without you"); reMissesYou: the reader missed by the one not himself
// ("she misses you"), not by the writer ("I miss you").
var (
	reReaderCause = lazyRE(`^\s*(?:ever\s+)?(?:since|after|because\s+of|without)\s+(?:you|u|your)\b`)
	reMissesYou   = lazyRE(`\b(?:misses|(?:has|'s)\s+missed|asks?\s+(?:about|after)|asking\s+(?:about|after)|keeps?\s+asking\s+for)\s+(?:you|u)\b`)
)

// ownEmoji: the writer names the emoji they sent as the act they are
// sorry for ("I'm sorry I reacted with 🙄", "I responded to your news with
// a 🙄", "Sorry for the 🙄 yesterday", "Sorry for sending 🙄"), not one
// they send now ("I texted you back 🙄", "I sent the money now 🙄"). A run
// of emojis counts as one.
func ownEmoji(d *doc, s, _ int) bool {
	return reOwnEmoji().MatchString(d.norm[max(0, s-80):s])
}

var reOwnEmoji = lazyRE(`(?:\b(?:with|for|about)\s+(?:(?:a|an|the|that|this|my|those|these)\s+)?|\b(?:sending|replying|reacting|responding|posting|texting)\s+(?:(?:you|a|an|the|that|this)\s+)*)(?:eye\s*-?\s*roll(?:ing)?\s*)?(?:emoji\s*|face\s*)?(?:[\x{1F300}-\x{1FAFF}]\s*)*$`)

// reassures: the writer eases the reader's own slip earlier in the
// sentence ("Please don't worry about missing it, everyone forgets now and
// then").
func reassures(d *doc, s, _ int) bool {
	return reDontWorry().MatchString(d.leadIn(s))
}

var reDontWorry = lazyRE(`\b(?:don'?t|do\s+not|dont|never)\s+worry\b|\bno\s+worries\b`)
