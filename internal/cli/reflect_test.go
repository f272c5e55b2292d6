package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/llm/ollamatest"
	"github.com/amends-cli/amends/internal/reflection"
)

// journeyHarness runs reflect or reach-out on test streams with private
// XDG folders and, optionally, a fake Ollama.
type journeyHarness struct {
	t        *testing.T
	f        *Factory
	ios      *iostreams.IOStreams
	in       *bytes.Buffer
	out, err *bytes.Buffer
	dataDir  string
}

func newJourneyHarness(t *testing.T, srv *ollamatest.Server) *journeyHarness {
	t.Helper()
	dir := t.TempDir()
	env := map[string]string{
		"HOME":            filepath.Join(dir, "home"),
		"XDG_CONFIG_HOME": filepath.Join(dir, "config"),
		"XDG_DATA_HOME":   filepath.Join(dir, "data"),
		"XDG_CACHE_HOME":  filepath.Join(dir, "cache"),
		"OLLAMA_HOST":     "http://127.0.0.1:9", // nothing listens (discard port)
	}
	if srv != nil {
		env["OLLAMA_HOST"] = srv.URL
	}
	ios, in, out, errb := iostreams.Test()
	f := NewFactory(ios, func(k string) (string, bool) { v, ok := env[k]; return v, ok })
	f.LookPath = func(string) (string, error) { return "", errors.New("not found") }
	f.StartProcess = func(*exec.Cmd) error { return errors.New("tests start no processes") }
	f.Now = func() time.Time { return time.Date(2025, 3, 1, 20, 15, 0, 0, time.UTC) }
	return &journeyHarness{t: t, f: f, ios: ios, in: in, out: out, err: errb, dataDir: filepath.Join(dir, "data", "amends")}
}

func (h *journeyHarness) run(build func(*Factory) *cobra.Command, args ...string) int {
	h.t.Helper()
	return h.runCtx(context.Background(), build, args...)
}

func (h *journeyHarness) runCtx(ctx context.Context, build func(*Factory) *cobra.Command, args ...string) int {
	h.t.Helper()
	cmd := build(h.f)
	cmd.SetArgs(args)
	cmd.SetIn(h.ios.In)
	cmd.SetOut(h.ios.Out)
	cmd.SetErr(h.ios.ErrOut)
	cmd.SilenceUsage, cmd.SilenceErrors = true, true
	markUsageErrors(cmd)
	return printError(h.ios.ErrOut, cmd.ExecuteContext(ctx))
}

// cmd adapts a command's constructor to the harness: no test seam, the
// command's own run function.
func cmd[O any](ctor func(*Factory, func(context.Context, *O) error) *cobra.Command) func(*Factory) *cobra.Command {
	return func(f *Factory) *cobra.Command { return ctor(f, nil) }
}

func (h *journeyHarness) store() *reflectionStore {
	s, err := reflection.Open(filepath.Join(h.dataDir, "reflections"))
	if err != nil {
		panic(err)
	}
	return &reflectionStore{s}
}

func TestReflectPiped(t *testing.T) {
	h := newJourneyHarness(t, nil)
	h.in.WriteString("I stopped answering.\n\n\"\"\"\nOur walks.\n\nHer jokes.\n\"\"\"\n")
	if code := h.run(cmd(newCmdReflect), "--who", "Ana", "--json"); code != 0 {
		t.Fatalf("exit %d: %s", code, h.err)
	}
	var e reflection.Entry
	if err := json.Unmarshal(h.out.Bytes(), &e); err != nil {
		t.Fatalf("stdout is not an entry: %v\n%s", err, h.out)
	}
	if e.Who != "Ana" || len(e.Answers) != 2 || e.Answers[1].Text != "Our walks.\n\nHer jokes." || e.Answers[1].QuestionID != "miss" {
		t.Errorf("entry %+v", e)
	}
	fi, err := os.Stat(e.Path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("file %s: %v, %v", e.Path, fi, err)
	}
	if !strings.Contains(h.err.String(), "Saved 2 of 6 answers.") {
		t.Errorf("stderr: %q", h.err)
	}
}

func TestReflectPipedBadInput(t *testing.T) {
	for _, in := range []string{"", "\n\n", "a\n\"\"\"\nb", "1\n2\n3\n4\n5\n6\n7\n"} {
		h := newJourneyHarness(t, nil)
		h.in.WriteString(in)
		if code := h.run(cmd(newCmdReflect)); code != ExitUsage {
			t.Errorf("input %q: exit %d, want 2; stderr %q", in, code, h.err)
		}
		if entries, _ := h.store().List(); len(entries) != 0 {
			t.Errorf("input %q: %d entries saved", in, len(entries))
		}
	}
}

func TestReflectInteractive(t *testing.T) {
	h := newJourneyHarness(t, nil)
	h.ios.SetTTY(true, true, true)
	// The name, a two-line answer, a skip, one more answer, then Ctrl-D.
	h.in.WriteString("Sam\nI cancelled twice.\nThen went quiet.\n\n\nThe dinners.\n\n")
	if code := h.run(cmd(newCmdReflect)); code != 0 {
		t.Fatalf("exit %d: %s", code, h.err)
	}
	path := strings.TrimSpace(h.out.String())
	e, err := h.store().Load("last")
	if err != nil {
		t.Fatal(err)
	}
	if e.Path != path || e.Who != "Sam" || len(e.Answers) != 2 || e.Answers[0].Text != "I cancelled twice.\nThen went quiet." || e.Answers[1].QuestionID != "miss" {
		t.Errorf("path %q, entry %+v", path, e)
	}
	for _, want := range []string{"Who is this about?", "1/6", reflection.Questions()[0].Text, "(saved)", "(skipped)", "Stopped early; your 2 answers are saved.", "amends reach-out --from-reflection 2025-03-01-201500"} {
		if !strings.Contains(h.err.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, h.err)
		}
	}
}

// Each answer is on disk as soon as it is given, before the next question
// is answered.
func TestReflectInteractiveSavesEachAnswer(t *testing.T) {
	h := newJourneyHarness(t, nil)
	pr, pw := io.Pipe()
	h.ios.In = pr
	h.ios.SetTTY(true, true, true)
	done := make(chan int)
	go func() { done <- h.run(cmd(newCmdReflect), "--who", "Sam") }()

	store := h.store()
	for i, answer := range []string{"first", "second"} {
		if _, err := io.WriteString(pw, answer+"\n\n"); err != nil {
			t.Fatal(err)
		}
		waitFor(t, func() bool {
			e, err := store.Load("last")
			return err == nil && len(e.Answers) == i+1
		})
	}
	pw.Close()
	if code := <-done; code != 0 {
		t.Fatalf("exit %d", code)
	}
}

func TestReflectInteractiveInterrupt(t *testing.T) {
	h := newJourneyHarness(t, nil)
	pr, pw := io.Pipe()
	defer pw.Close()
	h.ios.In = pr
	h.ios.SetTTY(true, true, true)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	go func() {
		// The test's cancel stands in for Ctrl-C.
		opts := &reflectOptions{IO: h.ios, Factory: h.f, Who: "Sam", interruptible: func(c context.Context) (context.Context, context.CancelFunc) {
			return context.WithCancel(c)
		}}
		done <- printError(h.ios.ErrOut, reflectRun(ctx, opts))
	}()
	// A whole answer, then half of the next one (no empty line yet).
	if _, err := io.WriteString(pw, "first\n\nhalf of it\n"); err != nil {
		t.Fatal(err)
	}
	store := h.store()
	waitFor(t, func() bool {
		e, err := store.Load("last")
		return err == nil && len(e.Answers) == 1
	})
	time.Sleep(50 * time.Millisecond) // let the half line be read
	cancel()
	if code := <-done; code != ExitInterrupted {
		t.Fatalf("exit %d, want 130; stderr %s", code, h.err)
	}
	e, err := store.Load("last")
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Answers) != 2 || e.Answers[1].Text != "half of it" {
		t.Errorf("answers after Ctrl-C: %+v", e.Answers)
	}
	if !strings.Contains(h.err.String(), "Saved what you wrote: "+e.Path) {
		t.Errorf("stderr: %s", h.err)
	}
}

func TestReflectInteractiveNothingWritten(t *testing.T) {
	h := newJourneyHarness(t, nil)
	h.ios.SetTTY(true, true, true)
	h.in.WriteString("\n\n\n")
	if code := h.run(cmd(newCmdReflect)); code != 0 {
		t.Fatalf("exit %d: %s", code, h.err)
	}
	if h.out.Len() != 0 || !strings.Contains(h.err.String(), "nothing saved") {
		t.Errorf("stdout %q stderr %q", h.out, h.err)
	}
	if entries, _ := h.store().List(); len(entries) != 0 {
		t.Errorf("%d entries saved", len(entries))
	}
}

func TestReflectListShow(t *testing.T) {
	h := newJourneyHarness(t, nil)
	if code := h.run(cmd(newCmdReflect), "list"); code != 0 || h.out.Len() != 0 || !strings.Contains(h.err.String(), "No reflections yet") {
		t.Fatalf("empty list: %d %q %q", code, h.out, h.err)
	}
	if code := h.run(cmd(newCmdReflect), "show", "last"); code != ExitUsage {
		t.Errorf("show last on empty store: exit %d", code)
	}
	s := h.store()
	for i, who := range []string{"Ana", "Sam"} {
		e := reflection.Entry{Who: who}
		e.Add(reflection.Questions()[0], "answer of "+who)
		if err := s.Create(&e, time.Date(2025, 1, 1+i, 9, 0, 0, 0, time.UTC)); err != nil {
			t.Fatal(err)
		}
	}
	h.out.Reset()
	if code := h.run(cmd(newCmdReflect), "list"); code != 0 {
		t.Fatal(code)
	}
	lines := strings.Split(strings.TrimSpace(h.out.String()), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "2025-01-02-090000  Sam  1/6") || !strings.HasPrefix(lines[1], "2025-01-01-090000  Ana") {
		t.Errorf("list:\n%s", h.out)
	}
	h.out.Reset()
	if code := h.run(cmd(newCmdReflect), "show", "last"); code != 0 {
		t.Fatal(code)
	}
	if !strings.Contains(h.out.String(), "# Reflection: Sam\n") || !strings.Contains(h.out.String(), "answer of Sam") {
		t.Errorf("show last:\n%s", h.out)
	}
	h.out.Reset()
	if code := h.run(cmd(newCmdReflect), "show", "2025-01-01"); code != 0 || !strings.Contains(h.out.String(), "answer of Ana") {
		t.Errorf("show by prefix: %d\n%s", code, h.out)
	}
}

func TestReflectQuestions(t *testing.T) {
	h := newJourneyHarness(t, nil)
	if code := h.run(cmd(newCmdReflect), "--questions"); code != 0 {
		t.Fatal(code)
	}
	lines := strings.Split(strings.TrimSpace(h.out.String()), "\n")
	if len(lines) != len(reflection.Questions()) || lines[0] != reflection.Questions()[0].Text {
		t.Errorf("questions:\n%s", h.out)
	}
	if _, err := os.Stat(h.dataDir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("--questions touched the data dir: %v", err)
	}
}

func TestQuoteForShell(t *testing.T) {
	for in, want := range map[string]string{"Sam": "Sam", "Mary Ann": "'Mary Ann'", "O'Neil": `'O'\''Neil'`, "": "''"} {
		if got := quoteForShell(in); got != want {
			t.Errorf("quoteForShell(%q) = %q, want %q", in, got, want)
		}
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met within 5s")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// reflectionStore adds Load (Resolve, then Read) for the tests.
type reflectionStore struct{ *reflection.Store }

func (s *reflectionStore) Load(ref string) (reflection.Entry, error) {
	id, err := s.Resolve(ref)
	if err != nil {
		return reflection.Entry{}, err
	}
	return s.Read(id)
}

// On a 60-column terminal every line reflect writes (intro, questions,
// hints, next steps) is word-wrapped to fit.
func TestReflectInteractiveWraps(t *testing.T) {
	h := newJourneyHarness(t, nil)
	h.ios.SetTTY(true, true, true)
	h.ios.SetColor(true)
	h.ios.SetWidth(60)
	h.in.WriteString("Sam\n" + strings.Repeat("An answer.\n\n", len(reflection.Questions())))
	if code := h.run(cmd(newCmdReflect)); code != 0 {
		t.Fatalf("exit %d: %s", code, h.err)
	}
	for _, q := range reflection.Questions() {
		if !strings.Contains(h.err.String(), q.Text[:10]) {
			t.Errorf("question %q not asked", q.Text)
		}
	}
	assertFits(t, h.err.String(), 60)
}
