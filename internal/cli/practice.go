package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/amends-cli/amends/internal/coach"
	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/practice"
	"github.com/amends-cli/amends/internal/repl"
	"github.com/amends-cli/amends/internal/scenario"
	"github.com/amends-cli/amends/internal/templates"
	"github.com/amends-cli/amends/transcripts"
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

Set the scene with a built-in or your own scenario (amends scenarios list),
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
  amends practice --who Sam --relationship friend --what "I missed Sam's birthday dinner"
  amends practice --scenario colleague --mood defensive --difficulty hard
  amends critique -f draft.txt && amends practice --scenario close-friend --opening draft.txt
  amends practice --resume last
  printf 'Hi Sam.\n/hint\n/end\n' | amends practice --scenario close-friend --json`

func newCmdPractice(f *Factory) *cobra.Command {
	opts := &practiceOptions{Factory: f, IO: f.IO}
	cmd := &cobra.Command{
		Use:     "practice",
		Short:   "Rehearse the conversation with a role-played partner and a coach",
		Long:    practiceLong,
		Example: practiceExample,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.set = map[string]bool{}
			for _, n := range []string{"scenario", "who", "relationship", "what", "mood", "difficulty"} {
				opts.set[n] = cmd.Flags().Changed(n)
			}
			return practiceRun(cmd.Context(), opts)
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
	fl.BoolVar(&opts.JSON, "json", false, "one JSON event per line on stdout (for scripts)")
	return cmd
}

// checkEnum validates an enumerated flag value.
func checkEnum(flag, v string, allowed []string) (string, error) {
	if v == "" {
		return "", nil
	}
	l := strings.ToLower(strings.TrimSpace(v))
	if !slices.Contains(allowed, l) {
		return "", flagErrorf("invalid --%s %q: use one of %s", flag, v, strings.Join(allowed, ", "))
	}
	return l, nil
}

func practiceRun(ctx context.Context, opts *practiceOptions) error {
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
	if opts.Resume != "" {
		for _, n := range []string{"scenario", "who", "relationship", "what", "difficulty"} {
			if opts.set[n] {
				return flagErrorf("--resume continues the saved scene; leave out --%s", n)
			}
		}
		if opts.Opening != "" {
			return flagErrorf("--opening starts a new session; it cannot be used with --resume")
		}
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

	// The transcript store is needed to resume even with --no-save.
	var store *transcripts.Store
	if saving || opts.Resume != "" {
		if store, err = transcripts.Open(cfg.TranscriptsDir); err != nil {
			return err
		}
		if mode, loose := store.Loose(); loose && saving {
			fmt.Fprintf(opts.IO.ErrOut, "%s the transcripts folder %s is open to others (%v); consider chmod 700 %s\n",
				opts.IO.ErrStyles().Yellow("note:"), store.Dir(), mode, store.Dir())
		}
	}

	var (
		sc      scenario.Scenario
		resumed *transcripts.Transcript
		id      string
	)
	if opts.Resume != "" {
		if id, err = store.Resolve(opts.Resume); err != nil {
			return resumeError(err)
		}
		t, warns, err := store.Read(id)
		if err != nil {
			return err
		}
		for _, w := range warns {
			fmt.Fprintf(opts.IO.ErrOut, "%s %s: %s\n", opts.IO.ErrStyles().Yellow("note:"), id, w)
		}
		if err := json.Unmarshal(t.Header.Scenario, &sc); err != nil || sc.Who == "" {
			return &InputError{Err: fmt.Errorf("session %s has no usable scene in its header; start a new one", id)}
		}
		sc.ApplyDefaults()
		if m, ok := t.Last(transcripts.EventMood); ok && m.Text != "" {
			sc.Mood = m.Text
		}
		resumed = t
	} else if sc, err = buildScene(opts, cfg.ConfigDir); err != nil {
		return err
	}
	if opts.Mood != "" {
		sc.Mood = opts.Mood
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

	prompts := templates.New(filepath.Join(cfg.ConfigDir, "prompts"))
	full, err := prompts.Render("partner", templates.PartnerData{Scenario: sc})
	if err != nil {
		return err
	}
	compact, err := prompts.Render("partner-compact", templates.PartnerData{Scenario: sc})
	if err != nil {
		return err
	}
	// The persona is fixed for the session (every request starts with
	// it): the full one when the model's context leaves room for a
	// conversation, else the compact one, else say so now.
	budget := func() llm.Budget { return client.Budget(cfg.Model, llm.KindPartner) }
	system, _, err := practice.PickPersona(cfg.Model, full, compact, budget())
	if err != nil {
		return err
	}
	sess := practice.New(practice.Config{
		Scenario:     sc,
		SystemPrompt: system,
		Model:        cfg.Model,
		ModelContext: info.ContextLength,
		ContextSize:  cfg.ContextSize,
		Budget:       budget,
		Temperature:  cfg.Temperature,
		Check:        coach.LineCheck,
		Nudge:        !opts.NoNudge,
		Screen:       coach.Screen,
	})

	// The transcript.
	var (
		writer *transcripts.Writer
		path   string
	)
	if saving {
		if resumed != nil {
			writer, err = store.Append(id)
		} else {
			writer, err = store.Create(transcripts.Header{
				Model:    cfg.Model,
				Scenario: mustJSON(sc),
				Options: mustJSON(map[string]any{
					"mood": sc.Mood, "difficulty": sc.Difficulty, "nudge": !opts.NoNudge,
					"num_ctx": sess.NumCtxValue(), "temperature": cfg.Temperature,
					"opening": opening != "",
				}),
			})
		}
		if err != nil {
			return err
		}
		defer writer.Close()
		path = writer.Path()
	}
	var rec repl.Recorder
	if writer != nil {
		rec = writer
	}
	es := opts.IO.ErrStyles()
	if resumed != nil {
		restoreSession(sess, resumed)
		fmt.Fprintf(opts.IO.ErrOut, "%s\n", es.Dim(fmt.Sprintf("Resuming session %s with %s: %d of your lines so far.", id, sc.Who, sess.UserTurns())))
		if last := lastPartner(sess); last != "" && !opts.JSON {
			fmt.Fprintf(opts.IO.ErrOut, "%s\n", es.Dim(fmt.Sprintf("%s last said: %s", sc.Who, practice.Shorten(last, 200))))
		}
		if rec != nil {
			_ = rec.Append(transcripts.Event{Type: transcripts.EventNote, Text: "resumed with model " + cfg.Model})
		}
	} else if !opts.JSON {
		fmt.Fprintln(opts.IO.ErrOut, es.Bold(sceneLine(sc)))
	}
	if path != "" && !opts.JSON {
		fmt.Fprintln(opts.IO.ErrOut, es.Dim("Transcript: "+path))
	}

	// The scene itself may call for stepping out before anything starts.
	if msg, detail := sess.ScreenScene(); msg != "" {
		if rec != nil {
			_ = rec.Append(transcripts.Event{Type: transcripts.EventSafety, Text: msg, Data: mustJSON(map[string]any{"scene": true, "concerns": detail})})
		}
		fmt.Fprintf(opts.IO.ErrOut, "\n%s\n\n%s\n", strings.TrimRight(msg, "\n"),
			es.Dim("The role-play has not started. Type /continue only if you are safe and want to rehearse anyway; /end stops here."))
	}

	history := ""
	if saving {
		// What the user types is private: the history file is created 0600
		// before readline opens it (readline would create it 0644).
		if err := os.MkdirAll(cfg.DataDir, 0o700); err == nil {
			h := filepath.Join(cfg.DataDir, "practice_history")
			if f, err := os.OpenFile(h, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600); err == nil {
				_ = f.Chmod(0o600)
				f.Close()
				history = h
			}
		}
	}
	err = repl.Run(ctx, repl.Options{
		IO:             opts.IO,
		Session:        sess,
		Chat:           client,
		Coach:          &coach.Practice{Chat: client, Prompts: prompts, Model: cfg.Model, Render: critiqueRenderer(opts.Factory)},
		Record:         rec,
		TranscriptPath: path,
		HistoryFile:    history,
		JSON:           opts.JSON,
		Editor:         cfg.Editor,
		Opening:        opening,
		Interruptible:  opts.interruptible,
		Interactive:    opts.interactive,
	})
	return err
}

func resumeError(err error) error {
	var amb *transcripts.AmbiguousError
	var inv *transcripts.InvalidIDError
	if errors.Is(err, transcripts.ErrNotFound) || errors.As(err, &amb) || errors.As(err, &inv) {
		return &InputError{Err: fmt.Errorf("--resume: %w (amends transcripts list shows the sessions)", err)}
	}
	return err
}

func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	return b
}

func sceneLine(sc scenario.Scenario) string {
	s := fmt.Sprintf("Practising with %s (%s; starts %s; %s).", sc.Who, sc.Relationship, sc.Mood, sc.Difficulty)
	if sc.Title != "" {
		s = sc.Title + "\n" + s
	}
	return s
}

func lastPartner(s *practice.Session) string {
	turns := s.Turns()
	for i := len(turns) - 1; i >= 0; i-- {
		if turns[i].Role == practice.RolePartner {
			return turns[i].Text
		}
	}
	return ""
}

// restoreSession rebuilds the conversation from a transcript.
func restoreSession(sess *practice.Session, t *transcripts.Transcript) {
	var turns []practice.Restored
	for _, m := range transcripts.Replay(t) {
		role := practice.RoleUser
		if m.Role == transcripts.EventPartner {
			role = practice.RolePartner
		}
		turns = append(turns, practice.Restored{Role: role, Text: m.Text, Interrupted: m.Interrupted})
	}
	mood := ""
	if m, ok := t.Last(transcripts.EventMood); ok {
		mood = m.Text
	}
	sess.Restore(turns, mood)
}

// buildScene makes the scene from --scenario and the scene flags, asking
// for what is missing on a terminal.
func buildScene(opts *practiceOptions, configDir string) (scenario.Scenario, error) {
	var sc scenario.Scenario
	if opts.Scenario != "" {
		cat, err := scenario.Load(filepath.Join(configDir, "scenarios"))
		if err != nil {
			return sc, err
		}
		if sc, err = cat.Get(opts.Scenario); err != nil {
			return sc, err
		}
	}
	if opts.Who != "" {
		sc.Who = opts.Who
	}
	if opts.What != "" {
		sc.What = opts.What
	}
	if opts.Relationship != "" {
		sc.Relationship = opts.Relationship
	}
	if opts.Difficulty != "" {
		sc.Difficulty = opts.Difficulty
	}
	var missing []string
	if strings.TrimSpace(sc.Who) == "" {
		missing = append(missing, "--who")
	}
	if strings.TrimSpace(sc.What) == "" {
		missing = append(missing, "--what")
	}
	if len(missing) > 0 {
		if !opts.IO.CanPrompt() || opts.JSON {
			return sc, flagErrorf("missing %s: say who the other person is and what happened, or pick a scene with --scenario NAME (amends scenarios list)", strings.Join(missing, " and "))
		}
		in := bufio.NewReader(opts.IO.In)
		if strings.TrimSpace(sc.Who) == "" {
			v, err := ask(opts.IO, in, "Who is the other person (a name, e.g. Sam)? ")
			if err != nil {
				return sc, err
			}
			sc.Who = v
		}
		if strings.TrimSpace(sc.What) == "" {
			v, err := ask(opts.IO, in, fmt.Sprintf("What happened between you and %s, in a sentence (\"I ...\")? ", sc.Who))
			if err != nil {
				return sc, err
			}
			sc.What = v
		}
		if sc.Relationship == "" {
			v, err := ask(opts.IO, in, "Who are they to you (friend, family, partner, colleague, other) [other]? ")
			if err != nil {
				return sc, err
			}
			if v, err = checkEnum("relationship", v, scenario.Relationships); err != nil {
				return sc, err
			}
			sc.Relationship = v
		}
	}
	sc.ApplyDefaults()
	if err := sc.Validate(); err != nil {
		return sc, err
	}
	return sc, nil
}

// ask asks one question on stderr and reads a non-empty answer (empty is
// allowed only for optional questions, which pass through checkEnum).
func ask(ios *iostreams.IOStreams, in *bufio.Reader, q string) (string, error) {
	fmt.Fprint(ios.ErrOut, q)
	line, err := in.ReadString('\n')
	if err != nil && line == "" {
		fmt.Fprintln(ios.ErrOut)
		if errors.Is(err, io.EOF) {
			return "", ErrInterrupted
		}
		return "", err
	}
	return strings.TrimSpace(line), nil
}

// readOpening reads --opening FILE|-.
func readOpening(opts *practiceOptions) (string, error) {
	if opts.Opening == "" {
		return "", nil
	}
	var (
		data []byte
		err  error
	)
	if opts.Opening == "-" {
		data, err = io.ReadAll(opts.IO.In)
	} else {
		data, err = os.ReadFile(opts.Opening)
	}
	if err != nil {
		return "", &InputError{Err: fmt.Errorf("--opening: %w", unwrapPathError(err))}
	}
	text := strings.TrimSpace(string(data))
	if text == "" {
		return "", &InputError{Err: errors.New("--opening: the draft is empty")}
	}
	return text, nil
}

// warmChecks compiles the safety screen and the rule checks, which every
// line goes through before it is sent.
func warmChecks() {
	coach.Screen("")
	coach.LineCheck("I'm sorry.")
}
