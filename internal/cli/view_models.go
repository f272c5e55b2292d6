package cli

import (
	"fmt"
	"io"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/llm"
)

// viewModels shows the server's models, the configured one marked with a
// star, and says how to get the configured one when it is not there.
func viewModels(ios *iostreams.IOStreams, rows []modelRow, configured string) error {
	if len(rows) == 0 {
		fmt.Fprintln(ios.ErrOut, iostreams.Wrap("No models yet. Get one with: amends models pull "+configured, ios.ErrWrap()))
		return nil
	}
	st := ios.Styles()
	cells := [][]string{{"  NAME", "SIZE", "PARAMS", "MODIFIED"}}
	found := false
	for _, r := range rows {
		mark, name := " ", iostreams.Sanitize(r.Name) // names come from the server
		if r.Configured {
			mark, name, found = "*", st.Bold(name), true
		}
		cells = append(cells, []string{mark + " " + name, humanBytes(r.Size), iostreams.Sanitize(r.Parameters), r.ModifiedAt.Format("2006-01-02")})
	}
	if err := tableWrap(ios.Out, cells, ios.OutWrap()); err != nil {
		return err
	}
	if !found {
		fmt.Fprintln(ios.ErrOut, iostreams.Wrap(fmt.Sprintf("The configured model %q is not here. Get it with: amends models pull %s", configured, configured), ios.ErrWrap()))
	}
	return nil
}

func humanBytes(n int64) string {
	const unit = 1000
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %cB", float64(n)/float64(div), "kMGTPE"[exp])
}

// pullReporter draws a progress bar per layer on a terminal, and otherwise
// prints a line per status change and per 25% of each layer.
type pullReporter struct {
	w       io.Writer
	tty     bool
	bar     *progressbar.ProgressBar
	digest  string
	status  string
	quarter int
}

func newPullReporter(w io.Writer, tty bool) *pullReporter {
	return &pullReporter{w: w, tty: tty}
}

func (r *pullReporter) update(p llm.Progress) {
	if p.Total <= 0 {
		if p.Status != r.status {
			r.finishBar()
			r.status = p.Status
			fmt.Fprintln(r.w, iostreams.Sanitize(p.Status))
		}
		return
	}
	if p.Digest != r.digest {
		r.finishBar()
		r.digest, r.status, r.quarter = p.Digest, p.Status, -1
		if r.tty {
			r.bar = progressbar.NewOptions64(p.Total,
				progressbar.OptionSetWriter(r.w),
				progressbar.OptionSetDescription(p.Status),
				progressbar.OptionShowBytes(true),
				progressbar.OptionSetWidth(30),
				progressbar.OptionThrottle(100*time.Millisecond),
				progressbar.OptionShowCount(),
				progressbar.OptionOnCompletion(func() { fmt.Fprintln(r.w) }),
			)
		}
	}
	if r.bar != nil {
		_ = r.bar.Set64(p.Completed)
		return
	}
	q := int(p.Completed * 4 / p.Total)
	if q > r.quarter {
		r.quarter = q
		fmt.Fprintf(r.w, "%s: %d%% of %s\n", iostreams.Sanitize(p.Status), q*25, humanBytes(p.Total))
	}
}

func (r *pullReporter) finishBar() {
	if r.bar != nil {
		_ = r.bar.Finish()
		r.bar = nil
	}
}

func (r *pullReporter) finish() { r.finishBar() }
