// Package store is the one convention behind the folders where amends keeps
// what the user wrote (practice transcripts, reflections): a private
// directory of one file per entry, named by an id that sorts by time.
//
//   - Open never creates anything; the first write does (MkdirAll 0700).
//   - Resolve turns what the user typed into an id without reading any
//     entry: "last" is the greatest id (ids sort by time), an exact id is
//     itself, otherwise a prefix must match exactly one id.
//   - Remove deletes an entry and its line in the index.
//
// Reading and writing entries is the business of each kind's package; this
// one also keeps, for listings, an Index of per-entry summaries so that a
// list reads a single small file instead of every entry.
package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
)

// Permissions of what a store creates: only the user can read it.
const (
	DirPerm  fs.FileMode = 0o700
	FilePerm fs.FileMode = 0o600
)

// Last is the reference Resolve understands as "the newest entry".
const Last = "last"

// ErrNotFound means no entry matches a reference.
var ErrNotFound = errors.New("not found")

// AmbiguousError means a prefix matches more than one entry.
type AmbiguousError struct {
	Noun    string // "transcripts", "reflections"
	Prefix  string
	Matches []string // the matching ids, sorted
}

func (e *AmbiguousError) Error() string {
	shown := e.Matches
	more := ""
	if len(shown) > 3 {
		shown, more = shown[:3], fmt.Sprintf(" and %d more", len(e.Matches)-3)
	}
	return fmt.Sprintf("%q matches %d %s (%s%s)", e.Prefix, len(e.Matches), e.Noun, strings.Join(shown, ", "), more)
}

// InvalidIDError means a reference cannot name an entry file.
type InvalidIDError struct {
	Noun string // "transcript", "reflection"
	ID   string
}

func (e *InvalidIDError) Error() string {
	return fmt.Sprintf("invalid %s id %q", e.Noun, e.ID)
}

// Kind describes one kind of entry.
type Kind struct {
	// Noun is the singular name used in errors ("transcript").
	Noun string
	// Ext is the file extension, with its dot (".jsonl").
	Ext string
	// ValidID reports whether a string can name an entry file. It must
	// refuse "", path separators, a leading dot and Last.
	ValidID func(string) bool
	// Timed reports whether an id has the time-ordered form the store
	// generates. "last" is the greatest timed id (ordered by Less);
	// other ids are never "last" while a timed one exists.
	Timed func(string) bool
	// Less orders timed ids by time; nil means byte order.
	Less func(a, b string) bool
}

// Dir is a store directory of one kind of entry.
type Dir struct {
	path  string
	pre   string // see prefix
	kind  Kind
	loose fs.FileMode
}

// Open returns the store in path without creating anything: a missing
// directory is an empty store. An existing directory is never changed; when
// others can read or enter it, Loose reports it so the caller can say so.
func Open(path string, kind Kind) (*Dir, error) {
	if path == "" {
		return nil, fmt.Errorf("open %ss: no directory given", kind.Noun)
	}
	d := &Dir{path: path, kind: kind}
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("open %ss directory: %w", kind.Noun, err)
	case !fi.IsDir():
		return nil, fmt.Errorf("open %ss directory: %s is not a directory", kind.Noun, path)
	default:
		if runtime.GOOS != "windows" && fi.Mode().Perm()&0o077 != 0 {
			d.loose = fi.Mode().Perm()
		}
	}
	return d, nil
}

// Path is the store's directory.
func (d *Dir) Path() string { return d.path }

// File is the file name of the entry id (whether or not it exists).
func (d *Dir) File(id string) string { return d.prefix() + id + d.kind.Ext }

// prefix is the directory with its separator, cleaned once.
func (d *Dir) prefix() string {
	if d.pre == "" {
		d.pre = filepath.Clean(d.path) + string(filepath.Separator)
	}
	return d.pre
}

// Loose returns the directory's permissions and true when Open found an
// existing directory open to the group or to others.
func (d *Dir) Loose() (fs.FileMode, bool) { return d.loose, d.loose != 0 }

// Mkdir creates the directory (and missing parents) with mode 0700 when it
// does not exist, with an explicit chmod so the umask does not matter. An
// existing directory is left as it is.
func (d *Dir) Mkdir() error {
	if _, err := os.Stat(d.path); err == nil {
		return nil
	}
	if err := os.MkdirAll(d.path, DirPerm); err != nil {
		return fmt.Errorf("create %ss directory: %w", d.kind.Noun, err)
	}
	if err := os.Chmod(d.path, DirPerm); err != nil {
		return fmt.Errorf("create %ss directory: %w", d.kind.Noun, err)
	}
	return nil
}

// IDs returns the ids of the entry files, sorted, without reading them. A
// missing directory has none.
func (d *Dir) IDs() ([]string, error) {
	ents, err := d.entries()
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(ents))
	for _, e := range ents {
		ids = append(ids, e.id)
	}
	return ids, nil
}

type dirEntry struct {
	id string
	de fs.DirEntry
}

func (d *Dir) entries() ([]dirEntry, error) {
	f, err := os.Open(d.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list %ss: %w", d.kind.Noun, err)
	}
	des, err := f.ReadDir(-1) // unsorted: sorting ids is cheaper
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("list %ss: %w", d.kind.Noun, err)
	}
	out := make([]dirEntry, 0, len(des))
	for _, de := range des {
		id, ok := strings.CutSuffix(de.Name(), d.kind.Ext)
		if ok && de.Type().IsRegular() && d.kind.ValidID(id) {
			out = append(out, dirEntry{id: id, de: de})
		}
	}
	slices.SortFunc(out, func(a, b dirEntry) int { return strings.Compare(a.id, b.id) })
	return out, nil
}

// Resolve turns what the user typed into an id without reading any entry:
// Last is the newest timed id, an exact id is itself, and otherwise a
// prefix must match exactly one id. With no timed id at all, "last" is
// left to newest (the caller's own order, which may read), or not found
// when newest is nil. Errors wrap ErrNotFound, or are an
// *AmbiguousError or an *InvalidIDError.
func (d *Dir) Resolve(ref string, newest func() (string, error)) (string, error) {
	ids, err := d.IDs()
	if err != nil {
		return "", err
	}
	if ref == Last {
		last := ""
		for _, id := range ids {
			if d.kind.Timed(id) && (last == "" || d.less(last, id)) {
				last = id
			}
		}
		if last == "" && len(ids) > 0 && newest != nil {
			return newest()
		}
		if last == "" {
			return "", fmt.Errorf("%w: there are no %ss yet", ErrNotFound, d.kind.Noun)
		}
		return last, nil
	}
	if !d.kind.ValidID(ref) {
		return "", &InvalidIDError{Noun: d.kind.Noun, ID: ref}
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
		slices.Sort(matches)
		return "", &AmbiguousError{Noun: d.kind.Noun + "s", Prefix: ref, Matches: matches}
	}
}

// Newest returns the timed ids, newest first, without reading any entry.
func (d *Dir) Newest() ([]string, error) {
	ids, err := d.IDs()
	if err != nil {
		return nil, err
	}
	var out []string
	for _, id := range ids {
		if d.kind.Timed(id) {
			out = append(out, id)
		}
	}
	slices.SortFunc(out, func(a, b string) int {
		switch {
		case d.less(b, a):
			return -1
		case d.less(a, b):
			return 1
		}
		return 0
	})
	return out, nil
}

func (d *Dir) less(a, b string) bool {
	if d.kind.Less != nil {
		return d.kind.Less(a, b)
	}
	return a < b
}

// Remove deletes the entry id and forgets its summary in the index.
func (d *Dir) Remove(id string) error {
	if !d.kind.ValidID(id) {
		return &InvalidIDError{Noun: d.kind.Noun, ID: id}
	}
	err := os.Remove(d.File(id))
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w: %s", ErrNotFound, id)
	}
	if err != nil {
		return fmt.Errorf("remove %s: %w", d.kind.Noun, err)
	}
	forget(d, id)
	return nil
}

// SyncDir makes a new directory entry durable where the platform allows
// it. It is best effort: the file's own data is already synced.
func SyncDir(dir string) {
	if runtime.GOOS == "windows" {
		return
	}
	if f, err := os.Open(dir); err == nil {
		_ = f.Sync()
		f.Close()
	}
}
