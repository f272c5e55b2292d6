package critique

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFindQuote(t *testing.T) {
	draft := "I\u2019m sorry I missed your dinner.\r\nI  was careless."
	tests := []struct {
		quote string
		want  string
		ok    bool
	}{
		{"sorry I missed your dinner", "sorry I missed your dinner", true},
		{"I'm sorry I missed", "I\u2019m sorry I missed", true},              // straight vs curly
		{"i was careless", "I  was careless", true},                          // case and spacing
		{"missed your dinner. I was", "missed your dinner.\r\nI  was", true}, // across the line break
		{"I missed your party", "", false},
		{"   ", "", false},
	}
	for _, tt := range tests {
		s, e, ok := FindQuote(draft, tt.quote)
		if ok != tt.ok {
			t.Errorf("FindQuote(%q) ok = %v, want %v", tt.quote, ok, tt.ok)
			continue
		}
		if ok && draft[s:e] != tt.want {
			t.Errorf("FindQuote(%q) = %q, want %q", tt.quote, draft[s:e], tt.want)
		}
	}
}

func TestParseVerdictDropsInventedQuotes(t *testing.T) {
	draft := "I'm sorry I forgot to call you back. I'll set a reminder from now on."
	raw := `{"elements":{
		"acknowledgment":{"present":true,"evidence":"I’m sorry I forgot to call you back","note":"names the act"},
		"responsibility":{"present":true,"evidence":"It was entirely my fault","note":"owns it"},
		"commitment":{"present":true,"evidence":"I'll set a reminder","note":" concrete "}},
		"overall":" Good start. ","rewrite":"I'm sorry I forgot to call you back."}`
	v, err := ParseVerdict(raw, KindApology, draft)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.Elements["acknowledgment"].Evidence; got != "I'm sorry I forgot to call you back" {
		t.Errorf("acknowledgment evidence = %q (should be the draft's own words)", got)
	}
	if got := v.Elements["responsibility"].Evidence; got != "" {
		t.Errorf("invented quote kept: %q", got)
	}
	if diff := cmp.Diff([]string{"It was entirely my fault"}, v.Dropped); diff != "" {
		t.Errorf("dropped (-want +got):\n%s", diff)
	}
	if v.Elements["commitment"].Note != "concrete" || v.Overall != "Good start." {
		t.Errorf("text not trimmed: %+v", v)
	}
}

func TestParseVerdictRejectsUnusableAnswers(t *testing.T) {
	for name, raw := range map[string]string{
		"not json":        `I think it is a fine apology.`,
		"missing element": `{"elements":{"acknowledgment":{"present":true,"evidence":"","note":""}},"overall":"","rewrite":""}`,
		"wrong kind":      `{"elements":{"invitation":{"present":true},"no-pressure":{"present":true},"brief":{"present":true}}}`,
		"truncated":       `{"elements":{"acknowledgment":`,
	} {
		if _, err := ParseVerdict(raw, KindApology, "I'm sorry."); !errors.Is(err, ErrVerdict) {
			t.Errorf("%s: err = %v, want ErrVerdict", name, err)
		}
	}
}

func TestMergeKeepsRulesAndShowsDisagreement(t *testing.T) {
	draft := "I'm sorry if you were hurt, but I was tired."
	rules := Check(draft, KindApology)
	v := ModelVerdict{
		Elements: map[string]ModelElement{
			"acknowledgment": {Present: true, Evidence: "I'm sorry if you were hurt", Note: "apologises"},
			"responsibility": {Present: false, Note: "the excuse undercuts it"},
			"commitment":     {Present: false, Note: "no change named"},
		},
		Overall: "Drop the if and the but.",
		Rewrite: "I'm sorry I hurt you.",
	}
	merged := Merge(rules, v, "llama3.2")
	if merged.Source != "rules+model" || merged.Model != "llama3.2" {
		t.Errorf("source/model = %q/%q", merged.Source, merged.Model)
	}
	if merged.Score != rules.Score {
		t.Errorf("score changed by the model: %d -> %d", rules.Score, merged.Score)
	}
	if diff := cmp.Diff(rules.Findings, merged.Findings); diff != "" {
		t.Errorf("findings changed (-rules +merged):\n%s", diff)
	}
	ack := merged.Elements["acknowledgment"]
	if ack.ModelPresent == nil || !*ack.ModelPresent || ack.Present != rules.Elements["acknowledgment"].Present {
		t.Errorf("acknowledgment = %+v; rules verdict must stay, model verdict beside it", ack)
	}
	if merged.Note != v.Overall || merged.Rewrite != v.Rewrite {
		t.Errorf("note/rewrite not carried: %q / %q", merged.Note, merged.Rewrite)
	}
	clean := Merge(Check("I'm sorry I forgot your birthday. I'll set a reminder from now on.", KindApology), v, "m")
	if clean.Findings == nil {
		t.Error("findings must be an empty list, not null, when there are none")
	}
	// The rules report must not be modified through shared pointers.
	if rules.Elements["acknowledgment"].ModelPresent != nil {
		t.Error("Merge modified the rules report")
	}
	if !strings.Contains(merged.Elements["responsibility"].ModelNote, "excuse") {
		t.Errorf("model note missing: %+v", merged.Elements["responsibility"])
	}
}
