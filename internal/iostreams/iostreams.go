// Package iostreams owns the program's standard streams and decides, in one
// place, whether they are terminals and whether colour, spinners and prompts
// are allowed.
package iostreams

import (
	"bufio"
	"bytes"
	"io"
	"os"

	"golang.org/x/term"
)

// IOStreams carries the three standard streams and the terminal policy
// derived from them. Every command writes through it, never to os.Stdout.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	stdinTTY  bool
	stdoutTTY bool
	stderrTTY bool

	colorOut bool
	colorErr bool

	width func() int
	// columns is the width from the policy (COLUMNS), used when the
	// terminal's own cannot be read.
	columns int
	// inFd is the descriptor behind In when it is a real file (-1 otherwise).
	inFd int

	// input is the one buffered reader over inputOf (see Input).
	input   *bufio.Reader
	inputOf io.Reader
}

// Policy is what the environment and flags say about terminals and colour.
// It is filled by internal/config, the only package that reads the environment.
type Policy struct {
	NoColor       bool // --no-color, or NO_COLOR set to anything non-empty
	CliColorOff   bool // CLICOLOR=0
	CliColorForce bool // CLICOLOR_FORCE set and not 0
	DumbTerm      bool // TERM=dumb
	ForceTTY      bool // AMENDS_FORCE_TTY: treat every stream as a terminal
	Columns       int  // COLUMNS: the width when the terminal's cannot be read (0 unset)
}

// System returns streams bound to the process's standard streams, with the
// terminal policy applied.
func System(p Policy) *IOStreams {
	s := &IOStreams{
		In:        os.Stdin,
		Out:       os.Stdout,
		ErrOut:    os.Stderr,
		stdinTTY:  isTerminal(os.Stdin),
		stdoutTTY: isTerminal(os.Stdout),
		stderrTTY: isTerminal(os.Stderr),
		inFd:      int(os.Stdin.Fd()),
	}
	s.width = func() int {
		for _, f := range []*os.File{os.Stdout, os.Stderr} {
			if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
				return w
			}
		}
		if s.columns > 0 {
			return s.columns
		}
		return 80
	}
	s.Apply(p)
	return s
}

// Apply sets the TTY overrides and colour decisions from a policy. The order
// is: explicit flag / NO_COLOR > CLICOLOR=0 > CLICOLOR_FORCE > terminal.
func (s *IOStreams) Apply(p Policy) {
	if p.ForceTTY {
		s.stdinTTY, s.stdoutTTY, s.stderrTTY = true, true, true
	}
	if p.Columns > 0 {
		s.columns = p.Columns
	}
	decide := func(tty bool) bool {
		switch {
		case p.NoColor, p.CliColorOff:
			return false
		case p.CliColorForce:
			return true
		case p.DumbTerm:
			return false
		default:
			return tty
		}
	}
	s.colorOut = decide(s.stdoutTTY)
	s.colorErr = decide(s.stderrTTY)
}

func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

// Test returns streams backed by buffers, none of them a terminal.
func Test() (s *IOStreams, in, out, errOut *bytes.Buffer) {
	in, out, errOut = &bytes.Buffer{}, &bytes.Buffer{}, &bytes.Buffer{}
	s = &IOStreams{In: in, Out: out, ErrOut: errOut, inFd: -1}
	s.width = func() int {
		if s.columns > 0 {
			return s.columns
		}
		return 80
	}
	return s, in, out, errOut
}

// SetWidth sets the terminal width the streams report; for tests.
func (s *IOStreams) SetWidth(n int) { s.columns = n }

// SetTTY overrides terminal detection; for tests.
func (s *IOStreams) SetTTY(stdin, stdout, stderr bool) {
	s.stdinTTY, s.stdoutTTY, s.stderrTTY = stdin, stdout, stderr
}

// SetColor overrides the colour decision for both output streams; for tests.
func (s *IOStreams) SetColor(on bool) { s.colorOut, s.colorErr = on, on }

// IsStdinTTY reports whether standard input is a terminal.
func (s *IOStreams) IsStdinTTY() bool { return s.stdinTTY }

// IsStdoutTTY reports whether standard output is a terminal.
func (s *IOStreams) IsStdoutTTY() bool { return s.stdoutTTY }

// IsStderrTTY reports whether standard error is a terminal.
func (s *IOStreams) IsStderrTTY() bool { return s.stderrTTY }

// CanPrompt reports whether the user can be asked a question: both the input
// and the conversation stream must be terminals.
func (s *IOStreams) CanPrompt() bool { return s.stdinTTY && s.stderrTTY }

// ColorEnabled reports whether stdout may carry colour.
func (s *IOStreams) ColorEnabled() bool { return s.colorOut }

// ErrColorEnabled reports whether stderr may carry colour.
func (s *IOStreams) ErrColorEnabled() bool { return s.colorErr }

// TerminalWidth is the width of the terminal (stdout's, else stderr's),
// else COLUMNS, else 80.
func (s *IOStreams) TerminalWidth() int { return s.width() }

// OutWrap is the width to word-wrap stdout text to: the terminal's when
// stdout is a terminal, 0 (no wrapping) otherwise.
func (s *IOStreams) OutWrap() int {
	if !s.stdoutTTY {
		return 0
	}
	return s.width()
}

// ErrWrap is OutWrap for stderr.
func (s *IOStreams) ErrWrap() int {
	if !s.stderrTTY {
		return 0
	}
	return s.width()
}

// StdinFd is the file descriptor of standard input, or -1 when it is not a file.
func (s *IOStreams) StdinFd() int { return s.inFd }

// Styles for stdout.
func (s *IOStreams) Styles() Styles { return Styles{on: s.colorOut} }

// ErrStyles for stderr.
func (s *IOStreams) ErrStyles() Styles { return Styles{on: s.colorErr} }
