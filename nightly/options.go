package nightly

import (
	"fmt"
	"strings"
	"time"

	"crosscheck/pipeline"
	"crosscheck/report"
)

// DefaultWindowDays is how many days of stored claims are compared with
// tonight's when Options.WindowDays is 0.
const DefaultWindowDays = 30

// MaxWindowDays is the longest window Validate accepts: a hundred years.
const MaxWindowDays = 36500

// DefaultPageSize is the page size of the briefing when
// Options.Report.PageSize is empty.
const DefaultPageSize = "A4"

// NoStore is the DB of a night without a store: no history, no marks, no
// reviews carried over.
const NoStore = "none"

// Options configures a night's run. Settings left zero take their
// defaults (see Run); Validate says which settings are out of range.
type Options struct {
	// Analysis configures reading and extraction; its Now fixes the night.
	// Its defaults are the pipeline's (pipeline.Config.WithDefaults).
	Analysis pipeline.Config
	// DB is the store: a SQLite file path or a postgres:// URL, or
	// NoStore to run without history. Empty means NoStore.
	DB string
	// WindowDays is how many days before the night stored claims are
	// compared with tonight's; 0 means DefaultWindowDays.
	WindowDays int
	// Out is the output folder; each night's reports go into a folder
	// named after its date.
	Out string
	// Formats are the reports to write: at least one.
	Formats []report.Writer
	// Report holds the presentation settings; an empty PageSize means
	// DefaultPageSize.
	Report report.Options
	// NoReviewImport turns off importing reviews from the previous
	// night's workbook.
	NoReviewImport bool
	// RunTime is when the run happens, recorded as the report's
	// Generated time; zero means now. The command sets it from
	// SOURCE_DATE_EPOCH when the environment gives one, so that two runs
	// on the same inputs write byte-identical files.
	RunTime time.Time
	// Stage, when set, is called as each stage begins ("open", "lock",
	// "recover", "read", "window", "compare", "history", "reports",
	// "commit", "publish", and "publish:FORMAT" before each report is
	// given its name). Tests use it to stop a run at a chosen point.
	Stage func(name string)
}

// withDefaults returns o with every unset setting given its default: the
// analysis's (pipeline.Config.WithDefaults), then the night's. It is the
// one place a night's defaults are set.
func (o Options) withDefaults() Options {
	o.Analysis = o.Analysis.WithDefaults()
	if o.DB == "" {
		o.DB = NoStore
	}
	if o.WindowDays <= 0 {
		o.WindowDays = DefaultWindowDays
	}
	if o.Report.PageSize == "" {
		o.Report.PageSize = DefaultPageSize
	}
	if o.RunTime.IsZero() {
		o.RunTime = time.Now()
	}
	return o
}

// An OptionError is a setting Validate refuses.
type OptionError struct {
	// Field names the setting as Options spells it: "Analysis.Workers",
	// "Analysis.MaxFileSize", "Analysis.Tolerance", "DB", "WindowDays",
	// "Formats" or "Report.PageSize".
	Field string
	// Problem says what is wrong, to follow the setting's name: "must be
	// at least 1", `"A3": want A4 or Letter`.
	Problem string
}

func (e *OptionError) Error() string { return "nightly: " + e.Field + " " + e.Problem }

// Validate reports the first setting of o that is out of range, as an
// *OptionError. It takes the settings as they are, zero values included:
// Run applies the defaults first and then validates, so a zero setting
// that has a default is not an error there; a caller that fills every
// setting it offers to change (as the command does from its flags, whose
// defaults are those of Run) and validates before Run refuses a zero it
// was given, such as -workers 0, rather than running with the default.
//
// The settings checked: the analysis's Workers and MaxFileSize (at least
// 1) and Tolerance (0, the default, or from 0 to 1), the DB (not blank),
// WindowDays (1 to MaxWindowDays), Formats (at least one) and the
// briefing's page size (A4 or Letter, in any case).
func (o Options) Validate() error {
	bad := func(field, problem string) error { return &OptionError{Field: field, Problem: problem} }
	switch a := o.Analysis; {
	case a.Workers < 1:
		return bad("Analysis.Workers", "must be at least 1")
	case a.MaxFileSize < 1:
		return bad("Analysis.MaxFileSize", "must be at least 1")
	case a.Tolerance < 0 || a.Tolerance >= 1:
		return bad("Analysis.Tolerance", "must be from 0 to 1 (0.05 is 5%)")
	}
	if !strings.EqualFold(o.Report.PageSize, "A4") && !strings.EqualFold(o.Report.PageSize, "Letter") {
		return bad("Report.PageSize", fmt.Sprintf("%q: want A4 or Letter", o.Report.PageSize))
	}
	if len(o.Formats) == 0 {
		return bad("Formats", "is empty: give at least one report format")
	}
	if o.WindowDays < 1 || o.WindowDays > MaxWindowDays {
		return bad("WindowDays", fmt.Sprintf("%d: want 1 to %d days", o.WindowDays, MaxWindowDays))
	}
	if strings.TrimSpace(o.DB) == "" {
		return bad("DB", "is empty: give a SQLite file, a postgres:// URL, or "+NoStore+" to run without history")
	}
	return nil
}
