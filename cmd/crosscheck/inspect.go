package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"crosscheck/pipeline"
)

// runInspect prints how crosscheck reads one file: metadata, the body, and
// every removed block marked with the reason.
func runInspect(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("crosscheck inspect", flag.ContinueOnError)
	fs.SetOutput(stderr)
	maxSize := fs.Int64("max-size", pipeline.DefaultMaxFileSize, "largest input file read, in `bytes`")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: crosscheck inspect [-max-size BYTES] FILE\n\nPrints the article's metadata and body; removed page furniture is marked\nwith '-' and the reason, kept lines with '+'. Then every figure with its\nframe (what it counts, when it holds) and the words that decided it, and\nevery statement of position.")
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	path := fs.Arg(0)
	if _, err := os.Stat(path); err != nil {
		fmt.Fprintf(stderr, "crosscheck inspect: %v\n", err)
		return exitFail
	}
	arts, err := pipeline.InspectFile(ctx, path, filepath.Base(path), *maxSize)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck inspect: %v\n", err)
		return exitFail
	}
	for _, a := range arts {
		pipeline.WriteInspection(stdout, a)
		pipeline.WriteFigures(stdout, pipeline.InspectClaims(a))
	}
	return exitOK
}
