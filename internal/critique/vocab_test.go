package critique

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// vocabulary returns every category id, element name and step name.
func vocabulary() map[string]string {
	words := map[string]string{}
	for _, c := range catalogue {
		words[c.ID] = "category"
	}
	for _, k := range []Kind{KindApology, KindReachOut} {
		for _, e := range ElementNames(k) {
			words[e] = "element"
		}
	}
	for _, s := range Steps() {
		if words[s] == "" {
			words[s] = "step"
		}
	}
	return words
}

// TestVocabularySpelledOnlyHere fails when Go code outside this package
// spells a category, element or step name as a string literal: such a
// copy goes stale silently when the name changes here. Use the
// constants (CatDeadline, ElemCommitment, StepListening, ...) instead.
// Tests elsewhere may spell names on purpose, to pin the JSON contract
// that users and scripts see, so _test.go files are not scanned.
func TestVocabularySpelledOnlyHere(t *testing.T) {
	words := vocabulary()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	here, _ := filepath.Abs(".")
	fset := token.NewFileSet()
	files := 0
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			name := d.Name()
			if path == here || path != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution|parser.ParseComments)
		if err != nil {
			return err
		}
		if ast.IsGenerated(f) {
			return nil // written by a program from the real sources, not by hand
		}
		files++
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				return true
			}
			if what := words[s]; what != "" {
				rel, _ := filepath.Rel(root, fset.Position(lit.Pos()).Filename)
				t.Errorf("%s:%d: the %s name %q is spelled out; use the critique constant", rel, fset.Position(lit.Pos()).Line, what, s)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 30 {
		t.Fatalf("scanned %d Go files; is the module root right?", files)
	}
}
