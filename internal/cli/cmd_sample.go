package cli

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/zwgk/zwgk/internal/rounds"
	"github.com/zwgk/zwgk/internal/sample"
)

// sampleOptions are the flags of `zwgk sample`.
type sampleOptions struct {
	env
	Out   string // the folder the rounds go to
	Seed  uint64 // the same seed gives the same data
	Scale string // city, province or national
	Force bool   // write over rounds that are not a sample
}

// parseSample reads sample's flags.
func parseSample(args []string, e env) (*sampleOptions, error) {
	o := &sampleOptions{env: e}
	return parseOptions("sample", e, o, args, func(fs *flag.FlagSet) {
		fs.StringVar(&o.Out, "out", "rounds", "示例数据写到这个文件夹")
		fs.Uint64Var(&o.Seed, "seed", sample.DefaultSeed, "随机种子；相同种子生成相同的数据")
		fs.StringVar(&o.Scale, "scale", "city", "数据规模：city（示例市，8 轮，约 70 个网站、1,000 个账号）、province（示例省，2020–2024 年 20 轮，每轮约 1,000 个网站）或 national（示例国，1 轮，14,000 个网站、100,000 个账号）")
		fs.BoolVar(&o.Force, "force", false, "即使文件夹中已有不是示例数据的检查数据，也覆盖其中的同名文件")
	})
}

// runSample writes the sample rounds.
func runSample(o *sampleOptions) error {
	if !o.Force {
		if err := checkSampleOut(o.Out); err != nil {
			return err
		}
	}
	if err := sample.Write(o.Out, sample.Options{Seed: o.Seed, Scale: o.Scale}); err != nil {
		return err
	}
	fmt.Fprintf(o.Stderr, "zwgk: 示例数据已写入 %s\n", o.Out)
	return nil
}

// checkSampleOut refuses a folder the sample would overwrite real data in:
// the sample may go into a missing or empty folder, or over a sample, whose
// every round folder has a round.md marked sample: true (the generator
// writes the mark).
func checkSampleOut(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) || err == nil && len(entries) == 0 {
		return nil
	}
	if err != nil {
		return fmt.Errorf("无法读取 %s：%w —— 请用 --out 指定一个新的或空的文件夹", dir, err)
	}
	refuse := func(why string) error {
		return fmt.Errorf("%s 中已有不是示例数据的检查数据（%s） —— zwgk sample 会覆盖其中的同名文件；请用 --out 指定一个新的或空的文件夹，确要覆盖时加 --force", dir, why)
	}
	found := 0
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		md := filepath.Join(e.Name(), "round.md")
		if _, err := os.Stat(filepath.Join(dir, md)); err != nil {
			return refuse(filepath.ToSlash(e.Name()) + " 中没有 round.md")
		}
		if r, _ := rounds.ReadRound(filepath.Join(dir, e.Name())); !r.Meta.Sample {
			return refuse(filepath.ToSlash(md) + " 没有标 sample: true")
		}
		found++
	}
	if found == 0 {
		return refuse("没有示例数据的轮次文件夹")
	}
	return nil
}
