package nlp

import (
	"crosscheck/analysis"
	"strings"
)

// sentence is one sentence of an article: the unit claims are found in.
type Sentence struct {
	// Text is the sentence, trimmed.
	Text string
	// Offset is the byte offset of Text in the article's Body (or Title,
	// for the headline).
	Offset int
	// Headline reports whether this is the article's title.
	Headline bool
	// Para is the index of the body paragraph the sentence is in (-1 for
	// the headline); Index is the sentence's position in the article.
	Para, Index int
}

// splitSentences returns the headline (when there is one) and the body's
// sentences in order. Paragraphs are segmented separately so a sentence
// never runs across a paragraph break.
func SplitSentences(lang Language, a analysis.Article) []Sentence {
	var out []Sentence
	if t := strings.TrimSpace(a.Title); t != "" {
		out = append(out, Sentence{Text: t, Offset: strings.Index(a.Title, t), Headline: true, Para: -1})
	}
	para := 0
	for start := 0; start < len(a.Body); {
		end := strings.Index(a.Body[start:], "\n\n")
		if end < 0 {
			end = len(a.Body)
		} else {
			end += start
		}
		p := a.Body[start:end]
		if strings.TrimSpace(p) != "" {
			for _, s := range lang.Sentences(p) {
				out = append(out, Sentence{Text: s.Text, Offset: start + s.Start, Para: para})
			}
			para++
		}
		start = end + 2
	}
	for i := range out {
		out[i].Index = i
	}
	return out
}
