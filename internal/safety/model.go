package safety

import (
	"math"

	"github.com/amends-cli/amends/internal/textmodel"
)

//go:generate go test -run TestModelUpToDate -update-model .

// The third reading is learnt rather than written: a word-weight model
// (one logistic regression per kind, over the words of a sentence, its
// word pairs and the cue tags found in it) trained on the labelled lines
// in testdata/safety and, as ordinary text, the sentences of the drafts in
// testdata/critique. Rules name what their author thought of; the model
// also weighs words nobody wrote a rule for ("stockpiling", "until
// something popped"), which is where a screen of rules alone misses most
// (see eval_test.go). It speaks only when it is sure (modelThreshold),
// after the frames and the cues found nothing, and it quotes the sentence
// it read. Its weights are generated (model_gen.go) as a static textmodel.Table, so
// nothing is parsed or built when a process starts.

// modelThreshold is the probability above which the model raises a
// concern. It was chosen on sets held out from training in turn (see
// TestModelHeldOut): below it, ordinary drafts start to be flagged.
const modelThreshold = 0.8

// modelFeatures are the features of one sentence: its words, its pairs of
// adjacent words, and its cue tags.
func modelFeatures(s sentence, tags cueTag) []string {
	var fs []string
	prev := ""
	for _, t := range s {
		if t.w == comma {
			prev = ""
			continue
		}
		fs = append(fs, t.w)
		if prev != "" {
			fs = append(fs, prev+" "+t.w)
		}
		prev = t.w
	}
	for i := range tagNames {
		if tags&(1<<i) != 0 {
			fs = append(fs, "#"+tagNames[i])
		}
	}
	return fs
}

// tagNames name the cue tags as model features, in bit order.
var tagNames = [...]string{
	"viol", "injury", "weapon", "kid", "minor", "kidharm", "selfharm", "method", "final", "hint",
	"control", "menace", "menacewords", "say", "stalk", "watch", "lurk", "contact", "persist", "unwanted", "ownplan", "harm",
	"plan", "parent", "teenrule", "everyday", "light", "play", "notage", "accident", "mutual", "place", "serious",
}

// The model's outputs: one a kind (AllKinds order), and the last for
// any concern at all, which decides; the kinds only name it.
const (
	anyKind = 7
	nOut    = 8
)

// modelScore returns the most likely kind for the features and the
// probability of a concern.
func modelScore(fs []string) (string, float64) {
	z := safetyModel.Logits(fs)
	best, kind := math.Inf(-1), ""
	for k, v := range z[:anyKind] {
		if v > best {
			best, kind = v, AllKinds[k]
		}
	}
	return kind, textmodel.Prob(z[anyKind])
}

// modelLongest is the longest sentence, in words, the model reads: it
// learnt from lines of a few sentences, and over a long sentence its many
// small weights add up to a confidence it has not earned.
const modelLongest = 40

// modelConcern reads sentence s (tags, its cue tags) with the model.
func modelConcern(s sentence, tags cueTag) (string, bool) {
	if len(s) == 0 || len(s) > modelLongest {
		return "", false
	}
	kind, p := modelScore(modelFeatures(s, tags))
	return kind, p > modelThreshold
}

// span returns the byte span of a sentence's words (without the clause
// marks at its ends).
func span(s sentence) (int, int, bool) {
	i, j := 0, len(s)
	for i < j && s[i].w == comma {
		i++
	}
	for j > i && s[j-1].w == comma {
		j--
	}
	if i == j {
		return 0, 0, false
	}
	return s[i].start, s[j-1].end, true
}
