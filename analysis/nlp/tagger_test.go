package nlp

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/token"
	"github.com/jdkato/prose/v3/tokenize"

	"crosscheck/analysis/corpus"
)

// TestTaggerMatchesProse checks that tagTokenize and the hashed-lookup
// tagger give prose's tokens and tags, token for token, on the fixtures, a
// generated corpus and the special cases prose treats apart.
func TestTaggerMatchesProse(t *testing.T) {
	fast := defaultTagger()
	if fast == nil {
		// Prose{} still works, with prose's own tagger, but slowly.
		t.Fatal("prose's tagger model is not in the form tagger.go reads")
	}
	slow, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	files, err := filepath.Glob(filepath.Join("..", "..", "fixtures", "articles", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	n := 120
	if testing.Short() {
		n = 20
	}
	for i := 0; i < n; i++ {
		texts = append(texts, corpus.Generate(1, i).Text)
	}
	texts = append(texts,
		"He wrote :-) and :P then *-1 and *T*-2 and 0 and * near -LRB- x -RRB- @user - end",
		"The well-known 1999 report cited 12,000 troops in São Paulo; ÉTAT-MAJOR said 2024.",
		"Émile's ÜBER-style +123 -456 -- ... ¯\\(ツ)/¯ xD 8D ok",
		"Mr. Kim, Gen. Lee and U.S. a.m. e.g. AB. Abc. Abcd. 's's n'tn't They'll DON'T it’s “quoted” (‘x’) $5 [a] b.c!?:;",
		"tab\there\nnew  line\u00a0nbsp \u2003em  \xff\xfe bad",
		"",
	)
	tk := tokenize.New()
	lang := Prose{}
	sentences := 0
	for _, text := range texts {
		var units []string
		for _, s := range lang.Sentences(text) {
			units = append(units, s.Text)
		}
		units = append(units, text) // also the whole text as one sequence
		for _, u := range units {
			compareWithProse(t, tk, slow, fast, u)
			sentences++
		}
	}
	if sentences < 100 {
		t.Fatalf("only %d sentences compared", sentences)
	}
}

// compareWithProse fails the test when tagTokenize and the hashed tagger
// disagree with prose on sentence.
func compareWithProse(t *testing.T, tk *tokenize.Tokenizer, slow *tag.Tagger, fast *tagger, sentence string) {
	t.Helper()
	want := tk.Tokenize(sentence)
	got := tagTokenize(sentence)
	if !slices.Equal(got, want) {
		t.Fatalf("tagTokenize(%q) = %v, prose says %v", sentence, got, want)
	}
	slow.TagTokens(want)
	fast.TagTokens(got)
	for k := range want {
		if got[k].Tag != want[k].Tag {
			t.Fatalf("tag of %q in %q = %q, prose says %q", got[k].Text, sentence, got[k].Tag, want[k].Tag)
		}
	}
}

// FuzzTaggerMatchesProse checks tagTokenize and the hashed tagger against
// prose on arbitrary text.
func FuzzTaggerMatchesProse(f *testing.F) {
	fast := defaultTagger()
	if fast == nil {
		f.Fatal("prose's tagger model is not in the form tagger.go reads")
	}
	slow, err := tag.New()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"North Korea has sent 12,000 troops, the NIS said.", "Mr. Kim's U.S. visit :-) *-1 -LRB-",
		"They'll say “it’s 2024” -- @user n't 's", "(‘x’) $5 [a] b.c!?:;"} {
		f.Add(s)
	}
	tk := tokenize.New()
	f.Fuzz(func(t *testing.T, s string) {
		compareWithProse(t, tk, slow, fast, s)
	})
}

// BenchmarkTagger compares the hashed-lookup tagger with prose's on the
// sentences of the generated corpus.
func BenchmarkTagger(b *testing.B) {
	var sents [][]token.Token
	tk := tokenize.New()
	for i := 0; i < 40; i++ {
		for _, s := range (Prose{}).Sentences(corpus.Generate(1, i).Text) {
			sents = append(sents, tk.Tokenize(s.Text))
		}
	}
	slow, err := tag.New()
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		tag  func([]token.Token)
	}{{"hashed", defaultTagger().TagTokens}, {"prose", slow.TagTokens}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				for _, s := range sents {
					c.tag(s)
				}
			}
		})
	}
}
