// Command benchsnippets builds a third article-extraction benchmark from
// the evaluation collection of trafilatura (https://github.com/adbar/trafilatura,
// Apache-2.0 licence; tests/evaldata.json with the saved pages under
// tests/cache and tests/eval): for each page, a few passages the
// article's text must hold ("with") and a few of the page's furniture it
// must not ("without"), chosen by hand by trafilatura's authors.
//
//	go run ./scripts/benchsnippets -repo MIRROR.git -commit HASH -out analysis/clean/testdata/snippets [-n 150] [-list]
//
// Pages are taken in the order of their URLs, except
//
//   - the pages named by a 32-digit hexadecimal hash, which come from the
//     article-extraction benchmark of scrapinghub, reserved for
//     measurement and kept out of development;
//   - pages whose snippets or address touch a topic reserved for
//     measurement;
//   - pages larger than -max bytes once stripped (as scripts/benchpages
//     strips them), so the repository stays small;
//
// and of those that remain every k-th is kept, so that -n pages are
// written, spread evenly over the collection (its sites, languages and
// layouts). It writes OUT/NAME/page.html, OUT/NAME/snippets.json
// ({"url", "with", "without"}) and OUT/SOURCES.md. With -list it only
// prints every candidate and its fate.
package main

import (
	"bytes"
	"crosscheck/scripts/internal/benchpage"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/net/html"
)

var (
	repo   = flag.String("repo", "", "git directory of a trafilatura mirror")
	commit = flag.String("commit", "HEAD", "commit to read")
	out    = flag.String("out", "analysis/clean/testdata/snippets", "benchmark folder")
	n      = flag.Int("n", 150, "pages to write")
	maxLen = flag.Int("max", 150_000, "largest stripped page, in bytes")
	list   = flag.Bool("list", false, "only list the candidates and their fate")
)

// reserved matches topics kept out of this collection (reserved for
// measurement), as in scripts/benchfundus.
var reserved = regexp.MustCompile(`(?i)derna|sudan|venezuel|maduro|22\s?bn|22 billion|22 milliard|black hole|schwarze[sn]? loch|inaugurat|amtseinführung|retraite|pension reform|rentenreform`)

// hexName is a page of scrapinghub's benchmark.
var hexName = regexp.MustCompile(`^[0-9a-f]{32}\.html`)

type entry struct {
	File    string   `json:"file"`
	With    []string `json:"with"`
	Without []string `json:"without"`
}

type page struct {
	url, file, name, fate string
	e                     entry
	html                  []byte
}

func main() {
	flag.Parse()
	if *commit == "HEAD" {
		*commit = strings.TrimSpace(string(must(git("rev-parse", "HEAD"))))
	}
	var data map[string]entry
	if err := json.Unmarshal(must(git("show", *commit+":tests/evaldata.json")), &data); err != nil {
		fail(err)
	}
	tree := map[string]bool{}
	for _, f := range strings.Split(string(must(git("ls-tree", "-r", "--name-only", *commit, "tests/"))), "\n") {
		tree[f] = true
	}
	urls := make([]string, 0, len(data))
	for u := range data {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	var cands []*page
	for _, u := range urls {
		e := data[u]
		p := &page{url: u, e: e}
		cands = append(cands, p)
		for _, dir := range []string{"tests/cache/", "tests/eval/"} {
			if tree[dir+e.File] {
				p.file = dir + e.File
				break
			}
		}
		text := u + "\n" + strings.Join(e.With, "\n") + "\n" + strings.Join(e.Without, "\n")
		switch {
		case hexName.MatchString(e.File):
			p.fate = "drop: scrapinghub's benchmark (reserved)"
		case p.file == "":
			p.fate = "drop: no saved page"
		case reserved.MatchString(text):
			p.fate = "drop: reserved topic (" + reserved.FindString(text) + ")"
		}
		if p.fate != "" {
			continue
		}
		raw := must(git("show", *commit+":"+p.file))
		root, err := html.Parse(bytes.NewReader(raw))
		if err != nil {
			p.fate = "drop: " + err.Error()
			continue
		}
		benchpage.Strip(root)
		var buf bytes.Buffer
		if err := html.Render(&buf, root); err != nil {
			p.fate = "drop: " + err.Error()
			continue
		}
		if buf.Len() > *maxLen {
			p.fate = fmt.Sprintf("drop: %d bytes stripped", buf.Len())
			continue
		}
		p.html = buf.Bytes()
		p.fate = "candidate"
	}
	var ok []*page
	for _, p := range cands {
		if p.fate == "candidate" {
			ok = append(ok, p)
		}
	}
	step := max(len(ok) / *n, 1)
	var kept []*page
	for i, p := range ok {
		if i%step == 0 && len(kept) < *n {
			p.fate = "keep"
			p.name = name(p, len(kept))
			kept = append(kept, p)
		} else {
			p.fate = "skip: not every " + fmt.Sprint(step) + "th"
		}
	}
	if *list {
		for _, p := range cands {
			fmt.Printf("%-60.60s %s\n", p.url, p.fate)
		}
		fmt.Printf("%d entries, %d candidates, %d kept\n", len(cands), len(ok), len(kept))
		return
	}
	var src strings.Builder
	fmt.Fprintf(&src, "# Sources\n\n%d pages of the evaluation collection of trafilatura\n(https://github.com/adbar/trafilatura, commit %s, tests/evaldata.json\nand the saved pages of tests/cache and tests/eval; Apache-2.0 licence for\nthe collection, the pages' text belongs to their sites), written by\n`scripts/benchsnippets`: scripts (except JSON-LD), styles, SVG, comments\nand style/srcset/data-* attributes removed. `snippets.json` holds the\npage's address and the collection's passages: `with` must be in the\narticle's text, `without` must not. The collection's pages from\nscrapinghub's article-extraction benchmark are left out.\n\n| page | address |\n|---|---|\n", len(kept), *commit)
	for _, p := range kept {
		dir := filepath.Join(*out, p.name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			fail(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "page.html"), p.html, 0o644); err != nil {
			fail(err)
		}
		js, err := json.MarshalIndent(map[string]any{"url": p.url, "with": p.e.With, "without": p.e.Without}, "", " ")
		if err != nil {
			fail(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "snippets.json"), append(js, '\n'), 0o644); err != nil {
			fail(err)
		}
		fmt.Fprintf(&src, "| %s | %s |\n", p.name, p.url)
	}
	if err := os.WriteFile(filepath.Join(*out, "SOURCES.md"), []byte(src.String()), 0o644); err != nil {
		fail(err)
	}
	fmt.Printf("%d pages written to %s\n", len(kept), *out)
}

// name is a folder name for a page: its number and its file name's
// letters.
func name(p *page, i int) string {
	base := strings.TrimSuffix(filepath.Base(p.e.File), ".html")
	var sb strings.Builder
	for _, r := range strings.ToLower(base) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '.', r == '-':
			sb.WriteRune(r)
		default:
			sb.WriteByte('-')
		}
		if sb.Len() >= 40 {
			break
		}
	}
	return fmt.Sprintf("%03d-%s", i, strings.Trim(sb.String(), "-."))
}

func git(args ...string) ([]byte, error) {
	return exec.Command("git", append([]string{"--git-dir", *repo}, args...)...).Output()
}

func must(b []byte, err error) []byte {
	if err != nil {
		fail(err)
	}
	return b
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "benchsnippets:", err)
	os.Exit(1)
}
