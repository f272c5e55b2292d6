package store

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// IndexFile is the name of the index in a store directory. It starts with
// a dot, so it is never taken for an entry.
const IndexFile = ".index"

// maxIndex bounds the index file read (a thousand sessions take ~300 KB).
const maxIndex = 64 << 20

// Index keeps one summary per entry in IndexFile, so that a listing reads
// one small file instead of every entry. It is a cache, never the record:
//
//   - a summary is used only while its entry's size and modification time
//     are those it was made from; otherwise Build reads the entry again;
//   - new summaries are appended (one write of one line each); the file is
//     rewritten whole, through a synced temporary file and a rename, when it
//     is missing, made by another Version, or mostly stale lines;
//   - a damaged line is ignored, and an index that cannot be written is
//     simply not kept (listing still works, reading every entry).
//
// The file is 0600 in the store's 0700 directory, like the entries.
type Index[T any] struct {
	Dir *Dir
	// Version names the shape of T and how it is made; an index written
	// with another version is rebuilt.
	Version int
	// Build reads entry id and summarises it. keep=false leaves the
	// summary out of the index (a read that failed for a passing reason).
	Build func(id string) (summary T, keep bool)
}

// Item is one entry's summary.
type Item[T any] struct {
	ID      string
	Summary T
}

type indexHead struct {
	Index   int    `json:"index"`
	Kind    string `json:"kind"`
	Version int    `json:"version"`
}

type indexLine struct {
	ID    string          `json:"id"`
	Size  int64           `json:"size"`
	MTime int64           `json:"mtime"` // Unix nanoseconds
	Sum   json.RawMessage `json:"summary"`
}

// List returns a summary of every entry, in id order, reading only the
// entries whose summary is missing or stale.
func (ix *Index[T]) List() ([]Item[T], error) {
	ents, err := ix.Dir.entries()
	if err != nil || len(ents) == 0 {
		return nil, err
	}
	known, lines, ok := ix.load()
	out := make([]Item[T], 0, len(ents))
	var fresh []indexLine
	for _, e := range ents {
		var size, mtime int64
		if fi, err := e.de.Info(); err == nil {
			size, mtime = fi.Size(), fi.ModTime().UnixNano()
		}
		if l, hit := known[e.id]; hit && l.Size == size && l.MTime == mtime && mtime != 0 {
			var sum T
			if json.Unmarshal(l.Sum, &sum) == nil {
				out = append(out, Item[T]{ID: e.id, Summary: sum})
				continue
			}
		}
		sum, keep := ix.Build(e.id)
		out = append(out, Item[T]{ID: e.id, Summary: sum})
		if !keep || mtime == 0 {
			continue
		}
		raw, err := json.Marshal(sum)
		if err != nil {
			continue
		}
		l := indexLine{ID: e.id, Size: size, MTime: mtime, Sum: raw}
		known[e.id] = l
		fresh = append(fresh, l)
	}
	switch {
	case !ok || lines+len(fresh) > 2*len(ents)+16:
		keepLines := make([]indexLine, 0, len(ents))
		for _, e := range ents {
			if l, hit := known[e.id]; hit {
				keepLines = append(keepLines, l)
			}
		}
		_ = ix.rewrite(keepLines)
	case len(fresh) > 0:
		_ = ix.append(fresh)
	}
	return out, nil
}

func (ix *Index[T]) path() string { return filepath.Join(ix.Dir.path, IndexFile) }

func (ix *Index[T]) head() indexHead {
	return indexHead{Index: 1, Kind: ix.Dir.kind.Noun, Version: ix.Version}
}

// load reads the index: the latest line per id, the number of lines, and
// whether the file is there and of this version.
func (ix *Index[T]) load() (map[string]indexLine, int, bool) {
	known := map[string]indexLine{}
	f, err := os.Open(ix.path())
	if err != nil {
		return known, 0, false
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || fi.Size() > maxIndex {
		return known, 0, false
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	if !sc.Scan() {
		return known, 0, false
	}
	var h indexHead
	if json.Unmarshal(sc.Bytes(), &h) != nil || h != ix.head() {
		return known, 0, false
	}
	n := 0
	for sc.Scan() {
		n++
		var l indexLine
		if json.Unmarshal(sc.Bytes(), &l) == nil && l.ID != "" {
			known[l.ID] = l
		}
	}
	return known, n, sc.Err() == nil
}

func encodeIndexLines[L any](ls []L) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, l := range ls {
		if err := enc.Encode(l); err != nil {
			return nil, err
		}
	}
	return b.Bytes(), nil
}

func (ix *Index[T]) append(ls []indexLine) error {
	data, err := encodeIndexLines(ls)
	if err != nil {
		return err
	}
	f, err := os.OpenFile(ix.path(), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return err
	}
	// One write: concurrent listings append whole lines.
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

func (ix *Index[T]) rewrite(ls []indexLine) error {
	head, err := encodeIndexLines([]indexHead{ix.head()})
	if err != nil {
		return err
	}
	body, err := encodeIndexLines(ls)
	if err != nil {
		return err
	}
	return writeFile(ix.Dir.path, ix.path(), append(head, body...))
}

// forget drops id's lines from d's index, if there is one: a deleted entry
// leaves nothing of itself behind.
func forget(d *Dir, id string) {
	path := filepath.Join(d.path, IndexFile)
	data, err := os.ReadFile(path)
	if err != nil {
		return
	}
	var out [][]byte
	for i, line := range bytes.SplitAfter(data, []byte("\n")) {
		var l indexLine
		if i > 0 && json.Unmarshal(line, &l) == nil && l.ID == id {
			continue
		}
		out = append(out, line)
	}
	if err := writeFile(d.path, path, bytes.Join(out, nil)); err != nil {
		// An index that cannot be cleaned must not keep the summary.
		_ = os.Remove(path)
	}
}

// writeFile replaces path with data through a synced temporary file in
// dir and a rename, so that a reader sees the old file or the new one.
func writeFile(dir, path string, data []byte) (err error) {
	tmp, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
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
		return fmt.Errorf("replace %s: %w", path, err)
	}
	SyncDir(dir)
	return nil
}

// WriteFile replaces the entry id's file with data atomically (a synced
// temporary file renamed over it), creating the directory when needed.
func (d *Dir) WriteFile(id string, data []byte) error {
	if !d.kind.ValidID(id) {
		return &InvalidIDError{Noun: d.kind.Noun, ID: id}
	}
	if err := d.Mkdir(); err != nil {
		return err
	}
	return writeFile(d.path, d.File(id), data)
}
