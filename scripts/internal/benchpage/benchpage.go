// Package benchpage holds what the extraction benchmark's build scripts
// (scripts/benchpages, scripts/benchfundus) share: stripping a saved page
// of what only weighs, and rendering an expected article's visible text.
package benchpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Strip removes what a reader never sees and what only weighs: script
// contents (except JSON-LD), styles, SVG, stylesheets, comments, and
// style, srcset, data-* attributes and data: URLs.
func Strip(n *html.Node) {
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
			Strip(c)
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

// Text renders the visible text of n, one block element per line.
func Text(n *html.Node) string {
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
