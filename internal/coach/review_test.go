package coach

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/templates"
)

// Review's policy: a usable answer merges; an unusable one or a server
// failure falls back to the rules with the reason, unless the model is
// needed (a rewrite), when it is an error naming the cause; a cancelled
// context is always an error.
func TestReviewFallbackPolicy(t *testing.T) {
	draft := "I'm sorry I shouted."
	rules := critique.Check(draft, critique.KindApology)
	nf := &llm.ModelNotFoundError{Model: "m"}
	for _, tc := range []struct {
		name         string
		chat         *scripted
		needModel    bool
		wantSource   string
		wantFallback string
		wantErr      string
		wantErrAs    bool
	}{
		{name: "usable", chat: &scripted{answers: []string{goodVerdict}}, wantSource: "rules+model"},
		{name: "unusable", chat: &scripted{answers: []string{"x", "y"}}, wantSource: "rules", wantFallback: "twice"},
		{name: "missing model", chat: &scripted{errs: []error{nf}}, wantSource: "rules", wantFallback: "not pulled"},
		{name: "rewrite, unusable", chat: &scripted{answers: []string{"x", "y"}}, needModel: true, wantSource: "rules", wantErr: "no rewrite"},
		{name: "rewrite, missing model", chat: &scripted{errs: []error{nf}}, needModel: true, wantSource: "rules", wantErrAs: true},
		{name: "cancelled", chat: &scripted{errs: []error{context.Canceled}}, wantSource: "rules", wantErr: "canceled"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			j := &Judge{Chat: tc.chat, Model: "m", Prompts: templates.New("")}
			rep, fallback, err := j.Review(context.Background(), draft, rules, tc.needModel)
			if rep.Source != tc.wantSource {
				t.Errorf("source %q, want %q", rep.Source, tc.wantSource)
			}
			switch {
			case tc.wantFallback == "" && fallback != nil:
				t.Errorf("unexpected fallback %v", fallback)
			case tc.wantFallback != "" && (fallback == nil || !strings.Contains(fallback.Error(), tc.wantFallback)):
				t.Errorf("fallback %v, want it to mention %q", fallback, tc.wantFallback)
			}
			switch {
			case tc.wantErrAs:
				if !errors.As(err, &nf) {
					t.Errorf("err %v, want the missing-model error itself", err)
				}
			case tc.wantErr == "" && err != nil:
				t.Errorf("unexpected error %v", err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Errorf("err %v, want it to mention %q", err, tc.wantErr)
			}
		})
	}
}
