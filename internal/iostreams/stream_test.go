package iostreams_test

import (
	"strings"
	"testing"

	"github.com/amends-cli/amends/internal/iostreams"
)

func TestStream(t *testing.T) {
	for _, tc := range []struct {
		name   string
		tokens []string
		prefix string
		show   bool
		want   string
		shown  bool
	}{
		{"leading blanks dropped, newline added", []string{"\n ", "\t", "Hi ", "Sam."}, "", true, "Hi Sam.\n", true},
		{"prefix before the first text only", []string{"  ", "Hi", " there\n"}, "Sam: ", true, "Sam: Hi there\n", true},
		{"nothing at all", []string{" ", "\n"}, "Sam: ", true, "", false},
		{"hidden", []string{"Hi"}, "", false, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ios, _, out, _ := iostreams.Test()
			st := ios.StartStream(iostreams.StreamOptions{Label: tc.prefix, Hide: !tc.show})
			for _, tok := range tc.tokens {
				st.Token(tok)
			}
			if shown := st.End(); shown != tc.shown {
				t.Errorf("End = %v, want %v", shown, tc.shown)
			}
			st.End()
			if out.String() != tc.want {
				t.Errorf("stdout %q, want %q", out, tc.want)
			}
		})
	}
}

// On a terminal the spinner runs on stderr until the first token and is
// cleared before the text.
func TestStreamSpinnerStopsAtFirstToken(t *testing.T) {
	ios, _, out, errOut := iostreams.Test()
	ios.SetTTY(false, true, true)
	st := ios.StartStream(iostreams.StreamOptions{Spinner: "drafting"})
	st.Token("Hi")
	spun := errOut.String()
	st.Token(" there")
	st.End()
	if !strings.Contains(spun, "drafting") || !strings.HasSuffix(spun, "\r\x1b[K") {
		t.Errorf("stderr %q: want the spinner drawn and cleared", spun)
	}
	if errOut.String() != spun {
		t.Errorf("the spinner wrote after the first token: %q", errOut.String()[len(spun):])
	}
	if out.String() != "Hi there\n" {
		t.Errorf("stdout %q", out)
	}
}

// With Wrap, a reply on a terminal is word-wrapped after its label; in a
// pipe it is not.
func TestStreamWraps(t *testing.T) {
	for _, tty := range []bool{true, false} {
		ios, _, out, _ := iostreams.Test()
		ios.SetTTY(false, tty, false)
		ios.SetWidth(20)
		st := ios.StartStream(iostreams.StreamOptions{Label: "Sam: ", Wrap: true})
		for _, tok := range strings.SplitAfter("I hear you, and I am glad you called me today.", " ") {
			st.Token(tok)
		}
		st.End()
		lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		if tty && len(lines) < 3 {
			t.Errorf("terminal: not wrapped at 20: %q", out)
		}
		if !tty && len(lines) != 1 {
			t.Errorf("pipe: wrapped: %q", out)
		}
		for _, l := range lines {
			if tty && len(l) > 20 {
				t.Errorf("line over 20 columns: %q", l)
			}
		}
	}
}
