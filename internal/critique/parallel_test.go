package critique

import (
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

// TestRulesInTwoHalvesSameReport: a long draft's rules run in two halves
// at once (see ruleHits); its report must be the one a single core gives,
// finding for finding.
func TestRulesInTwoHalvesSameReport(t *testing.T) {
	ds, err := ReadLabelledFile(filepath.Join("..", "..", "testdata", "critique", "blind-v4-tuning.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	// Drafts of several lengths over the threshold, each made of many
	// labelled drafts, so that most rules find something.
	var drafts []string
	var b strings.Builder
	for _, d := range ds {
		b.WriteString(d.Text)
		b.WriteString("\n\n")
		if b.Len() > MaxBytes-2000 {
			break
		}
		if n := b.Len(); n > parallelRuleBytes && len(drafts) < 3 && n > (len(drafts)+1)*5000 {
			drafts = append(drafts, b.String())
		}
	}
	drafts = append(drafts, b.String())
	prev := runtime.GOMAXPROCS(0)
	defer runtime.GOMAXPROCS(prev)
	for _, text := range drafts {
		for _, kind := range []Kind{KindApology, KindReachOut} {
			runtime.GOMAXPROCS(1)
			one := Check(text, kind)
			runtime.GOMAXPROCS(2)
			two := Check(text, kind)
			if !reflect.DeepEqual(one, two) {
				t.Fatalf("%d bytes, %s: two halves gave another report:\none: %+v\ntwo: %+v", len(text), kind, one.Findings, two.Findings)
			}
			if len(one.Findings) < 10 {
				t.Fatalf("%d bytes, %s: only %d findings; the draft should exercise many rules", len(text), kind, len(one.Findings))
			}
		}
	}
}
