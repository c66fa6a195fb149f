package attrib

import (
	"strings"
	"sync"
	"sync/atomic"
)

// textMemo caches a pure function of a short text (a speaker's words, a
// name) across articles and workers: the same few thousand phrases recur
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
	size atomic.Int64
}

// textMemoLimit bounds each textMemo.
const textMemoLimit = 1 << 16

// newTextMemo returns a cache of f.
func newTextMemo[V any](f func(string) V) *textMemo[V] { return &textMemo[V]{f: f} }

// get returns f(text), from the cache when it can.
func (c *textMemo[V]) get(text string) V {
	if v, ok := c.m.Load(text); ok {
		return v.(V)
	}
	v := c.f(text)
	if c.size.Load() < textMemoLimit {
		if _, loaded := c.m.LoadOrStore(strings.Clone(text), v); !loaded {
			c.size.Add(1)
		}
	}
	return v
}
