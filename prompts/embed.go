// Package prompts holds the prompt templates amends sends to the model,
// embedded into the binary. Package internal/templates renders them, with
// the user's overrides from $XDG_CONFIG_HOME/amends/prompts taking
// precedence. Each template documents its data at the top.
//
//   - partner.tmpl   the role-play partner's system prompt (amends practice)
//   - coach.tmpl     one next move for /hint
//   - debrief.tmpl   the end-of-session debrief (JSON)
//   - critique.tmpl  the model critique of a draft (JSON)
//   - reachout.tmpl  a first message for amends reach-out
package prompts

import "embed"

// FS holds the *.tmpl files.
//
//go:embed *.tmpl
var FS embed.FS
