package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"github.com/spf13/cobra"

	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/usage"
)

// The helpers every command shares: checking what the user typed, quoting
// it back in a suggested command, printing --json, and Ctrl-C.

// runOr runs a command's options through runF when a test gave one, and
// through the command's own run function otherwise: the test seam every
// command shares.
func runOr[O any](cmd *cobra.Command, runF, run func(context.Context, *O) error, opts *O) error {
	if runF != nil {
		return runF(cmd.Context(), opts)
	}
	return run(cmd.Context(), opts)
}

// checkEnum validates an enumerated value (a flag, or an answer to a
// question) against allowed, ignoring case and surrounding blanks, and
// returns it in the canonical spelling; "" stays "".
func checkEnum(flag, v string, allowed []string) (string, error) {
	l := strings.ToLower(strings.TrimSpace(v))
	if l == "" {
		return "", nil
	}
	if !slices.Contains(allowed, l) {
		hint := ""
		if m := closest(l, allowed); m != "" {
			hint = fmt.Sprintf(" (did you mean %s?)", m)
		}
		return "", usage.Errorf("invalid --%s %q%s: use one of %s", flag, v, hint, strings.Join(allowed, ", "))
	}
	return l, nil
}

// closest returns the value in allowed nearest to a likely typo of it, or
// "" when none is close.
func closest(v string, allowed []string) string {
	// One slip in a short word, two in a longer one.
	best, bestD := "", 2
	if len(v) > 4 {
		bestD = 3
	}
	for _, a := range allowed {
		if d := levenshtein.ComputeDistance(v, a); d < bestD {
			best, bestD = a, d
		}
	}
	return best
}

// maxLabel bounds a one-line label such as a name.
const maxLabel = 80

// checkOneLine validates a short one-line label such as a name.
func checkOneLine(what, s string) error {
	if len(s) > maxLabel {
		return usage.Errorf("%s is too long (%d bytes; at most %d): a first name is enough", what, len(s), maxLabel)
	}
	for _, r := range s {
		if r < ' ' || r == 0x7f {
			return usage.Errorf("%s must be one line of plain text", what)
		}
	}
	return nil
}

// maxText bounds a free-text input given on the command line.
const maxText = 2000

// checkText validates a free-text input: UTF-8, no control characters
// besides newline and tab, and not over maxText bytes.
func checkText(name, s string) error {
	if len(s) > maxText {
		return usage.Errorf("%s is %d bytes, over %d: a sentence or two is enough", name, len(s), maxText)
	}
	if !utf8.ValidString(s) {
		return usage.Errorf("%s is not valid UTF-8", name)
	}
	for _, r := range s {
		if (r < ' ' && r != '\n' && r != '\t') || r == 0x7f {
			return usage.Errorf("%s must be plain text", name)
		}
	}
	return nil
}

// quoteForShell quotes s for a suggested command line when it needs it.
func quoteForShell(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r == '-' || r == '_' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// oneLine folds s onto one line, with single spaces.
func oneLine(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c >= 0x80 || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			// Made safe too: oneLine shows names and titles from files.
			return iostreams.Sanitize(strings.Join(strings.Fields(s), " "))
		}
	}
	return s // already one clean line: no copy
}

// plural picks the word for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// printJSON writes v to stdout as indented JSON: the --json contract of
// every command.
func printJSON(ios *iostreams.IOStreams, v any) error {
	enc := json.NewEncoder(ios.Out)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// mustJSON encodes v for a transcript field; nil if it cannot be.
func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	return b
}

// interruptible returns a context cancelled by Ctrl-C (SIGINT), for
// one-shot commands. The REPL sets up its own per turn.
func interruptible(ctx context.Context) (context.Context, context.CancelFunc) {
	return signal.NotifyContext(ctx, os.Interrupt)
}

// askErr turns the end of input while a question waits into an interrupt:
// the user left.
func askErr(err error) error {
	if errors.Is(err, io.EOF) {
		return ErrInterrupted
	}
	return err
}
