package reflection

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/amends-cli/amends/internal/store"
	"github.com/amends-cli/amends/internal/usage"
)

// ext is the extension of stored entries.
const ext = ".md"

// idLayout is the time part of an entry ID, in UTC so that ids sort by
// time; a second entry in the same second gets a "-2" suffix, and so on.
const idLayout = "2006-01-02-150405"

// kind is how the store convention names reflections.
var kind = store.Kind{Noun: "reflection", Ext: ext, ValidID: validID, Timed: validID, Less: idLess}

// validID reports whether id has the form Create gives:
// 2006-01-02-150405, optionally followed by -N.
func validID(id string) bool {
	n := len(idLayout)
	if len(id) < n {
		return false
	}
	for i := 0; i < n; i++ {
		c := id[i]
		if idLayout[i] == '-' {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	if len(id) == n {
		return true
	}
	if id[n] != '-' || len(id) == n+1 || len(id) > n+10 {
		return false
	}
	for i := n + 1; i < len(id); i++ {
		if id[i] < '0' || id[i] > '9' {
			return false
		}
	}
	return true
}

// idLess orders ids by time, then ids of the same second by their numeric
// suffix.
func idLess(a, b string) bool {
	if a[:len(idLayout)] != b[:len(idLayout)] {
		return a < b
	}
	return suffix(a) < suffix(b)
}

func suffix(id string) int {
	if len(id) <= len(idLayout) {
		return 1
	}
	n, _ := strconv.Atoi(id[len(idLayout)+1:])
	return n
}

// Store keeps entries as Markdown files in one directory (0700, files
// 0600), on the store convention shared with transcripts: Open, Resolve,
// Read, Remove, List. Every write goes to a temporary file that is synced
// and then renamed over the entry, so a crash leaves the old or the new
// version, never half of one.
type Store struct {
	dir *store.Dir
}

// Open returns the store in dir. Nothing is created before the first
// entry.
func Open(dir string) (*Store, error) {
	d, err := store.Open(dir, kind)
	if err != nil {
		return nil, err
	}
	return &Store{dir: d}, nil
}

// Dir is the store's directory.
func (s *Store) Dir() string { return s.dir.Path() }

// Path is the file of the entry with that ID.
func (s *Store) Path(id string) string { return s.dir.File(id) }

// NotFoundError is a reference that matches no entry (or more than one).
type NotFoundError struct {
	ID        string
	Ambiguous []string
}

func (e *NotFoundError) Error() string {
	if len(e.Ambiguous) > 0 {
		return fmt.Sprintf("reflection %q is ambiguous: it could be %s", e.ID, strings.Join(e.Ambiguous, ", "))
	}
	if e.ID == store.Last {
		return "no reflections yet: start one with amends reflect"
	}
	return fmt.Sprintf("no reflection %q (see amends reflect list)", e.ID)
}

// Is makes the error a usage error: the user's to fix (exit code 2).
func (e *NotFoundError) Is(target error) bool { return target == usage.ErrUsage }

// mkdir creates the directory. The folder is amends' own (it is not
// configurable), so an existing one is tightened to 0700 too.
func (s *Store) mkdir() error {
	if err := s.dir.Mkdir(); err != nil {
		return err
	}
	if err := os.Chmod(s.dir.Path(), store.DirPerm); err != nil {
		return fmt.Errorf("chmod %s: %w", s.dir.Path(), err)
	}
	return nil
}

// Create gives e an ID from its start time (e.Started is set to now when
// zero), reserves that ID on disk, and writes the entry.
func (s *Store) Create(e *Entry, now time.Time) error {
	if e.Started.IsZero() {
		e.Started = now
	}
	e.Started = e.Started.Truncate(time.Second)
	if err := s.mkdir(); err != nil {
		return err
	}
	base := e.Started.UTC().Format(idLayout)
	for n := 1; ; n++ {
		id := base
		if n > 1 {
			id += "-" + strconv.Itoa(n)
		}
		f, err := os.OpenFile(s.Path(id), os.O_CREATE|os.O_EXCL|os.O_WRONLY, store.FilePerm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("create reflection: %w", err)
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("create reflection: %w", err)
		}
		e.ID = id
		return s.Save(e)
	}
}

// Save writes e atomically over its file and sets e.Path.
func (s *Store) Save(e *Entry) error {
	if !validID(e.ID) {
		return fmt.Errorf("save reflection: bad id %q", e.ID)
	}
	if err := s.mkdir(); err != nil {
		return err
	}
	if err := s.dir.WriteFile(e.ID, []byte(e.Markdown())); err != nil {
		return fmt.Errorf("save reflection %s: %w", e.ID, err)
	}
	e.Path = s.Path(e.ID)
	return nil
}

// Remove deletes an entry.
func (s *Store) Remove(id string) error {
	err := s.dir.Remove(id)
	var inv *store.InvalidIDError
	if errors.Is(err, store.ErrNotFound) || errors.As(err, &inv) {
		return &NotFoundError{ID: id}
	}
	return err
}

// Resolve turns what the user typed into an entry ID without reading any
// entry: "last" is the newest (IDs sort by time), an exact ID is itself,
// and otherwise a prefix must match exactly one. It returns a
// *NotFoundError when none or several match.
func (s *Store) Resolve(ref string) (string, error) {
	id, err := s.dir.Resolve(ref, nil)
	var (
		amb *store.AmbiguousError
		inv *store.InvalidIDError
	)
	switch {
	case err == nil:
		return id, nil
	case errors.As(err, &amb):
		return "", &NotFoundError{ID: ref, Ambiguous: amb.Matches}
	case errors.Is(err, store.ErrNotFound):
		return "", &NotFoundError{ID: ref}
	case errors.As(err, &inv):
		// Not a whole ID: it may still be the start of one.
		return s.prefix(ref)
	default:
		return "", err
	}
}

// prefix resolves a reference that is not a valid ID on its own.
func (s *Store) prefix(ref string) (string, error) {
	ids, err := s.dir.IDs()
	if err != nil {
		return "", err
	}
	var match []string
	for _, id := range ids {
		if ref != "" && strings.HasPrefix(id, ref) {
			match = append(match, id)
		}
	}
	switch len(match) {
	case 0:
		return "", &NotFoundError{ID: ref}
	case 1:
		return match[0], nil
	}
	return "", &NotFoundError{ID: ref, Ambiguous: match}
}

// Read returns the entry with that ID.
func (s *Store) Read(id string) (Entry, error) {
	if !validID(id) {
		return Entry{}, &NotFoundError{ID: id}
	}
	path := s.Path(id)
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Entry{}, &NotFoundError{ID: id}
	}
	if err != nil {
		return Entry{}, fmt.Errorf("read reflection %s: %w", id, err)
	}
	e, err := ParseMarkdown(string(b))
	if err != nil {
		return Entry{}, fmt.Errorf("read %s: %w", path, err)
	}
	e.ID = id
	e.Path = path
	return e, nil
}

// Summary describes one entry for a listing.
type Summary struct {
	ID      string    `json:"id"`
	Started time.Time `json:"started"`
	Who     string    `json:"who,omitempty"`
	// Answered counts the questions answered.
	Answered int    `json:"answered"`
	Path     string `json:"path"`
	// Problem is set when the file cannot be read as a reflection; it is
	// still listed, so that nothing disappears from view.
	Problem string `json:"problem,omitempty"`
}

// summaryVersion names how Summary is made; bump it when that changes.
const summaryVersion = 1

// encodeSummary and decodeSummary are a Summary's fields in the index.
func encodeSummary(s Summary) []string {
	return []string{s.Started.Format(time.RFC3339), s.Who, strconv.Itoa(s.Answered), s.Problem}
}

func decodeSummary(f []string) (Summary, bool) {
	if len(f) != 4 {
		return Summary{}, false
	}
	started, err1 := time.Parse(time.RFC3339, f[0])
	n, err2 := strconv.Atoi(f[2])
	if err1 != nil || err2 != nil {
		return Summary{}, false
	}
	return Summary{Started: started, Who: f[1], Answered: n, Problem: f[3]}, true
}

// List returns a summary of every entry, newest first. It reads the
// store's index and only the entries written since it was made.
func (s *Store) List() ([]Summary, error) {
	ix := store.Index[Summary]{Dir: s.dir, Version: summaryVersion, Build: s.summarise, Encode: encodeSummary, Decode: decodeSummary}
	items, err := ix.List()
	if err != nil {
		return nil, err
	}
	return store.Newest(items, func(it store.Item[Summary]) Summary {
		sum := it.Summary
		sum.ID, sum.Path = it.ID, s.Path(it.ID)
		return sum
	}, func(a, b Summary) int {
		if c := b.Started.Compare(a.Started); c != 0 {
			return c
		}
		switch {
		case idLess(b.ID, a.ID):
			return -1
		case idLess(a.ID, b.ID):
			return 1
		}
		return 0
	}), nil
}

func (s *Store) summarise(id string) (Summary, bool) {
	e, err := s.Read(id)
	if err != nil {
		return Summary{ID: id, Problem: err.Error()}, !errors.Is(err, fs.ErrPermission)
	}
	return Summary{ID: id, Started: e.Started, Who: e.Who, Answered: len(e.Answers)}, true
}
