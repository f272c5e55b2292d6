// Package usage holds the one mark for errors that are the user's to fix:
// a wrong flag or argument, or input amends cannot use (an empty draft, a
// config value out of range, a scenario that does not exist). The command
// layer turns every error that matches ErrUsage (errors.Is) into exit
// code 2. Packages mark their own error types with an Is method, and
// plain errors with Errorf or Wrap.
package usage

import (
	"errors"
	"fmt"
)

// ErrUsage is matched by every usage error.
var ErrUsage = errors.New("usage error")

// markedError is an error marked as a usage error; its message is the
// error's own.
type markedError struct{ err error }

func (e *markedError) Error() string   { return e.err.Error() }
func (e *markedError) Unwrap() []error { return []error{e.err, ErrUsage} }

// Errorf formats a usage error as fmt.Errorf does.
func Errorf(format string, a ...any) error { return &markedError{err: fmt.Errorf(format, a...)} }

// Wrap marks err as a usage error, keeping its message and what it wraps;
// nil stays nil.
func Wrap(err error) error {
	if err == nil {
		return nil
	}
	return &markedError{err: err}
}
