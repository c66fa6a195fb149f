package entity

import (
	"strings"
	"sync"
	"sync/atomic"
)

// textMemo caches a pure function of a short text (a speaker's words, a
// name) across the articles and workers of one Extractor (it lives in the
// Extractor's SourceTable, never in a package variable): the same few thousand phrases recur
// night after night, and each costs allocations to fold, split and trim.
// It holds at most textMemoLimit texts, so a run over millions of
// distinct phrases cannot grow it without end; past that it computes.
//
// Keys are stored as copies, and f must return values that share no
// memory with its argument (strings.Clone them), so that the cache never
// keeps an article's text alive.
type textMemo[V any] struct {
	f    func(string) V
	m    sync.Map // string -> V
	Size atomic.Int64
}

// textMemoLimit bounds each textMemo.
const textMemoLimit = 1 << 16

// newTextMemo returns a cache of f.
func newTextMemo[V any](f func(string) V) *textMemo[V] { return &textMemo[V]{f: f} }

// get returns f(text), from the cache when it can.
func (c *textMemo[V]) Get(text string) V {
	if v, ok := c.m.Load(text); ok {
		return v.(V)
	}
	v := c.f(text)
	if c.Size.Load() < textMemoLimit {
		if _, loaded := c.m.LoadOrStore(strings.Clone(text), v); !loaded {
			c.Size.Add(1)
		}
	}
	return v
}

// textMemos are the caches of attribution's text functions that do not
// read the source table. They belong to a SourceTable, so that each
// Extractor (which builds its own) has its own, and a table built after
// lexicon.Extend never reads answers computed before it.
type textMemos struct {
	// lowWords: lowWordsUncached. The slices are shared: read them only.
	LowWords *textMemo[[]string]
	// issuer: issuerUncached, the issuer copied out.
	Issuer *textMemo[named]
	// clean: cleanUncached, whose pieces matter only when there are two:
	// [0] for other counts, [1] for two.
	Clean [2]*textMemo[string]
}

// newTextMemos returns empty caches.
func newTextMemos() textMemos {
	return textMemos{
		LowWords: newTextMemo(lowWordsUncached),
		Issuer: newTextMemo(func(text string) named {
			iss, ok := issuerUncached(text)
			return named{strings.Clone(iss), ok}
		}),
		Clean: [2]*textMemo[string]{
			newTextMemo(func(text string) string { return strings.Clone(cleanUncached(text, 1)) }),
			newTextMemo(func(text string) string { return strings.Clone(cleanUncached(text, 2)) }),
		},
	}
}
