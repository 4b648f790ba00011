package rounds

import (
	"strings"
	"testing"

	"github.com/zwgk/zwgk/internal/txtartest"
)

// A rename the 备注 explains by naming the earlier name is confirmed and not
// warned about; one it does not explain still is. (The sample's 626636
// rename is of the first kind, so the sample builds without warnings.)
func TestRenameExplainedInNote(t *testing.T) {
	dir := txtartest.Dir(t, `
-- 2024Q2/round.md --
---
title: 通报
---
-- 2024Q2/accounts.csv --
备案单号,账号名称,平台,开设主体,检查结果
626636,示例卫生健康,微信公众号,示例市卫生健康委员会,合格
1001,示例教育,微信公众号,示例市教育局,合格
-- 2024Q3/round.md --
---
title: 通报
---
-- 2024Q3/accounts.csv --
备案单号,账号名称,平台,开设主体,检查结果,备注
626636,健康示例,微信公众号,示例市卫生健康委员会,合格,原账号名称“示例卫生健康”，本季度更名
1001,教育示例,微信公众号,示例市教育局,合格,本季度更名
`)
	_, _, problems := LoadWithErrors(dir, true)
	text := problemText(dir, problems)
	if strings.Contains(text, "626636") {
		t.Errorf("a rename explained in 备注 is warned about:\n%s", text)
	}
	if want := "警告 2024Q3/accounts.csv:3:账号名称: 备案单号“1001”的账号名称由 2024Q2 的“示例教育”变为“教育示例”"; !strings.Contains(text, want) {
		t.Errorf("missing %q in\n%s", want, text)
	}
}
