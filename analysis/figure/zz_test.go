package figure

import (
	"fmt"
	"os"
	"testing"
)

func TestZZFig(t *testing.T) {
	for _, m := range Find(os.Getenv("S")) {
		fmt.Printf("%q %v [%v %v] %s %s\n", m.Text, m.Value, m.Low, m.High, m.Unit, m.Approx)
	}
}
