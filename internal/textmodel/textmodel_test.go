package textmodel

import (
	"math"
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
