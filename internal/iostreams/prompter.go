package iostreams

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Input is the one buffered reader over In. Everything that reads
// standard input (questions, the practice loops, a draft on stdin) reads
// through it, so a line typed ahead of the next question is never lost in
// a reader that was thrown away. It is made again if In is replaced.
func (s *IOStreams) Input() *bufio.Reader {
	if s.input == nil || s.inputOf != s.In {
		s.input, s.inputOf = bufio.NewReader(s.In), s.In
	}
	return s.input
}

// Prompter asks questions on stderr and reads the answers from the
// streams' one input reader. Callers ask only when CanPrompt is true.
type Prompter struct{ ios *IOStreams }

// Prompter returns the streams' prompter.
func (s *IOStreams) Prompter() Prompter { return Prompter{ios: s} }

// Ask prints question on stderr and returns the line typed, trimmed. When
// the input ends before a line, it ends the prompt's line and returns
// io.EOF.
func (p Prompter) Ask(question string) (string, error) {
	fmt.Fprint(p.ios.ErrOut, question)
	line, err := p.ios.Input().ReadString('\n')
	if err != nil && line == "" {
		fmt.Fprintln(p.ios.ErrOut)
		if errors.Is(err, io.EOF) {
			return "", io.EOF
		}
		return "", err
	}
	return strings.TrimSpace(line), nil
}

// Confirm asks a yes or no question; an empty answer is def, and an
// answer other than y or yes (or n or no) is no. At the end of input it
// returns false and io.EOF.
func (p Prompter) Confirm(question string, def bool) (bool, error) {
	hint := "[y/N]"
	if def {
		hint = "[Y/n]"
	}
	a, err := p.Ask(question + " " + hint + " ")
	if err != nil {
		return false, err
	}
	switch strings.ToLower(a) {
	case "":
		return def, nil
	case "y", "yes":
		return true, nil
	}
	return false, nil
}

// Lines reads the input line by line in the background (without the line
// endings) until it ends, so a caller can wait for a line and for Ctrl-C
// at once. The goroutine may outlive the caller while blocked on a
// terminal; nothing else reads the input after that.
func (p Prompter) Lines() <-chan string {
	ch := make(chan string)
	in := p.ios.Input()
	go func() {
		defer close(ch)
		for {
			l, err := in.ReadString('\n')
			if l != "" {
				ch <- strings.TrimRight(l, "\r\n")
			}
			if err != nil {
				return
			}
		}
	}()
	return ch
}
