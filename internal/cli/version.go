package cli

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/amends-cli/amends/internal/iostreams"
)

// version is set at build time with -ldflags "-X .../internal/cli.version=v1.2.3".
var version = ""

// versionString is the version from ldflags, else from the module build
// info, else "dev".
func versionString() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

type versionOptions struct {
	IO *iostreams.IOStreams
}

func newCmdVersion(f *Factory, runF func(context.Context, *versionOptions) error) *cobra.Command {
	opts := &versionOptions{IO: f.IO}
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of amends and of Go it was built with",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runOr(cmd, runF, versionRun, opts)
		},
	}
}

func versionRun(_ context.Context, opts *versionOptions) error {
	_, err := fmt.Fprintf(opts.IO.Out, "amends %s (%s, %s/%s)\n", versionString(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return err
}
