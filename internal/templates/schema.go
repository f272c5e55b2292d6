package templates

import (
	"encoding/json"
	"fmt"
)

// The JSON schemas the model answers through (Ollama's `format`), and the
// Go shapes they decode into. The prompts describe the same fields.

// ElementJudgement is the model's view of one element of a draft.
type ElementJudgement struct {
	Present bool `json:"present"`
	// Evidence is an exact quote from the draft, or "" when absent. Callers
	// must drop quotes that are not substrings of the draft.
	Evidence string `json:"evidence"`
	Note     string `json:"note"`
}

// CritiqueResult is the model's answer to critique.tmpl.
type CritiqueResult struct {
	// Elements is keyed by the names of Elements(kind).
	Elements map[string]ElementJudgement `json:"elements"`
	Overall  string                      `json:"overall"`
	Rewrite  string                      `json:"rewrite"`
}

// StepRating is the debrief's view of one step.
type StepRating struct {
	// Rating: 0 not attempted, 1 attempted but undermined, 2 partly done,
	// 3 done well.
	Rating int    `json:"rating"`
	Note   string `json:"note"`
}

// DebriefResult is the model's answer to debrief.tmpl.
type DebriefResult struct {
	// Steps is keyed by the names in Steps.
	Steps map[string]StepRating `json:"steps"`
	// BestLine and WeakestLine quote the user's lines exactly; callers must
	// check they are substrings of a user turn.
	BestLine    string   `json:"best_line"`
	WeakestLine string   `json:"weakest_line"`
	Suggestions []string `json:"suggestions"`
	Summary     string   `json:"summary"`
}

// StepRatingMax is the highest StepRating.Rating.
const StepRatingMax = 3

type object = map[string]any

func str() object { return object{"type": "string"} }

func obj(props object, required []string) object {
	return object{"type": "object", "properties": props, "required": required, "additionalProperties": false}
}

// CritiqueSchema returns the JSON schema for the critique of a draft of
// the given kind (KindApology or KindReachOut).
func CritiqueSchema(kind string) (json.RawMessage, error) {
	names := Elements(kind)
	if names == nil {
		return nil, fmt.Errorf("unknown draft kind %q (want %s or %s)", kind, KindApology, KindReachOut)
	}
	el := obj(object{"present": object{"type": "boolean"}, "evidence": str(), "note": str()},
		[]string{"present", "evidence", "note"})
	props := object{}
	for _, n := range names {
		props[n] = el
	}
	return marshal(obj(object{
		"elements": obj(props, names),
		"overall":  str(),
		"rewrite":  str(),
	}, []string{"elements", "overall", "rewrite"}))
}

// DebriefSchema returns the JSON schema for the end-of-session debrief.
func DebriefSchema() json.RawMessage {
	rating := obj(object{
		"rating": object{"type": "integer", "enum": []int{0, 1, 2, 3}},
		"note":   str(),
	}, []string{"rating", "note"})
	props := object{}
	for _, n := range Steps {
		props[n] = rating
	}
	raw, err := marshal(obj(object{
		"steps":        obj(props, Steps),
		"best_line":    str(),
		"weakest_line": str(),
		"suggestions":  object{"type": "array", "items": str(), "minItems": 3, "maxItems": 3},
		"summary":      str(),
	}, []string{"steps", "best_line", "weakest_line", "suggestions", "summary"}))
	if err != nil {
		panic(err) // static data
	}
	return raw
}

// marshal encodes with sorted keys (encoding/json sorts map keys), so the
// schema bytes are stable.
func marshal(v any) (json.RawMessage, error) {
	b, err := json.Marshal(v)
	return json.RawMessage(b), err
}
