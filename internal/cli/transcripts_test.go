package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/amends-cli/amends/internal/config"
	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/transcripts"
)

type trHarness struct {
	t      *testing.T
	dir    string // the transcripts directory
	env    map[string]string
	tty    bool
	out    *bytes.Buffer
	errOut *bytes.Buffer
}

func newTrHarness(t *testing.T) *trHarness {
	t.Helper()
	home := t.TempDir()
	dir := filepath.Join(home, "data", "amends", "transcripts")
	return &trHarness{t: t, dir: dir, env: map[string]string{
		"HOME":            home,
		"XDG_CONFIG_HOME": filepath.Join(home, "config"),
		"XDG_DATA_HOME":   filepath.Join(home, "data"),
		"XDG_CACHE_HOME":  filepath.Join(home, "cache"),
	}}
}

// run runs `amends ARGS` in process with stdin and returns the exit code.
func (h *trHarness) run(stdin string, args ...string) int {
	h.t.Helper()
	ios, in, out, errOut := iostreams.Test()
	ios.SetTTY(h.tty, h.tty, h.tty)
	in.WriteString(stdin)
	h.out, h.errOut = out, errOut
	f := NewFactory(ios, config.Env(func(k string) (string, bool) { v, ok := h.env[k]; return v, ok }))
	root := NewCmdRoot(f)
	root.SetArgs(args)
	err := root.ExecuteContext(context.Background())
	return printError(errOut, err)
}

// seed writes three sessions: an old one, and two started the same day.
func (h *trHarness) seed() *transcripts.Store {
	h.t.Helper()
	s, err := transcripts.Open(h.dir)
	if err != nil {
		h.t.Fatal(err)
	}
	day := time.Date(2026, 11, 29, 2, 43, 12, 0, time.UTC)
	for _, sess := range []struct {
		id      string
		started time.Time
		scen    string
		lines   int
	}{
		{"20261101-090000-aaaa", day.AddDate(0, -1, 0), `{"name":"friend","who":"Sam"}`, 1},
		{"20261129-024312-ab12", day, `{"name":"colleague","who":"Dana"}`, 2},
		{"20261129-054312-cd34", day.Add(3 * time.Hour), `{"who":"Alex"}`, 0},
	} {
		w, err := s.Create(transcripts.Header{ID: sess.id, Started: sess.started, Model: "llama3.2", Scenario: json.RawMessage(sess.scen)})
		if err != nil {
			h.t.Fatal(err)
		}
		for i := range sess.lines {
			w.Append(transcripts.Event{Type: transcripts.EventUser, Text: "line " + string(rune('A'+i))})
			w.Append(transcripts.Event{Type: transcripts.EventPartner, Text: "reply"})
		}
		if sess.lines == 2 {
			w.Append(transcripts.Event{Type: transcripts.EventUser, Text: "taken back"})
			w.Append(transcripts.Event{Type: transcripts.EventUndo})
		}
		w.Close()
	}
	return s
}

func (h *trHarness) want(code, got int) {
	h.t.Helper()
	if got != code {
		h.t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", got, code, h.out, h.errOut)
	}
}

func TestTranscriptsListEmpty(t *testing.T) {
	h := newTrHarness(t)
	h.want(0, h.run("", "transcripts", "list"))
	if h.out.Len() != 0 || h.errOut.Len() != 0 {
		t.Errorf("output for no sessions, piped: %q %q", h.out, h.errOut)
	}
	if _, err := os.Stat(h.dir); err == nil {
		t.Error("list created the transcripts folder")
	}
	h.want(0, h.run("", "transcripts", "list", "--json"))
	if got := h.out.String(); got != "[]\n" {
		t.Errorf("--json with no sessions: %q", got)
	}
	h.tty = true
	h.want(0, h.run("", "transcripts", "list"))
	if !strings.Contains(h.errOut.String(), "No saved sessions yet") {
		t.Errorf("no hint on a terminal: %q", h.errOut)
	}
}

func TestTranscriptsListPiped(t *testing.T) {
	h := newTrHarness(t)
	h.seed()
	h.want(0, h.run("", "transcripts", "list"))
	// The colleague session has a third line, taken back with /undo: it
	// does not count.
	want := "20261129-054312-cd34\t2026-11-29T05:43:12Z\t\t0\tllama3.2\tAlex\n" +
		"20261129-024312-ab12\t2026-11-29T02:43:12Z\tcolleague\t2\tllama3.2\tDana\n" +
		"20261101-090000-aaaa\t2026-10-29T02:43:12Z\tfriend\t1\tllama3.2\tSam\n"
	if d := cmp.Diff(want, h.out.String()); d != "" {
		t.Errorf("list (-want +got):\n%s", d)
	}
}

func TestTranscriptsListTerminal(t *testing.T) {
	h := newTrHarness(t)
	h.seed()
	h.tty = true
	h.want(0, h.run("", "transcripts", "list"))
	lines := strings.Split(strings.TrimRight(h.out.String(), "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("want a header and 3 rows:\n%s", h.out)
	}
	if f := strings.Fields(lines[0]); strings.Join(f, " ") != "STARTED WITH SCENARIO LINES MODEL ID" {
		t.Errorf("header %q", lines[0])
	}
	started := time.Date(2026, 11, 29, 2, 43, 12, 0, time.UTC).Local().Format("2006-01-02 15:04")
	if !strings.HasPrefix(lines[2], started) || !strings.HasSuffix(lines[2], "  20261129-024312-ab12") || !strings.Contains(lines[2], "colleague") || !strings.Contains(lines[2], " Dana ") {
		t.Errorf("row %q", lines[2])
	}
	if !strings.Contains(lines[1], " - ") {
		t.Errorf("a session without a scenario name should show '-': %q", lines[1])
	}
}

func TestTranscriptsListJSON(t *testing.T) {
	h := newTrHarness(t)
	h.seed()
	h.want(0, h.run("", "transcripts", "--json")) // the bare command lists
	bare := h.out.String()
	h.want(0, h.run("", "transcripts", "list", "--json"))
	if bare != h.out.String() {
		t.Errorf("amends transcripts --json differs from list --json")
	}
	var got []transcripts.Summary
	if err := json.Unmarshal(h.out.Bytes(), &got); err != nil {
		t.Fatalf("%v\n%s", err, h.out)
	}
	if len(got) != 3 || got[1].ID != "20261129-024312-ab12" || got[1].Scenario != "colleague" || got[1].UserTurns != 2 ||
		got[1].Path != filepath.Join(h.dir, "20261129-024312-ab12.jsonl") {
		t.Errorf("list --json: %+v", got)
	}
}

func TestTranscriptsListReportsUnreadable(t *testing.T) {
	h := newTrHarness(t)
	h.seed()
	os.WriteFile(filepath.Join(h.dir, "20261130-000000-dead.jsonl"), []byte("garbage\n"), 0o600)
	h.want(0, h.run("", "transcripts", "list"))
	if !strings.Contains(h.errOut.String(), "20261130-000000-dead cannot be read") ||
		!strings.Contains(h.errOut.String(), "--format jsonl") {
		t.Errorf("stderr %q", h.errOut)
	}
	if !strings.Contains(h.out.String(), "20261130-000000-dead\t") {
		t.Errorf("unreadable session not listed:\n%s", h.out)
	}
}

func TestTranscriptsShow(t *testing.T) {
	h := newTrHarness(t)
	h.seed()
	for _, ref := range []string{"20261129-024312-ab12", "20261129-02", "20261129-024"} {
		h.want(0, h.run("", "transcripts", "show", ref))
		if !strings.HasPrefix(h.out.String(), "# Practice session 20261129-024312-ab12\n") ||
			!strings.Contains(h.out.String(), "**You:** line A") || !strings.Contains(h.out.String(), "**Dana:** reply") {
			t.Errorf("show %s:\n%s", ref, h.out)
		}
	}
	h.want(0, h.run("", "transcripts", "show", "last"))
	if !strings.HasPrefix(h.out.String(), "# Practice session 20261129-054312-cd34\n") {
		t.Errorf("show last:\n%s", h.out)
	}
}

func TestTranscriptsShowWarnsOnTornLine(t *testing.T) {
	h := newTrHarness(t)
	h.seed()
	f, _ := os.OpenFile(filepath.Join(h.dir, "20261129-024312-ab12.jsonl"), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"seq":5,"type":"partner","text":"cut of`)
	f.Close()
	h.want(0, h.run("", "transcripts", "show", "20261129-024312"))
	if !strings.Contains(h.errOut.String(), "line 8: incomplete last line") {
		t.Errorf("stderr %q", h.errOut)
	}
	if !strings.Contains(h.out.String(), "line B") {
		t.Errorf("the rest of the session is missing:\n%s", h.out)
	}
}

func TestTranscriptsBadIDs(t *testing.T) {
	h := newTrHarness(t)
	h.want(2, h.run("", "transcripts", "show", "last"))
	if got := h.errOut.String(); got != "amends: there are no saved sessions yet; start one with amends practice\n" {
		t.Errorf("no sessions: %q", got)
	}
	h.seed()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"show", "2026"}, `amends: "2026" matches 3 transcripts (20261101-090000-aaaa, 20261129-024312-ab12, 20261129-054312-cd34); type more of the id` + "\n"},
		{[]string{"show", "1999"}, `amends: no saved session matches "1999"; amends transcripts list shows them` + "\n"},
		{[]string{"export", "../../etc/passwd"}, `amends: "../../etc/passwd" is not a session id; amends transcripts list shows them` + "\n"},
		{[]string{"rm", "--yes", "nope"}, `amends: no saved session matches "nope"; amends transcripts list shows them` + "\n"},
		{[]string{"show"}, ""},
		{[]string{"bogus"}, ""},
		{[]string{"export", "last", "--format", "pdf"}, `amends: invalid --format "pdf": use one of md, jsonl` + "\n"},
	} {
		h.want(2, h.run("", append([]string{"transcripts"}, tc.args...)...))
		if tc.want != "" && h.errOut.String() != tc.want {
			t.Errorf("%v: stderr %q, want %q", tc.args, h.errOut, tc.want)
		}
	}
}

func TestTranscriptsExport(t *testing.T) {
	h := newTrHarness(t)
	s := h.seed()
	raw, _ := os.ReadFile(s.Path("20261101-090000-aaaa"))
	h.want(0, h.run("", "transcripts", "export", "20261101", "--format", "jsonl"))
	if !bytes.Equal(h.out.Bytes(), raw) {
		t.Errorf("jsonl export differs from the file:\n%s", h.out)
	}
	h.want(0, h.run("", "transcripts", "export", "20261101"))
	if !strings.HasPrefix(h.out.String(), "# Practice session 20261101-090000-aaaa") {
		t.Errorf("md export:\n%s", h.out)
	}

	// A file too damaged for Markdown can still be copied out.
	broken := []byte("not a header\n{\"seq\":1}\n")
	os.WriteFile(s.Path("20261201-000000-beef"), broken, 0o600)
	h.want(1, h.run("", "transcripts", "show", "20261201"))
	if !strings.Contains(h.errOut.String(), "export 20261201-000000-beef --format jsonl") {
		t.Errorf("stderr %q", h.errOut)
	}
	h.want(0, h.run("", "transcripts", "export", "20261201", "--format", "jsonl"))
	if !bytes.Equal(h.out.Bytes(), broken) {
		t.Errorf("raw export of a damaged file: %q", h.out)
	}
}

func TestTranscriptsPath(t *testing.T) {
	h := newTrHarness(t)
	h.want(0, h.run("", "transcripts", "path"))
	if got := h.out.String(); got != h.dir+"\n" {
		t.Errorf("path %q, want %q", got, h.dir)
	}
	h.env["AMENDS_TRANSCRIPTS_DIR"] = "/somewhere/else"
	h.want(0, h.run("", "transcripts", "path"))
	if got := h.out.String(); got != "/somewhere/else\n" {
		t.Errorf("path %q with AMENDS_TRANSCRIPTS_DIR", got)
	}
}

func TestTranscriptsRm(t *testing.T) {
	h := newTrHarness(t)
	s := h.seed()
	exists := func(id string) bool { _, err := os.Stat(s.Path(id)); return err == nil }

	// Not a terminal: --yes is required.
	h.want(2, h.run("y\n", "transcripts", "rm", "20261101"))
	if !exists("20261101-090000-aaaa") || !strings.Contains(h.errOut.String(), "add --yes") {
		t.Errorf("deleted without --yes, or no hint: %q", h.errOut)
	}

	// A terminal: asked, and "no" (or just Enter) keeps it.
	h.tty = true
	h.want(0, h.run("\n", "transcripts", "rm", "20261101"))
	if !exists("20261101-090000-aaaa") {
		t.Error("deleted on an empty answer")
	}
	if q := h.errOut.String(); !strings.Contains(q, "Delete session 20261101-090000-aaaa (with Sam, started ") ||
		!strings.Contains(q, "1 line of yours) for good? [y/N]") || !strings.Contains(q, "Kept.") {
		t.Errorf("question: %q", q)
	}
	h.want(0, h.run("yes\n", "transcripts", "rm", "20261101"))
	if exists("20261101-090000-aaaa") || !strings.Contains(h.errOut.String(), "Deleted 20261101-090000-aaaa.") {
		t.Errorf("not deleted after yes: %q", h.errOut)
	}

	// --yes skips the question.
	h.tty = false
	h.want(0, h.run("", "transcripts", "rm", "--yes", "last"))
	if exists("20261129-054312-cd34") {
		t.Error("rm --yes last did not delete the newest session")
	}
}
