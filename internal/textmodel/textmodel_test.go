package textmodel

import (
	"math"
	"slices"
	"strings"
	"testing"
)

// toy: output 0 is "mentions a fruit", output 1 "mentions a colour";
// output 1 does not apply to texts marked "skip".
func toy() []Example {
	texts := []struct {
		t    string
		y0   float64
		y1   float64
		skip bool
	}{
		{"an apple a day", 1, 0, false},
		{"the red car", 0, 1, false},
		{"a red apple", 1, 1, false},
		{"the old car", 0, 0, false},
		{"a ripe pear", 1, 0, true},
		{"a blue door", 0, 1, false},
		{"the door", 0, 0, false},
		{"pear and plum", 1, 0, false},
	}
	var exs []Example
	for _, x := range texts {
		y1 := x.y1
		if x.skip {
			y1 = math.NaN()
		}
		exs = append(exs, Example{Feats: strings.Fields(x.t), Y: []float64{x.y0, y1}})
	}
	return exs
}

func TestTrainLearnsAndTableAgrees(t *testing.T) {
	m := Train(toy(), 2, Options{Epochs: 200, Rate: 0.3, L2: 1e-4})
	tab := m.Table(0)
	for _, ex := range toy() {
		z, q := m.Logits(ex.Feats), tab.Logits(ex.Feats)
		for k := range z {
			if math.Abs(z[k]-q[k]) > 0.05*math.Max(1, math.Abs(z[k])) {
				t.Errorf("%v output %d: model %.3f, table %.3f", ex.Feats, k, z[k], q[k])
			}
			if math.IsNaN(ex.Y[k]) {
				continue
			}
			if got := Prob(q[k]) > 0.5; got != (ex.Y[k] == 1) {
				t.Errorf("%v output %d: p %.2f, want %v", ex.Feats, k, Prob(q[k]), ex.Y[k])
			}
		}
	}
	if tab.Index("zebra") != -1 || tab.Index("apple") < 0 {
		t.Error("Index finds an unknown feature or misses a known one")
	}
}

func TestNonNegativeNeverLowers(t *testing.T) {
	m := Train(toy(), 2, Options{Epochs: 100, Rate: 0.3, L2: 1e-4, NonNegative: true})
	for f, w := range m.W {
		for k, v := range w {
			if v < 0 {
				t.Fatalf("feature %q output %d weight %v < 0", f, k, v)
			}
		}
	}
	tab := m.Table(0)
	base := tab.Logits([]string{"red"})
	more := tab.Logits([]string{"red", "old", "door", "the"})
	for k := range base {
		if more[k] < base[k] {
			t.Errorf("output %d fell from %v to %v when words were added", k, base[k], more[k])
		}
	}
}

func TestGoSourceFormats(t *testing.T) {
	m := Train(toy(), 2, Options{Epochs: 20, Rate: 0.3})
	src, err := m.GoSource("example", "toyModel", "abc", "a test", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"package example", `const toyModelHash = "abc"`, "var toyModel = textmodel.Table{", "DO NOT EDIT"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("source lacks %q", want)
		}
	}
}

// logitsByName is Logits as first written: features deduplicated by name
// in a map, found by binary search, weights added in order.
func logitsByName(t *Table, fs []string) []float64 {
	z := make([]float64, t.Out)
	for k := range z {
		z[k] = float64(t.Bias[k])
	}
	seen := map[string]bool{}
	for _, f := range fs {
		if seen[f] {
			continue
		}
		seen[f] = true
		if i := t.search(f); i >= 0 {
			for k := range z {
				z[k] += t.Weight(i, k)
			}
		}
	}
	return z
}

func TestSlotsFindWhatSearchFinds(t *testing.T) {
	m := Train(toy(), 2, Options{Epochs: 50, Rate: 0.3})
	tab := m.Table(0)
	if err := tab.CheckSlots(); err != nil {
		t.Fatal(err)
	}
	noSlots := tab
	noSlots.Slots = nil
	words := []string{"", "a", "an", "apple", "apples", "appl", "red", "the", "zebra", "door", "pear", "plum", "day", "old car"}
	for _, a := range words {
		if got, want := tab.Index(a), tab.search(a); got != want {
			t.Errorf("Index(%q) = %d, search %d", a, got, want)
		}
		if got, want := noSlots.Index(a), tab.search(a); got != want {
			t.Errorf("without slots Index(%q) = %d, search %d", a, got, want)
		}
		for _, b := range words {
			want := tab.search(a + " " + b)
			if got := tab.IndexPair(a, b); got != want {
				t.Errorf("IndexPair(%q, %q) = %d, search %d", a, b, got, want)
			}
			if got := noSlots.IndexPair(a, b); got != want {
				t.Errorf("without slots IndexPair(%q, %q) = %d, search %d", a, b, got, want)
			}
		}
	}
}

func TestPairFeaturesFound(t *testing.T) {
	var exs []Example
	for _, ex := range toy() {
		fs := ex.Feats
		for i := 1; i < len(ex.Feats); i++ {
			fs = append(fs, ex.Feats[i-1]+" "+ex.Feats[i])
		}
		exs = append(exs, Example{Feats: fs, Y: ex.Y})
	}
	tab := Train(exs, 2, Options{Epochs: 50, Rate: 0.3}).Table(0)
	found := 0
	for _, ex := range toy() {
		for i := 1; i < len(ex.Feats); i++ {
			a, b := ex.Feats[i-1], ex.Feats[i]
			got, want := tab.IndexPair(a, b), tab.search(a+" "+b)
			if got != want || want < 0 {
				t.Errorf("IndexPair(%q, %q) = %d, search %d", a, b, got, want)
			}
			found++
		}
	}
	if found == 0 {
		t.Fatal("no pairs tried")
	}
}

func TestLogitsSameAsByName(t *testing.T) {
	tab := Train(toy(), 2, Options{Epochs: 50, Rate: 0.3}).Table(0)
	for _, fs := range [][]string{nil, {"red"}, {"red", "red", "apple", "zebra", "red", "the", "apple"}, strings.Fields("a red apple the old car a blue door pear and plum a day")} {
		got, want := tab.Logits(fs), logitsByName(&tab, fs)
		for k := range want {
			if got[k] != want[k] {
				t.Errorf("%v output %d: %v, by name %v", fs, k, got[k], want[k])
			}
		}
	}
}

func TestIndexSet(t *testing.T) {
	var s IndexSet
	for _, n := range []int{0, 1, 5, 100} {
		s.Reset(n)
		in := map[int32]bool{}
		for j := 0; j < n; j++ {
			i := int32(j * 7 % 13)
			if got := s.Add(i); got == in[i] {
				t.Fatalf("n %d: Add(%d) = %v with %d already in: %v", n, i, got, i, in[i])
			}
			in[i] = true
		}
	}
}

// clippedToy: output 0 is "asks on a condition": "if" counts toward it,
// except in "if you like", which is an offer. Each text is one or two
// parts (sentences) after a head feature.
func clippedToy() []Example {
	texts := []struct {
		parts [][]string
		y     float64
	}{
		{[][]string{{"sorry", "if", "you", "were", "upset"}}, 1},
		{[][]string{{"sorry", "if", "it", "hurt"}}, 1},
		{[][]string{{"thanks"}, {"call", "if", "you", "like"}}, 0},
		{[][]string{{"coffee", "if", "you", "like"}}, 0},
		{[][]string{{"sorry", "i", "lied"}}, 0},
		{[][]string{{"sorry", "i", "lied"}, {"only", "if", "you", "ask"}}, 1},
		{[][]string{{"lunch", "if", "you", "like"}, {"sorry", "if", "you", "were", "hurt"}}, 1},
		{[][]string{{"talk", "if", "you", "like"}}, 0},
	}
	var exs []Example
	for _, x := range texts {
		ex := Example{Feats: []string{"#head"}, Y: []float64{x.y}, Groups: []int{1}}
		for _, p := range x.parts {
			ex.Feats = append(ex.Feats, p...)
			ex.Groups = append(ex.Groups, len(ex.Feats))
		}
		exs = append(exs, ex)
	}
	return exs
}

func TestClippedLearnsSignedWeightsAndNeverLowers(t *testing.T) {
	m := Train(clippedToy(), 1, Options{Epochs: 300, Rate: 0.3, L2: 1e-4, Clip: true, Leak: 0.1})
	if m.W["like"][0] >= 0 {
		t.Errorf(`"like" weighs %v toward a condition; want it below zero`, m.W["like"][0])
	}
	tab := m.Table(0)
	for _, ex := range clippedToy() {
		z := m.ClippedLogits(ex.Feats, ex.Groups)
		if got := Prob(z[0]) > 0.5; got != (ex.Y[0] == 1) {
			t.Errorf("%v: p %.2f, want %v", ex.Feats, Prob(z[0]), ex.Y[0])
		}
		idx := make([]int32, len(ex.Feats))
		for i, f := range ex.Feats {
			idx[i] = int32(tab.Index(f))
		}
		q := tab.ClippedLogitsOf(idx, ex.Groups)
		if math.Abs(z[0]-q[0]) > 0.05*math.Max(1, math.Abs(z[0])) {
			t.Errorf("%v: model %.3f, table %.3f", ex.Feats, z[0], q[0])
		}
		// A sentence added, whatever its words, never lowers the output.
		for _, add := range [][]string{{"if", "you", "like"}, {"like"}, {"sorry", "i", "lied"}, {"zebra"}} {
			idx2 := slices.Clone(idx)
			for _, f := range add {
				idx2 = append(idx2, int32(tab.Index(f)))
			}
			ends := append(append([]int(nil), ex.Groups...), len(idx2))
			if r := tab.ClippedLogitsOf(idx2, ends); r[0] < q[0] {
				t.Errorf("%v then %v: output fell from %.3f to %.3f", ex.Feats, add, q[0], r[0])
			}
		}
	}
	// Without Clip a model ignores the groups: the whole text is one part.
	plain := clippedToy()
	for i := range plain {
		plain[i].Groups = nil
	}
	a := Train(clippedToy(), 1, Options{Epochs: 50, Rate: 0.3})
	b := Train(plain, 1, Options{Epochs: 50, Rate: 0.3})
	if len(a.W) != len(b.W) || a.Bias[0] != b.Bias[0] {
		t.Fatalf("with groups %d features, bias %v; without %d, %v", len(a.W), a.Bias[0], len(b.W), b.Bias[0])
	}
	for f, w := range a.W {
		if b.W[f] == nil || b.W[f][0] != w[0] {
			t.Fatalf("feature %q: %v with groups, %v without", f, w[0], b.W[f])
		}
	}
	// A table read without ends reads the whole text as one part: its bias
	// and every weight of the text's features, each once, negative or not.
	ex := clippedToy()[6]
	idx := make([]int32, len(ex.Feats))
	want := float64(tab.Bias[0])
	seen := map[int32]bool{}
	for i, f := range ex.Feats {
		idx[i] = int32(tab.Index(f))
		if idx[i] >= 0 && !seen[idx[i]] {
			seen[idx[i]] = true
			want += tab.Weight(int(idx[i]), 0)
		}
	}
	if got := tab.ClippedLogitsOf(idx, nil)[0]; math.Abs(got-want) > 1e-9 {
		t.Errorf("no ends: %v, want the plain sum %v", got, want)
	}
}
