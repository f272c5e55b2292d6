package critique

import (
	"strings"
	"testing"
)

// The prefilters only save work: a part that mayMatch rules out must have
// no match, or the findings would change.
func TestPrefilterSound(t *testing.T) {
	build()
	ds := loadDrafts(t)
	texts := prefilterTexts(ds, "", "??", "🙄 whatever.", "Sorry, OK? Fine, I'm sorry!!", "I'd like to apologise. I apologize!")
	ruled, n := 0, 0
	for _, text := range texts {
		d := newDoc(text)
		for _, r := range allRules() {
			for k := range r.nparts {
				p := r.part(k)
				n++
				if p.mayMatch(d) {
					continue
				}
				ruled++
				if ms := d.partMatches(r, k); len(ms) > 0 {
					t.Fatalf("prefilter ruled out a part that matches %q in %q:\n%s", d.norm[ms[0][0]:ms[0][1]], text, p.src)
				}
			}
		}
	}
	t.Logf("%d of %d part checks ruled out", ruled, n)
}

func FuzzPrefilter(f *testing.F) {
	for _, d := range loadDrafts(f) {
		f.Add(d.Text)
	}
	build()
	f.Fuzz(func(t *testing.T, text string) {
		d := newDoc(text)
		for _, r := range allRules() {
			for k := range r.nparts {
				p := r.part(k)
				if !p.mayMatch(d) && len(d.partMatches(r, k)) > 0 {
					t.Fatalf("prefilter ruled out a part that matches %q:\n%s", text, p.src)
				}
			}
		}
	})
}

// mayMatchBySentence is mayMatch as first written: the steps searched
// sentence by sentence. mayMatch must rule out exactly the same parts.
func (p *part) mayMatchBySentence(d *doc) bool {
	if p.lits != nil && !d.anyOf(p.lits) {
		return false
	}
	if len(p.seq) == 0 {
		return true
	}
	if p.whole {
		return d.seqEnd(p.seq, 0, len(d.norm)) >= 0
	}
	done := -1
	for _, id := range p.lits {
		for _, q := range d.positions(int(id)) {
			if q < done && len(p.lits) == 1 {
				continue
			}
			a, b := d.sentence(q)
			if d.seqEnd(p.seq, a, b) >= 0 {
				return true
			}
			done = b
		}
	}
	return false
}

// The prefilter skips sentences that cannot hold a part's steps, but
// rules out the same parts as trying every sentence would.
func TestPrefilterSkipsOnlyWhatSentencesWould(t *testing.T) {
	build()
	ds := loadDrafts(t)
	texts := prefilterTexts(ds, "", "??", "...!!", "Sorry... I'm sorry?! Really, I am!!", "I'd like to apologise. I apologize!")
	for _, text := range texts {
		d := newDoc(text)
		for _, r := range allRules() {
			for k := range r.nparts {
				p := r.part(k)
				if got, want := p.mayMatch(d), p.mayMatchBySentence(d); got != want {
					t.Fatalf("mayMatch %v, by sentence %v, on %q:\n%s", got, want, text, p.src)
				}
			}
		}
	}
}

// prefilterTexts are the texts the prefilter tests try: the given ones,
// then every labelled draft as written, upper-cased, and joined to the one
// before it.
func prefilterTexts(ds []Labelled, given ...string) []string {
	texts := given
	for i, d := range ds {
		texts = append(texts, d.Text, strings.ToUpper(d.Text))
		if i > 0 {
			texts = append(texts, ds[i-1].Text+" "+d.Text)
		}
	}
	return texts
}

// A part tried anchored at its leading literals, after a \b, must lead
// with a word character: the anchored \b sees no left context, so before
// an apostrophe ("'d" of "she'd") it never holds (leading sends such
// parts sentence by sentence).
func TestLeadAfterBoundaryStartsWord(t *testing.T) {
	build()
	n := 0
	for _, r := range allRules() {
		for k := range r.nparts {
			p := r.part(k)
			if !p.wb {
				continue
			}
			for _, id := range p.lead {
				n++
				if l := litStrs[id]; l == "" || !isREWord(l[0]) {
					t.Errorf("a part led by %q after \\b:\n%s", l, r.pattern)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no part is led by literals after \\b")
	}
}
