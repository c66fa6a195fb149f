package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strings"
	"testing"
)

// fieldsHash is contentHash as first written: strings.Fields' words
// joined by single spaces. IDs of stored articles depend on it.
func fieldsHash(text string) string {
	h := sha256.New()
	for i, w := range strings.Fields(text) {
		if i > 0 {
			io.WriteString(h, " ")
		}
		io.WriteString(h, w)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// TestContentHashStable checks that the hash, and so every article ID,
// is the same as strings.Fields gives, whatever the spacing and script.
func TestContentHashStable(t *testing.T) {
	for _, s := range []string{
		"", " ", "one", "  two  words ", "tab\tand\nnewline\r\n", "no\u00a0break\u2003em\u3000ideographic",
		"next\u0085line", "invalid \xff\xfe bytes", "日本語の記事。 二文目", "a\vb\fc",
	} {
		if got, want := contentHash(s), fieldsHash(s); got != want {
			t.Errorf("contentHash(%q) = %s, want %s", s, got, want)
		}
	}
}

func FuzzContentHash(f *testing.F) {
	f.Add("Officials said 12 people died.\n\nA second paragraph.")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := contentHash(s), fieldsHash(s); got != want {
			t.Errorf("contentHash(%q) = %s, want %s", s, got, want)
		}
	})
}
