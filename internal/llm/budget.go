package llm

import (
	"fmt"
	"math"
	"time"
)

// Kind names what a model call is for. Each kind has its own caps: the
// longest reply (num_predict) and the longest whole call.
type Kind string

// The kinds of call amends makes.
const (
	KindPartner  Kind = "partner"   // the role-played partner's reply
	KindHint     Kind = "hint"      // the coach's /hint
	KindCritique Kind = "critique"  // the model critique of a draft (JSON)
	KindDebrief  Kind = "debrief"   // the end-of-practice debrief (JSON)
	KindReachOut Kind = "reach-out" // a first message draft
	KindReflect  Kind = "reflect"   // a reflection summary
)

// Caps bound one kind of call.
type Caps struct {
	// Reply is the most tokens a reply may use (num_predict) when the
	// context is large enough; on a small context it is cut to a quarter
	// of it (see ReplyTokens).
	Reply int
	// Total bounds the whole call, however steadily the reply arrives. The
	// idle timeout (Settings.IdleTimeout) bounds the silence between two
	// pieces of it.
	Total time.Duration
}

var kindCaps = map[Kind]Caps{
	KindPartner:  {Reply: 256, Total: 5 * time.Minute},
	KindHint:     {Reply: 200, Total: 5 * time.Minute},
	KindCritique: {Reply: 1024, Total: 10 * time.Minute},
	KindDebrief:  {Reply: 1024, Total: 10 * time.Minute},
	KindReachOut: {Reply: 256, Total: 5 * time.Minute},
	KindReflect:  {Reply: 512, Total: 5 * time.Minute},
}

// defaultCaps cover a call with no kind.
var defaultCaps = Caps{Reply: 1024, Total: 10 * time.Minute}

// CapsOf returns the caps of a kind.
func CapsOf(k Kind) Caps {
	if c, ok := kindCaps[k]; ok {
		return c
	}
	return defaultCaps
}

// Kinds lists the kinds in a fixed order (for documentation and tests).
func Kinds() []Kind {
	return []Kind{KindPartner, KindHint, KindCritique, KindDebrief, KindReachOut, KindReflect}
}

// ReplyTokens is the num_predict of a kind on a context of numCtx tokens:
// its cap, but never more than a quarter of the context, so that the
// prompt keeps most of it.
func ReplyTokens(k Kind, numCtx int) int {
	r := CapsOf(k).Reply
	if numCtx > 0 {
		r = min(r, numCtx/4)
	}
	return max(r, 16)
}

// DefaultContext is the num_ctx amends sets when the config does not say:
// large enough for every full prompt, small enough for a laptop's memory.
const DefaultContext = 8192

// NumCtx is the num_ctx amends sets: the configured size (or
// DefaultContext) capped by the model's own context length when known.
func NumCtx(modelCtx, configured int) int {
	n := configured
	if n <= 0 {
		n = DefaultContext
	}
	if modelCtx > 0 && modelCtx < n {
		n = modelCtx
	}
	return n
}

// Budget is the room one call has in the model's context.
type Budget struct {
	Kind Kind
	// NumCtx is the context window sent with the request (num_ctx).
	NumCtx int
	// ModelContext is the model's own context length (0 when unknown); it
	// is the ceiling for context_size.
	ModelContext int
	// Reply is the room kept for the reply (num_predict).
	Reply int
	// Tokens sizes text for this model.
	Tokens Estimator
}

// Prompt is the number of tokens the prompt may use.
func (b Budget) Prompt() int { return b.NumCtx - b.Reply }

// Fits reports whether msgs leave room for the reply.
func (b Budget) Fits(msgs []Message) bool { return b.Tokens.Messages(msgs) <= b.Prompt() }

// Estimator sizes text in tokens for one model. It starts from a cautious
// prior and is corrected by what the server reports (prompt_eval_count):
// see Client.Budget and the calibration cache.
type Estimator struct {
	// PerByte is the number of tokens per byte of text.
	PerByte float64
	// Calibrated says PerByte was learned from the server's counts, not
	// guessed.
	Calibrated bool
}

// The chat template wraps every message in a few tokens of its own
// (role markers, separators), and the prompt as a whole in a few more.
const (
	MessageOverhead = 8
	RequestOverhead = 8
)

// margin keeps estimates on the safe side of the learned ratio.
const margin = 1.05

// Text is the estimated token count of s.
func (e Estimator) Text(s string) int {
	r := e.PerByte
	if r <= 0 {
		r = priorUnknown
	}
	return int(math.Ceil(float64(len(s)) * r * margin))
}

// Message is the estimated token count of one message, template included.
func (e Estimator) Message(m Message) int { return e.Text(m.Content) + MessageOverhead }

// Messages is the estimated token count of a whole prompt.
func (e Estimator) Messages(msgs []Message) int {
	n := RequestOverhead
	for _, m := range msgs {
		n += e.Message(m)
	}
	return n
}

// Priors: tokens per byte before the server has said anything about a
// model. A vocabulary of a few hundred tokens (byte fallback only) spends
// about one token a byte and three on each space; real vocabularies spend
// about a quarter of a token a byte on English and up to about a half on
// other scripts. The priors sit at or above those, so that the first
// request fits; the first reply corrects them.
const (
	priorBytes   = 1.4  // vocabularies under 1,024 tokens
	priorSmall   = 0.8  // under 32,000 tokens
	priorUnknown = 0.5  // vocabulary size not reported
	priorLarge   = 0.45 // 32,000 tokens and more
)

// PriorPerByte is the cautious tokens-per-byte ratio for a vocabulary of
// the given size (0 when unknown).
func PriorPerByte(vocab int) float64 {
	switch {
	case vocab <= 0:
		return priorUnknown
	case vocab < 1024:
		return priorBytes
	case vocab < 32000:
		return priorSmall
	}
	return priorLarge
}

// ContextError means a request does not fit the model's context: amends
// found so before sending it (Server false), or the server refused it
// (Server true, "the input length exceeds the context length").
type ContextError struct {
	Kind  Kind
	Model string
	// NumCtx is the context the request was sized for, ModelContext the
	// model's own maximum (0 when unknown).
	NumCtx, ModelContext int
	// Need is the estimated prompt plus reply, in tokens (0 when the
	// server refused a request amends thought would fit).
	Need   int
	Server bool
	// Message is the server's own words, when it refused.
	Message string
}

func (e *ContextError) Error() string {
	what := "this request"
	if e.Kind != "" {
		what = "the " + string(e.Kind) + " request"
	}
	if e.Server {
		return fmt.Sprintf("%s is larger than the model's %d-token context (the server said: %s); %s", what, e.NumCtx, e.Message, e.Fix())
	}
	return fmt.Sprintf("%s needs about %d tokens but the model's context is %d; %s", what, e.Need, e.NumCtx, e.Fix())
}

// Fix says what would make room.
func (e *ContextError) Fix() string { return ContextFix(e.Model, e.NumCtx, e.ModelContext) }

// ContextFix names the fix for a context that is too small: context_size
// when the model could take more, else a model with a larger context.
func ContextFix(model string, numCtx, modelCtx int) string {
	if modelCtx == 0 || modelCtx > numCtx {
		return fmt.Sprintf("raise context_size in the config (now %d), or use a model with a larger context", numCtx)
	}
	return fmt.Sprintf("%s takes at most %d tokens: use a model with a larger context (amends models list)", model, modelCtx)
}
