//go:build unix

package cli

import (
	"os/exec"
	"syscall"
)

// detach puts cmd in its own session so it outlives amends and does not
// receive the terminal's Ctrl-C.
func detach(cmd *exec.Cmd) { cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true} }
