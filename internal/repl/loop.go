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

	"github.com/amends-cli/amends/internal/critique"
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
		// Lines are saved here, a """ block as one entry.
		DisableAutoSaveHistory: true,
		InterruptPrompt:        "^C",
		EOFPrompt:              "",
		Stdin:                  &keyReader{r: in},
		Stdout:                 echo,
		Stderr:                 r.IO.ErrOut,
		FuncIsTerminal:         func() bool { return true },
	})
	if err != nil {
		return fmt.Errorf("start the line editor: %w", err)
	}
	defer rl.Close()

	who := r.sess.Scenario().Who
	fmt.Fprintln(r.errOut, r.est.Dim(iostreams.Wrap(fmt.Sprintf("You are talking with %s. Say what you would say. /hint asks the coach, /help lists commands, /end finishes with a debrief, Ctrl-D leaves.", iostreams.Sanitize(who)), r.IO.ErrWrap())))
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		if r.sess.InFence() {
			rl.SetPrompt(promptMore)
		} else {
			rl.SetPrompt(r.st.Bold(promptMain))
		}
		line, err := readLine(ctx, rl)
		switch {
		case ctx.Err() != nil:
			return ctx.Err()
		case errors.Is(err, readline.ErrInterrupt):
			if strings.TrimSpace(line) != "" {
				continue // readline cleared the line
			}
			if text, ok := r.sess.DropFence(); ok {
				// Ctrl-C on an empty line of a block drops the block.
				saveBlock(rl, text)
				r.dropped(text)
				continue
			}
			fmt.Fprintln(r.errOut, r.est.Dim("(To leave: /end for a debrief, /quit, or Ctrl-D.)"))
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
		wasInFence := r.sess.InFence()
		a := r.sess.Handle(line)
		switch {
		case a.Block != "":
			saveBlock(rl, a.Block)
		case !wasInFence && !r.sess.InFence() && strings.TrimSpace(line) != "":
			_ = rl.SaveHistory(line)
		}
		if err := r.dispatch(ctx, a); err != nil {
			return err
		}
		r.storageNotice()
	}
}

// saveBlock keeps a """ block in the input history as one entry that,
// recalled with Up, is a one-line block ready to send again.
func saveBlock(rl *readline.Instance, text string) {
	if text = strings.Join(strings.Fields(text), " "); text != "" {
		_ = rl.SaveHistory(fenceMark + text + fenceMark)
	}
}

const fenceMark = `"""`

// pipedLoop reads stdin line by line: each line, or each """ block, is a
// turn. It never starts readline.
func (r *runner) pipedLoop(ctx context.Context) error {
	// Lines are read in their own goroutine, so that a signal ends the
	// session even while it waits for input.
	type read struct {
		line string
		err  error
	}
	lines := make(chan read)
	go func() {
		lr := newLineReader(r.IO.Input())
		for {
			l, err := lr.next()
			select {
			case lines <- read{l, err}:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	for n := 1; ; n++ {
		var line string
		var err error
		select {
		case x := <-lines:
			line, err = x.line, x.err
		case <-ctx.Done():
			return ctx.Err()
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if errors.Is(err, errLineTooLong) {
			return &critique.InputError{
				Reason: critique.ReasonTooLarge, Offset: critique.MaxBytes,
				Msg: fmt.Sprintf("line %d of stdin is over the %d-byte limit (about 20 KB; reading stopped at byte %d): shorten it", n, critique.MaxBytes, critique.MaxBytes+1),
			}
		}
		if err != nil {
			return fmt.Errorf("read input: %w", err)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.dispatch(ctx, r.sess.Handle(line)); err != nil {
			return err
		}
		r.storageNotice()
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
	cmd.Stdout, cmd.Stderr = r.IO.Out, r.IO.ErrOut
	// The editor gets the terminal itself. Any other input stays with the
	// session's line reader, which may be reading it at this moment (a
	// copy into the editor would race with it for the same bytes).
	if f, ok := r.IO.In.(*os.File); ok {
		cmd.Stdin = f
	}
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("editor %q: %w", r.Editor, err)
	}
	data, err := critique.ReadFileBounded(path, "the editor's file")
	if err != nil {
		var empty *critique.InputError
		if errors.As(err, &empty) && empty.Reason == critique.ReasonEmpty {
			return "", nil
		}
		return "", err
	}
	var kept []string
	for _, l := range strings.Split(data, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "#") {
			kept = append(kept, l)
		}
	}
	return strings.TrimSpace(strings.Join(kept, "\n")), nil
}

// errLineTooLong is a piped line longer than the input limit.
var errLineTooLong = errors.New("line too long")

// lineReader reads piped input line by line, holding at most the input
// limit of one line: a longer line is an error, found without reading
// more than one byte past the limit.
type lineReader struct{ br *bufio.Reader }

func newLineReader(r io.Reader) *lineReader { return &lineReader{br: bufio.NewReaderSize(r, 64*1024)} }

// next returns the next line without its newline; io.EOF at the end (a
// last line without a newline is returned first).
func (l *lineReader) next() (string, error) {
	var line []byte
	for {
		chunk, err := l.br.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > critique.MaxBytes+1 {
			return "", errLineTooLong
		}
		switch {
		case err == nil:
			return strings.TrimSuffix(string(line), "\n"), nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF) && len(line) > 0:
			return string(line), nil
		default:
			return "", err
		}
	}
}

// readLine reads one line with readline, returning early when the
// session's context ends (a signal): closing readline puts the terminal
// back as it was and ends its blocked read.
func readLine(ctx context.Context, rl *readline.Instance) (string, error) {
	type read struct {
		line string
		err  error
	}
	ch := make(chan read, 1)
	go func() {
		l, err := rl.Readline()
		ch <- read{l, err}
	}()
	select {
	case x := <-ch:
		return x.line, x.err
	case <-ctx.Done():
		_ = rl.Close()
		return "", ctx.Err()
	}
}
