package llm

import (
	"errors"
	"fmt"
)

// UnreachableError means no Ollama server answered at URL.
type UnreachableError struct {
	URL string
	Err error
}

func (e *UnreachableError) Error() string {
	return fmt.Sprintf("cannot reach Ollama at %s (is it running? try: ollama serve)", e.URL)
}

func (e *UnreachableError) Unwrap() error { return e.Err }

// ModelNotFoundError means the server answered but does not have the model.
type ModelNotFoundError struct {
	Model string
}

func (e *ModelNotFoundError) Error() string {
	return fmt.Sprintf("model %q is not pulled (try: ollama pull %s, or amends models pull %s)", e.Model, e.Model, e.Model)
}

// StreamError means a reply stopped before the server said it was done: the
// server died, the connection was reset, or it went quiet for longer than the
// idle timeout. Partial holds every piece of text that did arrive.
type StreamError struct {
	Partial string
	Err     error
}

func (e *StreamError) Error() string {
	return fmt.Sprintf("the reply stopped before it was finished: %v", e.Err)
}

func (e *StreamError) Unwrap() error { return e.Err }

// ServerError is any other error status from the server.
type ServerError struct {
	StatusCode int
	Message    string
}

func (e *ServerError) Error() string {
	if e.Message == "" {
		return fmt.Sprintf("ollama answered with status %d", e.StatusCode)
	}
	return fmt.Sprintf("ollama: %s (status %d)", e.Message, e.StatusCode)
}

// ErrIdle is the cause of a StreamError when the server stopped sending.
var ErrIdle = errors.New("no reply from the model within the idle timeout (raise it with --timeout, or check the server)")

// ErrIncomplete is the cause of a StreamError when the stream ended without
// the final "done" message and the server no longer answers: it died, or
// the connection was lost.
var ErrIncomplete = errors.New("the connection to Ollama was lost mid-reply")

// ErrCutShort is the cause of a StreamError when the stream ended without
// the final "done" message but the server still answers. Ollama does this,
// with no error, when a model keeps producing the same token.
var ErrCutShort = errors.New("the server ended the reply early without an error (Ollama does this when a model keeps repeating itself)")
