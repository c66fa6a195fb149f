package nlp

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"crosscheck/analysis/corpus"
)

// proseSentences is Prose.Sentences without its one-sentence shortcut.
func proseSentences(text string) []Span {
	var out []Span
	for _, s := range mustProse().seg.Segment(text) {
		out = append(out, Span{Text: s.Text, Start: s.Start})
	}
	return splitJoined(out)
}

// Sentences a page ran together with no space after the full stop are
// two sentences; abbreviations, initials, domains and decimals are not
// broken.
func TestSplitJoined(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"At least 1,130 people were confirmed dead.The quake destroyed homes and temples.",
			[]string{"At least 1,130 people were confirmed dead.", "The quake destroyed homes and temples."}},
		{"He spoke to local media.Peskov said the report was false.",
			[]string{"He spoke to local media.", "Peskov said the report was false."}},
		{"Turnout was low in Kyiv.\u201dThe count went on.",
			[]string{"Turnout was low in Kyiv.\u201d", "The count went on."}},
		{"Protesters marched on Sunday.\u201cIt is over,\u201d one said.",
			[]string{"Protesters marched on Sunday.", "\u201cIt is over,\u201d one said."}},
		{"Gov.Brian Kemp said 17 people died.", []string{"Gov.Brian Kemp said 17 people died."}},
		{"Troops from the U.S.Army arrived at 3 p.m.Monday.", []string{"Troops from the U.S.Army arrived at 3 p.m.Monday."}},
		{"Details are at news.Example.com and www.site.Org/page today.", []string{"Details are at news.Example.com and www.site.Org/page today."}},
		{"The toll rose to 3.5 million.", []string{"The toll rose to 3.5 million."}},
	} {
		var got []string
		for _, s := range (Prose{}).Sentences(tt.text) {
			got = append(got, s.Text)
			if tt.text[s.Start:s.Start+len(s.Text)] != s.Text {
				t.Errorf("%q: span %q at %d is not the text's", tt.text, s.Text, s.Start)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Sentences(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestSentencesMatchProse checks that the one-sentence shortcut of
// Prose.Sentences agrees with prose's segmenter.
func TestSentencesMatchProse(t *testing.T) {
	var paras []string
	files, err := filepath.Glob(filepath.Join("..", "..", "fixtures", "articles", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for i := 0; i < 60; i++ {
		texts = append(texts, corpus.Generate(1, i).Text)
	}
	for _, text := range texts {
		paras = append(paras, strings.Split(text, "\n\n")...)
		paras = append(paras, strings.Split(text, "\n")...)
	}
	paras = append(paras, sentenceCases...)
	short := 0
	for _, p := range paras {
		if _, ok := oneSentence(p); ok {
			short++
		}
		if got, want := (Prose{}).Sentences(p), proseSentences(p); !slices.Equal(got, want) {
			t.Fatalf("Sentences(%q) = %+v, prose says %+v", p, got, want)
		}
	}
	if short == 0 {
		t.Fatal("the shortcut was never taken")
	}
}

// sentenceCases are texts at the edges of the one-sentence shortcut.
var sentenceCases = []string{
	"", " ", "\n\t ", "One sentence.", "  One sentence.  ", "No mark at all", "Two. Sentences.",
	"U.S. troops arrived", "Troops arrived in the U.S.", "Is it? Yes", "What?!", "Wow!  \n",
	"Ends in a quote.”", "Ends in a quote.”  ", "Quote: “It is.” Then more", "“Quoted.” He said.",
	"Trailing multibyte …", "Dots … inside", "a.m.", "Mr. Kim said", "Kim said, Mr.", "\u00a0nbsp.\u00a0",
	"bad \xff bytes.", "line\nbreak. inside", "3.5 million", "It rose to 3.5", "(Reuters) - Officials said.",
}

// FuzzSentencesMatchProse checks the one-sentence shortcut against
// prose's segmenter on arbitrary text.
func FuzzSentencesMatchProse(f *testing.F) {
	for _, s := range sentenceCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if _, ok := oneSentence(s); !ok {
			return
		}
		if got, want := (Prose{}).Sentences(s), proseSentences(s); !slices.Equal(got, want) {
			t.Fatalf("Sentences(%q) = %+v, prose says %+v", s, got, want)
		}
	})
}

// A "!" or "?" inside a quoted slogan or title does not end the sentence
// when the sentence goes on after the quotation; a quotation of several
// sentences still splits.
func TestQuotedTitleGoesOn(t *testing.T) {
	one := "The group, which organized the \u201cEnough! Let\u2019s go back to reason\u201d march, said more than 1 million people took part."
	if got := (Prose{}).Sentences(one); len(got) != 1 {
		t.Errorf("%q: %d sentences, want one: %+v", one, len(got), got)
	}
	two := "\u201cWe are here. We will stay,\u201d the organiser said."
	if got := (Prose{}).Sentences(two); len(got) != 2 {
		t.Errorf("%q: %d sentences, want two: %+v", two, len(got), got)
	}
}

// "till" before a time or a date is "until", not a cash drawer: "at 580
// till last evening" must not read "evening" as what 580 counts.
func TestTillBeforeATime(t *testing.T) {
	for _, c := range []struct {
		text, tag string
	}{
		{"The toll stood at 580 till last evening.", "IN"},
		{"Polls stay open till 8 pm.", "IN"},
		{"The bank reopens till Monday.", "IN"},
		{"Thieves emptied the till of cash.", "NN"},
	} {
		for _, tk := range (Prose{}).Tag(c.text) {
			if tk.Text == "till" && tk.Tag != c.tag {
				t.Errorf("%q: till is %s, want %s", c.text, tk.Tag, c.tag)
			}
		}
	}
}
