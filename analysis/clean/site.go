package clean

import (
	"crosscheck/analysis/load"
	"hash/fnv"
	"net/url"
	"strconv"
	"strings"
)

// Site furniture: the blocks a site repeats on every page (its menu, its
// "about us" paragraph, its newsletter prompt, its broadcast schedule) are
// learnt from the night's pages of that site. It is a map and a reduce:
// Sign reads one page (map), LearnFurniture counts each block over the
// pages of each site (reduce by site), and Clean, given the result in
// CleanOptions.Furniture, removes what most of a site's pages repeat. It is
// linear in the number of pages and its result does not depend on their
// order.

// Signature is what one page contributes to learning its site's
// furniture: the site, and a hash of each distinct block of its text.
type Signature struct {
	// Site is the page's site (see SiteOf); "" when unknown, and then
	// the page teaches nothing.
	Site string
	// Story is the page's title, folded: copies of one article (the same
	// page saved twice, an updated version) count as one page of the
	// site, so that their shared text is not taken for the site's.
	Story string
	// Blocks are the hashes of the page's distinct blocks.
	Blocks []uint64
}

// SiteOf returns the site a document comes from: the host of its URL
// without "www.", or else its outlet's name, lower case; "" when neither
// is known.
func SiteOf(doc load.Document) string {
	if u, err := url.Parse(strings.TrimSpace(doc.URL)); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return strings.ToLower(strings.TrimSpace(doc.Outlet))
}

// Sign is the map step of learning site furniture: the page's site and
// the hashes of its distinct blocks, cut as Clean cuts them.
func Sign(doc load.Document) Signature {
	sig := Signature{Site: SiteOf(doc), Story: foldKey(doc.Title)}
	if sig.Site == "" {
		return sig
	}
	seen := map[uint64]bool{}
	for _, b := range splitBlocks(doc.Text, doc.Markup == nil) {
		k := foldKey(coreOf(b.text))
		if k == "" {
			continue
		}
		h := blockHash(k)
		if !seen[h] {
			seen[h] = true
			sig.Blocks = append(sig.Blocks, h)
		}
	}
	return sig
}

// Furniture is what a night's pages teach about their sites: on how many
// of a site's pages each block occurs. The zero value knows nothing.
type Furniture struct {
	sites map[string]*siteCount
}

// siteCount counts a site's pages and, per block, the pages that have it.
// Pages of one story (the same title) count once: stories holds the blocks
// already counted for each.
type siteCount struct {
	pages   int
	blocks  map[uint64]int
	stories map[string]map[uint64]bool
}

// LearnFurniture is the reduce step: it counts every block of the
// signatures per site, a block once per story (a page without a title is
// a story of its own).
func LearnFurniture(sigs []Signature) Furniture {
	f := Furniture{sites: map[string]*siteCount{}}
	for _, s := range sigs {
		if s.Site == "" {
			continue
		}
		c := f.sites[s.Site]
		if c == nil {
			c = &siteCount{blocks: map[uint64]int{}, stories: map[string]map[uint64]bool{}}
			f.sites[s.Site] = c
		}
		if s.Story == "" {
			c.pages++
			for _, h := range s.Blocks {
				c.blocks[h]++
			}
			continue
		}
		seen := c.stories[s.Story]
		if seen == nil {
			seen = map[uint64]bool{}
			c.stories[s.Story] = seen
			c.pages++
		}
		for _, h := range s.Blocks {
			if !seen[h] {
				seen[h] = true
				c.blocks[h]++
			}
		}
	}
	for _, c := range f.sites {
		c.stories = nil // only the counts are read
	}
	return f
}

// Repeats returns on how many of site's pages a block with the folded
// key occurs, and how many pages of the site there are.
func (f Furniture) repeats(site, key string) (n, pages int) {
	c := f.sites[site]
	if c == nil || key == "" {
		return 0, 0
	}
	return c.blocks[blockHash(key)], c.pages
}

// markSiteFurniture marks the blocks that most pages of the page's site
// repeat: a block on at least two pages and on at least half of them. A
// paragraph of prose takes three pages, so that two versions of one
// story do not take each other's text away.
func markSiteFurniture(blocks []block, f *Furniture, site string) {
	if f == nil || site == "" {
		return
	}
	for i := range blocks {
		b := &blocks[i]
		n, pages := f.repeats(site, b.key)
		need := 2
		if b.prose && b.words >= 15 {
			need = 3
		}
		if n >= need && 2*n >= pages {
			setFurniture(b, "site furniture (on "+strconv.Itoa(n)+" of "+strconv.Itoa(pages)+" pages of "+site+")")
		}
	}
}

func blockHash(key string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(key))
	return h.Sum64()
}

// coreOf is a block's text without a leading bullet or list number.
func coreOf(text string) string {
	if startsWithBullet(text) {
		return strings.TrimSpace(strings.TrimLeftFunc(text[listNumberPrefix(text):], isBulletRune))
	}
	return text
}
