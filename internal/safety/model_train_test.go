package safety

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/amends-cli/amends/internal/textmodel"
)

var (
	updateModel = flag.Bool("update-model", false, "train the word-weight model again and rewrite model_gen.go")
	heldOut     = flag.Bool("heldout", false, "measure the model on each labelled set held out from its training in turn")
)

// The training settings; changing one changes the model (and its hash).
const (
	trainEpochs = 30
	trainRate   = 0.2
	trainL2     = 1e-3
	pruneBelow  = 0.02 // features whose weights are all smaller are dropped
	trainerRev  = "1"
)

// modelDrafts are the critique drafts the model learns ordinary text
// from (every one of them is ordinary: none describes danger).
var modelDrafts = []string{
	"blind.jsonl", "drafts.jsonl", "generated.jsonl", "holdout.jsonl", "probe.jsonl",
	"blind-v2-tuning.jsonl", "spent/blind-v2-sealed.jsonl",
}

// example is one labelled text as the model sees it.
type example struct {
	set   string
	feats []string
	kind  int // index in AllKinds, or -1 for ordinary
}

// trainingFiles are the labelled safety sets and the critique drafts
// (ordinary text), in a fixed order.
func trainingFiles(t *testing.T) (safety, drafts []string) {
	t.Helper()
	glob := func(p string) []string {
		fs, err := filepath.Glob(p)
		if err != nil {
			t.Fatal(err)
		}
		return slices.DeleteFunc(fs, func(f string) bool { return strings.Contains(f, "second-labeller") })
	}
	safety = append(glob("../../testdata/safety/*.jsonl"), glob("../../testdata/safety/spent/*.jsonl")...)
	// The drafts are named, not globbed, so that a new set of drafts does
	// not silently change the model.
	for _, f := range modelDrafts {
		drafts = append(drafts, filepath.Join("../../testdata/critique", f))
	}
	slices.Sort(safety)
	slices.Sort(drafts)
	return safety, drafts
}

// trainingHash identifies the data and settings a model is made from.
func trainingHash(t *testing.T) string {
	safety, drafts := trainingFiles(t)
	h := sha256.New()
	fmt.Fprintf(h, "%s %d %g %g %g\n", trainerRev, trainEpochs, trainRate, trainL2, pruneBelow)
	for _, f := range append(safety, drafts...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(h, "%s %d\n", filepath.Base(f), len(b))
		h.Write(b)
	}
	// The features depend on the cue phrases and the splitter too.
	for _, g := range cuePhrases {
		fmt.Fprintln(h, g.tag, g.phrases)
	}
	fmt.Fprintln(h, tagNames)
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func kindIndex(category string) int {
	if category == "threat" {
		category = Threat
	}
	return slices.Index(AllKinds, category)
}

// sentenceFeatures are the model's features of every sentence of text.
func textFeatures(text string) [][]string {
	x := cueMatchers()
	var out [][]string
	for _, s := range split(text) {
		out = append(out, modelFeatures(s, tagSentence(s, x).tags))
	}
	return out
}

func loadExamples(t *testing.T) []example {
	safety, drafts := trainingFiles(t)
	var out []example
	for _, f := range safety {
		for _, l := range readLabelled(t, f) {
			var fs []string
			for _, s := range textFeatures(l.Text) {
				fs = append(fs, s...)
			}
			k := -1
			if l.Concerning {
				if k = kindIndex(l.Category); k < 0 {
					t.Fatalf("%s %s: unknown category %q", f, l.ID, l.Category)
				}
			}
			out = append(out, example{set: filepath.Base(f), feats: fs, kind: k})
		}
	}
	for _, f := range drafts {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var d struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &d) != nil {
				continue
			}
			for _, fs := range textFeatures(d.Text) {
				out = append(out, example{set: "drafts", feats: fs, kind: -1})
			}
		}
		fh.Close()
	}
	return out
}

// trainOptions are the training settings (see trainingHash).
var trainOptions = textmodel.Options{Epochs: trainEpochs, Rate: trainRate, L2: trainL2, Prune: pruneBelow}

// train fits one logistic regression per kind, and one for any concern.
func train(exs []example) textmodel.Model {
	tx := make([]textmodel.Example, len(exs))
	for i, ex := range exs {
		y := make([]float64, nOut)
		for k := range y {
			if ex.kind == k || k == anyKind && ex.kind >= 0 {
				y[k] = 1
			}
		}
		tx[i] = textmodel.Example{Feats: ex.feats, Y: y}
	}
	return textmodel.Train(tx, nOut, trainOptions)
}

// probConcern is the trained model's probability of a concern.
func probConcern(m textmodel.Model, fs []string) float64 {
	return textmodel.Prob(m.Logits(fs)[anyKind])
}

// TestModelUpToDate fails when the labelled data, the cue phrases or the
// training settings changed since model_gen.go was made; -update-model
// trains it again.
func TestModelUpToDate(t *testing.T) {
	hash := trainingHash(t)
	if *updateModel {
		m := train(loadExamples(t))
		src, err := m.GoSource("safety", "safetyModel", hash, `"go test -run TestModelUpToDate -update-model"`, pruneBelow)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("model_gen.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if safetyModelHash != hash {
		t.Errorf("model_gen.go was trained on other data (%s, now %s): run make generate (go generate ./internal/safety/)", safetyModelHash, hash)
	}
	if err := safetyModel.CheckSlots(); err != nil {
		t.Errorf("model_gen.go: %v: run make generate (go generate ./internal/safety/)", err)
	}
}

// TestModelHeldOut trains the model without each labelled set in turn and
// measures it on that set and on held-out drafts: the figures behind
// modelThreshold. It is slow, so it runs only with -heldout:
//
//	go test ./internal/safety -run TestModelHeldOut -v -args -heldout
func TestModelHeldOut(t *testing.T) {
	if !*heldOut {
		t.Skip("run with -args -heldout")
	}
	exs := loadExamples(t)
	sets := map[string]bool{}
	for _, e := range exs {
		if e.set != "drafts" {
			sets[e.set] = true
		}
	}
	// Half the draft sentences are held out from every model, to count
	// false alarms on ordinary text.
	var drafts []example
	var base []example
	n := 0
	for _, e := range exs {
		if e.set == "drafts" {
			n++
			if n%2 == 0 {
				drafts = append(drafts, e)
				continue
			}
		}
		base = append(base, e)
	}
	for set := range sets {
		var tr, te []example
		for _, e := range base {
			if e.set == set {
				te = append(te, e)
			} else {
				tr = append(tr, e)
			}
		}
		m := train(tr)
		for _, th := range []float64{0.8, 0.9, 0.95} {
			var tp, fp, fn int
			for _, e := range te {
				p := probConcern(m, e.feats)
				switch got := p > th; {
				case got && e.kind >= 0:
					tp++
				case got:
					fp++
				case e.kind >= 0:
					fn++
				}
			}
			alarms := 0
			for _, e := range drafts {
				if p := probConcern(m, e.feats); p > th {
					alarms++
				}
			}
			t.Logf("%-22s threshold %.2f: model alone precision %.3f recall %.3f; draft sentences flagged %d/%d",
				set, th, float64(tp)/math.Max(1, float64(tp+fp)), float64(tp)/math.Max(1, float64(tp+fn)), alarms, len(drafts))
		}
	}
}
