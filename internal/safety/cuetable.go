package safety

//go:generate go test -run TestCueGenUpToDate -update-cues .

import (
	"slices"
	"strings"
)

// The cue phrases of cues.go as static tables. cues_gen.go holds them,
// made by the parser of cuematch.go at generate time (cuegen_test.go), so
// that the Go linker lays them out as data: nothing is parsed or built
// when a process starts or first screens a text. A token's word is looked
// up once in the sorted vocabulary (a binary search) and the elements of
// the phrases test its number there. The tables hold numbers, not
// pointers, so that the garbage collector has nothing to scan in them.

// cueTable is the cue index as tables; cueGen (cues_gen.go) is the one
// the screen reads. Elements are numbered in phrase order.
type cueTable struct {
	words    cueStrs  // every word the phrases name, sorted
	sets     cueLists // sorted word numbers: the words of an element or of a class
	atoms    cueStrs  // the prefixes and the words of several-word alternatives
	seqs     cueLists // several-word alternatives: atom number*2, +1 for a prefix
	elemSets cueLists // by element: the sets that hold the words that fit
	elemPres cueLists // by element: its prefixes (atom numbers)
	elemSeqs cueLists // by element: its several-word alternatives
	flags    []uint8  // by element: what else fits it (ceName, ...)
	gaps     []uint8  // by element: > 0 for a gap of up to so many tokens
	phrases  []cueTPhrase
	// The phrases (ascending) whose first element may fit a token: by its
	// word number, by its first one to three letters (pre is sorted,
	// byPre parallel to it), by its being a name, by its being a number.
	byWord cueLists
	pre    cueStrs
	byPre  cueLists
	byName []uint16
	byNum  []uint16
}

// cueStrs are strings end to end: string k is s[ends[k-1]:ends[k]].
type cueStrs struct {
	s    string
	ends []uint32
}

func (c *cueStrs) get(k int) string {
	end := c.ends[k] // first, so that ends[k-1] needs no bounds check
	start := uint32(0)
	if k > 0 {
		start = c.ends[k-1]
	}
	return c.s[start:end]
}

// find returns the number of w among sorted strings, or -1.
func (c *cueStrs) find(w string) int32 {
	lo, hi := 0, len(c.ends)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if c.get(m) < w {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(c.ends) && c.get(lo) == w {
		return int32(lo)
	}
	return -1
}

// cueLists are lists of numbers end to end: list k is
// items[at[k]:at[k+1]].
type cueLists struct {
	at    []uint32
	items []uint16
}

func (l *cueLists) get(k int) []uint16 {
	at := l.at[k : k+2] // one bounds check for both ends
	return l.items[at[0]:at[1]]
}

// The flags of an element (see cueElem).
const (
	ceName     uint8 = 1 << iota // a capitalised unknown word (a name) fits
	ceNum                        // a number fits
	ceKidAge                     // a number under 18 fits
	ceYo                         // an age under 18 written as one word fits
	ceOptional                   // the element may be missing
)

// cueTPhrase is a phrase: elements first to end (exclusive).
type cueTPhrase struct {
	tag        cueTag
	first, end uint16
	negative   bool
}

// cueMatchers returns the cue phrases as the screen reads them.
func cueMatchers() cueReader { return &cueGen }

// hits finds the phrases of x in s (see cueReader): at each token the
// candidates in the order of cueIndex.candidates, each tried once.
func (x *cueTable) hits(s sentence, hs []cueHit) []cueHit {
	ids := make([]int32, len(s))
	for k, t := range s {
		ids[k] = x.words.find(t.w)
	}
	// Bit n: pre holds a prefix of n letters. Only those lengths are
	// looked up (the phrases' prefixes are all three letters long).
	var lens uint8
	for k := range x.pre.ends {
		if n := len(x.pre.get(k)); n <= 3 {
			lens |= 1 << n
		}
	}
	seen := make([]uint64, (len(x.phrases)+63)/64)
	var buf []uint16
	for i, t := range s {
		buf = buf[:0]
		if ids[i] >= 0 {
			buf = append(buf, x.byWord.get(int(ids[i]))...)
		}
		for n := 1; n <= 3 && n <= len(t.w); n++ {
			if lens&(1<<n) == 0 {
				continue
			}
			if k := x.pre.find(t.w[:n]); k >= 0 {
				buf = append(buf, x.byPre.get(int(k))...)
			}
		}
		if t.name {
			buf = append(buf, x.byName...)
		}
		if isNumber(t.w) {
			buf = append(buf, x.byNum...)
		}
		clear(seen)
		for _, pi := range buf {
			if seen[pi/64]&(1<<(pi%64)) != 0 {
				continue
			}
			seen[pi/64] |= 1 << (pi % 64)
			p := &x.phrases[pi]
			if j := x.match(int(p.first), int(p.end), s, ids, i); j > i {
				hs = append(hs, cueHit{tag: p.tag, i: i, j: j, negative: p.negative})
			}
		}
	}
	return hs
}

// fits reports whether token t, word number id, fits element ei on its
// own (not counting its several-word alternatives); see cueElem.fits.
func (x *cueTable) fits(ei int, t token, id int32) bool {
	if id >= 0 {
		for _, k := range x.elemSets.get(ei) {
			if _, ok := slices.BinarySearch(x.sets.get(int(k)), uint16(id)); ok {
				return true
			}
		}
	}
	flags := x.flags[ei]
	if flags&ceName != 0 && t.name {
		return true
	}
	if flags&(ceNum|ceKidAge|ceYo) != 0 && isNumber(t.w) {
		return numberFits(t.w, flags&ceNum != 0, flags&ceKidAge != 0, flags&ceYo != 0)
	}
	for _, p := range x.elemPres.get(ei) {
		if strings.HasPrefix(t.w, x.atoms.get(int(p))) {
			return true
		}
	}
	return false
}

// seqAt returns how many tokens the several-word alternative q covers at
// token i of s, or 0; see seqAt.
func (x *cueTable) seqAt(q int, s sentence, i int) int {
	seq := x.seqs.get(q)
	if i+len(seq) > len(s) {
		return 0
	}
	for k, a := range seq {
		w, aw := s[i+k].w, x.atoms.get(int(a>>1))
		if a&1 != 0 && !strings.HasPrefix(w, aw) || a&1 == 0 && w != aw {
			return 0
		}
	}
	return len(seq)
}

// match returns the end (exclusive) of the longest match of the elements
// first to end (exclusive) from token i of s, or -1; ids are the word
// numbers of s. It is matchElems over the tables.
func (x *cueTable) match(first, end int, s sentence, ids []int32, i int) int {
	if first == end {
		return i
	}
	if gap := int(x.gaps[first]); gap > 0 {
		for k := 0; k <= gap && i+k <= len(s); k++ {
			if k > 0 && s[i+k-1].w == comma {
				break
			}
			if m := x.match(first+1, end, s, ids, i+k); m >= 0 {
				return m
			}
		}
		return -1
	}
	best := -1
	if i < len(s) && x.fits(first, s[i], ids[i]) {
		best = x.match(first+1, end, s, ids, i+1)
	}
	for _, q := range x.elemSeqs.get(first) {
		if n := x.seqAt(int(q), s, i); n > 0 {
			if m := x.match(first+1, end, s, ids, i+n); m > best {
				best = m
			}
		}
	}
	if x.flags[first]&ceOptional != 0 {
		if m := x.match(first+1, end, s, ids, i); m > best {
			best = m
		}
	}
	return best
}
