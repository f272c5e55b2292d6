package critique

import "testing"

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
