package review

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/figures"
	"github.com/zwgk/zwgk/internal/model"
	"github.com/zwgk/zwgk/internal/rounds"
	"github.com/zwgk/zwgk/internal/site"
	"github.com/zwgk/zwgk/internal/txtartest"
)

// A report on two small sites: warnings and drafts are carried over, and
// text from the sheets is escaped in the HTML report.
func TestMakeAndWrite(t *testing.T) {
	data := t.TempDir()
	txtartest.Write(t, data, strings.Replace(twoRounds, "丙网站,示例市乙局,不合格", "<script>alert(1)</script>,示例市乙局,不合格", 1))
	ds, _, problems := rounds.LoadWithErrors(data, true)
	if problems.HasErrors() {
		t.Fatalf("load: %v", problems.Sorted())
	}
	ds.Rounds[1].Meta.Draft = true
	f, _ := figures.Compute(ds)
	problems = &diag.List{}
	problems.Warnf("2024Q2/accounts.csv", 3, "账号名称", "核对名称", "账号名称“<i>乙局</i>”与上一轮不同")

	published, built := t.TempDir(), t.TempDir()
	txtartest.Write(t, published, "-- index.html --\n<h1>首页</h1><p>合格率 50.00%</p>\n")
	txtartest.Write(t, built, "-- index.html --\n<h1>首页</h1><p>合格率 66.67%</p>\n")
	writeManifest := func(dir string, f *figures.Figures) {
		b, err := json.Marshal(site.Manifest{Format: site.ManifestFormat, Tool: "devel", Rounds: site.Headlines(f)})
		if err != nil {
			t.Fatal(err)
		}
		txtartest.WriteFile(t, filepath.Join(dir, site.ManifestName), b)
	}
	writeManifest(built, f)
	first := *f
	first.Rounds = f.Rounds[:1]
	writeManifest(published, &first)

	rep, err := Make(Input{Published: published, Built: built, Figures: f, Problems: problems,
		Excluded: []model.Round{{ID: "2024Q3", Meta: model.Meta{Title: "<b>第三季度</b>", Draft: true}}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Warnings) != 1 || len(rep.Drafts) != 2 || rep.Drafts[0].Included || !rep.Drafts[1].Included {
		t.Errorf("warnings %+v, drafts %+v", rep.Warnings, rep.Drafts)
	}
	if len(rep.Rounds.Added) != 1 || rep.Rounds.Same != 1 || len(rep.Pages.Changed) != 1 {
		t.Errorf("rounds %+v, pages %+v", rep.Rounds, rep.Pages)
	}

	var text, html bytes.Buffer
	if err := rep.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"草稿轮次：2 个", "2024Q3 <b>第三季度</b> —— 未包含", "校验警告：1 个", "新增不合格 2 个", "改动 / 首页（改 1 行）"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, text.String())
		}
	}
	if err := rep.WriteHTML(&html); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<script>alert", "<i>乙局", "<b>第三季度"} {
		if strings.Contains(html.String(), bad) {
			t.Errorf("report contains unescaped %q", bad)
		}
	}
	for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "合格率 50.00%", "合格率 66.67%"} {
		if !strings.Contains(html.String(), want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

func TestMakeRejectsAFileAsPublishedSite(t *testing.T) {
	file := filepath.Join(t.TempDir(), "public")
	txtartest.WriteFile(t, file, []byte("x"))
	if _, err := Make(Input{Published: file, Built: t.TempDir()}); err == nil || !strings.Contains(err.Error(), "不是文件夹") {
		t.Errorf("err = %v", err)
	}
}
