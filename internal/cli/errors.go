package cli

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/repl"
	"github.com/amends-cli/amends/internal/usage"
)

// Exit codes: the contract documented in the README and in `amends --help`.
const (
	ExitOK          = 0
	ExitError       = 1   // runtime error: server unreachable, model missing, I/O
	ExitUsage       = 2   // usage or bad input
	ExitBelowFloor  = 3   // a draft scored below --fail-under
	ExitInterrupted = 130 // Ctrl-C
	// A practice session ended by SIGTERM exits 143, by SIGHUP 129 (128 +
	// the signal's number), after writing the partial reply and an end
	// record.
	ExitTerminated = 143
	ExitHangup     = 129
)

// ThresholdError is returned when a score is below --fail-under. Exit 3,
// and no message: the output already shows the score.
type ThresholdError struct{ Score, Floor int }

func (e *ThresholdError) Error() string {
	return fmt.Sprintf("score %d is below --fail-under %d", e.Score, e.Floor)
}

// SilentError carries an exit code whose message was already printed.
type SilentError struct{ Code int }

func (e *SilentError) Error() string { return fmt.Sprintf("exit status %d", e.Code) }

// ErrInterrupted means the user pressed Ctrl-C (or ended the input while
// a question was waiting for its answer).
var ErrInterrupted = errors.New("interrupted")

// unknownCommandError is a word where a command (or nothing) was
// expected. It is a usage error; the message after it says where the
// commands are listed.
type unknownCommandError struct{ msg string }

func (e *unknownCommandError) Error() string        { return e.msg }
func (e *unknownCommandError) Is(target error) bool { return target == usage.ErrUsage }

// noArgs is the positional-argument check of every command that takes
// none. A command with subcommands suggests the nearest ones.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
	if cmd.HasSubCommands() {
		if cmd.SuggestionsMinimumDistance <= 0 {
			cmd.SuggestionsMinimumDistance = 2
		}
		if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
			msg += "\n\nDid you mean this?\n"
			for _, name := range s {
				msg += "\t" + name + "\n"
			}
		}
	}
	return &unknownCommandError{msg: msg}
}

// markUsageErrors makes every error cobra reports about the command line
// a usage error: bad flags (through the flag error hook) and wrong
// positional arguments (by wrapping each command's check).
func markUsageErrors(cmd *cobra.Command) {
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usage.Wrap(err) })
	if check := cmd.Args; check != nil {
		cmd.Args = func(c *cobra.Command, args []string) error { return usage.Wrap(check(c, args)) }
	}
	for _, sub := range cmd.Commands() {
		markUsageErrors(sub)
	}
}

// exitCode maps an error to an exit code and the message to print (empty
// for none). It is the one place where errors become exit codes.
func exitCode(err error) (int, string) {
	if err == nil {
		return ExitOK, ""
	}
	var (
		threshold *ThresholdError
		silent    *SilentError
		unreach   *llm.UnreachableError
		notFound  *llm.ModelNotFoundError
		streamErr *llm.StreamError
		signalled *repl.SignalError
	)
	switch {
	case errors.As(err, &silent):
		return silent.Code, ""
	// A session ended by a signal: 130 (SIGINT), 143 (SIGTERM), 129 (SIGHUP).
	case errors.As(err, &signalled):
		return signalled.ExitCode(), signalled.Error()
	case errors.Is(err, ErrInterrupted), errors.Is(err, context.Canceled):
		return ExitInterrupted, "interrupted"
	case errors.As(err, &threshold):
		return ExitBelowFloor, threshold.Error()
	case errors.Is(err, usage.ErrUsage):
		return ExitUsage, err.Error()
	// The server's errors name their own fix; no wrapping context.
	case errors.As(err, &unreach):
		return ExitError, unreach.Error()
	case errors.As(err, &notFound):
		return ExitError, notFound.Error()
	case errors.As(err, &streamErr):
		return ExitError, streamErr.Error()
	default:
		return ExitError, err.Error()
	}
}

// printError writes the one-line message for err, if any, and returns the
// exit code.
func printError(w io.Writer, err error) int {
	code, msg := exitCode(err)
	if msg == "" {
		return code
	}
	// An error can carry a server's body or a file's text: made safe.
	fmt.Fprintf(w, "amends: %s\n", iostreams.Sanitize(msg))
	var unknown *unknownCommandError
	if errors.As(err, &unknown) {
		fmt.Fprintln(w, "Run 'amends --help' for the list of commands.")
	}
	return code
}
