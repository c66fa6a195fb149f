package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"crosscheck/analysis/eval"
	"crosscheck/pipeline"
)

// runEval runs the pipeline over a folder and scores it against a gold
// file, printing the metrics and every miss and false positive.
func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("crosscheck eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	goldPath := fs.String("gold", "fixtures/gold/seeds.json", "gold annotation `FILE` (crosscheck.gold/v1)")
	in := fs.String("in", defaultInput, "folder of the articles the gold file annotates")
	configPath := fs.String("config", "", "JSON config `FILE`, as for a run")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: crosscheck eval [-gold FILE] [-in DIR] [-config FILE]\n\nRuns the pipeline on DIR and prints the metrics of fixtures/gold/README.md,\nthen each miss and each false positive with its sentence.")
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return exitUsage
	}
	gold, err := eval.ReadGold(*goldPath)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck eval: %v\n", err)
		return exitFail
	}
	cfg := pipeline.Config{Inputs: []string{*in}}
	if *configPath != "" {
		fc, err := pipeline.LoadFileConfig(*configPath)
		if err != nil {
			fmt.Fprintf(stderr, "crosscheck eval: %v\n", err)
			return exitUsage
		}
		fc.Apply(&cfg)
	}
	rep, err := pipeline.Run(ctx, cfg)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck eval: %v\n", err)
		return exitFail
	}
	eval.Score(gold, rep).Write(stdout)
	return exitOK
}
