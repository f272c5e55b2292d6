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
