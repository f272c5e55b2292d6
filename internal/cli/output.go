package cli

import (
	"encoding/json"

	"github.com/amends-cli/amends/internal/iostreams"
)

// printJSON writes v to stdout as indented JSON: the --json contract of
// every command.
func printJSON(ios *iostreams.IOStreams, v any) error {
	enc := json.NewEncoder(ios.Out)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
