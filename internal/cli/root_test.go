package cli

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// The table of subcommands names every command of the tree.
func TestSubcommandsTable(t *testing.T) {
	f, _, _, _ := testFactory(t, nil)
	var names []string
	for _, c := range NewCmdRoot(f).Commands() {
		names = append(names, c.Name())
	}
	var table []string
	for _, c := range subcommands {
		table = append(table, c.name)
	}
	slices.Sort(table) // the tree lists its commands sorted
	if strings.Join(names, " ") != strings.Join(table, " ") {
		t.Errorf("tree has %q, table %q", names, table)
	}
}

// A command run with only its own branch built says and does what it does
// in the whole tree: every command's and subcommand's help, byte for byte,
// and the exit codes of a few runs that fail on flags or arguments.
func TestOneCommandTreeSameAsWhole(t *testing.T) {
	fw, _, _, _ := testFactory(t, nil)
	var paths [][]string
	var walk func(c *cobra.Command, path []string)
	walk = func(c *cobra.Command, path []string) {
		for _, sub := range c.Commands() {
			p := append(append([]string(nil), path...), sub.Name())
			paths = append(paths, p)
			walk(sub, p)
		}
	}
	walk(NewCmdRoot(fw), nil)
	var runs [][]string
	for _, p := range paths {
		runs = append(runs, append(append([]string(nil), p...), "--help"))
	}
	runs = append(runs,
		[]string{"version", "extra"},
		[]string{"critique", "--no-such-flag"},
		[]string{"practice", "--mood", "sleepy"},
		[]string{"transcripts", "nope"},
		[]string{"guide", "no-such-step"},
	)
	for _, args := range runs {
		whole := func() (int, string, string) {
			f, out, errOut, _ := testFactory(t, nil)
			root := NewCmdRoot(f)
			root.SetArgs(args)
			code := printError(f.IO.ErrOut, root.ExecuteContext(context.Background()))
			return code, out.String(), errOut.String()
		}
		one := func() (int, string, string) {
			f, out, errOut, _ := testFactory(t, nil)
			return Run(context.Background(), f, args), out.String(), errOut.String()
		}
		wc, wo, we := whole()
		oc, oo, oe := one()
		if wc != oc || wo != oo || we != oe {
			t.Errorf("amends %s: whole tree exit %d\n%s%s\none command's exit %d\n%s%s", strings.Join(args, " "), wc, wo, we, oc, oo, oe)
		}
	}
}
