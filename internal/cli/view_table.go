package cli

import (
	"bufio"
	"io"

	"github.com/amends-cli/amends/internal/iostreams"
)

// table writes rows as columns two spaces apart, aligned by the width the
// text takes on screen (colour codes take none, so a styled cell does not
// push its row out of line); the last column is not padded. The whole
// table is one write.
func table(w io.Writer, rows [][]string) error {
	var widths []int
	for _, row := range rows {
		for i, cell := range row {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], iostreams.VisibleWidth(cell))
		}
	}
	out := bufio.NewWriter(w)
	for _, row := range rows {
		for i, cell := range row {
			if i < len(row)-1 {
				cell = iostreams.PadRight(cell, widths[i]+2)
			}
			_, _ = out.WriteString(cell)
		}
		_ = out.WriteByte('\n')
	}
	return out.Flush()
}
