package pipeline

import (
	"crosscheck/analysis"
	"crosscheck/analysis/compare"
	"crosscheck/analysis/entity"
	"crosscheck/analysis/lexicon"
	"crosscheck/analysis/nlp"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"strings"
	"time"
)

// DefaultMaxFileSize is the size above which an input file is refused.
const DefaultMaxFileSize = 5 << 20

// DefaultWorkers is how many inputs are processed at once when
// Config.Workers is 0: one per CPU.
func DefaultWorkers() int { return runtime.NumCPU() }

// Config is everything a run needs. Its zero value works: defaults are
// applied in one place, by WithDefaults.
type Config struct {
	// Inputs are files or folders to read; folders are walked recursively.
	Inputs []string
	// Workers is how many inputs are processed at once; 0 means one per CPU.
	Workers int
	// MaxFileSize is the largest input file read, in bytes; 0 means
	// DefaultMaxFileSize.
	MaxFileSize int64
	// Now is the time of the run, used for "generated" and for resolving
	// relative dates when an article has none; zero means time.Now().
	Now time.Time
	// Outlets maps a web host (or a signature written in the text) to the
	// outlet's name. It extends the embedded table.
	Outlets map[string]string
	// Measures, Sources and Places extend the embedded tables of what
	// figures count, who speakers are, and which countries exist.
	Measures map[string][]string
	Sources  map[string][]string
	Places   []lexicon.Place
	// Tolerance is the relative slack before two figures conflict; 0
	// means DefaultTolerance (5%).
	Tolerance float64
	// Language does sentence splitting, tagging and entity recognition;
	// nil means Prose (prose v3).
	Language nlp.Language
	// Logger receives progress and per-file problems; nil discards them.
	Logger *slog.Logger
	// Known, when set, is asked for each readable article's content hash
	// before it is cleaned; when it returns the stored article, the input
	// is not analysed again but reported with StatusStored. It is called
	// from several workers at once.
	Known func(hash string) (analysis.Article, bool)
	// Progress, when set, is called after each input file is processed
	// with the number done and the total. It is called from several
	// workers at once.
	Progress func(done, total int)
}

// FileConfig is the JSON form of the settings a -config file may set.
// Every field is optional; tables extend the embedded defaults.
type FileConfig struct {
	// MaxFileSize is the largest input file read, in bytes.
	MaxFileSize int64 `json:"max_file_size,omitempty"`
	// Workers is the number of inputs processed at once.
	Workers int `json:"workers,omitempty"`
	// Outlets maps hosts or signatures to outlet names.
	Outlets map[string]string `json:"outlets,omitempty"`
	// Measures adds words to measures: {"killed": ["slain"]}.
	Measures map[string][]string `json:"measures,omitempty"`
	// Sources adds aliases to canonical speaker names:
	// {"National Intelligence Service (NIS)": ["Seoul's spy agency"]}.
	Sources map[string][]string `json:"sources,omitempty"`
	// Places adds countries or regions with their demonyms and aliases.
	Places []lexicon.Place `json:"places,omitempty"`
	// Tolerance is the relative gap two figures may have and still agree.
	Tolerance float64 `json:"tolerance,omitempty"`
	// Words adds words to the lexicon's named word sets:
	// {"stance.denyV": ["gainsaid"]}. The sets are the keys of
	// analysis/lexicon/data/*.json, named FILE.KEY.
	Words map[string][]string `json:"words,omitempty"`
}

// LoadFileConfig reads a JSON config file. Unknown fields are an error, so
// a misspelt setting is reported instead of silently ignored.
func LoadFileConfig(path string) (FileConfig, error) {
	var fc FileConfig
	data, err := readConfigFile(path)
	if err != nil {
		return fc, err
	}
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&fc); err != nil {
		return fc, fmt.Errorf("config %s: %w", path, err)
	}
	if fc.MaxFileSize < 0 {
		return fc, fmt.Errorf("config %s: max_file_size must not be negative", path)
	}
	if fc.Tolerance < 0 || fc.Tolerance >= 1 {
		return fc, fmt.Errorf("config %s: tolerance must be from 0 to 1 (0.05 is 5%%)", path)
	}
	if fc.Workers < 0 {
		return fc, fmt.Errorf("config %s: workers must not be negative", path)
	}
	// The word sets are the process's: they are extended once, here, as
	// the command reads its config, before any analysis starts.
	if err := lexicon.ExtendAll(fc.Words); err != nil {
		return fc, fmt.Errorf("config %s: words: %w", path, err)
	}
	return fc, nil
}

// Apply copies the file's settings into c, leaving fields the file does
// not set alone. Settings already in c (from flags) take precedence.
func (fc FileConfig) Apply(c *Config) {
	if c.MaxFileSize == 0 {
		c.MaxFileSize = fc.MaxFileSize
	}
	if c.Workers == 0 {
		c.Workers = fc.Workers
	}
	if c.Tolerance == 0 {
		c.Tolerance = fc.Tolerance
	}
	c.Measures = mergeLists(c.Measures, fc.Measures)
	c.Sources = mergeLists(c.Sources, fc.Sources)
	c.Places = append(c.Places, fc.Places...)
	if len(fc.Outlets) > 0 {
		if c.Outlets == nil {
			c.Outlets = map[string]string{}
		}
		for k, v := range fc.Outlets {
			if _, ok := c.Outlets[k]; !ok {
				c.Outlets[k] = v
			}
		}
	}
}

// mergeLists adds b's lists to a's, key by key.
func mergeLists(a, b map[string][]string) map[string][]string {
	if len(b) == 0 {
		return a
	}
	if a == nil {
		a = map[string][]string{}
	}
	for k, v := range b {
		a[k] = append(a[k], v...)
	}
	return a
}

// WithDefaults returns c with every unset field given its default. It is
// the one place the analysis's defaults are set: Process and Reduce call
// it, and so does a caller that needs the values a run will use (the
// night's date is the day of Now).
func (c Config) WithDefaults() Config {
	if c.Workers <= 0 {
		c.Workers = DefaultWorkers()
	}
	if c.MaxFileSize <= 0 {
		c.MaxFileSize = DefaultMaxFileSize
	}
	if c.Now.IsZero() {
		c.Now = time.Now()
	}
	if c.Tolerance <= 0 {
		c.Tolerance = compare.DefaultTolerance
	}
	if c.Language == nil {
		c.Language = nlp.Prose{}
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}

// withDefaults is WithDefaults, for the package's own callers.
func (c Config) withDefaults() Config { return c.WithDefaults() }

// sourceTable is the run's table of speakers: the embedded one extended
// by c.Sources, as the extractor builds it; nil, which stands for the
// embedded table, when c adds no sources.
func (c Config) sourceTable() *entity.SourceTable {
	if len(c.Sources) == 0 {
		return nil
	}
	return entity.DefaultSources(c.Sources)
}

// MaxConfigSize is the largest config file read: tables of outlets,
// places and sources run to kilobytes, not megabytes.
const MaxConfigSize = 16 << 20

// measureTable is the embedded measure table extended by c.Measures.
func (c Config) measureTable() *lexicon.MeasureTable {
	if c.Measures == nil {
		return lexicon.DefaultMeasuresOnce()
	}
	return lexicon.DefaultMeasures(c.Measures)
}

// readConfigFile reads a config file, refusing anything but a regular
// file (a FIFO or /dev/zero would block or never end) and files over
// MaxConfigSize.
func readConfigFile(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("read config %s: not a regular file: %s", path, fileKind(st.Mode()))
	}
	if st.Size() > MaxConfigSize {
		return nil, fmt.Errorf("read config %s: %d bytes, over the %d-byte limit", path, st.Size(), MaxConfigSize)
	}
	f, err := os.OpenFile(path, os.O_RDONLY|configNonBlock, 0)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		return nil, fmt.Errorf("read config %s: not a regular file", path)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxConfigSize+1))
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	if len(data) > MaxConfigSize {
		return nil, fmt.Errorf("read config %s: over the %d-byte limit", path, MaxConfigSize)
	}
	return data, nil
}
