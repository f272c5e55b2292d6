package cli

import (
	"github.com/amends-cli/amends/internal/iostreams"
)

// viewPrompts lists the prompt templates, which are overridden (and which
// overrides do not parse), and where each override goes.
func viewPrompts(ios *iostreams.IOStreams, list []promptInfo) error {
	st := ios.Styles()
	rows := [][]string{{"NAME", "SOURCE", "OVERRIDE FILE"}}
	for _, r := range list {
		src := "built-in"
		if r.Overridden {
			src = st.Yellow("override")
			if r.Error != "" {
				src = st.Red("broken override")
			}
		}
		rows = append(rows, []string{st.Bold(r.Name), src, r.Path})
	}
	return tableWrap(ios.Out, rows, ios.OutWrap())
}
