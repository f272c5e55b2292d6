// Package reflection holds the guided reflection of `amends reflect`: the
// questions, an entry of answers, its Markdown form, and a private store of
// entries on disk. It is the article's first step ("take some time to
// reflect") put as questions, written in the project's own words.
//
// The package is pure apart from Store, which touches only its directory.
package reflection

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/amends-cli/amends/internal/usage"
)

// Question is one reflection question.
type Question struct {
	// ID is short and stable; answers refer to it.
	ID string `json:"id"`
	// Text is the question as asked.
	Text string `json:"text"`
	// Hint is one line that helps to answer it.
	Hint string `json:"hint"`
}

var questions = []Question{
	{
		ID:   "my-part",
		Text: "What part did I play in how things went wrong?",
		Hint: "Name what you did or left undone, not what kind of person you are. This is about seeing clearly, not blame.",
	},
	{
		ID:   "their-side",
		Text: "How might it have felt from where they stood?",
		Hint: "What did they see, expect, or fear? What might they have made of your silence or your words?",
	},
	{
		ID:   "miss",
		Text: "What do I miss about them, and what do I value in them?",
		Hint: "Small, concrete things count: a habit, a kind of conversation, how they showed up for you.",
	},
	{
		ID:   "know",
		Text: "If they listened to one thing, what would I want them to know?",
		Hint: "Say it plainly, as if no one could argue back. You can soften it later.",
	},
	{
		ID:   "not-ready",
		Text: "What am I not ready for yet?",
		Hint: "Forgiving, going back to how things were, a line you need kept: it is fine to name it and leave it.",
	},
	{
		ID:   "want",
		Text: "What do I want to happen now?",
		Hint: "To apologise, to understand, to reconnect, or to close the chapter kindly: each asks something different of you.",
	},
}

// Questions returns the reflection questions, in the order they are asked.
// The slice is a copy.
func Questions() []Question {
	return append([]Question(nil), questions...)
}

// QuestionByID returns the question with that ID.
func QuestionByID(id string) (Question, bool) {
	for _, q := range questions {
		if q.ID == id {
			return q, true
		}
	}
	return Question{}, false
}

// Answer is what the user wrote for one question.
type Answer struct {
	// QuestionID is the question's ID, or "" for a question this version
	// of amends no longer asks (then Question still holds its text).
	QuestionID string `json:"question_id"`
	Question   string `json:"question"`
	Text       string `json:"text"`
}

// Entry is one reflection: who it is about and the answers given so far.
// Skipped questions have no Answer.
type Entry struct {
	ID      string    `json:"id"`
	Started time.Time `json:"started"`
	Who     string    `json:"who,omitempty"`
	Answers []Answer  `json:"answers"`
	// Path is where the entry is stored, set by Store.
	Path string `json:"path,omitempty"`
}

// Add records an answer to question q. A blank answer is ignored (the
// question is skipped); answering a question again replaces the answer.
func (e *Entry) Add(q Question, text string) bool {
	text = CleanAnswer(text)
	if text == "" {
		return false
	}
	a := Answer{QuestionID: q.ID, Question: q.Text, Text: text}
	for i := range e.Answers {
		if e.Answers[i].QuestionID == q.ID && q.ID != "" {
			e.Answers[i] = a
			return true
		}
	}
	e.Answers = append(e.Answers, a)
	return true
}

// CleanAnswer trims trailing spaces from each line and blank lines around
// the text, turns CRLF into LF, and drops the escape sequences a terminal
// sends for keys such as the arrows, Home and End (typed while answering
// a question, they are editing, not words).
func CleanAnswer(s string) string {
	s = keySeqRE().ReplaceAllString(s, "")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\r")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// keySeqRE matches the escape sequences of editing keys: CSI (ESC [ ...
// final byte) and SS3 (ESC O letter).
var keySeqRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\x1b(\[[0-9;?]*[ -/]*[@-~]|O[A-Za-z])`) })

// InputError is reflection input that cannot be used. The CLI maps it to
// exit code 2.
type InputError struct{ Msg string }

func (e *InputError) Error() string { return e.Msg }

// Is makes the error a usage error: the user's to fix (exit code 2).
func (e *InputError) Is(target error) bool { return target == usage.ErrUsage }

// Fence is the line that opens and closes a multi-line answer in piped
// input.
const Fence = `"""`

// ParseAnswers reads piped answers, in question order: each answer is one
// line, or a block of lines between two lines that are just """. An empty
// line (or an empty block) skips a question. Blank lines after the last
// answer are ignored. It returns one string per question given, at most n.
func ParseAnswers(input string, n int) ([]string, error) {
	input = strings.TrimPrefix(input, "\uFEFF")
	input = strings.ReplaceAll(input, "\r\n", "\n")
	lines := strings.Split(input, "\n")
	// Drop trailing blank lines: they are not skips.
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	var out []string
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if strings.TrimSpace(line) != Fence {
			out = append(out, strings.TrimSpace(line))
			continue
		}
		start := i + 1
		end := -1
		for j := start; j < len(lines); j++ {
			if strings.TrimSpace(lines[j]) == Fence {
				end = j
				break
			}
		}
		if end < 0 {
			return nil, &InputError{Msg: fmt.Sprintf("answer %d opens a %s block on line %d that is never closed: end it with a line that is just %s", len(out)+1, Fence, i+1, Fence)}
		}
		out = append(out, CleanAnswer(strings.Join(lines[start:end], "\n")))
		i = end
	}
	if len(out) > n {
		return nil, &InputError{Msg: fmt.Sprintf("%d answers for %d questions: give one line or one %s block per question, in order (see amends reflect --questions)", len(out), n, Fence)}
	}
	return out, nil
}

// ErrNoAnswers means every question was skipped.
var ErrNoAnswers = errors.New("no answers")

// Answer returns the answer to the question with that ID ("" when the
// question was skipped).
func (e Entry) Answer(id string) string {
	for _, a := range e.Answers {
		if a.QuestionID == id {
			return a.Text
		}
	}
	return ""
}

// Scene is what a reflection tells the next steps (practice, reach-out)
// about the falling out, in the user's own words.
type Scene struct {
	Who string
	// What is their part as they see it (the "my-part" answer, else what
	// they want the other person to know).
	What string
	// TheirSide is how they think the other person saw it ("their-side").
	TheirSide string
	// Background gathers what they value in the other person and what
	// they want to happen now.
	Background string
	// Know is what they would want the other person to know.
	Know string
}

// Scene maps the entry's answers onto a scene. Who may be "" when the
// reflection named no one.
func (e Entry) Scene() Scene {
	s := Scene{Who: e.Who, What: e.Answer("my-part"), TheirSide: e.Answer("their-side"), Know: e.Answer("know")}
	if s.What == "" {
		s.What = s.Know
	}
	var bg []string
	if v := e.Answer("miss"); v != "" {
		bg = append(bg, "What I value in them: "+v)
	}
	if v := e.Answer("want"); v != "" {
		bg = append(bg, "What I want to happen now: "+v)
	}
	if v := e.Answer("not-ready"); v != "" {
		bg = append(bg, "What I am not ready for yet: "+v)
	}
	s.Background = strings.Join(bg, "\n")
	return s
}
