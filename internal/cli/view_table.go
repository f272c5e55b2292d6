package cli

import (
	"bufio"
	"io"
	"strings"

	"github.com/amends-cli/amends/internal/iostreams"
)

// table writes rows as columns two spaces apart, aligned by the width the
// text takes on screen (colour codes take none, so a styled cell does not
// push its row out of line); the last column is not padded. The whole
// table is one write.
func table(w io.Writer, rows [][]string) error { return tableWrap(w, rows, 0) }

// Below lastMin columns of room, the last column of a wrapped table goes
// on lines of its own, lastIndent in.
const (
	lastMin    = 20
	lastIndent = 4
)

// tableWrap is table with the last column word-wrapped so that rows fit
// width columns, its later lines hanging under the column; when the
// other columns leave it less than lastMin columns, it goes on a line of
// its own below the row, as it does when one of its words (a path, say)
// would not fit beside them. A width of 0 or less (a pipe) wraps nothing.
func tableWrap(w io.Writer, rows [][]string, width int) error {
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
		col := 0
		for _, n := range widths[:len(row)-1] {
			col += n + 2
		}
		stacked := width > 0 && len(row) > 1 && (width-col < lastMin || longestWord(row[len(row)-1]) > width-col)
		for i, cell := range row {
			switch {
			case i == len(row)-2 && stacked:
				cell += "\n" + strings.Repeat(" ", lastIndent)
			case i < len(row)-1:
				cell = iostreams.PadRight(cell, widths[i]+2)
			case stacked:
				cell = iostreams.WrapIndent(cell, lastIndent, lastIndent, width)
			default:
				cell = iostreams.WrapIndent(cell, col, col, width)
			}
			_, _ = out.WriteString(cell)
		}
		_ = out.WriteByte('\n')
	}
	return out.Flush()
}

// longestWord is the on-screen width of the widest word in s.
func longestWord(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		n = max(n, iostreams.VisibleWidth(w))
	}
	return n
}
