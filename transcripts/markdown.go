package transcripts

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Markdown renders a transcript for reading: a title and the scene, then
// every event in order. The user's lines and the partner's replies are
// paragraphs under the speaker's name; coach output (nudges, hints,
// critiques, the debrief), notes and safety step-outs are block quotes; undo,
// retry, mood changes and the end are short italic lines. Nothing is left
// out: lines taken back with /undo and replies replaced with /retry are
// shown and marked, and interrupted replies are marked as such.
func Markdown(t *Transcript) string {
	var b strings.Builder
	h := t.Header
	partner := h.PartnerName()
	if partner == "" {
		partner = "Partner"
	}

	fmt.Fprintf(&b, "# Practice session %s\n", h.ID)
	var meta []string
	if !h.Started.IsZero() {
		meta = append(meta, "Started", h.Started.Format("Mon 2 Jan 2006, 15:04 -07:00"))
	}
	if h.Model != "" {
		meta = append(meta, "Model", h.Model)
	}
	if name := h.ScenarioName(); name != "" {
		meta = append(meta, "Scenario", name)
	}
	if who := h.PartnerName(); who != "" {
		meta = append(meta, "With", who)
	}
	for _, kv := range scalarFields(h.Scenario, "name", "who") {
		meta = append(meta, capitalize(kv[0]), kv[1])
	}
	for i := 0; i < len(meta); i += 2 {
		if i == 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "- **%s:** %s\n", meta[i], meta[i+1])
	}

	_, dropped := replay(t.Events)
	for i, e := range t.Events {
		b.WriteString("\n")
		switch e.Type {
		case EventUser, EventPartner:
			name := "You"
			if e.Type == EventPartner {
				name = partner
			}
			var marks []string
			if e.Interrupted {
				marks = append(marks, "interrupted")
			}
			switch dropped[i] {
			case droppedByUndo:
				marks = append(marks, "taken back with /undo")
			case droppedByRetry:
				marks = append(marks, "replaced with /retry")
			}
			if len(marks) > 0 {
				fmt.Fprintf(&b, "**%s** *(%s)*:", name, strings.Join(marks, ", "))
			} else {
				fmt.Fprintf(&b, "**%s:**", name)
			}
			if e.Text != "" {
				b.WriteString(" " + e.Text)
			}
			b.WriteString("\n")
		case EventNudge, EventHint, EventCritique, EventDebrief:
			quote(&b, "Coach ("+string(e.Type)+")", e.Text)
		case EventNote:
			quote(&b, "Note", e.Text)
		case EventSafety:
			quote(&b, "Stepped out of the practice", e.Text)
		case EventUndo:
			b.WriteString("*You took back the last exchange (/undo).*\n")
		case EventRetry:
			b.WriteString("*You asked for another reply (/retry).*\n")
		case EventMood:
			fmt.Fprintf(&b, "*%s's mood is now: %s.*\n", partner, e.Text)
		case EventEnd:
			if e.Text != "" {
				fmt.Fprintf(&b, "*Session ended: %s.*\n", strings.TrimSuffix(e.Text, "."))
			} else {
				b.WriteString("*Session ended.*\n")
			}
		default:
			quote(&b, string(e.Type), e.Text)
		}
	}
	return b.String()
}

// quote writes a block quote with a bold label. A one-line text follows the
// label; a longer one starts on its own quoted paragraph.
func quote(b *strings.Builder, label, text string) {
	text = strings.TrimRight(text, "\n")
	if !strings.Contains(text, "\n") {
		fmt.Fprintf(b, "> **%s:** %s\n", label, text)
		return
	}
	fmt.Fprintf(b, "> **%s:**\n>\n", label)
	for line := range strings.SplitSeq(text, "\n") {
		if line == "" {
			b.WriteString(">\n")
		} else {
			b.WriteString("> " + line + "\n")
		}
	}
}

// scalarFields returns the string, number and boolean fields of a JSON
// object, sorted by key, leaving out skip.
func scalarFields(raw json.RawMessage, skip ...string) [][2]string {
	var m map[string]any
	if len(raw) == 0 || json.Unmarshal(raw, &m) != nil {
		return nil
	}
	var out [][2]string
	for k, v := range m {
		if slices.Contains(skip, k) {
			continue
		}
		var s string
		switch v := v.(type) {
		case string:
			s = v
		case float64:
			s = strconv.FormatFloat(v, 'f', -1, 64)
		case bool:
			s = strconv.FormatBool(v)
		default:
			continue
		}
		if s == "" || k == "" {
			continue
		}
		out = append(out, [2]string{k, strings.ReplaceAll(s, "\n", " ")})
	}
	slices.SortFunc(out, func(a, b [2]string) int { return strings.Compare(a[0], b[0]) })
	return out
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
