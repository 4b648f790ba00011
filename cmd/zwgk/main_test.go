package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestMain runs main itself when the test binary is started by runZwgk, so
// that the tests below see what a user sees: the streams and the exit code.
func TestMain(m *testing.M) {
	if os.Getenv("ZWGK_TEST_RUN_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

func runZwgk(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "ZWGK_TEST_RUN_MAIN=1")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return out.String(), errOut.String(), code
}

// Scripts and CI read zwgk's exit code (check exits 1 on any error), so
// main must hand on the one the command returns, and print where it says.
func TestExitCode(t *testing.T) {
	stdout, stderr, code := runZwgk(t, "nosuch")
	if code != 2 || stdout != "" || !strings.HasPrefix(stderr, "未知的命令“nosuch”") {
		t.Errorf("zwgk nosuch: exit %d, stdout %q, stderr starting %.40q; want exit 2 and the command named on stderr", code, stdout, stderr)
	}
	stdout, stderr, code = runZwgk(t, "-h")
	if code != 0 || stderr != "" || !strings.Contains(stdout, "zwgk build") {
		t.Errorf("zwgk -h: exit %d, stderr %q; want exit 0 and the usage, naming zwgk build, on stdout", code, stderr)
	}
}
