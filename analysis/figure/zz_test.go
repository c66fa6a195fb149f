package figure

import (
	"fmt"
	"os"
	"testing"
)

func TestZZFind(t *testing.T) {
	for _, m := range Find(os.Getenv("S")) {
		fmt.Printf("%q approx=%v unit=%q\n", m.Text, m.Approx, m.Unit)
	}
}
