package site

import (
	"sort"
	"strings"
)

// bodyAbbreviations are the short names people type for government bodies
// (机构简称): a search for 卫健委 or 市卫健委 should find 示例市卫生健康委员会.
// Each full form is indexed under every abbreviation of it, so the
// abbreviation's characters find the full name; a body known by another
// local name gets it in the 别名 column of units.csv, which is indexed too.
var bodyAbbreviations = []struct{ short, full string }{
	{"卫健委", "卫生健康委员会"},
	{"卫健局", "卫生健康局"},
	{"发改委", "发展和改革委员会"},
	{"发改局", "发展和改革局"},
	{"人社局", "人力资源和社会保障局"},
	{"人社厅", "人力资源和社会保障厅"},
	{"住建局", "住房和城乡建设局"},
	{"住建委", "住房和城乡建设委员会"},
	{"市场监管局", "市场监督管理局"},
	{"市监局", "市场监督管理局"},
	{"环保局", "生态环境局"},
	{"自规局", "自然资源和规划局"},
	{"国土局", "自然资源局"},
	{"交通局", "交通运输局"},
	{"农业局", "农业农村局"},
	{"教体局", "教育和体育局"},
	{"文旅局", "文化和旅游局"},
	{"文旅局", "文化广电和旅游局"},
	{"文旅局", "文化广电旅游局"},
	{"文广旅局", "文化广电旅游局"},
	{"医保局", "医疗保障局"},
	{"应急局", "应急管理局"},
	{"退役军人局", "退役军人事务局"},
	{"工信局", "工业和信息化局"},
	{"经信局", "经济和信息化局"},
	{"科技局", "科学技术局"},
	{"城管局", "城市管理局"},
	{"城管局", "城市管理综合执法局"},
	{"城管局", "城市管理和综合执法局"},
	{"国资委", "国有资产监督管理委员会"},
	{"民宗局", "民族宗教事务局"},
	{"粮储局", "粮食和物资储备局"},
	{"审批局", "行政审批服务局"},
	{"政数局", "政务服务和数据管理局"},
	{"大数据局", "大数据管理局"},
	{"金融局", "地方金融监督管理局"},
	{"网信办", "网络安全和信息化委员会办公室"},
	{"编办", "机构编制委员会办公室"},
	{"外办", "外事办公室"},
	{"侨办", "侨务办公室"},
	{"台办", "台湾事务办公室"},
	{"残联", "残疾人联合会"},
	{"妇联", "妇女联合会"},
	{"管委会", "管理委员会"},
	{"经开区", "经济技术开发区"},
	{"高新区", "高新技术产业开发区"},
	{"政府办", "人民政府办公室"},
	{"政府", "人民政府"},
}

// abbreviated gives the forms of a name with the full names of bodies in
// it replaced by their abbreviations: 示例市人民政府办公室 gives 示例市政府办
// and 示例市政府办公室. Longer full forms are replaced first, so that
// 人民政府办公室 becomes 政府办 rather than 政府办公室 alone. The name
// itself is not among them.
func abbreviated(name string) []string {
	seen := map[string]bool{name: true}
	var out []string
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	all := name
	for _, a := range abbreviationsLongestFirst {
		if strings.Contains(name, a.full) {
			add(strings.ReplaceAll(name, a.full, a.short))
		}
		if strings.Contains(all, a.full) {
			all = strings.ReplaceAll(all, a.full, a.short)
		}
	}
	add(all)
	return out
}

var abbreviationsLongestFirst = func() []struct{ short, full string } {
	s := append(bodyAbbreviations[:0:0], bodyAbbreviations...)
	sort.SliceStable(s, func(i, j int) bool { return len(s[i].full) > len(s[j].full) })
	return s
}()
