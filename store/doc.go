// Package store keeps crosscheck's history across nightly runs: the
// articles and claims already analysed, the subjects and discrepancies
// reported so far, the analysts' reviews, a log of runs, and a lock so
// that only one run works on a store at a time.
//
// A store is a SQLite file or a PostgreSQL database, reached through
// database/sql with one code path; the few differences between the two
// (placeholders, identity columns, locking) live in a small dialect value.
// Open applies the schema migrations; Commit writes a night's results in
// one transaction, so a failed or interrupted run leaves the store as it
// was.
//
// Every article and claim is kept as a few indexed columns plus its full
// value as JSON, so what Window returns is exactly what was committed
// (apart from an article's Body, Blocks and Path, which are the page and
// its location on disk, not results, and are not stored).
package store
