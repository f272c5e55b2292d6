package textmodel

import (
	"bytes"
	"fmt"
	"go/format"
	"math"
	"math/rand/v2"
	"sort"
)

// Example is one labelled text: its features and, per output, 1 or 0, or
// NaN where the output does not apply to it.
type Example struct {
	Feats []string
	Y     []float64
	// Groups, read only by a model trained with Options.Clip, are the
	// ends of Feats' parts (a text's sentences): Feats[:Groups[0]] always
	// count, and part j is Feats[Groups[j]:Groups[j+1]].
	Groups []int
}

// Options are the training settings; the same data and options give the
// same model.
type Options struct {
	Epochs int
	Rate   float64
	L2     float64
	// Prune drops features whose weights are all smaller than this.
	Prune float64
	// NonNegative keeps every weight at zero or above, so that adding
	// words to a text never lowers an output: a score that only rises as
	// evidence is added.
	NonNegative bool
	// Clip makes each part of a text (Example.Groups) add to an output
	// only what its features add together when that is above zero, so
	// that a part added to a text never lowers an output, whatever the
	// signs of the weights: a word can still count against an output
	// within its own sentence ("if you'd like" against a conditional).
	Clip bool
	// Leak, with Clip, is the share of the gradient that reaches the
	// features of a part that did not count (its sum was below zero), so
	// that a word pushed below zero early does not silence for good every
	// sentence it is in. It changes training only: a part below zero still
	// adds nothing.
	Leak float64
}

// Model is a trained model before it is written out.
type Model struct {
	Bias []float64
	W    map[string][]float64
}

// Train fits one logistic regression per output by stochastic gradient
// descent over the examples in a fixed pseudo-random order. With
// Options.Clip it reads each example's parts as Example.Groups says, and
// the gradient of an output reaches the features of the parts that
// counted toward it (and Options.Leak of it the rest); without, the whole
// text is one part that always counts.
func Train(exs []Example, out int, o Options) Model {
	m := Model{Bias: make([]float64, out), W: map[string][]float64{}}
	rng := rand.New(rand.NewPCG(1, 2))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	parts := make([][][]string, len(exs))
	for i, ex := range exs {
		groups := ex.Groups
		if !o.Clip {
			groups = nil
		}
		parts[i] = splitParts(ex.Feats, groups)
	}
	for range o.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			ex, ps := exs[i], parts[i]
			counted := make([]bool, len(ps))
			for k := range out {
				if math.IsNaN(ex.Y[k]) {
					continue
				}
				z := m.Bias[k]
				for j, p := range ps {
					// The head's weights go straight into z, in the
					// order they come, as a plain model always added them.
					if j == 0 {
						for _, f := range p {
							if w := m.W[f]; w != nil {
								z += w[k]
							}
						}
						counted[0] = true
						continue
					}
					s := 0.0
					for _, f := range p {
						if w := m.W[f]; w != nil {
							s += w[k]
						}
					}
					// A part at exactly zero (an unseen one) takes the
					// gradient, or no part would ever start to count.
					counted[j] = s >= 0
					if counted[j] {
						z += s
					}
				}
				g := Prob(math.Max(-30, math.Min(30, z))) - ex.Y[k]
				m.Bias[k] -= o.Rate * g
				for j, p := range ps {
					// The leak reaches a part that did not count in both
					// directions (a surrogate gradient, measured as such).
					gj := g
					if !counted[j] {
						gj = g * o.Leak
					}
					if gj == 0 {
						continue
					}
					for _, f := range p {
						w := m.W[f]
						if w == nil {
							w = make([]float64, out)
							m.W[f] = w
						}
						w[k] -= o.Rate * (gj + o.L2*w[k])
						if o.NonNegative && w[k] < 0 {
							w[k] = 0
						}
					}
				}
			}
		}
	}
	return m
}

// Logits returns each output's log-odds for a set of features, read as
// one part that always counts.
func (m Model) Logits(fs []string) []float64 { return m.ClippedLogits(fs, nil) }

// splitParts cuts feats at the ends in groups (see Example.Groups), each
// part's features once; part 0 is the head, which always counts. Without
// groups the whole text is the head.
func splitParts(feats []string, groups []int) [][]string {
	if len(groups) == 0 {
		return [][]string{dedupe(feats)}
	}
	out := [][]string{dedupe(feats[:groups[0]])}
	for j := 0; j+1 < len(groups); j++ {
		out = append(out, dedupe(feats[groups[j]:groups[j+1]]))
	}
	return out
}

// ClippedLogits returns each output's log-odds for a text's features cut
// into parts as Example.Groups says, as a model trained with
// Options.Clip reads them; without groups, as Logits.
func (m Model) ClippedLogits(feats []string, groups []int) []float64 {
	z := append([]float64(nil), m.Bias...)
	s := make([]float64, len(z))
	for j, p := range splitParts(feats, groups) {
		clear(s)
		for _, f := range p {
			if w := m.W[f]; w != nil {
				for k := range s {
					if j == 0 {
						z[k] += w[k]
					} else {
						s[k] += w[k]
					}
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

func dedupe(fs []string) []string {
	seen := make(map[string]bool, len(fs))
	out := fs[:0:0]
	for _, f := range fs {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// Table quantises the model into the form generated code holds: weights
// to int8, and features whose weights are all below prune left out.
func (m Model) Table(prune float64) Table {
	var names []string
	maxAbs := 0.0
	for f, w := range m.W {
		big := false
		for _, v := range w {
			big = big || math.Abs(v) >= prune
			maxAbs = math.Max(maxAbs, math.Abs(v))
		}
		if big {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	t := Table{Out: len(m.Bias), Scale: maxAbs / 127}
	if t.Scale == 0 {
		t.Scale = 1
	}
	for _, v := range m.Bias {
		t.Bias = append(t.Bias, float32(v))
	}
	var all bytes.Buffer
	for _, f := range names {
		all.WriteString(f)
		t.Ends = append(t.Ends, uint32(all.Len()))
		for k, v := range m.W[f] {
			if w := int8(math.Round(v / t.Scale)); w != 0 {
				t.Cells = append(t.Cells, uint16(k)<<8|uint16(uint8(w)))
			}
		}
		t.Rows = append(t.Rows, uint32(len(t.Cells)))
	}
	t.Names = all.String()
	t.Slots = t.slots()
	return t
}

// writeInts writes the field name of type []typ holding vs, sixteen to a line.
func writeInts[T uint16 | uint32](b *bytes.Buffer, name, typ string, vs []T) {
	fmt.Fprintf(b, "\n%s: []%s{", name, typ)
	for i, v := range vs {
		if i%16 == 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(b, "%d, ", v)
	}
	b.WriteString("\n},")
}

// GoSource writes the model as a Go file of package pkg declaring
// `var name = textmodel.Table{...}` (see Table) and the constant
// name+"Hash", which records the data and settings it came from.
func (m Model) GoSource(pkg, name, hash, generator string, prune float64) ([]byte, error) {
	t := m.Table(prune)
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by %s; DO NOT EDIT.\n\n", generator)
	fmt.Fprintf(&b, "package %s\n\n", pkg)
	b.WriteString("import \"github.com/amends-cli/amends/internal/textmodel\"\n\n")
	fmt.Fprintf(&b, "// %sHash identifies the data and settings the model was trained on.\nconst %sHash = %q\n\n", name, name, hash)
	fmt.Fprintf(&b, "// %s is the trained model (see textmodel.Table).\nvar %s = textmodel.Table{\n", name, name)
	fmt.Fprintf(&b, "Out: %d,\nScale: %v,\nBias: []float32{", t.Out, t.Scale)
	for k, v := range t.Bias {
		if k > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%.4f", v)
	}
	fmt.Fprintf(&b, "},\nNames: %q,", t.Names)
	writeInts(&b, "Ends", "uint32", t.Ends)
	writeInts(&b, "Rows", "uint32", t.Rows)
	writeInts(&b, "Cells", "uint16", t.Cells)
	writeInts(&b, "Slots", "uint32", t.Slots)
	b.WriteString("\n}\n")
	return format.Source(b.Bytes())
}
