package scenario

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/amends-cli/amends/internal/usage"
)

func TestBuiltins(t *testing.T) {
	c := Builtin()
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	names := c.Names()
	for _, want := range []string{"close-friend", "family-pride", "years-angry", "colleague", "childhood-friend", "missed-birthday", "partner-trust"} {
		if !slices.Contains(names, want) {
			t.Errorf("missing built-in %q (have %v)", want, names)
		}
	}
	for _, s := range c.List() {
		if s.Title == "" || s.Background == "" || len(s.Facts) == 0 {
			t.Errorf("%s: built-ins need a title, background and facts", s.Name)
		}
		if s.TheirSide == "" || s.Wants == "" || s.Asks == "" {
			t.Errorf("%s: built-ins give the partner a side, a want and a question", s.Name)
		}
		if strings.Contains(s.TheirSide, `\`) || strings.Contains(s.TheirSide, "  ") {
			t.Errorf("%s: line continuation left a mark: %q", s.Name, s.TheirSide)
		}
		if s.Source != SourceBuiltin {
			t.Errorf("%s: Source = %q", s.Name, s.Source)
		}
		if strings.Contains(s.What, `\`) || strings.Contains(s.Background, "  ") {
			t.Errorf("%s: line continuation left a mark: %q", s.Name, s.What)
		}
	}
	// Every relationship has at least one built-in, except "other".
	for _, r := range Relationships[:4] {
		if !slices.ContainsFunc(c.List(), func(s Scenario) bool { return s.Relationship == r }) {
			t.Errorf("no built-in for relationship %q", r)
		}
	}
}

func TestExampleFileParses(t *testing.T) {
	data, err := os.ReadFile("example.toml")
	if err != nil {
		t.Fatal(err)
	}
	s, err := Parse("example.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	if s.Name != "book-club" || s.Who != "Dana" || len(s.Facts) != 2 || s.Source != "example.toml" || s.TheirSide == "" || s.Wants == "" || s.Asks == "" {
		t.Errorf("example parsed as %+v", s)
	}
}

func write(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadOverridesAndAdds(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "colleague.toml", "who = \"Pat\"\nwhat = \"I took credit for Pat's work.\"\nrelationship = \"colleague\"\n")
	write(t, dir, "mine.toml", "name = \"my-own\"\nwho = \"Lee\"\nwhat = \"I forgot Lee's wedding.\"\nmood = \"Open\"\n")
	write(t, dir, "notes.txt", "ignored")
	c, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	s, err := c.Get("colleague")
	if err != nil {
		t.Fatal(err)
	}
	if s.Who != "Pat" || s.Source != filepath.Join(dir, "colleague.toml") {
		t.Errorf("user file did not win: %+v", s)
	}
	if s.Mood != DefaultMood || s.Difficulty != DefaultDifficulty {
		t.Errorf("defaults not applied: %+v", s)
	}
	m, err := c.Get("my-own")
	if err != nil {
		t.Fatal(err)
	}
	if m.Mood != "open" || m.Relationship != DefaultRelationship {
		t.Errorf("normalisation/defaults: %+v", m)
	}
	if len(c.List()) != len(Builtin().List())+1 {
		t.Errorf("List has %d, want built-ins + 1", len(c.List()))
	}
}

func TestLoadMissingDir(t *testing.T) {
	for _, d := range []string{"", filepath.Join(t.TempDir(), "nope")} {
		c, err := Load(d)
		if err != nil {
			t.Fatalf("Load(%q): %v", d, err)
		}
		if len(c.List()) != len(Builtin().List()) {
			t.Errorf("Load(%q) is not the built-ins", d)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, file, text string
		line             int // the line of the key at fault (0: the key is missing)
		want             string
	}{
		{"syntax", "bad.toml", "who = \"A\"\nwhat = \"B\nmood = \"hurt\"\n", 2, "newlines"},
		{"unknown key", "typo.toml", "who = \"A\"\nwhat = \"B\"\n\nmoood = \"hurt\"\n", 4, `unknown key "moood"`},
		{"unknown table", "table.toml", "who = \"A\"\nwhat = \"B\"\n[extra]\nx = 1\n", 3, `unknown key "extra`},
		{"wrong type", "type.toml", "who = \"A\"\nwhat = \"B\"\nfacts = \"one\"\n", 3, "incompatible types"},
		{"bad mood", "mood.toml", "who = \"A\"\nwhat = \"B\"\nmood = \"furious\"\n", 3, `mood "furious" is not one of hurt|guarded|defensive|cold|open`},
		{"bad relationship", "rel.toml", "who = \"A\"\nwhat = \"B\"\nrelationship = \"boss\"\n", 3, "relationship"},
		{"bad difficulty", "diff.toml", "who = \"A\"\nwhat = \"B\"\ndifficulty = \"brutal\"\n", 3, "difficulty"},
		{"no who", "who.toml", "what = \"B\"\n", 0, "who is empty"},
		{"bad name", "name.toml", "name = \"Has Spaces\"\nwho = \"A\"\nwhat = \"B\"\n", 1, "lower-case"},
		{"empty fact", "fact.toml", "who = \"A\"\nwhat = \"B\"\nfacts = [\"x\", \" \"]\n", 3, "facts[1]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := write(t, dir, tt.file, tt.text)
			c, err := Load(dir)
			if err != nil {
				t.Fatalf("a broken user file stopped the catalogue: %v", err)
			}
			// The built-ins still work; the file is reported, and asking
			// for its scene names it.
			if _, err := c.Get("colleague"); err != nil {
				t.Errorf("built-in broken by %s: %v", tt.file, err)
			}
			if probs := c.Problems(); len(probs) != 1 {
				t.Errorf("Problems = %v", probs)
			}
			_, err = c.Get(strings.TrimSuffix(tt.file, ".toml"))
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("err = %v, want *FileError", err)
			}
			if fe.Path != p || fe.Line != tt.line {
				t.Errorf("path/line = %s/%d, want %s/%d (%v)", fe.Path, fe.Line, p, tt.line, err)
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), p) {
				t.Errorf("error %q should name the file and contain %q", err, tt.want)
			}
			if !errors.Is(fe, usage.ErrUsage) {
				t.Error("not a usage error")
			}
		})
	}
}

func TestDuplicateNamesInUserDir(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.toml", "name = \"same\"\nwho = \"A\"\nwhat = \"B\"\n")
	write(t, dir, "b.toml", "name = \"same\"\nwho = \"A\"\nwhat = \"B\"\n")
	c, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if probs := c.Problems(); len(probs) != 1 || !strings.Contains(probs[0].Error(), "also used by") {
		t.Errorf("problems = %v", probs)
	}
}

// An empty file (a redirect that truncated it) names itself and leaves
// the built-in of the same name alone for every other name.
func TestEmptyUserFile(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "my-colleague.toml", "")
	c, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Get("my-colleague"); err == nil || !strings.Contains(err.Error(), p) {
		t.Errorf("Get(my-colleague) err = %v, want one naming %s", err, p)
	}
	if _, err := c.Get("colleague"); err != nil {
		t.Errorf("the built-in is broken: %v", err)
	}
}

func TestGetSuggests(t *testing.T) {
	for typo, want := range map[string]string{"colleage": "colleague", "close-frend": "close-friend", "birthday": "missed-birthday"} {
		_, err := Builtin().Get(typo)
		if err == nil || !strings.Contains(err.Error(), "did you mean "+want+"?") {
			t.Errorf("Get(%q) = %v, want a suggestion of %s", typo, err, want)
		}
	}
	if _, err := Builtin().Get("zzzzzzzz"); err == nil || strings.Contains(err.Error(), "did you mean") {
		t.Errorf("no suggestion expected: %v", err)
	}
}

func TestGetUnknownListsNames(t *testing.T) {
	_, err := Builtin().Get("nope")
	var nf *NotFoundError
	if !errors.As(err, &nf) || !errors.Is(nf, usage.ErrUsage) {
		t.Fatalf("err = %v", err)
	}
	for _, n := range Builtin().Names() {
		if !strings.Contains(err.Error(), n) {
			t.Errorf("error %q does not list %q", err, n)
		}
	}
	if _, err := Builtin().Get(" Colleague "); err != nil {
		t.Errorf("Get is not forgiving about case and space: %v", err)
	}
}

func TestGetReturnsCopy(t *testing.T) {
	c := Builtin()
	s, _ := c.Get("colleague")
	s.Facts[0] = "changed"
	s2, _ := c.Get("colleague")
	if s2.Facts[0] == "changed" {
		t.Error("Get shares the Facts slice")
	}
}

func TestValidateFromFlags(t *testing.T) {
	s := Scenario{Who: "Sam", What: "I missed the dinner"}
	s.ApplyDefaults()
	if err := s.Validate(); err != nil {
		t.Fatalf("a scene from flags with defaults: %v", err)
	}
	bad := Scenario{Relationship: "x", Mood: "y", Difficulty: "z"}
	err := bad.Validate()
	var ve *ValidationError
	if !errors.As(err, &ve) || len(ve.Problems) != 5 {
		t.Errorf("err = %v, want 5 problems", err)
	}
}

func TestCatalogValidateReportsAll(t *testing.T) {
	c := &Catalog{byName: map[string]Scenario{
		"a": {Name: "a", Mood: "x"},
		"b": {Name: "b", Who: "B", What: "W", Relationship: "friend", Mood: "open", Difficulty: "hard"},
	}}
	err := c.Validate()
	if err == nil || !strings.Contains(err.Error(), "scenario a") || strings.Contains(err.Error(), "scenario b") {
		t.Errorf("err = %v", err)
	}
}

func TestMerge(t *testing.T) {
	base, _ := Builtin().Get("colleague")
	got := Merge(base, Scenario{Mood: "cold", Who: "  "})
	if got.Mood != "cold" || got.Who != "Morgan" || got.What != base.What || len(got.Facts) != len(base.Facts) || got.Source != SourceBuiltin {
		t.Errorf("Merge = %+v", got)
	}
	got.Facts[0] = "x"
	if base.Facts[0] == "x" {
		t.Error("Merge shares Facts with base")
	}
	got = Merge(Scenario{}, Scenario{Who: "Sam", What: "w", Facts: []string{"f"}})
	got.ApplyDefaults()
	if err := got.Validate(); err != nil || got.Facts[0] != "f" {
		t.Errorf("flags-only merge: %v %+v", err, got)
	}
}

func TestExampleNamed(t *testing.T) {
	s, err := Parse("x.toml", []byte(Example("my-scene")))
	if err != nil || s.Name != "my-scene" {
		t.Errorf("Example parses as %+v, %v", s, err)
	}
	if !ValidName("my-scene") || ValidName("My Scene") || ValidName("") {
		t.Error("ValidName")
	}
}

// A built-in's name is its file name: Get parses only that file.
func TestBuiltinNamedAsFiles(t *testing.T) {
	names, err := fs.Glob(builtinFS, "builtin/*.toml")
	if err != nil || len(names) == 0 {
		t.Fatal(names, err)
	}
	for _, n := range names {
		s, err := Parse(n, mustRead(t, n))
		if err != nil {
			t.Fatal(err)
		}
		if want := strings.TrimSuffix(path.Base(n), ".toml"); s.Name != want {
			t.Errorf("%s is named %q", n, s.Name)
		}
	}
	c := Builtin()
	if _, err := c.Get(strings.TrimSuffix(path.Base(names[0]), ".toml")); err != nil {
		t.Fatal(err)
	}
	if len(c.byName) != 1 || len(c.pending) != len(names)-1 {
		t.Errorf("Get parsed %d files, left %d", len(c.byName), len(c.pending))
	}
	if got := c.Names(); len(got) != len(names) || len(c.pending) != 0 {
		t.Errorf("Names = %v, pending %v", got, c.pending)
	}
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := fs.ReadFile(builtinFS, name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
