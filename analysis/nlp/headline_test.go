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
	saved := CommonWord
	CommonWord = nil // the small words alone
	defer func() { CommonWord = saved }()
	for _, tt := range tests {
		got, ok := sentenceCase(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("sentenceCase(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestSentenceCaseCommonWords lowers the common words the extractor names
// too, and keeps names.
func TestSentenceCaseCommonWords(t *testing.T) {
	saved := CommonWord
	CommonWord = func(w string) bool { return w == "killed" || w == "wounded" || w == "soldiers" || w == "exceeds" }
	defer func() { CommonWord = saved }()
	got, ok := sentenceCase("Over 3,000 North Korean Soldiers Killed, Wounded In Kursk: Zelensky")
	if want := "Over 3,000 North Korean soldiers killed, wounded in Kursk: Zelensky"; !ok || got != want {
		t.Errorf("sentenceCase = %q, %v; want %q", got, ok, want)
	}
}
