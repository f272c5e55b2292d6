// Package mdterm renders Markdown for a terminal: goldmark parses it, and a
// small walker lays out the few constructs amends' own documents use
// (headings, paragraphs, lists, emphasis, code, quotes, links) with ANSI
// styles and word wrapping. It is much lighter than a full renderer with
// syntax highlighting, which keeps every amends command quick to start.
package mdterm

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/amends-cli/amends/internal/iostreams"
)

// Styler applies terminal styles; iostreams.Styles satisfies it, and its
// methods return the text unchanged when colour is off.
type Styler interface {
	Bold(string) string
	Dim(string) string
	Italic(string) string
	Underline(string) string
	Cyan(string) string
}

// Render lays out md for a terminal width columns wide.
func Render(md string, width int, st Styler) string {
	if width < 20 {
		width = 80
	}
	src := []byte(md)
	doc := newParser().Parse(text.NewReader(src))
	r := &renderer{src: src, st: st, width: width}
	r.blocks(doc, "", "")
	return strings.TrimRight(r.out.String(), "\n") + "\n"
}

// newParser is goldmark's default CommonMark parser (what goldmark.New
// sets up), made from its parser package alone: the goldmark package
// itself builds a default parser and HTML renderer when the process starts
// (a package variable), and links the HTML renderer, which every amends
// command would pay for at start-up.
func newParser() parser.Parser {
	return parser.NewParser(
		parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...),
	)
}

type renderer struct {
	src   []byte
	st    Styler
	width int
	out   bytes.Buffer
}

// blocks renders the block children of n. first is the prefix of the first
// line of the first block (a bullet), rest the prefix of every other line.
func (r *renderer) blocks(n ast.Node, first, rest string) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		r.block(c, first, rest)
		first = rest
	}
}

func (r *renderer) block(n ast.Node, first, rest string) {
	switch n := n.(type) {
	case *ast.Heading:
		t := r.inline(n)
		switch n.Level {
		case 1:
			t = r.st.Bold(r.st.Underline(t))
		case 2:
			t = r.st.Bold(t)
		default:
			t = r.st.Bold(r.st.Italic(t))
		}
		fmt.Fprintf(&r.out, "%s%s\n\n", first, t)
	case *ast.Paragraph, *ast.TextBlock:
		r.wrap(r.inline(n), first, rest)
		if _, tight := n.(*ast.TextBlock); !tight {
			r.out.WriteByte('\n')
		}
	case *ast.List:
		i := n.Start
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			bullet := "• "
			if n.IsOrdered() {
				bullet = fmt.Sprintf("%d. ", i)
				i++
			}
			pad := strings.Repeat(" ", utf8.RuneCountInString(bullet))
			r.blocks(item, first+bullet, rest+pad)
			first = rest
		}
		if n.IsTight {
			r.out.WriteByte('\n')
		}
	case *ast.Blockquote:
		bar := r.st.Dim("│ ")
		r.blocks(n, first+bar, rest+bar)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			line := strings.TrimRight(string(seg.Value(r.src)), "\n")
			fmt.Fprintf(&r.out, "%s    %s\n", first, r.st.Cyan(line))
			first = rest
		}
		r.out.WriteByte('\n')
	case *ast.ThematicBreak:
		fmt.Fprintf(&r.out, "%s%s\n\n", first, r.st.Dim(strings.Repeat("─", min(r.width-len(first), 40))))
	case *ast.HTMLBlock:
		// amends' documents carry no HTML; skip rather than print tags.
	default:
		r.blocks(n, first, rest)
	}
}

// inline flattens the inline children of n into styled text.
func (r *renderer) inline(n ast.Node) string {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(r.src))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.Emphasis:
			if c.Level >= 2 {
				b.WriteString(r.st.Bold(r.inline(c)))
			} else {
				b.WriteString(r.st.Italic(r.inline(c)))
			}
		case *ast.CodeSpan:
			b.WriteString(r.st.Cyan(r.inline(c)))
		case *ast.Link:
			label := r.inline(c)
			dest := string(c.Destination)
			if dest != "" && dest != label {
				label += " " + r.st.Dim("("+dest+")")
			}
			b.WriteString(label)
		case *ast.AutoLink:
			b.Write(c.URL(r.src))
		case *ast.RawHTML:
			// skipped, as above
		default:
			b.WriteString(r.inline(c))
		}
	}
	return b.String()
}

// wrap writes s word-wrapped to the width by the shared wrapper
// (iostreams.WrapIndent, which measures only visible text), first in
// front of the first line and rest in front of the others. The source's
// own line breaks and runs of spaces are not layout.
func (r *renderer) wrap(s, first, rest string) {
	words := strings.Fields(s)
	if len(words) == 0 {
		r.out.WriteByte('\n')
		return
	}
	fw, rw := iostreams.VisibleWidth(first), iostreams.VisibleWidth(rest)
	text := iostreams.WrapIndent(strings.Join(words, " "), fw, rw, r.width)
	pad := strings.Repeat(" ", rw)
	for i, l := range strings.Split(text, "\n") {
		if i == 0 {
			r.out.WriteString(first + l)
		} else {
			r.out.WriteString(rest + strings.TrimPrefix(l, pad))
		}
		r.out.WriteByte('\n')
	}
}
