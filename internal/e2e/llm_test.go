//go:build e2e && unix

package e2e

import (
	"context"
	"encoding/json"
	"errors"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/amends-cli/amends/internal/llm"
)

// Go-level tests of internal/llm against the real server: what the fake in
// internal/llm/ollamatest imitates, checked against the original.

func llmClient(t *testing.T, srv *Server) *llm.Client {
	t.Helper()
	u, err := url.Parse(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	return llm.New(u, llm.Settings{IdleTimeout: 30 * time.Second})
}

func ctxFor(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func TestLLMVersionListShow(t *testing.T) {
	srv := sharedServer(t)
	c := llmClient(t, srv)
	ctx := ctxFor(t)

	if v, err := c.Version(ctx); err != nil || v == "" {
		t.Fatalf("Version() = %q, %v", v, err)
	}
	tag := srv.tinyModelTag(t)
	models, err := c.List(ctx)
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	found := false
	for _, m := range models {
		if llm.SameModel(m.Name, tinyModelName) { // not amends-tiny-2k or -long
			found = true
			if m.Digest != tag.Digest {
				t.Errorf("List digest %q, /api/tags says %q", m.Digest, tag.Digest)
			}
		}
	}
	if !found {
		t.Errorf("List() lacks %s: %+v", tinyModelName, models)
	}

	info, err := c.Show(ctx, tinyModelName)
	if err != nil {
		t.Fatalf("Show: %v", err)
	}
	if info.ContextLength != tinyContextLength {
		t.Errorf("Show().ContextLength = %d, want %d", info.ContextLength, tinyContextLength)
	}
	if info.Digest != tag.Digest {
		t.Errorf("Show().Digest = %q, want %q", info.Digest, tag.Digest)
	}
}

func TestLLMMissingModelIsTyped(t *testing.T) {
	c := llmClient(t, sharedServer(t))
	ctx := ctxFor(t)
	var nf *llm.ModelNotFoundError

	if _, err := c.Show(ctx, "missing-model"); !errors.As(err, &nf) {
		t.Errorf("Show(missing-model) error = %v (%T), want *llm.ModelNotFoundError", err, err)
	}
	_, err := c.Chat(ctx, llm.ChatRequest{
		Model:    "missing-model",
		Messages: []llm.Message{{Role: "user", Content: "hello"}},
	}, nil)
	if !errors.As(err, &nf) {
		t.Fatalf("Chat(missing-model) error = %v (%T), want *llm.ModelNotFoundError", err, err)
	}
	if got := err.Error(); got != missingModelMsg {
		t.Errorf("error text\n got: %s\nwant: %s", got, missingModelMsg)
	}
}

func TestLLMChatStreamsTokens(t *testing.T) {
	c := llmClient(t, sharedServer(t))
	seed := 3
	var tokens []string
	start := time.Now()
	res, err := c.Chat(ctxFor(t), llm.ChatRequest{
		Model: tinyModelName,
		Messages: []llm.Message{
			{Role: "system", Content: "You are Sam, a colleague who felt let down."},
			{Role: "user", Content: "I'm sorry I took credit for your work."},
		},
		Options: llm.Options{Seed: &seed, NumPredict: 32},
	}, func(s string) { tokens = append(tokens, s) })
	if err != nil {
		t.Fatalf("Chat: %v", err)
	}
	if !res.Done {
		t.Error("result not Done")
	}
	if len(tokens) < 2 {
		t.Errorf("onToken called %d times, want a streamed reply", len(tokens))
	}
	if joined := strings.Join(tokens, ""); joined != res.Content {
		t.Errorf("tokens joined %q != Content %q", joined, res.Content)
	}
	if res.CompletionTokens < 1 || res.CompletionTokens > 32 {
		t.Errorf("CompletionTokens = %d, want 1..32", res.CompletionTokens)
	}
	if res.PromptTokens < 10 {
		t.Errorf("PromptTokens = %d, want the templated prompt counted", res.PromptTokens)
	}
	t.Logf("%d tokens in %v, done_reason %q", len(tokens), time.Since(start).Round(time.Millisecond), res.DoneReason)
}

func TestLLMChatJSONFollowsSchema(t *testing.T) {
	c := llmClient(t, sharedServer(t))
	// Free-text strings, an array and a nested object, like a critique:
	// the tiny model must still close them all within num_predict.
	schema := json.RawMessage(`{
		"type": "object",
		"properties": {
			"acknowledged": {"type": "boolean"},
			"element": {"type": "string", "enum": ["acknowledgment", "responsibility", "commitment"]},
			"note": {"type": "string"},
			"quotes": {"type": "array", "items": {"type": "string"}},
			"detail": {
				"type": "object",
				"properties": {"evidence": {"type": "string"}, "present": {"type": "boolean"}},
				"required": ["evidence", "present"],
				"additionalProperties": false
			}
		},
		"required": ["acknowledged", "element", "note", "quotes", "detail"],
		"additionalProperties": false
	}`)
	seed, temp := 11, 0.2
	out, err := c.ChatJSON(ctxFor(t), llm.ChatRequest{
		Model:    tinyModelName,
		Messages: []llm.Message{{Role: "user", Content: "Critique: I'm sorry if you were upset."}},
		Format:   schema,
		Options:  llm.Options{Seed: &seed, Temperature: &temp},
	})
	if err != nil {
		t.Fatalf("ChatJSON: %v", err)
	}
	var got struct {
		Acknowledged *bool     `json:"acknowledged"`
		Element      *string   `json:"element"`
		Note         *string   `json:"note"`
		Quotes       *[]string `json:"quotes"`
		Detail       *struct {
			Evidence *string `json:"evidence"`
			Present  *bool   `json:"present"`
		} `json:"detail"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("ChatJSON returned invalid JSON: %v\n%q", err, out)
	}
	if got.Acknowledged == nil || got.Element == nil || got.Note == nil || got.Quotes == nil ||
		got.Detail == nil || got.Detail.Evidence == nil || got.Detail.Present == nil {
		t.Fatalf("required fields missing: %s", out)
	}
	t.Logf("schema reply (%d bytes): %s", len(out), out)
	switch *got.Element {
	case "acknowledgment", "responsibility", "commitment":
	default:
		t.Errorf("element %q is outside the enum", *got.Element)
	}
}

func TestLLMUnreachableAfterKill(t *testing.T) {
	srv := startServer(t)
	c := llmClient(t, srv)
	srv.Kill()
	_, err := c.Version(ctxFor(t))
	var un *llm.UnreachableError
	if !errors.As(err, &un) {
		t.Fatalf("Version() with the server killed: %v (%T), want *llm.UnreachableError", err, err)
	}
	if !strings.Contains(err.Error(), srv.Host) || !strings.Contains(err.Error(), "ollama serve") {
		t.Errorf("error should name %s and `ollama serve`: %v", srv.Host, err)
	}
}

// TestLLMServerKilledMidReply kills a private server while a reply streams:
// the client must return a StreamError that keeps the text that arrived.
func TestLLMServerKilledMidReply(t *testing.T) {
	srv := startServer(t)
	srv.createModel(t, "amends-tiny-long", "PARAMETER num_predict 100000")
	c := llmClient(t, srv)

	var n int
	killed := make(chan struct{})
	res, err := c.Chat(ctxFor(t), llm.ChatRequest{
		Model:    "amends-tiny-long",
		Messages: []llm.Message{{Role: "user", Content: "Tell me everything."}},
	}, func(string) {
		n++
		if n == 5 {
			go func() { srv.Kill(); close(killed) }()
		}
	})
	select {
	case <-killed:
	case <-time.After(15 * time.Second):
		t.Fatal("server not killed")
	}
	var se *llm.StreamError
	if !errors.As(err, &se) {
		t.Fatalf("Chat error = %v (%T) after %d tokens, want *llm.StreamError", err, err, n)
	}
	if res.Done {
		t.Error("result claims Done after the server was killed")
	}
	if res.Content == "" || se.Partial != res.Content {
		t.Errorf("partial text lost: Content %q, StreamError.Partial %q", res.Content, se.Partial)
	}
	t.Logf("killed after %d tokens: %v", n, err)
}
