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
	"crosscheck/scripts/internal/benchpage"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"golang.org/x/net/html"
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
	benchpage.Strip(root)
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
	return os.WriteFile(filepath.Join(dir, "expected.txt"), []byte(benchpage.Text(eroot)), 0o644)
}
