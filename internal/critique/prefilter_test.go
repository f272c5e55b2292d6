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
	texts := []string{"", "??", "🙄 whatever.", "Sorry, OK? Fine, I'm sorry!!", "I'd like to apologise. I apologize!"}
	for i, d := range ds {
		texts = append(texts, d.Text, strings.ToUpper(d.Text))
		if i > 0 {
			texts = append(texts, ds[i-1].Text+" "+d.Text)
		}
	}
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
