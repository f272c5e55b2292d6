package critique

import (
	"errors"
	"strings"
	"testing"
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
