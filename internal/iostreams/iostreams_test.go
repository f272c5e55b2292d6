package iostreams_test

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amends-cli/amends/internal/iostreams"
)

func TestApplyColourOrder(t *testing.T) {
	tests := []struct {
		name string
		tty  bool // stdout and stderr are terminals
		p    iostreams.Policy
		want bool
	}{
		{name: "terminal", tty: true, want: true},
		{name: "pipe", tty: false, want: false},

		{name: "flag/NO_COLOR beats terminal", tty: true, p: iostreams.Policy{NoColor: true}, want: false},
		{name: "flag/NO_COLOR beats CLICOLOR_FORCE", tty: true, p: iostreams.Policy{NoColor: true, CliColorForce: true}, want: false},
		{name: "flag/NO_COLOR beats ForceTTY", p: iostreams.Policy{NoColor: true, ForceTTY: true}, want: false},

		{name: "CLICOLOR=0 beats terminal", tty: true, p: iostreams.Policy{CliColorOff: true}, want: false},
		{name: "CLICOLOR=0 beats CLICOLOR_FORCE", tty: true, p: iostreams.Policy{CliColorOff: true, CliColorForce: true}, want: false},

		{name: "CLICOLOR_FORCE colours a pipe", tty: false, p: iostreams.Policy{CliColorForce: true}, want: true},
		{name: "CLICOLOR_FORCE beats TERM=dumb", tty: true, p: iostreams.Policy{CliColorForce: true, DumbTerm: true}, want: true},

		{name: "TERM=dumb on a terminal", tty: true, p: iostreams.Policy{DumbTerm: true}, want: false},
		{name: "TERM=dumb in a pipe", p: iostreams.Policy{DumbTerm: true}, want: false},

		{name: "ForceTTY colours a pipe", p: iostreams.Policy{ForceTTY: true}, want: true},
		{name: "ForceTTY with TERM=dumb", p: iostreams.Policy{ForceTTY: true, DumbTerm: true}, want: false},
		{name: "ForceTTY with CLICOLOR=0", p: iostreams.Policy{ForceTTY: true, CliColorOff: true}, want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _, _, _ := iostreams.Test()
			s.SetTTY(false, tt.tty, tt.tty)
			s.Apply(tt.p)
			if got := s.ColorEnabled(); got != tt.want {
				t.Errorf("ColorEnabled = %v, want %v", got, tt.want)
			}
			if got := s.ErrColorEnabled(); got != tt.want {
				t.Errorf("ErrColorEnabled = %v, want %v", got, tt.want)
			}
			if got := s.Styles().Enabled(); got != tt.want {
				t.Errorf("Styles().Enabled = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestApplyPerStream(t *testing.T) {
	// stdout piped, stderr a terminal: colour on stderr only.
	s, _, _, _ := iostreams.Test()
	s.SetTTY(true, false, true)
	s.Apply(iostreams.Policy{})
	if s.ColorEnabled() || !s.ErrColorEnabled() {
		t.Errorf("ColorEnabled %v, ErrColorEnabled %v; want false, true", s.ColorEnabled(), s.ErrColorEnabled())
	}
	if s.Styles().Enabled() || !s.ErrStyles().Enabled() {
		t.Errorf("Styles %v, ErrStyles %v", s.Styles().Enabled(), s.ErrStyles().Enabled())
	}
}

func TestApplyAgainCanTurnColourOff(t *testing.T) {
	// Main applies the environment's policy, then the root command applies
	// it again with --no-color: the second call must win.
	s, _, _, _ := iostreams.Test()
	s.Apply(iostreams.Policy{ForceTTY: true})
	if !s.ColorEnabled() {
		t.Fatal("ForceTTY: colour should be on")
	}
	s.Apply(iostreams.Policy{ForceTTY: true, NoColor: true})
	if s.ColorEnabled() || s.ErrColorEnabled() {
		t.Error("after --no-color: colour still on")
	}
}

func TestForceTTY(t *testing.T) {
	s, _, _, _ := iostreams.Test()
	if s.IsStdinTTY() || s.IsStdoutTTY() || s.IsStderrTTY() || s.CanPrompt() {
		t.Fatal("Test streams must not be terminals")
	}
	s.Apply(iostreams.Policy{ForceTTY: true})
	if !s.IsStdinTTY() || !s.IsStdoutTTY() || !s.IsStderrTTY() || !s.CanPrompt() {
		t.Errorf("ForceTTY: stdin %v stdout %v stderr %v prompt %v", s.IsStdinTTY(), s.IsStdoutTTY(), s.IsStderrTTY(), s.CanPrompt())
	}
}

func TestCanPrompt(t *testing.T) {
	tests := []struct {
		stdin, stdout, stderr bool
		want                  bool
	}{
		{true, true, true, true},
		{true, false, true, true}, // stdout piped: still ask on stderr
		{false, true, true, false},
		{true, true, false, false},
		{false, false, false, false},
	}
	for _, tt := range tests {
		s, _, _, _ := iostreams.Test()
		s.SetTTY(tt.stdin, tt.stdout, tt.stderr)
		if got := s.CanPrompt(); got != tt.want {
			t.Errorf("SetTTY(%v, %v, %v): CanPrompt = %v, want %v", tt.stdin, tt.stdout, tt.stderr, got, tt.want)
		}
	}
}

func TestTestStreams(t *testing.T) {
	s, in, out, errOut := iostreams.Test()
	in.WriteString("hello")
	if _, err := s.Out.Write([]byte("data")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ErrOut.Write([]byte("talk")); err != nil {
		t.Fatal(err)
	}
	if out.String() != "data" || errOut.String() != "talk" {
		t.Errorf("out %q, errOut %q", out, errOut)
	}
	if s.TerminalWidth() != 80 || s.StdinFd() != -1 || s.ColorEnabled() {
		t.Errorf("width %d, fd %d, colour %v", s.TerminalWidth(), s.StdinFd(), s.ColorEnabled())
	}
}

func TestSystemInAPipe(t *testing.T) {
	// Under go test the standard streams are not terminals (unless someone
	// runs the test binary by hand on one).
	s := iostreams.System(iostreams.Policy{})
	if s.In != os.Stdin || s.Out != os.Stdout || s.ErrOut != os.Stderr {
		t.Error("System must use the process's streams")
	}
	if w := s.TerminalWidth(); w <= 0 {
		t.Errorf("TerminalWidth = %d", w)
	}
	f := iostreams.System(iostreams.Policy{ForceTTY: true})
	if !f.IsStdoutTTY() || !f.ColorEnabled() {
		t.Error("System with ForceTTY: want terminal and colour")
	}
	n := iostreams.System(iostreams.Policy{ForceTTY: true, NoColor: true})
	if n.ColorEnabled() {
		t.Error("System with NO_COLOR: colour on")
	}
}

func TestStyles(t *testing.T) {
	on, off := stylesOn(), stylesOff()
	type fn struct {
		name string
		f    func(iostreams.Styles) func(string) string
		code string
	}
	fns := []fn{
		{"Bold", func(s iostreams.Styles) func(string) string { return s.Bold }, "1"},
		{"Dim", func(s iostreams.Styles) func(string) string { return s.Dim }, "2"},
		{"Italic", func(s iostreams.Styles) func(string) string { return s.Italic }, "3"},
		{"Underline", func(s iostreams.Styles) func(string) string { return s.Underline }, "4"},
		{"Highlight", func(s iostreams.Styles) func(string) string { return s.Highlight }, "7"},
		{"Red", func(s iostreams.Styles) func(string) string { return s.Red }, "31"},
		{"Green", func(s iostreams.Styles) func(string) string { return s.Green }, "32"},
		{"Yellow", func(s iostreams.Styles) func(string) string { return s.Yellow }, "33"},
		{"Cyan", func(s iostreams.Styles) func(string) string { return s.Cyan }, "36"},
	}
	for _, f := range fns {
		if got := f.f(off)("text"); got != "text" {
			t.Errorf("%s off = %q, want the text untouched", f.name, got)
		}
		if got, want := f.f(on)("text"), "\x1b["+f.code+"mtext\x1b[0m"; got != want {
			t.Errorf("%s on = %q, want %q", f.name, got, want)
		}
		if got := f.f(on)(""); got != "" {
			t.Errorf("%s on empty = %q, want empty", f.name, got)
		}
	}
	marks := func(s iostreams.Styles) []string { return []string{s.Pass(), s.Warn(), s.Fail()} }
	if diff := cmp.Diff([]string{"ok", "warn", "FAIL"}, marks(off)); diff != "" {
		t.Errorf("marks off (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"\x1b[32m✓\x1b[0m", "\x1b[33m!\x1b[0m", "\x1b[31m✗\x1b[0m"}, marks(on)); diff != "" {
		t.Errorf("marks on (-want +got):\n%s", diff)
	}
	if on.Enabled() == off.Enabled() {
		t.Error("Enabled")
	}
}

func stylesOn() iostreams.Styles {
	s, _, _, _ := iostreams.Test()
	s.SetColor(true)
	return s.Styles()
}

func stylesOff() iostreams.Styles {
	s, _, _, _ := iostreams.Test()
	return s.Styles()
}
