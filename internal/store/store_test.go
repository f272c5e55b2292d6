package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var testKind = Kind{
	Noun: "note", Ext: ".txt",
	ValidID: func(id string) bool { return id != "" && id != Last && !strings.ContainsAny(id, "/.") },
	Timed:   func(id string) bool { return strings.HasPrefix(id, "t") },
}

func newDir(t *testing.T, files ...string) *Dir {
	t.Helper()
	path := filepath.Join(t.TempDir(), "notes")
	d, err := Open(path, testKind)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Mkdir(); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if err := os.WriteFile(d.File(f), []byte("text of "+f), FilePerm); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

func TestResolve(t *testing.T) {
	d := newDir(t, "t1", "t3", "t20", "x9", "ab", "abc")
	for ref, want := range map[string]string{"last": "t3", "x": "x9", "ab": "ab", "t2": "t20"} {
		if got, err := d.Resolve(ref, nil); err != nil || got != want {
			t.Errorf("Resolve(%q) = %q, %v; want %q", ref, got, err, want)
		}
	}
	var amb *AmbiguousError
	if _, err := d.Resolve("t", nil); !errors.As(err, &amb) || len(amb.Matches) != 3 || amb.Noun != "notes" {
		t.Errorf("Resolve(t): %v", err)
	}
	if _, err := d.Resolve("zz", nil); !errors.Is(err, ErrNotFound) {
		t.Errorf("Resolve(zz): %v", err)
	}
	var inv *InvalidIDError
	if _, err := d.Resolve("../x", nil); !errors.As(err, &inv) {
		t.Errorf("Resolve(../x): %v", err)
	}
	untimed := newDir(t, "a", "b")
	called := false
	got, err := untimed.Resolve(Last, func() (string, error) { called = true; return "a", nil })
	if !called || got != "a" || err != nil {
		t.Errorf("Resolve(last) with no timed id: %q, %v (newest called: %v)", got, err, called)
	}
}

type note struct{ Text string }

func TestIndexRoundTripsAnyText(t *testing.T) {
	d := newDir(t, "t1", "t2")
	odd := "tab\there, new\nline, back\\slash\\t, \\n and \r"
	reads := 0
	ix := Index[note]{
		Dir: d, Version: 3,
		Build:  func(id string) (note, bool) { reads++; return note{Text: odd + id}, true },
		Encode: func(n note) []string { return []string{n.Text} },
		Decode: func(f []string) (note, bool) { return note{Text: f[0]}, len(f) == 1 },
	}
	for round := range 2 {
		items, err := ix.List()
		if err != nil || len(items) != 2 {
			t.Fatalf("round %d: %v, %v", round, items, err)
		}
		for _, it := range items {
			if it.Summary.Text != odd+it.ID {
				t.Errorf("round %d: %s = %q", round, it.ID, it.Summary.Text)
			}
		}
	}
	if reads != 2 {
		t.Errorf("%d reads for two entries listed twice; want 2", reads)
	}
	// Another version: everything is read again.
	ix.Version = 4
	ix.List()
	if reads != 4 {
		t.Errorf("%d reads after a version change; want 4", reads)
	}
	if err := d.Remove("t1"); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(filepath.Join(d.Path(), IndexFile))
	if strings.Contains(string(data), "t1\t") || !strings.Contains(string(data), "t2\t") {
		t.Errorf("index after Remove(t1):\n%s", data)
	}
}
