#!/usr/bin/env bash
# Builds the libFuzzer target with AddressSanitizer and runs it for a given number of seconds (default 600).
# Usage: Fuzz/run.sh [seconds] [extra libFuzzer flags...]
# Crashes are written to Fuzz/artifacts/; turn each into a regression fixture under Tests/ before fixing it.
# The seed corpus is the shipped plugins, the codebook and the YAMLKit and PluginFormat test fixtures; the
# working corpus grows in Fuzz/corpus-run/ (not committed).
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"
shift || true

# --sanitize=fuzzer links libFuzzer, but this toolchain adds no coverage instrumentation with it, which leaves
# libFuzzer blind (its corpus never grows past one input); ask for the coverage libFuzzer reads explicitly.
flags=(-c release --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp)
swift build "${flags[@]}"
binary="$(swift build "${flags[@]}" --show-bin-path)/NordicCompareFuzz"

mkdir -p corpus-run artifacts seeds
# Seeds: every YAML file the project ships or tests with, copied flat so libFuzzer can read them.
find ../plugins ../config ../Tests -type f \( -name '*.yaml' -o -name '*.yml' \) -print0 |
    while IFS= read -r -d '' file; do cp "$file" "seeds/$(echo "$file" | tr '/.' '__').yaml"; done

echo "fuzzing for ${seconds}s with $(ls seeds | wc -l) seeds"
# One-time allocations of Swift globals' initialisers are not leaks; see lsan-suppressions.txt.
export LSAN_OPTIONS="suppressions=$PWD/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
"$binary" corpus-run seeds -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix=artifacts/ -print_final_stats=1 "$@"
