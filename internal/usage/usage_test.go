package usage_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"testing"

	"github.com/amends-cli/amends/internal/usage"
)

func TestMarks(t *testing.T) {
	if err := usage.Errorf("bad --kind %q", "x"); !errors.Is(err, usage.ErrUsage) || err.Error() != `bad --kind "x"` {
		t.Errorf("Errorf: %v (usage: %v)", err, errors.Is(err, usage.ErrUsage))
	}
	inner := fmt.Errorf("open x: %w", fs.ErrNotExist)
	err := fmt.Errorf("--opening: %w", usage.Wrap(inner))
	if !errors.Is(err, usage.ErrUsage) || !errors.Is(err, fs.ErrNotExist) || err.Error() != "--opening: open x: file does not exist" {
		t.Errorf("Wrap keeps the chain and the message: %v", err)
	}
	if usage.Wrap(nil) != nil {
		t.Error("Wrap(nil) is not nil")
	}
	if errors.Is(context.Canceled, usage.ErrUsage) || errors.Is(errors.New("x"), usage.ErrUsage) {
		t.Error("unmarked errors match ErrUsage")
	}
}
