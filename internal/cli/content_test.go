package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/amends-cli/amends/guide"
	"github.com/amends-cli/amends/internal/config"
	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/scenario"
)

// contentHarness runs one of the content commands (guide, scenarios,
// prompts) on test streams, with XDG_CONFIG_HOME in a temporary folder.
type contentHarness struct {
	t         *testing.T
	configDir string // $XDG_CONFIG_HOME/amends
	ios       *iostreams.IOStreams
	out, errb *bytes.Buffer
}

func newContentHarness(t *testing.T) *contentHarness {
	t.Helper()
	xdg := t.TempDir()
	return &contentHarness{t: t, configDir: filepath.Join(xdg, "amends")}
}

func (h *contentHarness) run(build func(*Factory) *cobra.Command, args ...string) (code int, msg string) {
	h.t.Helper()
	ios, _, out, errb := iostreams.Test()
	if h.ios != nil {
		ios = h.ios
		out, errb = ios.Out.(*bytes.Buffer), ios.ErrOut.(*bytes.Buffer)
	}
	h.out, h.errb = out, errb
	xdg := filepath.Dir(h.configDir)
	env := config.Env(func(k string) (string, bool) {
		switch k {
		case "XDG_CONFIG_HOME":
			return xdg, true
		case "XDG_DATA_HOME":
			return filepath.Join(xdg, "data"), true
		case "XDG_CACHE_HOME":
			return filepath.Join(xdg, "cache"), true
		}
		return "", false
	})
	f := NewFactory(ios, env)
	cmd := build(f)
	cmd.SetArgs(args)
	cmd.SetOut(ios.Out)
	cmd.SetErr(ios.ErrOut)
	cmd.SilenceUsage, cmd.SilenceErrors = true, true
	markUsageErrors(cmd)
	err := cmd.Execute()
	return exitCode(err)
}

func (h *contentHarness) write(rel, text string) string {
	h.t.Helper()
	p := filepath.Join(h.configDir, rel)
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		h.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		h.t.Fatal(err)
	}
	return p
}

func noEscapes(t *testing.T, s string) {
	t.Helper()
	if strings.Contains(s, "\x1b[") {
		t.Errorf("plain output has escape codes: %q", s)
	}
}

func TestGuideList(t *testing.T) {
	h := newContentHarness(t)
	code, msg := h.run(cmd(newCmdGuide))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, msg)
	}
	out := h.out.String()
	if !strings.HasPrefix(out, "STEP") {
		t.Errorf("no header: %q", out)
	}
	for _, s := range guide.Slugs() {
		if !strings.Contains(out, "\n"+s+" ") {
			t.Errorf("list lacks %q", s)
		}
	}
	noEscapes(t, out)
	if h.errb.Len() != 0 {
		t.Errorf("stderr not empty when not a terminal: %q", h.errb)
	}
}

func TestGuideShowPlain(t *testing.T) {
	h := newContentHarness(t)
	if code, msg := h.run(cmd(newCmdGuide), "Apology"); code != 0 {
		t.Fatalf("exit %d: %s", code, msg)
	}
	out := h.out.String()
	if !strings.HasPrefix(out, "# Apologise well\n") || !strings.Contains(out, "## Responsibility") || !strings.Contains(out, "Source: "+guide.ArticleTitle) {
		t.Errorf("plain guide output:\n%s", out)
	}
	noEscapes(t, out)
}

func TestGuideShowTerminal(t *testing.T) {
	h := newContentHarness(t)
	h.ios, _, _, _ = iostreams.Test()
	h.ios.SetTTY(false, true, true)
	h.ios.SetColor(true)
	if code, msg := h.run(cmd(newCmdGuide), "trust"); code != 0 {
		t.Fatalf("exit %d: %s", code, msg)
	}
	out := h.out.String()
	if !strings.Contains(out, "\x1b[") || !strings.Contains(out, "consistent") || strings.Contains(out, "## Be consistent") {
		t.Errorf("terminal output is not rendered Markdown:\n%s", out)
	}

	// A terminal with colour off is still laid out (headings without
	// their "##", bullets), but carries no escape codes.
	h.ios, _, _, _ = iostreams.Test()
	h.ios.SetTTY(false, true, true)
	h.ios.SetColor(false)
	h.run(cmd(newCmdGuide), "trust")
	if got := h.out.String(); strings.Contains(got, "## Be consistent") || !strings.Contains(got, "Be consistent") || !strings.Contains(got, "• ") {
		t.Errorf("colour off: not laid out:\n%s", got)
	}
	noEscapes(t, h.out.String())
}

func TestGuideJSON(t *testing.T) {
	h := newContentHarness(t)
	h.run(cmd(newCmdGuide), "--json")
	var list []guideListItem
	if err := json.Unmarshal(h.out.Bytes(), &list); err != nil || len(list) != len(guide.Topics()) || list[0].Slug != "reflect" {
		t.Fatalf("list JSON: %v %+v", err, list)
	}
	h.run(cmd(newCmdGuide), "let-go", "--json")
	var one map[string]any
	if err := json.Unmarshal(h.out.Bytes(), &one); err != nil {
		t.Fatal(err)
	}
	if one["slug"] != "let-go" || !strings.Contains(one["body"].(string), "988") || one["source"] != guide.ArticleTitle {
		t.Errorf("one JSON: %v", one)
	}
}

func TestGuideUnknown(t *testing.T) {
	h := newContentHarness(t)
	code, msg := h.run(cmd(newCmdGuide), "nope")
	if code != ExitUsage || !strings.Contains(msg, "apology") || h.out.Len() != 0 {
		t.Errorf("exit %d, msg %q, stdout %q", code, msg, h.out)
	}
	if code, _ := h.run(cmd(newCmdGuide), "a", "b"); code != ExitUsage {
		t.Errorf("two args: exit %d", code)
	}
}

func TestScenariosList(t *testing.T) {
	h := newContentHarness(t)
	h.write("scenarios/mine.toml", "who = \"Lee\"\nwhat = \"I forgot Lee's wedding.\"\ntitle = \"Lee\"\n")
	for _, args := range [][]string{nil, {"list"}} {
		if code, msg := h.run(cmd(newCmdScenarios), args...); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, msg)
		}
		out := h.out.String()
		for _, n := range append(scenario.Builtin().Names(), "mine") {
			if !strings.Contains(out, "\n"+n+" ") {
				t.Errorf("%v: list lacks %q:\n%s", args, n, out)
			}
		}
		if !strings.Contains(out, "Lee (yours)") {
			t.Errorf("user scenario not marked:\n%s", out)
		}
		noEscapes(t, out)
	}
	h.run(cmd(newCmdScenarios), "list", "--json")
	var list []scenario.Scenario
	if err := json.Unmarshal(h.out.Bytes(), &list); err != nil || len(list) != len(scenario.Builtin().Names())+1 {
		t.Errorf("JSON list: %v (%d)", err, len(list))
	}
}

func TestScenariosShowRoundTrips(t *testing.T) {
	h := newContentHarness(t)
	for _, want := range scenario.Builtin().List() {
		if code, msg := h.run(cmd(newCmdScenarios), "show", want.Name); code != 0 {
			t.Fatalf("exit %d: %s", code, msg)
		}
		got, err := scenario.Parse("shown.toml", h.out.Bytes())
		if err != nil {
			t.Fatalf("%s: show output does not parse: %v\n%s", want.Name, err, h.out)
		}
		got.Source = want.Source
		if got.Name != want.Name || got.What != want.What || got.Background != want.Background || strings.Join(got.Facts, "|") != strings.Join(want.Facts, "|") {
			t.Errorf("%s: round trip changed it:\n%+v\n%+v", want.Name, got, want)
		}
	}
	// Awkward characters survive too.
	odd := scenario.Scenario{Name: "odd", Who: "A \"quoted\" name\\", What: "tab\there\nnew line \x01", Relationship: "other", Mood: "open", Difficulty: "gentle", Facts: []string{"ü ✓"}}
	got, err := scenario.Parse("odd.toml", []byte(scenarioTOML(odd, "/x")))
	if err != nil || got.Who != odd.Who || got.What != strings.TrimSpace(odd.What) || got.Facts[0] != "ü ✓" {
		t.Errorf("odd round trip: %v %+v", err, got)
	}
	h.run(cmd(newCmdScenarios), "show", "colleague", "--json")
	var s scenario.Scenario
	if err := json.Unmarshal(h.out.Bytes(), &s); err != nil || s.Who != "Morgan" {
		t.Errorf("show --json: %v %+v", err, s)
	}
}

func TestScenariosErrors(t *testing.T) {
	h := newContentHarness(t)
	code, msg := h.run(cmd(newCmdScenarios), "show", "nope")
	if code != ExitUsage || !strings.Contains(msg, "colleague") {
		t.Errorf("unknown: exit %d %q", code, msg)
	}
	if code, _ := h.run(cmd(newCmdScenarios), "show"); code != ExitUsage {
		t.Errorf("no name: exit %d", code)
	}
	p := h.write("scenarios/broken.toml", "who = \"A\"\nwhat = \"B\"\nmoood = \"hurt\"\n")
	code, _ = h.run(cmd(newCmdScenarios), "list")
	if code != ExitUsage || !strings.Contains(h.errb.String(), p) || !strings.Contains(h.errb.String(), "line 3") || !strings.Contains(h.out.String(), "colleague") {
		t.Errorf("broken file: exit %d, stdout %q, stderr %q", code, h.out, h.errb)
	}
}

func TestPromptsListShowPath(t *testing.T) {
	h := newContentHarness(t)
	dir := filepath.Join(h.configDir, "prompts")
	if code, msg := h.run(cmd(newCmdPrompts), "path"); code != 0 || h.out.String() != dir+"\n" {
		t.Fatalf("path: exit %d %q, out %q", code, msg, h.out)
	}
	h.run(cmd(newCmdPrompts), "path", "coach")
	if h.out.String() != filepath.Join(dir, "coach.tmpl")+"\n" {
		t.Errorf("path coach: %q", h.out)
	}
	if code, _ := h.run(cmd(newCmdPrompts), "path", "nope"); code != ExitUsage {
		t.Errorf("path nope: exit %d", code)
	}

	h.run(cmd(newCmdPrompts), "list")
	for _, n := range []string{"partner", "coach", "debrief", "critique", "reachout"} {
		if !strings.Contains(h.out.String(), n+" ") {
			t.Errorf("list lacks %s:\n%s", n, h.out)
		}
	}
	if strings.Contains(h.out.String(), "override ") {
		t.Errorf("nothing is overridden yet:\n%s", h.out)
	}

	h.run(cmd(newCmdPrompts), "show", "partner")
	if !strings.Contains(h.out.String(), "partner.tmpl: the system prompt") || !strings.Contains(h.errb.String(), "Built-in") {
		t.Errorf("show partner: out %q... err %q", h.out.String()[:80], h.errb)
	}

	p := h.write("prompts/partner.tmpl", "You are {{.Scenario.Who}}.")
	h.write("prompts/coach.tmpl", "{{if}}")
	h.run(cmd(newCmdPrompts), "show", "partner.tmpl")
	if h.out.String() != "You are {{.Scenario.Who}}." || !strings.Contains(h.errb.String(), "Overridden by "+p) {
		t.Errorf("show overridden: out %q err %q", h.out, h.errb)
	}
	h.run(cmd(newCmdPrompts), "list", "--json")
	var rows []promptInfo
	if err := json.Unmarshal(h.out.Bytes(), &rows); err != nil {
		t.Fatal(err)
	}
	byName := map[string]promptInfo{}
	for _, r := range rows {
		byName[r.Name] = r
	}
	if !byName["partner"].Overridden || byName["partner"].Error != "" || byName["critique"].Overridden {
		t.Errorf("override state: %+v", rows)
	}
	if byName["coach"].Error == "" || !strings.Contains(byName["coach"].Error, "coach.tmpl") {
		t.Errorf("broken override not reported: %+v", byName["coach"])
	}
	h.run(cmd(newCmdPrompts), "list")
	if !strings.Contains(h.out.String(), "broken override") {
		t.Errorf("list does not flag the broken override:\n%s", h.out)
	}

	h.run(cmd(newCmdPrompts), "show", "debrief", "--json")
	var info promptInfo
	if err := json.Unmarshal(h.out.Bytes(), &info); err != nil || info.Overridden || !strings.Contains(info.Text, "debrief.tmpl") {
		t.Errorf("show --json: %v %+v", err, info)
	}

	code, msg := h.run(cmd(newCmdPrompts), "show", "nope")
	if code != ExitUsage || !strings.Contains(msg, "partner") {
		t.Errorf("show nope: exit %d %q", code, msg)
	}
}
