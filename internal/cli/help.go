package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// commandHelp is the head of each command's -h: how to call it and what it
// does. The options follow, from the command's flags.
var commandHelp = map[string]string{
	"build": "用法：zwgk build [选项]\n\n" +
		"读取各轮检查表，检查无误后生成网站到 --out 指定的文件夹。\n" +
		"有错误时不生成，已有的网站保持不变。",
	"review": "用法：zwgk review [选项]\n\n" +
		"先审后发：生成网站，与已发布的网站（--published）比较，写出审核报告（--report）。\n" +
		"已发布的网站只读不改。",
	"serve": "用法：zwgk serve [选项]\n\n" +
		"生成网站并在本机预览，检查表或模板改动后自动重新生成；按 Ctrl+C 结束。\n" +
		"在终端中运行时自动用浏览器打开预览地址（--no-open 不打开）。",
	"check": "用法：zwgk check [选项]\n\n" +
		"只检查数据，不生成网站；有错误时退出码为 1。同一文件中同类的警告只列出前 5 条，\n" +
		"其余合为一行；--json 列出全部。",
	"template": "用法：zwgk template [选项]\n\n" +
		"写出各张表的空白 Excel 模板：表头冻结，每列有填写说明，选项列有下拉列表。",
	"new-round": "用法：zwgk new-round 轮次 [选项]\n\n" +
		"新建一轮，如 zwgk new-round 2025Q1（轮次写作 年份Q季度）：复制上一轮的网站和\n" +
		"在运行的账号，只需填写本轮的检查结果。",
	"draft": "用法：zwgk draft 轮次 [选项]\n\n" +
		"按本轮数据起草通报，如 zwgk draft 2024Q4：写出公文格式的 Word 文件，旁边是同样\n" +
		"内容的 Markdown，供修改后印发。",
	"init": "用法：zwgk init [文件夹] [选项]\n\n" +
		"写出内置的 hugo.toml（加 --templates 时连同网页模板、样式和脚本）到文件夹（默认当前目录），\n" +
		"供修改网站名称、主办单位、备案号等。生成网站时，zwgk 所在文件夹和 --site 指定的文件夹中的\n" +
		"文件逐个替换内置的同名文件；已有内容不同的文件时不写出任何文件，除非加 --force。",
	"sample": "用法：zwgk sample [选项]\n\n" +
		"生成虚构的示例数据（示例市、示例省或示例国的各轮检查表），用于试用和测试。",
}

// argNames name the value a flag takes, in its help line; "command flag"
// when one command's flag takes another kind of value.
var argNames = map[string]string{
	"rounds": "文件夹", "out": "文件夹", "site": "文件夹", "published": "文件夹",
	"base-url": "网址", "report": "文件", "port": "端口", "seed": "数字", "scale": "规模",
	"draft out": "文件.docx",
}

// printHelp writes a command's -h in Chinese: its use, then each option
// with its value, what it does, and its default.
func printHelp(w io.Writer, fs *flag.FlagSet) {
	name := strings.TrimPrefix(fs.Name(), "zwgk ")
	if head, ok := commandHelp[name]; ok {
		fmt.Fprintln(w, head)
	} else {
		fmt.Fprintf(w, "用法：%s [选项]\n", fs.Name())
	}
	fmt.Fprintln(w, "\n选项：")
	fs.VisitAll(func(f *flag.Flag) {
		line := "  --" + f.Name
		if !isBool(f) {
			arg := argNames[name+" "+f.Name]
			if arg == "" {
				arg = argNames[f.Name]
			}
			if arg == "" {
				arg = "值"
			}
			line += " " + arg
		}
		fmt.Fprintln(w, line)
		usage := f.Usage
		if !isBool(f) && f.DefValue != "" {
			usage += "（默认 " + f.DefValue + "）"
		}
		fmt.Fprintln(w, "      "+usage)
	})
	fmt.Fprintln(w, "  -h, --help")
	fmt.Fprintln(w, "      显示本说明")
}

func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// The flag package's errors, in English, and what they say in Chinese.
var flagErrors = []struct {
	re   *regexp.Regexp
	text string
}{
	{regexp.MustCompile(`^flag provided but not defined: -+(.*)$`), "没有 --%s 这个选项"},
	{regexp.MustCompile(`^flag needs an argument: -+(.*)$`), "选项 --%s 后面要写一个值"},
	{regexp.MustCompile(`^invalid boolean value ".*" for -+(.*?): .*$`), "选项 --%s 不带值，或写作 --%[1]s=true / --%[1]s=false"},
	{regexp.MustCompile(`^invalid value ".*" for flag -+(.*?): .*$`), "选项 --%s 的值不对"},
	{regexp.MustCompile(`^bad flag syntax: (.*)$`), "选项“%s”写法不对"},
}

// flagError says a parse error of the flag package in Chinese.
func flagError(err error) string {
	msg := err.Error()
	for _, e := range flagErrors {
		if m := e.re.FindStringSubmatch(msg); m != nil {
			return fmt.Sprintf(e.text, m[1])
		}
	}
	return msg
}

// flagOutput is a flag set's output: the flag package's own English lines
// are held back while parsing, so that parse can say them in Chinese.
type flagOutput struct {
	w     io.Writer
	muted bool
}

func (o *flagOutput) Write(b []byte) (int, error) {
	if o.muted {
		return len(b), nil
	}
	return o.w.Write(b)
}

// parseFlags parses args with fs, whose output newFlags made a flagOutput:
// -h prints the Chinese help, a mistake one Chinese line and where to look.
func parseFlags(fs *flag.FlagSet, args []string) error {
	out, ok := fs.Output().(*flagOutput)
	if !ok {
		return fs.Parse(args)
	}
	out.muted = true
	err := fs.Parse(args)
	out.muted = false
	switch {
	case err == nil:
		return nil
	case errors.Is(err, flag.ErrHelp):
		printHelp(out, fs)
		return err
	}
	fmt.Fprintf(out, "%s —— 用 %s -h 查看全部选项\n", flagError(err), fs.Name())
	return errUsage
}
