package lexicon

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"testing"
)

// TestNoDuplicateKeys checks that no object of a data file names a key
// twice: the decoder keeps the last one silently, so a set added under a
// name already taken would replace the first.
func TestNoDuplicateKeys(t *testing.T) {
	files := map[string][]byte{"data/measures.json": measuresJSON}
	if err := fs.WalkDir(dataFiles, "data", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := dataFiles.ReadFile(path)
		files[path] = b
		return err
	}); err != nil {
		t.Fatal(err)
	}
	for name, b := range files {
		if dup := duplicateKey(b); dup != "" {
			t.Errorf("%s: key %q twice in one object", name, dup)
		}
	}
	if dup := duplicateKey([]byte(`{"sets": {"a": [1], "b": {"a": 2}, "a": []}}`)); dup != "a" {
		t.Errorf("duplicateKey missed a repeated key: %q", dup)
	}
}

// duplicateKey returns a key some object of the JSON document b names
// twice, or "".
func duplicateKey(b []byte) string {
	dec := json.NewDecoder(bytes.NewReader(b))
	var walk func() string
	walk = func() string {
		tok, err := dec.Token()
		if err != nil {
			return ""
		}
		switch tok {
		case json.Delim('{'):
			seen := map[string]bool{}
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					return ""
				}
				key, _ := k.(string)
				if seen[key] {
					return key
				}
				seen[key] = true
				if d := walk(); d != "" {
					return d
				}
			}
			dec.Token() // "}"
		case json.Delim('['):
			for dec.More() {
				if d := walk(); d != "" {
					return d
				}
			}
			dec.Token() // "]"
		}
		return ""
	}
	return walk()
}
