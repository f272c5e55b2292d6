package safety

import (
	"cmp"
	"regexp"
	"regexp/syntax"
	"slices"
	"sort"
	"strings"
	"sync"
)

// A rule is a frame looked for inside one sentence of normalised tokens:
// who does what to whom. Its pattern is a regular expression over the
// sentence written as its tokens joined by single spaces, with {class}
// standing for a word class of the lexicon and ~N for a gap of at most N
// words that does not cross a comma. What matches is then judged in its
// context, the way a reader would:
//
//   - negated: "he never hit me", "I would never hurt you" (a negation in
//     the frame or just before it, through auxiliaries and adverbs), unless
//     the rule's meaning carries the negation ("won't let me leave");
//   - hypothetical: "if he ever hit me I'd leave" (an "if" right before
//     the frame), unless what follows says it happened before ("again");
//   - counterfactual: "he could have killed me" (could / would / might
//     have);
//   - fiction and games: a film, a game, a match in the same sentence;
//   - hyperbole, for the verbs people use as idioms (kill, murder,
//     strangle): "my boss will kill me if this report is late". It is an
//     idiom when the sentence gives an everyday reason or an everyday
//     person and nothing that speaks of danger (leaving, the police, a
//     weapon, fear, "I mean it").
type rule struct {
	kind    string
	pattern string
	// keepNeg: a negation is part of the frame's meaning.
	keepNeg bool
	// idiom: the frame is judged for hyperbole (see above).
	idiom bool
	// real: hypotheticals, counterfactuals and fiction still count (plans,
	// wishes and threats are concerning whether or not they happened).
	real bool
	// notAfter, when set, is a pattern that cancels the match when the
	// words right after it match (anchored at the next word); notBefore
	// likewise for the words right before it (anchored at the frame, so
	// it ends in "$").
	notAfter  string
	notBefore string
	// needBefore: the words right before the frame must match (as
	// notBefore); needSentence: the sentence must contain a match.
	needBefore   string
	needSentence string
	// notSentence: a match anywhere in the sentence cancels the frame
	// (an accident, a sport).
	notSentence string
	// notSelf: the frame's verb has no agent of its own; it is dropped
	// when the nearest subject before it is the writer ("I threw my keys").
	notSelf bool
}

type compiled struct {
	rule
	order int    // position in rules: earlier rules win ties
	keys  []int  // indices in allKeys: one occurs in every match (nil: no filter)
	expr  string // the frame's expression, set by compile unless known before

	// Compiled on first use: a process that screens a short text
	// compiles only the rules whose key words it contains.
	once         sync.Once
	re           *regexp.Regexp
	notAfter     *regexp.Regexp
	notBefore    *regexp.Regexp
	needBefore   *regexp.Regexp
	needSentence *regexp.Regexp
	notSentence  *regexp.Regexp
}

// compile compiles c's expressions, once.
func (c *compiled) compile() {
	c.once.Do(func() {
		r := c.rule
		if c.expr == "" {
			c.expr = ruleExpr(r)
		}
		c.re = regexp.MustCompile(c.expr)
		if r.notAfter != "" {
			c.notAfter = regexp.MustCompile(`^(?:` + expand(r.notAfter) + `)(?: |$)`)
		}
		if r.notBefore != "" {
			c.notBefore = regexp.MustCompile(`(?:^| )(?:` + expand(r.notBefore) + `)`)
		}
		if r.needBefore != "" {
			c.needBefore = regexp.MustCompile(`(?:^| )(?:` + expand(r.needBefore) + `)`)
		}
		if r.notSentence != "" {
			c.notSentence = regexp.MustCompile(`(?:^| )(?:` + expand(r.notSentence) + `)(?: |$)`)
		}
		if r.needSentence != "" {
			c.needSentence = regexp.MustCompile(`(?:^| )(?:` + expand(r.needSentence) + `)(?: |$)`)
		}
	})
}

// macroRE finds the {class} and ~N notation (compiled on first use: most
// processes never screen anything).
var macroRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\{[a-z]+\}|~[0-9]+`) })

func expand(p string) string {
	lexicon := lexiconClasses()
	return macroRE().ReplaceAllStringFunc(p, func(m string) string {
		if m[0] == '~' {
			return `(?:[^ ,]+ ){0,` + m[1:] + `}`
		}
		alts, ok := lexicon[m[1:len(m)-1]]
		if !ok {
			panic("safety: unknown word class " + m)
		}
		return alts
	})
}

// compiledRules prepares the rules: their key words. The key words come
// from keys_gen.go when it was made from the same pattern (deriving them
// takes about as long as compiling every rule); any other rule has them
// derived here. Nothing is expanded or compiled yet: a rule's expression
// is built when its key words first occur.
var compiledRules = sync.OnceValue(func() []compiled { return buildRules(true) })

// buildRules prepares a set of rules, with the generated key words when
// gen is set and otherwise with every rule's key words derived afresh.
func buildRules(gen bool) []compiled {
	out := make([]compiled, len(rules))
	for i, r := range rules {
		keys, ok := generatedKeys(exprHash(r.pattern))
		expr := ""
		if !gen || !ok {
			expr = ruleExpr(r)
			keys = keyWords(expr)
		}
		out[i] = compiled{rule: r, order: i, expr: expr, keys: internKeys(keys)}
	}
	return out
}

// genKey is one entry of keys_gen.go.
type genKey struct {
	hash uint64
	keys []string
}

// generatedKeys looks a frame's key words up in keys_gen.go.
func generatedKeys(h uint64) ([]string, bool) {
	i, ok := slices.BinarySearchFunc(genKeys, h, func(k genKey, h uint64) int { return cmp.Compare(k.hash, h) })
	if !ok {
		return nil, false
	}
	return genKeys[i].keys, true
}

// ruleExpr is the expression of a rule's frame.
func ruleExpr(r rule) string { return `(?:^| )(` + expand(r.pattern) + `)(?: |$)` }

// exprHash names a rule's pattern in keys_gen.go (FNV-1a, 64 bits).
func exprHash(expr string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(expr); i++ {
		h ^= uint64(expr[i])
		h *= 1099511628211
	}
	return h
}

// Words that shape how a frame is read.
var (
	negators    = lazySet(`not never no nobody noone nothing neither nor hardly`)
	transparent = lazySet(`do does did have has had will would could should can may might must shall be is was am are were been being
ever even really just actually truly honestly seriously going to want wanted mean meant intend intended try tried trying
plan planned ever once again also still then`)
	fictionCues = lazySet(`movie movies film films show tv series episode episodes game games gaming videogame level boss fortnite
minecraft roblox xbox playstation ps5 netflix anime manga comic comics novel book books character characters play
match round boxing mma ufc wrestling karate sparring tackle football soccer rugby hockey chess team league
tournament song lyrics podcast documentary dream dreamt dreamed nightmare`)
	// ("fight" is not a cue: it is as often a row, or a real fight.)
	// reasons that turn "she'll kill me" into an idiom
	mundane = lazySet(`late early forget forgot forgotten forgetting mess messy grade grades report reports deadline homework exam exams test
bill bills spend spent spending price cost eat ate eats eating leftovers fridge dishes laundry dent scratch scratched broke
lost lose ruined spoil spoiled spoils spoiler spoilers finale surprise wifi internet bedtime midnight homework socks party cake score tattoo haircut hair dress shoes curfew chores clean cleaning
dent dents dented
weekend trip plants birthday anniversary wedding lol kidding joking jokes joke dinner lunch breakfast coffee pizza car
shopping game match rent budget credit card cards phone messy room kitchen sees noticed notices hears finds found traffic
work job boss meeting presentation email shift train flight bus`)
	// people about whom "will kill me" is nearly always an idiom
	everydayPeople = lazySet(`boss manager teacher coach mom dad parents sister brother roommate flatmate grandma gran nan grandpa
professor editor landlord sis bro aunt uncle teammates team coworker colleague friend friends bestie`)
	// words that say the danger is real
	dangerCues = lazySet(`leave leaving left tell telling told police cops divorce custody gun knife weapon seriously serious 
means meant scared afraid terrified fear frightened anyone someone else talk tonight threatened threatens threat
swear swore hospital blood choke choked strangle strangled hit hits hurt break breaking testify court
reporting reported`)
)

// strongDanger are the danger cues that even "could" does not soften.
var strongDanger = lazySet(`police cops gun knife weapon seriously means meant swear swore hospital blood`)

// hypotheticalCues are the words that put a frame right after them in an
// unreal condition.
var hypotheticalCues = lazySet(`if unless imagine suppose whether`)

// happenedCues after a frame say it has happened before, so an "if" does
// not make it hypothetical.
var happenedCues = lazySet(`again anymore still like last`)

// match is one frame found in a sentence, in token indices [i, j).
type match struct {
	r    *compiled
	i, j int
}

// screenSentence finds the frames of rules rs in one sentence.
func screenSentence(s sentence, rs []compiled) []match {
	var b strings.Builder
	starts := make([]int, len(s)) // byte offset of each token in b
	for k, t := range s {
		if k > 0 {
			b.WriteByte(' ')
		}
		starts[k] = b.Len()
		b.WriteString(t.w)
		if t.name {
			b.WriteString("#n")
		}
	}
	line := b.String()
	tokenAt := func(off int) int {
		return sort.Search(len(starts), func(k int) bool { return starts[k] > off }) - 1
	}
	fiction := false
	for _, t := range s {
		if fictionCues.has(t.w) {
			fiction = true
		}
	}

	var out []match
	// Rules share many key words (every frame with an agent has the same
	// ones): each is looked for once per sentence.
	seen := make([]int8, len(allKeys))
	for ri := range rs {
		r := &rs[ri]
		if r.keys != nil && !hasKey(line, r.keys, seen) {
			continue
		}
		r.compile()
		for _, m := range r.re.FindAllStringSubmatchIndex(line, -1) {
			i, j := tokenAt(m[2]), tokenAt(m[3]-1)+1
			if !r.holds(s, line, starts, i, j, fiction) {
				continue
			}
			out = append(out, match{r: r, i: i, j: j})
		}
	}
	return out
}

// holds reports whether rule r's frame at tokens [i, j) of sentence s
// (line, with each token's offset in starts) stands once its context is
// judged: its guards around it, who is the subject, negation,
// hypotheticals and fiction, idiom.
func (r *compiled) holds(s sentence, line string, starts []int, i, j int, fiction bool) bool {
	switch {
	case r.notAfter != nil && j < len(s) && r.notAfter.MatchString(line[starts[j]:]),
		r.notBefore != nil && r.notBefore.MatchString(line[:starts[i]]),
		r.needBefore != nil && !r.needBefore.MatchString(line[:starts[i]]),
		r.needSentence != nil && !r.needSentence.MatchString(line),
		r.notSentence != nil && r.notSentence.MatchString(line),
		r.notSelf && writerIsSubject(s, i):
		return false
	case !r.keepNeg && negated(s, i, j),
		r.keepNeg && negatedBefore(s, i),
		!r.real && (fiction || hypothetical(s, i, j) || counterfactual(s, i, j)),
		r.idiom && hyperbole(s, i, j):
		return false
	}
	return true
}

// negated reports a negation inside the frame or just before it.
func negated(s sentence, i, j int) bool {
	for k := i; k < j; k++ {
		if negators.has(s[k].w) {
			return true
		}
	}
	return negatedBefore(s, i)
}

// negatedBefore looks back from token i through auxiliaries and adverbs
// for a negation.
func negatedBefore(s sentence, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := s[k].w
		if negators.has(w) {
			return true
		}
		if !transparent.has(w) {
			return false
		}
	}
	return false
}

// hypothetical reports an "if" just before the frame, unless the words
// after it say it has happened before.
func hypothetical(s sentence, i, j int) bool {
	for k := j; k < len(s) && k < j+4; k++ {
		if happenedCues.has(s[k].w) {
			return false
		}
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := s[k].w
		if hypotheticalCues.has(w) {
			return true
		}
		if !transparent.has(w) {
			return false
		}
	}
	return false
}

// counterfactual reports "could have", "would have", "might have" or
// "almost" inside the frame or just before its verb.
func counterfactual(s sentence, i, j int) bool {
	for k := i; k < j-1 && k < len(s)-1; k++ {
		switch s[k].w {
		case "could", "would", "might", "should":
			if s[k+1].w == "have" || s[k+1].w == "of" {
				return true
			}
		}
	}
	if i >= 2 {
		switch s[i-2].w {
		case "could", "would", "might", "should":
			return s[i-1].w == "have"
		}
	}
	return false
}

// hyperbole reports a "kill" that is an idiom: the sentence has an
// everyday reason or person, or a "could", and nothing that speaks of
// danger.
func hyperbole(s sentence, i, j int) bool {
	idiomVerb := false
	for k := i; k < j; k++ {
		if isVerbOfIdiom(s[k].w) {
			idiomVerb = true
		}
	}
	if !idiomVerb {
		return false
	}
	for k := i; k < j; k++ {
		if s[k].w == "could" {
			for _, t := range s {
				if strongDanger.has(t.w) {
					return false
				}
			}
			return true
		}
	}
	everyday := false
	for k, t := range s {
		if k >= i && k < j && isVerbOfIdiom(t.w) {
			continue
		}
		if dangerCues.has(t.w) {
			return false
		}
		if mundane.has(t.w) {
			everyday = true
		}
		if everydayPeople.has(t.w) {
			everyday = true
		}
	}
	return everyday
}

func isVerbOfIdiom(w string) bool {
	return strings.HasPrefix(w, "kill") || strings.HasPrefix(w, "murder") || strings.HasPrefix(w, "strangl")
}

// subjects are the words that can open a clause as its subject.
var subjects = lazySet(`i we he she they you someone somebody`)

// writerIsSubject reports whether the nearest subject before token i is
// the writer ("I lost my temper and threw my keys").
func writerIsSubject(s sentence, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if subjects.has(s[k].w) || s[k].name {
			return s[k].w == "i" || s[k].w == "we"
		}
	}
	return false
}

// exact returns the strings re matches when they are few (nil
// otherwise): the words of a class, with their prefixes put back together
// after the parser factored them out.
func exact(re *syntax.Regexp) []string {
	const most = 400
	switch re.Op {
	case syntax.OpEmptyMatch:
		return []string{""}
	case syntax.OpLiteral:
		return []string{string(re.Rune)}
	case syntax.OpCharClass:
		var out []string
		for k := 0; k+1 < len(re.Rune); k += 2 {
			for c := re.Rune[k]; c <= re.Rune[k+1]; c++ {
				out = append(out, string(c))
				if len(out) > most {
					return nil
				}
			}
		}
		return out
	case syntax.OpCapture:
		return exact(re.Sub[0])
	case syntax.OpQuest:
		sub := exact(re.Sub[0])
		if sub == nil {
			return nil
		}
		return append([]string{""}, sub...)
	case syntax.OpAlternate:
		var out []string
		for _, s := range re.Sub {
			e := exact(s)
			if e == nil || len(out)+len(e) > most {
				return nil
			}
			out = append(out, e...)
		}
		return out
	case syntax.OpConcat:
		out := []string{""}
		for _, s := range re.Sub {
			e := exact(s)
			if e == nil || len(out)*len(e) > most {
				return nil
			}
			var next []string
			for _, a := range out {
				for _, b := range e {
					next = append(next, a+b)
				}
			}
			out = next
		}
		return out
	}
	return nil
}

// required returns strings of which at least one occurs in every match of
// re, or nil when there is no such set (the rule must always be tried).
// It lets a sentence skip the rules whose key words it lacks: most rules
// need a verb or a noun that most sentences do not have.
func required(re *syntax.Regexp) []string {
	if e := exact(re); e != nil {
		for _, w := range e {
			if w == "" {
				return nil
			}
		}
		return e
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min > 0 {
			return required(re.Sub[0])
		}
		return nil
	case syntax.OpAlternate:
		var out []string
		for _, s := range re.Sub {
			r := required(s)
			if r == nil {
				return nil
			}
			out = append(out, r...)
		}
		return out
	case syntax.OpConcat:
		// The most selective part: the one whose shortest string is
		// longest, where runs of parts with few strings are joined first.
		var best []string
		bestLen := 0
		consider := func(r []string) {
			if r == nil {
				return
			}
			short := len(r[0])
			for _, w := range r {
				short = min(short, len(strings.TrimSpace(w)))
			}
			// Longer shortest words are rarer; a shorter list is cheaper.
			if short > bestLen || short == bestLen && len(r) < len(best) {
				best, bestLen = r, short
			}
		}
		for k := range re.Sub {
			consider(required(re.Sub[k]))
			// Join this part with the ones after it while the product
			// stays small.
			for l := k + 2; l <= len(re.Sub); l++ {
				e := exact(&syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[k:l]})
				if e == nil {
					break
				}
				// A joined run is worth it only while it stays a short list:
				// each key costs a search of the sentence.
				if !slices.Contains(e, "") && len(e) <= 48 {
					consider(e)
				}
			}
		}
		return best
	}
	return nil
}

// keyWords parses a compiled rule's expression for required.
func keyWords(expr string) []string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	ws := required(re)
	// A key that holds a shorter key adds nothing: keep the shortest.
	slices.SortFunc(ws, func(a, b string) int { return len(a) - len(b) })
	var keys []string
	for _, w := range ws {
		if len(strings.TrimSpace(w)) < 2 {
			return nil // too common to be worth checking
		}
		if !slices.ContainsFunc(keys, func(k string) bool { return strings.Contains(w, k) }) {
			keys = append(keys, w)
		}
	}
	return keys
}

// allKeys are the distinct key words of all rules (see required).
var (
	allKeys  []string
	keyIndex = map[string]int{}
)

// internKeys turns key words into indices in allKeys. It runs while the
// rules compile, once.
func internKeys(ws []string) []int {
	if ws == nil {
		return nil
	}
	out := make([]int, len(ws))
	for i, w := range ws {
		k, ok := keyIndex[w]
		if !ok {
			k = len(allKeys)
			allKeys = append(allKeys, w)
			keyIndex[w] = k
		}
		out[i] = k
	}
	return out
}

// hasKey reports whether line holds one of the keys, remembering each
// answer in seen (0 not looked for yet, 1 there, 2 not there).
func hasKey(line string, keys []int, seen []int8) bool {
	for _, k := range keys {
		switch seen[k] {
		case 0:
			if strings.Contains(line, allKeys[k]) {
				seen[k] = 1
				return true
			}
			seen[k] = 2
		case 1:
			return true
		}
	}
	return false
}
