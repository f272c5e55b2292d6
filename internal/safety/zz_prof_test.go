package safety

import (
	"os"
	"testing"
)

func BenchmarkZZScreen20K(b *testing.B) {
	d, _ := os.ReadFile("/tmp/s11/draft20k.txt")
	s := string(d)
	for i := 0; i < b.N; i++ {
		Screen(s)
	}
}

func BenchmarkZZScreen1K(b *testing.B) {
	d, _ := os.ReadFile("/tmp/s11/draft.txt")
	s := string(d)
	for i := 0; i < b.N; i++ {
		Screen(s)
	}
}
