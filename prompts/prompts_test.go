package prompts_test

import (
	"io/fs"
	"strings"
	"testing"
	"text/template"

	"github.com/amends-cli/amends/internal/templates"
	"github.com/amends-cli/amends/prompts"
)

// Rendering and golden files are tested in internal/templates; here, each
// embedded file must parse and document its data at the top.
func TestTemplatesParseAndDocumentData(t *testing.T) {
	names, err := fs.Glob(prompts.FS, "*.tmpl")
	if err != nil || len(names) < 5 {
		t.Fatalf("embedded templates: %v %v", names, err)
	}
	for _, n := range names {
		data, err := fs.ReadFile(prompts.FS, n)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		if _, err := template.New(n).Funcs(templates.Funcs()).Parse(text); err != nil {
			t.Errorf("%s: %v", n, err)
		}
		head, _, ok := strings.Cut(text, "*/")
		if !ok || !strings.HasPrefix(text, "{{- /*\n"+n+": ") || !strings.Contains(head, "Data: templates.") {
			t.Errorf("%s must open with a {{/* */}} comment naming itself and its data type", n)
		}
	}
}
