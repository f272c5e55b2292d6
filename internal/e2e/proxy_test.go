//go:build e2e && unix

package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/ollama/ollama/api"
)

// loggingProxy sits between amends and a real server and keeps every chat
// request with what the server answered: the status, and the counts of the
// final streamed message.
type loggingProxy struct {
	*httptest.Server
	mu    sync.Mutex
	chats []proxiedChat
}

// proxiedChat is one /api/chat exchange seen by the proxy.
type proxiedChat struct {
	Req        api.ChatRequest
	Status     int
	Done       bool
	PromptEval int           // prompt_eval_count
	Eval       int           // eval_count
	EvalTime   time.Duration // prompt_eval_duration
	Error      string
}

func newLoggingProxy(t testing.TB, srv *Server) *loggingProxy {
	t.Helper()
	target, err := url.Parse(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	p := &loggingProxy{}
	rp := httputil.NewSingleHostReverseProxy(target)
	rp.FlushInterval = -1 // stream as it comes
	rp.ModifyResponse = func(resp *http.Response) error {
		if resp.Request.URL.Path != "/api/chat" {
			return nil
		}
		body, _ := resp.Request.Context().Value(bodyKey{}).([]byte)
		var req api.ChatRequest
		_ = json.Unmarshal(body, &req)
		resp.Body = &recordedBody{ReadCloser: resp.Body, done: func(b []byte) {
			c := proxiedChat{Req: req, Status: resp.StatusCode}
			sc := bufio.NewScanner(bytes.NewReader(b))
			sc.Buffer(make([]byte, 1<<20), 1<<24)
			for sc.Scan() {
				var r struct {
					api.ChatResponse
					Error string `json:"error"`
				}
				if json.Unmarshal(sc.Bytes(), &r) != nil {
					continue
				}
				if r.Error != "" {
					c.Error = r.Error
				}
				if r.Done {
					c.Done, c.PromptEval, c.Eval, c.EvalTime = true, r.PromptEvalCount, r.EvalCount, r.PromptEvalDuration
				}
			}
			p.mu.Lock()
			p.chats = append(p.chats, c)
			p.mu.Unlock()
		}}
		return nil
	}
	p.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		r = r.WithContext(context.WithValue(r.Context(), bodyKey{}, body))
		rp.ServeHTTP(w, r)
	}))
	t.Cleanup(p.Close)
	return p
}

// bodyKey carries a request's body to ModifyResponse.
type bodyKey struct{}

// Chats returns the chat exchanges so far.
func (p *loggingProxy) Chats() []proxiedChat {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]proxiedChat(nil), p.chats...)
}

// Env points amends at the proxy.
func (p *loggingProxy) Env() []string { return []string{"OLLAMA_HOST=" + p.URL} }

// recordedBody keeps a copy of a response body and hands it over on Close.
type recordedBody struct {
	io.ReadCloser
	buf  bytes.Buffer
	done func([]byte)
	once sync.Once
}

func (b *recordedBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	b.buf.Write(p[:n])
	return n, err
}

func (b *recordedBody) Close() error {
	err := b.ReadCloser.Close()
	b.once.Do(func() { b.done(b.buf.Bytes()) })
	return err
}
