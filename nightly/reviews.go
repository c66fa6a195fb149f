package nightly

import (
	"os"
	"os/user"
)

// osUser names the user running crosscheck, for reviews imported from a
// workbook that names nobody; "" when unknown.
func osUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	if name := os.Getenv("USER"); name != "" {
		return name
	}
	return os.Getenv("USERNAME")
}
