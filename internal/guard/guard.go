// Package guard runs a piece of the night's work so that a fault inside
// it (a panic) is caught and reported as text, and the rest of the night
// goes on: one article or one subject fails alone.
package guard

import "fmt"

// Run runs f and returns the text of a panic inside it, or "".
func Run(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	f()
	return ""
}
