package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/amends-cli/amends/internal/coach"
	"github.com/amends-cli/amends/internal/config"
	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/practice"
	"github.com/amends-cli/amends/internal/repl"
	"github.com/amends-cli/amends/internal/scenario"
	"github.com/amends-cli/amends/internal/templates"
	"github.com/amends-cli/amends/transcripts"
)

// sessionInputs are what assembling a session needs beyond the options,
// the configuration and the scene.
type sessionInputs struct {
	prompts      *templates.Set
	modelContext int  // the model's context length, as the server reports it
	saving       bool // keep a transcript and the input history
	opening      bool // an --opening draft will be the first line
	// budget is what the model's context leaves for the partner's calls.
	budget func() llm.Budget
}

// practiceSetup is a session ready to run: the pure session, where its
// transcript goes, and the input history.
type practiceSetup struct {
	sess *practice.Session
	// writer appends the transcript; nil with --no-save.
	writer  *transcripts.Writer
	history string
	// resumed is set when the session continues a saved one.
	resumed bool
}

func (s *practiceSetup) recorder() repl.Recorder {
	if s.writer == nil {
		return nil
	}
	return s.writer
}

func (s *practiceSetup) path() string {
	if s.writer == nil {
		return ""
	}
	return s.writer.Path()
}

func (s *practiceSetup) close() {
	if s.writer != nil {
		s.writer.Close()
	}
}

// assembleSession builds the session for a scene: the partner's system
// prompt, the pure session with the coach's per-line checks, the
// transcript (new, or appended to when resuming, with the earlier turns
// restored), the opening lines on stderr, and the safety screen of the
// scene itself.
func assembleSession(opts *practiceOptions, cfg *config.Config, ps practiceScene, in sessionInputs) (*practiceSetup, error) {
	sc := ps.sc
	full, err := in.prompts.Render("partner", templates.PartnerData{Scenario: sc})
	if err != nil {
		return nil, err
	}
	// The compact personas matter only when the full one leaves the
	// conversation too little room. The built-in compact template renders
	// for any scene (the prompts tests), so it is rendered only then; an
	// override is rendered now, so that an error in it shows at once.
	var compacts []string
	if _, overridden, err := in.prompts.Source("partner-compact"); err != nil || overridden {
		if compacts, err = coach.CompactPersonas(in.prompts, sc); err != nil {
			return nil, err
		}
	}
	// The persona is fixed for the session (every request starts with
	// it): the full one when the model's context leaves room for a
	// conversation, else the compact one, else say so now.
	system, _, err := practice.PickPersona(cfg.Model, full, compacts, in.budget())
	if err != nil && compacts == nil {
		if compacts, err = coach.CompactPersonas(in.prompts, sc); err != nil {
			return nil, err
		}
		system, _, err = practice.PickPersona(cfg.Model, full, compacts, in.budget())
	}
	if err != nil {
		return nil, err
	}
	setup := &practiceSetup{sess: practice.New(practice.Config{
		Scenario:     sc,
		SystemPrompt: system,
		Model:        cfg.Model,
		ModelContext: in.modelContext,
		ContextSize:  cfg.ContextSize,
		Budget:       in.budget,
		Temperature:  cfg.Temperature,
		Check:        coach.LineCheck,
		Nudge:        !opts.NoNudge,
		Screen:       screenScene(ps.shipped),
	})}
	sess := setup.sess

	if in.saving {
		if ps.resumed != nil {
			setup.writer, err = ps.store.Append(ps.id)
		} else {
			setup.writer, err = ps.store.Create(transcripts.Header{
				Model:    cfg.Model,
				Scenario: mustJSON(sc),
				Options: mustJSON(map[string]any{
					"mood": sc.Mood, "difficulty": sc.Difficulty, "nudge": !opts.NoNudge,
					"num_ctx": sess.NumCtxValue(), "temperature": cfg.Temperature,
					"opening": in.opening,
				}),
			})
		}
		if err != nil {
			return nil, err
		}
		setup.history = practiceHistory(cfg.DataDir)
	}
	rec := setup.recorder()

	es := opts.IO.ErrStyles()
	if ps.resumed != nil {
		restoreSession(sess, ps.resumed)
		setup.resumed = true
		fmt.Fprintf(opts.IO.ErrOut, "%s\n", es.Dim(iostreams.Sanitize(fmt.Sprintf("Resuming session %s with %s: %d of your lines so far.", ps.id, sc.Who, sess.UserTurns()))))
		if rec != nil {
			_ = rec.Append(transcripts.Event{Type: transcripts.EventNote, Text: "resumed with model " + cfg.Model})
		}
	} else if !opts.JSON {
		// The scene line names the partner from a scenario file or --who.
		fmt.Fprintln(opts.IO.ErrOut, es.Bold(iostreams.Sanitize(sceneLine(sc))))
	}
	if p := setup.path(); p != "" && !opts.JSON {
		fmt.Fprintln(opts.IO.ErrOut, es.Dim("Transcript: "+p))
	}

	// The scene itself may call for stepping out before anything starts.
	if msg, detail := sess.ScreenScene(); msg != "" {
		if rec != nil {
			_ = rec.Append(transcripts.Event{Type: transcripts.EventSafety, Text: msg, Data: mustJSON(map[string]any{"scene": true, "concerns": detail})})
		}
		fmt.Fprintf(opts.IO.ErrOut, "\n%s\n\n%s\n", strings.TrimRight(msg, "\n"),
			es.Dim("The role-play has not started. Type /continue only if you are safe and want to rehearse anyway; /end stops here."))
	}
	return setup, nil
}

// screenScene is the session's safety screen, coach.Screen, except for a
// built-in scene's text as shipped (shipped, when not ""): the tests
// screen every built-in scene and find it clean
// (TestBuiltinScenesScreenClean), so a session does not screen that text
// again at each start. Any other text, a scene changed by a flag
// included, is screened.
func screenScene(shipped string) practice.Screen {
	if shipped == "" {
		return coach.Screen
	}
	return func(text string) (string, any) {
		if text == shipped {
			return "", nil
		}
		return coach.Screen(text)
	}
}

// practiceHistory returns readline's history file in the data folder,
// made 0600 before readline opens it (readline would create it 0644):
// what the user types is private. "" when it cannot be made.
func practiceHistory(dataDir string) string {
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return ""
	}
	h := filepath.Join(dataDir, "practice_history")
	f, err := os.OpenFile(h, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return ""
	}
	_ = f.Chmod(0o600)
	f.Close()
	return h
}

func sceneLine(sc scenario.Scenario) string {
	s := fmt.Sprintf("Practising with %s (%s; starts %s; %s).", sc.Who, sc.Relationship, sc.Mood, sc.Difficulty)
	if sc.Title != "" {
		s = sc.Title + "\n" + s
	}
	return s
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
