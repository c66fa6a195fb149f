package pipeline

import (
	"context"
	"crosscheck/analysis"
	"fmt"
	"io"
	"strings"
)

// InspectFile loads and cleans one file the way Run does and returns its
// articles (several for JSONL), with their Blocks, for display.
func InspectFile(ctx context.Context, path, name string, maxSize int64) ([]analysis.Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	cfg := Config{MaxFileSize: maxSize}.withDefaults()
	return loadInput(input{path: path, rel: name}, cfg), nil
}

// WriteInspection prints an article's metadata, then every block of the
// page in order: kept blocks marked "+", removed ones "-" with the reason.
func WriteInspection(w io.Writer, a analysis.Article) {
	name := a.File + lineSuffix(a.Line)
	fmt.Fprintf(w, "== %s\n", name)
	fmt.Fprintf(w, "status:    %s\n", a.Status)
	fmt.Fprintf(w, "title:     %s\n", a.Title)
	fmt.Fprintf(w, "outlet:    %s\n", a.Outlet)
	pub := a.Published.String()
	if pub == "" {
		pub = "(unknown)"
	}
	fmt.Fprintf(w, "published: %s\n", pub)
	if a.URL != "" {
		fmt.Fprintf(w, "url:       %s\n", a.URL)
	}
	fmt.Fprintf(w, "body:      %d chars kept, %d removed\n", a.BodyChars, a.RemovedChars)
	for _, p := range a.Problems {
		fmt.Fprintf(w, "problem:   %s\n", p)
	}
	fmt.Fprintln(w)
	for _, b := range a.Blocks {
		mark := "+"
		if !b.Kept {
			mark = "-"
		}
		reason := ""
		if b.Reason != "" {
			reason = "  [" + b.Reason + "]"
		}
		fmt.Fprintf(w, "%s %4d %s%s\n", mark, b.Line, strings.ReplaceAll(b.Text, "\n", " "), reason)
	}
	fmt.Fprintln(w)
}
