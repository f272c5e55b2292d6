package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestMedianAndRatio(t *testing.T) {
	ss := []sample{{wall: 5}, {wall: 1}, {wall: 9}, {wall: 3}}
	if got := median(ss, wallOf); got != 4 {
		t.Errorf("median of 1 3 5 9 = %v, want 4", got)
	}
	if got := median(ss[:3], wallOf); got != 5 {
		t.Errorf("median of 5 1 9 = %v, want 5", got)
	}
	if got := ratio(3*time.Millisecond, 2*time.Millisecond); got != 1.5 {
		t.Errorf("ratio = %v", got)
	}
}

func TestReadRows(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rows.tsv")
	os.WriteFile(path, []byte("# comment\n\nlist\t4\t/bin/a list\tversion\t/bin/a version\n"), 0o600)
	rows, err := readRows(path)
	if err != nil || len(rows) != 1 || rows[0].max != 4 || len(rows[0].a) != 2 || rows[0].anchorName != "version" {
		t.Fatalf("readRows = %+v, %v", rows, err)
	}
	os.WriteFile(path, []byte("list\tfour\t/bin/a\tv\t/bin/b\n"), 0o600)
	if _, err := readRows(path); err == nil {
		t.Error("a bad ratio was accepted")
	}
}

// Alternation: the two commands take turns, and each sample lands on its
// own side whichever went first.
func TestMeasureAlternates(t *testing.T) {
	r := row{a: []string{"true"}, b: []string{"sh", "-c", "exit 0"}}
	as, bs, err := measure(r, 4, 0)
	if err != nil {
		t.Skip("no true or sh here:", err)
	}
	if len(as) != 4 || len(bs) != 4 {
		t.Fatalf("%d and %d samples", len(as), len(bs))
	}
	for i := range as {
		if as[i].wall <= 0 || bs[i].wall <= 0 {
			t.Errorf("run %d: %v %v", i, as[i], bs[i])
		}
	}
}
