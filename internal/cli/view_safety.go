package cli

import (
	"fmt"
	"strings"

	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/safety"
)

// screenInputs runs the safety screen over what the user gave a one-shot
// command (critique, reach-out, reflect). On a concern it shows the
// step-out (see viewStepOut) and reports true: the caller then drafts,
// scores and sends nothing.
func screenInputs(ios *iostreams.IOStreams, jsonOut bool, texts ...string) (bool, error) {
	cs := safety.Screen(strings.Join(texts, "\n\n"))
	if len(cs) == 0 {
		return false, nil
	}
	return true, viewStepOut(ios, jsonOut, cs)
}

// stepOutJSON is the --json form of a step-out.
type stepOutJSON struct {
	SteppedOut bool             `json:"stepped_out"`
	Kinds      []string         `json:"kinds"`
	Concerns   []safety.Concern `json:"concerns"`
	Message    string           `json:"message"`
}

// viewStepOut shows the safety step-out on stdout, where the command's
// result would have been: the same words as in practice, ending with
// what happens here (nothing sent, nothing drafted or scored).
func viewStepOut(ios *iostreams.IOStreams, jsonOut bool, cs []safety.Concern) error {
	msg := safety.StepOut(cs, safety.InCommand)
	if jsonOut {
		return printJSON(ios, stepOutJSON{SteppedOut: true, Kinds: safety.Kinds(cs), Concerns: cs, Message: msg})
	}
	_, err := fmt.Fprintln(ios.Out, iostreams.Wrap(msg, ios.OutWrap()))
	return err
}
