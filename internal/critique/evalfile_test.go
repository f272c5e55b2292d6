package critique

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var evalFile = flag.String("file", "", "labelled JSONL file for TestEvalFile (or AMENDS_EVAL_FILE)")

// TestEvalFile prints the critic's figures on any labelled file:
//
//	go test ./internal/critique -run TestEvalFile -v -args -file PATH
//	AMENDS_EVAL_FILE=PATH go test ./internal/critique -run TestEvalFile -v
//	make eval-critic FILE=PATH
//
// PATH is absolute or relative to the module root.
//
// per element accuracy (false positives and negatives apart), per
// category recall and precision, clean drafts with a high-severity
// finding, and the AUC of clean against defective scores. It asserts
// nothing about the figures; -v also lists every miss. With -texting each
// draft is first rewritten as textingStyle does.
func TestEvalFile(t *testing.T) {
	path := *evalFile
	if path == "" {
		path = os.Getenv("AMENDS_EVAL_FILE")
	}
	if path == "" {
		t.Skip("no -file PATH or AMENDS_EVAL_FILE given")
	}
	if _, err := os.Stat(path); err != nil && !filepath.IsAbs(path) {
		// go test runs in the package directory; a path given from the
		// module root is found there.
		if _, err2 := os.Stat(filepath.Join("..", "..", path)); err2 == nil {
			path = filepath.Join("..", "..", path)
		}
	}
	ds, err := ReadLabelledFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if *evalTexting {
		for i := range ds {
			ds[i].Text = textingStyle(ds[i].Text)
		}
	}
	Evaluate(ds).Write(os.Stdout, testing.Verbose())
}
