//go:build !(linux || darwin || freebsd || netbsd || openbsd)

package repl

// quietInput does nothing where amends cannot change the terminal's echo.
func quietInput(int) (restore func()) { return func() {} }
