package iostreams_test

import (
	"errors"
	"io"
	"testing"

	"github.com/amends-cli/amends/internal/iostreams"
)

// Two questions and then a reader of the rest share one buffer: what was
// typed ahead of the second question, and after it, is all still there.
func TestPrompterKeepsLinesTypedAhead(t *testing.T) {
	ios, in, _, errOut := iostreams.Test()
	in.WriteString("Sam\nI missed the dinner\nHi Sam.\n/end\n")
	p := ios.Prompter()
	who, err := p.Ask("Who? ")
	if err != nil || who != "Sam" {
		t.Fatalf("Ask = %q, %v", who, err)
	}
	what, err := p.Ask("What? ")
	if err != nil || what != "I missed the dinner" {
		t.Fatalf("Ask = %q, %v", what, err)
	}
	rest, err := io.ReadAll(ios.Input())
	if err != nil || string(rest) != "Hi Sam.\n/end\n" {
		t.Errorf("rest = %q, %v; the lines typed ahead were lost", rest, err)
	}
	if errOut.String() != "Who? What? " {
		t.Errorf("stderr = %q", errOut)
	}
}

func TestConfirm(t *testing.T) {
	for _, tc := range []struct {
		in      string
		def     bool
		want    bool
		wantErr error
		prompt  string
	}{
		{"\n", true, true, nil, "Go? [Y/n] "},
		{"\n", false, false, nil, "Go? [y/N] "},
		{"YES\n", false, true, nil, "Go? [y/N] "},
		{"n\n", true, false, nil, "Go? [Y/n] "},
		{"maybe\n", true, false, nil, "Go? [Y/n] "},
		{"", true, false, io.EOF, "Go? [Y/n] \n"},
	} {
		ios, in, _, errOut := iostreams.Test()
		in.WriteString(tc.in)
		got, err := ios.Prompter().Confirm("Go?", tc.def)
		if got != tc.want || !errors.Is(err, tc.wantErr) && err != tc.wantErr {
			t.Errorf("Confirm(%q, %v) = %v, %v; want %v, %v", tc.in, tc.def, got, err, tc.want, tc.wantErr)
		}
		if errOut.String() != tc.prompt {
			t.Errorf("Confirm(%q): stderr %q, want %q", tc.in, errOut, tc.prompt)
		}
	}
}

func TestLinesThenEnd(t *testing.T) {
	ios, in, _, _ := iostreams.Test()
	in.WriteString("one\r\ntwo\nthree")
	var got []string
	for l := range ios.Prompter().Lines() {
		got = append(got, l)
	}
	if len(got) != 3 || got[0] != "one" || got[1] != "two" || got[2] != "three" {
		t.Errorf("lines = %q", got)
	}
}
