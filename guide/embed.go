// Package guide holds the steps of rebuilding a relationship after a falling
// out, written in the project's own words from the article "How to Rebuild
// Relationships After a Falling Out (6 Actionable Steps)" and the apology
// research. Each step is one embedded Markdown file with a small front matter
// block; the prompts reach this text through template functions, so it is
// written down once.
package guide

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/amends-cli/amends/internal/usage"
)

// FS holds the embedded Markdown files, one per step.
//
//go:embed *.md
var FS embed.FS

// ArticleTitle is the article every step is drawn from.
const ArticleTitle = "How to Rebuild Relationships After a Falling Out (6 Actionable Steps)"

// Topic is one step of the guide.
type Topic struct {
	Slug    string `json:"slug"`
	Title   string `json:"title"`
	Summary string `json:"summary"`
	// Source is the article the step is drawn from.
	Source string `json:"source"`
	// References are the research works cited in the body, as written in
	// the front matter ("Author Year"), in order.
	References []string `json:"references,omitempty"`
	// Body is the Markdown after the front matter, without a trailing newline.
	Body  string `json:"body"`
	Order int    `json:"order"`
	// File is the embedded file name, e.g. "apology.md".
	File string `json:"-"`
}

// NotFoundError is returned by Get and Section for an unknown slug or
// heading; Valid lists what exists.
type NotFoundError struct {
	What  string // "topic" or "section"
	Name  string
	Valid []string
}

func (e *NotFoundError) Error() string {
	return fmt.Sprintf("no guide %s %q (valid: %s)", e.What, e.Name, strings.Join(e.Valid, ", "))
}

// Is makes the error a usage error: the user's to fix (exit code 2).
func (e *NotFoundError) Is(target error) bool { return target == usage.ErrUsage }

var (
	loadOnce sync.Once
	topics   []Topic
	loadErr  error
)

func load() ([]Topic, error) {
	loadOnce.Do(func() { topics, loadErr = parseAll(FS) })
	return topics, loadErr
}

// Topics returns every step, ordered by Order then Slug. It panics if the
// embedded files are malformed, which the package tests rule out.
func Topics() []Topic {
	ts, err := load()
	if err != nil {
		panic(err)
	}
	return slices.Clone(ts)
}

// Slugs returns the slugs of all steps, in order.
func Slugs() []string {
	ts := Topics()
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Slug
	}
	return out
}

// Get returns the step with the given slug. The error lists the valid slugs.
func Get(slug string) (Topic, error) {
	if t, ok := getOne(slug); ok {
		return t, nil
	}
	for _, t := range Topics() {
		if t.Slug == slug {
			return t, nil
		}
	}
	return Topic{}, &NotFoundError{What: "topic", Name: slug, Valid: Slugs()}
}

var (
	oneMu sync.Mutex
	one   = map[string]Topic{}
)

// getOne returns the step with the given slug by parsing only its own
// file, SLUG.md (every step's file is named after its slug, which
// TestSlugIsFileName holds): a prompt that quotes one step need not parse
// the whole guide. ok is false when that file is missing or does not
// parse to the slug; Get then reads every step as before.
func getOne(slug string) (Topic, bool) {
	if slug == "" || strings.ContainsAny(slug, `/\`) || strings.HasPrefix(slug, ".") {
		return Topic{}, false
	}
	oneMu.Lock()
	defer oneMu.Unlock()
	if t, ok := one[slug]; ok {
		return t, true
	}
	name := slug + ".md"
	data, err := fs.ReadFile(FS, name)
	if err != nil {
		return Topic{}, false
	}
	t, err := Parse(name, string(data))
	if err != nil || t.Slug != slug {
		return Topic{}, false
	}
	one[slug] = t
	return t, true
}

// Section returns the text under the "## heading" of a step (case-insensitive
// match of the heading text), up to the next heading of the same or a higher
// level, trimmed.
func Section(slug, heading string) (string, error) {
	t, err := Get(slug)
	if err != nil {
		return "", err
	}
	return t.Section(heading)
}

// Headings returns the level-2 headings of the topic's body, in order.
func (t Topic) Headings() []string {
	var hs []string
	for line := range strings.Lines(t.Body) {
		if h, ok := strings.CutPrefix(strings.TrimRight(line, "\r\n"), "## "); ok {
			hs = append(hs, strings.TrimSpace(h))
		}
	}
	return hs
}

// Section returns the text under a level-2 heading; see the package-level
// Section.
func (t Topic) Section(heading string) (string, error) {
	var (
		b  strings.Builder
		in bool
	)
	for line := range strings.Lines(t.Body) {
		trimmed := strings.TrimRight(line, "\r\n")
		if level := headingLevel(trimmed); level > 0 {
			if in && level <= 2 {
				break
			}
			if level == 2 && strings.EqualFold(strings.TrimSpace(trimmed[3:]), strings.TrimSpace(heading)) {
				in = true
				continue
			}
		}
		if in {
			b.WriteString(line)
		}
	}
	if !in {
		return "", &NotFoundError{What: "section", Name: t.Slug + "#" + heading, Valid: t.Headings()}
	}
	return strings.TrimSpace(b.String()), nil
}

func headingLevel(line string) int {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	if n == 0 || n >= len(line) || line[n] != ' ' {
		return 0
	}
	return n
}

// parseAll reads and parses every *.md file in fsys.
func parseAll(fsys fs.FS) ([]Topic, error) {
	names, err := fs.Glob(fsys, "*.md")
	if err != nil {
		return nil, err
	}
	var out []Topic
	seen := map[string]string{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		t, err := Parse(name, string(data))
		if err != nil {
			return nil, err
		}
		if prev, dup := seen[t.Slug]; dup {
			return nil, fmt.Errorf("guide %s: slug %q already used by %s", name, t.Slug, prev)
		}
		seen[t.Slug] = name
		out = append(out, t)
	}
	slices.SortStableFunc(out, func(a, b Topic) int {
		if a.Order != b.Order {
			return a.Order - b.Order
		}
		return strings.Compare(a.Slug, b.Slug)
	})
	return out, nil
}

// Parse reads one guide file: a front matter block between two "---" lines
// of "key: value" pairs (title, slug, order, summary, source, references),
// then the Markdown body. Title, slug, summary, source and a non-empty body
// are required; references are separated by semicolons.
func Parse(name, text string) (Topic, error) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	t := Topic{File: name}
	rest, ok := strings.CutPrefix(text, "---\n")
	if !ok {
		return t, fmt.Errorf("guide %s: missing front matter (the file must start with a --- line)", name)
	}
	front, body, ok := strings.Cut(rest, "\n---\n")
	if !ok {
		return t, fmt.Errorf("guide %s: front matter is not closed by a --- line", name)
	}
	sc := bufio.NewScanner(strings.NewReader(front))
	line := 1
	seen := map[string]bool{}
	for sc.Scan() {
		line++
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			return t, fmt.Errorf("guide %s:%d: want \"key: value\", got %q", name, line, l)
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if seen[k] {
			return t, fmt.Errorf("guide %s:%d: key %q given twice", name, line, k)
		}
		seen[k] = true
		switch k {
		case "title":
			t.Title = v
		case "slug":
			t.Slug = v
		case "summary":
			t.Summary = v
		case "source":
			t.Source = v
		case "order":
			n, err := strconv.Atoi(v)
			if err != nil {
				return t, fmt.Errorf("guide %s:%d: order %q is not a number", name, line, v)
			}
			t.Order = n
		case "references":
			for r := range strings.SplitSeq(v, ";") {
				if r = strings.TrimSpace(r); r != "" {
					t.References = append(t.References, r)
				}
			}
		default:
			return t, fmt.Errorf("guide %s:%d: unknown key %q (want title, slug, order, summary, source, references)", name, line, k)
		}
	}
	t.Body = strings.TrimSpace(body)
	for _, req := range []struct{ key, val string }{
		{"title", t.Title}, {"slug", t.Slug}, {"summary", t.Summary}, {"source", t.Source},
	} {
		if req.val == "" {
			return t, fmt.Errorf("guide %s: front matter has no %s", name, req.key)
		}
	}
	if t.Body == "" {
		return t, fmt.Errorf("guide %s: empty body", name)
	}
	return t, nil
}

// Markdown renders the topic as a standalone Markdown document: a level-1
// title, the summary in italics, the body, and a source line.
func (t Topic) Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n*%s*\n\n%s\n\n---\n\nSource: %s", t.Title, t.Summary, t.Body, t.Source)
	if len(t.References) > 0 {
		fmt.Fprintf(&b, ". Research: %s.", strings.Join(t.References, "; "))
	}
	b.WriteString("\n")
	return b.String()
}
