//go:build evalmodel

package coach

// The model critique over the labelled set, against a real local model:
//
//	make eval-model MODEL=llama3.2
//	go test -tags evalmodel -run TestEvalModel -v ./internal/coach/ -args -model llama3.2 [-host URL] [-limit N] [-source hand]
//
// It prints, per element, precision and recall of the rules, of the model
// (its own "present" verdicts) and of a merge that takes the rules' verdict
// and lets the model fill a gap only where it quotes the draft and no rule
// finding undermines that element; plus Cohen's kappa between rules and
// model, how often the model's evidence had to be dropped, and failures.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/amends-cli/amends/internal/config"
	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/templates"
)

var (
	evalModel  = flag.String("model", "", "Ollama model to evaluate (required)")
	evalHost   = flag.String("host", "", "Ollama host (default: OLLAMA_HOST, else 127.0.0.1:11434)")
	evalLimit  = flag.Int("limit", 0, "evaluate at most N drafts (0: all)")
	evalSource = flag.String("source", "", "only drafts from this source: hand, holdout or generated")
	evalDraft  = flag.Duration("draft-timeout", 2*time.Minute, "give up on one draft after this long (counted as failed)")
)

func TestEvalModel(t *testing.T) {
	if *evalModel == "" {
		t.Skip("no -model given: make eval-model MODEL=name")
	}
	host := *evalHost
	if host == "" {
		host = os.Getenv("OLLAMA_HOST")
	}
	u, err := config.ParseOllamaHost(host)
	if err != nil {
		t.Fatal(err)
	}
	client := llm.New(u, llm.Settings{IdleTimeout: 5 * time.Minute})
	judge := &Judge{Chat: client, Model: *evalModel, Prompts: templates.New("")}

	type tally struct{ rules, model, merged prc }
	per := map[string]*tally{}
	var agree, both, n, failed, dropped int
	var kappa [2][2]int
	start := time.Now()
	var drafts []labelledDraft
	for _, d := range labelledDrafts(t) {
		if *evalSource != "" && d.Source != *evalSource {
			continue
		}
		if *evalLimit > 0 && len(drafts) >= *evalLimit {
			break
		}
		drafts = append(drafts, d)
	}
	for i, d := range drafts {
		n++
		rules := critique.Check(d.Text, d.Kind)
		ctx, cancel := context.WithTimeout(context.Background(), *evalDraft)
		t0 := time.Now()
		rep, err := judge.Critique(ctx, d.Text, rules)
		cancel()
		// Progress on stderr, one line a draft: the whole set takes minutes.
		elapsed := time.Since(start)
		left := elapsed / time.Duration(i+1) * time.Duration(len(drafts)-i-1)
		status := "ok"
		if err != nil {
			status = "failed"
		}
		fmt.Fprintf(os.Stderr, "eval-model: %d/%d %s %s in %.1fs (about %s left)\n",
			i+1, len(drafts), d.ID, status, time.Since(t0).Seconds(), left.Round(time.Second))
		if err != nil {
			failed++
			t.Logf("%s: %v", d.ID, err)
			continue
		}
		undermined := map[string]bool{}
		for _, f := range rep.Findings {
			undermined[f.Element] = true
		}
		for name, want := range d.Elements {
			el := rep.Elements[name]
			if el == nil || el.ModelPresent == nil {
				continue
			}
			if per[name] == nil {
				per[name] = &tally{}
			}
			ruleSays, modelSays := el.Present, *el.ModelPresent
			mergedSays := ruleSays || (modelSays && el.Evidence != "" && !undermined[name])
			count(&per[name].rules, ruleSays, want)
			count(&per[name].model, modelSays, want)
			count(&per[name].merged, mergedSays, want)
			both++
			if ruleSays == modelSays {
				agree++
			}
			kappa[b2i(ruleSays)][b2i(modelSays)]++
			if modelSays && el.Evidence == "" {
				dropped++
			}
		}
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "model %s, %d drafts in %s (%d failed)\n\n", *evalModel, n, time.Since(start).Round(time.Second), failed)
	fmt.Fprintln(tw, "element\trules P\trules R\tmodel P\tmodel R\tmerged P\tmerged R")
	for _, name := range append(critique.ElementNames(critique.KindApology), critique.ElementNames(critique.KindReachOut)...) {
		c := per[name]
		if c == nil {
			continue
		}
		fmt.Fprintf(tw, "%s\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\n", name,
			c.rules.precision(), c.rules.recall(), c.model.precision(), c.model.recall(),
			c.merged.precision(), c.merged.recall())
	}
	_ = tw.Flush()
	if both > 0 {
		fmt.Printf("\nrules and model agree on %d of %d element verdicts (%.0f%%), Cohen's kappa %.2f\n",
			agree, both, 100*float64(agree)/float64(both), cohen(kappa))
		fmt.Printf("\"present\" verdicts whose quote was not in the draft (dropped): %d\n", dropped)
	}
	if n > 0 && failed == n {
		t.Fatalf("every draft failed; is %s pulled and the server up?", *evalModel)
	}
}

func count(c *prc, got, want bool) {
	switch {
	case got && want:
		c.tp++
	case got && !want:
		c.fp++
	case !got && want:
		c.fn++
	default:
		c.tn++
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// cohen is Cohen's kappa for a 2x2 agreement table.
func cohen(m [2][2]int) float64 {
	total := float64(m[0][0] + m[0][1] + m[1][0] + m[1][1])
	if total == 0 {
		return 0
	}
	po := float64(m[0][0]+m[1][1]) / total
	r1 := float64(m[1][0]+m[1][1]) / total
	c1 := float64(m[0][1]+m[1][1]) / total
	pe := r1*c1 + (1-r1)*(1-c1)
	if pe == 1 {
		return 1
	}
	return (po - pe) / (1 - pe)
}

// labelledDraft is what the evaluation reads of one labelled example in
// testdata/critique/*.jsonl (the critique package owns the format).
type labelledDraft struct {
	ID       string          `json:"id"`
	Kind     critique.Kind   `json:"kind"`
	Source   string          `json:"source"`
	Text     string          `json:"text"`
	Elements map[string]bool `json:"elements"`
}

func labelledDrafts(t testing.TB) []labelledDraft {
	t.Helper()
	var out []labelledDraft
	for _, name := range []string{"drafts.jsonl", "holdout.jsonl", "generated.jsonl", "blind.jsonl"} {
		b, err := os.ReadFile(filepath.Join("../../testdata/critique", name))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(bytes.NewReader(b))
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for line := 1; sc.Scan(); line++ {
			if len(bytes.TrimSpace(sc.Bytes())) == 0 {
				continue
			}
			var d labelledDraft
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				t.Fatalf("%s:%d: %v", name, line, err)
			}
			out = append(out, d)
		}
	}
	return out
}

type prc struct{ tp, fp, fn, tn int }

func (c prc) precision() float64 {
	if c.tp+c.fp == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fp)
}

func (c prc) recall() float64 {
	if c.tp+c.fn == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fn)
}
