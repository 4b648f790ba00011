package cli

import (
	"flag"
	"fmt"

	"github.com/zwgk/zwgk/internal/rounds"
)

// templateOptions are the flags of `zwgk template`.
type templateOptions struct {
	env
	Out    string // the folder the blank workbooks go to
	Rounds string // the folder whose units sheet fills the unit dropdowns
	Force  bool   // replace workbooks even when filled in
}

// parseTemplate reads template's flags.
func parseTemplate(args []string, e env) (*templateOptions, error) {
	o := &templateOptions{env: e}
	return parseOptions("template", e, o, args, func(fs *flag.FlagSet) {
		fs.StringVar(&o.Out, "out", "templates", "空白表格写到这个文件夹")
		fs.StringVar(&o.Rounds, "rounds", "rounds", "从这个文件夹的 units.csv 读取单位，作为下拉列表")
		fs.BoolVar(&o.Force, "force", false, "覆盖同名的文件，即使其中已经填写了数据")
	})
}

// runTemplate writes a blank workbook for every sheet type.
func runTemplate(o *templateOptions) error {
	units := rounds.UnitNames(o.Rounds)
	err := rounds.WriteTemplates(o.Out, units, o.Force, func(path string, t rounds.Template) {
		fmt.Fprintf(o.Stderr, "zwgk: 已写出 %s（%s）\n", path, t.Title)
	})
	if err != nil {
		return err
	}
	if len(units) == 0 {
		fmt.Fprintf(o.Stderr, "zwgk: %s 中没有 units.csv，主办单位、开设主体没有下拉列表\n", o.Rounds)
	}
	return nil
}
