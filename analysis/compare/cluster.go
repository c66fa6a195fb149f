package compare

import (
	"crosscheck/analysis"
	"crosscheck/analysis/extract"
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
)

// ClusterKey is the key of the cluster a claim belongs to (its Cluster's
// Subject): the claim's subject, and for a subset the subset's name too.
// It is empty for a claim with no subject, which joins no cluster.
func ClusterKey(c *analysis.Claim) string {
	if c.Subject == "" || c.Subset == "" {
		return c.Subject
	}
	return c.Subject + subsetSep + strings.ToLower(c.Subset)
}

// ClusterClaims groups claims by subject key, figures and stances alike.
// A claim that counts a part of a total (Subset set) gets a cluster of its
// own, linked to the total's cluster by Parent, so it is shown beside the
// total but never compared with it. Claims without a subject are left out.
//
// Grouping is one pass over the claims with a map: linear in the number of
// claims, so a night of hundreds of thousands of claims groups in
// milliseconds. Clusters come out sorted by subject key; claims within a
// cluster keep their order in claims.
func ClusterClaims(claims []analysis.Claim) []analysis.Cluster {
	return ClusterKeyed(claims, func(i int) (string, string, string) {
		return claims[i].Subject, subjectLabel(claims[i].Subject), ""
	})
}

// ClusterKeyed groups claims as ClusterClaims does, by the subject key
// key gives for claim i (with the subject in words and the story it
// belongs to): the keys of subjects inside stories (analysis/story).
func ClusterKeyed(claims []analysis.Claim, key func(i int) (key, label, story string)) []analysis.Cluster {
	byKey := map[string]*analysis.Cluster{}
	var keys []string
	for i := range claims {
		c := &claims[i]
		subject, label, story := key(i)
		if subject == "" {
			continue
		}
		k := subject
		if c.Subset != "" {
			k += subsetSep + strings.ToLower(c.Subset)
		}
		cl, ok := byKey[k]
		if !ok {
			cl = &analysis.Cluster{ID: clusterID(k), Subject: k, Label: label, Story: story, Claims: []string{}}
			if sub := " (" + c.Subset + ")"; c.Subset != "" && !strings.Contains(strings.ToLower(label), strings.ToLower(sub)) {
				// (Not twice: "wounded (officers)" when the subject's
				// own suffix names them already.)
				cl.Label = label + sub
			}
			byKey[k] = cl
			keys = append(keys, k)
		}
		cl.Claims = append(cl.Claims, c.ID)
	}
	sort.Strings(keys)
	out := make([]analysis.Cluster, 0, len(keys))
	for _, k := range keys {
		c := byKey[k]
		if k != baseSubject(k) {
			if parent, ok := byKey[baseSubject(k)]; ok {
				c.Parent = parent.ID
			}
		}
		out = append(out, *c)
	}
	return out
}

// subsetSep separates a subject key from a subset's name in a cluster key.
const subsetSep = " / "

// baseSubject strips a subset suffix from a cluster key: "entity|measure /
// subset" -> "entity|measure".
func baseSubject(key string) string {
	base, _, _ := strings.Cut(key, subsetSep)
	return base
}

func clusterID(key string) string {
	h := sha256.Sum256([]byte(key))
	return "k" + hex.EncodeToString(h[:8])
}

// subjectLabel turns a subject key into words: "North Korea|troops" ->
// "North Korea: troops".
func subjectLabel(key string) string {
	if meas, _, local := strings.Cut(key, extract.LocalSep); local {
		return meas + " (one article)"
	}
	ent, meas, ok := strings.Cut(key, "|")
	if !ok {
		return key
	}
	return ent + ": " + meas
}
