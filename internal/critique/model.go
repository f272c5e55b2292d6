package critique

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ModelElement is the model's verdict on one element.
type ModelElement struct {
	Present  bool   `json:"present"`
	Evidence string `json:"evidence"`
	Note     string `json:"note"`
}

// ModelVerdict is the model's critique, decoded from its JSON answer.
type ModelVerdict struct {
	Elements map[string]ModelElement `json:"elements"`
	Overall  string                  `json:"overall"`
	Rewrite  string                  `json:"rewrite"`
	// Dropped lists evidence quotes that were not in the draft; they are
	// removed from Elements and never shown.
	Dropped []string `json:"-"`
}

// ErrVerdict marks a model answer that cannot be used.
var ErrVerdict = errors.New("the model's answer is not a usable critique")

// ParseVerdict decodes and checks the model's JSON answer for a draft of
// the given kind. Every element must be judged. Evidence that is not a
// quote of the draft is dropped (and recorded in Dropped); evidence that
// matches the draft only up to quote style, case or spacing is replaced by
// the draft's own words.
func ParseVerdict(raw string, kind Kind, draft string) (ModelVerdict, error) {
	var v ModelVerdict
	dec := json.NewDecoder(strings.NewReader(raw))
	if err := dec.Decode(&v); err != nil {
		return ModelVerdict{}, fmt.Errorf("%w: %v", ErrVerdict, err)
	}
	for _, name := range ElementNames(kind) {
		el, ok := v.Elements[name]
		if !ok {
			return ModelVerdict{}, fmt.Errorf("%w: element %q is missing", ErrVerdict, name)
		}
		if ev := strings.TrimSpace(el.Evidence); ev != "" {
			if s, e, ok := FindQuote(draft, ev); ok {
				el.Evidence = draft[s:e]
			} else {
				v.Dropped = append(v.Dropped, el.Evidence)
				el.Evidence = ""
			}
		} else {
			el.Evidence = ""
		}
		el.Note = strings.TrimSpace(el.Note)
		v.Elements[name] = el
	}
	for name := range v.Elements {
		if !isElement(kind, name) {
			delete(v.Elements, name)
		}
	}
	v.Overall = strings.TrimSpace(v.Overall)
	v.Rewrite = strings.TrimSpace(v.Rewrite)
	return v, nil
}

func isElement(kind Kind, name string) bool {
	for _, n := range ElementNames(kind) {
		if n == name {
			return true
		}
	}
	return false
}

// Merge folds the model's verdict into the rules' report. The rules stay
// as they are: their findings are exact and the score is theirs, so
// --fail-under means the same with or without a model. The model adds
// evidence where the rules had none, its own note on each element (shown
// beside the rules' note when the two disagree), an overall note and a
// rewrite.
func Merge(rules Report, v ModelVerdict, model string) Report {
	out := rules
	out.Source = "rules+model"
	out.Model = model
	out.Elements = make(map[string]*Element, len(rules.Elements))
	for name, el := range rules.Elements {
		cp := *el
		if mv, ok := v.Elements[name]; ok {
			present := mv.Present
			cp.ModelPresent = &present
			cp.ModelNote = mv.Note
			if cp.Evidence == "" && mv.Evidence != "" && mv.Present {
				cp.Evidence = mv.Evidence
			}
		}
		out.Elements[name] = &cp
	}
	out.Findings = append(make([]Finding, 0, len(rules.Findings)), rules.Findings...)
	out.Note = v.Overall
	out.Rewrite = v.Rewrite
	return out
}

// FindQuote locates quote in draft, first exactly, then ignoring case,
// quote style (curly or straight) and runs of white space. It returns the
// byte span of the match in draft.
func FindQuote(draft, quote string) (start, end int, ok bool) {
	if quote == "" {
		return 0, 0, false
	}
	if i := strings.Index(draft, quote); i >= 0 {
		return i, i + len(quote), true
	}
	d, dmap := foldForQuote(draft)
	q, _ := foldForQuote(strings.TrimSpace(quote))
	if q == "" {
		return 0, 0, false
	}
	i := strings.Index(d, q)
	if i < 0 {
		return 0, 0, false
	}
	// dmap[k] is the byte offset in draft of the k-th byte of d; the match
	// ends after the draft rune behind the last folded byte.
	last := dmap[i+len(q)-1]
	_, size := utf8.DecodeRuneInString(draft[last:])
	return dmap[i], last + size, true
}

// foldForQuote lower-cases, straightens quotes and collapses white space,
// keeping for every output byte the offset of the input rune it came from.
func foldForQuote(s string) (string, []int) {
	var b strings.Builder
	idx := make([]int, 0, len(s))
	space := false
	for i, r := range s {
		switch r {
		case '\u2018', '\u2019', '\u02bc', '`':
			r = '\''
		case '\u201c', '\u201d':
			r = '"'
		}
		if unicode.IsSpace(r) {
			if space || b.Len() == 0 {
				continue
			}
			space = true
			r = ' '
		} else {
			space = false
		}
		r = unicode.ToLower(r)
		n := b.Len()
		b.WriteRune(r)
		for j := n; j < b.Len(); j++ {
			idx = append(idx, i)
		}
	}
	return b.String(), idx
}
