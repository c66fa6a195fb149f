package store

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
)

// TestDecodeAllSizes: rows decode to the same values, in order, whether
// the size given is none, exact, too small or too large.
func TestDecodeAllSizes(t *testing.T) {
	db, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "d.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const n = 3*decodeChunk + 17
	if _, err := db.Exec(`CREATE TABLE t (i INTEGER, data TEXT)`); err != nil {
		t.Fatal(err)
	}
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		if _, err := tx.Exec(`INSERT INTO t VALUES (?, ?)`, i, fmt.Sprintf(`{"n": %d}`, i)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	type row struct{ N int }
	for _, size := range []int{0, n, n - 1, decodeChunk, decodeChunk + 1, n + 500} {
		rows, err := db.Query(`SELECT data FROM t ORDER BY i`)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeAll[row](rows, size)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != n {
			t.Fatalf("size %d: %d rows, want %d", size, len(got), n)
		}
		for i, r := range got {
			if r.N != i {
				t.Fatalf("size %d: row %d decoded as %d", size, i, r.N)
			}
		}
	}
}
