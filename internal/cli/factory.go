package cli

import (
	"context"
	"os"
	"os/exec"
	"os/signal"
	"sync"
	"time"

	"github.com/amends-cli/amends/internal/config"
	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/llm"
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

// interruptible returns a context cancelled by Ctrl-C (SIGINT), for
// one-shot commands. The REPL sets up its own per turn.
func interruptible(ctx context.Context) (context.Context, context.CancelFunc) {
	return signal.NotifyContext(ctx, os.Interrupt)
}
