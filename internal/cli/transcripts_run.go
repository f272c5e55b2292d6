package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime/debug"
	"strings"

	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/usage"
	"github.com/amends-cli/amends/transcripts"
)

// open opens the store without creating it: a missing folder simply means
// there are no sessions yet, and nil is returned.
func (d transcriptsDir) open() (*transcripts.Store, error) {
	dir, err := d.Dir()
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	store, err := transcripts.Open(dir)
	if err != nil {
		return nil, err
	}
	if mode, loose := store.Loose(); loose {
		fmt.Fprintf(d.IO.ErrOut, "%s the transcripts folder %s is open to others (%v); chmod 700 %s makes it private\n",
			d.IO.ErrStyles().Yellow("note:"), dir, mode, dir)
	}
	return store, nil
}

// resolveTranscript turns the user's reference into an id, with errors that
// say what to do.
func resolveTranscript(ios *iostreams.IOStreams, store *transcripts.Store, ref string) (string, error) {
	errNone := usage.Errorf("there are no saved sessions yet; start one with amends practice")
	if store == nil {
		return "", errNone
	}
	id, skipped, err := store.ResolveReadable(ref)
	noteSkipped(ios, skipped)
	var (
		amb *transcripts.AmbiguousError
		inv *transcripts.InvalidIDError
	)
	switch {
	case err == nil:
		return id, nil
	case errors.As(err, &amb):
		return "", usage.Errorf("%s; type more of the id", amb.Error())
	case errors.As(err, &inv):
		return "", usage.Errorf("%q is not a session id; amends transcripts list shows them", ref)
	case errors.Is(err, transcripts.ErrNotFound) && ref == transcripts.Last:
		return "", errNone
	case errors.Is(err, transcripts.ErrNotFound):
		return "", usage.Errorf("no saved session matches %q; amends transcripts list shows them", ref)
	default:
		return "", err
	}
}

func transcriptsListRun(_ context.Context, opts *transcriptsListOptions) error {
	defer relaxGC()()
	store, err := opts.open()
	if err != nil {
		return err
	}
	var list []transcripts.Summary
	if store != nil {
		if list, err = store.List(); err != nil {
			return err
		}
	}
	if opts.JSON {
		if list == nil {
			list = []transcripts.Summary{}
		}
		return printJSON(opts.IO, list)
	}
	return viewTranscriptList(opts.IO, list)
}

func transcriptsExportRun(_ context.Context, opts *transcriptsExportOptions) error {
	format, err := checkEnum("format", opts.Format, []string{"md", "jsonl"})
	if err != nil {
		return err
	}
	store, err := opts.open()
	if err != nil {
		return err
	}
	id, err := resolveTranscript(opts.IO, store, opts.Ref)
	if err != nil {
		return err
	}
	if format == "jsonl" {
		f, err := os.Open(store.Path(id))
		if err != nil {
			return fmt.Errorf("export %s: %w", id, err)
		}
		defer f.Close()
		_, err = io.Copy(opts.IO.Out, f)
		return err
	}
	t, warns, err := store.Read(id)
	var fe *transcripts.FormatError
	if errors.As(err, &fe) {
		return fmt.Errorf("session %s cannot be read: %s; amends transcripts export %s --format jsonl copies the raw file", id, fe.Msg, id)
	}
	if err != nil {
		return err
	}
	for _, w := range warns {
		fmt.Fprintf(opts.IO.ErrOut, "%s %s: %s\n", opts.IO.ErrStyles().Yellow("note:"), id, iostreams.Sanitize(w.String()))
	}
	// The transcript holds the model's replies and the scene's names as
	// they came: made safe for a terminal (--format jsonl copies them
	// exactly).
	md := iostreams.Sanitize(transcripts.Markdown(t))
	if opts.render {
		// show on a terminal: laid out like the guide, at its width.
		return viewGuideTopic(opts.IO, md)
	}
	_, err = io.WriteString(opts.IO.Out, md)
	return err
}

func transcriptsPathRun(_ context.Context, opts *transcriptsPathOptions) error {
	dir, err := opts.Dir()
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(opts.IO.Out, dir)
	return err
}

func transcriptsRmRun(_ context.Context, opts *transcriptsRmOptions) error {
	store, err := opts.open()
	if err != nil {
		return err
	}
	id, err := resolveTranscript(opts.IO, store, opts.Ref)
	if err != nil {
		return err
	}
	if !opts.Yes {
		if !opts.IO.CanPrompt() {
			return usage.Errorf("not deleting %s without confirmation: add --yes", id)
		}
		ok, err := opts.IO.Prompter().Confirm(fmt.Sprintf("Delete session %s%s for good?", id, describeSession(store, id)), false)
		if err != nil {
			return &SilentError{Code: ExitError}
		}
		if !ok {
			fmt.Fprintln(opts.IO.ErrOut, "Kept.")
			return nil
		}
	}
	if err := store.Remove(id); err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.ErrOut, "Deleted %s.\n", id)
	return nil
}

// describeSession is a short parenthesis for the confirmation question.
func describeSession(store *transcripts.Store, id string) string {
	t, _, err := store.Read(id)
	if err != nil {
		return ""
	}
	var parts []string
	if who := t.Header.PartnerName(); who != "" {
		parts = append(parts, "with "+who)
	}
	if !t.Header.Started.IsZero() {
		parts = append(parts, "started "+t.Header.Started.Local().Format("2006-01-02 15:04"))
	}
	n := t.Standing()
	parts = append(parts, fmt.Sprintf("%d %s of yours", n, plural(n, "line", "lines")))
	return " (" + strings.Join(parts, ", ") + ")"
}

// relaxGC lets a one-shot listing run with the garbage collector mostly out
// of the way (it would otherwise collect a few times over a thousand
// summaries) and returns the function that restores it. The heap may grow
// to five times what is live, a few MB for a thousand sessions.
func relaxGC() func() {
	old := debug.SetGCPercent(400)
	return func() { debug.SetGCPercent(old) }
}

// noteSkipped names the newer sessions "last" passed over because they
// cannot be read.
func noteSkipped(ios *iostreams.IOStreams, skipped []transcripts.Summary) {
	for _, s := range skipped {
		fmt.Fprintf(ios.ErrOut, "%s skipped %s, newer but unreadable (%s); amends transcripts export %s --format jsonl copies it\n",
			ios.ErrStyles().Yellow("note:"), s.ID, iostreams.Sanitize(s.Problem), s.ID)
	}
}
