package nlp

import "testing"

// TestSentenceCase lowers a title-case headline's small words, byte for
// byte, and leaves other headlines alone.
func TestSentenceCase(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"More Than A Million March Over Extradition Plans", "More than a Million March over Extradition Plans", true},
		{"Death Toll In Morocco Quake Rises To 2,946", "Death Toll in Morocco Quake Rises to 2,946", true},
		{"Budget Passes With 210 Votes Against 190", "Budget Passes with 210 Votes against 190", true},
		{"A Million Join Strike", "A Million Join Strike", true},
		{"Death toll in Morocco quake rises to 2,946", "", false},
		{"Strike Ends", "", false},
	}
	for _, tt := range tests {
		got, ok := sentenceCase(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("sentenceCase(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
