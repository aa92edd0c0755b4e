#!/bin/sh
# Byte-for-byte check of two builds of the CLI (stdout, stderr, exit status), for changes that
# must not change output (speed work, the startup snapshot):
#
#   scripts/build/same-output.sh BASE_PKG CAND_PKG [plain|snap]
#
# A PKG is a directory with bin/factdiff and dist/ (and package.json), e.g. a private copy:
#   npx tsc -p tsconfig.build.json --outDir /tmp/me/pkg/dist && cp -r bin package.json /tmp/me/pkg/
#   ln -s "$PWD/node_modules" /tmp/me/pkg/node_modules
# BASE always runs as `node BASE/bin/factdiff`; CAND too in `plain` mode (default), and as a
# program in `snap` mode (its sh part: the startup snapshot when CAND/.snapshot has one).
# Commands: compare/extract/detect of the seeds in every format and with options, stdin, usage
# errors, every fixtures/pairs text in one run, and a sample of single-file runs. Exit 1 on any
# difference.
B=$1
C=$2
MODE=${3:-plain}
[ -f "$B/bin/factdiff" ] && [ -f "$C/bin/factdiff" ] || { echo "usage: $0 BASE_PKG CAND_PKG [plain|snap]" >&2; exit 2; }
cd "$(dirname "$0")/../.." || exit 2
out=$(mktemp -d)
fail=0
run() { # name args… (stdin from $IN, default /dev/null)
  name=$1
  shift
  node "$B/bin/factdiff" "$@" <"${IN:-/dev/null}" >"$out/b.out" 2>"$out/b.err"
  echo $? >"$out/b.rc"
  if [ "$MODE" = snap ]; then
    "$C/bin/factdiff" "$@" <"${IN:-/dev/null}" >"$out/c.out" 2>"$out/c.err"
  else
    node "$C/bin/factdiff" "$@" <"${IN:-/dev/null}" >"$out/c.out" 2>"$out/c.err"
  fi
  echo $? >"$out/c.rc"
  if ! cmp -s "$out/b.out" "$out/c.out" || ! cmp -s "$out/b.err" "$out/c.err" || ! cmp -s "$out/b.rc" "$out/c.rc"; then
    echo "DIFF: $name"
    fail=1
  fi
}
EN=fixtures/paris-rally-2019.en.txt
AR=fixtures/paris-rally-2019.ar.txt
for f in table json ndjson csv markdown; do run "compare $f" compare $EN $AR --format $f --fail-on any; done
for f in table json ndjson csv markdown; do run "extract $f" extract $EN $AR --format $f; done
run detect detect $EN $AR --format json
run "extract options" extract $EN $AR --format json --locale en_CA --periods calendar --hijri civil --date 2019-12-01
run "extract --lang" extract $AR --lang ar --hijri tabular --format csv
IN=$AR run "extract stdin" extract - --format json
run version --version
run help compare --help
run "unknown option" extract --no-such-option
run "missing file" extract /nonexistent/story.txt
PAIRS=$(find fixtures/pairs -name '*.txt' | sort)
# shellcheck disable=SC2086
run "all pair texts" extract $PAIRS --format ndjson
for f in $(echo "$PAIRS" | awk 'NR % 16 == 1'); do run "extract $f" extract "$f" --format json; done
for d in $(ls -d fixtures/pairs/*/ | sort | awk 'NR % 12 == 1'); do run "compare $d" compare "${d}en.txt" "${d}ar.txt" --format json; done
rm -rf "$out"
if [ $fail = 0 ]; then echo "IDENTICAL ($MODE)"; else echo "DIFFERENCES ($MODE)"; fi
exit $fail
