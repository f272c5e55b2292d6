package templates

import (
	"encoding/json"
	"fmt"

	"github.com/amends-cli/amends/internal/critique"
)

// The JSON schemas the model answers through (Ollama's `format`). The
// prompts describe the same fields; the critique answer decodes into
// critique.ModelVerdict, the debrief answer into practice.ModelDebrief.

type object = map[string]any

func str() object { return object{"type": "string"} }

func obj(props object, required []string) object {
	return object{"type": "object", "properties": props, "required": required, "additionalProperties": false}
}

// CritiqueSchema returns the JSON schema for the critique of a draft of
// the given kind; the answer decodes into critique.ModelVerdict.
func CritiqueSchema(kind critique.Kind) (json.RawMessage, error) {
	if !critique.ValidKind(kind) {
		return nil, fmt.Errorf("unknown draft kind %q (want %s or %s)", kind, critique.KindApology, critique.KindReachOut)
	}
	names := critique.ElementNames(kind)
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

// DebriefSchema returns the JSON schema for the end-of-session debrief:
// {"steps": {STEP: {"rating": 0-3, "note"}}, "best_line", "weakest_line",
// "suggestions", "summary"}, with a rating of 0 for a step not attempted,
// 1 attempted but undermined, 2 partly done and 3 done well. Quoted lines
// must be checked against the user's turns by the caller.
func DebriefSchema() json.RawMessage {
	steps := critique.Steps()
	rating := obj(object{
		"rating": object{"type": "integer", "enum": []int{0, 1, 2, 3}},
		"note":   str(),
	}, []string{"rating", "note"})
	props := object{}
	for _, n := range steps {
		props[n] = rating
	}
	raw, err := marshal(obj(object{
		"steps":        obj(props, steps),
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
