package transcripts

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"
)

// Ext is the file extension of transcripts.
const Ext = ".jsonl"

// Last is the reference Resolve understands as "the newest session".
const Last = "last"

// Permissions of what the store creates.
const (
	DirPerm  fs.FileMode = 0o700
	FilePerm fs.FileMode = 0o600
)

// ErrNotFound means no transcript matches an id or prefix.
var ErrNotFound = errors.New("no such transcript")

// AmbiguousError means a prefix matches more than one transcript.
type AmbiguousError struct {
	Prefix  string
	Matches []string // the matching ids, sorted
}

func (e *AmbiguousError) Error() string {
	shown := e.Matches
	more := ""
	if len(shown) > 3 {
		shown, more = shown[:3], fmt.Sprintf(" and %d more", len(e.Matches)-3)
	}
	return fmt.Sprintf("%q matches %d transcripts (%s%s)", e.Prefix, len(e.Matches), strings.Join(shown, ", "), more)
}

// InvalidIDError means an id cannot name a transcript file.
type InvalidIDError struct{ ID string }

func (e *InvalidIDError) Error() string {
	return fmt.Sprintf("invalid transcript id %q (ids use letters, digits, '-', '_' and '.')", e.ID)
}

// Store is a directory of transcripts.
type Store struct {
	dir string
	// loose is set when an existing directory was found readable or
	// writable by others; see Open.
	loose fs.FileMode

	// Now is the clock used for header start times and event times. It
	// defaults to time.Now; tests replace it.
	Now func() time.Time
}

// Open returns the store in dir, creating the directory (and its missing
// parents) with mode 0700 when it does not exist. The mode is set with an
// explicit chmod, so the umask does not matter.
//
// An existing directory is never changed: the user may have pointed the
// transcripts setting at a folder they share on purpose, and the files
// themselves are always 0600. When the existing directory is open to the
// group or to others, Open succeeds and Loose reports it, so the caller can
// tell the user (and suggest chmod 700).
func Open(dir string) (*Store, error) {
	if dir == "" {
		return nil, errors.New("open transcripts: no directory given")
	}
	s := &Store{dir: dir, Now: time.Now}
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := os.MkdirAll(dir, DirPerm); err != nil {
			return nil, fmt.Errorf("create transcripts directory: %w", err)
		}
		if err := os.Chmod(dir, DirPerm); err != nil {
			return nil, fmt.Errorf("create transcripts directory: %w", err)
		}
	case err != nil:
		return nil, fmt.Errorf("open transcripts directory: %w", err)
	case !fi.IsDir():
		return nil, fmt.Errorf("open transcripts directory: %s is not a directory", dir)
	default:
		if runtime.GOOS != "windows" && fi.Mode().Perm()&0o077 != 0 {
			s.loose = fi.Mode().Perm()
		}
	}
	return s, nil
}

// Dir is the store's directory.
func (s *Store) Dir() string { return s.dir }

// Loose returns the permissions of the store's directory and true when Open
// found an existing directory that others can read or enter. It is always
// false for a directory Open created.
func (s *Store) Loose() (fs.FileMode, bool) { return s.loose, s.loose != 0 }

// Path returns the file name for id (whether or not it exists).
func (s *Store) Path(id string) string { return filepath.Join(s.dir, id+Ext) }

// ValidID reports whether id can name a transcript: a non-empty run of
// ASCII letters, digits, '-', '_' and '.', not starting with '.', and not
// the reserved word "last".
func ValidID(id string) bool {
	if id == "" || id[0] == '.' || len(id) > 200 || id == Last {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

// NewID returns a new session id: the UTC date and time of t to the second
// and four random hex digits, e.g. "20261129-024312-ab12". Ids sort in time
// order (to the second) wherever the user is, and two sessions started in
// the same second still get different names.
func NewID(t time.Time) string {
	var b [2]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails on supported platforms
	return t.UTC().Format("20060102-150405") + "-" + hex.EncodeToString(b[:])
}

// Create starts a new transcript: it creates <dir>/<id>.jsonl with mode 0600
// (failing if the file exists), writes the header line and syncs it to disk
// before returning. Create fills in the header's Type and Format, its ID
// when empty (NewID, retried on the rare collision) and its Started time
// when zero.
func (s *Store) Create(h Header) (*Writer, error) {
	h.Type = headerType
	h.Format = FormatVersion
	if h.Started.IsZero() {
		h.Started = s.now()
	}
	generated := h.ID == ""
	if !generated && !ValidID(h.ID) {
		return nil, &InvalidIDError{ID: h.ID}
	}
	for attempt := 0; ; attempt++ {
		if generated {
			h.ID = NewID(h.Started)
		}
		w, err := s.create(h)
		if generated && errors.Is(err, fs.ErrExist) && attempt < 5 {
			continue
		}
		return w, err
	}
}

func (s *Store) create(h Header) (*Writer, error) {
	line, err := encodeLine(h)
	if err != nil {
		return nil, fmt.Errorf("create transcript: encode header: %w", err)
	}
	path := s.Path(h.ID)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE|os.O_EXCL, FilePerm)
	if err != nil {
		return nil, fmt.Errorf("create transcript: %w", err)
	}
	fail := func(err error) (*Writer, error) {
		// Nothing the user wrote is in the file yet: do not leave a
		// headerless file behind.
		f.Close()
		os.Remove(path)
		return nil, fmt.Errorf("create transcript %s: %w", path, err)
	}
	if err := f.Chmod(FilePerm); err != nil {
		return fail(err)
	}
	if _, err := f.Write(line); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	syncDir(s.dir)
	return newWriter(f, path, h.ID, 0, false, s.now), nil
}

// syncDir makes a new directory entry durable where the platform allows it.
// It is best effort: the file's own data is already synced.
func syncDir(dir string) {
	if runtime.GOOS == "windows" {
		return
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}

// Append reopens an existing transcript to continue the session (--resume).
// New events continue after the highest seq in the file. If the file ends
// in a line cut short by a crash, the next event starts on a new line, so
// the damaged fragment stays a single skipped line and nothing new is lost.
// Transcripts written in a newer format are not appended to.
func (s *Store) Append(id string) (*Writer, error) {
	t, _, err := s.Read(id)
	if err != nil {
		return nil, err
	}
	if t.Header.Format != FormatVersion {
		return nil, fmt.Errorf("resume %s: written in format %d by another version of amends; this one writes format %d", id, t.Header.Format, FormatVersion)
	}
	path := s.Path(id)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return nil, fmt.Errorf("resume transcript: %w", err)
	}
	// Is the last byte a newline? If not, the next write must start one.
	torn := false
	if fi, err := f.Stat(); err == nil && fi.Size() > 0 {
		r, err := os.Open(path)
		if err == nil {
			var b [1]byte
			if _, err := r.ReadAt(b[:], fi.Size()-1); err == nil && b[0] != '\n' {
				torn = true
			}
			r.Close()
		}
	}
	seq := 0
	for _, e := range t.Events {
		seq = max(seq, e.Seq)
	}
	return newWriter(f, path, id, seq, torn, s.now), nil
}

// Read reads the transcript id. See Parse for how damaged lines are
// handled; the warnings are for the user, the transcript is still good.
func (s *Store) Read(id string) (*Transcript, []Warning, error) {
	if !ValidID(id) {
		return nil, nil, &InvalidIDError{ID: id}
	}
	path := s.Path(id)
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, fmt.Errorf("%w: %s", ErrNotFound, id)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("read transcript: %w", err)
	}
	defer f.Close()
	t, warns, err := Parse(f)
	if err != nil {
		var fe *FormatError
		if errors.As(err, &fe) {
			fe.Path = path
		}
		return nil, warns, err
	}
	t.Path = path
	if t.Header.ID != id {
		warns = append(warns, Warning{Msg: fmt.Sprintf("the header names session %q but the file is %s%s", t.Header.ID, id, Ext)})
	}
	return t, warns, nil
}

// Remove deletes the transcript id.
func (s *Store) Remove(id string) error {
	if !ValidID(id) {
		return &InvalidIDError{ID: id}
	}
	err := os.Remove(s.Path(id))
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w: %s", ErrNotFound, id)
	}
	if err != nil {
		return fmt.Errorf("remove transcript: %w", err)
	}
	return nil
}

// Summary describes one transcript for a listing.
type Summary struct {
	ID       string    `json:"id"`
	Started  time.Time `json:"started"`
	Model    string    `json:"model"`
	Scenario string    `json:"scenario"`
	// UserTurns counts the lines the user sent, including ones later taken
	// back with /undo.
	UserTurns int    `json:"user_turns"`
	Ended     bool   `json:"ended"`
	Path      string `json:"path"`
	// Warnings counts the lines skipped or questioned while reading.
	Warnings int `json:"warnings,omitempty"`
	// Problem is set when the file cannot be read as a transcript at all.
	// Such files are still listed (with Started taken from the file's
	// modification time) so that nothing disappears from view.
	Problem string `json:"problem,omitempty"`
}

// IDs returns the ids of the *.jsonl files in the store, sorted, without
// reading them.
func (s *Store) IDs() ([]string, error) {
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		return nil, fmt.Errorf("list transcripts: %w", err)
	}
	var ids []string
	for _, e := range entries {
		name := e.Name()
		id, ok := strings.CutSuffix(name, Ext)
		if !ok || !e.Type().IsRegular() || !ValidID(id) {
			continue
		}
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids, nil
}

// List reads every transcript in the store and returns their summaries,
// newest first (by start time, then by id).
func (s *Store) List() ([]Summary, error) {
	ids, err := s.IDs()
	if err != nil {
		return nil, err
	}
	out := make([]Summary, 0, len(ids))
	for _, id := range ids {
		sum := Summary{ID: id, Path: s.Path(id)}
		t, warns, err := s.Read(id)
		if err != nil {
			sum.Problem = err.Error()
			var fe *FormatError
			if errors.As(err, &fe) {
				sum.Problem = fe.Msg
			}
			if fi, serr := os.Stat(sum.Path); serr == nil {
				sum.Started = fi.ModTime()
			}
			out = append(out, sum)
			continue
		}
		sum.Started = t.Header.Started
		sum.Model = t.Header.Model
		sum.Scenario = t.Header.ScenarioName()
		sum.UserTurns = t.Count(EventUser)
		sum.Ended = t.Count(EventEnd) > 0
		sum.Warnings = len(warns)
		out = append(out, sum)
	}
	slices.SortStableFunc(out, func(a, b Summary) int {
		if c := b.Started.Compare(a.Started); c != 0 {
			return c
		}
		return strings.Compare(b.ID, a.ID)
	})
	return out, nil
}

// Resolve turns what the user typed into a transcript id: "last" is the
// newest session (as List orders them), an exact id is itself, and
// otherwise a prefix must match exactly one id. It returns an error
// wrapping ErrNotFound, an *AmbiguousError or an *InvalidIDError.
func (s *Store) Resolve(ref string) (string, error) {
	if ref == Last {
		list, err := s.List()
		if err != nil {
			return "", err
		}
		if len(list) == 0 {
			return "", fmt.Errorf("%w: there are no saved sessions yet", ErrNotFound)
		}
		return list[0].ID, nil
	}
	if !ValidID(ref) {
		return "", &InvalidIDError{ID: ref}
	}
	ids, err := s.IDs()
	if err != nil {
		return "", err
	}
	var matches []string
	for _, id := range ids {
		if id == ref {
			return id, nil
		}
		if strings.HasPrefix(id, ref) {
			matches = append(matches, id)
		}
	}
	switch len(matches) {
	case 0:
		return "", fmt.Errorf("%w: %s", ErrNotFound, ref)
	case 1:
		return matches[0], nil
	default:
		return "", &AmbiguousError{Prefix: ref, Matches: matches}
	}
}

// now reads the clock, to the millisecond (finer is noise in a transcript).
func (s *Store) now() time.Time {
	clock := s.Now
	if clock == nil {
		clock = time.Now
	}
	return clock().Truncate(time.Millisecond)
}
