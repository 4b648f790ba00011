package rounds

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"
	"github.com/zwgk/zwgk/internal/sheet"
	"github.com/zwgk/zwgk/internal/workbook"
)

// Template describes a blank sheet of one type, for `zwgk template` and
// `zwgk new-round`: its file name, a title, and its columns in order.
type Template struct {
	Base    string // file name without extension: websites, accounts, …
	Title   string // what the sheet holds, e.g. 政府网站检查结果
	Columns []TemplateColumn
}

// TemplateColumn is a column of a blank sheet.
type TemplateColumn struct {
	Name     string   // the Chinese header
	Note     string   // what to write in it
	Required bool     // the column must be filled in
	Choices  []string // the values to pick from; nil for free text
	Strict   bool     // only Choices are valid
	Text     bool     // a code, to be kept as text
}

// columnNotes say, for each column, what to write — shown on the header
// cell of a blank workbook.
var columnNotes = map[string]string{
	"单位名称":     "单位全称。其他表中的主办单位、开设主体都用这个名称（或别名）。",
	"单位类别":     "如 区县政府、市直部门、功能区；用于按类别统计。",
	"所属地区":     "单位所属的区县，如 青山区；市级单位写 市本级。",
	"统一社会信用代码": "18 位，按证书填写；不知道时留空。本列是文本格式，请勿改为数字。",
	"别名":       "单位的其他写法，多个用“；”分隔，如 市教育局。",
	"网站标识码":    "10 位，全国政府网站信息报送系统中的标识码，如 4213900001；不知道时留空。本列是文本格式。",
	"网站名称":     "网站全称。",
	"主办单位":     "从下拉列表选择；名录中没有的单位可以直接填写，检查时会提示。",
	"网站类型":     "门户网站、部门网站 或 其他。",
	"首页地址":     "如 https://www.example.gov.cn/",
	"检查结果":     "合格 或 不合格。政务新媒体未抽查、已关停或已注销的留空。",
	"得分":       "数字，如 92.5；可超过 100。",
	"排名":       "通报所列的名次，如 1；通报只点名前几名和后几名时，只填这些行。",
	"存在问题":     "不合格的原因，多个问题用“；”分隔。不要写个人的手机号、身份证号、邮箱。",
	"整改情况":     "已整改、整改中、未整改、已关停 或 已下线；合格的留空。",
	"连续不合格次数":  "通报写明连续几轮不合格时填写，如“连续三个季度不达标”填 3；只填不合格的行，其余留空。",
	"备注":       "会显示在网站上。不要写个人的手机号、身份证号、邮箱。",
	"备案单号":     "全国政务新媒体信息报送系统中的备案单号；有单号时按它跨轮次识别同一账号。本列是文本格式。",
	"账号名称":     "账号在平台上的名称。",
	"平台":       "从下拉列表选择，如 微信公众号、新浪微博、抖音；列表外的平台按“其他”统计。",
	"开设主体":     "从下拉列表选择；名录中没有的单位可以直接填写，检查时会提示。",
	"运行状态":     "正常运行（默认）、新开设、已关停、已注销 或 暂停更新。",
	"是否抽查":     "是 或 否；全部检查时留空或删去这一列。",
	"指标":       "从下拉列表选择能识别的指标，如 网站总数；也可以填写其他指标，按原样显示。",
	"数值":       "数字，如 796。",
	"说明":       "指标的说明，显示在网站上。",
	"信件序号":     "同一网站的第几封测试信件，如 1。",
	"发送日期":     "如 2024-10-08。",
	"答复日期":     "如 2024-10-10；未答复的留空。",
	"答复情况":     "当日答复、按时答复、逾期答复、已答复（通报没说是否按时）或 未答复；填了日期时可以留空；通报只点名时也可留空。",
	"是否按时":     "是 或 否；可以留空，由答复情况或日期得出。",
	"答复时限":     "答复期限，工作日天数，如 5。",
	"质量问题":     "如 答非所问；没有问题的留空。",
	"收到留言数":    "“我为政府网站找错”收到的留言条数；通报只点名、没给数字时留空。",
	"按期办结数":    "按期办结的条数；通报没给数字时留空。",
	"未按期办结数":   "未按期办结的条数；留空时按 收到 − 按期办结 计算。",
}

// platformChoices are the platforms offered in the dropdown: the usual
// sub-types of 微信 and the platforms of FORMAT, as parsePlatform reads them.
var platformChoices = []string{"微信公众号", "微信订阅号", "微信服务号", "微信小程序", "微信视频号", "新浪微博", "今日头条", "抖音", "快手", "移动客户端", "百家号", "其他"}

// metricChoices are the summary metrics the figures use, in FORMAT's order.
var metricChoices = model.CountMetrics

// Templates describes every sheet type. units fills the dropdowns of the
// unit columns; it may be empty.
func Templates(units []string) []Template {
	choices := map[string][]string{
		"网站类型": {"门户网站", "部门网站", "其他"},
		"检查结果": {"合格", "不合格"},
		"整改情况": rectifications,
		"运行状态": statuses,
		"是否抽查": {"是", "否"},
		"是否按时": {"是", "否"},
		"答复情况": replyStates,
		"平台":   platformChoices,
		"指标":   metricChoices,
	}
	open := map[string]bool{"平台": true, "指标": true} // other values are accepted
	if len(units) > 0 {
		for _, c := range []string{"主办单位", "开设主体"} {
			choices[c], open[c] = units, true
		}
	}
	text := map[string]bool{"网站标识码": true, "备案单号": true, "统一社会信用代码": true}
	kinds := []struct {
		base, title string
		row         any
	}{
		{"units", "单位名录", unitRow{}},
		{"websites", "政府网站检查结果", websiteRow{}},
		{"accounts", "政务新媒体检查结果", accountRow{}},
		{"summary", "汇总指标", metricRow{}},
		{"interactions", "互动回应测试", letterRow{}},
		{"error-reports", "找错留言办理", reportRow{}},
	}
	var out []Template
	for _, k := range kinds {
		t := Template{Base: k.base, Title: k.title}
		for _, c := range columnsOf(k.row) {
			name := c.names[0]
			t.Columns = append(t.Columns, TemplateColumn{
				Name: name, Note: columnNotes[name], Required: c.required,
				Choices: choices[name], Strict: choices[name] != nil && !open[name], Text: text[name],
			})
		}
		if k.base == "error-reports" && len(units) > 0 {
			t.Columns[0].Choices = units // 单位名称 here names a unit of the directory
		}
		out = append(out, t)
	}
	return out
}

// UnitNames reads the unit names of a units sheet for the dropdowns; a
// directory with problems still gives the names it has.
func UnitNames(roundsDir string) []string {
	p := sheet.Find(roundsDir, "units")
	if p == "" {
		return nil
	}
	var names []string
	for _, u := range readUnits(p, &diag.List{}) {
		names = append(names, u.Name)
	}
	return names
}

// Write writes the sheet as a workbook at path: the header row with each
// column's note and dropdown, then rows, whose cells follow the columns.
func (t Template) Write(path string, rows [][]string) error {
	s := workbook.Sheet{Title: t.Title, Rows: rows}
	for _, c := range t.Columns {
		note := c.Note
		if c.Required {
			note = "必填。" + note
		}
		s.Columns = append(s.Columns, workbook.Column{Name: c.Name, Note: note, Choices: c.Choices, Strict: c.Strict, Text: c.Text})
	}
	return workbook.Write(path, s)
}

// WriteTemplates writes a blank workbook of every sheet type into dir, the
// units in the dropdowns of the unit columns, calling wrote after each.
// Unless force, it first refuses when a file it would replace is not a
// blank template, so that nothing filled in is lost.
func WriteTemplates(dir string, units []string, force bool, wrote func(path string, t Template)) error {
	templates := Templates(units)
	if !force {
		for _, t := range templates {
			if err := checkBlank(filepath.Join(dir, t.Base+".xlsx")); err != nil {
				return err
			}
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("无法创建 %s：%w", dir, err)
	}
	for _, t := range templates {
		p := filepath.Join(dir, t.Base+".xlsx")
		if err := t.Write(p, nil); err != nil {
			return err
		}
		wrote(p, t)
	}
	return nil
}

// checkBlank refuses to let a template replace the file at p unless it is
// missing or a blank template: a sheet with its header row and no data.
func checkBlank(p string) error {
	const fix = " —— zwgk template 不会覆盖它；请用 --out 指定别的文件夹或先把它移走，确要覆盖时加 --force"
	if _, err := os.Stat(p); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	tab, err := sheet.Read(p)
	if err != nil {
		return fmt.Errorf("%s 已经存在，不是 zwgk 写出的空白模板%s", p, fix)
	}
	if n := len(tab.Records); n > 0 {
		return fmt.Errorf("%s 已经存在，其中填写了 %d 行%s", p, n, fix)
	}
	return nil
}
