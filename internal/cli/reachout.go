package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/amends-cli/amends/internal/coach"
	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/scenario"
	"github.com/amends-cli/amends/internal/templates"
)

// reachOutMaxInput bounds --what and --want.
const reachOutMaxInput = 2000

// reachOutReminder is the article's advice after sending, in one line.
const reachOutReminder = "Then give them time: send it once, don't chase a reply, and let silence or \"not yet\" be an answer."

type reachOutOptions struct {
	IO      *iostreams.IOStreams
	Factory *Factory

	Who          string
	Relationship string
	What         string
	Want         string
	Since        string
	JSON         bool
	Offline      bool

	// spin is for tests; nil means startSpinner.
	spin func(ios *iostreams.IOStreams, msg string) func()
}

func newCmdReachOut(f *Factory) *cobra.Command {
	opts := &reachOutOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "reach-out",
		Short: "Draft a short first message to someone you fell out with",
		Long: `Draft a first message to the person you fell out with, then check it.

A good first message is short and simple, warm, invites a conversation they
can decline, and puts no pressure on them. It is not the apology in full and
not the place to go over what happened: that belongs in the conversation, if
there is one.

The local model writes a draft from what you tell it; the draft alone goes
to standard output, so you can save or pipe it. The offline rules then check
it for an invitation, no pressure, and brevity, on standard error.

On a terminal, a missing --who or --what is asked for. --offline needs no
model: it prints three example openers for --who and the rules of a first
message.`,
		Example: `  amends reach-out --who Sam --relationship friend --what "I missed Sam's birthday dinner"
  amends reach-out --who Sam --what "we argued about money" --want "I miss our walks" > message.txt
  amends critique --kind reach-out -f message.txt
  amends reach-out --who Sam --json | jq -r .draft
  amends reach-out --offline --who Sam`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if opts.Relationship != "" && !slices.Contains(scenario.Relationships, opts.Relationship) {
				return flagErrorf("--relationship must be one of %s, got %q", strings.Join(scenario.Relationships, ", "), opts.Relationship)
			}
			return reachOutRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Who, "who", "", "who the message is for, as you would name them (\"Sam\")")
	fl.StringVar(&opts.Relationship, "relationship", "", "friend|family|partner|colleague|other")
	fl.StringVar(&opts.What, "what", "", "what happened, in your words (\"I missed Sam's birthday dinner\")")
	fl.StringVar(&opts.Want, "want", "", "what you would like to say (optional)")
	fl.StringVar(&opts.Since, "since", "", "how long since you were in touch, e.g. \"two years\" (optional)")
	fl.BoolVar(&opts.JSON, "json", false, `print {"draft": ..., "check": ...} as JSON`)
	fl.BoolVar(&opts.Offline, "offline", false, "no model: print example openers and the rules of a first message")
	_ = cmd.RegisterFlagCompletionFunc("relationship", cobra.FixedCompletions(scenario.Relationships, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func reachOutRun(ctx context.Context, opts *reachOutOptions) error {
	if err := reachOutInputs(opts); err != nil {
		return err
	}
	if opts.Offline {
		return reachOutOffline(opts)
	}

	ctx, stop := interruptible(ctx)
	defer stop()
	client, cfg, _, err := ensureModel(ctx, opts.Factory)
	if err != nil {
		return reachOutModelError(opts, err)
	}
	drafter := &coach.ReachOut{
		Chat: client, Prompts: templates.New(filepath.Join(cfg.ConfigDir, "prompts")),
		Model: cfg.Model, Temperature: cfg.Temperature,
	}
	about := templates.ReachOutData{
		Who: opts.Who, Relationship: opts.Relationship,
		What: opts.What, Want: opts.Want, Since: opts.Since,
	}
	draft, err := streamDraft(opts, cfg.Model, func(onToken func(string)) (string, error) {
		return drafter.Draft(ctx, about, onToken)
	})
	if err != nil {
		return err
	}

	rep := critique.Check(draft, critique.KindReachOut)
	if opts.JSON {
		return printJSON(opts.IO, struct {
			Draft string          `json:"draft"`
			Check critique.Report `json:"check"`
		}{draft, rep})
	}
	renderReachOutCheck(opts, rep)
	return nil
}

// reachOutModelError adds the --offline way out to a missing model or an
// unreachable server, after the error's own line.
func reachOutModelError(opts *reachOutOptions, err error) error {
	var un *llm.UnreachableError
	var nf *llm.ModelNotFoundError
	if !errors.As(err, &un) && !errors.As(err, &nf) {
		return err
	}
	code, msg := exitCode(err)
	printError(opts.IO.ErrOut, msg, code)
	fmt.Fprintf(opts.IO.ErrOut, "Without the model: amends reach-out --offline --who %s\n", quoteForShell(opts.Who))
	return &SilentError{Code: code}
}

// streamDraft shows the draft as draft produces it. Without --json the
// tokens go to stdout as they arrive (leading blank space dropped), with a
// spinner on a terminal's stderr until the first one.
func streamDraft(opts *reachOutOptions, model string, draft func(onToken func(string)) (string, error)) (string, error) {
	spin := opts.spin
	if spin == nil {
		spin = startSpinner
	}
	stopSpin := spin(opts.IO, "drafting with "+model)
	spinning := true
	endSpin := func() {
		if spinning {
			stopSpin()
			spinning = false
		}
	}
	defer endSpin()

	out := opts.IO.Out
	started := false
	var last string
	onToken := func(t string) {
		endSpin()
		if opts.JSON {
			return
		}
		if !started {
			t = strings.TrimLeft(t, " \t\r\n")
			if t == "" {
				return
			}
			started = true
		}
		last = t
		_, _ = io.WriteString(out, t)
	}
	text, err := draft(onToken)
	endSpin()
	if started && !strings.HasSuffix(last, "\n") {
		fmt.Fprintln(out)
	}
	if err != nil {
		var se *llm.StreamError
		if errors.As(err, &se) && started {
			fmt.Fprintln(opts.IO.ErrOut, "(the draft above is incomplete)")
		}
		return "", err
	}
	return text, nil
}

// renderReachOutCheck prints the rule check of the draft, the next steps
// and the reminder to give them time, all on stderr.
func renderReachOutCheck(opts *reachOutOptions, rep critique.Report) {
	w := opts.IO.ErrOut
	st := opts.IO.ErrStyles()
	fmt.Fprintf(w, "\n%s  score %d/100\n", st.Bold("Check"), rep.Score)
	for _, name := range critique.ElementNames(critique.KindReachOut) {
		el := rep.Elements[name]
		if el == nil {
			continue
		}
		fmt.Fprintf(w, "  %s %-12s %s\n", elementMark(st, el.Present), name, el.Note)
	}
	for i, fd := range rep.Findings {
		if i == 3 {
			fmt.Fprintf(w, "  ...and %d more: run amends critique --kind reach-out on it\n", len(rep.Findings)-3)
			break
		}
		quote := ""
		if fd.Quote != "" {
			quote = fmt.Sprintf(" %q", oneLine(fd.Quote))
		}
		fmt.Fprintf(w, "  %-4s %s%s: %s\n", st.Warn(), fd.Category, quote, fd.Message)
	}
	practice := "amends practice --who " + quoteForShell(opts.Who)
	if opts.Relationship != "" {
		practice += " --relationship " + opts.Relationship
	}
	if opts.What != "" {
		practice += " --what " + quoteForShell(oneLine(opts.What))
	}
	fmt.Fprintf(w, "\n%s\n", st.Bold("Next"))
	fmt.Fprintln(w, "  Make it sound like you, save it (e.g. message.txt), then:")
	fmt.Fprintln(w, "    amends critique --kind reach-out -f message.txt    check your edit")
	fmt.Fprintf(w, "    %s --opening message.txt    rehearse the talk it may open\n", practice)
	fmt.Fprintf(w, "  %s\n", reachOutReminder)
}

// reachOutOffline prints the example openers and the rules, no model.
func reachOutOffline(opts *reachOutOptions) error {
	openers := coach.Openers(opts.Who)
	rules, err := coach.FirstMessageRules()
	if err != nil {
		return err
	}
	if opts.JSON {
		return printJSON(opts.IO, struct {
			Openers []string `json:"openers"`
			Rules   []string `json:"rules"`
		}{openers, rules})
	}
	w := opts.IO.Out
	st := opts.IO.Styles()
	fmt.Fprintln(w, st.Bold("Three ways to open (change the words until they sound like you):"))
	for i, o := range openers {
		fmt.Fprintf(w, "\n%d. %s\n", i+1, o)
	}
	fmt.Fprintf(w, "\n%s\n", st.Bold("What makes a first message work:"))
	for _, r := range rules {
		fmt.Fprintf(w, "- %s\n", r)
	}
	es := opts.IO.ErrStyles()
	fmt.Fprintf(opts.IO.ErrOut, "\n%s\n", es.Dim("Offline: examples only. Check yours with: amends critique --kind reach-out -f message.txt"))
	fmt.Fprintln(opts.IO.ErrOut, es.Dim(reachOutReminder))
	return nil
}

// reachOutInputs fills a missing --who or --what by asking on a terminal;
// in a pipe they are a usage error. It validates every text input.
func reachOutInputs(opts *reachOutOptions) error {
	opts.Who = strings.TrimSpace(opts.Who)
	opts.What = strings.TrimSpace(opts.What)
	opts.Want = strings.TrimSpace(opts.Want)
	opts.Since = strings.TrimSpace(opts.Since)
	var missing []string
	if opts.Who == "" {
		missing = append(missing, "--who")
	}
	if opts.What == "" && !opts.Offline {
		missing = append(missing, "--what")
	}
	if len(missing) > 0 {
		if !opts.IO.CanPrompt() {
			return flagErrorf("missing %s: say who the message is for and what happened, e.g. amends reach-out --who Sam --what \"I missed Sam's birthday\"", strings.Join(missing, " and "))
		}
		if err := askReachOut(opts); err != nil {
			return err
		}
	}
	if err := checkOneLine("--who", opts.Who); err != nil {
		return err
	}
	if err := checkOneLine("--since", opts.Since); err != nil {
		return err
	}
	for _, in := range []struct{ name, val string }{{"--what", opts.What}, {"--want", opts.Want}} {
		if err := checkText(in.name, in.val); err != nil {
			return err
		}
	}
	return nil
}

// askReachOut asks on stderr for what is missing and reads the answers
// from the terminal. --want is offered too when --what is asked.
func askReachOut(opts *reachOutOptions) error {
	w := opts.IO.ErrOut
	br := bufio.NewReader(opts.IO.In)
	ask := func(q string) (string, error) {
		fmt.Fprint(w, q)
		l, err := br.ReadString('\n')
		if err != nil && l == "" {
			fmt.Fprintln(w)
			return "", ErrInterrupted
		}
		return strings.TrimSpace(l), nil
	}
	var err error
	if opts.Who == "" {
		if opts.Who, err = ask("Who is the message for? "); err != nil {
			return err
		}
		if opts.Who == "" {
			return &InputError{Err: errors.New("a name is needed for the message (--who)")}
		}
	}
	if opts.What == "" && !opts.Offline {
		if opts.What, err = ask("In a sentence, what happened between you? "); err != nil {
			return err
		}
		if opts.What == "" {
			return &InputError{Err: errors.New("say briefly what happened (--what), so the draft fits it")}
		}
		if opts.Want == "" {
			if opts.Want, err = ask("Anything you especially want to say? (Enter to skip) "); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkText validates a free-text input: UTF-8, no control characters
// besides newline and tab, and not over reachOutMaxInput bytes.
func checkText(name, s string) error {
	if len(s) > reachOutMaxInput {
		return flagErrorf("%s is %d bytes, over %d: a sentence or two is enough", name, len(s), reachOutMaxInput)
	}
	if !utf8.ValidString(s) {
		return flagErrorf("%s is not valid UTF-8", name)
	}
	for _, r := range s {
		if (r < ' ' && r != '\n' && r != '\t') || r == 0x7f {
			return flagErrorf("%s must be plain text", name)
		}
	}
	return nil
}
