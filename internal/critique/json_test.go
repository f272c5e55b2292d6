package critique

import (
	"encoding/json"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Scripts depend on these key names (issue 4); changing them is a break.
func TestJSONKeys(t *testing.T) {
	r := Check("I'm sorry if I hurt you.", KindApology)
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(b, &top); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"doubt", "elements", "findings", "kind", "model", "score", "source"}, sortedKeys(top)); diff != "" {
		t.Errorf("top-level keys (-want +got):\n%s", diff)
	}
	var els map[string]map[string]json.RawMessage
	if err := json.Unmarshal(top["elements"], &els); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"acknowledgment", "commitment", "responsibility"}, sortedKeys(els)); diff != "" {
		t.Errorf("element names (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"evidence", "note", "present"}, sortedKeys(els["acknowledgment"])); diff != "" {
		t.Errorf("element keys (-want +got):\n%s", diff)
	}
	var fs []map[string]json.RawMessage
	if err := json.Unmarshal(top["findings"], &fs); err != nil || len(fs) == 0 {
		t.Fatalf("findings: %v %d", err, len(fs))
	}
	if diff := cmp.Diff([]string{"category", "element", "end", "message", "quote", "severity", "start", "suggestion"}, sortedKeys(fs[0])); diff != "" {
		t.Errorf("finding keys (-want +got):\n%s", diff)
	}
	if string(top["source"]) != `"rules"` || string(top["model"]) != `""` || string(top["kind"]) != `"apology"` {
		t.Errorf("source/model/kind = %s %s %s", top["source"], top["model"], top["kind"])
	}
	// With model fields set, the optional keys appear.
	yes := true
	r.Elements["acknowledgment"].ModelPresent = &yes
	r.Elements["acknowledgment"].ModelNote = "ok"
	r.Note, r.Rewrite = "n", "w"
	b, _ = json.Marshal(r)
	_ = json.Unmarshal(b, &top)
	_ = json.Unmarshal(top["elements"], &els)
	if diff := cmp.Diff([]string{"evidence", "model_note", "model_present", "note", "present"}, sortedKeys(els["acknowledgment"])); diff != "" {
		t.Errorf("element keys with model (-want +got):\n%s", diff)
	}
	if _, ok := top["rewrite"]; !ok {
		t.Error("rewrite key missing")
	}
	// A clean draft still has an empty findings array, not null.
	b, _ = json.Marshal(Check("I'm sorry I missed your party. That's on me. I'll take you to dinner on Friday.", KindApology))
	_ = json.Unmarshal(b, &top)
	if string(top["findings"]) != "[]" {
		t.Errorf("findings = %s, want []", top["findings"])
	}
}

func sortedKeys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
