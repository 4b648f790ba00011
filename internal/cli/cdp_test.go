package cli

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"sync"
	"time"
)

// A small client of the Chrome DevTools Protocol, enough for the browser
// test: it starts headless Chromium with --remote-debugging-pipe, so there
// is no port to find and no websocket, and speaks JSON messages ended by a
// NUL byte over the two pipes Chromium reads and writes as fds 3 and 4.

type cdpBrowser struct {
	cmd  *exec.Cmd
	in   *os.File // Chromium's fd 3
	out  *os.File // Chromium's fd 4
	mu   sync.Mutex
	cond *sync.Cond
	next int
	// replies by command id, events by session, both filled by read
	replies map[int]cdpMessage
	events  map[string][]cdpMessage
	err     error // reading stopped
}

type cdpMessage struct {
	ID        int             `json:"id,omitempty"`
	Method    string          `json:"method,omitempty"`
	Params    json.RawMessage `json:"params,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *cdpError       `json:"error,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
}

type cdpError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// startBrowser runs Chromium headless with a fresh profile in profile.
func startBrowser(binary, profile string) (*cdpBrowser, error) {
	toChrome, in, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	out, fromChrome, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	args := []string{
		"--headless", "--remote-debugging-pipe", "--user-data-dir=" + profile,
		"--no-first-run", "--no-default-browser-check", "--disable-gpu", "--disable-dev-shm-usage",
		"--disable-extensions", "--disable-background-networking", "--disable-component-update",
		"--disable-sync", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
		"--font-render-hinting=none", "--force-color-profile=srgb", "about:blank",
	}
	if os.Geteuid() == 0 {
		// Chromium refuses to run its sandbox as root (CI containers).
		args = append([]string{"--no-sandbox"}, args...)
	}
	cmd := exec.Command(binary, args...)
	cmd.ExtraFiles = []*os.File{toChrome, fromChrome}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	toChrome.Close()
	fromChrome.Close()
	b := &cdpBrowser{cmd: cmd, in: in, out: out, replies: map[int]cdpMessage{}, events: map[string][]cdpMessage{}}
	b.cond = sync.NewCond(&b.mu)
	go b.read()
	return b, nil
}

func (b *cdpBrowser) read() {
	r := bufio.NewReaderSize(b.out, 1<<20)
	for {
		raw, err := r.ReadBytes(0)
		if err != nil {
			b.mu.Lock()
			b.err = fmt.Errorf("chromium closed the pipe: %w", err)
			b.cond.Broadcast()
			b.mu.Unlock()
			return
		}
		var m cdpMessage
		if err := json.Unmarshal(raw[:len(raw)-1], &m); err != nil {
			continue
		}
		b.mu.Lock()
		if m.ID != 0 {
			b.replies[m.ID] = m
		} else {
			b.events[m.SessionID] = append(b.events[m.SessionID], m)
		}
		b.cond.Broadcast()
		b.mu.Unlock()
	}
}

// call sends a command (to a page when session is set) and waits for its
// result, decoded into result when not nil.
func (b *cdpBrowser) call(session, method string, params any, result any) error {
	b.mu.Lock()
	b.next++
	id := b.next
	b.mu.Unlock()
	msg := map[string]any{"id": id, "method": method}
	if params != nil {
		msg["params"] = params
	}
	if session != "" {
		msg["sessionId"] = session
	}
	raw, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	if _, err := b.in.Write(append(raw, 0)); err != nil {
		return err
	}
	deadline := time.Now().Add(60 * time.Second)
	timer := time.AfterFunc(60*time.Second, func() { b.mu.Lock(); b.cond.Broadcast(); b.mu.Unlock() })
	defer timer.Stop()
	b.mu.Lock()
	defer b.mu.Unlock()
	for {
		if m, ok := b.replies[id]; ok {
			delete(b.replies, id)
			if m.Error != nil {
				return fmt.Errorf("%s: %s", method, m.Error.Message)
			}
			if result != nil {
				return json.Unmarshal(m.Result, result)
			}
			return nil
		}
		if b.err != nil {
			return b.err
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s: no reply within a minute", method)
		}
		b.cond.Wait()
	}
}

// mark is the number of events of a session so far; waitEvent and
// eventsSince look only at the events after it.
func (b *cdpBrowser) mark(session string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.events[session])
}

func (b *cdpBrowser) eventsSince(session string, mark int) []cdpMessage {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]cdpMessage(nil), b.events[session][mark:]...)
}

// waitEvent waits for the first event named method after mark.
func (b *cdpBrowser) waitEvent(session, method string, mark int, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	timer := time.AfterFunc(timeout, func() { b.mu.Lock(); b.cond.Broadcast(); b.mu.Unlock() })
	defer timer.Stop()
	b.mu.Lock()
	defer b.mu.Unlock()
	for {
		for _, e := range b.events[session][mark:] {
			if e.Method == method {
				return nil
			}
		}
		if b.err != nil {
			return b.err
		}
		if time.Now().After(deadline) {
			return errors.New("timed out waiting for " + method)
		}
		b.cond.Wait()
	}
}

// close ends Chromium.
func (b *cdpBrowser) close() {
	b.call("", "Browser.close", nil, nil)
	done := make(chan struct{})
	go func() { b.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		b.cmd.Process.Kill()
		<-done
	}
	b.in.Close()
	b.out.Close()
}

// newPage opens a tab and returns its session, with the page, network,
// runtime and log events switched on.
func (b *cdpBrowser) newPage() (string, error) {
	var target struct{ TargetID string }
	if err := b.call("", "Target.createTarget", map[string]any{"url": "about:blank"}, &target); err != nil {
		return "", err
	}
	var attached struct{ SessionID string }
	if err := b.call("", "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}, &attached); err != nil {
		return "", err
	}
	for _, m := range []string{"Page.enable", "Network.enable", "Runtime.enable", "Log.enable"} {
		if err := b.call(attached.SessionID, m, nil, nil); err != nil {
			return "", err
		}
	}
	return attached.SessionID, nil
}

// eval evaluates a JavaScript expression in the page, awaiting a promise,
// and decodes its value (returned by value) into result.
func (b *cdpBrowser) eval(session, expr string, result any) error {
	var r struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	err := b.call(session, "Runtime.evaluate", map[string]any{"expression": expr, "awaitPromise": true, "returnByValue": true}, &r)
	if err != nil {
		return err
	}
	if r.ExceptionDetails != nil {
		return fmt.Errorf("script failed: %s %s", r.ExceptionDetails.Text, r.ExceptionDetails.Exception.Description)
	}
	if result != nil && len(r.Result.Value) > 0 {
		return json.Unmarshal(r.Result.Value, result)
	}
	return nil
}
