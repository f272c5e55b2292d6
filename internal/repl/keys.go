package repl

import (
	"bytes"
	"io"
)

// keyReader translates the Home and End keys of terminals that send them
// as "ESC [ 1 ~" and "ESC [ 4 ~" (tmux, screen, the Linux console) or
// "ESC [ 7 ~" and "ESC [ 8 ~" (rxvt) into the "ESC [ H" and "ESC [ F"
// that readline understands; everything else passes through unchanged.
type keyReader struct {
	r    io.Reader
	out  []byte // translated bytes not yet returned
	hold []byte // a possible start of a sequence, waiting for more input
}

var keyMap = map[string]string{
	"\x1b[1~": "\x1b[H", "\x1b[7~": "\x1b[H",
	"\x1b[4~": "\x1b[F", "\x1b[8~": "\x1b[F",
}

func (k *keyReader) Read(p []byte) (int, error) {
	for len(k.out) == 0 {
		buf := make([]byte, max(len(p), 64))
		n, err := k.r.Read(buf)
		data := append(k.hold, buf[:n]...)
		k.hold = nil
		if err != nil {
			// Nothing more will come: what was held is plain text.
			k.out = append(k.out, data...)
			if len(k.out) == 0 {
				return 0, err
			}
			break
		}
		k.out, k.hold = translateKeys(data)
	}
	n := copy(p, k.out)
	k.out = k.out[n:]
	return n, nil
}

func (k *keyReader) Close() error {
	if c, ok := k.r.(io.Closer); ok {
		return c.Close()
	}
	return nil
}

// translateKeys rewrites the sequences in keyMap, and returns separately
// a tail that may be the start of one (to be completed by the next read).
func translateKeys(data []byte) (out, hold []byte) {
	for len(data) > 0 {
		i := bytes.IndexByte(data, 0x1b)
		if i < 0 {
			return append(out, data...), nil
		}
		out = append(out, data[:i]...)
		data = data[i:]
		matched := false
		for from, to := range keyMap {
			if bytes.HasPrefix(data, []byte(from)) {
				out = append(out, to...)
				data = data[len(from):]
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		if len(data) < 4 && isKeyPrefix(data) {
			return out, append([]byte(nil), data...)
		}
		out = append(out, data[0])
		data = data[1:]
	}
	return out, nil
}

func isKeyPrefix(b []byte) bool {
	for from := range keyMap {
		if bytes.HasPrefix([]byte(from), b) {
			return true
		}
	}
	return false
}
