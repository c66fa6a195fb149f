package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"crosscheck/pipeline"
)

// runInspect prints how crosscheck reads one file: metadata, the body, and
// every removed block marked with the reason. With -json it reads any
// number of files and writes one JSON object per article (one per file,
// except JSONL) on its own line, for scoring cleaning in bulk.
func runInspect(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("crosscheck inspect", flag.ContinueOnError)
	fs.SetOutput(stderr)
	maxSize := fs.Int64("max-size", pipeline.DefaultMaxFileSize, "largest input file read, in `bytes`")
	asJSON := fs.Bool("json", false, "write each article as one line of JSON (file, title, outlet, published, url, body, removed blocks with reasons, problems); any number of files")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: crosscheck inspect [-max-size BYTES] FILE\n       crosscheck inspect -json [-max-size BYTES] FILE...\n\nPrints the article's metadata and body; removed page furniture is marked\nwith '-' and the reason, kept lines with '+'. Then every figure with its\nframe (what it counts, when it holds) and the words that decided it, and\nevery statement of position. With -json, one JSON object per article,\none per line, with the body and every removed block and its reason.")
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() < 1 || !*asJSON && fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	code := exitOK
	var paths []string
	for _, path := range fs.Args() {
		if _, err := os.Stat(path); err != nil {
			fmt.Fprintf(stderr, "crosscheck inspect: %v\n", err)
			code = exitFail
			continue
		}
		paths = append(paths, path)
	}
	// The files are cleaned together, as in a run: a site's furniture is
	// learnt from all its pages among them.
	files, err := pipeline.InspectFiles(ctx, paths, *maxSize)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck inspect: %v\n", err)
		return exitFail
	}
	for _, arts := range files {
		for _, a := range arts {
			if *asJSON {
				if err := pipeline.WriteInspectionJSON(stdout, a); err != nil {
					fmt.Fprintf(stderr, "crosscheck inspect: %v\n", err)
					return exitFail
				}
				continue
			}
			pipeline.WriteInspection(stdout, a)
			claims, err := pipeline.InspectClaims(a)
			if err != nil {
				// (The page's cleaning is shown; its figures are not: the
				// other files are inspected still.)
				fmt.Fprintf(stderr, "crosscheck inspect: %v\n", err)
				code = exitFail
				continue
			}
			pipeline.WriteFigures(stdout, claims)
		}
	}
	return code
}
