package cli

import (
	"fmt"
	"io"

	"github.com/zwgk/zwgk/internal/sample"
)

func runSample(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("sample", stderr)
	out := fs.String("out", "rounds", "示例数据写到这个文件夹")
	seed := fs.Uint64("seed", sample.DefaultSeed, "随机种子；相同种子生成相同的数据")
	scale := fs.String("scale", "city", "数据规模")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := sample.Write(*out, sample.Options{Seed: *seed, Scale: *scale}); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "zwgk: 示例数据已写入 %s\n", *out)
	return nil
}
