package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/amends-cli/amends/internal/config"
	"github.com/amends-cli/amends/internal/llm"
)

// Exit codes: the contract documented in the README and in `amends --help`.
const (
	ExitOK          = 0
	ExitError       = 1   // runtime error: server unreachable, model missing, I/O
	ExitUsage       = 2   // usage or bad input
	ExitBelowFloor  = 3   // a draft scored below --fail-under
	ExitInterrupted = 130 // Ctrl-C
)

// FlagError is a usage mistake: wrong flag, wrong arguments, bad value.
type FlagError struct{ Err error }

func (e *FlagError) Error() string { return e.Err.Error() }
func (e *FlagError) Unwrap() error { return e.Err }

// flagErrorf builds a FlagError.
func flagErrorf(format string, a ...any) error {
	return &FlagError{Err: fmt.Errorf(format, a...)}
}

// InputError is input the user gave that cannot be used (an empty draft,
// binary data, a file that does not exist). Exit 2.
type InputError struct{ Err error }

func (e *InputError) Error() string { return e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// ThresholdError is returned when a score is below --fail-under. Exit 3,
// and no message: the output already shows the score.
type ThresholdError struct{ Score, Floor int }

func (e *ThresholdError) Error() string {
	return fmt.Sprintf("score %d is below --fail-under %d", e.Score, e.Floor)
}

// SilentError carries an exit code whose message was already printed.
type SilentError struct{ Code int }

func (e *SilentError) Error() string { return fmt.Sprintf("exit status %d", e.Code) }

// ErrInterrupted means the user pressed Ctrl-C.
var ErrInterrupted = errors.New("interrupted")

// inputErrorCoder lets packages below cli mark their errors as bad input
// without importing cli.
type inputErrorCoder interface{ BadInput() bool }

// exitCode maps an error to an exit code and the message to print (empty
// for none). It is the one place where errors become exit codes.
func exitCode(err error) (int, string) {
	if err == nil {
		return ExitOK, ""
	}
	var (
		flagErr   *FlagError
		inputErr  *InputError
		fileErr   *config.FileError
		threshold *ThresholdError
		silent    *SilentError
		unreach   *llm.UnreachableError
		notFound  *llm.ModelNotFoundError
		streamErr *llm.StreamError
		badInput  inputErrorCoder
	)
	switch {
	case errors.As(err, &silent):
		return silent.Code, ""
	case errors.Is(err, ErrInterrupted), errors.Is(err, context.Canceled):
		return ExitInterrupted, "interrupted"
	case errors.As(err, &threshold):
		return ExitBelowFloor, threshold.Error()
	case errors.As(err, &flagErr):
		return ExitUsage, flagErr.Error()
	case errors.As(err, &inputErr):
		return ExitUsage, inputErr.Error()
	case errors.As(err, &fileErr):
		return ExitUsage, fileErr.Error()
	case errors.As(err, &badInput) && badInput.BadInput():
		return ExitUsage, err.Error()
	case errors.As(err, &unreach):
		return ExitError, unreach.Error()
	case errors.As(err, &notFound):
		return ExitError, notFound.Error()
	case errors.As(err, &streamErr):
		return ExitError, streamErr.Error()
	case isCobraUsage(err):
		return ExitUsage, err.Error()
	default:
		return ExitError, err.Error()
	}
}

// isCobraUsage recognises the usage errors cobra produces itself.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "flag needs an argument", "invalid argument", "accepts ", "requires at least", "requires at most", "required flag", "if any flags in the group"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

// printError writes the one-line error for err, if any.
func printError(w io.Writer, msg string, code int) {
	if msg == "" {
		return
	}
	fmt.Fprintf(w, "amends: %s\n", msg)
	if code == ExitUsage && strings.HasPrefix(msg, "unknown command") {
		fmt.Fprintln(w, "Run 'amends --help' for the list of commands.")
	}
}
