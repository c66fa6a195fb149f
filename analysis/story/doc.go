// Package story groups a night's articles into stories: one real-world
// event or issue each (a hospital blast, a wildfire, a troop deployment,
// a budget row), so that figures and positions are compared only with
// those of the same story.
//
// An article's signature is the places its figures and positions are
// about and the content words of its headline, with the names its own
// sentences use (stop words, numbers and dates left out; lexicon sets
// story.stop and story.events). Two articles are one story when their
// signatures share at least two features, one of them a word, and a
// fifth of the smaller signature; stories are the connected groups, so
// an article joins a story by sharing enough with any one of its
// articles.
//
// Candidates are found with MinHash locality-sensitive hashing: each
// signature's minimum under 16 fixed hash functions is a bucket key, and
// an article is checked only against the first few articles of each of
// its 16 buckets. The cost per article is constant, so grouping is
// linear in the night's size, and deterministic: it depends only on the
// documents and their order.
//
// A story is named from its headlines: the event nouns they use most,
// its main places and the month of its first article, "Hospital blast
// (Gaza, Oct 2023)". Its ID derives from its first article (the first
// seen, then the lowest ID), so it is stable across nights while that
// article stays in the window.
package story
