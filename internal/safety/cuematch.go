package safety

import "strings"

// The second reading of the screen (see cues.go) looks for cues: short
// phrases over normalised tokens, each tagged with what it says (an act of
// violence, a child, a means of self-harm, a finality, ...). This file is
// the phrase notation, its parser and a matcher over the parsed phrases;
// cues.go holds the phrases and cuescreen.go the way tags combine into a
// concern. The screen itself reads the phrases from static tables made
// from the parsed ones at generate time (cuetable.go, cues_gen.go); the
// parser and this matcher make those tables and check them in the tests.
//
// A phrase is a space-separated list of elements:
//
//	word          the token itself
//	a|b|c         any of the words
//	pre*          a token starting with pre ("bruis*": bruise, bruised, bruises)
//	@class        a word of a class (cueClasses), or for @who also a name
//	x?            the element may be missing
//	~N            up to N tokens of any kind (not across a comma)
//
// Alternatives may mix the forms: "hit|punch*|@blow".

type cueElem struct {
	words    map[string]struct{}
	classes  []map[string]struct{} // the word classes it names, shared
	prefixes []string
	seqs     [][]cueAtom // alternatives of several words
	name     bool        // a capitalised unknown word (a name) fits
	num      bool        // a number fits
	kidAge   bool        // a number under 18 fits ("13", "13yo", "9yrs")
	yo       bool        // an age under 18 written as one word ("13yo", "9yrs")
	gap      int         // > 0: skip up to gap tokens
	optional bool
}

// cueAtom is one word of a several-word alternative: a word or a prefix.
type cueAtom struct {
	w      string
	prefix bool
}

type cuePhrase struct {
	elems []cueElem
	tag   cueTag
	src   string
	// negative: a negation is one of its words ("will not let me"), so
	// only one before it negates it.
	negative bool
}

// fits reports whether token t fits element e on its own (not counting
// its several-word alternatives).
func (e *cueElem) fits(t token) bool {
	if _, ok := e.words[t.w]; ok {
		return true
	}
	for _, c := range e.classes {
		if _, ok := c[t.w]; ok {
			return true
		}
	}
	if e.name && t.name {
		return true
	}
	if (e.num || e.kidAge || e.yo) && isNumber(t.w) {
		return numberFits(t.w, e.num, e.kidAge, e.yo)
	}
	for _, p := range e.prefixes {
		if strings.HasPrefix(t.w, p) {
			return true
		}
	}
	return false
}

// isNumber reports a word that starts with a digit ("13", "13yo").
func isNumber(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// numberFits reports whether the number word w fits an element that takes
// any number (num), an age under 18 written alone (kidAge), or an age
// under 18 with its unit in the word ("13yo": yo, and kidAge too).
func numberFits(w string, num, kidAge, yo bool) bool {
	if num {
		return true
	}
	if !kidAge && !yo {
		return false
	}
	n, k := 0, 0
	for k < len(w) && w[k] >= '0' && w[k] <= '9' {
		n = n*10 + int(w[k]-'0')
		k++
	}
	child := n > 0 && n < 18
	switch w[k:] {
	case "":
		return child && kidAge
	case "yo", "y", "yr", "yrs", "yrold":
		return child
	}
	return false
}

// parsePhrase reads one phrase of the notation above; "_" joins the words
// of a several-word alternative ("on_purpose").
func parsePhrase(src string, tag cueTag, classes map[string]string) cuePhrase {
	return parsePhraseShared(src, tag, classes, map[string]*cueElem{})
}

// parsePhraseShared is parsePhrase with the classes already read (by
// name), so that each is built once for all the phrases naming it.
func parsePhraseShared(src string, tag cueTag, classes map[string]string, read map[string]*cueElem) cuePhrase {
	p := cuePhrase{tag: tag, src: src}
	for _, f := range strings.Fields(src) {
		var e cueElem
		if f[0] == '~' {
			n := 0
			for _, c := range f[1:] {
				n = n*10 + int(c-'0')
			}
			e.gap = n
			p.elems = append(p.elems, e)
			continue
		}
		if strings.HasSuffix(f, "?") {
			e.optional = true
			f = f[:len(f)-1]
		}
		e.words = map[string]struct{}{}
		add := func(alts string) {
			for _, a := range strings.Split(alts, "|") {
				switch {
				case a == "":
				case a[0] == '@':
					c, ok := read[a]
					if !ok {
						cls, ok := classes[a[1:]]
						if !ok {
							panic("safety: unknown cue class " + a)
						}
						c = &cueElem{}
						*c = parsePhraseShared(cls, 0, classes, read).elems[0]
						read[a] = c
					}
					if a == "@who" {
						e.name = true
					}
					e.classes = append(e.classes, c.words)
					e.classes = append(e.classes, c.classes...)
					e.prefixes = append(e.prefixes, c.prefixes...)
					e.seqs = append(e.seqs, c.seqs...)
				case a == "#num":
					e.num = true
				case a == "#kidage":
					e.kidAge = true
				case a == "#yo":
					e.yo = true
				case strings.Contains(a, "_"):
					var seq []cueAtom
					for _, w := range strings.Split(a, "_") {
						if w == "" {
							continue
						}
						if strings.HasSuffix(w, "*") {
							seq = append(seq, cueAtom{w: w[:len(w)-1], prefix: true})
						} else {
							seq = append(seq, cueAtom{w: w})
						}
					}
					e.seqs = append(e.seqs, seq)
				case strings.HasSuffix(a, "*"):
					e.prefixes = append(e.prefixes, a[:len(a)-1])
				default:
					e.words[a] = struct{}{}
				}
			}
		}
		add(f)
		for w := range e.words {
			if negators.has(w) {
				p.negative = true
			}
		}
		for _, q := range e.seqs {
			for _, a := range q {
				if negators.has(a.w) {
					p.negative = true
				}
			}
		}
		p.elems = append(p.elems, e)
	}
	return p
}

// matchAt returns the end (exclusive) of the longest match of p starting
// at token i of s, or -1.
func (p *cuePhrase) matchAt(s sentence, i int) int {
	return matchElems(p.elems, s, i)
}

func matchElems(es []cueElem, s sentence, i int) int {
	if len(es) == 0 {
		return i
	}
	e := &es[0]
	if e.gap > 0 {
		for k := 0; k <= e.gap && i+k <= len(s); k++ {
			if k > 0 && s[i+k-1].w == comma {
				break
			}
			if end := matchElems(es[1:], s, i+k); end >= 0 {
				return end
			}
		}
		return -1
	}
	best := -1
	if i < len(s) && e.fits(s[i]) {
		best = matchElems(es[1:], s, i+1)
	}
	for _, seq := range e.seqs {
		if n := seqAt(seq, s, i); n > 0 {
			if end := matchElems(es[1:], s, i+n); end > best {
				best = end
			}
		}
	}
	if e.optional {
		if end := matchElems(es[1:], s, i); end > best {
			best = end
		}
	}
	return best
}

// seqAt returns how many tokens the several-word alternative seq covers
// at token i of s, or 0.
func seqAt(seq []cueAtom, s sentence, i int) int {
	if i+len(seq) > len(s) {
		return 0
	}
	for k, a := range seq {
		w := s[i+k].w
		if a.prefix && !strings.HasPrefix(w, a.w) || !a.prefix && w != a.w {
			return 0
		}
	}
	return len(seq)
}

// cueIndex finds the phrases that can start at a token without trying
// them all: by the first element's words, the first three letters of its
// prefixes, and names.
type cueIndex struct {
	byWord   map[string][]int
	byPrefix map[string][]int
	byName   []int
	byNum    []int
	phrases  []cuePhrase
}

func newCueIndex(ps []cuePhrase) *cueIndex {
	x := &cueIndex{byWord: map[string][]int{}, byPrefix: map[string][]int{}, phrases: ps}
	byPrefix := func(p string, i int) {
		if len(p) > 3 {
			p = p[:3]
		}
		x.byPrefix[p] = append(x.byPrefix[p], i)
	}
	for i := range ps {
		e := &ps[i].elems[0]
		if e.gap > 0 || e.optional {
			panic("safety: a cue phrase must start with a word: " + ps[i].src)
		}
		for w := range e.words {
			x.byWord[w] = append(x.byWord[w], i)
		}
		for _, c := range e.classes {
			for w := range c {
				x.byWord[w] = append(x.byWord[w], i)
			}
		}
		for _, p := range e.prefixes {
			byPrefix(p, i)
		}
		for _, q := range e.seqs {
			if q[0].prefix {
				byPrefix(q[0].w, i)
			} else {
				x.byWord[q[0].w] = append(x.byWord[q[0].w], i)
			}
		}
		if e.name {
			x.byName = append(x.byName, i)
		}
		if e.num || e.kidAge || e.yo {
			x.byNum = append(x.byNum, i)
		}
	}
	return x
}

// hits finds the phrases of x in s, token by token and at one token in
// the order of candidates (see cueReader).
func (x *cueIndex) hits(s sentence, hs []cueHit) []cueHit {
	var buf []int
	for i, tok := range s {
		buf = x.candidates(tok, buf)
		seen := map[int]bool{}
		for _, pi := range buf {
			if seen[pi] {
				continue
			}
			seen[pi] = true
			p := &x.phrases[pi]
			if j := p.matchAt(s, i); j > i {
				hs = append(hs, cueHit{tag: p.tag, i: i, j: j, negative: p.negative})
			}
		}
	}
	return hs
}

// candidates returns the phrases whose first element may fit t.
func (x *cueIndex) candidates(t token, buf []int) []int {
	buf = append(buf[:0], x.byWord[t.w]...)
	for n := 1; n <= 3 && n <= len(t.w); n++ {
		buf = append(buf, x.byPrefix[t.w[:n]]...)
	}
	if t.name {
		buf = append(buf, x.byName...)
	}
	if isNumber(t.w) {
		buf = append(buf, x.byNum...)
	}
	return buf
}
