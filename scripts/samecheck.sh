#!/usr/bin/env bash
# samecheck.sh: check that crosscheck's outputs stay the same across a
# refactoring step, on the fixtures, on ../shared/dev/articles and on 2,000
# generated pages (the JSON report, and the workbook and the briefing as
# text dumps).
#
# Usage (from anywhere; paths are resolved from this script's location):
#
#   scripts/samecheck.sh record DIR        build the current tree and record its outputs into DIR
#   scripts/samecheck.sh compare BASE NEW  diff two recordings; exit 1 if anything differs
#   scripts/samecheck.sh check BASE        record the current tree into a temporary folder and
#                                          compare it with BASE (exit 1 if anything differs)
#
# The usual loop:
#
#   scripts/samecheck.sh record /tmp/samecheck-base   # once, before the first step
#   ... edit ...
#   scripts/samecheck.sh check /tmp/samecheck-base    # after each step: must say "same" three times
#
# What "record DIR" does:
#   1. go build -o DIR/crosscheck ./cmd/crosscheck (the tree as it is now, edits
#      included) and go build -o DIR/dumpreport ./scripts/dumpreport;
#   2. generates the synthetic pages once into DIR/gen (crosscheck gen -n 2000;
#      gen is deterministic, so an existing complete DIR/gen is reused);
#   3. runs crosscheck on each corpus, one run at a time:
#        fixtures  -in fixtures/articles           (working directory: the repo)
#        dev       -in ../shared/dev/articles      (working directory: the repo)
#        gen       -in gen                         (working directory: DIR)
#      with -db none -date 2026-11-20 -q -progress never -workers 1
#      -out DIR/runs/CORPUS and SOURCE_DATE_EPOCH=1763600000 (flags the binary
#      does not list in -h are left out; builds that ignore SOURCE_DATE_EPOCH
#      still compare, as the generation time is normalised). Inputs are given
#      as relative paths so that the report's "inputs" are the same wherever
#      DIR is;
#   4. writes the text dumps into DIR/dump/CORPUS/ (see scripts/dumpreport):
#        report.json    the JSON report, keys sorted, indented, "generated" replaced
#        workbook.txt   every sheet, every non-empty cell as Sheet!A1<TAB>value
#                       (plus <TAB>raw=... when the stored value differs from the
#                       displayed one), document properties, tables and data
#                       validations; the Summary sheet's Generated cell replaced
#        briefing.txt   the PDF's text: "pdftotext -layout" when pdftotext is
#                       installed, else lines rebuilt by the Go reader
#                       (github.com/ledongthuc/pdf); "check" always uses the
#                       extractor BASE was recorded with (see DIR/meta)
#        briefing-draw.txt  (Go reader, always) the PDF's info and outline, and
#                       each page's strings with position, font and size, in
#                       reading order, plus a digest of the page's other drawing
#                       operators (tables' rules, charts, colours)
#      in both briefing dumps, lines holding the generation time are replaced;
#      and the sha256 of the raw files into DIR/raw/CORPUS.sha256 (compare
#      reports whether the raw bytes are identical too, for information only:
#      the verdict is on the dumps).
#
# "check BASE" reuses BASE/gen as the generated corpus (the same input for
# both sides), records into a fresh temporary folder, compares, and removes
# that folder when everything is the same (it is kept, and its path printed,
# when something differs; the diffs are in NEW/diff/CORPUS.diff).
#
# Settings (environment): SAMECHECK_DATE (2026-11-20), SAMECHECK_EPOCH
# (1763600000), SAMECHECK_GEN_N (2000), SAMECHECK_WORKERS (1; the machine is
# shared, keep it light), SAMECHECK_PDFTEXT (auto, go or pdftotext),
# SAMECHECK_SHOW (lines of each diff printed by compare, 20), SAMECHECK_KEEP=1
# (check keeps its temporary folder).
#
# Exit status: 0 all the same (or recorded), 1 something differs or a step
# failed, 2 bad usage.

set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CORPORA=(fixtures dev gen)
DATE=${SAMECHECK_DATE:-2026-11-20}
EPOCH=${SAMECHECK_EPOCH:-1763600000}
GEN_N=${SAMECHECK_GEN_N:-2000}
WORKERS=${SAMECHECK_WORKERS:-1}
SHOW=${SAMECHECK_SHOW:-20}

usage() {
	sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "${BASH_SOURCE[0]}" | sed -n '/^Usage/,/^The usual loop/p' | sed '$d' >&2
	exit 2
}

die() {
	echo "samecheck: $*" >&2
	exit 1
}

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1fs", b - a }'; }

# abspath DIR: DIR made absolute (created if missing).
abspath() {
	mkdir -p "$1"
	(cd "$1" && pwd)
}

# has_flag FLAG: the binary (whose -h output is in HELP) lists -FLAG.
has_flag() {
	grep -Eq "^[[:space:]]+-$1([[:space:]]|$)" <<<"$HELP"
}

pdftext_tool() {
	case ${SAMECHECK_PDFTEXT:-auto} in
	go | pdftotext) echo "$SAMECHECK_PDFTEXT" ;;
	auto) if command -v pdftotext >/dev/null 2>&1; then echo pdftotext; else echo go; fi ;;
	*) die "SAMECHECK_PDFTEXT must be auto, go or pdftotext" ;;
	esac
}

record() {
	local dir t0 t
	dir=$(abspath "$1")
	t0=$(now)
	rm -rf "$dir/runs" "$dir/dump" "$dir/raw" "$dir/diff" "$dir/logs" "$dir/meta"
	mkdir -p "$dir/runs" "$dir/dump" "$dir/raw" "$dir/logs"

	t=$(now)
	(cd "$REPO" && go build -o "$dir/crosscheck" ./cmd/crosscheck && go build -o "$dir/dumpreport" ./scripts/dumpreport) ||
		die "build failed"
	echo "build      $(since "$t")"

	# The generated corpus: SAMECHECK_GEN_DIR (set by check: BASE's) or DIR/gen.
	local gen=${SAMECHECK_GEN_DIR:-$dir/gen}
	if [[ ! -f $gen.ok || $(cat "$gen.ok") != "n=$GEN_N" ]]; then
		t=$(now)
		rm -rf "$gen" "$gen.tmp" "$gen.ok"
		"$dir/crosscheck" gen -n "$GEN_N" -out "$gen.tmp" >"$dir/logs/gen.log" 2>&1 ||
			die "gen failed: $(tail -5 "$dir/logs/gen.log")"
		mv "$gen.tmp" "$gen"
		echo "n=$GEN_N" >"$gen.ok"
		echo "gen        $(since "$t") ($GEN_N pages into $gen)"
	else
		echo "gen        reused $gen"
	fi

	HELP=$("$dir/crosscheck" -h 2>&1 || true)
	local flags=(-db none -date "$DATE")
	has_flag q && flags+=(-q)
	has_flag progress && flags+=(-progress never)
	has_flag workers && flags+=(-workers "$WORKERS")
	local tool
	tool=$(pdftext_tool)
	{
		echo "commit $(git -C "$REPO" rev-parse HEAD 2>/dev/null || echo unknown)"
		echo "dirty_files $(git -C "$REPO" status --porcelain 2>/dev/null | wc -l)"
		echo "flags ${flags[*]}"
		echo "SOURCE_DATE_EPOCH $EPOCH"
		echo "gen $gen n=$GEN_N"
		echo "pdftext $tool"
	} >"$dir/meta"

	local corpus cwd in out
	for corpus in "${CORPORA[@]}"; do
		case $corpus in
		fixtures) cwd=$REPO in=fixtures/articles ;;
		dev) cwd=$REPO in=../shared/dev/articles ;;
		gen) cwd=$(dirname "$gen") in=$(basename "$gen") ;;
		esac
		[[ -d $cwd/$in ]] || die "$corpus: no folder $cwd/$in"
		out=$dir/runs/$corpus
		t=$(now)
		(cd "$cwd" && SOURCE_DATE_EPOCH=$EPOCH "$dir/crosscheck" "${flags[@]}" -in "$in" -out "$out") \
			>"$dir/logs/$corpus.log" 2>&1 ||
			die "$corpus: crosscheck failed (exit $?): $(tail -5 "$dir/logs/$corpus.log")"
		local run=$out/$DATE
		[[ -d $run ]] || die "$corpus: no output folder $run"
		local trun
		trun=$(since "$t")
		t=$(now)
		"$dir/dumpreport" -in "$run" -out "$dir/dump/$corpus" -pdftext "$tool" ||
			die "$corpus: dump failed"
		(cd "$run" && sha256sum crosscheck-*) >"$dir/raw/$corpus.sha256"
		echo "$(printf '%-10s' "$corpus") run $trun, dump $(since "$t")"
	done
	echo "recorded   $dir in $(since "$t0")"
}

# count_changes DIFF FILE: the lines added or removed in FILE's part of a diff -ru output.
count_changes() {
	awk -v f="$2" '
		/^diff / { on = ($NF ~ ("/" f "$")); next }
		on && /^(\+\+\+|---) / { next }
		on && /^[+-]/ { n++ }
		/^Only in / && index($0, f) { n++ }
		END { print n + 0 }' "$1"
}

compare() {
	local base new status=0 corpus d n t0
	t0=$(now)
	[[ -d $1/dump && -d $2/dump ]] || die "compare: $1 and $2 must both be recordings (with a dump/ folder)"
	base=$(cd "$1" && pwd)
	new=$(cd "$2" && pwd)
	local tb tn
	tb=$(sed -n 's/^pdftext //p' "$base/meta" 2>/dev/null || true)
	tn=$(sed -n 's/^pdftext //p' "$new/meta" 2>/dev/null || true)
	[[ $tb == "$tn" ]] || echo "samecheck: warning: briefings extracted with different tools ($tb, $tn): they cannot match" >&2
	mkdir -p "$new/diff"
	for corpus in "${CORPORA[@]}"; do
		d=$new/diff/$corpus.diff
		if [[ ! -d $base/dump/$corpus || ! -d $new/dump/$corpus ]]; then
			printf '%-10s missing from %s\n' "$corpus" "$([[ -d $base/dump/$corpus ]] && echo "$new" || echo "$base")"
			status=1
			continue
		fi
		if diff -ru "$base/dump/$corpus" "$new/dump/$corpus" >"$d"; then
			rm -f "$d"
			local raw="raw files byte-identical too"
			cmp -s "$base/raw/$corpus.sha256" "$new/raw/$corpus.sha256" 2>/dev/null ||
				raw="raw bytes differ: $(diff <(sort "$base/raw/$corpus.sha256") <(sort "$new/raw/$corpus.sha256") 2>/dev/null |
					sed -n 's/^> [0-9a-f]*  crosscheck-.*\.//p' | sort -u | tr '\n' ' ')(not part of the verdict)"
			printf '%-10s same (%s)\n' "$corpus" "$raw"
		else
			status=1
			local nj nw nb nd
			nj=$(count_changes "$d" report.json)
			nw=$(count_changes "$d" workbook.txt)
			nb=$(count_changes "$d" briefing.txt)
			nd=$(count_changes "$d" briefing-draw.txt)
			n=$((nj + nw + nb + nd))
			printf '%-10s differs: %s lines (report.json %s, workbook.txt %s, briefing.txt %s, briefing-draw.txt %s); diff in %s\n' \
				"$corpus" "$n" "$nj" "$nw" "$nb" "$nd" "$d"
			if ((SHOW > 0)); then
				head -n "$SHOW" "$d" | sed 's/^/    /'
			fi
		fi
	done
	echo "compare    $(since "$t0")"
	return $status
}

check() {
	local base new status=0
	[[ -d $1/dump ]] || die "check: $1 is not a recording (run: $0 record $1)"
	base=$(cd "$1" && pwd)
	new=$(mktemp -d "${TMPDIR:-/tmp}/samecheck.XXXXXX")
	local tool
	tool=$(sed -n 's/^pdftext //p' "$base/meta" 2>/dev/null || true)
	if [[ -f $base/gen.ok ]]; then
		export SAMECHECK_GEN_DIR=$base/gen
	fi
	SAMECHECK_PDFTEXT=${tool:-${SAMECHECK_PDFTEXT:-auto}} record "$new"
	compare "$base" "$new" || status=$?
	if ((status == 0)) && [[ ${SAMECHECK_KEEP:-} != 1 ]]; then
		rm -rf "$new"
	else
		echo "kept       $new"
	fi
	return $status
}

case ${1:-} in
record) [[ $# -eq 2 ]] || usage; record "$2" ;;
compare) [[ $# -eq 3 ]] || usage; compare "$2" "$3" ;;
check) [[ $# -eq 2 ]] || usage; check "$2" ;;
-h | --help | help) usage ;;
*) usage ;;
esac
