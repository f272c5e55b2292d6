package transcripts

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/amends-cli/amends/internal/store"
)

func TestListCountsOnlyLinesThatStand(t *testing.T) {
	s := newStore(t)
	w, err := s.Create(Header{ID: "s1"})
	if err != nil {
		t.Fatal(err)
	}
	mustAppend(t, w,
		Event{Type: EventUser, Text: "one"}, Event{Type: EventPartner, Text: "a"},
		Event{Type: EventUser, Text: "two"}, Event{Type: EventPartner, Text: "b"},
		Event{Type: EventUndo},
		Event{Type: EventUser, Text: "three"},
	)
	w.Close()
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].UserTurns != 2 {
		t.Fatalf("List = %+v; want one session with 2 lines standing (one taken back)", list)
	}
}

// The second listing takes its summaries from the index: a transcript
// overwritten behind its back (same size, same modification time) is not
// read again; once its modification time moves, it is.
func TestListReadsOnlyWhatChanged(t *testing.T) {
	s := newStore(t)
	for _, id := range []string{"20261129-024312-aaaa", "20261129-024313-bbbb"} {
		w, err := s.Create(Header{ID: id, Scenario: []byte(`{"name":"friend","who":"Sam"}`)})
		if err != nil {
			t.Fatal(err)
		}
		mustAppend(t, w, Event{Type: EventUser, Text: "hi"})
		w.Close()
	}
	if _, err := s.List(); err != nil {
		t.Fatal(err)
	}
	checkMode(t, filepath.Join(s.Dir(), store.IndexFile), store.FilePerm)

	path := s.Path("20261129-024312-aaaa")
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, bytes.Repeat([]byte("x"), int(fi.Size())), store.FilePerm); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(path, fi.ModTime(), fi.ModTime())
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, sum := range list {
		if sum.Problem != "" || sum.With != "Sam" || sum.UserTurns != 1 {
			t.Errorf("from the index: %+v", sum)
		}
	}

	later := fi.ModTime().Add(time.Second)
	os.Chtimes(path, later, later)
	list, _ = s.List()
	for _, got := range list {
		if got.ID == "20261129-024312-aaaa" && got.Problem == "" {
			t.Errorf("a changed file was not read again: %+v", got)
		}
	}
}

func TestListRebuildsAMissingOrDamagedIndex(t *testing.T) {
	s := newStore(t)
	w, _ := s.Create(Header{ID: "20261129-024312-aaaa", Model: "m"})
	mustAppend(t, w, Event{Type: EventUser, Text: "hi"})
	w.Close()
	idx := filepath.Join(s.Dir(), store.IndexFile)
	for name, content := range map[string]string{
		"garbage":       "not json at all\n{{{\n",
		"other version": "amends index 1\ttranscript\t1\n20261129-024312-aaaa\t1\t1\tstale\n",
		"damaged line":  "",
	} {
		t.Run(name, func(t *testing.T) {
			if content != "" {
				os.WriteFile(idx, []byte(content), store.FilePerm)
			} else {
				data, _ := os.ReadFile(idx)
				os.WriteFile(idx, append(data, []byte("20261129-024312-aaaa\t12")...), store.FilePerm)
			}
			list, err := s.List()
			if err != nil || len(list) != 1 || list[0].Model != "m" || list[0].UserTurns != 1 {
				t.Fatalf("List = %+v, %v", list, err)
			}
			data, _ := os.ReadFile(idx)
			if !bytes.HasPrefix(data, []byte("amends index 1\ttranscript\t")) {
				t.Errorf("index not rebuilt: %q", data)
			}
		})
	}
}

func TestRemoveForgetsTheSummary(t *testing.T) {
	s := newStore(t)
	for _, id := range []string{"20261129-024312-aaaa", "20261129-024313-bbbb"} {
		w, _ := s.Create(Header{ID: id, Scenario: []byte(`{"who":"Person-` + id[16:] + `"}`)})
		w.Close()
	}
	s.List()
	if err := s.Remove("20261129-024312-aaaa"); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(s.Dir(), store.IndexFile))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "aaaa") || !strings.Contains(string(data), "Person-bbbb") {
		t.Errorf("index after rm:\n%s", data)
	}
}

func TestResolveLastWithHandChosenIDs(t *testing.T) {
	s := newStore(t)
	for i, id := range []string{"b", "a"} {
		w, _ := s.Create(Header{ID: id, Started: t0.AddDate(0, 0, i)})
		w.Close()
	}
	if got, err := s.Resolve(Last); err != nil || got != "a" {
		t.Errorf("Resolve(last) = %q, %v; want the newest by start time, a", got, err)
	}
}

func TestOpenCreatesNothing(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "later", "transcripts")
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if list, err := s.List(); err != nil || len(list) != 0 {
		t.Errorf("List of a missing folder: %v, %v", list, err)
	}
	if _, err := s.Resolve(Last); err == nil {
		t.Error("Resolve(last) in a missing folder succeeded")
	}
	if _, err := os.Stat(filepath.Dir(dir)); err == nil {
		t.Error("Open, List or Resolve created a folder")
	}
}

func TestResolveLastSkipsWhatDoesNotRead(t *testing.T) {
	s := newStore(t)
	w, _ := s.Create(Header{ID: "20261129-024312-aaaa"})
	w.Close()
	writeRaw(t, s, "20261130-000000-bbbb", "not a transcript\n")
	id, skipped, err := s.ResolveReadable(Last)
	if err != nil || id != "20261129-024312-aaaa" || len(skipped) != 1 || skipped[0].ID != "20261130-000000-bbbb" || skipped[0].Problem == "" {
		t.Errorf("ResolveReadable(last) = %q, %+v, %v", id, skipped, err)
	}
	if _, err := os.Stat(filepath.Join(s.Dir(), store.IndexFile)); err == nil {
		t.Error("resolving last built the list index: it should read headers only")
	}
}
