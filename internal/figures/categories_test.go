package figures

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/zwgk/zwgk/internal/rounds"
)

// Problem phrasings as published 通报 write them, each with the national
// indicator category (国办秘函〔2019〕19号) it belongs to. Sources:
//
//	[jn] 济南市 2021年第四季度通报 (testdata/reference/jinan)
//	[sz] 随州市 2021年第二次抽查通报, 附件2、3 (testdata/reference/suizhou)
//	[zz] 株洲市 2022年第四季度通报
//	[yl] 杨陵区 2021年第三季度通报
//	[ly] 隆阳区 2022年第四季度通报
//	[lyg] 连云港市 2023年9月政务新媒体检查通报
//	[bj] 宝鸡市 2020年第四季度政务新媒体检查通报
//	[gz] 贵州省 2025年第二季度政务新媒体抽查通报
//	[gx] 广西 2018年第二季度政府网站抽查通报
//	[hn] 河南省 2018年第二季度政府网站通报
//	[gb] 国务院办公厅 2016年第二次全国政府网站抽查通报
//	[sx] 同上，山西不合格网站名单
//	[zj] 浙江省 2021年第四季度通报
//	[cd] 常德市 2020年11月监测通报
//	[gd] 广东、湖南 2022年第二季度通报 (汇总)
//	[gzw] 国务院国资委 2022、2024年抽查通报
//	[sc] 四川省 2017年政府网站抽查通报
//	[dz] 东至县 2021年第一季度巡查通报
//	[fz] 福州市 2017年9月普查通报
//	[xy] 咸阳市 2021年2月通报 (testdata/reference/xianyang-2021Q1)
//	[hh] 红河州 2021年一季度通报 (testdata/reference/honghe-2021Q1)
//	[hx] 各地通报中的其他常见写法
var realProblems = []struct {
	account       bool
	problem, want string
}{
	// 网站: 站点无法访问
	{false, "首页不能正常访问", "站点无法访问"},                 // [hx]
	{false, "检查期间存在多次长时间无法访问的情况，且没有报备", "站点无法访问"}, // [zz]
	{false, "站点长期无法访问", "站点无法访问"},                 // [gb]
	{false, "站点长期无法正常访问", "站点无法访问"},               // [sc]
	{false, "网站无法打开", "站点无法访问"},                   // [hx]
	{false, "网站打不开", "站点无法访问"},                    // [hx]
	{false, "首页面大量内容无法访问，多个栏目为空白", "站点无法访问"},      // [sx]
	// 网站: 首页不更新
	{false, "首页超2周未更新", "首页长期不更新"},    // [hx]
	{false, "首页面长时间未更新", "首页长期不更新"},   // [sx]
	{false, "首页栏目2周未更新", "首页长期不更新"},   // [hn]
	{false, "首页面长时间不更新", "首页长期不更新"},   // [sc]
	{false, "网站超过6年未更新", "首页长期不更新"},   // [gb]
	{false, "网站超过2年未更新", "首页长期不更新"},   // [gb]
	{false, "超过6年未更新", "首页长期不更新"},     // [gb] as testdata/reference/guoban-2016-2 writes it
	{false, "网站近两年没有更新", "首页长期不更新"},   // [sc]
	{false, "监测2周首页无信息更新", "首页长期不更新"}, // [hx]
	// 网站: 栏目不更新
	{false, "“图片新闻”栏目超2周未更新。", "栏目不更新"},                      // [sz]
	{false, "“图片新闻”、“工作动态”、“要闻动态”和“今日头条”栏目超2周未更新。", "栏目不更新"}, // [sz]
	{false, "多个栏目更新不及时", "栏目不更新"},                            // issue 12
	{false, "部分栏目更新不及时", "栏目不更新"},                            // issue 12
	{false, "动态要闻类栏目超过2周未更新且累计超过（含）5个未更新", "栏目不更新"},          // [zz]
	{false, "子站存在多个空白栏目", "栏目不更新"},                           // [zz]
	{false, "多个栏目为空白", "栏目不更新"},                              // [sx]
	{false, "存在大量空白栏目", "栏目不更新"},                             // [gb]
	{false, "空白栏目数超过5个", "栏目不更新"},                            // [zj]
	{false, "多个栏目超期未更新", "栏目不更新"},                            // [zj]
	{false, "动态类栏目2周内未更新的栏目超过5个", "栏目不更新"},                   // [gx]
	{false, "应更新但长期未更新的栏目数达10个", "栏目不更新"},                    // [gx]
	{false, "多个栏目为空", "栏目不更新"},                               // [sc]
	{false, "多个栏目长期不更新", "栏目不更新"},                            // [sc]
	{false, "10个以上栏目未按规定时间更新", "栏目不更新"},                      // [hn]
	{false, "应更但未更新栏目超过10个", "栏目不更新"},                        // [xy]
	{false, "信息更新不及时", "栏目不更新"},                              // [cd]
	{false, "栏目内容不完善、更新不及时", "栏目不更新"},                        // [yl]
	{false, "开设的专题没有及时更新维护", "栏目不更新"},                        // [yl]
	{false, "超过一年未对该栏目进行更新", "栏目不更新"},                        // [gd]
	{false, "“两化”专题部分子栏目信息未及时更新", "栏目不更新"},                   // [dz]
	{false, "10余个栏目依旧以旧稿重发", "栏目不更新"},                        // [gb]
	{false, "工作动态栏目更新滞后", "栏目不更新"},                           // [hx]
	// 网站: 严重表述错误
	{false, "存在错别字", "严重表述错误"},                  // [hx]
	{false, "发布信息出现未来时间", "严重表述错误"},             // [sz]
	{false, "网站发稿出现未来时间（2022-01-05）", "严重表述错误"}, // [sz]
	{false, "出现严重错别字", "严重表述错误"},                // [gx]
	{false, "信息内容审查不严，出现严重表述错误", "严重表述错误"},      // [gd]
	{false, "网站信息存在严重错别字", "严重表述错误"},            // [fz]
	{false, "发布信息内容存在错敏字、表述不规范", "严重表述错误"},      // [dz]
	{false, "伪造发稿日期", "严重表述错误"},                 // [hx]
	// 网站: 互动回应差
	{false, "互动回应超期未答复", "互动回应差"},                    // [hx]
	{false, "政务咨询留言超过三个月未回应", "互动回应差"},               // [gx]
	{false, "部分咨询留言超过半年未回应", "互动回应差"},                // [gb]
	{false, "留言、信件超过3个月未回复", "互动回应差"},                // [hn]
	{false, "网民留言回复不及时", "互动回应差"},                    // [yl]
	{false, "未能及时妥善办理网民留言", "互动回应差"},                 // [ly]
	{false, "答复时间超过5个工作日", "互动回应差"},                  // [gd]
	{false, "“我为政府网站找错”留言答复不积极，需多次催促后临期答复", "互动回应差"}, // [zj]
	{false, "政民互动渠道不完备", "互动回应差"},                    // [gd]
	{false, "未提供网上有效咨询建言渠道", "互动回应差"},                // [hx]
	{false, "征集调查的结果反馈更新不及时", "互动回应差"},               // [cd]
	// 网站: 服务不实用
	{false, "搜索功能无法正常使用", "服务不实用"}, // [hx]
	{false, "站内搜索功能不可用", "服务不实用"},  // [hx]
	{false, "办事指南要素缺失", "服务不实用"},   // [hx]
	{false, "附件无法下载", "服务不实用"},     // [hx]
	{false, "在线申报系统无法访问", "服务不实用"}, // [hx]
	// 网站: 链接不可用 (网站可用性)
	{false, "部分链接无法正常访问", "链接不可用"},         // issue 12
	{false, "存在错链断链", "链接不可用"},             // [hx]
	{false, "错链死链", "链接不可用"},               // [cd]
	{false, "存在大量死链接", "链接不可用"},            // [hn]
	{false, "信息公开内容存在隐藏错链外链数量较多", "链接不可用"}, // [dz]
	{false, "首页及其他页面不能正常访问的链接较多", "链接不可用"}, // [hx]
	// 网站: 安全/泄密
	{false, "泄露个人隐私信息", "安全/泄密"},           // [hx]
	{false, "网站存在暗链", "安全/泄密"},             // [zj]
	{false, "页面被挂马", "安全/泄密"},              // [hx]
	{false, "公示名单涉及个人隐私未做去标识化处理", "安全/泄密"}, // [gd]
	// 网站: 信息公开不规范 (政务公开、解读)
	{false, "未按时发布政府信息公开工作年度报告", "信息公开不规范"},   // [hx]
	{false, "抽查的政策文件未被解读", "信息公开不规范"},         // [zz]
	{false, "解读稿未与政策原文做好双向关联", "信息公开不规范"},     // [zz]
	{false, "信息格式不规范", "信息公开不规范"},             // [cd]
	{false, "未在文末标注撰稿人、审核人、审签人姓名", "信息公开不规范"}, // [hx]
	// 网站: 基本信息与标识不规范
	{false, "未按要求添加“我为政府网站找错”入口", "基本信息与标识不规范"},   // [jn]
	{false, "报送的网址与实际网址不一致", "基本信息与标识不规范"},        // [sx]
	{false, "网站域名仍以“.com”为后缀", "基本信息与标识不规范"},      // [gb]
	{false, "未在全国政府网站信息报送系统中填报", "基本信息与标识不规范"},    // [gb]
	{false, "页面仍提示“升级改版中”，关停整改不到位", "基本信息与标识不规范"}, // [gb]
	{false, "国徽使用不规范", "基本信息与标识不规范"},              // [sz]
	{false, "未按要求展示网站标识码、ICP备案编号", "基本信息与标识不规范"},  // [hx]

	// 新媒体: 两周内无更新 (内容不更新)
	{true, "监测时间点前2周内无更新", "两周内无更新"},    // [jn]
	{true, "信息超2周未更新。", "两周内无更新"},       // [sz]
	{true, "信息超2周无更新", "两周内无更新"},        // [sz] 附件1
	{true, "在监测时间点前2周内无内容更新", "两周内无更新"}, // [gd]
	{true, "超过2周未更新", "两周内无更新"},         // [gz]
	{true, "超过3个月未更新发布信息", "两周内无更新"},    // [gd]
	{true, "监测点前两周内未更新", "两周内无更新"},      // [zj]
	{true, "经多次督促，仍长期无更新", "两周内无更新"},    // [zj]
	{true, "发布类账号2周内无更新", "两周内无更新"},     // [sz]
	{true, "内容更新“严重逾期”", "两周内无更新"},      // [hh]
	// 新媒体: 更新频率低
	{true, "3个月内无原创信息", "更新频率低"},    // issue 12
	{true, "更新不及时", "更新频率低"},        // [lyg]
	{true, "内容更新不及时", "更新频率低"},      // [lyg]
	{true, "更新频次低", "更新频率低"},        // [gzw]
	{true, "更新频率不高、时效性不强", "更新频率低"}, // [gzw]
	{true, "原创内容少", "更新频率低"},        // [hx]
	// 新媒体: 无有效互动功能 (互动回应差)
	{true, "未提供有效互动功能", "无有效互动功能"},         // [lyg]
	{true, "无有效互动功能", "无有效互动功能"},           // [hx]
	{true, "留言超期未回复", "无有效互动功能"},           // [hx]
	{true, "互动回应差", "无有效互动功能"},             // [cd]
	{true, "不能及时回复群众私信，互动回应较差", "无有效互动功能"}, // [hx]
	{true, "互动功能缺失", "无有效互动功能"},            // [zz]
	// 新媒体: 内容质量不高
	{true, "便民服务栏目未同源发布。", "内容质量不高"},         // [sz]
	{true, "发布与本部门无关信息", "内容质量不高"},           // [hx]
	{true, "发布与政府工作或本部门本行业无关信息", "内容质量不高"},   // [sz]
	{true, "点赞与本单位业务无关的信息", "内容质量不高"},        // [bj]
	{true, "部分页面底部存在商业信息", "内容质量不高"},         // [bj]
	{true, "不分场景“卖惨”“卖萌”，过度“娱乐化”", "内容质量不高"}, // [sz]
	{true, "存在错别字", "内容质量不高"},                // [hx]
	{true, "将“党史教育”表述错误", "内容质量不高"},          // [zj]
	{true, "议题设置水平有待提高", "内容质量不高"},           // [gzw]
	// 新媒体: 功能不可用
	{true, "功能无法使用", "功能不可用"},             // [lyg]
	{true, "移动客户端无法正常使用", "功能不可用"},        // [zj]
	{true, "发布的链接点击后无法正确显示图文内容", "功能不可用"}, // [gz]
	{true, "菜单栏链接失效", "功能不可用"},            // [hx]
	// 新媒体: 安全/泄密
	{true, "未对公开的政府信息做好信息发布审核，发布公示名单时涉及个人隐私的政府信息未做去标识化处理", "安全/泄密"}, // [gd]
	{true, "账号被盗", "安全/泄密"}, // [hx]
	// 新媒体: 漏报瞒报/未按程序开设 (开设整合)
	{true, "未按程序开设（未备案）", "漏报瞒报/未按程序开设"},                   // [hx]
	{true, "已停止维护的账号未履行注销程序", "漏报瞒报/未按程序开设"},               // [sz]
	{true, "因改名称或注销未及时报送，在检测中未搜索到账号信息", "漏报瞒报/未按程序开设"},     // [bj]
	{true, "在报送系统中登记的名称或主体与实际运行中的名称或主体不一致", "漏报瞒报/未按程序开设"}, // [jn]
	{true, "在同一个平台重复开设账号", "漏报瞒报/未按程序开设"},                  // [甘肃 2021年二季度]
	{true, "开设账号后未进行第三方平台官方认证", "漏报瞒报/未按程序开设"},             // [甘肃 2021年二季度]
	{true, "“僵尸账号”未清理", "漏报瞒报/未按程序开设"},                     // [gz]
	// No rule knows it: 其他.
	{true, "头像模糊", OtherCategory},
}

func TestRealProblemPhrasings(t *testing.T) {
	if len(realProblems) < 80 {
		t.Fatalf("only %d phrasings; the table is meant to hold at least 80", len(realProblems))
	}
	rules := DefaultRules()
	for _, tt := range realProblems {
		if got := Categorize(rules, tt.account, tt.problem); got != tt.want {
			kind := "网站"
			if tt.account {
				kind = "新媒体"
			}
			t.Errorf("%s“%s”: %s, want %s", kind, tt.problem, got, tt.want)
		}
	}
}

// Every problem of the sample lands in a national indicator category; the
// share the encoded reference 通报 leave in 其他 is logged (go test -v),
// and docs/input-format.md quotes it (none, 2026-11).
func TestSampleAndReferenceProblemsAreCategorized(t *testing.T) {
	rules := DefaultRules()
	refs, err := filepath.Glob("../../testdata/reference/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range append([]string{"../../rounds"}, refs...) {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		ds, _, problems := rounds.LoadWithErrors(dir, true)
		if problems.HasErrors() {
			t.Logf("%s does not load: %v", dir, problems.Sorted())
			continue
		}
		all, other := 0, 0
		check := func(account bool, p string) {
			all++
			if Categorize(rules, account, p) == OtherCategory {
				other++
				// The sample must be fully categorized; a reference's
				// stray wording is reported, to be added to realProblems.
				report := t.Logf
				if dir == "../../rounds" {
					report = t.Errorf
				}
				report("%s: “%s” lands in 其他", dir, p)
			}
		}
		for _, r := range ds.Rounds {
			for _, w := range r.Websites {
				for _, p := range w.Problems {
					check(false, p)
				}
			}
			for _, a := range r.Accounts {
				for _, p := range a.Problems {
					check(true, p)
				}
			}
		}
		t.Logf("%s: %d of %d problems in 其他", dir, other, all)
	}
}
