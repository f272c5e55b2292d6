package cli

import "github.com/amends-cli/amends/internal/iostreams"

// startSpinner shows a spinner with a message on stderr while something
// slow happens, on a terminal only. The returned func clears it.
func startSpinner(ios *iostreams.IOStreams, msg string) func() {
	return ios.StartSpinner(msg).Stop
}
