package reflection

import (
	"fmt"
	"strings"
	"time"
)

// formatVersion is written in the front matter of every entry.
const formatVersion = 1

// Markdown renders the entry as the Markdown file it is stored as: a small
// front matter block, a title, then one "## question" section per answer.
// Answer lines that start with # or \ are escaped with a backslash, so
// they cannot be read back as headings and render as written.
func (e Entry) Markdown() string {
	var b strings.Builder
	b.WriteString("---\n")
	fmt.Fprintf(&b, "id: %s\n", e.ID)
	fmt.Fprintf(&b, "started: %s\n", e.Started.Format(time.RFC3339))
	if e.Who != "" {
		fmt.Fprintf(&b, "who: %s\n", oneLine(e.Who))
	}
	fmt.Fprintf(&b, "format: %d\n", formatVersion)
	b.WriteString("---\n\n")
	title := "Reflection"
	if e.Who != "" {
		title += ": " + oneLine(e.Who)
	}
	fmt.Fprintf(&b, "# %s\n\n", title)
	fmt.Fprintf(&b, "_%s_\n", e.Started.Format("Monday 2 January 2006, 15:04"))
	if len(e.Answers) == 0 {
		b.WriteString("\n_(no answers yet)_\n")
	}
	for _, a := range e.Answers {
		fmt.Fprintf(&b, "\n## %s\n\n", oneLine(a.Question))
		for _, line := range strings.Split(a.Text, "\n") {
			if strings.HasPrefix(line, "#") || strings.HasPrefix(line, `\`) {
				line = `\` + line
			}
			b.WriteString(line)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// ParseMarkdown reads an entry back from its Markdown form.
func ParseMarkdown(text string) (Entry, error) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	rest, ok := strings.CutPrefix(text, "---\n")
	if !ok {
		return Entry{}, fmt.Errorf("no front matter")
	}
	front, body, ok := strings.Cut(rest, "\n---\n")
	if !ok {
		return Entry{}, fmt.Errorf("front matter is not closed")
	}
	var e Entry
	for _, line := range strings.Split(front, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		v = strings.TrimSpace(v)
		switch strings.TrimSpace(k) {
		case "id":
			e.ID = v
		case "who":
			e.Who = v
		case "started":
			t, err := time.Parse(time.RFC3339, v)
			if err != nil {
				return Entry{}, fmt.Errorf("started: %w", err)
			}
			e.Started = t
		}
	}
	if e.ID == "" {
		return Entry{}, fmt.Errorf("no id in front matter")
	}
	var cur *Answer
	var lines []string
	flush := func() {
		if cur != nil {
			cur.Text = CleanAnswer(strings.Join(lines, "\n"))
			if cur.Text != "" {
				e.Answers = append(e.Answers, *cur)
			}
		}
		cur, lines = nil, nil
	}
	for _, line := range strings.Split(body, "\n") {
		if h, ok := strings.CutPrefix(line, "## "); ok {
			flush()
			q := strings.TrimSpace(h)
			cur = &Answer{Question: q}
			for _, known := range questions {
				if known.Text == q {
					cur.QuestionID = known.ID
				}
			}
			continue
		}
		if cur == nil {
			continue // the title and date
		}
		lines = append(lines, strings.TrimPrefix(line, `\`))
	}
	flush()
	return e, nil
}
