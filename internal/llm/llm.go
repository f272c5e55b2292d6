// Package llm is the only package that talks to Ollama. It wraps the
// official client (github.com/ollama/ollama/api) with the few calls amends
// needs and turns transport and server failures into typed errors that the
// CLI maps to messages and exit codes.
package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ollama/ollama/api"
)

// Message is one chat message: role is "system", "user" or "assistant".
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// Options are the model options amends sets explicitly.
type Options struct {
	NumCtx      int      // context window in tokens; 0 leaves the server default
	Temperature *float64 // nil leaves the model default
	Seed        *int     // nil for random
	NumPredict  int      // maximum tokens to generate; 0 for no limit
}

func (o Options) toMap() map[string]any {
	m := map[string]any{}
	if o.NumCtx > 0 {
		m["num_ctx"] = o.NumCtx
	}
	if o.Temperature != nil {
		m["temperature"] = *o.Temperature
	}
	if o.Seed != nil {
		m["seed"] = *o.Seed
	}
	if o.NumPredict > 0 {
		m["num_predict"] = o.NumPredict
	}
	return m
}

// ChatRequest is a chat call.
type ChatRequest struct {
	// Kind says what the call is for; it sets the caps (see CapsOf).
	Kind     Kind
	Model    string
	Messages []Message
	// Options left zero are filled from the budget: num_ctx, and
	// num_predict from the kind's cap.
	Options Options
	// Format is a JSON schema the reply must follow (JSON calls only).
	Format json.RawMessage
	// PromptTokens is the caller's own count of the prompt, when it knows
	// better than an estimate (the server's count of the same prefix);
	// 0 lets the client estimate it.
	PromptTokens int
}

// ChatResult is what a chat call produced.
type ChatResult struct {
	Content          string
	Done             bool
	DoneReason       string
	PromptTokens     int // prompt_eval_count of the final message
	CompletionTokens int // eval_count of the final message
	// PromptEval is the server's time reading the prompt (prompt_eval_duration).
	PromptEval time.Duration
	// NumCtx and NumPredict are what the request was sent with.
	NumCtx, NumPredict int
	// Estimate is what amends expected the prompt to cost, in tokens.
	Estimate int
}

// Usage is the token accounting of one reply, as --json shows it.
type Usage struct {
	PromptTokens int `json:"prompt_tokens"`
	ReplyTokens  int `json:"reply_tokens"`
	// EstimatedPromptTokens is amends' estimate before sending.
	EstimatedPromptTokens int `json:"estimated_prompt_tokens,omitempty"`
	NumCtx                int `json:"num_ctx"`
	NumPredict            int `json:"num_predict"`
	PromptEvalMS          int `json:"prompt_eval_ms"`
}

// Usage returns the result's token accounting (nil when the server sent
// no counts).
func (r ChatResult) Usage() *Usage {
	if !r.Done || r.PromptTokens == 0 {
		return nil
	}
	return &Usage{
		PromptTokens: r.PromptTokens, ReplyTokens: r.CompletionTokens,
		EstimatedPromptTokens: r.Estimate, NumCtx: r.NumCtx, NumPredict: r.NumPredict,
		PromptEvalMS: int(r.PromptEval / time.Millisecond),
	}
}

// Chatter is what the coach and the role-play need from a model server.
type Chatter interface {
	// Chat streams a reply, calling onToken for each piece of text as it
	// arrives. On error the result still holds the text that arrived.
	Chat(ctx context.Context, req ChatRequest, onToken func(string)) (ChatResult, error)
	// ChatJSON asks for a whole reply constrained by req.Format.
	ChatJSON(ctx context.Context, req ChatRequest) (string, error)
}

// Model is one locally available model.
type Model struct {
	Name       string    `json:"name"`
	Size       int64     `json:"size"`
	Digest     string    `json:"digest"`
	ModifiedAt time.Time `json:"modified_at"`
	Parameters string    `json:"parameter_size,omitempty"`
	Quant      string    `json:"quantization,omitempty"`
}

// ModelInfo is what the server says about one model.
type ModelInfo struct {
	Name          string `json:"name"`
	Digest        string `json:"digest,omitempty"`
	Family        string `json:"family,omitempty"`
	ParameterSize string `json:"parameter_size,omitempty"`
	Quantization  string `json:"quantization,omitempty"`
	ContextLength int    `json:"context_length,omitempty"`
	VocabSize     int    `json:"vocab_size,omitempty"`
}

// Progress is one step of a pull.
type Progress struct {
	Status    string
	Digest    string
	Total     int64
	Completed int64
}

// Client talks to one Ollama server.
type Client struct {
	base        *url.URL
	api         *api.Client
	idle        time.Duration
	total       time.Duration
	contextSize int
	cal         *calibration
}

// Settings tune a Client.
type Settings struct {
	// IdleTimeout bounds the silence between two pieces of a streamed
	// reply (the first piece included). Zero means two minutes.
	IdleTimeout time.Duration
	// ConnectTimeout bounds establishing the TCP connection. Zero means 3s.
	ConnectTimeout time.Duration
	// ContextSize is the configured num_ctx (0: DefaultContext), capped by
	// each model's own context length.
	ContextSize int
	// CacheDir keeps what amends learns about each model (token ratio,
	// show) between runs; "" keeps it in memory only.
	CacheDir string
	// MaxCall, when set, replaces every kind's overall cap (for tests).
	MaxCall time.Duration
}

// DefaultIdleTimeout is used when Settings.IdleTimeout is zero.
const DefaultIdleTimeout = 2 * time.Minute

// New returns a client for the server at base.
func New(base *url.URL, s Settings) *Client {
	if s.IdleTimeout <= 0 {
		s.IdleTimeout = DefaultIdleTimeout
	}
	if s.ConnectTimeout <= 0 {
		s.ConnectTimeout = 3 * time.Second
	}
	dialer := &net.Dialer{Timeout: s.ConnectTimeout, KeepAlive: 30 * time.Second}
	transport := &http.Transport{
		Proxy:                 nil, // requests go to the configured host and nowhere else
		DialContext:           dialer.DialContext,
		ResponseHeaderTimeout: 0,
		MaxIdleConns:          4,
		IdleConnTimeout:       90 * time.Second,
	}
	hc := &http.Client{Transport: recordingTransport{base: transport}}
	return &Client{
		base: base, api: api.NewClient(base, hc), idle: s.IdleTimeout, total: s.MaxCall,
		contextSize: s.ContextSize, cal: newCalibration(s.CacheDir),
	}
}

// URL is the server address this client uses.
func (c *Client) URL() string { return c.base.String() }

// Version asks the server for its version; it is the cheapest liveness check.
func (c *Client) Version(ctx context.Context) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, c.idle)
	defer cancel()
	v, err := c.api.Version(ctx)
	if err != nil {
		return "", c.mapErr(err, "")
	}
	return v, nil
}

// List returns the models the server has.
func (c *Client) List(ctx context.Context) ([]Model, error) {
	ctx, cancel := context.WithTimeout(ctx, c.idle)
	defer cancel()
	resp, err := c.api.List(ctx)
	if err != nil {
		return nil, c.mapErr(err, "")
	}
	out := make([]Model, 0, len(resp.Models))
	for _, m := range resp.Models {
		out = append(out, Model{
			Name: m.Name, Size: m.Size, Digest: m.Digest, ModifiedAt: m.ModifiedAt,
			Parameters: m.Details.ParameterSize, Quant: m.Details.QuantizationLevel,
		})
	}
	return out, nil
}

// Show describes one model. The digest comes from the model list, since
// the show call does not carry it. It always asks the server (doctor uses
// it); the call path uses Lookup, which caches.
func (c *Client) Show(ctx context.Context, name string) (ModelInfo, error) {
	ctx, cancel := context.WithTimeout(ctx, c.idle)
	defer cancel()
	resp, err := c.api.Show(ctx, &api.ShowRequest{Model: name})
	if err != nil {
		return ModelInfo{}, c.mapErr(err, name)
	}
	info := showInfo(name, resp)
	if list, err := c.api.List(ctx); err == nil {
		for _, m := range list.Models {
			if SameModel(m.Name, name) || SameModel(m.Model, name) {
				info.Digest = m.Digest
				break
			}
		}
	}
	return info, nil
}

func showInfo(name string, resp *api.ShowResponse) ModelInfo {
	return ModelInfo{
		Name:          name,
		Family:        resp.Details.Family,
		ParameterSize: resp.Details.ParameterSize,
		Quantization:  resp.Details.QuantizationLevel,
		ContextLength: archNumber(resp.ModelInfo, "context_length"),
		VocabSize:     archNumber(resp.ModelInfo, "vocab_size"),
	}
}

// archNumber finds "<arch>.<key>" in a show response's model info.
func archNumber(mi map[string]any, key string) int {
	arch, _ := mi["general.architecture"].(string)
	if v, ok := mi[arch+"."+key]; ok && arch != "" {
		if n, ok := number(v); ok {
			return n
		}
	}
	for k, v := range mi {
		if strings.HasSuffix(k, "."+key) {
			if n, ok := number(v); ok {
				return n
			}
		}
	}
	return 0
}

func number(v any) (int, bool) {
	switch n := v.(type) {
	case float64:
		return int(n), true
	case int:
		return n, true
	case int64:
		return int(n), true
	case json.Number:
		i, err := n.Int64()
		return int(i), err == nil
	}
	return 0, false
}

// SameModel compares model names the way Ollama does for the common case:
// a name without a tag means ":latest", and case does not matter.
func SameModel(a, b string) bool {
	norm := func(s string) string {
		if !strings.Contains(s, ":") {
			s += ":latest"
		}
		return strings.ToLower(s)
	}
	return norm(a) == norm(b)
}

// Pull downloads a model, reporting progress.
func (c *Client) Pull(ctx context.Context, name string, onProgress func(Progress)) error {
	err := c.api.Pull(ctx, &api.PullRequest{Model: name}, func(p api.ProgressResponse) error {
		if onProgress != nil {
			onProgress(Progress{Status: p.Status, Digest: p.Digest, Total: p.Total, Completed: p.Completed})
		}
		return nil
	})
	if err != nil {
		mapped := c.mapErr(err, name)
		var un *UnreachableError
		if errors.As(mapped, &un) || errors.Is(mapped, context.Canceled) {
			return mapped
		}
		msg := err.Error()
		var server *ServerError
		if errors.As(mapped, &server) && server.Message != "" {
			msg = server.Message
		}
		return &PullError{Model: name, Reason: msg}
	}
	return nil
}

// PullError is a pull that the server (or the registry behind it) refused.
type PullError struct {
	Model  string
	Reason string
}

func (e *PullError) Error() string {
	hint := ""
	if strings.Contains(e.Reason, "file does not exist") || strings.Contains(e.Reason, "not found") {
		hint = " (check the name and tag at https://ollama.com/library)"
	}
	return fmt.Sprintf("cannot pull %q: %s%s", e.Model, e.Reason, hint)
}

// Chat streams a reply. See Chatter and Call.
func (c *Client) Chat(ctx context.Context, req ChatRequest, onToken func(string)) (ChatResult, error) {
	return c.Call(ctx, Call{Kind: req.Kind, Model: req.Model, Build: Fixed(req), OnToken: onToken})
}

// ChatJSON asks for a whole reply shaped by req.Format. It streams too, so
// the idle timeout applies to the silence between pieces, not to the whole
// reply. See Chatter and Call.
func (c *Client) ChatJSON(ctx context.Context, req ChatRequest) (string, error) {
	res, err := c.Call(ctx, Call{Kind: req.Kind, Model: req.Model, Build: Fixed(req)})
	if err != nil {
		var se *StreamError
		if errors.As(err, &se) {
			return res.Content, err
		}
		return "", err
	}
	return res.Content, nil
}

// whyIncomplete tells a reply the server ended on purpose (the response
// was complete, only the final message was missing) from one whose
// connection broke (reading the body failed), since the official client
// reports neither.
func (c *Client) whyIncomplete(ctx context.Context) error {
	if rec, ok := ctx.Value(bodyErrKey{}).(*bodyErr); ok && rec.get() != nil {
		return ErrIncomplete
	}
	return ErrCutShort
}

// bodyErrKey carries a *bodyErr in a request's context.
type bodyErrKey struct{}

// bodyErr records the first read error of a response body.
type bodyErr struct {
	mu  sync.Mutex
	err error
}

func (b *bodyErr) set(err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.err == nil {
		b.err = err
	}
}

func (b *bodyErr) get() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.err
}

// recordingTransport wraps response bodies so that a broken stream (a reset,
// or a connection closed before the last chunk) is remembered, for requests
// whose context asks for it.
type recordingTransport struct{ base http.RoundTripper }

func (t recordingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		return resp, err
	}
	if rec, ok := req.Context().Value(bodyErrKey{}).(*bodyErr); ok {
		resp.Body = &recordingBody{ReadCloser: resp.Body, rec: rec}
	}
	return resp, nil
}

type recordingBody struct {
	io.ReadCloser
	rec *bodyErr
}

func (b *recordingBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err != nil && !errors.Is(err, io.EOF) {
		b.rec.set(err)
	}
	return n, err
}

// withBodyErr returns ctx carrying a fresh read-error recorder.
func withBodyErr(ctx context.Context) context.Context {
	return context.WithValue(ctx, bodyErrKey{}, &bodyErr{})
}

func (c *Client) apiRequest(req ChatRequest, stream *bool) *api.ChatRequest {
	msgs := make([]api.Message, len(req.Messages))
	for i, m := range req.Messages {
		msgs[i] = api.Message{Role: m.Role, Content: m.Content}
	}
	// Never let the server cut the history on its own: amends trims turns
	// itself and says so, so the persona is never dropped silently.
	truncate := false
	return &api.ChatRequest{
		Model:    req.Model,
		Messages: msgs,
		Stream:   stream,
		Format:   req.Format,
		Options:  req.Options.toMap(),
		Truncate: &truncate,
	}
}

// mapErr turns transport and status errors into the package's typed errors.
func (c *Client) mapErr(err error, model string) error {
	if err == nil {
		return nil
	}
	var status api.StatusError
	if errors.As(err, &status) {
		if status.StatusCode == http.StatusNotFound && model != "" {
			return &ModelNotFoundError{Model: model}
		}
		if isContextOverflow(status) {
			return &ContextError{Model: model, Server: true, Message: status.ErrorMessage}
		}
		return &ServerError{StatusCode: status.StatusCode, Message: status.ErrorMessage}
	}
	if isUnreachable(err) {
		return &UnreachableError{URL: c.base.String(), Err: err}
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return fmt.Errorf("talking to Ollama at %s: %w", c.base, err)
}

// isUnreachable reports whether err means nothing answered at all.
func isUnreachable(err error) bool {
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		return true
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return true
	}
	return errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.EHOSTUNREACH) || errors.Is(err, syscall.ENETUNREACH)
}
