//go:build !unix

package analysis

// configNonBlock is 0 where O_NONBLOCK does not exist.
const configNonBlock = 0
