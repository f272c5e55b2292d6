package store

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// IndexFile is the name of the index in a store directory. It starts with
// a dot, so it is never taken for an entry.
const IndexFile = ".index"

// maxIndex bounds the index file read (a thousand sessions take ~100 KB).
const maxIndex = 64 << 20

// Index keeps one summary per entry in IndexFile, so that a listing reads
// one small file instead of every entry. It is a cache, never the record:
//
//   - a summary is used only while its entry's size and modification time
//     are those it was made from; otherwise Build reads the entry again;
//   - new summaries are appended (one write of whole lines); the file is
//     rewritten whole, through a synced temporary file and a rename, when it
//     is missing, made by another Version, or mostly stale lines;
//   - a damaged line is ignored, and an index that cannot be written is
//     simply not kept (listing still works, reading every entry).
//
// The file is text: a first line naming the kind and Version, then one
// line per summary, tab-separated: id, size, modification time (Unix
// nanoseconds), then the fields Encode gives, with backslash, tab and
// newline escaped. It is 0600 in the store's 0700 directory, like the
// entries.
type Index[T any] struct {
	Dir *Dir
	// Version names the shape of the fields and how they are made; an
	// index written with another version is rebuilt.
	Version int
	// Build reads entry id and summarises it. keep=false leaves the
	// summary out of the index (a read that failed for a passing reason).
	Build func(id string) (summary T, keep bool)
	// Encode gives a summary's fields; Decode takes them back, and
	// reports false for fields it cannot use (the entry is then read).
	Encode func(T) []string
	Decode func([]string) (T, bool)
}

// Item is one entry's summary.
type Item[T any] struct {
	ID      string
	Summary T
}

// Newest turns items (in id order, as List gives them) into summaries
// with fill, newest first by cmp. Ids sort by time, so the reversed
// slice is close to sorted already and the stable sort is cheap.
func Newest[T any](items []Item[T], fill func(Item[T]) T, cmp func(a, b T) int) []T {
	out := make([]T, len(items))
	for i, it := range items {
		out[len(items)-1-i] = fill(it)
	}
	slices.SortStableFunc(out, cmp)
	return out
}

type indexLine struct {
	id          string
	size, mtime int64
	fields      []string
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
		if l, hit := known[e.id]; hit && l.size == size && l.mtime == mtime && mtime != 0 {
			if sum, ok := ix.Decode(l.fields); ok {
				out = append(out, Item[T]{ID: e.id, Summary: sum})
				continue
			}
		}
		sum, keep := ix.Build(e.id)
		out = append(out, Item[T]{ID: e.id, Summary: sum})
		if !keep || mtime == 0 {
			continue
		}
		l := indexLine{id: e.id, size: size, mtime: mtime, fields: ix.Encode(sum)}
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

func (ix *Index[T]) head() string {
	return "amends index 1\t" + ix.Dir.kind.Noun + "\t" + strconv.Itoa(ix.Version) + "\n"
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
	fi, err := f.Stat()
	if err != nil || fi.Size() > maxIndex {
		return known, 0, false
	}
	data := make([]byte, fi.Size())
	if _, err := io.ReadFull(f, data); err != nil {
		return known, 0, false
	}
	text := string(data)
	head := ix.head()
	if !strings.HasPrefix(text, head) {
		return known, 0, false
	}
	text = text[len(head):]
	n := 0
	for text != "" {
		line, rest, complete := strings.Cut(text, "\n")
		text = rest
		n++
		if !complete {
			break // a line cut short
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			continue
		}
		size, err1 := strconv.ParseInt(f[1], 10, 64)
		mtime, err2 := strconv.ParseInt(f[2], 10, 64)
		if err1 != nil || err2 != nil || f[0] == "" {
			continue
		}
		fields := f[3:]
		for i, v := range fields {
			if strings.IndexByte(v, '\\') >= 0 {
				fields[i] = unescape(v)
			}
		}
		known[f[0]] = indexLine{id: f[0], size: size, mtime: mtime, fields: fields}
	}
	return known, n, true
}

func encodeLines(ls []indexLine) []byte {
	var b bytes.Buffer
	for _, l := range ls {
		b.WriteString(l.id)
		b.WriteByte('\t')
		b.WriteString(strconv.FormatInt(l.size, 10))
		b.WriteByte('\t')
		b.WriteString(strconv.FormatInt(l.mtime, 10))
		for _, f := range l.fields {
			b.WriteByte('\t')
			b.WriteString(escape(f))
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

var (
	escaper   = strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)
	unescaper = strings.NewReplacer(`\\`, `\`, `\t`, "\t", `\n`, "\n", `\r`, "\r")
)

func escape(s string) string {
	if strings.ContainsAny(s, "\\\t\n\r") {
		return escaper.Replace(s)
	}
	return s
}

func unescape(s string) string { return unescaper.Replace(s) }

func (ix *Index[T]) append(ls []indexLine) error {
	f, err := os.OpenFile(ix.path(), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return err
	}
	// One write: concurrent listings append whole lines.
	_, err = f.Write(encodeLines(ls))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

func (ix *Index[T]) rewrite(ls []indexLine) error {
	return writeFile(ix.Dir.path, ix.path(), append([]byte(ix.head()), encodeLines(ls)...))
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
		if i > 0 && bytes.HasPrefix(line, []byte(id+"\t")) {
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
