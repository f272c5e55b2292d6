package llm

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/ollama/ollama/api"
)

// Call is one model call of any kind. Every call amends makes goes through
// Client.Call:
//
//   - Build makes the request for the budget it is given (num_ctx, room for
//     the reply, the model's token estimator): it picks a compact prompt or
//     trims a transcript when the full one does not fit, or returns an
//     error (a *ContextError) when nothing fits;
//   - the request is checked against the budget before it is sent, and
//     goes out with num_ctx, the kind's num_predict cap and truncate:false;
//   - the reply is always streamed: the idle timeout bounds the silence
//     between two pieces, the kind's overall cap (CapsOf) the whole call;
//   - the server's prompt count calibrates the model's estimator;
//   - a context-length refusal from the server raises the estimator to what
//     the refusal proves and builds and sends the request once more.
type Call struct {
	Kind  Kind
	Model string
	// Build returns the request for a budget. It may be called twice.
	Build func(Budget) (ChatRequest, error)
	// OnToken receives each piece of the reply as it arrives (may be nil).
	OnToken func(string)
}

// Fixed is a Build for a request that cannot be made smaller.
func Fixed(req ChatRequest) func(Budget) (ChatRequest, error) {
	return func(Budget) (ChatRequest, error) { return req, nil }
}

// Caller is the call path; *Client is one.
type Caller interface {
	Call(ctx context.Context, call Call) (ChatResult, error)
	Budget(model string, kind Kind) Budget
}

// ErrTooLong is the cause of a StreamError when a reply ran past its
// kind's overall cap.
var ErrTooLong = errors.New("the reply took longer than amends allows for this kind of call")

// Call runs one model call. See the type Call. A model this client has
// not looked up yet is looked up first (one request; see Lookup).
func (c *Client) Call(ctx context.Context, call Call) (ChatResult, error) {
	if !c.cal.lookedUp(call.Model) {
		if _, err := c.Lookup(ctx, call.Model); err != nil {
			return ChatResult{}, err
		}
	}
	b := c.Budget(call.Model, call.Kind)
	req, err := call.Build(b)
	if err != nil {
		return ChatResult{}, err
	}
	res, err := c.send(ctx, call, b, req)
	var ce *ContextError
	if errors.As(err, &ce) && ce.Server && res.Content == "" {
		// The estimator has learned from the refusal: build again.
		b = c.Budget(call.Model, call.Kind)
		if req, err = call.Build(b); err != nil {
			return ChatResult{}, err
		}
		res, err = c.send(ctx, call, b, req)
	}
	var nf *ModelNotFoundError
	if errors.As(err, &nf) {
		c.cal.forget(call.Model) // the next lookup asks the server
	} else if err == nil && c.cal.takeStale(call.Model) {
		// The lookup came from the cache: check the digest now that the
		// reply is in, so that a re-pulled model is learned afresh.
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), c.idle)
		go func() {
			defer cancel()
			c.refresh(rctx, call.Model)
		}()
	}
	return res, err
}

// send fills the request from the budget, checks that it fits, streams it
// and learns from the answer.
func (c *Client) send(ctx context.Context, call Call, b Budget, req ChatRequest) (ChatResult, error) {
	if req.Kind == "" {
		req.Kind = call.Kind
	}
	if req.Model == "" {
		req.Model = call.Model
	}
	if req.Options.NumCtx <= 0 {
		req.Options.NumCtx = b.NumCtx
	}
	if req.Options.NumPredict <= 0 || req.Options.NumPredict > b.Reply {
		req.Options.NumPredict = b.Reply
	}
	est := req.PromptTokens
	if est <= 0 {
		est = b.Tokens.Messages(req.Messages)
	}
	if est+req.Options.NumPredict > req.Options.NumCtx {
		return ChatResult{}, &ContextError{
			Kind: req.Kind, Model: req.Model, NumCtx: req.Options.NumCtx,
			ModelContext: b.ModelContext, Need: est + req.Options.NumPredict,
		}
	}
	res, err := c.stream(ctx, req, call.OnToken)
	res.NumCtx, res.NumPredict, res.Estimate = req.Options.NumCtx, req.Options.NumPredict, est
	if res.Done && res.PromptTokens > 0 {
		c.cal.observe(req.Model, req.Messages, res.PromptTokens)
	}
	var ce *ContextError
	if errors.As(err, &ce) {
		ce.Kind, ce.Model, ce.NumCtx, ce.ModelContext = req.Kind, req.Model, req.Options.NumCtx, b.ModelContext
		c.cal.overflowed(req.Model, req.Messages, req.Options.NumCtx)
	}
	return res, err
}

// stream sends one request and reads the streamed reply under the idle
// timeout and the kind's overall cap.
func (c *Client) stream(ctx context.Context, req ChatRequest, onToken func(string)) (ChatResult, error) {
	total := CapsOf(req.Kind).Total
	if c.total > 0 {
		total = c.total
	}
	ctx, cancel := context.WithCancelCause(withBodyErr(ctx))
	defer cancel(nil)
	// The idle timer restarts with every message from the server; when it
	// fires, the request is cancelled with ErrIdle as the cause. The
	// overall timer does not restart.
	timer := time.AfterFunc(c.idle, func() { cancel(ErrIdle) })
	defer timer.Stop()
	overall := time.AfterFunc(total, func() { cancel(fmt.Errorf("%w (%s for a %s)", ErrTooLong, total, kindName(req.Kind))) })
	defer overall.Stop()

	var res ChatResult
	var sb strings.Builder
	stream := true
	err := c.api.Chat(ctx, c.apiRequest(req, &stream), func(r api.ChatResponse) error {
		timer.Reset(c.idle)
		if t := r.Message.Content; t != "" {
			sb.WriteString(t)
			if onToken != nil {
				onToken(t)
			}
		}
		if r.Done {
			res.Done = true
			res.DoneReason = r.DoneReason
			res.PromptTokens = r.PromptEvalCount
			res.CompletionTokens = r.EvalCount
			res.PromptEval = r.PromptEvalDuration
		}
		return nil
	})
	res.Content = sb.String()
	if res.Done && err == nil {
		return res, nil
	}
	// The official client ends a stream quietly when its body is cut, so
	// look at why the context ended before trusting err.
	if cause := context.Cause(ctx); errors.Is(cause, ErrIdle) || errors.Is(cause, ErrTooLong) {
		return res, &StreamError{Partial: res.Content, Err: cause}
	}
	if ctx.Err() != nil {
		// The caller cancelled (Ctrl-C): not a failure of the stream.
		return res, context.Canceled
	}
	if err == nil {
		return res, &StreamError{Partial: res.Content, Err: c.whyIncomplete(ctx)}
	}
	mapped := c.mapErr(err, req.Model)
	var unreachable *UnreachableError
	var notFound *ModelNotFoundError
	var server *ServerError
	var overflow *ContextError
	if errors.As(mapped, &unreachable) || errors.As(mapped, &notFound) || errors.As(mapped, &overflow) || (errors.As(mapped, &server) && res.Content == "") {
		return res, mapped
	}
	return res, &StreamError{Partial: res.Content, Err: mapped}
}

func kindName(k Kind) string {
	if k == "" {
		return "model call"
	}
	return string(k) + " call"
}

// isContextOverflow reports whether a status error is Ollama's refusal of a
// prompt longer than the context (sent with truncate:false).
func isContextOverflow(status api.StatusError) bool {
	return status.StatusCode == http.StatusBadRequest &&
		strings.Contains(strings.ToLower(status.ErrorMessage), "exceeds the context length")
}
