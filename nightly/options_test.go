package nightly

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"crosscheck/pipeline"
)

// TestOptionsValidate: Validate takes the options as they are; Run gives
// the settings left zero their defaults first, so zero options with
// formats run, and refuses what is out of range before opening anything.
func TestOptionsValidate(t *testing.T) {
	good := Options{
		Analysis: pipeline.Config{Workers: 1, MaxFileSize: 1}, DB: NoStore, WindowDays: 1,
		Formats: mustFormats("json"),
	}
	good.Report.PageSize = "letter"
	if err := good.Validate(); err != nil {
		t.Fatalf("valid options: %v", err)
	}
	for field, bad := range map[string]func(*Options){
		"Analysis.Workers":     func(o *Options) { o.Analysis.Workers = 0 },
		"Analysis.MaxFileSize": func(o *Options) { o.Analysis.MaxFileSize = -1 },
		"Analysis.Tolerance":   func(o *Options) { o.Analysis.Tolerance = 1 },
		"Report.PageSize":      func(o *Options) { o.Report.PageSize = "A3" },
		"Formats":              func(o *Options) { o.Formats = nil },
		"WindowDays":           func(o *Options) { o.WindowDays = MaxWindowDays + 1 },
		"DB":                   func(o *Options) { o.DB = " " },
	} {
		o := good
		bad(&o)
		var oe *OptionError
		if err := o.Validate(); !errors.As(err, &oe) || oe.Field != field {
			t.Errorf("bad %s: Validate() = %v; want an *OptionError for %s", field, err, field)
		}
	}

	// The zero settings take their defaults, and then validate.
	d := Options{Formats: mustFormats("json")}.withDefaults()
	if err := d.Validate(); err != nil {
		t.Errorf("defaults: %v", err)
	}
	if a := d.Analysis; a.Workers != pipeline.DefaultWorkers() || a.MaxFileSize != pipeline.DefaultMaxFileSize || a.Now.IsZero() || a.Logger == nil ||
		d.DB != NoStore || d.WindowDays != DefaultWindowDays || d.Report.PageSize != DefaultPageSize || d.RunTime.IsZero() {
		t.Errorf("defaults: %+v", d)
	}

	// Run refuses bad options before it opens the store.
	db := filepath.Join(t.TempDir(), "never.db")
	o := good
	o.DB, o.WindowDays = db, -1 // -1 takes the default: valid
	o.Report.PageSize = "A3"
	var oe *OptionError
	if _, err := Run(context.Background(), o); !errors.As(err, &oe) || oe.Field != "Report.PageSize" {
		t.Errorf("Run with page size A3: %v; want an *OptionError", err)
	}
	if matches, _ := filepath.Glob(db + "*"); len(matches) != 0 {
		t.Errorf("Run with bad options created %v", matches)
	}
}
