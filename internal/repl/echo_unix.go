//go:build linux || darwin || freebsd || netbsd || openbsd

package repl

import "golang.org/x/sys/unix"

// quietInput stops the terminal on fd from echoing what is typed, until
// the returned function restores it. Keys typed while the partner answers
// then stay out of the reply on the screen; they wait in the terminal's
// input and reach the next prompt. Ctrl-C still interrupts (only the echo
// is turned off). On anything but a terminal it does nothing.
func quietInput(fd int) (restore func()) {
	if fd < 0 {
		return func() {}
	}
	old, err := unix.IoctlGetTermios(fd, ioctlGetTermios)
	if err != nil {
		return func() {}
	}
	quiet := *old
	quiet.Lflag &^= unix.ECHO | unix.ECHONL
	if err := unix.IoctlSetTermios(fd, ioctlSetTermios, &quiet); err != nil {
		return func() {}
	}
	return func() { _ = unix.IoctlSetTermios(fd, ioctlSetTermios, old) }
}
