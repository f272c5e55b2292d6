// Package templates renders the prompt templates of package prompts, with
// the user's overrides layered on top: a file NAME.tmpl in the override
// directory ($XDG_CONFIG_HOME/amends/prompts) wins over the embedded one of
// the same name. Templates use text/template with missingkey=error and a
// small set of functions that bring in the guide's text (guide,
// guideSection, ...), so the article is written down once.
//
// The package is pure: it reads the override directory and nothing else.
package templates

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"text/template"

	"github.com/amends-cli/amends/guide"
	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/usage"
	"github.com/amends-cli/amends/prompts"
)

// Ext is the file extension of prompt templates.
const Ext = ".tmpl"

// Set is the embedded templates with an optional override directory. It is
// safe for concurrent use; each template is parsed once, on first use.
type Set struct {
	dir      string
	embedded fs.FS

	mu     sync.Mutex
	parsed map[string]*template.Template
}

// New returns a Set over the embedded prompts, overridden by files in
// overrideDir ("" for the embedded templates only).
func New(overrideDir string) *Set {
	return newSet(overrideDir, prompts.FS)
}

func newSet(dir string, embedded fs.FS) *Set {
	return &Set{dir: dir, embedded: embedded, parsed: map[string]*template.Template{}}
}

// Dir is the override directory ("" when there is none).
func (s *Set) Dir() string { return s.dir }

// NotFoundError is an unknown template name.
type NotFoundError struct {
	Name  string
	Valid []string
}

func (e *NotFoundError) Error() string {
	return fmt.Sprintf("no prompt template %q (available: %s)", e.Name, strings.Join(e.Valid, ", "))
}

// Is makes the error a usage error: the user's to fix (exit code 2).
func (e *NotFoundError) Is(target error) bool { return target == usage.ErrUsage }

// baseName turns "partner" or "partner.tmpl" into "partner".
func baseName(name string) string { return strings.TrimSuffix(name, Ext) }

// Names returns the template names without extension, sorted: the embedded
// ones and any extra files in the override directory.
func (s *Set) Names() []string {
	set := map[string]bool{}
	if ents, err := fs.ReadDir(s.embedded, "."); err == nil {
		for _, e := range ents {
			if !e.IsDir() && strings.HasSuffix(e.Name(), Ext) {
				set[baseName(e.Name())] = true
			}
		}
	}
	for _, n := range s.overrideNames() {
		set[n] = true
	}
	out := make([]string, 0, len(set))
	for n := range set {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

func (s *Set) overrideNames() []string {
	if s.dir == "" {
		return nil
	}
	ents, err := os.ReadDir(s.dir)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range ents {
		if !e.IsDir() && strings.HasSuffix(e.Name(), Ext) && !strings.HasPrefix(e.Name(), ".") {
			out = append(out, baseName(e.Name()))
		}
	}
	return out
}

// OverridePath is where an override of the named template goes (or is),
// or "" when there is no override directory.
func (s *Set) OverridePath(name string) string {
	if s.dir == "" {
		return ""
	}
	return filepath.Join(s.dir, baseName(name)+Ext)
}

// Source returns the text of the named template, and whether it comes from
// the override directory.
func (s *Set) Source(name string) (text string, overridden bool, err error) {
	_, text, overridden, err = s.read(name)
	return text, overridden, err
}

// read finds a template: the override file if there is one, else the
// embedded file. origin names it in errors (the override's path, or
// "prompts/NAME.tmpl").
func (s *Set) read(name string) (origin, text string, overridden bool, err error) {
	name = baseName(name)
	if name == "" || strings.ContainsAny(name, `/\`) || strings.HasPrefix(name, ".") {
		return "", "", false, &NotFoundError{Name: name, Valid: s.Names()}
	}
	if p := s.OverridePath(name); p != "" {
		data, err := critique.ReadFileBounded(p, "prompt override "+p)
		var ie *critique.InputError
		switch {
		case err == nil:
			return p, data, true, nil
		case errors.As(err, &ie) && ie.Reason != critique.ReasonUnreadable:
			return p, "", true, err
		case !fileExists(p):
			// no override: the embedded template
		default:
			return p, "", true, fmt.Errorf("read prompt override: %w", err)
		}
	}
	data, err := fs.ReadFile(s.embedded, name+Ext)
	if errors.Is(err, fs.ErrNotExist) {
		return "", "", false, &NotFoundError{Name: name, Valid: s.Names()}
	}
	if err != nil {
		return "", "", false, err
	}
	return "prompts/" + name + Ext, string(data), false, nil
}

// Builtin returns the embedded text of the named template, whether or not
// it is overridden (for `amends prompts override`).
func (s *Set) Builtin(name string) (string, error) {
	name = baseName(name)
	data, err := fs.ReadFile(s.embedded, name+Ext)
	if err != nil || name == "" || strings.ContainsAny(name, `/\`) {
		return "", &NotFoundError{Name: name, Valid: s.Names()}
	}
	return string(data), nil
}

// OverrideError is an override file that does not parse or render. Path
// names the file, so the user knows what to fix or delete.
type OverrideError struct {
	Path string
	Err  error
}

func (e *OverrideError) Error() string {
	return fmt.Sprintf("prompt override %s: %v (fix it, or delete it to use the built-in prompt)", e.Path, e.Err)
}

func (e *OverrideError) Unwrap() error { return e.Err }

// Is makes the error a usage error: the user's to fix (exit code 2).
func (e *OverrideError) Is(target error) bool { return target == usage.ErrUsage }

func (s *Set) template(name string) (*template.Template, bool, error) {
	name = baseName(name)
	s.mu.Lock()
	defer s.mu.Unlock()
	if t, ok := s.parsed[name]; ok {
		return t, t.Name() != "prompts/"+name+Ext, nil
	}
	origin, text, overridden, err := s.read(name)
	if err != nil {
		return nil, overridden, err
	}
	t, err := template.New(origin).Option("missingkey=error").Funcs(Funcs()).Parse(text)
	if err != nil {
		if overridden {
			return nil, true, &OverrideError{Path: origin, Err: err}
		}
		return nil, false, fmt.Errorf("parse prompt %s: %w", origin, err)
	}
	s.parsed[name] = t
	return t, overridden, nil
}

// Parse parses the named template (the override if there is one) and
// reports any error, without rendering it.
func (s *Set) Parse(name string) error {
	_, _, err := s.template(name)
	return err
}

// Render executes the named template ("partner" or "partner.tmpl") with
// data and returns the text with surrounding space trimmed. The same data
// always renders to the same bytes.
func (s *Set) Render(name string, data any) (string, error) {
	t, overridden, err := s.template(name)
	if err != nil {
		return "", err
	}
	var b bytes.Buffer
	if err := t.Execute(&b, data); err != nil {
		if overridden {
			return "", &OverrideError{Path: t.Name(), Err: err}
		}
		return "", fmt.Errorf("render prompt %s: %w", baseName(name), err)
	}
	return strings.TrimSpace(b.String()), nil
}

// Check parses every template (overrides included) and returns the first
// problem, for `amends doctor`.
func (s *Set) Check() error {
	var errs []error
	for _, n := range s.Names() {
		if _, _, err := s.template(n); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Funcs returns the template functions:
//
//	guide SLUG                 the body of a guide step
//	guideSection SLUG HEADING  the text under "## HEADING" in a step
//	guideBullets SLUG HEADING  only the "- " bullet lines of that section
//	guideTitle SLUG, guideSummary SLUG
//	elements KIND              element names of a draft kind (critique.ElementNames)
//	steps                      the coached steps (critique.Steps)
//	fence TEXT...              a delimiter tag that occurs in none of the
//	                           given strings, []string, []Turn or []Finding
//	indent N S                 prefix every non-empty line of S with N spaces
//	bullets LIST               one "- item" line per item
//	quote S                    S as a double-quoted Go string literal
//	oneline S                  S with runs of white space made one space
//	join LIST SEP, upper, lower, title, trim, add A B, words S
//	fail FORMAT ARGS...        stop rendering with an error
func Funcs() template.FuncMap {
	return template.FuncMap{
		"guide": func(slug string) (string, error) {
			t, err := guide.Get(slug)
			return t.Body, err
		},
		"guideSection": guide.Section,
		"guideBullets": func(slug, heading string) (string, error) {
			sec, err := guide.Section(slug, heading)
			if err != nil {
				return "", err
			}
			var lines []string
			for l := range strings.Lines(sec) {
				if t := strings.TrimRight(l, "\r\n"); strings.HasPrefix(t, "- ") {
					lines = append(lines, t)
				}
			}
			return strings.Join(lines, "\n"), nil
		},
		"guideTitle": func(slug string) (string, error) {
			t, err := guide.Get(slug)
			return t.Title, err
		},
		"guideSummary": func(slug string) (string, error) {
			t, err := guide.Get(slug)
			return t.Summary, err
		},
		"elements": func(kind critique.Kind) ([]string, error) {
			if critique.ValidKind(kind) {
				return critique.ElementNames(kind), nil
			}
			return nil, fmt.Errorf("unknown draft kind %q (want %s or %s)", kind, critique.KindApology, critique.KindReachOut)
		},
		"steps":   critique.Steps,
		"fence":   Fence,
		"indent":  indent,
		"bullets": bullets,
		"quote":   strconv.Quote,
		"oneline": func(s string) string { return strings.Join(strings.Fields(s), " ") },
		"join":    func(list []string, sep string) string { return strings.Join(list, sep) },
		"upper":   strings.ToUpper,
		"lower":   strings.ToLower,
		"title": func(s string) string {
			if s == "" {
				return s
			}
			return strings.ToUpper(s[:1]) + s[1:]
		},
		"fail": func(format string, args ...any) (string, error) {
			return "", fmt.Errorf(format, args...)
		},
		"trim":  strings.TrimSpace,
		"add":   func(a, b int) int { return a + b },
		"words": func(s string) int { return len(strings.Fields(s)) },
	}
}

func indent(n int, s string) string {
	pad := strings.Repeat(" ", n)
	var b strings.Builder
	for l := range strings.Lines(s) {
		if strings.TrimSpace(l) != "" {
			b.WriteString(pad)
		}
		b.WriteString(l)
	}
	return b.String()
}

func bullets(list []string) string {
	var b strings.Builder
	for i, item := range list {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("- ")
		b.WriteString(strings.Join(strings.Fields(item), " "))
	}
	return b.String()
}

// fenceBase is the delimiter tag the prompts put around user-supplied
// text. It is arbitrary and unlikely in ordinary writing; Fence extends it
// when a text contains it anyway.
const fenceBase = "AMENDS-DATA-7F3Q"

// Fence returns a tag that occurs in none of the given texts: fenceBase,
// or fenceBase with the smallest numeric suffix that does not occur. It
// accepts strings, []string, []Turn, []Finding and Turn/Finding values;
// other values are formatted with %v. The result depends only on the
// inputs, so rendering stays deterministic.
func Fence(texts ...any) string {
	var all []string
	var add func(v any)
	add = func(v any) {
		switch v := v.(type) {
		case string:
			all = append(all, v)
		case []string:
			all = append(all, v...)
		case Turn:
			all = append(all, v.Text)
			for _, f := range v.Findings {
				add(f)
			}
		case []Turn:
			for _, t := range v {
				add(t)
			}
		case critique.Finding:
			all = append(all, v.Quote, v.Message, v.Suggestion, v.Category, v.Element, v.Severity)
		case []critique.Finding:
			for _, f := range v {
				add(f)
			}
		default:
			all = append(all, fmt.Sprint(v))
		}
	}
	for _, t := range texts {
		add(t)
	}
	occurs := func(tag string) bool {
		for _, s := range all {
			if strings.Contains(strings.ToUpper(s), tag) {
				return true
			}
		}
		return false
	}
	tag := fenceBase
	for i := 2; occurs(tag); i++ {
		tag = fenceBase + "-" + strconv.Itoa(i)
	}
	return tag
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return !errors.Is(err, fs.ErrNotExist)
}
