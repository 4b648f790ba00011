package sample

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the committed sample in ../../rounds")

const (
	committedDir = "../../rounds"
	defaultSeed  = 20240101
	regenerate   = "go run ./cmd/zwgk sample --out rounds"
)

func writeTemp(t *testing.T, opt Options) string {
	t.Helper()
	dir := t.TempDir()
	if err := Write(dir, opt); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return dir
}

// readTree returns the files under dir by slash-separated relative path.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	// Walked as an fs.FS, the paths come relative and slash-separated.
	tree := os.DirFS(dir)
	err := fs.WalkDir(tree, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(tree, path)
		files[path] = data
		return err
	})
	if err != nil {
		t.Fatalf("reading %s: %v", dir, err)
	}
	return files
}

func sortedKeys[V any](m map[string]V) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// diffTrees lists how got differs from want, file by file.
func diffTrees(want, got map[string][]byte) []string {
	var diffs []string
	for _, name := range sortedKeys(want) {
		g, ok := got[name]
		switch {
		case !ok:
			diffs = append(diffs, "missing "+name)
		case !bytes.Equal(g, want[name]):
			diffs = append(diffs, "differs "+name)
		}
	}
	for _, name := range sortedKeys(got) {
		if _, ok := want[name]; !ok {
			diffs = append(diffs, "extra "+name)
		}
	}
	return diffs
}

func TestCommittedSampleIsReproducible(t *testing.T) {
	opt := Options{Seed: defaultSeed, Scale: "city"}
	if *update {
		if err := Write(committedDir, opt); err != nil {
			t.Fatal(err)
		}
	}
	generated := readTree(t, writeTemp(t, opt))
	committed := readTree(t, committedDir)
	// committed is the reference: a file only it has is an extra one.
	if diffs := diffTrees(generated, committed); len(diffs) > 0 {
		t.Errorf("the committed sample in rounds/ is not what the generator writes:\n  %s\nrun `%s` to regenerate it (or `go test ./internal/sample -run Committed -update`)",
			strings.Join(diffs, "\n  "), regenerate)
	}
}

func TestDeterminism(t *testing.T) {
	base := readTree(t, writeTemp(t, Options{Seed: defaultSeed, Scale: "city"}))
	tests := []struct {
		name string
		opt  Options
		same bool
	}{
		{"same seed", Options{Seed: defaultSeed, Scale: "city"}, true},
		{"empty scale means city", Options{Seed: defaultSeed}, true},
		{"other seed", Options{Seed: defaultSeed + 1, Scale: "city"}, false},
		{"seed zero", Options{Seed: 0, Scale: "city"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			diffs := diffTrees(base, readTree(t, writeTemp(t, tt.opt)))
			if tt.same && len(diffs) > 0 {
				t.Errorf("output differs from the first run:\n  %s", strings.Join(diffs, "\n  "))
			}
			if !tt.same && len(diffs) == 0 {
				t.Error("a different seed gave identical output")
			}
		})
	}
}

func TestUnknownScale(t *testing.T) {
	err := Write(t.TempDir(), Options{Seed: 1, Scale: "galaxy"})
	if err == nil {
		t.Fatal("Write accepted an unknown scale")
	}
	if !strings.Contains(err.Error(), "galaxy") || !strings.Contains(err.Error(), "city") {
		t.Errorf("error %q should name the bad scale and the known ones", err)
	}
}

func TestWriteLeavesOtherFilesAlone(t *testing.T) {
	dir := t.TempDir()
	keep := filepath.Join(dir, "README.md")
	if err := os.WriteFile(keep, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Write(dir, Options{Seed: 1}); err != nil {
		t.Fatal(err)
	}
	if data, err := os.ReadFile(keep); err != nil || string(data) != "mine" {
		t.Errorf("Write touched a file it does not own: %q, %v", data, err)
	}
}

// table is a CSV file read back for checking.
type table struct {
	header []string
	rows   []map[string]string
}

func readTable(t *testing.T, path string, header []string) table {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) || bytes.Contains(data, []byte("\r")) {
		t.Errorf("%s: want UTF-8 without BOM and LF line endings", path)
	}
	records, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(records) == 0 || !slices.Equal(records[0], header) {
		t.Fatalf("%s: header %q, want %q", path, records[0], header)
	}
	tab := table{header: records[0]}
	for _, rec := range records[1:] {
		row := map[string]string{}
		for k, h := range header {
			row[h] = rec[k]
		}
		tab.rows = append(tab.rows, row)
	}
	return tab
}

// frontMatter reads the simple YAML the generator writes.
func frontMatter(t *testing.T, path string) (map[string]string, string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	head, body, ok := strings.Cut(strings.TrimPrefix(string(data), "---\n"), "\n---\n")
	if !ok || !strings.HasPrefix(string(data), "---\n") {
		t.Fatalf("%s: no front matter between --- lines", path)
	}
	fm := map[string]string{}
	for _, line := range strings.Split(head, "\n") {
		k, v, ok := strings.Cut(line, ": ")
		if !ok {
			t.Fatalf("%s: front matter line %q is not key: value", path, line)
		}
		if strings.HasPrefix(v, `"`) {
			if v, err = strconv.Unquote(v); err != nil {
				t.Fatalf("%s: %s: %v", path, k, err)
			}
		}
		fm[k] = v
	}
	return fm, body
}

var normalize = map[string]string{
	"微信公众号": "微信", "微信服务号": "微信", "微信小程序": "微信", "微信视频号": "微信视频号",
	"新浪微博": "新浪微博", "今日头条": "今日头条", "抖音": "抖音", "快手": "快手",
	"移动客户端": "移动客户端", "百家号": "其他",
}

var (
	scoreRe    = regexp.MustCompile(`^\d{2,3}\.\d{2}$`)
	siteCodeRe = regexp.MustCompile(`^99\d{8}$`)
	urlRe      = regexp.MustCompile(`^https://[a-z]+\.shilishi\.example/$`)
	filingRe   = regexp.MustCompile(`^\d{5,6}$`)
	// A count or a rate typed into the narrative: digits followed by a
	// counter word, or a percent sign.
	countRe = regexp.MustCompile(`\d+\s*(个|家|条|项|次|名|人)|%|％|合格率`)
)

// inRange fails the test when v is outside [lo, hi].
func inRange(t *testing.T, what string, v, lo, hi float64) {
	t.Helper()
	if v < lo || v > hi {
		t.Errorf("%s = %v, want between %v and %v", what, v, lo, hi)
	}
}

// checkUnits reads dir's units.csv and checks what the directory of every
// scale must hold: each unit listed once, with a valid credit code and a
// 所属地区. It returns the units and the set of their names.
func checkUnits(t *testing.T, dir string) (table, map[string]bool) {
	t.Helper()
	units := readTable(t, filepath.Join(dir, "units.csv"), unitsHeader)
	known := map[string]bool{}
	for _, u := range units.rows {
		name := u["单位名称"]
		if known[name] {
			t.Errorf("unit %s listed twice", name)
		}
		known[name] = true
		if !validCreditCode(u["统一社会信用代码"]) {
			t.Errorf("unit %s: invalid credit code %q", name, u["统一社会信用代码"])
		}
		if u["所属地区"] == "" {
			t.Errorf("unit %s has no 所属地区", name)
		}
	}
	return units, known
}

func checkFailure(t *testing.T, where string, row map[string]string, checked bool, last bool) bool {
	t.Helper()
	problems, rect := row["存在问题"], row["整改情况"]
	switch result := row["检查结果"]; {
	case !checked:
		if result != "" || problems != "" || rect != "" || row["得分"] != "" {
			t.Errorf("%s: unchecked row has a result: %v", where, row)
		}
	case result == "不合格":
		if problems == "" {
			t.Errorf("%s: failing row without 存在问题", where)
		}
		allowed := []string{"已整改", "整改中"}
		if last {
			allowed = append(allowed, "未整改")
		}
		if !slices.Contains(allowed, rect) {
			t.Errorf("%s: 整改情况 %q, want one of %v", where, rect, allowed)
		}
		return true
	case result == "合格":
		if problems != "" || rect != "" {
			t.Errorf("%s: passing row with problems or rectification: %v", where, row)
		}
	default:
		t.Errorf("%s: 检查结果 %q", where, result)
	}
	return false
}

// itemRounds records in which rounds an item (website or account) failed.
type itemRounds struct {
	unit   string
	failed []int
}

// TestSanity reads the output back and checks it against FORMAT.md and the
// story the sample is meant to tell. Seeds other than the default one keep
// the generator honest: the ranges must hold by construction, not by luck.
func TestSanity(t *testing.T) {
	for _, seed := range []uint64{defaultSeed, 1, 7, 2025} {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			checkSample(t, writeTemp(t, Options{Seed: seed, Scale: "city"}))
		})
	}
}

func checkSample(t *testing.T, dir string) {
	// Read as the other tests read a written sample: every file by its
	// slash path, units.csv at the top and the rest in round folders.
	var folders []string
	for _, name := range sortedKeys(readTree(t, dir)) {
		folder, _, inFolder := strings.Cut(name, "/")
		switch {
		case !inFolder && name != "units.csv":
			t.Errorf("unexpected file %s", name)
		case inFolder && !slices.Contains(folders, folder):
			folders = append(folders, folder)
		}
	}
	if !slices.Equal(folders, roundIDs) || len(folders) != 8 {
		t.Fatalf("round folders %v, want the 8 quarters of 2023 and 2024", folders)
	}

	units, known := checkUnits(t, dir)
	inRange(t, "units", float64(len(units.rows)), 55, 65)
	categories := map[string]int{}
	for _, u := range units.rows {
		categories[u["单位类别"]]++
	}
	for cat, want := range map[string]int{"区县政府": 10, "市直部门": 45, "功能区": 5} {
		if categories[cat] != want {
			t.Errorf("%d units of category %s, want %d", categories[cat], cat, want)
		}
	}
	aliases := 0
	for _, u := range units.rows {
		for _, a := range strings.Split(u["别名"], "；") {
			if a != "" {
				aliases++
				if known[a] {
					t.Errorf("alias %s of %s is another unit's name", a, u["单位名称"])
				}
			}
		}
	}
	if aliases == 0 {
		t.Error("no unit has an 别名")
	}

	websites := map[string]*itemRounds{}
	accounts := map[string]*itemRounds{}
	accountNames := map[string][]string{} // 备案单号 → names over time
	lastSeen := map[string]int{}          // account key → last round listed
	closedIn := map[string]int{}
	failuresOnly := 0
	var firstRoundWeChat, firstRoundActive int

	for ri, id := range roundIDs {
		last := ri == len(roundIDs)-1
		rd := filepath.Join(dir, id)
		fm, body := frontMatter(t, filepath.Join(rd, "round.md"))

		t.Run(id+"/round.md", func(t *testing.T) {
			for _, k := range []string{"title", "period", "issuer", "doc_number", "index_no", "topic",
				"written", "published", "check_from", "check_to", "rectify_by", "sample"} {
				if fm[k] == "" {
					t.Errorf("front matter has no %s", k)
				}
			}
			if fm["sample"] != "true" || fm["issuer"] != "示例市人民政府办公室" || fm["topic"] != "政务公开" {
				t.Errorf("front matter: %v", fm)
			}
			if !strings.Contains(fm["title"], fm["period"]) || !regexp.MustCompile(`^示政办函〔\d{4}〕\d+号$`).MatchString(fm["doc_number"]) {
				t.Errorf("title %q / doc_number %q", fm["title"], fm["doc_number"])
			}
			date := func(k string) time.Time {
				d, err := time.Parse("2006-01-02", fm[k])
				if err != nil {
					t.Errorf("%s: %v", k, err)
				}
				return d
			}
			year, _ := strconv.Atoi(id[:4])
			q := int(id[5] - '0')
			qStart := time.Date(year, time.Month(q*3-2), 1, 0, 0, 0, 0, time.UTC)
			qEnd := qStart.AddDate(0, 3, -1)
			from, to, written, published, rectify := date("check_from"), date("check_to"), date("written"), date("published"), date("rectify_by")
			if from.Before(qStart) || to.After(qEnd) || to.Before(from) {
				t.Errorf("check %s..%s outside the quarter", fm["check_from"], fm["check_to"])
			}
			inRange(t, "days from quarter end to publication", published.Sub(qEnd).Hours()/24, 12, 30)
			if published.Before(written) || !rectify.After(published) {
				t.Errorf("written %s, published %s, rectify_by %s out of order", fm["written"], fm["published"], fm["rectify_by"])
			}
			if !strings.HasPrefix(strings.TrimLeft(body, "\n"), "（本通报为示例数据，所涉单位、网站和账号均为虚构。）\n") {
				t.Error("narrative does not start with the fiction notice")
			}
			for _, h := range []string{"\n## 一、检查情况\n", "\n## 二、主要问题\n", "\n## 三、工作要求\n"} {
				if !strings.Contains(body, h) {
					t.Errorf("narrative lacks heading %q", strings.TrimSpace(h))
				}
			}
			if m := countRe.FindString(body); m != "" {
				t.Errorf("narrative types a count or rate: %q", m)
			}
		})

		// websites.csv
		ws := readTable(t, filepath.Join(rd, "websites.csv"), websitesHeader)
		isFailuresOnly := fm["websites_total"] != ""
		websiteTotal := len(ws.rows)
		if isFailuresOnly {
			failuresOnly++
			if id != failuresOnlyRound {
				t.Errorf("%s states websites_total, but only %s is published as failures only", id, failuresOnlyRound)
			}
			websiteTotal, _ = strconv.Atoi(fm["websites_total"])
		}
		inRange(t, id+" websites", float64(websiteTotal), 60, 80)
		siteFails := 0
		for k, w := range ws.rows {
			where := fmt.Sprintf("%s/websites.csv row %d", id, k+2)
			if !known[w["主办单位"]] {
				t.Errorf("%s: 主办单位 %s not in units.csv", where, w["主办单位"])
			}
			if !siteCodeRe.MatchString(w["网站标识码"]) || !urlRe.MatchString(w["首页地址"]) || !scoreRe.MatchString(w["得分"]) {
				t.Errorf("%s: code, url or score malformed: %v", where, w)
			}
			if !slices.Contains([]string{"门户网站", "部门网站", "其他"}, w["网站类型"]) {
				t.Errorf("%s: 网站类型 %q", where, w["网站类型"])
			}
			if checkFailure(t, where, w, true, last) {
				siteFails++
				it := websites[w["网站标识码"]]
				if it == nil {
					it = &itemRounds{unit: w["主办单位"]}
					websites[w["网站标识码"]] = it
				}
				it.failed = append(it.failed, ri)
			} else if isFailuresOnly {
				t.Errorf("%s: a passing row in a failures-only round", where)
			}
		}
		inRange(t, id+" website failure share", float64(siteFails)/float64(websiteTotal), 0.02, 0.09)

		// accounts.csv
		as := readTable(t, filepath.Join(rd, "accounts.csv"), accountsHeader)
		onFile := len(as.rows)
		if isFailuresOnly {
			onFile, _ = strconv.Atoi(fm["accounts_total"])
		}
		inRange(t, id+" accounts on file", float64(onFile), 900, 1100)
		seen := map[string]bool{}
		active, checked, failed, unfiled := 0, 0, 0, 0
		for k, a := range as.rows {
			where := fmt.Sprintf("%s/accounts.csv row %d", id, k+2)
			norm, ok := normalize[a["平台"]]
			if !ok {
				t.Errorf("%s: 平台 %q", where, a["平台"])
			}
			if !known[a["开设主体"]] {
				t.Errorf("%s: 开设主体 %s not in units.csv", where, a["开设主体"])
			}
			if a["备案单号"] == "" {
				unfiled++
			}
			byName := norm + "|" + a["账号名称"] + "|" + a["开设主体"]
			key := byName
			if no := a["备案单号"]; no != "" {
				if !filingRe.MatchString(no) {
					t.Errorf("%s: 备案单号 %q", where, no)
				}
				key = "filing:" + no
				if names := accountNames[no]; len(names) == 0 || names[len(names)-1] != a["账号名称"] {
					accountNames[no] = append(names, a["账号名称"])
				}
			}
			if seen[key] || seen[byName] {
				t.Errorf("%s: account listed twice in the round: %v", where, a)
			}
			seen[key], seen[byName] = true, true

			status := a["运行状态"]
			prev, listedBefore := lastSeen[key]
			switch status {
			case "新开设":
				if listedBefore {
					t.Errorf("%s: 新开设 but listed in an earlier round", where)
				}
			case "已关停", "已注销":
				closedIn[key] = ri
			case "正常运行", "暂停更新":
				// Accounts opened in the failures-only round are first
				// listed in the round after it.
				if !listedBefore && ri > 0 && !isFailuresOnly && roundIDs[ri-1] != failuresOnlyRound {
					t.Errorf("%s: %s but never listed before", where, status)
				}
			default:
				t.Errorf("%s: 运行状态 %q", where, status)
			}
			if c, ok := closedIn[key]; ok && c < ri {
				t.Errorf("%s: listed again after being closed in %s", where, roundIDs[c])
			}
			if listedBefore && prev < ri-1 && !(prev == ri-2 && roundIDs[ri-1] == failuresOnlyRound) {
				t.Errorf("%s: missing from a round in between", where)
			}
			lastSeen[key] = ri

			isActive := status != "已关停" && status != "已注销"
			isChecked := a["是否抽查"] == "是"
			if !isActive && isChecked {
				t.Errorf("%s: a closed account was checked", where)
			}
			if a["是否抽查"] != "是" && a["是否抽查"] != "否" {
				t.Errorf("%s: 是否抽查 %q", where, a["是否抽查"])
			}
			if isActive {
				active++
				if ri == 0 {
					firstRoundActive++
					if norm == "微信" {
						firstRoundWeChat++
					}
				}
			}
			if isChecked {
				checked++
			}
			if isActive && !isChecked && id != sampledRound {
				t.Errorf("%s: active account not checked outside the sampled round", where)
			}
			if a["得分"] != "" && !scoreRe.MatchString(a["得分"]) {
				t.Errorf("%s: 得分 %q", where, a["得分"])
			}
			if strings.Contains(a["存在问题"], unfiledProblem) && a["备案单号"] != "" {
				t.Errorf("%s: reproached as unfiled but has 备案单号 %s", where, a["备案单号"])
			}
			if checkFailure(t, where, a, isChecked, last) {
				failed++
				it := accounts[key]
				if it == nil {
					it = &itemRounds{unit: a["开设主体"]}
					accounts[key] = it
				}
				it.failed = append(it.failed, ri)
			} else if isFailuresOnly {
				t.Errorf("%s: a passing row in a failures-only round", where)
			}
		}

		if !isFailuresOnly {
			inRange(t, id+" share without 备案单号", float64(unfiled)/float64(onFile), 0.02, 0.08)
		}
		if isFailuresOnly {
			sum := readTable(t, filepath.Join(rd, "summary.csv"), summaryHeader)
			metric := map[string]int{}
			for _, m := range sum.rows {
				v, err := strconv.Atoi(m["数值"])
				if err != nil {
					t.Errorf("summary.csv %s: %v", m["指标"], err)
				}
				metric[m["指标"]] = v
			}
			platforms := 0
			for _, p := range normalizedPlatforms {
				v, ok := metric["账号数:"+p]
				if !ok {
					t.Errorf("summary.csv lacks 账号数:%s", p)
				}
				platforms += v
			}
			running := metric["正常运行账号数"]
			if platforms != running || running+metric["关停注销账号数"] != onFile {
				t.Errorf("summary.csv does not add up: platforms %d, running %d, closed %d, accounts_total %d",
					platforms, running, metric["关停注销账号数"], onFile)
			}
			if metric["新开设账号数"] == 0 || metric["关停注销账号数"] == 0 {
				t.Errorf("summary.csv: no new or closed accounts: %v", metric)
			}
			active, checked = running, running
		} else if _, err := os.Stat(filepath.Join(rd, "summary.csv")); err == nil {
			t.Errorf("%s has a summary.csv but lists every row", id)
		}
		if id == sampledRound {
			inRange(t, id+" sampled share", float64(checked)/float64(active), 0.25, 0.35)
		} else if checked != active {
			t.Errorf("%s: %d of %d active accounts checked, want all", id, checked, active)
		}
		inRange(t, id+" account failure share", float64(failed)/float64(checked), 0.008, 0.035)
	}

	if failuresOnly != 1 {
		t.Errorf("%d failures-only rounds, want 1", failuresOnly)
	}
	inRange(t, "WeChat share", float64(firstRoundWeChat)/float64(firstRoundActive), 0.42, 0.58)

	var renames []string
	for _, no := range sortedKeys(accountNames) {
		if names := accountNames[no]; len(names) > 1 {
			renames = append(renames, fmt.Sprintf("%s: %v", no, names))
		}
	}
	if len(renames) != 1 {
		t.Errorf("want exactly one renamed account, got %v", renames)
	}

	// Repeat failures: the same website or account failing in consecutive
	// rounds, for exactly the scripted units.
	var repeatUnits []string
	for _, items := range []map[string]*itemRounds{websites, accounts} {
		for _, key := range sortedKeys(items) {
			it := items[key]
			for k := 1; k < len(it.failed); k++ {
				if it.failed[k] == it.failed[k-1]+1 && !slices.Contains(repeatUnits, it.unit) {
					repeatUnits = append(repeatUnits, it.unit)
				}
			}
		}
	}
	slices.Sort(repeatUnits)
	var want []string
	for _, rf := range repeatFailures {
		want = append(want, rf.unit)
	}
	slices.Sort(want)
	if !slices.Equal(repeatUnits, want) {
		t.Errorf("units failing in consecutive rounds: %v, want %v", repeatUnits, want)
	}
}

// TestLargerScales reads back the province and the country and checks what
// the benchmarks rely on: sizes near the (1,000 websites and about
// 6,000 accounts a round of a province; 14,000 websites and 100,000 accounts
// of the country), unit names that stay unique, valid credit codes, and
// rows that only name listed units.
func TestLargerScales(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a quarter of a million rows")
	}
	tests := []struct {
		scale    string
		rounds   int
		units    [2]float64
		websites int
		accounts [2]float64 // on file, per round
	}{
		{"province", 20, [2]float64{1800, 2200}, 1000, [2]float64{5000, 7000}},
		{"national", 1, [2]float64{28000, 32000}, 14000, [2]float64{90000, 110000}},
	}
	for _, tt := range tests {
		t.Run(tt.scale, func(t *testing.T) {
			dir := writeTemp(t, Options{Seed: defaultSeed, Scale: tt.scale})
			units, known := checkUnits(t, dir)
			inRange(t, "units", float64(len(units.rows)), tt.units[0], tt.units[1])

			sc, err := lookupScale(tt.scale)
			if err != nil {
				t.Fatal(err)
			}
			if len(sc.rounds) != tt.rounds {
				t.Fatalf("%d rounds, want %d", len(sc.rounds), tt.rounds)
			}
			for _, id := range sc.rounds {
				rd := filepath.Join(dir, id)
				fm, _ := frontMatter(t, filepath.Join(rd, "round.md"))
				ws := readTable(t, filepath.Join(rd, "websites.csv"), websitesHeader)
				websites := len(ws.rows)
				if n, err := strconv.Atoi(fm["websites_total"]); err == nil {
					websites = n
				}
				if websites != tt.websites {
					t.Errorf("%s: %d websites, want %d", id, websites, tt.websites)
				}
				codes := map[string]bool{}
				for _, w := range ws.rows {
					if !known[w["主办单位"]] {
						t.Errorf("%s: 主办单位 %s not in units.csv", id, w["主办单位"])
					}
					if c := w["网站标识码"]; codes[c] || !siteCodeRe.MatchString(c) {
						t.Errorf("%s: 网站标识码 %q repeated or malformed", id, c)
					}
					codes[w["网站标识码"]] = true
				}
				as := readTable(t, filepath.Join(rd, "accounts.csv"), accountsHeader)
				accounts := len(as.rows)
				if n, err := strconv.Atoi(fm["accounts_total"]); err == nil {
					accounts = n
				}
				inRange(t, id+" accounts", float64(accounts), tt.accounts[0], tt.accounts[1])
				for _, a := range as.rows {
					if !known[a["开设主体"]] {
						t.Errorf("%s: 开设主体 %s not in units.csv", id, a["开设主体"])
						break
					}
				}
			}
		})
	}
}

// TestLargerScaleIsDeterministic writes the province twice.
func TestLargerScaleIsDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("writes the province twice")
	}
	opt := Options{Seed: defaultSeed, Scale: "province"}
	first := readTree(t, writeTemp(t, opt))
	if diffs := diffTrees(first, readTree(t, writeTemp(t, opt))); len(diffs) > 0 {
		t.Errorf("two runs differ: %v", diffs)
	}
}
