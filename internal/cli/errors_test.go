package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amends-cli/amends/internal/config"
	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/llm/ollamatest"
	"github.com/amends-cli/amends/internal/repl"
	"github.com/amends-cli/amends/internal/usage"
)

// badInput is an error from a package below cli that marks itself as a
// usage error with an Is method.
type badInput struct{ bad bool }

func (e badInput) Error() string        { return "the draft is empty" }
func (e badInput) Is(target error) bool { return e.bad && target == usage.ErrUsage }

func TestExitCode(t *testing.T) {
	unreachable := &llm.UnreachableError{URL: "http://127.0.0.1:11434", Err: errors.New("dial tcp: connection refused")}
	notFound := &llm.ModelNotFoundError{Model: "llama3.2"}
	stream := &llm.StreamError{Partial: "I hear", Err: llm.ErrIncomplete}
	fileErr := &config.FileError{Path: "/home/u/.config/amends/config.toml", Line: 3, Msg: "expected value"}

	tests := []struct {
		name     string
		err      error
		wantCode int
		wantMsg  string
	}{
		{"nil", nil, 0, ""},

		{"usage.Errorf", usage.Errorf("unknown scenario %q", "x"), 2, `unknown scenario "x"`},
		{"wrapped usage error", fmt.Errorf("practice: %w", usage.Errorf("bad")), 2, "practice: bad"},
		{"usage.Wrap", usage.Wrap(errors.New("the draft is empty")), 2, "the draft is empty"},
		{"config.HostError", &config.HostError{Value: "x:0", Msg: "bad port"}, 2, (&config.HostError{Value: "x:0", Msg: "bad port"}).Error()},
		{"config.FileError", fileErr, 2, "config file /home/u/.config/amends/config.toml, line 3: expected value (fix or remove the file)"},
		{"wrapped config.FileError", fmt.Errorf("load: %w", fileErr), 2, "load: " + fileErr.Error()},
		{"Is(ErrUsage)", badInput{true}, 2, "the draft is empty"},
		{"wrapped Is(ErrUsage)", fmt.Errorf("critique: %w", badInput{true}), 2, "critique: the draft is empty"},
		{"not Is(ErrUsage) is a runtime error", badInput{false}, 1, "the draft is empty"},

		{"ThresholdError", &ThresholdError{Score: 42, Floor: 60}, 3, "score 42 is below --fail-under 60"},
		{"wrapped ThresholdError", fmt.Errorf("x: %w", &ThresholdError{Score: 1, Floor: 2}), 3, "score 1 is below --fail-under 2"},

		{"SilentError 1", &SilentError{Code: 1}, 1, ""},
		{"SilentError 3", &SilentError{Code: 3}, 3, ""},
		{"wrapped SilentError", fmt.Errorf("x: %w", &SilentError{Code: 2}), 2, ""},

		{"ErrInterrupted", ErrInterrupted, 130, "interrupted"},
		{"context.Canceled", context.Canceled, 130, "interrupted"},
		{"wrapped context.Canceled", fmt.Errorf("pull llama3.2: %w", context.Canceled), 130, "interrupted"},
		{"interrupt beats a usage error around it", usage.Wrap(context.Canceled), 130, "interrupted"},

		{"UnreachableError", unreachable, 1, "cannot reach Ollama at http://127.0.0.1:11434 (is it running? try: ollama serve)"},
		{"wrapped UnreachableError keeps its own words", fmt.Errorf("pull llama3.2: %w", unreachable), 1, "cannot reach Ollama at http://127.0.0.1:11434 (is it running? try: ollama serve)"},
		{"ModelNotFoundError", notFound, 1, `model "llama3.2" is not pulled (try: ollama pull llama3.2, or amends models pull llama3.2)`},
		{"wrapped ModelNotFoundError", fmt.Errorf("practice: %w", notFound), 1, `model "llama3.2" is not pulled (try: ollama pull llama3.2, or amends models pull llama3.2)`},
		{"StreamError", stream, 1, "the reply stopped before it was finished: the connection to Ollama was lost mid-reply"},
		{"StreamError idle", &llm.StreamError{Err: llm.ErrIdle}, 1, "the reply stopped before it was finished: no reply from the model within the idle timeout (raise it with --timeout, or check the server)"},
		{"ServerError", &llm.ServerError{StatusCode: 500, Message: "boom"}, 1, "ollama: boom (status 500)"},

		// No matching of cobra's words: the command tree marks its own
		// usage errors (TestRunUsageErrors), and an unmarked error that
		// reads like one is a runtime error.
		{"no string matching", errors.New("unknown flag: --bogus"), 1, "unknown flag: --bogus"},

		{"anything else", errors.New("open /x: permission denied"), 1, "open /x: permission denied"},
		{"DeadlineExceeded is a runtime error", context.DeadlineExceeded, 1, "context deadline exceeded"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, msg := exitCode(tt.err)
			if code != tt.wantCode || msg != tt.wantMsg {
				t.Errorf("exitCode(%v) = %d, %q; want %d, %q", tt.err, code, msg, tt.wantCode, tt.wantMsg)
			}
		})
	}
}

func TestExitCodeConstants(t *testing.T) {
	// The contract printed by --help and documented in the README.
	got := []int{ExitOK, ExitError, ExitUsage, ExitBelowFloor, ExitInterrupted}
	if diff := cmp.Diff([]int{0, 1, 2, 3, 130}, got); diff != "" {
		t.Errorf("exit codes (-want +got):\n%s", diff)
	}
	for _, line := range []string{"  0    ok", "  1    runtime error", "  2    usage error or bad input", "  3    a draft scored below --fail-under", "  130  interrupted (Ctrl-C)"} {
		if !strings.Contains(rootLong, line) {
			t.Errorf("--help does not list %q", line)
		}
	}
}

func TestPrintError(t *testing.T) {
	tests := []struct {
		err  error
		code int
		want string
	}{
		{nil, 0, ""},
		{&ThresholdError{Score: 1, Floor: 2}, 3, "amends: score 1 is below --fail-under 2\n"},
		{&SilentError{Code: 1}, 1, ""},
		{errors.New("boom"), 1, "amends: boom\n"},
		{&unknownCommandError{msg: `unknown command "x" for "amends"`}, 2, "amends: unknown command \"x\" for \"amends\"\nRun 'amends --help' for the list of commands.\n"},
		{usage.Errorf("unknown flag: --x"), 2, "amends: unknown flag: --x\n"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if code := printError(&b, tt.err); code != tt.code || b.String() != tt.want {
			t.Errorf("printError(%v) = %d, %q; want %d, %q", tt.err, code, b.String(), tt.code, tt.want)
		}
	}
}

// testFactory returns a Factory over buffers, with an environment that
// points at srv (nil: a closed server) and private XDG folders, plus kv.
func testFactory(t *testing.T, srv *ollamatest.Server, kv ...string) (f *Factory, out, errOut *bytes.Buffer, in *bytes.Buffer) {
	t.Helper()
	dir := t.TempDir()
	env := map[string]string{
		"HOME":            filepath.Join(dir, "home"),
		"XDG_CONFIG_HOME": filepath.Join(dir, "config"),
		"XDG_DATA_HOME":   filepath.Join(dir, "data"),
		"XDG_CACHE_HOME":  filepath.Join(dir, "cache"),
	}
	if srv != nil {
		env["OLLAMA_HOST"] = srv.URL
	}
	if len(kv)%2 != 0 {
		t.Fatal("testFactory: odd kv")
	}
	for i := 0; i < len(kv); i += 2 {
		env[kv[i]] = kv[i+1]
	}
	ios, in, out, errOut := iostreams.Test()
	f = NewFactory(ios, func(k string) (string, bool) { v, ok := env[k]; return v, ok })
	// No real ollama binary, and never start a process, unless a test says so.
	f.LookPath = func(string) (string, error) { return "", errors.New("not found") }
	f.StartProcess = func(*exec.Cmd) error { return errors.New("tests start no processes") }
	return f, out, errOut, in
}

func fakeServer(t *testing.T) *ollamatest.Server {
	t.Helper()
	s := ollamatest.New()
	t.Cleanup(s.Close)
	return s
}

func TestRunUsageErrors(t *testing.T) {
	tests := []struct {
		args    []string
		wantErr string
	}{
		{[]string{"bogus"}, "amends: unknown command \"bogus\" for \"amends\"\nRun 'amends --help' for the list of commands.\n"},
		{[]string{"--bogus"}, "amends: unknown flag: --bogus\n"},
		{[]string{"doctor", "--bogus"}, "amends: unknown flag: --bogus\n"},
		{[]string{"doctor", "x"}, "amends: unknown command \"x\" for \"amends doctor\"\nRun 'amends --help' for the list of commands.\n"},
		{[]string{"version", "x"}, "amends: unknown command \"x\" for \"amends version\"\nRun 'amends --help' for the list of commands.\n"},
		{[]string{"models", "pull"}, "amends: accepts 1 arg(s), received 0\n"},
		{[]string{"--model"}, "amends: flag needs an argument: --model\n"},
		{[]string{"--timeout", "soon", "doctor"}, "amends: invalid argument \"soon\" for \"--timeout\" flag: time: invalid duration \"soon\"\n"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			srv := fakeServer(t)
			f, out, errOut, _ := testFactory(t, srv)
			if code := Run(context.Background(), f, tt.args); code != ExitUsage {
				t.Errorf("exit %d, want 2", code)
			}
			if out.Len() != 0 {
				t.Errorf("stdout = %q, want nothing", out)
			}
			if errOut.String() != tt.wantErr {
				t.Errorf("stderr = %q, want %q", errOut, tt.wantErr)
			}
			if n := len(srv.Requests()); n != 0 {
				t.Errorf("%d requests to the server, want none", n)
			}
		})
	}
}

func TestRunConfigFileErrorIsUsage(t *testing.T) {
	srv := fakeServer(t)
	f, out, errOut, _ := testFactory(t, srv)
	path := filepath.Join(t.TempDir(), "c.toml")
	if err := os.WriteFile(path, []byte("model = \"a\"\nhost = \n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code := Run(context.Background(), f, []string{"--config", path, "models"}); code != ExitUsage {
		t.Errorf("exit %d, want 2", code)
	}
	want := "amends: config file " + path + ", line 2: expected value but found '\\n' instead (fix or remove the file)\n"
	if errOut.String() != want || out.Len() != 0 {
		t.Errorf("stdout %q, stderr %q; want stderr %q", out, errOut, want)
	}
}

func TestRunInterrupted(t *testing.T) {
	// Ctrl-C cannot be sent from a script; a cancelled context is what it
	// turns into.
	for _, args := range [][]string{{"doctor"}, {"models"}, {"models", "pull", "llama3.2"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			srv := fakeServer(t)
			srv.AddPullable(ollamatest.DefaultModel("llama3.2"))
			f, _, errOut, _ := testFactory(t, srv)
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			if code := Run(ctx, f, args); code != ExitInterrupted {
				t.Errorf("exit %d, want 130 (stderr %q)", code, errOut)
			}
			if !strings.HasSuffix(errOut.String(), "amends: interrupted\n") {
				t.Errorf("stderr = %q, want it to end with the interrupted line", errOut)
			}
		})
	}
}

func TestExitCodeForSignals(t *testing.T) {
	for sig, want := range map[os.Signal]int{syscall.SIGTERM: ExitTerminated, syscall.SIGHUP: ExitHangup, os.Interrupt: ExitInterrupted} {
		code, msg := exitCode(fmt.Errorf("practice: %w", &repl.SignalError{Signal: sig}))
		if code != want || !strings.HasPrefix(msg, "interrupted by SIG") {
			t.Errorf("%v: exit %d %q, want %d", sig, code, msg, want)
		}
	}
}
