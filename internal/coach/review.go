package coach

import (
	"context"
	"errors"
	"fmt"

	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/llm"
)

// Review is the fallback policy around the Judge, shared by amends
// critique and practice's /critique. It returns the merged report when the
// model answers usably. When it cannot, the rules' report comes back with
// the reason in fallback (for a one-line notice) and err nil, because the
// rules alone are still a critique. Only these are errors: a cancelled
// context, and, when needModel is set (the rewrite exists only in the
// model's answer), any model failure; an unreachable server or a missing
// model is returned as it is, so its message names the fix.
func (j *Judge) Review(ctx context.Context, draft string, rules critique.Report, needModel bool) (rep critique.Report, fallback, err error) {
	rep, err = j.Critique(ctx, draft, rules)
	if err == nil {
		return rep, nil, nil
	}
	if errors.Is(err, context.Canceled) {
		return rules, nil, err
	}
	if needModel {
		var un *llm.UnreachableError
		var nf *llm.ModelNotFoundError
		if errors.As(err, &un) || errors.As(err, &nf) {
			return rules, nil, err
		}
		return rules, nil, fmt.Errorf("no rewrite: %w", err)
	}
	return rules, err, nil
}
