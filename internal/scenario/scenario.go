// Package scenario describes the role-play scenes for `amends practice`: who
// the other person is, what happened, and how they feel. Built-in scenes are
// embedded TOML files; a user's own scenes live in
// $XDG_CONFIG_HOME/amends/scenarios/*.toml and override built-ins by name.
package scenario

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
	"github.com/agnivade/levenshtein"

	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/usage"
)

//go:generate go test -run TestBuiltinGenUpToDate -update .

//go:embed builtin/*.toml
var builtinFS embed.FS

//go:embed example.toml
var exampleTOML string

// Example returns the commented example scenario file, named name.
func Example(name string) string {
	return strings.Replace(exampleTOML, `name = "book-club"`, `name = "`+name+`"`, 1)
}

// ValidName reports whether name can name a scenario.
func ValidName(name string) bool { return nameRE().MatchString(name) }

// The allowed values of the enumerated fields, in the order help texts list them.
var (
	Relationships = []string{"friend", "family", "partner", "colleague", "other"}
	Moods         = []string{"hurt", "guarded", "defensive", "cold", "open"}
	Difficulties  = []string{"gentle", "realistic", "hard"}
)

// Defaults used by ApplyDefaults for fields left empty.
const (
	DefaultRelationship = "other"
	DefaultMood         = "guarded"
	DefaultDifficulty   = "realistic"
)

// Keys are the keys of a scenario file, in the order files list them.
var Keys = []string{"name", "title", "who", "relationship", "what", "mood", "difficulty", "background", "their_side", "wants", "asks", "facts"}

// SourceBuiltin is the Source of an embedded scenario.
const SourceBuiltin = "built-in"

// Scenario is one role-play scene. In a file, every field but Source is a
// top-level TOML key of the same name in lower case; Facts is an array of
// strings. See example.toml.
type Scenario struct {
	// Name is the identifier used with --scenario; in a file it defaults to
	// the file name without ".toml". Lower case letters, digits and dashes.
	Name string `toml:"name" json:"name"`
	// Title is a one-line description for lists.
	Title string `toml:"title" json:"title"`
	// Who is the other person, as the user would name them ("Sam", "my
	// sister Ana").
	Who string `toml:"who" json:"who"`
	// Relationship is one of Relationships.
	Relationship string `toml:"relationship" json:"relationship"`
	// What is what happened, in the user's words (first person: "I ...").
	What string `toml:"what" json:"what"`
	// Mood is how the other person starts: one of Moods.
	Mood string `toml:"mood" json:"mood"`
	// Difficulty is how hard they are to reach: one of Difficulties.
	Difficulty string `toml:"difficulty" json:"difficulty"`
	// Background is free text about the other person and the history: how
	// long since you spoke, what they care about, how they talk.
	Background string `toml:"background" json:"background,omitempty"`
	// TheirSide is the other person's own account: how they see what
	// happened and why, which may differ from What. The partner argues
	// from it. Optional; in a reflection it is the answer about their side.
	TheirSide string `toml:"their_side" json:"their_side,omitempty"`
	// Wants is the one thing the other person wants from the conversation
	// (to hear it mattered, an admission, a change). Optional.
	Wants string `toml:"wants" json:"wants,omitempty"`
	// Asks is a question the other person will put to the user at some
	// point, in their own words. Optional.
	Asks string `toml:"asks" json:"asks,omitempty"`
	// Facts are details both sides know; the partner keeps to them.
	Facts []string `toml:"facts" json:"facts,omitempty"`
	// Source is where the scenario came from: SourceBuiltin or a file path.
	// It is set by the loader, not read from the file.
	Source string `toml:"-" json:"source,omitempty"`
}

// ApplyDefaults fills empty Relationship, Mood and Difficulty with the
// defaults, and trims surrounding space from every text field.
func (s *Scenario) ApplyDefaults() {
	for _, p := range []*string{&s.Name, &s.Title, &s.Who, &s.Relationship, &s.What, &s.Mood, &s.Difficulty, &s.Background, &s.TheirSide, &s.Wants, &s.Asks} {
		*p = strings.TrimSpace(*p)
	}
	s.Relationship = strings.ToLower(s.Relationship)
	s.Mood = strings.ToLower(s.Mood)
	s.Difficulty = strings.ToLower(s.Difficulty)
	if s.Relationship == "" {
		s.Relationship = DefaultRelationship
	}
	if s.Mood == "" {
		s.Mood = DefaultMood
	}
	if s.Difficulty == "" {
		s.Difficulty = DefaultDifficulty
	}
}

var nameRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`) })

// ValidationError lists what is wrong with a scenario.
type ValidationError struct {
	Name     string
	Problems []string
}

func (e *ValidationError) Error() string {
	n := e.Name
	if n == "" {
		n = "(unnamed)"
	}
	return fmt.Sprintf("scenario %s: %s", n, strings.Join(e.Problems, "; "))
}

// Is makes the error a usage error: the user's to fix (exit code 2).
func (e *ValidationError) Is(target error) bool { return target == usage.ErrUsage }

// Validate checks the required fields and the enumerated values. Name may
// be empty for a scene built from flags; Who and What may not.
func (s Scenario) Validate() error {
	var probs []string
	if s.Name != "" && !nameRE().MatchString(s.Name) {
		probs = append(probs, fmt.Sprintf("name %q must be lower-case letters, digits and dashes", s.Name))
	}
	if strings.TrimSpace(s.Who) == "" {
		probs = append(probs, "who is empty (who is the other person?)")
	}
	if strings.TrimSpace(s.What) == "" {
		probs = append(probs, "what is empty (what happened?)")
	}
	check := func(field, v string, allowed []string) {
		if !slices.Contains(allowed, v) {
			probs = append(probs, fmt.Sprintf("%s %q is not one of %s", field, v, strings.Join(allowed, "|")))
		}
	}
	check("relationship", s.Relationship, Relationships)
	check("mood", s.Mood, Moods)
	check("difficulty", s.Difficulty, Difficulties)
	for i, f := range s.Facts {
		if strings.TrimSpace(f) == "" {
			probs = append(probs, fmt.Sprintf("facts[%d] is empty", i))
		}
	}
	if len(probs) > 0 {
		return &ValidationError{Name: s.Name, Problems: probs}
	}
	return nil
}

// FileError is a scenario file that cannot be used. Line is 0 when the
// problem is not tied to a line.
type FileError struct {
	Path string
	Line int
	Msg  string
}

func (e *FileError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("scenario file %s, line %d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("scenario file %s: %s", e.Path, e.Msg)
}

// Is makes the error a usage error: the user's to fix (exit code 2).
func (e *FileError) Is(target error) bool { return target == usage.ErrUsage }

var tomlLineRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^toml: line (\d+)(?: \(last key "[^"]*"\))?: `) })

// Parse decodes one scenario file. path names the file in errors and
// becomes Source; the name defaults to the file's base name without
// ".toml". Unknown keys are an error naming the key and its line. The
// result has defaults applied and is validated.
func Parse(path string, data []byte) (Scenario, error) {
	var s Scenario
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&s)
	if err != nil {
		fe := &FileError{Path: path, Msg: err.Error()}
		var pe toml.ParseError
		if errors.As(err, &pe) {
			fe.Line, fe.Msg = pe.Position.Line, pe.Message
		} else if m := tomlLineRE().FindStringSubmatch(fe.Msg); m != nil {
			fe.Line, _ = strconv.Atoi(m[1])
			fe.Msg = fe.Msg[len(m[0]):]
		}
		return s, fe
	}
	if und := md.Undecoded(); len(und) > 0 {
		key := und[0].String()
		return s, &FileError{
			Path: path,
			Line: keyLine(data, und[0][0]),
			Msg: fmt.Sprintf("unknown key %q (valid keys: %s)",
				key, strings.Join(Keys, ", ")),
		}
	}
	if s.Name == "" {
		s.Name = strings.TrimSuffix(filepath.Base(path), ".toml")
	}
	s.Source = path
	s.ApplyDefaults()
	if err := s.Validate(); err != nil {
		var ve *ValidationError
		errors.As(err, &ve)
		// Each problem starts with its key ("mood \"x\" is not one of ...",
		// "facts[2] is empty"): the line is the first problem's key's.
		line := 0
		if k := problemKey(ve.Problems[0]); k != "" {
			line = keyLine(data, k)
		}
		return s, &FileError{Path: path, Line: line, Msg: strings.Join(ve.Problems, "; ")}
	}
	return s, nil
}

// keyLine finds the line on which a top-level key or table is defined, or 0.
func keyLine(data []byte, key string) int {
	re := regexp.MustCompile(`^\s*(\[+\s*)?("?)` + regexp.QuoteMeta(key) + `("?)\s*(=|\]|\.)`)
	for i, l := range strings.Split(string(data), "\n") {
		if re.MatchString(l) {
			return i + 1
		}
	}
	return 0
}

// Catalog is the set of scenarios available: built-ins, overridden by the
// user's files.
type Catalog struct {
	byName map[string]Scenario
	// bad holds the user's files that cannot be used, by the name they
	// would give (their file name without .toml).
	bad map[string]error

	// pending holds the built-in files not parsed yet, by name (a
	// built-in's name is its file name; TestBuiltinNamedAsFiles): Get
	// parses only the one it is asked for, so a practice run reads one
	// scene, not all of them; List and Names parse the rest.
	mu      sync.Mutex
	pending map[string]string
}

// Builtin returns the embedded scenarios only. It panics if they are
// malformed, which the package tests rule out.
func Builtin() *Catalog {
	c, err := builtins()
	if err != nil {
		panic(err)
	}
	return c
}

// builtins returns a catalog of the embedded scenarios, none parsed yet.
func builtins() (*Catalog, error) {
	names, err := fs.Glob(builtinFS, "builtin/*.toml")
	if err != nil {
		return nil, err
	}
	c := &Catalog{byName: map[string]Scenario{}, bad: map[string]error{}, pending: map[string]string{}}
	for _, n := range names {
		c.pending[strings.TrimSuffix(path.Base(n), ".toml")] = n
	}
	return c, nil
}

// Load returns the built-in scenarios overridden and extended by the
// *.toml files in userDir (a user file wins over a built-in of the same
// name). A missing userDir, or "", means built-ins only. A malformed or
// empty user file does not stop the others: it is left out, Problems
// reports it, and Get of its name returns its *FileError, which names the
// file and, where known, the line.
func Load(userDir string) (*Catalog, error) {
	c, err := builtins()
	if err != nil {
		return nil, err
	}
	if userDir == "" {
		return c, nil
	}
	if _, err := os.Stat(userDir); errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	return load(os.DirFS(userDir), ".", userDir, c)
}

// builtin parses the pending built-in file of name n, unless a user's
// file of that name overrides it. It panics if the file is malformed,
// which the package tests rule out. c.mu is held.
func (c *Catalog) builtin(n string) {
	file, ok := c.pending[n]
	if !ok {
		return
	}
	delete(c.pending, n)
	if s, over := c.byName[n]; over && s.Source != SourceBuiltin {
		return
	}
	text, err := critique.ReadFSBounded(builtinFS, file, "scenario file "+file)
	if err != nil {
		panic(err)
	}
	if s, ok := fromGen(n, text); ok {
		c.byName[n] = s
		return
	}
	s, err := Parse(file, []byte(text))
	if err != nil {
		panic(err)
	}
	if s.Name != n {
		panic(fmt.Sprintf("built-in scenario %s is named %q, not as its file", file, s.Name))
	}
	s.Source = SourceBuiltin
	c.byName[s.Name] = s
}

// genScenario is a built-in scenario parsed at generate time
// (builtin_gen.go, TestBuiltinGenUpToDate), with the hash of its file.
type genScenario struct {
	name string
	hash uint64
	sc   Scenario
}

// fromGen returns built-in n as parsed at generate time, when its file is
// still the text it was parsed from: decoding TOML is most of what a
// practice run spends on its scene.
func fromGen(n, text string) (Scenario, bool) {
	for i := range builtinGen {
		g := &builtinGen[i]
		if g.name == n && g.hash == textHash(text) {
			s := g.sc
			s.Facts = slices.Clone(s.Facts)
			return s, true
		}
	}
	return Scenario{}, false
}

// textHash is FNV-1a of a built-in file's text.
func textHash(text string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(text); i++ {
		h = (h ^ uint64(text[i])) * 1099511628211
	}
	return h
}

// all parses every pending built-in. c.mu is held.
func (c *Catalog) all() {
	for n := range c.pending {
		c.builtin(n)
	}
}

func load(fsys fs.FS, dir, displayDir string, base *Catalog) (*Catalog, error) {
	c := &Catalog{byName: map[string]Scenario{}, bad: map[string]error{}, pending: map[string]string{}}
	if base != nil {
		base.mu.Lock()
		for k, v := range base.byName {
			c.byName[k] = v
		}
		for k, v := range base.pending {
			c.pending[k] = v
		}
		base.mu.Unlock()
	}
	names, err := fs.Glob(fsys, path.Join(dir, "*.toml"))
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	seen := map[string]string{}
	for _, n := range names {
		shown := filepath.Join(displayDir, filepath.FromSlash(n))
		if displayDir == "" {
			shown = n
		}
		// The same limit and checks as any text amends takes in.
		text, err := critique.ReadFSBounded(fsys, n, "scenario file "+shown)
		if err != nil {
			var ie *critique.InputError
			if !errors.As(err, &ie) {
				return nil, fmt.Errorf("read scenario: %w", err)
			}
			if displayDir == "" {
				return nil, err
			}
			// Empty, binary or too large: this file is left out.
			c.bad[strings.ToLower(strings.TrimSuffix(path.Base(n), ".toml"))] = err
			continue
		}
		data := []byte(text)
		s, err := Parse(shown, data)
		if err != nil {
			if displayDir == "" {
				return nil, err // a built-in: the package tests rule it out
			}
			c.bad[strings.ToLower(strings.TrimSuffix(path.Base(n), ".toml"))] = err
			continue
		}
		if displayDir == "" {
			s.Source = SourceBuiltin
		}
		if prev, dup := seen[s.Name]; dup {
			err := &FileError{Path: shown, Msg: fmt.Sprintf("scenario name %q is also used by %s", s.Name, prev)}
			if displayDir == "" {
				return nil, err
			}
			c.bad[strings.ToLower(strings.TrimSuffix(path.Base(n), ".toml"))] = err
			continue
		}
		seen[s.Name] = shown
		c.byName[s.Name] = s
	}
	return c, nil
}

// List returns every scenario, sorted by name.
func (c *Catalog) List() []Scenario {
	names := c.Names()
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]Scenario, 0, len(names))
	for _, n := range names {
		out = append(out, c.byName[n])
	}
	return out
}

// Names returns the scenario names, sorted.
func (c *Catalog) Names() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.all()
	out := make([]string, 0, len(c.byName))
	for n := range c.byName {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

// NotFoundError is returned by Get for an unknown name.
type NotFoundError struct {
	Name  string
	Valid []string
	// Suggest is the closest valid name to a likely typo ("" for none).
	Suggest string
}

func (e *NotFoundError) Error() string {
	msg := fmt.Sprintf("no scenario %q", e.Name)
	if e.Suggest != "" {
		msg += fmt.Sprintf(" (did you mean %s?)", e.Suggest)
	}
	return msg + fmt.Sprintf("; available: %s", strings.Join(e.Valid, ", "))
}

// Is makes the error a usage error: the user's to fix (exit code 2).
func (e *NotFoundError) Is(target error) bool { return target == usage.ErrUsage }

// Problems returns the user's files that were left out, in file order.
func (c *Catalog) Problems() []error {
	names := make([]string, 0, len(c.bad))
	for n := range c.bad {
		names = append(names, n)
	}
	slices.Sort(names)
	out := make([]error, 0, len(names))
	for _, n := range names {
		out = append(out, c.bad[n])
	}
	return out
}

// Get returns the named scenario; the error lists the available names, or
// is the problem with the user's file of that name.
func (c *Catalog) Get(name string) (Scenario, error) {
	key := strings.ToLower(strings.TrimSpace(name))
	c.mu.Lock()
	c.builtin(key)
	s, ok := c.byName[key]
	c.mu.Unlock()
	if err, bad := c.bad[key]; bad {
		if !ok || s.Source == SourceBuiltin {
			return Scenario{}, err
		}
	}
	if !ok {
		return Scenario{}, &NotFoundError{Name: name, Valid: c.Names(), Suggest: suggest(key, c.Names())}
	}
	s.Facts = slices.Clone(s.Facts)
	return s, nil
}

// Validate checks every scenario in the catalog and joins the problems.
func (c *Catalog) Validate() error {
	var errs []error
	for _, s := range c.List() {
		if err := s.Validate(); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Merge returns base with every non-empty field of over replacing it (Facts
// when over has any). Practice uses it to apply --who, --mood and the like
// on top of --scenario. Source stays base's unless base has none.
func Merge(base, over Scenario) Scenario {
	out := base
	set := func(dst *string, v string) {
		if strings.TrimSpace(v) != "" {
			*dst = v
		}
	}
	set(&out.Name, over.Name)
	set(&out.Title, over.Title)
	set(&out.Who, over.Who)
	set(&out.Relationship, over.Relationship)
	set(&out.What, over.What)
	set(&out.Mood, over.Mood)
	set(&out.Difficulty, over.Difficulty)
	set(&out.Background, over.Background)
	set(&out.TheirSide, over.TheirSide)
	set(&out.Wants, over.Wants)
	set(&out.Asks, over.Asks)
	if len(over.Facts) > 0 {
		out.Facts = slices.Clone(over.Facts)
	} else {
		out.Facts = slices.Clone(base.Facts)
	}
	if out.Source == "" {
		out.Source = over.Source
	}
	return out
}

// problemKey is the key a validation problem is about: its first word, up
// to a space or a bracket.
func problemKey(problem string) string {
	end := strings.IndexAny(problem, " [")
	if end <= 0 {
		return ""
	}
	return problem[:end]
}

// suggest returns the name in valid closest to name, when it is close
// enough to be a typo (or contains it, or is contained in it).
func suggest(name string, valid []string) string {
	best, bestD := "", 3
	for _, v := range valid {
		if name != "" && (strings.Contains(v, name) || strings.Contains(name, v)) && len(name) >= 3 {
			return v
		}
		if d := levenshtein.ComputeDistance(name, v); d < bestD {
			best, bestD = v, d
		}
	}
	return best
}
