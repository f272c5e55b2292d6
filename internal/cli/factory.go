package cli

import (
	"os/exec"
	"path/filepath"
	"sync"
	"time"

	"github.com/amends-cli/amends/internal/config"
	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/templates"
)

// Factory carries the dependencies every command needs. Tests build one
// with buffers and a fake server; Main builds the real one.
type Factory struct {
	IO  *iostreams.IOStreams
	Env config.Env

	// Flags are the global flags, filled by the root command.
	Flags config.Flags

	// Now is the clock; LookPath finds executables (the ollama binary).
	Now      func() time.Time
	LookPath func(string) (string, error)
	// StartProcess launches a detached helper process (ollama serve).
	StartProcess func(cmd *exec.Cmd) error

	once   sync.Once
	cfg    *config.Config
	cfgErr error
}

// NewFactory returns a Factory over the given streams and environment.
func NewFactory(ios *iostreams.IOStreams, env config.Env) *Factory {
	return &Factory{
		IO:           ios,
		Env:          env,
		Now:          time.Now,
		LookPath:     exec.LookPath,
		StartProcess: func(c *exec.Cmd) error { return c.Start() },
	}
}

// Config loads the configuration once, after flags are parsed.
func (f *Factory) Config() (*config.Config, error) {
	f.once.Do(func() { f.cfg, f.cfgErr = config.Load(f.Flags, f.Env) })
	return f.cfg, f.cfgErr
}

// LLM returns a client for the configured server.
func (f *Factory) LLM() (*llm.Client, *config.Config, error) {
	cfg, err := f.Config()
	if err != nil {
		return nil, nil, err
	}
	return llm.New(cfg.Host, llm.Settings{IdleTimeout: cfg.IdleTimeout, ContextSize: cfg.ContextSize, CacheDir: cfg.CacheDir}), cfg, nil
}

// Prompts returns the prompt templates with the user's overrides
// ($XDG_CONFIG_HOME/amends/prompts); every command that talks to the model
// renders its prompts through it.
func (f *Factory) Prompts() (*templates.Set, error) {
	cfg, err := f.Config()
	if err != nil {
		return nil, err
	}
	return templates.New(filepath.Join(cfg.ConfigDir, "prompts")), nil
}
