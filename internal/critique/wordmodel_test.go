package critique

import (
	"testing"
)

// TestWordModelIndicesMatchFeatures: the positions wordModelHits reads
// (sentenceIndices, looked up through the table's hash slots) give the
// same log-odds, bit for bit, as wordFeatures' strings searched by name,
// and each sentence's weights sum as they do over its features by name.
func TestWordModelIndicesMatchFeatures(t *testing.T) {
	byName := wordModel
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
			idx := []int32{int32(wordModel.Index("#k:" + string(d.Kind)))}
			ends := []int{len(idx)}
			for _, s := range sents {
				idx = sentenceIndices(s, idx)
				ends = append(ends, len(idx))
			}
			got, want := wordModel.LogitsOf(idx), byName.Logits(wordFeatures(sents, d.Kind))
			for k := range want {
				if got[k] != want[k] {
					t.Fatalf("%s %s output %d: %v by position, %v by name", f, d.ID, k, got[k], want[k])
				}
			}
			uniq := sentenceFeatureSets(idx, ends)
			for j, s := range sents {
				for k := 0; k < wordModel.Out; k += 5 {
					w, seen := 0.0, map[string]bool{}
					for _, f := range sentenceFeatures(s, nil) {
						if !seen[f] {
							seen[f] = true
							if i := byName.Index(f); i >= 0 {
								w += byName.Weight(i, k)
							}
						}
					}
					v := 0.0
					for _, i := range uniq[j] {
						v += wordModel.Weight(int(i), k)
					}
					if v != w {
						t.Fatalf("%s %s sentence %d output %d: %v by position, %v by name", f, d.ID, j, k, v, w)
					}
				}
			}
		}
	}
	if drafts < 100 {
		t.Fatalf("only %d drafts read", drafts)
	}
}
