package critique

import (
	"strings"

	"github.com/amends-cli/amends/internal/textmodel"
)

//go:generate go test -run TestWordModelUpToDate -update-word-model .

// The rules name what their authors thought of, and on drafts nobody here
// had read they raise about half of what a careful reader would (see the
// README's figures). The word model is a second reader, learnt rather
// than written: one logistic regression per category over the draft's
// words and pairs of words (stemmed), trained on every labelled draft in
// testdata/critique (wordmodel_train_test.go). Its weights are never
// negative, so adding words to a draft never lowers its belief in a
// category, and the score keeps its properties (properties_test.go); it
// stays silent where a rule's guard cleared the sentence or the sentence
// reads the other way (readsOtherWay). It raises a category only
// where the rules raised none, at most at medium severity, marked as
// learnt and costing half a rule's finding; it quotes the sentence whose
// words weigh most toward the category. It reads whole drafts, not lines
// of a rehearsal.

// wordModelThreshold is the probability above which the model raises a
// category. It was chosen with each labelled set held out from training
// in turn (go test -run TestWordModelHeldOut -args -word-heldout).
const wordModelThreshold = 0.4

// wordModelThresholds override wordModelThreshold for the categories
// where five-fold cross-validation by labelled set showed another
// threshold adds at least two right findings for each wrong one (the lower
// ones) or drops at least five wrong findings for each right one lost (the
// higher ones): go test -run TestWordModelThresholdsCV -args -word-heldout.
// Together: 20 more right findings and 12 fewer wrong ones on 7,600 drafts.
var wordModelThresholds = map[string]float64{
	CatCounter: 0.2, CatUniversalExcuse: 0.25, CatThreat: 0.25,
	CatSelfFocus: 0.3, CatHedged: 0.3, CatInvalidating: 0.35,
	CatButClause: 0.5, CatPassive: 0.5, CatDeflection: 0.5,
	CatResentful: 0.5, CatDemand: 0.5, CatCondition: 0.5,
}

// threshold is the probability above which the model raises cat.
func threshold(cat string) float64 {
	if t, ok := wordModelThresholds[cat]; ok {
		return t
	}
	return wordModelThreshold
}

// wordModelSkips are the categories the model leaves to the rules: they
// are about the draft's shape (its length, whether it apologises at all),
// which the rules measure exactly.
var wordModelSkips = map[string]bool{CatTooLong: true, CatNoApology: true}

// wordTok is one word of a sentence (or a clause mark, w == ","), with its
// normalised span.
type wordTok struct {
	w    string
	s, e int
}

// wordSentences splits the normalised draft into sentences of stemmed words.
func (d *doc) wordSentences() [][]wordTok {
	var out [][]wordTok
	var cur []wordTok
	start := -1
	flush := func(i int) {
		if start >= 0 {
			cur = append(cur, wordTok{stem(d.norm[start:i]), start, i})
			start = -1
		}
	}
	for i := 0; i < len(d.norm); i++ {
		c := d.norm[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'' || c >= 0x80:
			if start < 0 {
				start = i
			}
		case isSentenceEnd(c):
			flush(i)
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
		case isClauseEnd(c):
			flush(i)
			cur = append(cur, wordTok{",", i, i})
		default:
			flush(i)
		}
	}
	flush(len(d.norm))
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// stem folds a word's common endings away, so that "blamed", "blaming"
// and "blames" are one feature to a model that has seen few of each.
func stem(w string) string {
	w = strings.TrimSuffix(w, "'s")
	for _, suf := range [...]string{"ingly", "edly", "ing", "ed", "ly", "ies", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// sentenceFeatures are one sentence's words and pairs of adjacent words
// within a clause; "^" marks the sentence's start.
func sentenceFeatures(s []wordTok, fs []string) []string {
	prev := "^"
	for _, t := range s {
		if t.w == "," {
			prev = ","
			continue
		}
		fs = append(fs, t.w, prev+" "+t.w)
		prev = t.w
	}
	return fs
}

// wordFeatures are the features of a whole draft of kind.
func wordFeatures(sents [][]wordTok, kind Kind) []string {
	fs := []string{"#k:" + string(kind)}
	for _, s := range sents {
		fs = sentenceFeatures(s, fs)
	}
	return fs
}

// sentenceIndices appends the positions in table t of
// sentenceFeatures(s) to idx, in the same order (-1 for a feature the
// table lacks), without making the pairs' strings.
func sentenceIndices(t *textmodel.Table, s []wordTok, idx []int32) []int32 {
	prev := "^"
	for _, w := range s {
		if w.w == "," {
			prev = ","
			continue
		}
		idx = append(idx, int32(t.Index(w.w)), int32(t.IndexPair(prev, w.w)))
		prev = w.w
	}
	return idx
}

// draftIndices are the draft's features as wordFeatures gives them, by
// position in table t, and where each sentence's end: sentence j's are
// idx[ends[j]:ends[j+1]], and idx[:ends[0]] is the kind's.
func draftIndices(t *textmodel.Table, sents [][]wordTok, kind Kind, n int) (idx []int32, ends []int) {
	idx = make([]int32, 1, n)
	idx[0] = int32(t.Index("#k:" + string(kind)))
	ends = make([]int, len(sents)+1)
	ends[0] = len(idx)
	for j, s := range sents {
		idx = sentenceIndices(t, s, idx)
		ends[j+1] = len(idx)
	}
	return idx, ends
}

// wordModelHits are the categories the finding model raises on the draft
// that the rules (their findings) did not, each on the sentence that
// weighs most toward it, and the doubt model's probability of each
// category (index as in catalogue; 0 for the categories left to the
// rules).
func (d *doc) wordModelHits(kind Kind, rules []Finding) ([]hit, []float64) {
	sents := d.wordSentences()
	n := 1
	for _, s := range sents {
		n += 2 * len(s)
	}
	idx, _ := draftIndices(&wordModel, sents, kind, n)
	z := wordModel.LogitsOf(idx)
	var fidx []int32
	var fends []int
	var zf []float64
	var out []hit
	var uniq [][]int32
	probs := make([]float64, len(catalogue))
	for k := range catalogue {
		cat := catalogue[k].ID
		if wordModelSkips[cat] {
			continue
		}
		probs[k] = textmodel.Prob(z[k])
		if hasFinding(rules, cat) {
			continue
		}
		if zf == nil {
			fidx, fends = draftIndices(&wordFindModel, sents, kind, n)
			zf = wordFindModel.ClippedLogitsOf(fidx, fends)
		}
		if textmodel.Prob(zf[k]) <= threshold(cat) {
			continue
		}
		if uniq == nil {
			uniq = sentenceFeatureSets(fidx, fends)
		}
		if s, e, ok := d.heaviestSentence(sents, uniq, k, cat); ok && !d.readsOtherWay(cat, s, e) {
			out = append(out, hit{cat: cat, s: s, e: e, learned: true})
		}
	}
	return out, probs
}

// sentenceFeatureSets are, for each sentence, the positions of its
// features that the table holds, each once, in the order they come.
func sentenceFeatureSets(idx []int32, ends []int) [][]int32 {
	out := make([][]int32, len(ends)-1)
	buf := make([]int32, 0, len(idx))
	var seen textmodel.IndexSet
	for j := range out {
		part := idx[ends[j]:ends[j+1]]
		seen.Reset(len(part))
		from := len(buf)
		for _, i := range part {
			if i >= 0 && seen.Add(i) {
				buf = append(buf, i)
			}
		}
		out[j] = buf[from:len(buf):len(buf)]
	}
	return out
}

// heaviestSentence returns the normalised span of the sentence whose
// features (uniq, as sentenceFeatureSets gives them) add most to output k,
// among those where no guard of a rule of category cat cleared a phrase.
func (d *doc) heaviestSentence(sents [][]wordTok, uniq [][]int32, k int, cat string) (int, int, bool) {
	best, bs, be := 0.0, 0, 0
	for j, s := range sents {
		w := 0.0
		for _, i := range uniq[j] {
			w += wordFindModel.Weight(int(i), k)
		}
		first, last := -1, -1
		for j, t := range s {
			if t.w != "," {
				if first < 0 {
					first = j
				}
				last = j
			}
		}
		if first >= 0 && w > best && !d.clearedIn(cat, s[first].s, s[last].e) {
			best, bs, be = w, s[first].s, s[last].e
		}
	}
	return bs, be, best > 0
}

// clearedIn reports whether a guard suppressed a rule of category cat
// inside the normalised span [s, e).
func (d *doc) clearedIn(cat string, s, e int) bool {
	for _, h := range d.cleared {
		if h.cat == cat && h.s < e && h.e > s {
			return true
		}
	}
	return false
}

// readsOtherWay: the sentence s..e, which weighs most toward cat, holds
// what a finding of cat needs only in a form that says the opposite, so
// the model, which reads words and not their sense, does not raise it. A
// take-back needs a "but" that does not turn to owning the act ("I was
// ashamed, but you deserved to know", where every "but" of the sentence
// turns so); criticism is not praise ("you always try to keep the peace");
// an excuse the writer disowns in that sentence or the next ("I'd had a
// few drinks, but that's no excuse") is none.
func (d *doc) readsOtherWay(cat string, s, e int) bool {
	switch cat {
	case CatButClause:
		ms := reButWord().FindAllStringSubmatchIndex(d.norm[s:e], -1)
		for _, m := range ms {
			if !reOwnedAfterBut().MatchString(d.norm[s+m[1] : e]) {
				return false
			}
		}
		return len(ms) > 0
	case CatCriticism:
		return rePraiseAlways().MatchString(d.norm[s:e])
	case CatExcuse:
		return excuseDisowned(d, s, e)
	}
	return false
}

var (
	reButWord      = lazyRE(`\b(?:but|however|though|tho|although|yet)\b`)
	rePraiseAlways = lazyRE(`\b(?:you|u)\s+(?:always|never\s+stop)\s+(?:try(?:ing)?\s+to\s+(?:keep\s+the\s+peace|help|make\s+(?:it|things|everyone)\s+(?:work|better|easier|nice)|do\s+the\s+right)|(?:make|made)\s+me\s+(?:laugh|smile|feel\s+(?:welcome|safe|better|loved))|(?:were|are|have\s+been)\s+there|(?:look|looked)\s+out\s+for|(?:help|helped|support|supported|listen|listened|show|showed)\b)`)
)
