package cli

import (
	"io"
	"os"
	"os/exec"
	"runtime"
)

// shouldOpen decides whether serve opens the preview in a browser: only
// for a person at a terminal — not with --no-open, not under CI (which sets
// CI), and not when the output is not a terminal (a test, a script, a
// service), where a browser window would be nobody's.
func shouldOpen(noOpen bool, getenv func(string) string, terminal bool) bool {
	return !noOpen && getenv("CI") == "" && terminal
}

// isTerminal reports whether w is a console or terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// openBrowser opens url in the default browser, without waiting for it.
func openBrowser(url string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	case "darwin":
		cmd = exec.Command("open", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	go cmd.Wait()
	return nil
}
