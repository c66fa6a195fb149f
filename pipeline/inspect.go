package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"crosscheck/analysis"
	"crosscheck/analysis/extract"
	"crosscheck/internal/guard"
)

// InspectFiles loads and cleans several files the way Run does, learning
// their sites' furniture from all of them, and returns each file's
// articles, in order.
func InspectFiles(ctx context.Context, paths []string, maxSize int64) ([][]analysis.Article, error) {
	cfg := Config{MaxFileSize: maxSize}.withDefaults()
	loaded := make([]loadedInput, len(paths))
	for i, p := range paths {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		loaded[i] = loadDocs(ctx, input{path: p, rel: filepath.Base(p)}, cfg)
	}
	furniture := learnFurniture(loaded)
	out := make([][]analysis.Article, len(paths))
	for i := range loaded {
		out[i] = cleanDocs(loaded[i], cfg, &furniture)
	}
	return out, nil
}

// WriteInspection prints an article's metadata, then every block of the
// page in order: kept blocks marked "+", removed ones "-" with the reason.
func WriteInspection(w io.Writer, a analysis.Article) {
	name := a.File + lineSuffix(a.Line)
	fmt.Fprintf(w, "== %s\n", name)
	fmt.Fprintf(w, "status:    %s\n", a.Status)
	fmt.Fprintf(w, "title:     %s\n", a.Title)
	fmt.Fprintf(w, "outlet:    %s\n", a.Outlet)
	if a.Via != "" {
		fmt.Fprintf(w, "via:       %s\n", a.Via)
	}
	if a.OutletEvidence != "" {
		fmt.Fprintf(w, "evidence:  %s\n", a.OutletEvidence)
	}
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

// Inspection is how crosscheck read one article, as `crosscheck inspect
// -json` writes it: the metadata, the body it analyses, and every block
// of the page it removed, with the reason.
type Inspection struct {
	File      string         `json:"file"`
	Line      int            `json:"line,omitempty"` // the JSONL record's line
	Status    string         `json:"status"`
	Title     string         `json:"title"`
	Outlet    string         `json:"outlet"`
	Via       string         `json:"via,omitempty"`   // the agency whose copy the outlet carries
	Evidence  string         `json:"outlet_evidence"` // what decided the outlet, or why there is none
	Published string         `json:"published"`       // YYYY-MM-DD, or "" when unknown
	URL       string         `json:"url,omitempty"`
	Body      string         `json:"body"`
	Removed   []RemovedBlock `json:"removed"`
	Problems  []string       `json:"problems"`
}

// RemovedBlock is a block of the page left out of the body.
type RemovedBlock struct {
	Line   int    `json:"line"` // 1-based line of the page text
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

// WriteInspectionJSON writes an article's Inspection as one line of JSON.
func WriteInspectionJSON(w io.Writer, a analysis.Article) error {
	in := Inspection{
		File: a.File, Line: a.Line, Status: string(a.Status), Title: a.Title, Outlet: a.Outlet,
		Via: a.Via, Evidence: a.OutletEvidence,
		Published: a.Published.String(), URL: a.URL, Body: a.Body,
		Removed: []RemovedBlock{}, Problems: append([]string{}, a.Problems...),
	}
	for _, b := range a.Blocks {
		if !b.Kept {
			in.Removed = append(in.Removed, RemovedBlock{Line: b.Line, Text: b.Text, Reason: b.Reason})
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(in); err != nil {
		return fmt.Errorf("write inspection of %s: %w", a.File, err)
	}
	return nil
}

// InspectClaims extracts an inspected article's claims with the default
// tables, as a run would. A fault inside extraction is caught, as in a
// run, and returned as an error naming the article's file.
func InspectClaims(a analysis.Article) ([]analysis.Claim, error) {
	cfg := Config{}.withDefaults()
	x := extract.NewExtractor(cfg.Language, extract.ExtractOptions{Measures: cfg.Measures, Sources: cfg.Sources, Places: cfg.Places})
	var claims []analysis.Claim
	if msg := guard.Run(func() { claims = x.Extract(a) }); msg != "" {
		return nil, fmt.Errorf("%s: internal error during extraction, no figures shown (please report this file): %s", a.File, msg)
	}
	return claims, nil
}

// WriteFigures prints every figure of an article with its frame and the
// words that decided it, then every statement of position, so an analyst
// can see why two figures were, or were not, compared.
func WriteFigures(w io.Writer, claims []analysis.Claim) {
	if len(claims) == 0 {
		return
	}
	fmt.Fprintln(w, "figures (what each counts, when it holds, and the words that decided it):")
	for _, c := range claims {
		if c.Kind != analysis.KindQuantity {
			continue
		}
		fmt.Fprintf(w, "  %q = %s", c.Text, number(c.Value))
		if c.Unit != "" {
			fmt.Fprintf(w, " %s", c.Unit)
		}
		fmt.Fprintf(w, "  measure %s", c.Measure)
		if f := c.Frame; f != nil {
			fmt.Fprintf(w, "  [%s", f.Kind)
			if f.Quantity != "" {
				fmt.Fprintf(w, " (%s)", f.Quantity)
			}
			fmt.Fprintf(w, ", %s", f.Time)
			if f.Event != "" {
				fmt.Fprintf(w, " (%s)", f.Event)
			}
			if f.Of != "" {
				fmt.Fprintf(w, ", of %s", f.Of)
			}
			if f.Where != "" {
				fmt.Fprintf(w, ", in %s", f.Where)
			}
			if f.Side != "" {
				fmt.Fprintf(w, ", %s's side", f.Side)
			}
			if f.Whose != "" {
				fmt.Fprintf(w, ", counted by %s", f.Whose)
			}
			if f.Occasion != "" {
				fmt.Fprintf(w, ", occasion %s", f.Occasion)
			}
			if f.Incident {
				fmt.Fprint(w, ", one incident")
			}
			fmt.Fprint(w, "]")
			switch {
			case f.Forecast():
				fmt.Fprint(w, "  compared with forecasts only")
			case !f.Compared():
				fmt.Fprint(w, "  not compared")
			}
		}
		fmt.Fprintf(w, "  subject %s", orNone(c.Subject))
		if c.Source != "" {
			fmt.Fprintf(w, "  source %s", c.Source)
		}
		fmt.Fprintln(w)
		if c.Frame != nil && len(c.Frame.Cues) > 0 {
			fmt.Fprintf(w, "      decided by: %s\n", strings.Join(c.Frame.Cues, "; "))
		}
	}
	fmt.Fprintln(w, "positions:")
	for _, c := range claims {
		if c.Kind == analysis.KindQuantity {
			continue
		}
		fmt.Fprintf(w, "  %s %q  about %q  subject %s", c.Polarity, c.Text, c.Counts, orNone(c.Subject))
		if c.Source != "" {
			fmt.Fprintf(w, "  source %s", c.Source)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w)
}

func number(v *float64) string {
	if v == nil {
		return "-"
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}
