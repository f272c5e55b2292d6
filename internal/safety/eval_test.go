package safety

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// evalFile is a labelled set to measure the screen on:
//
//	go test ./internal/safety -run TestEvalFile -v -args -file PATH
//
// Each line is a JSON object with id, text, concerning and category (as
// in /work/blind/safety/DEFINITIONS.md). Without -file the test measures
// the sets in testdata/safety of the repository.
var (
	evalFile = flag.String("file", "", "labelled JSONL file to measure the safety screen on")
	// quiet keeps the lines out of the output: for a sealed set, whose
	// misses must not be read.
	quiet = flag.Bool("quiet", false, "print the figures only, not the lines missed or flagged")
)

// Figures recorded on testdata/safety/tuning.jsonl (199 lines: 109
// concerning, 90 ordinary), the tuning part of a set labelled by a helper
// who had not seen the rules:
//
//	first run, before any change made after reading it:
//	  the phrase list this screen replaced  precision 1.000 (10/10)   recall 0.092 (10/109)
//	  this screen as first written          precision 0.978 (45/46)   recall 0.413 (45/109)
//	after fixing its misses by kind         precision 1.000 (107/107) recall 0.982 (107/109)
//
// Round 3 added the cues and the word-weight model; its first runs on
// new blind sets, and on two sealed sets of 320 lines (precision 0.929,
// recall 0.894; then 0.929, 0.900), are in testdata/safety/README.md.
//
// dev2.jsonl and dev3.jsonl, written by the rules' author in the style of
// the blind set after the tuning fixes (each before the rules saw it),
// first ran at precision 0.893, recall 0.347 (dev2), precision 0.976,
// recall 0.612 (dev3), precision 0.939, recall 0.500 (dev4) and
// precision 0.880, recall 0.550 (dev5): figures
// on lines the rules have not seen are the ones that count, and the
// sealed part of the blind set is the measure.

// target is the precision and recall the screen must reach.
const target = 0.90

type labelled struct {
	ID         string `json:"id"`
	Text       string `json:"text"`
	Concerning bool   `json:"concerning"`
	Category   string `json:"category"`
}

func readLabelled(t *testing.T, path string) []labelled {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var l labelled
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		if l.ID == "" {
			l.ID = fmt.Sprint(n)
		}
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// Scores are the screen's figures on a labelled set.
type scores struct {
	tp, fp, fn, tn int
	misses         []string // concerning lines let through
	alarms         []string // ordinary lines flagged
	byCat          map[string][2]int
}

func (s scores) precision() float64 {
	if s.tp+s.fp == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fp)
}

func (s scores) recall() float64 {
	if s.tp+s.fn == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fn)
}

func measure(set []labelled) scores {
	s := scores{byCat: map[string][2]int{}}
	for _, l := range set {
		cs := Screen(l.Text)
		got := len(cs) > 0
		c := s.byCat[l.Category]
		c[1]++
		switch {
		case got && l.Concerning:
			s.tp++
			c[0]++
		case got && !l.Concerning:
			s.fp++
			s.alarms = append(s.alarms, fmt.Sprintf("%s %q (flagged %s: %q)", l.ID, l.Text, cs[0].Kind, cs[0].Quote))
		case !got && l.Concerning:
			s.fn++
			s.misses = append(s.misses, fmt.Sprintf("%s [%s] %q", l.ID, l.Category, l.Text))
		default:
			s.tn++
			c[0]++
		}
		s.byCat[l.Category] = c
	}
	return s
}

func report(t *testing.T, name string, s scores) {
	t.Logf("%s: %d lines, precision %.3f (%d/%d), recall %.3f (%d/%d)", name, s.tp+s.fp+s.fn+s.tn,
		s.precision(), s.tp, s.tp+s.fp, s.recall(), s.tp, s.tp+s.fn)
	cats := make([]string, 0, len(s.byCat))
	for c := range s.byCat {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		t.Logf("  %-17s %3d/%-3d right", c, s.byCat[c][0], s.byCat[c][1])
	}
	if *quiet {
		return
	}
	for _, m := range s.misses {
		t.Logf("  miss:  %s", m)
	}
	for _, a := range s.alarms {
		t.Logf("  alarm: %s", a)
	}
}

// TestEvalFile prints precision, recall and every miss and false alarm on
// a labelled set, and fails below the target.
func TestEvalFile(t *testing.T) {
	files := []string{*evalFile}
	// go test runs in the package's folder: a relative path given from the
	// repository's root is found there too.
	if f := *evalFile; f != "" && !filepath.IsAbs(f) {
		if _, err := os.Stat(f); err != nil {
			files[0] = filepath.Join("..", "..", f)
		}
	}
	if *evalFile == "" {
		files, _ = filepath.Glob(filepath.Join("..", "..", "testdata", "safety", "*.jsonl"))
		if len(files) == 0 {
			t.Skip("no labelled sets in testdata/safety")
		}
	}
	for _, f := range files {
		s := measure(readLabelled(t, f))
		report(t, f, s)
		if s.precision() < target || s.recall() < target {
			t.Errorf("%s: precision %.3f, recall %.3f; want both >= %.2f", f, s.precision(), s.recall(), target)
		}
	}
}
