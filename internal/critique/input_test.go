package critique

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/amends-cli/amends/internal/usage"
)

func TestValidate(t *testing.T) {
	cases := []struct {
		name   string
		in     []byte
		reason string
	}{
		{"empty", nil, ReasonEmpty},
		{"spaces", []byte(" \t\r\n \n"), ReasonEmpty},
		{"nbsp and bom", []byte("\ufeff\u00a0 \u2003"), ReasonEmpty},
		{"invalid utf8", []byte("sorry \xff\xfe"), ReasonEncoding},
		{"truncated rune", []byte("sorry \xe2\x80"), ReasonEncoding},
		{"nul", []byte("sorry\x00I yelled"), ReasonBinary},
		{"escape", []byte("sorry \x1b[31m"), ReasonBinary},
		{"c1 control", []byte("sorry \u0085x"), ReasonBinary},
		{"too large", []byte(strings.Repeat("a", MaxBytes+1)), ReasonTooLarge},
	}
	for _, tc := range cases {
		_, err := Validate(tc.in)
		var ie *InputError
		if !errors.As(err, &ie) || ie.Reason != tc.reason {
			t.Errorf("%s: err = %v, want reason %s", tc.name, err, tc.reason)
			continue
		}
		if strings.Contains(ie.Error(), "\n") || ie.Error() == "" {
			t.Errorf("%s: message must be one line: %q", tc.name, ie.Error())
		}
	}
	if _, err := Validate([]byte(strings.Repeat("a", MaxBytes+1))); !strings.Contains(err.Error(), "20000") {
		t.Errorf("size message should state the limit: %v", err)
	}
	for _, ok := range []string{"I'm sorry.", "I\u2019m sorry.\r\n", "sorry\tI was late\f", strings.Repeat("a", MaxBytes)} {
		s, err := Validate([]byte(ok))
		if err != nil || s != ok {
			t.Errorf("Validate(%.20q) = %v", ok, err)
		}
	}
}

// countingReader is an endless stream that counts what was read of it.
type countingReader struct{ n int64 }

func (c *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	c.n += int64(len(p))
	return len(p), nil
}

func TestReadBoundedStopsPastTheLimit(t *testing.T) {
	var r countingReader
	_, err := ReadBounded(&r, "--opening", -1)
	var ie *InputError
	if !errors.As(err, &ie) || ie.Reason != ReasonTooLarge || !errors.Is(err, usage.ErrUsage) {
		t.Fatalf("err = %v", err)
	}
	if r.n > MaxBytes+1 {
		t.Errorf("read %d bytes of an endless stream; want at most %d", r.n, MaxBytes+1)
	}
	if want := "--opening is over the 20000-byte limit"; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("message %q, want it to start %q", err, want)
	}
}

func TestReadFileBoundedNamesTheRealSize(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(p, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(p, 5<<20); err != nil {
		t.Fatal(err)
	}
	_, err := ReadFileBounded(p, "scenario file big.txt")
	if want := "scenario file big.txt is 5242880 bytes, over the 20000-byte limit"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("err = %v, want %q", err, want)
	}
}

func TestCheckTextRefusesWhatValidateRefuses(t *testing.T) {
	for _, in := range []string{"a\x00b", "\xff", "   ", strings.Repeat("a", MaxBytes+1)} {
		_, e1 := Validate([]byte(in))
		_, e2 := CheckText("what you wrote", []byte(in))
		var a, b *InputError
		if !errors.As(e1, &a) || !errors.As(e2, &b) || a.Reason != b.Reason {
			t.Errorf("%.10q: Validate %v, CheckText %v", in, e1, e2)
		}
	}
}
