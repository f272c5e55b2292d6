//go:build e2e && unix

package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// These tests check the harness and pin down the real server's behaviour
// that amends relies on, independent of the CLI: if one fails, the CLI tests
// below it are not to blame.

func TestServerVersion(t *testing.T) {
	srv := sharedServer(t)
	var v struct {
		Version string `json:"version"`
	}
	if code := srv.getJSON(t, "/api/version", &v); code != http.StatusOK {
		t.Fatalf("/api/version: status %d", code)
	}
	if v.Version == "" {
		t.Fatal("/api/version: empty version")
	}
	// A binary .ci/ollama-bin.sh built sits in <cache>/vX.Y.Z/ and must say
	// X.Y.Z (set with -ldflags -X).
	dir := filepath.Base(filepath.Dir(ollamaBin))
	if regexp.MustCompile(`^v\d+\.\d+\.\d+`).MatchString(dir) {
		if want := strings.TrimPrefix(dir, "v"); v.Version != want {
			t.Errorf("/api/version = %q, want %q (the -ldflags -X version)", v.Version, want)
		}
	}
	t.Logf("ollama %s at %s", v.Version, ollamaBin)
}

func TestServerListsTinyModel(t *testing.T) {
	m := sharedServer(t).tinyModelTag(t)
	if !regexp.MustCompile(`^[0-9a-f]{64}$`).MatchString(m.Digest) {
		t.Errorf("digest %q is not 64 hex digits", m.Digest)
	}
	if m.Size < 300_000 || m.Size > 3_000_000 {
		t.Errorf("size %d bytes, want a tiny model (0.3-3 MB)", m.Size)
	}
}

func TestServerShowsContextLength(t *testing.T) {
	var show struct {
		ModelInfo map[string]any `json:"model_info"`
		Template  string         `json:"template"`
	}
	srv := sharedServer(t)
	if code := srv.postJSON(t, "/api/show", map[string]any{"model": tinyModelName}, &show); code != http.StatusOK {
		t.Fatalf("/api/show: status %d", code)
	}
	if got := show.ModelInfo["llama.context_length"]; got != float64(tinyContextLength) {
		t.Errorf("model_info[llama.context_length] = %v, want %d", got, tinyContextLength)
	}
	if got := show.ModelInfo["general.architecture"]; got != "llama" {
		t.Errorf("general.architecture = %v, want llama", got)
	}
	if !strings.Contains(show.Template, ".Messages") {
		t.Errorf("template not registered: %q", show.Template)
	}
}

func TestServerMissingModelIs404(t *testing.T) {
	srv := sharedServer(t)
	var e struct {
		Error string `json:"error"`
	}
	if code := srv.postJSON(t, "/api/show", map[string]any{"model": "missing-model"}, &e); code != http.StatusNotFound {
		t.Errorf("/api/show missing-model: status %d, want 404", code)
	}
	e.Error = ""
	req := map[string]any{
		"model":    "missing-model",
		"messages": []map[string]string{{"role": "user", "content": "hi"}},
		"stream":   false,
	}
	if code := srv.postJSON(t, "/api/chat", req, &e); code != http.StatusNotFound {
		t.Errorf("/api/chat missing-model: status %d, want 404", code)
	}
	if !strings.Contains(e.Error, "not found") {
		t.Errorf("/api/chat missing-model: error %q, want it to say not found", e.Error)
	}
}

func TestServerStreamsChat(t *testing.T) {
	srv := sharedServer(t)
	body, _ := json.Marshal(map[string]any{
		"model":    tinyModelName,
		"messages": []map[string]string{{"role": "user", "content": "I am sorry I missed your birthday."}},
		"stream":   true,
		"options":  map[string]any{"seed": 1, "num_predict": 24},
	})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+"/api/chat", bytes.NewReader(body))
	start := time.Now()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	var chunks, nonEmpty int
	var reply strings.Builder
	var final struct {
		Done       bool   `json:"done"`
		DoneReason string `json:"done_reason"`
		EvalCount  int    `json:"eval_count"`
	}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		var c struct {
			Message struct {
				Content string `json:"content"`
			} `json:"message"`
			Done bool `json:"done"`
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("chunk %d is not JSON: %v: %q", chunks, err, sc.Text())
		}
		chunks++
		if c.Message.Content != "" {
			nonEmpty++
			reply.WriteString(c.Message.Content)
		}
		if c.Done {
			_ = json.Unmarshal(sc.Bytes(), &final)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if !final.Done {
		t.Fatalf("stream ended without a done chunk after %d chunks", chunks)
	}
	if nonEmpty < 2 {
		t.Errorf("got %d content chunks, want a streamed reply of several", nonEmpty)
	}
	// The tiny model never picks </s>: every reply runs to num_predict.
	if final.EvalCount != 24 || final.DoneReason != "length" {
		t.Errorf("eval_count %d, done_reason %q; want 24 and \"length\" (num_predict)", final.EvalCount, final.DoneReason)
	}
	t.Logf("%d chunks in %v, done_reason %q, reply %q", chunks, time.Since(start).Round(time.Millisecond), final.DoneReason, reply.String())
}

func TestServerChatFormatSchema(t *testing.T) {
	srv := sharedServer(t)
	schema := map[string]any{
		"type": "object",
		"properties": map[string]any{
			"verdict": map[string]any{"type": "string", "enum": []string{"warm", "cold", "mixed"}},
			"ready":   map[string]any{"type": "boolean"},
		},
		"required": []string{"verdict", "ready"},
	}
	var resp struct {
		Message struct {
			Content string `json:"content"`
		} `json:"message"`
		DoneReason string `json:"done_reason"`
	}
	req := map[string]any{
		"model":    tinyModelName,
		"messages": []map[string]string{{"role": "user", "content": "Rate this apology."}},
		"format":   schema,
		"stream":   false,
		"options":  map[string]any{"seed": 7, "num_predict": 256},
	}
	if code := srv.postJSON(t, "/api/chat", req, &resp); code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	var got struct {
		Verdict *string `json:"verdict"`
		Ready   *bool   `json:"ready"`
	}
	if err := json.Unmarshal([]byte(resp.Message.Content), &got); err != nil {
		t.Fatalf("content is not JSON (done_reason %q): %v\n%q", resp.DoneReason, err, resp.Message.Content)
	}
	if got.Verdict == nil || got.Ready == nil {
		t.Fatalf("content lacks required fields: %q", resp.Message.Content)
	}
	switch *got.Verdict {
	case "warm", "cold", "mixed":
	default:
		t.Errorf("verdict %q is outside the enum", *got.Verdict)
	}
	t.Logf("schema reply: %s", resp.Message.Content)
}

// TestServerLongReply checks the knob later tests rely on: a model created
// with a large num_predict keeps streaming (no early </s>).
func TestServerLongReply(t *testing.T) {
	srv := sharedServer(t)
	srv.createModel(t, "amends-tiny-long", "PARAMETER num_predict 100000")
	var r struct {
		EvalCount  int    `json:"eval_count"`
		DoneReason string `json:"done_reason"`
	}
	start := time.Now()
	req := map[string]any{
		"model":    "amends-tiny-long",
		"messages": []map[string]string{{"role": "user", "content": "Say something long."}},
		"stream":   false,
		"options":  map[string]any{"seed": 5, "num_predict": 600},
	}
	if code := srv.postJSON(t, "/api/chat", req, &r); code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	if r.EvalCount != 600 || r.DoneReason != "length" {
		t.Errorf("eval_count %d, done_reason %q; want 600 and \"length\"", r.EvalCount, r.DoneReason)
	}
	t.Logf("600 tokens in %v", time.Since(start).Round(time.Millisecond))
}

// TestServerTokenizesProse: the word pieces keep English prompts compact
// (amends' prompts are several thousand characters).
func TestServerTokenizesProse(t *testing.T) {
	text := strings.Repeat("I am sorry that I missed your birthday. I want to listen and understand how you feel, and I will call you every week. ", 20)
	var r struct {
		PromptEvalCount int `json:"prompt_eval_count"`
	}
	req := map[string]any{
		"model":    tinyModelName,
		"messages": []map[string]string{{"role": "user", "content": text}},
		"stream":   false,
		"options":  map[string]any{"seed": 1, "num_predict": 1},
	}
	if code := sharedServer(t).postJSON(t, "/api/chat", req, &r); code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	perToken := float64(len(text)) / float64(r.PromptEvalCount)
	t.Logf("%d characters -> %d prompt tokens (%.1f chars/token)", len(text), r.PromptEvalCount, perToken)
	if perToken < 2.5 {
		t.Errorf("%.1f characters a token, want at least 2.5 (are the word pieces merging?)", perToken)
	}
}
