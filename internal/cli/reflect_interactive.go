package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/reflection"
)

// reflectInteractive asks each question on stderr and reads the answer
// from the terminal, saving after every answer. Ctrl-D ends early; Ctrl-C
// keeps the lines of the answer in progress and exits 130.
func reflectInteractive(ctx context.Context, opts *reflectOptions, store *reflection.Store, entry *reflection.Entry) (saved bool, err error) {
	ios := opts.IO
	st := ios.ErrStyles()
	w := ios.ErrOut
	notify := opts.interruptible
	if notify == nil {
		notify = interruptible
	}
	ctx, stop := notify(ctx)
	defer stop()

	lines := ios.Prompter().Lines()
	// next returns the next line, or ok=false at end of input; err is
	// set when the context ends (Ctrl-C).
	next := func() (string, bool, error) {
		select {
		case <-ctx.Done():
			return "", false, ctx.Err()
		case l, ok := <-lines:
			return l, ok, nil
		}
	}

	// Word-wrapped to the terminal (ErrWrap is 0 when stderr is not one).
	width := ios.ErrWrap()
	wrap := func(s string) string { return iostreams.Wrap(s, width) }
	fmt.Fprintln(w, st.Bold("Reflect"))
	fmt.Fprintln(w, st.Dim(wrap("Private: saved only on this computer, readable only by you. No model is used.")))
	fmt.Fprintln(w, st.Dim(wrap("An empty line ends an answer; an empty answer skips the question. Ctrl-D stops, keeping what you wrote.")))
	if entry.Who == "" {
		fmt.Fprint(w, "\n"+wrap("Who is this about? (a name, or Enter to skip)")+" ")
		l, ok, err := next()
		if err != nil {
			fmt.Fprintln(w)
			return false, ErrInterrupted
		}
		if !ok {
			fmt.Fprintln(w, "\nNothing written, nothing saved.")
			return false, nil
		}
		who := strings.TrimSpace(l)
		if err := checkOneLine("the name", who); err != nil {
			return false, err
		}
		entry.Who = who
	}

	qs := reflection.Questions()
	save := func() error {
		if !saved {
			if err := store.Create(entry, opts.Factory.Now()); err != nil {
				return err
			}
			saved = true
			return nil
		}
		return store.Save(entry)
	}
	finish := func(early bool) (bool, error) {
		if !saved {
			fmt.Fprintln(w, "\nNothing written, nothing saved.")
			return false, nil
		}
		if early {
			if len(entry.Answers) == 1 {
				fmt.Fprintln(w, "\nStopped early; your answer is saved.")
			} else {
				fmt.Fprintf(w, "\nStopped early; your %d answers are saved.\n", len(entry.Answers))
			}
		} else {
			fmt.Fprintf(w, "\nDone: %d of %d answered.\n", len(entry.Answers), len(qs))
		}
		// The next steps take the reflection as it is: nothing to copy.
		// A command stays whole on one line, to be copied: one that does
		// not fit after its label goes on the next line.
		step := func(label, command string) {
			if width > 0 && iostreams.VisibleWidth(label+" "+command) > width {
				fmt.Fprintln(w, st.Dim(wrap(label)+"\n  "+command))
				return
			}
			fmt.Fprintln(w, st.Dim(label+" "+command))
		}
		step("Read it again with:", "amends reflect show "+entry.ID)
		step("Rehearse the conversation:", "amends practice --from-reflection "+entry.ID)
		step("When you are ready to write to them:", "amends reach-out --from-reflection "+entry.ID)
		return true, nil
	}

	for i, q := range qs {
		n := fmt.Sprintf("%d/%d", i+1, len(qs))
		fmt.Fprintf(w, "\n%s %s\n%s\n", st.Cyan(n), st.Bold(iostreams.WrapIndent(q.Text, len(n)+1, 0, width)), st.Dim(wrap(q.Hint)))
		var answer []string
		for {
			fmt.Fprint(w, "> ")
			l, ok, err := next()
			if err != nil {
				// Ctrl-C: keep what was typed of this answer too.
				fmt.Fprintln(w)
				if entry.Add(q, strings.Join(answer, "\n")) {
					if err := save(); err != nil {
						return saved, err
					}
				}
				if saved {
					// The path stays whole, to be copied.
					fmt.Fprintf(w, "Saved what you wrote: %s\n", entry.Path)
				}
				return saved, ErrInterrupted
			}
			if !ok {
				fmt.Fprintln(w)
				if entry.Add(q, strings.Join(answer, "\n")) {
					if err := save(); err != nil {
						return saved, err
					}
				}
				return finish(true)
			}
			if strings.TrimSpace(l) == "" {
				break
			}
			answer = append(answer, l)
		}
		if entry.Add(q, strings.Join(answer, "\n")) {
			if err := save(); err != nil {
				return saved, err
			}
			fmt.Fprintln(w, st.Dim("(saved)"))
		} else {
			fmt.Fprintln(w, st.Dim("(skipped)"))
		}
	}
	return finish(false)
}
