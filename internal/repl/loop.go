package repl

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"github.com/chzyer/readline"

	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/practice"
)

const (
	promptMain = "you> "
	promptMore = "...> "
)

// interactiveLoop reads lines with readline until the session ends.
func (r *runner) interactiveLoop(ctx context.Context) error {
	// Readline reads through the streams' one buffered reader, which may
	// already hold lines typed ahead of the scene questions; closing it
	// closes standard input, which ends readline's blocked read.
	in := struct {
		io.Reader
		io.Closer
	}{r.IO.Input(), io.NopCloser(nil)}
	if c, ok := r.IO.In.(io.Closer); ok {
		in.Closer = c
	}
	// The prompt and the echo of what is typed go where the user looks:
	// stdout when it is the terminal, stderr when stdout is redirected.
	echo := r.IO.Out
	if !r.IO.IsStdoutTTY() {
		echo = r.IO.ErrOut
	}
	rl, err := readline.NewEx(&readline.Config{
		Prompt:            r.st.Bold(promptMain),
		HistoryFile:       r.HistoryFile,
		HistoryLimit:      500,
		HistorySearchFold: true,
		InterruptPrompt:   "^C",
		EOFPrompt:         "",
		Stdin:             in,
		Stdout:            echo,
		Stderr:            r.IO.ErrOut,
		FuncIsTerminal:    func() bool { return true },
	})
	if err != nil {
		return fmt.Errorf("start the line editor: %w", err)
	}
	defer rl.Close()

	who := r.sess.Scenario().Who
	fmt.Fprintln(r.errOut, r.est.Dim(iostreams.Wrap(fmt.Sprintf("You are talking with %s. Say what you would say. /hint asks the coach, /help lists commands, /end finishes with a debrief, Ctrl-D leaves.", who), r.IO.ErrWrap())))
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		if r.sess.InFence() {
			rl.SetPrompt(promptMore)
		} else {
			rl.SetPrompt(r.st.Bold(promptMain))
		}
		line, err := rl.Readline()
		switch {
		case errors.Is(err, readline.ErrInterrupt):
			if strings.TrimSpace(line) == "" && !r.sess.InFence() {
				fmt.Fprintln(r.errOut, r.est.Dim("(To leave: /end for a debrief, /quit, or Ctrl-D.)"))
			}
			continue
		case errors.Is(err, io.EOF):
			// Ctrl-D: whatever is in an open """ block is still said.
			if a := r.sess.CloseFence(); a.Kind != practice.ActNoop {
				if err := r.dispatch(ctx, a); err != nil {
					return err
				}
			}
			r.record(eventEnd("ctrl-d"))
			r.ended = true
			return errDone
		case err != nil:
			return fmt.Errorf("read input: %w", err)
		}
		if err := r.dispatch(ctx, r.sess.Handle(line)); err != nil {
			return err
		}
	}
}

// pipedLoop reads stdin line by line: each line, or each """ block, is a
// turn. It never starts readline.
func (r *runner) pipedLoop(ctx context.Context) error {
	sc := bufio.NewScanner(r.IO.Input())
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.dispatch(ctx, r.sess.Handle(sc.Text())); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read input: %w", err)
	}
	if a := r.sess.CloseFence(); a.Kind != practice.ActNoop {
		if err := r.dispatch(ctx, a); err != nil {
			return err
		}
	}
	return nil
}

const editorHeader = "# Write what you want to say to %s, save and close the editor.\n# Lines starting with # are left out. An empty file sends nothing.\n"

// edit opens the editor on a private temporary file and returns what the
// user wrote.
func (r *runner) edit(ctx context.Context) (string, error) {
	if strings.TrimSpace(r.Editor) == "" {
		return "", errors.New("no editor set: set $VISUAL or $EDITOR (for example EDITOR=nano), or use \"\"\" for several lines")
	}
	f, err := os.CreateTemp("", "amends-line-*.txt") // CreateTemp uses mode 0600
	if err != nil {
		return "", fmt.Errorf("create a file for the editor: %w", err)
	}
	path := f.Name()
	defer os.Remove(path)
	if _, err := fmt.Fprintf(f, editorHeader, r.sess.Scenario().Who); err != nil {
		f.Close()
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	// The editor shares the terminal: a Ctrl-C meant for it reaches amends
	// too, and must not end the session.
	_, stop := r.Interruptible(ctx)
	defer stop()
	args := strings.Fields(r.Editor)
	cmd := exec.CommandContext(ctx, args[0], append(args[1:], path)...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = r.IO.In, r.IO.Out, r.IO.ErrOut
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("editor %q: %w", r.Editor, err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read the editor's file: %w", err)
	}
	var kept []string
	for _, l := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "#") {
			kept = append(kept, l)
		}
	}
	return strings.TrimSpace(strings.Join(kept, "\n")), nil
}
