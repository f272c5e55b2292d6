//go:build e2e && linux

package e2e

import "syscall"

// setParentDeathSignal makes the kernel kill the child if the test binary
// dies without cleaning up (go test -timeout panic, SIGKILL).
func setParentDeathSignal(a *syscall.SysProcAttr) { a.Pdeathsig = syscall.SIGKILL }
