package mdterm

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// plain styles nothing, like colour-off iostreams.Styles.
type plain struct{}

func (plain) Bold(s string) string      { return s }
func (plain) Dim(s string) string       { return s }
func (plain) Italic(s string) string    { return s }
func (plain) Underline(s string) string { return s }
func (plain) Cyan(s string) string      { return s }

// marks makes each style visible so tests can see it was applied.
type marks struct{}

func (marks) Bold(s string) string      { return "*" + s + "*" }
func (marks) Dim(s string) string       { return s }
func (marks) Italic(s string) string    { return "_" + s + "_" }
func (marks) Underline(s string) string { return s }
func (marks) Cyan(s string) string      { return "`" + s + "`" }

func TestRenderLayout(t *testing.T) {
	md := "# Title\n\nA paragraph that is long enough to need wrapping at a narrow width, surely.\n\n" +
		"## Part\n\n- first **bold** item\n- second item with `code`\n\n1. one\n2. two\n\n> quoted *words*\n"
	got := Render(md, 30, plain{})
	want := `Title

A paragraph that is long
enough to need wrapping at a
narrow width, surely.

Part

• first bold item
• second item with code

1. one
2. two

│ quoted words
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("layout (-want +got):\n%s", diff)
	}
}

func TestRenderStyles(t *testing.T) {
	got := Render("Some **strong** and *soft* and `mono`.\n", 80, marks{})
	if want := "Some *strong* and _soft_ and `mono`.\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestNestedListIndents(t *testing.T) {
	got := Render("- outer\n  - inner item that wraps around the edge\n", 24, plain{})
	for _, line := range strings.Split(strings.TrimSpace(got), "\n") {
		if len([]rune(line)) > 24 {
			t.Errorf("line over width: %q", line)
		}
	}
	if !strings.Contains(got, "  • inner") {
		t.Errorf("inner list not indented:\n%s", got)
	}
}

// The shared wrapper keeps every line within the width, a word longer than
// a line (a long address) included, and a quote's bar on every line.
func TestRenderFitsWidth(t *testing.T) {
	got := Render("> See https://example.org/a/very/long/address/that/runs/past/the/edge for the whole story of it.\n", 30, plain{})
	lines := strings.Split(strings.TrimSpace(got), "\n")
	for _, line := range lines {
		if len([]rune(line)) > 30 {
			t.Errorf("line over width: %q", line)
		}
		if !strings.HasPrefix(line, "│ ") {
			t.Errorf("line without the quote bar: %q", line)
		}
	}
	if len(lines) < 3 {
		t.Errorf("not wrapped:\n%s", got)
	}
}
