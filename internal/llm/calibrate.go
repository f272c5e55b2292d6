package llm

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ollama/ollama/api"
)

// Token accounting that learns.
//
// amends never assumes a fixed number of characters a token. Before the
// server has said anything about a model, the estimate is a cautious prior
// chosen from the size of its vocabulary (PriorPerByte). Every finished
// reply carries the server's own count of the prompt (prompt_eval_count,
// the whole prompt even when Ollama reused its cache), and the ratio of
// that count to the prompt's bytes corrects the estimate: at once when it
// is higher, gradually when it is lower. A context-length refusal raises
// it to what the refusal proves. The ratio, and what `show` said about the
// model, are kept per model digest in the user's cache folder, so the next
// session starts sized right and needs no `show` call.

// lookupTimeout is the least time a lookup is given.
const lookupTimeout = 30 * time.Second

// cacheName is the file in the cache folder.
const cacheName = "models.json"

// minSampleBytes: prompts shorter than this are mostly template overhead
// and say little about the ratio.
const minSampleBytes = 200

// modelEntry is what amends keeps about one model digest.
type modelEntry struct {
	Family        string `json:"family,omitempty"`
	ParameterSize string `json:"parameter_size,omitempty"`
	Quantization  string `json:"quantization,omitempty"`
	ContextLength int    `json:"context_length,omitempty"`
	VocabSize     int    `json:"vocab_size,omitempty"`
	// Shown says the fields above came from the server's show.
	Shown bool `json:"shown,omitempty"`
	// PerByte is the learned tokens per byte; Samples how many replies
	// taught it (0: not calibrated).
	PerByte float64 `json:"tokens_per_byte,omitempty"`
	Samples int     `json:"samples,omitempty"`
}

type cacheFile struct {
	Version int                    `json:"version"`
	Models  map[string]*modelEntry `json:"models"`
	// Names maps model names to the digest they had when last looked up.
	Names map[string]string `json:"names,omitempty"`
}

// calibration is the per-model knowledge of one client, backed by the
// cache file when path is set.
type calibration struct {
	mu     sync.Mutex
	path   string
	loaded bool
	file   cacheFile
	// digests maps model names to digests learned by Lookup; names
	// without one are keyed "name:" + name and never written.
	digests map[string]string
	// looked lists the model names Lookup found; stale lists those found
	// from the cache alone, whose digest is checked after the first call.
	looked, stale map[string]bool
}

func (c *calibration) lookedUp(model string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.looked[model]
}

func newCalibration(dir string) *calibration {
	c := &calibration{digests: map[string]string{}, looked: map[string]bool{}, stale: map[string]bool{}}
	if dir != "" {
		c.path = filepath.Join(dir, cacheName)
	}
	return c
}

func (c *calibration) load() {
	if c.loaded {
		return
	}
	c.loaded = true
	c.file = cacheFile{Version: 1, Models: map[string]*modelEntry{}}
	if c.path == "" {
		return
	}
	b, err := os.ReadFile(c.path)
	if err != nil {
		return
	}
	var f cacheFile
	if json.Unmarshal(b, &f) != nil || f.Version != 1 || f.Models == nil {
		return // a damaged or foreign cache is ignored and rewritten
	}
	for k, e := range f.Models {
		if e == nil || e.PerByte < 0 || e.PerByte > 8 || math.IsNaN(e.PerByte) {
			delete(f.Models, k)
		}
	}
	c.file = f
	for name, d := range f.Names {
		if _, ok := f.Models[d]; ok {
			c.digests[name] = d
		}
	}
}

// save writes the cache atomically, private to the user. Failures are
// ignored: the cache only saves time.
func (c *calibration) save() {
	if c.path == "" {
		return
	}
	persisted := cacheFile{Version: 1, Models: map[string]*modelEntry{}, Names: map[string]string{}}
	for name, d := range c.digests {
		persisted.Names[name] = d
	}
	for k, e := range c.file.Models {
		if len(k) < 5 || k[:5] != "name:" {
			persisted.Models[k] = e
		}
	}
	b, err := json.MarshalIndent(persisted, "", "  ")
	if err != nil {
		return
	}
	dir := filepath.Dir(c.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return
	}
	tmp, err := os.CreateTemp(dir, ".models-*.json")
	if err != nil {
		return
	}
	_ = tmp.Chmod(0o600)
	_, werr := tmp.Write(b)
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), c.path) != nil {
		_ = os.Remove(tmp.Name())
	}
}

// key is the cache key of a model name: its digest when known.
func (c *calibration) key(model string) string {
	for name, d := range c.digests {
		if SameModel(name, model) {
			return d
		}
	}
	return "name:" + model
}

// entry returns the entry of a model, creating it.
func (c *calibration) entry(model string) *modelEntry {
	c.load()
	k := c.key(model)
	e := c.file.Models[k]
	if e == nil {
		e = &modelEntry{}
		c.file.Models[k] = e
	}
	return e
}

// estimator returns the model's current estimator.
func (c *calibration) estimator(model string) Estimator {
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.entry(model)
	if e.Samples > 0 && e.PerByte > 0 {
		return Estimator{PerByte: e.PerByte, Calibrated: true}
	}
	prior := PriorPerByte(e.VocabSize)
	if e.PerByte > prior { // raised by a context-length refusal
		prior = e.PerByte
	}
	return Estimator{PerByte: prior}
}

// info returns what is known about a model from its show.
func (c *calibration) info(model string) (ModelInfo, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.entry(model)
	if !e.Shown {
		return ModelInfo{Name: model}, false
	}
	d := c.key(model)
	if len(d) >= 5 && d[:5] == "name:" {
		d = ""
	}
	return ModelInfo{
		Name: model, Digest: d, Family: e.Family, ParameterSize: e.ParameterSize,
		Quantization: e.Quantization, ContextLength: e.ContextLength, VocabSize: e.VocabSize,
	}, true
}

// setDigest records the digest behind a model name, moving anything learned
// under the bare name to it.
func (c *calibration) setDigest(model, digest string) {
	if digest == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.load()
	old := c.key(model)
	if old == digest {
		return
	}
	for name := range c.digests {
		if SameModel(name, model) {
			delete(c.digests, name)
		}
	}
	c.digests[model] = digest
	if e, ok := c.file.Models[old]; ok && len(old) > 5 && old[:5] == "name:" {
		if _, have := c.file.Models[digest]; !have {
			c.file.Models[digest] = e
		}
		delete(c.file.Models, old)
	}
	c.save()
}

// cached returns what the cache knows about a model name without asking
// the server: its digest from the last lookup and that digest's show.
func (c *calibration) cached(model string) (ModelInfo, bool) {
	c.mu.Lock()
	c.load()
	k := c.key(model)
	e := c.file.Models[k]
	c.mu.Unlock()
	if len(k) > 5 && k[:5] == "name:" || e == nil || !e.Shown {
		return ModelInfo{}, false
	}
	return c.info(model)
}

func (c *calibration) setLooked(model string, stale bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.looked[model] = true
	if stale {
		c.stale[model] = true
	} else {
		delete(c.stale, model)
	}
}

// takeStale reports (once) whether a model's lookup came from the cache.
func (c *calibration) takeStale(model string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := c.stale[model]
	delete(c.stale, model)
	return s
}

// forget drops what the cache says about a model name (it is gone, or no
// longer what the cache thought).
func (c *calibration) forget(model string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for name := range c.digests {
		if SameModel(name, model) {
			delete(c.digests, name)
		}
	}
	delete(c.looked, model)
	c.save()
}

// setShown records a show response.
func (c *calibration) setShown(model string, info ModelInfo) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.entry(model)
	e.Family, e.ParameterSize, e.Quantization = info.Family, info.ParameterSize, info.Quantization
	e.ContextLength, e.VocabSize, e.Shown = info.ContextLength, info.VocabSize, true
	c.save()
}

// promptBytes counts the bytes of the messages' text.
func promptBytes(msgs []Message) int {
	n := 0
	for _, m := range msgs {
		n += len(m.Content)
	}
	return n
}

// observe learns from the server's count of a whole prompt.
func (c *calibration) observe(model string, msgs []Message, promptTokens int) {
	bytes := promptBytes(msgs)
	if promptTokens <= 0 || bytes < minSampleBytes {
		return
	}
	text := promptTokens - RequestOverhead - MessageOverhead*len(msgs)
	sample := float64(max(text, 1)) / float64(bytes)
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.entry(model)
	old := e.PerByte
	switch {
	case e.Samples == 0 || sample > e.PerByte:
		e.PerByte = sample
	default:
		e.PerByte = 0.7*e.PerByte + 0.3*sample
	}
	e.Samples++
	if e.Samples == 1 || math.Abs(e.PerByte-old) > 0.01*old {
		c.save()
	}
}

// overflowed learns from a context-length refusal: the prompt was more
// than numCtx tokens.
func (c *calibration) overflowed(model string, msgs []Message, numCtx int) {
	bytes := promptBytes(msgs)
	if bytes == 0 {
		return
	}
	text := numCtx - RequestOverhead - MessageOverhead*len(msgs)
	lower := float64(max(text, 1)) / float64(bytes) * 1.1
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.entry(model)
	cur := e.PerByte
	if e.Samples == 0 {
		// The prior was wrong, and the refusal gives only a lower bound:
		// assume the worst vocabulary until a reply says otherwise.
		cur = max(cur, PriorPerByte(e.VocabSize))
		lower = max(lower, priorBytes)
	}
	if lower > cur {
		e.PerByte = lower
		c.save()
	}
}

// Lookup finds a model. When the cache already knows the name (its digest
// at the last lookup, and that digest's show) it answers at once, with no
// request: the first chat goes first, and the digest is checked in the
// background after it (see Call). Otherwise it makes one request, the
// model list, which carries the digest; what `show` says is cached per
// digest, so it is asked only the first time a digest is seen. It returns
// ModelNotFoundError when the server does not have the model. Use Version,
// List and Show to diagnose a failure.
func (c *Client) Lookup(ctx context.Context, model string) (ModelInfo, error) {
	if info, ok := c.cal.cached(model); ok {
		c.cal.setLooked(model, true)
		return info, nil
	}
	return c.lookup(ctx, model)
}

// refresh checks a model's digest after the fact (one list request) and
// updates the cache; a model the server no longer lists is forgotten.
func (c *Client) refresh(ctx context.Context, model string) {
	list, err := c.api.List(ctx)
	if err != nil {
		return
	}
	for _, m := range list.Models {
		if SameModel(m.Name, model) || SameModel(m.Model, model) {
			c.cal.setDigest(model, m.Digest)
			return
		}
	}
	c.cal.forget(model)
}

func (c *Client) lookup(ctx context.Context, model string) (ModelInfo, error) {
	// A lookup is small, but may queue behind a busy server: the idle
	// timeout, and never less than lookupTimeout.
	ctx, cancel := context.WithTimeout(ctx, max(c.idle, lookupTimeout))
	defer cancel()
	list, err := c.api.List(ctx)
	if err != nil {
		return ModelInfo{}, c.mapErr(err, "")
	}
	found := false
	for _, m := range list.Models {
		if SameModel(m.Name, model) || SameModel(m.Model, model) {
			c.cal.setDigest(model, m.Digest)
			found = true
			break
		}
	}
	if !found {
		return ModelInfo{}, &ModelNotFoundError{Model: model}
	}
	info, ok := c.cal.info(model)
	if !ok {
		resp, err := c.api.Show(ctx, &api.ShowRequest{Model: model})
		if err != nil {
			return ModelInfo{}, c.mapErr(err, model)
		}
		c.cal.setShown(model, showInfo(model, resp))
		info, _ = c.cal.info(model)
	}
	c.cal.setLooked(model, false)
	return info, nil
}

// Info is what the client knows about a model without asking the server:
// what Lookup found (or the cache held), else just the name.
func (c *Client) Info(model string) ModelInfo {
	info, _ := c.cal.info(model)
	return info
}

// Budget is the room a call of the given kind has on a model: num_ctx
// from the config's context_size (or DefaultContext) capped by the model's
// context, the reply's cap, and the model's current token estimator.
func (c *Client) Budget(model string, kind Kind) Budget {
	info := c.Info(model)
	numCtx := NumCtx(info.ContextLength, c.contextSize)
	return Budget{
		Kind: kind, NumCtx: numCtx, ModelContext: info.ContextLength,
		Reply: ReplyTokens(kind, numCtx), Tokens: c.cal.estimator(model),
	}
}
