package critique

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Tally counts verdicts against labels, with presence (or "fired") as
// the positive class.
type Tally struct{ TP, FP, FN, TN int }

func (t *Tally) add(got, want bool) {
	switch {
	case got && want:
		t.TP++
	case got:
		t.FP++
	case want:
		t.FN++
	default:
		t.TN++
	}
}

// N is the number of verdicts counted.
func (t Tally) N() int { return t.TP + t.FP + t.FN + t.TN }

// Accuracy is the share of verdicts that match the label.
func (t Tally) Accuracy() float64 { return ratio(t.TP+t.TN, t.N()) }

// Recall is TP / (TP + FN); 1 when nothing was to be found.
func (t Tally) Recall() float64 { return ratio(t.TP, t.TP+t.FN) }

// Precision is TP / (TP + FP); 1 when nothing was flagged.
func (t Tally) Precision() float64 { return ratio(t.TP, t.TP+t.FP) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Scored is one draft with its score, for the separation figures.
type Scored struct {
	ID    string
	Score int
}

// Evaluation holds the figures of the critic on a labelled set.
type Evaluation struct {
	Drafts     int
	Elements   map[string]*Tally
	Categories map[string]*Tally
	// Clean drafts are labelled with no category; defective ones with
	// at least one.
	Clean, Defective []Scored
	// CleanWithHigh lists clean drafts that drew a high-severity finding.
	CleanWithHigh []string
	// Misses lists every wrong verdict, one line each.
	Misses []string
}

// Evaluate runs Check on every labelled draft and compares.
func Evaluate(ds []Labelled) Evaluation {
	var ev Evaluation
	for _, d := range ds {
		ev.add(d, Check(d.Text, d.Kind))
	}
	return ev
}

// add counts one labelled draft and its report.
func (ev *Evaluation) add(d Labelled, rep Report) {
	if ev.Elements == nil {
		ev.Elements = map[string]*Tally{}
	}
	if ev.Categories == nil {
		ev.Categories = map[string]*Tally{}
	}
	ev.Drafts++
	ev.elements(d, rep)
	ev.categories(d, rep)
	s := Scored{d.ID, rep.Score}
	if len(d.Categories) > 0 {
		ev.Defective = append(ev.Defective, s)
		return
	}
	ev.Clean = append(ev.Clean, s)
	for _, f := range rep.Findings {
		if f.Severity == SevHigh {
			ev.CleanWithHigh = append(ev.CleanWithHigh, fmt.Sprintf("%s (%s: %q)", d.ID, f.Category, f.Quote))
			break
		}
	}
}

func (ev *Evaluation) elements(d Labelled, rep Report) {
	for _, name := range ElementNames(d.Kind) {
		want, ok := d.Elements[name]
		if !ok {
			continue
		}
		t := ev.Elements[name]
		if t == nil {
			t = &Tally{}
			ev.Elements[name] = t
		}
		el := rep.Elements[name]
		got := el != nil && el.Present
		t.add(got, want)
		if got != want {
			what := "FN"
			if got {
				what = "FP"
			}
			ev.Misses = append(ev.Misses, fmt.Sprintf("%s: %s %s (%s)", d.ID, name, what, el.Note))
		}
	}
}

func (ev *Evaluation) categories(d Labelled, rep Report) {
	fired := map[string]string{}
	for _, f := range rep.Findings {
		if _, ok := fired[f.Category]; !ok {
			fired[f.Category] = f.Quote
		}
	}
	want := map[string]bool{}
	for _, c := range d.Categories {
		want[c] = true
	}
	for _, c := range catalogue {
		q, got := fired[c.ID]
		if !got && !want[c.ID] {
			continue
		}
		t := ev.Categories[c.ID]
		if t == nil {
			t = &Tally{}
			ev.Categories[c.ID] = t
		}
		t.add(got, want[c.ID])
		switch {
		case got && !want[c.ID]:
			ev.Misses = append(ev.Misses, fmt.Sprintf("%s: unexpected %s (%q)", d.ID, c.ID, q))
		case !got:
			ev.Misses = append(ev.Misses, fmt.Sprintf("%s: missed %s", d.ID, c.ID))
		}
	}
}

// Micro sums the category tallies.
func (ev Evaluation) Micro() Tally {
	var m Tally
	for _, t := range ev.Categories {
		m.TP += t.TP
		m.FP += t.FP
		m.FN += t.FN
	}
	return m
}

// AUC is the chance that a clean draft scores above a defective one
// (ties count half): 1 when every clean draft outscores every defective one.
func (ev Evaluation) AUC() float64 {
	if len(ev.Clean) == 0 || len(ev.Defective) == 0 {
		return 1
	}
	var sum float64
	for _, c := range ev.Clean {
		for _, d := range ev.Defective {
			switch {
			case c.Score > d.Score:
				sum++
			case c.Score == d.Score:
				sum += 0.5
			}
		}
	}
	return sum / float64(len(ev.Clean)*len(ev.Defective))
}

func extreme(ss []Scored, low bool) Scored {
	best := Scored{Score: -1}
	for _, s := range ss {
		if best.Score < 0 || low && s.Score < best.Score || !low && s.Score > best.Score {
			best = s
		}
	}
	return best
}

// Write prints the figures as a plain table; misses too when verbose.
func (ev Evaluation) Write(w io.Writer, verbose bool) {
	var b strings.Builder
	fmt.Fprintf(&b, "%d drafts (%d clean, %d defective)\n\n", ev.Drafts, len(ev.Clean), len(ev.Defective))
	fmt.Fprintf(&b, "%-16s %6s %5s %5s %5s %5s %9s\n", "element", "n", "tp", "tn", "FP", "FN", "accuracy")
	var all Tally
	for _, k := range []Kind{KindApology, KindReachOut} {
		for _, name := range ElementNames(k) {
			t := ev.Elements[name]
			if t == nil {
				continue
			}
			all.TP, all.TN, all.FP, all.FN = all.TP+t.TP, all.TN+t.TN, all.FP+t.FP, all.FN+t.FN
			fmt.Fprintf(&b, "%-16s %6d %5d %5d %5d %5d %9.3f\n", name, t.N(), t.TP, t.TN, t.FP, t.FN, t.Accuracy())
		}
	}
	fmt.Fprintf(&b, "%-16s %6d %5d %5d %5d %5d %9.3f\n\n", "all elements", all.N(), all.TP, all.TN, all.FP, all.FN, all.Accuracy())
	fmt.Fprintf(&b, "%-18s %5s %5s %5s %8s %9s\n", "category", "tp", "fn", "fp", "recall", "precision")
	names := make([]string, 0, len(ev.Categories))
	for c := range ev.Categories {
		names = append(names, c)
	}
	sort.Strings(names)
	for _, c := range names {
		t := ev.Categories[c]
		fmt.Fprintf(&b, "%-18s %5d %5d %5d %8.3f %9.3f\n", c, t.TP, t.FN, t.FP, t.Recall(), t.Precision())
	}
	m := ev.Micro()
	fmt.Fprintf(&b, "%-18s %5d %5d %5d %8.3f %9.3f\n\n", "all (micro)", m.TP, m.FN, m.FP, m.Recall(), m.Precision())
	fmt.Fprintf(&b, "clean drafts with a high-severity finding: %d of %d\n", len(ev.CleanWithHigh), len(ev.Clean))
	for _, s := range ev.CleanWithHigh {
		fmt.Fprintf(&b, "  %s\n", s)
	}
	lo, hi := extreme(ev.Clean, true), extreme(ev.Defective, false)
	fmt.Fprintf(&b, "AUC clean vs defective: %.3f; lowest clean %d (%s), highest defective %d (%s)\n", ev.AUC(), lo.Score, lo.ID, hi.Score, hi.ID)
	if verbose {
		b.WriteString("\n")
		for _, s := range ev.Misses {
			fmt.Fprintf(&b, "miss: %s\n", s)
		}
	}
	_, _ = io.WriteString(w, b.String())
}
