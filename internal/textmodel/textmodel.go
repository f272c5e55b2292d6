// Package textmodel holds small learnt word-weight models: several
// logistic regressions over the same string features (words, word pairs,
// tags), trained ahead of time and compiled into the binary as static
// tables, so nothing is parsed or built when a process starts.
//
// A package that uses one trains it in a test (Train, then GoSource writes
// the generated file) and reads it at run time through a Table.
package textmodel

import (
	"fmt"
	"math"
	"sort"
)

// Table is a trained model as generated code holds it: the features sorted
// and stored one after the other in Names (feature i ends at Ends[i]), and
// each feature's non-zero weights in Cells (feature i's end at Rows[i]),
// one cell per output it moves: the output in the high byte, the weight,
// quantised in units of Scale, as an int8 in the low byte. Most weights
// are zero (the models are pruned), and a dense table
// would be touched page by page by every draft's few hundred features.
//
// Slots is an open-addressing hash index of the features, made with the
// table (a power-of-two length; slot h holds i+1 for feature i, 0 when
// empty; see hashPair), so that a look-up hashes a feature once and
// compares it with about one name instead of searching the sorted names.
// A table without Slots is searched by binary search.
type Table struct {
	Names string
	Ends  []uint32
	Rows  []uint32
	Cells []uint16
	Scale float64
	Bias  []float32
	Out   int
	Slots []uint32
}

// feature is the i-th feature of the sorted table.
func (t *Table) feature(i int) string {
	start := uint32(0)
	if i > 0 {
		start = t.Ends[i-1]
	}
	return t.Names[start:t.Ends[i]]
}

// Index returns the position of feature f in the table, or -1.
func (t *Table) Index(f string) int {
	if t.Slots != nil {
		return t.find(f, "", false)
	}
	return t.search(f)
}

// IndexPair returns the position of the feature a+" "+b in the table, or
// -1, without making that string.
func (t *Table) IndexPair(a, b string) int {
	if t.Slots != nil {
		return t.find(a, b, true)
	}
	return t.search(a + " " + b)
}

// search is Index by binary search of the sorted names.
func (t *Table) search(f string) int {
	n := len(t.Ends)
	i := sort.Search(n, func(i int) bool { return t.feature(i) >= f })
	if i < n && t.feature(i) == f {
		return i
	}
	return -1
}

// FNV-1a, 32 bits.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func fnvAdd(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

// hashPair hashes the feature a, or a+" "+b when pair is set.
func hashPair(a, b string, pair bool) uint32 {
	h := fnvAdd(fnvOffset, a)
	if pair {
		h = (h ^ ' ') * fnvPrime
		h = fnvAdd(h, b)
	}
	return h
}

// find looks a (or a+" "+b) up in Slots.
func (t *Table) find(a, b string, pair bool) int {
	n := len(a)
	if pair {
		n += 1 + len(b)
	}
	mask := uint32(len(t.Slots) - 1)
	for h := hashPair(a, b, pair) & mask; ; h = (h + 1) & mask {
		s := t.Slots[h]
		if s == 0 {
			return -1
		}
		i := int(s - 1)
		f := t.feature(i)
		if len(f) != n || f[:len(a)] != a {
			continue
		}
		if !pair || f[len(a)] == ' ' && f[len(a)+1:] == b {
			return i
		}
	}
}

// slots makes the hash index of the table's features (see Table).
func (t *Table) slots() []uint32 {
	size := 1
	for size < 2*len(t.Ends) {
		size *= 2
	}
	s := make([]uint32, size)
	mask := uint32(size - 1)
	for i := range t.Ends {
		h := hashPair(t.feature(i), "", false) & mask
		for s[h] != 0 {
			h = (h + 1) & mask
		}
		s[h] = uint32(i + 1)
	}
	return s
}

// row returns the cells of feature i.
func (t *Table) row(i int) []uint16 {
	start := uint32(0)
	if i > 0 {
		start = t.Rows[i-1]
	}
	return t.Cells[start:t.Rows[i]]
}

// Weight is the log-odds feature i adds to output k.
func (t *Table) Weight(i, k int) float64 {
	for _, c := range t.row(i) {
		if int(c>>8) == k {
			return float64(int8(c)) * t.Scale
		}
	}
	return 0
}

// Logits returns each output's log-odds for a set of features; a feature
// counts once however often it occurs.
func (t *Table) Logits(fs []string) []float64 {
	idx := make([]int32, 0, len(fs))
	for _, f := range fs {
		idx = append(idx, int32(t.Index(f)))
	}
	return t.LogitsOf(idx)
}

// LogitsOf is Logits of features given by their positions in the table
// (-1 for one the table lacks); a feature counts once however often it
// occurs, and the weights are added in the order the features come.
func (t *Table) LogitsOf(idx []int32) []float64 { return t.ClippedLogitsOf(idx, nil) }

// ClippedLogitsOf is the table's reading of a text as a model trained
// with Options.Clip reads it: idx are the features' positions (-1 for one
// the table lacks) and ends the ends of its parts (as Example.Groups, the
// last one len(idx)): idx[:ends[0]] always count, and part j,
// idx[ends[j]:ends[j+1]], adds to an output only what its features (each
// once) add together when that is above zero. Without ends the whole text
// is one part that always counts (LogitsOf).
func (t *Table) ClippedLogitsOf(idx []int32, ends []int) []float64 {
	if len(ends) == 0 {
		ends = []int{len(idx)}
	}
	z := make([]float64, t.Out)
	for k := range z {
		z[k] = float64(t.Bias[k])
	}
	s := make([]float64, t.Out)
	var seen IndexSet
	from := 0
	for j, end := range ends {
		part := idx[from:end]
		from = end
		seen.Reset(len(part))
		clear(s)
		for _, i := range part {
			if i < 0 || !seen.Add(i) {
				continue
			}
			for _, c := range t.row(int(i)) {
				if j == 0 {
					z[c>>8] += float64(int8(c)) * t.Scale
				} else {
					s[c>>8] += float64(int8(c)) * t.Scale
				}
			}
		}
		for k, v := range s {
			if v > 0 {
				z[k] += v
			}
		}
	}
	return z
}

// IndexSet is a small set of feature positions (non-negative), sized for
// the number of features of one text rather than the table.
type IndexSet struct{ s []int32 }

// Reset empties the set and makes room for n positions: at most n Adds
// may follow before the next Reset.
func (s *IndexSet) Reset(n int) {
	size := 8
	for size < 2*n {
		size *= 2
	}
	if cap(s.s) >= size {
		s.s = s.s[:size]
	} else {
		s.s = make([]int32, size)
	}
	for j := range s.s {
		s.s[j] = -1
	}
}

// Add adds i and reports whether it was not in the set yet.
func (s *IndexSet) Add(i int32) bool {
	mask := uint32(len(s.s) - 1)
	for h := (uint32(i) * 2654435761) & mask; ; h = (h + 1) & mask {
		switch s.s[h] {
		case -1:
			s.s[h] = i
			return true
		case i:
			return false
		}
	}
}

// Prob turns a log-odds into a probability.
func Prob(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// CheckSlots reports the first feature that Slots does not lead to, or a
// slot that leads to a feature of another hash: a test of a generated table.
func (t *Table) CheckSlots() error {
	if len(t.Slots) == 0 || len(t.Slots)&(len(t.Slots)-1) != 0 || len(t.Slots) < len(t.Ends) {
		return fmt.Errorf("textmodel: %d slots for %d features", len(t.Slots), len(t.Ends))
	}
	for i := range t.Ends {
		if j := t.find(t.feature(i), "", false); j != i {
			return fmt.Errorf("textmodel: feature %d (%q) found at %d", i, t.feature(i), j)
		}
	}
	n := 0
	for _, s := range t.Slots {
		if s != 0 {
			n++
		}
	}
	if n != len(t.Ends) {
		return fmt.Errorf("textmodel: %d slots filled for %d features", n, len(t.Ends))
	}
	return nil
}
