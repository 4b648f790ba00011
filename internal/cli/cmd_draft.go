package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/zwgk/zwgk/internal/draft"
	"github.com/zwgk/zwgk/internal/figures"
)

// draftOptions are the arguments of `zwgk draft`.
type draftOptions struct {
	pipelineOptions
	ID    string // the round whose 通报 to draft
	DOCX  string // the Word file; "" for 轮次-通报.docx
	Force bool   // replace files of the same names
}

// parseDraft reads draft's round id and flags, in either order.
func parseDraft(args []string, e env) (*draftOptions, error) {
	// The round being drafted is usually still a draft.
	o := &draftOptions{pipelineOptions: pipelineOptions{env: e, Drafts: true}}
	use := "用法：zwgk draft 轮次 [--rounds DIR] [--out 文件.docx]，如 zwgk draft 2024Q4"
	return parseWithOperand("draft", e, o, &o.ID, use, args, func(fs *flag.FlagSet) {
		fs.StringVar(&o.Rounds, "rounds", "rounds", "各轮检查数据所在的文件夹")
		fs.StringVar(&o.DOCX, "out", "", "写出的 Word 文件（默认 轮次-通报.docx，写在当前文件夹）；同名的 .md 写在旁边")
		fs.BoolVar(&o.Force, "force", false, "覆盖已有的同名文件（默认不覆盖，以免冲掉已经改过的稿子）")
		fs.BoolVar(&o.Quiet, "quiet", false, "不显示进度")
	})
}

// runDraft writes a round's 通报 as a DOCX and, beside it, as Markdown.
func runDraft(o *draftOptions) error {
	id := o.ID
	docxPath := o.DOCX
	if docxPath == "" {
		docxPath = id + "-通报.docx"
	}
	if !strings.EqualFold(filepath.Ext(docxPath), ".docx") {
		return fmt.Errorf("--out %s 应以 .docx 结尾 —— 如 --out %s-通报.docx", docxPath, id)
	}
	mdPath := strings.TrimSuffix(docxPath, filepath.Ext(docxPath)) + ".md"
	if !o.Force {
		for _, p := range []string{docxPath, mdPath} {
			if _, err := os.Stat(p); err == nil {
				return fmt.Errorf("%s 已经存在 —— 它可能是改过的稿子：换一个 --out，或确认不要它后加 --force 覆盖", p)
			}
		}
	}

	p := o.progress()
	ds, f, err := load(o.pipelineOptions, p)
	if err != nil {
		return err
	}
	i := -1
	var ids []string
	for k, r := range f.Rounds {
		ids = append(ids, r.Round.ID)
		if r.Round.ID == id {
			i = k
		}
	}
	if i < 0 {
		return fmt.Errorf("%s 中没有轮次 %s —— 轮次是文件夹名，现有：%s", o.Rounds, id, strings.Join(ids, "、"))
	}
	rules, err := figures.Rules(ds)
	if err != nil {
		return err
	}
	doc := draft.New(f, i, rules)
	var docxBuf, mdBuf bytes.Buffer
	if err := doc.DOCX(&docxBuf); err != nil {
		return err
	}
	if err := doc.Markdown(&mdBuf); err != nil {
		return err
	}
	for _, w := range []struct {
		path string
		body []byte
	}{{docxPath, docxBuf.Bytes()}, {mdPath, mdBuf.Bytes()}} {
		if err := writeNew(w.path, w.body, o.Force); err != nil {
			return err
		}
	}
	p.stage("通报稿已写出：%s（Word）和 %s（Markdown）。标有【待填写】的地方请补写", docxPath, mdPath)
	return nil
}

// writeNew writes a file, refusing to replace one unless force.
func writeNew(path string, body []byte, force bool) error {
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	fh, err := os.OpenFile(path, flags, 0o644)
	if errors.Is(err, os.ErrExist) {
		return fmt.Errorf("%s 已经存在 —— 换一个 --out，或加 --force 覆盖", path)
	}
	if err != nil {
		return fmt.Errorf("无法写出 %s：%v —— 文件是否正在 Word 或 WPS 中打开？", path, err)
	}
	if _, err := fh.Write(body); err != nil {
		fh.Close()
		return err
	}
	return fh.Close()
}
