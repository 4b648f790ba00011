package cli

import (
	"bytes"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestUsage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := Run([]string{"frobnicate"}, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "未知的命令") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
	if code := Run([]string{"build", "--no-such-flag"}, &stdout, &stderr); code != 2 {
		t.Errorf("unknown flag: exit %d, want 2", code)
	}
}

// Every command in the usage text runs, and every command that runs is in
// the usage text.
func TestEveryCommandInUsage(t *testing.T) {
	for name := range commands {
		if !strings.Contains(usage, "\n  zwgk "+name+" ") {
			t.Errorf("the usage text lacks zwgk %s", name)
		}
		if _, ok := commandHelp[name]; !ok {
			t.Errorf("zwgk %s has no -h head", name)
		}
	}
	if len(commands) != 9 {
		t.Errorf("%d commands, want 9", len(commands))
	}
}

// parseCase is a command line and what it parses into: the options, or,
// for a line refused, what is said on stderr.
type parseCase struct {
	args string
	want any // *xOptions without env, or the refusal as a string
}

// takeEnv clears the options' env and returns it: the clock is a func,
// which DeepEqual does not compare.
func (e *env) takeEnv() env {
	was := *e
	*e = env{}
	return was
}

// checkParse parses each case's arguments and compares the options.
func checkParse[O any, P interface {
	*O
	takeEnv() env
}](t *testing.T, parse func([]string, env) (P, error), cases []parseCase) {
	t.Helper()
	for _, c := range cases {
		var stderr bytes.Buffer
		got, err := parse(strings.Fields(c.args), env{Stdout: &bytes.Buffer{}, Stderr: &stderr, Now: time.Now})
		if refusal, ok := c.want.(string); ok {
			if !errors.Is(err, errUsage) || stderr.String() != refusal {
				t.Errorf("%q: %v, stderr %q; want the usage error and %q", c.args, err, stderr.String(), refusal)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v\n%s", c.args, err, stderr.String())
			continue
		}
		if e := got.takeEnv(); e.Stderr != &stderr || e.Now == nil {
			t.Errorf("%q: the options do not carry the env", c.args)
		}
		if !reflect.DeepEqual(any(got), c.want) {
			t.Errorf("%q:\n got %+v\nwant %+v", c.args, *got, c.want)
		}
	}
}

// suizhouRounds copies the rounds of the 随州 reference 通报 into a new
// folder named rounds, for a command to write in.
func suizhouRounds(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "rounds")
	copyTree(t, "../../testdata/reference/suizhou", dir)
	return dir
}
