package guide

import (
	"bufio"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
)

var update = flag.Bool("update", false, "regenerate testdata/article-ngrams.txt from the shared article")

// articlePath is where the grounding article lives beside the repository
// (the shared reference folder). The repository keeps only hashes of its
// word runs, never the text itself.
var articlePath = filepath.Join("..", "..", "shared", "reference", "article-rebuild-relationships.txt")

const (
	ngram      = 8
	hashesFile = "testdata/article-ngrams.txt"
)

func TestTopicsWellFormed(t *testing.T) {
	ts := Topics()
	if len(ts) < 8 {
		t.Fatalf("got %d topics, want at least 8", len(ts))
	}
	slugs := map[string]bool{}
	prevOrder := -1 << 31
	for _, tp := range ts {
		if tp.Title == "" || tp.Slug == "" || tp.Summary == "" || strings.TrimSpace(tp.Body) == "" {
			t.Errorf("%s: missing title, slug, summary or body", tp.File)
		}
		if tp.Source != ArticleTitle {
			t.Errorf("%s: source = %q, want the article's title", tp.File, tp.Source)
		}
		if tp.File != tp.Slug+".md" {
			t.Errorf("%s: file name does not match slug %q", tp.File, tp.Slug)
		}
		if slugs[tp.Slug] {
			t.Errorf("duplicate slug %q", tp.Slug)
		}
		slugs[tp.Slug] = true
		if tp.Order < prevOrder {
			t.Errorf("%s: topics not ordered", tp.File)
		}
		prevOrder = tp.Order
		if _, err := tp.Section("In short"); err != nil {
			t.Errorf("%s: every topic needs an \"In short\" section (the prompts use it): %v", tp.File, err)
		}
		// Each step names the command that does it.
		if try, err := tp.Section("Try it"); err != nil || !strings.Contains(try, "`amends ") {
			t.Errorf("%s: every topic needs a \"Try it\" section naming an amends command: %v", tp.File, err)
		}
		for _, ref := range tp.References {
			if !strings.Contains(tp.Body, firstAuthor(ref)) {
				t.Errorf("%s: reference %q is not cited in the body", tp.File, ref)
			}
		}
	}
	for _, want := range []string{"reflect", "listen", "apology", "forgive", "reach-out", "trust", "boundaries", "let-go"} {
		if !slugs[want] {
			t.Errorf("missing topic %q", want)
		}
	}
}

func firstAuthor(ref string) string {
	f := strings.FieldsFunc(ref, func(r rune) bool { return r == ' ' || r == ',' || r == '&' })
	return f[0]
}

func TestEveryFileParses(t *testing.T) {
	names, err := FS.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range names {
		data, err := FS.ReadFile(e.Name())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Parse(e.Name(), string(data)); err != nil {
			t.Error(err)
		}
	}
}

func TestGet(t *testing.T) {
	tp, err := Get("apology")
	if err != nil {
		t.Fatal(err)
	}
	if tp.Title == "" {
		t.Error("empty title")
	}
	_, err = Get("nope")
	if err == nil {
		t.Fatal("Get(nope): no error")
	}
	for _, s := range Slugs() {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("error %q does not list %q", err, s)
		}
	}
}

func TestSection(t *testing.T) {
	for _, h := range []string{"Acknowledgment", "responsibility", "Commitment", "In short"} {
		s, err := Section("apology", h)
		if err != nil {
			t.Fatalf("Section(apology, %s): %v", h, err)
		}
		if s == "" || strings.Contains(s, "## ") {
			t.Errorf("Section(apology, %s) = %q: empty or runs into the next heading", h, s)
		}
	}
	s, _ := Section("apology", "Responsibility")
	if !strings.Contains(s, "Lewicki") {
		t.Errorf("Responsibility section lost its text: %q", s)
	}
	if _, err := Section("apology", "Nope"); err == nil || !strings.Contains(err.Error(), "Acknowledgment") {
		t.Errorf("unknown heading: err = %v, want a list of headings", err)
	}
	if _, err := Section("nope", "In short"); err == nil {
		t.Error("unknown slug: no error")
	}
}

func TestLetGoHasHelp(t *testing.T) {
	tp, err := Get("let-go")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"988", "116 123", "findahelpline.com", "emergency"} {
		if !strings.Contains(tp.Body, want) {
			t.Errorf("let-go does not mention %q", want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	good := "---\ntitle: T\nslug: s\norder: 1\nsummary: S\nsource: X\n---\nBody\n"
	if _, err := Parse("good.md", good); err != nil {
		t.Fatalf("good file: %v", err)
	}
	for name, text := range map[string]string{
		"no front":    "Body only\n",
		"unclosed":    "---\ntitle: T\n",
		"no title":    strings.Replace(good, "title: T\n", "", 1),
		"no source":   strings.Replace(good, "source: X\n", "", 1),
		"empty body":  strings.Replace(good, "Body\n", "  \n", 1),
		"bad order":   strings.Replace(good, "order: 1", "order: one", 1),
		"unknown key": strings.Replace(good, "order: 1", "colour: red", 1),
		"no colon":    strings.Replace(good, "order: 1", "order 1", 1),
		"duplicate":   strings.Replace(good, "order: 1", "title: again", 1),
	} {
		if _, err := Parse(name+".md", text); err == nil {
			t.Errorf("%s: no error", name)
		} else if !strings.Contains(err.Error(), name+".md") {
			t.Errorf("%s: error %q does not name the file", name, err)
		}
	}
	if _, err := parseAll(fstest.MapFS{
		"a.md": {Data: []byte(good)},
		"b.md": {Data: []byte(good)},
	}); err == nil || !strings.Contains(err.Error(), "already used") {
		t.Errorf("duplicate slugs: err = %v", err)
	}
}

func TestMarkdown(t *testing.T) {
	tp, _ := Get("trust")
	md := tp.Markdown()
	if !strings.HasPrefix(md, "# "+tp.Title+"\n") || !strings.Contains(md, "Source: "+ArticleTitle) {
		t.Errorf("Markdown() = %q", md[:min(200, len(md))])
	}
}

// words normalises text for the verbatim check: lower case, curly quotes
// and dashes folded, every run of non-letters and non-digits a separator
// (so "I'm" is one word either way).
func words(s string) []string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "—", " ", "–", " ").Replace(strings.ToLower(s))
	s = strings.ReplaceAll(s, "'", "")
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func ngramHashes(ws []string) map[uint64]string {
	out := map[uint64]string{}
	for i := 0; i+ngram <= len(ws); i++ {
		run := strings.Join(ws[i:i+ngram], " ")
		h := fnv.New64a()
		h.Write([]byte(run))
		out[h.Sum64()] = run
	}
	return out
}

func readHashes(t *testing.T) map[uint64]bool {
	t.Helper()
	f, err := os.Open(hashesFile)
	if err != nil {
		t.Fatalf("%v (regenerate with: go test ./guide -run Verbatim -update)", err)
	}
	defer f.Close()
	out := map[uint64]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var h uint64
		if _, err := fmt.Sscanf(sc.Text(), "%016x", &h); err == nil {
			out[h] = true
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestNoVerbatimArticleText checks that no run of eight or more words of
// the article appears in the guide's titles, summaries or bodies: the facts
// carry over, the sentences do not. The repository stores only FNV-64 hashes
// of the article's 8-word runs (testdata/article-ngrams.txt); with the shared
// reference folder present the test also checks against the text itself.
func TestNoVerbatimArticleText(t *testing.T) {
	article, err := os.ReadFile(articlePath)
	haveArticle := err == nil
	if *update {
		if !haveArticle {
			t.Fatalf("-update needs the article at %s: %v", articlePath, err)
		}
		hs := ngramHashes(words(string(article)))
		lines := make([]string, 0, len(hs))
		for h := range hs {
			lines = append(lines, fmt.Sprintf("%016x", h))
		}
		slices.Sort(lines)
		content := fmt.Sprintf("# FNV-64a hashes of the %d-word runs of the grounding article (normalised); see guide_test.go\n%s\n", ngram, strings.Join(lines, "\n"))
		if err := os.WriteFile(hashesFile, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	known := readHashes(t)
	if len(known) < 500 {
		t.Fatalf("only %d article hashes in %s", len(known), hashesFile)
	}
	if haveArticle {
		fresh := ngramHashes(words(string(article)))
		if len(fresh) != len(known) {
			t.Errorf("%s is stale (%d hashes, article has %d); rerun with -update", hashesFile, len(known), len(fresh))
		}
	}
	for _, tp := range Topics() {
		text := tp.Title + "\n" + tp.Summary + "\n" + tp.Body
		for h, run := range ngramHashes(words(text)) {
			if known[h] {
				t.Errorf("%s copies the article verbatim: %q", tp.File, run)
			}
		}
	}
}

func TestVerbatimCheckerCatchesCopies(t *testing.T) {
	// The checker itself must fire on a copied sentence (a self-test, with
	// curly punctuation and different case).
	copied := ngramHashes(words("Some people WON’T meet you halfway, or the dynamics may be too toxic to repair."))
	known := readHashes(t)
	hit := false
	for h := range copied {
		hit = hit || known[h]
	}
	if !hit {
		t.Error("a sentence copied from the article was not detected")
	}
}

// TestSlugIsFileName: Get reads SLUG.md alone (getOne), which finds every
// step only while each file is named after its slug; and it gives the
// same step as reading the whole guide.
func TestSlugIsFileName(t *testing.T) {
	for _, want := range Topics() {
		if want.File != want.Slug+".md" {
			t.Errorf("%s has slug %q: name the file %s.md", want.File, want.Slug, want.Slug)
		}
		got, ok := getOne(want.Slug)
		if !ok {
			t.Fatalf("getOne(%q) found nothing", want.Slug)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("getOne(%q) = %+v, want %+v", want.Slug, got, want)
		}
	}
	for _, bad := range []string{"", "nope", "../guide/apology", ".hidden", "a/b"} {
		if _, ok := getOne(bad); ok {
			t.Errorf("getOne(%q) found a step", bad)
		}
		if _, err := Get(bad); err == nil {
			t.Errorf("Get(%q) found a step", bad)
		}
	}
}
