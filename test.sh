#!/usr/bin/env bash
# zwgk's test command: the README's, and CI's through .ci/run.
#
# It first checks the code with gofmt, go vet and staticcheck. Then it
# installs what the browser test (internal/cli/browser_test.go) needs when
# it is missing: Chromium and CJK fonts from Debian's apt (as root, or
# with password-less sudo), and axe-core from npm at the version pinned in
# tools/browser/package-lock.json. Then it runs every test, with
# ZWGK_REQUIRE_BROWSER set so that the browser test fails instead of
# skipping when Chromium or axe-core is still missing. Plain `go test ./...`
# skips the browser test on a machine without them. Last, every fuzz target
# runs for a few seconds (.ci/fuzz).
set -euo pipefail
cd "$(dirname "$0")"

# Formatting, vet and staticcheck come first, before anything is installed:
# they fail fast on what tests seldom catch (an error assigned and then
# dropped, a helper nothing calls). staticcheck runs through `go run` at a
# pinned version, so every machine checks by the same rules with nothing
# to install; staticcheck.conf says which checks.
unformatted=$(gofmt -l .)
if [ -n "$unformatted" ]; then
	echo "test.sh: 这些文件未按 gofmt 排版，请运行 gofmt -w 后再提交：" >&2
	echo "$unformatted" >&2
	exit 1
fi
go vet ./...
go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

apt_install() {
	if [ "$(id -u)" = 0 ]; then
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
	elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
		sudo apt-get update -qq
		sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
	else
		echo "test.sh: 浏览器测试需要 $*，请先安装（Debian/Ubuntu：sudo apt-get install $*），或用 ZWGK_CHROMIUM 指定 Chromium 的路径" >&2
		exit 1
	fi
}

have_chromium() {
	[ -n "${ZWGK_CHROMIUM:-}" ] && return 0
	for b in chromium chromium-browser google-chrome google-chrome-stable; do
		command -v "$b" >/dev/null && return 0
	done
	return 1
}

if ! have_chromium; then
	apt_install chromium fonts-noto-cjk
fi
# The DOCX test (internal/cli/cmd_draft_test.go) prints each drafted 通报 to PDF
# with LibreOffice and reads it back with poppler.
if ! command -v soffice >/dev/null || ! command -v pdftotext >/dev/null; then
	apt_install libreoffice-writer-nogui poppler-utils fonts-noto-cjk
fi
if ! command -v npm >/dev/null; then
	apt_install npm
fi
axe=tools/browser/node_modules/axe-core/axe.min.js
if [ ! -f "$axe" ] || [ tools/browser/package-lock.json -nt "$axe" ]; then
	npm ci --prefix tools/browser --no-audit --no-fund
	touch "$axe"
fi

export ZWGK_REQUIRE_BROWSER=1
go test ./...

# Each fuzz target also searches briefly beyond its seed corpus (which the
# run above already replays), so a reader that panics on odd input is caught.
FUZZTIME=${FUZZTIME:-5s} .ci/fuzz
