package transcripts

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/amends-cli/amends/internal/store"
)

// FuzzRead feeds arbitrary bytes to Store.Read as a transcript file. Read
// must never panic; when the first line is a valid header it must never
// fail; and whatever it returns must survive Replay and Markdown.
func FuzzRead(f *testing.F) {
	if example, err := os.ReadFile(filepath.Join("testdata", "example.jsonl")); err == nil {
		f.Add(example)
		f.Add(example[:len(example)/2])
	}
	f.Add([]byte(hdr))
	f.Add([]byte(hdr + `{"seq":1,"type":"user","text":"a"}` + "\n" + `{"seq":2,"type":"undo"}`))
	f.Add([]byte(hdr + `{"seq":1,"type":"partner","interrupted":true,"data":{"x":[1,2]}}` + "\n\x00\xff\n"))
	f.Add([]byte(hdr + `{"seq":1,"type":"retry"}` + "\r\n" + `{"seq":-4,"type":"user"}`))
	f.Add([]byte(`{"type":"header","format":7,"id":"s1","scenario":"x"}`))
	f.Add([]byte{})

	dir := f.TempDir()
	s, err := Open(dir)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		path := s.Path("fuzz")
		if err := os.WriteFile(path, data, store.FilePerm); err != nil {
			t.Fatal(err)
		}
		tr, warns, err := s.Read("fuzz")

		first, _, _ := bytes.Cut(data, []byte("\n"))
		_, herr := parseHeader(bytes.TrimRight(first, "\r"))
		if herr == nil && err != nil {
			t.Fatalf("valid header but Read failed: %v", err)
		}
		if err != nil {
			var fe *FormatError
			if !errors.As(err, &fe) {
				t.Fatalf("error is not a FormatError: %v", err)
			}
			return
		}
		for _, w := range warns {
			_ = w.String()
		}
		for _, e := range tr.Events {
			if e.Type == "" || e.Seq < 1 {
				t.Fatalf("invalid event returned: %+v", e)
			}
		}
		msgs := Replay(tr)
		if len(msgs) > len(tr.Events) {
			t.Fatalf("Replay made up messages")
		}
		_ = Markdown(tr)
	})
}

// BenchmarkAppend measures one event appended and synced to disk. The
// figure is dominated by fsync and so by the file system under the test's
// temporary directory.
func BenchmarkAppend(b *testing.B) {
	s, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	w, err := s.Create(Header{ID: "bench", Model: "m"})
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	e := Event{Type: EventPartner, Text: "I hear you. I'm not ready to talk about the dinner yet, but I'm glad you came to me first."}
	for b.Loop() {
		if err := w.Append(e); err != nil {
			b.Fatal(err)
		}
	}
}
