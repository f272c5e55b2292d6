package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"sync"
	"time"

	"github.com/amends-cli/amends/internal/config"
	"github.com/amends-cli/amends/internal/llm"
)

// ensureModel finds the configured model with one request (llm.Lookup: the
// model list, with what `show` says cached per digest), so the first chat
// request follows at once. Only when that fails does it diagnose: on a
// terminal it offers the two fixes amends can do itself, starting a local
// `ollama serve` and pulling the model; elsewhere it returns the typed
// error, whose message names the fix.
func ensureModel(ctx context.Context, f *Factory) (*llm.Client, *config.Config, llm.ModelInfo, error) {
	return startModel(ctx, f)()
}

// startModel starts the lookup of ensureModel in the background, so that
// the caller can set up meanwhile, and returns the function that waits for
// it (and diagnoses on the caller's goroutine, which may prompt).
func startModel(ctx context.Context, f *Factory) func() (*llm.Client, *config.Config, llm.ModelInfo, error) {
	client, cfg, err := f.LLM()
	if err != nil {
		return func() (*llm.Client, *config.Config, llm.ModelInfo, error) { return nil, nil, llm.ModelInfo{}, err }
	}
	type result struct {
		info llm.ModelInfo
		err  error
	}
	done := make(chan result, 1)
	go func() {
		info, err := client.Lookup(ctx, cfg.Model)
		done <- result{info, err}
	}()
	return func() (*llm.Client, *config.Config, llm.ModelInfo, error) {
		r := <-done
		info, err := r.info, r.err
		var un *llm.UnreachableError
		if errors.As(err, &un) {
			if !offerStartServer(ctx, f, client, cfg) {
				return nil, nil, llm.ModelInfo{}, err
			}
			info, err = client.Lookup(ctx, cfg.Model)
		}
		if err != nil {
			var nf *llm.ModelNotFoundError
			if !errors.As(err, &nf) || !f.IO.CanPrompt() {
				return nil, nil, llm.ModelInfo{}, err
			}
			if !confirm(f, fmt.Sprintf("The model %q is not pulled yet. Pull it now? It downloads %s.", cfg.Model, pullSize(cfg.Model)), false) {
				return nil, nil, llm.ModelInfo{}, err
			}
			if err := pullModel(ctx, f.IO, client, cfg.Model); err != nil {
				return nil, nil, llm.ModelInfo{}, err
			}
			if info, err = client.Lookup(ctx, cfg.Model); err != nil {
				return nil, nil, llm.ModelInfo{}, err
			}
		}
		return client, cfg, info, nil
	}
}

// confirm asks a yes/no question on a terminal; Enter alone means def.
func confirm(f *Factory, question string, def bool) bool {
	if !f.IO.CanPrompt() {
		return false
	}
	ok, err := f.IO.Prompter().Confirm(question, def)
	return ok && err == nil
}

// offerStartServer starts `ollama serve` in the background when the host is
// this machine, an ollama executable is on PATH, and the user agrees. Its
// log goes to the data dir. It reports whether the server now answers.
func offerStartServer(ctx context.Context, f *Factory, client *llm.Client, cfg *config.Config) bool {
	if !f.IO.CanPrompt() || !config.IsLoopback(cfg.Host) {
		return false
	}
	bin, err := f.LookPath("ollama")
	if err != nil {
		return false
	}
	if !confirm(f, fmt.Sprintf("Ollama is not running at %s. Start it now with `%s serve`?", cfg.Host, bin), true) {
		return false
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		fmt.Fprintf(f.IO.ErrOut, "cannot create %s: %v\n", cfg.DataDir, err)
		return false
	}
	logPath := filepath.Join(cfg.DataDir, "ollama-serve.log")
	logFile, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		fmt.Fprintf(f.IO.ErrOut, "cannot open %s: %v\n", logPath, err)
		return false
	}
	defer logFile.Close()
	cmd := exec.Command(bin, "serve")
	cmd.Env = append(os.Environ(), "OLLAMA_HOST="+cfg.Host.Host)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	detach(cmd)
	if err := f.StartProcess(cmd); err != nil {
		fmt.Fprintf(f.IO.ErrOut, "could not start ollama: %v\n", err)
		return false
	}
	if cmd.Process != nil {
		_ = cmd.Process.Release()
	}
	fmt.Fprintf(f.IO.ErrOut, "Started ollama serve (log: %s). Waiting for it", logPath)
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if _, err := client.Version(ctx); err == nil {
			fmt.Fprintln(f.IO.ErrOut, " ready.")
			return true
		}
		select {
		case <-ctx.Done():
			fmt.Fprintln(f.IO.ErrOut)
			return false
		case <-time.After(300 * time.Millisecond):
			fmt.Fprint(f.IO.ErrOut, ".")
		}
	}
	fmt.Fprintf(f.IO.ErrOut, " it did not answer within 20s; see %s\n", logPath)
	return false
}

// pullSize says roughly how much pulling a model downloads. The size is
// only known once a download starts (and amends talks to no registry), so
// it is worked out from the parameter count in the name, at the 4-bit
// quantisation Ollama's default tags use (about 0.6 GB per billion
// parameters); the default model's own tag is known.
func pullSize(name string) string {
	known := map[string]string{"llama3.2": "about 2.0 GB", "llama3.2:latest": "about 2.0 GB", "llama3.2:3b": "about 2.0 GB", "llama3.2:1b": "about 1.3 GB"}
	if s, ok := known[name]; ok {
		return s
	}
	if m := paramsRE().FindStringSubmatch(name); m != nil {
		if b, err := strconv.ParseFloat(m[1], 64); err == nil && b > 0 {
			gb := b * 0.6
			if gb < 1 {
				return fmt.Sprintf("about %d MB", int(gb*1000/100+0.5)*100)
			}
			return fmt.Sprintf("about %.1f GB", gb)
		}
	}
	return "an unknown amount, often several GB"
}

// paramsRE finds a parameter count such as "8b" or "0.5b" in a model tag.
var paramsRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i):(?:[a-z-]*?)(\d+(?:\.\d+)?)b\b`) })
