//go:build e2e && unix

package e2e

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// amendsTimeout bounds one runAmends call; a hung CLI fails the test instead
// of the whole run.
const amendsTimeout = 2 * time.Minute

var (
	// buildCtx lets TestMain's signal handler stop the amends build.
	buildCtx, cancelBuild = context.WithCancel(context.Background())

	amendsOnce   sync.Once
	amendsPath   string
	amendsErr    error
	amendsOutput []byte
)

// amendsBin builds ./cmd/amends once per run and returns the binary's path.
// TestMain starts the build early with t == nil; tests then wait for it.
func amendsBin(t testing.TB) string {
	amendsOnce.Do(func() {
		amendsPath = filepath.Join(scratchDir, "bin", "amends")
		cmd := exec.CommandContext(buildCtx, "go", "build", "-o", amendsPath, "./cmd/amends")
		cmd.Dir = repoRoot
		amendsOutput, amendsErr = cmd.CombinedOutput()
	})
	if t == nil {
		return ""
	}
	t.Helper()
	if amendsErr != nil {
		t.Fatalf("go build ./cmd/amends: %v\n%s", amendsErr, amendsOutput)
	}
	return amendsPath
}

// amendsEnv returns a hermetic environment for amends talking to srv (the
// shared server when srv is nil): HOME and the XDG dirs in fresh temp dirs,
// NO_COLOR=1, AMENDS_MODEL set to the tiny model. extra KEY=VALUE entries are
// appended and win over the defaults. Reuse one env across runAmends calls
// when a test needs state (config, transcripts) to persist between them.
func amendsEnv(t testing.TB, srv *Server, extra ...string) []string {
	t.Helper()
	if srv == nil {
		srv = sharedServer(t)
	}
	home := t.TempDir()
	env := []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + home,
		"XDG_CONFIG_HOME=" + filepath.Join(home, ".config"),
		"XDG_DATA_HOME=" + filepath.Join(home, ".local", "share"),
		"XDG_CACHE_HOME=" + filepath.Join(home, ".cache"),
		"XDG_STATE_HOME=" + filepath.Join(home, ".local", "state"),
		"TMPDIR=" + os.TempDir(),
		"NO_COLOR=1",
		"TERM=dumb",
		"LANG=C.UTF-8",
		"AMENDS_MODEL=" + tinyModelName,
		"NO_PROXY=*",
	}
	env = append(env, srv.Env()...)
	return append(env, extra...)
}

// envValue returns the last value of key in env.
func envValue(env []string, key string) string {
	v := ""
	for _, kv := range env {
		if k, val, ok := strings.Cut(kv, "="); ok && k == key {
			v = val
		}
	}
	return v
}

// runAmends runs amends to completion with env (amendsEnv(t, nil) when env is
// nil) and stdin as its standard input, and returns what it printed and its
// exit code (-1 if a signal ended it). It fails the test if amends cannot
// start or runs longer than amendsTimeout.
func runAmends(t testing.TB, env []string, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	if env == nil {
		env = amendsEnv(t, nil)
	}
	bin := amendsBin(t)
	ctx, cancel := context.WithTimeout(context.Background(), amendsTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = env
	cmd.Dir = envValue(env, "HOME")
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &errb
	cmd.WaitDelay = 5 * time.Second
	cmd.SysProcAttr = &syscall.SysProcAttr{}
	setParentDeathSignal(cmd.SysProcAttr)

	start := time.Now()
	err := cmd.Run()
	t.Logf("amends %s: exit %d in %v", strings.Join(args, " "), cmd.ProcessState.ExitCode(), time.Since(start).Round(time.Millisecond))
	if ctx.Err() != nil {
		t.Fatalf("amends %s: still running after %v\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), amendsTimeout, out.String(), errb.String())
	}
	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		t.Fatalf("amends %s: %v", strings.Join(args, " "), err)
	}
	return out.String(), errb.String(), cmd.ProcessState.ExitCode()
}

// AmendsProc is an amends process started by startAmends.
type AmendsProc struct {
	*exec.Cmd
	Stdin  io.WriteCloser
	Stdout *syncBuffer
	Stderr *syncBuffer

	done chan struct{}
	err  error
}

// startAmends starts amends with env (amendsEnv(t, nil) when nil) and returns
// at once, for tests that type into it, signal it, or kill the server under
// it. The process is killed when the test ends if it is still running.
func startAmends(t testing.TB, env []string, args ...string) *AmendsProc {
	t.Helper()
	if env == nil {
		env = amendsEnv(t, nil)
	}
	cmd := exec.Command(amendsBin(t), args...)
	cmd.Env = env
	cmd.Dir = envValue(env, "HOME")
	p := &AmendsProc{Cmd: cmd, Stdout: &syncBuffer{}, Stderr: &syncBuffer{}, done: make(chan struct{})}
	cmd.Stdout = p.Stdout
	cmd.Stderr = p.Stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{}
	setParentDeathSignal(cmd.SysProcAttr)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	p.Stdin = stdin
	if err := cmd.Start(); err != nil {
		t.Fatalf("start amends: %v", err)
	}
	go func() {
		p.err = cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(func() {
		select {
		case <-p.done:
		default:
			_ = cmd.Process.Kill()
			<-p.done
		}
	})
	return p
}

// WaitExit waits up to limit for the process to end and returns its exit
// code (-1 if a signal ended it); it fails the test on timeout.
func (p *AmendsProc) WaitExit(t testing.TB, limit time.Duration) int {
	t.Helper()
	select {
	case <-p.done:
		return p.ProcessState.ExitCode()
	case <-time.After(limit):
		t.Fatalf("amends still running after %v\nstdout:\n%s\nstderr:\n%s", limit, p.Stdout, p.Stderr)
		return 0
	}
}

// WaitOutput waits up to limit until stdout or stderr contains s.
func (p *AmendsProc) WaitOutput(t testing.TB, s string, limit time.Duration) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if strings.Contains(p.Stdout.String(), s) || strings.Contains(p.Stderr.String(), s) {
			return
		}
		select {
		case <-p.done:
			if strings.Contains(p.Stdout.String(), s) || strings.Contains(p.Stderr.String(), s) {
				return
			}
			t.Fatalf("amends exited (code %d) without printing %q\nstdout:\n%s\nstderr:\n%s", p.ProcessState.ExitCode(), s, p.Stdout, p.Stderr)
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Fatalf("amends did not print %q within %v\nstdout:\n%s\nstderr:\n%s", s, limit, p.Stdout, p.Stderr)
}

// Interrupt sends SIGINT, as Ctrl-C would.
func (p *AmendsProc) Interrupt(t testing.TB) {
	t.Helper()
	if err := p.Process.Signal(os.Interrupt); err != nil {
		t.Fatalf("SIGINT amends: %v", err)
	}
}

// syncBuffer is a bytes.Buffer safe to read while a process writes to it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

var _ fmt.Stringer = (*syncBuffer)(nil)
