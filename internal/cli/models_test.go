package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os/exec"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/llm/ollamatest"
)

func TestModelsList(t *testing.T) {
	srv := fakeServer(t)
	qwen := ollamatest.DefaultModel("qwen3:0.6b")
	qwen.Size, qwen.ParameterSize = 522_653_767, "751.63M"
	srv.SetModels(ollamatest.DefaultModel("llama3.2:latest"), qwen)
	f, out, errOut, _ := testFactory(t, srv)
	if code := Run(context.Background(), f, []string{"models"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want := []string{
		"  NAME             SIZE      PARAMS   MODIFIED",
		"* llama3.2:latest  2.0 GB    3.2B     2026-10-01",
		"  qwen3:0.6b       522.7 MB  751.63M  2026-10-01",
	}
	if diff := cmp.Diff(want, lines(out.String())); diff != "" {
		t.Errorf("models (-want +got):\n%s", diff)
	}
	if errOut.Len() != 0 {
		t.Errorf("stderr = %q", errOut)
	}
}

func TestModelsListJSON(t *testing.T) {
	srv := fakeServer(t)
	srv.SetModels(ollamatest.DefaultModel("llama3.2:latest"), ollamatest.DefaultModel("qwen3:0.6b"))
	f, out, _, _ := testFactory(t, srv, "AMENDS_MODEL", "qwen3:0.6b")
	if code := Run(context.Background(), f, []string{"models", "--json"}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	var rows []struct {
		Name       string `json:"name"`
		Configured bool   `json:"configured"`
		Size       int64  `json:"size"`
	}
	if err := json.Unmarshal(out.Bytes(), &rows); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	want := []struct {
		Name       string `json:"name"`
		Configured bool   `json:"configured"`
		Size       int64  `json:"size"`
	}{{"llama3.2:latest", false, 2019393189}, {"qwen3:0.6b", true, 2019393189}}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
}

func TestModelsListEmptyAndMissing(t *testing.T) {
	srv := fakeServer(t)
	srv.SetModels()
	f, out, errOut, _ := testFactory(t, srv)
	if code := Run(context.Background(), f, []string{"models"}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if out.Len() != 0 || errOut.String() != "No models yet. Get one with: amends models pull llama3.2\n" {
		t.Errorf("stdout %q, stderr %q", out, errOut)
	}

	srv.SetModels(ollamatest.DefaultModel("qwen3:0.6b"))
	f, out, errOut, _ = testFactory(t, srv)
	if code := Run(context.Background(), f, []string{"models"}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if strings.Contains(out.String(), "*") {
		t.Errorf("a model is marked:\n%s", out)
	}
	if errOut.String() != "The configured model \"llama3.2\" is not here. Get it with: amends models pull llama3.2\n" {
		t.Errorf("stderr %q", errOut)
	}
}

func TestModelsPullPlain(t *testing.T) {
	srv := fakeServer(t)
	srv.AddPullable(ollamatest.DefaultModel("tinyllama"))
	f, out, errOut, _ := testFactory(t, srv)
	if code := Run(context.Background(), f, []string{"models", "pull", "tinyllama"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want := []string{
		"Pulling tinyllama from " + srv.URL,
		"pulling manifest",
		"pulling a80c4f17acd5: 0% of 1.0 MB",
		"pulling a80c4f17acd5: 25% of 1.0 MB",
		"pulling a80c4f17acd5: 50% of 1.0 MB",
		"pulling a80c4f17acd5: 75% of 1.0 MB",
		"pulling a80c4f17acd5: 100% of 1.0 MB",
		"verifying sha256 digest",
		"writing manifest",
		"success",
		"Pulled tinyllama.",
	}
	if diff := cmp.Diff(want, lines(errOut.String())); diff != "" {
		t.Errorf("stderr (-want +got):\n%s", diff)
	}
	if out.Len() != 0 {
		t.Errorf("stdout = %q, want nothing (progress is conversation)", out)
	}
}

func TestModelsPullTerminalDrawsABar(t *testing.T) {
	srv := fakeServer(t)
	srv.AddPullable(ollamatest.DefaultModel("tinyllama"))
	f, out, errOut, _ := testFactory(t, srv)
	f.IO.SetTTY(true, true, true)
	if code := Run(context.Background(), f, []string{"models", "pull", "tinyllama"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	s := errOut.String()
	if !strings.Contains(s, "\r") || !strings.Contains(s, "100%") || !strings.HasSuffix(s, "success\nPulled tinyllama.\n") {
		t.Errorf("stderr on a terminal = %q", s)
	}
	if strings.Contains(s, "25% of") {
		t.Errorf("plain progress lines on a terminal: %q", s)
	}
	if out.Len() != 0 {
		t.Errorf("stdout = %q", out)
	}
}

func TestModelsPullErrors(t *testing.T) {
	t.Run("the registry has no such model", func(t *testing.T) {
		srv := fakeServer(t)
		f, _, errOut, _ := testFactory(t, srv)
		if code := Run(context.Background(), f, []string{"models", "pull", "nosuch"}); code != ExitError {
			t.Errorf("exit %d, want 1", code)
		}
		want := []string{
			"Pulling nosuch from " + srv.URL,
			"pulling manifest",
			`amends: cannot pull "nosuch": pull model manifest: file does not exist (check the name and tag at https://ollama.com/library)`,
		}
		if diff := cmp.Diff(want, lines(errOut.String())); diff != "" {
			t.Errorf("stderr (-want +got):\n%s", diff)
		}
		for _, r := range srv.Requests() {
			if r.Path == "/api/pull" && !strings.Contains(string(r.Body), `"nosuch"`) {
				t.Errorf("pull request = %s", r.Body)
			}
		}
	})
	t.Run("server down", func(t *testing.T) {
		srv := fakeServer(t)
		f, _, errOut, _ := testFactory(t, srv)
		srv.Close()
		if code := Run(context.Background(), f, []string{"models", "pull", "llama3.2"}); code != ExitError {
			t.Errorf("exit %d, want 1", code)
		}
		if !strings.HasSuffix(errOut.String(), "amends: cannot reach Ollama at "+srv.URL+" (is it running? try: ollama serve)\n") {
			t.Errorf("stderr = %q", errOut)
		}
	})
}

func TestPullReporterPlain(t *testing.T) {
	var b bytes.Buffer
	r := newPullReporter(&b, false)
	for _, p := range []llm.Progress{
		{Status: "pulling manifest"},
		{Status: "pulling manifest"}, // repeated: once
		{Status: "pulling aaa", Digest: "sha256:aaa", Total: 1000, Completed: 0},
		{Status: "pulling aaa", Digest: "sha256:aaa", Total: 1000, Completed: 100},
		{Status: "pulling aaa", Digest: "sha256:aaa", Total: 1000, Completed: 260},
		{Status: "pulling aaa", Digest: "sha256:aaa", Total: 1000, Completed: 270}, // same quarter
		{Status: "pulling aaa", Digest: "sha256:aaa", Total: 1000, Completed: 1000},
		{Status: "pulling bbb", Digest: "sha256:bbb", Total: 2_000_000, Completed: 1_999_999}, // a new layer starts over
		{Status: "success"},
	} {
		r.update(p)
	}
	r.finish()
	want := []string{
		"pulling manifest",
		"pulling aaa: 0% of 1.0 kB",
		"pulling aaa: 25% of 1.0 kB",
		"pulling aaa: 100% of 1.0 kB",
		"pulling bbb: 75% of 2.0 MB",
		"success",
	}
	if diff := cmp.Diff(want, lines(b.String())); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestHumanBytes(t *testing.T) {
	for n, want := range map[int64]string{
		0: "0 B", 999: "999 B", 1000: "1.0 kB", 1500: "1.5 kB", 999_999: "1000.0 kB",
		1_000_000: "1.0 MB", 2_019_393_189: "2.0 GB", 1_000_000_000_000: "1.0 TB",
	} {
		if got := humanBytes(n); got != want {
			t.Errorf("humanBytes(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestSameModelName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"llama3.2", "llama3.2:latest", true},
		{"llama3.2:latest", "llama3.2", true},
		{"Llama3.2", "llama3.2", true},
		{"llama3.2:1b", "llama3.2", false},
		{"qwen3:0.6b", "qwen3:0.6b", true},
	}
	for _, tt := range tests {
		if got := llm.SameModel(tt.a, tt.b); got != tt.want {
			t.Errorf("SameModel(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

// ensureModel is what every command that needs the model calls first.

// Present.
func TestEnsureModelPresent(t *testing.T) {
	srv := fakeServer(t)
	f, _, _, _ := testFactory(t, srv)
	_, cfg, info, err := ensureModel(context.Background(), f)
	if err != nil || cfg.Model != "llama3.2" || info.ContextLength != 131072 {
		t.Fatalf("cfg %+v, info %+v, err %v", cfg, info, err)
	}
}

// Missing in a pipe: the typed error, exit 1, no prompt.
func TestEnsureModelMissingInAPipe(t *testing.T) {
	srv := fakeServer(t)
	srv.AddPullable(ollamatest.DefaultModel("missing"))
	f, _, errOut, _ := testFactory(t, srv, "AMENDS_MODEL", "missing")
	_, _, _, err := ensureModel(context.Background(), f)
	var nf *llm.ModelNotFoundError
	if !errors.As(err, &nf) {
		t.Fatalf("err = %v (%T), want *llm.ModelNotFoundError", err, err)
	}
	code, msg := exitCode(err)
	if code != 1 || msg != `model "missing" is not pulled (try: ollama pull missing, or amends models pull missing)` {
		t.Errorf("exitCode = %d, %q", code, msg)
	}
	if errOut.Len() != 0 {
		t.Errorf("stderr = %q, want no prompt", errOut)
	}
	assertNoPull(t, srv)
}

// Missing on a terminal, user declines.
func TestEnsureModelMissingDeclined(t *testing.T) {
	srv := fakeServer(t)
	srv.AddPullable(ollamatest.DefaultModel("missing"))
	f, _, errOut, in := testFactory(t, srv, "AMENDS_MODEL", "missing")
	f.IO.SetTTY(true, true, true)
	in.WriteString("n\n")
	_, _, _, err := ensureModel(context.Background(), f)
	var nf *llm.ModelNotFoundError
	if !errors.As(err, &nf) {
		t.Fatalf("err = %v, want *llm.ModelNotFoundError", err)
	}
	if errOut.String() != `The model "missing" is not pulled yet. Pull it now? It downloads an unknown amount, often several GB. [y/N] ` {
		t.Errorf("stderr = %q", errOut)
	}
	assertNoPull(t, srv)
}

// Missing on a terminal, stdin closed: no.
func TestEnsureModelMissingStdinClosed(t *testing.T) {
	srv := fakeServer(t)
	f, _, _, _ := testFactory(t, srv, "AMENDS_MODEL", "missing")
	f.IO.SetTTY(true, true, true)
	_, _, _, err := ensureModel(context.Background(), f)
	var nf *llm.ModelNotFoundError
	if !errors.As(err, &nf) {
		t.Fatalf("err = %v, want *llm.ModelNotFoundError", err)
	}
}

// Missing on a terminal, Enter alone declines: a download of gigabytes
// needs a yes.
func TestEnsureModelMissingEnterDeclines(t *testing.T) {
	srv := fakeServer(t)
	srv.AddPullable(ollamatest.DefaultModel("missing"))
	f, _, _, in := testFactory(t, srv, "AMENDS_MODEL", "missing")
	f.IO.SetTTY(true, true, true)
	in.WriteString("\n")
	_, _, _, err := ensureModel(context.Background(), f)
	var nf *llm.ModelNotFoundError
	if !errors.As(err, &nf) {
		t.Fatalf("err = %v, want *llm.ModelNotFoundError", err)
	}
	assertNoPull(t, srv)
}

// Missing on a terminal, yes pulls it.
func TestEnsureModelMissingYesPulls(t *testing.T) {
	srv := fakeServer(t)
	srv.AddPullable(ollamatest.DefaultModel("missing"))
	f, _, errOut, in := testFactory(t, srv, "AMENDS_MODEL", "missing")
	f.IO.SetTTY(true, true, true)
	in.WriteString("y\n")
	_, _, info, err := ensureModel(context.Background(), f)
	if err != nil {
		t.Fatalf("err = %v; stderr %q", err, errOut)
	}
	if info.Name != "missing" || info.ContextLength != 131072 {
		t.Errorf("info = %+v", info)
	}
	if !strings.HasSuffix(errOut.String(), "Pulled missing.\n") {
		t.Errorf("stderr = %q", errOut)
	}
}

// Missing on a terminal, the pull fails.
func TestEnsureModelMissingPullFails(t *testing.T) {
	srv := fakeServer(t)
	f, _, _, in := testFactory(t, srv, "AMENDS_MODEL", "missing")
	f.IO.SetTTY(true, true, true)
	in.WriteString("y\n")
	_, _, _, err := ensureModel(context.Background(), f)
	if err == nil || !strings.Contains(err.Error(), `cannot pull "missing": `) {
		t.Fatalf("err = %v, want the pull's error", err)
	}
	if code, _ := exitCode(err); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
}

// Server down in a pipe.
func TestEnsureModelServerDownInAPipe(t *testing.T) {
	srv := fakeServer(t)
	f, _, errOut, _ := testFactory(t, srv)
	srv.Close()
	_, _, _, err := ensureModel(context.Background(), f)
	code, msg := exitCode(err)
	if code != 1 || msg != "cannot reach Ollama at "+srv.URL+" (is it running? try: ollama serve)" {
		t.Errorf("exitCode = %d, %q", code, msg)
	}
	if errOut.Len() != 0 {
		t.Errorf("stderr = %q", errOut)
	}
}

// Server down on a terminal, no ollama on PATH: no offer.
func TestEnsureModelServerDownNoOllama(t *testing.T) {
	srv := fakeServer(t)
	f, _, errOut, _ := testFactory(t, srv)
	f.IO.SetTTY(true, true, true)
	srv.Close()
	_, _, _, err := ensureModel(context.Background(), f)
	var un *llm.UnreachableError
	if !errors.As(err, &un) || errOut.Len() != 0 {
		t.Errorf("err %v, stderr %q", err, errOut)
	}
}

// Server down on a terminal, user declines to start it.
func TestEnsureModelServerDownDeclined(t *testing.T) {
	srv := fakeServer(t)
	f, _, errOut, in := testFactory(t, srv)
	f.IO.SetTTY(true, true, true)
	f.LookPath = func(string) (string, error) { return "/opt/bin/ollama", nil }
	started := false
	f.StartProcess = func(*exec.Cmd) error { started = true; return nil }
	in.WriteString("no\n")
	srv.Close()
	_, _, _, err := ensureModel(context.Background(), f)
	var un *llm.UnreachableError
	if !errors.As(err, &un) {
		t.Fatalf("err = %v, want *llm.UnreachableError", err)
	}
	if started {
		t.Error("started ollama after a no")
	}
	want := "Ollama is not running at " + srv.URL + ". Start it now with `/opt/bin/ollama serve`? [Y/n] "
	if errOut.String() != want {
		t.Errorf("stderr = %q, want %q", errOut, want)
	}
}

// Server down on a terminal, start fails.
func TestEnsureModelServerDownStartFails(t *testing.T) {
	srv := fakeServer(t)
	f, _, errOut, in := testFactory(t, srv)
	f.IO.SetTTY(true, true, true)
	f.LookPath = func(string) (string, error) { return "/opt/bin/ollama", nil }
	var got *exec.Cmd
	f.StartProcess = func(c *exec.Cmd) error { got = c; return errors.New("exec format error") }
	in.WriteString("y\n")
	srv.Close()
	_, _, _, err := ensureModel(context.Background(), f)
	var un *llm.UnreachableError
	if !errors.As(err, &un) {
		t.Fatalf("err = %v, want *llm.UnreachableError", err)
	}
	if got == nil || got.Path != "/opt/bin/ollama" || strings.Join(got.Args, " ") != "/opt/bin/ollama serve" {
		t.Fatalf("started %+v", got)
	}
	if !strings.HasSuffix(errOut.String(), "could not start ollama: exec format error\n") {
		t.Errorf("stderr = %q", errOut)
	}
}

// Server down and not on this machine: no offer.
func TestEnsureModelServerDownRemote(t *testing.T) {
	srv := fakeServer(t)
	f, _, errOut, _ := testFactory(t, srv, "OLLAMA_HOST", "http://192.0.2.1:11434")
	f.IO.SetTTY(true, true, true)
	f.LookPath = func(string) (string, error) { return "/opt/bin/ollama", nil }
	cfg, err := f.Config()
	if err != nil {
		t.Fatal(err)
	}
	client := llm.New(cfg.Host, llm.Settings{})
	if offerStartServer(context.Background(), f, client, cfg) {
		t.Error("offered to start a server for a remote host")
	}
	if errOut.Len() != 0 {
		t.Errorf("stderr = %q", errOut)
	}
}

func assertNoPull(t *testing.T, srv *ollamatest.Server) {
	t.Helper()
	for _, r := range srv.Requests() {
		if r.Path == "/api/pull" {
			t.Errorf("pulled without asking: %s", r.Body)
		}
	}
}
