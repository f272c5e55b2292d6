package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/amends-cli/amends/internal/config"
	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/llm"
)

type doctorOptions struct {
	IO      *iostreams.IOStreams
	Factory *Factory
	JSON    bool
}

// check is one line of the doctor's report.
type check struct {
	Name   string         `json:"name"`
	Status string         `json:"status"` // pass, warn, fail, skip
	Detail string         `json:"detail"`
	Fix    string         `json:"fix,omitempty"`
	Data   map[string]any `json:"data,omitempty"`
}

type doctorReport struct {
	OK     bool    `json:"ok"`
	Checks []check `json:"checks"`
}

func newCmdDoctor(f *Factory, runF func(context.Context, *doctorOptions) error) *cobra.Command {
	opts := &doctorOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "doctor",
		Short: "Check your set-up: config, Ollama, the model, storage, terminal",
		Long: `Check everything amends depends on, one line each:

  config       the config file: found, and valid
  host         the Ollama address amends will use, and where it came from
  server       whether Ollama answers there, and its version
  model        whether the configured model is pulled (digest, size, context)
  transcripts  whether the transcript folder is private (0700) and writable
  terminal     whether stdin/stdout are terminals and colour is on

Exits 0 when every check passes (warnings allowed), 1 otherwise.`,
		Example: `  amends doctor
  amends doctor --json | jq '.checks[] | select(.status=="fail")'`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runOr(cmd, runF, doctorRun, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the report as JSON")
	return cmd
}

func doctorRun(ctx context.Context, opts *doctorOptions) error {
	ctx, stop := interruptible(ctx)
	defer stop()
	f := opts.Factory
	var rep doctorReport

	cfg, err := f.Config()
	var fileErr *config.FileError
	var missing *config.MissingFileError
	switch {
	case errors.As(err, &fileErr) || errors.As(err, &missing):
		rep.add(check{Name: "config", Status: "fail", Detail: err.Error(), Fix: "fix the file or the path, or move it away to use the defaults"})
		// Carry on with the defaults so the other checks still say something.
		fl := f.Flags
		fl.ConfigPath = os.DevNull
		if cfg, err = config.Load(fl, f.Env); err != nil {
			return err
		}
	case err != nil:
		return err
	case cfg.ConfigFound:
		rep.add(check{Name: "config", Status: "pass", Detail: cfg.ConfigFile, Data: map[string]any{"path": cfg.ConfigFile, "found": true}})
	default:
		rep.add(check{Name: "config", Status: "pass", Detail: fmt.Sprintf("no file at %s; using defaults", cfg.ConfigFile), Data: map[string]any{"path": cfg.ConfigFile, "found": false}})
	}

	hostCheck := check{Name: "host", Status: "pass", Detail: fmt.Sprintf("%s (from %s)", cfg.Host, cfg.Source["host"]), Data: map[string]any{"url": cfg.Host.String(), "source": cfg.Source["host"]}}
	rep.add(hostCheck)

	client := llm.New(cfg.Host, llm.Settings{IdleTimeout: cfg.IdleTimeout})
	version, err := client.Version(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return context.Canceled
		}
		fix := "start Ollama with: ollama serve (or point --host / OLLAMA_HOST at your server)"
		var serverErr *llm.ServerError
		if errors.As(err, &serverErr) {
			fix = "Ollama answered with an error; check its log, or restart it"
		} else if _, lerr := f.LookPath("ollama"); lerr != nil && config.IsLoopback(cfg.Host) {
			fix = "Ollama is not installed here: get it from https://ollama.com/download, then run: ollama serve"
		}
		rep.add(check{Name: "server", Status: "fail", Detail: err.Error(), Fix: fix})
		rep.add(check{Name: "model", Status: "skip", Detail: fmt.Sprintf("%s (not checked: no server)", cfg.Model)})
	} else {
		rep.add(check{Name: "server", Status: "pass", Detail: "Ollama " + version + " at " + client.URL(), Data: map[string]any{"version": version}})
		models, lerr := client.List(ctx)
		rep.add(modelCheck(ctx, client, cfg, models))
		if lerr == nil {
			rep.add(modelsCheck(models))
		}
	}

	for _, c := range fileChecks(cfg) {
		rep.add(c)
	}
	rep.add(transcriptsCheck(cfg))
	rep.add(terminalCheck(opts.IO, cfg))

	rep.OK = true
	for _, c := range rep.Checks {
		if c.Status == "fail" {
			rep.OK = false
		}
	}
	if opts.JSON {
		if err := printJSON(opts.IO, rep); err != nil {
			return err
		}
	} else {
		viewDoctor(opts.IO, rep)
	}
	if !rep.OK {
		return &SilentError{Code: ExitError}
	}
	return nil
}

func (r *doctorReport) add(c check) { r.Checks = append(r.Checks, c) }

func modelCheck(ctx context.Context, client *llm.Client, cfg *config.Config, models []llm.Model) check {
	info, err := client.Show(ctx, cfg.Model)
	if err != nil {
		c := check{Name: "model", Status: "fail", Detail: err.Error()}
		var nf *llm.ModelNotFoundError
		if errors.As(err, &nf) {
			c.Fix = fmt.Sprintf("amends models pull %s (%s)", cfg.Model, pullSize(cfg.Model))
			if len(models) > 0 {
				name := strings.TrimSuffix(models[0].Name, ":latest")
				c.Fix += fmt.Sprintf(", or use one this server has: --model %s (MODEL=%s for make run)", name, name)
			}
		}
		return c
	}
	var parts []string
	if info.Digest != "" {
		parts = append(parts, "digest "+shortDigest(info.Digest))
	}
	if info.ParameterSize != "" {
		parts = append(parts, info.ParameterSize+" parameters")
	}
	if info.ContextLength > 0 {
		parts = append(parts, fmt.Sprintf("context %d tokens", info.ContextLength))
	}
	detail := cfg.Model
	if len(parts) > 0 {
		detail += " (" + strings.Join(parts, ", ") + ")"
	}
	return check{Name: "model", Status: "pass", Detail: detail, Data: map[string]any{
		"name": cfg.Model, "digest": info.Digest, "parameter_size": info.ParameterSize,
		"context_length": info.ContextLength, "family": info.Family,
	}}
}

// modelsCheck lists the models the server already has.
func modelsCheck(models []llm.Model) check {
	names := make([]string, 0, len(models))
	for _, m := range models {
		names = append(names, strings.TrimSuffix(m.Name, ":latest"))
	}
	detail := "none pulled yet"
	if len(names) > 0 {
		detail = fmt.Sprintf("%d on the server: %s", len(names), strings.Join(names, ", "))
	}
	return check{Name: "models", Status: "pass", Detail: detail, Data: map[string]any{"names": names}}
}

func shortDigest(d string) string {
	d = strings.TrimPrefix(d, "sha256:")
	if len(d) > 12 {
		return d[:12]
	}
	return d
}

// transcriptsCheck looks at the transcript folder without creating it.
func transcriptsCheck(cfg *config.Config) check {
	dir := cfg.TranscriptsDir
	c := check{Name: "transcripts", Data: map[string]any{"path": dir, "save": cfg.Save}}
	if !cfg.Save {
		c.Status, c.Detail = "pass", dir+" (saving is off in the config)"
		return c
	}
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		parent := existingParent(dir)
		if err := writable(parent); err != nil {
			c.Status, c.Detail = "fail", fmt.Sprintf("%s does not exist and %s is not writable: %v", dir, parent, err)
			c.Fix = "set transcripts_dir in the config or AMENDS_TRANSCRIPTS_DIR to a folder you own"
			return c
		}
		c.Status, c.Detail = "pass", dir+" (will be created, private, on first save)"
		return c
	case err != nil:
		c.Status, c.Detail = "fail", err.Error()
		return c
	case !st.IsDir():
		c.Status, c.Detail = "fail", dir+" is not a folder"
		return c
	}
	if err := writable(dir); err != nil {
		c.Status, c.Detail = "fail", fmt.Sprintf("%s is not writable: %v", dir, err)
		return c
	}
	if perm := st.Mode().Perm(); perm&0o077 != 0 {
		c.Status = "fail"
		c.Detail = fmt.Sprintf("%s is readable by others (mode %04o)", dir, perm)
		c.Fix = "chmod 700 " + dir
		return c
	}
	c.Status, c.Detail = "pass", dir+" (private, writable)"
	return c
}

func existingParent(dir string) string {
	for d := filepath.Dir(dir); ; d = filepath.Dir(d) {
		if _, err := os.Stat(d); err == nil || d == filepath.Dir(d) {
			return d
		}
	}
}

// writable proves a folder is writable by creating and removing a file.
func writable(dir string) error {
	f, err := os.CreateTemp(dir, ".amends-doctor-*")
	if err != nil {
		return err
	}
	name := f.Name()
	f.Close()
	return os.Remove(name)
}

func terminalCheck(ios *iostreams.IOStreams, cfg *config.Config) check {
	kind := func(tty bool) string {
		if tty {
			return "terminal"
		}
		return "pipe or file"
	}
	colour := "on"
	switch {
	case !ios.ColorEnabled() && cfg.Policy.NoColor:
		colour = "off (NO_COLOR or --no-color)"
	case !ios.ColorEnabled() && cfg.Policy.CliColorOff:
		colour = "off (CLICOLOR=0)"
	case !ios.ColorEnabled() && cfg.Policy.DumbTerm && ios.IsStdoutTTY():
		colour = "off (TERM=dumb)"
	case !ios.ColorEnabled():
		colour = "off (not a terminal)"
	}
	return check{
		Name: "terminal", Status: "pass",
		Detail: fmt.Sprintf("stdin %s, stdout %s, colour %s", kind(ios.IsStdinTTY()), kind(ios.IsStdoutTTY()), colour),
		Data: map[string]any{
			"stdin_tty": ios.IsStdinTTY(), "stdout_tty": ios.IsStdoutTTY(),
			"stderr_tty": ios.IsStderrTTY(), "color": ios.ColorEnabled(),
		},
	}
}
