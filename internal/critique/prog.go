package critique

// Regular expressions compiled ahead of time. Compiling the patterns a
// draft reaches cost a process that checks one draft most of its time
// (parsing, simplifying and compiling some forty patterns, and the
// garbage that leaves). go generate compiles every pattern of the rules
// and signals, and every lazyRE, with regexp/syntax into a program
// stored in rules_prog.bin, which the binary embeds; a process runs the
// programs it needs where they lie, with the backtracking search below,
// which gives the same matches as package regexp (leftmost-first, with
// submatches). Nothing is parsed, compiled or decoded at run time.
// A pattern without a stored program (rules_prog.bin is stale, or the
// input is too long for the backtracker's bitmap) falls back to
// package regexp, compiled on first use.

import (
	_ "embed"
	"regexp"
	"regexp/syntax"
	"sync"
	"unicode/utf8"
)

//go:embed rules_prog.bin
var progBin string

// progMagic starts rules_prog.bin; the format version is its last byte.
const progMagic = "amrx\x05"

// prog is a compiled pattern: instructions of instSize bytes in code
// (see syntax.Inst): the op, out (3 bytes), then arg (4 bytes): the
// alternative of an Alt (3 bytes, then the byte every match of out
// starts with, if there is one, else 0), the slot of a Capture, the condition of an
// EmptyWidth, the rune of a Rune1, and for a Rune the offset of its
// ranges in runes (in runes, 2 bytes) and their number (2 bytes), or,
// for a class of ASCII bytes only, the byte offset in runes of its
// 16-byte bitmap and 0. All little-endian; ranges take 4 bytes a rune.
type prog struct {
	code      string
	runes     string
	start     uint32
	numSubexp int
	anchored  bool // every match starts at the beginning of the input (^)
	// When filter, every match is non-empty and starts with an ASCII
	// byte in first (a bit each) or, when nonASCII, with another rune:
	// the search tries no other place.
	filter, nonASCII bool
	first            string
}

const instSize = 8

func (p *prog) len() int { return len(p.code) / instSize }

// inst returns instruction pc as one little-endian word: the op is
// its low byte, out the next three, arg the high four (see instOp). One
// 8-byte load (the compiler merges the bytes), small enough to be
// inlined: it runs at every step of a search. The code is a string (the
// embedded rules_prog.bin, never copied), which encoding/binary does not
// take without a conversion that copies.
func (p *prog) inst(pc uint32) uint64 {
	c := p.code[int(pc)*instSize:]
	_ = c[7]
	return uint64(c[0]) | uint64(c[1])<<8 | uint64(c[2])<<16 | uint64(c[3])<<24 |
		uint64(c[4])<<32 | uint64(c[5])<<40 | uint64(c[6])<<48 | uint64(c[7])<<56
}

// instOp splits an instruction word into its op, out and arg.
func instOp(w uint64) (syntax.InstOp, uint32, uint32) {
	return syntax.InstOp(w), uint32(w>>8) & 0xffffff, uint32(w >> 32)
}

// maxVisit bounds the backtracker's bitmap (one bit per instruction and
// input position): beyond it, a search uses package regexp.
const maxVisit = 1 << 23

// matcher runs one pattern: its stored program when there is one, else
// package regexp. It has the methods of *regexp.Regexp the checker uses.
type matcher struct {
	src      string
	anchored bool // the pattern is anchoredSrc(src) (made only for package regexp)
	prog     *prog
	once     sync.Once
	re       *regexp.Regexp
	memo     *answers // MatchString's last answers, made on first use
	memoOnce sync.Once
}

// answers remembers the last few inputs of a MatchString and what it
// answered: the guards ask the same question of one sentence once per
// match they judge (whether an excuse's sentence, or the next, calls it
// no excuse: once for every excuse rule that matched there).
type answers struct {
	mu  sync.Mutex
	in  [4]string
	out [4]bool
	n   int
}

func (a *answers) get(s string) (found, ok bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for i := range min(a.n, len(a.in)) {
		if a.in[i] == s {
			return a.out[i], true
		}
	}
	return false, false
}

func (a *answers) put(s string, out bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	k := a.n % len(a.in)
	a.in[k], a.out[k] = s, out
	a.n++
}

// forceRegexp makes every matcher use package regexp (tests compare the
// two).
var forceRegexp bool

func (m *matcher) std() *regexp.Regexp {
	m.once.Do(func() { m.re = regexp.MustCompile(m.pattern()) })
	return m.re
}

// pattern returns the pattern m matches.
func (m *matcher) pattern() string {
	if m.anchored {
		return anchoredSrc(m.src)
	}
	return m.src
}

// usable reports whether the stored program can search s.
func (m *matcher) usable(s string) bool {
	return m.prog != nil && !forceRegexp && m.prog.len()*(len(s)+1) <= maxVisit
}

func (m *matcher) NumSubexp() int {
	if m.prog != nil {
		return m.prog.numSubexp
	}
	return m.std().NumSubexp()
}

func (m *matcher) MatchString(s string) bool {
	if !m.usable(s) {
		return m.std().MatchString(s)
	}
	m.memoOnce.Do(func() { m.memo = new(answers) })
	if found, ok := m.memo.get(s); ok {
		return found
	}
	b := getBacktracker()
	found := b.search(m.prog, s, 0, 0)
	putBacktracker(b)
	m.memo.put(s, found)
	return found
}

func (m *matcher) FindStringIndex(s string) []int {
	if !m.usable(s) {
		return m.std().FindStringIndex(s)
	}
	b := getBacktracker()
	defer putBacktracker(b)
	if !b.search(m.prog, s, 0, 2) {
		return nil
	}
	return []int{b.caps[0], b.caps[1]}
}

func (m *matcher) FindStringSubmatchIndex(s string) []int {
	if !m.usable(s) {
		return m.std().FindStringSubmatchIndex(s)
	}
	b := getBacktracker()
	defer putBacktracker(b)
	if !b.search(m.prog, s, 0, 2*(m.prog.numSubexp+1)) {
		return nil
	}
	return append([]int(nil), b.caps...)
}

// FindAllStringSubmatchIndex is regexp's with n < 0: successive
// non-overlapping matches, where an empty match right after the
// previous match is not reported.
func (m *matcher) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !m.usable(s) || n >= 0 {
		return m.std().FindAllStringSubmatchIndex(s, n)
	}
	b := getBacktracker()
	defer putBacktracker(b)
	var out [][]int
	ncap := 2 * (m.prog.numSubexp + 1)
	for pos, prevEnd := 0, -1; pos <= len(s); {
		if !b.search(m.prog, s, pos, ncap) {
			break
		}
		start, end := b.caps[0], b.caps[1]
		keep := true
		if end == pos {
			// An empty match: never right after the previous match;
			// step over one rune either way.
			keep = start != prevEnd
			if pos < len(s) {
				_, w := utf8.DecodeRuneInString(s[pos:])
				pos += w
			} else {
				pos++
			}
		} else {
			pos = end
		}
		prevEnd = end
		if keep {
			out = append(out, append([]int(nil), b.caps...))
		}
	}
	return out
}

// backtracker holds the scratch space of a search.
type backtracker struct {
	visited []uint64 // bit pos*len(inst)+pc, relative to the search's first position
	stack   []job
	caps    []int
}

// job is a thread to try (pc at pos), or, when restore, a capture slot
// (pc) to set back to pos.
type job struct {
	pc      uint32
	restore bool
	pos     int
}

var backtrackers = sync.Pool{New: func() any { return new(backtracker) }}

func getBacktracker() *backtracker  { return backtrackers.Get().(*backtracker) }
func putBacktracker(b *backtracker) { backtrackers.Put(b) }

// search looks for the leftmost-first match of p in s starting at or
// after from, and leaves its ncap capture positions (-1 when unset) in
// b.caps.
func (b *backtracker) search(p *prog, s string, from, ncap int) bool {
	if p.anchored && from > 0 {
		return false
	}
	n := p.len()
	bits := n * (len(s) - from + 1)
	if words := (bits + 63) / 64; cap(b.visited) < words {
		b.visited = make([]uint64, words)
	} else {
		b.visited = b.visited[:words]
	}
	if cap(b.caps) < ncap {
		b.caps = make([]int, ncap)
	}
	b.caps = b.caps[:ncap]
	for i := range b.caps {
		b.caps[i] = -1
	}
	high := from // the furthest position a thread reached
	found := false
	// The bitmap is not cleared between starting positions: a state
	// that failed from an earlier start fails from this one too.
	for start := from; ; {
		if p.filter {
			if p.anchored {
				if p.next(s[:min(start+1, len(s))], start) != start {
					break
				}
			} else if start = p.next(s, start); start >= len(s) {
				break
			}
		}
		var reached int
		found, reached = b.try(p, s, from, start)
		high = max(high, reached)
		if found || p.anchored || start >= len(s) {
			break
		}
		if c := s[start]; c < utf8.RuneSelf {
			start++
		} else {
			_, w := utf8.DecodeRuneInString(s[start:])
			start += w
		}
	}
	// Leave the bitmap clear for the next search.
	clear(b.visited[:min(len(b.visited), ((high-from+1)*n+63)/64)])
	return found
}

// next returns the first place at or after i where a match of p may
// start (see prog.filter), or len(s).
func (p *prog) next(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if p.first[c>>3]&(1<<(c&7)) != 0 {
				return i
			}
			i++
			continue
		}
		if p.nonASCII {
			return i
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return i
}

// try runs the threads of p from start in priority order (the first
// alternative of an Alt before the second) and stops at the first that
// matches. It returns whether one did and the furthest position reached.
func (b *backtracker) try(p *prog, s string, from, start int) (bool, int) {
	n := uint(p.len())
	high := start
	if len(b.caps) > 0 {
		b.caps[0] = start
	}
	b.stack = append(b.stack[:0], job{pc: p.start, pos: start})
	for len(b.stack) > 0 {
		j := b.stack[len(b.stack)-1]
		b.stack = b.stack[:len(b.stack)-1]
		if j.restore {
			b.caps[j.pc] = j.pos
			continue
		}
		pc, pos := j.pc, j.pos
	thread:
		for {
			op, out, arg := instOp(p.inst(pc))
			if op == syntax.InstRune1 && arg < utf8.RuneSelf {
				// An ASCII byte: the most common instruction, checked
				// without the bitmap (which only saves work: a thread
				// through here is pruned at the next instruction that
				// is not a Rune1).
				if pos >= len(s) || s[pos] != byte(arg) {
					break thread
				}
				pos++
				high = max(high, pos)
				pc = out
				continue
			}
			k := uint(pos-from)*n + uint(pc)
			if b.visited[k/64]&(1<<(k%64)) != 0 {
				break
			}
			b.visited[k/64] |= 1 << (k % 64)
			switch op {
			case syntax.InstFail:
				break thread
			case syntax.InstAlt:
				// The top byte of arg, when set, is the one byte every
				// match of the first alternative starts with.
				if c := byte(arg >> 24); c != 0 && (pos >= len(s) || s[pos] != c) {
					pc = arg & 0xffffff
					continue
				}
				b.stack = append(b.stack, job{pc: arg & 0xffffff, pos: pos})
				pc = out
			case syntax.InstNop:
				pc = out
			case syntax.InstCapture:
				if int(arg) < len(b.caps) {
					b.stack = append(b.stack, job{pc: arg, restore: true, pos: b.caps[arg]})
					b.caps[arg] = pos
				}
				pc = out
			case syntax.InstEmptyWidth:
				if syntax.EmptyOp(arg)&^emptyContext(s, pos) != 0 {
					break thread
				}
				pc = out
			case syntax.InstMatch:
				if len(b.caps) > 1 {
					b.caps[1] = pos
				}
				return true, high
			default: // the rune instructions
				if pos >= len(s) {
					break thread
				}
				r, w := rune(s[pos]), 1
				if r >= utf8.RuneSelf {
					r, w = utf8.DecodeRuneInString(s[pos:])
				}
				if !p.matchRune(op, arg, r) {
					break thread
				}
				pos += w
				high = max(high, pos)
				pc = out
			}
		}
	}
	return false, high
}

func (p *prog) matchRune(op syntax.InstOp, arg uint32, r rune) bool {
	switch op {
	case syntax.InstRune1:
		return r == rune(arg)
	case syntax.InstRuneAny:
		return true
	case syntax.InstRuneAnyNotNL:
		return r != '\n'
	}
	if arg>>16 == 0 {
		// an ASCII class: a bit for each byte, at runes[arg:]
		m := p.runes[arg&0xffff:]
		return r < utf8.RuneSelf && m[r>>3]&(1<<(r&7)) != 0
	}
	rs := p.runes[4*(arg&0xffff) : 4*(arg&0xffff+arg>>16)]
	for ; len(rs) >= 8; rs = rs[8:] {
		if r < rune(le32(rs)) {
			return false
		}
		if r <= rune(le32(rs[4:])) {
			return true
		}
	}
	return false
}

// emptyContext returns the zero-width conditions that hold at pos in s,
// as syntax.EmptyOpContext does for the runes around pos: the bytes
// around it are enough (a byte of a multi-byte rune is neither a word
// character nor a newline).
func emptyContext(s string, pos int) syntax.EmptyOp {
	op := syntax.EmptyNoWordBoundary
	w := false
	switch {
	case pos == 0:
		op |= syntax.EmptyBeginText | syntax.EmptyBeginLine
	case isREWord(s[pos-1]):
		w = true
	case s[pos-1] == '\n':
		op |= syntax.EmptyBeginLine
	}
	switch {
	case pos >= len(s):
		op |= syntax.EmptyEndText | syntax.EmptyEndLine
	case isREWord(s[pos]):
		w = !w
	case s[pos] == '\n':
		op |= syntax.EmptyEndLine
	}
	if w {
		op ^= syntax.EmptyWordBoundary | syntax.EmptyNoWordBoundary
	}
	return op
}

// The stored programs. rules_prog.bin holds progMagic, genHash (8 bytes),
// the number of programs of parts (in the order of genParts, flattened)
// and of lazyREs (4 bytes each), the end offset of each program (4 bytes
// each), then the programs. A program is its number of instructions,
// start, number of subexpressions and flags (4 bytes each: anchored,
// filter, nonASCII), the bits of first (16 bytes), its instructions and
// its runes; a lazyRE's program starts with
// the length of its pattern (4 bytes) and the pattern. A program of no
// bytes means none was stored.

func progHeader() (parts, lazies int, ok bool) {
	h := len(progMagic)
	if len(progBin) < h+16 || progBin[:h] != progMagic || uint64(le32(progBin[h:]))|uint64(le32(progBin[h+4:]))<<32 != genHash {
		return 0, 0, false
	}
	return int(le32(progBin[h+8:])), int(le32(progBin[h+12:])), true
}

// le32 reads a little-endian uint32 at the start of b.
func le32(b string) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// progBytes returns the bytes of stored program i.
func progBytes(i, total int) string {
	h := len(progMagic) + 16
	start := h + 4*total
	if i > 0 {
		start = int(le32(progBin[h+4*(i-1):]))
	}
	return progBin[start:le32(progBin[h+4*i:])]
}

// partProg returns the stored program of the k-th part overall (nil
// when there is none or the file does not match genHash).
func partProg(k int) *prog {
	parts, lazies, ok := progHeader()
	if !ok || k >= parts {
		return nil
	}
	return progAt(progBytes(k, parts+lazies))
}

// lazyProg returns the stored program of the lazyRE with pattern src.
func lazyProg(src string) *prog {
	parts, lazies, ok := progHeader()
	if !ok {
		return nil
	}
	for i := parts; i < parts+lazies; i++ {
		b := progBytes(i, parts+lazies)
		if len(b) < 4 {
			continue
		}
		if n := int(le32(b)); len(b)-4 >= n && b[4:4+n] == src {
			return progAt(b[4+n:])
		}
	}
	return nil
}

// progAt returns the program stored in b.
func progAt(b string) *prog {
	const head = 32
	if len(b) < head {
		return nil
	}
	n := int(le32(b))
	code := b[head : head+n*instSize]
	flags := le32(b[12:])
	return &prog{
		code:      code,
		runes:     b[head+len(code):],
		start:     le32(b[4:]),
		numSubexp: int(le32(b[8:])),
		anchored:  flags&1 != 0,
		filter:    flags&2 != 0,
		nonASCII:  flags&4 != 0,
		first:     b[16:32],
	}
}
