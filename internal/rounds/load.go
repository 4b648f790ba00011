// Package rounds reads the rounds/ folder — units.csv and one folder per
// inspection round — checks every value, and hands the model plain values
// with the file and row they came from. Problems are collected, not
// returned one at a time, so staff see them all in one run.
package rounds

import (
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"
	"github.com/zwgk/zwgk/internal/sheet"
)

// LoadWithErrors reads the rounds folder and checks every value. Draft
// rounds (draft: true) are left out unless withDrafts; a left-out draft is
// still checked, but its problems are warnings, so that a round staff are
// still filling in does not stop the published rounds from being rebuilt.
//
// It returns what it could read even when there are errors (rows with
// errors left out), so that the checks of round.md that need no figures
// (the 发文字号, the dates) report their problems in the same run; callers
// must not compute figures from a dataset whose problems have errors. The
// dataset is nil only when the folder cannot be read at all.
func LoadWithErrors(dir string, withDrafts bool) (*model.Dataset, []model.Round, *diag.List) {
	var drafts []model.Round
	problems := &diag.List{}
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		problems.Errorf(dir, 0, "", "用 --rounds 指定存放各轮检查数据的文件夹（参见 docs/input-format.md）", "找不到轮次数据文件夹")
		return nil, drafts, problems
	}
	ds := &model.Dataset{}
	if p := sheet.Find(dir, "units"); p != "" {
		ds.Units = readUnits(p, problems)
	}
	// Extra rules mapping problem texts to indicator categories; the
	// figures stage parses them and reports a bad rule.
	if p := filepath.Join(dir, problemRulesFile); fileExists(p) {
		raw, err := os.ReadFile(p)
		if err != nil {
			problems.Errorf(p, 0, "", "检查文件权限", "无法读取：%v", err)
		}
		ds.ProblemRules, ds.ProblemRulesFile = string(raw), p
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		problems.Errorf(dir, 0, "", "检查文件夹权限", "无法读取文件夹：%v", err)
		return nil, drafts, problems
	}
	type ordered struct {
		key   int
		round model.Round
	}
	// The round folders are read in parallel, each into its own problem
	// list, and taken in folder order, so problems come out as before.
	type slot struct {
		round    bool
		key      int
		r        model.Round
		problems diag.List
	}
	slots := make([]slot, len(entries))
	var wg sync.WaitGroup
	limit := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, e := range entries {
		sl := &slots[i]
		if !e.IsDir() {
			if isOfficeTemp(e.Name()) {
				continue
			}
			if base := strings.TrimSuffix(e.Name(), filepath.Ext(e.Name())); base != "units" && e.Name() != problemRulesFile && !strings.HasPrefix(e.Name(), ".") && e.Name() != "README.md" {
				sl.problems.Warnf(filepath.Join(dir, e.Name()), 0, "", "单位名录应命名为 units.csv；各轮数据放在以轮次命名的子文件夹中", "不认识的文件，未使用")
			}
			continue
		}
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		key, err := model.RoundOrder(e.Name())
		if err != nil {
			sl.problems.Errorf(filepath.Join(dir, e.Name()), 0, "", "", "%v", err)
			continue
		}
		sl.round, sl.key = true, key
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			limit <- struct{}{}
			defer func() { <-limit }()
			sl.r = readRound(filepath.Join(dir, name), name, &sl.problems)
		}(e.Name())
	}
	wg.Wait()
	var rounds []ordered
	for i := range slots {
		sl := &slots[i]
		if sl.round && sl.r.Meta.Draft && !withDrafts {
			for j := range sl.problems.Problems {
				pr := &sl.problems.Problems[j]
				pr.Severity, pr.Msg = diag.Warning, "（草稿轮次，本次不发布）"+pr.Msg
			}
		}
		problems.Problems = append(problems.Problems, sl.problems.Problems...)
		switch {
		case !sl.round:
		case sl.r.Meta.Draft && !withDrafts:
			drafts = append(drafts, sl.r)
		default:
			rounds = append(rounds, ordered{sl.key, sl.r})
		}
	}
	sort.Slice(rounds, func(i, j int) bool { return rounds[i].key < rounds[j].key })
	for i, r := range rounds {
		if i > 0 && r.key == rounds[i-1].key {
			problems.Errorf(filepath.Join(dir, r.round.ID), 0, "", "同一期只保留一个文件夹", "轮次 %s 与 %s 指同一期", r.round.ID, rounds[i-1].round.ID)
		}
		ds.Rounds = append(ds.Rounds, r.round)
	}
	if len(ds.Rounds) == 0 && !problems.HasErrors() {
		problems.Errorf(dir, 0, "", "为每轮检查建一个子文件夹，如 2024Q3，放入 round.md、websites.csv、accounts.csv", "没有任何轮次数据")
	}
	resolveUnits(ds, problems)
	checkRenames(ds, problems)
	return ds, drafts, problems
}

func readUnits(path string, problems *diag.List) []model.Unit {
	var units []model.Unit
	seen := map[string]int{}
	for r, row := range readSheet[unitRow](path, problems).each() {
		if r.Name == "" {
			row.errorf("单位名称", "填写单位全称，或删除这一行", "单位名称为空")
			continue
		}
		if prev, dup := seen[r.Name]; dup {
			row.errorf("单位名称", "删除重复的一行", "单位“%s”已在第 %d 行出现", r.Name, prev)
			continue
		}
		seen[r.Name] = row.line
		if r.CreditCode != "" {
			// The unit is kept whatever its code (row.bad is not read),
			// so that its rows in the rounds are not also reported as
			// naming an unknown unit.
			checkCreditCode(r.CreditCode, func(fix, format string, args ...any) {
				row.errorf("统一社会信用代码", fix, format, args...)
			})
		}
		units = append(units, model.Unit{
			Name: r.Name, Category: r.Category, Region: r.Region, CreditCode: r.CreditCode,
			Aliases: model.SplitProblems(r.Aliases), Listed: true,
			Pos: row.pos(),
		})
	}
	return units
}

// problemRulesFile extends the built-in mapping of problem texts to the
// indicator categories.
const problemRulesFile = "problem-categories.csv"

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// knownRoundFiles are the files a round folder may hold (by base name).
var knownRoundFiles = map[string]bool{
	"round": true, "websites": true, "accounts": true, "summary": true,
	"interactions": true, "error-reports": true,
}

func readRound(dir, id string, problems *diag.List) model.Round {
	r := model.Round{ID: id}
	// A broken round.md does not stop the sheets from being checked, so that
	// one run reports every problem.
	r.Meta, r.Narrative, _ = readRoundMD(filepath.Join(dir, "round.md"), problems)
	r.Sources = append(r.Sources, filepath.Join(dir, "round.md"))
	if p := sheet.Find(dir, "websites"); p != "" {
		r.Sources = append(r.Sources, p)
		r.Websites, r.HasWebsitesSheet = readWebsites(p, problems), true
	}
	if p := sheet.Find(dir, "accounts"); p != "" {
		r.Sources = append(r.Sources, p)
		r.Accounts, r.HasAccountsSheet = readAccounts(p, problems), true
	}
	if p := sheet.Find(dir, "summary"); p != "" {
		r.Sources = append(r.Sources, p)
		r.Summary = readSummary(p, problems)
	}
	if p := sheet.Find(dir, "interactions"); p != "" {
		r.Sources = append(r.Sources, p)
		r.Letters = readLetters(p, problems)
	}
	if p := sheet.Find(dir, "error-reports"); p != "" {
		r.Sources = append(r.Sources, p)
		r.Reports = readReports(p, problems)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		base := strings.TrimSuffix(e.Name(), filepath.Ext(e.Name()))
		switch {
		case strings.HasPrefix(e.Name(), "."), isOfficeTemp(e.Name()):
		case knownRoundFiles[base] && base != "round" && !e.IsDir() && !sheet.Supported(e.Name()):
			problems.Errorf(filepath.Join(dir, e.Name()), 0, "", "在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）或 CSV", "无法读取 %s 格式的表格", filepath.Ext(e.Name()))
		case knownRoundFiles[base] && base != "round" && !e.IsDir() && sheet.Find(dir, base) != filepath.Join(dir, e.Name()):
			// Staff edit one copy and the other is read: an error, so the
			// newer edits are never silently ignored.
			problems.Errorf(filepath.Join(dir, e.Name()), 0, "", "只保留一份：删去或移走不用的那一份", "同一张表有两个文件：%s 和 %s", filepath.Base(sheet.Find(dir, base)), e.Name())
		case !knownRoundFiles[base] || e.IsDir():
			problems.Warnf(filepath.Join(dir, e.Name()), 0, "", "可用的文件名见 docs/input-format.md", "不认识的文件，未使用")
		}
	}
	checkTotals(&r, problems)
	return r
}

func readWebsites(path string, problems *diag.List) []model.Website {
	var out []model.Website
	seen := map[string]int{}
	byName := map[string]codedRow{} // 网站名称|主办单位 -> first row
	for r, row := range readSheet[websiteRow](path, problems).each() {
		w := model.Website{Code: r.Code, Name: r.Name, Unit: r.Unit, URL: r.URL,
			Problems: model.SplitProblems(r.Problems), Note: r.Note, Pos: row.pos()}
		if w.Name == "" {
			row.errorf("网站名称", "填写网站名称", "网站名称为空")
		}
		if w.Unit == "" {
			row.warnf("主办单位", "通报写明主办单位时请填上；不填时网站照样列出，但不归入任何单位", "网站“%s”的主办单位为空", w.Name)
		}
		if scientific(w.Code) {
			row.errorf("网站标识码", scientificFix, "网站标识码“%s”被 Excel 当成了数字，已经不是原来的标识码", w.Code)
		} else if w.Code != "" && len([]rune(w.Code)) != 10 {
			row.errorf("网站标识码", "网站标识码为 10 位，可在全国政府网站信息报送系统中查到；不知道时留空", "网站标识码“%s”不是 10 位", w.Code)
		}
		if w.URL != "" {
			w.URL = normalizeURL(w.URL)
			if !isWebURL(w.URL) {
				row.errorf("首页地址", "写成 https://www.example.gov.cn/ 这样的网址", "首页地址“%s”不是 http(s) 网址", r.URL)
			}
		}
		var ok bool
		if w.Type, ok = parseSiteType(r.Type); !ok {
			row.errorf("网站类型", "填写 门户网站、部门网站 或 其他", "网站类型“%s”无法识别", r.Type)
		}
		if w.Result, ok = parseResult(r.Result); r.Result == "" && len(w.Problems) > 0 {
			w.Result = model.Undetermined // named for its problems, result not stated
		} else if r.Result == "" {
			row.errorf("检查结果", "填写 合格 或 不合格（通报未写明结果时填 未判定）", "网站“%s”没有检查结果", w.Name)
		} else if !ok || w.Result == model.Unchecked {
			row.errorf("检查结果", "填写 合格、不合格 或 未判定", "检查结果“%s”无法识别", r.Result)
		}
		w.Score, w.Rank, w.Rectification, w.StatedStreak = r.check("网站", w.Name, w.Result, w.Problems, row)
		if w.Result == model.Pass && w.Rectification != "" && len(w.Problems) == 0 {
			row.warnf("整改情况", "合格且没有存在问题的网站无需填写整改情况", "网站合格，却填写了整改情况“%s”", w.Rectification)
		}
		if prev, dup := seen[w.Key()]; dup && w.Name != "" {
			row.errorf("网站名称", "同一轮中每个网站只写一行；合并重复的行", "网站“%s”在本轮已出现在第 %d 行", w.Name, prev)
		}
		seen[w.Key()] = row.line
		// The same website once with its 网站标识码 and once without would
		// be counted as two.
		if w.Name != "" && w.Unit != "" {
			k := w.Name + "|" + w.Unit
			if prev, ok := byName[k]; ok && (prev.code == "") != (w.Code == "") {
				code := prev.code + w.Code
				row.errorf("网站标识码", "同一网站只写一行：合并这两行，写上网站标识码",
					"第 %d 行和第 %d 行是同一个网站“%s”（主办单位 %s），一行有网站标识码“%s”，一行没有", prev.line, row.line, w.Name, w.Unit, code)
			} else if !ok {
				byName[k] = codedRow{row.line, w.Code}
			}
		}
		if !row.bad {
			out = append(out, w)
		}
	}
	return out
}

// check reads the findings of a website or an account (kind: 网站 or 账号)
// whose result is read: 得分, 排名, 整改情况 and 连续不合格次数 must be what
// the 通报 can state, and a failed row should say why in 存在问题.
func (f Findings) check(kind, name string, result model.Result, problems []string, row *rowCheck) (score string, rank int, rectification string, streak int) {
	var ok bool
	if f.Score != "" {
		if score, ok = parseDecimal(f.Score); !ok {
			row.errorf("得分", "填写数字，如 92.5", "得分“%s”不是数字", f.Score)
		}
	}
	if f.Rank != "" {
		if rank, ok = parseRank(f.Rank); !ok {
			row.errorf("排名", "填写通报所列的名次，如 1", "排名“%s”不是正整数", f.Rank)
		}
	}
	if rectification, ok = parseRectification(f.Rectification); !ok {
		row.errorf("整改情况", "填写 "+strings.Join(rectifications, "、")+" 之一，或留空", "整改情况“%s”无法识别", f.Rectification)
	}
	if f.Streak != "" {
		streak, ok = parseStreak(f.Streak)
		switch {
		case !ok:
			row.errorf("连续不合格次数", "填写通报所说连续不合格的轮数，如“连续三个季度不达标”填 3；本轮首次不合格的留空",
				"连续不合格次数“%s”不是 2 或以上的整数", f.Streak)
		case result != model.Fail:
			row.errorf("连续不合格次数", "只在检查结果为不合格的行填写；核对检查结果，或删去这一格",
				"%s“%s”本轮没有判为不合格，却填写了连续不合格次数“%s”", kind, name, f.Streak)
		}
	}
	if result == model.Fail && len(problems) == 0 {
		row.warnf("存在问题", "写明不合格的原因，多个问题用“；”分隔", "%s“%s”不合格，但没有写存在问题", kind, name)
	}
	return score, rank, rectification, streak
}

// codedRow is the first row of a website or account and its code (网站标识码
// or 备案单号), to catch the same entry written once with and once without.
type codedRow struct {
	line int
	code string
}

func readAccounts(path string, problems *diag.List) []model.Account {
	s := readSheet[accountRow](path, problems)
	hasSampled := s.has("是否抽查")
	var out []model.Account
	seen := map[string]int{}
	byName := map[string]codedRow{} // platform family|账号名称|开设主体 -> first row
	for r, row := range s.each() {
		a := model.Account{FilingNo: r.FilingNo, Name: r.Name, Unit: r.Unit,
			Problems: model.SplitProblems(r.Problems), Note: r.Note, Sampled: true,
			Pos: row.pos()}
		if a.Name == "" {
			row.errorf("账号名称", "填写账号名称", "账号名称为空")
		}
		if a.Unit == "" {
			row.warnf("开设主体", "通报写明开设主体时请填上；不填时账号照样列出，但不归入任何单位", "账号“%s”的开设主体为空", a.Name)
		}
		if r.Platform == "" {
			row.errorf("平台", "填写平台，如 微信公众号、新浪微博、抖音", "平台为空")
		} else {
			var known bool
			a.Platform, a.SubType, known = parsePlatform(r.Platform)
			if !known {
				row.warnf("平台", "如属常见平台请改用标准名称："+strings.Join(model.Platforms, "、"), "平台“%s”不在平台列表中，按“其他”统计", r.Platform)
			}
		}
		var ok bool
		if a.Status, ok = parseStatus(r.Status); !ok {
			row.errorf("运行状态", "填写 "+strings.Join(statuses, "、")+" 之一", "运行状态“%s”无法识别", r.Status)
		}
		if hasSampled && r.Sampled != "" {
			if a.Sampled, ok = parseYesNo(r.Sampled); !ok {
				row.errorf("是否抽查", "填写 是 或 否", "是否抽查“%s”无法识别", r.Sampled)
			}
		}
		if a.Result, ok = parseResult(r.Result); !ok {
			row.errorf("检查结果", "填写 合格、不合格 或 未判定；未抽查的账号留空", "检查结果“%s”无法识别", r.Result)
		} else if r.Result == "" && len(a.Problems) > 0 {
			a.Result = model.Undetermined // named for its problems, result not stated
		}
		checked := a.Sampled && a.Active()
		switch {
		case a.Result == model.Undetermined:
			// Problems noted without a result: listed whatever the sampling.
		case checked && a.Result == model.Unchecked && !row.bad:
			row.errorf("检查结果", "填写 合格 或 不合格；未抽查的账号在“是否抽查”列填 否", "账号“%s”应检查但没有检查结果", a.Name)
		case !checked && a.Result != model.Unchecked:
			why := "未抽查"
			if !a.Active() {
				why = a.Status
			}
			row.errorf("检查结果", "删除检查结果，或改正“是否抽查”/“运行状态”", "账号“%s”%s，却有检查结果“%s”", a.Name, why, r.Result)
		}
		a.Score, a.Rank, a.Rectification, a.StatedStreak = r.check("账号", a.Name, a.Result, a.Problems, row)
		if scientific(a.FilingNo) {
			row.errorf("备案单号", scientificFix, "备案单号“%s”被 Excel 当成了数字，已经不是原来的单号", a.FilingNo)
		}
		if prev, dup := seen[a.Key()]; dup && a.FilingNo != "" {
			row.errorf("备案单号", "每个备案单号只对应一个账号；核对两行的备案单号", "备案单号“%s”在本轮已出现在第 %d 行（账号“%s”）", a.FilingNo, prev, a.Name)
		} else if dup && a.Name != "" {
			row.errorf("账号名称", "同一轮中每个账号只写一行；合并重复的行", "账号“%s”（%s）在本轮已出现在第 %d 行", a.Name, r.Platform, prev)
		}
		seen[a.Key()] = row.line
		// The same account once with its 备案单号 and once without would be
		// counted as two.
		if a.Name != "" && a.Unit != "" && a.Platform != "" {
			k := a.NameKey()
			if prev, ok := byName[k]; ok && (prev.code == "") != (a.FilingNo == "") {
				row.errorf("备案单号", "同一账号只写一行：合并这两行，写上备案单号",
					"第 %d 行和第 %d 行是同一个账号“%s”（%s，开设主体 %s），一行有备案单号“%s”，一行没有", prev.line, row.line, a.Name, r.Platform, a.Unit, prev.code+a.FilingNo)
			} else if !ok {
				byName[k] = codedRow{row.line, a.FilingNo}
			}
		}
		if !row.bad {
			out = append(out, a)
		}
	}
	return out
}

func readSummary(path string, problems *diag.List) []model.Metric {
	var out []model.Metric
	seen := map[string]int{}
	byPlatform := map[string]int{}
	for r, row := range readSheet[metricRow](path, problems).each() {
		if r.Metric == "" {
			row.errorf("指标", "填写指标名称，或删除这一行", "指标名称为空")
			continue
		}
		if c := model.CanonicalMetric(r.Metric); model.IsKnownMetric(c) {
			r.Metric = c // 网站总数：市直部门 with a full-width colon is 网站总数:市直部门
		}
		if prev, dup := seen[r.Metric]; dup {
			row.errorf("指标", "每个指标只写一行", "指标“%s”已在第 %d 行出现", r.Metric, prev)
			continue
		}
		seen[r.Metric] = row.line
		if !model.IsCountMetric(r.Metric) {
			out = append(out, model.Metric{Name: r.Metric, Value: r.Value, Note: r.Note, Pos: row.pos()})
			continue
		}
		n, ok := parseCount(r.Value)
		if !ok {
			row.errorf("数值", "填写整数，如 796", "指标“%s”的数值“%s”不是整数", r.Metric, r.Value)
			continue
		}
		name := r.Metric
		if p, found := strings.CutPrefix(name, model.PlatformCountPrefix); found {
			// Per-platform counts are kept under the normalized platform, so
			// 微信公众号 and 公众号 count towards 微信; several rows for one
			// platform add up.
			platform, _, _ := parsePlatform(p)
			name = model.PlatformCount(platform)
			if i, dup := byPlatform[name]; dup {
				prev, _ := parseCount(out[i].Value)
				out[i].Value = strconv.Itoa(prev + n)
				continue
			}
			byPlatform[name] = len(out)
		}
		out = append(out, model.Metric{Name: name, Value: strconv.Itoa(n), Note: r.Note, Pos: row.pos()})
	}
	return out
}

func normalizeURL(s string) string {
	if !strings.Contains(s, "://") && strings.Contains(s, ".") && !strings.ContainsAny(s, " <>\"'") {
		return "http://" + s
	}
	return s
}

var webURL = regexp.MustCompile(`^https?://[A-Za-z0-9.-]+(:\d+)?(/[^\s<>"']*)?$`)

func isWebURL(s string) bool { return webURL.MatchString(s) }
