package diag

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func sampleList() *List {
	l := &List{}
	l.Warnf("rounds/2024Q3/accounts.csv", 7, "平台", "改用标准名称", "平台“某某号”不在平台列表中")
	l.Errorf("rounds/2024Q3/websites.csv", 3, "检查结果", "填写 合格 或 不合格", "检查结果“良好”无法识别")
	l.Errorf("rounds/2024Q3/round.md", 0, "", "", "缺少通报标题 title")
	l.Errorf("rounds/2024Q3/websites.csv", 2, "网站名称", "填写网站名称", "网站名称为空")
	return l
}

func TestSortedPutsErrorsFirst(t *testing.T) {
	var got []string
	for _, p := range sampleList().Sorted() {
		got = append(got, p.String())
	}
	want := []string{
		"错误 rounds/2024Q3/round.md: 缺少通报标题 title",
		"错误 rounds/2024Q3/websites.csv:2:网站名称: 网站名称为空 —— 填写网站名称",
		"错误 rounds/2024Q3/websites.csv:3:检查结果: 检查结果“良好”无法识别 —— 填写 合格 或 不合格",
		"警告 rounds/2024Q3/accounts.csv:7:平台: 平台“某某号”不在平台列表中 —— 改用标准名称",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestWriteJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := sampleList().WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var rep jsonReport
	if err := json.Unmarshal(buf.Bytes(), &rep); err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	if rep.Errors != 3 || rep.Warnings != 1 || len(rep.Problems) != 4 {
		t.Fatalf("report = %+v", rep)
	}
	first, last := rep.Problems[0], rep.Problems[3]
	if first.Severity != "error" || first.File != "rounds/2024Q3/round.md" || last.Severity != "warning" || last.Row != 7 || last.Col != "平台" {
		t.Errorf("problems = %+v", rep.Problems)
	}
	if !strings.Contains(buf.String(), `"message": "检查结果“良好”无法识别"`) {
		t.Errorf("JSON escapes the Chinese text:\n%s", buf.String())
	}

	buf.Reset()
	(&List{}).WriteJSON(&buf)
	if !strings.Contains(buf.String(), `"problems": []`) {
		t.Errorf("an empty list should give an empty array:\n%s", buf.String())
	}
}
