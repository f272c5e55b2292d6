package safety

import (
	"strings"
	"sync"
)

// How the cues of cues.go combine into concerns. Each sentence is tagged
// with the phrases found in it (an everyday reading claims its words
// first); the sentences next to it lend context (a child named in the
// next sentence, "I mean it" after a farewell). A concern is raised on a
// trigger, a phrase that names an act, a plan, a threat or a sign, when
// what it needs around it is there, and it quotes the trigger.

// cueHit is one phrase found in a sentence, over tokens [i, j).
type cueHit struct {
	tag  cueTag
	i, j int
	// negative: the phrase holds a negation (see cuePhrase.negative).
	negative bool
}

// cueReader finds the cue phrases of a sentence: the generated tables
// (cueTable, cues_gen.go) as the screen reads them, or the phrases parsed
// from cues.go (cueIndex) for the generator and the tests. Both give the
// same hits in the same order.
type cueReader interface {
	// hits appends to hs every phrase that matches in s (the longest
	// match from its start), by the token it starts at.
	hits(s sentence, hs []cueHit) []cueHit
}

// tagged is one sentence with the cues found in it.
type tagged struct {
	s       sentence
	hits    []cueHit
	tags    cueTag
	fiction bool
	claimed []cueHit // the everyday readings
	found   []cueHit // every cue found, claimed or not
	near    cueTag   // the tags of the sentences either side
}

// tagSentence finds the cues of one sentence.
func tagSentence(s sentence, x cueReader) tagged {
	t := tagged{s: s}
	for _, tok := range s {
		if _, ok := cueFiction()[tok.w]; ok {
			t.fiction = true
		}
	}
	var claimed []cueHit
	var found []cueHit
	for _, h := range x.hits(s, nil) {
		if h.tag == tEveryday {
			claimed = append(claimed, h)
		} else {
			found = append(found, h)
		}
	}
	t.claimed = claimed
	t.found = found
	t.settle()
	return t
}

// settle keeps the cues found that no everyday reading claims.
func (t *tagged) settle() {
	t.hits, t.tags = t.hits[:0], 0
	var units []cueHit
	for _, h := range t.found {
		if h.tag == tNotAge {
			units = append(units, h)
		}
	}
	for _, h := range t.found {
		if overlapsAny(h, t.claimed) || h.tag&(tKid|tMinor) != 0 && overlapsAny(h, units) {
			continue
		}
		t.hits = append(t.hits, h)
		t.tags |= h.tag
	}
}

// joking reads a joke with no word of seriousness near it: the verbs
// people use loosely (kill, murder, strangle) are then the idiom they
// usually are, "she'll strangle me if I buy more trainers lol".
func (t *tagged) joking(near cueTag) {
	if t.tags&tLight == 0 || (t.tags|near)&tSerious != 0 {
		return
	}
	for k, tok := range t.s {
		if isVerbOfIdiom(tok.w) {
			t.claimed = append(t.claimed, cueHit{tag: tEveryday, i: k, j: k + 1})
		}
	}
	t.settle()
}

func overlapsAny(h cueHit, hs []cueHit) bool {
	for _, c := range hs {
		if h.i < c.j && c.i < h.j {
			return true
		}
	}
	return false
}

// real reports whether the act at h is told as having happened or
// happening: not negated, not hypothetical or counterfactual, not a film
// or a game.
func (t *tagged) real(h cueHit) bool {
	return !t.negated(h) && !t.fiction && !hypothetical(t.s, h.i, h.j) && !counterfactual(t.s, h.i, h.j) && !t.wished(h)
}

// wished reports an act only wanted or nearly done: "I wanted to punch
// him", "she almost hit me".
func (t *tagged) wished(h cueHit) bool {
	for k := max(h.i-3, 0); k < h.j; k++ {
		switch t.s[k].w {
		case "wanted", "want", "wanna", "nearly", "almost", "tempted", "urge":
			return true
		case "felt", "feel", "like":
			if k < h.i {
				return true
			}
		}
	}
	return false
}

// negated reports a negation of h (inside it, or only before it when the
// phrase itself holds a negation).
func (t *tagged) negated(h cueHit) bool {
	if h.negative {
		return negatedBefore(t.s, h.i)
	}
	return negated(t.s, h.i, h.j)
}

// each calls f on each hit with tag until it returns true.
func (t *tagged) each(tag cueTag, f func(cueHit) bool) (cueHit, bool) {
	for _, h := range t.hits {
		if h.tag == tag && f(h) {
			return h, true
		}
	}
	return cueHit{}, false
}

// planRightBefore reports a plan ("I'm going to", "I want to") ending
// at most two words before token i.
func (t *tagged) planRightBefore(i int) bool {
	for _, h := range t.hits {
		if h.tag == tPlan && h.j <= i && h.j >= i-2 {
			return true
		}
	}
	return false
}

// light reports a sentence told as a joke or an idiom with no word of
// seriousness: "she'll strangle me if I buy more trainers, fair tbh".
func (t *tagged) light(tags cueTag) bool {
	return tags&tLight != 0 && (t.tags|t.near)&tSerious == 0
}

// idiomatic reports a verb people use loosely (kill, murder, strangle,
// dead) in h, in a sentence that gives an everyday reason or person, or
// a joke.
func (t *tagged) idiomatic(h cueHit, ctx cueTag) bool {
	loose := false
	for k := h.i; k < h.j; k++ {
		if isVerbOfIdiom(t.s[k].w) || t.s[k].w == "dead" || strings.HasPrefix(t.s[k].w, "throttl") {
			loose = true
		}
	}
	if !loose {
		return false
	}
	if ctx&tSerious != 0 {
		return false
	}
	// "I could kill him", "she'll murder me for telling her mum".
	for k := h.i - 1; k >= 0 && k >= h.i-2; k-- {
		if t.s[k].w == "could" {
			return true
		}
	}
	for k := h.j; k < len(t.s)-1 && k <= h.j+3; k++ {
		if t.s[k].w == "for" && strings.HasSuffix(t.s[k+1].w, "ing") && !dangerReason(t.s, k+1) {
			return true
		}
	}
	return t.light(ctx) || hyperbole(t.s, h.i, h.j)
}

// loosely reports the idioms of self-reproach: "I could kill myself for
// forgetting", "I'd kill myself if I had to sit through that again".
func (t *tagged) loosely(h cueHit) bool {
	for k := h.i - 1; k >= 0 && k >= h.i-2; k-- {
		if t.s[k].w == "could" {
			return true
		}
	}
	for k := h.j; k < len(t.s)-1 && k <= h.j+2; k++ {
		if t.s[k].w == "for" && strings.HasSuffix(t.s[k+1].w, "ing") {
			return true
		}
	}
	return false
}

// dangerReason reports a reason that makes a threat real: leaving,
// telling the police, seeing someone else.
func dangerReason(s sentence, k int) bool {
	switch s[k].w {
	case "leaving", "reporting", "calling", "talking", "cheating", "seeing", "going", "testifying", "snitching", "grassing",
		"speaking", "ringing", "texting", "divorcing":
		return true
	case "telling":
		for m := k + 1; m < len(s) && m <= k+2; m++ {
			switch s[m].w {
			case "anyone", "anybody", "someone", "police", "cops", "social", "the":
				return true
			}
		}
	}
	return false
}

// otherActor reports someone other than the writer in the sentence before
// token i: he, she, a relation, a name.
func (t *tagged) otherActor(before int) bool {
	for k := 0; k < before && k < len(t.s); k++ {
		w := t.s[k].w
		switch w {
		case "he", "she", "they", "someone", "somebody":
			return true
		}
		if t.s[k].name {
			return true
		}
		if _, ok := relWords()[w]; ok {
			return true
		}
	}
	return false
}

// cueFiction are the words that put a sentence in a film, a book, a game
// or a sport (fewer than the frames' fictionCues: "round", "match" and
// "team" are as often about a visit, a date or work).
var cueFiction = sync.OnceValue(func() map[string]struct{} {
	return setOf(`movie movies film films tv series episode episodes game games gaming videogame videogames fortnite minecraft
roblox xbox playstation ps5 netflix anime manga comic comics novel novels book books character characters boxing mma ufc wrestling
karate sparring rugby hockey chess tournament lyrics podcast documentary dream dreamt dreamed nightmare nightmares paintball airsoft
lasertag paintballing airsoft football soccer judo kickboxing jujitsu taekwondo netball basketball lacrosse tackle tackled`)
})

var relWords = sync.OnceValue(func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range strings.Split(cueClasses["rel"], "|") {
		m[w] = struct{}{}
	}
	return m
})

// cueConcerns reads the sentences of a text with the cues and returns the
// concerns found, with their byte spans in text.
// It also says, for each sentence, whether the frames should read it.
func cueConcerns(text string, ss []sentence, x cueReader) ([]Concern, []bool) {
	gates := make([]bool, len(ss))
	ts := make([]tagged, len(ss))
	for k, s := range ss {
		ts[k] = tagSentence(s, x)
	}
	// What the sentences around each lend: the one before and after.
	nearOf := func(k int) cueTag {
		var near cueTag
		if k > 0 {
			near |= ts[k-1].tags
		}
		if k+1 < len(ts) {
			near |= ts[k+1].tags
		}
		return near
	}
	for k := range ts {
		ts[k].joking(nearOf(k))
	}
	var out []Concern
	for k := range ts {
		near := nearOf(k)
		ts[k].near = near
		s := ts[k].s
		if kind, h, ok := judge(&ts[k], near); ok {
			start, end := s[h.i].start, s[h.j-1].end
			out = append(out, Concern{Kind: kind, Quote: text[start:end], Start: start, End: end})
		} else if kind, ok := modelConcern(s, ts[k].tags); ok {
			if start, end, ok := span(s); ok {
				out = append(out, Concern{Kind: kind, Quote: text[start:end], Start: start, End: end})
			}
		}
		gates[k] = frameGate(&ts[k])
		// An everyday reading also quiets the frames on the same words.
		for _, h := range ts[k].claimed {
			start, end := s[h.i].start, s[h.j-1].end
			out = append(out, Concern{Kind: ordinary, Quote: text[start:end], Start: start, End: end})
		}
	}
	return out, gates
}

// judge decides whether a sentence raises a concern, and on which words.
func judge(t *tagged, near cueTag) (string, cueHit, bool) {
	ctx := t.tags | near
	kidCtx := ctx&(tKid|tMinor) != 0

	// Self-harm: said outright, or a sign of finality, or a means with a sign.
	// (A joke marker does not quiet self-harm: "lol" is as often nervous.)
	if h, ok := t.each(tSelfHarm, func(h cueHit) bool { return !t.negated(h) && !t.fiction && !t.accidental() && !t.loosely(h) }); ok {
		return SelfHarm, h, true
	}
	if h, ok := t.each(tFinal, func(h cueHit) bool { return !t.negated(h) && !t.fiction }); ok {
		return SelfHarm, h, true
	}
	if h, ok := t.each(tHint, func(h cueHit) bool { return !t.negated(h) }); ok {
		n := 0
		for _, o := range t.hits {
			if o.tag == tHint {
				n++
			}
		}
		if n >= 2 || ctx&tMethod != 0 && ctx&(tFinal|tSerious|tHint) != 0 {
			return SelfHarm, h, true
		}
	}

	// Harm to a child: an act, a mark or neglect, with a child in view.
	mishap := t.tags&(tAccident|tPlay) != 0
	if kidCtx {
		if h, ok := t.each(tKidHarm, func(h cueHit) bool { return !t.negated(h) && !t.fiction && !t.light(t.tags) }); ok {
			return ChildHarm, h, true
		}
		if !mishap {
			for _, tag := range []cueTag{tViol, tInjury} {
				if h, ok := t.each(tag, t.real); ok {
					return ChildHarm, h, true
				}
			}
		}
	}

	// Violence: an act told as real; a mark of it with someone who did it.
	if !mishap {
		if h, ok := t.each(tViol, func(h cueHit) bool { return t.real(h) && !t.idiomatic(h, ctx) }); ok {
			return Violence, h, true
		}
		if h, ok := t.each(tInjury, t.real); ok && (t.otherActor(len(t.s)) || ctx&tViol != 0) {
			return Violence, h, true
		}
	}

	// Threats: named as such, or said by someone with harm in it.
	if h, ok := t.each(tThreat, func(h cueHit) bool { return !t.negated(h) && !t.fiction && !t.idiomatic(h, ctx) && !t.light(t.tags) }); ok {
		return Threat, h, true
	}
	if say, ok := t.each(tSay, func(h cueHit) bool { return t.otherActor(h.i) || t.s[h.i].w == "threatened" }); ok {
		if h, ok := t.each(tThreatC, func(h cueHit) bool {
			return h.i > say.i && !t.negated(h) && !t.idiomatic(h, ctx) && !t.light(t.tags)
		}); ok {
			return Threat, cueHit{tag: tThreat, i: say.i, j: h.j}, true
		}
	}

	// The writer's plan to hurt someone.
	if mishap {
		return "", cueHit{}, false
	}
	if h, ok := t.each(tIntent, func(h cueHit) bool { return !t.negated(h) && !t.fiction && !t.idiomatic(h, ctx) && !t.light(t.tags) }); ok {
		return Intent, h, true
	}
	if h, ok := t.each(tHarm, func(h cueHit) bool {
		return t.planRightBefore(h.i) && !t.negated(h) && !t.fiction && !t.idiomatic(h, ctx) && !t.light(t.tags) && !t.otherActor(h.i)
	}); ok {
		return Intent, h, true
	}

	// Stalking: following or watching, or contact that will not stop.
	if h, ok := t.each(tStalk, func(h cueHit) bool { return t.real(h) && !t.light(t.tags) }); ok {
		return Stalking, h, true
	}
	if ctx&tUnwanted != 0 || t.tags&tPersist != 0 {
		if h, ok := t.each(tLurk, func(h cueHit) bool {
			return t.real(h) && !t.light(t.tags) && !(contactVerb(t.s[h.i].w) && writerNear(t.s, h.i))
		}); ok {
			return Stalking, h, true
		}
	}
	if ctx&tUnwanted != 0 && t.tags&tPersist != 0 {
		if h, ok := t.each(tContact, func(h cueHit) bool { return t.real(h) && t.otherActor(h.i) }); ok {
			return Stalking, h, true
		}
	}

	// Watching that is a pattern: checking a phone every night, knowing
	// where the writer goes after a breakup.
	if h, ok := t.each(tWatch, func(h cueHit) bool { return t.real(h) && !t.light(t.tags) && !byWriter(t, h) && t.tags&tMutual == 0 }); ok {
		switch {
		case ctx&tUnwanted != 0 && (t.tags&tPersist != 0 || t.otherActor(h.i)):
			return Stalking, h, true
		case t.tags&tPersist != 0 && t.otherActor(h.i+1) && !(t.tags&tParent != 0 && aboutWriter(t, h)):
			return Control, h, true
		}
	}

	// Coercive control, but not a parent's rule for a teenager.
	if h, ok := t.each(tControl, func(h cueHit) bool { return t.real(h) && !t.light(t.tags) && !byWriter(t, h) }); ok {
		teen := t.tags&tTeenRule != 0 && (t.tags&tParent != 0 || kidCtx) && aboutWriter(t, h)
		everyday := teen || t.tags&(tMutual|tPlace) != 0
		if !everyday || hardControl(t, h) {
			return Control, h, true
		}
	}
	return "", cueHit{}, false
}

// contactVerb reports the first word of "rang my mum", "emailed my
// boss": reaching someone's family or work is stalking when someone else
// does it to the writer, not when the writer calls their own mother.
func contactVerb(w string) bool {
	switch w {
	case "emailing", "email", "emails", "emailed", "messaging", "messages", "messaged", "calling", "calls", "called",
		"ringing", "rings", "rang", "contacting", "contacts", "contacted", "texting":
		return true
	}
	return false
}

// accidental reports a sentence that says what happened was an accident.
func (t *tagged) accidental() bool {
	for _, tok := range t.s {
		if tok.w == "accident" || tok.w == "accidentally" || tok.w == "accidental" {
			return true
		}
	}
	return false
}

// byWriter reports a control phrase that opens with a deed ("checks my
// phone") whose doer is the writer ("I keep checking my phone").
func byWriter(t *tagged, h cueHit) bool {
	return writerNear(t.s, h.i) && !passiveControl(t.s[h.i].w)
}

// writerNear reports the writer as the subject right before token i (or
// at it): "I keep checking", "I'd".
func writerNear(s sentence, i int) bool {
	for k := i; k >= 0 && k >= i-3; k-- {
		switch s[k].w {
		case "i", "we":
			return true
		case "he", "she", "they", "you", comma:
			return false
		}
	}
	return false
}

// aboutWriter reports control over the writer: "won't let me", "I'm not
// allowed", not "won't let my mum".
func aboutWriter(t *tagged, h cueHit) bool {
	for k := h.i; k < h.j; k++ {
		switch t.s[k].w {
		case "me", "my":
			return true
		case "her", "him", "them", "mom", "dad", "wife", "husband", "sister", "brother":
			return false
		}
	}
	return writerNear(t.s, h.i)
}

// passiveControl are the first words of control phrases told by the one
// controlled: "not allowed", "have to ask", "can not even buy".
func passiveControl(w string) bool {
	switch w {
	case "not", "never", "allowed", "have", "had", "got", "must", "ask", "asks", "asking", "beg", "begging", "show",
		"account", "can", "could", "no", "without", "nothing", "hardly", "pocket", "allowance", "with", "salary", "wages",
		"pay", "benefits", "pension", "money", "location", "locations", "coercive", "coercion", "abusive", "abuse", "abused":
		return true
	}
	return false
}

// hardControl reports control no parent's rule explains: documents,
// wages, locking in, spyware, isolation.
func hardControl(t *tagged, h cueHit) bool {
	for k := h.i; k < h.j; k++ {
		switch t.s[k].w {
		case "passport", "passports", "wages", "salary", "bank", "benefits", "pension", "isolated", "isolating", "isolate",
			"spyware", "tracker", "app", "documents", "visa", "locked", "away", "cancelled", "canceled", "cancels", "withdrew":
			return true
		}
	}
	return false
}

// gateTags are the cues that open a sentence to the frames: the cues
// that can raise a concern on their own, and the means and weapons they
// weigh.
const gateTags = tViol | tInjury | tWeapon | tMinor | tKidHarm | tSelfHarm | tMethod | tFinal | tControl | tThreat |
	tStalk | tIntent | tHarm

// frameGate reports whether the frames should read sentence t: a cue of
// gateTags was found in it (even one an everyday reading then claimed:
// the frames judge such readings with their own guards), or a cue that
// needs context with its context (watching or turning up with again and
// again or unwanted, a threat's words with someone saying them, two
// signs of finality), or a word of gateStems, or the model gives it more
// than a small chance of a concern.
func frameGate(t *tagged) bool {
	var found cueTag
	for _, h := range t.found {
		found |= h.tag
	}
	hints := 0
	for _, h := range t.found {
		if h.tag == tHint {
			hints++
		}
	}
	switch {
	case found&gateTags != 0,
		found&(tWatch|tLurk|tContact) != 0 && found&(tPersist|tUnwanted) != 0,
		found&tThreatC != 0 && found&tSay != 0,
		hints >= 2:
		return true
	}
	for _, tok := range t.s {
		for _, p := range gateStems {
			if strings.HasPrefix(tok.w, p) {
				return true
			}
		}
	}
	if len(t.s) == 0 || len(t.s) > modelLongest {
		return false
	}
	_, p := modelScore(modelFeatures(t.s, t.tags))
	return p > gateChance
}

// gateStems are the starts of words the frames name that no cue does,
// rare in ordinary talk: "abuse", "violent", "restraining order".
var gateStems = []string{
	"abus", "violen", "rape", "molest", "assault", "suicid", "stalk", "threate", "threats", "coerc", "restrain",
	"injunction", "weapon", "police", "custody", "myself", "scared", "afraid", "terrified", "frightened", "unsafe", "safety",
}

// gateChance is the model's probability above which a sentence with no
// cue is still read by the frames.
const gateChance = 0.2
