//go:build !unix

package pipeline

// configNonBlock is 0 where O_NONBLOCK does not exist.
const configNonBlock = 0
