package critique

import (
	"fmt"
	"strings"
)

// Kind is the sort of draft being checked.
type Kind string

const (
	// KindApology is an apology for something the writer did.
	KindApology Kind = "apology"
	// KindReachOut is a first message after a falling out.
	KindReachOut Kind = "reach-out"
)

// Severity levels of a finding, strongest first.
const (
	SevHigh   = "high"
	SevMedium = "medium"
	SevLow    = "low"
)

// SeverityRank orders severities: 3 high, 2 medium, 1 low, 0 unknown.
func SeverityRank(s string) int {
	switch s {
	case SevHigh:
		return 3
	case SevMedium:
		return 2
	case SevLow:
		return 1
	}
	return 0
}

// Element names, used as keys of Report.Elements.
const (
	ElemAcknowledgment = "acknowledgment"
	ElemResponsibility = "responsibility"
	ElemCommitment     = "commitment"
	ElemInvitation     = "invitation"
	ElemNoPressure     = "no-pressure"
	ElemBrief          = "brief"
)

// ParseKind turns a flag value into a Kind. It accepts the canonical
// names in any case, plus "reachout" and "reach_out".
func ParseKind(s string) (Kind, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "apology":
		return KindApology, nil
	case "reach-out", "reachout", "reach_out":
		return KindReachOut, nil
	}
	return "", fmt.Errorf("unknown kind %q: use apology or reach-out", s)
}

// ElementNames lists the elements checked for kind, in display order.
// An unknown kind is treated as an apology.
func ElementNames(kind Kind) []string {
	if kind == KindReachOut {
		return []string{ElemInvitation, ElemNoPressure, ElemBrief}
	}
	return []string{ElemAcknowledgment, ElemResponsibility, ElemCommitment}
}

// Step names: the steps of a rehearsed conversation that the practice
// coach tracks and the debrief rates. The three apology steps share the
// apology elements' names.
const (
	StepListening      = "listening"
	StepAcknowledgment = ElemAcknowledgment
	StepResponsibility = ElemResponsibility
	StepCommitment     = ElemCommitment
	StepNoPressure     = ElemNoPressure
	StepBoundaries     = "boundaries"
)

// Steps lists the step names in display order. It returns a new slice.
func Steps() []string {
	return []string{StepListening, StepAcknowledgment, StepResponsibility, StepCommitment, StepNoPressure, StepBoundaries}
}

// ValidKind reports whether k is one of the kinds of draft.
func ValidKind(k Kind) bool { return k == KindApology || k == KindReachOut }
