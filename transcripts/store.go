package transcripts

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/amends-cli/amends/internal/store"
)

// ext is the file extension of transcripts.
const ext = ".jsonl"

// Last is the reference Resolve understands as "the newest session".
const Last = store.Last

// ErrNotFound means no transcript matches an id or prefix.
var ErrNotFound = store.ErrNotFound

// AmbiguousError means a prefix matches more than one transcript.
type AmbiguousError = store.AmbiguousError

// InvalidIDError means an id cannot name a transcript file.
type InvalidIDError = store.InvalidIDError

// kind is how the store convention names transcripts.
var kind = store.Kind{Noun: "transcript", Ext: ext, ValidID: validID, Timed: timedID}

// Store is a directory of transcripts.
type Store struct {
	dir *store.Dir

	// Now is the clock used for header start times and event times. It
	// defaults to time.Now; tests replace it.
	Now func() time.Time
}

// Open returns the store in dir. Nothing is created until the first
// session is: Create makes the directory (and its missing parents) with
// mode 0700, with an explicit chmod so the umask does not matter.
//
// An existing directory is never changed: the user may have pointed the
// transcripts setting at a folder they share on purpose, and the files
// themselves are always 0600. When the existing directory is open to the
// group or to others, Open succeeds and Loose reports it, so the caller can
// tell the user (and suggest chmod 700).
func Open(dir string) (*Store, error) {
	d, err := store.Open(dir, kind)
	if err != nil {
		return nil, err
	}
	return &Store{dir: d, Now: time.Now}, nil
}

// Dir is the store's directory.
func (s *Store) Dir() string { return s.dir.Path() }

// Loose returns the permissions of the store's directory and true when Open
// found an existing directory that others can read or enter. It is always
// false for a directory the store created.
func (s *Store) Loose() (fs.FileMode, bool) { return s.dir.Loose() }

// Path returns the file name for id (whether or not it exists).
func (s *Store) Path(id string) string { return s.dir.File(id) }

// validID reports whether id can name a transcript: a non-empty run of
// ASCII letters, digits, '-', '_' and '.', not starting with '.', and not
// the reserved word "last".
func validID(id string) bool {
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

// timedID reports whether id has the form newID gives,
// "20261129-024312-ab12": such ids sort by start time.
func timedID(id string) bool {
	if len(id) != len("20060102-150405-abcd") || id[8] != '-' || id[15] != '-' {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case i == 8 || i == 15:
		case i > 15 && (c >= '0' && c <= '9' || c >= 'a' && c <= 'f'):
		case i < 15 && c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return true
}

// newID returns a new session id: the UTC date and time of t to the second
// and four random hex digits, e.g. "20261129-024312-ab12". Ids sort in time
// order (to the second) wherever the user is, and two sessions started in
// the same second still get different names.
func newID(t time.Time) string {
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
	if !generated && !validID(h.ID) {
		return nil, &InvalidIDError{Noun: kind.Noun, ID: h.ID}
	}
	if err := s.dir.Mkdir(); err != nil {
		return nil, err
	}
	for attempt := 0; ; attempt++ {
		if generated {
			h.ID = newID(h.Started)
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
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE|os.O_EXCL, store.FilePerm)
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
	if err := f.Chmod(store.FilePerm); err != nil {
		return fail(err)
	}
	if _, err := f.Write(line); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	store.SyncDir(s.dir.Path())
	return newWriter(f, path, h.ID, 0, false, s.now), nil
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
	if !validID(id) {
		return nil, nil, &InvalidIDError{Noun: kind.Noun, ID: id}
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
		warns = append(warns, Warning{Msg: fmt.Sprintf("the header names session %q but the file is %s%s", t.Header.ID, id, ext)})
	}
	return t, warns, nil
}

// Remove deletes the transcript id (and its line in the list index).
func (s *Store) Remove(id string) error { return s.dir.Remove(id) }

// Summary describes one transcript for a listing.
type Summary struct {
	ID       string    `json:"id"`
	Started  time.Time `json:"started"`
	Model    string    `json:"model"`
	Scenario string    `json:"scenario"`
	// With is the partner's name (the scenario's "who").
	With string `json:"with"`
	// UserTurns counts the user's lines that stand: lines taken back with
	// /undo are not counted.
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

// summaryVersion names how Summary is made; bump it when that changes, and
// every list index is rebuilt.
const summaryVersion = 2

// encodeSummary and decodeSummary are a Summary's fields in the index.
func encodeSummary(s Summary) []string {
	return []string{
		s.Started.Format(time.RFC3339Nano), s.Model, s.Scenario, s.With,
		strconv.Itoa(s.UserTurns), strconv.FormatBool(s.Ended), strconv.Itoa(s.Warnings), s.Problem,
	}
}

func decodeSummary(f []string) (Summary, bool) {
	if len(f) != 8 {
		return Summary{}, false
	}
	started, err1 := time.Parse(time.RFC3339Nano, f[0])
	turns, err2 := strconv.Atoi(f[4])
	ended, err3 := strconv.ParseBool(f[5])
	warns, err4 := strconv.Atoi(f[6])
	if err := errors.Join(err1, err2, err3, err4); err != nil {
		return Summary{}, false
	}
	return Summary{Started: started, Model: f[1], Scenario: f[2], With: f[3], UserTurns: turns, Ended: ended, Warnings: warns, Problem: f[7]}, true
}

// List returns the summaries of every transcript in the store, newest
// first (by start time, then by id). It reads the store's index and only
// the transcripts written since it was made (see store.Index).
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
		return strings.Compare(b.ID, a.ID)
	}), nil
}

// summarise reads transcript id in full for its summary.
func (s *Store) summarise(id string) (Summary, bool) {
	sum := Summary{ID: id}
	t, warns, err := s.Read(id)
	if err != nil {
		var fe *FormatError
		if !errors.As(err, &fe) {
			// Not about the file's content (permissions, I/O): say so now,
			// and read it again next time.
			sum.Problem = err.Error()
			if fi, serr := os.Stat(s.Path(id)); serr == nil {
				sum.Started = fi.ModTime()
			}
			return sum, false
		}
		sum.Problem = fe.Msg
		if fi, serr := os.Stat(s.Path(id)); serr == nil {
			sum.Started = fi.ModTime()
		}
		return sum, true
	}
	sum.Started = t.Header.Started
	sum.Model = t.Header.Model
	sum.Scenario = t.Header.ScenarioName()
	sum.With = t.Header.PartnerName()
	sum.UserTurns = t.Standing()
	sum.Ended = t.Count(EventEnd) > 0
	sum.Warnings = len(warns)
	return sum, true
}

// Resolve turns what the user typed into a transcript id: "last" is the
// newest session that reads (session ids sort by start time, so this reads
// the header line of the newest file, and of any newer one that is not a
// transcript; a store holding only ids chosen by hand falls back to List's
// order), an exact id is itself, and otherwise a prefix must match exactly
// one id, with nothing read. It returns an error wrapping ErrNotFound, an *AmbiguousError or
// an *InvalidIDError.
func (s *Store) Resolve(ref string) (string, error) {
	id, _, err := s.ResolveReadable(ref)
	return id, err
}

// ResolveReadable is Resolve, where "last" is the newest session that can
// be read: the newer ones that cannot are skipped and returned, for the
// caller to name.
func (s *Store) ResolveReadable(ref string) (string, []Summary, error) {
	var skipped []Summary
	if ref != Last {
		id, err := s.dir.Resolve(ref, nil)
		return id, nil, err
	}
	// Session ids sort by time: take the newest whose header reads,
	// reading only headers, and only as far as needed.
	ids, err := s.dir.Newest()
	if err != nil {
		return "", nil, err
	}
	for _, id := range ids {
		problem := s.headerProblem(id)
		if problem == "" {
			return id, skipped, nil
		}
		sum := Summary{ID: id, Path: s.Path(id), Problem: problem}
		if fi, err := os.Stat(sum.Path); err == nil {
			sum.Started = fi.ModTime()
		}
		skipped = append(skipped, sum)
	}
	// Only ids chosen by hand (or none readable): the listing's order.
	list, err := s.List()
	if err != nil {
		return "", nil, err
	}
	if len(list) == 0 {
		return "", nil, fmt.Errorf("%w: there are no saved sessions yet", ErrNotFound)
	}
	seen := map[string]bool{}
	for _, k := range skipped {
		seen[k.ID] = true
	}
	for _, sum := range list {
		if seen[sum.ID] {
			continue
		}
		if sum.Problem == "" {
			return sum.ID, skipped, nil
		}
		skipped = append(skipped, sum)
	}
	return "", skipped, fmt.Errorf("%w: no saved session can be read (%d cannot)", ErrNotFound, len(skipped))
}

// headerProblem reads only the first line of transcript id and says why it
// is not a transcript header, or "" when it is one.
func (s *Store) headerProblem(id string) string {
	f, err := os.Open(s.Path(id))
	if err != nil {
		return err.Error()
	}
	defer f.Close()
	line, err := bufio.NewReaderSize(f, 4096).ReadSlice('\n')
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return err.Error()
	}
	if errors.Is(err, bufio.ErrBufferFull) {
		// A header longer than the buffer: read it the long way.
		if _, _, rerr := s.Read(id); rerr != nil {
			var fe *FormatError
			if errors.As(rerr, &fe) {
				return fe.Msg
			}
			return rerr.Error()
		}
		return ""
	}
	body := bytes.TrimRight(line, "\r\n")
	if len(bytes.TrimSpace(body)) == 0 {
		return "the file is empty"
	}
	if _, herr := parseHeader(body); herr != nil {
		return herr.Error()
	}
	return ""
}

// now reads the clock, to the millisecond (finer is noise in a transcript).
func (s *Store) now() time.Time {
	clock := s.Now
	if clock == nil {
		clock = time.Now
	}
	return clock().Truncate(time.Millisecond)
}
