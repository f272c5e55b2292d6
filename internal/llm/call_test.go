package llm_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ollama/ollama/api"

	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/llm/ollamatest"
)

func clientWith(t *testing.T, s *ollamatest.Server, set llm.Settings) *llm.Client {
	t.Helper()
	u, err := url.Parse(s.URL)
	if err != nil {
		t.Fatal(err)
	}
	if set.IdleTimeout == 0 {
		set.IdleTimeout = time.Second
	}
	return llm.New(u, set)
}

// byteModel is a model whose vocabulary is bytes only, with a small context.
func byteModel(ctx int) ollamatest.Model {
	m := ollamatest.DefaultModel("tiny:latest")
	m.ContextLength, m.VocabSize = ctx, 259
	m.Digest = "b7e1c0ffee"
	return m
}

func paths(reqs []ollamatest.Request) []string {
	var out []string
	for _, r := range reqs {
		out = append(out, r.Path)
	}
	return out
}

func TestEveryKindSetsContextCapAndStreams(t *testing.T) {
	s := fake(t)
	c := clientWith(t, s, llm.Settings{ContextSize: 4096})
	if _, err := c.Lookup(context.Background(), "llama3.2"); err != nil {
		t.Fatal(err)
	}
	for _, k := range llm.Kinds() {
		req := chatReq("llama3.2")
		req.Kind = k
		if _, err := c.Chat(context.Background(), req, nil); err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		got := s.ChatRequests()
		r := got[len(got)-1]
		want := llm.ReplyTokens(k, 4096)
		if r.Options["num_ctx"] != float64(4096) || r.Options["num_predict"] != float64(want) {
			t.Errorf("%s: options %v, want num_ctx 4096 and num_predict %d", k, r.Options, want)
		}
		if r.Stream == nil || !*r.Stream || r.Truncate == nil || *r.Truncate {
			t.Errorf("%s: stream %v truncate %v, want streaming and truncate:false", k, r.Stream, r.Truncate)
		}
	}
}

func TestReplyCapShrinksOnSmallContext(t *testing.T) {
	if got := llm.ReplyTokens(llm.KindCritique, 2048); got != 512 {
		t.Errorf("critique on 2048 = %d, want a quarter of the context (512)", got)
	}
	if got := llm.ReplyTokens(llm.KindPartner, 32768); got != llm.CapsOf(llm.KindPartner).Reply {
		t.Errorf("partner on 32k = %d, want its cap", got)
	}
}

func TestSlowSteadyJSONOutlastsIdleTimeout(t *testing.T) {
	s := fake(t)
	// 8 pieces 150 ms apart: 1.2 s in all, more than twice the idle
	// timeout, but never more than 150 ms of silence (wide margins: the
	// machine may be loaded).
	s.Enqueue(ollamatest.Reply{Tokens: []string{`{"a"`, `:`, ` "b`, `c`, `d`, `e`, `"`, `}`}, TokenDelay: 150 * time.Millisecond})
	c := clientWith(t, s, llm.Settings{IdleTimeout: 500 * time.Millisecond})
	if _, err := c.Lookup(context.Background(), "llama3.2"); err != nil {
		t.Fatal(err)
	}
	req := chatReq("llama3.2")
	req.Kind, req.Format = llm.KindDebrief, json.RawMessage(`{"type":"object"}`)
	out, err := c.ChatJSON(context.Background(), req)
	if err != nil || out != `{"a": "bcde"}` {
		t.Fatalf("out %q, err %v: a steady JSON reply longer than the idle timeout must succeed", out, err)
	}
}

func TestOverallCapEndsASteadyReply(t *testing.T) {
	s := fake(t)
	toks := strings.Split(strings.Repeat("x ", 40), " ")
	s.Enqueue(ollamatest.Reply{Tokens: toks, TokenDelay: 30 * time.Millisecond})
	c := clientWith(t, s, llm.Settings{IdleTimeout: time.Second, MaxCall: 400 * time.Millisecond})
	res, err := c.Chat(context.Background(), chatReq("llama3.2"), nil)
	var se *llm.StreamError
	if !errors.As(err, &se) || !errors.Is(err, llm.ErrTooLong) {
		t.Fatalf("err = %v, want a StreamError for ErrTooLong", err)
	}
	if res.Content == "" || se.Partial != res.Content {
		t.Errorf("partial %q, content %q: what arrived must be kept", se.Partial, res.Content)
	}
}

func TestCalibrationLearnsFromPromptEvalCount(t *testing.T) {
	s := fake(t)
	s.SetModels(byteModel(2048))
	s.SetTokensPerByte(1.35)
	c := clientWith(t, s, llm.Settings{})
	if _, err := c.Lookup(context.Background(), "tiny"); err != nil {
		t.Fatal(err)
	}
	b := c.Budget("tiny", llm.KindPartner)
	if b.Tokens.Calibrated || b.Tokens.PerByte < 1.35 {
		t.Fatalf("before any reply: %+v, want a cautious prior of at least 1.35 for a byte vocabulary", b.Tokens)
	}
	text := strings.Repeat("I am sorry I missed your birthday dinner. ", 20)
	msgs := []llm.Message{{Role: "system", Content: text}, {Role: "user", Content: "hi"}}
	res, err := c.Chat(context.Background(), llm.ChatRequest{Kind: llm.KindPartner, Model: "tiny", Messages: msgs}, nil)
	if err != nil {
		t.Fatal(err)
	}
	b = c.Budget("tiny", llm.KindPartner)
	if !b.Tokens.Calibrated {
		t.Fatal("not calibrated after a reply with prompt_eval_count")
	}
	// A different prompt is now sized within 10% of the server's count.
	other := []llm.Message{{Role: "system", Content: strings.Repeat("You were not there when it mattered to me. ", 25)}}
	real := s.CountTokens(toAPI(other))
	est := b.Tokens.Messages(other)
	if est < real || float64(est) > 1.1*float64(real) {
		t.Errorf("estimate %d for a prompt the server counts as %d (first count %d)", est, real, res.PromptTokens)
	}
	u := res.Usage()
	if u == nil || u.PromptTokens != res.PromptTokens || u.NumCtx != 2048 || u.NumPredict != llm.ReplyTokens(llm.KindPartner, 2048) {
		t.Errorf("usage = %+v", u)
	}
}

func toAPI(msgs []llm.Message) []api.Message {
	out := make([]api.Message, len(msgs))
	for i, m := range msgs {
		out[i] = api.Message{Role: m.Role, Content: m.Content}
	}
	return out
}

func TestCacheKeepsRatioAndShowPerDigestPrivately(t *testing.T) {
	s := fake(t)
	s.SetModels(byteModel(2048))
	s.SetTokensPerByte(1.3)
	dir := filepath.Join(t.TempDir(), "cache", "amends")
	c := clientWith(t, s, llm.Settings{CacheDir: dir})
	if _, err := c.Lookup(context.Background(), "tiny"); err != nil {
		t.Fatal(err)
	}
	msgs := []llm.Message{{Role: "system", Content: strings.Repeat("a few words of persona ", 30)}}
	if _, err := c.Chat(context.Background(), llm.ChatRequest{Model: "tiny", Messages: msgs}, nil); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(filepath.Join(dir, "models.json"))
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("cache file mode %v, want 0600", st.Mode().Perm())
	}
	if dst, _ := os.Stat(dir); dst.Mode().Perm() != 0o700 {
		t.Errorf("cache dir mode %v, want 0700", dst.Mode().Perm())
	}
	raw, _ := os.ReadFile(filepath.Join(dir, "models.json"))
	if !strings.Contains(string(raw), "b7e1c0ffee") || strings.Contains(string(raw), "persona") {
		t.Errorf("cache holds %s: want the digest, never prompt text", raw)
	}

	// A second client (the next run) sends the chat first, with no request
	// before it, and checks the digest after the reply.
	before := len(s.Requests())
	c2 := clientWith(t, s, llm.Settings{CacheDir: dir})
	info, err := c2.Lookup(context.Background(), "tiny")
	if err != nil || info.ContextLength != 2048 {
		t.Fatalf("info %+v, err %v", info, err)
	}
	if !c2.Budget("tiny", llm.KindPartner).Tokens.Calibrated {
		t.Error("the next run does not start calibrated")
	}
	if _, err := c2.Chat(context.Background(), llm.ChatRequest{Model: "tiny", Messages: msgs}, nil); err != nil {
		t.Fatal(err)
	}
	got := waitPaths(s, before, 2)
	if strings.Join(got, " ") != "/api/chat /api/tags" {
		t.Errorf("requests of a warm run = %v, want the chat first, then the digest check", got)
	}

	// The model is re-pulled under the same name: the check after the
	// first reply learns the new digest, which starts uncalibrated.
	m := byteModel(2048)
	m.Digest = "d1ffe2e47"
	s.SetModels(m)
	c3 := clientWith(t, s, llm.Settings{CacheDir: dir})
	if _, err := c3.Chat(context.Background(), llm.ChatRequest{Model: "tiny", Messages: msgs}, nil); err != nil {
		t.Fatal(err)
	}
	// The check runs after the reply, in the background: wait for the file.
	deadline := time.Now().Add(3 * time.Second)
	for {
		raw, _ = os.ReadFile(filepath.Join(dir, "models.json"))
		if strings.Contains(string(raw), `"tiny": "d1ffe2e47"`) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the cache did not learn the new digest:\n%s", raw)
		}
		time.Sleep(10 * time.Millisecond)
	}

	// The model is removed: the chat fails as not pulled, and the next run
	// asks the server again instead of trusting the cache.
	s.SetModels()
	c4 := clientWith(t, s, llm.Settings{CacheDir: dir})
	var nf *llm.ModelNotFoundError
	if _, err := c4.Chat(context.Background(), llm.ChatRequest{Model: "tiny", Messages: msgs}, nil); !errors.As(err, &nf) {
		t.Fatalf("err = %v, want ModelNotFoundError", err)
	}
	c5 := clientWith(t, s, llm.Settings{CacheDir: dir})
	if _, err := c5.Lookup(context.Background(), "tiny"); !errors.As(err, &nf) {
		t.Errorf("after a failed chat the lookup trusted the cache: %v", err)
	}
}

// waitPaths waits (up to three seconds) for n requests after the first
// skip and returns their paths.
func waitPaths(s *ollamatest.Server, skip, n int) []string {
	deadline := time.Now().Add(3 * time.Second)
	for {
		reqs := s.Requests()[skip:]
		if len(reqs) >= n || time.Now().After(deadline) {
			return paths(reqs)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestLookupMissingModel(t *testing.T) {
	s := fake(t)
	c := clientWith(t, s, llm.Settings{})
	var nf *llm.ModelNotFoundError
	if _, err := c.Lookup(context.Background(), "nope"); !errors.As(err, &nf) {
		t.Fatalf("err = %v, want ModelNotFoundError", err)
	}
}

func TestTooLargeIsRefusedBeforeSending(t *testing.T) {
	s := fake(t)
	s.SetModels(byteModel(2048))
	c := clientWith(t, s, llm.Settings{})
	if _, err := c.Lookup(context.Background(), "tiny"); err != nil {
		t.Fatal(err)
	}
	big := []llm.Message{{Role: "user", Content: strings.Repeat("x", 3000)}}
	_, err := c.Chat(context.Background(), llm.ChatRequest{Kind: llm.KindHint, Model: "tiny", Messages: big}, nil)
	var ce *llm.ContextError
	if !errors.As(err, &ce) || ce.Server || ce.NumCtx != 2048 || ce.Need <= 2048 {
		t.Fatalf("err = %v, want a ContextError with the numbers", err)
	}
	if !strings.Contains(err.Error(), "larger context") {
		t.Errorf("message %q does not name the fix", err)
	}
	if n := len(s.ChatRequests()); n != 0 {
		t.Errorf("%d chat requests sent for a prompt known not to fit", n)
	}
}

func TestServerOverflowRetriesOnceWithSmallerRequest(t *testing.T) {
	s := fake(t)
	m := byteModel(2048)
	m.VocabSize = 0 // unknown vocabulary: the prior is too low for this server
	s.SetModels(m)
	s.SetTokensPerByte(1.35)
	c := clientWith(t, s, llm.Settings{})
	if _, err := c.Lookup(context.Background(), "tiny"); err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("You said you would come and you did not. ", 50) // ~2,000 bytes
	builds := 0
	res, err := c.Call(context.Background(), llm.Call{
		Kind: llm.KindPartner, Model: "tiny",
		Build: func(b llm.Budget) (llm.ChatRequest, error) {
			builds++
			text := long
			for len(text) > 0 && b.Tokens.Messages([]llm.Message{{Role: "user", Content: text}}) > b.Prompt() {
				text = text[len(text)/4:]
			}
			return llm.ChatRequest{Messages: []llm.Message{{Role: "user", Content: text}}}, nil
		},
	})
	if err != nil {
		for _, r := range s.ChatRequests() {
			t.Logf("sent %d bytes", len(r.Messages[0].Content))
		}
		t.Fatalf("err = %v, want the retry to succeed", err)
	}
	reqs := s.ChatRequests()
	if builds != 2 || len(reqs) != 2 || len(reqs[1].Messages[0].Content) >= len(reqs[0].Messages[0].Content) {
		t.Errorf("builds %d, requests %d: want one refusal, then one smaller request", builds, len(reqs))
	}
	if res.PromptTokens > 2048 {
		t.Errorf("prompt %d tokens on a 2048 context", res.PromptTokens)
	}

	// A request that cannot shrink is not sent twice.
	before := len(s.ChatRequests())
	_, err = c.Chat(context.Background(), llm.ChatRequest{Model: "tiny", Messages: []llm.Message{{Role: "user", Content: strings.Repeat("y", 1000)}}}, nil)
	if err != nil {
		t.Fatalf("a 1,000-byte prompt should fit after learning: %v", err)
	}
	if n := len(s.ChatRequests()) - before; n != 1 {
		t.Errorf("%d requests, want 1", n)
	}
}
