package cli

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/spf13/cobra"

	"github.com/amends-cli/amends/internal/usage"
)

// parse runs a command's flag parsing through its test seam and returns
// the options its run function would get (nil if it was not reached).
func parse[O any](t *testing.T, ctor func(*Factory, func(context.Context, *O) error) *cobra.Command, args ...string) (*O, error) {
	t.Helper()
	f, _, _, _ := testFactory(t, nil)
	var got *O
	c := ctor(f, func(_ context.Context, o *O) error { got = o; return nil })
	c.SetArgs(args)
	c.SilenceUsage, c.SilenceErrors = true, true
	markUsageErrors(c)
	return got, c.ExecuteContext(context.Background())
}

func TestNewCmdReachOutFlags(t *testing.T) {
	o, err := parse(t, newCmdReachOut, "--who", "Sam", "--relationship", "Friend", "--what", "x", "--json")
	if err != nil {
		t.Fatal(err)
	}
	got := []any{o.Who, o.Relationship, o.What, o.JSON, o.Offline}
	if diff := cmp.Diff([]any{"Sam", "Friend", "x", true, false}, got); diff != "" {
		t.Errorf("options (-want +got):\n%s", diff)
	}
	// The value is checked, in any case, when the command runs.
	if err := reachOutInputs(o); err != nil || o.Relationship != "friend" {
		t.Errorf("relationship %q, err %v", o.Relationship, err)
	}
	if _, err := parse(t, newCmdReachOut, "extra"); !errors.Is(err, usage.ErrUsage) {
		t.Errorf("a stray argument: %v", err)
	}
}

func TestNewCmdPracticeFlags(t *testing.T) {
	o, err := parse(t, newCmdPractice, "--scenario", "colleague", "--mood", "Cold", "--no-nudge")
	if err != nil {
		t.Fatal(err)
	}
	if o.Scenario != "colleague" || o.Mood != "Cold" || !o.NoNudge || !o.set["scenario"] || o.set["who"] {
		t.Errorf("options %+v", o)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--mood", "Cold"}, ""},
		{[]string{"--difficulty", "HARD"}, ""},
		{[]string{"--relationship", "boss"}, `invalid --relationship "boss": use one of`},
		{[]string{"--resume", "last", "--who", "Sam"}, "leave out --who"},
		{[]string{"--resume", "last", "--opening", "x.txt"}, "cannot be used with --resume"},
	} {
		o, err := parse(t, newCmdPractice, tc.args...)
		if err != nil {
			t.Fatal(err)
		}
		err = practiceFlags(o)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%q: %v", tc.args, err)
		case tc.want != "" && (!errors.Is(err, usage.ErrUsage) || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%q: %v, want a usage error with %q", tc.args, err, tc.want)
		}
	}
}

func TestNewCmdCritiqueFlags(t *testing.T) {
	o, err := parse(t, newCmdCritique, "-k", "reach-out", "--offline", "--fail-under", "70", "Hi", "Sam")
	if err != nil {
		t.Fatal(err)
	}
	if o.Kind != "reach-out" || !o.Offline || o.FailUnder != 70 || strings.Join(o.Args, " ") != "Hi Sam" {
		t.Errorf("options %+v", o)
	}
	if o, _ := parse(t, newCmdCritique, "x"); o.FailUnder != -1 {
		t.Errorf("no --fail-under: %d, want -1", o.FailUnder)
	}
	for _, args := range [][]string{
		{"--fail-under", "101", "x"},
		{"--rewrite", "--offline", "x"},
		{"--rewrite", "--json", "x"},
		{"--fail-under", "ten", "x"},
	} {
		if o, err := parse(t, newCmdCritique, args...); o != nil || !errors.Is(err, usage.ErrUsage) {
			t.Errorf("%q: ran=%v err=%v, want a usage error before running", args, o != nil, err)
		}
	}
}

func TestNewCmdTranscriptsFlags(t *testing.T) {
	o, err := parse(t, newCmdTranscriptsExport, "last", "--format", "JSONL")
	if err != nil || o.Ref != "last" || o.Format != "JSONL" {
		t.Fatalf("options %+v, %v", o, err)
	}
	if o, err := parse(t, newCmdTranscriptsShow, "2026"); err != nil || o.Ref != "2026" || o.Format != "md" {
		t.Errorf("show: %+v, %v", o, err)
	}
	if _, err := parse(t, newCmdTranscriptsRm); !errors.Is(err, usage.ErrUsage) {
		t.Errorf("rm without an id: %v", err)
	}
}
