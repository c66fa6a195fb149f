package guard

import (
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	if msg := Run(func() {}); msg != "" {
		t.Errorf("Run(no panic) = %q, want \"\"", msg)
	}
	var s []int
	if msg := Run(func() { _ = s[3] }); !strings.Contains(msg, "index out of range") {
		t.Errorf("Run(index panic) = %q", msg)
	}
}
