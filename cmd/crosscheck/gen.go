package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"crosscheck/analysis/corpus"
)

// runGen writes a deterministic synthetic corpus for scale runs and
// benchmarks: N pages of realistic news text with page furniture, 1,000
// to a folder.
func runGen(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("crosscheck gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 1000, "number of articles")
	out := fs.String("out", "corpus", "output `DIR` (created)")
	seed := fs.Uint64("seed", 1, "seed: the same seed and n give the same corpus")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: crosscheck gen [-n N] [-out DIR] [-seed S]\n\nWrites N synthetic news pages (about 5 KB each) into DIR/000/0000000.txt …")
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if *n < 1 || fs.NArg() > 0 {
		fs.Usage()
		return exitUsage
	}
	var bytes int64
	for i := 0; i < *n; i++ {
		if i%1000 == 0 {
			if err := ctx.Err(); err != nil {
				fmt.Fprintf(stderr, "crosscheck gen: stopped after %d articles: %v\n", i, err)
				return exitFail
			}
			if err := os.MkdirAll(filepath.Join(*out, fmt.Sprintf("%03d", i/1000)), 0o755); err != nil {
				fmt.Fprintf(stderr, "crosscheck gen: %v\n", err)
				return exitFail
			}
		}
		a := corpus.Generate(*seed, i)
		path := filepath.Join(*out, fmt.Sprintf("%03d", i/1000), a.Name)
		if err := os.WriteFile(path, []byte(a.Text), 0o644); err != nil {
			fmt.Fprintf(stderr, "crosscheck gen: %v\n", err)
			return exitFail
		}
		bytes += int64(len(a.Text))
	}
	fmt.Fprintf(stdout, "wrote %d articles (%.1f MB) to %s\n", *n, float64(bytes)/1e6, *out)
	return exitOK
}
