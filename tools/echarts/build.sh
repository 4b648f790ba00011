#!/usr/bin/env bash
# Builds static/vendor/echarts/echarts.zwgk.min.js, ECharts with only the
# chart types and components the site uses (see entry.js), and copies the
# licences of what the bundle holds beside it. The result is committed, so
# neither the site build nor CI runs this; run it after changing entry.js or
# the pinned versions in package.json, then commit the output.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
out=../../static/vendor/echarts
version=$(node -p 'require("./node_modules/echarts/package.json").version')
zrender=$(node -p 'require("./node_modules/zrender/package.json").version')
tslib=$(node -p 'require("./node_modules/tslib/package.json").version')
npx esbuild entry.js --bundle --minify --format=iife --target=es2017 \
  --legal-comments=none --log-level=warning \
  --banner:js="/*! Apache ECharts $version (bar, line, grid, legend, tooltip, aria; canvas) with zrender $zrender and tslib $tslib, built for zwgk by tools/echarts/build.sh. Licences: LICENSE, NOTICE, LICENSE-d3, LICENSE-zrender, LICENSE-tslib beside this file. */" \
  --outfile="$out/echarts.zwgk.min.js"
cp node_modules/echarts/LICENSE "$out/LICENSE"
cp node_modules/echarts/NOTICE "$out/NOTICE"
cp node_modules/echarts/licenses/LICENSE-d3 "$out/LICENSE-d3"
cp node_modules/zrender/LICENSE "$out/LICENSE-zrender"
cp node_modules/tslib/LICENSE.txt "$out/LICENSE-tslib"
echo "$version" > "$out/VERSION"
sha256sum "$out/echarts.zwgk.min.js"
