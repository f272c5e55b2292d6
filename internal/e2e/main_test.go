//go:build e2e && unix

// Package e2e runs amends against a real Ollama server serving a tiny
// generated model. It is behind the build tag e2e:
//
//	make e2e
//	go test -tags e2e -count=1 -v ./internal/e2e/...
//
// TestMain finds or builds the ollama binary (.ci/ollama-bin.sh), writes the
// tiny GGUF, and starts one shared server on a free loopback port with its
// own HOME and models directory. Helpers for tests:
//
//	sharedServer(t)        the TestMain server; never kill it
//	startServer(t)         a private server (tiny model registered) for tests
//	                       that Kill, Stop or Restart it
//	amendsEnv(t, srv, kv…) a hermetic env for amends (temp HOME/XDG dirs)
//	runAmends(t, env, stdin, args…) (stdout, stderr, code)
//	startAmends(t, env, args…)      a running amends, for signal tests
//
// Environment knobs: OLLAMA_BIN (use this ollama), AMENDS_E2E_BUILD_OLLAMA=1
// (build even if ollama is on PATH), AMENDS_E2E_KEEP=1 (keep the scratch dir).
package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

var (
	repoRoot          string  // the amends module root
	ollamaBin         string  // the real ollama binary
	tinyModelfilePath string  // Modelfile next to tiny.gguf
	scratchDir        string  // removed after the run unless AMENDS_E2E_KEEP=1
	shared            *Server // started by TestMain
)

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) (code int) {
	// Ctrl-C or SIGTERM on the test binary: stop the servers (they sit in
	// their own process groups, so the terminal's signal does not reach them).
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sigs
		stopAllServers()
		cancelBuild()
		amendsBin(nil) // wait for the cancelled build, so it writes nothing more
		if scratchDir != "" && os.Getenv("AMENDS_E2E_KEEP") != "1" {
			os.RemoveAll(scratchDir)
		}
		os.Exit(130)
	}()
	defer stopAllServers()

	if err := setup(); err != nil {
		fmt.Fprintf(os.Stderr, "e2e setup: %v\n", err)
		return 1
	}
	if os.Getenv("AMENDS_E2E_KEEP") == "1" {
		fmt.Fprintf(os.Stderr, "e2e: keeping scratch dir %s\n", scratchDir)
	} else {
		defer os.RemoveAll(scratchDir)
	}

	// Build amends while the server starts; amendsBin waits for it.
	go amendsBin(nil)
	defer amendsBin(nil) // never leave the build running past the cleanup

	var err error
	start := time.Now()
	shared, err = newServer(filepath.Join(scratchDir, "shared"))
	if err != nil {
		fmt.Fprintf(os.Stderr, "e2e: start shared ollama server: %v\n", err)
		return 1
	}
	fmt.Fprintf(os.Stderr, "e2e: ollama serve on %s with %s ready in %v\n",
		shared.Host, tinyModelName, time.Since(start).Round(time.Millisecond))
	defer shared.Stop()

	code = m.Run()
	if code != 0 {
		fmt.Fprintf(os.Stderr, "e2e: shared ollama server log, last lines:\n%s\n", shared.LogTail(80))
	}
	return code
}

func setup() error {
	root, err := findRepoRoot()
	if err != nil {
		return err
	}
	repoRoot = root

	if ollamaBin, err = findOllama(); err != nil {
		return err
	}

	if scratchDir, err = os.MkdirTemp("", "amends-e2e-"); err != nil {
		return err
	}
	modelDir := filepath.Join(scratchDir, "tiny")
	if err := os.MkdirAll(modelDir, 0o755); err != nil {
		return err
	}
	tinyModelfilePath, err = writeTinyModel(modelDir)
	return err
}

// findOllama runs .ci/ollama-bin.sh, which honours OLLAMA_BIN, then PATH,
// then the cached build, then builds it (minutes, once). Its progress goes
// to our stderr; its stdout is the path.
func findOllama() (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "bash", filepath.Join(repoRoot, ".ci", "ollama-bin.sh"))
	cmd.Dir = repoRoot
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("no ollama binary: .ci/ollama-bin.sh failed: %w", err)
	}
	path := strings.TrimSpace(string(out))
	if st, err := os.Stat(path); err != nil || st.IsDir() {
		return "", fmt.Errorf(".ci/ollama-bin.sh printed %q, which is not a file", path)
	}
	return path, nil
}

func findRepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the test's directory")
		}
		dir = parent
	}
}
