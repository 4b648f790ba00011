package rounds

import (
	"time"

	"github.com/zwgk/zwgk/internal/diag"
	"github.com/zwgk/zwgk/internal/model"
)

// letterRow is a row of interactions.csv (互动回应测试), one per test letter.
type letterRow struct {
	SiteCode     string `csv:"网站标识码,site_code"`
	SiteName     string `csv:"网站名称,site_name"`
	No           string `csv:"信件序号,letter_no"`
	Sent         string `csv:"发送日期,sent"`
	Replied      string `csv:"答复日期,replied"`
	Reply        string `csv:"答复情况,reply_status"`
	OnTime       string `csv:"是否按时,on_time"`
	DeadlineDays string `csv:"答复时限,deadline_days"`
	Quality      string `csv:"质量问题,quality_problem"`
	Note         string `csv:"备注,note"`
}

var replyStates = []string{model.ReplySameDay, model.ReplyOnTime, model.ReplyLate, model.ReplyAnswered, model.ReplyNone}

func parseReply(s string) (string, bool) {
	switch s {
	case "":
		return "", true
	case "当天答复":
		return model.ReplySameDay, true
	case "按期答复":
		return model.ReplyOnTime, true
	case "已答复", "已回复", "已办结":
		return model.ReplyAnswered, true
	case "超期答复":
		return model.ReplyLate, true
	case "未回复":
		return model.ReplyNone, true
	}
	for _, r := range replyStates {
		if s == r {
			return s, true
		}
	}
	return "", false
}

// workingDaysBetween counts the weekdays after from up to and including to;
// public holidays are not known here, so a 通报 that counts them states
// 是否按时 itself.
func workingDaysBetween(from, to string) int {
	a, _ := time.Parse("2006-01-02", from)
	b, _ := time.Parse("2006-01-02", to)
	n := 0
	for d := a.AddDate(0, 0, 1); !d.After(b); d = d.AddDate(0, 0, 1) {
		if d.Weekday() != time.Saturday && d.Weekday() != time.Sunday {
			n++
		}
	}
	return n
}

func readLetters(path string, problems *diag.List) []model.Letter {
	var out []model.Letter
	for r, row := range readSheet[letterRow](path, problems).each() {
		l := model.Letter{SiteCode: r.SiteCode, SiteName: r.SiteName, No: r.No, QualityProblem: r.Quality, Note: r.Note,
			Pos: row.pos()}
		if l.SiteCode == "" && l.SiteName == "" {
			row.errorf("网站名称", "填写网站标识码或网站名称", "没有写是哪个网站")
		}
		var ok bool
		for _, d := range []struct {
			col, raw string
			to       *string
		}{{"发送日期", r.Sent, &l.Sent}, {"答复日期", r.Replied, &l.Replied}} {
			if d.raw == "" {
				continue
			}
			if *d.to, ok = parseDate(d.raw); !ok {
				row.errorf(d.col, "写成 2024-10-08 这样的日期", "%s“%s”不是有效日期", d.col, d.raw)
			}
		}
		if r.DeadlineDays != "" {
			if l.DeadlineDays, ok = parseCount(r.DeadlineDays); !ok {
				row.errorf("答复时限", "填写工作日天数，如 5", "答复时限“%s”不是整数", r.DeadlineDays)
			}
		}
		stated, ok := parseReply(r.Reply)
		if !ok {
			row.errorf("答复情况", "填写 当日答复、按时答复、逾期答复、已答复（不知是否按时）或 未答复", "答复情况“%s”无法识别", r.Reply)
		}
		onTime, onTimeGiven := false, r.OnTime != ""
		if onTimeGiven {
			if onTime, ok = parseYesNo(r.OnTime); !ok {
				row.errorf("是否按时", "填写 是 或 否", "是否按时“%s”无法识别", r.OnTime)
			}
		}
		if row.bad {
			continue
		}
		// With dates the reply state is derived; a stated one must agree.
		derived := ""
		if l.Sent != "" {
			switch {
			case l.Replied == "":
				derived = model.ReplyNone
			case l.Replied < l.Sent:
				row.errorf("答复日期", "答复日期不能早于发送日期", "答复日期 %s 早于发送日期 %s", l.Replied, l.Sent)
			case l.Replied == l.Sent:
				derived = model.ReplySameDay
			case l.DeadlineDays > 0 && workingDaysBetween(l.Sent, l.Replied) <= l.DeadlineDays:
				derived = model.ReplyOnTime
			case l.DeadlineDays > 0:
				derived = model.ReplyLate
			}
		}
		switch {
		case derived != "" && stated != "" && derived != stated:
			row.errorf("答复情况", "核对日期、答复时限和答复情况", "按日期算应为“%s”，表中写的是“%s”", derived, stated)
		case derived != "":
			l.Reply = derived
		case stated != "":
			l.Reply = stated
		case onTimeGiven && onTime:
			l.Reply = model.ReplyOnTime
		case onTimeGiven:
			l.Reply = model.ReplyLate
		case l.Replied != "":
			// Answered, but without a time limit nobody can say whether
			// on time.
			l.Reply = model.ReplyAnswered
		default:
			// The 通报 names the website without saying what became of
			// the letter: listed by name, counted in no rate.
			l.Reply = model.ReplyUnstated
		}
		if row.bad {
			continue
		}
		l.OnTime = l.Reply == model.ReplySameDay || l.Reply == model.ReplyOnTime
		if onTimeGiven && onTime != l.OnTime {
			row.errorf("是否按时", "核对是否按时与答复情况", "是否按时写的是“%s”，但答复情况为“%s”", r.OnTime, l.Reply)
			continue
		}
		out = append(out, l)
	}
	return out
}
