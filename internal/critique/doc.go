// Package critique checks an apology or reach-out draft against the
// framework in the guide: an apology acknowledges a specific act,
// takes responsibility without defending it, and commits to a change
// or offers repair; a first reach-out is short, warm, invites a talk
// the other person can decline, and puts no pressure on them.
//
// The rule checker ([Check]) is pure and deterministic: it needs no
// model, does no I/O and mutates no package state. Every finding
// carries byte offsets into the draft exactly as it was read, so
// Quote == text[Start:End] holds even for Windows line endings and
// curly quotes, which the checker normalises on a parallel copy.
//
// The labelled evaluation set lives in testdata/critique at the
// module root; its generated half is rebuilt with go generate, as is
// rules_gen.go, the rules split into parts with their prefilters, and
// rules_prog.bin, every pattern compiled ahead of time (see prog.go).
package critique

//go:generate go test -run TestGeneratedDraftsUpToDate -update .
//go:generate go test -run TestRulesGenUpToDate -update .
