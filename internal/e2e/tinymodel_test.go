//go:build e2e && unix

package e2e

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/ollama/ollama/fs/ggml"
)

// The tiny model: a llama-architecture GGUF with random F32 weights and a
// SentencePiece vocabulary. It talks nonsense, but it exercises the real
// server end to end (load, tokenise, sample, stream, grammar-constrained
// JSON) in well under a second per reply. The context is 8192 tokens because
// amends' prompts (persona, guide excerpts) run to a few thousand tokens
// even with the word pieces below; the KV cache is still only 4 MB.
const (
	tinyModelName     = "amends-tiny"
	tinyContextLength = 8192
	tinyEmbedding     = 64
	tinyBlocks        = 2
	tinyHeads         = 4
	tinyFeedForward   = 128
	tinySeed          = 20240605
)

// GGUF token types, as SentencePiece defines them.
const (
	tokNormal  int32 = 1
	tokUnknown int32 = 2
	tokControl int32 = 3
	tokByte    int32 = 6
)

// tinyModelfile registers the GGUF with a plain role-tagged chat template.
// System messages are among .Messages, so the template must not also write
// .System (Ollama fills it from the same messages): that would send the
// persona twice.
// num_predict is the length of every reply (the model never picks </s>). One
// thread is plenty for 120k parameters and keeps ggml's thread pool from
// spinning against a busy 2-core machine.
//
// The repeat penalty is not cosmetic: random weights love to emit the same
// token over and over, and Ollama (llm/server.go, "token repeat limit
// reached") silently ends a stream after 30 identical tokens in a row, with
// no final "done" message. Without it about half the 256-token replies
// end that way, and amends rightly reports them as cut off.
const tinyModelfile = `FROM ./tiny.gguf
TEMPLATE """{{- range .Messages }}<|{{ .Role }}|>
{{ .Content }}
{{ end }}<|assistant|>
"""
PARAMETER num_predict 256
PARAMETER num_thread 1
PARAMETER stop "<|user|>"
PARAMETER repeat_penalty 1.3
PARAMETER repeat_last_n 64
`

// tinyWords seed the word pieces of the vocabulary.
const tinyWords = `the be to of and a in that have I it for not on with he as you do at
this but his by from they we say her she or an will my one all would there their what
so up out if about who get which go me when make can like time no just him know take
people into year your good some could them see other than then now look only come its
over think also back after use two how our work first well way even new want because
any these give day most us is are was were been has had did said sorry apologize
apology hurt feel felt feeling friend family trust hope listen understand responsible
responsibility change promise next talk call message again really thank thanks mean
meant missed forgot wrong fault sure maybe still never always please ok okay yes
should would need help right left let love care happen happened reach reply answer
conversation relationship forgive boundary boundaries role play partner coach draft
critique score json acknowledgment commitment evidence present note kind model user
assistant system you're i'm don't can't it's that's`

// The small-context model: the same architecture with only the byte
// fallbacks for a vocabulary and a 2048-token context. Every byte is a
// token and every space three (SentencePiece writes it as "▁", which only
// its three UTF-8 bytes can spell), so English costs about 1.35 tokens a
// character, close to what non-Latin scripts cost on real models. amends
// must fit every prompt into it (compact prompts, trimmed transcripts).
const (
	tiny2KModelName     = "amends-tiny-2k"
	tiny2KContextLength = 2048
)

// tiny2KModelfile registers the byte-vocabulary GGUF (see tinyModelfile).
var tiny2KModelfile = strings.Replace(tinyModelfile, "FROM ./tiny.gguf", "FROM ./tiny-2k.gguf", 1)

// tinyVocab returns tokens, scores and types: <unk>, <s>, </s>, the 256 byte
// fallbacks, then the word pieces ("▁" marks a leading space); with
// bytesOnly, no word pieces.
func tinyVocab(bytesOnly bool) (tokens []string, scores []float32, types []int32) {
	add := func(tok string, score float32, typ int32) {
		tokens = append(tokens, tok)
		scores = append(scores, score)
		types = append(types, typ)
	}
	add("<unk>", 0, tokUnknown)
	add("<s>", 0, tokControl)
	add("</s>", 0, tokControl)
	for b := range 256 {
		add(fmt.Sprintf("<0x%02X>", b), 0, tokByte)
	}
	if bytesOnly {
		return tokens, scores, types
	}
	// Word pieces: common English words with every prefix (SentencePiece
	// builds a word by merging neighbours, so each step must be a piece),
	// with and without the leading-space marker. Longer pieces score higher
	// and win merges. This gets prompts to roughly 3 characters a token
	// instead of one byte each.
	seen := map[string]bool{}
	words := strings.Fields(tinyWords)
	nBase := len(words)
	for i, w := range append(words, promptWords()...) {
		forms := []string{"▁" + w, w}
		if i >= nBase {
			forms = forms[:1] // mid-sentence only: keeps the model small
		}
		for _, form := range forms {
			runes := []rune(form)
			for n := 1; n <= len(runes); n++ {
				if p := string(runes[:n]); !seen[p] {
					seen[p] = true
					add(p, float32(n), tokNormal)
				}
			}
		}
	}
	return tokens, scores, types
}

// promptWords are the words used at least twice in amends' own prompts and
// guide, as written (capitals included). The partner persona and the
// coach's prompts run to thousands of characters; without these pieces they
// tokenise at about two characters a token, and evaluating each practice
// session's first prompt took seconds. Sorted, so the model is
// deterministic for a given checkout (it changes when the prompts do).
func promptWords() []string {
	var files []string
	for _, pat := range []string{"prompts/*.tmpl", "guide/*.md"} {
		m, _ := filepath.Glob(filepath.Join(repoRoot, pat))
		files = append(files, m...)
	}
	count := map[string]int{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, w := range wordRe.FindAllString(string(b), -1) {
			if len(w) >= 3 && len(w) <= 16 {
				count[w]++
			}
		}
	}
	var words []string
	for w, n := range count {
		if n >= 2 {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	return words
}

var wordRe = regexp.MustCompile(`[A-Za-z][a-z]*(?:'[a-z]+)?`)

// f32Tensor is a GGUF tensor of little-endian float32 values.
type f32Tensor []float32

func (v f32Tensor) WriteTo(w io.Writer) (int64, error) {
	buf := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(buf[4*i:], math.Float32bits(x))
	}
	n, err := w.Write(buf)
	return int64(n), err
}

// writeTinyModel writes the tiny GGUF to dir/tiny.gguf plus a Modelfile next
// to it and returns the Modelfile's path; it also writes the small-context
// model (tiny-2k.gguf and Modelfile.2k). The output is deterministic.
func writeTinyModel(dir string) (string, error) {
	if err := writeGGUF(filepath.Join(dir, "tiny-2k.gguf"), false, tiny2KContextLength); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dir, "Modelfile.2k"), []byte(tiny2KModelfile), 0o644); err != nil {
		return "", err
	}
	if err := writeGGUF(filepath.Join(dir, "tiny.gguf"), true, tinyContextLength); err != nil {
		return "", err
	}
	modelfile := filepath.Join(dir, "Modelfile")
	if err := os.WriteFile(modelfile, []byte(tinyModelfile), 0o644); err != nil {
		return "", err
	}
	return modelfile, nil
}

// writeGGUF writes one tiny GGUF: with word pieces or bytes only, with the
// given context length.
func writeGGUF(gguf string, wordPieces bool, contextLength int) error {
	tokens, scores, types := tinyVocab(!wordPieces)
	vocab := uint64(len(tokens))
	headDim := uint32(tinyEmbedding / tinyHeads)

	kv := ggml.KV{
		"general.architecture":                   "llama",
		"general.name":                           tinyModelName,
		"general.file_type":                      uint32(0), // all F32
		"llama.context_length":                   uint32(contextLength),
		"llama.embedding_length":                 uint32(tinyEmbedding),
		"llama.block_count":                      uint32(tinyBlocks),
		"llama.feed_forward_length":              uint32(tinyFeedForward),
		"llama.attention.head_count":             uint32(tinyHeads),
		"llama.attention.head_count_kv":          uint32(tinyHeads),
		"llama.attention.layer_norm_rms_epsilon": float32(1e-5),
		"llama.rope.dimension_count":             headDim,
		"llama.rope.freq_base":                   float32(10000),
		"llama.vocab_size":                       uint32(vocab),
		"tokenizer.ggml.model":                   "llama",
		"tokenizer.ggml.tokens":                  tokens,
		"tokenizer.ggml.scores":                  scores,
		"tokenizer.ggml.token_type":              types,
		"tokenizer.ggml.unknown_token_id":        uint32(0),
		"tokenizer.ggml.bos_token_id":            uint32(1),
		"tokenizer.ggml.eos_token_id":            uint32(2),
		"tokenizer.ggml.add_bos_token":           true,
		"tokenizer.ggml.add_eos_token":           false,
	}

	rng := rand.New(rand.NewPCG(tinySeed, tinySeed^0x9e3779b97f4a7c15))
	random := func(n uint64, scale float32) f32Tensor {
		v := make(f32Tensor, n)
		for i := range v {
			v[i] = (rng.Float32()*2 - 1) * scale
		}
		return v
	}
	ones := func(n uint64) f32Tensor {
		v := make(f32Tensor, n)
		for i := range v {
			v[i] = 1
		}
		return v
	}

	// An "anchor" makes </s> unreachable, so every reply runs to
	// num_predict: replies have a known length, and a model created with a
	// large num_predict (createModel) streams for as long as a test needs.
	// Dimension 0 of every token embedding is a large constant that no layer
	// writes to (row 0 of attn_output and ffn_down is zero), so after the
	// final RMS norm it is always strongly positive; </s> alone reads it,
	// with a large negative weight. (Grammar-constrained replies still end:
	// once the JSON is complete the grammar allows nothing but </s>.)
	const anchor, eosPenalty, quoteBonus, closerBonus = 10, -50, 1.5, 1.0
	const eosID, firstByteToken = 2, 3 // <0x00> follows <unk>, <s>, </s>

	var tensors []*ggml.Tensor
	// Shape lists the fastest-varying dimension first (GGUF's ne[0]): a
	// projection from a to b has shape {a, b}.
	add := func(name string, data f32Tensor, shape ...uint64) {
		tensors = append(tensors, &ggml.Tensor{Name: name, Kind: 0, Shape: shape, WriterTo: data})
	}
	const e, ff = uint64(tinyEmbedding), uint64(tinyFeedForward)
	// zeroRow0 clears the weights that write output dimension 0 of a
	// projection with shape {in, out} (row j holds data[j*in : (j+1)*in]).
	zeroRow0 := func(v f32Tensor, in uint64) f32Tensor {
		clear(v[:in])
		return v
	}

	embd := random(e*vocab, 0.5)
	for tok := range vocab {
		embd[tok*e] = anchor
	}
	add("token_embd.weight", embd, e, vocab)
	for b := range tinyBlocks {
		p := fmt.Sprintf("blk.%d.", b)
		add(p+"attn_norm.weight", ones(e), e)
		add(p+"attn_q.weight", random(e*e, 0.2), e, e)
		add(p+"attn_k.weight", random(e*e, 0.2), e, e)
		add(p+"attn_v.weight", random(e*e, 0.2), e, e)
		add(p+"attn_output.weight", zeroRow0(random(e*e, 0.2), e), e, e)
		add(p+"ffn_norm.weight", ones(e), e)
		add(p+"ffn_gate.weight", random(e*ff, 0.2), e, ff)
		add(p+"ffn_up.weight", random(e*ff, 0.2), e, ff)
		add(p+"ffn_down.weight", zeroRow0(random(ff*e, 0.2), ff), ff, e)
	}
	add("output_norm.weight", ones(e), e)
	out := random(e*vocab, 0.5)
	for tok := range vocab {
		out[tok*e] = 0
	}
	out[eosID*e] = eosPenalty
	// The same anchor makes `"` and `]` likely, so a
	// reply constrained by a schema with free-text strings or arrays closes
	// them within a few tokens instead of running to num_predict. Where the
	// grammar forbids them they are masked out; in free chat they show up
	// as stray punctuation, which nobody reads.
	out[(firstByteToken+'"')*e] = quoteBonus
	out[(firstByteToken+']')*e] = closerBonus
	add("output.weight", out, e, vocab)

	f, err := os.Create(gguf)
	if err != nil {
		return err
	}
	if err := ggml.WriteGGUF(f, kv, tensors); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", gguf, err)
	}
	return f.Close()
}
