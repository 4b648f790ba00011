package rounds

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"
)

// Started is the folder of a new round that StartRound made.
type Started struct {
	Dir      string // the round's folder
	From     string // the round carried over; "" for the first round
	Websites int    // websites carried over
	Accounts int    // running accounts carried over
}

// StartRound creates the folder of round id in roundsDir for `zwgk
// new-round`: a round.md marked as a draft, and websites and accounts
// workbooks holding the last round's websites and running accounts with
// this round's results empty. It refuses an id that names no period, a
// folder that exists, and a last round with errors, whose problems it
// returns for the caller to print: the new sheets would copy them.
func StartRound(roundsDir, id string) (Started, *diag.List, error) {
	order, err := model.RoundOrder(id)
	if err != nil {
		return Started{}, nil, err
	}
	dir := filepath.Join(roundsDir, id)
	if _, err := os.Stat(dir); err == nil {
		return Started{}, nil, fmt.Errorf("%s 已经存在 —— 换一个轮次，或先删去这个文件夹", dir)
	} else if !errors.Is(err, os.ErrNotExist) {
		return Started{}, nil, err
	}

	started := Started{Dir: dir}
	var last *model.Round
	if prev := lastRoundBefore(roundsDir, order); prev != "" {
		r, problems := ReadRound(filepath.Join(roundsDir, prev))
		if problems.HasErrors() {
			return Started{}, problems, fmt.Errorf("上一轮 %s 的数据有错误 —— 请先改正，新一轮的表格从上一轮复制", prev)
		}
		last = &r
		started.From = r.ID
	}
	var websites, accounts [][]string
	if last != nil {
		websites, accounts = CarryOver(*last)
	}
	started.Websites, started.Accounts = len(websites), len(accounts)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Started{}, nil, fmt.Errorf("无法创建 %s：%w", dir, err)
	}
	if err := os.WriteFile(filepath.Join(dir, "round.md"), []byte(RoundSkeleton(id, last)), 0o644); err != nil {
		return Started{}, nil, err
	}
	for _, t := range Templates(UnitNames(roundsDir)) {
		var rows [][]string
		switch t.Base {
		case "websites":
			rows = websites
		case "accounts":
			rows = accounts
		default:
			continue
		}
		if err := t.Write(filepath.Join(dir, t.Base+".xlsx"), rows); err != nil {
			return Started{}, nil, err
		}
	}
	return started, nil, nil
}

// lastRoundBefore returns the latest round folder in dir before the given
// order, or "" when there is none.
func lastRoundBefore(dir string, order int) string {
	entries, _ := os.ReadDir(dir)
	type round struct {
		id    string
		order int
	}
	var found []round
	for _, e := range entries {
		if o, err := model.RoundOrder(e.Name()); e.IsDir() && err == nil && o < order {
			found = append(found, round{e.Name(), o})
		}
	}
	if len(found) == 0 {
		return ""
	}
	sort.Slice(found, func(i, j int) bool { return found[i].order < found[j].order })
	return found[len(found)-1].id
}

// ReadRound reads one round folder: new-round starts from it, and sample
// looks at its round.md for the sample mark.
func ReadRound(dir string) (model.Round, *diag.List) {
	problems := &diag.List{}
	r := readRound(dir, filepath.Base(dir), problems)
	return r, problems
}

// CarryOver gives the rows a new round starts from: last round's websites
// and its accounts still running, identified as before, with this round's
// results left empty for staff to fill in. The cells follow the columns of
// Templates.
func CarryOver(last model.Round) (websites, accounts [][]string) {
	for _, w := range last.Websites {
		websites = append(websites, []string{w.Code, w.Name, w.Unit, w.Type, w.URL})
	}
	for _, a := range last.Accounts {
		if !a.Active() {
			continue // closed and cancelled accounts are not checked again
		}
		status := a.Status
		if status == model.StatusNew {
			status = model.StatusRunning // new last round, running now
		}
		accounts = append(accounts, []string{a.FilingNo, a.Name, platformText(a.Platform, a.SubType), a.Unit, status})
	}
	return websites, accounts
}

// periodOf names the period of a round id as a 通报 does: 2025Q1 is
// 2025年第一季度, 2025H2 2025年下半年, 2025 2025年, 2021-2 2021年第二次.
func periodOf(id string) string {
	if _, err := model.RoundOrder(id); err != nil {
		return id
	}
	year, rest := id[:4]+"年", id[4:]
	switch {
	case rest == "":
		return year
	case rest[0] == 'Q':
		return year + "第" + chineseNumber(rest[1:]) + "季度"
	case rest == "H1":
		return year + "上半年"
	case rest == "H2":
		return year + "下半年"
	}
	return year + "第" + chineseNumber(rest[1:]) + "次"
}

func chineseNumber(s string) string {
	n, _ := strconv.Atoi(s)
	digits := []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}
	switch {
	case n >= 0 && n <= 10:
		return digits[n]
	case n < 20:
		return "十" + digits[n-10]
	case n < 100:
		if n%10 == 0 {
			return digits[n/10] + "十"
		}
		return digits[n/10] + "十" + digits[n%10]
	}
	return s
}

// RoundSkeleton is the round.md of a new round: the front matter to fill
// in, carried over from last round where it stays the same (issuer, topic,
// rate decimals), marked as a draft so that a half-done round is not
// published.
func RoundSkeleton(id string, last *model.Round) string {
	period := periodOf(id)
	title := "关于" + period + "政府网站与政务新媒体检查情况的通报"
	issuer, topic := "", "政务公开"
	extra := ""
	if last != nil {
		m := last.Meta
		if prev := periodOf(last.ID); prev != last.ID && strings.Contains(m.Title, prev) {
			title = strings.Replace(m.Title, prev, period, 1)
		}
		issuer = m.Issuer
		if m.Topic != "" {
			topic = m.Topic
		}
		switch {
		case m.WebsiteRateDecimals != nil || m.AccountRateDecimals != nil:
			extra += fmt.Sprintf("rate_decimals: {网站: %d, 新媒体: %d}\n", decimalsOr(m.WebsiteRateDecimals, m.RateDecimals), decimalsOr(m.AccountRateDecimals, m.RateDecimals))
		case m.RateDecimals != nil:
			extra += fmt.Sprintf("rate_decimals: %d\n", *m.RateDecimals)
		}
		if m.Sample {
			extra += "sample: true        # 示例数据：页面会提示数据为虚构\n"
		}
	}
	return fmt.Sprintf(`---
title: %q
period: %q
issuer: %q
doc_number: ""      # 发文字号，如 示政办函〔2025〕12号
index_no: ""        # 索引号
topic: %q
written: ""         # 成文日期，如 2025-04-08
published: ""       # 发布日期
check_from: ""      # 检查开始日期
check_to: ""        # 检查结束日期
rectify_by: ""      # 整改期限
%sdraft: true         # 草稿，不会发布：填好表格、核对无误后删去这一行
---
各区县人民政府，市政府各部门：

（在这里写通报正文。检查数、合格率等数字由表格算出，显示在通报页上，正文中不必再写。
不要写个人的手机号、身份证号、邮箱：网站是公开的。）
`, title, period, issuer, topic, extra)
}

// decimalsOr gives a per-kind decimals setting, else the round's, else 2.
func decimalsOr(kind, all *int) int {
	switch {
	case kind != nil:
		return *kind
	case all != nil:
		return *all
	}
	return 2
}
