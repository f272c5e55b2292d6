package reflection

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/amends-cli/amends/internal/store"

	"github.com/google/go-cmp/cmp"

	"github.com/amends-cli/amends/internal/usage"
)

func TestQuestions(t *testing.T) {
	qs := Questions()
	if len(qs) < 5 || len(qs) > 7 {
		t.Fatalf("%d questions, want 5 to 7", len(qs))
	}
	seen := map[string]bool{}
	for _, q := range qs {
		if q.ID == "" || q.Text == "" || q.Hint == "" {
			t.Errorf("incomplete question %+v", q)
		}
		if seen[q.ID] {
			t.Errorf("duplicate id %q", q.ID)
		}
		seen[q.ID] = true
		if !strings.HasSuffix(q.Text, "?") || strings.Contains(q.Text, "\n") {
			t.Errorf("question %q: want one line ending in ?", q.Text)
		}
		if got, ok := QuestionByID(q.ID); !ok || got != q {
			t.Errorf("QuestionByID(%q) = %+v, %v", q.ID, got, ok)
		}
	}
	// The article's reflection themes are all there.
	for _, id := range []string{"my-part", "their-side", "miss", "know", "not-ready"} {
		if !seen[id] {
			t.Errorf("no question %q", id)
		}
	}
	qs[0].Text = "changed"
	if Questions()[0].Text == "changed" {
		t.Error("Questions returns the package's own slice")
	}
}

func TestEntryAdd(t *testing.T) {
	qs := Questions()
	var e Entry
	if e.Add(qs[0], " \n\t\n") {
		t.Error("a blank answer was added")
	}
	e.Add(qs[0], "first\r\nsecond  \n\n")
	e.Add(qs[1], "theirs")
	e.Add(qs[0], "again")
	want := []Answer{
		{QuestionID: qs[0].ID, Question: qs[0].Text, Text: "again"},
		{QuestionID: qs[1].ID, Question: qs[1].Text, Text: "theirs"},
	}
	if d := cmp.Diff(want, e.Answers); d != "" {
		t.Errorf("answers (-want +got):\n%s", d)
	}
}

func TestParseAnswers(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		bad      string
	}{
		{name: "lines", in: "one\ntwo\n", want: []string{"one", "two"}},
		{name: "skip with empty line", in: "one\n\nthree", want: []string{"one", "", "three"}},
		{name: "trailing blank lines", in: "one\n\n\n", want: []string{"one"}},
		{name: "crlf and bom", in: "\uFEFFone\r\ntwo\r\n", want: []string{"one", "two"}},
		{name: "block", in: "one\n\"\"\"\nline a\n\nline b\n\"\"\"\nthree\n", want: []string{"one", "line a\n\nline b", "three"}},
		{name: "empty block skips", in: "\"\"\"\n\"\"\"\ntwo", want: []string{"", "two"}},
		{name: "unclosed block", in: "one\n\"\"\"\nnever closed", bad: "answer 2 opens a \"\"\" block on line 2 that is never closed"},
		{name: "too many", in: "1\n2\n3\n4", bad: "4 answers for 3 questions"},
		{name: "empty", in: "", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseAnswers(tt.in, 3)
			if tt.bad != "" {
				var ie *InputError
				if !errors.As(err, &ie) || !strings.Contains(err.Error(), tt.bad) || !errors.Is(ie, usage.ErrUsage) {
					t.Fatalf("err = %v, want InputError containing %q", err, tt.bad)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

func TestMarkdownRoundTrip(t *testing.T) {
	qs := Questions()
	started := time.Date(2025, 3, 1, 20, 15, 0, 0, time.FixedZone("CET", 3600))
	e := Entry{ID: "2025-03-01-201500", Started: started, Who: "Sam  O'Neil"}
	e.Add(qs[0], "I cancelled twice.\n# not a heading\n## nor this\n\\ a backslash line\n\n--- and a rule\n---")
	e.Add(qs[3], "That I miss them.")
	e.Add(Question{Text: "An old question?"}, "kept")

	md := e.Markdown()
	if !strings.Contains(md, "\n## "+qs[0].Text+"\n") || !strings.Contains(md, "\n\\## nor this\n") {
		t.Errorf("unexpected markdown:\n%s", md)
	}
	got, err := ParseMarkdown(md)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Started.Equal(started) {
		t.Errorf("started %v, want %v", got.Started, started)
	}
	got.Started = started
	want := e
	want.Who = "Sam O'Neil" // one line, single spaces
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("round trip (-want +got):\n%s", d)
	}
}

func TestParseMarkdownErrors(t *testing.T) {
	for _, in := range []string{"", "# no front matter\n", "---\nid: x\n", "---\nwho: x\n---\n", "---\nid: x\nstarted: yesterday\n---\n"} {
		if _, err := ParseMarkdown(in); err == nil {
			t.Errorf("ParseMarkdown(%q): no error", in)
		}
	}
}

func TestStorePermissionsAndRoundTrip(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "amends", "reflections")
	s := mustOpen(t, dir)
	now := time.Date(2025, 3, 1, 20, 15, 0, 500, time.UTC)
	e := Entry{Who: "Sam"}
	if err := s.Create(&e, now); err != nil {
		t.Fatal(err)
	}
	if e.ID != "2025-03-01-201500" || e.Path != filepath.Join(dir, e.ID+".md") {
		t.Errorf("id %q path %q", e.ID, e.Path)
	}
	e.Add(Questions()[0], "my part")
	if err := s.Save(&e); err != nil {
		t.Fatal(err)
	}
	assertPerm(t, dir, store.DirPerm)
	assertPerm(t, e.Path, store.FilePerm)

	got, err := s.Read(e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(e, got); d != "" {
		t.Errorf("load (-want +got):\n%s", d)
	}
	// No temporary files are left behind.
	ents, _ := os.ReadDir(dir)
	if len(ents) != 1 {
		t.Errorf("dir holds %d files, want 1", len(ents))
	}
}

func TestStoreTightensExistingDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "reflections")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	e := Entry{}
	if err := mustOpen(t, dir).Create(&e, time.Now()); err != nil {
		t.Fatal(err)
	}
	assertPerm(t, dir, store.DirPerm)
}

func assertPerm(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := fi.Mode().Perm(); got != want {
		t.Errorf("%s: mode %o, want %o", path, got, want)
	}
}

// Saving after each answer: what is on disk after every step is the
// entry so far, so quitting midway loses nothing.
func TestStorePartialSaves(t *testing.T) {
	s := mustOpen(t, t.TempDir())
	qs := Questions()
	e := Entry{Who: "Ana"}
	e.Add(qs[0], "one")
	if err := s.Create(&e, time.Now()); err != nil {
		t.Fatal(err)
	}
	for i, text := range []string{"", "three"} {
		e.Add(qs[i+1], text)
		if err := s.Save(&e); err != nil {
			t.Fatal(err)
		}
		got, err := load(s, "last")
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Answers) != len(e.Answers) {
			t.Fatalf("after question %d: %d answers on disk, want %d", i+2, len(got.Answers), len(e.Answers))
		}
	}
	got, _ := s.Read(e.ID)
	if len(got.Answers) != 2 || got.Answers[1].Text != "three" || got.Answers[1].QuestionID != qs[2].ID {
		t.Errorf("answers on disk: %+v", got.Answers)
	}
}

func TestStoreListAndLast(t *testing.T) {
	s := mustOpen(t, t.TempDir())
	base := time.Date(2025, 1, 2, 10, 0, 0, 0, time.UTC)
	var ids []string
	for _, d := range []time.Duration{time.Hour, 0, 2 * time.Hour, 2 * time.Hour, 2 * time.Hour} {
		e := Entry{}
		if err := s.Create(&e, base.Add(d)); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, e.ID)
	}
	if ids[3] != "2025-01-02-120000-2" || ids[4] != "2025-01-02-120000-3" {
		t.Errorf("same-second ids: %v", ids)
	}
	// A stray file and an unreadable entry do not break the list.
	if err := os.WriteFile(filepath.Join(s.Dir(), "notes.txt"), []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(s.Dir(), "2024-01-01-000000.md"), []byte("garbage"), 0o600); err != nil {
		t.Fatal(err)
	}
	entries, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	problems := 0
	for _, e := range entries {
		got = append(got, e.ID)
		if e.Problem != "" {
			problems++
		}
	}
	want := []string{ids[4], ids[3], ids[2], ids[0], ids[1], "2024-01-01-000000"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("list order (-want +got):\n%s", d)
	}
	if problems != 1 || entries[5].Problem == "" {
		t.Errorf("the garbage file is listed with its problem: %+v", entries)
	}

	last, err := load(s, "last")
	if err != nil || last.ID != ids[4] {
		t.Errorf("last = %q, %v; want %q", last.ID, err, ids[4])
	}
	if e, err := load(s, "2025-01-02-11"); err != nil || e.ID != ids[0] {
		t.Errorf("unique prefix: %q, %v", e.ID, err)
	}
	var nf *NotFoundError
	if _, err := load(s, "2025-01-02-12"); !errors.As(err, &nf) || len(nf.Ambiguous) != 3 {
		t.Errorf("ambiguous prefix: %v", err)
	}
	if _, err := load(s, "../../etc/passwd"); !errors.As(err, &nf) {
		t.Errorf("path-like id: %v", err)
	}
	if _, err := load(s, "nope"); !errors.As(err, &nf) || !errors.Is(nf, usage.ErrUsage) {
		t.Errorf("unknown id: %v", err)
	}
}

func TestStoreEmpty(t *testing.T) {
	s := mustOpen(t, filepath.Join(t.TempDir(), "missing"))
	entries, err := s.List()
	if err != nil || len(entries) != 0 {
		t.Errorf("List on a missing dir = %v, %v", entries, err)
	}
	var nf *NotFoundError
	if _, err := load(s, "last"); !errors.As(err, &nf) || !strings.Contains(err.Error(), "no reflections yet") {
		t.Errorf("last on empty store: %v", err)
	}
}

func TestRemove(t *testing.T) {
	s := mustOpen(t, t.TempDir())
	e := Entry{}
	if err := s.Create(&e, time.Now()); err != nil {
		t.Fatal(err)
	}
	if err := s.Remove(e.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(e.Path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("file still there: %v", err)
	}
}

func mustOpen(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// load resolves ref and reads the entry.
func load(s *Store, ref string) (Entry, error) {
	id, err := s.Resolve(ref)
	if err != nil {
		return Entry{}, err
	}
	return s.Read(id)
}

// Keys pressed while answering on a terminal leave no escape codes in the
// saved answer.
func TestCleanAnswerDropsKeySequences(t *testing.T) {
	for in, want := range map[string]string{
		"I left\x1b[D\x1b[D early":       "I left early",
		"\x1b[Aup\x1b[B and \x1bOH":      "up and",
		"home\x1b[1~ end\x1b[4~ \x1b[3~": "home end",
		"plain answer":                   "plain answer",
	} {
		if got := CleanAnswer(in); got != want {
			t.Errorf("CleanAnswer(%q) = %q, want %q", in, got, want)
		}
	}
}

// A reflection sets the scene of practice and reach-out.
func TestEntryScene(t *testing.T) {
	e := Entry{Who: "Sam"}
	e.Add(Question{ID: "my-part", Text: "q"}, "I missed the dinner.")
	e.Add(Question{ID: "their-side", Text: "q"}, "Sam felt forgotten.")
	e.Add(Question{ID: "miss", Text: "q"}, "Our walks.")
	e.Add(Question{ID: "know", Text: "q"}, "It mattered to me.")
	e.Add(Question{ID: "want", Text: "q"}, "To talk again.")
	sc := e.Scene()
	if sc.Who != "Sam" || sc.What != "I missed the dinner." || sc.TheirSide != "Sam felt forgotten." || sc.Know != "It mattered to me." {
		t.Errorf("scene = %+v", sc)
	}
	if sc.Background != "What I value in them: Our walks.\nWhat I want to happen now: To talk again." {
		t.Errorf("background = %q", sc.Background)
	}
	// Without "my part", what they want known stands for what happened.
	e2 := Entry{Who: "Kim"}
	e2.Add(Question{ID: "know", Text: "q"}, "I was scared.")
	if got := e2.Scene().What; got != "I was scared." {
		t.Errorf("what = %q", got)
	}
}
