package cli

import (
	"flag"
	"fmt"

	"github.com/zwgk/zwgk/internal/rounds"
)

// newRoundOptions are the arguments of `zwgk new-round`.
type newRoundOptions struct {
	env
	ID     string // the new round, a folder name such as 2025Q1
	Rounds string // the folder of the rounds
}

// parseNewRound reads new-round's round id and flags, in either order:
// zwgk new-round 2025Q1 --rounds D:\数据, or --rounds D:\数据 2025Q1.
func parseNewRound(args []string, e env) (*newRoundOptions, error) {
	o := &newRoundOptions{env: e}
	use := "用法：zwgk new-round 轮次 [--rounds DIR]，如 zwgk new-round 2025Q1"
	return parseWithOperand("new-round", e, o, &o.ID, use, args, func(fs *flag.FlagSet) {
		fs.StringVar(&o.Rounds, "rounds", "rounds", "各轮检查数据所在的文件夹")
	})
}

// runNewRound creates the folder of a new round from the last one.
func runNewRound(o *newRoundOptions) error {
	started, problems, err := rounds.StartRound(o.Rounds, o.ID)
	if problems != nil {
		report(problems, o.Stderr)
	}
	if err != nil {
		return err
	}
	from := "空白表格"
	if started.From != "" {
		from = fmt.Sprintf("从 %s 复制了 %d 个网站、%d 个在运行的账号", started.From, started.Websites, started.Accounts)
	}
	fmt.Fprintf(o.Stderr, "zwgk: 已创建 %s：round.md、websites.xlsx、accounts.xlsx（%s）\n", started.Dir, from)
	fmt.Fprintln(o.Stderr, "zwgk: 下一步：填写 round.md 的发文字号、日期和正文，在表格中填写本轮的检查结果，然后运行 zwgk check")
	return nil
}
