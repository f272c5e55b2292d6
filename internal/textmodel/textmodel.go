// Package textmodel holds small learnt word-weight models: several
// logistic regressions over the same string features (words, word pairs,
// tags), trained ahead of time and compiled into the binary as static
// tables, so nothing is parsed or built when a process starts.
//
// A package that uses one trains it in a test (Train, then GoSource writes
// the generated file) and reads it at run time through a Table.
package textmodel

import (
	"math"
	"sort"
)

// Table is a trained model as generated code holds it: the features sorted
// and stored one after the other in Names (feature i ends at Ends[i]), and
// Out weights per feature in Weights, quantised in units of Scale.
type Table struct {
	Names   string
	Ends    []uint32
	Weights []int8
	Scale   float64
	Bias    []float32
	Out     int
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
	n := len(t.Ends)
	i := sort.Search(n, func(i int) bool { return t.feature(i) >= f })
	if i < n && t.feature(i) == f {
		return i
	}
	return -1
}

// Weight is the log-odds feature i adds to output k.
func (t *Table) Weight(i, k int) float64 { return float64(t.Weights[i*t.Out+k]) * t.Scale }

// Logits returns each output's log-odds for a set of features; a feature
// counts once however often it occurs.
func (t *Table) Logits(fs []string) []float64 {
	z := make([]float64, t.Out)
	for k := range z {
		z[k] = float64(t.Bias[k])
	}
	seen := make(map[string]bool, len(fs))
	for _, f := range fs {
		if seen[f] {
			continue
		}
		seen[f] = true
		i := t.Index(f)
		if i < 0 {
			continue
		}
		for k := range z {
			z[k] += t.Weight(i, k)
		}
	}
	return z
}

// Prob turns a log-odds into a probability.
func Prob(z float64) float64 { return 1 / (1 + math.Exp(-z)) }
