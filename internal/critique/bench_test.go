package critique

import (
	"strings"
	"sync"
	"testing"
)

// BenchmarkCheck runs the checker over the whole labelled set; b.SetBytes
// makes the result read in MB/s of drafts.
func BenchmarkCheck(b *testing.B) {
	ds := loadDrafts(b)
	total := 0
	for _, d := range ds {
		total += len(d.Text)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range ds {
			Check(d.Text, d.Kind)
		}
	}
}

// BenchmarkFirstCheck measures what a one-shot process (amends critique)
// pays for the rules: build and the first check of a 1 KB draft, which
// compiles the parts that draft may match. The few helper regexps that
// compile on first use (lazyRE) stay compiled after the first run.
func BenchmarkFirstCheck(b *testing.B) {
	var text string
	for _, d := range loadDrafts(b) {
		if len(text) >= 1000 {
			break
		}
		if d.Kind == KindApology {
			text += d.Text + " "
		}
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		resetRules()
		b.StartTimer()
		Check(text, KindApology)
	}
	b.StopTimer()
	resetRules()
}

// resetRules puts the rules back as a new process finds them.
func resetRules() {
	buildOnce = sync.Once{}
	for _, r := range allRules() {
		r.parts, r.run, r.nparts = nil, nil, 0
	}
	litStrs, litKeys = nil, nil
}

// BenchmarkCheckSize is what a one-shot process pays (build, compiling
// the parts the draft may match, one check) for a 1 KB and a 20 KB draft
// made of the same apology text; make bench compares the two (issue 12:
// 20 KB within 2.5 times 1 KB).
func BenchmarkCheckSize(b *testing.B) {
	var one string
	for _, d := range loadDrafts(b) {
		if len(one) >= 1000 {
			break
		}
		if d.Kind == KindApology && d.Source != "generated" {
			one += d.Text + " "
		}
	}
	one = one[:1000]
	big := strings.Repeat(one, 20)
	for _, c := range []struct {
		name, text string
	}{{"1KB", one}, {"20KB", big}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				b.StopTimer()
				resetRules()
				b.StartTimer()
				Check(c.text, KindApology)
			}
			b.StopTimer()
			resetRules()
		})
	}
}
