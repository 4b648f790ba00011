// Package cli holds zwgk's commands, one file each (cmd_build.go …): each
// parses its flags into an options struct, which also carries its output
// streams and clock, then runs the pipeline stages with those options
// alone — read the rounds, compute the figures, build the site.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"
)

const usage = `zwgk —— 政府网站与政务新媒体检查情况公开网站生成工具

用法：
  zwgk build  [--rounds DIR] [--out DIR] [--base-url URL] [--site DIR] [--drafts] [--quiet] [--build-time]
              读取各轮检查表，生成网站到 --out（默认 public/）
  zwgk review [--published DIR] [--rounds DIR] [--site DIR] [--report FILE] [--drafts]
              先审后发：生成网站并与已发布的网站（默认 public/）比较，写出审核报告（默认 zwgk-review.html）
  zwgk serve  [--rounds DIR] [--port N] [--site DIR] [--drafts] [--no-open]
              生成网站并在本机预览（自动打开浏览器），检查表或模板改动后自动重新生成
  zwgk check  [--rounds DIR] [--drafts] [--json]
              只检查数据，不生成网站；有错误时退出码为 1；--json 以 JSON 输出问题清单
  zwgk template [--out DIR] [--rounds DIR] [--force]
              写出各张表的空白 Excel 模板（带下拉列表和填写说明，默认写入 templates/）；不覆盖已填写的同名表格，除非加 --force
  zwgk new-round 轮次 [--rounds DIR]
              新建一轮，如 zwgk new-round 2025Q1：复制上一轮的网站和账号，只需填写本轮结果
  zwgk draft 轮次 [--rounds DIR] [--out 文件.docx] [--force]
              按本轮数据起草通报：写出公文格式的 Word 文件，旁边是同样内容的 Markdown
  zwgk sample [--out DIR] [--seed N] [--scale city|province|national] [--force]
              重新生成示例市（或示例省、示例国）的示例数据（默认写入 rounds/）；文件夹中已有真实数据时须加 --force
  zwgk init [DIR] [--templates] [--force]
              写出可修改的 hugo.toml（加 --templates 时连同网页模板、样式和脚本）到 DIR（默认当前目录）；不覆盖已有的文件，除非加 --force

网页模板已内置于 zwgk 中，只需 zwgk 一个文件即可生成网站。zwgk 所在文件夹和 --site 指定的文件夹（默认当前目录）
中的 hugo.toml、layouts/、content/、static/ 等逐个替换内置的同名文件，后者优先。

各命令加 -h 查看全部选项。输入格式见 docs/input-format.md。
`

// errUsage marks errors already explained by the flag package.
var errUsage = errors.New("usage")

// env is what a command takes from its surroundings, injected through its
// options so that a test can supply its own: where the output goes, and the
// clock, whose day the publishing lint compares dates with.
type env struct {
	Stdout io.Writer
	Stderr io.Writer
	Now    func() time.Time
}

// commands are zwgk's commands by name. Each parses its arguments into its
// options, then runs with them alone.
var commands = map[string]func(args []string, e env) error{
	"build":     command(parseBuild, runBuild),
	"serve":     command(parseServe, runServe),
	"check":     command(parseCheck, runCheck),
	"review":    command(parseReview, runReview),
	"sample":    command(parseSample, runSample),
	"template":  command(parseTemplate, runTemplate),
	"new-round": command(parseNewRound, runNewRound),
	"draft":     command(parseDraft, runDraft),
	"init":      command(parseInit, runInit),
}

// command joins a command's flag parsing and its run.
func command[O any](parse func([]string, env) (*O, error), run func(*O) error) func([]string, env) error {
	return func(args []string, e env) error {
		o, err := parse(args, e)
		if err != nil {
			return err
		}
		return run(o)
	}
}

// Run runs the command named by args[0] and returns the exit code.
func Run(args []string, stdout, stderr io.Writer) int {
	defer consoleUTF8()()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stdout, usage)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "未知的命令“%s”\n\n%s", args[0], usage)
		return 2
	}
	err := cmd(args[1:], env{Stdout: stdout, Stderr: stderr, Now: time.Now})
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, flag.ErrHelp):
		return 0
	}
	fmt.Fprintln(stderr, "zwgk:", err)
	return 1
}

// newFlags makes a flag set whose help and errors go to stderr in Chinese
// (help.go).
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("zwgk "+name, flag.ContinueOnError)
	fs.SetOutput(&flagOutput{w: stderr})
	fs.Usage = func() {} // parseFlags prints the help
	return fs
}

// parseOptions parses a command's args with the flags define adds, which
// set fields of o; it returns o, or nil and why not.
func parseOptions[O any](name string, e env, o *O, args []string, define func(*flag.FlagSet)) (*O, error) {
	fs := newFlags(name, e.Stderr)
	define(fs)
	if err := parse(fs, args); err != nil {
		return nil, err
	}
	return o, nil
}

// parseWithOperand is parseOptions for a command that takes one operand,
// a round id, before or after the flags: zwgk draft 2024Q4 --out 通报.docx,
// or --out 通报.docx 2024Q4. Without it, the command's use is printed.
func parseWithOperand[O any](name string, e env, o *O, operand *string, use string, args []string, define func(*flag.FlagSet)) (*O, error) {
	fs := newFlags(name, e.Stderr)
	define(fs)
	*operand, args = cutOperand(fs, args)
	if err := parse(fs, args); err != nil {
		return nil, err
	}
	if *operand == "" {
		fmt.Fprintln(e.Stderr, use)
		return nil, errUsage
	}
	return o, nil
}

// cutOperand takes the operand from the start or the end of args; at the
// end, not when it is the value of the flag before it.
func cutOperand(fs *flag.FlagSet, args []string) (string, []string) {
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		return args[0], args[1:]
	}
	n := len(args)
	if n == 0 || strings.HasPrefix(args[n-1], "-") {
		return "", args
	}
	if n >= 2 && strings.HasPrefix(args[n-2], "-") {
		if f := fs.Lookup(strings.TrimLeft(args[n-2], "-")); f != nil && !isBool(f) {
			return "", args
		}
	}
	return args[n-1], args[:n-1]
}

func parse(fs *flag.FlagSet, args []string) error {
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(fs.Output(), "多余的参数：%s —— 用 %s -h 查看用法\n", strings.Join(fs.Args(), " "), fs.Name())
		return errUsage
	}
	return nil
}

func addRoundsFlags(fs *flag.FlagSet, o *pipelineOptions) {
	fs.StringVar(&o.Rounds, "rounds", "rounds", "各轮检查数据所在的文件夹")
	fs.BoolVar(&o.Drafts, "drafts", false, "包含 round.md 中标为 draft: true 的轮次")
}

func addSiteFlags(fs *flag.FlagSet, o *pipelineOptions) {
	fs.StringVar(&o.SiteDir, "site", ".", siteHelp)
	fs.BoolVar(&o.Quiet, "quiet", false, "不显示进度（错误和警告仍会显示）")
}
