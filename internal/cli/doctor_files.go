package cli

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/amends-cli/amends/internal/config"
	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/scenario"
	"github.com/amends-cli/amends/internal/templates"
)

// fileChecks load what practice will load: every prompt override parses
// and renders, every scenario file parses and renders into the partner's
// prompt. Each problem is named with its file and line.
func fileChecks(cfg *config.Config) []check {
	prompts := templates.New(filepath.Join(cfg.ConfigDir, "prompts"))
	var out []check

	probs := prompts.CheckOverrides()
	promptsOK := len(probs) == 0
	switch {
	case len(probs) > 0:
		out = append(out, problemsCheck("prompts", probs, "fix the file, or delete it to use the built-in prompt"))
	default:
		out = append(out, check{Name: "prompts", Status: "pass", Detail: "overrides in " + prompts.Dir() + " parse and render (or there are none)"})
	}

	dir := filepath.Join(cfg.ConfigDir, "scenarios")
	files, _ := filepath.Glob(filepath.Join(dir, "*.toml"))
	probs = nil
	for _, path := range files {
		text, err := critique.ReadFileBounded(path, "scenario file "+path)
		if err != nil {
			probs = append(probs, templates.Problem{Path: path, Msg: err.Error()})
			continue
		}
		sc, err := scenario.Parse(path, []byte(text))
		if err != nil {
			if fe, ok := err.(*scenario.FileError); ok {
				probs = append(probs, templates.Problem{Path: fe.Path, Line: fe.Line, Msg: fe.Msg})
			} else {
				probs = append(probs, templates.Problem{Path: path, Msg: err.Error()})
			}
			continue
		}
		// A scene is rendered into the partner's prompt (when the prompts
		// themselves load; a broken override is reported above).
		if !promptsOK {
			continue
		}
		if p := prompts.CheckScene(path, sc); p != nil {
			probs = append(probs, *p)
		}
	}
	switch {
	case len(probs) > 0:
		out = append(out, problemsCheck("scenarios", probs, "fix the file (amends scenarios show NAME prints a valid one), or move it away"))
	case len(files) > 0:
		out = append(out, check{Name: "scenarios", Status: "pass", Detail: fmt.Sprintf("%d of yours in %s parse and render", len(files), dir)})
	default:
		out = append(out, check{Name: "scenarios", Status: "pass", Detail: "built-in only (none of yours in " + dir + ")"})
	}
	return out
}

// problemsCheck is a failed check listing each problem on its own line.
func problemsCheck(name string, probs []templates.Problem, fix string) check {
	lines := make([]string, len(probs))
	list := make([]map[string]any, len(probs))
	for i, p := range probs {
		lines[i] = p.String()
		list[i] = map[string]any{"path": p.Path, "line": p.Line, "message": p.Msg}
	}
	return check{Name: name, Status: "fail", Detail: strings.Join(lines, "\n"), Fix: fix, Data: map[string]any{"problems": list}}
}
