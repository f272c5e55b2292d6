package transcripts

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/amends-cli/amends/internal/store"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

// fixedClock returns a clock that starts at t0 and advances a second per call.
func fixedClock(t0 time.Time) func() time.Time {
	var mu sync.Mutex
	n := 0
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		n++
		return t0.Add(time.Duration(n-1) * time.Second)
	}
}

var t0 = time.Date(2026, 11, 29, 2, 43, 12, 0, time.UTC)

func newStore(t *testing.T) *Store {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "transcripts")
	if err := os.Mkdir(dir, store.DirPerm); err != nil {
		t.Fatal(err)
	}
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.Now = fixedClock(t0)
	return s
}

func mustAppend(t *testing.T, w *Writer, events ...Event) {
	t.Helper()
	for _, e := range events {
		if err := w.Append(e); err != nil {
			t.Fatal(err)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	s := newStore(t)
	h := Header{
		ID:       "20261129-024312-ab12",
		Model:    "llama3.2",
		Scenario: json.RawMessage(`{"name":"colleague","who":"Dana"}`),
		Options:  json.RawMessage(`{"nudge":true}`),
	}
	w, err := s.Create(h)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := w.Path(), filepath.Join(s.Dir(), "20261129-024312-ab12.jsonl"); got != want {
		t.Errorf("Path() = %q, want %q", got, want)
	}
	in := []Event{
		{Type: EventUser, Text: "I'm sorry I missed your birthday dinner.\nNo excuses."},
		{Type: EventPartner, Text: "You didn't even text <me> & that hurt.", Interrupted: true},
		{Type: EventCritique, Text: "score 70", Data: json.RawMessage(`{"score":70}`)},
		{Type: EventEnd},
	}
	mustAppend(t, w, in...)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if err := w.Append(Event{Type: EventNote}); !errors.Is(err, errClosed) {
		t.Errorf("Append after Close: %v, want errClosed", err)
	}

	got, warns, err := s.Read(h.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 0 {
		t.Errorf("warnings: %v", warns)
	}
	want := &Transcript{
		Header: Header{
			Type: "header", Format: 1, ID: h.ID, Started: t0, Model: "llama3.2",
			Scenario: h.Scenario, Options: h.Options,
		},
		Path: w.Path(),
	}
	for i, e := range in {
		e.Seq = i + 1
		e.Time = t0.Add(time.Duration(i+1) * time.Second)
		want.Events = append(want.Events, e)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("read back (-want +got):\n%s", d)
	}

	// One line per event, each ending in a newline; HTML left alone.
	raw, _ := os.ReadFile(w.Path())
	if n := bytes.Count(raw, []byte("\n")); n != 1+len(in) {
		t.Errorf("file has %d lines, want %d", n, 1+len(in))
	}
	if !bytes.Contains(raw, []byte(`<me> & that`)) {
		t.Errorf("text was escaped:\n%s", raw)
	}
	if !bytes.HasPrefix(raw, []byte(`{"type":"header","format":1,"id":"20261129-024312-ab12","started":"2026-11-29T02:43:12Z"`)) {
		t.Errorf("header line starts %q", raw[:min(len(raw), 100)])
	}
}

func TestCreateGeneratesID(t *testing.T) {
	s := newStore(t)
	w1, err := s.Create(Header{Model: "m"})
	if err != nil {
		t.Fatal(err)
	}
	w2, err := s.Create(Header{Model: "m"})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []*Writer{w1, w2} {
		if !strings.HasPrefix(w.ID(), "20261129-0243") || len(w.ID()) != len("20261129-024312-ab12") {
			t.Errorf("id %q does not look like 20261129-0243xx-xxxx", w.ID())
		}
		w.Close()
	}
	if w1.ID() == w2.ID() {
		t.Errorf("two sessions got the same id %q", w1.ID())
	}
}

func TestCreateRefusesExistingAndBadIDs(t *testing.T) {
	s := newStore(t)
	w, err := s.Create(Header{ID: "a"})
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	if _, err := s.Create(Header{ID: "a"}); !errors.Is(err, fs.ErrExist) {
		t.Errorf("Create over an existing transcript: %v, want ErrExist", err)
	}
	for _, id := range []string{"../escape", "a/b", ".hidden", "last", "sp ace"} {
		var bad *InvalidIDError
		if _, err := s.Create(Header{ID: id}); !errors.As(err, &bad) {
			t.Errorf("Create(%q): %v, want InvalidIDError", id, err)
		}
	}
}

func checkMode(t *testing.T, path string, want fs.FileMode) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := fi.Mode(); got != want {
		t.Errorf("%s: mode %v, want %v", path, got, want)
	}
}

func TestOpenReportsLooseDirectory(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permissions")
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	mode, loose := s.Loose()
	if !loose || mode != 0o755 {
		t.Errorf("Loose() = %v, %v; want 0755, true", mode, loose)
	}
	checkMode(t, dir, 0o755|fs.ModeDir) // reported, not changed

	if err := os.Chmod(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	s, _ = Open(dir)
	if _, loose := s.Loose(); loose {
		t.Error("a 0700 directory reported loose")
	}

	file := filepath.Join(dir, "file")
	os.WriteFile(file, nil, 0o600)
	if _, err := Open(file); err == nil {
		t.Error("Open on a regular file succeeded")
	}
}

// writeRaw writes a transcript file directly.
func writeRaw(t *testing.T, s *Store, id, content string) {
	t.Helper()
	if err := os.WriteFile(s.Path(id), []byte(content), store.FilePerm); err != nil {
		t.Fatal(err)
	}
}

const hdr = `{"type":"header","format":1,"id":"s1","started":"2026-11-29T02:43:12Z","model":"m"}` + "\n"

func TestReadDamaged(t *testing.T) {
	tests := []struct {
		name      string
		content   string
		wantTexts []string
		wantWarns []Warning
	}{
		{
			name:      "torn last line",
			content:   hdr + `{"seq":1,"type":"user","text":"one"}` + "\n" + `{"seq":2,"type":"partner","te`,
			wantTexts: []string{"one"},
			wantWarns: []Warning{{Line: 3, Msg: "incomplete last line (a write cut short, probably by a crash); skipped"}},
		},
		{
			name:      "complete last line without newline is kept",
			content:   hdr + `{"seq":1,"type":"user","text":"one"}`,
			wantTexts: []string{"one"},
		},
		{
			name:      "corrupt middle line",
			content:   hdr + `{"seq":1,"type":"user","text":"one"}` + "\n" + "\x00\x00garbage\n" + `{"seq":3,"type":"partner","text":"three"}` + "\n",
			wantTexts: []string{"one", "three"},
			wantWarns: []Warning{{Line: 3, Msg: "corrupt line skipped: invalid JSON at byte 1"}},
		},
		{
			name: "events without type or seq, a second header, blank lines",
			content: hdr + "\n" + `{"seq":1,"text":"no type"}` + "\n" + `{"type":"user","text":"no seq"}` + "\n" +
				hdr + `{"seq":2,"type":"user","text":"two"}` + "\r\n   \n",
			wantTexts: []string{"two"},
			wantWarns: []Warning{
				{Line: 3, Msg: "corrupt line skipped: event has no type"},
				{Line: 4, Msg: "corrupt line skipped: event has no valid seq (0)"},
				{Line: 5, Msg: "corrupt line skipped: a second header"},
			},
		},
		{
			name:      "wrong field type",
			content:   hdr + `{"seq":"1","type":"user"}` + "\n" + `{"seq":2,"type":"user","text":"two"}` + "\n",
			wantTexts: []string{"two"},
			wantWarns: []Warning{{Line: 2, Msg: `corrupt line skipped: field "seq" has the wrong type`}},
		},
		{
			name:      "seq out of order is kept",
			content:   hdr + `{"seq":2,"type":"user","text":"a"}` + "\n" + `{"seq":2,"type":"user","text":"b"}` + "\n",
			wantTexts: []string{"a", "b"},
			wantWarns: []Warning{{Line: 3, Msg: "event seq 2 does not follow 2; kept in file order"}},
		},
		{
			name:      "unknown event type is kept",
			content:   hdr + `{"seq":1,"type":"laugh","text":"ha"}` + "\n",
			wantTexts: []string{"ha"},
		},
		{
			name:      "newer format",
			content:   strings.Replace(hdr, `"format":1`, `"format":2`, 1) + `{"seq":1,"type":"user","text":"one","extra":{"x":1}}` + "\n",
			wantTexts: []string{"one"},
			wantWarns: []Warning{{Msg: "written in format 2 by a newer amends; read as format 1, some details may be missing"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t)
			writeRaw(t, s, "s1", tt.content)
			tr, warns, err := s.Read("s1")
			if err != nil {
				t.Fatal(err)
			}
			var texts []string
			for _, e := range tr.Events {
				texts = append(texts, e.Text)
			}
			if d := cmp.Diff(tt.wantTexts, texts); d != "" {
				t.Errorf("texts (-want +got):\n%s", d)
			}
			if d := cmp.Diff(tt.wantWarns, warns); d != "" {
				t.Errorf("warnings (-want +got):\n%s", d)
			}
		})
	}
}

func TestReadNotATranscript(t *testing.T) {
	for name, content := range map[string]string{
		"empty":           "",
		"blank":           "\n\n",
		"not json":        "hello\n",
		"event first":     `{"seq":1,"type":"user"}` + "\n",
		"torn header":     `{"type":"header","format":1,"id":"s1","sta`,
		"no format":       `{"type":"header","id":"s1"}` + "\n",
		"no id":           `{"type":"header","format":1}` + "\n",
		"header is array": `[1,2]` + "\n",
	} {
		t.Run(name, func(t *testing.T) {
			s := newStore(t)
			writeRaw(t, s, "s1", content)
			_, _, err := s.Read("s1")
			var fe *FormatError
			if !errors.As(err, &fe) || fe.Path != s.Path("s1") {
				t.Errorf("Read: %v, want a FormatError naming the file", err)
			}
		})
	}
	s := newStore(t)
	if _, _, err := s.Read("nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Read of a missing id: %v, want ErrNotFound", err)
	}
	if _, _, err := s.Read("../x"); err == nil {
		t.Error("Read accepted a path")
	}
}

func TestReadWarnsOnHeaderIDMismatch(t *testing.T) {
	s := newStore(t)
	writeRaw(t, s, "renamed", hdr)
	_, warns, err := s.Read("renamed")
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 1 || !strings.Contains(warns[0].Msg, `"s1"`) {
		t.Errorf("warnings %v, want one about the id", warns)
	}
}

func TestAppendAfterReopen(t *testing.T) {
	s := newStore(t)
	w, err := s.Create(Header{ID: "s1"})
	if err != nil {
		t.Fatal(err)
	}
	mustAppend(t, w, Event{Type: EventUser, Text: "one"}, Event{Type: EventPartner, Text: "two"})
	w.Close()

	w, err = s.Append("s1")
	if err != nil {
		t.Fatal(err)
	}
	if w.Seq() != 2 {
		t.Errorf("resumed writer Seq() = %d, want 2", w.Seq())
	}
	mustAppend(t, w, Event{Type: EventNote, Text: "resumed"}, Event{Type: EventUser, Text: "three"})
	if err := w.Append(Event{Seq: 3, Type: EventUser}); err == nil {
		t.Error("an explicit seq that goes backwards was accepted")
	}
	mustAppend(t, w, Event{Seq: 10, Type: EventUser, Text: "ten"}, Event{Type: EventUser, Text: "eleven"})
	w.Close()

	tr, warns, err := s.Read("s1")
	if err != nil || len(warns) > 0 {
		t.Fatalf("Read: %v %v", err, warns)
	}
	var seqs []int
	for _, e := range tr.Events {
		seqs = append(seqs, e.Seq)
	}
	if d := cmp.Diff([]int{1, 2, 3, 4, 10, 11}, seqs); d != "" {
		t.Errorf("seqs (-want +got):\n%s", d)
	}
}

func TestAppendAfterCrashMidLine(t *testing.T) {
	s := newStore(t)
	writeRaw(t, s, "s1", hdr+`{"seq":1,"type":"user","text":"kept"}`+"\n"+`{"seq":2,"type":"partner","text":"cut sh`)
	w, err := s.Append("s1")
	if err != nil {
		t.Fatal(err)
	}
	mustAppend(t, w, Event{Type: EventUser, Text: "after the crash"}, Event{Type: EventUser, Text: "and again"})
	w.Close()
	tr, warns, err := s.Read("s1")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, e := range tr.Events {
		texts = append(texts, fmt.Sprint(e.Seq, " ", e.Text))
	}
	// The fragment is now a corrupt middle line; both new events survive.
	// The fragment's seq (2) was never read, so numbering continues at 2.
	if d := cmp.Diff([]string{"1 kept", "2 after the crash", "3 and again"}, texts); d != "" {
		t.Errorf("events (-want +got):\n%s", d)
	}
	if len(warns) != 1 || warns[0].Line != 3 || !strings.HasPrefix(warns[0].Msg, "corrupt line skipped") {
		t.Errorf("warnings %v, want one corrupt line 3", warns)
	}
}

func TestAppendRefusesNewerFormat(t *testing.T) {
	s := newStore(t)
	writeRaw(t, s, "s1", strings.Replace(hdr, `"format":1`, `"format":2`, 1))
	if _, err := s.Append("s1"); err == nil {
		t.Error("appended to a format 2 transcript")
	}
	if _, err := s.Append("missing"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Append(missing): %v, want ErrNotFound", err)
	}
}

func TestAppendRejectsBadEvents(t *testing.T) {
	s := newStore(t)
	w, _ := s.Create(Header{ID: "s1"})
	defer w.Close()
	if err := w.Append(Event{Text: "no type"}); err == nil {
		t.Error("an event without a type was accepted")
	}
	if err := w.Append(Event{Type: "header"}); err == nil {
		t.Error("a header event was accepted")
	}
	if err := w.Append(Event{Type: EventUser, Data: json.RawMessage(`{bad`)}); err == nil {
		t.Error("invalid Data was accepted")
	}
	if w.Seq() != 0 {
		t.Errorf("rejected events used up seq numbers: Seq() = %d", w.Seq())
	}
}

func TestConcurrentAppend(t *testing.T) {
	s := newStore(t)
	w, err := s.Create(Header{ID: "s1"})
	if err != nil {
		t.Fatal(err)
	}
	const goroutines, each = 8, 25
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for i := range each {
				if err := w.Append(Event{Type: EventNote, Text: fmt.Sprintf("g%d-%d %s", g, i, strings.Repeat("x", 500))}); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	w.Close()
	tr, warns, err := s.Read("s1")
	if err != nil || len(warns) > 0 {
		t.Fatalf("Read: %v %v", err, warns)
	}
	if len(tr.Events) != goroutines*each {
		t.Fatalf("%d events, want %d", len(tr.Events), goroutines*each)
	}
	seen := map[string]bool{}
	for i, e := range tr.Events {
		if e.Seq != i+1 {
			t.Fatalf("event %d has seq %d", i, e.Seq)
		}
		seen[e.Text] = true
	}
	if len(seen) != goroutines*each {
		t.Errorf("%d distinct events, want %d", len(seen), goroutines*each)
	}
}

func TestList(t *testing.T) {
	s := newStore(t)
	mk := func(id string, started time.Time, scenario string, users int, end bool) {
		w, err := s.Create(Header{ID: id, Started: started, Model: "m-" + id, Scenario: json.RawMessage(scenario)})
		if err != nil {
			t.Fatal(err)
		}
		for range users {
			mustAppend(t, w, Event{Type: EventUser, Text: "hi"}, Event{Type: EventPartner, Text: "hm"})
		}
		if end {
			mustAppend(t, w, Event{Type: EventEnd})
		}
		w.Close()
	}
	mk("20261101-090000-aaaa", t0.AddDate(0, -1, 0), `{"name":"friend"}`, 2, true)
	mk("20261129-024312-bbbb", t0, `{"who":"Sam"}`, 0, false)
	mk("custom", t0.AddDate(0, 0, -1), `"not an object"`, 1, false)
	mk("20261129-024312-aaaa", t0, ``, 3, false) // same second: tie broken by id
	writeRaw(t, s, "broken", "not a transcript\n")
	os.WriteFile(filepath.Join(s.Dir(), "notes.txt"), []byte("ignored"), 0o600)
	os.Mkdir(filepath.Join(s.Dir(), "sub.jsonl"), 0o700)
	brokenTime := t0.AddDate(0, 0, -2)
	os.Chtimes(s.Path("broken"), brokenTime, brokenTime)

	got, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	want := []Summary{
		{ID: "20261129-024312-bbbb", Started: t0, Model: "m-20261129-024312-bbbb", With: "Sam"},
		{ID: "20261129-024312-aaaa", Started: t0, Model: "m-20261129-024312-aaaa", UserTurns: 3},
		{ID: "custom", Started: t0.AddDate(0, 0, -1), Model: "m-custom", UserTurns: 1},
		{ID: "broken", Started: brokenTime, Problem: "the first line is not a transcript header"},
		{ID: "20261101-090000-aaaa", Started: t0.AddDate(0, -1, 0), Model: "m-20261101-090000-aaaa", Scenario: "friend", UserTurns: 2, Ended: true},
	}
	for i := range want {
		want[i].Path = s.Path(want[i].ID)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("List (-want +got):\n%s", d)
	}

	empty := newStore(t)
	if l, err := empty.List(); err != nil || len(l) != 0 {
		t.Errorf("List of an empty store: %v, %v", l, err)
	}
}

func TestResolve(t *testing.T) {
	s := newStore(t)
	if _, err := s.Resolve(Last); !errors.Is(err, ErrNotFound) {
		t.Errorf("Resolve(last) in an empty store: %v", err)
	}
	for i, id := range []string{"20261128-100000-aaaa", "20261129-024312-ab12", "20261129-024312-ab34", "2026112"} {
		w, err := s.Create(Header{ID: id, Started: t0.Add(time.Duration(i) * time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		w.Close()
	}
	tests := []struct {
		ref, want string
		check     func(error) bool
	}{
		{ref: "last", want: "20261129-024312-ab34"}, // the greatest session id; "2026112" is not one
		{ref: "20261128", want: "20261128-100000-aaaa"},
		{ref: "20261129-024312-ab1", want: "20261129-024312-ab12"},
		{ref: "20261129-024312-ab12", want: "20261129-024312-ab12"},
		{ref: "2026112", want: "2026112"}, // an exact id wins over a longer match
		{ref: "20261129", check: func(err error) bool {
			var a *AmbiguousError
			return errors.As(err, &a) && len(a.Matches) == 2 &&
				a.Error() == `"20261129" matches 2 transcripts (20261129-024312-ab12, 20261129-024312-ab34)`
		}},
		{ref: "2027", check: func(err error) bool { return errors.Is(err, ErrNotFound) }},
		{ref: "", check: func(err error) bool { var e *InvalidIDError; return errors.As(err, &e) }},
		{ref: "../etc", check: func(err error) bool { var e *InvalidIDError; return errors.As(err, &e) }},
	}
	for _, tt := range tests {
		got, err := s.Resolve(tt.ref)
		if tt.check != nil {
			if !tt.check(err) {
				t.Errorf("Resolve(%q) = %q, %v: unexpected error", tt.ref, got, err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("Resolve(%q) = %q, %v; want %q", tt.ref, got, err, tt.want)
		}
	}
}

func TestRemove(t *testing.T) {
	s := newStore(t)
	w, _ := s.Create(Header{ID: "s1"})
	w.Close()
	if err := s.Remove("s1"); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(s.Path("s1")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("file still there: %v", err)
	}
	if err := s.Remove("s1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("second Remove: %v, want ErrNotFound", err)
	}
	if err := s.Remove("../s1"); err == nil {
		t.Error("Remove accepted a path")
	}
}

func TestNewID(t *testing.T) {
	local := time.FixedZone("X", 5*3600)
	id := newID(time.Date(2026, 11, 29, 7, 43, 12, 0, local))
	if !strings.HasPrefix(id, "20261129-024312-") || len(id) != 20 || !validID(id) {
		t.Errorf("NewID = %q, want 20261129-024312-xxxx (UTC)", id)
	}
}

func TestExampleFixture(t *testing.T) {
	s, err := Open("testdata")
	if err != nil {
		t.Fatal(err)
	}
	tr, warns, err := s.Read("example")
	if err != nil {
		t.Fatal(err)
	}
	// The fixture's header keeps its real session id; only that differs.
	if len(warns) != 1 || !strings.Contains(warns[0].Msg, "20261129-024312-ab12") {
		t.Errorf("warnings: %v", warns)
	}
	if tr.Header.ScenarioName() != "colleague" || tr.Header.PartnerName() != "Dana" {
		t.Errorf("scenario %q, partner %q", tr.Header.ScenarioName(), tr.Header.PartnerName())
	}
	for _, e := range tr.Events {
		if !e.Type.known() {
			t.Errorf("fixture uses unknown event type %q", e.Type)
		}
	}
	if got := len(eventTypes); got != 12 {
		t.Errorf("%d event types", got)
	}
}
