// Package analysis holds crosscheck's domain types and its pipeline.
//
// The pipeline has a map/reduce shape: per-input work (load, clean, extract)
// is independent and runs on a worker pool; claims are then grouped by a
// subject key (cluster) and each group is compared on its own (compare).
// Every stage is a pure function on values in its own file; only Run sees
// the context and the file system.
package analysis
