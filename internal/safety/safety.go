// Package safety screens what the user writes for signs of abuse, threats,
// violence or self-harm, so that the practice can step out of the role-play
// instead of coaching a reconciliation that could put someone at risk.
//
// The screen is a fixed list of hand-written patterns: deterministic,
// offline and explainable (every concern quotes the words that raised it).
// It aims to catch plain statements ("he hit me", "I want to end it all")
// while letting ordinary apology talk through ("I hurt your feelings", "the
// deadline is killing me"). It is a prompt to pause and offer help, not a
// diagnosis: it will miss things said indirectly, and the user can always
// choose to carry on.
package safety

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
)

// The kinds of concern.
const (
	SelfHarm = "self-harm"
	Violence = "violence"
	Abuse    = "abuse"
)

// Concern is one passage of the text that raised a concern.
type Concern struct {
	Kind  string // SelfHarm, Violence or Abuse
	Quote string // text[Start:End]
	Start int    // byte offsets into the screened text
	End   int
}

// rule is one pattern, in the notation of expand. The match (or its group
// named "q", when the pattern has one) is the quoted span. A match is
// ignored when the text right after it matches notAfter, or the text right
// before it matches notBefore.
type rule struct {
	kind      string
	pattern   string
	notAfter  string
	notBefore string
}

// compiled is a rule with its regexps.
type compiled struct {
	kind      string
	re        *regexp.Regexp
	notAfter  *regexp.Regexp
	notBefore *regexp.Regexp
}

// expand turns the readable pattern notation into RE2: a space matches any
// run of white space, an apostrophe matches a straight or curly one or none
// ("don't", "don’t", "dont"), and matching ignores case.
func expand(p string) string {
	p = strings.ReplaceAll(p, " ", `\s+`)
	p = strings.ReplaceAll(p, "'", `['’]?`)
	return "(?i)" + p
}

func mk(kind, pattern string) rule {
	return rule{kind: kind, pattern: pattern}
}

func (r rule) unlessAfter(p string) rule {
	r.notAfter = p
	return r
}

func (r rule) unlessBefore(p string) rule {
	r.notBefore = p
	return r
}

// compiledRules compiles the rules the first time text is screened, so a
// process that never screens (every command but practice) does not pay
// for some forty regexps at start-up.
var compiledRules = sync.OnceValue(func() []compiled {
	out := make([]compiled, len(rules))
	for i, r := range rules {
		c := compiled{kind: r.kind, re: regexp.MustCompile(expand(r.pattern))}
		if r.notAfter != "" {
			c.notAfter = regexp.MustCompile(`\A` + expand(`(?:`+r.notAfter+`)`))
		}
		if r.notBefore != "" {
			c.notBefore = regexp.MustCompile(expand(`(?:`+r.notBefore+`)`) + `\z`)
		}
		out[i] = c
	}
	return out
})

// Word lists shared by the patterns.
const (
	// people who may be the subject of a violent act
	subj = `(?:he|she|they|you|i|we|my (?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father|mom|mum|mother|brother|sister|son|daughter|step(?:dad|father|mom|mum|mother)|uncle|aunt|boss))`
	// people who may be its object
	obj = `(?:me|him|her|them|us|you|my (?:kids?|child|children|son|daughter|wife|husband|partner|mom|mum|mother|dad|father|sister|brother|dog|cat))`
	// violent verbs, present and past
	hitVerbs = `(?:hit|hits|hitting|punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|kick(?:ed|s|ing)?|beat|beats|beaten|beating|shov(?:e|ed|es|ing)|smack(?:ed|s|ing)?|chok(?:e|ed|es|ing)|strangl(?:e|ed|es|ing)|throttl(?:e|ed|es|ing))`
	// the people one can be kept from
	circle = `(?:my )?(?:friends|family|parents|mother|mom|mum|father|dad|sister|brother|siblings|anyone|anybody|people)`
	// "won't let me" and relatives
	notLet = `(?:won't|will not|doesn't|does not|didn't|did not|wouldn't|would not|never) let me`
	// harm done to someone
	harmVerbs = `(?:kill|hurt|harm|hit|beat|shoot|stab|strangle|choke|burn|attack)`
)

var rules = []rule{
	// Self-harm.
	mk(SelfHarm, `\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|injure|injuring|hang|hanging) myself\b`).
		unlessAfter(` (?:on|at|in|during|while|playing|lifting|running|shaving|cooking|laughing|trying|working|off|some slack|a break)\b| over (?:this|work|it|nothing)\b`),
	mk(SelfHarm, `\bsuicid(?:e|al)\b`).unlessBefore(`\b(?:social|political|career|professional) `),
	mk(SelfHarm, `\b(?:end it all|ending it all|end my (?:own )?life|ending my (?:own )?life|tak(?:e|ing) my (?:own )?life)\b`),
	mk(SelfHarm, `\b(?:don't|do not|no longer|doesn't|does not) (?:want|wanna) (?:to )?(?:live|be alive|exist|be here anymore|wake up)\b`).
		unlessAfter(` (?:with|in|at|near|there|here|like|together|under|alone|without|by|next|on|through|early|tomorrow)\b`),
	mk(SelfHarm, `\b(?:want|wanted|wanna|wish|wished|wishing) (?:to )?(?:die|be dead|i (?:was|were) dead|i (?:was|had) never been born)\b`).
		unlessAfter(` (?:of|from|laughing|inside)\b`),
	mk(SelfHarm, `\b(?:no (?:reason|point) (?:to|in) (?:live|living|going on)|better off dead|(?:everyone|everybody|the world|they|my family) (?:would|'d) be better off without me)\b`),
	mk(SelfHarm, `\b(?:self(?:-| )?harm(?:ing)?|overdos(?:e|ed|ing)|slit(?:ting)? my wrists?)\b`),

	// Violence and threats.
	mk(Violence, `\b`+subj+` (?:(?:has|have|had) )?(?:(?:always|often|sometimes|once|just|also|even|then|again|still|used to|would) )?`+hitVerbs+` `+obj+`\b`).
		unlessAfter(` (?:up|back|out|off|at|in|by|to it|to the punch|\d)\b| with (?:the|a|an|this|that|some) (?:news|question|idea|truth|request|bill|fact)`),
	mk(Violence, `\bbeat (?:me|him|her|them|us|you) up\b`),
	mk(Violence, `\b(?:he|she|they) (?:hurts|keeps hurting|is hurting|keeps on hurting) (?:me|us)\b`),
	mk(Violence, `\b(?:physically (?:hurt|harmed|attacked|assaulted|abused)|hurt (?:me|us|him|her) physically)\b`),
	mk(Violence, `\bthreat(?:en|ened|ens|ening) (?:to )?(?:(?:me|us) )?`+harmVerbs+`\b`),
	mk(Violence, `\bthreat(?:en|ened|ens|ening) (?:me|us)\b`).unlessAfter(` (?:with (?:a )?(?:breakup|divorce|leaving)|to leave)\b`),
	mk(Violence, `\bdeath threats?\b`),
	mk(Violence, `\b(?:said|says|told me) (?:that )?(?:he|she|they)(?:'d| would| will|'ll| was going to| is going to| were going to) `+harmVerbs+` (?:me|us|my)\b`),
	mk(Violence, `\b(?:i'll|i will|i'm going to|i am going to|i'm gonna) (?:kill|stab|shoot|strangle) (?:him|her|them|you)\b`),
	mk(Violence, `\b(?:afraid|scared|terrified|frightened) (?:that )?(?:he|she|they)(?:'ll| will| would|'d| might| may| could| is going to|'s going to| are going to|'re going to) (?:`+harmVerbs+`|(?:come after|find|track down|hunt down) (?:me|us)|do something to (?:me|us|the kids))\b`),
	mk(Violence, `\b(?:(?:afraid|scared|terrified|frightened) (?:of|for) my (?:life|safety)|fear(?:ed|ing)? for my (?:life|safety))\b`),
	mk(Violence, `\b(?P<q>(?:afraid|scared|terrified|frightened) of (?:him|her|them))(?:\s*(?:[.,;:!?)]|$)| (?:when|because|and|now|since|sometimes|physically|all the time)\b)`),
	mk(Violence, `\b(?:pulled|pointed|held|waved) (?:a|his|her|their|the) (?:gun|knife)\b`),
	mk(Violence, `\b(?:(?:domestic|physical|family) violence|(?:got|gets|getting|became|becomes|turned|turns|was|is|has been|can be) (?:really |very )?(?:violent|physical with (?:me|us))|violent (?:with|towards?) (?:me|us|him|her|the kids))\b`),
	mk(Violence, `\b(?:stalk(?:s|ed|ing)? (?:me|us|him|her)|stalker)\b`),
	mk(Violence, `\b(?:rap(?:e|ed|ing)|sexual(?:ly)? assault(?:ed)?|assault(?:ed|s|ing)? (?:me|him|her|us))\b`),

	// Abuse and coercive control.
	mk(Abuse, `\babus(?:e|es|ed|ing|ive|er|ers)\b`).
		unlessAfter(` (?:of (?:power|trust|process|position|privilege|authority|discretion)|(?:your|my|his|her|their|our) (?:trust|kindness|generosity|hospitality|position|privileges?|patience|goodwill|friendship|power|authority))\b`).
		unlessBefore(`\b(?:substance|drug|drugs|alcohol|opioid) `),
	mk(Abuse, `\bcontrol(?:s|led|ling)? (?:all (?:of )?)?(?:my|our) (?:money|finances|bank|phone|passport|spending|paycheck|salary|cards?|accounts?)\b`),
	mk(Abuse, `\b(?:tracks|tracked|tracking|monitors|monitored|monitoring) my (?:phone|location|messages|texts|emails)\b`),
	mk(Abuse, `\b`+notLet+` (?:see|visit|talk to|speak to|call|meet|text|go out with|spend time with) `+circle+`\b`),
	mk(Abuse, `\b`+notLet+` (?:leave the house|leave (?:him|her|them)|go out|go anywhere|have (?:a job|money|my own (?:money|phone|account)))\b`),
	mk(Abuse, `\bnot allowed to (?:(?:see|visit|talk to|call|meet|spend time with) `+circle+`|leave the house|go out|have (?:my own )?(?:money|a phone|a job|friends))\b`),
	mk(Abuse, `\b(?:isolat(?:es|ed|ing) me|cut me off from (?:my )?(?:friends|family|everyone|everybody|people|money))\b`),
	mk(Abuse, `\bforc(?:ed|es|ing) me (?:to|into)\b`).
		unlessAfter(` (?:work|rethink|reconsider|think|admit|realise|realize|face|look|see|slow down|grow|apologi[sz]e|listen|confront|change)\b`),
	mk(Abuse, `\b(?:forced (?:himself|herself|themselves) on me|coercive(?: control)?|coerc(?:ed|es|ing) me)\b`),
	mk(Abuse, `\b(?:restraining|protection|protective|no(?:-| )contact) order\b`),
	mk(Abuse, `\bthreat(?:en|ened|ens|ening) to (?:take (?:the|my|our) (?:kids|children|son|daughter|baby)|kick me out|out me|(?:leak|share|post|send) (?:my|our|the|those) (?:photos|pictures|pics|videos|nudes|messages|texts))\b`),
	mk(Abuse, `\b(?:have|had|has) to ask (?:his|her|their) permission\b`),
}

// Screen returns the passages of text that suggest abuse, threats, violence
// or self-harm, in order of position. Overlapping matches are reported
// once, as the earliest (and then longest) one.
func Screen(text string) []Concern {
	var found []Concern
	for _, r := range compiledRules() {
		q := r.re.SubexpIndex("q")
		for _, m := range r.re.FindAllStringSubmatchIndex(text, -1) {
			start, end := m[0], m[1]
			if r.notAfter != nil && r.notAfter.MatchString(text[end:]) {
				continue
			}
			if r.notBefore != nil && r.notBefore.MatchString(text[:start]) {
				continue
			}
			if q >= 0 && m[2*q] >= 0 {
				start, end = m[2*q], m[2*q+1]
			}
			found = append(found, Concern{Kind: r.kind, Quote: text[start:end], Start: start, End: end})
		}
	}
	slices.SortFunc(found, func(a, b Concern) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	var out []Concern
	for _, c := range found {
		if n := len(out); n > 0 && c.Start < out[n-1].End {
			continue
		}
		out = append(out, c)
	}
	return out
}

// Kinds returns the distinct kinds among cs, most urgent first: self-harm,
// then violence, then abuse.
func Kinds(cs []Concern) []string {
	var kinds []string
	for _, k := range []string{SelfHarm, Violence, Abuse} {
		if slices.ContainsFunc(cs, func(c Concern) bool { return c.Kind == k }) {
			kinds = append(kinds, k)
		}
	}
	return kinds
}

// Message is what the practice shows when Screen found something: it steps
// out of the role-play, says why reconciliation is not the goal here, and
// points to help. It returns "" when cs is empty. The practice stays paused
// until the user types /continue.
func Message(cs []Concern) string {
	kinds := Kinds(cs)
	if len(kinds) == 0 {
		return ""
	}
	var about []string
	for _, k := range kinds {
		switch k {
		case SelfHarm:
			about = append(about, "thoughts of harming yourself")
		case Violence:
			about = append(about, "violence or threats")
		case Abuse:
			about = append(about, "abuse or control")
		}
	}

	var b strings.Builder
	b.WriteString("Let's step out of the practice for a moment.\n\n")
	fmt.Fprintf(&b, "What you wrote mentions %s. When there is abuse, a threat, violence or a risk of self-harm, what matters is your safety, not making up. You don't owe anyone an apology, a conversation or any contact, and amends won't coach you towards reconciling here.\n\n", joinAnd(about))
	if kinds[0] == SelfHarm {
		b.WriteString("- If you are thinking about harming yourself, please talk to someone now: in the US, call or text 988; in the UK and Ireland, call Samaritans on 116 123; elsewhere, findahelpline.com lists free, confidential lines.\n")
		b.WriteString("- If you are in danger right now, call your local emergency number.\n")
	} else {
		b.WriteString("- If you are in danger right now, call your local emergency number.\n")
		b.WriteString("- If it's weighing on you, a crisis line will listen: in the US, call or text 988; in the UK and Ireland, Samaritans on 116 123; elsewhere, see findahelpline.com.\n")
	}
	b.WriteString("- `amends guide let-go` is about when it's time to let go, and how to do it safely.\n\n")
	b.WriteString("The practice is paused. It goes on only if you choose: type /continue to carry on, or /quit to stop here.")
	return b.String()
}

func joinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	default:
		return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
	}
}
