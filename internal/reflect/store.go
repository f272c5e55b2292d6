package reflect

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Ext is the extension of stored entries.
const Ext = ".md"

// Permissions of the store: only the user can read what they wrote.
const (
	DirPerm  fs.FileMode = 0o700
	FilePerm fs.FileMode = 0o600
)

// idLayout is the time part of an entry ID; a second entry in the same
// second gets a "-2" suffix, and so on.
const idLayout = "2006-01-02-150405"

var reID = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}-\d{6}(?:-\d+)?$`)

// Store keeps entries as Markdown files in one directory, created 0700,
// files 0600. Every write goes to a temporary file that is synced and then
// renamed over the entry, so a crash leaves the old or the new version,
// never half of one.
type Store struct {
	dir string
}

// NewStore returns a store in dir (created on first write).
func NewStore(dir string) *Store { return &Store{dir: dir} }

// Dir is the store's directory.
func (s *Store) Dir() string { return s.dir }

// Path is the file of the entry with that ID.
func (s *Store) Path(id string) string { return filepath.Join(s.dir, id+Ext) }

// NotFoundError is an ID that matches no entry (or more than one).
type NotFoundError struct {
	ID        string
	Ambiguous []string
}

func (e *NotFoundError) Error() string {
	if len(e.Ambiguous) > 0 {
		return fmt.Sprintf("reflection %q is ambiguous: it could be %s", e.ID, strings.Join(e.Ambiguous, ", "))
	}
	if e.ID == "last" {
		return "no reflections yet: start one with amends reflect"
	}
	return fmt.Sprintf("no reflection %q (see amends reflect list)", e.ID)
}

// BadInput marks the error as the user's input.
func (e *NotFoundError) BadInput() bool { return true }

func (s *Store) mkdir() error {
	if err := os.MkdirAll(s.dir, DirPerm); err != nil {
		return fmt.Errorf("create %s: %w", s.dir, err)
	}
	// MkdirAll leaves an existing directory as it is; tighten it.
	if err := os.Chmod(s.dir, DirPerm); err != nil {
		return fmt.Errorf("chmod %s: %w", s.dir, err)
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
	base := e.Started.Format(idLayout)
	for n := 1; ; n++ {
		id := base
		if n > 1 {
			id += "-" + strconv.Itoa(n)
		}
		f, err := os.OpenFile(s.Path(id), os.O_CREATE|os.O_EXCL|os.O_WRONLY, FilePerm)
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
	if !reID.MatchString(e.ID) {
		return fmt.Errorf("save reflection: bad id %q", e.ID)
	}
	if err := s.mkdir(); err != nil {
		return err
	}
	path := s.Path(e.ID)
	if err := writeAtomic(s.dir, path, []byte(e.Markdown())); err != nil {
		return fmt.Errorf("save reflection %s: %w", e.ID, err)
	}
	e.Path = path
	return nil
}

func writeAtomic(dir, path string, data []byte) (err error) {
	tmp, err := os.CreateTemp(dir, ".reflection-*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if err = tmp.Chmod(FilePerm); err != nil {
		return err
	}
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	// Make the rename itself durable.
	if d, derr := os.Open(dir); derr == nil {
		_ = d.Sync()
		_ = d.Close()
	}
	return nil
}

// Remove deletes an entry (used when a reflection ends with no answers).
func (s *Store) Remove(id string) error {
	if !reID.MatchString(id) {
		return &NotFoundError{ID: id}
	}
	if err := os.Remove(s.Path(id)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("remove reflection %s: %w", id, err)
	}
	return nil
}

// ids returns the IDs of the stored entries, in no particular order.
func (s *Store) ids() ([]string, error) {
	ents, err := os.ReadDir(s.dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list reflections: %w", err)
	}
	var ids []string
	for _, de := range ents {
		id, ok := strings.CutSuffix(de.Name(), Ext)
		if ok && de.Type().IsRegular() && reID.MatchString(id) {
			ids = append(ids, id)
		}
	}
	return ids, nil
}

// List returns every readable entry, newest first. Files that cannot be
// read or parsed are returned as errors in skipped, not as a failure.
func (s *Store) List() (entries []Entry, skipped []error, err error) {
	ids, err := s.ids()
	if err != nil {
		return nil, nil, err
	}
	for _, id := range ids {
		e, err := s.load(id)
		if err != nil {
			skipped = append(skipped, err)
			continue
		}
		entries = append(entries, e)
	}
	sort.Slice(entries, func(i, j int) bool {
		a, b := entries[i], entries[j]
		if !a.Started.Equal(b.Started) {
			return a.Started.After(b.Started)
		}
		return idLess(b.ID, a.ID)
	})
	return entries, skipped, nil
}

// idLess orders IDs of the same second by their numeric suffix.
func idLess(a, b string) bool {
	na, nb := suffix(a), suffix(b)
	if a[:len(idLayout)] != b[:len(idLayout)] {
		return a < b
	}
	return na < nb
}

func suffix(id string) int {
	if len(id) <= len(idLayout) {
		return 1
	}
	n, _ := strconv.Atoi(id[len(idLayout)+1:])
	return n
}

// Load returns the entry with that ID, a unique prefix of one, or "last"
// for the newest.
func (s *Store) Load(ref string) (Entry, error) {
	if ref == "last" {
		entries, _, err := s.List()
		if err != nil {
			return Entry{}, err
		}
		if len(entries) == 0 {
			return Entry{}, &NotFoundError{ID: ref}
		}
		return entries[0], nil
	}
	if reID.MatchString(ref) {
		if _, err := os.Stat(s.Path(ref)); err == nil {
			return s.load(ref)
		}
	}
	ids, err := s.ids()
	if err != nil {
		return Entry{}, err
	}
	var match []string
	for _, id := range ids {
		if ref != "" && strings.HasPrefix(id, ref) {
			match = append(match, id)
		}
	}
	switch len(match) {
	case 0:
		return Entry{}, &NotFoundError{ID: ref}
	case 1:
		return s.load(match[0])
	}
	sort.Strings(match)
	return Entry{}, &NotFoundError{ID: ref, Ambiguous: match}
}

func (s *Store) load(id string) (Entry, error) {
	path := s.Path(id)
	b, err := os.ReadFile(path)
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
