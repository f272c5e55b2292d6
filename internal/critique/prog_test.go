package critique

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// allTestdataTexts returns the text of every draft in testdata/critique
// (every .jsonl file, the spent sets included) with its kind.
func allTestdataTexts(t testing.TB) []Labelled {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dataDir, func(path string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(path, ".jsonl") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	var out []Labelled
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			var d struct {
				ID, Text, Kind string
			}
			if err := json.Unmarshal([]byte(line), &d); err != nil {
				t.Fatalf("%s:%d: %v", f, i+1, err)
			}
			kind := KindApology
			if d.Kind == string(KindReachOut) {
				kind = KindReachOut
			}
			out = append(out, Labelled{ID: d.ID, Text: d.Text, Kind: kind})
		}
	}
	if len(out) < 500 {
		t.Fatalf("only %d drafts in %s", len(out), dataDir)
	}
	return out
}

// withRegexp runs f with every matcher on package regexp.
func withRegexp(f func()) {
	forceRegexp = true
	defer func() { forceRegexp = false }()
	f()
}

// The stored programs give the reports package regexp gives: every
// draft of testdata/critique, as it is, upper-cased and as one line of
// practice, through both.
func TestReportsSameWithStoredPrograms(t *testing.T) {
	build()
	if _, _, ok := progHeader(); !ok {
		t.Fatal("rules_prog.bin does not match the rules: run go generate ./internal/critique/")
	}
	for _, d := range allTestdataTexts(t) {
		kind := d.Kind
		for _, text := range []string{d.Text, strings.ToUpper(d.Text)} {
			got, _ := json.Marshal([]Report{Check(text, kind), CheckLine(text)})
			var want []byte
			withRegexp(func() { want, _ = json.Marshal([]Report{Check(text, kind), CheckLine(text)}) })
			if string(got) != string(want) {
				t.Fatalf("%s: reports differ with the stored programs:\n got %s\nwant %s", d.ID, got, want)
			}
		}
	}
}

// progTexts returns inputs for comparing programs with package regexp:
// drafts, their sentences and the text after every word start.
func progTexts(t testing.TB) []string {
	var out []string
	ds := allTestdataTexts(t)
	for i, d := range ds {
		n := newDoc(d.Text).norm
		out = append(out, n)
		if i%8 != 0 {
			continue
		}
		d := newDoc(n)
		last := -1
		for p := 0; p < len(n); p++ {
			if p == 0 || n[p-1] == ' ' {
				if a, b := d.sentence(p); a != last {
					out = append(out, n[a:b])
					last = a
				}
				if i%16 == 0 {
					out = append(out, n[p:min(len(n), p+240)])
				}
			}
		}
	}
	return out
}

// allMatchers returns a matcher of every part of every rule and signal
// and of every lazyRE, with the regexp it stands for.
func allMatchers(t testing.TB) (ms []*matcher, res []*regexp.Regexp) {
	build()
	for _, r := range allRules() {
		for k := range r.nparts {
			m := r.matcher(k)
			if m.prog == nil {
				t.Fatalf("no stored program for a part of %q", r.pattern)
			}
			ms = append(ms, m)
		}
	}
	for _, src := range lazySrcs {
		m := &matcher{src: src, prog: lazyProg(src)}
		if m.prog == nil {
			t.Fatalf("no stored program for %q", src)
		}
		ms = append(ms, m)
	}
	for _, m := range ms {
		res = append(res, regexp.MustCompile(m.pattern()))
	}
	return ms, res
}

func compareMatcher(t *testing.T, m *matcher, re *regexp.Regexp, s string) {
	t.Helper()
	if got, want := m.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("%s\non %q: FindAllStringSubmatchIndex %v, regexp %v", m.pattern(), s, got, want)
	}
	if got, want := m.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
		t.Fatalf("%s\non %q: FindStringSubmatchIndex %v, regexp %v", m.pattern(), s, got, want)
	}
	if got, want := m.FindStringIndex(s), re.FindStringIndex(s); !slices.Equal(got, want) {
		t.Fatalf("%s\non %q: FindStringIndex %v, regexp %v", m.pattern(), s, got, want)
	}
	if got, want := m.MatchString(s), re.MatchString(s); got != want {
		t.Fatalf("%s\non %q: MatchString %v, regexp %v", m.pattern(), s, got, want)
	}
	if m.NumSubexp() != re.NumSubexp() {
		t.Fatalf("%s: NumSubexp %d, regexp %d", m.pattern(), m.NumSubexp(), re.NumSubexp())
	}
}

// Every stored program finds what package regexp finds, on drafts, their
// sentences and their tails, and on edge cases.
func TestStoredProgramsMatchRegexp(t *testing.T) {
	ms, res := allMatchers(t)
	texts := append(progTexts(t), "", " ", "i", "i'm sorry", "\n\n", "sorry\xff\xfe i", "é i was wrong é", "i\u2019m sorry i was wrong!!")
	matched := 0
	for _, s := range texts {
		for i, m := range ms {
			if !res[i].MatchString(s) {
				if m.MatchString(s) {
					t.Fatalf("%s\nmatches %q; regexp does not", m.pattern(), s)
				}
				continue
			}
			matched++
			compareMatcher(t, m, res[i], s)
		}
	}
	if matched < 1000 {
		t.Fatalf("only %d matches compared", matched)
	}
	t.Logf("%d texts, %d programs, %d matching pairs compared", len(texts), len(ms), matched)
}

// Patterns that exercise what the checker's patterns hardly use: empty
// matches, line and text anchors, any-rune, non-ASCII classes.
func TestBacktrackerEdgeCases(t *testing.T) {
	srcs := []string{`a*`, `(a|ab)(c|bcd)(d*)`, `^$`, `(?m)^\w+$`, `\b`, `\B`, `x*?`, `.`, `(?s).+`, `[^a-z]+`, `[é-ü]+\b`, `(a)|(b)`, `\A(?:i)\z`, `(?:)`, `a{2,3}`, `(?m:$)`}
	texts := []string{"", "a", "aaa", "abcd", "ab\ncd\n", "é ü x", "\xff\xfe", "i", "xxaaa b", "a\nb"}
	for _, src := range srcs {
		b := encodeProg(src)
		if b == nil {
			t.Fatalf("%s: not encoded", src)
		}
		m := &matcher{src: src, prog: progAt(string(b))}
		re := regexp.MustCompile(src)
		for _, s := range texts {
			compareMatcher(t, m, re, s)
		}
	}
}

func FuzzStoredPrograms(f *testing.F) {
	for _, d := range loadDrafts(f)[:50] {
		f.Add(newDoc(d.Text).norm)
	}
	ms, res := allMatchers(f)
	f.Fuzz(func(t *testing.T, s string) {
		for i, m := range ms {
			compareMatcher(t, m, res[i], s)
		}
	})
}
