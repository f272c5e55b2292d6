package critique

import (
	"math"
	"slices"
	"strings"
	"testing"
)

// TestWordModelIndicesMatchFeatures: for both word models, the positions
// wordModelHits reads (draftIndices, looked up through the table's hash
// slots) give the same log-odds, bit for bit, as wordFeatures' strings
// searched by name; each sentence's weights sum as they do over its
// features by name; and the finding model's clipped reading is the kind's
// weights plus each sentence's sum where it is above zero.
func TestWordModelIndicesMatchFeatures(t *testing.T) {
	for _, g := range wordModelFiles {
		table := g.table
		byName := *table
		byName.Slots = nil // binary search of the sorted names
		drafts := 0
		for _, f := range wordTrainingFiles(t) {
			ds, err := ReadLabelledFile(f)
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			for _, d := range ds {
				drafts++
				sents := newDoc(d.Text).wordSentences()
				idx, ends := draftIndices(table, sents, d.Kind, 1)
				feats, groups := wordFeatures(sents, d.Kind)
				if !slices.Equal(ends, groups) {
					t.Fatalf("%s %s: sentence ends %v by position, %v by name", f, d.ID, ends, groups)
				}
				// One to one: the reading at run time meets every feature the
				// trainer made, in the same order (equal sums could hide a
				// feature lost or swapped).
				if len(idx) != len(feats) {
					t.Fatalf("%s %s: %d features by position, %d by name", f, d.ID, len(idx), len(feats))
				}
				for i, ft := range feats {
					if want := int32(byName.Index(ft)); idx[i] != want {
						t.Fatalf("%s %s: feature %d (%q) at %d by position, %d by name", f, d.ID, i, ft, idx[i], want)
					}
				}
				got, want := table.LogitsOf(idx), byName.Logits(feats)
				for k := range want {
					if got[k] != want[k] {
						t.Fatalf("%s: %s %s output %d: %v by position, %v by name", g.file, f, d.ID, k, got[k], want[k])
					}
				}
				clipped := byName.Logits([]string{"#k:" + string(d.Kind)})
				uniq := sentenceFeatureSets(idx, ends)
				step := 5 // every output only where the clipped reading needs them
				if table == &wordFindModel {
					step = 1
				}
				for j, s := range sents {
					for k := 0; k < table.Out; k += step {
						w, seen := 0.0, map[string]bool{}
						for _, f := range sentenceFeatures(s, nil) {
							if !seen[f] {
								seen[f] = true
								if i := byName.Index(f); i >= 0 {
									w += byName.Weight(i, k)
								}
							}
						}
						clipped[k] += max(w, 0)
						if k%5 != 0 {
							continue
						}
						v := 0.0
						for _, i := range uniq[j] {
							v += table.Weight(int(i), k)
						}
						if v != w {
							t.Fatalf("%s: %s %s sentence %d output %d: %v by position, %v by name", g.file, f, d.ID, j, k, v, w)
						}
					}
				}
				if table == &wordFindModel {
					cl := table.ClippedLogitsOf(idx, ends)
					for k := range cl {
						if math.Abs(cl[k]-clipped[k]) > 1e-9 {
							t.Fatalf("%s: %s %s output %d: clipped %v, by name %v", g.file, f, d.ID, k, cl[k], clipped[k])
						}
					}
				}
			}
		}
		if drafts < 100 {
			t.Fatalf("only %d drafts read", drafts)
		}
	}
}

// TestReadsOtherWay: the sentences where a learnt finding would quote
// words that say the opposite of its category, and their look-alikes that
// do not.
func TestReadsOtherWay(t *testing.T) {
	cases := []struct {
		cat, text string
		want      bool
	}{
		{CatButClause, "I was ashamed, but you deserved to know.", true},
		{CatButClause, "But if you need more time, that's fine.", true},
		{CatButClause, "I'm sorry, but you started it.", false},
		{CatButClause, "I'm sorry I was late, but if you need more time that's fine, but you were late too.", false},
		{CatButClause, "I'm sorry I was late.", false},
		{CatJustification, "I was ashamed, but you deserved to know, and hiding it made things worse.", true},
		{CatJustification, "I was only being honest, but someone had to say it.", false},
		{CatAnnounced, "Do you want to apologise to Mum first?", true},
		{CatAnnounced, "Do you want to apologise to Mum first?\n\nBest,\nAnita", true},
		{CatAnnounced, "I needed to apologise to the client for the delay.", true},
		{CatAnnounced, "I want to apologise for Friday.", false},
		{CatAnnounced, "I just wanted to say sorry.", false},
		{CatAnnounced, "I've been thinking about Friday.", false},
		{CatCriticism, "You always try to keep the peace.", true},
		{CatCriticism, "You always make a scene.", false},
		{CatExcuse, "I'd had a few drinks, but that's no excuse.", true},
		{CatExcuse, "I'd had a few drinks.", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		if got := d.readsOtherWay(c.cat, 0, len(d.norm)); got != c.want {
			t.Errorf("%s on %q: reads the other way %v, want %v", c.cat, c.text, got, c.want)
		}
	}
}

// TestAddedOtherWaySentenceKeepsLearnt: a sentence that reads the other
// way, added after the first sentence or at the end of a labelled draft,
// never takes away a learnt finding (such sentences count for nothing
// toward it). An excuse disowned by the next sentence is the documented
// exception, so no disowning sentence is added here.
func TestAddedOtherWaySentenceKeepsLearnt(t *testing.T) {
	adds := []string{
		"I was ashamed, but you deserved to know.",
		"But if you need more time, that's fine.",
		"Do you want to apologise to Mum first?",
		"I needed to apologise to the client for the delay.",
		"You always try to keep the peace.",
	}
	drafts, tried := 0, 0
	for _, f := range wordTrainingFiles(t) {
		ds, err := ReadLabelledFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range ds {
			var learnt []string
			for _, fd := range Check(d.Text, d.Kind).Findings {
				if fd.Learned {
					learnt = append(learnt, fd.Category)
				}
			}
			if len(learnt) == 0 || drafts >= 400 {
				continue
			}
			drafts++
			for _, add := range adds {
				// A draft without a closing stop gets one, or the added
				// sentence would run on into its last one.
				end := strings.TrimRight(d.Text, " \n")
				if !strings.ContainsAny(end[len(end)-1:], ".!?") {
					end += "."
				}
				texts := []string{end + " " + add}
				if i := strings.Index(d.Text, ". "); i > 0 {
					texts = append(texts, d.Text[:i+2]+add+" "+d.Text[i+2:])
				}
				for _, txt := range texts {
					tried++
					got := cats(Check(txt, d.Kind))
					for _, c := range learnt {
						if !got[c] {
							t.Errorf("%s: %q added, the learnt %s is gone", d.ID, add, c)
						}
					}
				}
			}
		}
	}
	if drafts < 100 {
		t.Fatalf("only %d drafts with a learnt finding", drafts)
	}
	t.Logf("%d variants of %d drafts", tried, drafts)
}

// TestNamesActApologisedFor: a sentence that apologises for an act the
// rules count, placed in time or space, does not count toward a learnt
// vague; an act with no time or place, a bare "when" or "at all", or a
// judgement of the writer ("I was a dick") still does.
func TestNamesActApologisedFor(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"I'm sorry for how I treated you at the wedding.", true},
		{"I'm sorry I shouted at you last night.", true},
		{"I'm sorry I mocked your job in front of your parents.", true},
		{"I'm sorry for how I treated you.", false},
		{"I'm sorry for how I treated you when things got bad.", false},
		{"I'm sorry for how I treated you during everything.", false},
		{"I'm sorry for how I treated you in the past.", false},
		{"I'm sorry for how I treated you at the time.", false},
		{"sorry i was a dick at the cricket", false},
		{"I shouted at you at the wedding.", false},
	} {
		d := newDoc(tc.text)
		d.apologies = d.findIFID()
		if got := d.namesActApologisedFor(0, len(d.norm)); got != tc.want {
			t.Errorf("%q: namesActApologisedFor %v, want %v", tc.text, got, tc.want)
		}
	}
}
