package figure

import "testing"

func BenchmarkFind(b *testing.B) {
	text := corpus(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text)
	}
}
