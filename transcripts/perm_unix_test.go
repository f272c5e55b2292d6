//go:build unix

package transcripts

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/amends-cli/amends/internal/store"
)

func TestPermissions(t *testing.T) {
	// A restrictive umask must not matter (and a permissive one must not
	// loosen anything): modes are set with an explicit chmod.
	for _, mask := range []int{0o000, 0o022, 0o277} {
		t.Run(fmt.Sprintf("umask %03o", mask), func(t *testing.T) {
			old := syscall.Umask(mask)
			defer syscall.Umask(old)
			dir := filepath.Join(t.TempDir(), "data", "transcripts")
			s, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			if _, loose := s.Loose(); loose {
				t.Error("a new directory reported loose")
			}
			w, err := s.Create(Header{ID: "x"})
			if err != nil {
				t.Fatal(err)
			}
			mustAppend(t, w, Event{Type: EventUser, Text: "secret"})
			w.Close()
			checkMode(t, dir, store.DirPerm|fs.ModeDir)
			checkMode(t, w.Path(), store.FilePerm)
		})
	}
}
