package cli

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/amends-cli/amends/internal/coach"
	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/scenario"
	"github.com/amends-cli/amends/internal/templates"
	"github.com/amends-cli/amends/internal/usage"
)

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
	// FromReflection names a saved reflection that says who and what.
	FromReflection string
	// reflectionID is the reflection used, for the suggested practice line.
	reflectionID string
	// Output is a file to save the draft in ("" for none).
	Output string
}

func newCmdReachOut(f *Factory, runF func(context.Context, *reachOutOptions) error) *cobra.Command {
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
  amends reach-out --from-reflection last -o message.txt
  amends reach-out --who Sam --json | jq -r .draft
  amends reach-out --offline --who Sam`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runOr(cmd, runF, reachOutRun, opts)
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
	fl.StringVar(&opts.FromReflection, "from-reflection", "", "take who and what happened from a saved reflection: an id, a unique prefix, or \"last\"")
	fl.StringVarP(&opts.Output, "output", "o", "", "also save the draft in FILE (never overwrites one)")
	completeEnums(cmd, f)
	_ = cmd.RegisterFlagCompletionFunc("from-reflection", cobra.FixedCompletions([]string{"last"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func reachOutRun(ctx context.Context, opts *reachOutOptions) error {
	if opts.FromReflection != "" {
		r, id, err := fromReflection(opts.Factory, opts.FromReflection)
		if err != nil {
			return err
		}
		// Flags still win over the reflection.
		if opts.Who == "" {
			opts.Who = r.Who
		}
		if opts.What == "" {
			opts.What = r.What
		}
		if opts.Want == "" {
			opts.Want = r.Know
		}
		opts.reflectionID = id
	}
	if err := reachOutInputs(opts); err != nil {
		return err
	}
	// No first message is drafted (nor any example shown) when what the
	// user wrote speaks of danger, and nothing is sent to the model.
	if out, err := screenInputs(opts.IO, opts.JSON, opts.What, opts.Want, opts.Since); out || err != nil {
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
	prompts, err := opts.Factory.Prompts()
	if err != nil {
		return err
	}
	drafter := &coach.ReachOut{
		Chat: client, Prompts: prompts,
		Model: cfg.Model, Temperature: cfg.Temperature,
	}
	about := templates.ReachOutData{
		Who: opts.Who, Relationship: opts.Relationship,
		What: opts.What, Want: opts.Want, Since: opts.Since,
	}
	draft, err := viewDraftStream(opts.IO, "drafting with "+cfg.Model, !opts.JSON, func(onToken func(string)) (string, error) {
		return drafter.Draft(ctx, about, onToken)
	})
	if err != nil {
		return err
	}

	saved := ""
	if opts.Output != "" {
		if err := saveDraft(opts.Output, draft); err != nil {
			return err
		}
		saved = opts.Output
	}
	rep := critique.Check(draft, critique.KindReachOut)
	if opts.JSON {
		return printJSON(opts.IO, struct {
			Draft string          `json:"draft"`
			Check critique.Report `json:"check"`
		}{draft, rep})
	}
	viewReachOutCheck(opts.IO, rep, reachOutPracticeLine(opts))
	if saved != "" {
		fmt.Fprintf(opts.IO.ErrOut, "Draft saved in %s.\n", iostreams.Sanitize(saved))
	}
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
	code := printError(opts.IO.ErrOut, err)
	fmt.Fprintf(opts.IO.ErrOut, "Without the model: amends reach-out --offline --who %s\n", iostreams.Sanitize(quoteForShell(opts.Who)))
	return &SilentError{Code: code}
}

// reachOutPracticeLine is the command that rehearses the conversation the
// message may open.
// It keeps every flag that describes the scene: the reflection, who,
// the relationship and what happened.
func reachOutPracticeLine(opts *reachOutOptions) string {
	line := "amends practice"
	if opts.reflectionID != "" {
		line += " --from-reflection " + opts.reflectionID
	}
	line += " --who " + quoteForShell(opts.Who)
	if opts.Relationship != "" {
		line += " --relationship " + opts.Relationship
	}
	if opts.What != "" && opts.reflectionID == "" {
		line += " --what " + quoteForShell(oneLine(opts.What))
	}
	return line
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
	viewReachOutOffline(opts.IO, openers, rules)
	return nil
}

// reachOutInputs checks the relationship, fills a missing --who or --what
// by asking on a terminal (in a pipe they are a usage error), and
// validates every text input.
func reachOutInputs(opts *reachOutOptions) error {
	var err error
	if opts.Relationship, err = checkEnum("relationship", opts.Relationship, scenario.Relationships); err != nil {
		return err
	}
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
			return usage.Errorf("missing %s: say who the message is for and what happened, e.g. amends reach-out --who Sam --what \"I missed Sam's birthday\"", strings.Join(missing, " and "))
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
	p := opts.IO.Prompter()
	var err error
	if opts.Who == "" {
		if opts.Who, err = p.Ask("Who is the message for? "); err != nil {
			return askErr(err)
		}
		if opts.Who == "" {
			return usage.Errorf("a name is needed for the message (--who)")
		}
	}
	if opts.What == "" && !opts.Offline {
		if opts.What, err = p.Ask("In a sentence, what happened between you? "); err != nil {
			return askErr(err)
		}
		if opts.What == "" {
			return usage.Errorf("say briefly what happened (--what), so the draft fits it")
		}
		if opts.Want == "" {
			if opts.Want, err = p.Ask("Anything you especially want to say? (Enter to skip) "); err != nil {
				return askErr(err)
			}
		}
	}
	return nil
}
