package cli

import (
	"fmt"

	"github.com/amends-cli/amends/guide"
	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/mdterm"
)

// viewGuideList shows the steps in order, and on a terminal how to read one.
func viewGuideList(ios *iostreams.IOStreams, topics []guide.Topic) error {
	st := ios.Styles()
	rows := [][]string{{"STEP", "TITLE", "SUMMARY"}}
	for _, t := range topics {
		rows = append(rows, []string{st.Bold(t.Slug), t.Title, st.Dim(t.Summary)})
	}
	if err := tableWrap(ios.Out, rows, ios.OutWrap()); err != nil {
		return err
	}
	if ios.IsStderrTTY() {
		fmt.Fprintln(ios.ErrOut, ios.ErrStyles().Dim(iostreams.Wrap("Read a step with: amends guide STEP   (source: "+guide.ArticleTitle+")", ios.ErrWrap())))
	}
	return nil
}

// viewGuideTopic shows one step: formatted for a terminal's width, plain
// Markdown in a pipe.
func viewGuideTopic(ios *iostreams.IOStreams, md string) error {
	if ios.IsStdoutTTY() {
		md = mdterm.Render(md, min(max(ios.TerminalWidth()-2, 40), 100), ios.Styles())
	}
	_, err := fmt.Fprint(ios.Out, md)
	return err
}
