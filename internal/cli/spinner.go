package cli

import (
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/amends-cli/amends/internal/iostreams"
)

// startSpinner shows a spinner with a message on stderr while something
// slow happens, on a terminal only. The returned func clears it.
func startSpinner(ios *iostreams.IOStreams, msg string) func() {
	if !ios.IsStderrTTY() {
		return func() {}
	}
	bar := progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(ios.ErrOut),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionSetDescription(msg),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionThrottle(80*time.Millisecond),
	)
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				_ = bar.Add(1)
			}
		}
	}()
	return func() {
		close(done)
		_ = bar.Clear()
		_ = bar.Finish()
	}
}
