package cli

import (
	"fmt"
	"strings"

	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/scenario"
)

// viewScenarios lists the scenarios, the user's own marked, and on a
// terminal how to rehearse one and where one's own go.
func viewScenarios(ios *iostreams.IOStreams, list []scenario.Scenario, dir string) error {
	st := ios.Styles()
	rows := [][]string{{"NAME", "RELATIONSHIP", "MOOD", "DIFFICULTY", "TITLE"}}
	z := iostreams.Sanitize // a scenario file is not amends' own text
	for _, s := range list {
		title := z(s.Title)
		if s.Source != scenario.SourceBuiltin {
			title += " " + st.Dim("(yours)")
		}
		rows = append(rows, []string{st.Bold(z(s.Name)), z(s.Relationship), z(s.Mood), z(s.Difficulty), title})
	}
	if err := tableWrap(ios.Out, rows, ios.OutWrap()); err != nil {
		return err
	}
	if ios.IsStderrTTY() {
		fmt.Fprintln(ios.ErrOut, ios.ErrStyles().Dim(iostreams.Wrap("Rehearse one: amends practice --scenario NAME   ·   your own go in "+dir, ios.ErrWrap())))
	}
	return nil
}

// scenarioTOML writes a scenario as a TOML file that scenario.Load reads
// back to the same value.
func scenarioTOML(s scenario.Scenario, dir string) string {
	var b strings.Builder
	if s.Source == scenario.SourceBuiltin {
		fmt.Fprintf(&b, "# Built-in scenario %q. For your own copy to edit (in %s):\n#   amends scenarios new my-%s --from %s\n", s.Name, dir, s.Name, s.Name)
	} else {
		fmt.Fprintf(&b, "# From %s\n", s.Source)
	}
	kv := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "%s = %s\n", k, tomlString(v))
		}
	}
	kv("name", s.Name)
	kv("title", s.Title)
	kv("who", s.Who)
	kv("relationship", s.Relationship)
	kv("what", s.What)
	kv("mood", s.Mood)
	kv("difficulty", s.Difficulty)
	kv("background", s.Background)
	kv("their_side", s.TheirSide)
	kv("wants", s.Wants)
	kv("asks", s.Asks)
	if len(s.Facts) > 0 {
		b.WriteString("facts = [\n")
		for _, f := range s.Facts {
			fmt.Fprintf(&b, "  %s,\n", tomlString(f))
		}
		b.WriteString("]\n")
	}
	return b.String()
}

// tomlString quotes s as a TOML basic string.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069:
			b.WriteString(`\u` + fmt.Sprintf("%04X", r))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
