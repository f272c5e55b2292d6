package cli

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/amends-cli/amends/guide"
	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/reflection"
	"github.com/amends-cli/amends/internal/scenario"
	"github.com/amends-cli/amends/transcripts"
)

// Every view is rendered from fixed data on a terminal (colour, 60
// columns) and in a pipe, and the --json contract from the same data;
// each output is compared with testdata/views/NAME.MODE.golden (rewrite
// them with go test -run TestViews -update). The data are built here, not
// computed, so the goldens change only when a view does.
func TestViews(t *testing.T) {
	// Times show in the local zone; make it the same everywhere.
	local := time.Local
	time.Local = time.UTC
	t.Cleanup(func() { time.Local = local })
	day := time.Date(2026, 11, 29, 2, 43, 12, 0, time.UTC)
	yes := true
	draft := "I'm sorry if you were upset, but I was busy.\nI will call you on Sunday."
	sorryIf, but := strings.Index(draft, "sorry if"), strings.Index(draft, "but")
	apology := critique.Report{
		Kind: critique.KindApology, Score: 42, Doubt: 0.31, Source: "rules+model", Model: "llama3.2",
		Elements: map[string]*critique.Element{
			critique.ElemAcknowledgment: {Present: false, Note: "say what you did and how it landed"},
			critique.ElemResponsibility: {Present: false, Note: "own it without excuses", ModelPresent: &yes, ModelNote: "it says sorry"},
			critique.ElemCommitment:     {Present: true, Evidence: "I will call you on Sunday.", Note: "a concrete next step"},
		},
		Findings: []critique.Finding{
			{Category: critique.CatConditional, Element: critique.ElemAcknowledgment, Severity: critique.SevHigh, Start: sorryIf, End: sorryIf + 8, Quote: "sorry if", Message: "\"sorry if\" doubts that they were hurt, which turns the apology into a question about them", Suggestion: "name what you did"},
			{Category: critique.CatButClause, Element: critique.ElemResponsibility, Severity: critique.SevMedium, Start: but, End: but + 3, Quote: "but", Message: "what follows \"but\" takes back what came before", Suggestion: "end the sentence before the but"},
		},
		Note:    "Close, once the excuse goes.",
		Rewrite: "I'm sorry I missed your dinner.\nI'll call you on Sunday.",
	}
	reachOut := critique.Report{
		Kind: critique.KindReachOut, Score: 80, Source: "rules",
		Elements: map[string]*critique.Element{
			critique.ElemInvitation: {Present: true, Note: "asks to talk"},
			critique.ElemNoPressure: {Present: false, Note: "leave them room to say no"},
			critique.ElemBrief:      {Present: true, Note: "short"},
		},
		Findings: []critique.Finding{{Category: critique.CatDemand, Element: critique.ElemNoPressure, Severity: critique.SevMedium, Quote: "you must reply", Message: "a demand"}},
	}
	doctor := doctorReport{OK: false, Checks: []check{
		{Name: "config", Status: "pass", Detail: "no file at /home/u/.config/amends/config.toml; using defaults"},
		{Name: "server", Status: "fail", Detail: "cannot reach Ollama at http://127.0.0.1:11434", Fix: "start Ollama with: ollama serve"},
		{Name: "model", Status: "skip", Detail: "llama3.2 (not checked: no server)"},
		{Name: "terminal", Status: "warn", Detail: "stdin pipe or file"},
	}}
	models := []modelRow{
		{Model: llm.Model{Name: "llama3.2:latest", Size: 2019393189, Parameters: "3.2B", ModifiedAt: day}, Configured: true},
		{Model: llm.Model{Name: "qwen3:0.6b", Size: 522653767, Parameters: "751.63M", ModifiedAt: day}},
	}
	topics := []guide.Topic{
		{Order: 1, Slug: "reflect", Title: "Reflect first", Summary: "Your part, their side."},
		{Order: 2, Slug: "apology", Title: "Apologise well", Summary: "Acknowledge, own it, commit."},
	}
	scenes := []scenario.Scenario{
		{Name: "colleague", Title: "The meeting", Relationship: "colleague", Mood: "defensive", Difficulty: "realistic", Source: scenario.SourceBuiltin},
		{Name: "sam", Title: "Sam's dinner", Relationship: "friend", Mood: "hurt", Difficulty: "gentle", Source: "/home/u/.config/amends/scenarios/sam.toml"},
	}
	prompts := []promptInfo{
		{Name: "coach", Path: "/home/u/.config/amends/prompts/coach.tmpl"},
		{Name: "partner", Overridden: true, Path: "/home/u/.config/amends/prompts/partner.tmpl"},
		{Name: "critique", Overridden: true, Path: "/home/u/.config/amends/prompts/critique.tmpl", Error: "line 3: unexpected }"},
	}
	reflections := []reflection.Summary{
		{ID: "2026-11-29-024312", Started: day, Who: "Sam", Answered: 3},
		{ID: "2026-11-01-090000", Started: day.AddDate(0, 0, -28)},
		{ID: "2026-10-01-090000", Problem: "not a reflection"},
	}
	sessions := []transcripts.Summary{
		{ID: "20261129-024312-ab12", Started: day, Model: "llama3.2", Scenario: "colleague", With: "Alex", UserTurns: 4},
		{ID: "20261101-090000-aaaa", Started: day.AddDate(0, 0, -28), Model: "qwen3:0.6b", With: "Sam", UserTurns: 1},
		{ID: "20261001-090000-beef", Started: day.AddDate(0, -2, 0), Problem: "line 1: not a transcript header"},
	}

	// Views word-wrapped to the terminal: every line must fit its 60
	// columns.
	wrapped := map[string]bool{
		"critique-apology": true, "critique-reach-out": true, "reach-out-check": true, "reach-out-offline": true,
		"doctor": true, "models": true, "models-none-configured": true, "scenarios": true,
		"prompts": true, "transcripts": true, "guide-list": true,
	}
	for _, tc := range []struct {
		name string
		view func(ios *iostreams.IOStreams) error
		json any // what --json prints; nil when the command has none
	}{
		{"critique-apology", func(ios *iostreams.IOStreams) error { viewCritique(ios, draft, apology); return nil }, apology},
		{"critique-reach-out", func(ios *iostreams.IOStreams) error {
			viewCritique(ios, "Hi Sam, you must reply.", reachOut)
			return nil
		}, reachOut},
		{"reach-out-check", func(ios *iostreams.IOStreams) error {
			viewReachOutCheck(ios, reachOut, "amends practice --who Sam --what 'we argued'")
			return nil
		}, nil},
		{"reach-out-offline", func(ios *iostreams.IOStreams) error {
			viewReachOutOffline(ios, []string{"Hi Sam, can we talk?", "Sam, I miss you."}, []string{"Keep it short.", "Give them time."})
			return nil
		}, nil},
		{"doctor", func(ios *iostreams.IOStreams) error { viewDoctor(ios, doctor); return nil }, doctor},
		{"models", func(ios *iostreams.IOStreams) error { return viewModels(ios, models, "llama3.2") }, models},
		{"models-none-configured", func(ios *iostreams.IOStreams) error { return viewModels(ios, models[1:], "llama3.2") }, nil},
		{"guide-list", func(ios *iostreams.IOStreams) error { return viewGuideList(ios, topics) }, nil},
		{"guide-topic", func(ios *iostreams.IOStreams) error {
			return viewGuideTopic(ios, "# Apologise well\n\nSay **what you did**, and how it landed.\n\n- own it\n- say what changes\n")
		}, nil},
		{"scenarios", func(ios *iostreams.IOStreams) error {
			return viewScenarios(ios, scenes, "/home/u/.config/amends/scenarios")
		}, scenes},
		{"prompts", func(ios *iostreams.IOStreams) error { return viewPrompts(ios, prompts) }, prompts},
		{"reflections", func(ios *iostreams.IOStreams) error { return viewReflections(ios, reflections) }, reflections},
		{"transcripts", func(ios *iostreams.IOStreams) error { return viewTranscriptList(ios, sessions) }, sessions},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, mode := range []string{"terminal", "plain"} {
				ios, _, out, errOut := iostreams.Test()
				if mode == "terminal" {
					ios.SetTTY(true, true, true)
					ios.SetColor(true)
					ios.SetWidth(60)
				}
				if err := tc.view(ios); err != nil {
					t.Fatal(err)
				}
				golden(t, tc.name+"."+mode, "stdout:\n"+out.String()+"stderr:\n"+errOut.String())
				if mode == "terminal" && wrapped[tc.name] {
					assertFits(t, out.String()+errOut.String(), 60)
				}
				if mode == "plain" && strings.Contains(out.String()+errOut.String(), "\x1b") {
					t.Errorf("%s: escape codes in a pipe", mode)
				}
			}
			if tc.json != nil {
				ios, _, out, _ := iostreams.Test()
				if err := printJSON(ios, tc.json); err != nil {
					t.Fatal(err)
				}
				golden(t, tc.name+".json", out.String())
			}
		})
	}
}

// assertFits fails the test for each line of out wider than width
// columns on screen.
func assertFits(t *testing.T, out string, width int) {
	t.Helper()
	for _, l := range strings.Split(out, "\n") {
		if w := iostreams.VisibleWidth(l); w > width {
			t.Errorf("line %d columns wide, more than %d: %q", w, width, l)
		}
	}
}

// golden compares got with testdata/views/NAME.golden, or writes it with
// -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "views", name+".golden")
	if updating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestViews -update to create it)", err)
	}
	if !bytes.Equal(want, []byte(got)) {
		t.Errorf("%s differs from the golden file (-update rewrites it):\n--- want\n%s\n--- got\n%s", name, want, got)
	}
}

// updating reports whether -update was given (the flag is registered by
// the testscript test, which shares the test binary).
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// The table lines up styled cells by what shows on screen.
func TestTableAlignsStyledCells(t *testing.T) {
	ios, _, out, _ := iostreams.Test()
	ios.SetColor(true)
	st := ios.Styles()
	if err := table(out, [][]string{{"NAME", "SIZE"}, {st.Bold("llama3.2"), "2.0 GB"}, {"qwen3", "0.5 GB"}}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(stripANSI(out.String()), "\n"), "\n")
	want := []string{"NAME      SIZE", "llama3.2  2.0 GB", "qwen3     0.5 GB"}
	if strings.Join(lines, "|") != strings.Join(want, "|") {
		t.Errorf("table:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

func stripANSI(s string) string {
	var b strings.Builder
	esc := false
	for _, r := range s {
		switch {
		case esc:
			esc = r != 'm'
		case r == '\x1b':
			esc = true
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// The context of a finding keeps whole runes at either end, and text that
// is short enough as it is.
func TestTrimRunes(t *testing.T) {
	for _, tc := range []struct {
		s           string
		n           int
		left, right string
	}{
		{"héllo — wörld", 4, "örld", "héll"},
		{"héllo — wörld", 13, "héllo — wörld", "héllo — wörld"},
		{"héllo — wörld", 7, "— wörld", "héllo —"},
		{"ab", 5, "ab", "ab"},
		{"", 3, "", ""},
		{"a\xffbc", 2, "bc", "a\uFFFD"},
	} {
		if got := trimLeftRunes(tc.s, tc.n); got != tc.left {
			t.Errorf("trimLeftRunes(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.left)
		}
		if got := trimRightRunes(tc.s, tc.n); got != tc.right {
			t.Errorf("trimRightRunes(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.right)
		}
	}
}
