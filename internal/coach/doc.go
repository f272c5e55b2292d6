// Package coach holds everything in amends that asks the model to judge or
// advise: the Judge (the model's critique of a draft, merged with the
// rules), the fallback policy when the model cannot help, the practice
// coach (/hint, /critique, the debrief), and reach-out drafting. It also
// adapts the offline checks a practice session runs on every line (the
// rule nudge and the safety screen), so the session never calls back into
// the command layer.
//
// It builds requests from internal/templates, sends them through
// internal/llm and speaks internal/critique's report. It prints nothing:
// spinners and rendering belong to the caller.
package coach
