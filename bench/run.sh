#!/usr/bin/env bash
# Measures zwgk at the three sample scales (docs/performance.md).
#
# For city, province and national: generates the sample, times `zwgk build`
# into an empty folder and records its peak memory, counts the pages, and
# times the floor — a bare Hugo site with as many pages and trivial
# templates, built by the same Hugo (bench/floor). Then builds the province
# cut to 5, 10 and 20 rounds, to see memory grow with the data, and times
# how long `zwgk serve` takes to show a change to one sheet of the city
# and of the province.
#
#   bench/run.sh                     all of it (about half an hour)
#   SCALES="city province" RUNS=1 bench/run.sh
#   SKIP_ROUNDS=1 SKIP_SERVE=1 bench/run.sh
#
# Each build is run RUNS times (default 3); the table gives the shortest
# time and the largest peak memory, since other work on the machine can
# only make a run slower, and the CPU time (user + system) of the fastest
# run, which other work disturbs less than the wall clock.
#
# Scratch files go to $BENCH_DIR (default: a new folder under /tmp) and are
# removed at the end; deleting tens of thousands of pages is not timed.
set -euo pipefail
cd "$(dirname "$0")/.."

scales=${SCALES:-city province national}
runs=${RUNS:-3}
work=${BENCH_DIR:-$(mktemp -d /tmp/zwgk-bench-XXXXXX)}
mkdir -p "$work"
serve_pid=
cleanup() {
	if [ -n "$serve_pid" ]; then kill -INT "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; fi
	rm -rf "$work"
}
trap cleanup EXIT

# GNU time gives the peak resident set size; Debian packages it as "time".
if [ ! -x /usr/bin/time ]; then
	echo "安装 GNU time（/usr/bin/time）…" >&2
	sudo=; [ "$(id -u)" -ne 0 ] && sudo=sudo
	$sudo apt-get update -qq >&2 && $sudo apt-get install -y -qq time >&2
fi

go build -o "$work/zwgk" ./cmd/zwgk
go build -o "$work/floor" ./bench/floor

# measure OUT LOG CMD… runs CMD RUNS times, each time into an empty OUT
# (removed before and not timed), and sets secs (the shortest wall clock
# time), cpu (user + system seconds of that run) and mib (the largest peak
# RSS).
measure() {
	local out=$1 log=$2 s kib u sy
	shift 2
	secs= cpu= mib=0
	for _ in $(seq "$runs"); do
		rm -rf "$out"
		if ! /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$@" >"$log" 2>&1; then
			cat "$log" >&2
			echo "失败：$*" >&2
			exit 1
		fi
		read -r s kib u sy <"$work/time"
		if [ -z "$secs" ] || awk -v a="$s" -v b="$secs" 'BEGIN { exit !(a < b) }'; then
			secs=$s cpu=$(awk -v a="$u" -v b="$sy" 'BEGIN { print a + b }')
		fi
		if [ $((kib / 1024)) -gt "$mib" ]; then mib=$((kib / 1024)); fi
	done
}

pages() { find "$1" -name '*.html' | wc -l; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr); $(go version | cut -d' ' -f3); load average $(cut -d' ' -f1-3 /proc/loadavg); best of $runs"
echo
printf '%-9s %7s %9s %7s %10s %8s %7s %7s\n' scale pages "build s" "cpu s" "peak RSS" "floor s" "cpu s" ratio
for scale in $scales; do
	dir="$work/$scale"
	"$work/zwgk" sample --scale "$scale" --out "$dir/rounds" 2>/dev/null
	measure "$dir/public" "$dir/build.log" "$work/zwgk" build --quiet --rounds "$dir/rounds" --out "$dir/public"
	build_s=$secs build_cpu=$cpu build_mib=$mib
	n=$(pages "$dir/public")
	measure "$dir/floor" "$dir/floor.log" "$work/floor" -pages "$n" -out "$dir/floor"
	floor_s=$secs
	printf '%-9s %7d %9.1f %7.1f %6d MiB %8.1f %7.1f %6.1f×\n' "$scale" "$n" "$build_s" "$build_cpu" "$build_mib" "$floor_s" "$cpu" \
		"$(awk -v a="$build_s" -v b="$floor_s" 'BEGIN { print (b > 0 ? a / b : 0) }')"
	[ "$scale" = province ] && cp -r "$dir/rounds" "$work/province-rounds"
	rm -rf "$dir"
done

if [ -z "${SKIP_ROUNDS:-}" ]; then
	echo
	echo "memory against rounds (province sample, first N rounds):"
	printf '%-7s %9s %9s %10s %10s\n' rounds rows "build s" "peak RSS" "output"
	if [ ! -d "$work/province-rounds" ]; then
		"$work/zwgk" sample --scale province --out "$work/province-rounds" 2>/dev/null
	fi
	all=$(cd "$work/province-rounds" && ls -d 20*/ | tr -d /)
	for n in 5 10 20; do
		dir="$work/rounds-$n"
		mkdir -p "$dir/rounds"
		cp "$work/province-rounds/units.csv" "$dir/rounds/"
		for r in $(echo "$all" | head -n "$n"); do cp -r "$work/province-rounds/$r" "$dir/rounds/"; done
		rows=$(cat "$dir"/rounds/20*/*.csv | wc -l)
		measure "$dir/public" "$dir/build.log" "$work/zwgk" build --quiet --rounds "$dir/rounds" --out "$dir/public"
		printf '%-7d %9d %9.1f %6d MiB %10s\n' "$n" "$rows" "$secs" "$mib" "$(du -sh "$dir/public" | cut -f1)"
		rm -rf "$dir"
	done
fi

# serve_changes NAME ROUNDS starts `zwgk serve` on a copy of ROUNDS and
# times five changes to the newest round's websites.csv, each from saving
# the sheet to the changed page on disk.
serve_changes() {
	local name=$1 dir="$work/serve-$1" port sheet mark start
	mkdir -p "$dir/tmp"
	cp -r "$2" "$dir/rounds"
	port=$((20000 + RANDOM % 20000))
	# serve writes to a folder under TMPDIR; point it here to watch it.
	TMPDIR="$dir/tmp" "$work/zwgk" serve --quiet --no-open --rounds "$dir/rounds" --port "$port" >"$dir/serve.log" 2>&1 &
	serve_pid=$!
	for _ in $(seq 1200); do
		curl -fs -o /dev/null "http://127.0.0.1:$port/" && break
		sleep 0.1
	done
	sheet=$(ls -d "$dir"/rounds/20*/ | tail -n 1)websites.csv
	echo "serve, $name: from saving $(basename "$(dirname "$sheet")")/websites.csv to the change on disk (poll every 50 ms):"
	for i in 1 2 3 4 5; do
		sleep 1
		mark="测速标记$i"
		# The first website's name is shown on its unit's page.
		sed -i "2s/,/,$mark/" "$sheet"
		start=$(date +%s.%N)
		until grep -rqs --include=index.html "$mark" "$dir"/tmp/zwgk-serve-*/public/units; do sleep 0.05; done
		awk -v a="$start" -v b="$(date +%s.%N)" -v n="$i" 'BEGIN { printf "  change %d: %.2f s\n", n, b - a }'
	done
	kill -INT "$serve_pid" 2>/dev/null || true
	wait "$serve_pid" 2>/dev/null || true
	serve_pid=
	rm -rf "$dir"
}

if [ -z "${SKIP_SERVE:-}" ]; then
	echo
	serve_changes city rounds
	if [ ! -d "$work/province-rounds" ]; then
		"$work/zwgk" sample --scale province --out "$work/province-rounds" 2>/dev/null
	fi
	serve_changes province "$work/province-rounds"
fi
