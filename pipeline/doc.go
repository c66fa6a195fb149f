// Package pipeline runs crosscheck's stages over a night's inputs in a
// map/reduce shape: Process discovers the input files (folders walked,
// links followed, anything but regular files skipped), and on a worker
// pool loads each one, counts the blocks of the night's pages per site so
// that a site's furniture is learnt from all its pages, then cleans and
// extracts each one independently (the map);
// Reduce merges speaker names across the night, groups the claims by
// subject and compares each group (the reduce). Run does both.
//
// In: a Config (inputs, workers, tables). Out: an analysis.Report listing
// every input with its status, every claim, cluster and discrepancy.
// Per-article claims wait for the merge packed in pointer-free bytes
// (pack.go); InspectFiles shows how pages were read.
package pipeline
