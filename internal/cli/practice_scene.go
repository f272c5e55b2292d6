package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/amends-cli/amends/internal/config"
	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/practice"
	"github.com/amends-cli/amends/internal/scenario"
	"github.com/amends-cli/amends/internal/usage"
	"github.com/amends-cli/amends/transcripts"
)

// practiceScene is where a session starts: a new scene, or a saved
// session to resume.
type practiceScene struct {
	sc scenario.Scenario
	// store is the transcript store; nil when neither saving nor resuming.
	store *transcripts.Store
	// resumed is the saved session being continued, with its id.
	resumed *transcripts.Transcript
	id      string
	// shipped is the scene's text (practice.SceneText) when it is a
	// built-in scene's text as shipped, which screens clean
	// (TestBuiltinScenesScreenClean); "" otherwise.
	shipped string
}

// practiceStart opens the transcript store when it is needed (to save, or
// to resume even with --no-save) and finds the scene: the saved one for
// --resume, else the one the flags and --scenario describe.
func practiceStart(opts *practiceOptions, cfg *config.Config, saving bool) (practiceScene, error) {
	var ps practiceScene
	var err error
	if saving || opts.Resume != "" {
		if ps.store, err = transcripts.Open(cfg.TranscriptsDir); err != nil {
			return ps, err
		}
		if mode, loose := ps.store.Loose(); loose && saving {
			fmt.Fprintf(opts.IO.ErrOut, "%s the transcripts folder %s is open to others (%v); consider chmod 700 %s\n",
				opts.IO.ErrStyles().Yellow("note:"), ps.store.Dir(), mode, ps.store.Dir())
		}
	}
	if opts.Resume != "" {
		err = ps.resume(opts)
	} else {
		ps.sc, ps.shipped, err = buildScene(opts, cfg.ConfigDir)
	}
	if err != nil {
		return ps, err
	}
	if opts.Mood != "" {
		ps.sc.Mood = opts.Mood
	}
	return ps, nil
}

// resume reads the saved session --resume names and its scene.
func (ps *practiceScene) resume(opts *practiceOptions) error {
	id, skipped, err := ps.store.ResolveReadable(opts.Resume)
	noteSkipped(opts.IO, skipped)
	if err != nil {
		var amb *transcripts.AmbiguousError
		var inv *transcripts.InvalidIDError
		if errors.Is(err, transcripts.ErrNotFound) || errors.As(err, &amb) || errors.As(err, &inv) {
			return usage.Errorf("--resume: %w (amends transcripts list shows the sessions)", err)
		}
		return err
	}
	t, warns, err := ps.store.Read(id)
	if err != nil {
		return err
	}
	for _, w := range warns {
		fmt.Fprintf(opts.IO.ErrOut, "%s %s: %s\n", opts.IO.ErrStyles().Yellow("note:"), id, w)
	}
	if err := json.Unmarshal(t.Header.Scenario, &ps.sc); err != nil || ps.sc.Who == "" {
		return usage.Errorf("session %s has no usable scene in its header; start a new one", id)
	}
	ps.sc.ApplyDefaults()
	if m, ok := t.Last(transcripts.EventMood); ok && m.Text != "" {
		ps.sc.Mood = m.Text
	}
	ps.resumed, ps.id = t, id
	return nil
}

// buildScene makes the scene from --scenario and the scene flags, asking
// for what is missing on a terminal. shipped is the scene's text
// (practice.SceneText) when it is a built-in scene whose text no flag or
// reflection changed, else "".
func buildScene(opts *practiceOptions, configDir string) (sc scenario.Scenario, shipped string, err error) {
	if opts.Scenario != "" {
		cat, err := scenario.Load(filepath.Join(configDir, "scenarios"))
		if err != nil {
			return sc, "", err
		}
		// Another file that cannot be used is named, and left out.
		for _, p := range cat.Problems() {
			fmt.Fprintf(opts.IO.ErrOut, "%s %s (left out)\n", opts.IO.ErrStyles().Yellow("note:"), iostreams.Sanitize(p.Error()))
		}
		if sc, err = cat.Get(opts.Scenario); err != nil {
			return sc, "", err
		}
		if sc.Source == scenario.SourceBuiltin {
			as := sc
			as.ApplyDefaults()
			shipped = practice.SceneText(as)
		}
	}
	if opts.FromReflection != "" {
		// The reflection's answers set the scene; flags still win.
		r, id, err := fromReflection(opts.Factory, opts.FromReflection)
		if err != nil {
			return sc, "", err
		}
		if r.Who != "" {
			sc.Who = r.Who
		}
		if r.What != "" {
			sc.What = r.What
		}
		if r.TheirSide != "" {
			sc.TheirSide = r.TheirSide
		}
		if r.Background != "" {
			sc.Background = strings.TrimSpace(sc.Background + "\n" + r.Background)
		}
		if !opts.JSON {
			fmt.Fprintln(opts.IO.ErrOut, opts.IO.ErrStyles().Dim(reflectionNote(id)))
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
	if err := askScene(opts, &sc); err != nil {
		return sc, "", err
	}
	sc.ApplyDefaults()
	if err := sc.Validate(); err != nil {
		return sc, "", err
	}
	if practice.SceneText(sc) != shipped {
		shipped = ""
	}
	return sc, shipped, nil
}

// askScene asks on a terminal for who and what when they are missing (and
// then for the relationship); in a pipe, or with --json, a missing one is
// a usage error.
func askScene(opts *practiceOptions, sc *scenario.Scenario) error {
	var missing []string
	if strings.TrimSpace(sc.Who) == "" {
		missing = append(missing, "--who")
	}
	if strings.TrimSpace(sc.What) == "" {
		missing = append(missing, "--what")
	}
	if len(missing) == 0 {
		return nil
	}
	if !opts.IO.CanPrompt() || opts.JSON {
		return usage.Errorf("missing %s: say who the other person is and what happened, or pick a scene with --scenario NAME (amends scenarios list)", strings.Join(missing, " and "))
	}
	p := opts.IO.Prompter()
	var err error
	if strings.TrimSpace(sc.Who) == "" {
		if sc.Who, err = p.Ask("Who is the other person (a name, e.g. Sam)? "); err != nil {
			return askErr(err)
		}
	}
	if strings.TrimSpace(sc.What) == "" {
		if sc.What, err = p.Ask(fmt.Sprintf("What happened between you and %s, in a sentence (\"I ...\")? ", sc.Who)); err != nil {
			return askErr(err)
		}
	}
	if sc.Relationship == "" {
		// An answer in other words ("my brother", "boss") is understood;
		// one that is not is asked again, and nothing typed so far is lost.
		for tries := 0; ; tries++ {
			v, err := p.Ask("Who are they to you (friend, family, partner, colleague, other) [other]? ")
			if err != nil {
				return askErr(err)
			}
			if rel, ok := relationshipOf(v); ok {
				sc.Relationship = rel
				break
			}
			if tries == 2 {
				sc.Relationship = scenario.DefaultRelationship
				fmt.Fprintln(opts.IO.ErrOut, "Going on with \"other\".")
				break
			}
			fmt.Fprintf(opts.IO.ErrOut, "%q is not one of those; pick the nearest (a brother is family, a boss a colleague).\n", v)
		}
	}
	return nil
}

// relationWords maps everyday answers onto the relationships.
var relationWords = map[string]string{
	"brother": "family", "sister": "family", "mother": "family", "mum": "family", "mom": "family",
	"father": "family", "dad": "family", "son": "family", "daughter": "family", "parent": "family",
	"sibling": "family", "cousin": "family", "aunt": "family", "uncle": "family", "grandmother": "family",
	"grandfather": "family", "grandma": "family", "grandpa": "family", "niece": "family", "nephew": "family",
	"in-law": "family", "stepmother": "family", "stepfather": "family",
	"husband": "partner", "wife": "partner", "boyfriend": "partner", "girlfriend": "partner", "spouse": "partner",
	"fiance": "partner", "fiancee": "partner", "ex": "partner",
	"boss": "colleague", "manager": "colleague", "coworker": "colleague", "co-worker": "colleague",
	"workmate": "colleague", "employee": "colleague", "teammate": "colleague",
	"mate": "friend", "buddy": "friend", "pal": "friend", "roommate": "friend", "flatmate": "friend",
	"neighbour": "other", "neighbor": "other",
}

// relationshipOf reads an answer to "who are they to you": one of the
// relationships, a word relationWords knows (alone or after "my"), or
// empty for the default.
func relationshipOf(answer string) (string, bool) {
	a := strings.ToLower(strings.TrimSpace(answer))
	if a == "" {
		return scenario.DefaultRelationship, true
	}
	if slices.Contains(scenario.Relationships, a) {
		return a, true
	}
	for _, w := range strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(a)) {
		w = strings.TrimSuffix(w, "s")
		if slices.Contains(scenario.Relationships, w) {
			return w, true
		}
		if r, ok := relationWords[w]; ok {
			return r, true
		}
		if r, ok := relationWords[w+"s"]; ok { // "boss" lost its s above
			return r, true
		}
	}
	return "", false
}

// readOpening reads --opening FILE|-.
func readOpening(opts *practiceOptions) (string, error) {
	if opts.Opening == "" {
		return "", nil
	}
	// The same limit and checks as a critiqued draft, read no further
	// than one byte past the limit.
	var (
		text string
		err  error
	)
	if opts.Opening == "-" {
		if opts.IO.IsStdinTTY() {
			// Reading a terminal to its end: say so, or it looks stuck.
			fmt.Fprintln(opts.IO.ErrOut, opts.IO.ErrStyles().Dim("Type or paste your opening line, then press Ctrl-D on an empty line."))
		}
		text, err = critique.ReadBounded(opts.IO.Input(), "--opening", -1)
	} else {
		text, err = critique.ReadFileBounded(opts.Opening, "--opening")
	}
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(text), nil
}
