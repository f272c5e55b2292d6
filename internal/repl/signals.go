package repl

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

// A session ends cleanly on SIGTERM, on SIGHUP (the terminal closed), and
// on SIGINT in a piped session (in an interactive one Ctrl-C stays a key
// while typing and cancels only the reply or coach call in flight): the
// reply that was arriving is kept, marked interrupted, an end record is
// written, and Run returns a SignalError, which the command turns into the
// exit code 128+N (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP).

// SignalError is a session ended by a signal.
type SignalError struct{ Signal os.Signal }

func (e *SignalError) Error() string { return "interrupted by " + signalName(e.Signal) }

// ExitCode is the shell's code for a process ended by the signal.
func (e *SignalError) ExitCode() int {
	if s, ok := e.Signal.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 130
}

func signalName(s os.Signal) string {
	switch s {
	case syscall.SIGTERM:
		return "SIGTERM"
	case syscall.SIGHUP:
		return "SIGHUP (the terminal closed)"
	case os.Interrupt:
		return "SIGINT"
	}
	return s.String()
}

// watchSignals cancels the session's context when a session-ending signal
// arrives and remembers which one it was, for finish. The returned stop
// undoes it.
func (r *runner) watchSignals(cancel context.CancelFunc) (stop func()) {
	sigs := []os.Signal{syscall.SIGTERM, syscall.SIGHUP}
	if !r.interactive {
		sigs = append(sigs, os.Interrupt)
	}
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, sigs...)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-ch:
			r.mu.Lock()
			r.sig = s
			r.mu.Unlock()
			cancel()
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}

// signalled returns the signal that ended the session, or nil.
func (r *runner) signalled() os.Signal {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.sig
}
