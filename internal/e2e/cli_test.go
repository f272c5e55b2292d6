//go:build e2e && unix

package e2e

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The CLI contract against the real server: doctor, models, and the
// missing-model and unreachable-server errors.

const missingModelMsg = `model "missing-model" is not pulled (try: ollama pull missing-model, or amends models pull missing-model)`

func TestDoctor(t *testing.T) {
	tag := sharedServer(t).tinyModelTag(t)
	stdout, stderr, code := runAmends(t, nil, "", "doctor")
	if code != 0 {
		t.Fatalf("amends doctor: exit %d, want 0\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	out := stdout + stderr
	if !strings.Contains(out, fmt.Sprint(tinyContextLength)) {
		t.Errorf("doctor does not report the context length %d:\n%s", tinyContextLength, out)
	}
	if !strings.Contains(out, tinyModelName) {
		t.Errorf("doctor does not name the model %s:\n%s", tinyModelName, out)
	}
	assertDigestPrefix(t, out, tag.Digest)
	assertNoANSI(t, stdout, stderr)
}

func TestDoctorJSON(t *testing.T) {
	tag := sharedServer(t).tinyModelTag(t)
	stdout, stderr, code := runAmends(t, nil, "", "doctor", "--json")
	if code != 0 {
		t.Fatalf("amends doctor --json: exit %d, want 0\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	var v any
	if err := json.Unmarshal([]byte(stdout), &v); err != nil {
		t.Fatalf("doctor --json stdout is not JSON: %v\n%s", err, stdout)
	}
	switch v.(type) {
	case map[string]any, []any:
	default:
		t.Fatalf("doctor --json: want an object or array, got %T: %s", v, stdout)
	}
	// The same facts as the human report, somewhere in the document.
	if !strings.Contains(stdout, fmt.Sprint(tinyContextLength)) {
		t.Errorf("doctor --json does not report the context length %d:\n%s", tinyContextLength, stdout)
	}
	if !strings.Contains(stdout, tinyModelName) {
		t.Errorf("doctor --json does not name the model %s:\n%s", tinyModelName, stdout)
	}
	assertDigestPrefix(t, stdout, tag.Digest)
	assertNoANSI(t, stdout, stderr)
}

func TestModelsListsTinyModel(t *testing.T) {
	stdout, stderr, code := runAmends(t, nil, "", "models")
	if code != 0 {
		t.Fatalf("amends models: exit %d, want 0\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if !strings.Contains(stdout, tinyModelName) {
		t.Errorf("amends models stdout does not list %s:\n%s\nstderr:\n%s", tinyModelName, stdout, stderr)
	}
	assertNoANSI(t, stdout, stderr)
}

// TestMissingModel: the real server's 404 becomes our message and exit 1.
// doctor reports it as a failed check in its report (stdout); commands that
// need the model to go on report it on stderr.
func TestMissingModel(t *testing.T) {
	cases := []struct {
		name   string
		env    []string
		args   []string
		stdin  string
		stream string // where the message must appear: "stderr" or "any"
		opt    string // a command that may not exist yet: skip if unknown
	}{
		{name: "flag/doctor", args: []string{"--model", "missing-model", "doctor"}, stream: "any"},
		{name: "env/doctor", env: []string{"AMENDS_MODEL=missing-model"}, args: []string{"doctor"}, stream: "any"},
		{
			name: "flag/practice", args: []string{"--model", "missing-model", "practice", "--scenario", "missed-birthday", "--no-save"},
			stdin: "I'm sorry I missed your birthday.\n", stream: "stderr", opt: "practice",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			env := amendsEnv(t, nil, tc.env...)
			if tc.opt != "" {
				requireCommand(t, env, tc.opt)
			}
			stdout, stderr, code := runAmends(t, env, tc.stdin, tc.args...)
			if code != 1 {
				t.Errorf("exit %d, want 1\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
			}
			where := stderr
			if tc.stream == "any" {
				where = stdout + stderr
			}
			if !strings.Contains(where, missingModelMsg) {
				t.Errorf("%s lacks the missing-model message\nwant: %s\nstdout:\n%s\nstderr:\n%s", tc.stream, missingModelMsg, stdout, stderr)
			}
			assertNoANSI(t, stdout, stderr)
		})
	}
}

// TestCritiqueMissingModel: critique still gives the offline rules' verdict
// when the model is missing, and says why on stderr (never on stdout, which
// is the critique itself).
func TestCritiqueMissingModel(t *testing.T) {
	env := amendsEnv(t, nil, "AMENDS_MODEL=missing-model")
	requireCommand(t, env, "critique")
	stdout, stderr, code := runAmends(t, env, "", "critique", "I'm sorry I didn't call.")
	if !strings.Contains(stderr, missingModelMsg) {
		t.Errorf("stderr lacks the missing-model message\nwant: %s\nstderr:\n%s", missingModelMsg, stderr)
	}
	if strings.Contains(stdout, "not pulled") {
		t.Errorf("the missing-model note leaked into stdout:\n%s", stdout)
	}
	switch code {
	case 0:
		if strings.TrimSpace(stdout) == "" {
			t.Error("exit 0 but no critique on stdout")
		}
	case 1:
	default:
		t.Errorf("exit %d, want 0 (offline fallback) or 1\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	assertNoANSI(t, stdout, stderr)
}

// TestServerDown kills a private server under amends, then brings it back:
// the unreachable error must name the URL tried and `ollama serve`.
func TestServerDown(t *testing.T) {
	srv := startServer(t)
	env := amendsEnv(t, srv)
	if stdout, stderr, code := runAmends(t, env, "", "doctor"); code != 0 {
		t.Fatalf("doctor against a live private server: exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}

	srv.Kill()
	if srv.Running() {
		t.Fatal("server still running after Kill")
	}
	// doctor: a failed check in the report.
	stdout, stderr, code := runAmends(t, env, "", "doctor")
	if code != 1 {
		t.Errorf("doctor with the server down: exit %d, want 1\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if out := stdout + stderr; !strings.Contains(out, srv.URL) || !strings.Contains(out, "ollama serve") {
		t.Errorf("doctor should name %s and `ollama serve`:\n%s", srv.URL, out)
	}
	// models: an error, on stderr.
	stdout, stderr, code = runAmends(t, env, "", "models")
	if code != 1 {
		t.Errorf("models with the server down: exit %d, want 1\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if !strings.Contains(stderr, srv.URL) || !strings.Contains(stderr, "ollama serve") {
		t.Errorf("models stderr should name %s and `ollama serve`:\n%s", srv.URL, stderr)
	}

	start := time.Now()
	srv.Restart(t)
	t.Logf("restarted in %v", time.Since(start).Round(time.Millisecond))
	if stdout, stderr, code := runAmends(t, env, "", "models"); code != 0 || !strings.Contains(stdout, tinyModelName) {
		t.Errorf("models after restart: exit %d, want 0 and %s listed\nstdout:\n%s\nstderr:\n%s", code, tinyModelName, stdout, stderr)
	}
}

// requireCommand skips the test when amends does not (yet) have the command.
func requireCommand(t *testing.T, env []string, name string) {
	t.Helper()
	stdout, stderr, code := runAmends(t, env, "", name, "--help")
	if code != 0 && strings.Contains(stdout+stderr, "unknown command") {
		t.Skipf("amends has no %q command yet", name)
	}
}

var hexRun = regexp.MustCompile(`[0-9a-f]{7,64}`)

// assertDigestPrefix wants out to show the model's digest: a run of at least
// 7 hex digits that starts the digest (as `ollama list` shows 12).
func assertDigestPrefix(t *testing.T, out, digest string) {
	t.Helper()
	digest = strings.TrimPrefix(digest, "sha256:")
	for _, m := range hexRun.FindAllString(out, -1) {
		if strings.HasPrefix(digest, m) {
			return
		}
	}
	t.Errorf("output does not show the digest (want a prefix of %s, at least 7 hex digits):\n%s", digest, out)
}

func assertNoANSI(t *testing.T, outputs ...string) {
	t.Helper()
	for _, o := range outputs {
		if strings.Contains(o, "\x1b[") {
			t.Errorf("ANSI escape in output despite NO_COLOR=1 and no TTY: %q", o)
		}
	}
}
