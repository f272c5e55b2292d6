// Command amends is a coach for rebuilding a relationship after a falling out.
package main

import (
	"os"

	"github.com/amends-cli/amends/internal/cli"
)

func main() {
	os.Exit(cli.Main())
}
