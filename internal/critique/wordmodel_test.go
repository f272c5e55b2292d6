package critique

import (
	"math"
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
				got, want := table.LogitsOf(idx), byName.Logits(wordFeatures(sents, d.Kind))
				for k := range want {
					if got[k] != want[k] {
						t.Fatalf("%s: %s %s output %d: %v by position, %v by name", g.file, f, d.ID, k, got[k], want[k])
					}
				}
				clipped := byName.Logits([]string{"#k:" + string(d.Kind)})
				uniq := sentenceFeatureSets(idx, ends)
				for j, s := range sents {
					for k := 0; k < table.Out; k++ {
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
