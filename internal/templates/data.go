package templates

import (
	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/scenario"
)

// The data each embedded prompt template takes. Callers build these typed
// values; the templates document the same fields at their top.

// Turn is one line of a practice conversation.
type Turn struct {
	// Role is RoleUser (the person practising) or RolePartner (the
	// role-played other person).
	Role string
	// Text is what was said, exactly.
	Text string
	// Interrupted marks a partner reply cut off by Ctrl-C.
	Interrupted bool
	// Findings are the rule checker's findings on a user line (optional).
	Findings []critique.Finding
}

// Roles of a Turn.
const (
	RoleUser    = "user"
	RolePartner = "partner"
)

// StepProgress says whether the conversation has covered one of the
// coached steps (see Steps).
type StepProgress struct {
	Name    string // one of critique.Steps()
	Covered bool
	Note    string // optional: evidence, or why not
}

// PartnerData is the data of partner.tmpl, the system prompt of the
// role-play partner. Rendering is byte-identical for equal data, so the
// server can reuse its prompt cache across turns.
type PartnerData struct {
	// Scenario is the scene; Who and What are required, Mood and
	// Difficulty must be valid values (scenario.ApplyDefaults fills them).
	Scenario scenario.Scenario
	// UserName is what the partner calls the user; "" for no name.
	UserName string
}

// CoachData is the data of coach.tmpl, the /hint call: one next move.
type CoachData struct {
	Scenario scenario.Scenario
	UserName string
	// Turns is the conversation so far, oldest first.
	Turns []Turn
	// LastLine is the user's most recent line ("" if they have not spoken).
	LastLine string
	// Findings are the rule findings on LastLine.
	Findings []critique.Finding
	// Steps says which steps are covered so far, in the order of
	// critique.Steps().
	Steps []StepProgress
}

// DebriefData is the data of debrief.tmpl, the end-of-session debrief
// answered through DebriefSchema.
type DebriefData struct {
	Scenario scenario.Scenario
	UserName string
	// Turns is the whole conversation, oldest first; user turns may carry
	// their rule findings.
	Turns []Turn
	// Steps is the rule-based view of which steps were covered.
	Steps []StepProgress
}

// CritiqueData is the data of critique.tmpl, the model critique of a
// draft, answered through CritiqueSchema(Kind).
type CritiqueData struct {
	// Kind is critique.KindApology or critique.KindReachOut.
	Kind critique.Kind
	// Draft is the text to critique, exactly as the user gave it.
	Draft string
	// Findings are the rule checker's findings on Draft.
	Findings []critique.Finding
	// Who, Relationship and What describe the situation when known
	// (optional; "" to leave out).
	Who          string
	Relationship string
	What         string
}

// ReachOutData is the data of reachout.tmpl, which drafts a short first
// message for `amends reach-out`. The model answers with the message only.
type ReachOutData struct {
	// Who is the other person (required).
	Who string
	// Relationship is one of scenario.Relationships, or "".
	Relationship string
	// What is what happened, in the user's words (optional).
	What string
	// Want is what the user wants to say or achieve (optional).
	Want string
	// Since is how long since they were last in touch, e.g. "two years" (optional).
	Since string
	// UserName signs the message when given (optional).
	UserName string
}
