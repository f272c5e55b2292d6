package critique

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// doc is a draft together with a normalised copy used for matching.
// norm is lower-cased ASCII-folded text in which curly quotes become
// straight ones, CRLF and lone CR become LF, and a few dash and space
// variants become their ASCII forms. from[i] and to[i] give the byte
// range of the original text that produced norm[i], so any match in
// norm maps back to an exact span of the input.
type doc struct {
	orig string
	norm string
	from []int32
	to   []int32
	// line: the text is one line of a rehearsed conversation (CheckLine),
	// whose other lines may name what this one does not.
	line bool

	// cache for doc.positions: the offsets of literal id are
	// litBuf[litAt[id][0]:litAt[id][1]-1]; litAt[id][1] == 0 until
	// they are looked for.
	litAt     [][2]int32
	litBuf    []int
	pairAt    []int32     // offsets grouped by the key of the pair of bytes there (see indexPairs)
	pairStart [1025]int32 // pairAt[pairStart[k]:pairStart[k+1]] holds key k
	tris      [512]uint64 // bit k: three adjacent bytes with key k occur (see triKey), made with pairAt

	acts     []signal // see actsOnce
	actsDone bool

	// apologies are the apologies performed to the reader (check sets
	// them before the word models read the draft; see readsOtherWay).
	apologies []signal

	ends []int32 // offsets of the sentence ends in norm (see sentence), once needed

	// cleared are the rule matches a guard suppressed: where the rules
	// read a phrase and decided it was innocent, the word model does not
	// overrule them (see wordModelHits).
	cleared []hit

	// unpunctuated: the draft has no stop, comma or line break between
	// its words, as many people text; clauses run into each other there,
	// and some readings (see negated) look for where one ends.
	unpunctuated bool
}

func newDoc(text string) *doc {
	n := make([]byte, 0, len(text))
	from := make([]int32, 0, len(text))
	to := make([]int32, 0, len(text))
	emit := func(b byte, s, e int) {
		n = append(n, b)
		from = append(from, int32(s))
		to = append(to, int32(e))
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\r':
				if i+1 < len(text) && text[i+1] == '\n' {
					emit('\n', i, i+2)
					i += 2
					continue
				}
				emit('\n', i, i+1)
			case c >= 'A' && c <= 'Z':
				emit(c+'a'-'A', i, i+1)
			case c == '`':
				emit('\'', i, i+1)
			case c == '\t' || c == '\f':
				emit(' ', i, i+1)
			default:
				emit(c, i, i+1)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		var m byte
		switch r {
		case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\uFF07':
			m = '\''
		case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\uFF02':
			m = '"'
		case '\u2013', '\u2014', '\u2015', '\u2212':
			m = '-'
		case '\u00A0', '\u2002', '\u2003', '\u2009', '\u202F', '\u3000', '\uFEFF':
			m = ' '
		case '\u2026':
			m = '.'
		case '\u2028', '\u2029', '\u0085':
			m = '\n'
		}
		if m != 0 && size > 1 {
			emit(m, i, i+size)
			i += size
			continue
		}
		// Anything else (including invalid bytes) is copied byte by
		// byte; every copied byte maps to itself.
		for k := 0; k < size; k++ {
			emit(text[i+k], i+k, i+k+1)
		}
		i += size
	}
	n, from, to = expandTexting(n, from, to)
	norm := string(n)
	return &doc{orig: text, norm: norm, from: from, to: to, unpunctuated: !strings.ContainsAny(strings.TrimRight(norm, ".!?\n "), ".!?,;:\n")}
}

// textingWords spells out common texting forms so the rules, written for
// standard spelling, also see "sry", "u", "dont", "shouldve" and the like,
// and the slips of a thumb on "sorry" ("sory", "sorrry").
// Each replacement byte maps back to the whole original word, so quotes
// stay exact slices of the input.
var textingWords = map[string]string{
	"sry": "sorry", "srry": "sorry", "sorri": "sorry", "soz": "sorry", "sozz": "sorry", "sowwy": "sorry", "sorryy": "sorry", "sorryyy": "sorry",
	"sory": "sorry", "soryy": "sorry", "sorrry": "sorry", "sorrryy": "sorry",
	"u": "you", "im": "i'm", "ive": "i've", "youre": "you're", "youve": "you've", "youll": "you'll",
	"dont": "don't", "didnt": "didn't", "doesnt": "doesn't", "cant": "can't", "wont": "won't",
	"isnt": "isn't", "wasnt": "wasn't", "arent": "aren't", "werent": "weren't", "havent": "haven't",
	"hasnt": "hasn't", "hadnt": "hadn't", "shouldnt": "shouldn't", "wouldnt": "wouldn't", "couldnt": "couldn't",
	"shouldve": "should've", "wouldve": "would've", "couldve": "could've", "thats": "that's", "whats": "what's",
	"lemme": "let me", "abt": "about", "bday": "birthday", "w": "with", "pls": "please", "plz": "please",
	"bc": "because", "cuz": "because", "coz": "because", "tho": "though", "tmrw": "tomorrow", "tmr": "tomorrow",
	"tonite": "tonight", "2nite": "tonight", "b4": "before", "wk": "week", "ppl": "people", "msg": "message",
	"txt": "text", "thru": "through", "mightve": "might've", "mustve": "must've", "whos": "who's",
	"rly": "really", "tbh": "to be honest", "wanna": "want to", "gonna": "going to", "ok": "okay",
}

// urYoure lists words after which texting "ur" means "you're", not "your".
var urYoure = map[string]bool{
	"so": true, "such": true, "up": true, "being": true, "not": true, "the": true, "a": true, "an": true,
	"right": true, "welcome": true, "ok": true, "okay": true, "free": true, "always": true, "never": true,
	"just": true, "really": true, "too": true, "still": true, "open": true, "ready": true, "going": true,
	"gonna": true, "overreacting": true, "acting": true, "making": true, "busy": true, "around": true,
}

// verbAfterPronoun are words that follow "i'll" or "i'd" but hardly
// ever "ill" (sick) or "id".
var verbAfterPronoun = set("be been have had do did done read call text make change try get go come pay buy take never always just stop start say tell let see talk give bring sort fix keep work show send ring pick book cook drive meet leave promise definitely def actually still rather like love hate forgotten said thought known seen really totally also make explain listen rather put set walk")

// nextWord returns the word starting after spaces at n[j:].
func nextWord(n []byte, j int) string {
	k := j
	for k < len(n) && n[k] == ' ' {
		k++
	}
	e := k
	for e < len(n) && isASCIIAlnum(n[e]) {
		e++
	}
	return string(n[k:e])
}

func isASCIIAlnum(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

func expandTexting(n []byte, from, to []int32) ([]byte, []int32, []int32) {
	var out []byte
	var of, ot []int32
	last := 0 // n[last:] not yet copied to out
	for i := 0; i < len(n); {
		if !isASCIIAlnum(n[i]) {
			i++
			continue
		}
		j := i
		for j < len(n) && isASCIIAlnum(n[j]) {
			j++
		}
		w := string(n[i:j])
		rep, ok := textingWords[w]
		if w == "ill" || w == "id" {
			// "ill" and "id" are words too: read them as "i'll" and "i'd"
			// only before a verb or an adverb ("ill text you", "id read them").
			rep, ok = "i'll", verbAfterPronoun.has(nextWord(n, j))
			if w == "id" {
				rep = "i'd"
			}
		}
		if w == "ur" {
			rep, ok = "your", true
			if urYoure[nextWord(n, j)] {
				rep = "you're"
			}
		}
		if ok && (i == 0 || n[i-1] != '\'' && n[i-1] < utf8.RuneSelf) && (j == len(n) || n[j] != '\'' && n[j] < utf8.RuneSelf) {
			if out == nil {
				out = make([]byte, 0, len(n)+16)
				of = make([]int32, 0, len(n)+16)
				ot = make([]int32, 0, len(n)+16)
			}
			out = append(out, n[last:i]...)
			of = append(of, from[last:i]...)
			ot = append(ot, to[last:i]...)
			s, e := from[i], to[j-1]
			for k := 0; k < len(rep); k++ {
				out = append(out, rep[k])
				of = append(of, s)
				ot = append(ot, e)
			}
			last = j
		}
		i = j
	}
	if out == nil {
		return n, from, to
	}
	out = append(out, n[last:]...)
	of = append(of, from[last:]...)
	ot = append(ot, to[last:]...)
	return out, of, ot
}

// span maps the normalised range [s, e) to the original byte range.
func (d *doc) span(s, e int) (int, int) {
	if s >= len(d.norm) {
		return len(d.orig), len(d.orig)
	}
	if e <= s {
		return int(d.from[s]), int(d.from[s])
	}
	return int(d.from[s]), int(d.to[e-1])
}

// quote returns the original text behind the normalised range [s, e).
func (d *doc) quote(s, e int) string {
	a, b := d.span(s, e)
	return d.orig[a:b]
}

func isSentenceEnd(c byte) bool { return c == '.' || c == '!' || c == '?' || c == '\n' }

func isClauseEnd(c byte) bool {
	return isSentenceEnd(c) || c == ',' || c == ';' || c == ':' || c == '-' || c == '(' || c == ')'
}

// leadIn is the normalised text of p's sentence before p.
func (d *doc) leadIn(p int) string {
	a, _ := d.sentence(p)
	return d.norm[a:p]
}

// sentence returns the normalised range of the sentence holding p.
func (d *doc) sentence(p int) (int, int) {
	if d.ends == nil {
		d.ends = make([]int32, 0, 16)
		for i := 0; i < len(d.norm); i++ {
			if isSentenceEnd(d.norm[i]) {
				d.ends = append(d.ends, int32(i))
			}
		}
	}
	// the first sentence end at or after p, and the one before it
	k, _ := slices.BinarySearch(d.ends, int32(p))
	s, e := 0, len(d.norm)
	if k > 0 {
		s = int(d.ends[k-1]) + 1
	}
	if k < len(d.ends) {
		e = int(d.ends[k])
	}
	// keep the terminator, and a run of them ("??", "!!", "...")
	for e < len(d.norm) && isSentenceEnd(d.norm[e]) {
		e++
		if d.norm[e-1] == '\n' {
			break
		}
	}
	return s, e
}

// nextSentence returns the span of the sentence after the one holding p,
// and false when that one is the last.
func (d *doc) nextSentence(p int) (int, int, bool) {
	_, e := d.sentence(p)
	if e >= len(d.norm) {
		return 0, 0, false
	}
	ns, ne := d.sentence(e)
	return ns, ne, true
}

// trimmed returns [s, e) without surrounding spaces and newlines.
func (d *doc) trimmed(s, e int) (int, int) {
	for s < e && (d.norm[s] == ' ' || d.norm[s] == '\n') {
		s++
	}
	for e > s && (d.norm[e-1] == ' ' || d.norm[e-1] == '\n') {
		e--
	}
	return s, e
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'' || c >= utf8.RuneSelf
}

// wordsBefore returns up to n words that precede p within the same
// clause (stopping at punctuation and at clause-joining conjunctions),
// nearest first.
func (d *doc) wordsBefore(p, n int) []string {
	var out []string
	i := p
	for len(out) < n {
		for i > 0 && d.norm[i-1] == ' ' {
			i--
		}
		if i == 0 || isClauseEnd(d.norm[i-1]) {
			break
		}
		j := i
		for j > 0 && isWordByte(d.norm[j-1]) {
			j--
		}
		if j == i { // some other symbol; treat as a boundary
			break
		}
		w := d.norm[j:i]
		if clauseJoiners[w] {
			break
		}
		out = append(out, w)
		i = j
	}
	return out
}

var clauseJoiners = map[string]bool{
	"and": true, "but": true, "so": true, "because": true, "though": true,
	"although": true, "since": true, "while": true, "yet": true, "then": true,
}

// wordCount counts runs of letters or digits in the original text.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := isLetterOrDigit(r) || in && (r == '\'' || r == '\u2019' || r == '-')
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

func isLetterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return r != utf8.RuneError && r > 0xBF && !(r >= 0x2000 && r <= 0x2BFF) && r != '\u3000' && !(r >= 0x1F000 && r <= 0x1FAFF)
}
