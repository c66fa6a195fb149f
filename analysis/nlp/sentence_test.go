package nlp

import (
	"strings"
	"testing"

	"crosscheck/analysis"
)

// TestSentenceShared checks what the extractor shares between the readers
// of a sentence: Lower is Text lower-cased byte for byte, and the tagged
// Tokens are Prose's, each with its lower case.
func TestSentenceShared(t *testing.T) {
	a := analysis.Article{
		Title: "  Seoul's NIS Says 12,000 Troops Arrived  ",
		Body: "The U.S. State Department said on Monday that “nothing” had changed. Zürich's ÉLITE unit didn't comment.\n\n" +
			"already lower case, no capitals here",
	}
	sents := SplitSentences(Prose{}, a)
	if len(sents) < 3 {
		t.Fatalf("SplitSentences gave %d sentences", len(sents))
	}
	for _, s := range sents {
		if s.Lower != LowerASCII(s.Text) || len(s.Lower) != len(s.Text) {
			t.Errorf("%q: Lower = %q", s.Text, s.Lower)
		}
		for i := 0; i < len(s.Text); i++ {
			c, l := s.Text[i], s.Lower[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != l {
				t.Fatalf("%q: Lower differs at byte %d", s.Text, i)
			}
		}
		want := Prose{}.Tag(s.Text)
		TagSentence(Prose{}, &s)
		if len(s.Tokens) != len(want) {
			t.Fatalf("%q: %d tokens, Tag gives %d", s.Text, len(s.Tokens), len(want))
		}
		for i, tk := range s.Tokens {
			w := want[i]
			if tk.Text != w.Text || tk.Start != w.Start || tk.Tag != w.Tag {
				t.Errorf("%q: token %d = %+v, Tag gives %+v", s.Text, i, tk, w)
			}
			if tk.Lower != strings.ToLower(tk.Text) {
				t.Errorf("%q: token %q has Lower %q", s.Text, tk.Text, tk.Lower)
			}
		}
		if got := TagText(Prose{}, s.Text); len(got) != len(s.Tokens) || len(got) > 0 && got[0].Lower != s.Tokens[0].Lower {
			t.Errorf("%q: TagText disagrees with TagSentence", s.Text)
		}
	}
	// A sentence built without Lower still gets its tokens' lower case.
	s := Sentence{Text: "North Korea Denied It"}
	TagSentence(Prose{}, &s)
	for _, tk := range s.Tokens {
		if tk.Lower != strings.ToLower(tk.Text) {
			t.Errorf("token %q has Lower %q", tk.Text, tk.Lower)
		}
	}
}

// TestTagSentenceDashes: a dash that joins two words is a token of its
// own, with its own offset, so "people—42,000" is two words and a dash;
// a dash between digits is a range and stays in its token.
func TestTagSentenceDashes(t *testing.T) {
	s := Sentence{Text: "Some 150,000 people—42,000 more than last year—gathered on Sunday; 10–20 were hurt."}
	TagSentence(Prose{}, &s)
	var got []string
	for _, tk := range s.Tokens {
		if s.Text[tk.Start:tk.Start+len(tk.Text)] != tk.Text {
			t.Errorf("token %q at %d is not the text's %q", tk.Text, tk.Start, s.Text[tk.Start:tk.Start+len(tk.Text)])
		}
		got = append(got, tk.Text)
	}
	want := "Some|150,000|people|—|42,000|more|than|last|year|—|gathered|on|Sunday|;|10–20|were|hurt|."
	if strings.Join(got, "|") != want {
		t.Errorf("tokens %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestTagSentenceTypographicApostrophe: a typographic apostrophe (’) is
// tagged as the straight one the model learned: a possessive after a
// name, a negation, and Lower spells it straight, while Text stays the
// page's.
func TestTagSentenceTypographicApostrophe(t *testing.T) {
	for _, text := range []string{
		"Sunday’s march drew 80,000 people, but the mayor didn’t attend.",
		"Sunday's march drew 80,000 people, but the mayor didn't attend.",
	} {
		s := Sentence{Text: text}
		TagSentence(Prose{}, &s)
		tags := map[string]string{}
		for _, tk := range s.Tokens {
			tags[tk.Lower] = tk.Tag
			if s.Text[tk.Start:tk.Start+len(tk.Text)] != tk.Text {
				t.Errorf("%q: token %q is not the text at its offset", text, tk.Text)
			}
		}
		if tags["'s"] != "POS" || tags["n't"] != "RB" {
			t.Errorf("%q: 's tagged %q, n't %q; want POS and RB (lower-case forms: %v)", text, tags["'s"], tags["n't"], tags)
		}
	}
}

// FuzzTagSentenceOffsets: every token TagSentence makes is the text at
// its offset, dashes between words included.
func FuzzTagSentenceOffsets(f *testing.F) {
	for _, s := range []string{"people—42,000 more—gathered", "10–20 were hurt", "—", "a—", "—b", "x — y", "“Quoted”—said"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s := Sentence{Text: text}
		TagSentence(Prose{}, &s)
		for _, tk := range s.Tokens {
			if tk.Start < 0 || tk.Start+len(tk.Text) > len(text) || text[tk.Start:tk.Start+len(tk.Text)] != tk.Text {
				t.Fatalf("token %q at %d is not the text's", tk.Text, tk.Start)
			}
		}
	})
}
