package critique

// The matching engine: rules split into parts small enough for RE2's
// fast backtracker, literal prefilters that rule a part out before its
// regexp is compiled, and matching sentence by sentence. The rules
// themselves (the catalogue's patterns) are in rules.go.

import (
	"regexp/syntax"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Guards that suppress a match (two-pass checks; RE2 has no look-behind).
const (
	gNeg    = 1 << iota // a negation earlier in the same clause ("I won't say it was just a joke")
	gQuote              // the match sits inside double quotes (quoted words, not the writer's voice)
	gReport             // the writer is reporting their own earlier words ("I'm sorry I told you to calm down")
	gWriter             // the writer is the subject ("I overreacted", "I misunderstood")
	gRel                // "that" is a relative pronoun after a vague object ("everything that happened")
	gCond               // the match sits in an "if" clause ("even if it's just one word")
	gState              // in a reach-out, how things stand ("things got weird") counts only where the sentence apologises
)

const gStd = gNeg | gQuote | gReport

// Which kinds a rule applies to.
const (
	kBoth = iota
	kApology
	kReachOut
)

type rule struct {
	cat     string
	pattern string // the whole pattern
	// Set by build: the number of pieces (small enough for RE2's
	// backtracker) and, only when rules_gen.go is stale, the pieces
	// themselves; see part.
	nparts int
	parts  []part
	// Set by build: the matcher of each part (made on first use) and the
	// index of the first part's program in rules_prog.bin (-1: none).
	// The parts themselves (rules_gen.go) are only read, so their pages
	// stay shared with the binary.
	run      []partRun
	progBase int
	overlap  bool // signals: report matches that overlap (every "I ..." clause)
	guards   int
	kinds    int
	group    int  // capture group to quote; 0 = whole match
	noAct    bool // only when the draft names no specific act
	weak     bool // counts only if the category fires at least twice
	runOn    bool // only in a draft without stops (doc.unpunctuated)
	skip     func(d *doc, s, e int) bool
}

// part is one piece of a rule's pattern with its literal prefilters. Its
// regexp is compiled the first time a draft may match it, so a process
// that checks one draft compiles only the parts it needs. Literals are
// ids into litStrs. The split and the literals come from rules_gen.go
// (see build), so a process does no regexp parsing to set them up.
type part struct {
	src string // "" = the rule's whole pattern
	// A match contains one of lits (the sentences holding them are the
	// ones searched); nil = no prefilter.
	lits []int32
	// A match holds these steps in order, without overlap: checked
	// within a sentence (over the whole text when whole), a draft that
	// lacks them never compiles the part. Encoded (see encodeSteps).
	seq   []int32
	whole bool // match over the whole text, not sentence by sentence
	// When every match starts with one of lead (after an optional \b,
	// when wb), anch (the pattern anchored with ^) is tried only at
	// those places.
	lead    []int32
	wb      bool
	overlap bool // signals: report matches that overlap (every "I ..." clause)
}

// allStartWord reports whether every literal of ls starts with a word
// character (as \b sees one).
func allStartWord(ls []string) bool {
	for _, l := range ls {
		if l == "" || !isREWord(l[0]) {
			return false
		}
	}
	return true
}

// leading returns literals one of which starts every match of r, and
// whether a \b precedes them; nil when unknown.
func leading(r *syntax.Regexp) ([]string, bool) {
	switch r.Op {
	case syntax.OpLiteral:
		if r.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(r.Rune)}, false
	case syntax.OpCapture:
		return leading(r.Sub[0])
	case syntax.OpConcat:
		wb := false
		for _, s := range r.Sub {
			if s.Op == syntax.OpWordBoundary {
				wb = true
				continue
			}
			l, w := leading(s)
			if wb && !allStartWord(l) {
				// The anchored pattern's \b, seeing no left context, fails
				// before a literal that starts with no word character ("'d"
				// of "she'd"): match such a part sentence by sentence.
				return nil, false
			}
			return l, wb || w
		}
	case syntax.OpAlternate:
		var all []string
		some, every := false, true
		for _, s := range r.Sub {
			l, w := leading(s)
			if l == nil {
				return nil, false
			}
			some, every = some || w, every && w
			all = append(all, l...)
		}
		if some && !every {
			// A boundary on only some branches: the anchored pattern is
			// tried on the text from the literal on, where its \b sees no
			// left context and would match inside a word ("ffs" in
			// "layoffs"). Such a part is matched sentence by sentence.
			return nil, false
		}
		return all, every
	}
	return nil, false
}

func isREWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// step is one step of a part's prefilter: one of the literals lits, or
// the steps of one of alts.
type step struct {
	lits []int
	alts [][]step
}

// mayMatch is a cheap prefilter: RE2 cannot skip ahead on a pattern that
// starts with \b, so most parts are ruled out by substring tests. It is
// sound: a part it rules out has no match in d.
func (p *part) mayMatch(d *doc) bool {
	if d.pairAt == nil {
		d.indexPairs() // for mayHold
	}
	if p.lits != nil && !d.anyOf(p.lits) {
		return false
	}
	if len(p.seq) == 0 {
		return true
	}
	n := len(d.norm)
	// least(a), the least end of the steps at or after a (seqEnd up to
	// the end of the text), never falls as a grows; the steps lie
	// within [a, b) exactly when least(a) <= b. So the text as a whole
	// rules out most parts at once, and a sentence that ends before
	// least(a) of an a at or before its start is ruled out unsearched.
	first := d.seqEnd(p.seq, 0, n)
	if first < 0 || p.whole {
		return first >= 0
	}
	// Every match lies within one sentence (see matches) and holds one
	// of lits: try the sentences that hold them.
	lastA, lastE := 0, first // least(a) >= lastE for every a >= lastA
	done := -1               // end of the last sentence tried
	for _, id := range p.lits {
		for _, q := range d.positions(int(id)) {
			if q < done && len(p.lits) == 1 {
				continue
			}
			a, b := d.sentence(q)
			done = b
			if b < first || a >= lastA && b < lastE {
				continue
			}
			e := d.seqEnd(p.seq, a, n)
			if e >= 0 && e <= b {
				return true
			}
			if e < 0 {
				e = n + 1 // none at or after a
			}
			if a >= lastA {
				lastA, lastE = a, e
			}
		}
	}
	return false
}

func (d *doc) anyOf(ids []int32) bool {
	for _, id := range ids {
		if !d.mayHold(id) {
			continue // absent, known without looking for it
		}
		if len(d.positions(int(id))) > 0 {
			return true
		}
	}
	return false
}

// seqEnd returns the least end of the steps of seq (encoded, see
// encodeSteps) found in order, without overlap, in d.norm[a:b], or -1
// when they are not all there. Taking the least end of each step in turn
// is optimal.
func (d *doc) seqEnd(seq []int32, a, b int) int {
	cur := a
	n, i := int(seq[0]), 1
	for range n {
		best := -1
		nl := int(seq[i])
		i++
		for _, id := range seq[i : i+nl] {
			if !d.mayHold(id) {
				continue
			}
			ps := d.positions(int(id))
			k := sort.SearchInts(ps, cur)
			if k == len(ps) {
				continue
			}
			if e := ps[k] + len(litStrs[id]); e <= b && (best < 0 || e < best) {
				best = e
			}
		}
		i += nl
		na := int(seq[i])
		i++
		for range na {
			l := int(seq[i])
			i++
			if e := d.seqEnd(seq[i:i+l], cur, b); e >= 0 && (best < 0 || e < best) {
				best = e
			}
			i += l
		}
		if best < 0 {
			return -1
		}
		cur = best
	}
	return cur
}

// encodeSteps writes steps as int32s, so that the generated table holds
// no pointers (the runtime scans every pointer-holding variable's
// layout at start-up, in every process): the number of steps, then for
// each its number of literals, the literals, its number of
// alternatives, and for each alternative its length and its steps.
// nil for no steps.
func encodeSteps(ss []step) []int32 {
	if len(ss) == 0 {
		return nil
	}
	out := []int32{int32(len(ss))}
	for _, st := range ss {
		out = append(out, int32(len(st.lits)))
		for _, id := range st.lits {
			out = append(out, int32(id))
		}
		out = append(out, int32(len(st.alts)))
		for _, alt := range st.alts {
			e := encodeSteps(alt)
			if e == nil {
				e = []int32{0}
			}
			out = append(out, int32(len(e)))
			out = append(out, e...)
		}
	}
	return out
}

// Every literal used by a prefilter gets an id, so a draft can cache
// where each occurs: many rules share literals. build sets litStrs (and
// litKeys, with setLits).
var litStrs []string

// litKeys holds, by literal id, the key of its first three bytes (see
// triKey), or, for a literal of two bytes, noTri|pairKey of them; one of
// one byte has noTri|1<<14 (no pair key has that bit). A draft rules most absent literals out with
// one bit of its own (see mayHold), without looking for them.
var litKeys []uint16

const noTri = 1 << 15

// setLits sets litStrs and litKeys.
func setLits(strs []string) {
	keys := make([]uint16, len(strs))
	for i, l := range strs {
		switch {
		case len(l) >= 3:
			keys[i] = triKey(l[0], l[1], l[2])
		case len(l) == 2:
			keys[i] = noTri | uint16(pairKey(l[0], l[1]))
		default:
			keys[i] = noTri | 1<<14
		}
	}
	litStrs, litKeys = strs, keys
}

// triKey folds three bytes into one of 1<<15 keys, distinct for three
// letters.
func triKey(a, b, c byte) uint16 { return uint16(a&31)<<10 | uint16(b&31)<<5 | uint16(c&31) }

// mayHold reports whether literal id may occur in d.norm: false only
// when it cannot (its first three bytes, or its two, never occur
// together there).
// d.indexPairs must have run.
func (d *doc) mayHold(id int32) bool {
	if k := litKeys[id]; k < noTri {
		return d.tris[k>>6]&(1<<(k&63)) != 0
	}
	return d.mayHoldShort(id)
}

// mayHoldShort is mayHold for a literal of one or two bytes.
func (d *doc) mayHoldShort(id int32) bool {
	k := litKeys[id] &^ noTri
	if k&(1<<14) != 0 {
		return true
	}
	return d.pairStart[k] != d.pairStart[k+1]
}

// lits assigns ids to literals while splitting patterns (see newParts).
type lits struct {
	ids  map[string]int
	strs []string
}

func (t *lits) id(l string) int {
	if id, ok := t.ids[l]; ok {
		return id
	}
	if t.ids == nil {
		t.ids = map[string]int{}
	}
	t.ids[l] = len(t.strs)
	t.strs = append(t.strs, l)
	return len(t.strs) - 1
}

// list32 is list as int32s.
func (t *lits) list32(ls []string) []int32 {
	if ls == nil {
		return nil
	}
	out := make([]int32, len(ls))
	for i, id := range t.list(ls) {
		out[i] = int32(id)
	}
	return out
}

func (t *lits) list(ls []string) []int {
	if ls == nil {
		return nil
	}
	out := make([]int, len(ls))
	for i, l := range ls {
		out[i] = t.id(l)
	}
	return out
}

// positions returns every offset of literal id in the normalised text.
func (d *doc) positions(id int) []int {
	if d.litAt == nil {
		d.litAt = make([][2]int32, len(litStrs))
		d.litBuf = make([]int, 0, 2*len(d.norm)+64)
	}
	if at := d.litAt[id]; at[1] > 0 {
		return d.litBuf[at[0] : at[1]-1 : at[1]-1]
	}
	l := litStrs[id]
	start := len(d.litBuf)
	if len(l) == 1 {
		for i := 0; ; i++ {
			j := strings.IndexByte(d.norm[i:], l[0])
			if j < 0 {
				break
			}
			i += j
			d.litBuf = append(d.litBuf, i)
		}
	} else {
		if d.pairAt == nil {
			d.indexPairs()
		}
		k := pairKey(l[0], l[1])
		for _, p := range d.pairAt[d.pairStart[k]:d.pairStart[k+1]] {
			if strings.HasPrefix(d.norm[p:], l) {
				d.litBuf = append(d.litBuf, int(p))
			}
		}
	}
	end := len(d.litBuf)
	d.litAt[id] = [2]int32{int32(start), int32(end) + 1}
	return d.litBuf[start:end:end]
}

// pairKey folds two bytes into one of 1024 keys, distinct for two letters.
func pairKey(a, b byte) int { return int(a&31)<<5 | int(b&31) }

// indexPairs builds, in one pass, the offsets of every pair of adjacent
// bytes by key (a counting sort, so each key's offsets are in order):
// finding a literal only visits the places where its first two bytes
// (or others with the same key) occur. It also marks the key of every
// three adjacent bytes in d.tris (see mayHold).
func (d *doc) indexPairs() {
	var count [1025]int32
	n := len(d.norm) - 1
	for i := 0; i < n; i++ {
		count[pairKey(d.norm[i], d.norm[i+1])+1]++
	}
	for i := 0; i+2 < len(d.norm); i++ {
		k := triKey(d.norm[i], d.norm[i+1], d.norm[i+2])
		d.tris[k>>6] |= 1 << (k & 63)
	}
	for k := 1; k < len(count); k++ {
		count[k] += count[k-1]
	}
	d.pairStart = count
	d.pairAt = make([]int32, max(n, 0))
	next := count
	for i := 0; i < n; i++ {
		k := pairKey(d.norm[i], d.norm[i+1])
		d.pairAt[next[k]] = int32(i)
		next[k]++
	}
}

// maxSrc keeps each piece small enough (under RE2's 500-instruction
// limit) for its fast bounded backtracker instead of the slower NFA.
const maxSrc = 400

// progSize estimates the compiled program size of re without compiling
// it (counted repetition expands, as in RE2).
func progSize(re *syntax.Regexp) int {
	n := 1 + len(re.Rune)
	for _, s := range re.Sub {
		n += progSize(s)
	}
	if re.Op == syntax.OpRepeat {
		n *= max(re.Max, re.Min, 1)
	}
	return n
}

func hasCapture(re *syntax.Regexp) bool {
	if re.Op == syntax.OpCapture {
		return true
	}
	for _, s := range re.Sub {
		if hasCapture(s) {
			return true
		}
	}
	return false
}

// splitPattern splits a large pattern on its biggest capture-free
// alternation into several patterns whose union matches the same text.
func splitPattern(re *syntax.Regexp) []*syntax.Regexp {
	size := progSize(re)
	if size <= maxSrc {
		return []*syntax.Regexp{re}
	}
	var alt *syntax.Regexp
	var path []*syntax.Regexp // concat holding alt, if any
	switch re.Op {
	case syntax.OpAlternate:
		alt = re
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if s.Op == syntax.OpAlternate && !hasCapture(s) && (alt == nil || len(s.Sub) > len(alt.Sub)) {
				alt = s
			}
		}
		path = []*syntax.Regexp{re}
	}
	// Split only where it pays: the alternation must be most of the pattern.
	if alt == nil || len(alt.Sub) < 2 || hasCapture(alt) && path != nil || progSize(alt)*2 < size {
		return []*syntax.Regexp{re}
	}
	half := len(alt.Sub) / 2
	var out []*syntax.Regexp
	for _, subs := range [][]*syntax.Regexp{alt.Sub[:half], alt.Sub[half:]} {
		var piece *syntax.Regexp
		a := &syntax.Regexp{Op: syntax.OpAlternate, Sub: subs, Flags: alt.Flags}
		if len(subs) == 1 {
			a = subs[0]
		}
		if path == nil {
			piece = a
		} else {
			c := *re
			c.Sub = make([]*syntax.Regexp, len(re.Sub))
			for i, s := range re.Sub {
				if s == alt {
					c.Sub[i] = a
				} else {
					c.Sub[i] = s
				}
			}
			piece = &c
		}
		out = append(out, splitPattern(piece)...)
	}
	return out
}

// lazyRE returns a matcher of src made on first use (its stored program,
// see prog.go): a package-level regexp would be compiled by every
// process that links the package, checking or not.
func lazyRE(src string) func() *matcher {
	l := &lazyMatcher{m: matcher{src: src}}
	lazySrcs = append(lazySrcs, src)
	return l.get
}

// lazySrcs lists the patterns of every lazyRE, for the generator of
// rules_prog.bin.
var lazySrcs []string

type lazyMatcher struct {
	once sync.Once
	m    matcher
}

func (l *lazyMatcher) get() *matcher {
	l.once.Do(func() { l.m.prog = lazyProg(l.m.src) })
	return &l.m
}

// anchoredSrc is the pattern of a part tried only where one of its
// leading literals occurs.
func anchoredSrc(src string) string { return `^(?:` + src + `)` }

// partRun is the run-time state of a part: its matcher, made once.
type partRun struct {
	once sync.Once
	m    *matcher
}

// part returns piece k of r: from the generated table, read in place (a
// process does not copy the table to the heap), or from r.parts.
func (r *rule) part(k int) part {
	if r.parts != nil {
		return r.parts[k]
	}
	return genPart(r.progBase + k)
}

// matcher returns the matcher of part k of r, made on first use.
func (r *rule) matcher(k int) *matcher {
	pr := &r.run[k]
	pr.once.Do(func() {
		p := r.part(k)
		src := p.src
		if src == "" {
			src = r.pattern
		}
		pr.m = &matcher{src: src, anchored: p.lead != nil}
		if r.progBase >= 0 {
			pr.m.prog = partProg(r.progBase + k)
		}
	})
	return pr.m
}

// newParts splits pattern and finds its prefilters. Run by the generator
// of rules_gen.go, and by build when that file is stale. src is ""
// when the part is the whole pattern.
func newParts(pattern string, overlap bool, t *lits) []part {
	tree, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		panic(err)
	}
	pieces := splitPattern(tree)
	out := make([]part, len(pieces))
	for i, r := range pieces {
		p := &out[i]
		if len(pieces) > 1 {
			p.src = r.String()
		}
		req := required(r)
		p.lits, p.overlap = t.list32(req), overlap
		if l, wb := leading(r); l != nil {
			p.lead, p.wb = t.list32(l), wb
		}
		p.whole = req == nil
		for _, l := range req {
			if strings.ContainsAny(l, ".!?\n") {
				p.whole = true
			}
		}
		seq := t.steps(sequence(r))
		// A single step that is lits itself adds nothing.
		if len(seq) == 1 && seq[0].alts == nil && slices.Equal(seq[0].lits, t.list(req)) {
			seq = nil
		}
		p.seq = encodeSteps(seq)
	}
	return out
}

// lstep is a step with literals as strings (see step).
type lstep struct {
	lits []string
	alts [][]lstep
}

func (t *lits) steps(ss []lstep) []step {
	if ss == nil {
		return nil
	}
	out := make([]step, len(ss))
	for i, s := range ss {
		out[i].lits = t.list(s.lits)
		for _, a := range s.alts {
			out[i].alts = append(out[i].alts, t.steps(a))
		}
	}
	return out
}

// maxExact bounds the strings exact enumerates.
const maxExact = 24

// exact returns every string r matches, when they are few (at most
// maxExact) and r has no case folding, else nil.
func exact(r *syntax.Regexp) []string {
	switch r.Op {
	case syntax.OpLiteral:
		if r.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return []string{string(r.Rune)}
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary,
		syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
		return []string{""} // matches only the empty string
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(r.Rune); i += 2 {
			if len(out)+int(r.Rune[i+1]-r.Rune[i]) >= 4 {
				return nil
			}
			for c := r.Rune[i]; c <= r.Rune[i+1]; c++ {
				out = append(out, string(c))
			}
		}
		return out
	case syntax.OpCapture:
		return exact(r.Sub[0])
	case syntax.OpQuest:
		if q := exact(r.Sub[0]); q != nil && len(q) < maxExact {
			return append([]string{""}, q...)
		}
	case syntax.OpConcat:
		out := []string{""}
		for _, s := range r.Sub {
			if out = product(out, exact(s)); out == nil {
				return nil
			}
		}
		return out
	case syntax.OpAlternate:
		var out []string
		for _, s := range r.Sub {
			q := exact(s)
			if q == nil || len(out)+len(q) > maxExact {
				return nil
			}
			out = append(out, q...)
		}
		return out
	}
	return nil
}

// product returns every a+b, or nil when that is more than maxExact strings.
func product(as, bs []string) []string {
	if as == nil || bs == nil || len(as)*len(bs) > maxExact {
		return nil
	}
	out := make([]string, 0, len(as)*len(bs))
	for _, a := range as {
		for _, b := range bs {
			out = append(out, a+b)
		}
	}
	return out
}

// sequence returns steps that every match of r holds, in order and
// without overlap. Runs of a concatenation that match few strings
// become one step of those strings ("apologi[sz]e": apologise or
// apologize); an alternation becomes one step of its branches.
func sequence(r *syntax.Regexp) []lstep {
	if q := exact(r); q != nil {
		if slices.Contains(q, "") {
			return nil
		}
		return []lstep{{lits: q}}
	}
	switch r.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return sequence(r.Sub[0])
	case syntax.OpRepeat:
		var out []lstep
		for range min(r.Min, 3) {
			out = append(out, sequence(r.Sub[0])...)
		}
		return out
	case syntax.OpConcat:
		var out []lstep
		run := []string{""} // exact strings of the pieces since the last step
		flush := func() {
			if len(run) > 0 && !slices.Contains(run, "") {
				out = append(out, lstep{lits: run})
			}
			run = []string{""}
		}
		for i, s := range r.Sub {
			if q := product(run, exact(s)); q != nil {
				run = q
				continue
			}
			if q := exact(s); q != nil {
				// too many: close the run, start one at s
				flush()
				run = q
				continue
			}
			flush()
			out = append(out, sequence(r.Sub[i])...)
		}
		flush()
		return out
	case syntax.OpAlternate:
		var alts [][]lstep
		var union []string
		plain := true
		for _, s := range r.Sub {
			q := sequence(s)
			if q == nil {
				return nil
			}
			if len(q) == 1 && q[0].alts == nil {
				union = append(union, q[0].lits...)
			} else {
				plain = false
			}
			alts = append(alts, q)
		}
		if plain {
			return []lstep{{lits: union}}
		}
		return []lstep{{alts: alts}}
	}
	return nil
}

// sig wraps a signal regex with its literal prefilter.
func sig(pattern string) *rule {
	r := rule{pattern: pattern, overlap: true}
	signals = append(signals, &r)
	return &r
}

// signals lists the element regexes, built together with the rules.
var signals []*rule

// allRules lists the rules, then the signals: the order of rules_gen.go.
func allRules() []*rule {
	out := make([]*rule, 0, len(rules)+len(signals))
	for i := range rules {
		out = append(out, &rules[i])
	}
	return append(out, signals...)
}

// patternsHash identifies the patterns (and their order) that
// rules_gen.go was generated from. It runs in every process that
// checks, so it reads eight bytes at a time (a multiply-xorshift mix;
// it guards against a stale table, not against an adversary).
func patternsHash(rs []*rule) uint64 {
	h := uint64(14695981039346656037)
	mix := func(w uint64) {
		h = (h ^ w) * 0x9E3779B97F4A7C15
		h ^= h >> 29
	}
	for _, r := range rs {
		s := r.pattern
		for len(s) >= 8 {
			mix(uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
				uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56)
			s = s[8:]
		}
		var w uint64
		for i := 0; i < len(s); i++ {
			w |= uint64(s[i]) << (8 * i)
		}
		// the tail, its length and the overlap flag end each pattern
		tail := w ^ uint64(len(s))<<58
		if r.overlap {
			tail ^= 1 << 63
		}
		mix(tail)
	}
	return h
}

var buildOnce sync.Once

// build gives every rule and signal its parts once per process: the
// table in rules_gen.go, or, when that is stale (a pattern changed
// since go generate), the same split done now. It compiles no regexp
// (parts compile on first use).
func build() {
	buildOnce.Do(func() {
		rs := allRules()
		if patternsHash(rs) == genHash && len(genRuleParts) == len(rs) {
			setLits(genLits)
			k := 0
			for i, r := range rs {
				r.nparts, r.parts = int(genRuleParts[i]), nil
				r.progBase = k
				k += r.nparts
			}
			giveRuns(rs, k)
			return
		}
		var t lits
		n := 0
		for _, r := range rs {
			r.parts = newParts(r.pattern, r.overlap, &t)
			r.nparts = len(r.parts)
			r.progBase = -1
			n += r.nparts
		}
		giveRuns(rs, n)
		setLits(t.strs)
	})
}

// genHeadSize is the number of int32s that describe a part in genHeads:
// the start and length of its pattern in genSrc (length 0: the rule's
// whole pattern), its flags (genWhole, genWB, genOverlap), then the start
// and length in genInts of its lits, lead and seq.
const genHeadSize = 9

const (
	genWhole = 1 << iota
	genWB
	genOverlap
)

// genPart returns the k-th part of the generated table. Its slices point
// into the table (which is never written), so nothing is copied.
func genPart(k int) part {
	h := genHeads[k*genHeadSize : (k+1)*genHeadSize]
	ints := func(i int) []int32 {
		if h[i+1] == 0 {
			return nil
		}
		return genInts[h[i] : h[i]+h[i+1] : h[i]+h[i+1]]
	}
	p := part{
		src: genSrc[h[0] : h[0]+h[1]], whole: h[2]&genWhole != 0, wb: h[2]&genWB != 0, overlap: h[2]&genOverlap != 0,
		lits: ints(3), lead: ints(5), seq: ints(7),
	}
	return p
}

// giveRuns gives each rule the run-time state of its parts, all n in
// one allocation.
func giveRuns(rs []*rule, n int) {
	all := make([]partRun, n)
	for _, r := range rs {
		r.run, all = all[:r.nparts:r.nparts], all[r.nparts:]
	}
}

// findAll returns match indexes (relative to d.norm) of a signal regex.
func (d *doc) findAll(r *rule) [][]int { return d.matches(r) }

// matches runs r over the sentences that contain one of its literals
// (or over the whole text when it has none) and returns submatch
// indexes relative to d.norm. Rules never span sentences, so this is
// equivalent to matching the whole text, only faster.
func (d *doc) matches(r *rule) [][]int {
	var out [][]int
	for k := range r.nparts {
		if p := r.part(k); p.mayMatch(d) {
			out = append(out, d.partMatches(r, k)...)
		}
	}
	if r.nparts > 1 {
		sort.SliceStable(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	}
	return out
}

// partMatches returns the matches of part k of r.
func (d *doc) partMatches(r *rule, k int) [][]int {
	pk, m := r.part(k), r.matcher(k)
	p := &pk
	if p.lead != nil {
		return d.anchoredMatches(p, m)
	}
	if p.whole {
		return m.FindAllStringSubmatchIndex(d.norm, -1)
	}
	var out [][]int
	seen := -1 // start of the last sentence searched
	for _, sp := range d.litSentences(p.lits) {
		if sp[0] <= seen {
			continue
		}
		seen = sp[0]
		for _, m := range m.FindAllStringSubmatchIndex(d.norm[sp[0]:sp[1]], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += sp[0]
				}
			}
			out = append(out, m)
		}
	}
	return out
}

// maxSpan bounds how far a match may extend from its first literal.
const maxSpan = 240

// anchoredMatches tries p's anchored pattern (anch) at each place one of
// its leading literals occurs, left to right, without overlaps, within
// the sentence of that place.
func (d *doc) anchoredMatches(p *part, anch *matcher) [][]int {
	var starts []int
	for _, id := range p.lead {
		if len(p.lead) == 1 {
			starts = d.positions(int(id))
			break
		}
		starts = append(starts, d.positions(int(id))...)
	}
	if len(starts) == 0 {
		return nil
	}
	if len(p.lead) > 1 {
		sort.Ints(starts)
	}
	var out [][]int
	last, prev := -1, -1
	end := -1
	for _, s := range starts {
		if s < last || s == prev {
			continue
		}
		prev = s
		if p.wb && s > 0 && isREWord(d.norm[s-1]) {
			continue
		}
		if s >= end {
			_, end = d.sentence(s)
		}
		// Bound the input: RE2's backtracker clears a bitmap as large as
		// the program times the input, for every attempt.
		stop := min(end, s+maxSpan)
		var m []int
		if anch.NumSubexp() == 0 {
			m = anch.FindStringIndex(d.norm[s:stop])
		} else {
			m = anch.FindStringSubmatchIndex(d.norm[s:stop])
		}
		if m == nil {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += s
			}
		}
		out = append(out, m)
		if !p.overlap {
			last = m[1]
			if m[1] == m[0] {
				last = m[0] + 1
			}
		}
	}
	return out
}

// litSentences returns, in text order, the sentences (left-trimmed)
// holding any of lits.
func (d *doc) litSentences(ids []int32) [][2]int {
	var spans [][2]int
	for _, id := range ids {
		end := -1
		for _, p := range d.positions(int(id)) {
			if p < end {
				continue
			}
			a, b := d.sentence(p)
			for a < p && d.norm[a] == ' ' {
				a++
			}
			spans = append(spans, [2]int{a, b})
			end = b
		}
	}
	if len(ids) > 1 {
		sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	}
	return spans
}

func required(r *syntax.Regexp) []string {
	switch r.Op {
	case syntax.OpLiteral:
		if r.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return []string{string(r.Rune)}
	case syntax.OpCapture, syntax.OpPlus:
		return required(r.Sub[0])
	case syntax.OpRepeat:
		if r.Min >= 1 {
			return required(r.Sub[0])
		}
	case syntax.OpConcat:
		var best []string
		for _, s := range r.Sub {
			if q := required(s); q != nil && litScore(q) > litScore(best) {
				best = q
			}
		}
		return best
	case syntax.OpAlternate:
		var all []string
		for _, s := range r.Sub {
			q := required(s)
			if q == nil {
				return nil
			}
			all = append(all, q...)
		}
		return all
	}
	return nil
}

// litScore prefers sets whose shortest member is longest.
func litScore(q []string) int {
	if q == nil {
		return -1
	}
	m := 1 << 30
	for _, s := range q {
		m = min(m, len(s))
	}
	return m*64 - len(q)
}
