package sample

// The tables below are the fictional city's directory and the vocabulary of
// its 通报. They are slices, not maps, so that output order never depends on
// map iteration.

// cityName is the fictional city. The .example host names and the 99 prefix
// of codes keep every identifier out of the real namespaces.
const (
	cityName   = "示例市"
	domain     = "shilishi.example"
	cityRegion = "999900" // 行政区划代码 of the city itself; real codes never start with 99
	cityLevel  = "市本级"    // 所属地区 of the city's own departments
	issuer     = "示例市人民政府办公室"
)

// district is a 区县政府. Its accounts are named after short, its towns and
// streets, and the districtAccountSuffixes.
type district struct {
	name    string // e.g. 青山区
	short   string // e.g. 青山
	host    string // host name of its portal
	aliases []string
}

var districts = []district{
	{name: "青山区", short: "青山", host: "qingshan", aliases: []string{"青山区人民政府", "青山区政府"}},
	{name: "东湖区", short: "东湖", host: "donghu"},
	{name: "南岭区", short: "南岭", host: "nanling"},
	{name: "西津区", short: "西津", host: "xijin"},
	{name: "北塘区", short: "北塘", host: "beitang"},
	{name: "云溪区", short: "云溪", host: "yunxi"},
	{name: "临江县", short: "临江", host: "linjiang", aliases: []string{"临江县人民政府"}},
	{name: "松岗县", short: "松岗", host: "songgang"},
	{name: "石门县", short: "石门", host: "shimen"},
	{name: "白鹭县", short: "白鹭", host: "bailu"},
}

// districtAccountSuffixes name a district's own accounts after the bureau
// that runs them (青山教育, 青山人社 …); the 发布 account comes first as the
// district's main account.
var districtAccountSuffixes = []string{
	"发布", "教育", "人社", "卫健", "文旅", "市场监管", "应急", "城管", "医保", "民政",
	"司法", "政务服务", "退役军人", "住建", "农业农村", "水利", "交通", "生态环境",
	"自然资源", "发改", "财政", "科技", "商务", "信访",
}

// townNames are shared out among the districts, so that every 街道 or 乡镇
// account name is unique in the city.
var townNames = []string{
	"东风", "新华", "长安", "和平", "湖滨", "龙泉", "桃源", "柳河", "青石", "杏花",
	"金港", "银湖", "白沙", "红旗", "梧桐", "枫林", "松涛", "竹园", "兰亭", "梅岭",
	"荷塘", "石桥", "双溪", "清河", "凤凰", "麒麟", "翠屏", "望江", "观澜", "临湖",
	"北关", "南关", "西门", "东门", "花园", "新城", "古渡", "黄土", "碧水", "玉泉",
	"云峰", "天池", "马鞍", "鹤鸣", "栖霞", "落霞", "紫荆", "海棠", "芙蓉", "丹桂",
	"茶山", "稻香", "板桥", "渡口", "龙湾", "虎头", "狮山", "象山", "金鸡", "银杏",
	"樱桃", "百花", "鸣凤", "卧龙", "神泉", "铜锣", "铁炉", "宝塔", "莲花", "锦绣",
	"朝阳", "夕照", "泉水", "平湖", "长岭", "高桥", "沙河", "雁塘", "鹿鸣", "仙桥",
}

// townsPerDistrict is how many towns or streets each district gets.
const townsPerDistrict = 8

// department is a 市直部门. site is the host name of its 部门网站, empty when
// it has none. accounts is roughly how many accounts it has on file before
// the first round; stems are its account names, main account first.
type department struct {
	name     string
	site     string
	accounts int
	aliases  []string
	stems    []string
}

var departments = []department{
	// The 市政府办公室 runs the city portal (its site is the portal, below).
	{name: "示例市人民政府办公室", accounts: 12, aliases: []string{"市政府办公室", "示例市政府办"},
		stems: []string{"示例发布", "示例市人民政府", "示例政务公开", "示例12345", "示例政务", "示例政策通"}},
	{name: "示例市发展和改革委员会", site: "fgw", accounts: 8, aliases: []string{"市发改委"},
		stems: []string{"示例发改", "信用示例", "示例价格", "示例市发展和改革委员会", "示例能源"}},
	{name: "示例市教育局", site: "jyj", accounts: 30, aliases: []string{"市教育局"},
		stems: []string{"示例教育", "示例招考", "示例教育发布", "示例学生资助", "示例教研", "示例职教",
			"示例家长学校", "示例教育督导", "示例市教育局", "示例校园安全", "示例教师发展", "示例市第一中学",
			"示例市实验小学", "示例特教", "示例体卫艺", "示例语言文字", "示例招生"}},
	{name: "示例市科学技术局", site: "kjj", accounts: 6,
		stems: []string{"示例科技", "示例市科学技术局", "示例科普", "示例科创"}},
	{name: "示例市工业和信息化局", site: "gxj", accounts: 6,
		stems: []string{"示例工信", "示例市工业和信息化局", "示例中小企业", "示例数字经济"}},
	{name: "示例市民族宗教事务局", site: "mzzj", accounts: 3,
		stems: []string{"示例民宗", "示例市民族宗教事务局"}},
	{name: "示例市公安局", site: "gaj", accounts: 40, aliases: []string{"市公安局"},
		stems: []string{"平安示例", "示例公安", "示例交警", "示例网警", "示例出入境", "示例巡特警", "示例警方",
			"示例公安便民", "示例禁毒", "示例反诈", "示例户政", "示例公安监管", "示例市公安局", "示例警事",
			"示例治安", "示例公安青山分局", "示例公安东湖分局", "示例公安南岭分局", "示例公安西津分局",
			"示例公安北塘分局", "示例公安云溪分局", "示例公安临江分局", "示例公安松岗分局",
			"示例公安石门分局", "示例公安白鹭分局"}},
	{name: "示例市民政局", site: "mzj", accounts: 5,
		stems: []string{"示例民政", "示例市民政局", "示例养老", "示例婚姻登记"}},
	{name: "示例市司法局", site: "sfj", accounts: 8,
		stems: []string{"示例司法", "示例普法", "示例法律援助", "示例公证", "示例市司法局", "示例人民调解"}},
	{name: "示例市财政局", site: "czj", accounts: 5,
		stems: []string{"示例财政", "示例政府采购", "示例市财政局", "示例会计"}},
	{name: "示例市人力资源和社会保障局", site: "rsj", accounts: 25, aliases: []string{"市人社局", "示例市人社局"},
		stems: []string{"示例人社", "示例就业", "示例社保", "示例人才", "示例劳动监察", "示例职业技能", "示例人事考试",
			"温暖示例人社", "示例市人力资源和社会保障局", "示例工伤保险", "示例技工教育", "示例劳动仲裁",
			"示例创业", "示例人社服务", "示例养老保险"}},
	{name: "示例市自然资源和规划局", site: "zrzyj", accounts: 8,
		stems: []string{"示例自然资源", "示例规划", "示例不动产登记", "示例市自然资源和规划局", "示例测绘地理信息", "示例耕地保护"}},
	{name: "示例市生态环境局", site: "sthjj", accounts: 10,
		stems: []string{"示例生态环境", "美丽示例", "示例环境监测", "示例市生态环境局", "示例环保宣教", "示例大气", "示例生态环境执法"}},
	{name: "示例市住房和城乡建设局", site: "zjj", accounts: 8,
		stems: []string{"示例住建", "示例房产", "示例建筑", "示例市住房和城乡建设局", "示例物业", "示例城建档案"}},
	{name: "示例市交通运输局", site: "jtj", accounts: 12,
		stems: []string{"示例交通", "示例公交", "示例出行", "示例路政", "示例市交通运输局", "示例交通执法", "示例港航", "示例公路", "示例运管"}},
	{name: "示例市水利局", site: "slj", accounts: 5,
		stems: []string{"示例水利", "示例河长制", "示例市水利局", "示例防汛"}},
	{name: "示例市农业农村局", site: "nyncj", accounts: 8,
		stems: []string{"示例农业农村", "示例三农", "示例农技", "示例市农业农村局", "示例农机", "示例畜牧"}},
	{name: "示例市商务局", site: "swj", accounts: 6,
		stems: []string{"示例商务", "示例外贸", "示例消费", "示例市商务局"}},
	{name: "示例市文化广电和旅游局", site: "wlj", accounts: 28, aliases: []string{"市文旅局"},
		stems: []string{"示例文旅", "游示例", "示例文旅发布", "示例博物馆", "示例图书馆", "示例文化馆", "示例非遗",
			"示例旅游", "悦读示例", "示例市文化广电和旅游局", "示例美术馆", "示例文化市场", "示例广电",
			"示例景区", "示例文物", "示例演艺"}},
	{name: "示例市卫生健康委员会", site: "wjw", accounts: 20, aliases: []string{"市卫健委"},
		stems: []string{"示例卫健", "示例疾控", "示例急救", "示例中医药", "示例健康教育", "示例市卫生健康委员会",
			"示例妇幼", "示例卫生监督", "示例献血", "示例医改", "示例职业健康", "示例爱卫"}},
	{name: "示例市退役军人事务局", site: "tyjrswj", accounts: 5,
		stems: []string{"示例退役军人", "示例市退役军人事务局", "示例双拥", "示例退役军人服务"}},
	{name: "示例市应急管理局", site: "yjglj", accounts: 8,
		stems: []string{"示例应急管理", "示例安全生产", "示例防灾减灾", "示例市应急管理局", "示例应急救援"}},
	{name: "示例市审计局", site: "sjj", accounts: 3,
		stems: []string{"示例审计", "示例市审计局"}},
	{name: "示例市人民政府外事办公室", accounts: 3,
		stems: []string{"示例外事", "示例市人民政府外事办公室", "示例友城"}},
	{name: "示例市人民政府国有资产监督管理委员会", site: "gzw", accounts: 4,
		stems: []string{"示例国资", "示例国企", "示例市国资委"}},
	{name: "示例市市场监督管理局", site: "scjgj", accounts: 15, aliases: []string{"市市场监管局"},
		stems: []string{"示例市场监管", "示例食安", "示例知识产权", "示例质量", "示例消费维权", "示例药品安全",
			"示例市市场监督管理局", "示例计量", "示例特种设备", "示例标准化"}},
	{name: "示例市体育局", site: "tyj", accounts: 6,
		stems: []string{"示例体育", "示例全民健身", "示例马拉松", "示例市体育局"}},
	{name: "示例市统计局", site: "tjj", accounts: 3,
		stems: []string{"示例统计", "示例市统计局", "示例统计调查"}},
	{name: "示例市医疗保障局", site: "ybj", accounts: 10,
		stems: []string{"示例医保", "示例医保服务", "示例市医疗保障局", "示例医保基金", "示例长护险", "示例医保经办"}},
	{name: "示例市林业局", site: "lyj", accounts: 4,
		stems: []string{"示例林业", "示例森林防火", "示例市林业局"}},
	{name: "示例市城市管理局", site: "cgj", accounts: 8,
		stems: []string{"示例城管", "示例环卫", "示例市城市管理局", "示例城管执法", "示例园林", "示例市容"}},
	{name: "示例市行政审批服务局", site: "xzspj", accounts: 8,
		stems: []string{"示例政务服务", "示例审批", "示例一网通办", "示例市行政审批服务局", "示例政务服务中心", "示例帮办代办"}},
	{name: "示例市大数据管理局", site: "dsj", accounts: 4,
		stems: []string{"示例大数据", "示例数字政府", "示例市大数据管理局"}},
	{name: "示例市信访局", site: "xfj", accounts: 3,
		stems: []string{"示例信访", "示例市信访局"}},
	{name: "示例市人民防空办公室", accounts: 3,
		stems: []string{"示例人防", "示例市人民防空办公室"}},
	{name: "示例市机关事务管理局", accounts: 3,
		stems: []string{"示例机关事务", "示例市机关事务管理局", "示例公共机构节能"}},
	{name: "示例市粮食和物资储备局", site: "lsj", accounts: 3,
		stems: []string{"示例粮储", "示例市粮食和物资储备局", "示例粮食安全"}},
	{name: "示例市住房公积金管理中心", site: "gjj", accounts: 6,
		stems: []string{"示例公积金", "示例市住房公积金管理中心", "示例公积金服务", "示例公积金查询"}},
	{name: "示例市气象局", site: "qxj", accounts: 8,
		stems: []string{"示例气象", "示例天气", "示例市气象局", "示例气象服务", "示例气象科普"}},
	{name: "示例市乡村振兴局", site: "xczxj", accounts: 4,
		stems: []string{"示例乡村振兴", "示例市乡村振兴局", "示例帮扶"}},
	{name: "示例市地方金融监督管理局", site: "jrj", accounts: 3,
		stems: []string{"示例金融", "示例市地方金融监督管理局", "示例防非"}},
	{name: "示例市投资促进局", site: "tzcjj", accounts: 4,
		stems: []string{"投资示例", "示例投资促进", "示例市投资促进局", "示例招商"}},
	{name: "示例市公共资源交易中心", site: "ggzy", accounts: 3,
		stems: []string{"示例公共资源交易", "示例市公共资源交易中心", "示例交易服务"}},
	{name: "示例市消防救援支队", site: "xfzd", accounts: 12,
		stems: []string{"示例消防", "示例119", "示例市消防救援支队", "示例消防宣传", "示例火焰蓝", "示例消防执法", "示例防火"}},
	{name: "示例市档案馆", accounts: 3,
		stems: []string{"示例档案", "示例市档案馆", "示例记忆"}},
}

// zone is a 功能区: a development zone run by a 管理委员会.
type zone struct {
	name     string // unit name, the 管委会
	siteName string // name of its portal
	region   string // 所属地区
	host     string
	brand    string // prefix of its account names
	aliases  []string
}

var zones = []zone{
	{name: "示例市高新技术产业开发区管理委员会", siteName: "示例市高新技术产业开发区", region: "高新区", host: "gxq", brand: "示例高新", aliases: []string{"示例高新区管委会"}},
	{name: "示例市经济技术开发区管理委员会", siteName: "示例市经济技术开发区", region: "经开区", host: "jkq", brand: "示例经开"},
	{name: "示例市综合保税区管理委员会", siteName: "示例市综合保税区", region: "综保区", host: "zbq", brand: "示例综保"},
	{name: "示例市临空经济示范区管理委员会", siteName: "示例市临空经济示范区", region: "临空区", host: "lkq", brand: "示例临空"},
	{name: "示例市凤鸣湖旅游度假区管理委员会", siteName: "示例市凤鸣湖旅游度假区", region: "凤鸣湖度假区", host: "fmh", brand: "凤鸣湖"},
}

// zoneAccountSuffixes name a zone's accounts after its brand; the bare brand
// is the main account.
var zoneAccountSuffixes = []string{"", "发布", "政务服务", "招商", "应急", "人才", "市场监管", "社会事务", "党群"}

// extraSite is a second website of a 市直部门 (a 人才网, a 政务服务网 …).
// from is the first round it is checked in; earlier rounds do not list it.
type extraSite struct {
	unit, name, host, kind string
	from                   string
}

var extraSites = []extraSite{
	{unit: "示例市行政审批服务局", name: "示例市政务服务网", host: "zwfw", kind: "其他"},
	{unit: "示例市人力资源和社会保障局", name: "示例人才网", host: "rencai", kind: "部门网站"},
	{unit: "示例市教育局", name: "示例市招生考试网", host: "zsks", kind: "部门网站"},
	{unit: "示例市公安局", name: "示例市公安局交通警察支队", host: "jj", kind: "部门网站"},
	{unit: "示例市文化广电和旅游局", name: "示例旅游网", host: "lvyou", kind: "部门网站"},
	{unit: "示例市卫生健康委员会", name: "示例市疾病预防控制中心", host: "cdc", kind: "部门网站"},
	{unit: "示例市发展和改革委员会", name: "信用示例", host: "xinyong", kind: "其他"},
	{unit: "示例市市场监督管理局", name: "示例市知识产权公共服务网", host: "zscq", kind: "部门网站"},
	{unit: "示例市交通运输局", name: "示例市交通运输综合行政执法支队", host: "jtzf", kind: "部门网站"},
	{unit: "示例市生态环境局", name: "示例市生态环境监测站", host: "hjjc", kind: "部门网站"},
	{unit: "示例市自然资源和规划局", name: "示例市不动产登记中心", host: "bdc", kind: "部门网站"},
	{unit: "示例市医疗保障局", name: "示例医保公共服务网", host: "ybfw", kind: "部门网站"},
	{unit: "示例市大数据管理局", name: "示例市公共数据开放平台", host: "data", kind: "其他", from: "2024Q1"},
}

// roundIDs are the quarters the sample covers, oldest first.
var roundIDs = []string{"2023Q1", "2023Q2", "2023Q3", "2023Q4", "2024Q1", "2024Q2", "2024Q3", "2024Q4"}

// Rounds that differ from the usual full listing, to exercise the reader.
const (
	failuresOnlyRound = "2023Q3" // published as failures only, with totals
	sampledRound      = "2024Q2" // accounts checked by sampling
	sampledShare      = 30       // percent of active accounts sampled in sampledRound
	renameRound       = "2024Q1" // the renamed account carries its new name from here
	scoredAccountsIn  = "2024Q1" // account scores are given from this round on
)

// platform is one 平台 value as staff type it, with the platform the reader
// normalizes it to and its share (percent) of accounts.
type platform struct {
	typed, normalized string
	share             int
}

var platforms = []platform{
	{"微信公众号", "微信", 40},
	{"微信服务号", "微信", 6},
	{"微信小程序", "微信", 4},
	{"微信视频号", "微信视频号", 8},
	{"新浪微博", "新浪微博", 10},
	{"今日头条", "今日头条", 8},
	{"抖音", "抖音", 12},
	{"快手", "快手", 5},
	{"移动客户端", "移动客户端", 2},
	{"百家号", "其他", 5},
}

// normalizedPlatforms lists the platforms of summary.csv, in the order of
// FORMAT.md.
var normalizedPlatforms = []string{"微信", "微信视频号", "新浪微博", "今日头条", "抖音", "快手", "移动客户端", "其他"}

// problem is a 存在问题 as a 通报 words it. Problems of the same group say
// the same thing twice and never appear together; an alone problem (the
// site cannot be opened at all) is never combined with another.
type problem struct {
	text   string
	weight int
	group  string
	alone  bool
}

// websiteColumns are the 栏目 whose staleness the 通报 names.
var websiteColumns = []string{"工作动态", "通知公告", "图片新闻", "政策解读", "要闻动态", "部门动态"}

// staleColumn is the template of the most common website problem.
const staleColumn = "“%s”栏目超2周未更新"

var websiteProblems = []problem{
	{text: staleColumn, weight: 30, group: "update"},
	{text: "首页超2周未更新", weight: 6, group: "update"},
	{text: "首页不能正常访问", weight: 5, alone: true},
	{text: "存在错别字", weight: 14},
	{text: "互动回应超期未答复", weight: 10},
	{text: "存在错链断链", weight: 14},
	{text: "搜索功能无法正常使用", weight: 8},
	{text: "发布信息出现未来时间", weight: 6},
	{text: "泄露个人隐私信息", weight: 1},
	{text: "国徽图案使用不规范", weight: 3},
	{text: "未按要求添加“我为政府网站找错”入口", weight: 3},
}

// annualReportProblem only occurs in first-quarter rounds, when the 年度报告
// was due by the end of January.
var annualReportProblem = problem{text: "未按时发布政府信息公开工作年度报告", weight: 10}

// unfiledProblem only fits accounts without a 备案单号.
const unfiledProblem = "未按程序开设（未备案）"

var accountProblems = []problem{
	{text: "监测时间点前2周内无更新", weight: 40, group: "update"},
	{text: "信息超2周未更新", weight: 15, group: "update"},
	{text: "便民服务栏目未同源发布", weight: 10},
	{text: "留言超期未回复", weight: 10},
	{text: "无有效互动功能", weight: 8},
	{text: "发布与本部门无关信息", weight: 7},
	{text: "存在错别字", weight: 5},
}

// Rectification states (整改情况).
const (
	rectified    = "已整改"
	rectifying   = "整改中"
	notRectified = "未整改"
)

// repeatFailure makes one website or account of a unit fail in consecutive
// rounds, so that the site's repeat-offender views have something to show.
// For an account, account and accountPlatform name it; it is created for
// the purpose and never closed.
type repeatFailure struct {
	unit            string
	account         string
	accountPlatform string
	rounds          []string
	problems        [][]string
	rectification   []string
}

var repeatFailures = []repeatFailure{
	{unit: "示例市统计局",
		rounds:        []string{"2023Q2", "2023Q3", "2023Q4"},
		problems:      [][]string{{"“统计数据”栏目超2周未更新"}, {"“工作动态”栏目超2周未更新", "存在错链断链"}, {"“统计数据”栏目超2周未更新"}},
		rectification: []string{rectified, rectified, rectifying}},
	{unit: "示例市临江县人民政府", account: "临江乡村振兴", accountPlatform: "微信公众号",
		rounds:        []string{"2024Q1", "2024Q2"},
		problems:      [][]string{{"监测时间点前2周内无更新"}, {"信息超2周未更新", "留言超期未回复"}},
		rectification: []string{rectified, rectified}},
	{unit: "示例市经济技术开发区管理委员会",
		rounds:        []string{"2024Q3", "2024Q4"},
		problems:      [][]string{{"互动回应超期未答复"}, {"首页超2周未更新", "存在错链断链"}},
		rectification: []string{rectified, notRectified}},
}

// renamed is the account that keeps its 备案单号 but changes its 账号名称 in
// renameRound.
var renamed = struct{ unit, platform, before, after string }{
	unit: "示例市卫生健康委员会", platform: "微信公众号", before: "示例卫生健康", after: "健康示例",
}
