//go:build e2e && unix

package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// amends critique against the real server: the model's verdict comes back
// through the JSON schema and is merged with the offline rules.

// critiqueDraft has known rule findings ("sorry if you feel", "but", an
// excuse, "you always") and non-ASCII bytes (curly apostrophes, an em dash)
// before some of them, so byte offsets are checked for real. The trailing
// newline is part of the draft as read.
const critiqueDraft = "I’m sorry if you feel hurt — but I was tired. You always overreact about dinners.\n"

// critiqueReport is the part of `amends critique --json` the tests check.
type critiqueReport struct {
	Kind     string `json:"kind"`
	Score    *int   `json:"score"`
	Source   string `json:"source"`
	Model    string `json:"model"`
	Note     string `json:"note"`
	Elements map[string]*struct {
		Present      *bool  `json:"present"`
		Evidence     string `json:"evidence"`
		Note         string `json:"note"`
		ModelPresent *bool  `json:"model_present"`
		ModelNote    string `json:"model_note"`
	} `json:"elements"`
	Findings []struct {
		Category string `json:"category"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		Quote    string `json:"quote"`
	} `json:"findings"`
}

func writeDraft(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "draft.txt")
	if err := os.WriteFile(path, []byte(critiqueDraft), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func parseCritique(t *testing.T, stdout string) critiqueReport {
	t.Helper()
	var r critiqueReport
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatalf("critique --json stdout is not JSON: %v\n%s", err, stdout)
	}
	return r
}

// checkRuleFindings: the rules flagged the draft, and every quote is the
// draft's own bytes at [start:end].
func checkRuleFindings(t *testing.T, r critiqueReport, draft string) {
	t.Helper()
	if len(r.Findings) == 0 {
		t.Fatalf("no findings for a draft with a deflection, a but-clause and an excuse")
	}
	cats := map[string]bool{}
	for i, f := range r.Findings {
		cats[f.Category] = true
		if f.Start < 0 || f.End < f.Start || f.End > len(draft) {
			t.Errorf("finding %d (%s): span [%d:%d] outside the %d-byte draft", i, f.Category, f.Start, f.End, len(draft))
			continue
		}
		if got := draft[f.Start:f.End]; got != f.Quote {
			t.Errorf("finding %d (%s): quote %q != draft[%d:%d] %q", i, f.Category, f.Quote, f.Start, f.End, got)
		}
	}
	for _, want := range []string{"deflection", "but-clause", "excuse"} {
		if !cats[want] {
			t.Errorf("no %q finding; categories: %v", want, cats)
		}
	}
}

func TestCritiqueWithModel(t *testing.T) {
	env := amendsEnv(t, nil)
	draft := writeDraft(t)
	stdout, stderr, code := runAmends(t, env, "", "critique", "--json", "-f", draft)
	if code != 0 {
		t.Fatalf("exit %d, want 0\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	// A fallback to the rules would say so on stderr.
	if strings.Contains(stderr, "offline rules only") {
		t.Errorf("critique fell back to the rules:\n%s", stderr)
	}
	r := parseCritique(t, stdout)
	if r.Source != "rules+model" {
		t.Errorf("source %q, want rules+model (stderr: %s)", r.Source, stderr)
	}
	if r.Model != tinyModelName {
		t.Errorf("model %q, want %q", r.Model, tinyModelName)
	}
	if r.Score == nil || *r.Score < 0 || *r.Score > 100 {
		t.Errorf("score %v, want 0..100", r.Score)
	}
	checkRuleFindings(t, r, critiqueDraft)

	// The model's part came through the schema: a verdict on every element,
	// and any evidence it quoted is the draft's own words.
	for _, name := range []string{"acknowledgment", "responsibility", "commitment"} {
		el := r.Elements[name]
		if el == nil {
			t.Errorf("element %q missing: %s", name, stdout)
			continue
		}
		if el.ModelPresent == nil {
			t.Errorf("element %q has no model_present: the model's verdict did not come through", name)
		}
		if el.Present == nil {
			t.Errorf("element %q has no present", name)
		}
		if !strings.Contains(critiqueDraft, el.Evidence) {
			t.Errorf("element %q: evidence %q is not in the draft", name, el.Evidence)
		}
	}
	if len(r.Elements) != 3 {
		t.Errorf("%d elements, want 3: %s", len(r.Elements), stdout)
	}
	assertNoANSI(t, stdout, stderr)
	t.Logf("score %d, note %q", *r.Score, r.Note)
}

// TestCritiqueOffline: --offline sends no request. Against a closed port a
// request would end in the "cannot reach" notice (checked first, so the
// assertion can fail); with --offline there is no notice and the same rules.
func TestCritiqueOffline(t *testing.T) {
	port, err := freePort()
	if err != nil {
		t.Fatal(err)
	}
	closed := fmt.Sprintf("http://127.0.0.1:%d", port)
	env := amendsEnv(t, nil, "OLLAMA_HOST="+closed)
	draft := writeDraft(t)

	// Control: without --offline, amends tries the closed port and says so.
	stdout, stderr, code := runAmends(t, env, "", "critique", "--json", "-f", draft)
	if code != 0 || !strings.Contains(stderr, "cannot reach Ollama at "+closed) {
		t.Fatalf("control run against a closed port: exit %d, want 0 and a cannot-reach notice\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if r := parseCritique(t, stdout); r.Source != "rules" {
		t.Errorf("control run: source %q, want rules", r.Source)
	}

	stdout, stderr, code = runAmends(t, env, "", "critique", "--offline", "--json", "-f", draft)
	if code != 0 {
		t.Fatalf("--offline: exit %d, want 0\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if stderr != "" {
		t.Errorf("--offline wrote to stderr (did it try the server?):\n%s", stderr)
	}
	r := parseCritique(t, stdout)
	if r.Source != "rules" || r.Model != "" {
		t.Errorf("--offline: source %q model %q, want rules and no model", r.Source, r.Model)
	}
	for name, el := range r.Elements {
		if el != nil && el.ModelPresent != nil {
			t.Errorf("--offline: element %q has model_present", name)
		}
	}
	checkRuleFindings(t, r, critiqueDraft)
}
