package iostreams

import "strings"

// Styles wraps text in ANSI SGR sequences when colour is on and returns it
// untouched otherwise, so callers never have to check.
type Styles struct{ on bool }

func (st Styles) wrap(code, s string) string {
	if !st.on || s == "" {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

// Enabled reports whether these styles emit escape codes.
func (st Styles) Enabled() bool { return st.on }

func (st Styles) Bold(s string) string      { return st.wrap("1", s) }
func (st Styles) Dim(s string) string       { return st.wrap("2", s) }
func (st Styles) Italic(s string) string    { return st.wrap("3", s) }
func (st Styles) Underline(s string) string { return st.wrap("4", s) }
func (st Styles) Red(s string) string       { return st.wrap("31", s) }
func (st Styles) Green(s string) string     { return st.wrap("32", s) }
func (st Styles) Yellow(s string) string    { return st.wrap("33", s) }
func (st Styles) Cyan(s string) string      { return st.wrap("36", s) }

// Highlight marks a quoted span (reverse video on a terminal).
func (st Styles) Highlight(s string) string { return st.wrap("7", s) }

// Pass and Fail are the marks used by doctor and the critique.
func (st Styles) Pass() string {
	if st.on {
		return st.Green("✓")
	}
	return "ok"
}

func (st Styles) Fail() string {
	if st.on {
		return st.Red("✗")
	}
	return "FAIL"
}

func (st Styles) Warn() string {
	if st.on {
		return st.Yellow("!")
	}
	return "warn"
}

// VisibleWidth counts the runes of s outside ANSI escape sequences: the
// columns it takes on a terminal (for the text amends prints).
func VisibleWidth(s string) int {
	n, esc := 0, false
	for _, r := range s {
		switch {
		case esc:
			esc = r != 'm'
		case r == '\x1b':
			esc = true
		default:
			n++
		}
	}
	return n
}

// PadRight pads s with spaces to n visible columns.
func PadRight(s string, n int) string {
	if w := VisibleWidth(s); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s
}
