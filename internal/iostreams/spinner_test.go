package iostreams

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is safe for the spinner goroutine and the test to share.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestSpinnerDrawsAndClears(t *testing.T) {
	var buf lockedBuffer
	sp := newSpinner(&buf, "thinking")
	time.Sleep(200 * time.Millisecond)
	sp.Stop()
	sp.Stop() // twice is fine
	out := buf.String()
	if !strings.Contains(out, "thinking") || !strings.HasSuffix(out, "\r\x1b[K") {
		t.Errorf("spinner output = %q", out)
	}
	n := len(out)
	time.Sleep(150 * time.Millisecond)
	if len(buf.String()) != n {
		t.Error("spinner kept drawing after Stop")
	}
}

func TestStartSpinnerOnlyOnATerminal(t *testing.T) {
	ios, _, _, errOut := Test()
	sp := ios.StartSpinner("x")
	if sp != nil {
		t.Fatal("spinner started on a pipe")
	}
	sp.Stop() // nil-safe
	if errOut.Len() != 0 {
		t.Errorf("wrote %q to a pipe", errOut)
	}
}

func TestVisibleWidthIgnoresEscapeCodes(t *testing.T) {
	if n := VisibleWidth("\x1b[1mbold\x1b[0m"); n != 4 {
		t.Errorf("VisibleWidth = %d, want 4", n)
	}
	if got := PadRight("\x1b[32m✓\x1b[0m", 4); got != "\x1b[32m✓\x1b[0m   " {
		t.Errorf("PadRight = %q", got)
	}
	if got := PadRight("FAIL", 4); got != "FAIL" {
		t.Errorf("PadRight of a full-width mark = %q", got)
	}
}
