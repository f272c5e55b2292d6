//go:build e2e && unix

package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Server is one real `ollama serve` process on a loopback port, with its own
// HOME and models directory, and the tiny model registered.
type Server struct {
	Host string // 127.0.0.1:PORT, as OLLAMA_HOST for the ollama CLI
	URL  string // http://127.0.0.1:PORT, as OLLAMA_HOST for amends
	Dir  string // scratch dir: home/, models/, server.log

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan struct{} // closed when cmd has been waited for
	logf *os.File
}

var (
	liveMu      sync.Mutex
	liveServers = map[*Server]struct{}{}
)

// stopAllServers stops every server still running: TestMain's safety net.
func stopAllServers() {
	liveMu.Lock()
	servers := make([]*Server, 0, len(liveServers))
	for s := range liveServers {
		servers = append(servers, s)
	}
	liveMu.Unlock()
	for _, s := range servers {
		s.Stop()
	}
}

// startServer starts a fresh server for this test alone (use it in tests that
// kill or restart the server) with the tiny model registered; it is stopped
// when the test ends, and its log is printed if the test failed.
func startServer(t testing.TB) *Server {
	t.Helper()
	s, err := newServer(t.TempDir())
	if err != nil {
		t.Fatalf("start ollama: %v", err)
	}
	t.Cleanup(func() {
		s.Stop()
		if t.Failed() {
			t.Logf("ollama server log (%s), last lines:\n%s", s.Host, s.LogTail(60))
		}
	})
	return s
}

// sharedServer is the server started by TestMain. Do not kill it.
func sharedServer(t testing.TB) *Server {
	t.Helper()
	if shared == nil {
		t.Fatal("the shared ollama server is not running (see TestMain)")
	}
	return shared
}

// newServer starts `ollama serve` in dir, waits until it answers, and creates
// the tiny model from the GGUF written by TestMain.
func newServer(dir string) (*Server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	host := fmt.Sprintf("127.0.0.1:%d", port)
	s := &Server{Host: host, URL: "http://" + host, Dir: dir}
	for _, d := range []string{s.home(), s.models()} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return nil, err
		}
	}
	if err := s.start(); err != nil {
		return nil, err
	}
	if err := s.createTinyModel(); err != nil {
		s.Stop()
		return nil, err
	}
	return s, nil
}

func (s *Server) home() string   { return filepath.Join(s.Dir, "home") }
func (s *Server) models() string { return filepath.Join(s.Dir, "models") }
func (s *Server) logPath() string {
	return filepath.Join(s.Dir, "server.log")
}

// ollamaEnv is a clean environment for the ollama CLI and server: nothing
// from the caller's OLLAMA_* settings or proxies leaks in.
func (s *Server) ollamaEnv() []string {
	return []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + s.home(),
		"TMPDIR=" + os.TempDir(),
		"OLLAMA_HOST=" + s.Host,
		"OLLAMA_MODELS=" + s.models(),
		"OLLAMA_NO_CLOUD=1",
		"OLLAMA_NOPRUNE=1",
		"OLLAMA_KEEP_ALIVE=10m",
		// Requests without num_ctx get the tiny model's whole context.
		fmt.Sprintf("OLLAMA_CONTEXT_LENGTH=%d", tinyContextLength),
		"NO_PROXY=*",
		"GIN_MODE=release", // no route table in the log
	}
}

func (s *Server) start() error {
	logf, err := os.OpenFile(s.logPath(), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	cmd := exec.Command(ollamaBin, "serve")
	cmd.Env = s.ollamaEnv()
	cmd.Dir = s.Dir
	cmd.Stdout = logf
	cmd.Stderr = logf
	// Own process group, so Stop/Kill also reach the model runner it spawns.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	setParentDeathSignal(cmd.SysProcAttr)
	if err := cmd.Start(); err != nil {
		logf.Close()
		return fmt.Errorf("%s serve: %w", ollamaBin, err)
	}
	done := make(chan struct{})
	go func() {
		_ = cmd.Wait()
		close(done)
	}()

	s.mu.Lock()
	s.cmd, s.done, s.logf = cmd, done, logf
	s.mu.Unlock()
	liveMu.Lock()
	liveServers[s] = struct{}{}
	liveMu.Unlock()

	if err := s.waitReady(60 * time.Second); err != nil {
		s.Stop()
		return fmt.Errorf("%w\nserver log:\n%s", err, s.LogTail(40))
	}
	return nil
}

// waitReady polls /api/version until the server answers or exits.
func (s *Server) waitReady(limit time.Duration) error {
	deadline := time.Now().Add(limit)
	client := &http.Client{Timeout: time.Second}
	for time.Now().Before(deadline) {
		select {
		case <-s.done:
			return errors.New("ollama serve exited before it was ready")
		default:
		}
		resp, err := client.Get(s.URL + "/api/version")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("ollama serve on %s not ready after %v", s.Host, limit)
}

// signalGroup sends sig to the server's process group; it reports whether
// the server was still running.
func (s *Server) signalGroup(sig syscall.Signal) bool {
	s.mu.Lock()
	cmd, done := s.cmd, s.done
	s.mu.Unlock()
	if cmd == nil {
		return false
	}
	select {
	case <-done:
		return false
	default:
	}
	_ = syscall.Kill(-cmd.Process.Pid, sig)
	return true
}

// Kill kills the server and its runner at once (SIGKILL to the group), the
// way a crash would, and waits until it is gone. Restart brings it back.
func (s *Server) Kill() {
	s.signalGroup(syscall.SIGKILL)
	s.wait(10 * time.Second)
}

// Stop asks the server to shut down (SIGTERM to the group), then kills it if
// it has not gone within 5 s. Safe to call more than once.
func (s *Server) Stop() {
	if s.signalGroup(syscall.SIGTERM) && !s.wait(5*time.Second) {
		s.signalGroup(syscall.SIGKILL)
		s.wait(5 * time.Second)
	}
	s.mu.Lock()
	cmd := s.cmd
	if s.logf != nil {
		s.logf.Close()
		s.logf = nil
	}
	s.mu.Unlock()
	if cmd != nil {
		// The runner is in the same group; make sure nothing outlives us.
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
	liveMu.Lock()
	delete(liveServers, s)
	liveMu.Unlock()
}

// Restart starts the server again on the same port and models directory
// (after Kill or Stop); the tiny model is still registered.
func (s *Server) Restart(t testing.TB) {
	t.Helper()
	s.Stop()
	if err := s.start(); err != nil {
		t.Fatalf("restart ollama: %v", err)
	}
}

// Running reports whether the server process is still alive.
func (s *Server) Running() bool {
	s.mu.Lock()
	done := s.done
	s.mu.Unlock()
	if done == nil {
		return false
	}
	select {
	case <-done:
		return false
	default:
		return true
	}
}

func (s *Server) wait(limit time.Duration) bool {
	s.mu.Lock()
	done := s.done
	s.mu.Unlock()
	if done == nil {
		return true
	}
	select {
	case <-done:
		return true
	case <-time.After(limit):
		return false
	}
}

// LogTail returns the last n lines of the server's log.
func (s *Server) LogTail(n int) string {
	b, err := os.ReadFile(s.logPath())
	if err != nil {
		return "(no log: " + err.Error() + ")"
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// createTinyModel registers the tiny GGUF as tinyModelName, and the
// small-context one as tiny2KModelName, with `ollama create`.
func (s *Server) createTinyModel() error {
	if err := s.ollamaCreate(tinyModelName, tinyModelfilePath); err != nil {
		return err
	}
	return s.ollamaCreate(tiny2KModelName, filepath.Join(filepath.Dir(tinyModelfilePath), "Modelfile.2k"))
}

// createModel registers another model on this server from the tiny GGUF:
// the tiny Modelfile plus extra lines, which override it. For example
//
//	srv.createModel(t, "amends-tiny-long", "PARAMETER num_predict 100000")
//
// gives a model whose replies stream for minutes (the tiny model never
// stops on its own), for Ctrl-C and server-killed-mid-reply tests.
func (s *Server) createModel(t testing.TB, name string, extra ...string) {
	t.Helper()
	text := tinyModelfile + strings.Join(extra, "\n") + "\n"
	path := filepath.Join(filepath.Dir(tinyModelfilePath), "Modelfile."+strings.NewReplacer("/", "_", ":", "_").Replace(name))
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := s.ollamaCreate(name, path); err != nil {
		t.Fatal(err)
	}
}

func (s *Server) ollamaCreate(name, modelfile string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, ollamaBin, "create", name, "-f", modelfile)
	cmd.Dir = filepath.Dir(modelfile)
	cmd.Env = s.ollamaEnv()
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("ollama create %s: %w\n%s\nserver log:\n%s", name, err, out, s.LogTail(40))
	}
	return nil
}

// Env returns the entries that point amends at this server; pass it to
// amendsEnv(t, srv) or append it to an env given to runAmends.
func (s *Server) Env() []string {
	return []string{"OLLAMA_HOST=" + s.URL}
}

// --- small HTTP helpers for assertions against the real wire format ---

// getJSON fetches path and decodes the JSON body into v; it returns the status.
func (s *Server) getJSON(t testing.TB, path string, v any) int {
	t.Helper()
	return s.do(t, http.MethodGet, path, nil, v)
}

// postJSON posts body as JSON and decodes a single JSON reply into v (use
// "stream": false for the streaming endpoints); it returns the status.
func (s *Server) postJSON(t testing.TB, path string, body, v any) int {
	t.Helper()
	return s.do(t, http.MethodPost, path, body, v)
}

func (s *Server) do(t testing.TB, method, path string, body, v any) int {
	t.Helper()
	var r io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			t.Fatal(err)
		}
		r = bytes.NewReader(b)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, s.URL+path, r)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s %s: read body: %v", method, path, err)
	}
	if v != nil && len(raw) > 0 {
		if err := json.Unmarshal(raw, v); err != nil {
			t.Fatalf("%s %s: status %d, body is not JSON: %v\n%s", method, path, resp.StatusCode, err, raw)
		}
	}
	return resp.StatusCode
}

// tagsEntry is one model as /api/tags lists it.
type tagsEntry struct {
	Name   string `json:"name"`
	Model  string `json:"model"`
	Digest string `json:"digest"`
	Size   int64  `json:"size"`
}

// tinyModelTag looks the tiny model up in /api/tags.
func (s *Server) tinyModelTag(t testing.TB) tagsEntry {
	t.Helper()
	var tags struct {
		Models []tagsEntry `json:"models"`
	}
	if code := s.getJSON(t, "/api/tags", &tags); code != http.StatusOK {
		t.Fatalf("/api/tags: status %d", code)
	}
	for _, m := range tags.Models {
		if m.Name == tinyModelName+":latest" || m.Name == tinyModelName {
			return m
		}
	}
	t.Fatalf("/api/tags does not list %s: %+v", tinyModelName, tags.Models)
	return tagsEntry{}
}

// freePort asks the kernel for an unused loopback port.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
