package critique

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"testing"
)

// TestEngineFindsWhatRegexpFinds runs every rule two ways over a sample
// of the labelled drafts and the cases of check_test.go: through the engine (parts, literal
// prefilters, anchored tries, sentence by sentence) and through package
// regexp over the whole normalised text. Every regexp match that stays
// within one sentence and within maxSpan must be found by the engine
// too, at the same place (the start of the group the rule quotes), and
// every match of the engine must be a match of the pattern where it
// starts. The
// stored-program test compares programs part by part; this one compares
// what a reader sees, and would have caught the \b before "'d" that the
// engine never matched.
func TestEngineFindsWhatRegexpFinds(t *testing.T) {
	build()
	files, _ := filepath.Glob("../../testdata/critique/*.jsonl")
	spent, _ := filepath.Glob("../../testdata/critique/spent/blind-*-sealed.jsonl")
	files = append(files, spent...)
	if len(files) == 0 {
		t.Fatal("no labelled drafts in testdata/critique")
	}
	var texts []string
	for _, f := range files {
		ds, err := ReadLabelledFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, d := range ds {
			if i%diffEvery(testing.Short()) == 0 {
				texts = append(texts, d.Text)
			}
		}
	}
	// The shapes the rules were written for, firing and not.
	for _, tc := range categoryCases {
		texts = append(append(texts, tc.fire...), tc.notFire...)
	}
	for _, tc := range roundElevenRules {
		texts = append(texts, tc.text)
	}
	for _, tc := range append(roundTwelveRules, roundTwelveClean...) {
		texts = append(texts, tc.text)
	}
	docs := make([]*doc, len(texts))
	for i, s := range texts {
		docs[i] = newDoc(s)
	}
	missed, extra := 0, 0
	for ri, r := range allRules() {
		re := regexp.MustCompile(r.pattern)
		for _, d := range docs {
			var got []int
			for _, m := range d.matches(r) {
				got = append(got, m[2*r.group])
			}
			want := re.FindAllStringSubmatchIndex(d.norm, -1)
			// The other way: each place the engine reports is a match of
			// the pattern starting there. (Not a match of the whole text's
			// scan: an engine part may match inside another alternative's
			// match, which the single scan steps over.)
			for _, m := range d.matches(r) {
				if loc := re.FindStringIndex(d.norm[m[0]:]); loc == nil || loc[0] != 0 {
					extra++
					if extra <= 20 {
						t.Errorf("rule %d (%s): the engine finds %q where regexp finds no match", ri, r.cat, diffSnippet(d.norm, m[0]))
					}
				}
			}
			for _, m := range want {
				gs, ge := m[2*r.group], m[2*r.group+1]
				if gs < 0 || m[1]-m[0] > maxSpan || gs == ge {
					continue
				}
				if _, end := d.sentence(gs); ge > end+1 {
					continue
				}
				if !slices.Contains(got, gs) {
					missed++
					if missed <= 20 {
						t.Errorf("rule %d (%s): the engine misses %q in %q", ri, r.cat, d.norm[gs:ge], diffSnippet(d.norm, gs))
					}
				}
			}
		}
	}
	t.Logf("%d drafts, %d rules, %d missed, %d found only by the engine", len(docs), len(allRules()), missed, extra)
}

func diffEvery(short bool) int {
	if short {
		return 200
	}
	return 40
}

func diffSnippet(s string, p int) string {
	a, b := max(0, p-40), min(len(s), p+60)
	return fmt.Sprintf("...%s...", s[a:b])
}
