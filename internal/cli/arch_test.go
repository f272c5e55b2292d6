package cli

import (
	"bytes"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The shape the README's layout section promises, checked: cli files stay
// small, and each outside library has one home.
func TestArchitecture(t *testing.T) {
	root := filepath.Join("..", "..")
	owners := map[string][]string{ // import path -> the directories allowed to import it
		"github.com/spf13/cobra":       {"internal/cli"},
		"github.com/chzyer/readline":   {"internal/repl"},
		"github.com/ollama/ollama/api": {"internal/llm", "internal/llm/ollamatest", "internal/benchtool/bareclient"},
	}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		dir := filepath.ToSlash(filepath.Dir(rel))
		if dir == "internal/cli" {
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			if n := bytes.Count(b, []byte("\n")); n > 300 {
				t.Errorf("%s has %d lines; cli files stay under 300 (split it, or move logic out of cli)", rel, n)
			}
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if allowed, ok := owners[p]; ok && !slices.Contains(allowed, dir) {
				t.Errorf("%s imports %s; only %s may", rel, p, strings.Join(allowed, ", "))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
