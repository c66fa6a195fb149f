// Command benchpages copies saved web pages and their expected article text
// from an article extractor's test collection into crosscheck's extraction
// benchmark (analysis/clean/testdata/bench).
//
//	go run ./scripts/benchpages -repo MIRROR.git -commit HASH -out DIR NAME...
//
// For each NAME it reads test/test-pages/NAME/source.html and expected.html
// from the git directory MIRROR.git (mozilla/readability's layout) at
// HASH and writes DIR/NAME/page.html and DIR/NAME/expected.txt:
//
//   - page.html is the page with its <script> (except JSON-LD), <style>
//     and <svg> contents, HTML comments, and style, srcset and data-*
//     attributes removed, so the repository stays small; the text, the
//     element structure, class and id are kept;
//   - expected.txt is the visible text of expected.html, one paragraph
//     (block element) per line.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func main() {
	repo := flag.String("repo", "", "git directory of the test collection")
	commit := flag.String("commit", "HEAD", "commit to read")
	out := flag.String("out", "analysis/clean/testdata/bench", "benchmark folder")
	flag.Parse()
	for _, name := range flag.Args() {
		if err := copyPage(*repo, *commit, name, *out); err != nil {
			fmt.Fprintln(os.Stderr, "benchpages:", err)
			os.Exit(1)
		}
	}
}

func copyPage(repo, commit, name, out string) error {
	show := func(file string) ([]byte, error) {
		b, err := exec.Command("git", "--git-dir", repo, "show", commit+":test/test-pages/"+name+"/"+file).Output()
		if err != nil {
			return nil, fmt.Errorf("%s/%s: %w", name, file, err)
		}
		return b, nil
	}
	src, err := show("source.html")
	if err != nil {
		return err
	}
	exp, err := show("expected.html")
	if err != nil {
		return err
	}
	root, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		return err
	}
	strip(root)
	var page bytes.Buffer
	if err := html.Render(&page, root); err != nil {
		return err
	}
	eroot, err := html.Parse(bytes.NewReader(exp))
	if err != nil {
		return err
	}
	dir := filepath.Join(out, name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "page.html"), page.Bytes(), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "expected.txt"), []byte(text(eroot)), 0o644)
}

// strip removes what a reader never sees and what only weighs.
func strip(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.CommentNode,
			c.Type == html.ElementNode && (c.DataAtom == atom.Style || c.DataAtom == atom.Svg || c.DataAtom == atom.Link && attr(c, "rel") == "stylesheet"),
			c.Type == html.ElementNode && c.DataAtom == atom.Script && !strings.EqualFold(attr(c, "type"), "application/ld+json"):
			n.RemoveChild(c)
		default:
			if c.Type == html.ElementNode {
				kept := c.Attr[:0]
				for _, a := range c.Attr {
					if a.Key == "style" || a.Key == "srcset" || strings.HasPrefix(a.Key, "data-") || strings.HasPrefix(a.Val, "data:") {
						continue
					}
					kept = append(kept, a)
				}
				c.Attr = kept
			}
			strip(c)
		}
		c = next
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// text renders the visible text of n, one block element per line.
func text(n *html.Node) string {
	var lines []string
	var cur strings.Builder
	flush := func() {
		if t := strings.Join(strings.Fields(cur.String()), " "); t != "" {
			lines = append(lines, t)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Head, atom.Noscript, atom.Template:
				return
			case atom.Br:
				flush()
				return
			case atom.Td, atom.Th:
				cur.WriteByte(' ')
			}
		}
		block := n.Type == html.ElementNode && blocks[n.DataAtom]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	return strings.Join(lines, "\n") + "\n"
}

var blocks = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Caption: true, atom.Dd: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hr: true, atom.Li: true, atom.Main: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Table: true, atom.Tr: true,
	atom.Ul: true,
}
