package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
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
			if !confirm(f, fmt.Sprintf("The model %q is not pulled yet. Pull it now (this downloads a few GB)?", cfg.Model)) {
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

// confirm asks a yes/no question on a terminal; Enter alone means yes.
func confirm(f *Factory, question string) bool {
	if !f.IO.CanPrompt() {
		return false
	}
	ok, err := f.IO.Prompter().Confirm(question, true)
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
	if !confirm(f, fmt.Sprintf("Ollama is not running at %s. Start it now with `%s serve`?", cfg.Host, bin)) {
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
