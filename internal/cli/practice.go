package cli

import (
	"context"

	"github.com/spf13/cobra"

	"github.com/amends-cli/amends/internal/coach"
	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/repl"
	"github.com/amends-cli/amends/internal/scenario"
	"github.com/amends-cli/amends/internal/usage"
)

type practiceOptions struct {
	Factory *Factory
	IO      *iostreams.IOStreams

	Scenario     string
	Who          string
	Relationship string
	What         string
	Mood         string
	Difficulty   string
	Opening      string
	NoNudge      bool
	NoSave       bool
	Resume       string
	JSON         bool
	// FromReflection names a saved reflection whose answers set the scene.
	FromReflection string

	// set reports which scene flags were given.
	set map[string]bool
	// interruptible and interactive are for tests (see repl.Options).
	interruptible func(context.Context) (context.Context, context.CancelFunc)
	interactive   *bool
}

const practiceLong = `Rehearse the hard conversation before you have it. A local model plays the
other person, realistically: guarded at first, more hurt by a non-apology,
softening only to specific acknowledgment and real responsibility, and free
to say "I need time" or "no". A coach stays outside the role-play: after
each of your lines it flags the one thing to fix (no model call, no delay),
/hint asks it what to try next, and /end gives a debrief.

Set the scene from your reflection (--from-reflection last: what you wrote
about your part is what happened, and how you think they saw it becomes
their own side of the story), with a built-in or your own scenario
(amends scenarios list),
or with --who and --what. On a terminal, anything essential you leave out is
asked for.

In the session, type what you would say. Commands:
  /hint  /critique  /undo  /retry  /mood MOOD  /status  /save  /edit
  /continue  /end  /quit  /help
For several lines, start and end with """ on a line of its own. Ctrl-C while
the other person is answering cuts the reply short (what arrived is kept);
Ctrl-D leaves.

Piped input is read line by line, each line (or """ block) a turn, with the
replies on stdout as plain text; --json makes it one JSON event per line.

Every event is saved as it happens to a transcript in the data directory
(see amends transcripts); --no-save keeps nothing on disk.`

const practiceExample = `  amends practice --scenario close-friend
  amends reflect --who Sam && amends practice --from-reflection last --relationship friend
  amends practice --who Sam --relationship friend --what "I missed Sam's birthday dinner"
  amends practice --scenario colleague --mood defensive --difficulty hard
  amends critique -f draft.txt && amends practice --scenario close-friend --opening draft.txt
  amends practice --resume last
  printf 'Hi Sam.\n/hint\n/end\n' | amends practice --scenario close-friend --json`

func newCmdPractice(f *Factory, runF func(context.Context, *practiceOptions) error) *cobra.Command {
	opts := &practiceOptions{Factory: f, IO: f.IO}
	cmd := &cobra.Command{
		Use:     "practice",
		Short:   "Rehearse the conversation with a role-played partner and a coach",
		Long:    practiceLong,
		Example: practiceExample,
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.set = map[string]bool{}
			for _, n := range []string{"scenario", "who", "relationship", "what", "mood", "difficulty", "from-reflection"} {
				opts.set[n] = cmd.Flags().Changed(n)
			}
			return runOr(cmd, runF, practiceRun, opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&opts.Scenario, "scenario", "s", "", "a built-in or your own scenario (see amends scenarios list)")
	fl.StringVar(&opts.Who, "who", "", "the other person, as you would name them (\"Sam\")")
	fl.StringVar(&opts.Relationship, "relationship", "", "friend|family|partner|colleague|other")
	fl.StringVar(&opts.What, "what", "", "what happened, in your words (\"I missed Sam's birthday dinner\")")
	fl.StringVar(&opts.Mood, "mood", "", "how they start: hurt|guarded|defensive|cold|open")
	fl.StringVar(&opts.Difficulty, "difficulty", "", "how hard they are to reach: gentle|realistic|hard")
	fl.StringVar(&opts.Opening, "opening", "", "send a prepared draft as your first line (a FILE, or - for stdin)")
	fl.BoolVar(&opts.NoNudge, "no-nudge", false, "no instant coach remark after each line")
	fl.BoolVar(&opts.NoSave, "no-save", false, "keep nothing on disk: no transcript, no input history")
	fl.StringVar(&opts.Resume, "resume", "", "continue a saved session: an id, a unique prefix of one, or \"last\"")
	fl.StringVar(&opts.FromReflection, "from-reflection", "", "set the scene from a saved reflection: an id, a unique prefix, or \"last\"")
	fl.BoolVar(&opts.JSON, "json", false, "one JSON event per line on stdout (for scripts)")
	completeEnums(cmd, f)
	_ = cmd.RegisterFlagCompletionFunc("from-reflection", cobra.FixedCompletions([]string{"last"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("resume", cobra.FixedCompletions([]string{"last"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func practiceRun(ctx context.Context, opts *practiceOptions) error {
	if err := practiceFlags(opts); err != nil {
		return err
	}
	cfg, err := opts.Factory.Config()
	if err != nil {
		return err
	}
	saving := cfg.Save && !opts.NoSave

	// The first chat request should follow the start at once: the model
	// lookup (one request) and the compilation of the line checks run in
	// the background while the scene is set up. Start-up is interruptible
	// as a whole.
	sctx, stop := interruptible(ctx)
	defer stop()
	model := startModel(sctx, opts.Factory)
	go warmChecks()

	scene, err := practiceStart(opts, cfg, saving)
	if err != nil {
		return err
	}
	opening, err := readOpening(opts)
	if err != nil {
		return err
	}

	client, cfg, info, err := model()
	stop()
	if err != nil {
		return err
	}
	prompts, err := opts.Factory.Prompts()
	if err != nil {
		return err
	}
	setup, err := assembleSession(opts, cfg, scene, sessionInputs{
		prompts: prompts, modelContext: info.ContextLength, saving: saving, opening: opening != "",
		budget: func() llm.Budget { return client.Budget(cfg.Model, llm.KindPartner) },
	})
	if err != nil {
		return err
	}
	defer setup.close()

	return repl.Run(ctx, repl.Options{
		IO:      opts.IO,
		Session: setup.sess,
		Chat:    client,
		Coach: &coach.Practice{
			Chat: client, Prompts: prompts, Model: cfg.Model,
			Render: critiqueRenderer(opts.IO),
		},
		Record:         setup.recorder(),
		TranscriptPath: setup.path(),
		HistoryFile:    setup.history,
		JSON:           opts.JSON,
		Editor:         cfg.Editor,
		Opening:        opening,
		Recap:          practiceRecap(setup),
		Interruptible:  opts.interruptible,
		Interactive:    opts.interactive,
	})
}

// practiceFlags checks the scene flags (enumerations in any case) and the
// flags --resume rules out.
func practiceFlags(opts *practiceOptions) error {
	var err error
	if opts.Relationship, err = checkEnum("relationship", opts.Relationship, scenario.Relationships); err != nil {
		return err
	}
	if opts.Mood, err = checkEnum("mood", opts.Mood, scenario.Moods); err != nil {
		return err
	}
	if opts.Difficulty, err = checkEnum("difficulty", opts.Difficulty, scenario.Difficulties); err != nil {
		return err
	}
	if opts.Resume == "" {
		return nil
	}
	for _, n := range []string{"scenario", "who", "relationship", "what", "difficulty", "from-reflection"} {
		if opts.set[n] {
			return usage.Errorf("--resume continues the saved scene; leave out --%s", n)
		}
	}
	if opts.Opening != "" {
		return usage.Errorf("--opening starts a new session; it cannot be used with --resume")
	}
	return nil
}

// warmChecks compiles the safety screen and the rule checks, which every
// line goes through before it is sent.
func warmChecks() {
	coach.Screen("I'm sorry.") // an empty text returns before compiling
	coach.LineCheck("I'm sorry.")
}

// practiceRecap is how many turns a resumed session shows before the
// first prompt: the last three exchanges.
func practiceRecap(setup *practiceSetup) int {
	if setup.resumed {
		return 6
	}
	return 0
}
