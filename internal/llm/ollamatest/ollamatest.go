// Package ollamatest is an in-process fake Ollama server for tests. It
// speaks Ollama's wire format (NDJSON streaming, JSON-schema "format",
// Ollama's own 404 bodies, pull progress) and can be scripted reply by reply
// and told to misbehave: error statuses, slow tokens, a stall, a dropped
// connection mid-reply.
package ollamatest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"

	"github.com/ollama/ollama/api"

	"github.com/amends-cli/amends/internal/llm"
)

// Version is what /api/version reports unless changed.
const Version = "0.17.4"

// Model is a model the fake server has.
type Model struct {
	Name          string
	Size          int64
	Digest        string
	ModifiedAt    time.Time
	Family        string
	ParameterSize string
	Quantization  string
	ContextLength int
	// VocabSize is reported as <family>.vocab_size when set.
	VocabSize int
}

// Reply scripts one answer to /api/chat.
type Reply struct {
	// Tokens are streamed one message each; a non-streaming request gets
	// them joined. Empty means "the default reply".
	Tokens []string
	// JSON is returned as the whole content when the request has a format.
	JSON string
	// Status and Error answer with an error status instead of a reply.
	Status int
	Error  string
	// TokenDelay is slept before each token.
	TokenDelay time.Duration
	// StallAfter > 0 sends that many tokens, then hangs until the client
	// goes away (or the server closes).
	StallAfter int
	// DisconnectAfter > 0 sends that many tokens, then drops the TCP
	// connection without the final message.
	DisconnectAfter int
	// EndEarly > 0 sends that many tokens, then ends the response cleanly
	// without the final message, as Ollama does when it aborts a reply
	// that keeps repeating the same token.
	EndEarly int
	// PromptTokens and EvalTokens fill the final message's counts.
	PromptTokens, EvalTokens int
}

// Request is one request the server received.
type Request struct {
	Method string
	Path   string
	Body   []byte
	// At is when its headers arrived.
	At time.Time
}

// Chat decodes a recorded /api/chat body.
func (r Request) Chat() (api.ChatRequest, error) {
	var c api.ChatRequest
	err := json.Unmarshal(r.Body, &c)
	return c, err
}

// Server is the fake.
type Server struct {
	*httptest.Server

	mu       sync.Mutex
	version  string
	models   []Model
	replies  []Reply
	fallback Reply
	requests []Request
	pullable map[string]Model
	// status, when non-zero, answers every request with it (a broken server).
	status int
	stop   chan struct{}
	// perByte, when set, counts prompt tokens from bytes (see SetTokensPerByte).
	perByte float64
	// last is the previous chat prompt per model, for the prompt cache.
	last map[string][]api.Message
}

// The fake's chat template: a few tokens around every message and the
// prompt, as a real template adds (deliberately not amends' own guesses).
const (
	fakeMessageTokens = 5
	fakePromptTokens  = 3
)

// DefaultNumCtx is the context a request gets when it sets no num_ctx.
const DefaultNumCtx = 4096

// PromptEvalPerToken is the simulated time to read one prompt token that
// is not in the prompt cache.
const PromptEvalPerToken = 50 * time.Microsecond

// SetTokensPerByte makes the server count prompt tokens as a real
// tokenizer would, at r tokens per byte of each message (plus a few for
// the template), instead of one per word. A prompt over the request's
// num_ctx (DefaultNumCtx when unset) is then refused with Ollama's
// context-length error.
func (s *Server) SetTokensPerByte(r float64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.perByte = r
}

// CountTokens is the server's count of a prompt.
func (s *Server) CountTokens(msgs []api.Message) int {
	s.mu.Lock()
	r := s.perByte
	s.mu.Unlock()
	return countTokens(msgs, r)
}

func countTokens(msgs []api.Message, perByte float64) int {
	n := fakePromptTokens
	for _, m := range msgs {
		if perByte > 0 {
			n += int(math.Ceil(float64(len(m.Content))*perByte)) + fakeMessageTokens
		} else {
			n += len(strings.Fields(m.Content)) + 4
		}
	}
	return n
}

// cached returns how many prompt tokens the server can reuse from the
// previous request for the same model: those of the messages both share,
// byte for byte, from the start (Ollama's prompt cache works on the
// token prefix; whole messages are close enough for a fake).
func (s *Server) cached(model string, msgs []api.Message) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	prev := s.last[model]
	if s.last == nil {
		s.last = map[string][]api.Message{}
	}
	s.last[model] = msgs
	same := 0
	for same < len(prev) && same < len(msgs) && prev[same].Role == msgs[same].Role && prev[same].Content == msgs[same].Content {
		same++
	}
	if same == 0 {
		return 0
	}
	return countTokens(msgs[:same], s.perByte)
}

// New starts a fake server with one model, "llama3.2:latest".
func New() *Server {
	s := &Server{
		version:  Version,
		fallback: Reply{Tokens: []string{"I", " hear", " you", "."}},
		pullable: map[string]Model{},
		stop:     make(chan struct{}),
	}
	s.models = []Model{DefaultModel("llama3.2:latest")}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// Close stops the server, releasing any stalled handler first.
func (s *Server) Close() {
	s.mu.Lock()
	select {
	case <-s.stop:
	default:
		close(s.stop)
	}
	s.mu.Unlock()
	s.Server.CloseClientConnections()
	s.Server.Close()
}

// DefaultModel describes a plausible small model.
func DefaultModel(name string) Model {
	return Model{
		Name: name, Size: 2019393189,
		Digest:     "a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72",
		ModifiedAt: time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC),
		Family:     "llama", ParameterSize: "3.2B", Quantization: "Q4_K_M",
		ContextLength: 131072,
	}
}

// SetModels replaces the installed models.
func (s *Server) SetModels(ms ...Model) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.models = append([]Model(nil), ms...)
}

// AddPullable makes a model available to /api/pull.
func (s *Server) AddPullable(m Model) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pullable[m.Name] = m
}

// SetVersion changes what /api/version says.
func (s *Server) SetVersion(v string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.version = v
}

// FailAll makes every request answer with status (0 to stop).
func (s *Server) FailAll(status int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.status = status
}

// Enqueue adds scripted replies, used in order by /api/chat.
func (s *Server) Enqueue(r ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.replies = append(s.replies, r...)
}

// SetDefault sets the reply used when the queue is empty.
func (s *Server) SetDefault(r Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fallback = r
}

// Requests returns the requests received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// ChatRequests returns the decoded /api/chat requests received so far.
func (s *Server) ChatRequests() []api.ChatRequest {
	var out []api.ChatRequest
	for _, r := range s.Requests() {
		if r.Path == "/api/chat" {
			if c, err := r.Chat(); err == nil {
				out = append(out, c)
			}
		}
	}
	return out
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	at := time.Now()
	var body bytes.Buffer
	_, _ = body.ReadFrom(r.Body)
	s.mu.Lock()
	s.requests = append(s.requests, Request{Method: r.Method, Path: r.URL.Path, Body: body.Bytes(), At: at})
	status := s.status
	s.mu.Unlock()

	if status != 0 {
		writeJSON(w, status, map[string]string{"error": http.StatusText(status)})
		return
	}
	switch {
	case r.URL.Path == "/api/version" && r.Method == http.MethodGet:
		s.mu.Lock()
		v := s.version
		s.mu.Unlock()
		writeJSON(w, http.StatusOK, map[string]string{"version": v})
	case r.URL.Path == "/api/tags" && r.Method == http.MethodGet:
		s.tags(w)
	case r.URL.Path == "/api/show" && r.Method == http.MethodPost:
		s.show(w, body.Bytes())
	case r.URL.Path == "/api/chat" && r.Method == http.MethodPost:
		s.chat(w, body.Bytes())
	case r.URL.Path == "/api/pull" && r.Method == http.MethodPost:
		s.pull(w, body.Bytes())
	case r.URL.Path == "/" || r.URL.Path == "":
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write([]byte("Ollama is running"))
	default:
		w.WriteHeader(http.StatusNotFound)
		_, _ = w.Write([]byte("404 page not found"))
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) find(name string) (Model, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, m := range s.models {
		if llm.SameModel(m.Name, name) {
			return m, true
		}
	}
	return Model{}, false
}

func details(m Model) api.ModelDetails {
	return api.ModelDetails{
		Format: "gguf", Family: m.Family, Families: []string{m.Family},
		ParameterSize: m.ParameterSize, QuantizationLevel: m.Quantization,
	}
}

func (s *Server) tags(w http.ResponseWriter) {
	s.mu.Lock()
	ms := append([]Model(nil), s.models...)
	s.mu.Unlock()
	resp := api.ListResponse{Models: []api.ListModelResponse{}}
	for _, m := range ms {
		resp.Models = append(resp.Models, api.ListModelResponse{
			Name: m.Name, Model: m.Name, ModifiedAt: m.ModifiedAt, Size: m.Size,
			Digest: m.Digest, Details: details(m),
		})
	}
	writeJSON(w, http.StatusOK, resp)
}

func (s *Server) show(w http.ResponseWriter, body []byte) {
	var req api.ShowRequest
	if err := json.Unmarshal(body, &req); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
		return
	}
	name := req.Model
	if name == "" {
		//lint:ignore SA1019 older clients still send "name"; the real server accepts it too
		name = req.Name
	}
	m, ok := s.find(name)
	if !ok {
		// Ollama's ShowHandler says exactly this.
		writeJSON(w, http.StatusNotFound, map[string]string{"error": fmt.Sprintf("model '%s' not found", name)})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"modelfile":    "# Modelfile generated by the fake\nFROM " + m.Name + "\n",
		"parameters":   "stop \"<|eot_id|>\"",
		"template":     "{{ .Prompt }}",
		"details":      details(m),
		"model_info":   modelInfo(m),
		"capabilities": []string{"completion"},
		"modified_at":  m.ModifiedAt,
	})
}

func modelInfo(m Model) map[string]any {
	mi := map[string]any{
		"general.architecture":       m.Family,
		m.Family + ".context_length": m.ContextLength,
		"general.parameter_count":    3212749888,
		"tokenizer.ggml.tokens":      []any{}, // the real server empties long arrays
	}
	if m.VocabSize > 0 {
		mi[m.Family+".vocab_size"] = m.VocabSize
	}
	return mi
}

func (s *Server) next() Reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.replies) == 0 {
		return s.fallback
	}
	r := s.replies[0]
	s.replies = s.replies[1:]
	return r
}

func (s *Server) chat(w http.ResponseWriter, body []byte) {
	req, count, ok := s.admit(w, body)
	if !ok {
		return
	}
	reused := s.cached(req.Model, req.Messages)
	r := s.next()
	if r.Status != 0 {
		writeJSON(w, r.Status, map[string]string{"error": r.Error})
		return
	}
	tokens, doneReason := replyTokens(req, r)
	promptTokens := r.PromptTokens
	if promptTokens == 0 {
		promptTokens = count
	}
	evalTokens := r.EvalTokens
	if evalTokens == 0 {
		evalTokens = len(tokens)
	}
	final := func(content string) api.ChatResponse {
		return api.ChatResponse{
			Model: req.Model, CreatedAt: time.Now().UTC(),
			Message: api.Message{Role: "assistant", Content: content},
			Done:    true, DoneReason: doneReason,
			Metrics: api.Metrics{
				TotalDuration: time.Millisecond, PromptEvalCount: promptTokens, EvalCount: evalTokens,
				PromptEvalDuration: time.Duration(max(promptTokens-reused, 1)) * PromptEvalPerToken,
			},
		}
	}
	if req.Stream != nil && !*req.Stream {
		s.replyWhole(w, r, tokens, final)
		return
	}
	s.replyStream(w, req.Model, r, tokens, final)
}

// admit decodes a chat request and refuses what Ollama refuses: no model,
// a model it does not have, a prompt over the context. It returns the
// request and its prompt's token count, or false once it has answered.
func (s *Server) admit(w http.ResponseWriter, body []byte) (api.ChatRequest, int, bool) {
	var req api.ChatRequest
	if err := json.Unmarshal(body, &req); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
		return req, 0, false
	}
	if req.Model == "" {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "model is required"})
		return req, 0, false
	}
	if _, ok := s.find(req.Model); !ok {
		// Ollama's ChatHandler says exactly this.
		writeJSON(w, http.StatusNotFound, map[string]string{"error": fmt.Sprintf("model '%s' not found", req.Model)})
		return req, 0, false
	}
	count := s.CountTokens(req.Messages)
	numCtx := DefaultNumCtx
	if v, ok := req.Options["num_ctx"].(float64); ok && v > 0 {
		numCtx = int(v)
	}
	if count > numCtx {
		// What Ollama's runner says, with truncate:false.
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "the input length exceeds the context length"})
		return req, 0, false
	}
	return req, count, true
}

// replyTokens are the pieces of the reply r to req: its JSON when the
// request has a format, cut at num_predict (done reason "length").
func replyTokens(req api.ChatRequest, r Reply) ([]string, string) {
	tokens := r.Tokens
	if len(req.Format) > 0 && r.JSON != "" {
		tokens = []string{r.JSON}
	}
	if v, ok := req.Options["num_predict"].(float64); ok && v > 0 && int(v) < len(tokens) {
		return tokens[:int(v)], "length" // the reply stops at num_predict
	}
	return tokens, "stop"
}

// replyWhole answers a request with stream false: one response, after the
// time the tokens would have taken.
func (s *Server) replyWhole(w http.ResponseWriter, r Reply, tokens []string, final func(string) api.ChatResponse) {
	for range tokens {
		if !s.sleep(r.TokenDelay) {
			return
		}
	}
	if r.StallAfter > 0 {
		s.wait()
		return
	}
	writeJSON(w, http.StatusOK, final(strings.Join(tokens, "")))
}

// replyStream streams the tokens as NDJSON, one flushed line each, with the
// faults r asks for (a stall, a dropped connection, an early end), then
// the final response.
func (s *Server) replyStream(w http.ResponseWriter, model string, r Reply, tokens []string, final func(string) api.ChatResponse) {
	w.Header().Set("Content-Type", "application/x-ndjson")
	w.WriteHeader(http.StatusOK)
	flusher, _ := w.(http.Flusher)
	flush := func() {
		if flusher != nil {
			flusher.Flush()
		}
	}
	enc := json.NewEncoder(w)
	for i, t := range tokens {
		switch {
		case r.StallAfter > 0 && i == r.StallAfter:
			s.wait()
			return
		case r.DisconnectAfter > 0 && i == r.DisconnectAfter:
			drop(w)
			return
		case r.EndEarly > 0 && i == r.EndEarly:
			return
		case !s.sleep(r.TokenDelay):
			return
		}
		if err := enc.Encode(api.ChatResponse{
			Model: model, CreatedAt: time.Now().UTC(),
			Message: api.Message{Role: "assistant", Content: t},
		}); err != nil {
			return
		}
		flush()
	}
	if r.StallAfter > 0 && r.StallAfter >= len(tokens) {
		s.wait()
		return
	}
	if r.DisconnectAfter > 0 && r.DisconnectAfter >= len(tokens) {
		drop(w)
		return
	}
	_ = enc.Encode(final(""))
	flush()
}

// sleep waits d unless the server is closing; it reports whether to go on.
func (s *Server) sleep(d time.Duration) bool {
	if d <= 0 {
		return true
	}
	select {
	case <-time.After(d):
		return true
	case <-s.stop:
		return false
	}
}

// wait hangs like a stalled server until the server is closed.
func (s *Server) wait() { <-s.stop }

// drop closes the underlying connection without finishing the response.
func drop(w http.ResponseWriter) {
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	hj, ok := w.(http.Hijacker)
	if !ok {
		panic("ollamatest: response writer cannot be hijacked")
	}
	conn, _, err := hj.Hijack()
	if err != nil {
		return
	}
	if tc, ok := conn.(*net.TCPConn); ok {
		_ = tc.SetLinger(0) // send a reset, like a server that died
	}
	_ = conn.Close()
}

func (s *Server) pull(w http.ResponseWriter, body []byte) {
	var req api.PullRequest
	if err := json.Unmarshal(body, &req); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
		return
	}
	name := req.Model
	if name == "" {
		//lint:ignore SA1019 older clients still send "name"; the real server accepts it too
		name = req.Name
	}
	w.Header().Set("Content-Type", "application/x-ndjson")
	w.WriteHeader(http.StatusOK)
	flusher, _ := w.(http.Flusher)
	enc := json.NewEncoder(w)
	send := func(v any) {
		_ = enc.Encode(v)
		if flusher != nil {
			flusher.Flush()
		}
	}
	send(api.ProgressResponse{Status: "pulling manifest"})
	s.mu.Lock()
	m, ok := s.pullable[name]
	if !ok {
		m, ok = s.pullable[name+":latest"]
	}
	s.mu.Unlock()
	if !ok {
		// What Ollama streams when the registry has no such model.
		send(map[string]string{"error": "pull model manifest: file does not exist"})
		return
	}
	const total = 1 << 20
	digest := "sha256:" + m.Digest
	for done := int64(0); done <= total; done += total / 8 {
		send(api.ProgressResponse{Status: "pulling " + m.Digest[:12], Digest: digest, Total: total, Completed: done})
	}
	for _, st := range []string{"verifying sha256 digest", "writing manifest", "success"} {
		send(api.ProgressResponse{Status: st})
	}
	s.mu.Lock()
	s.models = append(s.models, m)
	s.mu.Unlock()
}
