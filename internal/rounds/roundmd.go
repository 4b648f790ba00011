package rounds

import (
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/goccy/go-yaml"
	"github.com/pelletier/go-toml/v2"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"
	"github.com/zwgk/zwgk/internal/sheet"
)

// readRoundMD reads round.md: front matter between `---` (YAML) or `+++`
// (TOML) lines, then the Markdown narrative.
func readRoundMD(path string, problems *diag.List) (model.Meta, string, bool) {
	if info, err := os.Stat(path); err == nil && info.Size() > maxRoundMD {
		problems.Errorf(path, 0, "", "通报正文写在 round.md 中，表格放在各自的 CSV 或 Excel 文件里", "文件超过 %d MB，不像一篇通报", maxRoundMD>>20)
		return model.Meta{}, "", false
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		problems.Errorf(path, 0, "", "每个轮次文件夹都需要一个 round.md（通报正文），可参照示例 rounds/ 中的写法", "无法读取：%v", err)
		return model.Meta{}, "", false
	}
	// Notepad on an older Chinese Windows saves “ANSI”, that is GBK.
	decoded, err := sheet.DecodeText(raw)
	if err != nil {
		problems.Errorf(path, 0, "", "", "%v", err)
		return model.Meta{}, "", false
	}
	text := strings.ReplaceAll(string(decoded), "\r\n", "\n")
	var delim string
	switch {
	case strings.HasPrefix(text, "---\n"):
		delim = "---"
	case strings.HasPrefix(text, "+++\n"):
		delim = "+++"
	default:
		problems.Errorf(path, 1, "", "文件开头写 --- 一行，接着写 title: …、period: … 等信息，再写 --- 一行，然后是通报正文", "缺少开头的元数据（front matter）")
		return model.Meta{}, "", false
	}
	rest := text[len(delim)+1:]
	end := strings.Index(rest, "\n"+delim+"\n")
	body := ""
	if end < 0 {
		if strings.HasSuffix(rest, "\n"+delim) {
			end = len(rest) - len(delim) - 1
		} else {
			problems.Errorf(path, 1, "", "在元数据末尾加一行 "+delim, "元数据没有结束行 %s", delim)
			return model.Meta{}, "", false
		}
	} else {
		body = rest[end+len(delim)+2:]
	}
	front := rest[:end]
	if msg, fix := frontMatterShape(front, delim == "---"); msg != "" {
		problems.Errorf(path, 2, "", fix, "%s", msg)
		return model.Meta{}, "", false
	}
	fields := map[string]any{}
	if delim == "---" {
		err = yaml.Unmarshal([]byte(front), &fields)
	} else {
		err = toml.Unmarshal([]byte(front), &fields)
	}
	if err != nil {
		problems.Errorf(path, 2, "", "检查元数据的写法：每行“名称: 值”，值里有冒号时加英文引号", "元数据格式错误：%v", firstLine(err.Error()))
		return model.Meta{}, "", false
	}
	meta, ok := metaFrom(path, fields, problems)
	if allow, _ := fields["allow_personal_data"].(bool); !allow {
		checkPersonalText(path, text, problems)
	}
	return meta, strings.TrimSpace(body) + "\n", ok
}

// checkPersonalText reports personal data anywhere in round.md — the front
// matter's title and issuer are published as much as the narrative — by
// line.
func checkPersonalText(path, text string, problems *diag.List) {
	for i, line := range strings.Split(text, "\n") {
		for _, pd := range findPersonalData(line) {
			problems.Errorf(path, i+1, "", "删去，或改为单位对外公开的电话、邮箱；确需公开时，在元数据中写 allow_personal_data: true",
				"通报中有%s %s，网站公开后任何人都能看到", pd.Kind, pd.Masked)
		}
	}
}

// Limits on round.md. Its front matter is a flat list of “名称: 值”; a YAML
// or TOML decoder given a few hundred kilobytes nested deep works for
// minutes and takes gigabytes (cost grows with the square of the depth),
// and YAML aliases can expand a page into millions of nodes. So the shape is
// checked before the decoder sees it.
const (
	maxRoundMD     = 1 << 20  // bytes of round.md
	maxFrontMatter = 64 << 10 // bytes of its front matter
	maxNesting     = 16       // brackets, “- ” runs
	maxIndent      = 32       // spaces before a line's text
)

// frontMatterShape says what is wrong with front matter that is too large,
// too deeply nested or uses YAML anchors and aliases, with the fix; "" when
// it is none of these.
func frontMatterShape(front string, isYAML bool) (msg, fix string) {
	const flat = "元数据每行写“名称: 值”，不需要嵌套；值里有括号时整个值加英文引号"
	if len(front) > maxFrontMatter {
		return fmt.Sprintf("元数据超过 %d KB", maxFrontMatter>>10), "元数据只写标题、日期等几行信息，通报正文写在结束行 --- 之后"
	}
	depth := 0
	for _, line := range strings.Split(front, "\n") {
		text := strings.TrimLeft(line, " \t")
		if len(line)-len(text) > maxIndent {
			return "元数据嵌套太深", flat
		}
		dashes := 0
		for i := 0; i < len(text); i++ {
			switch c := text[i]; {
			case c == '[' || c == '{':
				if depth++; depth > maxNesting {
					return "元数据嵌套太深", flat
				}
			case c == ']' || c == '}':
				depth = max(depth-1, 0)
			case c == '-' && i+1 < len(text) && text[i+1] == ' ':
				if dashes++; dashes > maxNesting {
					return "元数据嵌套太深", flat
				}
			case c != ' ':
				dashes = 0
			}
		}
	}
	if isYAML && yamlAnchor.MatchString(front) {
		return "元数据中用了 YAML 锚点或别名（以 & 或 * 开头的值）", "每个值直接写出；值本身以 & 或 * 开头时，整个值加英文引号"
	}
	return "", ""
}

// yamlAnchor finds a YAML anchor (&a) or alias (*a): & or * starting a
// value or an item, not inside a word as in “A&B”.
var yamlAnchor = regexp.MustCompile(`(?m)(?:^|[\s\[{,:])[&*][^\s,\]}]`)

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// metaKeys are the front-matter keys FORMAT defines, with their Chinese names.
var metaKeys = map[string]string{
	"title": "标题", "period": "检查期次", "issuer": "发布机构", "doc_number": "发文字号",
	"index_no": "索引号", "topic": "主题分类", "written": "成文日期", "published": "发布日期",
	"check_from": "检查开始日期", "check_to": "检查结束日期", "rectify_by": "整改期限",
	"websites_total": model.WebsitesTotal, "accounts_total": model.AccountsTotal, "rate_decimals": "合格率小数位数",
	"draft": "草稿", "sample": "示例数据", "allow_personal_data": "公开个人信息",
}

func metaFrom(path string, f map[string]any, problems *diag.List) (model.Meta, bool) {
	ok := true
	str := func(key string) string {
		switch v := f[key].(type) {
		case nil:
			return ""
		case string:
			return strings.TrimSpace(v)
		case time.Time:
			return v.Format("2006-01-02")
		default:
			return fmt.Sprint(v)
		}
	}
	date := func(key string) string {
		s := str(key)
		if s == "" {
			return ""
		}
		d, good := parseDate(s)
		if !good {
			problems.Errorf(path, 0, key, "写成 2024-10-08 这样的日期", "%s（%s）“%s”不是有效日期", metaKeys[key], key, s)
			ok = false
		}
		return d
	}
	count := func(key string) *int {
		s := str(key)
		if s == "" {
			return nil
		}
		n, good := parseCount(s)
		if !good {
			problems.Errorf(path, 0, key, "写一个整数，例如 609", "%s（%s）“%s”不是整数", metaKeys[key], key, s)
			ok = false
			return nil
		}
		return &n
	}
	flag := func(key string) bool {
		switch v := f[key].(type) {
		case nil:
			return false
		case bool:
			return v
		}
		problems.Errorf(path, 0, key, "写 true 或 false", "%s（%s）应为 true 或 false", metaKeys[key], key)
		ok = false
		return false
	}
	m := model.Meta{
		Title: str("title"), Period: str("period"), Issuer: str("issuer"), DocNumber: str("doc_number"),
		IndexNo: str("index_no"), Topic: str("topic"),
		Written: date("written"), Published: date("published"), CheckFrom: date("check_from"),
		CheckTo: date("check_to"), RectifyBy: date("rectify_by"),
		WebsitesTotal: count("websites_total"), AccountsTotal: count("accounts_total"),
		Draft: flag("draft"), Sample: flag("sample"),
	}
	flag("allow_personal_data") // read by readRoundMD; checked here like the other flags
	if m.Title == "" {
		problems.Errorf(path, 0, "title", "在元数据中写 title: 关于……情况的通报", "缺少通报标题 title")
		ok = false
	}
	m.RateDecimals, m.WebsiteRateDecimals, m.AccountRateDecimals, ok = rateDecimals(path, f["rate_decimals"], problems, ok)
	var unknown []string
	for k := range f {
		if _, known := metaKeys[k]; !known {
			unknown = append(unknown, k)
		}
	}
	sort.Strings(unknown)
	for _, k := range unknown {
		problems.Warnf(path, 0, k, "检查拼写；可用的名称见 docs/input-format.md", "未知的元数据“%s”，不会使用", k)
	}
	return m, ok
}

// rateDecimalsFix says how rate_decimals is written.
const rateDecimalsFix = "写 0、1 或 2（如“合格率为93%”写 0），或按类别写 {网站: 0, 新媒体: 1}"

// rateDecimals reads rate_decimals: one number for every rate of the
// round, or a number per kind ({网站: 0, 新媒体: 1}).
func rateDecimals(path string, v any, problems *diag.List, ok bool) (all, websites, accounts *int, good bool) {
	one := func(v any, what string) *int {
		s := strings.TrimSpace(fmt.Sprint(v))
		switch s {
		case "0", "1", "2":
			n := int(s[0] - '0')
			return &n
		}
		problems.Errorf(path, 0, "rate_decimals", rateDecimalsFix, "%s只能是 0、1 或 2，现为“%s”", what, s)
		ok = false
		return nil
	}
	switch v := v.(type) {
	case nil:
	case string:
		if strings.TrimSpace(v) != "" {
			all = one(v, "合格率小数位数 rate_decimals ")
		}
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			switch k {
			case model.KindWebsite, "websites":
				websites = one(v[k], "网站合格率的小数位数 ")
			case model.KindAccount, "政务新媒体", "accounts":
				accounts = one(v[k], "新媒体合格率的小数位数 ")
			default:
				problems.Errorf(path, 0, "rate_decimals", rateDecimalsFix, "rate_decimals 中的“%s”不是 网站 或 新媒体", k)
				ok = false
			}
		}
	default:
		all = one(v, "合格率小数位数 rate_decimals ")
	}
	return all, websites, accounts, ok
}
