package critique

import (
	"os"
	"testing"
)

func TestZZProfOnce(t *testing.T) {
	switch os.Getenv("PROF_MODE") {
	case "build":
		build()
	case "line":
		CheckLine("Hi Sam.")
	case "line2":
		CheckLine("I'm sorry.")
		CheckLine("Hi Sam.")
	case "draft":
		b, _ := os.ReadFile("/tmp/perf2/draft.txt")
		Check(string(b), KindApology)
	}
}
