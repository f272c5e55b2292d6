package critique

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// Labelled is one labelled draft, a line of testdata/critique/*.jsonl:
// the draft, the elements a careful reader finds present, and the
// categories of finding they would raise.
type Labelled struct {
	ID           string          `json:"id"`
	Kind         Kind            `json:"kind"`
	Relationship string          `json:"relationship"`
	Register     string          `json:"register"`
	Source       string          `json:"source"`
	Text         string          `json:"text"`
	Elements     map[string]bool `json:"elements"`
	Categories   []string        `json:"categories"`
}

// ReadLabelled decodes JSON Lines of labelled drafts. Blank lines are
// skipped; an unknown field, kind or category is an error naming the line.
func ReadLabelled(r io.Reader) ([]Labelled, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var out []Labelled
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var d Labelled
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&d); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if !ValidKind(d.Kind) {
			return nil, fmt.Errorf("line %d (%s): unknown kind %q", line, d.ID, d.Kind)
		}
		for _, c := range d.Categories {
			if _, ok := Lookup(c); !ok {
				return nil, fmt.Errorf("line %d (%s): unknown category %q", line, d.ID, c)
			}
		}
		out = append(out, d)
	}
	return out, sc.Err()
}

// ReadLabelledFile reads the labelled drafts in the file at path.
func ReadLabelledFile(path string) ([]Labelled, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ds, err := ReadLabelled(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ds, nil
}
