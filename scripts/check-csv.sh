#!/usr/bin/env bash
# Checks the per-view CSV (--format csv) with the readers a data team uses, over the shipped configuration.
#
# For each language (en, nb, da), and once more with a single plugin enabled (one column of initiatives, the case
# where pandas stopped with "Expected 2 fields in line 10" while the sources shared the table's file):
#   `nordic-compare run --format csv,json` writes <view>.csv, <view>-sources.csv and <view>.json for every view;
#   scripts/check_csv.py reads every CSV with Python's csv module in strict mode and with pandas.read_csv, and checks
#   the shape against the JSON of the same run: one field count per file, the header, one record per row of the
#   view (or per footnote), no byte-order mark.
# Then LibreOffice Calc imports every CSV file as the README tells a reader to (character set UTF-8, separated by
# comma) and writes it back out; every cell must be the one Python read.
#
# Installs what is missing: pandas (pip), and libreoffice-calc (apt, --no-install-recommends; the LibreOffice part
# is skipped, saying so, when it cannot be installed). Exits non-zero with a message on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check-csv: FAILED: $*" >&2; exit 1; }
say() { echo "check-csv: $*"; }
. scripts/lib/readers.sh

# --- what the check needs ------------------------------------------------------------------------------------
ensure_python_module pandas pandas
say "readers: Python $(python3 -c 'import platform; print(platform.python_version())') csv module, pandas $(python3 -c 'import pandas; print(pandas.__version__)')"

ensure_libreoffice_calc

# --- build, run and check ------------------------------------------------------------------------------------
swift build >/dev/null || fail "swift build failed"
tool="$(swift build --show-bin-path)/nordic-compare"
out=".build/check-csv"
rm -rf "$out"
mkdir -p "$out"

# LibreOffice Calc's import as the README describes it: comma (44), double quote (34), UTF-8 (76), from line 1;
# written back as UTF-8 CSV with the cells as they are.
import_filter="CSV:44,34,76,1"
export_filter="csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false"
libreoffice() {
    local dir="$1" converted="$1-libreoffice"
    mkdir -p "$converted"
    timeout 300 soffice -env:UserInstallation="file://$PWD/$out/profile" --headless --infilter="$import_filter" \
        --convert-to "$export_filter" --outdir "$converted" "$dir"/*.csv >"$converted.log" 2>&1 \
        || { cat "$converted.log" >&2; fail "LibreOffice Calc could not import the CSV files of $dir"; }
}

check() {
    local dir="$1"; shift
    local options=("$@")
    if [ "$calc" -eq 1 ]; then
        libreoffice "$dir"
        options+=(--libreoffice "$dir-libreoffice")
    fi
    python3 scripts/check_csv.py "$dir" "${options[@]}" || fail "the CSV of $dir failed the checks above"
}

for lang in en nb da; do
    "$tool" run --format csv,json --lang "$lang" --output "$out/$lang" >"$out/$lang.log" 2>"$out/$lang.err" \
        || { cat "$out/$lang.err" >&2; fail "nordic-compare run --format csv,json --lang $lang failed"; }
    check "$out/$lang"
done

# One plugin enabled: a copy of the shipped project with only denmark (one initiative) in its plugins list.
project="$out/one-plugin"
mkdir -p "$project"
cp -R config plugins "$project/"
sed -i 's/^plugins: \[.*\]$/plugins: [denmark]/' "$project/config/nordic-compare.yaml"
grep -q '^plugins: \[denmark\]$' "$project/config/nordic-compare.yaml" || fail "could not enable denmark alone"
# The budget-breakdown view then breaks down the Danish budget (one figure, not split), not the EU programme's.
sed -i 's/^    initiative: eu-digital-europe-programme$/    initiative: dk-digitalisation-partnership/' "$project/config/nordic-compare.yaml"
grep -q '^    initiative: dk-digitalisation-partnership$' "$project/config/nordic-compare.yaml" \
    || fail "could not point the budget-breakdown view at the Danish initiative"
"$tool" run --config "$project/config/nordic-compare.yaml" --format csv,json --output "$project/out" \
    >"$project/run.log" 2>"$project/run.err" \
    || { cat "$project/run.err" >&2; fail "nordic-compare run with one plugin failed"; }
# The indicator view has a column per jurisdiction with values (none for Denmark), not one per initiative.
check "$project/out" --columns 1 --jurisdiction-views indicators

say "all checks passed: en, nb, da and one plugin$([ "$calc" -eq 1 ] && echo ", with LibreOffice Calc" || echo "; LibreOffice part SKIPPED")"
