package llm_test

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/llm/ollamatest"
)

func newClient(t *testing.T, s *ollamatest.Server, idle time.Duration) *llm.Client {
	t.Helper()
	u, err := url.Parse(s.URL)
	if err != nil {
		t.Fatal(err)
	}
	return llm.New(u, llm.Settings{IdleTimeout: idle})
}

func fake(t *testing.T) *ollamatest.Server {
	t.Helper()
	s := ollamatest.New()
	t.Cleanup(s.Close)
	return s
}

func chatReq(model string) llm.ChatRequest {
	return llm.ChatRequest{Model: model, Messages: []llm.Message{{Role: "user", Content: "hello"}}}
}

func TestChatStreamsTokensInOrder(t *testing.T) {
	s := fake(t)
	s.Enqueue(ollamatest.Reply{Tokens: []string{"I'm", " still", " upset."}, PromptTokens: 40, EvalTokens: 3})
	c := newClient(t, s, time.Second)
	var got []string
	res, err := c.Chat(context.Background(), chatReq("llama3.2"), func(tok string) { got = append(got, tok) })
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"I'm", " still", " upset."}, got); diff != "" {
		t.Errorf("tokens (-want +got):\n%s", diff)
	}
	if res.Content != "I'm still upset." || !res.Done || res.PromptTokens != 40 || res.CompletionTokens != 3 {
		t.Errorf("result = %+v", res)
	}
}

func TestChatSendsOptionsAndNeverLetsServerTruncate(t *testing.T) {
	s := fake(t)
	c := newClient(t, s, time.Second)
	temp := 0.7
	req := chatReq("llama3.2")
	req.Options = llm.Options{NumCtx: 4096, Temperature: &temp}
	if _, err := c.Chat(context.Background(), req, nil); err != nil {
		t.Fatal(err)
	}
	reqs := s.ChatRequests()
	if len(reqs) != 1 {
		t.Fatalf("got %d chat requests", len(reqs))
	}
	r := reqs[0]
	if r.Options["num_ctx"] != float64(4096) || r.Options["temperature"] != 0.7 {
		t.Errorf("options = %v", r.Options)
	}
	if r.Truncate == nil || *r.Truncate {
		t.Errorf("truncate = %v, want explicit false", r.Truncate)
	}
	if r.Stream != nil && !*r.Stream {
		t.Errorf("stream = false for a streaming chat")
	}
}

func TestModelNotFoundIsTyped(t *testing.T) {
	s := fake(t)
	c := newClient(t, s, time.Second)
	_, err := c.Chat(context.Background(), chatReq("nope"), nil)
	var nf *llm.ModelNotFoundError
	if !errors.As(err, &nf) || nf.Model != "nope" {
		t.Fatalf("err = %v, want ModelNotFoundError", err)
	}
	want := `model "nope" is not pulled (try: ollama pull nope, or amends models pull nope)`
	if err.Error() != want {
		t.Errorf("message = %q, want %q", err.Error(), want)
	}
	if _, err := c.Show(context.Background(), "nope"); !errors.As(err, &nf) {
		t.Errorf("show: err = %v, want ModelNotFoundError", err)
	}
	if _, err := c.ChatJSON(context.Background(), chatReq("nope")); !errors.As(err, &nf) {
		t.Errorf("chat json: err = %v, want ModelNotFoundError", err)
	}
}

func TestUnreachableNamesTheURLTried(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens here now
	u, _ := url.Parse("http://" + addr)
	c := llm.New(u, llm.Settings{IdleTimeout: time.Second})
	start := time.Now()
	_, err = c.Version(context.Background())
	var un *llm.UnreachableError
	if !errors.As(err, &un) {
		t.Fatalf("err = %v, want UnreachableError", err)
	}
	want := "cannot reach Ollama at http://" + addr + " (is it running? try: ollama serve)"
	if err.Error() != want {
		t.Errorf("message = %q, want %q", err.Error(), want)
	}
	if time.Since(start) > 3*time.Second {
		t.Errorf("a refused connection took %v to report", time.Since(start))
	}
	if _, err := c.Chat(context.Background(), chatReq("llama3.2"), nil); !errors.As(err, &un) {
		t.Errorf("chat: err = %v, want UnreachableError", err)
	}
}

func TestDisconnectMidStreamKeepsPartialText(t *testing.T) {
	s := fake(t)
	s.Enqueue(ollamatest.Reply{Tokens: []string{"You", " never", " called", " me"}, DisconnectAfter: 2})
	c := newClient(t, s, 5*time.Second)
	var streamed strings.Builder
	res, err := c.Chat(context.Background(), chatReq("llama3.2"), func(t string) { streamed.WriteString(t) })
	var se *llm.StreamError
	if !errors.As(err, &se) {
		t.Fatalf("err = %v, want StreamError", err)
	}
	if se.Partial != "You never" || res.Content != "You never" || streamed.String() != "You never" {
		t.Errorf("partial = %q, content = %q, streamed = %q", se.Partial, res.Content, streamed.String())
	}
	if res.Done {
		t.Error("a dropped reply must not be marked done")
	}
}

func TestCleanEndWithoutDoneIsCutShort(t *testing.T) {
	s := fake(t)
	s.Enqueue(ollamatest.Reply{Tokens: []string{"again", " again", " again"}, EndEarly: 2})
	c := newClient(t, s, 5*time.Second)
	res, err := c.Chat(context.Background(), chatReq("llama3.2"), nil)
	if !errors.Is(err, llm.ErrCutShort) || errors.Is(err, llm.ErrIncomplete) {
		t.Fatalf("err = %v, want ErrCutShort", err)
	}
	if res.Content != "again again" {
		t.Errorf("partial = %q", res.Content)
	}
	// A dropped connection is the other case.
	s.Enqueue(ollamatest.Reply{Tokens: []string{"a", "b", "c"}, DisconnectAfter: 1})
	if _, err := c.Chat(context.Background(), chatReq("llama3.2"), nil); !errors.Is(err, llm.ErrIncomplete) {
		t.Fatalf("dropped connection: err = %v, want ErrIncomplete", err)
	}
}

func TestStallHitsIdleTimeout(t *testing.T) {
	s := fake(t)
	s.Enqueue(ollamatest.Reply{Tokens: []string{"Well", "..."}, StallAfter: 1})
	c := newClient(t, s, 200*time.Millisecond)
	res, err := c.Chat(context.Background(), chatReq("llama3.2"), nil)
	var se *llm.StreamError
	if !errors.As(err, &se) || !errors.Is(err, llm.ErrIdle) {
		t.Fatalf("err = %v, want StreamError wrapping ErrIdle", err)
	}
	if res.Content != "Well" {
		t.Errorf("partial = %q, want %q", res.Content, "Well")
	}
}

func TestSlowButSteadyTokensDoNotTimeOut(t *testing.T) {
	s := fake(t)
	// Each gap is under the idle timeout though the total is well over it.
	s.Enqueue(ollamatest.Reply{Tokens: strings.Split("abcdefghij", ""), TokenDelay: 80 * time.Millisecond})
	c := newClient(t, s, 500*time.Millisecond)
	res, err := c.Chat(context.Background(), chatReq("llama3.2"), nil)
	if err != nil {
		t.Fatalf("err = %v", err)
	}
	if res.Content != "abcdefghij" {
		t.Errorf("content = %q", res.Content)
	}
}

func TestCancelReturnsCanceledWithPartial(t *testing.T) {
	s := fake(t)
	s.Enqueue(ollamatest.Reply{Tokens: []string{"one", " two", " three", " four"}, TokenDelay: 50 * time.Millisecond})
	c := newClient(t, s, 5*time.Second)
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	res, err := c.Chat(ctx, chatReq("llama3.2"), func(string) {
		n++
		if n == 2 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if res.Content != "one two" {
		t.Errorf("partial = %q, want %q", res.Content, "one two")
	}
}

func TestServerErrorStatus(t *testing.T) {
	s := fake(t)
	s.Enqueue(ollamatest.Reply{Status: 500, Error: "llama runner process has terminated"})
	c := newClient(t, s, time.Second)
	_, err := c.Chat(context.Background(), chatReq("llama3.2"), nil)
	var se *llm.ServerError
	if !errors.As(err, &se) || se.StatusCode != 500 || !strings.Contains(err.Error(), "runner process") {
		t.Fatalf("err = %v, want ServerError 500", err)
	}
}

func TestChatJSONSendsSchemaAndStreams(t *testing.T) {
	s := fake(t)
	s.Enqueue(ollamatest.Reply{JSON: `{"score":72}`})
	c := newClient(t, s, time.Second)
	schema := json.RawMessage(`{"type":"object","properties":{"score":{"type":"integer"}},"required":["score"]}`)
	req := chatReq("llama3.2")
	req.Format = schema
	out, err := c.ChatJSON(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if out != `{"score":72}` {
		t.Errorf("content = %q", out)
	}
	r := s.ChatRequests()[0]
	if r.Stream == nil || !*r.Stream {
		t.Error("a JSON chat should stream, so the idle timeout bounds silence, not the whole reply")
	}
	var got, want any
	_ = json.Unmarshal(r.Format, &got)
	_ = json.Unmarshal(schema, &want)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("format sent (-want +got):\n%s", diff)
	}
}

func TestChatJSONStallTimesOut(t *testing.T) {
	s := fake(t)
	s.Enqueue(ollamatest.Reply{JSON: `{}`, StallAfter: 1})
	c := newClient(t, s, 150*time.Millisecond)
	req := chatReq("llama3.2")
	req.Format = json.RawMessage(`{"type":"object"}`)
	_, err := c.ChatJSON(context.Background(), req)
	if !errors.Is(err, llm.ErrIdle) {
		t.Fatalf("err = %v, want ErrIdle", err)
	}
}

func TestListShowAndContextLength(t *testing.T) {
	s := fake(t)
	m := ollamatest.DefaultModel("tiny:latest")
	m.ContextLength = 2048
	m.Digest = "0123456789abcdef0123"
	s.SetModels(ollamatest.DefaultModel("llama3.2:latest"), m)
	c := newClient(t, s, time.Second)
	ms, err := c.List(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 2 || ms[1].Name != "tiny:latest" {
		t.Fatalf("list = %+v", ms)
	}
	info, err := c.Show(context.Background(), "tiny")
	if err != nil {
		t.Fatal(err)
	}
	if info.ContextLength != 2048 || info.Digest != "0123456789abcdef0123" || info.ParameterSize != "3.2B" {
		t.Errorf("show = %+v", info)
	}
}

func TestPullReportsProgressAndMissing(t *testing.T) {
	s := fake(t)
	s.AddPullable(ollamatest.DefaultModel("qwen3:0.6b"))
	c := newClient(t, s, time.Second)
	var statuses []string
	var last llm.Progress
	if err := c.Pull(context.Background(), "qwen3:0.6b", func(p llm.Progress) {
		statuses = append(statuses, p.Status)
		if p.Total > 0 {
			last = p
		}
	}); err != nil {
		t.Fatal(err)
	}
	if statuses[0] != "pulling manifest" || statuses[len(statuses)-1] != "success" {
		t.Errorf("statuses = %v", statuses)
	}
	if last.Completed != last.Total {
		t.Errorf("last progress %d/%d", last.Completed, last.Total)
	}
	if _, err := c.Show(context.Background(), "qwen3:0.6b"); err != nil {
		t.Errorf("pulled model not shown: %v", err)
	}
	err := c.Pull(context.Background(), "no-such-model", nil)
	if err == nil || !strings.Contains(err.Error(), "file does not exist") {
		t.Errorf("pull missing: err = %v", err)
	}
}
